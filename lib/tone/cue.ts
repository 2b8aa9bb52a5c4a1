/**
 * What a cue module is, and the shared reading every cue uses: a lexicon hit's weight after
 * negation (cancel, or flip for "not happy"), intensifiers and capitals (raise), hedges (lower),
 * and "not X, just Y" (the Y is a correction, not an escalation). Evidence is always the words
 * that carried the weight, mapped to the original message.
 *
 * One file per cue in ./cues: its lexicon (data), its patterns, its English and Persian strings and
 * its examples; ./cues/index.ts lists them in reading order.
 */
import type { StringKey } from '../i18n/index.ts';
import type { MessageParts, TextSpan } from '../text/message.ts';
import type { Analysis, LocalSpan } from './features.ts';
import type { ToneDoc, ToneToken } from './layer.ts';
import type { Hit, LexiconPart } from './tokens.ts';
import type { Cue, CueKind, Evidence, Severity } from './types.ts';

export interface Region {
  span: TextSpan;
  doc: ToneDoc;
  hits: Hit[];
}

export interface Outcome {
  /** The cue's strength (0 when absent); the shown cue needs score >= its module's threshold. */
  score: number;
  cues: Cue[];
  /** Figures later modules may read (e.g. repeat's strongest contact count). */
  detail?: Readonly<Record<string, number>>;
}

export interface CueContext {
  message: string;
  parts: MessageParts;
  /** The customer's latest words. */
  doc: ToneDoc;
  /** The latest words' text in lower case (made once: cheap word tests that gate the costlier readers). */
  low: string;
  a: Analysis;
  hits: readonly Hit[];
  /** Closing line and signature, analysed apart (never evidence of feelings). */
  outer: readonly Region[];
  /** Persian is the main language of the latest words. */
  fa: boolean;
  /** The latest words are empty. */
  empty: boolean;
  /** The questions asked (sentence spans in the original message). */
  questions: Evidence[];
  /** Outcomes of the modules read before this one, by module name. */
  got: Readonly<Record<string, Outcome>>;
  /** Where the latest words start in `message` (the default `base` of ev). */
  offset: number;
  /** Evidence for a span of the latest words (or of text starting at `base` in the message). */
  ev(span: LocalSpan, why?: StringKey, base?: number): Evidence;
}

/**
 * CueContext.ev, one function for every message (no closure made per message): the span mapped
 * to the original message, with its words and reason.
 */
export function evidenceIn(this: CueContext, s: LocalSpan, why?: StringKey, base = this.offset): Evidence {
  const e: Evidence = { start: s.start + base, end: s.end + base, text: this.message.slice(s.start + base, s.end + base) };
  if (why) e.why = why;
  return e;
}

/** A cue's examples, run by one generic test (tests/unit/tone/cues.test.ts). */
export interface CueExamples {
  /** Messages that must show the cue, with words that must be among its evidence. */
  fires: readonly { text: string; evidence?: readonly string[] }[];
  /** Messages that must not show it. */
  quiet: readonly string[];
}

export interface CueModule {
  /** Module name; `got[name]` for later modules. */
  name: string;
  /** The cue kinds it may show. */
  kinds: readonly CueKind[];
  lexicon?: readonly LexiconPart[];
  examples: CueExamples;
  read(ctx: CueContext): Outcome;
}

export const NONE: Outcome = { score: 0, cues: [] };

export function cue(kind: CueKind, severity: Severity, key: StringKey, evidence: Evidence[], params?: Record<string, string | number>): Cue {
  return { id: kind, kind, severity, message: params ? { key, params } : { key }, evidence: dedupe(evidence) };
}

/** The token of the latest words that holds the evidence's first character, as an index (or -1). */
export function tokenAt(ctx: CueContext, e: Evidence): number {
  const at = e.start - ctx.offset;
  return ctx.doc.tokens.findIndex((x) => x.start <= at && at < x.end);
}

