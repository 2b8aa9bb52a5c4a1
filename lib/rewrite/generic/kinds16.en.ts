/**
 * The English generic reader's fifth pass (sixteenth session, rwen9, issue 12: recall holes of the variant matrix
 * scripts/en-neutral-matrix.ts; written from the families the task names, never from a split's items). Each family is
 * one condition over the normalised words of the language layer (lib/nlp: apostrophes, "wont", "u", "dont", "cant" and
 * case already folded), so every subject, auxiliary, typo and chat spelling of it reads the same:
 *
 * - **a refusal said as the customer's loss** ("You won't get a refund", "u wont receive a replacement", "you're not
 *   getting your deposit back", "You no longer qualify for the discount", "you can no longer use the voucher", "It won't
 *   be free"): the customer, a negation (future, present, "no longer"), a verb of getting, then a benefit. The reassuring
 *   "you won't be charged", "you won't lose your points", "you won't receive any more emails" name a cost or a nuisance,
 *   not a benefit, and stay quiet;
 * - **blame asked as a question** ("Can't you see the button?", "Didn't you read the email?", "cant u see it?", "Why
 *   haven't you checked …?"): a contracted negative auxiliary before "you", then a verb of looking, reading or following.
 *   "Can you not see it? Let me help" (the negation after "you") and "Haven't you received the code yet?" (receiving is
 *   no duty) are questions about a thing that failed;
 * - **tone policed or contact forbidden** ("No need to take that tone", "There's no need to shout", "Don't raise your
 *   voice", "Don't email us again about this"): "no need to" or a negated imperative whose verb is the customer's conduct.
 *   "No need to call us", "Please don't reply to this email" (no "again") and "Don't worry" stay quiet;
 * - **a telling-off** ("Don't let it happen again", "Please make sure this doesn't happen again", "Don't do that
 *   again"): the imperative; the agent's own promise "We'll make sure it doesn't happen again" has a subject and stays quiet;
 * - **exasperation** ("I can't believe how long this took", "… how rude that message was", "… how many times you have
 *   called", "We can't wait all day", "We don't have all day", "I can't imagine why you did that"): "can't believe how"
 *   with a complaint word (not "how quick", nor "how long you had to wait", the customer's ordeal, nor what we did);
 * - **a threat** ("If you don't pay by Monday, your account will be suspended", "Pay by Friday or your service will be
 *   disconnected"): a condition on a customer's duty left undone, then a sanction on their account or them. "If it
 *   doesn't arrive by Friday, we'll send a replacement" and "If you don't receive it, let me know" stay quiet.
 *
 * - **a way of serving refused by the agent** ("We won't take your payment over the phone", "I don't bill you monthly",
 *   "We won't share your details with your husband", "I won't update your address"): read as a refusal; "with anyone
 *   else / any third parties", "I won't charge you twice" and "I won't change anything without asking you" stay quiet.
 *
 * Every hit is advice (no text change): only the agent knows what can be offered instead.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { VERBS } from '../../nlp/lexicon.en.ts';
import type { GenericExplain, GenericHit, GenericReader } from './types.ts';
import { LiteralScanner } from '../../text/literal-scan.ts';

export const EXPLAIN_KINDS16_EN: GenericExplain = {
  'refusal-as-loss': {
    en: 'This tells the customer what they will not get ({words}): say what they can get instead, or the price, and what happens next.',
    fa: 'این جمله می‌گوید مشتری چه چیزی به دست نمی‌آورد ({words}): بگویید به جای آن چه می‌تواند بگیرد، یا هزینه‌اش چقدر است، و قدم بعدی چیست.',
  },
  'blame-question': {
    en: 'This question carries a reproach ({words}): say where to find it or what to do ("The button is at the top right").',
    fa: 'این پرسش سرزنش در خود دارد ({words}): بگویید کجا پیدایش کند یا چه کند («دکمه بالا سمت راست است»).',
  },
  'tone-policing': {
    en: 'This tells the customer how to behave ({words}): acknowledge the frustration and say what you will do, or how best to reach you.',
    fa: 'این جمله به مشتری می‌گوید چطور رفتار کند ({words}): ناراحتی او را بپذیرید و بگویید چه خواهید کرد، یا بهترین راه تماس چیست.',
  },
  'telling-off': {
    en: 'This tells the customer off ({words}): say what will prevent it next time, or what you will do.',
    fa: 'این جمله مشتری را سرزنش می‌کند ({words}): بگویید چه چیزی دفعهٔ بعد از آن جلوگیری می‌کند، یا شما چه خواهید کرد.',
  },
  exasperation: {
    en: 'This shows impatience with the customer ({words}): leave it out and say what happens next.',
    fa: 'این جمله بی‌حوصلگی با مشتری را نشان می‌دهد ({words}): آن را حذف کنید و بگویید قدم بعدی چیست.',
  },
  threat: {
    en: 'This reads as a threat ({words}): say what the customer can do and by when, how you can help, and the consequence plainly at the end.',
    fa: 'این جمله تهدید به نظر می‌رسد ({words}): بگویید مشتری چه کاری را تا کی می‌تواند انجام دهد، چه کمکی از شما برمی‌آید، و پیامدش را ساده و در آخر بگویید.',
  },
};

// The sentence's words as one string of norms, each mapped back to its token: one condition reads every spelling.
interface Flat {
  s: string;
  at: number[]; // char offset in s -> token index (only at each token's first char)
  toks: Token[];
}
function flatten(toks: Token[]): Flat {
  let s = '';
  const at: number[] = [];
  toks.forEach((t, i) => {
    if (s) s += ' ';
    at[s.length] = i;
    s += t.norm;
  });
  return { s, at, toks };
}
function tokAt(f: Flat, off: number): number {
  for (let o = off; o >= 0; o--) if (f.at[o] !== undefined) return f.at[o];
  return 0;
}
function toHit(f: Flat, a: number, b: number, construction: string, category: GenericHit['category']): GenericHit {
  const i = tokAt(f, a);
  const j = tokAt(f, Math.max(a, b - 1));
  return { start: f.toks[i].start, end: f.toks[j].end, category, construction };
}

const B = '(?<![\\w-])';
const E = '(?![\\w-])';
const DET = '(?:(?:a|an|the|any|your|our|this|that|their|its|a full|a partial|full|partial|another|my|some|much of a|much|even a) )?';
const BENEFIT = '(?:refund|refunds|replacement|replacements|deposit|money back|compensation|credit|voucher|vouchers|discount|discounts|exchange|reimbursement|cashback|rebate|payout|repair|upgrade|goodwill gesture|gift card|free \\w+|\\w+ back)';
const NEG_YOU = '(?:will not|will never|would not|are not going to|are not|is not going to|do not|can not|will no longer|can no longer)';
const GET = '(?:get|getting|receive|receiving|be given|be offered|be issued|be getting|be receiving|qualify for|be eligible for|be entitled to|eligible for|entitled to|have|use|claim|redeem)';

const LOSS = [
  // "a refund email", "a replacement code": a message about the benefit, not the benefit.
  new RegExp(`${B}you ${NEG_YOU} (?:be able to )?${GET} ${DET}${BENEFIT}${E}(?! (?:email|e-mail|confirmation|notification|receipt|message|text|letter|reminder|status|request|form|link|number|reference|code|update)s?${E})`),
  new RegExp(`${B}you (?:are |will |do )?no longer (?:qualify|be eligible|eligible|be entitled|entitled|have access)${E}`),
  new RegExp(`(?:^|[,.;:!] |but |so |and |sorry )(?:it|this|that) (?:will not|would not|is not going to) be (?:free|free of charge|refundable)${E}`),
];

// A contracted negative auxiliary before "you" (checked on the written text), then looking, reading or following.
const BLAME_Q = new RegExp(`(?:^|[,.;:!] |why |so |but |and |well |seriously |honestly )((?:can|could|did|do|does|have|has|were|are|would|will) not) you (?:even |just |ever |actually )?(?:see|seen|read|check|checked|notice|noticed|follow|followed|look|looked|understand|understood|listen|listened|bother|bothered|realise|realised|realize|realized|remember|remembered|hear|heard|pay attention|paid attention|scroll|scrolled|open|opened|click|clicked)${E}`);
const BLAME_Q_FULL = new RegExp(`(?:^|[,.;:!] |why |so |but |and |well |seriously |honestly )(?:did|have|do|can|could) you not (?:even |just |actually )?(?:read|follow|bother|listen|pay attention)${E}`);
const YOU_UNCLEAR = new RegExp(`(?:^|[,.;:!] |but |so |and |sorry )you (?:were not|was not|are not|have not been) (?:very |being |entirely |totally |quite )?(?:clear|specific|precise|explicit|consistent|careful)${E}`);

const CONDUCT = '(?:shout|shouting|yell|yelling|scream|screaming|swear|swearing|curse|cursing|be (?:so |that |this |this |quite so )?(?:rude|aggressive|hostile|nasty|abusive|sarcastic|condescending|impolite|snippy|snappy|personal|dramatic|rude about it|like that)|get (?:so |that |this |quite so )?(?:upset|angry|aggressive|heated|nasty|personal|worked up|shirty|snippy|snappy|defensive|rude|abusive)|take (?:that|this|such a|a) tone|use (?:that|this|such|bad|foul|abusive) (?:language|tone|word|words)|raise your voice|lose your temper|be taking that tone)';
const TONE = [
  new RegExp(`${B}no need (?:for you )?to ${CONDUCT}${E}`),
  new RegExp(`${B}no need for (?:that|this|such|the|your) (?:tone|language|attitude|behaviour|behavior|rudeness|sarcasm|aggression|shouting|swearing)${E}`),
  new RegExp(`(?:^|[,.;:!] |please |and |so |just )(?:do not|never|stop) (?:you )?(?:ever )?${CONDUCT}${E}`),
  new RegExp(`(?:^|[,.;:!] |please |and |so |just )(?:do not|never|stop) (?:ever )?(?:call|calling|phone|phoning|ring|email|emailing|e-mail|contact|contacting|message|messaging|ask|asking|chase|chasing|write|writing|text|texting) (?:to )?(?:us|me|the team|our team|this address|about this)? ?(?:about (?:this|it) )?again${E}`),
];
const TELLING_OFF = [
  new RegExp(`(?:^|[,.;:!] |please |and |so |just |now )(?:do not|never) let (?:it|this|that|this sort of thing|that sort of thing) happen again${E}`),
  new RegExp(`(?:^|[,.;:!] |please |and |so |just |kindly |in future |in the future ,? )(?:make sure|ensure|see to it|check) (?:that )?(?:it|this|that|you) (?:does not|do not|will not|never|is not|are not|did not) (?:happen|happens|do it|do that|repeat)(?: \\w+){0,2} again${E}`),
  new RegExp(`(?:^|[,.;:!] |please |and |so |just )(?:do not|never) do (?:it|that|this) again${E}`),
];
const COMPLAINT = '(?:long|rude|rudely|slow|slowly|late|bad|badly|poorly|careless|carelessly|impatient|demanding|unreasonable|aggressive|many times|often|little effort|few details|unhelpful|hostile)';
const EXASPERATION = [
  new RegExp(`${B}(?:can not|could not|can never) (?:believe|get over) how ${COMPLAINT}${E}`),
  new RegExp(`${B}(?:we|i) (?:can not|could not|will not) (?:wait|hang on|hold on) (?:all day|forever|for ever|around|indefinitely|on you|for you forever|all week)${E}`),
  new RegExp(`${B}(?:we|i) (?:do not|have not got) (?:have |got )?all day${E}`),
  new RegExp(`${B}(?:can not|could not) (?:imagine|understand|fathom|see|think) why you (?:did|would|do|thought|decided|chose|did not|would not|have not|keep|kept)${E}`),
];
// After "how <complaint>": the customer's ordeal ("how long you had to wait") or our own doing ("how long it took us") is empathy.
const ORDEAL_AFTER = /^ (?:\w+ ){0,4}(?:had to|have had to|has had to|been waiting|waited|wait|waiting|us|we|our|me|i|my)(?![\w-])/;

const DUTY = '(?:pay|paid|settle|settled|send|sent|return|returned|reply|replied|respond|responded|provide|provided|confirm|confirmed|update|updated|complete|completed|submit|submitted|sign|signed|verify|verified|bring|brought|attend|attended|clear|cleared|remove|removed|contact|contacted|call|called|get back|got back|make (?:the |a |your )?payment|made (?:the |a |your )?payment)';
const SANCTION_PASSIVE = '(?:suspended|closed|cancelled|canceled|terminated|deleted|blocked|locked|frozen|disconnected|forfeited|forfeit|removed|passed|referred|handed|sent to (?:collections|a debt)|charged|fined|voided|void|invalidated|deactivated|disabled|restricted|cut off|written off|lost|withdrawn|banned|reported)';
const SANCTION_WE = '(?:close|cancel|suspend|terminate|delete|block|lock|freeze|disconnect|fine|pass|refer|remove|report|deactivate|disable|restrict|withdraw|cut off|take (?:legal|further) action|charge you|bill you)';
const THREAT_IF = new RegExp(`${B}(?:if you (?:do not|did not|have not|fail to|can not|will not|are unable to|are not able to)|unless you) (?:\\w+ )?${DUTY}${E}`);
const SANCTION = new RegExp(`${B}(?:(?:your|the|this|that) (?:\\w+ ){0,2}(?:will|would|may|might|is going to|shall|can) (?:automatically |permanently |then |also )?(?:be|get) (?:automatically |permanently )?${SANCTION_PASSIVE}|(?:we|i) (?:will|would|may|might|shall|are going to|will have to|may have to|would have to|will be forced to|have no choice but to|reserve the right to) (?:then |also |automatically )?${SANCTION_WE}|you (?:will|may|might) (?:be|get) (?:charged|fined|billed|banned|blocked|locked out|suspended))${E}`);
const OR_SANCTION = new RegExp(`${B}or (?:else )?(?:(?:your|the) (?:\\w+ ){0,2}(?:will|may|might) (?:be|get) ${SANCTION_PASSIVE}|we (?:will|may|might) ${SANCTION_WE}|you (?:will|may|might) (?:be|get) (?:charged|fined|billed|banned|blocked|locked out|suspended)|(?:you|it|they|we|payroll|the (?:\\w+ ){0,2}\\w+) (?:will|may|might) (?:miss(?! out\\b)|lose (?:your|the|it|them)\\b|not (?:be (?:paid|processed|accepted|included|counted|valid)|get (?:paid|processed|through|in))|forfeit)|(?:it|they|you|we) (?:will not|can not|cannot) (?:be (?:paid|processed|accepted|included|counted)|go through|get (?:paid|processed|in)))${E}`);

/** A closed ticket, case or conversation: what an unanswered thread comes to, not a penalty on the customer. */
const HOUSEKEEPING = /\bclos(?:e|ed|ing)\b(?: \w+){0,3} (?:ticket|case|request|conversation|chat|query|enquiry|inquiry|thread)s?\b|\b(?:ticket|case|request|conversation|chat|query|enquiry|inquiry|thread)s? (?:\w+ ){0,4}(?:be|get) (?:automatically |then )?closed\b/;

