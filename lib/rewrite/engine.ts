/**
 * The positive-language rewrite engine: finds phrases from the enabled packs in the agent's draft
 * and proposes replacements, with offsets into the original draft.
 *
 * Cost: the draft is cut into sentences, each sentence (or each run of one script in a mixed
 * sentence) into a unit stream (stream.ts), and each pack's trie is walked from every word start.
 * A walk is deterministic except at slots, which branch at most MAX_SLOT_WORDS ways, at most
 * MAX_SLOTS_PER_PATTERN times, over words of at most MAX_SLOT_WORD_LENGTH units; (node, position)
 * states already explored from the same start are not explored again, and every start has a hard
 * step budget. So the work per draft position is bounded by constants and the whole scan is linear
 * in the draft, whatever the pack contains.
 *
 * A rule's `unless` patterns live in the same trie as exception terms, so they are found by the
 * same walk at no extra pass; afterwards each candidate of such a rule is dropped when one of that
 * rule's exception spans overlaps it (sorted spans + binary search, no rescans of the draft), and
 * only then are non-overlapping suggestions chosen.
 */
import { analyzeSentenceTokens, CLAUSE_FILLERS, fitFaReplacements, isTimeUnit, SUBORDINATORS, timeKind, TRANSPARENT_ADVERBS, type Token } from '../nlp/index.ts';
import { detectLanguage, sentences, words, type DetectedLang } from '../text/index.ts';
import { MAX_END_SLOT_WORDS, MAX_REST_SLOT_WORDS, MAX_SLOT_WORD_LENGTH, MAX_SLOT_WORDS } from '../packs/limits.ts';
import { SEVERITY_RANK, type PackLanguage, type PhrasePack, type RuleCategory, type RuleKind, type Severity } from '../packs/schema.ts';
import type { SlotMode } from '../packs/pattern.ts';
import { settingsPackId } from '../packs/parts.ts';
import { overlapsAny } from '../text/quotes.ts';
import { childAt, compilePack, packLanguages, LEMMA_SPECS, type CompiledPack, type LemmaSpec, type TrieNode } from './compile.ts';
import { addJargonCoTerms } from './jargon36.ts';
import { addJargonLoneTerms } from './jargon37.ts';
import { orderBesideSanctionEn } from './order-sanction.en.ts';
import { addApologyAloneEn } from './apology-alone.en.ts';
import { addJargonHoldEn } from './jargon39.en.ts';
import { explainGeneric, GENERIC_LANGUAGES, GENERIC_PACK_ID, genericSeverity, readGeneric, readJargonMixed, type GenericHit } from './generic/index.ts';
import { fitArticle, renderReplacement } from './render.ts';
import { guardEnglish } from './guard.ts';
import { adviceReasons, sentenceTemplatesEn } from './template16.en.ts';
import { apologyHeadEn } from './apology-head.en.ts';
import { appliedSeams21 } from './applied21.ts';
import { seams29En } from './seams29.en.ts';
import { seams30En } from './seams30.en.ts';
import { asAdvice } from './advice.ts';
import { LEARNT_CATEGORY, type LearntHit } from './learnt/model.ts';
import { negEnModel, readNegEnWith } from './learnt/neg.en.ts';
import { negFaModel, readNegFaWith } from './learnt/neg.fa.ts';
import { openerComma } from './redirect-blank.alt7.ts';
import { protectiveReason } from './protective.en.ts';
import { neutralReason } from './neutral15.en.ts';
import { relativeClauseReason } from './relative.en.ts';
import { acknowledgedReason } from './acknowledged.en.ts';
import { reassureReason } from './reassure.en.ts';
import { candourRewritesEn } from './candour.en.ts';
import { candourRewritesFa } from './candour.fa20.ts';
import { reminderRewritesEn } from './remind19.rewrite.en.ts';
import { guardPersian } from './guard.fa.ts';
import { draftUnits, guardPersianWindowed } from './guard.fa.window.ts';
import { faCostNotThing, faNoLimit } from './neutral19.fa.ts';
import { faNeutral20 } from './neutral20.fa.ts';
import { faNeutral21 } from './neutral21.fa.ts';
import { faNeutral25p } from './neutral25p.fa.ts';
import { faNeutral26p } from './neutral26p.fa.ts';
import { faNeutral27 } from './neutral27.fa.ts';
import { faNeutral27b } from './neutral27b.fa.ts';
import { withRefusalTemplates } from './template16.fa.ts';
import { repeatLeadRewritesFa } from './repeat-lead.fa18.ts';
import { apologyThanksFa } from './apology-thanks.fa18.ts';
import { blameAgentFa } from './blame-agent.fa18.ts';
import { blamePassiveFa } from './blame-passive.fa22.ts';
import { mustPleaseFa } from './must-please.fa22.ts';
import { trustRewritesFa } from './trust27.fa.ts';
import { trust27bFa } from './trust27b.fa.ts';
import { trust28Fa } from './trust28.fa.ts';
import { faNeutral30, wrong30Fa } from './wrong30.fa.ts';
import { faNeutral31, wrong31Fa } from './wrong31.fa.ts';
import { harm34 } from './harm34.ts';
import { faNeutral32, wrong32Fa } from './wrong32.fa.ts';
import { faNeutral33 } from './neutral33.fa.ts';
import { faFix30 } from './fix30.fa.ts';
import { withFinglishReading } from './finglish31.ts';
import { separatorBetween, wordCharIn } from './stretch.ts';
import { fitEnglishStyle } from './style.ts';
import { attachTokens, buildStream, buildTokenStream, CLS_GAP, CLS_STOP, CLS_SYM, isArabicLetterCode, isLatinLetterCode, type Stream } from './stream.ts';

export interface Suggestion {
  ruleId: string;
  packId: string;
  /**
   * rewrite: the replacements keep the meaning (no new facts or promises); template: each
   * replacement holds a blank `___` for the agent to fill (select the first blank after inserting);
   * advice: no text change, `replacements` is empty.
   */
  kind: RuleKind;
  /** Offsets into the original draft, end exclusive. */
  start: number;
  end: number;
  /** draft.slice(start, end) */
  original: string;
  /**
   * The words the rule matched, for highlighting. [start, end) can be wider: a deletion also takes
   * the space after it and the next letter (to capitalise it).
   */
  flagged: { start: number; end: number };
  /** Ready-to-insert texts for [start, end): slots filled, capitalised for their place. */
  replacements: string[];
  explanation: string;
  category: RuleCategory;
  severity: Severity;
  language: PackLanguage;
}

export interface SuggestOptions {
  /** `packId/ruleId` keys the agent silenced. */
  silenced?: ReadonlySet<string>;
  disabledPacks?: ReadonlySet<string>;
  minSeverity?: Severity;
  /**
   * Ranges of the draft that are not the agent's words (quoted customer text), [start, end) each:
   * no suggestion overlaps them, and their sentences are not read.
   */
  exclude?: ReadonlyArray<readonly [number, number]>;
  /**
   * Reuse what earlier calls found in unchanged sentences (default true): a keystroke re-scans only
   * the sentence it changed. false scans everything (benches measure a full analysis that way).
   */
  cache?: boolean;
  /** Filled with the work this call did (for tests and benches). */
  stats?: ScanStats;
  /**
   * Add the generic readers' advice (default true): constructions of negative phrasing no pack rule
   * matched in that clause (pack GENERIC_PACK_ID; off too when that id is in `disabledPacks`).
   * Checks of a pack's own rules turn it off.
   */
  generic?: boolean;
  /** Language of the generic advice's explanations (default: the sentence's language). */
  uiLang?: 'en' | 'fa';
  /**
   * Add the learnt readers' advice (lib/rewrite/learnt/neg.fa.ts, neg.en.ts) over negative words no rule flagged, as the
   * last stage for whole Persian and English sentences (default LEARNT_DEFAULT, LEARNT_DEFAULT_EN; never without the
   * generic readers). Each language's weights load on first use (loadNegFaModel, loadNegEnModel: dynamic imports): a
   * call before they have loaded reads without them.
   */
  learnt?: boolean;
}

/** Whether the learnt Persian reader runs when a call does not say (on since the twenty-ninth session: lib/rewrite/README.md, "learnt readers on"). */
export const LEARNT_DEFAULT = true;
/** Whether the learnt English reader runs when a call does not say (on since mlen29: lib/rewrite/README.md). */
export const LEARNT_DEFAULT_EN = true;

/** The learnt readers per language (lib/rewrite/learnt/): a sentence's negative spans, read over its tokens. */
const LEARNT_READERS: Partial<Record<PackLanguage, { on: boolean; read: (text: string, toks: readonly Token[]) => LearntHit[] | undefined }>> = {
  // Undefined while a language's weights load (a region read then is read again once they are in).
  fa: { on: LEARNT_DEFAULT, read: (text, toks) => { const m = negFaModel(); return m ? readNegFaWith(m, text, toks) : undefined; } },
  en: { on: LEARNT_DEFAULT_EN, read: (text, toks) => { const m = negEnModel(); return m ? readNegEnWith(m, text, toks) : undefined; } },
};

export { loadLearntModels } from './learnt/load.ts';

/** Work counters of one suggestRewrites call. */
export interface ScanStats {
  /** Trie steps over the whole draft (each bounded per start by MAX_STEPS_PER_START). */
  steps: number;
  /** Pattern matches found before filtering. */
  candidates: number;
  /** `unless` matches found. */
  exceptions: number;
  /** Candidates dropped because an `unless` match of their rule overlapped them. */
  vetoed: number;
  /** Sentences read from the per-sentence cache instead of being scanned again (optional). */
  cached?: number;
}

/** Intensifying adverbs read past in a row inside one match ("we really, truly, honestly can't" is three). */
const MAX_ADVERB_SKIPS = 3;

/** Safety net on top of the structural bounds: trie steps explored from one draft position. */
export const MAX_STEPS_PER_START = 20_000;

/** What a match holds besides its span: read from the tokens it covers. */
interface MatchInfo {
  /** A negation is among the matched words. */
  neg: boolean;
  /** An epistemic modal ("must have") is among them: a command rule does not apply. */
  epistemic: boolean;
  /** Tokens matched by the pattern's <lemma> elements, in order. */
  lemmaToks: Token[];
  lemmas: string[];
  /** The first Persian verb matched (for person agreement). */
  faVerb: Token | null;
}

interface Candidate {
  pack: number;
  rule: number;
  start: number;
  end: number;
  /** Original offsets of each slot capture, in path order, with the names. */
  caps: number[];
  names: string[];
  severity: number;
  sentenceStart: number;
  language: PackLanguage;
  info: MatchInfo;
  /**
   * (perf34) Whether the match's quote marks pair up (quotesBalanced), read once when its sentence is scanned: the test
   * reads only the match's own characters, so the cached sentence's answer holds wherever the sentence stands in a draft.
   */
  quotesOk?: boolean;
}

/** A match of an `unless` pattern: vetoes candidates of the same pack and rule that overlap it. */
interface Exception {
  pack: number;
  rule: number;
  start: number;
  end: number;
}

let scanToken = 0;

interface ScanCtx {
  s: Stream;
  compiled: CompiledPack;
  packNo: number;
  lang: PackLanguage;
  out: Candidate[];
  exc: Exception[];
  caps: number[];
  lemToks: number[];
  memo: Set<number>;
  /** Scratch for the ends of an end slot (used and emptied before any recursion). */
  ends: number[];
  steps: number;
  totalSteps: number;
  startUnit: number;
  /** The trie root of the pack being scanned (adverbs are read past only after a pattern's first element). */
  root: TrieNode | null;
  /** Adverbs read past on the current path: at most MAX_ADVERB_SKIPS in a row, so the recursion stays shallow. */
  skips: number;
  /** The unit just past the last adverb read past: no pattern ends there ("KYC[ check|]" must not take "still"). */
  skipTarget: number;
  /** The walk started inside a written word: only `unless` patterns may match from here. */
  exceptionsOnly: boolean;
  token: number;
}

/**
 * Key of a (trie node, unit) state explored from the current start. The unit is taken relative to
 * the start (a walk reaches at most a few thousand units), so keys stay small integers and the
 * memo never boxes numbers whatever the draft's length; a farther unit gets a key of its own kind.
 */
const MEMO_REACH = 1 << 14;
function memoKey(ctx: ScanCtx, node: TrieNode, unit: number): number {
  const off = unit - ctx.startUnit;
  return off >= 0 && off < MEMO_REACH ? node.id * MEMO_REACH + off : -1 - (node.id * (ctx.s.n + 2) + unit);
}