/** Indices of the message's tokens that a piece of evidence covers (the guards read the words around them). */
export function evidenceTokens(ctx: CueContext, e: Evidence): number[] {
  const a = e.start - ctx.offset;
  const b = e.end - ctx.offset;
  const out: number[] = [];
  ctx.doc.tokens.forEach((x, i) => {
    if (x.start < b && a < x.end) out.push(i);
  });
  return out;
}

export function dedupe(list: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  // One span needs no sorted copy.
  if (list.length === 1) {
    if (list[0].end > list[0].start) out.push(list[0]);
    return out;
  }
  // A copy sorted by start, stable (equal starts keep their order, as Array.prototype.sort keeps them): an insertion
  // sort on the copy, where sort() made a work array of its own per call (a cue's evidence is a few spans).
  const sorted = list.slice();
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i];
    let j = i;
    while (j > 0 && sorted[j - 1].start > e.start) {
      sorted[j] = sorted[j - 1];
      j--;
    }
    sorted[j] = e;
  }
  for (const e of sorted) {
    if (e.end <= e.start) continue;
    // A span inside one already kept adds nothing (the same span again included).
    if (out.some((o) => o.start <= e.start && o.end >= e.end)) continue;
    out.push(e);
  }
  return out;
}

// ---- Modifiers shared by every cue ------------------------------------------------------------

/** Categories of the modifier lexicon (lib/tone/modifiers.ts). */
export const MOD = { intensifier: 'mod.intensifier', hedge: 'mod.hedge', softener: 'mod.softener' } as const;

export interface Weighed {
  score: number;
  evidence: Evidence[];
  /** Hits cancelled by a negation (e.g. "not angry"). */
  cancelled: Hit[];
}

export interface WeighOptions {
  /** Categories whose hits count only when negated ("happy" in "not happy"). */
  flip?: readonly string[];
  /** Evidence reason per category. */
  why: Readonly<Record<string, StringKey>>;
  /** Ignore modifiers (for cues where "really" or "a bit" change nothing, e.g. a count of contacts). */
  plain?: boolean;
  /** Keep negated hits ("if it isn't fixed by tomorrow" is still a deadline). */
  keepNegated?: boolean;
  /** Categories a hedge lowers only a little: a feeling said is a feeling had ("a bit annoyed" is still annoyed). */
  hedgeFree?: readonly string[];
  /** Skip hits inside ironic quotes (a ticket marked «فوری» is not an urgent message). */
  skipQuoted?: boolean;
  /**
   * In "not X, just Y", a Y of at least this weight keeps it: "not angry, just tired of chasing this"
   * and "not frustrated with you, but the process is a nightmare" still say it ("just confused" does not).
   */
  correctionKeeps?: number;
}

const inClause = (toks: readonly ToneToken[], i: number, j: number) => toks[i].clause === toks[j].clause;

/** Token range [from, to) of the clause or the sentence that holds token i. */
export function unitRange(toks: readonly ToneToken[], i: number, unit: 'clause' | 'sentence'): [number, number] {
  const u = toks[i][unit];
  let a = i;
  while (a > 0 && toks[a - 1][unit] === u) a--;
  let b = i + 1;
  while (b < toks.length && toks[b][unit] === u) b++;
  return [a, b];
}

/** Words that open a condition: a negation inside one ("if it isn't fixed by Friday") states a condition, not a denial. */
const CONDITIONAL = new Set(['if', 'unless', 'اگر', 'اگه', 'وگرنه', 'درصورتیکه']);

/** Whether negator i sits in a conditional ("if this isn't fixed…"): between a conditional word and i, same sentence. */
function conditional(toks: readonly ToneToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && toks[k].sentence === toks[i].sentence; k--) if (CONDITIONAL.has(toks[k].key)) return true;
  return false;
}