const FAVOUR_AFTER = /^ (?:\w+ ){0,3}(?:for free|free of charge|at no (?:extra )?cost|without (?:any )?charge|for you)(?![\w-])/;

// A way of serving refused by the agent ("We won't take your payment over the phone", "I don't bill you monthly", "We
// won't share your details with your husband"): the manner or the person the customer named makes it a refusal; "with
// anyone else / third parties" and a bare "we won't charge you" are the reassurance neutral16.en.ts reads.
const AGENT_NEG = '(?:i|we|our team) (?:will not|do not|will never|would not|never)';
const WAY = new RegExp(`${B}${AGENT_NEG} (?:bill|charge|invoice|take|accept|share|discuss|release|send|give|pass) (?:\\w+ ){0,3}?(?:monthly|weekly|by cheque|by check|in cash|over the phone|by phone|by email|by text|in instalments|in installments|separately(?= ?[.!]?$)|with (?:your|her|his|their|the) (?:husband|wife|partner|son|daughter|mother|father|mum|dad|family|friend|relative|parents|landlord|employer|solicitor|lawyer|neighbour|neighbor)s?)${E}`);
// "I won't update your address": the agent refuses a service (not a harm spared: no charge, share or take here).
const I_REFUSE = new RegExp(`${B}i (?:will not|will never) (?:refund|replace|update|amend|process|accept|exchange|reissue|extend|waive|honour|honor|approve|reopen|reinstate|transfer|change) (?!any|anything|a thing|it without)(?:your|the|this|that|it|them|you)(?: (?!without)\\w+)?${E}`);

