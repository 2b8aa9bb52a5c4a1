// @vitest-environment node
/**
 * The twenty-ninth session's English recall and neutrals (rwen29: lib/rewrite/generic/kinds29.en.ts, kinds24.en.ts's present
 * perfect, neutral29.en.ts, jargon19.en.ts's job titles, en-core-more's `please-dont`, lib/text/footer.ts's typo excuse): the
 * look-alike matrix of scripts/en-recall29-matrix.ts keeps every positive caught and every close contrast silent.
 */
import { describe, expect, it } from 'vitest';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS29 } from '../../../scripts/en-recall29-matrix.ts';
import { isFooterKey } from '../../../lib/text/footer.ts';

describe('English recall 29: look-alike matrix', () => {
  for (const r of runKinds21(KINDS29)) {
    it(`${r.kind}: positives caught, contrasts silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBe(r.pos);
      expect(r.falses).toEqual([]);
    });
  }
});

describe('a phone line with its typo excuse is a footer', () => {
  it.each([
    "sent from my iphone. pls excuse typos, can't spell on this thing lol",
    'sent from my samsung galaxy - please excuse any typos',
    'please forgive any typos',
    'pls excuse my spelling',
  ])('%s', (key) => expect(isFooterKey(key)).toBe(true));
  it.each(['please excuse the delay, your order is on its way', 'sorry for the typo in the invoice, the total is £40', 'excuse me, your parcel is at the desk'])('not: %s', (key) =>
    expect(isFooterKey(key)).toBe(false),
  );
});
