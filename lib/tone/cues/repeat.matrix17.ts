/**
 * Repeat contact, session 17 (trep10, read off the second repeat matrix scripts/tone-repeat-matrix17.ts, not off any
 * split): **a contact act of the customer's, in any of its verb forms and channels, with a count, an ordinal, "again"
 * or an earlier moment in its own clause**, and a few chasing forms the other readers miss.
 *
 * - the act: emailed / e-mailing, called / rang / ringing / phoned, wrote / written / writing, messaged / messaging /
 *   texted / DMed / dm'd / pm'd, contacted, reached out, got in touch, chatted, complained, submitted / opened / raised /
 *   filed / lodged a ticket, a request, a complaint, the contact form (filled in, filled out), left a voicemail, raised it
 *   in store, spoke to someone of the company, sent you another email; typos (emaild, contaced) and chat forms ("u",
 *   no subject at the start of a sentence: "emailed u 3 times");
 * - said by the customer: "I", "we", "I've", "Im" before it (a few adverbs between), or the sentence opens with it; never
 *   a future or a wish ("I'll call again", "can I email again"), a negation ("I never called") or a passive;
 * - the count in the act's clause, after it and before any conjunction ("and", "because", "that", "but"): twice, N
 *   times, again / yet again / once again, for the third time, every day; or before it: "this is the 4th time I have
 *   written", "for the fifth time I am writing", "once again I am emailing"; "how many (more) times do I have to call";
 * - an earlier moment after a past act: "DMed you on Instagram two weeks ago", "opened a ticket last wk";
 * - not when the act is aimed at a third party ("I called the courier twice", "emailed my bank again").
 *
 * Persian: what the company said in a channel («تو چت بهم گفتن», «پشت تلفن گفتید»), and «بهم گفته شد» (I was told).
 *
 * Guards (noContact17): "as I said above" and «همونطور که بالاتر گفتم» point inside the same message; a contact said to
 * be about something else ("I called a while ago about something else") is no contact about this matter.
 */
import type { CueContext } from '../cue.ts';
import { opens, type TextGate, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SENTENCE_END = /[.!?\n؟]/;
const SENTENCE_END_LATIN = /[.!?\n]/;

// ---------------------------------------------------------------- English
const ORD = String.raw`(?:second|2nd|third|thrid|3rd|fourth|forth|4th|fifth|fith|5th|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|umpteenth|nth|hundredth|millionth|gazillionth|twentieth)`;
const NOUN = String.raw`(?:tickets?|requests?|complaints?|forms?|contact\s+forms?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|cases?|claims?|e-?mails?|messages?|msgs?|dms?|reports?)`;
const DET = String.raw`(?:a|an|another|yet\s+another|the|your|ur|my|one\s+more|two|three|four|five|several|multiple|\d+)`;
/** The contact act, in a past, perfect or -ing form (never the bare form: "call me", "email us" ask the company). */
const ACT = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`e-?mail(?:ed|led|d|ing)|emaild|emialed|emal(?:ed|ing)`,
      String.raw`called|calling|cald|rang|rung|ringing|phoned|phoning`,
      String.raw`wrote|written|writing|writting`,
      String.raw`messag(?:ed|ing)|messeged|msg(?:'?d|ed|ing)|texted|texting|txt(?:'?d|ed)|dm(?:'?d|ed|'?ing)|pm(?:'?d|ed)|inboxed`,
      String.raw`contact(?:ed|ing)|contaced|conatcted`,
      String.raw`reached\s+out|reaching\s+out|got\s+in\s+touch|gotten\s+in\s+touch|been\s+in\s+touch|getting\s+in\s+touch`,
      String.raw`chatted|chatting|complained|complaining|reported|reporting|chas(?:ed|ing)|unsubscribed|opted\s+out|asked\s+for|requested`,
      String.raw`(?:ask(?:ed|ing)|told|telling|remind(?:ed|ing)|explain(?:ed|ing)\s+(?:this|it|the\s+\w+)\s+to)\s+(?:you|u|your|ur)`,
      String.raw`(?:tried|used|using|been\s+on|went\s+on|gone\s+on|going\s+on|contacted)\s+(?:your|ur|the)\s+(?:live\s+|online\s+|web\s+)?(?:chat|chatbot|helpline|hotline|support\s+line|phone\s+line|contact\s+form|web\s*chat)`,
      String.raw`(?:submitted|submitting|opened|opening|raised|raising|logged|logging|filed|filing|lodged|lodging|sent|sending|put\s+in|filled\s+(?:in|out)|filling\s+(?:in|out)|completed)\s+(?:(?:you|u)\s+)?${DET}\s+(?:(?:new|support|online|web|contact|complaint|refund|return|separate|further|more)\s+){0,2}${NOUN}`,
      String.raw`left\s+(?:(?:you|u)\s+)?(?:a|an|another|two|three|several|multiple|\d+)?\s*(?:voicemails?|voice\s*messages?|voice\s*notes?|messages?)`,
      String.raw`raised\s+(?:it|this|the\s+(?:issue|problem))\s+(?:in\s+(?:the\s+|your\s+)?(?:store|shop|branch)|with\s+(?:you|your|the\s+store|the\s+shop|support|staff))`,
      String.raw`(?:spoken|spoke|speaking)\s+(?:to|with)\s+(?:you|u|your|ur|someone|somebody|support|an?\s+agent|customer\s+service)`,
    ].join('|') +
    String.raw`)\b`,
  'gi',
);
/** A past act (an earlier moment after it is an earlier contact). */
const PAST_ACT = /^(?:chased|unsubscribed|opted|asked|requested|asked|told|reminded|explained|reported|tried|used|went|gone|txt'?d|txted|e-?mail(?:ed|led|d)|emaild|emialed|emaled|called|cald|rang|rung|phoned|wrote|written|messaged|messeged|msg'?d|msged|texted|dm'?d|dmed|pm'?d|pmed|inboxed|contacted|contaced|conatcted|reached|got|gotten|been|chatted|complained|submitted|opened|raised|logged|filed|lodged|sent|put|filled|completed|left|spoken|spoke)\b/i;

