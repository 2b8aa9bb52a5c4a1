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
import { detectLanguage, sentences, words, type DetectedLang } from '../text/index.ts';
import type { Piece } from '../packs/pattern.ts';
import { MAX_END_SLOT_WORDS, MAX_SLOT_WORD_LENGTH, MAX_SLOT_WORDS } from '../packs/limits.ts';
import { SEVERITY_RANK, type PackLanguage, type PhrasePack, type RuleCategory, type Severity } from '../packs/schema.ts';
import { compilePack, type CompiledPack, type TrieNode } from './compile.ts';
import { buildStream, CLS_GAP, CLS_STOP, isArabicLetterCode, isLatinLetterCode, type Stream } from './stream.ts';

export interface Suggestion {
  ruleId: string;
  packId: string;
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
  /** Filled with the work this call did (for tests and benches). */
  stats?: ScanStats;
}

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
}

/** Safety net on top of the structural bounds: trie steps explored from one draft position. */
export const MAX_STEPS_PER_START = 20_000;

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
  sentenceStart: number;
  ruleOk: (pack: number, rule: number) => boolean;
  out: Candidate[];
  exc: Exception[];
  caps: number[];
  memo: Set<number>;
  steps: number;
  totalSteps: number;
  startUnit: number;
  token: number;
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
        const end = s.end[endUnit - 1];
        if (end > x.end) x.end = end;
      }
      continue;
    }
    term.seen = ctx.token;
    term.last = -1;
    if (!ctx.ruleOk(ctx.packNo, term.rule)) continue;
    if (term.unless) {
      term.last = ctx.exc.length;
      ctx.exc.push({ pack: ctx.packNo, rule: term.rule, start: s.start[ctx.startUnit], end: s.end[endUnit - 1] });
      continue;
    }
    const cr = ctx.compiled.rules[term.rule];
    const caps: number[] = [];
    for (let k = 0; k < ctx.caps.length; k += 2) caps.push(s.start[ctx.caps[k]], s.end[ctx.caps[k + 1] - 1]);
    ctx.out.push({
      pack: ctx.packNo,
      rule: term.rule,
      start: s.start[ctx.startUnit],
      end: s.end[endUnit - 1],
      caps,
      names: term.slots,
      severity: cr.severity,
      sentenceStart: ctx.sentenceStart,
      language: ctx.lang,
    });
  }
}

/**
 * Ends of a slot starting at unit `i` (after an optional gap) that takes 1, 2, ... words: stops at
 * sentence punctuation, at the region's end, before an over-long word, or after `max` words.
 */
function slotEnds(s: Stream, i: number, max: number, ends: number[]): void {
  ends.length = 0;
  if (i < s.n && s.cls[i] === CLS_GAP) i++;
  if (i >= s.n || !s.bnd[i] || s.cls[i] === CLS_STOP) return;
  let p = i;
  for (let k = 0; k < max; k++) {
    let q = p + 1;
    while (q < s.n && !s.bnd[q]) q++;
    if (q - p > MAX_SLOT_WORD_LENGTH) return;
    ends.push(q);
    p = q;
    if (p < s.n && s.cls[p] === CLS_GAP) p++;
    if (p >= s.n || s.cls[p] === CLS_STOP) return;
  }
}

function walk(ctx: ScanCtx, node: TrieNode, i: number): void {
  const s = ctx.s;
  for (;;) {
    if (++ctx.steps > MAX_STEPS_PER_START) return;
    if (node.terms && s.bnd[i]) report(ctx, node, i);
    if (node.slot || node.endSlot) {
      const ends: number[] = [];
      const first = i < s.n && s.cls[i] === CLS_GAP ? i + 1 : i;
      if (node.slot) {
        slotEnds(s, i, MAX_SLOT_WORDS, ends);
        const child = node.slot;
        for (let k = 0; k < ends.length; k++) {
          const e = ends[k];
          const key = child.id * (s.n + 2) + e;
          if (ctx.memo.has(key)) continue;
          ctx.memo.add(key);
          ctx.caps.push(first, e);
          walk(ctx, child, e < s.n && s.cls[e] === CLS_GAP ? e + 1 : e);
          ctx.caps.length -= 2;
        }
      }
      if (node.endSlot?.terms) {
        slotEnds(s, i, MAX_END_SLOT_WORDS, ends);
        if (ends.length) {
          const e = ends[ends.length - 1];
          ctx.caps.push(first, e);
          report(ctx, node.endSlot, e);
          ctx.caps.length -= 2;
        }
      }
    }
    if (i >= s.n || !node.next) return;
    const child = node.next.get(s.code[i]);
    if (!child) return;
    node = child;
    i++;
  }
}

