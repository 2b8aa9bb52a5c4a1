/**
 * Security and privacy reassurance (the eighteenth session's rwen18 round): a negation that tells the customer what the
 * company can NOT see, will NEVER ask for, does NOT keep or did NOT share protects them; it refuses nothing. A pack
 * refusal rule ("we don't …", "we can't …", "our staff can't …", "I don't have access to …") or a generic reader's
 * negated ability read these as refusals and offered "while we don't store your card details, what we do offer is ___".
 *
 * The kinds (scripts/en-reassure-matrix.ts generates them, with the refusals that look like them):
 * - **no access**: "we don't have access to your password", "I can't see your card details", "nobody here can view your PIN",
 *   "we have no way to see your login details";
 * - **never asked**: "we never ask for your PIN", "we will never ask you for your full card number", "our staff will
 *   never call you to ask for your password", "we'll never ask you to move money";
 * - **not kept**: "we don't store your card details", "we never keep your password", "we don't sell your data";
 * - **not shared**: "your details haven't been shared", "your password is never stored" (passives);
 * - **nothing needed**: "there's nothing extra / further you need to pay" (no order at all).
 *
 * The object must be a thing the customer guards (a password, PIN, card or bank details, a one-time code, their data
 * for keeping and sharing only). A refusal of a service on the same object stays flagged ("we can't reset your
 * password for you", "we can't change your PIN over the phone"), and so does a limit given as the reason the agent can't
 * help ("I don't have access to your card details, so I can't issue the refund").
 */
import { sentenceEnd } from './neutral16.en.ts';

const NEG = String.raw`(?:(?:do|does|did|can|could|would|will|should|wo)(?:n['’]?t|\s+not)|can['’]t|dont|doesnt|didnt|cant|cannot|couldnt|wouldnt|wont|will\s+never|would\s+never|['’]ll\s+never|['’]d\s+never|never|(?:have|has|had)\s+no|(?:am|are|is|['’]m|['’]re)\s+(?:not|never)\s+(?:able|allowed|permitted)\s+to)`;
const ADV = String.raw`(?:(?:ever|even|actually|at\s+any\s+(?:point|time|stage)|personally|directly)\s+)?`;

/** Things a customer guards, wherever they are named. */
const SECRET = String.raw`(?:pass(?:word|code)s?|pins?(?:\s+(?:numbers?|codes?))?|card\s+(?:details|numbers?|info(?:rmation)?|data|security\s+code)|full\s+card(?:\s+number)?|cvv2?|cvc|cv2|security\s+(?:codes?|answers?|questions?|details|numbers?|words?)|one[- ]time\s+(?:codes?|pass(?:code|word)s?)|otps?|verification\s+codes?|(?:login|log-in|sign-in)\s+(?:details|credentials|info(?:rmation)?)|credentials|(?:online\s+)?banking\s+(?:details|password|login)|bank\s+(?:details|account\s+(?:details|number)|login|card)|account\s+(?:password|credentials)|sort\s+code|payment\s+(?:details|info(?:rmation)?|data)|memorable\s+(?:word|information|info))\b(?!\s+(?:reset|change|changes|request|requests|email|emails|link|links|update|form|page|issue|issues|problem|problems|screen|field|box|settings|rules|requirements|expir\w*|is\s+(?:wrong|incorrect|expired)))`;
/** Their data: a harm only when kept, sold or shared, not when the agent cannot see it (that is a lookup problem). */
const DATA = String.raw`(?:(?:personal\s+)?(?:data|details|information|info)|(?:personal|contact)\s+(?:data|details|information|info)|(?:phone|mobile)\s+numbers?|(?:email\s+)?address(?:es)?|card\s+numbers)\b`;
const WHOSE = String.raw`(?:(?:your|ur|the\s+customer['’]?s|customers['’]?|anyone['’]?s|any(?:\s+of\s+your)?|a|the|their)\s+)?(?:(?:full|own|actual|real|saved|stored|current|new|old|online|mobile|debit|credit)\s+)?`;

const LOOK = String.raw`(?:access\s+to|have\s+(?:any\s+)?(?:access|sight|visibility)\s+(?:to|of)|access(?:es)?|see(?:s)?|view(?:s)?|read(?:s)?|know(?:s)?|(?:way|means)\s+(?:to|of)\s+(?:see(?:ing)?|view(?:ing)?|access(?:ing)?|know(?:ing)?|read(?:ing)?))`;
const ASK = String.raw`(?:ask(?:s)?\s+(?:you\s+)?(?:for|to\s+(?:give|tell|send|share|read\s+out|confirm|enter|type|disclose|hand\s+over)(?:\s+(?:us|me))?)|request(?:s)?|need(?:s)?\s+(?:to\s+know\s+)?|(?:call|phone|ring|text|e-?mail|message|contact|dm)(?:s)?\s+(?:you\s+)?(?:to\s+ask\s+(?:you\s+)?for|asking\s+(?:you\s+)?for|and\s+ask\s+(?:you\s+)?for|for))`;
const KEEP = String.raw`(?:store(?:s)?|keep(?:s)?|save(?:s)?|hold(?:s)?(?:\s+on\s+to|\s+onto)?|retain(?:s)?|record(?:s)?|log(?:s)?|sell(?:s)?|share(?:s)?|pass(?:es)?\s+on|give(?:s)?\s+out|disclose(?:s)?|leak(?:s)?)`;

