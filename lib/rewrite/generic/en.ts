/**
 * The English generic reader: recognises the constructions of negative phrasing in one sentence of
 * the agent's own words, whatever the wording, so a refusal no pack rule lists ("Your deposit
 * cannot, under the terms of the lease, be released", "requests filed late will not be
 * considered", "Priority boarding is unavailable to Basic fares") still gets advice.
 *
 * It reads the language layer's tokens (lib/nlp: contractions with and without apostrophes split
 * into "can" + "not", lemmas, clauses) once, left to right; every construction looks at most a
 * few tokens around its trigger word, so the work is linear in the sentence. Trust comes before
 * coverage: each construction has guards for the sentences that look like it and are fine
 * (reassurance, negated problems, conditionals about the customer, first-person regret,
 * questions, help that needs nothing from the customer), and a construction fires only in the
 * agent's or an impersonal voice.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import type { GenericExplain, GenericHit, GenericReader } from './types.ts';
import { policyGrantsIn } from '../policy-grant.en.ts';
import { wordDispatch } from './dispatch.en.ts';

/** Why each construction is flagged and what to do instead ({words}: the words it read). */
export const EXPLAIN_EN: GenericExplain = {
  'negated-ability': {
    en: 'This reads as a refusal ({words}): lead with what you can do and when.',
    fa: 'این جمله پاسخ منفی است ({words}): با کاری که می‌توانید انجام دهید و زمانش شروع کنید.',
  },
  'passive-refusal': {
    en: 'This reads as a refusal ({words}): say what can be done instead, and when.',
    fa: 'این جمله پاسخ منفی است ({words}): بگویید به جای آن چه کاری شدنی است و کی.',
  },
  'not-available': {
    en: 'This says what is not possible ({words}): say what is possible or available instead.',
    fa: 'این جمله می‌گوید چه چیزی ممکن نیست ({words}): بگویید چه چیزی ممکن یا در دسترس است.',
  },
  declined: {
    en: 'This announces a refusal ({words}): give the reason briefly and lead with the next step the customer can take.',
    fa: 'این جمله خبر رد شدن را می‌دهد ({words}): دلیل را کوتاه بگویید و با قدم بعدی مشتری شروع کنید.',
  },
  'nothing-can-be-done': {
    en: 'This closes every door ({words}): say what can still be done, even if it is small.',
    fa: 'این جمله همهٔ راه‌ها را می‌بندد ({words}): بگویید چه کاری هنوز شدنی است، حتی اگر کوچک باشد.',
  },
  'customer-obligation': {
    en: 'This puts an obligation on the customer ({words}): ask for it and say how it helps them ("Please …, so that …").',
    fa: 'این جمله تکلیفی بر گردن مشتری می‌گذارد ({words}): درخواست کنید و بگویید چه کمکی به او می‌کند («لطفاً …، تا …»).',
  },
  'second-person-blame': {
    en: 'This blames the customer ({words}): describe what happened and what fixes it, without pointing at "you".',
    fa: 'این جمله مشتری را مقصر می‌داند ({words}): بگویید چه شد و چه چیزی درستش می‌کند، بدون انگشت گرفتن به سمت «شما».',
  },
  minimising: {
    en: 'This plays down the customer\'s problem ({words}): acknowledge it before you explain.',
    fa: 'این جمله مشکل مشتری را کوچک جلوه می‌دهد ({words}): اول آن را بپذیرید، بعد توضیح دهید.',
  },
  stonewalling: {
    en: 'This shuts the conversation down ({words}): give the reason and what is still possible.',
    fa: 'این جمله گفت‌وگو را می‌بندد ({words}): دلیل را بگویید و آنچه هنوز ممکن است.',
  },
  'out-of-scope': {
    en: 'This says the request is outside what you cover ({words}): say who or what can help, or what you can do.',
    fa: 'این جمله می‌گوید درخواست خارج از حیطهٔ شماست ({words}): بگویید چه کسی یا چه چیزی کمک می‌کند، یا شما چه کاری می‌توانید بکنید.',
  },
  'refusal-idiom': {
    en: 'This is a blunt refusal ({words}): say plainly what can\'t be done, then what can.',
    fa: 'این جمله پاسخ منفیِ بی‌پرده است ({words}): ساده بگویید چه کاری نمی‌شود، بعد بگویید چه کاری می‌شود.',
  },
  'system-blocks': {
    en: 'This puts the blame on the system ({words}): say what the customer can do, or how you will do it another way.',
    fa: 'این جمله تقصیر را به گردن سیستم می‌اندازد ({words}): بگویید مشتری چه کاری می‌تواند بکند یا شما از چه راه دیگری کمک می‌کنید.',
  },
  'not-knowing': {
    en: 'This says you don\'t know ({words}): say what you will find out and when you\'ll come back.',
    fa: 'این جمله می‌گوید نمی‌دانید ({words}): بگویید چه چیزی را پیگیری می‌کنید و کی خبر می‌دهید.',
  },
  'handled-elsewhere': {
    en: 'This sends the customer away ({words}): name who handles it and how to reach them, or pass it on yourself.',
    fa: 'این جمله مشتری را به جای دیگری حواله می‌دهد ({words}): بگویید چه کسی رسیدگی می‌کند و چطور به او برسد، یا خودتان ارجاع دهید.',
  },
  'time-refusal': {
    en: 'This leads with when it won\'t happen ({words}): say when it will.',
    fa: 'این جمله با زمانی شروع می‌کند که کار انجام نمی‌شود ({words}): بگویید کی انجام می‌شود.',
  },
  'hedged-effort': {
    en: 'This sounds unsure you will do it ({words}): say what you will do and when you\'ll report back.',
    fa: 'این جمله مطمئن به نظر نمی‌رسد ({words}): بگویید دقیقاً چه می‌کنید و کی خبر می‌دهید.',
  },
  'non-apology': {
    en: 'This apology puts it on the customer\'s feelings ({words}): apologise for what happened, or acknowledge it.',
    fa: 'این عذرخواهی بار را روی احساس مشتری می‌گذارد ({words}): برای آنچه پیش آمده عذرخواهی کنید یا آن را بپذیرید.',
  },
  'talking-down': {
    en: 'This talks down to the customer ({words}): give the information without saying they should know it.',
    fa: 'این جمله از بالا با مشتری حرف می‌زند ({words}): اطلاعات را بدهید، بدون اینکه بگویید باید آن را می‌دانست.',
  },
  'bad-news-frame': {
    en: 'This announces bad news before the news ({words}): say what happened plainly, then what you can do.',
    fa: 'این عبارت پیش از خبر، خبر بد را اعلام می‌کند ({words}): آنچه پیش آمده را ساده بگویید، بعد بگویید چه کاری می‌توانید بکنید.',
  },
  'candour-opener': {
    en: 'This opener can suggest the rest wasn\'t said frankly ({words}): the sentence is stronger without it.',
    fa: 'این شروع ممکن است این‌طور برداشت شود که بقیهٔ حرف‌ها صادقانه نبوده ({words}): جمله بدون آن قوی‌تر است.',
  },
  'others-cope': {
    en: 'This compares the customer with others who manage ({words}): acknowledge their problem and help with it.',
    fa: 'این جمله مشتری را با دیگرانی مقایسه می‌کند که مشکلی ندارند ({words}): مشکل او را بپذیرید و کمکش کنید.',
  },
  'over-apology': {
    en: 'Several apologies in one breath ({words}): one sincere apology and the fix read better.',
    fa: 'چند عذرخواهی پشت سر هم ({words}): یک عذرخواهی صادقانه و راه‌حل بهتر خوانده می‌شود.',
  },
  'policy-shield': {
    en: 'This hides behind a rule ({words}): give the reason in your own words and what the customer can do.',
    fa: 'این جمله پشت قانون پنهان می‌شود ({words}): دلیل را با زبان خودتان بگویید و بگویید مشتری چه کاری می‌تواند بکند.',
  },
};

/** A set of the space-separated words of s (the readers' word lists). */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Read past these between a subject, its auxiliary and its verb ("we unfortunately just can't"). */
const SKIP_ADVERBS = words('just really simply currently still also unfortunately sadly regrettably truly honestly actually definitely certainly absolutely totally even ever therefore generally normally usually typically afraid');
/** Who refuses in the agent's voice: I, we, or the company's own people and places. */
export const ORG_NOUNS = words(`company team department store shop management staff office firm airline bank hotel agency warehouse business
  manager supervisor colleague technician engineer pharmacy clinic practice surgery hospital school university college insurer
  landlord carrier courier provider manufacturer supplier seller restaurant gym venue garage council library lender branch site
  desk helpdesk unit division salon kennels kennel cattery creche crèche nursery kitchen bakery studio lab laboratory depot workshop
  spa centre center club theatre cinema museum gallery marina academy parlour dealership showroom vets dentist opticians chemist`);
/** Conjunctions that open a clause about a possibility, not a statement ("if you can't log in"). */
const CONDITIONAL_OPENERS = words('if unless whether when whenever once should in_case as_long_as');

/**
 * Verbs after "can't / won't / unable to" that do not refuse anything: findings ("I can't see any
 * charge"), feelings ("can't wait", "can't thank you enough") and reassurance ("we won't charge
 * you twice", "we won't cancel it").
 */
export const NOT_REFUSING = words('see find locate reproduce hear spot tell wait thank imagine stress emphasise emphasize overstate apologise apologize express agree believe praise recommend worry forget hesitate leave let need miss mind lie beat better fault overlook mistake');
/**
 * Verbs after "won't / don't" that reassure ("we won't charge you twice", "we don't share your
 * address", "we won't cancel it"); after "can't" they refuse ("we can't cancel it"). Also the
 * participles of a passive that reassures ("won't be charged", "will not be shared", "can't be accessed").
 */
export const REASSURING = words('charge bill debit affect lose happen cost share sell disclose pass store keep record track publish expose reveal delete cancel remove close suspend penalise penalize fine touch interrupt disrupt impact increase raise change need require ask contact use access hack view see read compromise notice take');
/** What a company gives: refused with any negative modal or the present passive ("are not refunded"). */
export const BENEFITS = words('refund release return exchange accept process honour honor approve grant offer cover issue extend waive reimburse reopen reinstate credit replace repair compensate consider reconsider guarantee allow permit authorise authorize upgrade reserve hold transfer ship deliver match reverse redeem price-match do make give provide send book arrange uphold investigate review escalate dispense collect support fix install attempt');
/** Things a customer wants changed: refused with "can't / cannot be" only ("won't be cancelled" reassures). */
const CHANGES = words('cancel change modify amend move remove delete edit swap split merge undo expedite rush');
/** Benefits in their present-passive status sense ("isn't shipped yet") are news, not a refusal. */
const STATUS_ONLY = words('ship deliver send process issue');
/** Verbs a customer did not do, in blame ("you didn't attach"): duties, not mishaps ("you didn't receive"). */
const DUTIES = words('read check follow provide include attach submit fill complete enter select confirm verify update pay register sign save notify inform contact reply respond tell mention specify report return send upload review use keep activate accept click request book order call answer follow cancel back print bring pack label wait listen look');
/** Participles after "you should have" that state an expectation, not blame ("you should have received it"). */
const EXPECTED = words('received got gotten seen heard been arrived had');
/** "Your card was declined": a payment refused by a bank is news, not the agent's refusal. */
const PAYMENT_NOUNS = words('card payment transaction bank charge authorisation authorization purchase');
/** Subjects of a passive refusal that are the customer themself ("you won't be refunded twice" stays a refusal, "you won't be charged" is not a benefit). */
const BE_FORMS = words('am is are be');

const IRREGULAR_PARTICIPLES: Record<string, string> = { given: 'give', made: 'make', sent: 'send', done: 'do', held: 'hold', upheld: 'uphold', paid: 'pay', kept: 'keep', taken: 'take', shipped: 'ship', seen: 'see', read: 'read', shown: 'show', told: 'tell' };

/** Base-form candidates of an "-ed" participle ("refunded" -> refund, "honoured" -> honour, "approved" -> approve, "shipped" -> ship). */
function participleBases(w: string): string[] {
  const irr = IRREGULAR_PARTICIPLES[w];
  if (irr) return [irr];
  if (!w.endsWith('ed') || w.length < 5) return [];
  const s2 = w.slice(0, -2);
  const out = [s2, w.slice(0, -1)];
  if (s2.endsWith('i')) out.push(`${s2.slice(0, -1)}y`);
  const n = s2.length;
  if (n > 2 && s2[n - 1] === s2[n - 2]) out.push(s2.slice(0, -1));
  return out;
}
const participleIn = (t: Token | undefined, set: Set<string>) => !!t && participleBases(t.norm).some((b) => set.has(b));

/** Base form of a verb token: its lemma, or read off an "-ing" the lexicon does not know ("reimbursing" -> reimburse). */
export function baseOf(t: Token): string {
  const w = t.norm;
  if (t.lemma !== w || !w.endsWith('ing') || w.length < 6) return t.lemma;
  const s = w.slice(0, -3);
  const n = s.length;
  for (const c of [s, `${s}e`, n > 2 && s[n - 1] === s[n - 2] ? s.slice(0, -1) : '']) if (c && (BENEFITS.has(c) || REASSURING.has(c) || NOT_REFUSING.has(c) || CHANGES.has(c))) return c;
  return t.lemma;
}
/** A past form of a regular or common irregular verb ("replied", "sent", "told"). */
function isPast(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  if (t.norm.endsWith('ed') && t.norm.length > 3) return true;
  return t.lemma !== t.norm && t.pos === 'VERB';
}

interface Ctx {
  toks: Token[];
  /** The sentence in lower case, for the few guards that read the whole sentence. */
  lower: string;
  /** Whether the sentence holds an apology run (read once, by readApologyRun). */
  apologies?: boolean;
  /** Index of every word token's clause-opening conditional, per clause: true when the clause is a condition. */
  conditional: boolean[];
}

/** The next word token after i (skipping punctuation only when `overPunct`), or -1. */
export function nextWord(toks: Token[], i: number): number {
  for (let j = i + 1; j < toks.length; j++) if (toks[j].word) return j;
  return -1;
}

/** Index of the next word token from j on, reading past transparent adverbs (at most 3). */
export function skipAdverbs(toks: Token[], j: number): number {
  for (let k = 0; k < 3 && j >= 0 && j < toks.length && toks[j].word && SKIP_ADVERBS.has(toks[j].norm); k++) j = nextWord(toks, j);
  return j < toks.length ? j : -1;
}

/**
 * After the negation at j, a parenthetical between commas ("cannot, under the terms of the lease,
 * be released") is read past: the index of the word after it, or j's next word.
 */
function pastParenthetical(toks: Token[], j: number): number {
  const k = j + 1;
  if (k < toks.length && toks[k].norm === ',') {
    for (let e = k + 1; e < toks.length && e <= k + 14; e++) {
      if (toks[e].norm === ',') return nextWord(toks, e);
      if (!toks[e].word) return -1;
    }
    return -1;
  }
  return nextWord(toks, j);
}

export const norm = (toks: Token[], i: number) => (i >= 0 && i < toks.length ? toks[i].norm : '');

/** Index of the word before i (skipping transparent adverbs), or -1. */
export function prevWord(toks: Token[], i: number, skip = true): number {
  let j = i - 1;
  while (j >= 0 && (!toks[j].word || (skip && SKIP_ADVERBS.has(toks[j].norm)))) {
    if (!toks[j].word) return -1;
    j--;
  }
  return j;
}

/** The word at p is the agent or their company as a subject: I, we, our team, the store. */
function agentAt(toks: Token[], p: number): boolean {
  if (p < 0) return false;
  const w = toks[p].norm;
  if (w === 'i' || w === 'we') return true;
  if (w === 'nobody' || (w === 'one' && norm(toks, p - 1) === 'no')) return true;
  // "nobody here", "no one on our side"
  if ((w === 'here' || w === 'else') && (norm(toks, p - 1) === 'nobody' || norm(toks, p - 1) === 'one')) return true;
  if (toks[p].pos !== 'NOUN' && toks[p].pos !== 'PROPN') return false;
  // The determiner of the noun phrase "our (billing) team", "the (local) pharmacy", "my manager".
  let d = p - 1;
  while (d >= 0 && d >= p - 3 && toks[d].word && (toks[d].pos === 'NOUN' || toks[d].pos === 'ADJ' || toks[d].pos === 'PROPN' || toks[d].pos === 'VERB')) d--;
  const det = norm(toks, d);
  if (det === 'our') return true;
  return (det === 'the' || det === 'this' || det === 'my') && ORG_NOUNS.has(toks[p].lemma);
}


/** The subject before the auxiliary at i is the agent or their company. */
const agentSubject = (toks: Token[], i: number) => agentAt(toks, prevWord(toks, i));

/** The clause of token i is hedged as a condition or the whole sentence asks a question. */
function hedged(ctx: Ctx, i: number): boolean {
  return inCondition(ctx.toks, ctx.conditional, i);
}

/** A hit over tokens a..b (inclusive). */
export function hit(toks: Token[], a: number, b: number, construction: string, category: GenericHit['category']): GenericHit {
  return { start: toks[a].start, end: toks[b].end, category, construction };
}

/**
 * A negated modal of ability or will starting at token i: "can not", "can never", "will not",
 * "would not be able to", "be not able to", "be unable to", "be not in a position to", "have no
 * way of/to". Returns the index of its last token, or -1.
 */
function negatedModal(toks: Token[], i: number): number {
  const w = toks[i].norm;
  const n1 = norm(toks, i + 1);
  if (w === 'can' && (n1 === 'not' || n1 === 'never')) return i + 1;
  // "can no longer", "will no longer be able to"
  if ((w === 'can' || w === 'will') && n1 === 'no' && norm(toks, i + 2) === 'longer') {
    if (w === 'will' && norm(toks, i + 3) === 'be' && norm(toks, i + 4) === 'able' && norm(toks, i + 5) === 'to') return i + 5;
    return i + 2;
  }
  if (w === 'will' && n1 === 'not') {
    if (norm(toks, i + 2) === 'be' && norm(toks, i + 3) === 'able' && norm(toks, i + 4) === 'to') return i + 4;
    if (norm(toks, i + 2) === 'be' && inPosition(toks, i + 3)) return i + 6;
    return i + 1;
  }
  // "we'd never be able to waive", "we would never be in a position to release", "we'd never refund that"
  if ((w === 'would' || w === 'will') && n1 === 'never') {
    if (norm(toks, i + 2) === 'be' && norm(toks, i + 3) === 'able' && norm(toks, i + 4) === 'to') return i + 4;
    if (norm(toks, i + 2) === 'be' && inPosition(toks, i + 3)) return i + 6;
    return i + 1;
  }
  if (w === 'would' && n1 === 'not' && norm(toks, i + 2) === 'be' && inPosition(toks, i + 3)) return i + 6;
  // "we're not going to match that"
  if (BE_FORMS.has(w) && n1 === 'not' && norm(toks, i + 2) === 'going' && norm(toks, i + 3) === 'to') return i + 3;
  if (w === 'would' && n1 === 'not' && norm(toks, i + 2) === 'be' && norm(toks, i + 3) === 'able' && norm(toks, i + 4) === 'to') return i + 4;
  if (BE_FORMS.has(w) || w === 'be') {
    if (n1 === 'unable' && norm(toks, i + 2) === 'to') return i + 2;
    if (n1 === 'not' && norm(toks, i + 2) === 'able' && norm(toks, i + 3) === 'to') return i + 3;
    if (n1 === 'not' && norm(toks, i + 2) === 'in' && norm(toks, i + 3) === 'a' && norm(toks, i + 4) === 'position' && norm(toks, i + 5) === 'to') return i + 5;
    if (n1 === 'in' && norm(toks, i + 2) === 'no' && norm(toks, i + 3) === 'position' && norm(toks, i + 4) === 'to') return i + 4;
  }
  // "we have no way of", "I have no authority to", "we've no means to"
  if ((w === 'have' || w === 'has') && n1 === 'no' && NO_MEANS.has(norm(toks, i + 2)) && (norm(toks, i + 3) === 'of' || norm(toks, i + 3) === 'to')) return i + 3;
  return -1;
}

/** "in a position to" starting at i. */
const inPosition = (toks: Token[], i: number) => norm(toks, i) === 'in' && norm(toks, i + 1) === 'a' && norm(toks, i + 2) === 'position' && norm(toks, i + 3) === 'to';

/** Token i opens its clause, or follows only an interjection ("Sorry, can't do that", "nope, cant"). */
function clauseStart(toks: Token[], i: number): boolean {
  const p = prevWord(toks, i, false);
  if (p < 0 || toks[p].clause !== toks[i].clause) return true;
  return /^(?:sorry|sadly|unfortunately|nope|no|ok|okay|so|yeah|honestly|afraid)$/.test(toks[p].norm) && (p === 0 || !toks[p - 1].word);
}

/** What an agent has none of when they refuse: "no way of", "no authority to", "no means to". */
const NO_MEANS = words('way authority means power ability mandate permission option possibility');

/**
 * The subject of the auxiliary at i: the word before it, or, after "and"/"but" with no subject of
 * its own ("The hotel is full and can't take more guests"), the sentence's first noun phrase.
 */
