/**
 * Reader gates: a cue module's sub-readers as gate + reader data (speed, issue 13). A sub-reader (one kind's reader, a
 * calm guard, a finder) declares a NECESSARY condition of saying anything: literal words one of which the latest words
 * must hold (lower case, as substrings of CueContext.low) and, optionally, the script it reads (Latin or Arabic). The
 * message's words are found once for every gate (one pass of the text-gate automaton, ./textgate.ts); a sub-reader whose
 * gate is shut is not called and gives its quiet answer (no call, no regular expression run, no array made).
 *
 *   const GATE = readerGate('kinds25.fooFinds', { words: ['refund'], res: [SOME_PATTERN, OTHER], script: 'latin' });
 *   export const fooFinds = gated(GATE, NO_EVIDENCE, function fooFinds(ctx: CueContext): Evidence[] { ... });
 *
 * The words need not be written by hand: `res` lists the patterns one of which must match for the reader to say
 * anything, and each pattern's words are derived from its source (requiredWords: every match of the pattern holds one
 * of them, by construction from the pattern's syntax). A pattern run alone on every message gets its own gate the same
 * way (patternGate / gexec), there as a conjunction: every match holds a word of each of up to three sets
 * ("or … (switch|change|move) … (provider|bank…)"). A pattern with no literal it must hold (all classes, or an
 * optional part) cannot gate: declaring it throws at load, so a gate is never silently open or wrong.
 *
 * Proof on data: with `auditGates(on)` every gated reader is also called when its gate is shut, and any answer that is
 * not quiet is recorded (`gateMisses()`); tests/unit/tone/gates.test.ts runs the cue examples, the goldens and the eval
 * sets that way and expects none (scripts/tone-gates25.ts prints which gates shut how often).
 */
import type { CueContext } from './cue.ts';
import { opens, textGate, type TextGate } from './textgate.ts';

export interface GateSpec {
  /** Lower-case literals, one of which the latest words hold whenever the reader says anything. */
  words?: readonly string[];
  /** Patterns, one of which matches the latest words whenever the reader says anything (their words are derived). */
  res?: readonly RegExp[];
  /** Text gates the reader already asks (their words join this gate's). */
  gates?: readonly TextGate[];
  /** 'latin': the reader says nothing on Persian latest words (ctx.fa); 'arabic': nothing unless ctx.fa. */
  script?: 'latin' | 'arabic';
}

export interface ReaderGate {
  readonly name: string;
  readonly words: readonly string[];
  readonly script?: 'latin' | 'arabic';
  /** null: no word condition (a script gate only). */
  readonly text: TextGate | null;
  /** Calls, and calls with the gate shut (counted only while counting: countGates). */
  calls: number;
  shut: number;
}

const registry: ReaderGate[] = [];

/** Every declared reader gate (the audit and the figures script read them). */
export function readerGates(): readonly ReaderGate[] {
  return registry;
}

/** Declares a sub-reader's gate (at module load). */
export function readerGate(name: string, spec: GateSpec): ReaderGate {
  const words = new Set<string>(spec.words ?? []);
  for (const g of spec.gates ?? []) for (const w of g.words) words.add(w);
  for (const re of spec.res ?? []) {
    const req = requiredWords(re);
    if (req === null) throw new Error(`lib/tone/gate: ${name}: no literal every match of /${re.source}/${re.flags} holds (it cannot gate)`);
    for (const w of req) words.add(w);
  }
  if (words.size === 0 && !spec.script) throw new Error(`lib/tone/gate: ${name}: a gate needs words, patterns or a script`);
  const list = [...words];
  const g: ReaderGate = { name, words: list, script: spec.script, text: list.length ? textGate(list) : null, calls: 0, shut: 0 };
  registry.push(g);
  return g;
}

