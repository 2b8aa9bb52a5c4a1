// @vitest-environment node
/**
 * (perf33) The rewrite analysis stays linear on adversarial drafts, checked without a clock: the work the analysis does
 * (characters and elements the built-in string, expression and array helpers touch, counted by ./work-count.ts) on a
 * draft of 40 KB must be about four times its work on 10 KB of the same draft. Quadratic work (a walk to the sentence's
 * start for every match, an expression over the text between each pair of suggestions, a search of every suggestion per
 * suggestion) makes it sixteen times. Linear drafts read 3.86-4.07 when this was written; the bench's run-ons read 4.8-12
 * before the fixes of perf33 (lib/rewrite/README.md).
 *
 * The drafts are the speed bench's adversarial ones (tests/bench/rewrite.bench.ts, with its extra packs) and their
 * counterparts in the other language. A failure names the draft; `traceCallers` in ./work-count.ts says which line does
 * the growing work (see the README's perf33 section for a script).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import type { PhrasePack } from '../../../lib/packs/schema.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { loadLearntModels } from '../../../lib/rewrite/learnt/load.ts';
import { slotPack, syntheticPack } from '../../bench/rewrite.bench.ts';
import { developmentSplits, loadEvalSet } from '../../bench/rewrite-quality.ts';
import { countWork } from './work-count.ts';

/** At most this times the 10 KB work at 40 KB: linear is 4 (a 4.4 with one quadratic reader was seen before perf33). */
const MAX_RATIO = 4.3;

const repeat = (unit: string) => (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const DRAFTS: Array<[string, (bytes: number) => string]> = [
  // The bench's adversarial drafts.
  ['"I can\'t " repeated', repeat("I can't ")],
  ['"I can\'t a b c d e f until a b c d e f then " repeated', repeat("I can't a b c d e f until a b c d e f then ")],
  ['"x x x ..."', repeat('x ')],
  ['"نمی‌توانم تا " repeated', repeat('نمی\u200cتوانم تا ')],
  ['"متأسفانه امکان‌پذیر نیست، " repeated', repeat('متأسفانه امکان\u200cپذیر نیست، ')],
  ['one word without spaces', repeat('a')],
  ['"we really really ... can\'t"', (bytes) => `we ${'really '.repeat(Math.ceil(bytes / 7))}can't`],
  // Their counterparts in the other language.
  ['"unfortunately that is not possible, " repeated', repeat('unfortunately that is not possible, ')],
  ['"نمی‌توانم " repeated', repeat('نمی\u200cتوانم ')],
  ['"نمی توانم الف ب تا الف ب بعد " repeated (the slot pack\'s Persian rule)', repeat('نمی توانم الف ب تا الف ب بعد ')],
  ['"ب ب ب ..."', repeat('ب ')],
  ['one Persian word without spaces', repeat('ک')],
  ['"ما واقعاً واقعاً ... نمی‌توانیم"', (bytes) => `ما ${'واقعاً '.repeat(Math.ceil(bytes / 14))}نمی\u200cتوانیم`],
];

let packs: PhrasePack[] = [];
beforeAll(async () => {
  await loadLearntModels();
  // The synthetic pack's words from the repository's English development sentences (the bench draws them from a corpus
  // a clean clone does not have; unit tests never read ../shared/corpus).
  const english = developmentSplits('en').flatMap((split) => loadEvalSet('en', split).map((it) => it.text));
  const vocab = [...new Set(english.join(' ').toLowerCase().match(/[a-z']{2,}/g) ?? [])];
  packs = [...builtinPacks, syntheticPack(5000, vocab, 3), slotPack()];
  // Compiled and warmed outside the counts.
  for (const [, make] of DRAFTS) suggestRewrites(make(600), packs, { cache: false });
}, 600_000);

describe('the rewrite analysis does linear work on adversarial drafts (perf33)', () => {
  it.each(DRAFTS)('%s', (_label, make) => {
    const small = countWork(() => suggestRewrites(make(10 * 1024), packs, { cache: false }));
    const large = countWork(() => suggestRewrites(make(40 * 1024), packs, { cache: false }));
    expect(small.work).toBeGreaterThan(0);
    const ratio = large.work / small.work;
    expect(ratio, `work ${small.work} at 10 KB, ${large.work} at 40 KB`).toBeLessThanOrEqual(MAX_RATIO);
  }, 600_000);

  it('counts quadratic work as such (the counter itself)', () => {
    const quadratic = (n: number) => {
      const s = 'ab '.repeat(n);
      let hits = 0;
      for (let i = 0; i < s.length; i += 3) if (/\./.test(s.slice(0, i))) hits++;
      return hits;
    };
    const small = countWork(() => quadratic(1000)).work;
    const large = countWork(() => quadratic(4000)).work;
    expect(large / small).toBeGreaterThan(12);
    // And the helpers are themselves again afterwards.
    expect(String.prototype.slice.name).toBe('slice');
  });
});
