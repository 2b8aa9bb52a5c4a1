/**
 * (perf33) Work counted without a clock, to catch quadratic work in a test: while `countWork(f)` runs, the built-in
 * string, regular-expression and array helpers the readers use are wrapped so that each call adds the number of
 * characters (or elements) it may touch to a counter. A reader that walks back to its sentence start one character at a
 * time through a one-character `test`, slices the draft up to a flag, runs an expression over the draft or its sentence,
 * or looks through every suggestion for each suggestion shows up as work that grows with the square of the draft's size.
 * Plain `for` loops over indexes are not seen (no wrapper can see `s[i]`); most walks here go through `test`, `slice`,
 * `indexOf` or an array helper.
 *
 * The counts are upper bounds (an expression that fails at its first character is counted as reading from its start to
 * the end of the string), so they compare sizes of the same draft, not readers. The wrappers are installed only for the
 * call and removed after it, even when it throws: the test files of the shared worker must never see them.
 */

type Fn = (...args: never[]) => unknown;
let work = 0;
let on = false;
/** For finding a quadratic reader: the large calls' work by the line that made them (slow; off unless asked). */
let byCaller: Map<string, number> | undefined;
export function traceCallers(on: boolean): Map<string, number> | undefined {
  byCaller = on ? new Map() : undefined;
  return byCaller;
}

const arrayIndexOf = Array.prototype.indexOf;
const strLen = (s: unknown) => (typeof s === 'string' ? s.length : 0);

/** The first frame of a stack in the project's code (past the wrapper and the built-ins that called it). */
function callerLine(stack: string | undefined): string {
  const lines = (stack ?? '').split('\n').slice(2);
  return (lines.find((l) => /\.ts:\d+/.test(l) && !l.includes('work-count.ts')) ?? lines[0] ?? '?').trim();
}

function wrap<T extends object>(proto: T, name: string, cost: (self: unknown, args: unknown[], out: unknown, lastIndex: number) => number): () => void {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  const orig = desc?.value as Fn | undefined;
  if (typeof orig !== 'function') return () => {};
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const lastIndex = on && this instanceof RegExp ? this.lastIndex : 0;
    const out = (orig as (...a: unknown[]) => unknown).apply(this, args);
    if (on) {
      const c = cost(this, args, out, lastIndex);
      work += c;
      if (byCaller && c >= 256) {
        const at = callerLine(new Error().stack);
        const k = `${name} ${at}`;
        byCaller.set(k, (byCaller.get(k) ?? 0) + c);
      }
    }
    return out;
  };
  Object.defineProperty(proto, name, { ...desc, value: wrapped });
  return () => Object.defineProperty(proto, name, desc!);
}

/** An array helper with a callback: each call of the callback counts one. */
function wrapCallback<T extends object>(proto: T, name: string): () => void {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  const orig = desc?.value as Fn | undefined;
  if (typeof orig !== 'function') return () => {};
  const wrapped = function (this: unknown, f: unknown, ...rest: unknown[]) {
    if (!on || typeof f !== 'function') return (orig as (...a: unknown[]) => unknown).call(this, f, ...rest);
    let calls = 0;
    const counted = function (this: unknown, ...a: unknown[]) {
      calls++;
      return (f as (...x: unknown[]) => unknown).apply(this, a);
    };
    try {
      return (orig as (...a: unknown[]) => unknown).call(this, counted, ...rest);
    } finally {
      work += Math.max(1, calls);
      if (byCaller && calls >= 256) {
        const k = `${name} ${callerLine(new Error().stack)}`;
        byCaller.set(k, (byCaller.get(k) ?? 0) + calls);
      }
    }
  };
  Object.defineProperty(proto, name, { ...desc, value: wrapped });
  return () => Object.defineProperty(proto, name, desc!);
}