/** Whether the gate is open for this message (the reader may say something). */
export function holds(ctx: CueContext, g: ReaderGate): boolean {
  if (g.script === 'latin' ? ctx.fa : g.script === 'arabic' ? !ctx.fa : false) return false;
  return g.text === null || opens(ctx.low, g.text);
}

let audit = false;
let counting = false;
const misses: { gate: string; message: string }[] = [];

/** Audit mode: gated readers run even when shut, and a non-quiet answer from a shut gate is recorded. */
export function auditGates(on: boolean): void {
  audit = on;
}
/** Counting mode: calls and shut calls per gate. */
export function countGates(on: boolean): void {
  counting = on;
}
export function gateMisses(): readonly { gate: string; message: string }[] {
  return misses;
}

/** The usual quiet answers: false, null, undefined, 0, an empty array, or an object whose score is 0 and evidence empty. */
export function quietAnswer(r: unknown): boolean {
  if (r === false || r === null || r === undefined || r === 0) return true;
  if (Array.isArray(r)) return r.length === 0;
  if (typeof r === 'object') {
    const o = r as { score?: unknown; evidence?: unknown };
    return o.score === 0 && Array.isArray(o.evidence) && o.evidence.length === 0 && Object.keys(o).every((k) => k === 'score' || k === 'evidence' || quietAnswer((o as Record<string, unknown>)[k]));
  }
  return false;
}

/**
 * The reader behind its gate: called only when the gate holds; otherwise `quiet` (shared: callers never change a reader's
 * answer in place; give a function to make a fresh one per call when they do).
 */
export function gated<A extends unknown[], R>(g: ReaderGate, quiet: R | (() => R), read: (ctx: CueContext, ...rest: A) => R): (ctx: CueContext, ...rest: A) => R {
  const still = typeof quiet === 'function' ? (quiet as () => R) : () => quiet;
  return (ctx: CueContext, ...rest: A): R => {
    const open = holds(ctx, g);
    if (counting) {
      g.calls++;
      if (!open) g.shut++;
    }
    if (open) return read(ctx, ...rest);
    if (audit) {
      const r = read(ctx, ...rest);
      if (!quietAnswer(r)) misses.push({ gate: g.name, message: ctx.message });
    }
    return still();
  };
}

// ---- One pattern behind its derived gate ----------------------------------------------------------------------------

export interface PatternGate {
  readonly name: string;
  readonly re: RegExp;
  /** Every match holds a word of each (requiredSets). */
  readonly texts: readonly TextGate[];
}

const patterns: PatternGate[] = [];

/** Every declared pattern gate (the audit reads them). */
export function patternGates(): readonly PatternGate[] {
  return patterns;
}

/**
 * A pattern read off the latest words (ctx.doc.text), behind the gate of the literals its matches hold (derived from its
 * source: requiredWords). Throws at load when the pattern has none. Use it for a pattern a reader runs on every message
 * before any other gate: `const m = gexec(ctx, REBUT_G)` for `REBUT.exec(ctx.doc.text)`.
 */
export function patternGate(name: string, re: RegExp): PatternGate {
  const sets = requiredSets(re);
  if (sets === null) throw new Error(`lib/tone/gate: ${name}: no literal every match of /${re.source}/${re.flags} holds (it cannot gate)`);
  const g: PatternGate = { name, re, texts: sets.map((words) => textGate(words)) };
  patterns.push(g);
  return g;
}

/** Whether the latest words hold a word of each of the pattern's sets. */
function patternOpen(low: string, g: PatternGate): boolean {
  for (let k = 0; k < g.texts.length; k++) if (!opens(low, g.texts[k])) return false;
  return true;
}

/** g.re.exec(ctx.doc.text) when the message holds its literals, else null (never a match then: see requiredSets). */
export function gexec(ctx: CueContext, g: PatternGate): RegExpExecArray | null {
  if (patternOpen(ctx.low, g)) return g.re.exec(ctx.doc.text);
  if (audit) {
    const last = g.re.lastIndex;
    const m = g.re.exec(ctx.doc.text);
    g.re.lastIndex = last;
    if (m) misses.push({ gate: g.name, message: ctx.message });
  }
  return null;
}

