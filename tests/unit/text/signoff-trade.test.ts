// @vitest-environment node
/**
 * A small business's name ending in its trade opens its sign-off block (lib/text/unit-nouns19.en.ts): the house notices
 * under it are left out of the rewrite; the same name inside a sentence or an instruction of the reply is not.
 */
import { describe, expect, it } from 'vitest';
import { buildMatrix, leftOut } from '../../../scripts/en-signoff-trade-matrix.ts';

describe('sign-off by a trade name (signature.ts, unit-nouns19.en.ts)', () => {
  const items = buildMatrix();
  it('leaves the notices under a business name out of the reply', () => {
    expect(items.filter((i) => i.want && !leftOut(i)).map((i) => i.text)).toEqual([]);
  });
  it('keeps the reply’s own lines that name a business', () => {
    expect(items.filter((i) => !i.want && leftOut(i)).map((i) => i.text)).toEqual([]);
  });
});