/** Drop the last slot capture (two numbers); pop() avoids setting the array's length. */
function popCaps(ctx: ScanCtx): void {
  ctx.caps.pop();
  ctx.caps.pop();
}

/** End offset of a match ending before unit `endUnit` (a trailing GAP is not part of it). */
function endOffset(s: Stream, endUnit: number): number {
  let e = endUnit - 1;
  if (e > 0 && s.cls[e] === CLS_GAP) e--;
  return s.end[e];
}

function matchInfo(ctx: ScanCtx, endUnit: number, lemmas: string[]): MatchInfo {
  const s = ctx.s;
  let neg = false;
  let epistemic = false;
  let faVerb: Token | null = null;
  for (let u = ctx.startUnit; u < endUnit; u++) {
    const k = s.tok[u];
    if (k < 0) continue;
    const t = s.toks[k];
    if (t.neg) neg = true;
    if (t.epistemic) epistemic = true;
    if (!faVerb && t.fa) faVerb = t;
  }
  return { neg, epistemic, faVerb, lemmas, lemmaToks: ctx.lemToks.map((k) => s.toks[k]) };
}

/** Report every term at `node` (first match per term per start). */
function report(ctx: ScanCtx, node: TrieNode, endUnit: number): void {
  const terms = node.terms;
  if (!terms) return;
  const { s } = ctx;
  for (const term of terms) {
    if (term.seen === ctx.token) {
      // An exception keeps its widest span from this start (slots may end it later).
      if (term.unless && term.last >= 0) {
        const x = ctx.exc[term.last];
        const end = endOffset(s, endUnit);
        if (end > x.end) x.end = end;
      }
      continue;
    }
    if (ctx.exceptionsOnly && !term.unless) continue;
    term.seen = ctx.token;
    term.last = -1;
    if (term.unless) {
      term.last = ctx.exc.length;
      ctx.exc.push({ pack: ctx.packNo, rule: term.rule, start: s.start[ctx.startUnit], end: endOffset(s, endUnit) });
      continue;
    }
    const cr = ctx.compiled.rules[term.rule];
    const caps: number[] = [];
    for (let k = 0; k < ctx.caps.length; k += 2) caps.push(s.start[ctx.caps[k]], endOffset(s, ctx.caps[k + 1]));
    ctx.out.push({
      pack: ctx.packNo,
      rule: term.rule,
      start: s.start[ctx.startUnit],
      end: endOffset(s, cr.keepsMatch ? sentenceRest(s, endUnit) : endUnit),
      caps,
      names: term.slots,
      severity: cr.severity,
      sentenceStart: 0,
      language: ctx.lang,
      info: matchInfo(ctx, endUnit, term.lemmas),
    });
  }
}

const skipGap = (s: Stream, i: number) => (i < s.n && s.cls[i] === CLS_GAP ? i + 1 : i);

/**
 * Ends of a slot starting at unit `i` (after an optional gap) that takes 1, 2, ... words: stops at
 * sentence punctuation, at the region's end, before an over-long word, or after `max` words.
 */
function slotEnds(s: Stream, i: number, max: number, ends: number[]): void {
  ends.length = 0;
  i = skipGap(s, i);
  if (i >= s.n || s.bnd[i] !== 1 || s.cls[i] === CLS_STOP) return;
  let p = i;
  for (let k = 0; k < max; k++) {
    let q = p + 1;
    while (q < s.n && s.bnd[q] !== 1) q++;
    if (q - p > MAX_SLOT_WORD_LENGTH) return;
    ends.push(q);
    p = skipGap(s, q);
    if (p >= s.n || s.cls[p] === CLS_STOP) return;
  }
}

/** English words opening a contrasting clause, where an end slot stops. */
const CONTRAST_OPENERS = new Set(['but', 'however', 'whereas']);

/** The clause ends at unit i: punctuation, the region's end, or the start of a new clause. */
function atClauseEnd(s: Stream, i: number): boolean {
  if (s.bnd[i] !== 1) return false;
  const u = skipGap(s, i);
  return u >= s.n || s.cls[u] === CLS_STOP || s.cstart[u] === 1;
}

/** Opening quote marks and the marks that close them: « », “ ”, „ “ (or ”). */
const OPEN_QUOTES = new Map<number, number>([
  [0xab, 0xbb],
  [0x201c, 0x201d],
  [0x201e, 0x201c],
]);
const CLOSE_QUOTES = new Set([0xbb, 0x201d]);
const STRAIGHT_QUOTE = 0x22;

/** 1 when unit p opens a quotation, 2 when it closes one, else 0. A straight " opens after a space. */
function quoteAt(s: Stream, p: number): 0 | 1 | 2 {
  if (s.cls[p] !== CLS_SYM) return 0;
  const c = s.code[p];
  if (c === STRAIGHT_QUOTE) return p === 0 || s.end[p - 1] < s.start[p] ? 1 : 2;
  return OPEN_QUOTES.has(c) ? 1 : CLOSE_QUOTES.has(c) ? 2 : 0;
}

/** The unit after the mark that closes the quotation opened at unit p, or -1 (none in this sentence). */
function quoteClose(s: Stream, p: number): number {
  const open = s.code[p];
  const close = open === STRAIGHT_QUOTE ? STRAIGHT_QUOTE : OPEN_QUOTES.get(open)!;
  const limit = Math.min(s.n, p + MAX_QUOTE_UNITS);
  for (let u = p + 1; u < limit; u++) {
    const c = s.code[u];
    if (c === close || (open !== STRAIGHT_QUOTE && c === STRAIGHT_QUOTE) || (open === 0x201e && c === 0x201d)) return u + 1;
  }
  return -1;
}
/** A quotation a {x...} slot takes whole is at most this many units long. */
const MAX_QUOTE_UNITS = 400;

/**
 * Where a {x...} slot's clause ends: at punctuation, the region's end, or a new clause, except a
 * subordinate one ("once it's been opened", "because it shipped", «وقتی ارسال شد»): that stays in
 * the slot, so a template that rewrites the refused part ("Rather than {action}, we can ___") keeps
 * the refusal's condition with it instead of moving it onto the offer.
 */
function atRestEnd(s: Stream, q: number): boolean {
  if (!atClauseEnd(s, q)) return false;
  const u = skipGap(s, q);
  if (u >= s.n || s.cls[u] === CLS_STOP) return true;
  const k = s.tok[u];
  return !(k >= 0 && SUBORDINATORS.has(s.toks[k].norm));
}

/**
 * End of a {x...} slot from unit i: the words up to the clause end (atRestEnd), or -1 (none, or
 * too many). A quotation that opens inside the slot is taken whole; a closing quote mark (of a
 * quotation the match started in) ends the slot before it, so a rewrite never eats it.
 */
// `afterJoin`: i starts a clause of its own (after a comma), which does not end the slot before it starts.
function restEnd(s: Stream, i: number, afterJoin = false): number {
  let p = skipGap(s, i);
  if (p >= s.n || s.bnd[p] !== 1 || s.cls[p] === CLS_STOP || (s.cstart[p] && !afterJoin)) return -1;
  let last = -1;
  for (let k = 0; k < MAX_REST_SLOT_WORDS; k++) {
    const quote = quoteAt(s, p);
    let q: number;
    if (quote === 2) return last;
    if (quote === 1) {
      q = quoteClose(s, p);
      if (q < 0) return last;
    } else {
      q = p + 1;
      while (q < s.n && s.bnd[q] !== 1) q++;
      if (q - p > MAX_SLOT_WORD_LENGTH) return -1;
    }
    if (atRestEnd(s, q)) return last >= 0 && trailingFiller(s, p) ? last : q;
    last = q;
    p = skipGap(s, q);
    if (p >= s.n) return last;
  }
  return -1;
}

/** Commas and semicolons, Latin and Arabic: the rest of a sentence reads on past them. */
const CLAUSE_JOINS = new Set([0x2c, 0x3b, 0x60c, 0x61b]);

/**
 * Words that open a clause the rest of a sentence (sentenceRest) stops before: contrast (the
 * agent's own offer follows) and a request to the customer («باید …», «لطفاً …»), which another
 * rule may rewrite.
 */
const REST_STOPPERS = new Set(['but', 'however', 'instead', 'please', 'اما', 'ولی', 'ولیکن', 'ولي', 'بجاش', 'درعوض', 'باید', 'لطفا', 'لطفاً']);
/** sentenceRest reads at most this many clauses (each at most MAX_REST_SLOT_WORDS words). */
const MAX_REST_CLAUSES = 4;

/** The last word token before unit e, or undefined. */
function lastWordToken(s: Stream, e: number): Token | undefined {
  for (let u = e - 1; u >= 0; u--) {
    const k = s.tok[u];
    if (k >= 0 && s.toks[k].word) return s.toks[k];
  }
  return undefined;
}
const isFaVerb = (t: Token | undefined) => t?.fa !== undefined && t.fa !== null;
/** A 2nd-person present verb without می (بگیرید، کنید، بفرستین): a request, subjunctive or imperative. */
const isFaRequest = (t: Token | undefined) => !!t?.fa && t.fa.person.person === 2 && t.fa.tense === 'present' && !t.fa.progressive && !t.fa.negative;

/**
 * Where a match that a template keeps whole ({=}) ends once it takes the rest of its sentence
 * along: clause after clause (restEnd), past commas and semicolons, up to the sentence's end or a
 * REST_STOPPERS clause. So «نمیشه ساعت رو عوض کرد؛ پیک راه افتاده» gets its offer after the
 * reason, not between the refusal and its reason.
 */
function sentenceRest(s: Stream, u: number): number {
  let e = u;
  for (let clauses = 0; clauses < MAX_REST_CLAUSES; clauses++) {
    let p = skipGap(s, e);
    if (p >= s.n) return e;
    if (s.cls[p] === CLS_STOP) {
      if (!CLAUSE_JOINS.has(s.code[p])) return e;
      p = skipGap(s, p + 1);
    }
    const k = p < s.n ? s.tok[p] : -1;
    if (k < 0 || REST_STOPPERS.has(s.toks[k].norm)) return e;
    const next = restEnd(s, p, true);
    if (next < 0) return e;
    // «این کار من نیست، با بخش فنی تماس بگیرید»: after a finished clause, a request to the customer
    // (a 2nd-person verb without می) is the agent's next step, not the refusal's reason.
    if (isFaVerb(lastWordToken(s, e)) && isFaRequest(lastWordToken(s, next))) return e;
    e = next;
  }
  return e;
}

/**
 * The word at unit p is a filler tacked onto the clause ("… on a flight ticket sorry", "… lol"),
 * not an object of a verb before it ("say sorry"): the slot ends before it, and it stays after the
 * replacement as the agent wrote it.
 */
function trailingFiller(s: Stream, p: number): boolean {
  const k = s.tok[p];
  if (k <= 0) return false;
  const t = s.toks[k];
  const prev = s.toks[k - 1];
  return t.lang === 'en' && CLAUSE_FILLERS.has(t.norm) && prev.word && !FILLER_TAKERS.has(prev.lemma);
}
/** Verbs that take a filler word as their own object or complement ("say sorry", "feel sorry", "be okay"). */
const FILLER_TAKERS = new Set(['say', 'feel', 'be', 'seem', 'sound', 'look', 'get', 'become', 'stay', 'keep']);

/** Token index range of units [a, b). */
function tokenRange(s: Stream, a: number, b: number): [number, number] {
  const first = s.tok[a];
  let last = first;
  while (last < s.toks.length && s.tokUnit[last] < b) last++;
  return [first, last];
}

function typedOk(s: Stream, mode: SlotMode, a: number, b: number): boolean {
  if (mode !== 'point' && mode !== 'duration' && mode !== 'clause') return true;
  const [first, last] = tokenRange(s, a, b);
  // "until 10 | days": a slot must not cut a length of time in two.
  return first >= 0 && !isTimeUnit(s.toks[last]) && timeKind(s.toks, first, last) === mode;
}