/** The written auxiliary and its "not" are one word ("can't", "didnt", "cant"), not "can … not". */
function contracted(f: Flat, off: number): boolean {
  const a = tokAt(f, off);
  const n = a + 1;
  return n < f.toks.length && f.toks[n].start <= f.toks[a].end;
}

/** Each family's expression with the global flag, made once (not once per sentence). */
const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'g')));
  g.lastIndex = 0;
  return g;
}

function first(f: Flat, re: RegExp, construction: string, category: GenericHit['category'], ok?: (m: RegExpExecArray) => boolean): GenericHit | null {
  if (!mayMatch(f, re)) return null;
  const g = globalOf(re);
  for (let m = g.exec(f.s); m; m = g.exec(f.s)) {
    if (ok && !ok(m)) {
      g.lastIndex = m.index + 1;
      continue;
    }
    // Leave out the opener the pattern read before the family's first word.
    const lead = /^(?:[,.;:!] |why |so |but |and |well |seriously |honestly |please |just |now |kindly |sorry |in future |in the future ,? )+/.exec(m[0]);
    const keep = lead && !/^(?:please |why |now |just |kindly )/.test(lead[0]) ? lead[0].length : lead && /^[,.;:!] /.test(lead[0]) ? 2 : 0;
    return toHit(f, m.index + keep, m.index + m[0].length, construction, category);
  }
  return null;
}