/** The subject before the act: the customer ("I", "we", "I've", "Im"), a few adverbs or auxiliaries between. */
const ADV = String.raw`(?:already|also|just|now|even|literally|actually|only|then|since|again|originally|first|initially|previously|recently|personally|both|all|now|even|honestly|tried\s+and)`;
const SUBJECT = new RegExp(
  String.raw`(?:\b(?:i|we)\s+(?:(?:'ve|ve|have|had|'d|'m|m|am|are|been|${ADV})\s+){0,3}|\b(?:i've|ive|i'm|im|we've|weve|we're|i'd|id|iv)\s+(?:(?:been|${ADV})\s+){0,2})$`,
  'i',
);
/** What a sentence may open with before a subjectless act ("emailed u 3 times", "so called again today"). */
const OPENER = /^(?:(?:been|dear|sir|or|madam|sirs|hi|hello|hey|hiya|so|and|but|ok|okay|also|already|just|yeah|yes|well|update|again|right|team|guys|all|morning|ugh|um)\W*\s*)*$/i;
/** A future, a wish, a condition on the act, or a negation just before the subject's act. */
const NOT_DONE = new RegExp(String.raw`\b(?:will|'ll|ll|would|could|can|should|shall|must|need\s+to|have\s+to|has\s+to|had\s+to|want\s+to|wanna|going\s+to|gonna|to|may|might|don'?t|didn'?t|dont|didnt|never|not|haven'?t|havent|hadn'?t|before|without|stop|avoid|if|unless)\s+(?:(?:i|we|be|been|${ADV})\s+){0,2}$`, 'i');