function install(): () => void {
  const undo: Array<() => void> = [];
  // Every match, test, replace, split, search and matchAll of an expression goes through exec once it is wrapped (the
  // language's RegExpExec), so this one wrapper counts them all: the characters from where the search starts to the end.
  undo.push(
    wrap(RegExp.prototype, 'exec', (self, args, out, lastIndex) => {
      // From where the search started to the end of what it found, or to the end of the string when it found nothing.
      const re = self as RegExp;
      const len = strLen(String(args[0]));
      const from = re.global || re.sticky ? Math.min(lastIndex, len) : 0;
      const m = out as RegExpExecArray | null;
      // A sticky expression tries one place only (split runs one at every character of its text).
      if (re.sticky) return Math.max(1, m ? m[0].length : 1);
      return Math.max(1, m ? m.index + m[0].length - from : len - from);
    }),
  );
  const sliced = (_: unknown, __: unknown[], out: unknown) => Math.max(1, strLen(out));
  for (const name of ['slice', 'substring', 'substr', 'toLowerCase', 'toUpperCase', 'normalize', 'trim', 'trimStart', 'trimEnd', 'padEnd', 'padStart', 'repeat']) undo.push(wrap(String.prototype, name, sliced));
  const scanFrom = (self: unknown, args: unknown[], out: unknown) => {
    const len = strLen(String(self));
    const from = typeof args[1] === 'number' ? Math.max(0, Math.min(len, args[1])) : 0;
    return typeof out === 'number' && out >= 0 ? Math.max(1, out - from + 1) : Math.max(1, len - from);
  };
  undo.push(wrap(String.prototype, 'indexOf', scanFrom));
  undo.push(wrap(String.prototype, 'includes', (self, args) => Math.max(1, strLen(String(self)) - (typeof args[1] === 'number' ? args[1] : 0))));
  undo.push(
    wrap(String.prototype, 'lastIndexOf', (self, args, out) => {
      const len = strLen(String(self));
      const from = typeof args[1] === 'number' ? Math.max(0, Math.min(len, args[1])) : len;
      return typeof out === 'number' && out >= 0 ? Math.max(1, from - out + 1) : Math.max(1, from + 1);
    }),
  );
  for (const name of ['split', 'startsWith', 'endsWith', 'charAt', 'charCodeAt', 'codePointAt', 'at']) undo.push(wrap(String.prototype, name, () => 1));
  // Arrays: what a helper visits (a search per suggestion over all the suggestions is quadratic). The helpers that take a
  // callback are counted by the calls of their callback (some/find stop at the first answer); the searches by the
  // elements they passed; a copy by its length.
  const visited = (self: unknown, args: unknown[], out: unknown) => {
    const len = Array.isArray(self) ? self.length : 0;
    return Math.max(1, typeof out === 'number' && out >= 0 ? out + 1 : len);
  };
  undo.push(wrap(Array.prototype, 'indexOf', visited));
  undo.push(wrap(Array.prototype, 'includes', (self, args) => visited(self, args, Array.isArray(self) ? arrayIndexOf.call(self, args[0]) : -1)));
  undo.push(wrap(Array.prototype, 'lastIndexOf', (self) => Math.max(1, Array.isArray(self) ? self.length : 1)));
  for (const name of ['slice', 'concat', 'join', 'sort', 'reverse', 'flat']) undo.push(wrap(Array.prototype, name, (self, _args, out) => Math.max(1, Array.isArray(out) ? out.length : Array.isArray(self) ? self.length : 1)));
  for (const name of ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'forEach', 'reduce', 'reduceRight', 'flatMap']) undo.push(wrapCallback(Array.prototype, name));
  return () => {
    for (const u of undo.reverse()) u();
  };
}

/** The work `f` did, in characters and elements touched (see the file's comment), and its result. */
export function countWork<T>(f: () => T): { work: number; result: T } {
  const undo = install();
  work = 0;
  on = true;
  try {
    const result = f();
    return { work, result };
  } finally {
    on = false;
    undo();
  }
}
