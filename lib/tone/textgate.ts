/**
 * Text gates: the shared pass over the latest words' lower-cased text (CueContext.low) that tells which of the
 * cues' needed words it holds, for patterns read off the TEXT (regular expressions), where anchors.ts gates patterns
 * read off the tokens. A cue declares its gate once, at module load:
 *
 *   const SAID_GATE = textGate(['said', 'told', 'promised']);   // each a lower-case literal the pattern's match holds
 *   ...
 *   const said = opens(ctx.low, SAID_GATE) ? SAID.exec(text) : null;
 *
 * Every gate's words are found in ONE pass over the text (an Aho-Corasick automaton over all the words every cue
 * declared, built when first used after a gate was added), so a gate costs a lookup whatever the number of its words,
 * where `low.includes(w)` per word scanned the text once per word. The last text's answer is kept: every cue asks
 * about the same message.
 *
 * A gate must be a NECESSARY condition of its pattern: every text the pattern matches holds, in lower case, one of
 * the gate's words as a substring (a wider gate is always safe, a narrower one changes what the reader says). Keep
 * the words free of spaces and apostrophes when the pattern reads a text where those were normalised (\s+, ’ -> ').
 * For a case-insensitive pattern with the `u` flag, mind that it folds «ſ» to s and the Kelvin sign to k
 * (toLowerCase does not): give such a hand-written gate no word with an s or a k, or no gate. A gate read off such a
 * pattern (patternGate, readerGate, unionGate) may hold them: it is marked `fold`, and opens on any text with an «ſ»
 * (toLowerCase already makes the Kelvin sign k).
 */

import { requiredLiterals } from '../text/regex-literals.ts';

export interface TextGate {
  /** The gate's number (its slot in the per-text answer). */
  readonly id: number;
  readonly words: readonly string[];
  /**
   * Read off an iu pattern whose words hold an s or a k (tonefast34): such a pattern also matches «ſ» as s, which the
   * lower-cased text keeps, so the gate opens on any text with an «ſ» (the Kelvin sign is k in the lower-cased text).
   */
  readonly fold: boolean;
}

const gates: TextGate[] = [];
/** Word -> the gates that name it (a word named by several gates is searched once). */
const gatesOf = new Map<string, number[]>();

/** The automaton: built lazily from every gate's words, dropped when a gate is added. */
let built: {
  /** A UTF-16 unit's class (0: in no word: always back to the root). */
  cls: Uint16Array;
  classes: number;
  /** delta[state * classes + class]: the next state (failure links folded in: a DFA), with `flag` set when it completes a word. */
  delta: Uint16Array | Int32Array;
  flag: number;
  /** outAt[state] .. outAt[state + 1]: where in outIds the gates a state completes a word of are (its own and through its failure links). */
  outAt: Int32Array;
  outIds: Int32Array;
} | null = null;

/** Whether the last text scanned holds an «ſ» (fold gates open on it): 0 not asked yet, 1 no, 2 yes. */
let longS = 0;

/** Per gate: the number of the last text scanned that holds one of its words. */
let stamp = new Uint32Array(64);
let scanNo = 0;
let lastText: string | null = null;

/**
 * A gate read off the pattern itself (perf29), where a hand list of words can drift from the expression it guards:
 * lib/text/regex-literals.ts finds literals one of which every match holds; each is cut at spaces and apostrophes (the
 * longest piece kept, so the gate also holds for a pattern run on a text whose spaces or apostrophes were normalised) and
 * lower-cased. Null when the expression has no such literals, or where a lower-case gate could miss a match: a literal
 * with a cased non-ASCII letter (an s or k under the `iu` flags makes a `fold` gate: see TextGate). A kinds module joins the
 * shared scan by one line at module load, `const G = patternGate(RE)`, and reads `G === null || opens(ctx.low, G)`; for a
 * pattern run on the latest words (ctx.doc.text, ctx.low, or those with spaces or apostrophes normalised), as every gate.
 */
export function patternGate(re: RegExp): TextGate | null {
  const own = patternWords(re);
  return own === null ? null : makeGate(own.words, own.fold);
}

/**
 * patternGate's words for `re` (lower case, cut at spaces and apostrophes), or null where no safe gate is known; `fold`
 * when the pattern has the iu flags and a word holds an s or a k (until tonefast34 such a pattern had no gate at all).
 */
