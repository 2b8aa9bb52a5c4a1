import { beforeAll, describe, expect, it } from 'vitest';
import type { Token } from '../../../lib/nlp/index.ts';
import { builtinPacks, type PackRule, type PhrasePack } from '../../../lib/packs/index.ts';
import { GENERIC_PACK_ID } from '../../../lib/rewrite/generic/index.ts';
import { suggestRewrites, type Suggestion } from '../../../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';
import { parseMarked } from '../../bench/rewrite-quality.ts';

type RuleInput = Partial<PackRule> & { patterns: string[]; replacements?: string[] };

let n = 0;
/** A pack for tests; rules get ids r0, r1, ... and harmless defaults. Not validated. */
export function testPack(rules: RuleInput[], over: Partial<PhrasePack> = {}): PhrasePack {
  return {
    formatVersion: 1,
    id: over.id ?? `test.pack${n++}`,
    name: 'Test',
    version: '1.0.0',
    languages: ['en'],
    ...over,
    rules: rules.map((r, i) => ({
      id: `r${i}`,
      category: 'other',
      severity: 'warning',
      replacements: ['X'],
      explanation: 'Because.',
      examples: { bad: [{ text: 'x', expected: 'x' }], good: ['y'] },
      ...r,
    })),
  } as PhrasePack;
}

/** Deterministic PRNG (mulberry32) so fuzz runs are reproducible: the benches' one. */
export { rng } from '../../bench/stats.ts';

/** The [[marked]] words of `marked` that no hit of `read` overlaps (by its flagged range), with the plain text and the hits. */
export function unflaggedMarked<H extends { flagged: { start: number; end: number } }>(marked: string, read: (text: string) => H[]) {
  const { text, spans } = parseMarked(marked);
  const hits = read(text);
  const unflagged = spans.filter(([s, e]) => !hits.some((h) => h.flagged.start < e && s < h.flagged.end)).map(([s, e]) => text.slice(s, e));
  return { text, spans, hits, unflagged };
}

/** The engine's jargon advice over `text` with the generic readers on. */
export const jargonFlags = (text: string): Suggestion[] =>
  suggestRewrites(text, builtinPacks, { generic: true }).filter((s) => s.category === 'jargon');

/**
 * One marked positive of a jargon reader's matrix: every `[[marked]]` term is under a jargon flag and every flag is advice
 * (only the agent knows the plain words). With `own` (the reader under test, hits by `start` / `end`), each marked term is
 * also read by that reader itself, not only by one before it. Returns the plain text and the engine's jargon flags.
 */
export function expectMarkedJargon(marked: string, own?: (text: string) => readonly { start: number; end: number }[]) {
  const { text, spans, hits, unflagged } = unflaggedMarked(marked, jargonFlags);
  expect(unflagged).toEqual([]);
  if (own) {
    const mine = own(text);
    expect(spans.filter(([s, e]) => !mine.some((h) => h.start < e && s < h.end)).map(([s, e]) => text.slice(s, e))).toEqual([]);
  }
  for (const h of hits) expect(h.replacements.filter((r) => r.trim())).toEqual([]);
  return { text, hits };
}

/**
 * Up to `per` items of each family of a variant matrix (scripts/fa-matrix*.ts), evenly spaced so every part is met across
 * the families' spellings; a neutral family whole unless `everyNeutral` is false; families whose name `skip` matches left out.
 */
export function sampleByFamily<T extends { family: string; label: string }>(
  items: Iterable<T>,
  per: number,
  { skip, everyNeutral = true }: { skip?: RegExp; everyNeutral?: boolean } = {},
): T[] {
  const byFam = new Map<string, T[]>();
  for (const item of items) {
    if (skip?.test(item.family)) continue;
    (byFam.get(item.family) ?? byFam.set(item.family, []).get(item.family)!).push(item);
  }
  return [...byFam.values()].flatMap((fam) => {
    if (everyNeutral && fam[0].label === 'neutral') return fam;
    const step = Math.max(1, Math.floor(fam.length / per));
    return fam.filter((_, i) => i % step === 0).slice(0, per);
  });
}

/**
 * A variant matrix's sample read by `read` (scripts/fa-matrix.ts's runMatrixItem): every negative caught, no neutral
 * flagged. The first read compiles the built-in packs (slow on a busy machine): done before the tests, not in their time.
 */
export function variantSampleSuite<T extends { label: string }>(
  title: string,
  items: T[],
  read: (item: T) => { hit: boolean; text: string },
  { neutralTitle = 'flags no neutral look-alike, in any spelling', setupTimeout }: { neutralTitle?: string; setupTimeout?: number } = {},
): void {
  describe(title, () => {
    beforeAll(() => void read(items[0]), setupTimeout);
    it('catches every negative combination sampled', () => {
      const missed = items.filter((i) => i.label === 'negative').map(read).filter((r) => !r.hit).map((r) => r.text);
      expect(missed).toEqual([]);
    });
    it(neutralTitle, () => {
      const flagged = items.filter((i) => i.label === 'neutral').map(read).filter((r) => r.hit).map((r) => r.text);
      expect(flagged).toEqual([]);
    });
  });
}