/** A count or "again" after the act, in its clause. */
const COUNT_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:and|but|because|cos|coz|cuz|bc|since|as|when|while|after|so|which|that|it|this|they|he|she|then|now|where|who|if|or|n|&|until|till|although|though)\b)[\w'#@.-]+){0,6}?\s*\b(` +
    String.raw`twice|thrice|two\s+times|three\s+times|(?:\d{1,3}|four|five|six|seven|eight|nine|ten|twenty|several|multiple|many|numerous|countless|a\s+few|a\s+couple\s+of|a\s+dozen|like\s+\d+|about\s+\d+|over\s+\d+)\s+(?:times|x)\b|\d+x|` +
    String.raw`again|agian|agin|yet\s+again|once\s+again|once\s+more|one\s+more\s+time|repeatedly|over\s+and\s+over|every\s+(?:single\s+)?(?:day|week)|daily|` +
    String.raw`(?:for\s+)?(?:the|a)\s+${ORD}\s+time` + String.raw`|(?:for|since)\s+(?:the\s+(?:last|past)\s+)?(?:like\s+|about\s+|over\s+|almost\s+|nearly\s+)?(?:\d+|a|an|one|two|three|four|five|six|ten|a\s+few|a\s+couple\s+of|several|many)\s+(?:days?|weeks?|wks?|months?|hours?|hrs?)|since\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|since\s+(?:yesterday|last\s+\w+|the\s+\d{1,2}(?:st|nd|rd|th)|early\s+\w+|january|february|march|april|june|july|august|september|october|november|december)` +
    String.raw`)\b`,
  'i',
);
/** A count before the act, in its sentence: "this is the 4th time I have written", "for the fifth time, I am writing", "once again I am emailing". */
const COUNT_BEFORE = new RegExp(String.raw`(?:\b(?:the|my|a)\s+${ORD}\s+time|\b(?:the|my)\s+last\s+time|\bfor\s+the\s+${ORD}\s+time|\bonce\s+again|\byet\s+again|\bhow\s+many\s+(?:more\s+)?times|\bhow\s+often|\bevery\s+(?:single\s+)?time|\beach\s+time|\bwhenever|\bkeep(?:s)?(?:\s+on)?|\bkept(?:\s+on)?)\b[^.!?\n]{0,40}$`, 'i');
/** An earlier moment after a past act. */
const WHEN_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:and|but|because|cos|bc|since|as|when|while|after|so|which|that|it|they|he|she|then|where|who|if|or|n|&|until|till|will)\b)[\w'#@.-]+){0,7}?\s*\b(` +
    String.raw`yesterday|yday|yest|last\s+(?:week|wk|month|night|time|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)|` +
    String.raw`on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|` +
    String.raw`(?:\d+|a|an|one|two|three|four|five|six|ten|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|wks?|months?|hours?|hrs?)\s+ago|` +
    String.raw`this\s+(?:morning|afternoon)|earlier\s+(?:today|this\s+week|this\s+month)|the\s+other\s+day` +
    String.raw`)\b`,
  'i',
);
/** Someone other than the company the act was aimed at ("called the courier twice", "emailed my bank again"). */
const THIRD_PARTY = /\b(?:bank|banks|seller|courier|couriers|driver|landlord|police|airline|insurer|insurance|post\s+office|royal\s+mail|dpd|evri|hermes|ups|fedex|dhl|usps|amazon|paypal|ebay|manufacturer|retailer|vendor|merchant|lawyer|solicitor|ombudsman|council|school|doctor|gp|vet|hospital|employer|boss|plumber|electrician|builder|wife|husband|partner|mum|mom|dad|son|daughter|friend|neighbour|neighbor|card\s+company|provider|network|isp|the\s+shop|the\s+store|the\s+restaurant|the\s+hotel|sender|recipient)\b/i;
const TYPO_ORDINAL = /\b(?:thrid|thirid|forth|fouth|fith|fifht|secnd|secound)\s+(?:e-?mails?|emials?|msgs?|messages?|calls?|tickets?|dms?|chats?|requests?|complaints?|letters?|attempts?|time\s+(?:i|we)(?:'ve|'m|\s+have|\s+am|ve|m)?\s+(?:e-?mail|call|rang|ring|writ|wrot|messag|msg|text|dm|contact|chat|ask|rais|report|complain))/i;
const REQ = String.raw`(?:tickets?|case|cases|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|complaints?|requests?|claims?|reports?)`;
/** A request of theirs closed unanswered: "my query has been closed", "you closed my complaint", "why do u keep closing my ticket". */
const CLOSED = new RegExp(String.raw`\b(?:my|our|the)\s+(?:\w+\s+)?${REQ}\s+(?:(?:that|which)\s+(?:i|we)\s+\w+\s+)?(?:has\s+been|have\s+been|was|were|got|gets|is|keeps?\s+(?:getting|being)|kept\s+(?:getting|being))\s+(?:\w+\s+)?(?:closed|marked\s+(?:as\s+)?(?:resolved|solved|complete|closed))|\b(?:you|u|you\s+guys|your\s+team|they)\s+(?:\w+\s+)?(?:closed|clos(?:e|ing))\s+(?:my|our)\s+${REQ}|\bkeep\s+closing\s+(?:my|our)\s+${REQ}`, 'i');
/** Telling it all again: "I don't want to explain everything again", "makes me start from scratch", "telling my story again". */
const RETELL = /\b(?:i|me|we|us|myself)\b[^.!?\n]{0,40}?\b(?:explain|tell|repeat|go\s+through|describe|start)(?:ing)?\s+(?:(?:it|this|that|everything|all|it\s+all|my\s+(?:story|case|problem|issue)|the\s+(?:whole\s+)?(?:story|situation|issue|problem|thing|details))\s+)?(?:(?:all\s+)?over\s+again|again|from\s+(?:the\s+)?(?:beginning|start|scratch))/i;
/** The company's reply, dated: "your reply of 3 May" (a reply answers the customer's earlier message; "your letter of 3 June" may be the company's first). */
const THEIR_DATED = /\byour\s+(?:reply|response|answer)\s+(?:of|dated|from|on|sent\s+on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|yesterday|last\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may\s+\d|june|july|august|september|october|november|december)/i;
/** Told again and again: "week three of being told", "I keep getting told to wait". */
const BEING_TOLD = /\b(?:of\s+being|keep\s+being|kept\s+being|keep\s+getting|kept\s+getting|tired\s+of\s+being|sick\s+of\s+being)\s+told\b(?!\s+(?:by|off)\b)/i;
/** Channels listed: "I've emailed, I've called, I've used your chat", "Called, emailed, tweeted". */
const PAST_CH = String.raw`(?:e-?mailed|called|phoned|rang|rung|messaged|tweeted|dm'?d|dmed|texted|chatted|written(?:\s+(?:in|to\s+you))?|wrote(?:\s+(?:in|to\s+you))?|used\s+(?:your|ur|the)\s+(?:live\s+)?chat|tried\s+(?:your|ur|the)\s+(?:live\s+)?chat|visited\s+(?:your|the)\s+(?:store|shop|branch))`;
const LISTED = new RegExp(String.raw`(?:(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|so|and|ok|well)\W*\s*)*|\b(?:i|we)(?:'ve|\s+have|ve)?\s+)${PAST_CH}\s*(?:,|and|&|\/|or)\s*(?:(?:i|we)(?:'ve|\s+have|ve)?\s+)?${PAST_CH}\b`, 'i');
/** "you guys said on twitter", "your team told me over the phone": what the company said in a channel (not on its website). */
const SAID_ON_CHANNEL = /\b(?:you|u|you\s+guys|you\s+lot|y'all|your\s+(?:team|staff|people|support|guys|side|company|store|shop|branch))\s+(?:said|told\s+(?:me|us)|promised(?:\s+(?:me|us))?|confirmed|assured\s+(?:me|us))\s+(?:on|in|over|via|by)\s+(?:the\s+)?(?:phone|twitter|x|chat|live\s+chat|e-?mail|instagram|insta|facebook|fb|whatsapp|messenger|dm|dms|call|store|shop|branch|telephone)\b/i;
/** "how many times do I have to call": the count's question, said of the customer's own acts. */
const HOW_MANY = /\bhow\s+many\s+(?:more\s+)?(?:times|e-?mails|calls|messages|msgs|tickets|requests|complaints|chats|forms)\b[^.!?\n]{0,40}?\b(?:do|must|should|will|have)\s+(?:i|we)\s+(?:(?:have|need|got)\s+to\s+|gotta\s+)?(?:e-?mail|call|ring|phone|write|message|msg|text|dm|contact|chase|raise|submit|send|open|log|explain|tell|ask|complain|repeat|chat|fill|reach|remind)\b/i;
/** Chasing said in chat and typo forms: "still waitin to hear back", "bumping this again", "chased this twice". */
const CHASE = /\bstill\s+wa(?:i)?t{1,2}(?:ing|in|ng)?\s+(?:to\s+hear|for\s+(?:a|an|any|your|ur)\s+(?:reply|response|answer|call\s*back|update)|on\s+(?:a|your|ur)\s+(?:reply|response|answer|call\s*back))\b|(?:^|[.!?\n]\s*|,\s*)(?:(?:just|hi|hey|hello|ok|so)\W*\s*)*bump(?:ing)?\s+(?:this|my|the|it|again|up)\b|(?:(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|dear|team|so|ok|just|and|all)\W*\s*)*|\b(?:i|we|i've|ive|i\s+have)\s+)(?:already\s+)?chased\s+(?:this|it|you|u|my|the|twice|again|\d)/i;

/**
 * Words (lower case) one of which each pattern's match holds (lib/tone/textgate.ts: one pass over the text finds every
 * gate's words): a text without any skips the pattern. ACT's: a word of each alternative, as long as the alternative
 * allows (perf28: the stems it had, "call", "ring", "pm", "line", "form", "open", "ask", opened the gate on a third of the
 * bench's tweets through "recall", "during", "5pm", "airline", "information"): the act's own forms ("mailed" of e-mailed
 * / emailed, "maild" of emaild, "phone" of phoned and of "phone line", "pm'", "pm’", "pm‘" of pm'd, whose quote the text
 * ACT reads has straightened), and for "used your live chat / helpline / support line / contact form" the channel word
 * ("chat", "helpline", "hotline", "support", "phone", "form"); the verb of a ticket opened. LISTED's: its first channel verb.
 */
const ACT_GATE = textGate([
  'mailed', 'mailled', 'maild', 'mailing', 'emialed', 'emaled', 'emaling',
  'called', 'calling', 'cald', 'rang', 'rung', 'ringing', 'phone', 'phoning',
  'wrote', 'written', 'writing', 'writting',
  'messaged', 'messaging', 'messeged', 'msg', 'texted', 'texting', 'txt', 'dm', 'pmd', 'pmed', "pm'", 'pm’', 'pm‘', 'inbox',
  'contacted', 'contacting', 'contaced', 'conatcted', 'reach', 'touch',
  'chatted', 'chatting', 'complain', 'report', 'chased', 'chasing', 'unsub', 'opted', 'asked', 'asking', 'request',
  'told', 'telling', 'remind', 'explain',
  'chat', 'helpline', 'hotline', 'support', 'form',
  'submit', 'opened', 'opening', 'rais', 'logg', 'filed', 'filing', 'lodg', 'sent', 'sending', 'put', 'fill', 'completed',
  'left', 'spok', 'speaking',
]);
/** ACT and its gate, for the test that every match of ACT opens the gate (tests/unit/tone/act-gate.test.ts). */
export { ACT as CONTACT_ACT, ACT_GATE as CONTACT_ACT_GATE };
const TYPO_GATE = textGate(['thrid', 'thirid', 'forth', 'fouth', 'fith', 'fifht', 'secnd', 'secound']);
const SAID_GATE = textGate(['said', 'told', 'promised', 'confirmed', 'assured']);
const HOW_GATE = textGate(['how']);
const CHASE_GATE = textGate(['still', 'bump', 'chased']);
const EARLIER = [CLOSED, RETELL, THEIR_DATED, BEING_TOLD, LISTED];
/** EARLIER's gates in its order: "closed" or "marked", "again" or "from", "your", "told", a listed channel verb. */
const EARLIER_GATES: readonly TextGate[] = [
  textGate(['clos', 'marked']),
  textGate(['again', 'from']),
  textGate(['your']),
  textGate(['told']),
  textGate(['mailed', 'called', 'phoned', 'rang', 'rung', 'messaged', 'tweeted', 'dm', 'texted', 'chat', 'written', 'wrote', 'visited']),
];

/** The sentence (. ! ? and line breaks) around [from, to) of text. */
function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_END_LATIN.test(text[from - 1])) from--;
  return from;
}