/**
 * Whether the pattern may match `text`, the latest words or a copy of them with only quotes, joiners or spaces changed
 * (derived literals hold none of those): for `gopen(ctx, X_G, text) ? X.exec(text) : null`.
 */
export function gopen(ctx: CueContext, g: PatternGate, text: string): boolean {
  if (patternOpen(ctx.low, g)) return true;
  if (audit) {
    const last = g.re.lastIndex;
    const m = g.re.exec(text);
    g.re.lastIndex = last;
    if (m) misses.push({ gate: g.name, message: ctx.message });
  }
  return false;
}

/** g.re.test(ctx.doc.text) behind its gate. */
export function gtest(ctx: CueContext, g: PatternGate): boolean {
  return gexec(ctx, g) !== null;
}

// ---- Literals a pattern's every match holds ------------------------------------------------------------------------

/**
 * What one part of a pattern tells: `exact`, every string it can match when that set is small and known (else null);
 * `all`, sets of strings such that every match holds one string of EACH set (a conjunction; empty: nothing known).
 */
interface Info {
  exact: Set<string> | null;
  all: Set<string>[];
}

const MAX_EXACT = 48;
const EMPTY: Info = { exact: new Set(['']), all: [] };
const ANY: Info = { exact: null, all: [] };

/** Characters that stand for themselves in CueContext.low for any text a pattern reads: no case, no Persian folding. */
function stable(c: string): boolean {
  const x = c.charCodeAt(0);
  if (x >= 0x61 && x <= 0x7a) return true; // a-z
  if (x >= 0x30 && x <= 0x39) return true;
  if (x >= 0x21 && x <= 0x7e) return c !== "'" && c !== '"' && c !== '`' && !(x >= 0x41 && x <= 0x5a);
  // Arabic letters, without those folded to others (ي ى ك ة, Persian yeh and kaf) and without diacritics or tatweel.
  if ((x >= 0x0621 && x <= 0x063a) || (x >= 0x0641 && x <= 0x064a) || x === 0x067e || x === 0x0686 || x === 0x0698 || x === 0x06af)
    return x !== 0x064a && x !== 0x0649 && x !== 0x0643 && x !== 0x0629;
  if (x === 0x061f || x === 0x060c || x === 0x061b) return true; // ؟ ، ؛
  // Symbols and emoji (surrogate halves included): no case; not the joiners, marks or curly quotes.
  if (x >= 0x2000 && !(x >= 0x200b && x <= 0x200f) && !(x >= 0x2018 && x <= 0x201f)) return c.toLowerCase() === c && c.toUpperCase() === c;
  return false;
}

/** The longest run of stable characters of s (any part of a literal a match holds is one it holds too). */
function longestStable(s: string): string {
  let best = '';
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || !stable(s[i])) {
      if (i - from > best.length) best = s.slice(from, i);
      from = i + 1;
    }
  }
  return best;
}

/** How selective a set of literals is (higher: fewer texts hold one): its shortest literal first, then fewer literals. */
function selectivity(s: Set<string>): number {
  let min = Infinity;
  for (const w of s) min = Math.min(min, w.length);
  return min * 100 - s.size;
}

/** The most selective single set a part gives (one of its conjuncts or its exact set), or null. */
function bestOf(i: Info): Set<string> | null {
  let best: Set<string> | null = asReq(i.exact);
  for (const s of i.all) if (best === null || selectivity(s) > selectivity(best)) best = s;
  return best;
}

/** A requirement from an exact set: usable when no member is empty. */
function asReq(exact: Set<string> | null): Set<string> | null {
  if (exact === null || exact.size === 0) return null;
  for (const w of exact) if (w === '') return null;
  return exact;
}