/** After an order, "or" with a refusal of ours: "… or we can't do the refund", "… or I won't be able to hold it". */
const OR_REFUSE = new RegExp(`${B}or (?:else )?(?:we|i) (?:can not|cannot|will not|would not|are not able to|am not able to|are unable to|am unable to|can no longer|will not be able to) [a-z]+${E}`);
/** "bring the receipt or we cant …": a bare verb at the head of the sentence (after "please / just"), then a threat after "or". */
function orderThenThreat(f: Flat, ok: (m: RegExpExecArray) => boolean): GenericHit | null {
  const toks = f.toks;
  let h = 0;
  while (h < toks.length && /^(?:please|pls|kindly|just|so|ok|okay)$/.test(toks[h].norm)) h++;
  const v = toks[h];
  if (!v || !v.word || !VERBS.has(v.norm) || /^(?:thank|thanks|hope|love|like|mind|see|feel|worry|sorry|let)$/.test(v.norm)) return null;
  // A choice offered is no order: "Bring the receipt if you have it, or we can look it up", "Call us or we can call you".
  if (/ (?:if|whichever|either|when you can|whatever) /.test(f.s)) return null;
  const m = OR_SANCTION.exec(f.s) ?? OR_REFUSE.exec(f.s);
  if (!m || !ok(m)) return null;
  // With a refusal of ours after "or" (the packs' own flag), the order alone: "bring the receipt" | "or we cant do the refund".
  if (m[0] !== undefined && OR_REFUSE.test(m[0]) && !OR_SANCTION.test(m[0])) return toHit(f, f.at.indexOf(h), m.index - 1, 'threat', 'commands');
  return toHit(f, f.at.indexOf(h), m.index + m[0].length, 'threat', 'commands');
}

