/**
 * English template matrix (issue 12: a plain refusal gets a template, "What I can do is ___", the blank for the agent;
 * the seventeenth session's rwtpl10en round). The families where only the agent knows the alternative (a refusal, "the
 * system won't let me", a policy wall, "not my department", "I don't know") are given as **parts** (who refuses, the
 * refusal's form with and without apostrophes, the refused action, the sentence's shape: alone, with "sorry", after
 * "but", with a reason, inside a message, lowercase chat) and every combination is generated; a **look-alike matrix**
 * of the same refusals where the agent already gives a way forward (an offer, an alternative, a next step, a redirect,
 * "nothing else I can do", a condition, a question) must get no template. Written from the families named in the task,
 * not from any split's items.
 *
 *   npx tsx scripts/en-template-matrix.ts              per kind: template offered / total (families), template / total (look-alikes)
 *   npx tsx scripts/en-template-matrix.ts --list=<kind>   that kind's sentences with what each got (and the applied text)
 *   npx tsx scripts/en-template-matrix.ts --list=all
 *   npx tsx scripts/en-template-matrix.ts --sample=30     30 random applied templates of the families (seeded), to read
 *
 * Decisions: a condition in the refusal's sentence ("… without a receipt", "… until the stock lands") is in neither
 * matrix: the pack's frames ("While I can't X without a receipt, what I can do is ___") were taken as right by the dev
 * splits' writers, and the sentence template is not offered there (a time limit is a time refusal, its rewrite names
 * the time). A bare policy wall ("Those are the rules, sorry.") is in neither: its writers wanted the rule explained.
 *
 * What counts: the suggestion over the refusal's words. A family sentence passes when that suggestion is a template (how
 * many of them keep every word of the draft is printed too: the pack's frames "While I can't X, what I can do is ___",
 * "the team that handles this is ___" reword the refusal on purpose); a look-alike passes when no suggestion in it holds
 * a blank.
 */
import { pathToFileURL } from 'node:url';
import { cap, combos } from './en-neutral-matrix.ts';
import { builtinPacks } from '../lib/packs/index.ts';
import { applySuggestion, suggestRewrites, type Suggestion } from '../lib/rewrite/index.ts';

export interface TemplateItem {
  kind: string;
  label: 'family' | 'lookalike';
  text: string;
  /** Where the refusal's words are, to find the suggestion over them. */
  at: string;
}


/** Refused actions an agent names (verb + object), from many trades. */
const ACTIONS = [
  'refund the delivery fee',
  'change the name on the ticket',
  'extend your free trial',
  'move your appointment to Saturday',
  'transfer the booking to your partner',
  'hold the room past noon',
  'reissue the voucher',
  'split the payment between two cards',
];
/** A reason the agent gives after the refusal. */
const REASONS = [' as the order has already been dispatched', ' because the fare is non-flexible', ', the booking window closed on the 14th', ' once the statement has closed'];

/** Refusal heads, each with its `at` (the words the rule should flag). */
const I_CANT = ["I can't ", 'I cant ', 'I cannot ', "I'm unable to ", 'im unable to ', "I'm not able to ", "I won't be able to ", "I'm not allowed to "];
const WE_CANT = ["we can't ", 'we cant ', 'we cannot ', "we're unable to ", 'we are not able to ', "we won't be able to ", 'we are not allowed to ', 'we wont be able to '];
const SYSTEM = ["the system won't let me ", 'the system wont let me ', "the system doesn't allow me to ", 'our system does not allow me to ', "the computer won't let me ", "the portal isn't letting me "];

