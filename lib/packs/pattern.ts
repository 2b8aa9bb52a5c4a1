/**
 * The trainers' pattern language (see the guide for trainers in README.md). It is parsed here, never turned into a
 * regular expression: lib/rewrite compiles the expansions into a trie that matches in linear time.
 *
 *   words and punctuation   match themselves (case-insensitive, folded, whole words)
 *   [a|b c|]                alternatives; an alternative may be several words or empty (optional group)
 *   {name}                  a slot capturing 1..6 words (up to 8 at the end of the pattern)
 */
import { MAX_EXPANSIONS_PER_PATTERN, MAX_GROUP_DEPTH, MAX_PATTERN_LENGTH, MAX_SLOTS_PER_PATTERN } from './limits.ts';

export type PatternNode =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string }
  | { kind: 'group'; alternatives: PatternNode[][] };

/** One way of reading a pattern once every group has chosen an alternative: text and slots. */
export type Piece = string | { slot: string };

export interface ParsedPattern {
  nodes: PatternNode[];
  /** Slot names in order of appearance. */
  slots: string[];
  expansions: Piece[][];
}

export type PatternResult = { ok: true; pattern: ParsedPattern } | { ok: false; message: string };

const SLOT_NAME = /^[\p{L}\p{N}_]+$/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const HAS_WORD = /[\p{L}\p{N}]/u;

class SyntaxFail extends Error {}

/** Parse and expand one pattern. Never throws. */
export function parsePattern(src: string): PatternResult {
  if (typeof src !== 'string') return { ok: false, message: 'a pattern must be text' };
  if (src.trim() === '') return { ok: false, message: 'a pattern must not be empty' };
  if (src.length > MAX_PATTERN_LENGTH) return { ok: false, message: `a pattern may be at most ${MAX_PATTERN_LENGTH} characters long` };
  if (CONTROL.test(src) || src.includes('\n') || src.includes('\t')) {
    return { ok: false, message: 'a pattern must be one line of text without tabs or control characters' };
  }
  let i = 0;
  const slots: string[] = [];

  const parseSeq = (depth: number): PatternNode[] => {
    const nodes: PatternNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (i < src.length) {
      const ch = src[i];
      if (ch === '[') {
        if (depth >= MAX_GROUP_DEPTH) throw new SyntaxFail(`groups [ ] can be nested at most ${MAX_GROUP_DEPTH} deep`);
        flush();
        const open = i;
        i++;
        const alternatives: PatternNode[][] = [parseSeq(depth + 1)];
        while (src[i] === '|') {
          i++;
          alternatives.push(parseSeq(depth + 1));
        }
        if (src[i] !== ']') throw new SyntaxFail(`the "[" at character ${open + 1} is never closed with "]"`);
        i++;
        if (alternatives.length < 2) throw new SyntaxFail(`the group at character ${open + 1} needs at least two alternatives separated by "|" (use [word|] to make it optional)`);
        nodes.push({ kind: 'group', alternatives });
        continue;
      }
      if (ch === '|' || ch === ']') {
        if (depth === 0) throw new SyntaxFail(`"${ch}" at character ${i + 1} can only be used inside [ ]`);
        break;
      }
      if (ch === '{') {
        const close = src.indexOf('}', i);
        if (close < 0) throw new SyntaxFail(`the "{" at character ${i + 1} is never closed with "}"`);
        const name = src.slice(i + 1, close);
        if (!SLOT_NAME.test(name)) throw new SyntaxFail(`"{${name}}" is not a valid slot: a slot name is letters, digits or _`);
        if (depth > 0) throw new SyntaxFail(`the slot {${name}} cannot be inside [ ]: put it outside the group`);
        if (slots.includes(name)) throw new SyntaxFail(`the slot {${name}} is used twice in this pattern`);
        slots.push(name);
        flush();
        nodes.push({ kind: 'slot', name });
        i = close + 1;
        continue;
      }
      if (ch === '}') throw new SyntaxFail(`"}" at character ${i + 1} has no matching "{"`);
      text += ch;
      i++;
    }
    flush();
    return nodes;
  };

  try {
    const nodes = parseSeq(0);
    if (i < src.length) throw new SyntaxFail(`unexpected "${src[i]}" at character ${i + 1}`);
    if (slots.length > MAX_SLOTS_PER_PATTERN) throw new SyntaxFail(`a pattern may have at most ${MAX_SLOTS_PER_PATTERN} slots`);
    const expansions = expand(nodes);
    for (const e of expansions) checkExpansion(e);
    return { ok: true, pattern: { nodes, slots, expansions } };
  } catch (err) {
    if (err instanceof SyntaxFail) return { ok: false, message: err.message };
    return { ok: false, message: 'this pattern could not be read' };
  }
}

function expand(nodes: PatternNode[]): Piece[][] {
  let out: Piece[][] = [[]];
  for (const node of nodes) {
    if (node.kind === 'text') out = out.map((e) => [...e, node.text]);
    else if (node.kind === 'slot') out = out.map((e) => [...e, { slot: node.name }]);
    else {
      const alts = node.alternatives.flatMap((a) => expand(a));
      if (out.length * alts.length > MAX_EXPANSIONS_PER_PATTERN) {
        throw new SyntaxFail(`this pattern has too many combinations of alternatives (more than ${MAX_EXPANSIONS_PER_PATTERN}); split it into several patterns`);
      }
      const next: Piece[][] = [];
      for (const e of out) for (const a of alts) next.push([...e, ...a]);
      out = next;
    }
  }
  return out.map(mergeText);
}

function mergeText(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

function checkExpansion(pieces: Piece[]): void {
  const text = pieces.filter((p): p is string => typeof p === 'string').join(' ');
  if (!HAS_WORD.test(text)) {
    throw new SyntaxFail('every reading of a pattern needs at least one word outside slots (here all words are optional)');
  }
  for (let k = 1; k < pieces.length; k++) {
    const a = pieces[k - 1];
    const b = pieces[k];
    if (typeof a !== 'string' && typeof b !== 'string') throw new SyntaxFail(`the slots {${a.slot}} and {${b.slot}} need a word between them`);
    if (typeof b === 'string' && b.trim() === '' && k + 1 < pieces.length && typeof a !== 'string' && typeof pieces[k + 1] !== 'string') {
      throw new SyntaxFail(`the slots {${a.slot}} and {${(pieces[k + 1] as { slot: string }).slot}} need a word between them`);
    }
  }
}

export type ReplacementResult = { ok: true; pieces: Piece[]; slots: string[] } | { ok: false; message: string };

/** A replacement is plain text with {name} slots. Never throws. */
export function parseReplacement(src: string): ReplacementResult {
  if (typeof src !== 'string') return { ok: false, message: 'a replacement must be text' };
  if (CONTROL.test(src)) return { ok: false, message: 'a replacement must not contain control characters' };
  const pieces: Piece[] = [];
  const slots: string[] = [];
  let text = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '{') {
      const close = src.indexOf('}', i);
      if (close < 0) return { ok: false, message: `the "{" at character ${i + 1} is never closed with "}"` };
      const name = src.slice(i + 1, close);
      if (!SLOT_NAME.test(name)) return { ok: false, message: `"{${name}}" is not a valid slot: a slot name is letters, digits or _` };
      if (text) pieces.push(text);
      text = '';
      pieces.push({ slot: name });
      if (!slots.includes(name)) slots.push(name);
      i = close;
      continue;
    }
    if (ch === '}') return { ok: false, message: `"}" at character ${i + 1} has no matching "{"` };
    text += ch;
  }
  if (text) pieces.push(text);
  return { ok: true, pieces, slots };
}