/** Walk a slot of `mode` from unit i into `child` (mid-pattern) or report at `child` (end). */
function walkTypedSlot(ctx: ScanCtx, mode: SlotMode, child: TrieNode, i: number, atEnd: boolean): void {
  const s = ctx.s;
  const first = skipGap(s, i);
  if (mode === 'rest') {
    const e = restEnd(s, i);
    if (e < 0) return;
    ctx.caps.push(first, e);
    if (atEnd) report(ctx, child, e);
    else walk(ctx, child, skipGap(s, e));
    popCaps(ctx);
    return;
  }
  const ends: number[] = [];
  slotEnds(s, i, atEnd ? MAX_END_SLOT_WORDS : MAX_SLOT_WORDS, ends);
  if (atEnd) {
    // An end slot takes all it can, and matches only if that is of the right kind.
    const e = ends[ends.length - 1];
    if (e === undefined || !typedOk(s, mode, first, e)) return;
    ctx.caps.push(first, e);
    report(ctx, child, e);
    popCaps(ctx);
    return;
  }
  for (const e of ends) if (typedOk(s, mode, first, e)) walkSlot(ctx, child, first, e);
}

/** Continue at `child` after a mid-pattern slot that captured units [first, e), once per (node, end). */
function walkSlot(ctx: ScanCtx, child: TrieNode, first: number, e: number): void {
  const s = ctx.s;
  const key = memoKey(ctx, child, e);
  if (ctx.memo.has(key)) return;
  ctx.memo.add(key);
  ctx.caps.push(first, e);
  walk(ctx, child, skipGap(s, e));
  popCaps(ctx);
}

/** Follow a <lemma> or <TAG> edge covering `len` tokens from token k. */
function walkTokens(ctx: ScanCtx, child: TrieNode, k: number, len: number, lemma: boolean): void {
  const s = ctx.s;
  const next = s.tokUnit[Math.min(k + len, s.toks.length)];
  const key = memoKey(ctx, child, next);
  if (ctx.memo.has(key)) return;
  ctx.memo.add(key);
  if (lemma) ctx.lemToks.push(k);
  walk(ctx, child, skipGap(s, next));
  if (lemma) ctx.lemToks.pop();
}

const isNot = (t: Token | undefined) => t !== undefined && t.lang === 'en' && t.norm === 'not';

/** Take the <lemma>, <-lemma>, <+lemma> and <TAG> edges of `node` at token k. */
function walkLemmas(ctx: ScanCtx, node: TrieNode, k: number): void {
  const toks = ctx.s.toks;
  const t = toks[k];
  const lem = node.lem;
  if (lem) {
    const any = lem.any?.get(t.lemma);
    if (any) walkTokens(ctx, any, k, 1, true);
    if (t.lang === 'fa') {
      const pol = (t.neg ? lem.neg : lem.pos)?.get(t.lemma);
      if (pol) walkTokens(ctx, pol, k, 1, true);
    } else {
      const negated = isNot(toks[k + 1]);
      const pol = t.neg ? undefined : (negated ? lem.neg : lem.pos)?.get(t.lemma);
      if (pol) walkTokens(ctx, pol, k, negated ? 2 : 1, true);
      // "am unable to", "is not able to", "won't be able to": the negated idea of "can".
      if (t.lemma === 'be' || t.lemma === 'will') {
        const cannot = lem.neg?.get('can');
        const len = cannot ? cannotLength(toks, k, negated) : 0;
        if (len) walkTokens(ctx, cannot!, k, len, true);
      }
    }
  }
  if (node.lemf && t.fa) {
    for (const [key, child] of node.lemf) if (faVerbFits(t, LEMMA_SPECS.get(key)!)) walkTokens(ctx, child, k, 1, true);
  }
  const pos = node.pos?.get(t.pos);
  if (pos) walkTokens(ctx, pos, k, 1, false);
}

/** A Persian verb token of the spec's lemma, polarity, person, number, register and mood. */
function faVerbFits(t: Token, spec: LemmaSpec): boolean {
  const v = t.fa!;
  if (t.lemma !== spec.lemma) return false;
  if (spec.polarity !== 'any' && t.neg !== (spec.polarity === 'negative')) return false;
  const f = spec.feats;
  if (f.person !== undefined && v.person.person !== f.person) return false;
  if (f.plural !== undefined && v.person.plural !== f.plural) return false;
  if (f.register !== undefined && v.colloquial !== (f.register === 'colloquial')) return false;
  return f.mood !== 'subj' || v.subjunctive;
}

const normAt = (toks: readonly Token[], j: number): string | undefined => (j < toks.length ? toks[j].norm : undefined);

/** Tokens of "be unable to" (3), "be not able to" (4), "will not be able to" (5) from token k, or 0. */
function cannotLength(toks: readonly Token[], k: number, negated: boolean): number {
  const lemma = toks[k].lemma;
  if (lemma === 'be' && normAt(toks, k + 1) === 'unable' && normAt(toks, k + 2) === 'to') return 3;
  if (lemma === 'be' && negated && normAt(toks, k + 2) === 'able' && normAt(toks, k + 3) === 'to') return 4;
  if (lemma === 'will' && negated && normAt(toks, k + 2) === 'be' && normAt(toks, k + 3) === 'able' && normAt(toks, k + 4) === 'to') return 5;
  return 0;
}

/**
 * Could a walk at `node` from unit i do anything? A cheap look at the unit (or token) there, so a
 * slot does not enter a walk, a memo entry and a recursion for each of its ends when nothing can
 * follow (most ends of a slot at the start of a pattern). Errs on the side of yes.
 */
function canEnter(ctx: ScanCtx, node: TrieNode, i: number): boolean {
  if (node.terms || node.end || node.slot || node.endSlot || node.xslot || node.xendSlot) return true;
  const s = ctx.s;
  const u = skipGap(s, i);
  if (u >= s.n) return false;
  if (childAt(node, s.code[u]) !== undefined) return true;
  if (!node.lem && !node.pos && !node.lemf) return false;
  const k = s.tok[u];
  if (k < 0) return false;
  const t = s.toks[k];
  if (node.pos && node.pos.has(t.pos)) return true;
  if (node.lemf && t.fa) return true;
  const lem = node.lem;
  if (!lem) return false;
  if (lem.any?.has(t.lemma) || lem.neg?.has(t.lemma) || lem.pos?.has(t.lemma)) return true;
  return (t.lemma === 'be' || t.lemma === 'will') && lem.neg !== null && lem.neg.has('can');
}

/**
 * A mid-pattern slot of 1..MAX_SLOT_WORDS words from unit i into `child`: the same ends as
 * slotEnds, without an array, and only the ends after which `child` can go on.
 */
function walkWordSlot(ctx: ScanCtx, child: TrieNode, i: number): void {
  const s = ctx.s;
  const first = skipGap(s, i);
  if (first >= s.n || s.bnd[first] !== 1 || s.cls[first] === CLS_STOP) return;
  let p = first;
  for (let k = 0; k < MAX_SLOT_WORDS; k++) {
    let q = p + 1;
    while (q < s.n && s.bnd[q] !== 1) q++;
    if (q - p > MAX_SLOT_WORD_LENGTH) return;
    if (canEnter(ctx, child, q)) walkSlot(ctx, child, first, q);
    p = skipGap(s, q);
    if (p >= s.n || s.cls[p] === CLS_STOP) return;
  }
}

/**
 * Mid-pattern, before a word or <lemma> element: an English intensifying adverb at unit i
 * ("we really can't", "you clearly didn't") is read past, once per (node, unit) like any branch.
 */
function skipAdverb(ctx: ScanCtx, node: TrieNode, i: number): void {
  const s = ctx.s;
  const u = skipGap(s, i);
  if (u >= s.n || s.bnd[u] !== 1) return;
  const k = s.tok[u];
  if (k < 0 || k + 1 >= s.toks.length) return;
  const t = s.toks[k];
  if (t.lang !== 'en' || !TRANSPARENT_ADVERBS.has(t.norm)) return;
  const after = s.tokUnit[k + 1];
  if (s.bnd[after] !== 1) return;
  // Land where this walk would have stood had the adverb not been there: on the gap or past it.
  const target = i === u ? skipGap(s, after) : after;
  const key = memoKey(ctx, node, target);
  if (ctx.memo.has(key)) return;
  ctx.memo.add(key);
  ctx.skips++;
  const outer = ctx.skipTarget;
  ctx.skipTarget = target;
  walk(ctx, node, target);
  ctx.skipTarget = outer;
  ctx.skips--;
}

function walk(ctx: ScanCtx, node: TrieNode, i: number): void {
  const s = ctx.s;
  for (;;) {
    if (++ctx.steps > MAX_STEPS_PER_START) return;
    // Inside a written word a node with only `next` edges does nothing but step on (every test below is false there).
    if (node.plain && s.bnd[i] !== 1) {
      if (i >= s.n) return;
      const child = childAt(node, s.code[i]);
      if (!child) return;
      node = child;
      i++;
      continue;
    }
    if (node !== ctx.root && (node.n1 || node.next || node.lem || node.lemf) && s.bnd[i] === 1 && ctx.skips < MAX_ADVERB_SKIPS) skipAdverb(ctx, node, i);
    // An adverb is read past only on the way to a word of the pattern, never as the match's last word.
    if (node.terms && s.bnd[i] === 1 && i !== ctx.skipTarget) report(ctx, node, i);
    if (node.end && atClauseEnd(s, i)) {
      const key = memoKey(ctx, node.end, i);
      if (!ctx.memo.has(key)) {
        ctx.memo.add(key);
        walk(ctx, node.end, i);
      }
    }
    if (node.lem || node.pos || node.lemf) {
      const u = skipGap(s, i);
      if (u < s.n && s.bnd[i] && s.tok[u] >= 0) walkLemmas(ctx, node, s.tok[u]);
    }
    if (node.slot) walkWordSlot(ctx, node.slot, i);
    if (node.endSlot?.terms) {
      // An end slot takes all it can (report never walks on, so the scratch array is safe here).
      const ends = ctx.ends;
      slotEnds(s, i, MAX_END_SLOT_WORDS, ends);
      // Nor past an English "but / however / whereas" opening a clause of its own: "I don't know when it will ship but the
      // team is on it" keeps "but the team is on it" out of the slot (a template would put its blank after the agent's next
      // clause).
      for (let k = 0; k < ends.length - 1; k++) {
        const u = skipGap(s, ends[k]);
        const t = u < s.n && s.tok[u] >= 0 ? s.toks[s.tok[u]] : undefined;
        if (t && t.lang === 'en' && s.cstart[u] === 1 && CONTRAST_OPENERS.has(t.norm)) {
          ends.length = k + 1;
          break;
        }
      }
      if (ends.length) {
        ctx.caps.push(skipGap(s, i), ends[ends.length - 1]);
        report(ctx, node.endSlot, ends[ends.length - 1]);
        popCaps(ctx);
      }
    }
    if (node.xslot) for (const [mode, child] of node.xslot) walkTypedSlot(ctx, mode, child, i, false);
    if (node.xendSlot) for (const [mode, child] of node.xendSlot) if (child.terms) walkTypedSlot(ctx, mode, child, i, true);
    if (i >= s.n) return;
    const child = childAt(node, s.code[i]);
    if (!child) return;
    node = child;
    i++;
  }
}

function scanStream(ctx: ScanCtx, root: TrieNode): void {
  const s = ctx.s;
  ctx.root = root;
  const leadingAny = root.slot !== null || root.endSlot !== null || root.xslot !== null || root.xendSlot !== null || root.lem !== null || root.lemf !== null || root.pos !== null || root.end !== null;
  const { bnd, cls, code } = s;
  for (let i = 0; i < s.n; i++) {
    if (bnd[i] === 0 || cls[i] === CLS_GAP) continue;
    // Fast path: most word starts cannot begin any pattern.
    if (!leadingAny && childAt(root, code[i]) === undefined) continue;
    // Inside a written word ("we|'re unable to", "I|'m not able to") only an `unless` pattern may
    // start: it vetoes a match that overlaps it, and "<-can> do anything" must see the "'re" of
    // "we're unable to do anything". A suggestion never starts there.
    ctx.exceptionsOnly = bnd[i] === 2;
    if (ctx.exceptionsOnly && s.tok[i] < 0) continue;
    ctx.startUnit = i;
    ctx.token = ++scanToken;
    ctx.steps = 0;
    if (ctx.memo.size) ctx.memo.clear();
    walk(ctx, root, i);
    ctx.totalSteps += ctx.steps;
  }
}

