// @vitest-environment node
/**
 * Register kinds of the eleventh session (lib/tone/cues/register.kinds.ts and register.ts): every kind's
 * own examples (casual kinds show the casual cue, Persian officialese the formal cue; near misses stay
 * quiet), emoji read as casual, and the plain forms that are neither: contractions without apostrophes
 * alone, "I'm writing to" and the formula inside a sentence, plain written standard Persian.
 * Sentences written for this test and the kinds file (not from any eval split).
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL, REGISTER_KINDS } from '../../../lib/tone/cues/register.kinds.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const shows = (text: string, kind: 'casual' | 'formal') => readCustomerTone(text).cues.find((c) => c.kind === kind);

describe('register kinds: each kind fires on its examples and stays quiet on its near misses', () => {
  for (const k of REGISTER_KINDS) {
    const kind = k.category === OFFICIAL ? 'formal' : 'casual';
    it(`${k.name} has examples both ways`, () => {
      expect(k.fires.length).toBeGreaterThan(0);
      expect(k.quiet.length).toBeGreaterThan(0);
    });
    for (const text of k.fires) {
      it(`${k.name}: ${kind} on ${JSON.stringify(text.slice(0, 60))}`, () => {
        const c = shows(text, kind);
        expect(c).toBeDefined();
        for (const e of c!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      });
    }
    for (const text of k.quiet) {
      it(`${k.name}: no ${kind} on ${JSON.stringify(text.slice(0, 60))}`, () => {
        expect(shows(text, kind)).toBeUndefined();
      });
    }
  }
});

describe('register: emoji, plain forms', () => {
  it('an emoji reads casual, with the emoji as evidence', () => {
    const text = 'Thanks for the quick refund, have a lovely weekend 😊';
    expect(shows(text, 'casual')?.evidence.map((e) => e.text)).toContain('😊');
    expect(shows('پیک همین الان رسید، ممنون 🙏', 'casual')).toBeDefined();
  });
  it('a formal letter with an emoji stays formal', () => {
    const text = 'Dear Sir or Madam,\nI am writing to request a copy of my contract 🙂\nYours faithfully,\nMargaret Hale';
    expect(shows(text, 'formal')).toBeDefined();
    expect(shows(text, 'casual')).toBeUndefined();
  });
  it('contractions without apostrophes alone are not casual', () => {
    expect(shows('I dont think the invoice is right, its missing the discount.', 'casual')).toBeUndefined();
  });
  it("\"I'm writing to\" and the formula inside a sentence are plain, \"I am writing to\" opening a letter is formal", () => {
    expect(shows("I'm writing to ask whether the blue kettle is back in stock.", 'formal')).toBeUndefined();
    expect(shows('This is the fourth time I am writing about my deposit.', 'formal')).toBeUndefined();
    expect(shows('Dear Sir or Madam,\nI am writing to request a copy of my contract.\nYours faithfully,\nMargaret Hale', 'formal')).toBeDefined();
  });
  it('plain written standard Persian is neither formal nor casual', () => {
    for (const text of ['قبض برق این ماه سه برابر ماه قبل است. ممکن است کنتور اشتباه خوانده شده باشد؟', 'برنامه از دیروز باز نمی‌شود و خطای ۵۰۲ می‌دهد.']) {
      expect(shows(text, 'formal')).toBeUndefined();
      expect(shows(text, 'casual')).toBeUndefined();
    }
  });
});
