// @vitest-environment node
/**
 * rwfab27: the Persian breadth matrix (scripts/fa-breadth27-matrix.ts) of dismissive, passive-aggressive, ill-try, policy,
 * system and jargon phrasing in many trades and registers, over the four spellings: no contrast is flagged, and the
 * negatives stay caught except the ones listed here as known holes (a tier code in Finglish, officialese a customer also uses).
 */
import { describe, expect, it } from 'vitest';
import { runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { breadth27Items } from '../../../scripts/fa-breadth27-matrix.ts';

/** Negatives no reader reaches yet (named in lib/rewrite/README.md, section rwfab27). */
const KNOWN_HOLES = [
  'کلاً دو دقیقه کار داره',
  'برگشت از وصول',
  'در دست اقدام',
  'کمیسیون ماده ۷',
  'مختومه',
  'ticketeton escalate',
];
const fold = (t: string): string => t.replace(/ي/g, 'ی').replace(/ك/g, 'ک');

const items = breadth27Items({ orthoAll: true });

describe('Persian breadth matrix (rwfab27)', () => {
  for (const cat of ['dismissive', 'passive-aggressive', 'ill-try', 'policy', 'system', 'jargon']) {
    it(`${cat}: every negative caught but the known holes`, () => {
      const missed = items.filter((x) => x.category === cat && x.label === 'negative').map(runMatrixItem).filter((r) => !r.hit);
      expect(missed.map((r) => r.text).filter((t) => !KNOWN_HOLES.some((h) => fold(t).includes(h)))).toEqual([]);
    });
  }
  for (const cat of ['dismissive', 'ill-try', 'policy', 'system', 'jargon']) {
    it(`${cat}: no contrast flagged`, () => {
      const flagged = items.filter((x) => x.category === cat && x.label === 'neutral').map(runMatrixItem).filter((r) => r.hit);
      expect(flagged.map((r) => r.text)).toEqual([]);
    });
  }
  it('passive-aggressive: no contrast flagged but the blame reader\'s «اشتباه … گفتید» (left to the blame work)', () => {
    const flagged = items.filter((x) => x.category === 'passive-aggressive' && x.label === 'neutral').map(runMatrixItem).filter((r) => r.hit);
    expect(flagged.map((r) => r.text).filter((t) => !/دقت کرد/.test(fold(t)))).toEqual([]);
  });
});