/** Whether the hit sits in the scope of a negator that is not itself part of a lexicon phrase. */
export function negatedHit(ctx: CueContext, h: Hit): boolean {
  const toks = ctx.doc.tokens;
  let scoped = false;
  for (let i = h.from; i < h.to; i++) {
    if (toks[i].neg) return false; // the phrase carries its own negation ("not happy", "nobody answered")
    if (toks[i].negated) scoped = true;
  }
  if (!scoped) return false;
  // Find the negators of this clause; one that is inside another phrase ("can't believe",
  // «دستتون درد نکنه») is part of that phrase, not a negation of this hit.
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].neg || !inClause(toks, i, h.from)) continue;
    if (toks[i].fa ? !(i >= h.to || toks[i].key === 'نه' || toks[i].key.startsWith('هیچ')) : i > h.from) continue;
    // «از سرویسی که هیچوقت کار نمی‌کنه خسته شدم»: a verb between an earlier negator and the words ends its reach.
    if (toks[i].fa && i < h.from && verbBetween(toks, i + 1, h.from)) continue;
    // «حرصم گرفته که کسی بهم نگفت»: a negative verb after «که» belongs to the clause «که» opens.
    if (toks[i].fa && i >= h.to && toks.slice(h.to, i).some((x) => x.key === 'که')) continue;
    // A condition's negation leaves what follows it alone ("if it isn't fixed I'm cancelling"); a Persian
    // verb-final one still covers the condition's own words («اگه ازش متنفر نشم»).
    if (conditional(toks, i) && (!toks[i].fa || i < h.from)) continue;
    // «اعصابم خورد میشه، نمیتونم تمومش کنم»: a verb between the words and the negative verb ends the negation's reach.
    if (toks[i].fa && i >= h.to && toks.slice(h.to, i).some((x) => x.verb && !x.neg)) continue;
    // «واقعاً عصبانی‌ام و دیگه نمی‌دونم چیکار کنم», «کارشون افتضاحه و کسی جواب نمیده»: a predicate closed by its verb or copula,
    // then «و» / «ولی» / «اما», opens a new clause: the later negative verb is that clause's (never «عصبانی و ناراحت نیستم»).
    if (toks[i].fa && i >= h.to && faPredicateJoined(ctx.doc.text, toks, h.to, i)) continue;
    const owned = ctx.hits.some((o) => o !== h && !o.category.startsWith('mod.') && o.from <= i && i < o.to && o.to - o.from > 1);
    if (!owned) return true;
  }
  return false;
}

const FA_JOIN = new Set(['و', 'ولی', 'اما', 'بعدشم', 'تازه']);
const FA_COPULA = new Set(['ام', 'ایم', 'اید', 'اند', 'است', 'هست', 'هستم', 'هستیم', 'هستید', 'هستند', 'بود', 'بودم', 'بودیم', 'بودند', 'شد', 'شدم', 'شدیم', 'شده', 'شدهام', 'ست']);
/** A copula or personal ending joined to the word by a ZWNJ («عصبانی‌ام», «مسخره‌ست», «خسته‌م»; never a bare «ـه»: «خسته و …»). */
const FA_ENDING = /\u200c(?:ام|ایم|اید|اند|ست|م|یم)$/;

/**
 * Whether a «و» / «ولی» / «اما» in tokens [from, neg) follows a closed predicate (a verb, a copula, a word with its copula
 * ending as written) at or after the words' last token `from - 1`.
 */
function faPredicateJoined(text: string, toks: readonly ToneToken[], from: number, neg: number): boolean {
  for (let k = from; k < neg; k++) {
    if (!FA_JOIN.has(toks[k].key)) continue;
    const p = toks[k - 1];
    if (p && (p.verb || FA_COPULA.has(p.key) || FA_ENDING.test(text.slice(p.start, p.end)))) return true;
  }
  return false;
}

/** Whether a Persian verb lies in tokens [from, to). */
function verbBetween(toks: readonly ToneToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].verb) return true;
  return false;
}

/** A modifier hit just before `h` in the same clause (within `reach` tokens). */
function modifierBefore(ctx: CueContext, h: Hit, category: string, reach: number): Hit | undefined {
  const toks = ctx.doc.tokens;
  for (const m of ctx.hits) {
    // Weight 0 marks a phrase that only blocks a shorter one ("this kind of" is no hedge).
    if (m.category !== category || m.weight <= 0 || m.to > h.from || h.from - m.to > reach) continue;
    if (inClause(toks, m.from, h.from)) return m;
  }
  return undefined;
}

