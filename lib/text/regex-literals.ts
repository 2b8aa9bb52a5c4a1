/**
 * Required literals of a regular expression: a list of strings such that EVERY string the expression matches in
 * holds one of them, read off the expression's own source at module load. A reader that runs many expressions over
 * each sentence tests the list first (`mayMatch`) and skips the expression when none is there: the same answers,
 * without running an expression on the sentences that cannot hold a match (a pre-check that cannot drift from the
 * pattern, as it is made from it).
 *
 * Conservative by construction: anything the analysis does not follow (a character class, `.`, an escape class, a
 * back-reference, a look-around, an optional or repeated part) only shortens or drops a literal, never adds one; an
 * expression it cannot read at all (the `v` flag, syntax it does not know) gets no list (null: always run it).
 * The `g` and `y` flags get none either (their exec reads and sets lastIndex, which skipping would change).
 *
 * Case: with the `i` flag the literals are lower case and tested against the lower-cased text, and only on an
 * ASCII text (under `iu`, «ſ» and the Kelvin sign fold to s and k); a literal with a non-ASCII letter under `i` is not
 * used.
 */

/** Literals one of which every match holds, or null (no such list known). */
export type Required = readonly string[] | null;

class Unreadable extends Error {}

/** A stretch of printable ASCII characters that stand for themselves in a source (not \ ( ) [ ] { } . ^ $ * + ? |). */
const PLAIN_RUN = /[ -#%-',\-/->@-Z_-z~]+/y;
/** A whole alternation of such stretches (a word list), up to its ')' or the source's end. */
const PLAIN_ALTS = /(?:[ -#%-',\-/->@-Z_-z~]+\|)*[ -#%-',\-/->@-Z_-z~]+(?=\)|$)/y;
/** Characters that may start a quantifier. */
const QUANT = new Uint8Array(128);
for (const c of '*+?{') QUANT[c.charCodeAt(0)] = 1;

/**
 * Answers kept per flags and source: the answer is a pure function of the two. A reader's scanner is built over every
 * list of expressions it has read (lib/text/literal-scan.ts), and the tone readers' gates make new RegExp objects of the
 * same sources: each expression is read once per page. Bounded: the expressions are the code's own.
 */
const known = new Map<string, Required>();
const MAX_KNOWN = 20_000;

/** The required literals of `re` (null: none known, or flags that forbid skipping the expression). */
export function requiredLiterals(re: RegExp): Required {
  const key = `${re.flags}/${re.source}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const lits = readLiterals(re);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(key, lits === null ? null : Object.freeze(lits));
  return known.get(key)!;
}

function readLiterals(re: RegExp): string[] | null {
  if (/[gyv]/.test(re.flags)) return null;
  try {
    const p = new Reader(re.source, re.flags.includes('i'), re.flags.includes('u'));
    const req = p.alternation().req;
    if (p.at < p.src.length) return null;
    if (!req || req.length === 0 || req.some((s) => s.length === 0)) return null;
    return withoutHolders(req);
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** A pre-check made once per expression: whether `text` may hold a match (false: it holds none). */
export interface Precheck {
  readonly literals: Required;
  readonly fold: boolean;
}

export function precheck(re: RegExp): Precheck {
  return { literals: requiredLiterals(re), fold: re.flags.includes('i') };
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `text` may hold a match of the expression `c` was made from. `lower` is the text in lower case when the
 * caller has it (made once per text for every case-insensitive expression), `ascii` whether the text is ASCII.
 */
export function mayMatch(c: Precheck, text: string, lower: string, ascii: boolean): boolean {
  const lits = c.literals;
  if (lits === null) return true;
  if (c.fold && !ascii) return true;
  const t = c.fold ? lower : text;
  for (let i = 0; i < lits.length; i++) if (t.includes(lits[i])) return true;
  return false;
}

/** Whether a text is ASCII (for mayMatch). */
export function isAsciiText(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Of two candidate lists, the one more likely to reject: the longer shortest literal, then the fewer literals. */
function better(a: readonly string[], b: readonly string[] | null): boolean {
  if (b === null) return true;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  return ma !== mb ? ma > mb : a.length < b.length;
}

type Atom = { kind: 'char'; ch: string } | { kind: 'group'; req: Required; exact: readonly string[] | null; look: boolean } | { kind: 'other' } | { kind: 'assert' };

/** What a part of the expression tells: literals every match of it holds (req), and the texts it matches when they are a few fixed strings (exact). */
interface Part {
  req: Required;
  exact: readonly string[] | null;
}

/** The most texts a run or a group of fixed strings is spelt out into. */
const MAX_SET = 24;

/**
 * The list without a literal that holds another of the list (where it is, the other is too). The list has no repeats
 * (alternation makes it from a set), so a literal goes when a shorter one of the list is inside it: looked up by its
 * substrings of the list's lengths in a set (a list of thousands of literals, as a word-list reader's, cost a quadratic
 * pass of `includes`).
 */
function withoutHolders(req: readonly string[]): string[] {
  if (req.length <= 32) return req.filter((s, i) => !req.some((o, j) => j !== i && s.includes(o) && (o !== s || j < i)));
  const all = new Set(req);
  const lengths = [...new Set(req.map((s) => s.length))].sort((a, b) => a - b);
  return req.filter((s) => {
    for (const n of lengths) {
      if (n >= s.length) break;
      for (let at = 0; at + n <= s.length; at++) if (all.has(s.slice(at, at + n))) return false;
    }
    return true;
  });
}

const BRACE = /\{(\d+)(?:,(\d*))?\}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const LETTER = /[A-Za-z]/y;

/** Whether a sticky expression matches at `at`. */
function sticky(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

class Reader {
  at = 0;
  constructor(
    readonly src: string,
    readonly fold: boolean,
    readonly unicode: boolean,
  ) {}

  /** a|b|c up to a ')' or the end: every alternative must hold a literal. */
  alternation(): Part {
    // A list of plain words: each alternative's literal is itself, and the words are the texts it matches.
    PLAIN_ALTS.lastIndex = this.at;
    const m = PLAIN_ALTS.exec(this.src);
    if (m !== null) {
      this.at += m[0].length;
      const words = new Set((this.fold ? m[0].toLowerCase() : m[0]).split('|'));
      const req = [...words];
      return { req, exact: words.size <= MAX_SET ? req : null };
    }
    const alts: Part[] = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    // Unions in first-seen order; the exact set only grows, so it is dropped as soon as it passes MAX_SET.
    let req: Set<string> | null = new Set();
    let exact: Set<string> | null = new Set();
    for (const a of alts) {
      if (req !== null) {
        if (a.req === null) req = null;
        else for (const s of a.req) req.add(s);
      }
      if (exact !== null) {
        if (a.exact === null) exact = null;
        else {
          for (const s of a.exact) exact.add(s);
          if (exact.size > MAX_SET) exact = null;
        }
      }
    }
    return { req: req === null ? null : [...req], exact: exact === null ? null : [...exact] };
  }

  /**
   * A concatenation: its runs of plain text (characters, and groups that match one of a few fixed strings, spelt out)
   * and its required groups are each a candidate; the best one is kept. Zero-width parts (\b, ^, $, look-arounds)
   * consume nothing, so a run goes on across them.
   */
  sequence(): Part {
    const src = this.src;
    let best: readonly string[] | null = null;
    /** The current run: the texts it may be (one, unless a group of fixed strings was spelt into it). */
    let run: string[] = [''];
    /** Plain characters read since run was last spelt out: appended to each of its texts at once. */
    let pending = '';
    let whole = true;
    const spell = () => {
      if (pending === '') return;
      const add = pending;
      run = run.length === 1 ? [run[0] + add] : run.map((r) => r + add);
      pending = '';
    };
    const flush = () => {
      spell();
      if (run.every((r) => r.length > 0) && better(run, best)) best = run;
      run = [''];
    };
    while (this.at < src.length && src[this.at] !== '|' && src[this.at] !== ')') {
      // A stretch of plain ASCII characters, none quantified: taken whole.
      PLAIN_RUN.lastIndex = this.at;
      let end = PLAIN_RUN.test(src) ? PLAIN_RUN.lastIndex : this.at;
      if (end > this.at && QUANT[src.charCodeAt(end)] === 1) end--;
      if (end > this.at) {
        const part = src.slice(this.at, end);
        pending += this.fold ? part.toLowerCase() : part;
        this.at = end;
        continue;
      }
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === 'char') {
        const ch = this.fold ? atom.ch.toLowerCase() : atom.ch;
        const usable = !(this.fold && NON_ASCII.test(atom.ch)) && ch.length === 1;
        if (q.min >= 1 && usable) {
          pending += ch;
          if (q.quantified) {
            flush();
            whole = false;
          }
        } else {
          flush();
          whole = false;
        }
      } else if (atom.kind === 'group') {
        if (atom.look) continue; // zero-width
        if (!q.quantified && atom.exact !== null && run.length * atom.exact.length <= MAX_SET) {
          spell();
          const exact = atom.exact;
          run = run.flatMap((r) => exact.map((e) => r + e));
          continue;
        }
        flush();
        whole = false;
        if (q.min >= 1 && atom.req && atom.req.every((r) => r.length > 0) && better(atom.req, best)) best = atom.req;
      } else if (atom.kind === 'other') {
        flush();
        whole = false;
      }
      // 'assert': zero-width, the run goes on.
    }
    spell();
    const exact = whole ? run : null;
    flush();
    return { req: best, exact };
  }

  quantifier(): { min: number; quantified: boolean } {
    const c = this.src[this.at];
    let min = 1;
    if (c === '*' || c === '?') {
      min = 0;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      BRACE.lastIndex = this.at;
      const m = BRACE.exec(this.src);
      if (!m) {
        if (this.unicode) throw new Unreadable();
        return { min: 1, quantified: false };
      }
      min = Number(m[1]);
      this.at += m[0].length;
    } else return { min: 1, quantified: false };
    if (this.src[this.at] === '?') this.at++;
    return { min, quantified: true };
  }

  atom(): Atom {
    const s = this.src;
    const c = s[this.at];
    if (c === '(') {
      this.at++;
      let look = false;
      if (s[this.at] === '?') {
        const head = s.slice(this.at, this.at + 3);
        if (head.startsWith('?:')) this.at += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          look = true;
          this.at += 2;
        } else if (head === '?<=' || head === '?<!') {
          look = true;
          this.at += 3;
        } else if (head.startsWith('?<')) {
          const end = s.indexOf('>', this.at);
          if (end < 0) throw new Unreadable();
          this.at = end + 1;
        } else throw new Unreadable(); // modifiers (?i:…) and anything newer
      }
      const part = this.alternation();
      if (s[this.at] !== ')') throw new Unreadable();
      this.at++;
      return { kind: 'group', req: part.req, exact: part.exact, look };
    }
    if (c === '[') {
      this.at++;
      if (s[this.at] === '^') this.at++;
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      if (s[this.at] !== ']') throw new Unreadable();
      this.at++;
      return { kind: 'other' };
    }
    if (c === '.') {
      this.at++;
      return { kind: 'other' };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'assert' };
    }
    if (c === '*' || c === '+' || c === '?') throw new Unreadable();
    if (c === '\\') return this.escape();
    // A character outside the BMP is two code units in a non-unicode source: both taken as one piece.
    this.at++;
    return { kind: 'char', ch: c };
  }

  escape(): Atom {
    const s = this.src;
    const c = s[this.at + 1];
    if (c === undefined) throw new Unreadable();
    this.at += 2;
    if (c === 'b' || c === 'B') return { kind: 'assert' };
    if ('dDwWsS'.includes(c)) return { kind: 'other' };
    if (/[0-9]/.test(c)) {
      while (/[0-9]/.test(s[this.at] ?? '')) this.at++;
      return { kind: 'other' };
    }
    if (c === 'k' && s[this.at] === '<') {
      const end = s.indexOf('>', this.at);
      if (end < 0) throw new Unreadable();
      this.at = end + 1;
      return { kind: 'other' };
    }
    if ((c === 'p' || c === 'P') && s[this.at] === '{') {
      const end = s.indexOf('}', this.at);
      if (end < 0) throw new Unreadable();
      this.at = end + 1;
      return { kind: 'other' };
    }
    if (c === 'x') {
      if (!sticky(HEX2, s, this.at)) throw new Unreadable();
      this.at += 2;
      return { kind: 'other' };
    }
    if (c === 'u') {
      if (s[this.at] === '{') {
        const end = s.indexOf('}', this.at);
        if (end < 0) throw new Unreadable();
        this.at = end + 1;
      } else if (sticky(HEX4, s, this.at)) this.at += 4;
      else throw new Unreadable();
      return { kind: 'other' };
    }
    if (c === 'c') {
      if (!sticky(LETTER, s, this.at)) throw new Unreadable();
      this.at += 1;
      return { kind: 'other' };
    }
    if ('nrtfv'.includes(c)) return { kind: 'other' };
    // An identity escape (\. \- \/ \? \( \' \ …): the character itself.
    if (/[A-Za-z]/.test(c)) throw new Unreadable();
    return { kind: 'char', ch: c };
  }
}