function concat(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly ci: boolean,
    readonly unicode: boolean,
  ) {}

  fail(): never {
    throw new Error('unsupported');
  }

  /** A literal character as the gate sees it (lower case), or null when it is not one fixed stable character. */
  lit(c: string): Info {
    let k = c;
    if (this.ci) {
      const lo = c.toLowerCase();
      const up = c.toUpperCase();
      if (lo !== up) {
        // Only ASCII letters: other letters have case pairs outside the text's simple lower-casing (and under the u flag
        // «ſ» matches s and the Kelvin sign k).
        if (!/^[a-z]$/.test(lo) || (this.unicode && (lo === 's' || lo === 'k'))) return ANY;
      }
      k = lo;
    } else if (/[A-Z]/.test(c)) {
      // A capital in the text is a lower-case letter in CueContext.low.
      k = c.toLowerCase();
    }
    return { exact: new Set([k]), all: [] };
  }

  alt(): Info {
    const branches: Info[] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    if (branches.length === 1) return branches[0];
    let exact: Set<string> | null = new Set();
    // A disjunction: every branch's best set, joined (one of them holds, whichever branch matched).
    let one: Set<string> | null = new Set();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_EXACT) for (const w of b.exact) exact.add(w);
      else exact = null;
      const r = bestOf(b);
      if (one && r) for (const w of r) one.add(w);
      else one = null;
    }
    return { exact, all: one ? [one] : [] };
  }

  seq(): Info {
    let exact: Set<string> | null = new Set(['']);
    const all: Set<string>[] = [];
    let run: Set<string> = new Set(['']);
    const keep = (x: Set<string> | null) => {
      if (x) all.push(x);
    };
    // Every item's conjuncts hold, and each run of exact items holds one of its strings: a conjunction of them all.
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      for (const x of item.all) all.push(x);
      if (item.exact) {
        const next = concat(run, item.exact);
        if (next === null) {
          keep(asReq(run));
          run = item.exact;
        } else run = next;
        exact = exact ? concat(exact, item.exact) : null;
      } else {
        keep(asReq(run));
        run = new Set(['']);
        exact = null;
      }
    }
    keep(asReq(run));
    return { exact, all };
  }

  quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      }
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    if (min === 0) {
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT) return { exact: new Set(['', ...atom.exact]), all: [] };
      return ANY;
    }
    // At least once: what one occurrence must hold, every match holds.
    if (min === 1 && max === 1) return atom;
    const all = [...atom.all];
    const whole = asReq(atom.exact);
    if (whole) all.push(whole);
    let exact: Set<string> | null = null;
    if (min === max && atom.exact) {
      exact = new Set(['']);
      for (let k = 0; k < min && exact; k++) exact = concat(exact, atom.exact);
    }
    return { exact, all };
  }

  atom(): Info {
    const c = this.src[this.i];
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.src[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i));
        if (!m) this.fail();
        look = m[0] !== '?:' && !m[0].startsWith('?<') ? true : m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const inner = this.alt();
      if (this.src[this.i] !== ')') this.fail();
      this.i++;
      // A look-around holds no characters of the match.
      return look ? EMPTY : inner;
    }
    if (c === '[') return this.cls();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' && /^\{\d/.test(this.src.slice(this.i))) this.fail();
    this.i++;
    return this.lit(c);
  }

  escape(): Info {
    const d = this.src[this.i + 1];
    this.i += 2;
    if (d === undefined) this.fail();
    if (d === 'b' || d === 'B') return EMPTY;
    if ('dDwWsS'.includes(d)) return ANY;
    if (d === 'p' || d === 'P') {
      const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return ANY;
    }
    if (/[1-9]/.test(d) || d === 'k') {
      if (d === 'k') {
        const m = /^<[^>]*>/.exec(this.src.slice(this.i));
        if (m) this.i += m[0].length;
      } else while (/\d/.test(this.src[this.i] ?? '')) this.i++;
      return ANY;
    }
    const ch = this.escapedChar(d);
    return ch === null ? ANY : this.lit(ch);
  }

  /** The character of an escape (after the backslash and d), or null when it is not one character. */
  escapedChar(d: string): string | null {
    if (d === 'u') {
      if (this.src[this.i] === '{') {
        const m = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.i));
        if (!m) this.fail();
        this.i += m[0].length;
        return String.fromCodePoint(parseInt(m[1], 16));
      }
      const h = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail();
      this.i += 4;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (d === 'x') {
      const h = this.src.slice(this.i, this.i + 2);
      this.i += 2;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (d === 'n') return '\n';
    if (d === 't') return '\t';
    if (d === 'r') return '\r';
    if (d === 'f' || d === 'v' || d === '0' || d === 'c') return null;
    return d;
  }

  /** A class: a few fixed characters are an exact set; anything wider tells nothing. */
  cls(): Info {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars: string[] = [];
    let wide = false;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || (first && !this.unicode && false))) {
      first = false;
      let ch: string | null;
      if (this.src[this.i] === '\\') {
        const d = this.src[this.i + 1];
        this.i += 2;
        if ('dDwWsSbB'.includes(d)) {
          ch = null;
          wide = true;
        } else if (d === 'p' || d === 'P') {
          const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
          if (m) this.i += m[0].length;
          ch = null;
          wide = true;
        } else ch = this.escapedChar(d);
      } else {
        ch = this.src[this.i];
        // A surrogate pair in a u class is one character.
        if (this.unicode && /[\ud800-\udbff]/.test(ch)) {
          ch = this.src.slice(this.i, this.i + 2);
          this.i++;
        }
        this.i++;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        // A range: wide (tells nothing).
        this.i++;
        if (this.src[this.i] === '\\') this.i += 2;
        else this.i++;
        wide = true;
        continue;
      }
      if (ch === null) {
        wide = true;
        continue;
      }
      chars.push(ch);
    }
    if (this.src[this.i] !== ']') this.fail();
    this.i++;
    if (negated || wide || chars.length === 0 || chars.length > 16) return ANY;
    const exact = new Set<string>();
    for (const ch of chars) {
      const one = this.lit(ch);
      if (!one.exact) return ANY;
      for (const w of one.exact) exact.add(w);
    }
    return { exact, all: [] };
  }
}