function enFinds(ctx: CueContext, text: string): Evidence[] {
  const out: Evidence[] = [];
  // ACT's own lastIndex walks the text (matchAll made a copy of the pattern and an iterator per message); the loop always
  // runs to the failed exec that sets it back to 0, and the reset before it covers a throw.
  const low = ctx.low;
  ACT.lastIndex = 0;
  if (opens(low, ACT_GATE)) for (let m = ACT.exec(text); m; m = ACT.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const s = sentenceStart(text, at);
    const before = text.slice(s, at);
    const bare = before.replace(/^[\s>*"'“‘(-]+/, '');
    const subject = SUBJECT.test(before) || OPENER.test(bare) || /,\s*$/.test(before) && SUBJECT.test(before.replace(/,\s*$/, ' '));
    if (!subject || NOT_DONE.test(before) || /\b(?:was|were|got|get|been|being)\s+$/i.test(before) && !/(?:\b(?:i|we)(?:\s+have|'ve|ve)?\s+(?:\w+\s+)?|^\W*(?:(?:hi|hello|hey|dear|team|so|and|also|just)\W*\s*)*)been\s+$/i.test(before)) continue;
    const after = text.slice(end);
    // "I wrote down the code twice": written down, to nobody.
    if (NOT_TO_ANYONE.test(after)) continue;
    const clause = after.split(/[.!?\n;:]/)[0];
    // Aimed at someone else: a third party between the act and the count ("called the courier twice").
    const count = COUNT_AFTER.exec(clause);
    if (count) {
      const gap = clause.slice(0, count.index + count[0].length - count[1].length);
      if (!THIRD_PARTY.test(gap) && !THIRD_PARTY.test(m[0])) {
        out.push(ctx.ev({ start: at, end: end + count.index + count[0].length }, 'tone.why.contactCount'));
        continue;
      }
    }
    const counted = COUNT_BEFORE.exec(before);
    if (counted && !THIRD_PARTY.test(clause.slice(0, 30))) {
      // From the count to the act ("third time I am writing"): the evidence overlaps repeat.ts's own count and is not shown twice.
      out.push(ctx.ev({ start: s + counted.index, end }, 'tone.why.contactCount'));
      continue;
    }
    if (PAST_ACT.test(m[0])) {
      const when = WHEN_AFTER.exec(clause);
      if (when) {
        const gap = clause.slice(0, when.index + when[0].length - when[1].length);
        if (!THIRD_PARTY.test(gap) && !THIRD_PARTY.test(m[0])) out.push(ctx.ev({ start: at, end: end + when.index + when[0].length }, 'tone.why.earlierContact'));
      }
    }
  }
  // Each whole-text pattern below is run only when the text holds a word it cannot match without (speed, issue 13; the
  // patterns are case-insensitive without the u flag, so a lower-cased copy holds every ASCII word they may match; text
  // differs from ctx.doc.text only in quote marks and joiners, which are in none of the words).
  // "thrid email about this", "my forth call": an ordinal misspelt before a contact noun (the spelt ones are repeat.ts's).
  const typo = opens(low, TYPO_GATE) ? TYPO_ORDINAL.exec(text) : null;
  if (typo) out.push(ctx.ev({ start: typo.index, end: typo.index + typo[0].length }, 'tone.why.contactCount'));
  for (let r = 0; r < EARLIER.length; r++) {
    if (!opens(low, EARLIER_GATES[r])) continue;
    const f = EARLIER[r].exec(text);
    if (f && !THIRD_PARTY.test(f[0])) out.push(ctx.ev({ start: f.index, end: f.index + f[0].length }, 'tone.why.earlierContact'));
  }
  const said = opens(low, SAID_GATE) ? SAID_ON_CHANNEL.exec(text) : null;
  if (said) out.push(ctx.ev({ start: said.index, end: said.index + said[0].length }, 'tone.why.earlierContact'));
  const how = opens(low, HOW_GATE) ? HOW_MANY.exec(text) : null;
  if (how) out.push(ctx.ev({ start: how.index, end: how.index + how[0].length }, 'tone.why.contactCount'));
  const chase = opens(low, CHASE_GATE) ? CHASE.exec(text) : null;
  if (chase) out.push(ctx.ev({ start: chase.index, end: chase.index + chase[0].length }, 'tone.why.chasing'));
  return out;
}

// ---------------------------------------------------------------- Persian
/** «تو چت بهم گفتن», «پشت تلفن گفتید», «توی تماس قبلی قول دادن»: what the company said in a channel. */
const SAID_IN_CHANNEL_FA =
  /(?:تو|توی|داخل|در|پشت|از\s*طریق|طی)\s*(?:چت|تلفن|تماس|ایمیل|پیام|دایرکت|تیکت|واتساپ|تلگرام|اینستا\S*|پشتیبانی\s*آنلاین)\S*(?:\s+(?:قبلی|تلفنی|آنلاین|دیروز|هفته\s*پیش|قبل)\S*)?\s+(?:(?:به\s*من|بهم|به\s*ما|بهمون|به\s*بنده|به\s*اینجانب|هم|ام|بم)\s+)?(?:گفتن|گفتند|گفتید|گفتین|گفت|گفته\s*شد|گفته\s*بودن|گفته\s*بودید|اعلام\s*(?:کردن|کردند|کردید|کرد|شد)|قول\s*(?:دادن|دادند|دادید|دادین|داد))/;
/** «بهم گفته شد», «به اینجانب اعلام شد»: told to the customer (passive: by the company's side). */
const TOLD_ME_FA = /(?:^|\s)(?:به\s*من|بهم|به\s*ما|بهمون|به\s*بنده|به\s*اینجانب)\s+(?:گفته|اعلام|قول\s*داده)\s*(?:شد|شده|شده\s*بود|بودند|بودن)(?:\s|$|[.،,!؟])/;

/** «هنوزم جوابی نیومده», «تا الان هیچ پاسخی دریافت نکردم»: a reply from the company that has not come. */
const NO_REPLY_YET_FA = /(?:هنوز|هنوزم|تا\s*الان|تا\s*حالا|تاکنون|تا\s*کنون|تا\s*این\s*لحظه)\s+(?:هم\s+)?(?:هیچ\s+)?(?:جوابی|پاسخی|جواب|پاسخ)\s+(?:(?:از\s*شما|ازتون|ازتان|به\s*من|بهم)\s+)?(?:نیومده|نیامده|نرسیده|نگرفتم|نگرفتیم|دریافت\s*نکرد(?:م|یم|ه\s*ام)|ندادین|ندادید|ندادن|نداده\s*اید|داده\s*نشده)/;

/** Telling it all again: «از اول باید کل ماجرا رو تعریف کنم», «هر بار باید از اول توضیح بدم», «دوباره باید همه چی رو توضیح بدم». */
const RETELL_FA = /(?:از\s*اول|دوباره|باز\s*هم|هر\s*(?:بار|دفعه)|مجددا)\s+(?:باید\s+)?(?:(?!(?:به|برای)\s+(?:شوهر|همسر|خانم|زن|مادر|پدر|مامان|بابا|دوست|برادر|خواهر|پسر|دختر|بچه))\S+\s+){0,8}?(?:تعریف|توضیح)\s*(?:کنم|بدم|بدیم|کنیم|دادم|کردم|میدم|می\s*دم|میکنم|می\s*کنم)(?=$|[\s.،,!؟?])/;
/** Reported, declared or told to the company at an earlier moment: «سه هفته پیش خسارت رو اعلام کردم», «هفته پیش به پشتیبانی اطلاع دادم». */
const REPORTED_FA = /(?:(?:دیروز|پریروز|دیشب|(?:\S+\s+)?(?:روز|هفته|ماه)\s*(?:پیش|قبل)|هفته\s*(?:پیش|قبل|گذشته)|ماه\s*(?:پیش|قبل|گذشته))\s+(?:\S+\s+){0,5}?|(?:به\s*(?:پشتیبانی|شما|واحد\s*\S+)|بهتون)\s+(?:\S+\s+){0,3}?)(?:اعلام|اطلاع|گزارش)\s*(?:کردم|دادم|نمودم|کرده\s*ام|داده\s*ام|نموده\s*ام|کرده\s*بودم|داده\s*بودم)(?=$|[\s.،,!؟?])/;

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
function faFinds(ctx: CueContext, text: string): Evidence[] {
  const out: Evidence[] = [];
  for (const re of [SAID_IN_CHANNEL_FA, TOLD_ME_FA, NO_REPLY_YET_FA, RETELL_FA, REPORTED_FA]) {
    const m = re.exec(text);
    if (m) out.push(ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.earlierContact'));
  }
  return out;
}

/** The characters matrix17Finds' text swaps: curly single quotes and the joiner. */
const SWAPPED = /[’‘\u200c]/;

/** Every find of this file on the latest words (at most two, like the other families). */
export function matrix17Finds(ctx: CueContext): Evidence[] {
  // One look for the marks the two replacements change (most texts have none: no replacement scans then).
  const text = SWAPPED.test(ctx.doc.text) ? ctx.doc.text.replace(/[’‘]/g, "'").replace(/\u200c/g, ' ') : ctx.doc.text;
  const en = enFinds(ctx, text);
  // Every Persian pattern needs a Persian letter.
  if (!ARABIC_SCRIPT.test(text)) return en.length > 2 ? en.slice(0, 2) : en;
  return [...en, ...faFinds(ctx, text)].slice(0, 2);
}

// ---------------------------------------------------------------- guards
/** "As I said above", "like I mentioned earlier in this email", «همونطور که بالاتر گفتم»: a pointer inside this message. */
const SAID_HERE = /\b(?:as|like)\s+(?:i\s+)?(?:said|mentioned|wrote|explained|stated|noted|described|listed|detailed)\s+(?:above|below|earlier\s+in\s+this\s+(?:e-?mail|message|msg|note|post|letter)|in\s+this\s+(?:e-?mail|message|msg|note|post|letter)|before\s+in\s+this)|\b(?:see|as)\s+above\b/i;
const SAID_HERE_FA = /(?:همونطور|همانطور|همون\s*طور|همان\s*طور|چنانچه|چنان\s*که)\s*که\s*(?:در\s*)?(?:بالا|بالاتر|پایین|قبل\s*تر|قبلتر)\s*(?:هم\s*)?(?:گفتم|عرض\s*کردم|نوشتم|اشاره\s*کردم|توضیح\s*دادم|ذکر\s*کردم|ذکر\s*شد|گفته\s*شد)/;
/** A contact said to be about another matter: "about something else", "a different order", "unrelated". */
const OTHER_MATTER = /\b(?:about|regarding|for|on)\s+(?:a\s+(?:different|separate|totally\s+different|completely\s+different)\s+\w+|another\s+(?:matter|issue|thing|topic|subject)|an?\s+(?:unrelated|other)\s+\w+)\b|\b(?:something\s+else|unrelated|different\s+(?:matter|issue|problem|topic|question)|with\s+a\s+new\s+(?:question|query|issue|matter|request))\b/i;
const OTHER_MATTER_FA = /(?:یه|یک)\s*(?:موضوع|مشکل|مسئله|مساله|سوال|سفارش)\s*(?:دیگه|دیگر|جدا|جداگانه|متفاوت)|(?:مربوط|ربطی)\s*به\s*این\s*(?:موضوع|مشکل)?\s*(?:نیست|نداره|نبود)/;

/** "I saw your ad again on Instagram": a channel the customer saw or bought something on, not one they wrote on. */
const SEEN_ON_CHANNEL = /\b(?:saw|seen|see|found|bought|ordered|spotted|noticed|watched|liked|followed|read)\b[^.!?\n]*?\b(?:on|in|via)\s+(?:your\s+)?(?:instagram|insta|facebook|fb|twitter|tiktok|youtube|website|site|app)\b/i;
/** Any contact verb of the customer's ("I messaged you on Instagram"). */
const ACT_ANY_ONE = /\b(?:e-?mail(?:ed|ing)|called|calling|rang|phoned|wrote|writing|messag(?:ed|ing)|texted|dm'?d|dmed|contacted|chatted|reached\s+out|asked|complained|reported)\b/i;

/** «پیک دو بار زنگ زد», «همکارتون دوباره تماس گرفت»: every contact verb of the sentence is someone else's (third person), so a count or «دوباره» beside it is no contact of the customer's. */
const CONTACT_3RD_FA = /(?:زنگ|تماس|پیام|ایمیل|پیامک|اس\s*ام\s*اس)\s*(?:\S+\s+)?(?:زد|زدن|زدند|میزنه|میزنن|گرفت|گرفتن|گرفتند|میگیره|داد|دادن|دادند|میده|فرستاد|فرستادن|فرستادند|میفرسته)(?=$|[\s.،,!؟])/;
const CONTACT_1ST_FA = /(?:زدم|زدیم|میزنم|گرفتم|گرفتیم|میگیرم|دادم|دادیم|میدم|فرستادم|فرستادیم|میفرستم|کردم|کردیم|میکنم|نوشتم|گفتم|پرسیدم|(?:زده|گرفته|داده|فرستاده)\s*بودم)(?=$|[\s.،,!؟])/;
const COUNT_FA = /^(?:دو|سه|چهار|چند|۲|۳|۴)\s*بار$|^(?:دوباره|باز\s*هم|بازم|مجددا|چندین\s*بار|بارها)$/;
const FAMILY_FA = /(?:به|برای|با)\s+(?:شوهر|همسر|خانمم|زنم|مادر|پدر|مامان|بابا|دوست|برادر|خواهر|پسر|دختر|بچه)/;
function thirdPersonContactFa(s: string, e: Evidence): boolean {
  const ev = (e.text ?? '').replace(/\u200c/g, ' ').trim();
  const flat = s.replace(/می\s+/g, 'می');
  // «برای شوهرم دو بار توضیح دادم»: told to the family, not to the company.
  if (COUNT_FA.test(ev) && FAMILY_FA.test(flat) && !/شما|تون|تان|پشتیبانی|کارشناس|اپراتور/.test(flat)) return true;
  return COUNT_FA.test(ev) && CONTACT_3RD_FA.test(flat) && !CONTACT_1ST_FA.test(flat);
}

/** The sentence of the latest words around evidence e (shared with ./repeat.kinds18.ts). */
export function sentenceOf(ctx: CueContext, e: Evidence): string | null {
  const text = ctx.doc.text;
  const start = e.start - ctx.offset;
  const end = e.end - ctx.offset;
  if (start < 0 || end > text.length) return null;
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}

/** Contact verbs in every form, the bare one too ("call again", "email you again"). */
const ACT_ANY = /\b(?:explain(?:ed|ing)?|tell|told|telling|ask(?:ed|ing)?|request(?:ed|ing)|e-?mail(?:ed|led|d|ing|s)?|call(?:ed|ing|s)?|rang|rung|ring(?:ing)?|phon(?:e|ed|ing)|wr(?:ite|ote|itten|iting)|messag(?:e|ed|ing)|msg(?:'?d|ed|ing)?|text(?:ed|ing)?|txt(?:'?d|ed)?|dm(?:'?d|ed|'?ing)?|contact(?:ed|ing)?|reach(?:ed)?\s+out|chat(?:ted|ting)?)\b/gi;
const BASE_FORM = /^(?:explain|tell|ask|e-?mails?|calls?|ring|phone|write|message|msg|text|txt|dm|contact|reach|chat)$/i;
const ING_FORM = /ing$/i;
/** The customer said it, in any mood: "I'll call", "can I email", "I was called", "I never rang". */
const SUBJECT_ANY = /\b(?:i|we)(?:'ll|'d|'ve|'m|ll|ve)?\s+(?:[\w']+\s+){0,3}$/i;
/** A determiner right before: the contact word is a noun ("the contact form", "another email", "my call"). */
const NOUN_BEFORE = /\b(?:by|via|over|through|on|in|the|a|an|my|your|our|ur|their|his|her|this|that|these|those|another|last|previous|earlier|live|each|every|no|any|\d+|two|three|several|second|third|first|phone|video|missed|new|same|one)\s+$/i;
/** An act the customer had to make again ("I've had to contact you", "I have to write this again", "I must write once again"). */
const DUTY = /\b(?:have|had|has|having)\s+to\s+(?:keep\s+)?$|\bmust\s+(?:\w+\s+){0,2}$|\bkeeps?\s+(?:on\s+)?$|\bkept\s+(?:on\s+)?$/i;
/** Passive or received: "I was called twice by a scammer", "got called again by your marketing team". */
const PASSIVE = /\b(?:was|were|got|get|gets|getting|been|being|keep\s+getting)\s+$/i;
/** A contact verb that writes something down, not to anyone: "I wrote down the code twice". */
const NOT_TO_ANYONE = /^\s+(?:down|it\s+down|them\s+down|up|out|a\s+review|the\s+(?:code|number|serial|details))\b/i;
const COUNT_WORD = /\b(?:again|twice|thrice|times?|once\s+more|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|another|before|already|no\s+(?:reply|answer|response)|e-?mail\w*|call\w*|rang|rung|ring\w*|phon\w*|wr(?:ite|ote|itten|iting)|messag\w*|msg\w*|text\w*|dm\w*|contact\w*|chat\w*|letter|voicemail)\b/i;
const OWN_CONTACT_NOUN = /\b(?:my|our)\s+(?:\w+\s+)?(?:e-?mails?|messages?|msgs?|calls?|voicemails?|tickets?|letters?|complaints?|requests?|chats?|dms?|quer(?:y|ies)|enquir(?:y|ies))\b/i;
/** Evidence that is only a count, "again", "no reply" or a contact word (not words chasing the company by themselves). */
const COUNTISH = /^(?:[\w']+\s+){0,4}[\w']+$/;
const INTRINSIC = /\b(?:previous|earlier|follow\w*|chas\w*|update|ticket|case|ref\w*|told|said|promised|colleague|agent|rep|representative|you|your|ur|u|how\s+many|how\s+often)\b/i;

/**
 * "I'll call again tomorrow", "I never called before", "I was called twice by a scammer", "I texted my husband twice", "I
 * wrote down the code twice", "I'm emailing as the card was declined twice": every contact verb of the sentence is no
 * earlier contact of the customer's with the company, so a count, "again", "no reply" or a contact word said beside it
 * is none either. A sentence with no contact verb is not judged here.
 */
function noActInSentence(s: string, e: Evidence): boolean {
  const ev = (e.text ?? '').trim();
  if (!COUNTISH.test(ev) || !COUNT_WORD.test(ev) || (INTRINSIC.test(ev) && !/^(?:call|e-?mail|message|text|write|contact|ring|phone)\s+(?:you|u)\s+again$/i.test(ev))) return false;
  // "Following on from my email last Thursday", "per my voicemail of this morning": the customer's own earlier contact, named.
  if (OWN_CONTACT_NOUN.test(s)) return false;
  let acts = 0;
  for (const m of s.matchAll(ACT_ANY)) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    // Only the customer's verbs: "my email", "your live chat", "the contact form" are nouns, "my landlord messaged me" someone else's.
    if (NOUN_BEFORE.test(before)) continue;
    // "Please tell me again", "could you explain again": the company's act, asked for.
    if (/\b(?:please|pls|plz|can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|could\s+u|you|u)\s+(?:\w+\s+)?$/i.test(before)) {
      acts++;
      continue;
    }
    if (!SUBJECT_ANY.test(before) && !OPENER.test(before.replace(/^[\s>*"'“‘(-]+/, ''))) continue;
    acts++;
    const duty = DUTY.test(before) && !/\b(?:will|'ll|would|do|does|did|should|shall)\s+(?:i|we)?\s*(?:\w+\s+)?(?:have|need)\s+to\s+$/i.test(before);
    if ((!duty && NOT_DONE.test(before)) || (PASSIVE.test(before) && !ING_FORM.test(m[0])) || NOT_TO_ANYONE.test(after)) continue;
    const clause = after.split(/[.!?\n;:,]/)[0];
    // "my own bank": the company written to.
    // "emailed the seller and you twice": the company too.
    if (!/\b(?:and|&|or)\s+(?:to\s+)?(?:you|u|your|ur)\b/i.test(clause) && THIRD_PARTY.test(clause.split(/\b(?:about|regarding|because|as|and|but|to\s+(?:ask|check|say|tell|see))\b/i)[0].replace(/\b(?:my|our)\s+own\s+\w+/i, ''))) continue;
    if (duty) return false;
    // "I was chatting with Ben an hour ago": a past act.
    if (ING_FORM.test(m[0]) && /\b(?:was|were)\s+(?:\w+\s+)?$/i.test(before)) return false;
    // This very message ("I'm emailing as …") or a bare verb: a contact only with a count or "again" of its own.
    if ((ING_FORM.test(m[0]) || BASE_FORM.test(m[0])) && !COUNT_AFTER.test(clause) && !COUNT_BEFORE.test(before)) continue;
    return false;
  }
  return acts > 0;
}

/** Whether a piece of repeat evidence points inside this message, or at a contact about another matter (see above). */
export function noContact17(ctx: CueContext, e: Evidence): boolean {
  const s = sentenceOf(ctx, e);
  if (s === null) return false;
  const flat = s.replace(/\u200c/g, ' ');
  if ((SAID_HERE.test(flat) || SAID_HERE_FA.test(flat)) && !/\b(?:again|twice|times|still|previous|earlier\s+(?:e-?mail|message))\b|دوباره|بار|هنوز|قبلی/i.test(flat.replace(SAID_HERE, '').replace(SAID_HERE_FA, ''))) return true;
  if (OTHER_MATTER.test(flat) || OTHER_MATTER_FA.test(flat)) return true;
  if (ctx.fa) return thirdPersonContactFa(flat, e);
  if (SEEN_ON_CHANNEL.test(flat) && !ACT_ANY_ONE.test(flat.replace(SEEN_ON_CHANNEL, ''))) return true;
  return !ctx.fa && noActInSentence(flat.replace(/[’‘]/g, "'"), e);
}