/** The families above in one English sentence (offsets into it). */
/**
 * (perfen30) The expressions `first` reads, pre-checked from their own literals (lib/text/literal-scan.ts): one scan of a
 * sentence's norms tells which of them may match there; most sentences hold none of their literals, and each expression
 * was run over every English sentence.
 */
const SCANNED: readonly RegExp[] = [BLAME_Q, BLAME_Q_FULL, ...LOSS, WAY, I_REFUSE, YOU_UNCLEAR, ...TONE, ...TELLING_OFF, ...EXASPERATION, SANCTION, OR_SANCTION];
const SCAN_ID = new Map(SCANNED.map((re, i) => [re, i]));
let scanner: LiteralScanner | null = null;
let scanned: Flat | null = null;
function mayMatch(f: Flat, re: RegExp): boolean {
  const id = SCAN_ID.get(re);
  if (id === undefined) return true;
  if (scanned !== f) {
    (scanner ??= new LiteralScanner(SCANNED)).scan(f.s);
    scanned = f;
  }
  return scanner!.may(id);
}

/** Keeps `h` unless it overlaps a hit kept before. (perf36en: module-level, not a closure named per sentence under tsx.) */
function addApart(out: GenericHit[], h: GenericHit | null): void {
  if (h && !out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
}

/** A sanction that is not a threat: done for the customer, or closing the ticket as housekeeping (see readKinds16En). */
function notThreatIn(f: Flat): (m: RegExpExecArray) => boolean {
  return (m) => !FAVOUR_AFTER.test(f.s.slice(m.index + m[0].length)) && !HOUSEKEEPING.test(f.s.slice(m.index, m.index + m[0].length + 40));
}

export const readKinds16En: GenericReader = (sentence, tokens) => {
  if (typeof sentence !== 'string' || sentence.length < 4) return [];
  const toks = tokens ?? analyzeSentenceTokens(sentence);
  if (!toks.length || !toks.some((t) => t.lang === 'en')) return [];
  const f = flatten(toks);
  const question = /\?\s*$/.test(sentence.trim()) || toks.some((t) => t.norm === '?');
  const out: GenericHit[] = [];
  if (question) {
    addApart(out, first(f, BLAME_Q, 'blame-question', 'blame', (m) => contracted(f, m.index + m[0].indexOf(m[1]))));
    addApart(out, first(f, BLAME_Q_FULL, 'blame-question', 'blame'));
  }
  // Conditions ("If you don't get a refund, …") and questions ("Won't you get a refund?") ask, they do not refuse.
  const cond = /(?:^|[,.;:] )(?:if|unless|whether|in case) /.test(f.s);
  if (!question) {
    for (const re of LOSS) addApart(out, cond ? null : first(f, re, 'refusal-as-loss', 'cant-wont'));
    addApart(out, cond ? null : first(f, WAY, 'negated-ability', 'cant-wont'));
    addApart(out, cond ? null : first(f, I_REFUSE, 'negated-ability', 'cant-wont', (m) => !/ without /.test(f.s.slice(m.index))));
    addApart(out, first(f, YOU_UNCLEAR, 'second-person-blame', 'blame'));
    for (const re of TONE) addApart(out, first(f, re, 'tone-policing', 'passive-aggressive'));
    for (const re of TELLING_OFF) addApart(out, first(f, re, 'telling-off', 'passive-aggressive'));
    for (const re of EXASPERATION) addApart(out, first(f, re, 'exasperation', 'passive-aggressive', (m) => !/how /.test(m[0]) || !ORDEAL_AFTER.test(f.s.slice(m.index + m[0].length))));
    // A sanction done for the customer ("we'll cancel it for free") is an offer.
    // Closing the ticket when the customer does not answer is housekeeping, not a sanction ("If you don't reply by Friday,
    // we'll close this ticket"; "… or the case will be closed automatically"): the customer loses nothing by it.
    const notThreat = notThreatIn(f);
    if (THREAT_IF.test(f.s)) addApart(out, first(f, SANCTION, 'threat', 'commands', notThreat));
    // rwen23: an order with its threat ("bring the receipt or we cant do the refund", "Fill in the timesheet by 5pm or payroll
    // will miss it"): the imperative at the head is the order the threat enforces, so the flag runs from it.
    addApart(out, orderThenThreat(f, notThreat));
    addApart(out, first(f, OR_SANCTION, 'threat', 'commands', notThreat));
  }
  return out.sort((a, b) => a.start - b.start);
};