/**
 * (rwfa24) The Latin runs of a Persian sentence that open with an English stance word: an adverb in «-ly» or a lead's
 * first word ("tbh", "to be honest", "no offence", "with all due respect", "for the last time", "as per", "needless to say",
 * "in all honesty", "truth be told"). A cheap gate before the English packs are compiled or read for a Persian draft.
 * Offsets into the sentence; the run ends at the first Persian letter.
 */
const LATIN_LEAD = /(?<![A-Za-z0-9@._/-])(?:[a-z]+ly|[A-Z][a-z]+ly|tbh|TBH|[Tt]o be|[Nn]o offen[cs]e|[Ww]ith (?:all )?due|[Ff]or the (?:last|final|hundredth|third) time|[Aa]s per|[Nn]eedless|[Ii]n all honesty|[Tt]ruth be told|[Aa]las)(?![A-Za-z0-9@./_-])/g;
function latinLeads(text: string): Array<[number, number]> {
  let latin = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      latin = true;
      break;
    }
  }
  if (!latin) return [];
  const out: Array<[number, number]> = [];
  LATIN_LEAD.lastIndex = 0;
  for (let m = LATIN_LEAD.exec(text); m; m = LATIN_LEAD.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && !isArabicLetterCode(text.charCodeAt(end))) end++;
    if (out.length && out[out.length - 1][1] > m.index) continue;
    out.push([m.index, end]);
    LATIN_LEAD.lastIndex = end;
  }
  return out;
}

/** Regions of one script inside a mixed sentence: maximal runs without the other script's letters. */
function scriptRuns(text: string, base: number, lang: PackLanguage): { start: number; end: number }[] {
  const foreign = lang === 'en' ? isArabicLetterCode : isLatinLetterCode;
  const own = lang === 'en' ? isLatinLetterCode : isArabicLetterCode;
  const out: { start: number; end: number }[] = [];
  let a = 0;
  let hasOwn = false;
  const flush = (b: number) => {
    if (hasOwn) out.push({ start: base + a, end: base + b });
    hasOwn = false;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (foreign(c)) {
      flush(k);
      a = k + 1;
    } else if (own(c)) hasOwn = true;
  }
  flush(text.length);
  return out;
}

/**
 * detectLanguage from lib/text, with an exact fast path for the common sentences: only ASCII,
 * Arabic-script characters, ZWNJ and general punctuation (then there are no "other" letters and
 * the counts are simple). Anything else goes to detectLanguage itself. A test keeps the two equal.
 */
export function sentenceLanguage(text: string): DetectedLang {
  let arabic = 0;
  let latin = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
    else if (!((c >= 0x2000 && c <= 0x206f) || c === 0xa0)) return detectLanguage(text);
  }
  const total = arabic + latin;
  if (total === 0) return 'other';
  const minor = Math.min(arabic, latin);
  if (minor >= 4 && minor / total >= 0.25) return 'mixed';
  return arabic > latin ? 'fa' : 'en';
}

const rankCmp = (a: Candidate, b: Candidate) =>
  b.end - b.start - (a.end - a.start) || b.severity - a.severity || a.pack - b.pack || a.rule - b.rule || a.start - b.start;

/**
 * Candidates minus those overlapped by an exception of their own pack and rule. Per rule, the
 * exceptions are sorted by start with a running maximum of their ends; a candidate [a, b) is
 * overlapped iff some exception starting before b ends after a, one binary search.
 * O((candidates + exceptions) log exceptions).
 */
function dropExcepted(out: Candidate[], exc: Exception[]): Candidate[] {
  exc.sort((x, y) => x.start - y.start);
  // (rspeed42) Keyed by one number (pack and rule indexes are small non-negative integers), not a string per candidate.
  const byRule = new Map<number, { starts: number[]; maxEnd: number[] }>();
  for (const x of exc) {
    const key = x.pack * 2 ** 32 + x.rule;
    let g = byRule.get(key);
    if (!g) byRule.set(key, (g = { starts: [], maxEnd: [] }));
    const prev = g.maxEnd.length ? g.maxEnd[g.maxEnd.length - 1] : -1;
    g.starts.push(x.start);
    g.maxEnd.push(Math.max(prev, x.end));
  }
  return out.filter((c) => {
    const g = byRule.get(c.pack * 2 ** 32 + c.rule);
    if (!g) return true;
    // Last exception with start < c.end.
    let lo = 0;
    let hi = g.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (g.starts[mid] < c.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && g.maxEnd[lo - 1] > c.start);
  });
}

// ---- per-sentence cache ------------------------------------------------------------------------

/** What one region (a sentence, or one script's run in a mixed sentence) yields; offsets relative to it. */
interface RegionResult {
  cands: Candidate[];
  exc: Exception[];
  steps: number;
  /** Clause spans [start, end) as pairs, flattened (a generic hit gives way to a pack match in its clauses). */
  clauses: number[];
  /** The generic reader's hits, once read (only when a call asked for them). */
  generic?: GenericHit[];
  /** The learnt reader's spans, once read (whole sentences of a language with a reader, only when a call asked for them). */
  learnt?: LearntHit[];
}

/** A generic hit placed in the draft, with the clauses it touches. */
interface GenericCandidate {
  hit: GenericHit;
  start: number;
  end: number;
  clauseStart: number;
  clauseEnd: number;
  language: PackLanguage;
  /** The learnt readers' spans: `learnt-<category>` (their rule id and silencing key) instead of the construction. */
  ruleId?: string;
}

/**
 * Sentences remembered per set of packs; a keystroke re-scans only the sentence it changed. Bounded by count and by
 * characters: a result holds offsets and tokens' worth of candidates in proportion to its text, and a few 100 KB drafts
 * without full stops (pasted logs) filled 4,000 entries with ~120 MB (measured by the seventeenth session's speed round).
 */
const MAX_CACHED_REGIONS = 4000;
const MAX_CACHED_CHARS = 400_000;
const regionCache = new Map<string, { regions: Map<string, RegionResult>; chars: number }>();
const packIds = new WeakMap<CompiledPack, number>();
let nextPackId = 1;

function packSetKey(compiled: readonly CompiledPack[]): string {
  let key = '';
  for (const c of compiled) {
    let id = packIds.get(c);
    if (id === undefined) packIds.set(c, (id = nextPackId++));
    key += `${id},`;
  }
  return key;
}

/**
 * The pack scan and the generic reader of one region. `tokensOut`, when given, receives the region's tokens: the learnt
 * readers read them after every sentence of the draft is scanned (suggestRewrites), one sentence after another.
 */
function scanRegion(text: string, lang: PackLanguage, compiled: readonly CompiledPack[], withGeneric: boolean, tokensOut?: { toks?: readonly Token[] }): RegionResult {
  const toks = analyzeSentenceTokens(text);
  if (tokensOut) tokensOut.toks = toks;
  let s: Stream;
  if (lang === 'en') s = buildTokenStream(toks, true);
  else {
    s = buildStream(text, 0, true);
    attachTokens(s, toks);
  }
  const cands: Candidate[] = [];
  const exc: Exception[] = [];
  const ctx: ScanCtx = { s, compiled: compiled[0], packNo: 0, lang, out: cands, exc, caps: [], lemToks: [], memo: new Set(), ends: [], root: null, skips: 0, skipTarget: -1, exceptionsOnly: false, steps: 0, totalSteps: 0, startUnit: 0, token: 0 };
  for (let packNo = 0; packNo < compiled.length; packNo++) {
    const root = compiled[packNo].tries[lang];
    if (!root) continue;
    ctx.compiled = compiled[packNo];
    ctx.packNo = packNo;
    scanStream(ctx, root);
  }
  for (const c of cands) if (c.end <= text.length) c.quotesOk = quotesBalanced(text, c.start, c.end);
  // The generic reader gets the tokens just read rather than analysing the sentence a second time.
  return { cands, exc, steps: ctx.totalSteps, clauses: clauseSpans(toks), generic: withGeneric ? readGeneric(lang, text, toks) : undefined };
}

/**
 * Clause spans of a sentence's tokens, flattened pairs (tokens of one clause are contiguous). A
 * clause starts after its opening conjunction: "I'm sorry but" flagged by a pack does not reach
 * into "but there is no possibility of a refund".
 */
function clauseSpans(toks: readonly Token[]): number[] {
  const out: number[] = [];
  let clause = -1;
  let open = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.clause !== clause) {
      clause = t.clause;
      open = false;
      if (t.pos === 'CONJ' && k + 1 < toks.length && toks[k + 1].clause === clause) continue;
    }
    if (!open) {
      out.push(t.start, t.end);
      open = true;
    } else out[out.length - 1] = t.end;
  }
  return out;
}

/** The union of the clauses that [a, b) touches (relative offsets), as [start, end]. */
function clauseRange(clauses: readonly number[], a: number, b: number): [number, number] {
  let lo = a;
  let hi = b;
  for (let k = 0; k < clauses.length; k += 2) {
    if (clauses[k + 1] > a && clauses[k] < b) {
      if (clauses[k] < lo) lo = clauses[k];
      if (clauses[k + 1] > hi) hi = clauses[k + 1];
    }
  }
  return [lo, hi];
}

/** Suggestions for `draft`, sorted by position, never overlapping. Never throws on odd input. */
export function suggestRewrites(draft: string, packs: readonly PhrasePack[], options: SuggestOptions = {}): Suggestion[] {
  lastSplit = undefined;
  const list = suggestRewritesCore(draft, packs, options);
  // (finglish31) Persian typed in Latin letters is also read by the Persian readers, on its spelling in Persian letters.
  if (typeof draft !== 'string' || options.generic === false || options.disabledPacks?.has(GENERIC_PACK_ID)) return list;
  // (perf34) The draft's sentences as the analysis just split them (sentences() is pure of the text), read only.
  const last = lastSplit as { draft: string; split: ReturnType<typeof sentences> } | undefined;
  const split = last !== undefined && last.draft === draft ? last.split : undefined;
  return withFinglishReading(draft, list, (text) => suggestRewritesCore(text, packs, { ...options, exclude: undefined, stats: undefined }), options, split);
}

/** (perf34) The last split suggestRewritesCore made, for withFinglishReading (set anew by every call). */
let lastSplit: { draft: string; split: ReturnType<typeof sentences> } | undefined;

