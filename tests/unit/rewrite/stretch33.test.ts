// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { FA_SEPARATOR, separatorBetween, wordCharIn } from '../../../lib/rewrite/stretch.ts';

/** A pseudo-random generator with a fixed seed: the same drafts every run. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const PIECES = ['و', 'ولی', 'اما', 'چون', 'که', 'تا', 'بعد', 'ضمناً', 'ضمنا', 'وقت', 'تاب', 'کهنه', 'بعدی', 'نمی‌توانم', 'امکان', ' ', ' ', ' ', '\u200c', '،', ',', '؛', ';', '.', '\n', 'a', 'x'];

describe('separatorBetween (perf33)', () => {
  it('answers as the expression on the text between, for every stretch of random drafts, short and long', () => {
    const next = rng(33);
    let checked = 0;
    for (let d = 0; d < 60; d++) {
      let draft = '';
      const parts = 20 + Math.floor(next() * 200);
      for (let k = 0; k < parts; k++) draft += PIECES[Math.floor(next() * PIECES.length)];
      for (let q = 0; q < 400; q++) {
        const a = Math.floor(next() * draft.length);
        const b = a + 1 + Math.floor(next() * (draft.length - a));
        expect(separatorBetween(draft, a, b), `${JSON.stringify(draft.slice(a, b))}`).toBe(FA_SEPARATOR.test(draft.slice(a, b)));
        checked++;
      }
    }
    expect(checked).toBe(24000);
  });

  it('reads a conjunction at either edge of a long stretch as the expression does (its ^ and $)', () => {
    const long = 'نمی‌توانم'.repeat(20);
    for (const w of ['و', 'ولی', 'تا', 'ضمناً']) {
      for (const draft of [`${w} ${long}`, `${long} ${w}`, `x${w} ${long}`, `${long} ${w}x`, `${w}${long}`, ` ${long}،`]) {
        for (const [a, b] of [[0, draft.length], [1, draft.length], [0, draft.length - 1]]) {
          expect(separatorBetween(draft, a, b), `${w} ${a}-${b}`).toBe(FA_SEPARATOR.test(draft.slice(a, b)));
        }
      }
    }
  });
});

describe('wordCharIn (perf33)', () => {
  it('answers as /[\\p{L}\\p{N}]/u on the slice, surrogate pairs cut at either edge included', () => {
    const WORD = /[\p{L}\p{N}]/u;
    const marks = [' ', '.', ',', '!', '\n', '«', '»', '\u200c', '-', '\u{1F600}', '\u{1D400}', 'a', '۳', 'ب', '\uD835'];
    const next = rng(34);
    let checked = 0;
    for (let d = 0; d < 80; d++) {
      let draft = '';
      const parts = 30 + Math.floor(next() * 300);
      // Mostly marks, so that long stretches without a letter occur.
      for (let k = 0; k < parts; k++) draft += next() < 0.97 ? marks[Math.floor(next() * 9)] : marks[9 + Math.floor(next() * (marks.length - 9))];
      for (let q = 0; q < 300; q++) {
        const a = Math.floor(next() * draft.length);
        const b = a + Math.floor(next() * (draft.length - a + 1));
        expect(wordCharIn(draft, a, b), `${a}-${b}`).toBe(WORD.test(draft.slice(a, b)));
        checked++;
      }
    }
    expect(checked).toBe(24000);
  });
});

describe('run-ons through the per-draft answers (perf33)', () => {
  const dump = (d: string, cache: boolean) => JSON.stringify(suggestRewrites(d, builtinPacks, { cache }).map((x) => [x.start, x.end, x.ruleId, x.replacements, x.explanation]));
  it('a keystroke into a run-on, and drafts read in turn, equal a full analysis of the same text', () => {
    const drafts = ['نمی\u200cتوانم تا '.repeat(120), "I can't a b c d e f until a b c d e f then ".repeat(40), 'متأسفانه امکان\u200cپذیر نیست، '.repeat(50)];
    for (const d of drafts) {
      suggestRewrites(d, builtinPacks);
      for (const frac of [0.1, 0.5, 0.9]) {
        const at = d.indexOf(' ', Math.floor(d.length * frac));
        const typed = `${d.slice(0, at)}s${d.slice(at)}`;
        const kept = dump(typed, true);
        // Another draft between, so the per-draft answers are of another text when the full analysis asks.
        suggestRewrites(drafts[(drafts.indexOf(d) + 1) % drafts.length], builtinPacks, { cache: false });
        expect(kept).toBe(dump(typed, false));
      }
    }
  }, 600_000);
});
