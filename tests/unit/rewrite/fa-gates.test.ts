// @vitest-environment node
/**
 * The Persian readers' gates (lib/rewrite/generic/dispatch.fa.ts) only ever skip a reader where it would read nothing: with
 * every gate audited, no reader a gate skipped reads anything on the Persian development splits (a third of their items
 * in `npm test`, every item in `npm run audit`). A gate written narrower than its reader's own first test (or a reader
 * later taught a new first word its gate does not list) fails here, naming the reader and the word.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { auditFaGates, gatedDispatch } from '../../../lib/rewrite/generic/dispatch.fa.ts';
import { developmentSplits, loadEvalSet } from '../../bench/rewrite-quality.ts';
import { auditSlice } from '../audit-slice.ts';

/**
 * Development splits only: the aside halves and the held-out split are measured, never read item by item. A third of them
 * in `npm test` (every third item of the splits taken in turn, ../audit-slice.ts); `npm run audit` reads them all.
 */
const texts = auditSlice(developmentSplits('fa').flatMap((split) => loadEvalSet('fa', split).map((item) => item.text)), 3);

describe('Persian reader gates', () => {
  it('an audit records a reader its gate skipped where it reads something', () => {
    const read = (w: string) => (w === 'b' ? w : null);
    const narrow = gatedDispatch([read], new Map([[read, { w: (w: string) => w === 'a' }]]));
    expect(narrow('b', undefined)).toEqual([]);
    const misses = auditFaGates(() => {
      for (const w of ['a', 'b', 'c']) for (const r of narrow(w, undefined)) r(w);
    });
    expect(misses).toEqual([{ reader: 'read', word: 'b' }]);
  });

  it('no gate skips a reader that reads something, on the Persian development splits (a third of them in npm test, all in npm run audit)', () => {
    const misses = auditFaGates(() => {
      // The learnt readers do not go through these gates (lib/rewrite/learnt reads its own features), so they are left
      // off: the same gated readers run on the same sentences (0 misses either way).
      for (const text of texts) suggestRewrites(text, builtinPacks, { cache: false, learnt: false });
    });
    expect(texts.length).toBeGreaterThan(2000);
    expect(misses).toEqual([]);
  }, 240_000);
});