function suggestRewritesCore(draft: string, packs: readonly PhrasePack[], options: SuggestOptions): Suggestion[] {
  const stats = options.stats;
  if (stats) stats.steps = stats.candidates = stats.exceptions = stats.vetoed = 0;
  if (stats) stats.cached = 0;
  if (typeof draft !== 'string' || draft === '' || !packs?.length) return [];
  // A part of a built-in pack (lib/packs/parts.ts) is switched with the pack it belongs to.
  const enabled: PhrasePack[] = [];
  for (const p of packs) if (p && !options.disabledPacks?.has(settingsPackId(p.id))) enabled.push(p);
  const langs = new Set<PackLanguage>();
  for (const p of enabled) for (const l of packLanguages(p)) langs.add(l);
  const genericOn = options.generic !== false && !options.disabledPacks?.has(GENERIC_PACK_ID);
  const genericLangs = new Set<PackLanguage>(genericOn ? GENERIC_LANGUAGES : []);
  for (const l of genericLangs) langs.add(l);
  if (!langs.size) return [];
  const exclude = (options.exclude ?? []).filter((r) => Array.isArray(r) && r[1] > r[0]);
  // The sentences read, with their language, before any pack is compiled: a pack is compiled (once per pack object,
  // compilePack) only when the draft has a sentence in one of its languages, so an English reply never builds the
  // Persian pack's tries (a third of a second on a 2-core machine, at the panel's first suggestion) and vice versa.
  const read: { start: number; end: number; text: string; lang: DetectedLang }[] = [];
  const present = new Set<PackLanguage>();
  const split = sentences(draft);
  lastSplit = { draft, split };
  for (const sent of split) {
    // A sentence entirely inside quoted text is not the agent's: not read at all.
    if (exclude.some(([a, b]) => a <= sent.start && sent.end <= b)) continue;
    const lang = sentenceLanguage(sent.text);
    read.push({ start: sent.start, end: sent.end, text: sent.text, lang });
    if (lang === 'en' || lang === 'fa') present.add(lang);
    else if (lang === 'mixed') for (const l of langs) present.add(l);
    if (lang === 'fa' && langs.has('en') && latinLeads(sent.text).length) present.add('en');
  }
  const compiled: CompiledPack[] = [];
  for (const p of enabled) {
    for (const l of packLanguages(p)) {
      if (present.has(l)) {
        compiled.push(compilePack(p));
        break;
      }
    }
  }
  const minRank = SEVERITY_RANK[options.minSeverity ?? 'hint'] ?? 0;
  const silenced = options.silenced;
  const ruleOk = (pack: number, rule: number) => {
    const cr = compiled[pack].rules[rule];
    return cr.severity >= minRank && !(silenced && silenced.size && silenced.has(cr.key));
  };

  /** Words of rule matches the agent silenced (the learnt readers leave them alone too). */
  const silencedAt: Array<[number, number]> = [];

  const useCache = options.cache !== false;
  const setKey = packSetKey(compiled);
  let cached = regionCache.get(setKey);
  if (!cached) regionCache.set(setKey, (cached = { regions: new Map(), chars: 0 }));
  const cache = cached.regions;
  const out: Candidate[] = [];
  const exc: Exception[] = [];
  const generic: GenericCandidate[] = [];
  let steps = 0;
  // The learnt readers' spans of whole sentences, placed in the draft (read with the pack scan).
  const learntOn = (lang: PackLanguage) => genericOn && !!LEARNT_READERS[lang] && (options.learnt ?? LEARNT_READERS[lang]!.on);
  const learnt: GenericCandidate[] = [];
  const learntStarts: number[] = [];
  // (mlfast29) The whole sentences the learnt readers read, read after the scan loop one after another: the readers'
  // weight tables stay in the processor's cache from one sentence to the next instead of being fetched again after each
  // sentence's pack scan and generic readers (measured: most of the reader's cost in the engine was that).
  const toRead: { r: RegionResult; text: string; toks: readonly Token[] | undefined; start: number; sentenceStart: number; lang: PackLanguage }[] = [];
  const tokensOut: { toks?: readonly Token[] } = {};
  const scan = (start: number, end: number, lang: PackLanguage, sentenceStart: number, whole = false) => {
    if (!langs.has(lang) || end <= start) return;
    const text = draft.slice(start, end);
    const key = `${lang}\u0000${text}`;
    let r = useCache ? cache.get(key) : undefined;
    tokensOut.toks = undefined;
    if (r) {
      if (stats) stats.cached!++;
    } else {
      r = scanRegion(text, lang, compiled, genericLangs.has(lang), tokensOut);
      if (useCache) {
        if (cache.size >= MAX_CACHED_REGIONS || cached.chars + text.length > MAX_CACHED_CHARS) {
          cache.clear();
          cached.chars = 0;
        }
        cache.set(key, r);
        cached.chars += text.length;
      }
    }
    steps += r.steps;
    if (whole && learntOn(lang)) toRead.push({ r, text, toks: tokensOut.toks, start, sentenceStart, lang });
    if (genericLangs.has(lang)) {
      // Read with the pack scan; a sentence cached by a call without generic advice reads it now.
      if (!r.generic) r.generic = readGeneric(lang, text);
      for (const hit of r.generic) {
        const [ca, cb] = clauseRange(r.clauses, hit.start, hit.end);
        // A hit that starts on the second half of a written word the language layer split ("Were unable" read as "we're"):
        // the flag starts with the word ("Were unable to add", not "re unable to add").
        let hs = hit.start;
        if (lang === 'en') while (hs > 0 && /[A-Za-z]/.test(text[hs - 1]) && /[A-Za-z]/.test(text[hs])) hs--;
        generic.push({ hit, start: hs + start, end: hit.end + start, clauseStart: ca + start, clauseEnd: cb + start, language: lang });
      }
    }
    for (const c of r.cands) {
      if (!ruleOk(c.pack, c.rule)) {
        // (mlen29) Where the agent silenced a rule, the learnt reader does not say the same of its words.
        if (silenced?.size && silenced.has(compiled[c.pack].rules[c.rule].key)) silencedAt.push([c.start + start, c.end + start]);
        continue;
      }
      out.push({ ...c, start: c.start + start, end: c.end + start, caps: c.caps.map((x) => x + start), sentenceStart });
    }
    for (const x of r.exc) if (ruleOk(x.pack, x.rule)) exc.push({ ...x, start: x.start + start, end: x.end + start });
  };
  // (rwfa24) An English stance lead typed in Latin letters inside a Persian sentence («hi unfortunately پارچه …», «honestly
  // بسته سالانه …»): the English rules whose every replacement deletes their words (a lead, a stance adverb) read the
  // sentence's Latin runs; their deletion is right in either language. Other English rules need the English sentence.
  const scanLatinLeads = (sentText: string, sentStart: number) => {
    if (!langs.has('en')) return;
    for (const [a, b] of latinLeads(sentText)) {
      const text = sentText.slice(a, b);
      // Cached like a sentence (a keystroke reads the unchanged sentences' runs from the cache), under a key of its own.
      const key = `lead\u0000${text}`;
      let r = useCache ? cache.get(key) : undefined;
      if (!r) {
        r = scanRegion(text, 'en', compiled, false);
        if (useCache && cache.size < MAX_CACHED_REGIONS) cache.set(key, r);
      }
      const deletes = (pack: number, rule: number) => ruleOk(pack, rule) && compiled[pack].rules[rule].replacements.length > 0 && compiled[pack].rules[rule].replacements.every((pieces) => pieces.every((p) => typeof p === 'string' && p.trim() === ''));
      for (const c of r.cands) if (deletes(c.pack, c.rule)) out.push({ ...c, start: c.start + sentStart + a, end: c.end + sentStart + a, caps: c.caps.map((x) => x + sentStart + a), sentenceStart: sentStart });
      for (const x of r.exc) if (deletes(x.pack, x.rule)) exc.push({ ...x, start: x.start + sentStart + a, end: x.end + sentStart + a });
    }
  };
  for (const sent of read) {
    const lang = sent.lang;
    if (lang === 'fa') {
      scan(sent.start, sent.end, lang, sent.start, true);
      if (present.has('en')) scanLatinLeads(sent.text, sent.start);
    } else if (lang === 'en') scan(sent.start, sent.end, lang, sent.start, true);
    else if (lang === 'mixed') {
      for (const l of langs) for (const r of scriptRuns(sent.text, sent.start, l)) scan(r.start, r.end, l, sent.start);
      // A Persian sentence with many Latin words: its English loanwords and acronyms are read with the Persian around them.
      if (genericLangs.has('fa')) for (const hit of readJargonMixed(sent.text)) generic.push({ hit, start: hit.start + sent.start, end: hit.end + sent.start, clauseStart: hit.start + sent.start, clauseEnd: hit.end + sent.start, language: 'fa' });
    }
  }
  for (const { r, text, toks, start, sentenceStart, lang } of toRead) {
    // A sentence read before (the region cache) keeps its spans; one cached by a call without the learnt reader, or
    // while its weights were loading, reads them now.
    if (!r.learnt) r.learnt = LEARNT_READERS[lang]!.read(text, toks ?? analyzeSentenceTokens(text));
    // Read as a generic construction of the category it predicts, in its clause, so the language's neutral filters
    // and the clause's pack suggestions judge it as they judge the generic readers' advice (addGenericAdvice).
    for (const h of r.learnt ?? []) {
      const m = LEARNT_CATEGORY[h.category];
      const [ca, cb] = clauseRange(r.clauses, h.start, h.end);
      const hit = { start: h.start, end: h.end, category: m?.category ?? 'negative-words', construction: m?.construction ?? 'learnt-negative' } satisfies GenericHit;
      learnt.push({ hit, start: h.start + start, end: h.end + start, clauseStart: ca + start, clauseEnd: cb + start, language: lang, ruleId: `learnt-${h.category}` });
      learntStarts.push(sentenceStart);
    }
  }
  // Epistemic "must have" is a conclusion, not an instruction; quoted text is never flagged.
  // A match never holds half a quotation: a rewrite must not eat a quote mark it does not give back.
  // A template that keeps the refusal and adds an offer ({=}، ولی ___) is not offered when the agent
  // already wrote the offer after it («…، ولی می‌تونیم …»).
  // An English match that is no refusal at all (a charge delayed, a rule that protects or gives, a restriction lifted) is dropped.
  const usable = out.filter((c) => !(c.info.epistemic && compiled[c.pack].rules[c.rule].rule.category === 'commands') && !(exclude.length && overlapsAny(exclude, c.start, c.end)) && (c.quotesOk ?? quotesBalanced(draft, c.start, c.end)) && !(compiled[c.pack].rules[c.rule].keepsMatch && OFFER_FOLLOWS.test(draft.slice(c.end, c.end + 24))) && !(c.language === 'en' && (protectiveReason(draft, c, compiled[c.pack].rules[c.rule].rule.category) || neutralReason(draft, c, compiled[c.pack].rules[c.rule].rule.category) || relativeClauseReason(draft, c, compiled[c.pack].rules[c.rule].rule.category) || acknowledgedReason(draft, c, compiled[c.pack].rules[c.rule].rule.category) || reassureReason(draft, c))));
  let kept = usable;
  if (exc.length && usable.length) kept = dropExcepted(usable, exc);
  if (stats) {
    stats.steps = steps;
    stats.candidates = out.length;
    stats.exceptions = exc.length;
    stats.vetoed = usable.length - kept.length;
  }
  const fromPacks = kept.length ? choosePackSuggestions(draft, compiled, kept, exclude, split, options.uiLang, useCache) : [];
  // English refusals left as advice: a blank sentence after the refusal where the agent gave no way forward
  // (template16.en.ts). A Persian refusal read as advice becomes a template that keeps it and adds «… کاری که می‌تونم بکنم
  // اینه که ___» where that reads right (template16.fa.ts); that one is the built-in reading's, like the generic advice: off
  // with the generic readers (a pack's own check runs each rule alone, as its author wrote it).
  if (!genericOn) return sentenceTemplatesEn(draft, fromPacks, exclude, split);
  const packsOnce = oneJargonPerTerm(fromPacks);
  const withAdvice = generic.length ? addGenericAdvice(draft, packsOnce, generic, { exclude, minRank, silenced, uiLang: options.uiLang }) : packsOnce;
  // In draft order whatever a pass did: a template a pass makes advice moves to its flagged words (asAdvice), which can lie
  // before the suggestion ahead of it (a refusal's blank sits at its sentence's end). A stable sort: equal starts keep
  // their order.
  const done = AFTER_READERS.reduce((list, pass) => pass(draft, list), sentenceTemplatesEn(draft, withAdvice, exclude, split)).sort((a, b) => a.start - b.start || a.end - b.end);
  // (jargon36) The other terms of a sentence that already holds jargon, whichever reader flagged it (jargon36.ts).
  // (jargon37) Before it, a lone internal status label read by its frame (jargon37.ts), so its sentence's other terms are read too.
  const coTerms = (list: Suggestion[]) => {
    const o = { exclude, silenced, uiLang: options.uiLang };
    // (en39) Last, an apology standing alone as its sentence beside news that owes nothing (apology-alone.en.ts): it reads
    // every other suggestion's span as taken, learnt ones included.
    // (en39) A payment hold named in a word customers do not write, read before the co-terms too (jargon39.en.ts).
    return addApologyAloneEn(draft, addJargonCoTerms(draft, addJargonHoldEn(draft, addJargonLoneTerms(draft, list, split, o), split, o), split, o), split, o);
  };
  if (!learnt.length) return coTerms(done);
  // (mlen29) A silenced generic construction's words are the agent's choice too: the learnt readers say nothing over them.
  if (silenced?.size) for (const g of generic) if (silenced.has(`${GENERIC_PACK_ID}/${g.ruleId ?? g.hit.construction}`)) silencedAt.push([g.start, g.end]);
  const learntKept = silencedAt.length ? learnt.filter((g) => !overlapsAny(silencedAt, g.start, g.end)) : learnt;
  // (perf33) A set, not `learntKept.includes` per span: a run-on's thousands of spans made that quadratic.
  const keptSet = learntKept === learnt ? undefined : new Set(learntKept);
  return coTerms(learntKept.length ? addLearntAdvice(draft, done, learntKept, keptSet ? learntStarts.filter((_, k) => keptSet.has(learnt[k])) : learntStarts, { exclude, minRank, silenced, uiLang: options.uiLang }) : done);
}

/**
 * What reads the whole list after the packs and the generic readers, in order: each pass takes the draft and the list and
 * returns the list (a refusal's template, Persian repeat leads, thanks for an apology, blame of the agent, candour
 * openers in both languages, a pointed reminder, an apology heading the reply).
 */
