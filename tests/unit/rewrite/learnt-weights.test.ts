// @vitest-environment node
/**
 * The committed learnt weights (lib/rewrite/learnt/{en,fa}.json) are what a fresh training run writes
 * (scripts/train-clause-model.ts --check does the same): a change to the features, the splits or the rules that filter
 * the Bitext negatives needs `npx tsx scripts/train-clause-model.ts` and the new files committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_DIR, modelText, trainLanguage } from '../../../scripts/train-clause-model.ts';

describe('learnt weights', () => {
  for (const lang of ['fa', 'en'] as const) {
    it(`${lang}.json equals a fresh training run and stays small`, async () => {
      const committed = readFileSync(join(MODEL_DIR, `${lang}.json`), 'utf8');
      expect(Buffer.byteLength(committed)).toBeLessThan(150 * 1024);
      const fresh = modelText(await trainLanguage(lang));
      expect(fresh === committed, `${lang}.json differs from a fresh run: npx tsx scripts/train-clause-model.ts`).toBe(true);
    }, 300_000);
  }
});
