/**
 * The trainers' pattern language (see the guide for trainers in README.md). It is parsed here, never turned into a
 * regular expression: lib/rewrite compiles the expansions into a trie that matches in linear time
 * over the language layer's tokens (lib/nlp).
 *
 *   words and punctuation   match themselves as the language layer reads them: case, curly
 *                           apostrophes, contractions ("can't" = "cant" = "cannot" = "can not") and
 *                           common misspellings do not matter; whole words only
 *   [a|b c|]                alternatives; an alternative may be several words or empty (optional group)
 *   {name}                  a slot capturing 1..6 words (up to 8 at the end of the pattern)
 *   {name...}               a slot taking the rest of the clause (up to the next , ; . or "but")
 *   {name:point}            a slot holding a point in time ("May", "ماه بعد"), never a duration
 *   {name:duration}         a slot holding a length of time ("10 days", "۱۰ روز کاری")
 *   {name:clause}           a slot holding a clause with a verb ("we receive the item")
 *   <lemma>                 any form of a word: <be> = am/is/are/was/'m/'s..., <توانستن>
 *   <-lemma>                the word negated, as one idea: <-can> = can't, cant, cannot, can not,
 *                           am unable to, is not able to, won't be able to; <-توانستن> = نمی‌تونم ...
 *   <+lemma>                the word, not negated
 *   <-توانستن:1p>           a Persian verb of that person and number (1s 2s 3s 1p 2p 3p, or 1 2 3,
 *                           sg pl), register (formal, colloquial) or mood (subj); any combination,
 *                           separated by ":" or ","
 *   <NOUN> <VERB> ...       any word with that part of speech (lib/nlp/types.ts POS_TAGS)
 *   <END>                   the clause ends here (punctuation, end of sentence, or "but", "because" ...)
 *   \x                      the character x itself (\< \[ \{ \\)
 *
 * Past a pattern's first element, English intensifying adverbs in the draft ("really", "just",
 * "simply", "currently" ...; lib/nlp TRANSPARENT_ADVERBS) are read past by the engine.
 *
 * formatVersion 1 patterns are the same language without <...> and \; migrate.ts escapes them.
 */
import { analyzeFaWord, isFaVerbLemma, lemmaEn, POS_TAGS, type Pos } from '../nlp/index.ts';
import { foldKey } from '../text/index.ts';
import { MAX_EXPANSIONS_PER_PATTERN, MAX_GROUP_DEPTH, MAX_PATTERN_LENGTH, MAX_SLOTS_PER_PATTERN } from './limits.ts';
import { TEMPLATE_BLANK } from '../rewrite/blank.ts';

/** How much a slot takes: 1..6 words, the rest of the clause, or words naming a point or a length of time. */
export type SlotMode = 'words' | 'rest' | 'point' | 'duration' | 'clause';
export type Polarity = 'any' | 'negative' | 'positive';

export type SlotPiece = { slot: string; mode?: SlotMode };
/**
 * Agreement features of a Persian verb (`<-توانستن:1p>`, `<فرستادن:imp>`). In a pattern they
 * restrict which forms match; in a replacement they set the form to write (what is not set is
 * taken from the matched verb: person, number, register, spelling).
 */
export interface LemmaFeatures {
  person?: 1 | 2 | 3;
  plural?: boolean;
  register?: 'formal' | 'colloquial';
  /** subj: subjunctive (بفرستیم, کنیم); imp: imperative (بفرست, بفرستید, بفرستین); replacements only for imp. */
  mood?: 'subj' | 'imp';
}
export type LemmaPiece = { lemma: string; polarity: Polarity; feats?: LemmaFeatures };
export type PosPiece = { pos: Pos };
export type EndPiece = { clauseEnd: true };

export type PatternNode =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string; mode: SlotMode }
  | { kind: 'lemma'; lemma: string; polarity: Polarity; feats?: LemmaFeatures }
  | { kind: 'pos'; pos: Pos }
  | { kind: 'end' }
  | { kind: 'group'; alternatives: PatternNode[][] };

/** One way of reading a pattern once every group has chosen an alternative. */
export type Piece = string | SlotPiece | LemmaPiece | PosPiece | EndPiece;