const AFTER_READERS: readonly ((draft: string, list: Suggestion[]) => Suggestion[])[] = [
  withRefusalTemplates,
  repeatLeadRewritesFa,
  apologyThanksFa,
  blameAgentFa,
  blamePassiveFa,
  mustPleaseFa,
  trustRewritesFa,
  trust27bFa,
  trust28Fa,
  candourRewritesEn,
  candourRewritesFa,
  reminderRewritesEn,
  apologyHeadEn,
  // rwen29: a repeated apology thanked for whole, a should-have with more after it, a blank before a restated rule, a hedge
  // before a recommendation (seams29.en.ts).
  seams29En,
  // rwen30: an intensified apology cut mid-phrase, a time floor made "from", a policy phrase's tail, a blank where it cannot
  // stand, an empathy line before good news (seams30.en.ts).
  seams30En,
  appliedSeams21,
  // wrongfa30: late29's wrong Persian alternatives by kind, read last (wrong30.fa.ts).
  wrong30Fa,
  // rwfa31: late30's wrong Persian alternatives by kind (wrong31.fa.ts).
  wrong31Fa,
  // rwfa32: a blame passive that is not Persian (wrong32.fa.ts).
  wrong32Fa,
  // harm34: an offer blank where the draft already gives the way forward, both languages (harm34.ts).
  harm34,
  // en38: a bare order right before the sanction that enforces it, read across the sentence break (order-sanction.en.ts).
  orderBesideSanctionEn,
];

/** One jargon suggestion per term per draft (the first): the same internal word said twice is one thing to explain. */
function oneJargonPerTerm(list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.category === 'jargon')) return list;
  const seen = new Set<string>();
  return list.filter((s) => {
    if (s.category !== 'jargon') return true;
    const term = s.original.trim().toLowerCase();
    if (seen.has(term)) return false;
    seen.add(term);
    return true;
  });
}

/** The first offset from start (before end) that is not punctuation or a space: where a flagged span's words begin. */
function wordStart(draft: string, start: number, end: number): number {
  let k = start;
  while (k < end && /[\s,;:.!?\u060C\u061B]/.test(draft[k])) k++;
  return k;
}

/** Pack categories that frame a sentence rather than say its refusal («متأسفانه», «ببخشید», «لازم به ذکر است»). */
const FRAME_CATEGORIES: ReadonlySet<string> = new Set(['negative-words', 'over-apology', 'jargon']);

/**
 * A comma or a conjunction between a Persian pack match and a generic hit: two statements, each with its own flag
 * (stretch.ts: the expression, read from an index of the draft where the stretch between is long).
 */
function faSeparated(draft: string, flagged: { start: number; end: number }, g: { start: number; end: number }): boolean {
  const a = Math.min(flagged.end, g.end);
  const b = Math.max(flagged.start, g.start);
  return b > a && separatorBetween(draft, a, b);
}

/** Generic hits as advice: only where no pack suggestion touches the same clause, and none in quoted text. */
/**
 * Whether `test` holds for one of the suggestions of `list` that may touch [lo, hi): each one's reach is its span and its
 * flagged words together; only those reaching into the range are tried, found by binary search over the reaches sorted by
 * their start, so a draft with thousands of suggestions (a run-on of refusals) asks about its neighbours only, not about
 * every one. (perffa30) They are tried nearest to `at` first (on both sides in turn), without an array per question: in a
 * run-on whose one clause spans the whole draft the answer is mostly a neighbour's, and trying from the clause's far end
 * made each question read every suggestion of the draft (quadratic). `test` is pure, so the order changes no answer.
 */
function nearIndex(list: readonly Suggestion[]): (lo: number, hi: number, at: number, test: (s: Suggestion) => boolean) => boolean {
  if (list.length < 32) return (_lo, _hi, _at, test) => list.some(test);
  const byLo = list.map((s) => ({ s, lo: Math.min(s.start, s.flagged.start), hi: Math.max(s.end, s.flagged.end) })).sort((a, b) => a.lo - b.lo);
  const longest = byLo.reduce((m, x) => Math.max(m, x.hi - x.lo), 0);
  /** The first reach that starts at x or later. */
  const firstFrom = (x: number, end: number) => {
    let a = 0;
    let b = end;
    while (a < b) {
      const m = (a + b) >> 1;
      if (byLo[m].lo < x) a = m + 1;
      else b = m;
    }
    return a;
  };
  return (lo, hi, at, test) => {
    // None from the first reach starting at hi or later can reach into [lo, hi); none starting at or before
    // lo - longest - 1 reaches past lo.
    const a = firstFrom(hi, byLo.length);
    const mid = firstFrom(Math.min(Math.max(at, lo), hi), a);
    let right = mid;
    let left = mid - 1;
    const floor = lo - longest - 1;
    while (right < a || (left >= 0 && byLo[left].lo > floor)) {
      if (right < a) {
        const x = byLo[right++];
        if (x.hi > lo && test(x.s)) return true;
      }
      if (left >= 0 && byLo[left].lo > floor) {
        const x = byLo[left--];
        if (x.hi > lo && test(x.s)) return true;
      }
    }
    return false;
  };
}

/**
 * (ml33) Per language: whether a learnt span in a clause a rule's suggestion already flagged, over other words, is shown
 * when a clause break the layer does not mark lies between them (a second negative phrase of its own). On for Persian
 * (the folds: +2 items, no span elsewhere), off for English (+2 items for 2 wrong spans): lib/rewrite/README.md, ml33;
 * scripts/learnt-cv.ts --second-span / --no-second-span.
 */
export const LEARNT_SECOND_SPAN: Record<PackLanguage, boolean> = { en: false, fa: true };
/**
 * (ml33) A clause break the language layer does not mark between a rule's flagged words and a learnt span: an emoji
 * or emoticon («بازم میگم 🙂 پیام قبلیمو بخون»), or a conjunction that opens a clause (so, or, but; «و، ولی، اما»).
 */
const UNMARKED_BREAK = /\p{Extended_Pictographic}|[:;]-?[()DPp]|(?:^|[\s\u200c])(?:so|or|but|و|ولی|اما)(?=[\s\u200c])/iu;
export function unmarkedBreak(draft: string, flagged: { start: number; end: number }, g: { start: number; end: number }): boolean {
  return gapHolds(UNMARKED_BREAK, draft, flagged, g);
}

/** Whether the text between two spans that do not overlap holds a match of `re` (false when they touch or overlap). */
function gapHolds(re: RegExp, draft: string, x: { start: number; end: number }, y: { start: number; end: number }): boolean {
  const a = Math.min(x.end, y.end);
  const b = Math.max(x.start, y.start);
  return b > a && re.test(draft.slice(a, b));
}

/**
 * (rwen36) English constructions that are a thing of their own beside a pack suggestion in their clause: a closing "no
 * exceptions" after an order ("You need to bring your passport, no exceptions"; only a policy suggestion hides it), and the
 * machine named as the reason before the refusal a pack flags after it ("the computer says … so i cant reset …": only a
 * suggestion that starts before the machine's words hides it). The generic readers' hits only: a learnt span keeps the
 * clause rule (lib/rewrite/README.md, rwen36).
 */
function ownFrameEn(construction: string, category: string, g: { start: number; end: number }, s: Suggestion): boolean {
  if (construction === 'no-exceptions') return s.category !== category;
  if (construction === 'system-blocks') return s.flagged.start >= g.end;
  return false;
}

/**
 * (en40) A spaced dash between a pack suggestion's words and an English generic hit: a clause break the language layer does
 * not mark, so the hit is a second thing said ("I'll see what I can do … - fingers crossed!", "… isn't us - log it with
 * them"). The generic readers' hits only (a learnt span keeps the clause rule, LEARNT_SECOND_SPAN). It can add advice only
 * to a sentence a pack rule already flagged.
 */
const SPACED_DASH = /\s[-–—]\s/;
export function dashBetweenEn(draft: string, flagged: { start: number; end: number }, g: { start: number; end: number }): boolean {
  return gapHolds(SPACED_DASH, draft, flagged, g);
}

/**
 * The learnt readers as the engine's last stage: their spans go through the generic readers' advice chain (the
 * language's neutral filters with the category it predicts; a suggestion over its words or of its category in its clause
 * hides it), then a Persian span through the Persian guard (guard.fa.ts: a promise of never, a rule cited for a right, a
 * first-person apology, ...), which drops what it would drop of a rule's suggestion. Advice only: it never writes an
 * alternative.
 */
function addLearntAdvice(
  draft: string,
  done: Suggestion[],
  learnt: readonly GenericCandidate[],
  sentenceStarts: readonly number[],
  o: { exclude: ReadonlyArray<readonly [number, number]>; minRank: number; silenced: ReadonlySet<string> | undefined; uiLang: 'en' | 'fa' | undefined },
): Suggestion[] {
  const list = addGenericAdvice(draft, done, learnt, o);
  if (list === done) return done;
  const before = new Set(done);
  const added = list.filter((s) => !before.has(s) && s.language === 'fa');
  if (!added.length) return list;
  const startOf = new Map(learnt.map((g, k) => [g.start, sentenceStarts[k]]));
  const guarded = guardPersian(draft, added, added.map((s) => startOf.get(s.start) ?? 0), (s) => s, o.uiLang);
  // (mlfa28) An apology in a sentence a rule flagged stays, as the packs leave it: before bad news it is fitting.
  const apologyBeside = (s: Suggestion) => {
    if (s.category !== 'over-apology') return false;
    const a = startOf.get(s.start) ?? 0;
    const m = /[.!?؟\n]/.exec(draft.slice(s.end));
    const b = m ? s.end + m.index + 1 : draft.length;
    return done.some((d) => d.flagged.start >= a && d.flagged.start < b);
  };
  if (guarded.every((g, k) => g !== null && !apologyBeside(added[k]))) return list;
  const drop = new Set(added.filter((s, k) => guarded[k] === null || apologyBeside(s)));
  return list.filter((s) => !drop.has(s));
}

