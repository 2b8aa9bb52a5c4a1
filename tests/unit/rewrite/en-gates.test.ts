// @vitest-environment node
/**
 * (perfen31) The English readers' gates (lib/rewrite/generic/dispatch.en.ts) only ever skip a reader where it would read
 * nothing: with every gate audited, no reader a gate skipped reads anything on any sentence of the English development
 * splits. A gate written narrower than its reader's own first test (or a reader later taught a new first word its gate does
 * not list) fails here, naming the reader and the word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { auditEnGates, sentenceWords, wordDispatch } from '../../../lib/rewrite/generic/dispatch.en.ts';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { ASIDE_SPLITS, HELD_OUT_SPLIT } from '../../bench/rewrite-quality.ts';

const dir = join(import.meta.dirname, '../../fixtures/rewrite-eval');
/** Development splits only: the aside halves and the held-out split are measured, never read item by item. */
const files = readdirSync(dir)
  .filter((f) => /^en\.[a-z0-9]+\.jsonl$/.test(f))
  .filter((f) => {
    const split = f.split('.')[1];
    return split !== HELD_OUT_SPLIT && !(ASIDE_SPLITS as readonly string[]).includes(split);
  })
  .sort();

describe('English reader gates', () => {
  it('an audit records a reader its word gate skipped where it reads something', () => {
    const read = (w: string) => (w === 'b' ? w : null);
    const narrow = wordDispatch([read], new Map([[read, (w: string) => w === 'a']]));
    expect(narrow.at('b')).toEqual([]);
    expect(narrow.at('a')).toEqual([read]);
    const misses = auditEnGates(() => {
      for (const w of ['a', 'b', 'c']) for (const r of narrow.at(w)) r(w);
    });
    expect(misses).toEqual([{ reader: 'read', word: 'b' }]);
  });

  it('sentence word bits: one bit per test some norm passes; all bits while auditing', () => {
    const gates = sentenceWords([(w) => w === 'until', (w) => w === 'not', (w) => w === 'zebra']);
    const toks = analyzeSentenceTokens("We won't ship it until Monday.");
    expect(gates.bits(toks)).toBe(0b011);
    expect(gates.exact(toks)).toBe(0b011);
    auditEnGates(() => expect(gates.bits(toks)).toBe(-1));
  });

  it('no gate skips a reader that reads something, on every sentence of the English development splits', () => {
    expect(files.length).toBeGreaterThan(10);
    let n = 0;
    const misses = auditEnGates(() => {
      for (const f of files) {
        for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const item = JSON.parse(line) as { text?: string };
          if (typeof item.text !== 'string') continue;
          suggestRewrites(item.text.replace(/\[\[|\]\]/g, ''), builtinPacks, { cache: false });
          n++;
        }
      }
    });
    expect(n).toBeGreaterThan(2000);
    expect(misses).toEqual([]);
  }, 240_000);
});