export const isSlot = (p: Piece): p is SlotPiece => typeof p !== 'string' && 'slot' in p;
export const isLemma = (p: Piece): p is LemmaPiece => typeof p !== 'string' && 'lemma' in p;
export const isPos = (p: Piece): p is PosPiece => typeof p !== 'string' && 'pos' in p;
export const isEnd = (p: Piece): p is EndPiece => typeof p !== 'string' && 'clauseEnd' in p;

const SLOT_MODES: Record<string, SlotMode> = { '': 'words', '...': 'rest', ':point': 'point', ':duration': 'duration', ':clause': 'clause' };
const ARABIC = /[\u0600-\u06ff]/;

/**
 * Read `<...>` starting at src[i] === '<'. Returns the node and the index after '>'.
 * The lemma is checked against what the language layer produces, so a trainer who writes
 * <running> or <نمیتونم> is told to write <run> or <توانستن>.
 */
function readAngle(src: string, i: number): { node: PatternNode; next: number } {
  const close = src.indexOf('>', i);
  if (close < 0) throw new SyntaxFail(`the "<" at character ${i + 1} is never closed with ">" (write \\< for the character itself)`);
  const inner = src.slice(i + 1, close).trim();
  if (inner === 'END') return { node: { kind: 'end' }, next: close + 1 };
  if (/^[A-Z]+$/.test(inner)) {
    if (!(POS_TAGS as readonly string[]).includes(inner)) throw new SyntaxFail(`<${inner}> is not a part of speech; use one of ${POS_TAGS.join(', ')}, or END`);
    return { node: { kind: 'pos', pos: inner as Pos }, next: close + 1 };
  }
  const polarity: Polarity = inner.startsWith('-') ? 'negative' : inner.startsWith('+') ? 'positive' : 'any';
  const colon = inner.indexOf(':');
  const word = (polarity === 'any' ? inner : inner.slice(1)).slice(0, colon < 0 ? undefined : colon - (polarity === 'any' ? 0 : 1)).trim();
  if (!/^[\p{L}\p{M}\u200c' -]+$/u.test(word) || !HAS_WORD.test(word)) throw new SyntaxFail(`<${inner}> is not a word: write a lemma such as <be>, <-can> or <توانستن>`);
  const lemma = ARABIC.test(word) ? foldKey(word).replace(/[\s\u200c]+/g, '') : foldKey(word).replace(/\s+/g, ' ');
  if (ARABIC.test(lemma)) {
    const a = analyzeFaWord(lemma);
    if (a && a.verb) throw new SyntaxFail(`<${inner}> is an inflected verb; write its infinitive <${polarity === 'negative' ? '-' : polarity === 'positive' ? '+' : ''}${a.lemma}>`);
  } else {
    const base = lemmaEn(lemma);
    if (base !== lemma && !/['\s]/.test(lemma)) throw new SyntaxFail(`<${inner}> is an inflected form; write the lemma <${polarity === 'negative' ? '-' : polarity === 'positive' ? '+' : ''}${base}>`);
  }
  if (colon < 0) return { node: { kind: 'lemma', lemma, polarity }, next: close + 1 };
  if (!ARABIC.test(lemma) || !isFaVerbLemma(lemma)) {
    throw new SyntaxFail(
      ARABIC.test(lemma)
        ? `<${inner}>: person, number, register and mood are for the Persian verbs Tactful can inflect, and <${word}> is not one of them`
        : `<${inner}>: person, number, register and mood are for Persian verbs; in English write the subject itself (we <-can>), and a replacement's <be>, <have>, <do> agree with the subject before them`,
    );
  }
  return { node: { kind: 'lemma', lemma, polarity, feats: readFeatures(inner, inner.slice(colon + 1)) }, next: close + 1 };
}

const PERSON_FEATURES: Record<string, LemmaFeatures> = {
  '1s': { person: 1, plural: false },
  '2s': { person: 2, plural: false },
  '3s': { person: 3, plural: false },
  '1p': { person: 1, plural: true },
  '2p': { person: 2, plural: true },
  '3p': { person: 3, plural: true },
  '1': { person: 1 },
  '2': { person: 2 },
  '3': { person: 3 },
  sg: { plural: false },
  pl: { plural: true },
  formal: { register: 'formal' },
  colloquial: { register: 'colloquial' },
  subj: { mood: 'subj' },
  imp: { mood: 'imp' },
};

/** The features after a lemma's ":" (1p, 2s:colloquial, imp ...); each kind at most once. */
function readFeatures(inner: string, list: string): LemmaFeatures {
  const out: LemmaFeatures = {};
  for (const name of list.split(/[:,\s]+/).filter(Boolean)) {
    const f = PERSON_FEATURES[name];
    if (!f) throw new SyntaxFail(`<${inner}>: "${name}" is not a feature; use 1s 2s 3s 1p 2p 3p (or 1 2 3, sg pl), formal or colloquial, subj or imp`);
    for (const key of Object.keys(f) as (keyof LemmaFeatures)[]) {
      if (out[key] !== undefined) throw new SyntaxFail(`<${inner}> sets its ${key === 'plural' ? 'number' : key} twice`);
    }
    Object.assign(out, f);
  }
  if (!Object.keys(out).length) throw new SyntaxFail(`<${inner}>: write the features after ":" (for example <-توانستن:1p>)`);
  return out;
}

/** A stable text for a set of features (the trie's edge key). */
export function featureKey(f: LemmaFeatures): string {
  return `${f.person ?? ''}${f.plural === undefined ? '' : f.plural ? 'p' : 's'}${f.register ? `:${f.register}` : ''}${f.mood ? `:${f.mood}` : ''}`;
}

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

/**
 * Parse and expand one pattern. Never throws. `version` is the pack's formatVersion: version 1
 * has no <...> elements and no \\ escapes (its "<" and "\\" are plain characters).
 */
export function parsePattern(src: string, version = 2): PatternResult {
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
        const inside = src.slice(i + 1, close);
        const m = /^(.*?)(\.\.\.|:point|:duration|:clause)?$/.exec(inside)!;
        const name = m[1];
        const mode = SLOT_MODES[m[2] ?? ''];
        if (!SLOT_NAME.test(name)) throw new SyntaxFail(`"{${inside}}" is not a valid slot: a slot name is letters, digits or _, optionally followed by ..., :point, :duration or :clause`);
        if (depth > 0) throw new SyntaxFail(`the slot {${name}} cannot be inside [ ]: put it outside the group`);
        if (slots.includes(name)) throw new SyntaxFail(`the slot {${name}} is used twice in this pattern`);
        slots.push(name);
        flush();
        nodes.push({ kind: 'slot', name, mode });
        i = close + 1;
        continue;
      }
      if (ch === '}') throw new SyntaxFail(`"}" at character ${i + 1} has no matching "{"`);
      if (ch === '<' && version >= 2) {
        flush();
        const r = readAngle(src, i);
        if (r.node.kind === 'lemma' && r.node.feats?.mood === 'imp') throw new SyntaxFail(`"imp" is for replacements; a pattern matches the imperative as <${src.slice(i + 1, src.indexOf('>', i)).replace(/:.*$/, '')}:subj:2>`);
        nodes.push(r.node);
        i = r.next;
        continue;
      }
      if (ch === '>' && version >= 2) throw new SyntaxFail(`">" at character ${i + 1} has no matching "<" (write \\> for the character itself)`);
      if (ch === '\\' && version >= 2) {
        if (i + 1 >= src.length) throw new SyntaxFail('a pattern cannot end with a single \\ (write \\\\ for the character itself)');
        text += src[i + 1];
        i += 2;
        continue;
      }
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
  // Every array in `out` is this call's own (made here, or a copy below): a piece is pushed onto it in place.
  let out: Piece[][] = [[]];
  for (const node of nodes) {
    if (node.kind === 'text') for (const e of out) e.push(node.text);
    else if (node.kind === 'slot') for (const e of out) e.push(node.mode === 'words' ? { slot: node.name } : { slot: node.name, mode: node.mode });
    else if (node.kind === 'lemma') for (const e of out) e.push(node.feats ? { lemma: node.lemma, polarity: node.polarity, feats: node.feats } : { lemma: node.lemma, polarity: node.polarity });
    else if (node.kind === 'pos') for (const e of out) e.push({ pos: node.pos });
    else if (node.kind === 'end') for (const e of out) e.push({ clauseEnd: true as const });
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
  if (!HAS_WORD.test(text) && !pieces.some(isLemma)) {
    throw new SyntaxFail('every reading of a pattern needs at least one word outside slots (a <lemma> counts; here all words are optional)');
  }
  // Two slots need a word between them (a <lemma> or <TAG> counts; spaces and <END> do not).
  let lastSlot: SlotPiece | null = null;
  for (const p of pieces) {
    if (isSlot(p)) {
      if (lastSlot) throw new SyntaxFail(`the slots {${lastSlot.slot}} and {${p.slot}} need a word between them`);
      lastSlot = p;
    } else if (isLemma(p) || isPos(p) || (typeof p === 'string' && p.trim() !== '')) lastSlot = null;
  }
}

/**
 * `{ match: true }` is `{=}`: the matched words and the rest of their sentence, as the agent wrote
 * them (a template that keeps a refusal with its reason and adds an offer after it).
 */
export type ReplacementPiece = string | { slot: string; mood?: 'imp' } | { lemma: string; feats?: LemmaFeatures } | { match: true };
export type ReplacementResult = { ok: true; pieces: ReplacementPiece[]; slots: string[] } | { ok: false; message: string };

/** The blank a template leaves for the agent to fill in (one constant, shared with the page's writer). */
export const BLANK = TEMPLATE_BLANK;

/**
 * A replacement is plain text with {name} slots and, from formatVersion 2, <lemma> words that
 * take the form of the matched word without its negation (<can> for "can't" is "can";
 * <توانستن> for «نمی‌تونیم» is «می‌تونیم»), Persian <lemma:features> written for a person, number,
 * register or mood (<توانستن:1p>, <فرستادن:imp>; the rest from the matched verb), {name:imp}
 * (the slot with its Persian 2nd-person verb as an imperative: «بفرستی» -> «بفرست»), {=} (the
 * matched text and the rest of its sentence as written, so a template can keep a refusal with its
 * reason and add the offer after it: `{=}، ولی ___`) and \\ escapes. Never throws.
 */
export function parseReplacement(src: string, version = 2): ReplacementResult {
  if (typeof src !== 'string') return { ok: false, message: 'a replacement must be text' };
  if (CONTROL.test(src)) return { ok: false, message: 'a replacement must not contain control characters' };
  const pieces: ReplacementPiece[] = [];
  const slots: string[] = [];
  let text = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '{') {
      const close = src.indexOf('}', i);
      if (close < 0) return { ok: false, message: `the "{" at character ${i + 1} is never closed with "}"` };
      const inside = src.slice(i + 1, close);
      if (inside === '=') {
        if (text) pieces.push(text);
        text = '';
        pieces.push({ match: true });
        i = close;
        continue;
      }
      const imp = inside.endsWith(':imp');
      const name = imp ? inside.slice(0, -4) : inside;
      if (!SLOT_NAME.test(name)) return { ok: false, message: `"{${inside}}" is not a valid slot: a slot name is letters, digits or _ (optionally followed by :imp)` };
      if (text) pieces.push(text);
      text = '';
      pieces.push(imp ? { slot: name, mood: 'imp' } : { slot: name });
      if (!slots.includes(name)) slots.push(name);
      i = close;
      continue;
    }
    if (ch === '}') return { ok: false, message: `"}" at character ${i + 1} has no matching "{"` };
    if (version >= 2 && ch === '\\' && i + 1 < src.length) {
      text += src[++i];
      continue;
    }
    if (version >= 2 && ch === '<') {
      let node: PatternNode;
      try {
        const r = readAngle(src, i);
        node = r.node;
        i = r.next - 1;
      } catch (err) {
        return { ok: false, message: err instanceof SyntaxFail ? err.message : 'this replacement could not be read' };
      }
      if (node.kind !== 'lemma' || node.polarity !== 'any') return { ok: false, message: 'a replacement can only use <lemma> words (no parts of speech, <END> or +/-)' };
      if (text) pieces.push(text);
      text = '';
      pieces.push(node.feats ? { lemma: node.lemma, feats: node.feats } : { lemma: node.lemma });
      continue;
    }
    text += ch;
  }
  if (text) pieces.push(text);
  return { ok: true, pieces, slots };
}