function addGenericAdvice(
  draft: string,
  fromPacks: Suggestion[],
  generic: readonly GenericCandidate[],
  o: { exclude: ReadonlyArray<readonly [number, number]>; minRank: number; silenced: ReadonlySet<string> | undefined; uiLang: 'en' | 'fa' | undefined },
): Suggestion[] {
  const added: Suggestion[] = [];
  // (perf33) Whether an advice already added overlaps [g.start, g.end): `added.some` per hit was quadratic in a run-on.
  // The advice added never overlap one another (each was added only where none overlapped it), so kept in start order
  // their ends are in order too: the first whose end passes g.start has the least start of those that do.
  const byStart: Suggestion[] = [];
  const overlapsAdded = (g: { start: number; end: number }) => {
    let a = 0;
    let b = byStart.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (byStart[m].end > g.start) b = m;
      else a = m + 1;
    }
    return a < byStart.length && byStart[a].start < g.end;
  };
  const near = nearIndex(fromPacks);
  for (const g of generic) {
    const { hit } = g;
    const severity = genericSeverity(hit.category);
    if ((SEVERITY_RANK[severity] ?? 0) < o.minRank) continue;
    const ruleId = g.ruleId ?? hit.construction;
    if (o.silenced?.size && o.silenced.has(`${GENERIC_PACK_ID}/${ruleId}`)) continue;
    if (o.exclude.length && overlapsAny(o.exclude, g.start, g.end)) continue;
    // No refusal at all: a charge delayed, a rule that protects the customer (the reader chose none of these words).
    if (g.language === 'en' && (protectiveReason(draft, { start: g.start, end: g.end, caps: [g.start, g.end], sentenceStart: g.clauseStart }, hit.category) || neutralReason(draft, { start: g.start, end: g.end, sentenceStart: g.clauseStart }, hit.category) || reassureReason(draft, { start: g.start, end: g.end, sentenceStart: g.clauseStart }))) continue;
    // «هیچ هزینه‌ای برای تعویض ندارد»: the cost is what is missing, not the service (neutral19.fa.ts).
    if (g.language === 'fa' && (faCostNotThing(draft, g.clauseStart, g.start, hit.category) || faNoLimit(draft, g.clauseStart, g.start, hit.category) || faNeutral20(draft, g.clauseStart, g.start, g.end, hit.category) || faNeutral21(draft, g.start, g.end, hit.category, hit.construction, g.clauseStart))) continue;
    // (rwfap25) A need spared, a reporting verb over the customer's quote, … (neutral25p.fa.ts).
    if (g.language === 'fa' && (faNeutral25p(draft, g.clauseStart, g.start, g.end, hit.construction) || faNeutral26p(draft, g.clauseStart, g.clauseStart, g.start, g.end, hit.category, hit.construction) || faNeutral27(draft, g.start, g.end, hit.category, hit.construction) || faNeutral27b(draft, g.clauseStart, g.start, g.end, hit.category) || faNeutral30(draft, g.start, g.end, hit.category) || faFix30(draft, g.start, g.end, hit.construction) || faNeutral31(draft, g.start, g.end, hit.category) || faNeutral32(draft, g.start, g.end, hit.category, hit.construction) || faNeutral33(draft, g.start, g.end, hit.category, hit.construction))) continue;
    // The packs said it better where they matched: their suggestion stands alone in its clause.
    // A pack match that only starts on the clause's closing comma (", I'm afraid.") belongs to the next clause. A
    // sentence frame («متأسفانه», «ببخشید», a bureaucratic opener; "I'm afraid", "Unfortunately", "sorry", a jargon
    // word) is a thing of its own: the refusal after it in the same clause ("I'm afraid that's a no on …") still gets
    // its advice unless a pack suggestion touches the refusal's words.
    // A Persian clause often carries two things at once («سیستم قاطی کرده و … از ما کاری ساخته نیست», «راستش …
    // زورمون نمی‌رسه», «سرمون شلوغه و زودتر از آخر هفته نمی‌رسیم»), and Persian clauses run long: there a pack
    // suggestion of another category, or one past a «و»/comma/conjunction, leaves the construction its own advice.
    // An internal term is its own thing whatever else its clause says: only a suggestion over its own words hides it.
    // A rule named as the reason ("As per policy,", "Due to policy reasons") is a frame of its own too: a pack refusal after
    // it in the clause ("we can't reissue the voucher") does not hide it; only a pack suggestion of the policy category does.
    // A pack deletion ("tbh", ", honestly.", "Obviously,") takes a marker off the clause and says nothing of the rest: the
    // construction after it ("its not that serious tbh", "That's nothing to worry about, honestly.") keeps its advice.
    const deletes = (s: Suggestion) => s.kind === 'rewrite' && s.replacements.length > 0 && s.replacements.every((r) => /^[\s.,;:!?]*\p{Lu}?[\s.,;:!?]*$/u.test(r));
    const hides = (s: Suggestion) =>
      hit.category !== 'jargon' &&
      !(g.language === 'en' && deletes(s)) &&
      !(g.language === 'en' && hit.construction === 'policy-shield' && s.category !== 'policy') &&
      !(g.language === 'en' && g.ruleId === undefined && ownFrameEn(hit.construction, hit.category, g, s)) &&
      !(g.language === 'en' && g.ruleId === undefined && dashBetweenEn(draft, s.flagged, g)) &&
      !FRAME_CATEGORIES.has(s.category) && (g.language !== 'fa' || (s.category === hit.category && !faSeparated(draft, s.flagged, g)));
    // A deletion that took the next word's first letter to capitalise it ("I'm afraid t|hat's one for …") shares only that
    // letter with the words after it: no overlap.
    const capitalOnly = (s: Suggestion) => s.end - 1 === g.start && s.flagged.end <= g.start && s.replacements.length > 0 && s.replacements.every((r) => /^\p{Lu}?$/u.test(r));
    // (ml33) LEARNT_SECOND_SPAN: a learnt span beside a rule's suggestion in its clause, over other words, is a second
    // negative phrase of its own (the clause's suggestion does not hide it).
    const second = g.ruleId !== undefined && LEARNT_SECOND_SPAN[g.language];
    if (near(Math.min(g.start, g.clauseStart), Math.max(g.end, g.clauseEnd), g.start, (s) => (s.start < g.end && s.end > g.start && !capitalOnly(s)) || (g.ruleId !== undefined && s.flagged.start < g.end && g.start < s.flagged.end) || (wordStart(draft, s.flagged.start, s.flagged.end) < g.clauseEnd && s.flagged.end > g.clauseStart && hides(s) && !(second && unmarkedBreak(draft, s.flagged, g))))) continue;
    if (overlapsAdded(g)) continue;
    const original = draft.slice(g.start, g.end);
    // One advice per term per draft: the same internal word said twice ("request a PAC … a new PAC") is one thing to explain.
    if (hit.category === 'jargon') {
      const term = original.trim().toLowerCase();
      if ([...fromPacks, ...added].some((s) => s.category === 'jargon' && s.start < g.start && s.original.trim().toLowerCase() === term)) continue;
    }
    const advice: Suggestion = {
      ruleId,
      packId: GENERIC_PACK_ID,
      kind: 'advice',
      start: g.start,
      end: g.end,
      original,
      flagged: { start: g.start, end: g.end },
      replacements: [],
      explanation: explainGeneric(g.language, hit.construction, o.uiLang ?? g.language, original),
      category: hit.category,
      severity,
      language: g.language,
    };
    added.push(advice);
    let at = byStart.length;
    while (at > 0 && (byStart[at - 1].start > advice.start || (byStart[at - 1].start === advice.start && byStart[at - 1].end > advice.end))) at--;
    byStart.splice(at, 0, advice);
  }
  if (!added.length) return fromPacks;
  return [...fromPacks, ...added].sort((a, b) => a.start - b.start);
}

/** The pack candidates that stand: one reading per end, the best non-overlapping ones, as suggestions. */
function choosePackSuggestions(draft: string, compiled: readonly CompiledPack[], kept: readonly Candidate[], exclude: ReadonlyArray<readonly [number, number]>, split: readonly { start: number }[], uiLang?: 'en' | 'fa', useCache = false): Suggestion[] {
  // A pattern reached from several starts with the same end keeps the reading with the fewest
  // slot words ("{who} can't" takes one word, "a {x} b" in "a a a b" the last "a"); among readings
  // with as many slot words, the earliest start, so a leading optional group or <TAG> widens
  // the match ("[so |]sorry" flags "so sorry", not "sorry").
  const latest = new Map<string, Candidate>();
  const slotChars = (c: Candidate) => {
    let n = 0;
    for (let k = 0; k < c.caps.length; k += 2) n += c.caps[k + 1] - c.caps[k];
    return n;
  };
  for (const c of kept) {
    const key = `${c.pack}/${c.rule}/${c.end}`;
    const prev = latest.get(key);
    if (!prev) latest.set(key, c);
    else {
      const d = slotChars(c) - slotChars(prev);
      if (d < 0 || (d === 0 && c.start < prev.start)) latest.set(key, c);
    }
  }
  // Best first: longer match, higher severity, earlier pack and rule; then no overlaps.
  const ranked = [...latest.values()].sort(rankCmp);
  const chosen: Candidate[] = [];
  const taken = new Uint8Array(draft.length + 1);
  for (const c of ranked) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  // Each suggestion may widen over the spaces around it (a deletion takes its space along), so
  // the next one starts from where the previous one really ends; it never widens into quoted text.
  const result: Suggestion[] = [];
  let prevEnd = 0;
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k];
    let lo = prevEnd;
    let hi = k + 1 < chosen.length ? chosen[k + 1].start : draft.length;
    for (const [a, b] of exclude) {
      if (b <= c.start && b > lo) lo = b;
      if (a >= c.end && a < hi) hi = a;
    }
    const s = toSuggestion(draft, compiled[c.pack], c, lo, hi);
    result.push(s);
    prevEnd = s.end;
  }
  // Persian: each suggestion read in its sentence (guard.fa.ts): a promise of never, an exoneration, a rule cited for a
  // right are no flags; «متأسفانه» before real bad news keeps its courtesy (advice, not a deletion).
  if (chosen.some((c) => c.language === 'fa')) {
    const fa: number[] = [];
    for (let k = 0; k < result.length; k++) if (result[k].language === 'fa') fa.push(k);
    // (perf37) Each read on a window of sentences around it, the answers kept per window (guard.fa.window.ts).
    const guardedFa = guardPersianWindowed(draft, fa.map((k) => result[k]), fa.map((k) => chosen[k].sentenceStart), toAdvice, uiLang ?? 'fa', draftUnits(draft, split, useCache), useCache);
    if (guardedFa.some((s, i) => s !== result[fa[i]])) {
      const drop = new Set<number>();
      fa.forEach((k, i) => {
        const g = guardedFa[i];
        if (g) result[k] = g;
        else drop.add(k);
      });
      if (drop.size) {
        const keep = (_: unknown, k: number) => !drop.has(k);
        const r2 = result.filter(keep);
        const c2 = chosen.filter(keep);
        result.splice(0, result.length, ...r2);
        chosen.splice(0, chosen.length, ...c2);
      }
    }
  }
  // English: each alternative read in its sentence as Apply all leaves it; a broken one becomes advice.
  if (!chosen.some((c) => c.language === 'en')) return result;
  const en: number[] = [];
  for (let k = 0; k < result.length; k++) if (result[k].language === 'en') en.push(k);
  const guarded = guardEnglish(draft, en.map((k) => result[k]), en.map((k) => chosen[k].sentenceStart), toAdvice(draft), useCache, uiLang ?? 'en');
  if (guarded.length === en.length && en.length === result.length) return guarded;
  return [...result.filter((s) => s.language !== 'en'), ...guarded].sort((a, b) => a.start - b.start);
}

/** A suggestion kept as advice: the same flag and explanation, no text change. */
const toAdvice = (draft: string) => (s: Suggestion, reason?: string): Suggestion => {
  const a = asAdvice(draft, s);
  if (reason) adviceReasons.set(a, reason);
  return a;
};

/** After a refusal: a clause of contrast, where the agent's own offer already is. */
const OFFER_FOLLOWS = /^\s*[,\u060c]?\s*(?:ولی|اما|ولیکن|ولي|در[\s\u200c]?عوض|به[\s\u200c]?جاش|بجاش|but|however|instead)(?![\p{L}])/iu;

/**
 * Quote marks in draft[start, end) pair up: «», “”, „“ (or „”), straight "" (apostrophes are not
 * quote marks); the pairs are OPEN_QUOTES, the same the {x...} slots read.
 */
export function quotesBalanced(draft: string, start: number, end: number): boolean {
  // The quotations open at k, innermost last.
  const open: number[] = [];
  for (let k = start; k < end; k++) {
    const c = draft.charCodeAt(k);
    const top = open[open.length - 1];
    if (c === STRAIGHT_QUOTE) {
      if (top === STRAIGHT_QUOTE) open.pop();
      else open.push(c);
    } else if (top !== undefined && top !== STRAIGHT_QUOTE && (OPEN_QUOTES.get(top) === c || (top === 0x201e && c === 0x201d))) open.pop();
    else if (OPEN_QUOTES.has(c)) open.push(c);
    else if (CLOSE_QUOTES.has(c)) {
      // A closing mark closes its own opening one (above) or a straight quote; any other is half a quotation.
      if (top !== STRAIGHT_QUOTE) return false;
      open.pop();
    }
  }
  return open.length === 0;
}

// ---- replacements ---------------------------------------------------------------------------------

/** Words that start a clause of their own after a comma: a subject or a determiner. */
const CLAUSE_OPENERS = new Set(['i', "i'm", "i'll", "i've", 'im', 'ill', 'ive', 'you', "you're", 'youre', 'we', "we're", "we'll", "we've", 'were', 'they', "they're", 'he', 'she', 'it', "it's", 'its', 'there', "there's", 'theres', 'this', 'that', "that's", 'thats', 'these', 'those', 'the', 'a', 'an', 'our', 'your', 'my', 'his', 'her', 'their', 'please', 'if', 'so', 'and', 'but']);

/** Question words: a match holding one made its sentence a question. */
const QUESTION_WORDS = /(?:^|[^\p{L}])(?:how|why|what|who|whom|where|which|whose|چرا|چطور|چطوری|چگونه|کجا|چی|چیه|آیا|مگه|مگر)(?=$|[^\p{L}])/iu;

/**
 * Offset of the question mark that ends the matched sentence when the match made it a question
 * (a question word in the matched words) and no replacement asks one (no question word, no "?"),
 * so the replacement's sentence is a statement; -1 otherwise, or when another suggestion (before
 * `hi`) or another sentence comes first.
 */