function subjectIndex(toks: Token[], i: number): number {
  const p = prevWord(toks, i);
  if (p < 0 || (toks[p].norm !== 'and' && toks[p].norm !== 'but' && toks[p].norm !== 'so')) return p;
  // The nearest subject before the conjunction: a subject pronoun, or a noun right before its verb
  // ("you are experiencing errors and are unable to" is the customer, not the agent).
  for (let k = p - 1; k >= 0 && k >= p - 20; k--) {
    const t = toks[k];
    if (!t.word) continue;
    if (SUBJECT_PRONOUNS.has(t.norm)) return k;
    const next = toks[k + 1];
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && next && (next.pos === 'AUX' || next.pos === 'VERB')) return k;
  }
  return -1;
}
const SUBJECT_PRONOUNS = words('i we you they he she it');

/** "we can't refund", "I won't be able to extend", "our team is unable to reissue": the agent refusing. */
function readNegatedAbility(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  let end = negatedModal(toks, i);
  // "Nobody here can authorise that", "no one will approve it": the negation is in the subject.
  const nobody = end < 0 && (toks[i].norm === 'can' || toks[i].norm === 'will') && /^(?:nobody|one|here)$/.test(norm(toks, prevWord(toks, i))) && agentAt(toks, prevWord(toks, i)) && norm(toks, i + 1) !== 'not';
  if (nobody) end = i;
  // "Unable to process a refund to a closed account.": the agent's "I" left out.
  const bare = end < 0 && toks[i].norm === 'unable' && norm(toks, i + 1) === 'to' && clauseStart(toks, i);
  if (bare) end = i + 1;
  if (end < 0) return null;
  const subj = subjectIndex(toks, i);
  // "Can't do that, sorry", "won't be able to make it": a clause with no subject is the agent's own.
  const agent = agentAt(toks, subj) || bare || (subj < 0 && clauseStart(toks, i) && (toks[i].norm === 'can' || toks[i].norm === 'will'));
  // A thing as the subject refuses only a benefit: "the gym won't refund", not "the app won't open".
  const thing = !agent && subj >= 0 && (toks[subj].pos === 'NOUN' || toks[subj].pos === 'PROPN');
  if (!agent && !thing) return null;
  const willNot = toks[i].norm === 'will' || toks[i].norm === 'would' || norm(toks, i + 2) === 'going';
  let v = skipAdverbs(toks, pastParenthetical(toks, end));
  if (v < 0) return null;
  // "we won't be sending", "we can't be held": the verb after "be".
  if (toks[v].norm === 'be' && toks[i].norm !== 'be') {
    const after = skipAdverbs(toks, nextWord(toks, v));
    if (after < 0) return null;
    const a = toks[after];
    if (a.norm.endsWith('ing') || participleIn(a, BENEFITS) || participleIn(a, CHANGES)) v = after;
    else return null;
  }
  const t = toks[v];
  if (!t.word || /^(?:ADJ|ADV|DET|PRON|ADP|NUM|CONJ|PART|INTJ)$/.test(t.pos)) return null;
  const lemma = baseOf(t);
  if (NOT_REFUSING.has(lemma) || NOT_REFUSING.has(t.norm)) return null;
  // rwen26: "can't stop smiling / looking at the photos": delight, not a refusal ("we can't stop the payment" still refuses).
  if (lemma === 'stop' && /^[a-z]+ing$/.test(norm(toks, nextWord(toks, v))) && toks[nextWord(toks, v)].pos !== 'NOUN') return null;
  if ((willNot || nobody) && REASSURING.has(lemma)) return null;
  // "nobody can sign in without the code", "no one can move money unless you approve it": a safeguard that protects the
  // customer (anyone at all is kept out), not the agent refusing; "Nobody here can authorise that" still refuses.
  if (nobody && norm(toks, prevWord(toks, i)) !== 'here' && safeguardAfter(toks, v)) return null;
  // "won't" refuses a benefit ("we won't refund"); with another verb it is often a promise ("I won't
  // mark it solved until you're happy"). A thing refuses only a benefit ("the gym won't refund").
  if ((thing || willNot) && !BENEFITS.has(lemma) && !(lemma === 'sign' && norm(toks, v + 1) === 'off')) return null;
  return hit(toks, i, v, 'negated-ability', 'cant-wont');
}

/** "without …" / "unless …" / "except …" later in the sentence of token v: the condition that lets someone in. */
function safeguardAfter(toks: Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length && toks[k].sentence === toks[v].sentence; k++) {
    if (/^(?:without|unless|except)$/.test(toks[k].norm)) return true;
  }
  return false;
}

/** "we don't offer refunds", "we do not accept returns": a service the company does not give. */
function readDontOffer(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  // "we no longer ship to …"
  if (w === 'no' && norm(toks, i + 1) === 'longer' && agentSubject(toks, i)) {
    const v = skipAdverbs(toks, nextWord(toks, i + 1));
    if (v >= 0 && BENEFITS.has(toks[v].lemma) && !REASSURING.has(toks[v].lemma)) return hit(toks, i, v, 'negated-ability', 'cant-wont');
    return null;
  }
  if ((w !== 'do' && w !== 'does') || norm(toks, i + 1) !== 'not') return null;
  const subj = subjectIndex(toks, i);
  const agent = agentAt(toks, subj);
  if (!agent && !(subj >= 0 && (toks[subj].pos === 'NOUN' || toks[subj].pos === 'PROPN'))) return null;
  const v = skipAdverbs(toks, nextWord(toks, i + 1));
  if (v < 0) return null;
  const lemma = toks[v].lemma;
  // "we don't share your address", "the plan doesn't charge for calls": reassurance.
  if (!BENEFITS.has(lemma) || REASSURING.has(lemma) || NOT_REFUSING.has(lemma) || lemma === 'send' || lemma === 'make') return null;
  // "we don't do anything with your data" is not "we don't do exchanges".
  if (lemma === 'do' && /^(?:any|anything|that|this|it)$/.test(norm(toks, v + 1))) return null;
  return hit(toks, i, v, 'negated-ability', 'cant-wont');
}

/** Words of a harm that a "no …" sentence rules out ("no way you'll be charged twice", "no chance of losing data"). */
const HARMS = words('charge fee penalty cost lose loss risk worry problem issue delay error damage downtime interruption disruption extra hidden');

/** Changes a customer asks for that "can't be …" refuses but "won't be …" promises not to make ("won't be cancelled"). */
const REFUSED_WITH_CAN = words('cancel change delete remove close increase raise take use');

/**
 * "X cannot (, …,) be released", "requests will not be considered", "sale items are not refunded",
 * "your appeal has not been upheld": a refusal said in the passive, with any subject.
 */
function readPassiveRefusal(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  // "Neither the deposit nor the rent can be refunded": the negation is in the subject.
  const neither = (w === 'can' || w === 'will') && norm(toks, i + 1) === 'be' && subjectNegated(toks, i);
  if (neither) {
    const j = skipAdverbs(toks, nextWord(toks, i + 1));
    if (j >= 0 && participleBases(toks[j].norm).some((b) => BENEFITS.has(b) || CHANGES.has(b))) return hit(toks, i, j, 'passive-refusal', 'cant-wont');
    return null;
  }
  if (norm(toks, i + 1) !== 'not') return null;
  const modal = w === 'can' || w === 'may' || w === 'will' || w === 'shall';
  const perfect = w === 'has' || w === 'have';
  const present = w === 'is' || w === 'are';
  if (!modal && !perfect && !present) return null;
  let j = skipAdverbs(toks, pastParenthetical(toks, i + 1));
  if (j < 0) return null;
  if (modal || perfect) {
    if (toks[j].norm !== (modal ? 'be' : 'been')) return null;
    j = skipAdverbs(toks, nextWord(toks, j));
    if (j < 0) return null;
  }
  const t = toks[j];
  const bases = participleBases(t.norm);
  const any = (set: Set<string>) => bases.some((b) => set.has(b));
  // "are not allowed / permitted": what is not allowed, read by readNotAvailable.
  if (!bases.length || t.norm === 'allowed' || t.norm === 'permitted') return null;
  let refusal: boolean;
  if (any(NOT_REFUSING)) return null;
  if (w === 'can' || w === 'may') refusal = !any(REASSURING) || any(REFUSED_WITH_CAN);
  else if (modal) refusal = !any(REASSURING) && !any(CHANGES);
  else refusal = any(BENEFITS) && !(present && any(STATUS_ONLY));
  if (!refusal) return null;
  // "isn't processed yet", "won't be charged twice": news about where it stands, or a reassurance.
  const after = norm(toks, nextWord(toks, j));
  if (after === 'yet' || after === 'twice' || after === 'again') return null;
  return hit(toks, i, j, 'passive-refusal', 'cant-wont');
}

/** The subject before token i (in its clause) holds "neither … nor" or "no / none of". */
function subjectNegated(toks: Token[], i: number): boolean {
  let nor = false;
  let neither = false;
  for (let k = i - 1; k >= 0 && toks[k].clause === toks[i].clause; k--) {
    if (toks[k].norm === 'nor') nor = true;
    if (toks[k].norm === 'neither') neither = true;
  }
  return nor && neither;
}

/** "non-refundable", "non-transferable", "non-cancellable": no benefit or change, built into the word (not "non-flexible"). */
function nonAble(w: string): boolean {
  const m = /^non-?(\w+?)e?(?:able|ible)$/.exec(w);
  if (!m) return false;
  const stem = m[1];
  const undoubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((b) => BENEFITS.has(b) || CHANGES.has(b));
}

/**
 * "not possible", "not available", "unavailable", "not allowed", "not permitted", "prohibited",
 * "not an option", "not eligible", "no way to": what cannot happen, in any voice.
 */
function readNotAvailable(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  let a = -1;
  const b = i;
  // "non-refundable", "non-transferable": a refusal built into the word.
  if (w === 'unavailable' || w === 'impossible' || w === 'ineligible' || w === 'prohibited' || w === 'forbidden' || nonAble(w)) {
    // "impossible" must be the agent's statement, not a hope ("as quick as possible" has no negation to begin with).
    a = i;
  } else if (/^(?:possible|available|allowed|permitted|eligible|entitled|doable|feasible)$/.test(w)) {
    let p = prevWord(toks, i);
    // "won't be possible", "would not be possible", "simply wouldn't be possible": the future or hypothetical refusal.
    if (p >= 0 && toks[p].norm === 'be' && (w === 'possible' || w === 'available' || w === 'doable' || w === 'feasible')) {
      const q = prevWord(toks, p);
      if (q >= 0 && (toks[q].norm === 'not' || toks[q].norm === 'never') && /^(?:will|would)$/.test(norm(toks, prevWord(toks, q)))) p = q;
      else return null;
      a = prevWord(toks, q);
    }
    if (p < 0 || (toks[p].norm !== 'not' && toks[p].norm !== 'never')) return null;
    // "not only available to …" is not this; "no longer available" is.
    if (a < 0) a = p;
    const be = prevWord(toks, p, false);
    if (be >= 0 && BE_FORMS.has(toks[be].norm) && a === p) a = be;
  } else if (w === 'option' && norm(toks, i - 1) === 'an' && norm(toks, i - 2) === 'not') {
    a = i - 2;
  } else if (NO_MEANS.has(w) && norm(toks, i - 1) === 'no' && /^(?:to|of|for|we|i|that|around)$/.test(norm(toks, i + 1))) {
    // "there's no way to", "no possibility of a refund", "no option to pause"
    a = i - 1;
    for (let k = i + 1; k < toks.length && k <= i + 6; k++) if (HARMS.has(toks[k].lemma)) return null;
  } else if (w === 'question' && norm(toks, i - 1) === 'the' && norm(toks, i - 2) === 'of' && norm(toks, i - 3) === 'out') {
    a = i - 3;
  } else return null;
  // "It's not possible for anyone else to see your card": a reassurance about safety.
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) if (/^(?:anyone|anybody|someone|others|unauthorised|unauthorized|third)$/.test(toks[k].norm)) return null;
  // "allowed" about the customer's own freedom ("you're not allowed" stays; "nothing is not allowed" never occurs).
  if (w === 'possible' && (norm(toks, i + 1) === 'that' || norm(toks, i - 2) === 'as')) return null;
  // "It wouldn't be possible without your help": thanks, not a refusal.
  if (norm(toks, i + 1) === 'without' && /^(?:your|you)$/.test(norm(toks, i + 2)) && /^(?:help|support|patience|feedback|input|understanding|you)$/.test(norm(toks, i + 3) || 'you')) return null;
  return hit(toks, Math.min(a, b), Math.max(a, b), 'not-available', 'cant-wont');
}

/** "has been declined", "was rejected", "we decline to", "I must refuse": a refusal announced. */
function readDeclined(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const t = toks[i];
  if (!/^(?:decline|declined|declines|reject|rejected|refuse|refused|deny|denied|repudiated|voided)$/.test(t.norm)) return null;
  const p = prevWord(toks, i);
  // The passive: "has been declined", "was rejected", "is denied".
  // A future "will be rejected" is a refusal announced; "would be refused" only a hypothesis.
  const passive = p >= 0 && (/^(?:been|was|were|is|are)$/.test(toks[p].norm) || (toks[p].norm === 'be' && /^(?:will|shall)$/.test(norm(toks, p - 1))));
  if (passive) {
    if (t.negated) return null;
    for (let k = p - 1; k >= 0 && k >= p - 6; k--) if (PAYMENT_NOUNS.has(toks[k].lemma)) return null;
    let a = p;
    const q = prevWord(toks, p, false);
    if (q >= 0 && /^(?:has|have|had|will|is|are)$/.test(toks[q].norm)) a = q;
    return hit(toks, a, i, 'declined', 'cant-wont');
  }
  // The active, in the agent's voice: "we decline to", "I have to refuse", "we've rejected your claim".
  // Back over the auxiliaries to the subject: "we decline", "I must refuse", "we've had to refuse".
  let q = p;
  for (let k = 0; k < 4 && q >= 0 && /^(?:must|will|would|have|has|had|to|got|am|are|is)$/.test(toks[q].norm); k++) q = prevWord(toks, q);
  if (!agentAt(toks, q) || t.negated) return null;
  return hit(toks, i, i, 'declined', 'cant-wont');
}

/** "nothing (further) can be done", "there's nothing (more) we can do", "no further action can be taken". */
function readNothingCanBeDone(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'nothing') return null;
  let j = nextWord(toks, i);
  if (/^(?:further|more|else)$/.test(norm(toks, j))) j = nextWord(toks, j);
  const w = norm(toks, j);
  if ((w === 'can' || w === 'could') && norm(toks, j + 1) === 'be' && /^(?:done|offered|changed)$/.test(norm(toks, j + 2))) return hit(toks, i, j + 2, 'nothing-can-be-done', 'cant-wont');
  if ((w === 'i' || w === 'we') && /^(?:can|could)$/.test(norm(toks, j + 1)) && /^(?:do|offer|change)$/.test(norm(toks, j + 2))) return hit(toks, i, j + 2, 'nothing-can-be-done', 'cant-wont');
  return null;
}

/** "not something I'm able to action", "isn't something we offer": a refusal by a roundabout noun. */
function readNotSomething(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'something') return null;
  // "not something", "not really something", "isn't quite something"
  const neg = norm(toks, i - 1) === 'not' ? i - 1 : /^(?:really|quite|actually|exactly|usually|normally|generally)$/.test(norm(toks, i - 1)) && norm(toks, i - 2) === 'not' ? i - 2 : -1;
  if (neg < 0) return null;
  // "isnt something": the advice starts on the whole word, not on its "nt".
  const n0 = neg > 0 && BE_FORMS.has(toks[neg - 1].norm) && toks[neg - 1].end === toks[neg].start && !/['’]/.test(toks[neg].text) ? neg - 1 : neg;
  let j = nextWord(toks, i);
  if (norm(toks, j) === 'that') j = nextWord(toks, j);
  // "not something that can be changed", "not something that will be offered"
  if (/^(?:can|could|will|would|shall)$/.test(norm(toks, j)) && norm(toks, j + 1) === 'be' && participleBases(norm(toks, j + 2)).length && !participleBases(norm(toks, j + 2)).some((b) => NOT_REFUSING.has(b))) return hit(toks, n0, j + 2, 'negated-ability', 'cant-wont');
  // "not something we'd be prepared to do", "not something we're in a position to give", "not something the lender would agree to"
  let subj = -1;
  for (let k = j; k >= 0 && k <= j + 3 && k < toks.length && toks[k].word; k++) {
    if (agentAt(toks, k)) {
      subj = k;
      break;
    }
  }
  const tail = subj >= 0 ? refusalTail(toks, skipAdverbs(toks, nextWord(toks, subj))) : -1;
  if (tail >= 0) return hit(toks, n0, tail, 'negated-ability', 'cant-wont');
  // "Not something I handle", "not something we deal with": sent elsewhere.
  if (/^(?:i|we)$/.test(norm(toks, j))) {
    const v = skipAdverbs(toks, nextWord(toks, j));
    if (/^(?:handle|cover|manage|deal|look|sort|oversee|process)$/.test(norm(toks, v))) return hit(toks, n0, /^(?:after|with|out)$/.test(norm(toks, v + 1)) ? v + 1 : v, 'handled-elsewhere', 'dismissive');
  }
  if (!/^(?:i|we)$/.test(norm(toks, j))) {
    // "not something the lettings desk looks after", "not something our team handles": sent elsewhere.
    for (let k = j; k >= 0 && k < toks.length && k <= j + 4 && toks[k].word; k++) {
      if (!agentAt(toks, k)) continue;
      const v = nextWord(toks, k);
      if (/^(?:handle|handles|cover|covers|manage|manages|deal|deals|look|looks|do|does|support|supports|sort|sorts)$/.test(norm(toks, v))) {
        const e = /^(?:after|with|out)$/.test(norm(toks, v + 1)) ? v + 1 : v;
        return hit(toks, n0, e, 'handled-elsewhere', 'dismissive');
      }
      // "not something our office can issue", "not something the council grants": the company refusing.
      let b = v;
      if (/^(?:can|could|will|would)$/.test(norm(toks, b))) b = skipAdverbs(toks, nextWord(toks, b));
      if (b >= 0 && BENEFITS.has(toks[b].lemma)) return hit(toks, n0, b, 'negated-ability', 'cant-wont');
      return null;
    }
    return null;
  }
  let k = skipAdverbs(toks, nextWord(toks, j));
  const w = norm(toks, k);
  if (BE_FORMS.has(w) && norm(toks, k + 1) === 'able' && norm(toks, k + 2) === 'to') k += 3;
  else if (w === 'can' || w === 'could') k = nextWord(toks, k);
  else if (!BENEFITS.has(toks[k]?.lemma ?? '') && !/^(?:support|do|offer)$/.test(w)) return null;
  const v = k >= 0 && k < toks.length ? k : j;
  return hit(toks, n0, Math.max(v, j), 'negated-ability', 'cant-wont');
}

/**
 * After a subject, the rest of a refusal: "would be able to agree to", "'d be prepared to do", "are in a position to
 * give", "would agree to", "will offer". The index of its verb, or -1. With an ability frame ("be able / prepared /
 * willing / in a position to") any verb but a finding; without one, only a benefit or "agree".
 */
function refusalTail(toks: Token[], k: number): number {
  if (k < 0) return -1;
  let frame = false;
  if (/^(?:can|could|will|would|shall|should|may|might)$/.test(norm(toks, k))) k = skipAdverbs(toks, nextWord(toks, k));
  if (k < 0) return -1;
  const w = norm(toks, k);
  if (w === 'be' || BE_FORMS.has(w)) {
    const n = norm(toks, k + 1);
    if (/^(?:able|prepared|willing|allowed|permitted|authorised|authorized|happy)$/.test(n) && norm(toks, k + 2) === 'to') {
      k += 3;
      frame = n !== 'happy';
    } else if (inPosition(toks, k + 1)) {
      k += 5;
      frame = true;
    } else return -1;
  }
  const t = toks[k];
  if (!t || !t.word) return -1;
  const lemma = baseOf(t);
  if (NOT_REFUSING.has(lemma) && lemma !== 'agree') return -1;
  if (frame || BENEFITS.has(lemma) || /^(?:agree|consent|sign|entertain|action|support|stretch|justify)$/.test(lemma)) return norm(toks, k + 1) === 'to' && lemma === 'agree' ? k + 1 : k;
  return -1;
}