function patternWords(re: RegExp): { words: string[]; fold: boolean } | null {
  // The literals every match holds do not depend on the g and y flags (requiredLiterals refuses them because skipping an
  // exec would leave lastIndex where it was; a gate here skips a whole reader, and lib/tone's readers reset a g pattern's
  // lastIndex before walking it, or read it by matchAll, which leaves it alone: tonefast34).
  const lits = requiredLiterals(/[gy]/.test(re.flags) ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re);
  if (lits === null) return null;
  const iu = re.flags.includes('i') && re.flags.includes('u');
  const words: string[] = [];
  let fold = false;
  for (const lit of lits) {
    let best = '';
    for (const piece of lit.split(/[\s'\u2019]+/)) if (piece.length > best.length) best = piece;
    if (best.length === 0) return null;
    for (const ch of best) if (ch.charCodeAt(0) > 127 && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) return null;
    const w = best.toLowerCase();
    if (iu && /[sk]/.test(w)) fold = true;
    if (!words.includes(w)) words.push(w);
  }
  return { words, fold };
}

/**
 * One gate for a reader that finds nothing unless one of its patterns matches (perftone30): the union of the patterns'
 * own gates (patternGate), so the reader stops at one stamp read on most messages instead of running each expression.
 * Null (always open) when any of the patterns has no gate: then the reader runs as before. A kinds module joins by one line
 * at module load, `const GATE = readerGate([A, B, C])`, and its reader starts `if (!mayMatch(ctx.low, GATE)) return …`;
 * every pattern that can make the reader find something must be in the list (a missing one changes what it says).
 */
export function readerGate(res: readonly RegExp[]): TextGate | null {
  const words: string[] = [];
  let fold = false;
  for (const re of res) {
    const own = patternWords(re);
    if (own === null) return null;
    fold ||= own.fold;
    for (const w of own.words) if (!words.includes(w)) words.push(w);
  }
  return words.length ? makeGate(words, fold) : null;
}

/**
 * One gate for a reader from its own parts (perftone32): the union of text gates it already reads (each a necessary
 * condition of one of its findings) and of the gates read off its patterns (patternGate). Null (always open) when any part
 * has none (a null gate, a pattern without a safe gate): the union of necessary conditions of every finding is a necessary
 * condition of the reader finding anything, so no word list is written by hand here.
 */
export function unionGate(parts: readonly (TextGate | RegExp | null)[]): TextGate | null {
  const words: string[] = [];
  let fold = false;
  for (const p of parts) {
    const own = p === null ? null : p instanceof RegExp ? patternWords(p) : p;
    if (own === null) return null;
    fold ||= own.fold;
    for (const w of own.words) if (!words.includes(w)) words.push(w);
  }
  return words.length ? makeGate(words, fold) : null;
}

/** Every text gate declared (scripts/tone-textgates34.ts: how often each opens). */
export function textGates(): readonly TextGate[] {
  return gates;
}

/** Whether a pattern (or a reader) gated by g may match the latest words: g null (no gate), or `low` holds one of its words. */
export function mayMatch(low: string, g: TextGate | null): boolean {
  return g === null || opens(low, g);
}

/**
 * A whole-text test of `re` on the latest words (CueContext.low) behind its own words' gate (patternGate): the shared scan
 * is asked first and `re` runs only on a text that holds one of its words, with the same answer as `re.test(low)`.
 * Declared once at module load, `const HAS_PRAISE = gatedTest(PRAISE)`, and read as `HAS_PRAISE(ctx.low)`. `re` must have
 * neither the g nor the y flag (a skipped test would leave its lastIndex where it was).
 */
export function gatedTest(re: RegExp): (low: string) => boolean {
  if (/[gy]/.test(re.flags)) throw new Error(`lib/tone/textgate: gatedTest needs a pattern without the g and y flags: ${re}`);
  const g = patternGate(re);
  return (low: string) => (g === null || opens(low, g)) && re.test(low);
}

/** Declares a gate (at module load): lower-case words, one of which every match of the gated pattern holds. */
export function textGate(words: readonly string[]): TextGate {
  return makeGate(words, false);
}

function makeGate(words: readonly string[], fold: boolean): TextGate {
  if (words.length === 0) throw new Error('lib/tone/textgate: a gate needs at least one word');
  for (const w of words) if (w.length === 0 || w !== w.toLowerCase()) throw new Error(`lib/tone/textgate: gate words are non-empty and lower case: ${JSON.stringify(w)}`);
  const g: TextGate = { id: gates.length, words: [...words], fold };
  gates.push(g);
  for (const w of g.words) {
    const list = gatesOf.get(w);
    if (list) {
      if (!list.includes(g.id)) list.push(g.id);
    } else gatesOf.set(w, [g.id]);
  }
  if (stamp.length < gates.length) {
    const s = new Uint32Array(stamp.length * 2);
    s.set(stamp);
    stamp = s;
  }
  built = null;
  lastText = null;
  return g;
}

function build(): NonNullable<typeof built> {
  const cls = new Uint16Array(65536);
  let classes = 1;
  // Classes in code-unit order (perftone30): the ASCII ones first and together, then the Arabic script's, so an English
  // text reads the first part of a state's row only, and a Persian one mostly its second (fewer cache lines per walk
  // than classes numbered as the words came).
  const units = new Set<number>();
  for (const w of gatesOf.keys()) for (let i = 0; i < w.length; i++) units.add(w.charCodeAt(i));
  for (const u of [...units].sort((x, y) => x - y)) cls[u] = classes++;
  // The trie (goto), then failure links breadth first, folded into a full transition table.
  const next: Map<number, number>[] = [new Map()];
  const outs: number[][] = [[]];
  for (const [w, ids] of gatesOf) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const c = cls[w.charCodeAt(i)];
      let t = next[s].get(c);
      if (t === undefined) {
        t = next.length;
        next.push(new Map());
        outs.push([]);
        next[s].set(c, t);
      }
      s = t;
    }
    for (const id of ids) if (!outs[s].includes(id)) outs[s].push(id);
  }
  const n = next.length;
  // States are numbered breadth first (the root, then every state of depth 1, then 2 …): a text walks mostly the shallow
  // states, whose rows then sit together at the table's start (a few cache lines) instead of spread over all of it (the
  // trie numbered them word by word): the walk's table reads were the reader's costliest line (speed, issue 13).
  const fail = new Int32Array(n);
  const order: number[] = [0];
  const renum = new Int32Array(n);
  // Each state's children in class order (most states have one: no sort), not a lookup per class and state.
  const kids: [number, number][][] = new Array(n);
  for (let s = 0; s < n; s++) {
    const k = [...next[s]];
    if (k.length > 1) k.sort((x, y) => x[0] - y[0]);
    kids[s] = k;
  }
  for (let q = 0; q < order.length; q++) {
    const k = kids[order[q]];
    for (let j = 0; j < k.length; j++) {
      const t = k[j][1];
      renum[t] = order.length;
      order.push(t);
    }
  }
  const delta = new Int32Array(n * classes);
  const outsNew: number[][] = new Array(n);
  for (let q = 0; q < n; q++) outsNew[q] = outs[order[q]].slice();
  for (let c = 1; c < classes; c++) {
    const t = next[0].get(c);
    if (t !== undefined) delta[c] = renum[t];
  }
  // Failure links folded into the table, breadth first (a state's failure is shallower: done before it); depth 1 fails to the root.
  // A state's row is its failure state's row (copied whole: class 0 is 0 in every row) with its own children written over it.
  for (let q = 1; q < n; q++) {
    const f = fail[q];
    for (const id of outsNew[f]) if (!outsNew[q].includes(id)) outsNew[q].push(id);
    delta.copyWithin(q * classes, f * classes, f * classes + classes);
    const k = kids[order[q]];
    for (let j = 0; j < k.length; j++) {
      const c = k[j][0];
      const u = renum[k[j][1]];
      fail[u] = delta[f * classes + c];
      delta[q * classes + c] = u;
    }
  }
  const outAt = new Int32Array(n + 1);
  for (let q = 0; q < n; q++) outAt[q + 1] = outAt[q] + outsNew[q].length;
  const outIds = new Int32Array(outAt[n]);
  for (let q = 0; q < n; q++) outIds.set(outsNew[q], outAt[q]);
  // A transition into a state that completes a word carries a flag bit (perftone30): most characters reach none, and the
  // scan then reads no output range for them (two loads a character before).
  const flag = n < 32768 ? 0x8000 : 0x40000000;
  const completes = new Uint8Array(n);
  for (let q = 0; q < n; q++) completes[q] = outAt[q + 1] > outAt[q] ? 1 : 0;
  for (let i = 0; i < delta.length; i++) if (completes[delta[i]] === 1) delta[i] |= flag;
  // Most texts reach a few hundred states at most: two bytes a transition keep the table small (and in cache); the typed
  // copy, not Uint16Array.from (which walks the source through its iterator).
  return { cls, classes, delta: n < 32768 ? new Uint16Array(delta) : delta, flag, outAt, outIds };
}

function scan(low: string): void {
  const a = (built ??= build());
  const { cls, classes, delta, flag, outAt, outIds } = a;
  // A new number per text (at 2^32 - 1 the stamps start over from zero).
  if (scanNo === 0xffffffff) {
    stamp.fill(0);
    scanNo = 0;
  }
  const no = ++scanNo;
  let s = 0;
  longS = 0;
  for (let i = 0; i < low.length; i++) {
    const c = cls[low.charCodeAt(i)];
    if (c === 0) {
      s = 0;
      continue;
    }
    s = delta[s * classes + c];
    if (s < flag) continue;
    s ^= flag;
    const to = outAt[s + 1];
    for (let k = outAt[s]; k < to; k++) stamp[outIds[k]] = no;
  }
  lastText = low;
}

/** Tests only (tests/unit/tone/gates-off.test.ts): every gate reads open, so every gated pattern and reader runs. */
let allOpen = false;

/** Tests and tools only: the gates `textGatesOpen` opens (null: every gate). */
let openOnly: ((g: TextGate) => boolean) | null = null;

/**
 * Tests only: with `on`, every text gate opens on every text (a gate is a prefilter: no report may change); with `only`,
 * only the gates it accepts (scripts/tone-gates35.ts finds which gate a changed report needs).
 */
export function textGatesOpen(on: boolean, only: ((g: TextGate) => boolean) | null = null): void {
  allOpen = on;
  openOnly = on ? only : null;
}

/** Whether `low` (CueContext.low: the latest words lower-cased) holds one of gate g's words. */
export function opens(low: string, g: TextGate): boolean {
  if (allOpen && (openOnly === null || openOnly(g))) return true;
  if (low !== lastText || built === null) scan(low);
  if (stamp[g.id] === scanNo) return true;
  if (!g.fold) return false;
  if (longS === 0) longS = low.includes('\u017f') ? 2 : 1;
  return longS === 2;
}