/** At most this many sets per pattern gate (each more is one more look at the per-text answer). */
const MAX_SETS = 3;

/**
 * Sets of lower-case literals (as CueContext.low holds them) such that every match of `re` holds one literal of EACH
 * set, the most selective first (at most MAX_SETS); null when the pattern's syntax gives none (or is beyond this reading:
 * the answer is then null, never a guess). Each literal is the longest run of characters that stand for themselves in
 * lower case (no space, quote, digit-folding or Persian folding inside).
 */
export function requiredSets(re: RegExp): string[][] | null {
  let info: Info;
  try {
    const p = new Parser(re.source, re.flags.includes('i'), re.flags.includes('u') || re.flags.includes('v'));
    info = p.alt();
    if (p.i !== re.source.length) return null;
  } catch {
    return null;
  }
  const candidates = [...info.all];
  const whole = asReq(info.exact);
  if (whole) candidates.push(whole);
  const sets: Set<string>[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const out = new Set<string>();
    for (const w of c) out.add(longestStable(w));
    if (out.has('')) continue;
    const key = [...out].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    sets.push(out);
  }
  if (sets.length === 0) return null;
  sets.sort((a, b) => selectivity(b) - selectivity(a));
  return sets.slice(0, MAX_SETS).map((x) => [...x]);
}

/** The most selective set of requiredSets: literals one of which every match of `re` holds (null: none). */
export function requiredWords(re: RegExp): string[] | null {
  return requiredSets(re)?.[0] ?? null;
}