function statementStop(draft: string, original: string, replacements: readonly string[], end: number, hi: number): number {
  if (!QUESTION_WORDS.test(original)) return -1;
  if (replacements.some((r) => /[?\u061f]/.test(r) || QUESTION_WORDS.test(r))) return -1;
  const m = /[.!?\u061f\n]/.exec(draft.slice(end, Math.min(hi, end + CONTEXT_CHARS)));
  if (!m || (m[0] !== '?' && m[0] !== '\u061f')) return -1;
  return end + m.index;
}

/** The draft sentence starting at `start` that holds offset `at` (up to its end mark or line end). */
function sentenceAround(draft: string, start: number, at: number): string {
  const tail = draft.slice(at, at + CONTEXT_CHARS);
  const m = /[.!?\u061f\n]/.exec(tail);
  return draft.slice(start, at + (m ? m.index : tail.length));
}

/**
 * How much of a sentence around a match a replacement reads (register, spelling habits, a closing
 * question mark): enough for any real sentence, and a 100 KB run-on "sentence" with a thousand
 * matches stays linear instead of every match reading all of it.
 */
const CONTEXT_CHARS = 400;

/** Words after which a clause goes on without a comma ("so basically rather than …", "and while we …"). */
const COMMA_FREE_BEFORE = new Set('and but so or um uh er basically then yeah ok okay right well that which because if when since also just now actually really honestly sadly unfortunately'.split(' '));

/** `lo`/`hi`: the neighbouring suggestions' edges, which a widened span must not cross. */
function toSuggestion(draft: string, cp: CompiledPack, c: Candidate, lo: number, hi: number): Suggestion {
  const cr = cp.rules[c.rule];
  const rule = cr.rule;
  let start = c.start;
  let end = c.end;
  const original = draft.slice(start, end);
  const slots = new Map<string, string>();
  for (let k = 0; k < c.names.length; k++) slots.set(c.names[k], draft.slice(c.caps[2 * k], c.caps[2 * k + 1]));
  const atSentenceStart = !wordCharIn(draft, c.sentenceStart, start);
  let replacements =
    cr.kind === 'advice' ? [] : cr.replacements.map((pieces, k) => renderReplacement(pieces, { slots, atSentenceStart, original, info: c.info, language: c.language, flipPolarity: c.info.neg && cr.replacementReverses[k] }));
  // English: capitals and full forms as the agent wrote them ("WE CANNOT ..." -> "RATHER THAN ...").
  if (c.language === 'en' && replacements.length) {
    const sentence = sentenceAround(draft, Math.max(c.sentenceStart, start - CONTEXT_CHARS), c.end);
    replacements = replacements.map((r) => fitEnglishStyle(r, original, sentence));
    if (atSentenceStart) replacements = replacements.map((r) => openerComma(r, draft.slice(end, end + 3)));
  }
  // Persian: alternatives in the sentence's register first, its ZWNJ habit, no word doubled at a seam.
  if (c.language === 'fa' && replacements.length) {
    const from = Math.max(c.sentenceStart, start - CONTEXT_CHARS);
    const sentence = sentenceAround(draft, from, c.end);
    replacements = fitFaReplacements(replacements, sentence, draft.slice(from, start), sentence.slice(end - from));
  }

  // "Once a ticket has been used for travel we can't refund it" -> "…travel, rather than refund it, we
  // can ___": a replacement that opens with a subordinate clause after a fronted phrase needs its comma.
  if (c.language === 'en' && replacements.length && /^(?:rather than|while) /i.test(replacements[0]) && !atSentenceStart) {
    let b = start;
    while (b > lo && /[ \t\u00a0]/.test(draft[b - 1])) b--;
    const prev = /([a-z']+)$/i.exec(draft.slice(Math.max(lo, b - 30), b))?.[1].toLowerCase();
    if (b < start && prev && !COMMA_FREE_BEFORE.has(prev)) {
      replacements = replacements.map((r) => ', ' + r);
      start = b;
    }
  }

  // "How would I know when it ships?" -> "I'll ___ to find out when it ships.": a question turned
  // into a statement ends with a full stop.
  const stop = replacements.length && !replacements.some((r) => r.trim() === '') ? statementStop(draft, original, replacements, end, hi) : -1;
  if (stop >= 0) {
    const middle = draft.slice(end, stop);
    replacements = replacements.map((r) => r + middle + '.');
    end = stop + 1;
  }

  // A replacement that deletes the phrase must not leave a double space (or a lower-case sentence start).
  if (replacements.some((r) => r.trim() === '')) {
    let before = '';
    let after = '';
    let e = end;
    while (e < hi && /[ \t\u00a0\u200c]/.test(draft[e])) e++;
    // A sentence opener deleted without its comma ("Truthfully, the …") takes the comma along.
    if (atSentenceStart && e < hi && draft[e] === ',' && !/,\s*$/.test(original)) {
      end = e + 1;
      e = end;
      while (e < hi && /[ \t\u00a0\u200c]/.test(draft[e])) e++;
    }
    // A parenthetical between subject and verb ("The update, unfortunately, did not") goes with
    // the comma before it; after an opener ("Hi Zoe, per our policy, we can") the first comma stays.
    let b = start;
    while (b > lo && /[ \t\u00a0\u200c]/.test(draft[b - 1])) b--;
    const nextWord = /^[a-z']+/i.exec(draft.slice(e, e + 20))?.[0].toLowerCase() ?? '';
    // After a conjunction ("and, to be honest, the parcel …") or before a "that" clause ("Please note, again, that …") the
    // first comma only opened the parenthetical: it goes too, whatever word follows.
    const joinBefore = /(?:^|[^\p{L}])(?:and|but|or|so|yet|because|since|although|though|while|which|then)$/iu.test(draft.slice(lo, Math.max(lo, b - 1)).trimEnd()) || nextWord === 'that' ||
      // …and after a verb that still waits for its complement ("The late fee is, to be frank, the part …"): the clause is open.
      /(?:^|[^\p{L}'’])(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|does|do|did|seems|looks)$/iu.test(draft.slice(lo, Math.max(lo, b - 1)).trimEnd());
    const commaBefore = b > lo && draft[b - 1] === ',' && /,\s*$/.test(original) && nextWord !== '' && (!CLAUSE_OPENERS.has(nextWord) || joinBefore);
    // A phrase that ends the sentence after a comma ("it arrived late, unfortunately.") takes the comma.
    // (The next suggestion starting right after the spaces is no sentence end: "Hi Sam, unfortunately we can't …"
    // keeps the comma after "Hi Sam" when the template on "we can't …" follows.)
    const endsSentence = e >= draft.length || /[.!?\u061f\n]/.test(draft[e]);
    const commaEnd = b > lo && /[,\u060c]/.test(draft[b - 1]) && !/[,\u060c]\s*$/.test(original) && endsSentence;
    // A phrase that ends in a comma after a clause ("its policy im afraid, same for every order")
    // leaves its comma: without it the two clauses run together.
    const keepComma = !atSentenceStart && !commaBefore && !commaEnd && b > 0 && /[\p{L}\p{N}]/u.test(draft[b - 1]) && /,$/.test(original) && nextWord !== '';
    if (keepComma) {
      start = b;
      replacements = replacements.map((r) => (r.trim() === '' ? ',' : r));
    } else if (commaBefore || commaEnd) start = b - 1;
    // Spaces up to the next suggestion are ours to take; the word after them is not.
    else if (e > end && e < draft.length && !/[.,!?;:\u060c\u061f\u061b]/.test(draft[e])) {
      after = draft.slice(end, e);
      end = e;
    } else {
      before = draft.slice(b, start);
      start = b;
    }
    let capital = '';
    // The capital is taken even when the next suggestion starts at that letter (the one place two
    // suggestions share a character): the deletion applied alone must leave a capitalised sentence,
    // and applyAll/planApplyAll give the letter back to the next suggestion when both are applied.
    if (atSentenceStart && after && end <= hi && end < draft.length && /[a-z]/.test(draft[end] ?? '')) {
      capital = draft[end];
      end++;
    }
    replacements = replacements.map((r) => (r.trim() === '' ? capital.toUpperCase() : before + r + after + capital));
  }
  // "an RMA" -> "a return": the article before the span follows the replacement's first word.
  if (c.language === 'en' && cr.kind === 'rewrite') {
    const fit = fitArticle(draft, start, lo, original, replacements);
    if (fit) {
      start = fit.start;
      replacements = fit.replacements;
    }
  }
  return {
    ruleId: rule.id,
    packId: cp.pack.id,
    kind: cr.kind,
    start,
    end,
    original: draft.slice(start, end),
    flagged: { start: c.start, end: c.end },
    replacements,
    explanation: rule.explanation,
    category: rule.category,
    severity: rule.severity,
    language: c.language,
  };
}

/** The draft with one suggestion applied (replacement `replacementIndex`, default the first). */
export function applySuggestion(draft: string, suggestion: Suggestion, replacementIndex = 0): string {
  // Advice changes nothing.
  if (!suggestion.replacements.length) return draft;
  const text = suggestion.replacements[replacementIndex] ?? suggestion.replacements[0];
  return draft.slice(0, suggestion.start) + text + draft.slice(suggestion.end);
}

/**
 * Every suggestion's first replacement (overlapping or stale ones are skipped). When an earlier
 * replacement leaves a later one at the start of a sentence (a deleted "Unfortunately,"), the later
 * one gets its capital.
 */
export function applyAll(draft: string, suggestions: readonly Suggestion[]): string {
  const list = [...suggestions].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (let n = 0; n < list.length; n++) {
    const s = list[n];
    if (s.start < pos || s.end > draft.length || s.start > s.end || !s.replacements.length) continue;
    out += draft.slice(pos, s.start);
    let text = s.replacements[0] ?? '';
    let end = s.end;
    if (sharesCapital(s, list[n + 1])) {
      // The next suggestion starts at the letter this deletion capitalised: it takes the letter back.
      text = text.slice(0, -1);
      end--;
    }
    if (/^[a-z]/.test(text) && /(?:^|[.!?]["')\]]*)\s*$/.test(out) && s.start > 0 && /^\s*$/.test(draft.slice(s.start - 1, s.start))) text = text[0].toUpperCase() + text.slice(1);
    out += text;
    pos = end;
  }
  return out + draft.slice(pos);
}

/**
 * A sentence-start deletion that took the first letter of the next word to capitalise it, where
 * that word begins the next suggestion (suggestRewrites lets the two share that one letter).
 */
export function sharesCapital(s: Suggestion, next: Suggestion | undefined): boolean {
  // An advice changes no text, so the letter stays with the deletion ("Sorry, but that's …" -> "That's …").
  if (!next || next.start !== s.end - 1 || !s.replacements.length || !next.replacements.length) return false;
  const text = s.replacements[0] ?? '';
  return text.trim().length === 1 && /[A-Z]$/.test(text);
}

export const SEVERITY_WEIGHT: Record<Severity, number> = { hint: 1, warning: 2, strong: 3 };
/** Points lost per weighted flag per 100 words. */
export const SCORE_FACTOR = 4;
/** Short drafts count as this many words, so one flag in a two-line reply is not a zero. */
export const SCORE_MIN_WORDS = 20;

/**
 * Positivity score 0..100: 100 − 4 × (weighted flags per 100 words), where a hint weighs 1, a
 * warning 2 and a strong flag 3, and a draft counts as at least 20 words. One warning in a
 * 100-word reply scores 92; the same warning in a one-line reply scores 60. An empty draft is 100.
 * Words and suggestions inside `exclude` (quoted customer text) do not count.
 */
export function positivityScore(draft: string, suggestions: readonly Suggestion[], options: Pick<SuggestOptions, 'exclude'> = {}): number {
  const exclude = options.exclude ?? [];
  const own = exclude.length ? suggestions.filter((s) => !overlapsAny(exclude, s.flagged?.start ?? s.start, s.flagged?.end ?? s.end)) : suggestions;
  if (!own.length) return 100;
  const all = typeof draft === 'string' ? words(draft) : [];
  const count = exclude.length ? all.filter((w) => !overlapsAny(exclude, w.start, w.end)).length : all.length;
  const n = Math.max(SCORE_MIN_WORDS, count);
  let weight = 0;
  for (const s of own) weight += SEVERITY_WEIGHT[s.severity] ?? 1;
  const per100 = (weight / n) * 100;
  return Math.max(0, Math.min(100, Math.round(100 - SCORE_FACTOR * per100)));
}