/** "we don't have access to your password", "never ask for your PIN", "we don't store your card number". */
const ACTIVE = new RegExp(String.raw`\b${NEG}\s+${ADV}(?:${LOOK}|${ASK}|${KEEP})\s+${WHOSE}${SECRET}`, 'i');
const ACTIVE_DATA = new RegExp(String.raw`\b${NEG}\s+${ADV}${KEEP}\s+${WHOSE}${DATA}`, 'i');
/** A scam warning: "we will never ask you to move money / share your screen / read out a code". */
const SCAM = new RegExp(
  String.raw`\b(?:will\s+never|would\s+never|['’]ll\s+never|never|won['’]?t\s+ever|wont\s+ever|will\s+not\s+ever)\s+(?:ask|call|phone|text|e-?mail|message|contact)(?:s)?\s+(?:you\s+)?(?:(?:and\s+|to\s+)ask\s+(?:you\s+)?)?to\s+(?:move|transfer|send|pay)\s+(?:your\s+|any\s+|the\s+)?(?:money|funds|savings|cash|balance)|\b(?:will\s+never|would\s+never|['’]ll\s+never|never|won['’]?t\s+ever|wont\s+ever)\s+ask(?:s)?\s+you\s+to\s+(?:share\s+your\s+screen|install|download|read\s+out|give\s+(?:us|me)\s+(?:a|the|your)\s+code)`,
  'i',
);
/** Passives: "your password is never stored", "your details haven't been shared", "card numbers aren't kept". */
const PASSIVE = new RegExp(
  String.raw`\b(?:${SECRET}|${DATA})\s+(?:(?:is|are|was|were|has|have|had|will|would|['’]s|['’]re)(?:n['’]?t)?\s+)?(?:(?:not|never|no\s+longer)\s+)?(?:(?:been|be)\s+)?(?:stored|kept|saved|held|retained|recorded|logged|sold|shared|passed\s+on|disclosed|leaked|seen|visible|viewable|accessible|accessed|exposed)\b`,
  'i',
);
const PASSIVE_NEG = /\b(?:not|never|no longer)\b|n['’]?t\b|\b(?:isnt|arent|wasnt|werent|hasnt|havent|wont)\b/i;

/** Said as the reason the agent can't help: "…, so I can't issue the refund", "…, you'll need to call the bank". */
const LIMIT_AFTER = /^[^.!?\n]*?(?:\b(?:so|which\s+(?:is\s+why|means)|therefore|that['’]?s\s+why|meaning)\s+(?:i|we)\s*(?:can['’]?t|cannot|cant|am\s+unable|['’]m\s+unable|are\s+unable|won['’]?t\s+be\s+able|am\s+not\s+able|['’]m\s+not\s+able|couldn['’]?t)\b|\b(?:you(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:need|have)\s+to\s+(?:call|contact|speak|ring|ask|go|visit|get\s+in\s+touch)))/i;
/** Handing their data to someone they named is refusing their request: "we can't share your details with your husband". */
const TO_SOMEONE_THEY_NAMED = /^\s+(?:with|to)\s+(?:your\s+(?:husband|wife|partner|son|daughter|mum|mom|dad|mother|father|family|relatives?|friend|landlord|employer|solicitor|lawyer|accountant|agent|broker|carer|parents?|brother|sister|child(?:ren)?|kids?)|him|her|them|anyone\s+(?:on\s+your\s+behalf|else\s+on\s+the\s+account))\b/i;
/** The subject is the customer: "you can't see your PIN in the app" is a limit of the product, not a protection. */
const SUBJECT_YOU = /\b(?:you|u|ya)\s+(?:\w+\s+)?$/i;

/** "nothing extra ", "nothing further that ", "not anything else ": what follows asks nothing. */
const NOTHING_BEFORE = /\b(?:nothing|not\s+anything)\s+(?:(?:else|more|extra|further|additional|other|at\s+all|new)\s+)?(?:(?:that|which)\s+)?$/i;

interface Span {
  start: number;
  end: number;
  sentenceStart: number;
}

/**
 * Why an English candidate (pack or generic) is a reassurance about the customer's secrets, not a refusal, or null.
 * `_category` is unused: every refusal-shaped rule reads these the same way.
 */
export function reassureReason(draft: string, c: Span, _category?: string): string | null {
  // "there's nothing extra / further / additional you need to pay": nothing is asked of the customer (en-core's you-need-to-2
  // lists only "nothing else / more you need to" in its unless patterns; the pack is at its size budget).
  if (/^\s*(?:you|u)\s+(?:need|have|must|['’]?ll\s+need|will\s+need|will\s+have|['’]?ll\s+have)\b/i.test(draft.slice(c.start, c.end)) && NOTHING_BEFORE.test(draft.slice(Math.max(c.sentenceStart, c.start - 40), c.start))) return 'reassure:nothing-needed';
  const from = Math.max(c.sentenceStart, c.start - 80);
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  const text = draft.slice(from, se);
  for (const [re, kind] of [
    [ACTIVE, 'secret'],
    [ACTIVE_DATA, 'data'],
    [SCAM, 'scam'],
    [PASSIVE, 'passive'],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    if (re === PASSIVE && !PASSIVE_NEG.test(m[0])) continue;
    const a = from + m.index;
    const b = a + m[0].length;
    // The reassurance must be the candidate's own clause: it overlaps the flagged words, or the flag sits on the negation right before it.
    if (b <= c.start || a >= c.end + 2) continue;
    if (re !== PASSIVE && SUBJECT_YOU.test(draft.slice(Math.max(c.sentenceStart, a - 16), a))) continue;
    if (LIMIT_AFTER.test(draft.slice(b, se)) || TO_SOMEONE_THEY_NAMED.test(draft.slice(b, se))) continue;
    return `reassure:${kind}`;
  }
  return null;
}
