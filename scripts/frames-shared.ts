/**
 * What scripts/en38-frames.ts and scripts/en39-frames.ts share: the dump's rows (scripts/en38-dump.ts), regular
 * expressions whose word and space classes are Unicode's, and column formatting by code point.
 */
import { readFileSync } from 'node:fs';

/** One line of scripts/en38-dump.ts's output. Offsets (spans, f) are UTF-16 offsets into text. */
export interface DumpRow {
  split: string;
  id: string | number;
  label: string;
  category?: string | null;
  text: string;
  spans: Array<[number, number]>;
  spanHit: boolean[];
  caught: boolean;
  flagged: boolean;
}

export function readDump(path: string): DumpRow[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DumpRow);
}

/** A word character: a letter, a number or the underscore, in every script (JavaScript's own \w and \b are ASCII only). */
const WORD = String.raw`[\p{L}\p{N}_]`;
/** White space as Unicode defines it (JavaScript's \s adds U+FEFF and lacks U+001C-001F and U+0085). */
const SPACE_CHARS = String.raw`\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const CLASS: Record<string, string> = {
  b: `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`,
  w: WORD,
  W: String.raw`[^\p{L}\p{N}_]`,
  s: `[${SPACE_CHARS}]`,
  S: `[^${SPACE_CHARS}]`,
  d: String.raw`\p{Nd}`,
};

/**
 * A RegExp (always with the u flag) from a pattern whose \b, \w, \W, \s, \S and \d outside brackets are Unicode's word
 * and space classes, whose . is any character but \n (a \r inside a line is an ordinary character) and whose
 * \UXXXXXXXX is a code point. Brackets are copied as written (the frames put none of these classes inside brackets).
 */
export function uRe(src: string, flags = ''): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (n === 'U') {
        out += `\\u{${src.slice(i + 2, i + 10).replace(/^0+(?=.)/, '')}}`;
        i += 9;
      } else if (!inClass && n in CLASS) {
        out += CLASS[n];
        i++;
      } else {
        out += c + n;
        i++;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += src[++i];
    } else out += c === '.' ? '[^\\n]' : c;
  }
  return new RegExp(out, `u${flags}`);
}

/** [start, end) of every match, as UTF-16 offsets (the dump's spans are UTF-16 offsets too). */
export function matchSpans(re: RegExp, text: string): Array<[number, number]> {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  return [...text.matchAll(g)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** True when text holds a character that is not white space. */
const NON_SPACE = uRe(String.raw`\S`);
export const hasNonSpace = (text: string): boolean => NON_SPACE.test(text);

/** The first n characters (code points) of text. */
export const head = (text: string, n: number): string => Array.from(text).slice(0, n).join('');
const width = (text: string): number => Array.from(text).length;
/** text padded with spaces to width code points, on the right (left-aligned) or on the left (right-aligned). */
export const padEnd = (value: string | number, w: number): string => String(value) + ' '.repeat(Math.max(0, w - width(String(value))));
export const padStart = (value: string | number, w: number): string => ' '.repeat(Math.max(0, w - width(String(value)))) + String(value);
/** A value as a printed cell: null as None. */
export const cell = (value: unknown): string => (value === null || value === undefined ? 'None' : String(value));