/** "you must", "you are required to", "it is mandatory", "you'll need to … otherwise": an obligation. */
function readObligation(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w === 'mandatory' || w === 'compulsory' || w === 'obligatory') {
    const p = prevWord(toks, i);
    if (p < 0 || !BE_FORMS.has(toks[p].norm)) return null;
    // "it's mandatory for us to verify", "we're legally obliged": an obligation on the company, not the customer.
    const n = nextWord(toks, i);
    if (norm(toks, n) === 'for' && /^(?:us|me|our|the)$/.test(norm(toks, n + 1))) {
      if (norm(toks, n + 1) !== 'the' || ORG_NOUNS.has(toks[n + 2]?.lemma ?? '')) return null;
    }
    if (agentAt(toks, prevWord(toks, p))) return null;
    // "it is mandatory that you complete …"
    if (norm(toks, n) === 'that' && norm(toks, n + 1) === 'you') return hit(toks, p, n + 1, 'customer-obligation', 'commands');
    return hit(toks, p, i, 'customer-obligation', 'commands');
  }
  if (w !== 'you') return null;
  let j = skipAdverbs(toks, nextWord(toks, i));
  if (j < 0) return null;
  const n = toks[j].norm;
  if (n === 'must' && !toks[j].epistemic) {
    const v = nextWord(toks, j);
    // "you must be frustrated", "you must have received it": a conclusion.
    if (v < 0 || /^(?:be|have|know|feel|think)$/.test(toks[v].norm)) return null;
    return hit(toks, i, j, 'customer-obligation', 'commands');
  }
  if (BE_FORMS.has(n) && /^(?:required|obliged|obligated|expected)$/.test(norm(toks, j + 1)) && norm(toks, j + 2) === 'to') return hit(toks, i, j + 2, 'customer-obligation', 'commands');
  // "you will be required to show", "you'll be expected to pay"
  if ((n === 'will' || n === 'would') && norm(toks, j + 1) === 'be' && /^(?:required|obliged|obligated|expected)$/.test(norm(toks, j + 2)) && norm(toks, j + 3) === 'to') return hit(toks, i, j + 3, 'customer-obligation', 'commands');
  // "you are responsible for returning the kit" (not "you're not responsible for …", a reassurance)
  if (BE_FORMS.has(n) && norm(toks, j + 1) === 'responsible' && norm(toks, j + 2) === 'for' && /ing$/.test(norm(toks, j + 3))) return hit(toks, i, j + 2, 'customer-obligation', 'commands');
  // "you ought to change it" (not "you ought to have …", blame read below), "you'd better check", "you've got to register".
  if (n === 'ought' && norm(toks, j + 1) === 'to' && norm(toks, j + 2) !== 'have' && norm(toks, j + 2) !== 'be') return hit(toks, i, j + 1, 'customer-obligation', 'commands');
  if ((n === 'would' || n === 'had') && norm(toks, j + 1) === 'better' && norm(toks, j + 2) !== 'than') return hit(toks, i, j + 1, 'customer-obligation', 'commands');
  if (n === 'have' && norm(toks, j + 1) === 'got' && norm(toks, j + 2) === 'to' && !/^(?:be|try|see|love|hear|admit|taste|visit|check|watch|read|meet)$/.test(norm(toks, j + 3))) return hit(toks, i, j + 2, 'customer-obligation', 'commands');
  // "you('ll) need to / have to … otherwise …": an obligation with a threat.
  let k = j;
  if (/^(?:will|would)$/.test(n)) k = nextWord(toks, j);
  if (/^(?:need|have|has)$/.test(norm(toks, k)) && norm(toks, k + 1) === 'to') {
    for (let e = k + 2; e < toks.length && e <= k + 25; e++) {
      const x = toks[e].norm;
      if (x === 'otherwise' || (x === 'or' && /^(?:else|we|your|it|the|this)$/.test(norm(toks, e + 1))) || (x === 'failing' && norm(toks, e + 1) === 'which')) return hit(toks, i, k + 1, 'customer-obligation', 'commands');
    }
  }
  return null;
}

/**
 * Blame in the second person: "you never replied", "you didn't attach", "you failed to", "you
 * forgot to", "you should have read", "you were supposed to", "it's on you to", "had you read",
 * "your mistake".
 */
function readBlame(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w === 'had' && norm(toks, i + 1) === 'you' && (i === 0 || !toks[i - 1].word || toks[i - 1].clause !== toks[i].clause)) {
    const v = skipAdverbs(toks, nextWord(toks, i + 1));
    if (v >= 0 && (isPast(toks[v]) || DUTIES.has(toks[v].lemma)) && !EXPECTED.has(toks[v].norm)) return hit(toks, i, v, 'second-person-blame', 'blame');
    return null;
  }
  // "Why didn't you attach …?", "why did you not read …": blame asked as a question.
  if (w === 'why' && norm(toks, i + 1) === 'did' && norm(toks, i + 2) === 'not' && norm(toks, i + 3) === 'you') {
    const v = skipAdverbs(toks, nextWord(toks, i + 3));
    if (v >= 0 && DUTIES.has(toks[v].lemma)) return hit(toks, i, v, 'second-person-blame', 'blame');
    return null;
  }
  if (w === 'on' && norm(toks, i + 1) === 'you' && (norm(toks, i + 2) === 'to' || !toks[i + 2]?.word)) {
    // "it's on you to check", "that's on you"; "it's not on you" is the opposite.
    const p = prevWord(toks, i);
    if (p < 0 || !(BE_FORMS.has(toks[p].norm) || toks[p].norm === 'was')) return null;
    return hit(toks, p, i + 1, 'second-person-blame', 'blame');
  }
  if (w === 'your' && /^(?:fault|mistake|error|responsibility|oversight)$/.test(norm(toks, i + 1))) {
    // "it's not your fault" reassures; "we'll make sure your error is resolved" is help.
    if (toks[i].negated || norm(toks, i - 1) === 'not' || norm(toks, i - 1) === 'no') return null;
    const before = norm(toks, prevWord(toks, i, false));
    const after = nextWord(toks, i + 1);
    // "it was your mistake", "due to your error", "your mistake was paying …"
    const said = BE_FORMS.has(before) || before === 'was' || before === 'to' || before === 'by' || before === 'of' || (norm(toks, after) === 'was' && /ing$/.test(norm(toks, nextWord(toks, after))));
    if (!said) return null;
    return hit(toks, i, i + 1, 'second-person-blame', 'blame');
  }
  // "the problem is on your end", "the fault lies on your side"
  if (w === 'on' && norm(toks, i + 1) === 'your' && /^(?:end|side|part)$/.test(norm(toks, i + 2)) && !toks[i].negated) {
    const p = prevWord(toks, i);
    // "an error on your part", "a mistake on your side" (not "no error on your part")
    if (p >= 0 && /^(?:error|mistake|oversight|fault|slip)$/.test(toks[p].norm)) return /^(?:no|any)$/.test(norm(toks, p - 1)) ? null : hit(toks, p, i + 2, 'second-person-blame', 'blame');
    if (p < 0 || !/^(?:is|was|are|were|lies|lay|be)$/.test(toks[p].norm)) return null;
    const s = prevWord(toks, p);
    if (s < 0 || !PROBLEMS.has(toks[s].lemma) && !/^(?:fault|it|that|this)$/.test(toks[s].norm)) return null;
    if (toks[s].norm === 'it' || toks[s].norm === 'that' || toks[s].norm === 'this') {
      // "it's on your end": only with nothing after ("that's on your side of the form" is a place).
      if (toks[i + 3]?.word) return null;
    }
    return hit(toks, i, i + 2, 'second-person-blame', 'blame');
  }
  // "the mistake was yours", "the error is yours"
  if (w === 'yours' && /^(?:was|is)$/.test(norm(toks, i - 1)) && /^(?:mistake|error|fault|oversight|responsibility)$/.test(norm(toks, i - 2)) && !toks[i].negated) return hit(toks, i - 3 >= 0 && norm(toks, i - 3) === 'the' ? i - 3 : i - 2, i, 'second-person-blame', 'blame');
  // "it's your job to keep it safe", "your duty to tell us"
  if (w === 'your' && /^(?:job|duty|task|responsibility|obligation)$/.test(norm(toks, i + 1)) && norm(toks, i + 2) === 'to' && !toks[i].negated && norm(toks, i - 1) !== 'not') return hit(toks, i, i + 2, 'customer-obligation', 'commands');
  // "your failure to pay", "your failing to reply", "your neglecting to"
  // (not "sorry for the inconvenience caused by your inability to change it": sympathy, not blame)
  if (w === 'your' && /^(?:failure|failing|neglect|neglecting|omission|inability|refusal)$/.test(norm(toks, i + 1)) && /^(?:to|in)$/.test(norm(toks, i + 2)) && !toks[i].negated && !(norm(toks, i + 1) === 'inability' && /\b(?:sorry|apologi[sz]e|apologies|inconvenience)\b/.test(ctx.lower))) return hit(toks, i, i + 2, 'second-person-blame', 'blame');
  // "that's down to you", not "it's down to you which colour you pick" (a choice).
  if (w === 'down' && norm(toks, i + 1) === 'to' && norm(toks, i + 2) === 'you' && !toks[i].negated) {
    const p = prevWord(toks, i);
    if (p < 0 || !BE_FORMS.has(toks[p].norm) && toks[p].norm !== 'was') return null;
    const n = nextWord(toks, i + 2);
    if (n >= 0 && /^(?:which|whether|what|how|if|when|to)$/.test(toks[n].norm)) return null;
    return hit(toks, p, i + 2, 'second-person-blame', 'blame');
  }
  if (w !== 'you') return null;
  const j = skipAdverbs(toks, nextWord(toks, i));
  if (j < 0) return null;
  const n = toks[j].norm;
  // "you missed the cut-off", "you ignored the reminder": a deadline or warning not kept.
  if (/^(?:missed|skipped|ignored|overlooked|disregarded)$/.test(n)) {
    let d = nextWord(toks, j);
    if (/^(?:the|our|both|all|every|each|my|that|this)$/.test(norm(toks, d))) d = nextWord(toks, d);
    // Up to two words naming the deadline ("the final numbers deadline", "the payment cut-off"), never a deadline word itself.
    for (let m = 0; m < 2 && d >= 0 && !DEADLINES.has(toks[d].lemma) && !DEADLINES.has(toks[d].norm) && /^[a-z-]+$/.test(toks[d].norm) && !CLOSED_BEFORE_DEADLINE.has(toks[d].norm); m++) d = nextWord(toks, d);
    if (DEADLINES.has(toks[d]?.lemma ?? '') || DEADLINES.has(norm(toks, d))) return hit(toks, i, j, 'second-person-blame', 'blame');
  }
  // "you entered the wrong account number", "you picked an incorrect size": the customer's mistake pointed at.
  if (MISTAKE_VERBS.has(n) && /^(?:the|a|an|your)$/.test(norm(toks, j + 1)) && /^(?:wrong|incorrect|old|expired|invalid)$/.test(norm(toks, j + 2))) return hit(toks, i, j + 2, 'second-person-blame', 'blame');
  // rwen27: with "have" before it, without an article, or in a learner's past ("you have choosed wrong level", "you has
  // chosen wrong plan", "you picked wrong size"): bare only before "wrong / incorrect".
  {
    const v = /^(?:have|has|had)$/.test(n) ? skipAdverbs(toks, nextWord(toks, j)) : j;
    const vn = norm(toks, v);
    // The customer's own report said back ("I understand that you have entered the wrong address and want to change it").
    const told = toks.slice(0, i).some((t) => /^(?:understand|see|gather|hear|heard|noted|note|notice|noticed|realise|realize|realised|realized|mentioned|said|told|appreciate|know|explained|wrote|reported)$/.test(t.norm));
    if (v >= 0 && !told && (MISTAKE_VERBS.has(vn) || LEARNER_PASTS.has(vn))) {
      if (/^(?:the|a|an|your)$/.test(norm(toks, v + 1)) && /^(?:wrong|incorrect|old|expired|invalid)$/.test(norm(toks, v + 2))) return hit(toks, i, v + 2, 'second-person-blame', 'blame');
      if (/^(?:wrong|incorrect)$/.test(norm(toks, v + 1))) return hit(toks, i, v + 1, 'second-person-blame', 'blame');
    }
  }
  // "you clearly missed the email", "you obviously entered the old code": a mistake pointed at.
  const adv = nextWord(toks, i);
  if (/^(?:clearly|obviously|evidently)$/.test(norm(toks, adv))) {
    const v = nextWord(toks, adv);
    if (v >= 0 && isPast(toks[v]) && !EXPECTED.has(toks[v].norm)) return hit(toks, i, v, 'second-person-blame', 'blame');
  }
  if (n === 'never') {
    const v = skipAdverbs(toks, nextWord(toks, j));
    if (v >= 0 && isPast(toks[v]) && !EXPECTED.has(toks[v].norm) && toks[v].lemma !== 'need') return hit(toks, i, v, 'second-person-blame', 'blame');
    // "you never let us know": an irregular past that looks like its base.
    if (v >= 0 && toks[v].norm === 'let' && /^(?:us|me)$/.test(norm(toks, v + 1)) && norm(toks, v + 2) === 'know') return hit(toks, i, v + 2, 'second-person-blame', 'blame');
    return null;
  }
  if (n === 'did' && norm(toks, j + 1) === 'not') {
    const v = skipAdverbs(toks, nextWord(toks, j + 1));
    if (v < 0 || !DUTIES.has(toks[v].lemma)) return null;
    return hit(toks, i, v, 'second-person-blame', 'blame');
  }
  if (/^(?:failed|forgot|neglected|omitted|ignored|misread|misunderstood|mistyped|overlooked)$/.test(n)) return hit(toks, i, j, 'second-person-blame', 'blame');
  // "if you had read the terms": blame in the form of a condition.
  if (n === 'had' && norm(toks, i - 1) === 'if') {
    const v = skipAdverbs(toks, nextWord(toks, j));
    if (v >= 0 && DUTIES.has(toks[v].lemma) && !EXPECTED.has(toks[v].norm)) return hit(toks, i - 1, v, 'second-person-blame', 'blame');
    return null;
  }
  if (n === 'should' && norm(toks, j + 1) === 'have') {
    const v = skipAdverbs(toks, nextWord(toks, j + 1));
    if (v < 0 || EXPECTED.has(toks[v].norm) || !isPast(toks[v])) return null;
    return hit(toks, i, v, 'second-person-blame', 'blame');
  }
  if ((n === 'were' || n === 'was') && /^(?:supposed|responsible|told|warned|informed|advised|notified)$/.test(norm(toks, j + 1))) return hit(toks, i, j + 1, 'second-person-blame', 'blame');
  return null;
}

/** Words that end the noun phrase before a deadline word could come: "you missed the bus to the …" never reads on. */
const CLOSED_BEFORE_DEADLINE = words('to of for by on at in with and or but so from about because as if when');
/** What a customer can miss by their own doing: deadlines, steps and warnings ("you missed the cut-off"). */
const DEADLINES = words('deadline cut-off cutoff window date reminder warning notice instruction instructions step steps email emails letter message messages payment instalment installment');
/** Past forms of what a customer does to a form or an order ("you entered the wrong …"). */
const MISTAKE_VERBS = words('entered typed put used picked chose chosen selected ordered booked bought sent gave wrote keyed input scanned clicked dialled dialed filled');

/** rwen27: learners' past forms of choosing and giving ("choosed", "buyed"). */
const LEARNER_PASTS = words('choosed chosed choosen buyed putted selectted sended gived writed');

/** Problems a customer reports that an agent may play down. */
const PROBLEMS = words('scratch dent mark delay glitch bug hiccup fee charge inconvenience issue problem error mistake blip wait');

/** "it's not a big deal", "you're overthinking", "not the end of the world": the problem played down. */
function readMinimising(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (/^(?:overthinking|overreacting|over-reacting|over-thinking|fuss|dramatic)$/.test(w)) {
    // "no fuss", "without any fuss": a promise of ease.
    if (w === 'fuss' && /^(?:no|any|without)$/.test(norm(toks, i - 1))) return null;
    return hit(toks, w === 'fuss' && norm(toks, i - 1) === 'a' ? i - 1 : i, i, 'minimising', 'dismissive');
  }
  // "it's just a scratch", "this is only a small delay": the problem made small.
  if ((w === 'just' || w === 'only' || w === 'merely') && BE_FORMS.has(norm(toks, i - 1)) && /^(?:a|an)$/.test(norm(toks, i + 1))) {
    let k = i + 2;
    if (toks[k]?.pos === 'ADJ' || /^(?:little|tiny|minor|small)$/.test(norm(toks, k))) k++;
    if (PROBLEMS.has(toks[k]?.lemma ?? '')) return hit(toks, i - 1, k, 'minimising', 'dismissive');
  }
  if (w === 'deal' && norm(toks, i - 1) === 'big' && (norm(toks, i - 2) === 'no' || (norm(toks, i - 2) === 'a' && norm(toks, i - 3) === 'not'))) {
    const a = norm(toks, i - 2) === 'no' ? i - 2 : i - 3;
    // "It's no big deal if you need to reschedule": permission, a reassurance.
    const nx = nextWord(toks, i);
    if (nx >= 0 && (toks[nx].norm === 'if' || toks[nx].norm === 'to')) return null;
    return hit(toks, a, i, 'minimising', 'dismissive');
  }
  if (w === 'end' && norm(toks, i - 1) === 'the' && norm(toks, i - 2) === 'not' && norm(toks, i + 1) === 'of' && norm(toks, i + 3) === 'world') return hit(toks, i - 2, i + 3, 'minimising', 'dismissive');
  // "You're exaggerating (a bit)", "you are being a bit dramatic" is read above; not "I'm not exaggerating when …".
  if (/^(?:exaggerating|over-exaggerating|overexaggerating|overdramatising|overdramatizing)$/.test(w)) {
    let p = i - 1;
    if (/^(?:a|bit|little|slightly|just|really|being)$/.test(norm(toks, p))) p--;
    if (/^(?:a|bit|little)$/.test(norm(toks, p))) p--;
    if (/^(?:are|re)$/.test(norm(toks, p)) && norm(toks, p - 1) === 'you') return hit(toks, p - 1, i, 'minimising', 'dismissive');
    if (norm(toks, p) === 'your' && toks[p].text.toLowerCase() === 'ur') return hit(toks, p, i, 'minimising', 'dismissive');
    return null;
  }
  // "Let's not overcomplicate things", "don't overcomplicate it": the customer's concern made fuss.
  if (/^(?:overcomplicate|over-complicate|overthink|over-think)$/.test(w) && (norm(toks, i - 1) === 'not' || toks[i - 1]?.neg)) {
    const a = norm(toks, i - 2) === 'let' || norm(toks, i - 2) === 's' || norm(toks, i - 2) === 'us' ? i - 3 >= 0 && norm(toks, i - 3) === 'let' ? i - 3 : i - 2 : i - 2;
    return hit(toks, Math.max(0, a), i, 'minimising', 'dismissive');
  }
  // "Don't make such a big deal (out of it)", "you're making a big deal of nothing".
  if (w === 'deal' && norm(toks, i - 1) === 'big' && norm(toks, i - 2) === 'a') {
    let v = i - 3;
    if (/^(?:such|too|bit|of)$/.test(norm(toks, v))) v--;
    // Only told to the customer: "Don't make …", "you're making …" (not "We made a big deal of the launch").
    const told = toks[v - 1]?.neg || norm(toks, v - 1) === 'not' || (norm(toks, v) === 'making' && /^(?:are|re)$/.test(norm(toks, v - 1)) && norm(toks, v - 2) === 'you');
    const neg = toks[v - 1]?.neg || norm(toks, v - 1) === 'not';
    // The negation's auxiliary with it ("Do|n't make").
    const from = neg ? (/^(?:do|does|did)$/.test(norm(toks, v - 2)) ? v - 2 : v - 1) : v - 2;
    if (/^(?:make|making)$/.test(norm(toks, v)) && told) return hit(toks, from, i, 'minimising', 'dismissive');
  }
  // "No biggie, it'll be there Monday."
  if (w === 'biggie' && norm(toks, i - 1) === 'no') return hit(toks, i - 1, i, 'minimising', 'dismissive');
  return null;
}

/** "the answer is no", "rules are rules", "the decision is final", "end of discussion". */
function readStonewalling(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w === 'answer' && BE_FORMS.has(norm(toks, i + 1))) {
    let j = i + 2;
    if (norm(toks, j) === 'still') j++;
    if (norm(toks, j) === 'no' && !toks[j + 1]?.word) return hit(toks, i, j, 'stonewalling', 'dismissive');
  }
  if ((w === 'rules' || w === 'policy') && BE_FORMS.has(norm(toks, i + 1)) && norm(toks, i + 2) === w) return hit(toks, i, i + 2, 'stonewalling', 'dismissive');
  if (w === 'final' && BE_FORMS.has(norm(toks, i - 1)) && /^(?:decision|answer|that|this)$/.test(norm(toks, i - 2))) return hit(toks, i - 2, i, 'stonewalling', 'dismissive');
  if (w === 'end' && norm(toks, i + 1) === 'of') {
    const k = norm(toks, i + 2) === 'the' ? i + 3 : i + 2;
    if (/^(?:story|discussion|conversation|matter|debate)$/.test(norm(toks, k))) return hit(toks, i, k, 'stonewalling', 'dismissive');
  }
  // "I've nothing further to add", "there is nothing more to discuss"
  if (w === 'nothing' && /^(?:further|more|else)$/.test(norm(toks, i + 1)) && norm(toks, i + 2) === 'to' && /^(?:add|say|discuss)$/.test(norm(toks, i + 3))) {
    // Not a friendly close: "There's nothing more to add, you're all set!" (rwen20).
    if (!/\ball (?:set|done|sorted)\b|\bgood to go\b/.test(toks.map((t) => t.norm).join(' '))) return hit(toks, i, i + 3, 'stonewalling', 'dismissive');
  }
  if (w === 'it' && norm(toks, i + 1) === 'is' && norm(toks, i + 2) === 'what' && norm(toks, i + 3) === 'it' && norm(toks, i + 4) === 'is') return hit(toks, i, i + 4, 'stonewalling', 'dismissive');
  if (/^(?:non-negotiable)$/.test(w) || (w === 'negotiable' && norm(toks, i - 1) === 'not')) return hit(toks, w === 'negotiable' ? i - 1 : i, i, 'stonewalling', 'dismissive');
  return null;
}