function families(): TemplateItem[] {
  const out: TemplateItem[] = [];
  const add = (kind: string, texts: string[], at: (t: string) => string) => texts.forEach((text) => out.push({ kind, label: 'family', text, at: at(text) }));
  const head = (t: string, heads: string[]) => heads.find((h) => t.toLowerCase().includes(h.trim().toLowerCase()))!.trim();
  // alone
  add('i-cant-alone', combos([I_CANT, ACTIONS, ['.']]).map(cap), (t) => head(t, I_CANT));
  add('we-cant-alone', combos([WE_CANT, ACTIONS, ['.']]).map(cap), (t) => head(t, WE_CANT));
  // with a reason after it
  add('we-cant-reason', combos([WE_CANT, ACTIONS.slice(0, 4), REASONS, ['.']]).map(cap), (t) => head(t, WE_CANT));
  // with sorry, before or after
  add('sorry-before', combos([['Sorry, ', "I'm sorry, but ", 'Unfortunately ', "I'm afraid "], WE_CANT.slice(0, 4), ACTIONS.slice(0, 4), ['.']]), (t) => head(t, WE_CANT));
  add('sorry-after', combos([WE_CANT.slice(0, 4), ACTIONS.slice(0, 4), [', sorry.', ', sorry about that.', ' sorry']]).map(cap), (t) => head(t, WE_CANT));
  // after "but" and an effort
  add('but-before', combos([['I understand how frustrating this is, but ', 'I did try, but ', 'I tried twice but '], [...I_CANT.slice(0, 3), ...SYSTEM.slice(0, 3)], ACTIONS.slice(0, 4), ['.']]), (t) => head(t, [...I_CANT, ...SYSTEM]));
  // the system
  add('system', combos([SYSTEM, ACTIONS, ['.', '', ' on a non-flexible fare.']]).map(cap), (t) => head(t, SYSTEM));
  // impersonal: not possible / not allowed / not something we do / policy
  const OBJ = ['Refunds on opened items', 'A same-day replacement', 'Changing the name on the ticket', 'Early check-in', 'Transferring loyalty points'];
  add('not-possible', combos([OBJ, [' is not possible', " isn't possible", ' isnt possible', ' is not allowed', " isn't something we offer", ' is not something we do'], ['.', ' after 30 days.', ', as the system locks the booking.']]), (t) => (/something/.test(t) ? t.match(/is(?:n't| not) something we (?:offer|do)/)![0] : t.match(/is(?:n't|nt| not) (?:possible|allowed)/)![0]));
  add('we-dont', combos([["We don't ", 'We do not ', 'we dont '], ['offer refunds on gift cards', 'ship to PO boxes', 'do gift wrapping', 'accept cash on delivery'], ['.', ', sorry.', ' on weekends.']]).map(cap), (t) => t.match(/we (?:don't|do not|dont) \w+/i)![0]);
  add('policy', combos([["That's our policy for ", 'thats our policy for ', "It's against our policy to allow ", 'Company policy does not allow '], ['late returns', 'refunds after 30 days', 'exchanges on swimwear'], ['.', ", I'm sorry.", '']]), (t) => t.match(/policy/i)![0]);
  // not my department (no redirect in the sentence)
  add('not-my-dept', combos([["Sorry, that's not my department", 'thats not something I handle', "That isn't my team", "I'm afraid that's not my department"], ['.', '', ', sorry.']]), (t) => t.match(/not (?:my|something)|isn't my/i)![0]);
  // not knowing
  add('not-knowing', combos([["I don't know ", 'I dont know ', 'no idea ', "I'm not sure ", 'I have no idea '], ['why the payment failed', 'when the part will arrive', 'where your parcel is', 'if the shop reopens this month'], ['.', ', the courier has not updated us.', '']]), (t) => t.match(/know|idea|sure/i)![0]);
  // in a message: greeting before, sign-off after
  add('in-message', combos([['Hi Sam,\n\nThanks for your message. ', 'Hello Ms Patel, thanks for the photos. '], [...WE_CANT.slice(0, 2).map(cap), ...SYSTEM.slice(0, 2).map(cap)], ACTIONS.slice(0, 4), ['.\n\nBest,\nAlex', '. Thanks for your patience.', '.']]), (t) => head(t, [...WE_CANT, ...SYSTEM]));
  // Shapes the pack's frames do not fit, that the sentence template takes: an impersonal subject with a reason, a passive
  // refusal, a system with no "me", a not-knowing with a guess after it, a policy with its content.
  const PLACES = ['Our front desk', 'The depot', 'Our warehouse team', 'The clinic'];
  add('impersonal-reason', combos([PLACES, [' is unable to ', ' cannot ', " can't ", ' isnt able to '], ['hold luggage after 6pm', 'collect from residential addresses', 'accept photocopies of certificates'], [', as the storage room is shared.', ' because of the new regulations.', '.']]), (t) => t.match(/ (?:is unable|cannot|can't|isnt able)/)![0].trim());
  add('passive', combos([['Replacement certificates', 'Gift cards', 'Delivery fees', 'Custom orders'], [' cannot be ', " can't be ", ' are not '], ['refunded', 'exchanged', 'issued over the phone'], ['.', ' once they have been activated.', ', sorry.']]), (t) => t.match(/(?:cannot|can't|are not) be|are not/)![0]);
  add('system-impersonal', combos([['The system', 'Our booking tool', 'The portal', 'the app'], [" doesn't allow ", ' doesnt allow ', ' does not accept ', " won't accept "], ['refunds over £500 from chat', 'a start date in the past', 'two appointments on the same day'], ['.', '', ', so the basket stays stuck at step 2.']]), (t) => t.match(/(?:doesn't|doesnt|does not|won't) (?:allow|accept)/)![0]);
  add('not-knowing-tail', combos([["I don't know why the charge appeared twice", 'no idea when the next batch lands', "I'm not sure when the engineer will arrive", 'dunno if the pass carries over'], ['; it might be something on the bank side.', ', the supplier has not given us dates.', ', as we have not had an update yet.', ' tbh']]), (t) => t.match(/know|idea|sure|dunno/)![0]);
  add('policy-content', combos([['It is company policy not to refund delivery charges', 'Opened items are final sale, it is store policy', 'Exchanges on swimwear are against our policy', 'As per our policy, deposits are non-refundable'], [' for hygiene reasons.', ' once the courier has been dispatched.', '.']]), (t) => t.match(/policy/i)![0]);
  return out;
}

/** The same refusals where the agent already gives a way forward, a redirect, or says there is nothing more. */
function lookalikes(): TemplateItem[] {
  const out: TemplateItem[] = [];
  const add = (kind: string, texts: string[], at: (t: string) => string) => texts.forEach((text) => out.push({ kind, label: 'lookalike', text, at: at(text) }));
  const head = (t: string, heads: string[]) => heads.find((h) => t.toLowerCase().includes(h.trim().toLowerCase()))!.trim();
  const A = ACTIONS.slice(0, 4);
  const R = [...WE_CANT.slice(0, 4), ...I_CANT.slice(0, 3), ...SYSTEM.slice(0, 2)];
  add('offer-after', combos([R.map(cap), A, [', but we can send a replacement instead.', ', but I can offer you store credit.', ', however we can swap it for another date.', '. However, I can offer you a voucher.', ", you can exchange it though.", '. What I can do is offer store credit.', '. Instead, I have added a credit to your account.', ". I've sent you a prepaid label for the exchange."]]), (t) => head(t, R));
  add('next-step', combos([R.map(cap), A, ["; you'd need to pop into a store.", ', you will need to call the airline.', '. Please contact the store directly.', ', please use the online form.', '. The best way is to book it through the app.']]), (t) => head(t, R));
  add('redirect', combos([["That's not my department, ", 'thats not something I handle, ', "That isn't my team. "], ['billing handles refunds.', 'the returns team will pick it up.', 'you will have to speak to billing.', 'please contact the pharmacy.', 'claims are handled by our insurer.']]), (t) => t.match(/not (?:my|something)|isn't my/i)![0]);
  add('nothing-more', combos([R.map(cap), A, [", there's nothing else I can do.", ', it is out of our hands.', '. There are no other options, sorry.']]), (t) => head(t, R));
  add('offer-before', combos([["I can send a new label, but ", "I've refunded the fee, but ", "We'll cover the postage, but "], WE_CANT.slice(0, 3), A, ['.']]), (t) => head(t, WE_CANT));
  add('subordinate', combos([['If ', 'While ', 'Although ', 'Even though '], WE_CANT.slice(0, 3), A, [', your new plan starts today.', ', we will let you know.']]), (t) => head(t, WE_CANT));
  add('question', combos([["Can't we ", 'Is it not possible to ', 'Why can we not '], A, ['?']]), (t) => t.split(' ').slice(0, 2).join(' '));
  add('not-knowing-next', combos([["I don't know ", "I'm not sure "], ['why the payment failed', 'when the part will arrive'], ['. I have asked the courier and will update you by Friday.', ', but I will check with the warehouse.', '. Let me find out for you.']]), (t) => t.match(/know|sure/)![0]);
  add('impersonal-offer', combos([['Our front desk is unable to hold luggage after 6pm', "The depot can't collect from residential addresses", 'Replacement certificates cannot be issued over the phone', "The system doesn't allow refunds over £500 from chat"], [', but the partner hotel next door can store it.', '. Instead, we can collect from the depot on Monday.', '; the request has to come through the online portal.', ', you can apply at any branch though.', ', so I have booked you a callback with the billing team.']]), (t) => t.match(/unable|can't|cannot|doesn't/)![0]);
  add('dismissive-why', combos([["Not sure why you're so worried", "I don't know why you are so upset", 'no idea why ur so stressed'], [', the money is safe.', '.', ' about this.']]), (t) => t.match(/sure|know|idea/)![0]);
  add('sorry-next', combos([WE_CANT.slice(0, 3).map(cap), A, ['. Sorry about that.', '. Apologies for the trouble.']]), (t) => head(t, WE_CANT));
  return out;
}

export interface Verdict {
  item: TemplateItem;
  kind: 'template' | 'rewrite' | 'advice' | 'none';
  ruleId: string;
  applied: string;
  /** A template whose applied text keeps every word of the draft and adds one blank. */
  keeps: boolean;
  blankAnywhere: boolean;
  /** The template is template16.en.ts's sentence after the refusal (an insertion at the sentence's end). */
  sentence: boolean;
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z0-9'’]+/g) ?? [];

export function judge(item: TemplateItem): Verdict {
  const all: Suggestion[] = suggestRewrites(item.text, builtinPacks, { cache: false });
  const at = item.text.toLowerCase().indexOf(item.at.toLowerCase());
  const s = all.find((x) => x.flagged.start <= at + item.at.length && at < x.flagged.end);
  const blankAnywhere = all.some((x) => x.replacements.some((r) => r.includes('___')));
  if (!s) return { item, kind: 'none', ruleId: '', applied: item.text, keeps: false, blankAnywhere, sentence: false };
  const applied = applySuggestion(item.text, s);
  const w = wordsOf(item.text).join(' ');
  const kept = s.kind === 'template' && wordsOf(applied.replace('___', '')).join(' ').includes(w.split(' ').slice(0, 3).join(' ')) && (applied.match(/___/g) ?? []).length === 1;
  const allKept = kept && wordsOf(item.text).every((x) => wordsOf(applied).includes(x));
  const kind: Verdict['kind'] = s.kind === 'template' ? 'template' : s.kind === 'advice' ? 'advice' : 'rewrite';
  return { item, kind, ruleId: s.ruleId, applied, keeps: allKept, blankAnywhere, sentence: kind === 'template' && s.start === s.end };
}

export function runMatrix(): Verdict[] {
  return [...families(), ...lookalikes()].map(judge);
}

/** A seeded shuffle (mulberry32), so the sample read is the same each run. */
function sample<T>(xs: T[], n: number, seed = 17): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const c = xs.slice();
  for (let i = c.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [c[i], c[j]] = [c[j], c[i]];
  }
  return c.slice(0, n);
}

function main(): void {
  const list = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
  const n = Number(process.argv.find((a) => a.startsWith('--sample='))?.slice('--sample='.length) ?? 0);
  const vs = runMatrix();
  const kinds = [...new Set(vs.map((v) => `${v.item.label}:${v.item.kind}`))];
  let fam = 0, famOk = 0, look = 0, lookBad = 0;
  for (const k of kinds) {
    const xs = vs.filter((v) => `${v.item.label}:${v.item.kind}` === k);
    if (xs[0].item.label === 'family') {
      const ok = xs.filter((v) => v.kind === 'template').length;
      const keeps = xs.filter((v) => v.kind === 'template' && v.keeps).length;
      const sentence = xs.filter((v) => v.kind === 'template' && v.sentence).length;
      fam += xs.length;
      famOk += ok;
      const by = xs.reduce<Record<string, number>>((m, v) => ((m[v.kind] = (m[v.kind] ?? 0) + 1), m), {});
      console.log(`${k.padEnd(28)} template ${ok}/${xs.length} (every draft word kept: ${keeps}; a sentence after it: ${sentence})  ${JSON.stringify(by)}`);
    } else {
      const bad = xs.filter((v) => v.blankAnywhere).length;
      look += xs.length;
      lookBad += bad;
      console.log(`${k.padEnd(28)} blank offered ${bad}/${xs.length} (must be 0)`);
    }
    if (list === 'all' || list === xs[0].item.kind) {
      for (const v of xs) if (list === 'all' ? (v.item.label === 'family' ? v.kind !== 'template' : v.blankAnywhere) : true) console.log(`    [${v.kind} ${v.ruleId}] ${v.item.text.replace(/\n/g, '⏎')}\n      -> ${v.applied.replace(/\n/g, '⏎')}`);
    }
  }
  console.log(`families: template ${famOk}/${fam}; look-alikes with a blank ${lookBad}/${look}`);
  if (n > 0) {
    console.log(`\n${n} applied templates of the families (seeded sample):`);
    for (const v of sample(vs.filter((v) => v.item.label === 'family' && v.kind === 'template'), n)) console.log(`  ${v.applied.replace(/\n/g, '⏎')}   [${v.ruleId}]`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
