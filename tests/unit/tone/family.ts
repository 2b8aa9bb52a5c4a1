/**
 * One family of a cue's evidence as a test: every `fires` text shows the cue (with `evidence` among its words, each
 * evidence span reading back to its own text), every `quiet` text does not. Used by the kinds tests of each session.
 * `cueMatrixSuite`: the same for a kinds matrix of scripts/ (per kind, [text, shown] cases). `expectCueShown` and
 * `expectCueQuiet`: the same checks as calls inside a test (the frustration tests written kind by kind).
 */
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../lib/i18n/index.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import type { CueKind } from '../../../lib/tone/index.ts';

export type FamilyExample = { text: string; evidence?: string };

export const fam = (kind: CueKind, name: string, fires: FamilyExample[], quiet: string[]) =>
  describe(`${kind}: ${name}`, () => {
    for (const { text, evidence } of fires) {
      it(`shows on ${JSON.stringify(text.slice(0, 70))}`, () => {
        const c = readCustomerTone(text).cues.find((x) => x.kind === kind);
        expect(c).toBeDefined();
        for (const e of c!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        if (evidence) expect(c!.evidence.map((e) => e.text)).toContain(evidence);
      });
    }
    for (const text of quiet) {
      it(`stays quiet on ${JSON.stringify(text.slice(0, 70))}`, () => {
        expect(readCustomerTone(text).cues.find((x) => x.kind === kind)?.evidence.map((e) => e.text)).toBeUndefined();
      });
    }
  });

/**
 * A kinds matrix (scripts/tone-kinds21…23: per kind, [text, shown] cases) as a test: each case shows `kind`'s cue or not
 * as it says, and when `plain` is given no evidence of a shown cue is only such a word (a thanks, a pronoun, an article).
 */
export const cueMatrixSuite = (title: string, sets: Readonly<Record<string, ReadonlyArray<readonly [string, boolean]>>>, kind: CueKind, plain?: RegExp) =>
  describe(title, () => {
    for (const [name, cases] of Object.entries(sets)) {
      describe(name, () => {
        for (const [text, shown] of cases) {
          it(`${shown ? 'shown' : 'quiet'}: ${text.slice(0, 70)}`, () => {
            const c = readCustomerTone(text).cues.find((x) => x.kind === kind);
            expect(!!c).toBe(shown);
            if (c && plain) for (const e of c.evidence) expect(plain.test(e.text.trim())).toBe(false);
          });
        }
      });
    }
  });

/**
 * `kind`'s cue shows on `text` with each of `words` among its evidence, and every piece of evidence says why in a key both
 * UI languages' catalogs hold; with `notEvidence`, no piece is one of those (lower-cased) words.
 */
export function expectCueShown(kind: CueKind, text: string, words: readonly string[], notEvidence?: ReadonlySet<string>): void {
  const c = readCustomerTone(text).cues.find((x) => x.kind === kind);
  expect(c, `${kind} on ${text}`).toBeDefined();
  const ev = c!.evidence.map((e) => e.text);
  for (const w of words) expect(ev, text).toContain(w);
  for (const e of c!.evidence) {
    if (notEvidence) expect(notEvidence.has(e.text.toLowerCase()), `"${e.text}" is not evidence`).toBe(false);
    expect(e.why, `"${e.text}" says why`).toBeDefined();
    expect(Object.keys(catalogs.tone.en)).toContain(e.why);
    expect(Object.keys(catalogs.tone.fa)).toContain(e.why);
  }
}

/** `kind`'s cue shows no evidence on `text`. */
export function expectCueQuiet(kind: CueKind, text: string): void {
  expect(readCustomerTone(text).cues.find((x) => x.kind === kind)?.evidence.map((e) => e.text) ?? [], `quiet on ${text}`).toEqual([]);
}