function scanStream(ctx: ScanCtx, root: TrieNode): void {
  const s = ctx.s;
  const leadingSlot = root.slot !== null || root.endSlot !== null;
  const next = root.next;
  const { bnd, cls, code } = s;
  for (let i = 0; i < s.n; i++) {
    if (!bnd[i] || cls[i] === CLS_GAP) continue;
    // Fast path: most word starts cannot begin any pattern.
    if (!leadingSlot && (!next || !next.has(code[i]))) continue;
    ctx.startUnit = i;
    ctx.token = ++scanToken;
    ctx.steps = 0;
    if (ctx.memo.size) ctx.memo.clear();
    walk(ctx, root, i);
    ctx.totalSteps += ctx.steps;
  }
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
  const byRule = new Map<string, { starts: number[]; maxEnd: number[] }>();
  for (const x of exc) {
    const key = `${x.pack}/${x.rule}`;
    let g = byRule.get(key);
    if (!g) byRule.set(key, (g = { starts: [], maxEnd: [] }));
    const prev = g.maxEnd.length ? g.maxEnd[g.maxEnd.length - 1] : -1;
    g.starts.push(x.start);
    g.maxEnd.push(Math.max(prev, x.end));
  }
  return out.filter((c) => {
    const g = byRule.get(`${c.pack}/${c.rule}`);
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

/** Suggestions for `draft`, sorted by position, never overlapping. Never throws on odd input. */
export function suggestRewrites(draft: string, packs: readonly PhrasePack[], options: SuggestOptions = {}): Suggestion[] {
  const stats = options.stats;
  if (stats) stats.steps = stats.candidates = stats.exceptions = stats.vetoed = 0;
  if (typeof draft !== 'string' || draft === '' || !packs?.length) return [];
  const compiled: CompiledPack[] = [];
  for (const p of packs) if (p && !options.disabledPacks?.has(p.id)) compiled.push(compilePack(p));
  const langs = new Set<PackLanguage>();
  for (const c of compiled) for (const l of Object.keys(c.tries) as PackLanguage[]) langs.add(l);
  if (!langs.size) return [];
  const minRank = SEVERITY_RANK[options.minSeverity ?? 'hint'] ?? 0;
  const silenced = options.silenced;
  const ruleOk = (pack: number, rule: number) => {
    const cr = compiled[pack].rules[rule];
    return cr.severity >= minRank && !(silenced && silenced.size && silenced.has(cr.key));
  };

  const out: Candidate[] = [];
  // One context for the whole call (object spreads per region were measurably slow).
  const exc: Exception[] = [];
  const ctx: ScanCtx = { s: null as unknown as Stream, compiled: compiled[0], packNo: 0, lang: 'en', sentenceStart: 0, ruleOk, out, exc, caps: [], memo: new Set(), steps: 0, totalSteps: 0, startUnit: 0, token: 0 };
  const scan = (start: number, end: number, lang: PackLanguage, sentenceStart: number) => {
    if (!langs.has(lang) || end <= start) return;
    ctx.s = buildStream(draft.slice(start, end), start, true);
    ctx.lang = lang;
    ctx.sentenceStart = sentenceStart;
    for (let packNo = 0; packNo < compiled.length; packNo++) {
      const root = compiled[packNo].tries[lang];
      if (!root) continue;
      ctx.compiled = compiled[packNo];
      ctx.packNo = packNo;
      scanStream(ctx, root);
    }
  };
  for (const sent of sentences(draft)) {
    const lang = sentenceLanguage(sent.text);
    if (lang === 'en' || lang === 'fa') scan(sent.start, sent.end, lang, sent.start);
    else if (lang === 'mixed') {
      for (const l of langs) for (const r of scriptRuns(sent.text, sent.start, l)) scan(r.start, r.end, l, sent.start);
    }
  }
  let kept = out;
  if (exc.length && out.length) kept = dropExcepted(out, exc);
  if (stats) {
    stats.steps = ctx.totalSteps;
    stats.candidates = out.length;
    stats.exceptions = exc.length;
    stats.vetoed = out.length - kept.length;
  }
  if (!kept.length) return [];

  // A pattern reached from several starts with the same end (leading slot, or "a {x} b" in
  // "a a a b") keeps its latest start: the fewest slot words.
  const latest = new Map<string, Candidate>();
  for (const c of kept) {
    const key = `${c.pack}/${c.rule}/${c.end}`;
    const prev = latest.get(key);
    if (!prev || c.start > prev.start) latest.set(key, c);
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
  // the next one starts from where the previous one really ends.
  const result: Suggestion[] = [];
  let prevEnd = 0;
  for (let k = 0; k < chosen.length; k++) {
    const s = toSuggestion(draft, compiled[chosen[k].pack], chosen[k], prevEnd, k + 1 < chosen.length ? chosen[k + 1].start : draft.length);
    result.push(s);
    prevEnd = s.end;
  }
  return result;
}

// ---- replacements ---------------------------------------------------------------------------------

const I_FORMS = new Set(['i', "i'm", "i'll", "i've", "i'd", 'i’m', 'i’ll', 'i’ve', 'i’d']);
const WORD_CHARS = /[\p{L}\p{N}]/u;

const upperFirst = (s: string) => (/^[a-z]/.test(s) ? s[0].toUpperCase() + s.slice(1) : s);

function firstWord(s: string): string {
  const m = /[\p{L}\p{N}'’]+/u.exec(s);
  return m ? m[0] : '';
}

function render(pieces: Piece[], slots: Map<string, string>, atSentenceStart: boolean, original: string): string {
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') out += p;
    else {
      let v = slots.get(p.slot) ?? '';
      // A slot that starts a sentence inside the replacement gets a capital ("that product" -> "That product").
      if (out === '' ? atSentenceStart : /[.!?]["')\]]*\s+$/.test(out)) v = upperFirst(v);
      out += v;
    }
  }
  if (atSentenceStart) return upperFirst(out);
  // Mid-sentence, a replacement written "Please ..." is capitalised only because of how the rule
  // was written: lower-case it, unless the draft itself had a capital there for its own reasons
  // (a name) or the word is "I".
  if (typeof pieces[0] === 'string') {
    const w = firstWord(out);
    const o = firstWord(original);
    const styleCapital = /^[A-Z][a-z'’]*$/.test(w) && w.length > 0 && !I_FORMS.has(w.toLowerCase());
    const draftLower = o !== '' && (/^[a-z]/.test(o) || I_FORMS.has(o.toLowerCase()) || !/^[A-Za-z]/.test(o));
    if (styleCapital && draftLower && out.startsWith(w)) return w[0].toLowerCase() + out.slice(1);
  }
  return out;
}

/** `lo`/`hi`: the neighbouring suggestions' edges, which a widened span must not cross. */
function toSuggestion(draft: string, cp: CompiledPack, c: Candidate, lo: number, hi: number): Suggestion {
  const cr = cp.rules[c.rule];
  const rule = cr.rule;
  let start = c.start;
  let end = c.end;
  const original = draft.slice(start, end);
  const slots = new Map<string, string>();
  for (let k = 0; k < c.names.length; k++) slots.set(c.names[k], draft.slice(c.caps[2 * k], c.caps[2 * k + 1]));
  const atSentenceStart = !WORD_CHARS.test(draft.slice(c.sentenceStart, start));
  let replacements = cr.replacements.map((pieces) => render(pieces, slots, atSentenceStart, original));

  // A replacement that deletes the phrase must not leave a double space (or a lower-case sentence start).
  if (replacements.some((r) => r.trim() === '')) {
    let before = '';
    let after = '';
    let e = end;
    while (e < hi && /[ \t\u00a0]/.test(draft[e])) e++;
    // Spaces up to the next suggestion are ours to take; the word after them is not.
    if (e > end && e < draft.length && !/[.,!?;:\u060c\u061f\u061b]/.test(draft[e])) {
      after = draft.slice(end, e);
      end = e;
    } else {
      let b = start;
      while (b > lo && /[ \t\u00a0]/.test(draft[b - 1])) b--;
      before = draft.slice(b, start);
      start = b;
    }
    let capital = '';
    if (atSentenceStart && after && end < hi && /[a-z]/.test(draft[end] ?? '')) {
      capital = draft[end];
      end++;
    }
    replacements = replacements.map((r) => (r.trim() === '' ? capital.toUpperCase() : before + r + after + capital));
  }
  return {
    ruleId: rule.id,
    packId: cp.pack.id,
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
  const text = suggestion.replacements[replacementIndex] ?? suggestion.replacements[0] ?? '';
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
  for (const s of list) {
    if (s.start < pos || s.end > draft.length || s.start > s.end) continue;
    out += draft.slice(pos, s.start);
    let text = s.replacements[0] ?? '';
    if (/^[a-z]/.test(text) && /(?:^|[.!?]["')\]]*)\s*$/.test(out) && s.start > 0 && /^\s*$/.test(draft.slice(s.start - 1, s.start))) text = text[0].toUpperCase() + text.slice(1);
    out += text;
    pos = s.end;
  }
  return out + draft.slice(pos);
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
 */
export function positivityScore(draft: string, suggestions: readonly Suggestion[]): number {
  if (!suggestions.length) return 100;
  const n = Math.max(SCORE_MIN_WORDS, typeof draft === 'string' ? words(draft).length : 0);
  let weight = 0;
  for (const s of suggestions) weight += SEVERITY_WEIGHT[s.severity] ?? 1;
  const per100 = (weight / n) * 100;
  return Math.max(0, Math.min(100, Math.round(100 - SCORE_FACTOR * per100)));
}