/** Words that open the corrected half of "not X, just Y". */
const CORRECTION = new Set(['just', 'only', 'but', 'فقط', 'بلکه', 'ولی', 'اما']);

function isCaps(text: string): boolean {
  return text.length >= 3 && /[A-Z]{2}/.test(text) && text === text.toUpperCase();
}

/** isCaps(text.slice(start, end)) without the slice for ASCII words (no lower-case letter, two capitals in a row). */
function isCapsAt(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  let pair = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return isCaps(text.slice(start, end));
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90 && i > start) {
      const p = text.charCodeAt(i - 1);
      if (p >= 65 && p <= 90) pair = true;
    }
  }
  return pair;
}

/**
 * Sums the weights of `hits` with the shared modifiers. Intensifiers join the evidence span
 * ("really upset"); hedges and "not X, just Y" lower; negation cancels (or, for `flip`
 * categories, is what makes the hit count).
 */
export function weigh(ctx: CueContext, hits: readonly Hit[], opts: WeighOptions): Weighed {
  const toks = ctx.doc.tokens;
  let score = 0;
  const evidence: Evidence[] = [];
  const cancelled: Hit[] = [];
  const quoted = opts.skipQuoted ? quotedSpans(ctx.doc.text) : NO_QUOTES;
  // An indexed loop: for…of made an iterator and a result object per hit wherever this ran unoptimised (measured: a
  // quarter of a kilobyte per message).
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    // Weight 0 marks a phrase that only blocks a shorter one ("effective immediately" is no hurry).
    if (h.weight <= 0) continue;
    if (quoted.some((q) => q.start <= h.start && h.end <= q.end)) continue;
    const neg = !opts.keepNegated && negatedHit(ctx, h);
    const flips = opts.flip?.includes(h.category) ?? false;
    if (neg !== flips) {
      if (neg) cancelled.push(h);
      continue;
    }
    let w = h.weight;
    let start = h.start;
    if (!opts.plain) {
      const amp = modifierBefore(ctx, h, MOD.intensifier, 1);
      if (amp) {
        w *= 1.35;
        start = amp.start;
      }
      if (modifierBefore(ctx, h, MOD.hedge, 3)) w *= opts.hedgeFree?.includes(h.category) ? 0.85 : 0.4;
      if (isCapsAt(ctx.doc.text, h.start, h.end)) w *= 1.3;
      // "not angry, just confused": the clause after a cancelled feeling, opened by just/only/فقط.
      let first = h.from;
      while (first > 0 && toks[first - 1].clause === toks[h.from].clause) first--;
      const corrected = CORRECTION.has(toks[first].key) && cancelled.some((c) => toks[c.from].sentence === toks[h.from].sentence);
      if (corrected && !(opts.correctionKeeps !== undefined && h.weight >= opts.correctionKeeps)) w *= 0.3;
    }
    score += w;
    evidence.push(ctx.ev({ start, end: h.end }, opts.why[h.category]));
  }
  return { score, evidence, cancelled };
}

/**
 * One to three words in quotes: "…", “…”, '…', ‘…’, «…» (an apostrophe inside a word is not a quote); a double-quoted
 * one may hold a number («پشتیبانی ۲۴ ساعته», "24/7 support").
 */
const IRONIC_QUOTES = /["“«]([\p{L}\p{N}\u200c/-]+(?: [\p{L}\p{N}\u200c/-]+){0,2})["”»]|(?<![\p{L}\p{N}])['‘]([\p{L}-]+(?: [\p{L}-]+)?)['’](?![\p{L}\p{N}])/gu;

const NO_QUOTES: readonly { start: number; end: number }[] = [];
let quotedText = '';
let quoted: readonly { start: number; end: number }[] = NO_QUOTES;