/** One test a row of a table by kind: `${kind}: ${draft}` expects `applied(draft)` to be the whole text Apply all leaves. */
export function appliedKindTests(rows: Record<string, readonly (readonly [string, string])[]>, applied: (draft: string) => string): void {
  for (const [kind, list] of Object.entries(rows)) {
    for (const [draft, want] of list) it(`${kind}: ${draft}`, () => expect(applied(draft)).toBe(want));
  }
}

/**
 * One test a look-alike of a table by kind: `${kind} leaves: …` expects no flag, `${kind} flags: …` a flag; each kind's
 * quiet texts first unless `flagsFirst` (the order the table's file has always run them in).
 */
export function flagKindTests(
  kinds: Record<string, { quiet: readonly string[]; flagged: readonly string[] }>,
  flagged: (text: string) => boolean,
  { flagsFirst = false }: { flagsFirst?: boolean } = {},
): void {
  for (const [kind, { quiet, flagged: flags }] of Object.entries(kinds)) {
    const leaves = () => {
      for (const t of quiet) it(`${kind} leaves: ${t}`, () => expect(flagged(t)).toBe(false));
    };
    const fires = () => {
      for (const t of flags) it(`${kind} flags: ${t}`, () => expect(flagged(t)).toBe(true));
    };
    if (flagsFirst) fires(), leaves();
    else leaves(), fires();
  }
}

/** The learnt readers' suggestions among `list` (rule ids `learnt-…`). */
export const learntOnly = (list: Suggestion[]) => list.filter((s) => s.ruleId.startsWith('learnt-'));

/** The engine over the built-in packs with the learnt readers asked for, quoted text and signature left out as the panel does. */
export function runLearnt(text: string, extra: Parameters<typeof suggestRewrites>[2] = {}): Suggestion[] {
  const exclude = draftNotOwnRanges(text);
  return suggestRewrites(text, builtinPacks, exclude.length ? { exclude, learnt: true, ...extra } : { learnt: true, ...extra });
}

/** A learnt reader's switches: its one suggestion on `fires` by default, none with learnt: false, generic: false, or `ruleId` silenced. */
export function expectLearntSwitches(fires: string, ruleId: string): void {
  expect(learntOnly(suggestRewrites(fires, builtinPacks, { cache: false }))).toHaveLength(1);
  expect(learntOnly(runLearnt(fires, { learnt: false }))).toEqual([]);
  expect(learntOnly(runLearnt(fires, { generic: false }))).toEqual([]);
  expect(learntOnly(runLearnt(fires, { silenced: new Set([`${GENERIC_PACK_ID}/${ruleId}`]) }))).toEqual([]);
}

/** A learnt reader's features: the names per word and for the sentence, and the same hashed without building the names. */
export interface FeatureForms {
  words: (tokens: readonly Token[]) => string[][];
  wordHashes: (tokens: readonly Token[]) => Int32Array[];
  sentence: (tokens: readonly Token[]) => string[];
  sentenceHashes: (tokens: readonly Token[]) => Int32Array;
}

/** On each sentence (read by `tokens`), the hashed forms equal the named ones hashed by `hash`, in the same order. */
export function expectHashedFeatures(sentences: readonly string[], f: FeatureForms, hash: (name: string) => number, tokens: (text: string) => Token[]): void {
  for (const s of sentences) {
    const t = tokens(s);
    expect(f.wordHashes(t).map((h) => [...h].map((x) => x >>> 0))).toEqual(f.words(t).map((w) => w.map(hash)));
    expect([...f.sentenceHashes(t)].map((x) => x >>> 0)).toEqual(f.sentence(t).map(hash));
  }
}

/**
 * A letter typed beside the k-th space of a draft (the keystroke tests): `wordEnd` at the end of the word before it (past
 * the draft's end when it has fewer spaces), `nextWord` inside the word after it, one letter in.
 */
export function typeAtSpace(d: string, k: number, letter: string, where: 'wordEnd' | 'nextWord'): string {
  let at = -1;
  for (let n = 0; n <= k; n++) {
    const next = d.indexOf(' ', at + 1);
    if (next < 0) break;
    at = next;
  }
  if (where === 'nextWord') return `${d.slice(0, at + 2)}${letter}${d.slice(at + 2)}`;
  return at < 0 ? d + letter : `${d.slice(0, at)}${letter}${d.slice(at)}`;
}
