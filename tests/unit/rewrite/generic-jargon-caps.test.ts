// @vitest-environment node
/**
 * Unlisted back-office codes in English (lib/rewrite/generic/jargon.caps.en.ts): the matrix of
 * scripts/en-jargon-caps-matrix.ts (made-up codes in every construction that uses a code as a status,
 * stage, result or record; known codes, words in capitals and other constructions as look-alikes),
 * and the engine's advice for one.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { readJargonEn, readJargonFa } from '../../../lib/rewrite/generic/jargon.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { buildMatrix, flagsCode } from '../../../scripts/en-jargon-caps-matrix.ts';

const en = (s: string) => readJargonEn(s).map((h) => s.slice(h.start, h.end));

describe('unlisted back-office codes, English', () => {
  it('the matrix: every made-up code in a status construction is flagged, every look-alike is not', () => {
    const wrong = buildMatrix().filter((item) => flagsCode(item) !== item.want).map((i) => `${i.want ? 'missed' : 'flagged'}: ${i.text}`);
    expect(wrong).toEqual([]);
  });

  it('reads the code, not the words around it', () => {
    expect(en('Your booking is showing as QX on our side.')).toEqual(['QX']);
    expect(en('After the survey it goes to BRV review.')).toEqual(['BRV']);
    expect(en("we've logged it as an NDQ with the courier")).toEqual(['NDQ']);
  });

  it('leaves a code the agent explains, and codes after a number', () => {
    expect(en('Your booking is showing as QX (cancelled by the airline) on our side.')).toEqual([]);
    expect(en('The reading came back 40 KPL on the meter.')).toEqual([]);
    expect(en('Your parcel is with DPD and shows as DELIVERED since noon.')).toEqual([]);
  });

  it('is advice in the engine: no text change', () => {
    const s = 'The return segment is showing as QX in your booking.';
    const hits = suggestRewrites(s, builtinPacks).filter((g) => s.slice(g.start, g.end) === 'QX');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'advice', original: 'QX', replacements: [] });
  });
});

describe('Persian initials everyone reads', () => {
  it('«پ.ن» (P.S.) is not an internal unit; «واحد ت.خ» still is', () => {
    const fa = (s: string) => readJargonFa(s).map((h) => s.slice(h.start, h.end));
    expect(fa('پ.ن: فاکتور هم پیوست شده است.')).toEqual([]);
    expect(fa('پ.ن. رسیدتون رو هم فرستادم')).toEqual([]);
    expect(fa('نامه شما در واحد ت.خ ثبت شد.')).toEqual(['ت.خ']);
  });
});