/**
 * Lexical predicates as data: phrases that refuse, put a request out of scope, lead with a time
 * refusal, hedge an effort or hide behind a rule, whatever the sentence's subject. A phrase is
 * slots of token norms (contractions already split: "won't" is "will not", "that's" is "that is")
 * separated by spaces; "a|b" are alternatives; a slot starting with "?" may be left out. It matches
 * consecutive word tokens (punctuation in between stops it). `guard` names a check that silences a
 * match (see GUARDS); a match in a condition or a question is silenced by the caller as for every
 * construction.
 */
interface LexPhrase {
  seq: string;
  construction: string;
  category: GenericHit['category'];
  guard?: keyof typeof GUARDS;
}

const SCOPE_NOUNS = 'scope|remit|power|authority|gift|jurisdiction';
/** A rule named by its number or part: "clause 4.2", "section 7", "paragraph 3.1", "article 5", "rule 12". */
const CLAUSE_NOUNS = 'clause|clauses|section|sections|paragraph|paragraphs|article|articles|subsection|schedule|condition';
/** Words before a rule noun: "the programme regulations", "our booking terms", "the warranty conditions". */
const RULE_MODIFIERS = '?company|store|internal|strict|programme|program|course|university|school|bank|account|booking|fare|ticket|tariff|scheme|insurance|warranty|contract|rental|membership|subscription|exam|examination|academic|service|lending|loan|club|hotel|airline|carrier|shipping|delivery|returns|refund|cancellation|usual|standard|house|fair-use|fair|general|gym|clinic|practice|salon|studio|surgery|venue|site|building|nursery|pharmacy|spa|exchange|privacy|repair|guarantee';
/** Who a general "you" is in blame ("the account holder's responsibility"). */
export const CUSTOMER_NOUNS = 'customer|customers|buyer|buyers|purchaser|user|users|holder|holders|cardholder|owner|owners|tenant|tenants|passenger|passengers|guest|guests|member|members|policyholder|client|clients|sender|recipient|applicant|applicants|student|students|driver|patient';
const CUSTOMER_MODIFIERS = '?account|card|policy|bill|ticket|registered|device|vehicle|home';
const RULE_NOUNS = 'policy|policies|rules|rule|procedures|procedure|protocol|protocols|regulations|regulation|guidelines|terms|process|conditions|t&cs|t&c|agreement|contract|lease|charter|legislation|bylaws|handbook|code';
export const LEX_PHRASES: readonly LexPhrase[] = [
  // Out of scope: "outside our remit", "beyond the scope of", "not within my power", "out of our hands", "falls outside".
  { seq: `outside|beyond the|our|my|its ${SCOPE_NOUNS}`, construction: 'out-of-scope', category: 'cant-wont' },
  { seq: 'outside|beyond what we|i can|could|are|am', construction: 'out-of-scope', category: 'cant-wont' },
  { seq: 'outside|beyond what the|our|your|this ?extended warranty|guarantee|policy|plan|insurance|contract|cover|subscription|package|tariff|licence|license|lease|membership covers|allows|includes|permits|offers|provides', construction: 'out-of-scope', category: 'cant-wont' },
  { seq: `not|never within my|our|the ${SCOPE_NOUNS}|control`, construction: 'out-of-scope', category: 'cant-wont' },
  { seq: 'out of my|our hands', construction: 'out-of-scope', category: 'cant-wont' },
  { seq: 'falls|fall|fell|falling outside', construction: 'out-of-scope', category: 'cant-wont' },
  // Blunt refusals said as idioms: "off the table", "no can do", "that's a no", "not going to happen", "that won't fly".
  { seq: 'off the table', construction: 'refusal-idiom', category: 'cant-wont', guard: 'nothingBefore' },
  { seq: 'no can do', construction: 'refusal-idiom', category: 'cant-wont' },
  { seq: 'not|never going to happen', construction: 'refusal-idiom', category: 'cant-wont', guard: 'reassuringAfter' },
  { seq: 'not happening', construction: 'refusal-idiom', category: 'cant-wont', guard: 'reassuringAfter' },
  { seq: 'is|was|be|are a ?hard|firm|definite|flat|straight|big no', construction: 'refusal-idiom', category: 'cant-wont', guard: 'noIsAnswer' },
  { seq: 'to|must|will|gonna say no', construction: 'refusal-idiom', category: 'cant-wont', guard: 'noIsAnswer' },
  { seq: 'said|says no', construction: 'refusal-idiom', category: 'cant-wont', guard: 'customerSaidNo' },
  { seq: 'have|has said no', construction: 'refusal-idiom', category: 'cant-wont', guard: 'customerSaidNo' },
  { seq: 'that|it|this will|would not fly', construction: 'refusal-idiom', category: 'cant-wont' },
  { seq: 'non-starter|nonstarter|no-go|no-no', construction: 'refusal-idiom', category: 'cant-wont' },
  // Refusals announced in other words: "was turned down", "got knocked back", "is excluded from the offer", "falls under the exclusions".
  { seq: 'was|were|been|is|are|got|be turned|knocked down|back', construction: 'declined', category: 'cant-wont', guard: 'paymentBefore' },
  { seq: 'is|are|was|were|be excluded from', construction: 'not-available', category: 'cant-wont' },
  { seq: 'falls|fall|fell|comes|come under the|an|our|your ?policy exclusion|exclusions', construction: 'not-available', category: 'cant-wont' },
  // Sent elsewhere: "that's a matter for the landlord", "a question for your bank".
  { seq: 'a|one matter|question|case for the|your|their', construction: 'handled-elsewhere', category: 'dismissive' },
  // Time refusals: "no sooner than", "not before the 14th", "the earliest we can do is", "won't be before / until".
  { seq: 'no|not sooner|earlier than', construction: 'time-refusal', category: 'until' },
  // "cannot be earlier than 3 March", "won't be sooner than Friday".
  { seq: 'not be sooner|earlier than', construction: 'time-refusal', category: 'until' },
  { seq: 'not before', construction: 'time-refusal', category: 'until', guard: 'notClauseStart' },
  { seq: 'the earliest we|i can|could', construction: 'time-refusal', category: 'until', guard: 'soonerStep' },
  { seq: 'will|would not be before|until', construction: 'time-refusal', category: 'until' },
  // An effort hedged: "we'll see if", "I'll have a go", "I'll give it a shot", "fingers crossed", "no promises".
  { seq: 'i|we will|shall see if|whether|what', construction: 'hedged-effort', category: 'uncertainty' },
  { seq: 'i|we will|shall have|give a|it ?a go|shot|stab|whirl|try', construction: 'hedged-effort', category: 'uncertainty' },
  { seq: 'i|we will|shall endeavour|endeavor|attempt to', construction: 'hedged-effort', category: 'uncertainty' },
  // rwen26: "endeavour" is "try" in formal dress whoever's effort it is ("the Appeals Officer, who will endeavour to reply").
  { seq: 'will|shall endeavour|endeavor to', construction: 'hedged-effort', category: 'uncertainty' },
  // rwen24: the attempt named by its noun: "I'll attempt a remote reset", "we will attempt a repair".
  { seq: 'i|we will|shall attempt a|an|another|the|one', construction: 'hedged-effort', category: 'uncertainty' },
  { seq: 'fingers crossed', construction: 'hedged-effort', category: 'uncertainty', guard: 'wishForCustomer' },
  { seq: 'no promises|guarantees', construction: 'hedged-effort', category: 'uncertainty' },
  // Talking down: "let me be clear", "I'll say this one more time", "for the last time,", "it's clearly stated".
  { seq: 'say|repeat|explain|tell this|it|you one|once more ?time', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'for the last|second|third|fourth|fifth|2nd|3rd|4th|5th|6th|umpteenth|hundredth|nth time', construction: 'talking-down', category: 'passive-aggressive', guard: 'notClauseStart' },
  { seq: 'is|are|was|were|been clearly|plainly|explicitly stated|explained|written|mentioned|outlined|specified', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'let me be|make ?this|it|that ?very|perfectly|absolutely|crystal clear', construction: 'talking-down', category: 'passive-aggressive' },
  // Hiding behind a rule: "in line with our procedures", "we have a strict policy on", "I have to follow the rules".
  { seq: `per|under|following the|our|company|store ?company|store|internal|strict ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `as per the|our|company|store ?company|store|internal|strict ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `according|pursuant to the|our|company|store ?company|store|internal|strict ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `in line|accordance|keeping with the|our|company|store ?company|store|internal|strict ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  // "is against the rules", "goes against our policy" (not "it's against the rules for us to charge you", a reassurance).
  { seq: `against the|our|company|store ?company|store|internal ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'forUsToReassure' },
  // rwen23: a rule named by its place or kind, with or without a determiner: "against house rules", "against the club's rules".
  { seq: `against ?the|our|company|store ${RULE_MODIFIERS.slice(1)}|building|site|venue|park|gym|salon|studio|clinic|practice rules|policy|policies|regulations`, construction: 'policy-shield', category: 'policy', guard: 'forUsToReassure' },
  // rwen23: the rule as the whole reason, typed without an apostrophe or before a restriction: "its policy we dont …", "its school policy sorry",
  // "it's house rules that …" (never "its policy number", "its policy covers you", "it's our policy to check twice": guard restrictionNear).
  { seq: `its ?our|the|company|store ${RULE_MODIFIERS}|building|site|venue|gym|salon|studio|clinic|practice|pharmacy|nursery|kennel|kennels|spa policy|rules`, construction: 'policy-shield', category: 'policy', guard: 'noRestrictionNear' },
  { seq: `it is ?our|the|company|store ${RULE_MODIFIERS}|building|site|venue|gym|salon|studio|clinic|practice|pharmacy|nursery|kennel|kennels|spa policy|rules`, construction: 'policy-shield', category: 'policy', guard: 'noRestrictionNear' },
  { seq: 'strict|firm|zero-tolerance|blanket policy on|against|about|regarding|of|that', construction: 'policy-shield', category: 'policy' },
  // "Pharmacy policy states we need photo ID", "the rules dictate all bags …": the rule quoted as the answer.
  { seq: 'policy|policies|rules|regulations states|state|dictates|dictate|stipulates|stipulate', construction: 'policy-shield', category: 'policy', guard: 'noRuleAfter' },
  { seq: `have|must|need|got ?to follow|obey|stick|adhere ?to|by the|our|company|these|those ?company ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'agentBefore' },
  // Tenth session (rw-en), read off fresh writers' families, not sentences.
  // A rule fronted without a determiner or named by its number: "In line with clause 4.2,", "Under paragraph 3.1 of the agreement,".
  { seq: `in line|accordance|keeping with|to ${CLAUSE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `under|per|following|according|pursuant ?to ${CLAUSE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `as per|under|following the|our|company|store ${RULE_MODIFIERS} ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  // rwen27: "Per our returns policy, …", "Under the clinic policy, …" (the line above reads "as per|as under|as following").
  { seq: `per|under|following the|our|company|store ${RULE_MODIFIERS} ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `in line|accordance|keeping with the|our ${RULE_MODIFIERS} ${RULE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  // "As stipulated in section 7,", "as set out in the terms": a rule quoted as the reason, at the head of the sentence.
  { seq: 'as stipulated|specified|required|prescribed|dictated in|by|under', construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  { seq: `as set|laid out in|by|under the|our|your ${RULE_MODIFIERS} ${RULE_NOUNS}|${CLAUSE_NOUNS}`, construction: 'policy-shield', category: 'policy', guard: 'fronted' },
  // "Our hands are tied", "we're bound by the terms", "company rules prevent us from", "it isn't our practice to".
  { seq: 'hands are|were|is tied', construction: 'policy-shield', category: 'policy' },
  { seq: 'we|i am|are|were|was ?legally|contractually|strictly bound by', construction: 'policy-shield', category: 'policy', guard: 'boundToProtect' },
  { seq: `${RULE_NOUNS}|law|laws|regulator|regulators|legislation prevent|prevents|stop|stops|forbid|forbids|prohibit|prohibits|bar|bars|preclude|precludes us|me|staff|agents`, construction: 'policy-shield', category: 'policy' },
  { seq: 'not ?our|the|a ?standard|usual|normal|general|common|company practice to|for', construction: 'policy-shield', category: 'policy' },
  { seq: 'is our|company|store|standard policy to charge|retain|keep|deduct|require|decline|refuse|reject|withhold|limit|cap|close|suspend|bill|forfeit', construction: 'policy-shield', category: 'policy' },
  { seq: `our|the|company ${RULE_NOUNS} ?clearly|explicitly|specifically state|states|stipulate|stipulates|dictate|dictates|specify|specifies`, construction: 'policy-shield', category: 'policy', guard: 'noNegationAfter' },
  // Refusals as idioms and nominal phrases.
  { seq: 'no scope|leeway|discretion to|for', construction: 'refusal-idiom', category: 'cant-wont' },
  // Time: "isn't until the 28th", "in due course", "there's no telling when", "takes as long as it takes", "these things take time".
  { seq: 'is|are|was|were|be not until|till', construction: 'time-refusal', category: 'until', guard: 'youAfter' },
  { seq: 'in due course', construction: 'time-refusal', category: 'until' },
  // "isn't due in until January" (stock arriving), not "the loan isn't due until 2028" (money owed later: good news).
  { seq: 'is|are|was|were not due in|back until|till', construction: 'time-refusal', category: 'until', guard: 'youAfter' },
  { seq: 'no knowing|telling|saying when|how|if|whether|what|why|where', construction: 'not-knowing', category: 'uncertainty', guard: 'happyAfter' },
  // rwen25: the agent's not knowing said impersonally: "It is unclear at this stage whether …", "it's still uncertain when …",
  // "it isn't clear yet if …". Never "unclear from your message / which size" (a question back to the customer) or "why".
  { seq: 'it|this is|remains ?still ?currently unclear|uncertain at|whether|if|when|how|yet|right|for', construction: 'not-knowing', category: 'uncertainty' },
  { seq: 'it|this is not ?yet clear ?yet whether|if|when|how|at', construction: 'not-knowing', category: 'uncertainty' },
  { seq: 'anywhere|upwards up|upward to|of|between|from', construction: 'time-refusal', category: 'until', guard: 'noTimeUnitAfter' },
  { seq: 'can|could|may|might take|be weeks|months|ages|forever|years', construction: 'time-refusal', category: 'until' },
  { seq: 'takes|take as long as it takes', construction: 'time-refusal', category: 'until' },
  { seq: 'done when it is done', construction: 'time-refusal', category: 'until' },
  { seq: 'these|such things take|need time', construction: 'time-refusal', category: 'until' },
  // Bad news announced: "Sad to say,", "I'm sorry to report", "it is with regret that", "alas".
  { seq: 'sad|sorry|unhappy|saddened to say|report|relate|announce', construction: 'bad-news-frame', category: 'negative-words' },
  { seq: 'is with regret|sadness|disappointment that', construction: 'bad-news-frame', category: 'negative-words' },
  { seq: 'alas', construction: 'bad-news-frame', category: 'negative-words' },
  // Played down: "I wouldn't read too much into it", "hardly worth a complaint", "I'd hardly call that a fault".
  { seq: 'read|reading too much into', construction: 'minimising', category: 'dismissive' },
  { seq: 'not pay|paying much|any ?more attention', construction: 'minimising', category: 'dismissive' },
  { seq: 'not pay|paying too much attention', construction: 'minimising', category: 'dismissive' },
  { seq: 'hardly|barely worth', construction: 'minimising', category: 'dismissive' },
  { seq: 'not worth chasing|complaining|a complaint|pursuing', construction: 'minimising', category: 'dismissive' },
  { seq: 'hardly call|describe', construction: 'minimising', category: 'dismissive' },
  { seq: 'is|are not that|so complicated|difficult|hard|complex|tricky', construction: 'minimising', category: 'dismissive', guard: 'agentDidIt' },
  { seq: 'is|are not all that complicated|difficult|hard|complex|tricky', construction: 'minimising', category: 'dismissive', guard: 'agentDidIt' },
  // "I don't see why this is such a big deal", "I don't understand why you keep emailing": the customer's concern questioned.
  { seq: 'not see|understand|get why you keep|still|would|insist', construction: 'minimising', category: 'dismissive' },
  { seq: 'not see|understand|get why this|that|it is such|so', construction: 'minimising', category: 'dismissive' },
  // Not knowing: "we're none the wiser", "we're (as much) in the dark", "beats me".
  { seq: 'none the wiser', construction: 'not-knowing', category: 'uncertainty' },
  { seq: 'in the dark', construction: 'not-knowing', category: 'uncertainty', guard: 'notAgentInTheDark' },
  { seq: 'beats me', construction: 'not-knowing', category: 'uncertainty' },
  // Sent away: "isn't mine to sort", "you've come to the wrong place", "Wrong department for that", "not much I can add".
  { seq: 'not mine|ours to', construction: 'handled-elsewhere', category: 'dismissive' },
  { seq: 'not ?really|exactly|quite|strictly my|our side|end of things', construction: 'handled-elsewhere', category: 'dismissive' },
  { seq: 'come|came|reached|contacted|emailed|called|rung|rang|messaged|written|wrote|got ?to|through ?to the wrong place|team|department|desk|person|people|channel|inbox|address|line', construction: 'handled-elsewhere', category: 'dismissive', guard: 'agentBefore2' },
  { seq: 'wrong department|team|desk|place|people|person for', construction: 'handled-elsewhere', category: 'dismissive', guard: 'notClauseStart' },
  { seq: 'not ?a much|lot ?more|else i|we can|could do|add|offer', construction: 'nothing-can-be-done', category: 'cant-wont' },
  // The machine: "it's greyed out on my end".
  { seq: 'greyed|grayed out', construction: 'system-blocks', category: 'cant-wont', guard: 'conditionAfter' },
  // Effort hedged: "with any luck", "touch wood".
  { seq: 'with any|a ?bit ?of luck', construction: 'hedged-effort', category: 'uncertainty' },
  { seq: 'touch|knock on wood', construction: 'hedged-effort', category: 'uncertainty' },
  // Candour openers: "If I'm being completely straight with you", "To be perfectly frank", "in all honesty".
  { seq: 'if i am|was ?being ?completely|totally|perfectly|brutally|really|quite|100% honest|straight|frank|candid|blunt', construction: 'candour-opener', category: 'other', guard: 'praiseAfter' },
  { seq: 'to be ?perfectly|completely|brutally|totally|quite|really|very frank|candid|blunt|straight|honest|sincere', construction: 'candour-opener', category: 'other', guard: 'praiseOrInside' },
  { seq: 'honestly|frankly|truthfully|candidly speaking', construction: 'candour-opener', category: 'other', guard: 'praiseAfter' },
  { seq: 'in all honesty|candour|candor|frankness', construction: 'candour-opener', category: 'other', guard: 'praiseAfter' },
  // Talking down: "I'd have thought it was clear", "As was made clear", "As I've pointed out", "Per my last message".
  { seq: 'have thought|assumed|expected it|that|this is|was|would ?be ?quite|pretty|fairly|perfectly|fully|already clear|obvious|evident|plain|self-explanatory', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'as was|has ?been ?already made|stated|explained|mentioned|pointed|noted|outlined ?clear|plain|out|previously|before', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'as i|we have|had ?already|previously|now pointed|stressed|emphasised|emphasized|highlighted|flagged ?out', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'per my|our last|previous|earlier|prior email|message|reply|note|response|mail|letter|chat|comment', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'refer ?back to my|our earlier|previous|last|prior|original email|message|reply|note|response|mail|letter', construction: 'talking-down', category: 'passive-aggressive' },
  // rwen23: told already by pointing back up the thread: "see my previous message", "check my last email", "look at my earlier
  // reply", "scroll up" (never the customer's own message, "my previous message had the wrong date", a page scrolled in an app).
  { seq: 'see|check|read|reread|re-read my|our previous|last|earlier|first|prior|original|above message|msg|email|e-mail|mail|reply|response|answer|note|text|comment|messages|emails|replies', construction: 'talking-down', category: 'passive-aggressive', guard: 'ownMessageFixed' },
  { seq: 'look|go ?back at|to my|our previous|last|earlier|first|prior|original message|msg|email|e-mail|mail|reply|response|answer|note|text|comment|messages|emails|replies', construction: 'talking-down', category: 'passive-aggressive', guard: 'ownMessageFixed' },
  { seq: 'scroll ?back up', construction: 'talking-down', category: 'passive-aggressive', guard: 'scrollOnScreen' },
  // "What you need to do is …": an order dressed as advice (not "all you need to do is", which eases).
  { seq: 'what you need|have|must|ought ?to do is', construction: 'customer-obligation', category: 'commands', guard: 'allBefore' },
  // "Kindly ensure / make sure / refrain from": an order in officialese.
  { seq: 'kindly ensure|refrain|remember|avoid|desist|stop|note', construction: 'customer-obligation', category: 'commands', guard: 'kindlyNoteFact' },
  { seq: 'kindly make|be sure|certain|aware|advised', construction: 'customer-obligation', category: 'commands' },
  { seq: 'kindly do not', construction: 'customer-obligation', category: 'commands' },
  // Eleventh session (rw-en), read off fresh writers' families (en.fresh), with examples of our own.
  // Sent elsewhere, said of the team or the desk: "refunds are a different team", "that's another department",
  // "those aren't my department", "isn't handled by this desk", "nothing to do with us", "above my pay grade",
  // "that's on them".
  { seq: 'is|are|was|were a different|separate department|team|desk|office', construction: 'handled-elsewhere', category: 'dismissive', guard: 'handedOn' },
  { seq: 'is|are|was|were another department|team|desk|office', construction: 'handled-elsewhere', category: 'dismissive', guard: 'handedOn' },
  { seq: 'not my|our department|remit|desk|dept', construction: 'handled-elsewhere', category: 'dismissive' },
  // "not my team sorry, outages are with the network guys" (not "not my team's fault": a possessive goes on).
  { seq: 'not my|our team', construction: 'handled-elsewhere', category: 'dismissive', guard: 'possessiveAfter' },
  { seq: 'not handled|processed|covered|dealt|done ?with by|at|on|from this|my|our desk|team|department|line|queue|office', construction: 'handled-elsewhere', category: 'dismissive' },
  { seq: 'nothing to do with us|me', construction: 'handled-elsewhere', category: 'dismissive' },
  { seq: 'above|beyond my|our pay grade', construction: 'handled-elsewhere', category: 'dismissive' },
  { seq: 'above|beyond my|our paygrade', construction: 'handled-elsewhere', category: 'dismissive' },
  { seq: 'that|this is on them', construction: 'handled-elsewhere', category: 'dismissive', guard: 'notClauseEnd' },
  // Not knowing, said as missing information: "we have no information on when", "couldn't tell you offhand",
  // "that's not information I have access to".
  { seq: 'have|has no information|info|details|news|update|updates on|about|regarding|as|yet', construction: 'not-knowing', category: 'uncertainty', guard: 'customerBefore' },
  // rwen23: the same with a degree or a time between: "we have no further information regarding", "no information at present on".
  { seq: 'have|has no ?further|more|new|current|real information|info|details|news|update|updates at|as present|yet|the|this ?moment|time|stage|point on|about|regarding|concerning|as|re|for', construction: 'not-knowing', category: 'uncertainty', guard: 'customerBefore' },
  { seq: 'have|has no further|more|new|current|real information|info|details|news|update|updates on|about|regarding|concerning|as|re|yet', construction: 'not-knowing', category: 'uncertainty', guard: 'customerBefore' },
  { seq: 'have|has no information|info|details|news|update|updates currently|presently|right now|concerning|re', construction: 'not-knowing', category: 'uncertainty', guard: 'customerBefore' },
  { seq: 'not tell you off|offhand', construction: 'not-knowing', category: 'uncertainty' },
  { seq: 'not information|data|details|info i|we have|get access|visibility', construction: 'not-knowing', category: 'uncertainty' },
  // Candour openers in other words: "If I'm being transparent", "I'll level with you".
  { seq: 'if i|we am|are|was ?being ?completely|totally|perfectly|fully|really|100% transparent|open', construction: 'candour-opener', category: 'other', guard: 'praiseAfter' },
  { seq: 'level with you', construction: 'candour-opener', category: 'other', guard: 'praiseAfter' },
  // Talking down: "For future reference, …", "In case you missed it", "as per my email of Tuesday", the emphatic
  // "I did explain / which I did already send", "as anyone can see", "Going forward, please …".
  { seq: 'for future reference', construction: 'talking-down', category: 'passive-aggressive', guard: 'notClauseStart' },
  { seq: 'in case you missed|overlooked it|this|that', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'per my|our email|emails|message|reply|note|mail|letter of|from|on|dated|sent', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'i|we did already|previously explain|mention|send|say|tell|attach|point|cover', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'i|we did ?actually explain|mention|say|tell|point', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'as anyone|everyone can|could ?clearly|plainly see|tell', construction: 'talking-down', category: 'passive-aggressive' },
  { seq: 'going forward', construction: 'talking-down', category: 'passive-aggressive', guard: 'notFrontedRequest' },
  { seq: 'not rocket science', construction: 'minimising', category: 'dismissive' },
  // Blunt refusals: "a no go", "I'm going to have to decline", "there's no way it'll arrive by Friday".
  { seq: 'a|is no go', construction: 'refusal-idiom', category: 'cant-wont' },
  { seq: 'have|got to decline|refuse|reject|deny', construction: 'refusal-idiom', category: 'cant-wont', guard: 'customerBefore' },
  { seq: 'no way it|this|that|they will|would|can|could|is|gets', construction: 'refusal-idiom', category: 'cant-wont', guard: 'harmAfter' },
  // "it's policy." at the end of its clause, "It is required that …".
  { seq: 'it|that|this is policy', construction: 'policy-shield', category: 'policy', guard: 'notClauseEnd' },
  { seq: 'it is required that', construction: 'customer-obligation', category: 'commands', guard: 'agentAfter' },
  // The machine, said in the passive: "blocked at system level".
  { seq: 'blocked|locked|restricted|disabled at ?a|the system level', construction: 'system-blocks', category: 'cant-wont' },
  // Blame by a general "you": "the account holder's responsibility".
  { seq: `is|are|was|remains the|each|every ${CUSTOMER_MODIFIERS} ${CUSTOMER_NOUNS} 's|' responsibility|duty|job|obligation|problem`, construction: 'second-person-blame', category: 'blame' },
];

/** Dates the customer has until (a deadline "isn't until the 30th" gives time, it refuses nothing). */
const DUE_NOUNS = words('deadline cut-off cutoff sale payment due renewal expiry bill instalment installment charge offer closing loan mortgage repayment invoice fee rent tax premium subscription trial');
/** Units of a wait ("anywhere up to 28 working days"). */
export const TIME_UNITS = words('day days week weeks month months hour hours minutes year years fortnight');
/** Words after "… a no" / "say no" that make it an answer, not "no problem" or "no charge". */
const NO_ANSWER_NEXT = words('from to on for sorry here there this that then i we unfortunately im afraid');
/** Words before "off the table" that turn it round ("nothing is off the table"). */
const TURNING_BEFORE = words('nothing everything all never no none');
/** Words that may come before a fronted rule ("Sadly, under our rules …"). */
const FRONT_OPENERS = words('but and so however also unfortunately sadly i am afraid well ok okay');
/** Where a greeting's clause at the head of the sentence ends ("Hello,", "Hi Sam,", "Dear Mr Tan,"): 0 when there is none. */
function greetingClauseEnd(toks: Token[], a: number): number {
  let f = 0;
  while (f < a && !toks[f].word) f++;
  if (f >= a || !/^(?:hi|hello|hey|hiya|dear|morning|afternoon|evening|greetings)$/.test(toks[f].norm)) return 0;
  // Up to the greeting's comma (or dash, or "!"): the salutation and the name it gives.
  for (let k = f + 1; k < a && k <= f + 5; k++) if (!toks[k].word && /^[,!–—-]$/.test(toks[k].norm)) return k + 1;
  return 0;
}
/** A fronted rule is a shield unless its clause gives something ("Under our price promise you get …"). */
const GIVING_AFTER = /^(?:you (?:can|get|have|may|will (?:get|have|be covered|be refunded))|you are (?:covered|entitled|eligible|protected|welcome|free|able)|we (?:will|can|are happy|refund|cover|offer|give))(?! (?:not|never|no longer)\b)/;

/**
 * rwen24: the earliest date given beside the agent's own step toward sooner, done or offered ("…, and I've added you to the
 * cancellation list", "I've popped you on the waitlist for anything sooner", "I've asked the depot to ring you if it can be
 * earlier"): information with a way forward, not a refusal. A first-person step and a word of sooner, both in the sentence.
 */
const SOONER_STEP = /\b(?:i|we)(?:['’]?ve| have|['’]ll| will| can)? (?:added|add|put|popped|pop|placed|noted|note|flagged|listed|asked|asked for|booked|pencilled|penciled|set up|requested)\b/;
const SOONER_CUE = /\b(?:sooner|earlier|cancellations?|wait(?:ing)? ?list|frees? up|opens? up|comes? up|becomes? free)\b/;
export const soonerStepGiven = (lower: string): boolean => SOONER_STEP.test(lower) && SOONER_CUE.test(lower);

/** The "no" at b is followed by a word that makes it "no problem", "no charge": not an answer. */
function noNotAnAnswer(toks: Token[], b: number): boolean {
  const n = toks[b + 1];
  return !!n && n.word && !NO_ANSWER_NEXT.has(n.norm);
}

/** Praise right after an opener ("If I'm honest, you've been a pleasure to help"). */
/** Words of the weather and of the customer's own days, wished for after "fingers crossed". */
const WISH_WORDS = words('weather sun sunshine rain snow forecast skies sky weekend holiday trip exam exams test interview results recovery wedding party birthday match race');

/**
 * rwen26: "fingers crossed" wishing the customer well, not hedging the agent's work: no first person anywhere in the sentence,
 * and after it the customer as the subject ("you're feeling better"), "for your …", "… to you", or the weather and the
 * customer's own days ("the sun comes out for your party"). "fingers crossed your parcel arrives tomorrow" stays a hedge.
 */
function wishForCustomer(toks: Token[], b: number): boolean {
  // The first person in a clause of sympathy ("I'm sorry to hear …", "I hope …") is no effort of the agent's.
  // Read within 30 tokens either side (one bounded pass per match, whatever the sentence's length).
  const lo = Math.max(0, b - 30);
  const hi = Math.min(toks.length, b + 30);
  const sympathy = new Set<number>();
  for (let k = lo; k < hi; k++) if (/^(?:sorry|hope|glad|hear|heard)$/.test(toks[k].norm)) sympathy.add(toks[k].clause);
  for (let k = lo; k < hi; k++) if (/^(?:i|we|me|us|my|our|ours|myself|ourselves|let)$/.test(toks[k].norm) && !sympathy.has(toks[k].clause)) return false;
  const n = nextWord(toks, b);
  if (/^(?:you|u)$/.test(norm(toks, n))) return true;
  if (norm(toks, n) === 'for' && /^(?:you|your|u|ur)$/.test(norm(toks, nextWord(toks, n)))) return true;
  for (let k = b + 1; k < hi; k++) {
    if (WISH_WORDS.has(toks[k].norm)) return true;
    if (toks[k].norm === 'to' && /^(?:you|u)$/.test(norm(toks, k + 1)) && !toks[k + 2]?.word) return true;
  }
  return false;
}

function praiseAfter(toks: Token[], b: number): boolean {
  const rest: string[] = [];
  for (let e = b + 1; e < toks.length && rest.length < 3; e++) if (toks[e].word) rest.push(toks[e].norm);
  return /^(?:you have been|thank|thanks|i appreciate|we appreciate|it has been|i love|we love|i am (?:so |really )?(?:glad|happy|grateful))/.test(rest.join(' '));
}

const GUARDS = {
  nothingBefore: (toks: Token[], a: number) => [1, 2, 3].some((k) => TURNING_BEFORE.has(norm(toks, a - k))),
  reassuringAfter: (toks: Token[], _a: number, b: number) => /^(?:again|twice|anymore)$/.test(norm(toks, nextWord(toks, b))),
  noIsAnswer: (toks: Token[], _a: number, b: number) => noNotAnAnswer(toks, b),
  customerSaidNo: (toks: Token[], a: number, b: number) => {
    const p = prevWord(toks, a);
    return (p >= 0 && toks[p].norm === 'you') || noNotAnAnswer(toks, b);
  },
  paymentBefore: (toks: Token[], a: number) => {
    for (let k = a - 1; k >= 0 && k >= a - 6; k--) if (PAYMENT_NOUNS.has(toks[k].lemma)) return true;
    return false;
  },
  notClauseStart: (toks: Token[], a: number) => a > 0 && toks[a - 1].word && toks[a - 1].clause === toks[a].clause,
  fronted: (toks: Token[], a: number, b: number) => {
    // Only at the head of the sentence ("In line with our procedures, …"), not as a tail (", as per the terms"). A greeting's
    // clause before it is no head of its own (rwen23: "Hello, per our terms …", "Dear Mr Tan, per our terms, …").
    const g = greetingClauseEnd(toks, a);
    for (let k = g; k < a; k++) if (toks[k].word && !FRONT_OPENERS.has(toks[k].norm)) return true;
    // rwen27: a rule cited over what it grants ("…, you can return it for 60 days", restrictions read: "…, you can only …"),
    // one reading for every policy rule (policy-grant.en.ts), not a list of its own here.
    return policyGrantsIn(toks, [toks[a].start, toks[b].end]);
  },
  forUsToReassure: (toks: Token[], _a: number, b: number) => {
    const f = nextWord(toks, b);
    if (norm(toks, f) !== 'for' || norm(toks, f + 2) !== 'to') return false;
    const v = nextWord(toks, f + 2);
    return v >= 0 && REASSURING.has(baseOf(toks[v]));
  },
  // "isn't until you confirm", "the deadline isn't until the 30th, so you've got time": not a wait put on the customer.
  youAfter: (toks: Token[], a: number, b: number) => {
    if (/^(?:you|your|we|i)$/.test(norm(toks, nextWord(toks, b)))) return true;
    for (let k = a - 1; k >= 0 && k >= a - 6 && toks[k].clause === toks[a].clause; k--) if (DUE_NOUNS.has(toks[k].norm)) return true;
    for (let k = b + 1; k < toks.length && k <= b + 12; k++) if (toks[k].norm === 'time' && /^(?:of|plenty|got|have|still|enough)$/.test(norm(toks, k - 1))) return true;
    return false;
  },
  // "bound by law to keep your data safe": a duty that protects the customer.
  boundToProtect: (toks: Token[], _a: number, b: number) => {
    for (let k = b + 1; k < toks.length && k <= b + 6; k++) if (toks[k].norm === 'to' && /^(?:keep|protect|safeguard|secure|tell|inform|notify|refund|give|offer|treat|help)$/.test(norm(toks, k + 1))) return true;
    return false;
  },
  // "If I'm honest, you've been a pleasure to help": praise, not a frank verdict.
  praiseAfter: (toks: Token[], _a: number, b: number) => praiseAfter(toks, b),
  // rwen24: "The earliest we can deliver is Monday, and I've added you to the cancellation list": a step toward sooner given.
  soonerStep: (toks: Token[]) => soonerStepGiven(toks.map((t) => t.text.toLowerCase()).join(' ').replace(/ (['’])/g, '$1')),
  // "It's not that hard to fix, and I've done it for you": the agent did the work, nothing is put on the customer.
  agentDidIt: (toks: Token[], _a: number, b: number) => {
    for (let k = b + 1; k + 2 < toks.length; k++) if ((toks[k].norm === 'i' || toks[k].norm === 'we') && /^(?:have|had)$/.test(toks[k + 1].norm) && /^(?:done|fixed|sorted|set|changed|updated|already)$/.test(toks[k + 2].norm)) return true;
    return false;
  },
  // "Remember to be honest in your review": not an opener.
  // rwen26: "fingers crossed next weekend's kinder to you", "fingers crossed for your exam": a wish for the customer's own life,
  // not a hedge on the agent's work. Read so only where no first person is in the sentence and what is wished is the
  // customer ("you're feeling better", "for your exam", "kinder to you") or the weather.
  wishForCustomer: (toks: Token[], _a: number, b: number) => wishForCustomer(toks, b),
  praiseOrInside: (toks: Token[], a: number, b: number) => (a > 0 && toks[a - 1].word && toks[a - 1].clause === toks[a].clause) || praiseAfter(toks, b),
  // rwen23: "see my last message, it had the wrong date": the agent correcting their own message, not pointing back at it.
  ownMessageFixed: (toks: Token[], a: number, b: number) => {
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].sentence !== toks[a].sentence || (k >= a && k <= b)) continue;
      if (/^(?:wrong|mistake|typo|error|incorrect|sorry|apologies|updated|corrected|ignore|disregard|missed)$/.test(toks[k].norm)) return true;
    }
    return false;
  },
  // "Scroll up on the home screen to see past orders": a page or a screen scrolled, not the thread.
  scrollOnScreen: (toks: Token[], a: number) => {
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].sentence !== toks[a].sentence) continue;
      if (/^(?:page|screen|app|menu|list|website|site|feed|timeline|dashboard|bar|slider|top|window|tab|panel|settings|photo|photos|gallery|map)$/.test(toks[k].norm)) return true;
    }
    return false;
  },
  // rwen23: "its policy …" names the rule as the reason only beside a restriction in its sentence: a negation, "only", "sorry",
  // a duty or a charge ("its policy we dont open returned food", "its school policy sorry, no phones"); never a possessive
  // "its" of a thing ("its policy number", "its policy covers you abroad") nor a rule that gives ("it's our policy to check twice").
  noRestrictionNear: (toks: Token[], a: number, b: number) => {
    const n = norm(toks, nextWord(toks, b));
    if (/^(?:number|numbers|covers|cover|includes|include|document|documents|holder|details|page|wording|schedule|is|was|states|says|on|for|of|and|which|to|says|allows|lets|gives)$/.test(n)) return true;
    const lo = Math.max(0, a - 8);
    for (let k = lo; k < toks.length && k <= b + 12; k++) {
      if (k >= a && k <= b) continue;
      if (toks[k].sentence !== toks[a].sentence) continue;
      const w = toks[k].norm;
      if (toks[k].neg || /^(?:only|sorry|unable|must|cannot|non-refundable|nonrefundable|against|forbidden|prohibited|banned|charge|charged|fee)$/.test(w)) return false;
      if ((w === 'have' || w === 'need' || w === 'needs') && norm(toks, k + 1) === 'to') return false;
    }
    return true;
  },
  // "Our policy states that {details}": the rule told, not a refusal behind it ("policy states we can't …").
  noNegationAfter: (toks: Token[], _a: number, b: number) => {
    for (let k = b + 1; k < toks.length && k <= b + 10; k++) if (toks[k].norm === 'not' || toks[k].norm === 'no' || toks[k].norm === 'unable' || toks[k].norm === 'only' || /^non-/.test(toks[k].norm)) return false;
    return true;
  },
  // "no telling how happy we are": delight, not doubt.
  happyAfter: (toks: Token[], _a: number, b: number) => /^(?:happy|glad|pleased|grateful|excited|thankful|delighted|much|thrilled)$/.test(norm(toks, nextWord(toks, b))),
  noTimeUnitAfter: (toks: Token[], _a: number, b: number) => {
    for (let k = b + 1; k < toks.length && k <= b + 5; k++) if (TIME_UNITS.has(toks[k].norm)) return false;
    return true;
  },
  // "we're (as much / still / completely) in the dark": the agent's side, with a "be" (not a title "Standing In The Dark").
  notAgentInTheDark: (toks: Token[], a: number) => {
    let be = false;
    for (let k = a - 1; k >= 0 && k >= a - 4 && toks[k].clause === toks[a].clause; k--) {
      if (BE_FORMS.has(toks[k].norm) || toks[k].norm === 'were' || toks[k].norm === 'was' || toks[k].norm === 'been') be = true;
      if (be && (toks[k].norm === 'we' || toks[k].norm === 'i')) return false;
    }
    return true;
  },
  agentBefore2: (toks: Token[], a: number) => {
    let p = prevWord(toks, a);
    while (p >= 0 && /^(?:have|has|had|just|actually|probably|might|may|must)$/.test(toks[p].norm)) p = prevWord(toks, p);
    return p >= 0 && (toks[p].norm === 'i' || toks[p].norm === 'we');
  },
  conditionAfter: (toks: Token[], _a: number, b: number) => /^(?:until|unless|if|once|when|while|till)$/.test(norm(toks, nextWord(toks, b))),
  allBefore: (toks: Token[], a: number) => /^(?:all|only)$/.test(norm(toks, a - 1)),
  // "Kindly note that your order has shipped": information, not an order.
  kindlyNoteFact: (toks: Token[], a: number) => {
    if (norm(toks, a + 1) !== 'note') return false;
    let k = a + 2;
    if (norm(toks, k) === 'that') k++;
    return !/^(?:you|to)$/.test(norm(toks, k));
  },
  givingAfter: (toks: Token[], _a: number, b: number) => {
    let k = nextWord(toks, b);
    if (norm(toks, k) === 'that') k = nextWord(toks, k);
    const rest: string[] = [];
    for (let e = k; e >= 0 && e < toks.length && rest.length < 5; e++) if (toks[e].word) rest.push(toks[e].norm);
    return GIVING_AFTER.test(rest.join(' '));
  },
  // "that's on them, not us" / "…, that's on them.": the phrase ends its clause (not "that is on them to decide").
  notClauseEnd: (toks: Token[], _a: number, b: number) => b + 1 < toks.length && toks[b + 1].word,
  // "you have no information", "you'll have to decline the cookies": the customer's side, not the agent's.
  customerBefore: (toks: Token[], a: number) => {
    for (let k = a - 1; k >= 0 && k >= a - 4 && toks[k].clause === toks[a].clause; k--) if (toks[k].norm === 'you' || toks[k].norm === 'they') return true;
    return false;
  },
  // "Going forward, please …" / "Going forward, you …" at the head of the sentence, not "Going forward, your plan includes …".
  notFrontedRequest: (toks: Token[], a: number, b: number) => {
    for (let k = 0; k < a; k++) if (toks[k].word && !FRONT_OPENERS.has(toks[k].norm)) return true;
    const n = nextWord(toks, b);
    // "Going forward, you must …" is an order; "Going forward, you'll get a reminder" is news.
    if (norm(toks, n) === 'you') return !/^(?:must|need|should|have)$/.test(norm(toks, nextWord(toks, n)));
    return !/^(?:please|kindly|ensure|make|remember|do|always|never)$/.test(norm(toks, n));
  },
  // "Billing is a separate team, and I've passed your case to them": the hand-over is done, nobody is sent away.
  // "not my team's fault", "not our team lead": the noun goes on, nothing is handed on.
  possessiveAfter: (toks: Token[], _a: number, b: number) => /^(?:'s|s|’s)$/.test(norm(toks, b + 1)) || /^(?:member|members|lead|leader|leads|manager|managers|fault|call|decision|choice)$/.test(norm(toks, nextWord(toks, b))),
  // "policy states we need …" (not "our policy states your refund is due in full", "… states that refunds go back to the card": what the policy gives, told; "policy states that" is the pack's).
  noRuleAfter: (toks: Token[], _a: number, b: number) => !/^(?:we|all|anyone|anybody|customers|every|no)$/.test(norm(toks, nextWord(toks, b))),
  handedOn: (toks: Token[], _a: number, b: number) => {
    for (let k = b + 1; k < toks.length && k <= b + 12; k++) if (/^(?:passed|transferred|forwarded|referred|escalated|connected|sent|copied|looped|introduced|booked)$/.test(toks[k].norm)) return true;
    return false;
  },
  // "It is required that we check your ID": the company's own duty.
  agentAfter: (toks: Token[], _a: number, b: number) => /^(?:we|i|our|my)$/.test(norm(toks, nextWord(toks, b))),
  // "there's no way it will cost you anything", "no way this will affect your credit": a reassurance.
  harmAfter: (toks: Token[], _a: number, b: number) => {
    for (let k = b + 1; k < toks.length && k <= b + 3; k++) if (REASSURING.has(baseOf(toks[k])) || HARMS.has(toks[k].norm)) return true;
    return false;
  },
  agentBefore: (toks: Token[], a: number) => {
    let p = prevWord(toks, a);
    if (p >= 0 && /^(?:will|would|just|simply|really|also)$/.test(toks[p].norm)) p = prevWord(toks, p);
    return !(p >= 0 && (toks[p].norm === 'i' || toks[p].norm === 'we'));
  },
} satisfies Record<string, (toks: Token[], a: number, b: number) => boolean>;

interface LexSlot {
  opt: boolean;
  set: Set<string>;
}
interface LexCompiled {
  slots: LexSlot[];
  phrase: LexPhrase;
}
/** The phrases by the words their first slot takes. */
const LEX_INDEX = (() => {
  const m = new Map<string, LexCompiled[]>();
  for (const phrase of LEX_PHRASES) {
    const slots = phrase.seq.split(' ').map((s) => ({ opt: s.startsWith('?'), set: new Set(s.replace(/^\?/, '').split('|')) }));
    for (const w of slots[0].set) {
      const list = m.get(w) ?? [];
      list.push({ slots, phrase });
      m.set(w, list);
    }
  }
  return m;
})();

/** Index of the last token of `slots` matched from token j on (consecutive word tokens), or -1. */
function matchSlots(toks: Token[], j: number, slots: LexSlot[], s: number): number {
  if (s === slots.length) return j - 1;
  const slot = slots[s];
  const t = toks[j];
  if (t && t.word && slot.set.has(t.norm)) {
    const e = matchSlots(toks, j + 1, slots, s + 1);
    if (e >= 0) return e;
  }
  return slot.opt ? matchSlots(toks, j, slots, s + 1) : -1;
}

/** A lexical predicate (LEX_PHRASES) starting at token i. */
function readLexical(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const list = LEX_INDEX.get(toks[i].norm);
  if (!list) return null;
  for (const c of list) {
    const e = matchSlots(toks, i + 1, c.slots, 1);
    if (e < 0) continue;
    if (c.phrase.guard && GUARDS[c.phrase.guard](toks, i, e)) continue;
    return hit(toks, i, e, c.phrase.construction, c.phrase.category);
  }
  return null;
}

/** Machines an agent blames ("the system won't let me", "our CRM doesn't allow it", "the till won't take two vouchers"). */
export const SYSTEM_NOUNS = words('system systems computer computers tool tools software app application portal platform screen screens program programme crm erp till tills terminal machine database checkout website site form engine dashboard interface scanner it');
/** What a machine refuses to do. */
const SYSTEM_VERBS = words('let allow permit accept take support give recognise recognize process show offer load save do override');
/** After "take / give / do", what makes it about time or privacy, not a refusal ("won't take long", "doesn't give out your number"). */
const SYSTEM_NOT_REFUSING_NEXT = words('long more much time up over effect place any anything longer out away minutes seconds');

/** "the system won't let me", "our CRM doesn't allow", "the portal is not accepting", "the computer says no". */
function readSystemBlocks(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const t = toks[i];
  // Its written form for "till", which the misspelling table reads as "until".
  const written = t.norm === 'until' ? t.text.toLowerCase() : t.norm;
  if (!SYSTEM_NOUNS.has(written)) return null;
  const det = norm(toks, i - 1);
  if (written !== 'it' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && !/^(?:the|our|my|this|that)$/.test(det)) return null;
  // rwen24: the business's own machine, "our (billing) platform": any action it will not do for the customer is read below.
  const ours = det === 'our' || (norm(toks, i - 2) === 'our' && toks[i - 1].word && /^[a-z-]+$/.test(toks[i - 1].text));
  // "it" only as "it won't let me": the machine the agent just named.
  let j = nextWord(toks, i);
  if (j < 0) return null;
  // "the computer says no"
  if (written !== 'it' && /^(?:says|said|say)$/.test(toks[j].norm) && norm(toks, j + 1) === 'no' && !toks[j + 2]?.word) return hit(toks, i, j + 1, 'system-blocks', 'cant-wont');
  // "the booking tool just won't take", "the portal simply refuses to take"
  j = skipAdverbs(toks, j);
  if (j < 0) return null;
  if (/^(?:refuses|refused|refuse)$/.test(toks[j].norm) && norm(toks, j + 1) === 'to') {
    const v = nextWord(toks, j + 1);
    if (v >= 0 && SYSTEM_VERBS.has(toks[v].lemma)) return hit(toks, i, v, 'system-blocks', 'cant-wont');
    return null;
  }
  if (!/^(?:will|would|can|could|does|do|did|is|are|keeps)$/.test(toks[j].norm)) return null;
  if (toks[j].norm === 'keeps') {
    // "the app keeps blocking me", "it keeps rejecting the code"
    const v = nextWord(toks, j);
    if (v >= 0 && /^(?:blocking|rejecting|refusing|stopping|declining)$/.test(toks[v].norm)) return hit(toks, i, v, 'system-blocks', 'cant-wont');
    return null;
  }
  if (norm(toks, j + 1) !== 'not') return null;
  const v = skipAdverbs(toks, nextWord(toks, j + 1));
  if (v < 0) return null;
  const lemma = baseOf(toks[v]);
  const verb = SYSTEM_VERBS.has(lemma) || (/ing$/.test(toks[v].norm) && SYSTEM_VERBS.has(toks[v].lemma));
  if (!verb) {
    // rwen24: "our billing platform won't split one invoice", "our software doesn't merge accounts": the business's own
    // machine refusing an action in the customer's request. Never a harm spared or kept from them ("our app doesn't store
    // your card", "won't charge you"), a time ("doesn't sell them yet"), a verb done to "you / your / any".
    if (!ours || written === 'it' || toks[v].pos === 'AUX' || toks[v].pos === 'ADJ' || REASSURING.has(lemma) || NOT_REFUSING.has(lemma)) return null;
    const o = nextWord(toks, v);
    if (/^(?:you|your|yours|any|anything|anyone|long|up|down)$/.test(norm(toks, o)) || toks.some((x) => x.norm === 'yet' && x.clause === toks[v].clause)) return null;
    // A cost not added ("our checkout doesn't add VAT on overseas orders"): good news.
    for (let k = v + 1; k < toks.length && k <= v + 4; k++) if (/^(?:fee|fees|charge|charges|vat|tax|taxes|commission|interest|surcharge|surcharges|penalty|penalties|markup|postage|cost|costs|extra)$/.test(toks[k].norm)) return null;
    return hit(toks, i - (det === 'our' ? 1 : 2), v, 'system-blocks', 'cant-wont');
  }
  if (SYSTEM_NOT_REFUSING_NEXT.has(norm(toks, nextWord(toks, v)))) return null;
  // "it won't let you down", "it doesn't let anyone else in": reassurance.
  const obj = norm(toks, nextWord(toks, v));
  if (written === 'it' && obj !== 'me' && obj !== 'us') return null;
  if (lemma === 'let' && !/^(?:me|us|you|them|him|her)$/.test(obj)) return null;
  return hit(toks, written === 'it' ? i : i, v, 'system-blocks', 'cant-wont');
}

/**
 * lead27: what the agent is unsure of is the customer's own choice ("not sure which colour you'd prefer", "whether you would
 * rather wait", "which day works best for you"): asking, not a gap in what the agent should know.
 */
function asksPreference(toks: Ctx['toks'], from: number): boolean {
  const clause = toks[from]?.clause;
  for (let j = from; j < toks.length && j < from + 12 && (!toks[j].word || toks[j].clause === clause); j++) {
    const w = toks[j].norm;
    if (w === 'you' || w === "you'd") {
      const a = norm(toks, j + 1);
      const b = a === 'would' || a === 'd' || a === "'d" ? norm(toks, j + 2) : a;
      if (/^(?:prefer|rather)$/.test(b) || ((a === 'would' || a === 'd' || a === "'d") && b === 'like' && norm(toks, j + 3) !== 'me')) return true;
    }
    if ((w === 'suits' || w === 'suit') && norm(toks, j + 1) === 'you') return true;
    if (w === 'works' && ((norm(toks, j + 1) === 'for' && norm(toks, j + 2) === 'you') || (norm(toks, j + 1) === 'best' && norm(toks, j + 2) === 'for' && norm(toks, j + 3) === 'you'))) return true;
  }
  return false;
}

/** "I have no idea", "not a clue", "I haven't the faintest idea", "no idea tbh", "it's beyond me", "who knows". */
function readNotKnowing(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w === 'idea' || w === 'clue' || w === 'notion') {
    let k = i - 1;
    if (/^(?:faintest|foggiest|slightest|first|least|remotest|single)$/.test(norm(toks, k))) k--;
    if (norm(toks, k) === 'the' || norm(toks, k) === 'a') k--;
    const neg = norm(toks, k);
    if (neg !== 'no' && neg !== 'not') return null;
    // "no idea is too small", "a good idea": only the speaker not knowing. The subject: I/we, or none (a fragment).
    let s = k - 1;
    while (s >= 0 && toks[s].word && /^(?:have|has|got|had|really|honestly|genuinely|absolutely|literally|just|will|would)$/.test(toks[s].norm)) s--;
    const subj = s >= 0 && toks[s].word && toks[s].clause === toks[i].clause ? toks[s].norm : '';
    if (subj && subj !== 'i' && subj !== 'we' && subj !== 'honestly' && subj !== 'sorry') return null;
    // "You'll have no idea it happened", "no idea is too small": after the noun, a verb of its own is a sentence about ideas.
    if (/^(?:is|was|will|can|would|that)$/.test(norm(toks, nextWord(toks, i)))) return null;
    return hit(toks, subj === 'i' || subj === 'we' ? s : k, i, 'not-knowing', 'uncertainty');
  }
  // "I'm not too sure about that", "we're not entirely certain why": the speaker unsure, before what they don't know.
  if (w === 'sure' || w === 'certain') {
    let k = i - 1;
    // rwen26: "100%" is two tokens ("100", "%"); "not 100% / entirely / fully sure" is a hedge on "not sure".
    if (norm(toks, k) === '%' && norm(toks, k - 1) === '100') k--;
    const hedged = /^(?:too|entirely|quite|really|totally|completely|100|exactly|fully|that|super|overly)$/.test(norm(toks, k));
    if (hedged) k--;
    if (norm(toks, k) !== 'not') return null;
    if (!BE_FORMS.has(norm(toks, k - 1))) {
      // rwen26: the subject left out before a hedge, "Not 100% sure but I think it's the blue form" (not a question).
      if (!hedged || (k > 0 && toks[k - 1].word && toks[k - 1].clause === toks[k].clause) || toks.some((t) => t.text === '?')) return null;
      return hit(toks, k, i, 'not-knowing', 'uncertainty');
    }
    const subj = norm(toks, k - 2);
    if (subj !== 'i' && subj !== 'we') return null;
    let n = i + 1;
    if (hedged && norm(toks, n) === 'yet') n++;
    const nx = toks[n];
    // With a hedge, what follows may be any clause ("not 100% sure if / whether / the engineer can come").
    if (nx && nx.word && !/^(?:about|of|why|what|when|where|how|which|who)$/.test(nx.norm) && !(hedged && nx.norm !== 'that' && nx.norm !== 'to')) return null;
    if (asksPreference(toks, n)) return null;
    return hit(toks, k - 2, i, 'not-knowing', 'uncertainty');
  }
  // rwen23: "I'm unsure whether", "we are currently unsure how long", "I am uncertain if": the speaker unsure, before what
  // they don't know (never "if you're unsure whether", "I was unsure at first too, but …": a past doubt resolved).
  if (w === 'unsure' || w === 'uncertain') {
    let k = i - 1;
    while (k >= 0 && /^(?:a|bit|little|slightly|currently|still|really|honestly|genuinely|just|quite|rather|somewhat|also|totally|completely|now|presently)$/.test(norm(toks, k))) k--;
    if (!BE_FORMS.has(norm(toks, k))) return null;
    const subj = norm(toks, k - 1);
    if (subj !== 'i' && subj !== 'we') return null;
    const n = toks[i + 1];
    if (n && n.word && !/^(?:about|of|why|what|when|where|how|which|who|whether|if|as)$/.test(n.norm)) return null;
    return hit(toks, k - 1, i, 'not-knowing', 'uncertainty');
  }
  // "I couldn't say why it happened", "we can't tell you when": not knowing (not "I can't tell you how glad we are").
  if ((w === 'say' || w === 'tell') && norm(toks, i - 1) === 'not' && /^(?:can|could)$/.test(norm(toks, i - 2)) && /^(?:i|we)$/.test(norm(toks, i - 3))) {
    let n = i + 1;
    if (norm(toks, n) === 'you') n++;
    if (/^(?:why|when|where|whether|if|what|exactly|for)$/.test(norm(toks, n))) return hit(toks, i - 3, i, 'not-knowing', 'uncertainty');
    return null;
  }
  // "it's beyond me", "why it failed is beyond me"
  if (w === 'beyond' && norm(toks, i + 1) === 'me' && !toks[i + 2]?.word && BE_FORMS.has(norm(toks, i - 1))) return hit(toks, i - 1, i + 1, 'not-knowing', 'uncertainty');
  // "Who knows when it lands." (not "who knows the code?": questions are read before this)
  if (w === 'who' && norm(toks, i + 1) === 'knows' && (i === 0 || !toks[i - 1].word) && /^(?:when|why|how|what|where|if|whether)$/.test(norm(toks, i + 2))) return hit(toks, i, i + 1, 'not-knowing', 'uncertainty');
  return null;
}

/** Verbs of handling: "handled elsewhere", "dealt with by another team". */
const HANDLED = words('handled dealt managed processed looked covered done sorted taken');
/** "Refunds are handled elsewhere", "that's dealt with by a different team", "not something the lettings desk looks after". */
function readHandledElsewhere(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (!HANDLED.has(toks[i].norm) || !BE_FORMS.has(norm(toks, prevWord(toks, i))) && norm(toks, prevWord(toks, i)) !== 'was' && norm(toks, prevWord(toks, i)) !== 'were') return null;
  let j = nextWord(toks, i);
  if (/^(?:with|after|care)$/.test(norm(toks, j))) j = nextWord(toks, j);
  if (norm(toks, j) === 'of') j = nextWord(toks, j);
  const w = norm(toks, j);
  if (w === 'elsewhere') return hit(toks, i, j, 'handled-elsewhere', 'dismissive');
  if (w === 'by' && /^(?:another|other|a|separate)$/.test(norm(toks, j + 1))) {
    const k = norm(toks, j + 1) === 'a' ? j + 2 : j + 1;
    if (/^(?:different|separate|another|other)$/.test(norm(toks, k)) || norm(toks, j + 1) === 'another' || norm(toks, j + 1) === 'other') return hit(toks, i, k, 'handled-elsewhere', 'dismissive');
  }
  return null;
}

const APOLOGY_WORDS = words('sorry apologise apologize apologies regret');
/** "sorry if you feel let down", "I apologise if that upset you": an apology for the customer's feelings. */
function readNonApology(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (norm(toks, i + 1) !== 'if' || !APOLOGY_WORDS.has(toks[i].norm)) return null;
  for (let k = i + 2; k < toks.length && k <= i + 6; k++) {
    if (!toks[k].word) return null;
    if (/^(?:feel|feels|felt|upset|upsets|offended|offend|offends|annoyed|annoy|annoys|hurt|perceived|seemed|seems|think|thought|disappointed|bothered|frustrated|frustrates|came|comes|sounded|sounds|misunderstood|took)$/.test(toks[k].norm)) return hit(toks, i, k, 'non-apology', 'over-apology');
  }
  return null;
}

/** "as you would know if you'd read", "as you should know", "as you're no doubt aware": the customer told they should know. */
function readTalkingDown(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'as' || norm(toks, i + 1) !== 'you') return null;
  for (let k = i + 2; k < toks.length && k <= i + 6; k++) {
    const w = toks[k].norm;
    if (!toks[k].word || w === 'may' || w === 'might') return null;
    if (/^(?:know|aware|seen|read|noticed|remember|recall)$/.test(w)) {
      // "as you know" alone is common and plain; the modal or "no doubt / surely / well" makes it a reproach.
      const between = toks.slice(i + 2, k).map((t) => t.norm);
      if (!between.some((x) => /^(?:would|should|must|surely|doubt|well|already|will|certainly|obviously|clearly)$/.test(x))) return null;
      return hit(toks, i, k, 'talking-down', 'passive-aggressive');
    }
  }
  return null;
}

/** "Don't expect it before the weekend", "do not expect a reply until Monday". */
function readDontExpect(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'do' || norm(toks, i + 1) !== 'not' || norm(toks, i + 2) !== 'expect') return null;
  const p = prevWord(toks, i, false);
  if (p >= 0 && toks[p].clause === toks[i].clause && toks[p].norm !== 'please' && toks[p].norm !== 'so') return null;
  for (let k = i + 3; k < toks.length && k <= i + 9; k++) if (/^(?:before|until|till|sooner|earlier)$/.test(toks[k].norm)) return hit(toks, i, i + 2, 'time-refusal', 'until');
  return null;
}

// ---- Tenth session (rw-en): constructions read off fresh writers' families ----------------------

/** Verbs of saying or noticing: "the storm you mentioned" is no blame. */
const SAID_VERBS = words('mentioned asked said told reported described raised saw noticed received spotted flagged queried wrote quoted requested booked ordered chose picked selected bought encountered experienced faced facing had got suffered met hit found');
/** Words that show the agent's side owns the mistake: then a passive "was entered wrongly" is no blame. */
const OWN_SIDE = /\b(?:sorry|apologi[sz]e|apologies|by us|by me|our (?:mistake|error|fault|end|side|system|team)|on our|we(?: have|'ve)? (?:fixed|corrected|amended|updated|reissued|put it right))\b/;
/** A cost said as a cause ("the charge is due to the plan you chose") is an explanation, not blame. */
const COST_NOUNS = words('charge charges fee fees price cost costs bill amount payment refund credit discount rate balance increase');

/** "caused by the plugin you installed", "down to the charger you used", "due to the liquid you spilled": blame by cause. */
function readCausedByYou(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  const n1 = norm(toks, i + 1);
  const cause = (w === 'caused' && n1 === 'by') || ((w === 'down' || w === 'due' || w === 'owing' || w === 'attributable' || w === 'traced') && n1 === 'to') || (w === 'because' && n1 === 'of') || (w === 'result' && n1 === 'of');
  if (!cause || OWN_SIDE.test(ctx.lower)) return null;
  for (let k = i - 1; k >= 0 && toks[k].clause === toks[i].clause; k--) if (COST_NOUNS.has(toks[k].norm) || toks[k].norm === 'we' || toks[k].norm === 'our') return null;
  for (let k = i + 2; k < toks.length && k <= i + 10; k++) {
    const t = toks[k];
    if (!t.word) return null;
    if (t.norm === 'we' || t.norm === 'our' || t.norm === 'us' || t.norm === 'i' || t.norm === 'my') return null;
    if (t.norm === 'you' || t.norm === 'your') {
      // "the plugin you installed", "the rule your IT team added"
      for (let v = k + 1; v < toks.length && v <= k + 4; v++) {
        if (!toks[v].word) return null;
        if (SAID_VERBS.has(toks[v].norm)) return null;
        if (isPast(toks[v]) && !EXPECTED.has(toks[v].norm)) {
          const p = prevWord(toks, i);
          const a = p >= 0 && (BE_FORMS.has(toks[p].norm) || toks[p].norm === 'was' || toks[p].norm === 'were') ? p : i;
          return hit(toks, a, v, 'second-person-blame', 'blame');
        }
      }
      return null;
    }
  }
  return null;
}

/** "was filled in incorrectly", "were entered wrongly", "was addressed incorrectly": a mistake in the passive, the customer implied. */
function readWronglyDone(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w !== 'incorrectly' && w !== 'wrongly' && w !== 'improperly' && w !== 'wrong') return null;
  let v = prevWord(toks, i);
  if (/^(?:in|out|up)$/.test(norm(toks, v))) v = prevWord(toks, v);
  if (v < 0 || !isPast(toks[v])) return null;
  if (w === 'wrong' && !/^(?:typed|entered|spelt|spelled|keyed|filled|put|written|dialled|dialed|scanned)$/.test(toks[v].norm)) return null;
  let b = prevWord(toks, v);
  if (!/^(?:was|were|been|is|are|being)$/.test(norm(toks, b))) return null;
  if (OWN_SIDE.test(ctx.lower)) return null;
  // A passive with nobody named ("the card details were entered incorrectly") is the blame-free finding the
  // advice itself asks for; only "your details were entered wrongly" points at the customer.
  let yours = false;
  for (let k = b - 1; k >= 0 && toks[k].clause === toks[b].clause; k--) if (toks[k].norm === 'your' || toks[k].norm === 'you') yours = true;
  if (!yours) return null;
  return hit(toks, b, i, 'second-person-blame', 'blame');
}

/** What the customer gave that turned out wrong: "the reading you provided was incorrect", "you typed your email wrong". */
const GAVE_VERBS = words('entered typed put used picked chose chosen selected gave given provided supplied submitted quoted sent wrote keyed input filled spelt spelled dialled dialed scanned');

function readYouGotWrong(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (!/^(?:wrong|incorrect|incorrectly|wrongly|invalid)$/.test(w) || toks[i].negated || norm(toks, i - 1) === 'not') return null;
  if (OWN_SIDE.test(ctx.lower)) return null;
  for (let k = i - 1; k >= 0 && k >= i - 7 && toks[k].clause === toks[i].clause; k--) {
    if (!toks[k].word) return null;
    if (toks[k].norm !== 'you' || !GAVE_VERBS.has(norm(toks, k + 1))) continue;
    // "nothing you entered was wrong", "none of what you sent is incorrect": a reassurance.
    if (/^(?:nothing|none|no|anything|if|whether)$/.test(norm(toks, k - 1)) || /^(?:nothing|none|no)$/.test(norm(toks, k - 2))) return null;
    // "the reading you provided was incorrect" (a noun before "you", then be) or "you typed your email wrong".
    const be = /^(?:was|were|is|are)$/.test(norm(toks, i - 1));
    if (be && k > 0 && toks[k - 1].word && (toks[k - 1].pos === 'NOUN' || toks[k - 1].pos === 'PROPN' || /ing$/.test(toks[k - 1].norm))) return hit(toks, k, i, 'second-person-blame', 'blame');
    // (Not "the address you entered incorrectly": a step naming the thing to fix, with no object of its own.)
    if (!be && w !== 'invalid' && w !== 'incorrect' && k + 2 < i) return hit(toks, k, i, 'second-person-blame', 'blame');
    return null;
  }
  return null;
}

/** Duties the customer had, in the passive ("the registration was never completed", "Had the instructions been followed"). */
const DUTY_PARTICIPLES = words('completed submitted signed registered activated verified confirmed filled returned paid followed read attached provided updated enclosed included');

function readNeverDone(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  // "Had the instructions been followed, …": blame as a condition, at the head of its clause.
  if (w === 'had' && clauseStart(toks, i)) {
    const n = nextWord(toks, i);
    if (n < 0 || /^(?:i|we|you|it)$/.test(toks[n].norm)) return null;
    for (let k = n; k < toks.length && k <= n + 5; k++) {
      if (!toks[k].word) return null;
      if (toks[k].norm === 'been' && DUTY_PARTICIPLES.has(norm(toks, k + 1))) return hit(toks, i, k + 1, 'second-person-blame', 'blame');
    }
    return null;
  }
  if (w !== 'never' || !/^(?:was|were)$/.test(norm(toks, i - 1))) return null;
  const v = nextWord(toks, i);
  if (v < 0 || !DUTY_PARTICIPLES.has(toks[v].norm) || OWN_SIDE.test(ctx.lower)) return null;
  // The subject: "the registration was never completed" (the noun phrase before "was").
  let a = i - 1;
  for (let k = i - 2; k >= 0 && k >= i - 5 && toks[k].word && toks[k].clause === toks[i].clause; k--) {
    a = k;
    if (toks[k].norm === 'the' || toks[k].norm === 'your') break;
  }
  return hit(toks, a, v, 'second-person-blame', 'blame');
}

/** People in general as the ones at fault: "when people don't follow the guide", "customers who skip the update". */
const PEOPLE = words('people customers users folks someone buyers owners guests');
const SKIPPING = words('skip skipped ignore ignored miss missed forget forgot neglect neglected overlook overlooked misread');

function readPeopleBlame(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (!PEOPLE.has(toks[i].norm)) return null;
  let j = nextWord(toks, i);
  if (norm(toks, j) === 'who') j = nextWord(toks, j);
  j = skipAdverbs(toks, j);
  if (j < 0) return null;
  if (SKIPPING.has(toks[j].norm)) {
    const o = nextWord(toks, j);
    return o >= 0 ? hit(toks, i, o, 'second-person-blame', 'blame') : null;
  }
  if ((toks[j].norm === 'do' || toks[j].norm === 'did') && norm(toks, j + 1) === 'not') {
    const v = skipAdverbs(toks, nextWord(toks, j + 1));
    if (v >= 0 && DUTIES.has(toks[v].lemma) && toks[v].lemma !== 'wait') return hit(toks, i, v, 'second-person-blame', 'blame');
  }
  return null;
}

/** "Responsibility for X lies with the buyer", "the onus is on you": the duty put on the customer. */
function readLiesWith(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (!/^(?:lies|lie|rests|rest|falls|fall|sits|sit|is)$/.test(w)) return null;
  const prep = norm(toks, i + 1);
  if (prep !== 'with' && prep !== 'on') return null;
  let k = i + 2;
  if (/^(?:the|each|every)$/.test(norm(toks, k))) k++;
  if (norm(toks, k) === 'account' || norm(toks, k) === 'card') k++;
  const who = norm(toks, k);
  const customer = who === 'you' || (CUSTOMER_SET.has(who) && k > i + 2);
  let duty = false;
  for (let b = i - 1; b >= 0 && b >= i - 10 && toks[b].clause === toks[i].clause; b--) if (/^(?:responsibility|onus|burden|liability|fault|blame|duty)$/.test(toks[b].norm)) duty = true;
  if (duty && customer && !toks[i].negated) return hit(toks, i, k, 'second-person-blame', 'blame');
  // "Lost property sits with the station staff": handled elsewhere (not "I'll sit with the team").
  if ((w === 'sits' || w === 'sit' || w === 'rests' || w === 'lies') && prep === 'with' && !duty) {
    const subj = prevWord(toks, i);
    if (subj >= 0 && /^(?:i|we|you|will|can|would|to)$/.test(toks[subj].norm)) return null;
    for (let e = i + 2; e < toks.length && e <= i + 6; e++) {
      if (!toks[e].word) return null;
      if (ORG_NOUNS.has(toks[e].lemma) || /^(?:staff|people|desk|team|department|dept|teams|colleagues|provider|bank|landlord|insurer)$/.test(toks[e].norm)) {
        if (norm(toks, i + 2) === 'our' || norm(toks, i + 2) === 'me' || norm(toks, i + 2) === 'us') return null;
        return hit(toks, i, e, 'handled-elsewhere', 'dismissive');
      }
    }
  }
  return null;
}
const CUSTOMER_SET = new Set(CUSTOMER_NOUNS.split('|'));

/** "It is essential/vital/imperative that …", "It's crucial to …": an order said impersonally. */
function readImpersonalMust(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (!/^(?:essential|vital|imperative|crucial|critical)$/.test(toks[i].norm)) return null;
  const p = prevWord(toks, i);
  if (p < 0 || !BE_FORMS.has(toks[p].norm) || norm(toks, prevWord(toks, p)) !== 'it') return null;
  const n = nextWord(toks, i);
  const nx = norm(toks, n);
  // "it's essential for us to …", "it's vital that we …", "essential to us": the company's own duty.
  if (nx === 'for' || (nx === 'to' && /^(?:us|me|our)$/.test(norm(toks, n + 1)))) return null;
  if (nx === 'that' && /^(?:we|i|our|us)$/.test(norm(toks, n + 1))) return null;
  // "It's essential to note / check / keep …" is a helpful step (agents' guides are full of it); "It is essential that the
  // reading reaches us by the 5th", "it's vital you keep the box" put the duty on the customer.
  if (nx !== 'that' && nx !== 'you' && nx !== 'your') return null;
  return hit(toks, prevWord(toks, p), i, 'customer-obligation', 'commands');
}

/** "You are to return the device", "you're to keep the receipt": an order in the plain future. */
function readYouAreTo(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'you' || !/^(?:are|were)$/.test(norm(toks, i + 1)) || norm(toks, i + 2) !== 'to') return null;
  const v = nextWord(toks, i + 2);
  if (v < 0 || toks[v].norm === 'be' || toks[v].pos !== 'VERB') return null;
  if (toks[v].norm === 'blame') return hit(toks, i, v, 'second-person-blame', 'blame');
  return hit(toks, i, i + 2, 'customer-obligation', 'commands');
}

/** The first word of the clause of i, skipping "please", "just", "so", "ok". */
function clauseHead(toks: Token[], i: number): number {
  let h = -1;
  for (let k = i; k >= 0 && toks[k].clause === toks[i].clause; k--) if (toks[k].word) h = k;
  while (h >= 0 && /^(?:please|just|so|ok|okay|now|then|look|right)$/.test(toks[h].norm)) h = nextWord(toks, h);
  return h;
}

/** A base-form verb at the head of its sentence: an imperative ("Restart the router", "Have your number ready"). */
function imperativeAt(toks: Token[], h: number): boolean {
  if (h < 0) return false;
  const t = toks[h];
  if ((t.pos !== 'VERB' || t.lemma !== t.norm) && !/^(?:have|keep|make|get|be)$/.test(t.norm)) return false;
  // Only at the head of the sentence or after a sentence opener ("Please", "Ok so").
  for (let k = h - 1; k >= 0; k--) if (toks[k].word && !/^(?:please|just|so|ok|okay|now|then|look|right)$/.test(toks[k].norm)) return false;
  return true;
}

/**
 * Orders with a threat or a condition: "Have your policy number ready, otherwise the team won't …",
 * "Read the FAQ first and come back to us", "Restart it first and only then get back to us",
 * "Stop unplugging the modem", "Be sure to quote your reference", "Ensure that the meter is read".
 */
function readImperative(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w === 'stop' || w === 'quit') {
    if (!imperativeAt(toks, i) && !(clauseHead(toks, i) === i && i > 0)) return null;
    const v = nextWord(toks, i);
    if (v < 0 || !/ing$/.test(toks[v].norm) || /^(?:worrying|stressing|apologising|apologizing|thanking|being)$/.test(toks[v].norm)) return null;
    return hit(toks, i, v, 'customer-obligation', 'commands');
  }
  // "Be sure to quote your reference every time you write in", "Be certain to use the prepaid label, not your own":
  // a duty nagged (every time, next time, not …); "Be sure to include any error messages" alone is a helpful step.
  if (w === 'be' && imperativeAt2(toks, i) && /^(?:sure|certain)$/.test(norm(toks, i + 1)) && norm(toks, i + 2) === 'to') {
    const v = nextWord(toks, i + 2);
    if (v < 0 || !(DUTIES.has(toks[v].lemma) || /^(?:quote|include|use|keep|bring|attach|state|mention|double-check)$/.test(toks[v].norm))) return null;
    for (let k = v + 1; k < toks.length && k <= v + 12; k++) {
      const x = toks[k].norm;
      if (((x === 'time' || x === 'single') && /^(?:every|each|next)$/.test(norm(toks, k - 1))) || x === 'always' || (x === 'future' && norm(toks, k - 1) === 'in') || (x === 'forward' && norm(toks, k - 1) === 'going') || (x === 'not' && norm(toks, k - 1) === ',') || x === 'otherwise') return hit(toks, i, i + 2, 'customer-obligation', 'commands');
    }
    return null;
  }
  if (w === 'otherwise' || (w === 'else' && norm(toks, i - 1) === 'or')) {
    // A negation after "otherwise" makes it a threat; the order is the imperative at the head of the sentence.
    let neg = false;
    for (let k = i + 1; k < toks.length && k <= i + 12; k++) if (toks[k].norm === 'not' || toks[k].norm === 'unable' || toks[k].norm === 'no') neg = true;
    if (!neg) return null;
    let h = 0;
    while (h < toks.length && (!toks[h].word || /^(?:please|just|so|ok|okay|now|then)$/.test(toks[h].norm))) h++;
    if (h >= i || !imperativeAt(toks, h) || h < 0) return null;
    if (toks[h].norm === 'let' || toks[h].norm === 'feel') return null;
    return { ...hit(toks, h, Math.min(h + 3, i - 1), 'customer-obligation', 'commands') };
  }
  if (w === 'first') {
    const h = clauseHead(toks, i);
    if (h < 0 || h === i || !imperativeAt(toks, h)) return null;
    let then = false;
    for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
      const x = toks[k].norm;
      if (x === 'then' && /^(?:only|and)$/.test(norm(toks, k - 1))) then = true;
      if ((x === 'back' && /^(?:come|get|write|coming|getting)$/.test(norm(toks, k - 1))) || (x === 'contact' && norm(toks, k + 1) === 'us')) then = true;
      if (x === 'before' && /^(?:contacting|calling|writing|emailing|coming|getting|raising|opening)$/.test(norm(toks, k + 1))) then = true;
    }
    if (!then) return null;
    return hit(toks, h, i, 'customer-obligation', 'commands');
  }
  return null;
}
/** "Be sure to …" / "Ensure …" opening the sentence (the tagger may not call them verbs). */
function imperativeAt2(toks: Token[], h: number): boolean {
  for (let k = h - 1; k >= 0; k--) if (toks[k].word && !/^(?:please|just|so|ok|okay|now|also|and)$/.test(toks[k].norm)) return false;
  return true;
}

/** "Hopefully the team can sort it by Friday": an effort hoped for, not promised (not "Hopefully you're enjoying it"). */
/** What a customer waits for: "Hopefully the refund shows up", "hopefully your replacement arrives". */
/** rwen28: verbs of a thing arriving or going through, and the states "be" may take there. */
const HOPED_ARRIVAL = words('reflect show appear arrive land clear process update reach post credit be go come');
/** "go / come" only as "go / come through". */
const THROUGH_ONLY = words('go come');
const HOPED_STATE = words('credited processed refunded ready back done sorted fixed approved cleared visible live reflected there');
/** Words of a time the outcome is hoped by. */
const HOPED_TIME = words('within by before tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday week weekend days hours end');
const HOPED_OUTCOMES = words('refund parcel package order delivery replacement payment credit engineer technician courier fix repair part money funds transfer reimbursement compensation');

function readHopefully(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'hopefully') return null;
  // "it should hopefully be ready tomorrow": "should" already hedges; "hopefully" doubles the doubt (not "will
  // hopefully get me …", a wish).
  if (norm(toks, i - 1) === 'should') {
    const v = nextWord(toks, i);
    return v >= 0 && !/^(?:help|enjoy|like|love|see|hear|meet|find|feel)$/.test(toks[v].norm) ? hit(toks, i, i, 'hedged-effort', 'uncertainty') : null;
  }
  // "Hopefully the refund shows up by Monday": the outcome the customer waits for, only hoped for.
  // "Hopefully your order arrives in time for the party!": a warm wish, said with "!".
  if (clauseStart(toks, i) && /^(?:the|your)$/.test(norm(toks, i + 1)) && HOPED_OUTCOMES.has(toks[i + 2]?.lemma ?? '') && !ctx.lower.includes('!')) {
    const v = nextWord(toks, i + 2);
    if (v >= 0 && !/^(?:help|helps|enjoy|like|love|see|meet|find|feel|suits|suit|fits|fit|works|work)$/.test(toks[v].norm)) return hit(toks, i, i, 'hedged-effort', 'uncertainty');
  }
  // rwen28: the outcome of a step the agent took, hoped for by a time: "We've raised the refund and hopefully it will reflect
  // in your account within 7 working days", "hopefully it should clear by Friday". A pronoun for the thing, "will / should",
  // a verb of a thing arriving or going through, and a time in the clause; never with "!" (a warm wish), never "help / be
  // fine / love" (HOPED_ARRIVAL has none).
  if (!ctx.lower.includes('!') && /^(?:it|this|that|they)$/.test(norm(toks, i + 1)) && /^(?:will|should|would)$/.test(norm(toks, i + 2))) {
    const v = nextWord(toks, i + 2);
    if (v >= 0 && HOPED_ARRIVAL.has(toks[v].norm) && !(norm(toks, v) === 'be' && !HOPED_STATE.has(norm(toks, v + 1))) && !(THROUGH_ONLY.has(toks[v].norm) && norm(toks, v + 1) !== 'through')) {
      for (let k = v + 1; k < toks.length && k <= v + 10 && toks[k].clause === toks[v].clause; k++) {
        if (HOPED_TIME.has(toks[k].norm) || /^\d/.test(toks[k].norm)) return hit(toks, i, i, 'hedged-effort', 'uncertainty');
      }
    }
  }
  // Only an effort hoped for by the agent's side: "Hopefully we can", "hopefully someone will", "Hopefully the team can"
  // (not "Hopefully you're enjoying it", "hopefully it arrives", "hopefully they feel better").
  let n = nextWord(toks, i);
  if (norm(toks, n) === ',') n = nextWord(toks, n);
  if (n < 0) return null;
  const who = toks[n].norm;
  const org = (who === 'the' || who === 'our' || who === 'my') && (ORG_NOUNS.has(toks[n + 1]?.lemma ?? '') || ORG_NOUNS.has(toks[n + 2]?.lemma ?? ''));
  if (!/^(?:i|we|someone|somebody)$/.test(who) && !org) return null;
  for (let k = n; k < toks.length && k <= n + 6 && toks[k].clause === toks[n].clause; k++) {
    if (/^(?:will|can|could|should|shall|would)$/.test(toks[k].norm)) {
      const v = nextWord(toks, k);
      if (v < 0 || norm(toks, k + 1) === 'not') return null;
      if (/^(?:help|see|hear|meet|enjoy|like|love|be|have|arrive|work)$/.test(toks[v].norm)) return null;
      return hit(toks, i, i, 'hedged-effort', 'uncertainty');
    }
  }
  return null;
}

/** "Nobody here seems to know why", "No one on the team knows when": not knowing, said of the whole team. */
function readNobodyKnows(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  const start = w === 'one' && norm(toks, i - 1) === 'no' ? i - 1 : w === 'nobody' ? i : -1;
  if (start < 0) return null;
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    if (!toks[k].word) return null;
    const x = toks[k].norm;
    if (x === 'know' || x === 'knows' || x === 'knew') {
      const n = norm(toks, k + 1);
      if (/^(?:what|why|when|how|where|whether|if|the|yet|for|exactly|anything|much|about)$/.test(n) || !toks[k + 1]?.word) return hit(toks, start, k, 'not-knowing', 'uncertainty');
      return null;
    }
    if (!/^(?:here|else|on|in|at|the|our|my|team|office|side|seems|seemed|appears|to|really|actually|depot|warehouse|branch|store)$/.test(x)) return null;
  }
  return null;
}

/** "Loads of customers have the same thing and manage fine", "Hardly anyone complains", "Most customers manage it without help". */
function readOthersCope(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  let p = -1;
  if (/^(?:loads|lots|plenty|most|many|hundreds|thousands|millions|other|others)$/.test(w) && clauseStart(toks, i)) {
    p = nextWord(toks, i);
    if (norm(toks, p) === 'of') p = nextWord(toks, p);
    if (norm(toks, p) === 'our') p = nextWord(toks, p);
    if (!PEOPLE.has(norm(toks, p)) && !/^(?:clients|members|students|people)$/.test(norm(toks, p))) return null;
  } else if ((w === 'hardly' || w === 'barely') && /^(?:anyone|anybody)$/.test(norm(toks, i + 1))) {
    p = i + 1;
    const v = nextWord(toks, p);
    if (/^(?:complains|complain|complained|reports|reported|mentions|notices|noticed|struggles)$/.test(norm(toks, v)) || (/^(?:has|had)$/.test(norm(toks, v)) && /^(?:trouble|problems|issues|an|a|complained|reported|noticed)$/.test(norm(toks, v + 1)))) return hit(toks, i, v, 'others-cope', 'dismissive');
    return null;
  } else return null;
  for (let k = p + 1; k < toks.length && k <= p + 12; k++) {
    const x = toks[k].norm;
    if (/^(?:manage|manages|managed|cope|copes|coped|fine|without|never|no)$/.test(x)) {
      // "manage their bookings in the app" is a use, not coping: only "manage fine / it / without help" or alone.
      if (/^(?:manage|manages|managed|cope|copes|coped)$/.test(x) && toks[k + 1]?.word && !/^(?:fine|ok|okay|it|this|that|without|just|perfectly|well|alright|all|somehow)$/.test(norm(toks, k + 1))) continue;
      if (x === 'without' && !/^(?:any|help|problems|issues|trouble|a)$/.test(norm(toks, k + 1))) continue;
      // "fine" said of the people ("do fine", "are fine with it"), not of a thing ("but monthly is fine too").
      if (x === 'fine' && !/^(?:do|did|does|doing|manage|managed|manages|cope|coped|copes|get|got|gets|are|were|seem|seems|find|found|it|them|along|on|perfectly|just)$/.test(norm(toks, k - 1))) continue;
      if (x === 'no' && !/^(?:trouble|problems|issues|problem|issue|complaints)$/.test(norm(toks, k + 1))) continue;
      if (x === 'never' && !/^(?:complain|have|notice|struggle|mention)$/.test(norm(toks, k + 1))) continue;
      return hit(toks, i, k + (x === 'manage' || x === 'manages' || x === 'managed' || x === 'cope' || x === 'copes' || x === 'fine' ? 0 : 1), 'others-cope', 'dismissive');
    }
  }
  return null;
}

/** "it's only a couple of pounds, not worth chasing": a sum played down, when the sentence also says it isn't worth it. */
const SMALL_SUMS = words('pence penny pounds pound quid dollars dollar cents cent euros euro bucks');
function readSmallSum(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (!SMALL_SUMS.has(toks[i].norm) || !/\b(?:hardly|barely|not) worth\b/.test(ctx.lower)) return null;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (!toks[k].word) return null;
    if (BE_FORMS.has(toks[k].norm)) return hit(toks, norm(toks, k - 1) === 'it' || norm(toks, k - 1) === 'that' ? k - 1 : k, i, 'minimising', 'dismissive');
  }
  return null;
}

/** "Please allow 10-14 working days", "allow up to 15 business days": the wait put first. */
function readAllowDays(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'allow') return null;
  const p = prevWord(toks, i);
  if (p >= 0 && toks[p].norm !== 'please' && toks[p].clause === toks[i].clause) return null;
  for (let k = i + 1; k < toks.length && k <= i + 7; k++) {
    const x = toks[k].norm;
    if (TIME_UNITS.has(x)) {
      // A short wait ("allow 48 hours", "allow 3 days") is information; a long one put first is the wait as the news.
      const nums = toks.slice(i + 1, k).map((t) => WORD_NUMBERS[t.norm] ?? parseInt(t.norm, 10)).filter((n) => !Number.isNaN(n));
      const long = /^(?:weeks?|months?|fortnight)$/.test(x) || (/^days?$/.test(x) && nums.some((n) => n >= 7));
      if (!long) return null;
      return hit(toks, p >= 0 && toks[p].norm === 'please' ? p : i, k, 'time-refusal', 'until');
    }
    if (!/^(?:up|to|around|about|approximately|at|least|a|few|several|further|another|extra|working|business|calendar|full|clear|weeks?|-|–)$/.test(x) && toks[k].pos !== 'NUM' && !/^\d/.test(x) && !/^(?:one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|thirty|ninety)$/.test(x)) return null;
  }
  return null;
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14, twenty: 20, thirty: 30, ninety: 90 };

/** "could be Thursday, could be next week": a shrug about when. */
function readCouldBeCouldBe(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'could' || norm(toks, i + 1) !== 'be') return null;
  for (let k = i + 2; k < toks.length && k <= i + 7; k++) {
    if (toks[k].norm === 'could' && norm(toks, k + 1) === 'be' && (norm(toks, k - 1) === ',' || norm(toks, k - 1) === 'or')) return hit(toks, i, k + 1, 'not-knowing', 'uncertainty');
  }
  return null;
}

/** What an agent has none of before a date: "we don't have any slots before the 3rd", "nothing until Monday". */
const AVAILABLE = words('slot slots appointment appointments availability stock seat seats space spaces room rooms date dates table tables opening openings capacity engineer engineers delivery deliveries collection collections visit visits');

function readNoneBefore(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  const w = toks[i].norm;
  if (w !== 'before' && w !== 'until' && w !== 'till') return null;
  const p = prevWord(toks, i);
  // "Nothing until Monday, I'm afraid."
  if (p >= 0 && toks[p].norm === 'nothing' && clauseStart(toks, p)) return hit(toks, p, i, 'time-refusal', 'until');
  // "we don't have any slots before the 3rd", "we won't get any seats until May", "there are no dates before June"
  if (p < 0 || !AVAILABLE.has(toks[p].norm)) return null;
  for (let k = p - 1; k >= 0 && k >= p - 6 && toks[k].clause === toks[i].clause; k--) {
    const x = toks[k].norm;
    if (x === 'no' || x === 'any' || x === 'not') {
      let a = k;
      for (let b = k - 1; b >= 0 && b >= k - 4 && toks[b].clause === toks[i].clause; b--) if (/^(?:do|does|did|will|have|has|can|are|is|there)$/.test(toks[b].norm)) a = b;
      if (x === 'any' && !toks[k].negated && !toks.slice(Math.max(0, k - 4), k).some((t) => t.norm === 'not')) return null;
      return hit(toks, a, i, 'time-refusal', 'until');
    }
  }
  return null;
}

/** "won't reach your account for another ten days": the wait after a negation (not "won't be charged for another 30 days"). */
function readForAnother(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'for') return null;
  let k = nextWord(toks, i);
  if (norm(toks, k) === 'a' && norm(toks, k + 1) === 'further') k = nextWord(toks, k + 1);
  else if (norm(toks, k) === 'another' || norm(toks, k) === 'at') k = nextWord(toks, norm(toks, k) === 'at' ? k + 1 : k);
  else return null;
  let u = k;
  if (u >= 0 && (toks[u].pos === 'NUM' || /^\d/.test(toks[u].norm) || WORD_NUMBERS[toks[u].norm] !== undefined || /^(?:few|couple)$/.test(toks[u].norm))) u = nextWord(toks, u);
  if (norm(toks, u) === 'working' || norm(toks, u) === 'business') u = nextWord(toks, u);
  if (u < 0 || !TIME_UNITS.has(toks[u].norm)) return null;
  for (let n = i - 1; n >= 0 && n >= i - 8 && toks[n].clause === toks[i].clause; n--) {
    if (toks[n].norm !== 'not') continue;
    const v = skipAdverbs(toks, nextWord(toks, n));
    const verb = v >= 0 && toks[v].norm === 'be' ? nextWord(toks, v) : v;
    if (verb >= 0 && (REASSURING.has(baseOf(toks[verb])) || participleIn(toks[verb], REASSURING))) return null;
    const a = n > 0 && /^(?:will|would|can|could|do|does|is|are)$/.test(toks[n - 1].norm) ? n - 1 : n;
    return hit(toks, a, u, 'time-refusal', 'until');
  }
  return null;
}

/** "could be as long as six weeks": a long wait, hedged. */
function readAsLongAs(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (toks[i].norm !== 'as' || norm(toks, i + 1) !== 'long' || norm(toks, i + 2) !== 'as') return null;
  const p = prevWord(toks, i);
  // "could be / can take as long as six weeks": a long wait hedged (not "takes as long as two days at most").
  if (!/^(?:be|take|last)$/.test(norm(toks, p)) || !/^(?:can|could|may|might|will|would)$/.test(norm(toks, prevWord(toks, p)))) return null;
  for (let k = i + 3; k < toks.length && k <= i + 6; k++) if (TIME_UNITS.has(toks[k].norm)) return hit(toks, prevWord(toks, p), k, 'time-refusal', 'until');
  return null;
}

/** "Sorry sorry", "Apologies, apologies", "So so sorry …, I really do apologise", three sorries in a row: an apology run. */
const APOLOGY_RUN = words('sorry apologise apologize apologies apology');
function readApologyRun(ctx: Ctx, i: number): GenericHit | null {
  const { toks } = ctx;
  if (!APOLOGY_RUN.has(toks[i].norm) || toks[i].negated) return null;
  if (ctx.apologies === undefined) {
    const at: number[] = [];
    let strong = false;
    for (let k = 0; k < toks.length; k++) {
      if (!APOLOGY_RUN.has(toks[k].norm)) continue;
      if (at.length && k - at[at.length - 1] <= 2) strong = true;
      // en40: "I am very sorry, I apologise a lot, …": "very" after "am" and "a lot" after the word intensify it too.
      if (/^(?:so|really|truly|deeply|do|again|terribly|awfully|very)$/.test(norm(toks, k - 1)) && /^(?:so|really|do|am|i)$/.test(norm(toks, k - 2))) strong = true;
      if (norm(toks, k + 1) === 'a' && norm(toks, k + 2) === 'lot') strong = true;
      if (norm(toks, k + 1) === 'again') strong = true;
      // "Apologies for the delay, sorry about that.": a second apology tacked on.
      if (at.length && toks[k].norm === 'sorry' && /^(?:about|for)$/.test(norm(toks, k + 1)) && /^(?:that|this)$/.test(norm(toks, k + 2))) strong = true;
      // "So sorry to hear that, so sorry.": the same apology said twice.
      if (at.some((x) => toks[x].norm === toks[k].norm && norm(toks, x - 1) === norm(toks, k - 1) && toks[k - 1]?.word)) strong = true;
      at.push(k);
    }
    ctx.apologies = at.length >= 3 || (at.length === 2 && strong);
  }
  if (!ctx.apologies) return null;
  let a = i;
  while (a > 0 && /^(?:so|really|truly|deeply|do|terribly|awfully|very|i|am|my)$/.test(norm(toks, a - 1)) && toks[a - 1].clause === toks[i].clause) a--;
  return hit(toks, a, i, 'over-apology', 'over-apology');
}

type Reader = (ctx: Ctx, i: number) => GenericHit | null;

/**
 * The wider readers by the words that can start them: one Map lookup per token instead of a call
 * to each (the reader runs on every keystroke's sentence).
 */
const WIDER_BY_WORD = (() => {
  const m = new Map<string, Reader[]>();
  const add = (r: Reader, ws: Iterable<string>) => {
    for (const w of ws) {
      const list = m.get(w) ?? [];
      if (!list.includes(r)) list.push(r);
      m.set(w, list);
    }
  };
  add(readLexical, LEX_INDEX.keys());
  add(readSystemBlocks, [...SYSTEM_NOUNS, 'until']);
  add(readNotKnowing, ['idea', 'clue', 'notion', 'beyond', 'who', 'sure', 'certain', 'unsure', 'uncertain', 'say', 'tell']);
  add(readHandledElsewhere, HANDLED);
  add(readNonApology, APOLOGY_WORDS);
  add(readTalkingDown, ['as']);
  add(readDontExpect, ['do']);
  add(readCausedByYou, ['caused', 'down', 'due', 'owing', 'attributable', 'traced', 'because', 'result']);
  add(readWronglyDone, ['incorrectly', 'wrongly', 'improperly', 'wrong']);
  add(readYouGotWrong, ['incorrectly', 'wrongly', 'wrong', 'incorrect', 'invalid']);
  add(readNeverDone, ['never', 'had']);
  add(readPeopleBlame, PEOPLE);
  add(readLiesWith, ['lies', 'lie', 'rests', 'rest', 'falls', 'fall', 'sits', 'sit', 'is']);
  add(readImpersonalMust, ['essential', 'vital', 'imperative', 'crucial', 'critical']);
  add(readYouAreTo, ['you']);
  add(readImperative, ['stop', 'quit', 'be', 'otherwise', 'else', 'first']);
  add(readHopefully, ['hopefully']);
  add(readNobodyKnows, ['nobody', 'one']);
  add(readOthersCope, ['loads', 'lots', 'plenty', 'most', 'many', 'hundreds', 'thousands', 'millions', 'other', 'others', 'hardly', 'barely']);
  add(readSmallSum, SMALL_SUMS);
  add(readAllowDays, ['allow']);
  add(readCouldBeCouldBe, ['could']);
  add(readNoneBefore, ['before', 'until', 'till']);
  add(readForAnother, ['for']);
  add(readAsLongAs, ['as']);
  add(readApologyRun, APOLOGY_RUN);
  return m;
})();

/** The wider readers (lexical predicates, the system, not knowing, …) that the token at i can start. */
function readWider(ctx: Ctx, i: number): GenericHit | null {
  const list = WIDER_BY_WORD.get(ctx.toks[i].norm);
  if (!list) return null;
  for (const r of list) {
    const h = r(ctx, i);
    if (h) return h;
  }
  return null;
}

const READERS = [readPassiveRefusal, readNegatedAbility, readDontOffer, readNotAvailable, readDeclined, readNothingCanBeDone, readNotSomething, readObligation, readBlame, readMinimising, readStonewalling, readWider];

/**
 * (perfen31) Each reader's first test, restated on the word's norm (./dispatch.en.ts): the readers ran at every English word
 * and most returned at that test. A gate may be wider than its reader, never narrower (tests/unit/rewrite/en-gates.test.ts).
 */
const inWords = (list: string): ((w: string) => boolean) => {
  const set = words(list);
  return (w) => set.has(w);
};
const DECLINED_WORDS = /^(?:decline|declined|declines|reject|rejected|refuse|refused|deny|denied|repudiated|voided)$/;
const NOT_AVAILABLE_WORDS = words('unavailable impossible ineligible prohibited forbidden possible available allowed permitted eligible entitled doable feasible option question');
const MINIMISING_WORDS = /^(?:overthinking|overreacting|over-reacting|over-thinking|fuss|dramatic|just|only|merely|deal|end|exaggerating|over-exaggerating|overexaggerating|overdramatising|overdramatizing|overcomplicate|over-complicate|overthink|over-think|biggie)$/;
const READER_GATES = new Map<(ctx: Ctx, i: number) => GenericHit | null, (w: string) => boolean>([
  [readPassiveRefusal, inWords('can will may shall has have is are')],
  [readNegatedAbility, inWords('can will would have has unable am is are be')],
  [readDontOffer, inWords('no do does')],
  [readNotAvailable, (w) => NOT_AVAILABLE_WORDS.has(w) || NO_MEANS.has(w) || nonAble(w)],
  [readDeclined, (w) => DECLINED_WORDS.test(w)],
  [readNothingCanBeDone, (w) => w === 'nothing'],
  [readNotSomething, (w) => w === 'something'],
  [readObligation, inWords('mandatory compulsory obligatory you')],
  [readBlame, inWords('had why on your yours down you')],
  [readMinimising, (w) => MINIMISING_WORDS.test(w)],
  [readStonewalling, inWords('answer rules policy final end nothing it non-negotiable negotiable')],
  [readWider, (w) => WIDER_BY_WORD.has(w)],
]);
const DISPATCH = wordDispatch(READERS, READER_GATES);

/** A question to the customer ("Can't you log in?", "Did you not receive it?") is not a statement; "Why didn't you …?" is still blame. */
export function isQuestion(toks: Token[]): boolean {
  for (let k = toks.length - 1; k >= 0; k--) {
    if (toks[k].word) return false;
    if (toks[k].norm === '?') return true;
  }
  return false;
}

/**
 * Later in the sentence the agent or a colleague offers something instead: "but we can …", "but my
 * colleague Ravi will", "however, what I can do is …" (a contrast, then a subject of a few words and
 * a positive auxiliary).
 */
/** What sends the customer to a third party after a contrast ("you are welcome to raise it with them", "you can contact the seller"). */
const REDIRECT_AFTER = /\b(?:with them|to them|contact (?:them|the|your)|get in touch with|reach out to|take (?:it|this|that) up with|speak to (?:them|the|your)|ask (?:them|the|your)|raise (?:it|this|that) with)\b/;

export function offerFollows(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    if (!/^(?:but|however|instead|though|although)$/.test(toks[k].norm)) continue;
    let j = nextWord(toks, k);
    for (let n = 0; n < 5 && j >= 0; n++, j = nextWord(toks, j)) {
      const t = toks[j];
      if (t.neg || t.norm === 'not') break;
      if (/^(?:can|could|will|would|may|am|are|is|do|have)$/.test(t.norm)) {
        if (norm(toks, j + 1) === 'not' || toks[j + 1]?.neg) break;
        // "…, although you are welcome to raise it with them", "but you can contact the seller": the customer sent to someone
        // else, not an offer of ours.
        if (norm(toks, nextWord(toks, k)) === 'you' && REDIRECT_AFTER.test(toks.slice(j + 1, j + 12).map((x) => x.norm).join(' '))) break;
        return true;
      }
      if (!(t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'ADV')) break;
    }
  }
  return false;
}

/** Clauses that state a condition ("if you can't log in", "unless we're unable to", "in case you forgot"). */
// (perfen30) The last sentence's answer, kept: four English readers ask it of the same tokens one after another. Read only.
let lastCondToks: readonly Token[] | null = null;
let lastCond: boolean[] = [];
export function conditionalClauses(toks: Token[]): boolean[] {
  if (toks === lastCondToks) return lastCond;
  lastCond = readConditionalClauses(toks);
  lastCondToks = toks;
  return lastCond;
}

function readConditionalClauses(toks: Token[]): boolean[] {
  const out: boolean[] = [];
  let last = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.clause === last || !t.word) continue;
    last = t.clause;
    const w = t.norm;
    const two = `${w}_${norm(toks, nextWord(toks, k))}`;
    out[t.clause] = CONDITIONAL_OPENERS.has(w) || CONDITIONAL_OPENERS.has(two) || (two === 'as_long' && norm(toks, k + 2) === 'as');
  }
  // A condition reaches past a comma inside it only up to its main clause: "If that fails, we can't …" keeps the second clause.
  return out;
}

/**
 * Whether token i, in a clause `conditionalClauses` read as a condition, is past that condition's end where the writer put
 * no comma: "Once the permit clears we'll attempt to …", "If the item you ordered isn't in stock we can't …" (a subject
 * pronoun after the condition's own verb opens the main clause). "if you can't log in" stays a condition.
 */
export function pastCondition(toks: Token[], i: number): boolean {
  const c = toks[i].clause;
  // Back from i (at most 30 tokens): a verb of the condition, then a subject pronoun after it.
  let verbBefore = -1;
  for (let k = i - 1, n = 0; k >= 0 && toks[k].clause === c && n < 30; k--, n++) if (toks[k].word && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX')) verbBefore = k;
  if (verbBefore < 0) return false;
  for (let k = i; k > verbBefore; k--) {
    if (!toks[k].word || toks[k].pos !== 'PRON' || !/^(?:i|we|you|they|he|she)$/.test(toks[k].norm)) continue;
    // The pronoun is a subject: a verb follows it ("we'll attempt", "we can't"), and no preposition or complementizer leads it in.
    const n = nextWord(toks, k);
    if (n < 0 || !/^(?:VERB|AUX)$/.test(toks[n].pos)) continue;
    const p = prevWord(toks, k, false);
    if (p >= 0 && toks[p].pos !== 'ADP' && !/^(?:that|if|when|once|whether|than|and|or|to|unless|until|before|after|as|because|since)$/.test(toks[p].norm)) return true;
  }
  return false;
}

/** Clause i of `conditional` holds token i as a condition (not past its end: pastCondition). */
export const inCondition = (toks: Token[], conditional: boolean[], i: number): boolean => conditional[toks[i].clause] === true && !pastCondition(toks, i);

/** The constructions of negative phrasing in one English sentence (offsets into it, never overlapping). */
export const readGenericEn: GenericReader = (sentence, tokens) => {
  if (typeof sentence !== 'string' || sentence.length < 4) return [];
  const toks = tokens ?? analyzeSentenceTokens(sentence);
  if (!toks.length) return [];
  const question = isQuestion(toks);
  const why = toks.find((t) => t.word)?.norm === 'why';
  if (question && !why) return [];
  const ctx: Ctx = { toks, lower: sentence.toLowerCase().replace(/[’‘]/g, "'"), conditional: conditionalClauses(toks) };
  const out: GenericHit[] = [];
  let after = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || t.lang !== 'en' || t.start < after) continue;
    for (const read of DISPATCH.at(t.norm)) {
      if (question && DISPATCH.original(read) !== readBlame) continue;
      const h = read(ctx, i);
      if (!h) continue;
      // Any construction in a condition is hedged ("if you can't log in"), except blame that is one ("if you had read …").
      // "this happens when people don't follow the guide" is blame said as a condition too.
      // "If I'm being straight with you," is an opener, not a condition.
      if (hedged(ctx, i) && !(h.construction === 'second-person-blame' && (norm(toks, nextWord(toks, i)) === 'had' || PEOPLE.has(t.norm))) && h.construction !== 'candour-opener') continue;
      // "We can't change the date, but we can reprint the ticket": the offer is already there.
      if (h.category === 'cant-wont' && offerFollows(toks, i)) continue;
      out.push(h);
      after = h.end;
      break;
    }
  }
  return out;
};