/**
 * Whether IRONIC_QUOTES may match: a double quote anywhere, or a single one that follows no ASCII
 * letter or digit (the apostrophe of "I'm" or "don't" opens no quote; one after a non-ASCII letter is still tried).
 */
function mayHoldQuotes(text: string): boolean {
  return MAY_QUOTE.test(text);
}
/** mayHoldQuotes as one expression scan: " “ « anywhere, or ' ‘ at the start or after anything but an ASCII letter or digit. */
const MAY_QUOTE = /["\u201c\u00ab]|(?:^|[^0-9A-Za-z])['\u2018]/;

/** Spans of `text` in ironic quotes (the quotes included); the last text's answer is kept (two cues ask). */
export function quotedSpans(text: string): readonly { start: number; end: number }[] {
  if (text === quotedText) return quoted;
  const out: { start: number; end: number }[] = [];
  if (mayHoldQuotes(text)) for (const m of text.matchAll(IRONIC_QUOTES)) out.push({ start: m.index, end: m.index + m[0].length });
  quotedText = text;
  quoted = out.length ? out : NO_QUOTES;
  return quoted;
}

/**
 * The empty answer, shared: a plain array, not a frozen one (for…of over a frozen array took V8's generic iteration in
 * the cues' loops, an iterator and a result object per loop: 1.7 KB a message, measured). Readonly in its type: nothing
 * writes to a hitsIn answer.
 */
const NO_HITS: readonly Hit[] = [];
let indexedHits: readonly Hit[] | null = null;
/** The message's hits grouped by category, made on the first ask for a category some hit has (null: not yet). */
let byCategory: Map<string, Hit[]> | null = null;

/**
 * Hits of the latest words whose category is one of `cats`, in text order. Cues ask this some thirty
 * times per message, mostly for a category no hit has (a tweet has some five hits): that answer is a
 * look along the hits (category names are constants, compared by identity first), and the hits are grouped
 * by category once per message only when some asked category is there (the last message's grouping is
 * kept). The list is shared, not a copy (no array made per call): read it, never change it.
 */
export function hitsIn(ctx: CueContext, cats: readonly string[]): readonly Hit[] {
  const hits = ctx.hits;
  if (hits !== indexedHits) {
    byCategory = null;
    indexedHits = hits;
  }
  if (cats.length !== 1) {
    // Most messages have none of the asked categories: then no array is made.
    let out: Hit[] | null = null;
    for (let i = 0; i < hits.length; i++) if (cats.includes(hits[i].category)) (out ??= []).push(hits[i]);
    return out ?? NO_HITS;
  }
  const cat = cats[0];
  if (byCategory === null) {
    // A long message's hits are grouped at once (a look along them per ask would cost more).
    if (hits.length <= 16) {
      let i = 0;
      while (i < hits.length && hits[i].category !== cat) i++;
      if (i === hits.length) return NO_HITS;
    }
    byCategory = new Map();
    for (const h of hits) {
      const list = byCategory.get(h.category);
      if (list) list.push(h);
      else byCategory.set(h.category, [h]);
    }
  }
  return byCategory.get(cat) ?? NO_HITS;
}

/** Whether any hit of `cats` lies in the same sentence as token index i. */
export function sentenceHas(ctx: CueContext, i: number, cats: readonly string[]): Hit | undefined {
  const s = ctx.doc.tokens[i].sentence;
  return ctx.hits.find((h) => cats.includes(h.category) && ctx.doc.tokens[h.from].sentence === s);
}

/** Probability-like 0..1 reading of a score against its threshold (exactly 0.5 at the threshold). */
/**
 * The words of a whole-token alternation written `/^(?:a|b|c)$/`, as a set: a per-token test becomes one lookup, and the set
 * is made from the expression itself, so the two cannot drift apart. Only for that exact form (no nested groups or escapes).
 */
export function wordSet(re: RegExp): ReadonlySet<string> {
  return new Set(re.source.slice(4, -2).split('|'));
}

export const squash = (score: number, threshold: number) => (score <= 0 ? 0 : score / (score + threshold));
