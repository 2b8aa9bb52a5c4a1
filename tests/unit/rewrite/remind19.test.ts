// @vitest-environment node
/**
 * The lead's session-19 English pass (lib/rewrite/generic/remind19.en.ts): a pointed reminder and "you weren't supposed
 * to", the reminder's rewrite at a sentence start (lib/rewrite/remind19.rewrite.en.ts), and the family matrix
 * (scripts/en-family-matrix.ts, families `remind/…`). Sentences written for this test, none copied from an evaluation file.
 */
import { describe, expect, it } from 'vitest';
import { applySuggestion, suggestRewrites } from '../../../lib/rewrite/engine.ts';
import { explainGeneric } from '../../../lib/rewrite/generic/index.ts';
import { readRemind19En } from '../../../lib/rewrite/generic/remind19.en.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { familyMatrix } from '../../../scripts/en-family-matrix.ts';

const read = (s: string) => readRemind19En(s).map((h) => [h.construction, s.slice(h.start, h.end)]);

describe('a pointed reminder and "not supposed to"', () => {
  it.each([
    ['May I remind you that the voucher expired in March.', 'pointed-reminder', 'May I remind you'],
    ['i must remind u that the room was booked as non-smoking', 'pointed-reminder', 'i must remind u'],
    ["I'd like to remind you that you signed the hire agreement.", 'pointed-reminder', "I'd like to remind you"],
    ['Kindly be reminded that late fees apply.', 'pointed-reminder', 'Kindly be reminded'],
    ['The tag was removed, which you were not supposed to do.', 'not-supposed-to', 'you were not supposed to'],
    ["You're not meant to share the login with colleagues.", 'not-supposed-to', "You're not meant to"],
  ])('reads %s', (s, c, words) => {
    expect(read(s)).toContainEqual([c, words]);
  });

  it.each([
    "I'd like to remind you that your appointment is tomorrow at 10.",
    "I'll remind you the day before.",
    'Can I remind you to bring your ID on the day?',
    'Just a reminder that the sale ends on Sunday.',
    "You weren't supposed to be charged for that, I've refunded it.",
    "You weren't meant to have to wait this long, sorry.",
    "It's supposed to arrive on Friday.",
  ])('leaves %s', (s) => {
    expect(read(s)).toEqual([]);
  });

  it('explains both in both UI languages', () => {
    expect(explainGeneric('en', 'pointed-reminder', 'en', 'May I remind you')).toMatch(/^This reminds the customer pointedly/);
    expect(explainGeneric('en', 'pointed-reminder', 'fa', 'May I remind you')).toMatch(/یادآوری/);
    expect(explainGeneric('en', 'not-supposed-to', 'en', 'you were not supposed to')).toMatch(/broke a rule/);
    expect(explainGeneric('en', 'not-supposed-to', 'fa', 'you were not supposed to')).toMatch(/قانونی/);
  });
});

describe('the reminder rewritten at a sentence start', () => {
  const rewrite = (draft: string) => suggestRewrites(draft, builtinPacks).find((s) => s.ruleId === 'pointed-reminder');

  it('"May I remind you that" becomes "Just a reminder that", the rest untouched', () => {
    const draft = 'Hello Ana,\n\nMay I remind you that the booking terms were sent with your confirmation.';
    const s = rewrite(draft)!;
    expect(s.kind).toBe('rewrite');
    expect(applySuggestion(draft, s)).toBe('Hello Ana,\n\nJust a reminder that the booking terms were sent with your confirmation.');
  });

  it('keeps a lowercase start lowercase after a greeting on the same line', () => {
    const draft = 'Hi Sam, may I remind you that the terms were sent with your confirmation.';
    expect(applySuggestion(draft, rewrite(draft)!)).toBe('Hi Sam, just a reminder that the terms were sent with your confirmation.');
  });

  it('stays advice in the middle of a sentence or without "that"', () => {
    expect(rewrite('As agreed, I must remind you that the deposit is non-refundable.')?.kind).toBe('advice');
    expect(rewrite('May I remind you of our terms.')?.kind).toBe('advice');
  });
});

describe('the family matrix', () => {
  it('catches every remind/ negative and none of its look-alikes', () => {
    const items = familyMatrix().filter((x) => x.kind.startsWith('remind/'));
    expect(items.filter((x) => x.label === 'negative' && !readRemind19En(x.text).length).map((x) => x.text)).toEqual([]);
    expect(items.filter((x) => x.label === 'neutral' && readRemind19En(x.text).length).map((x) => x.text)).toEqual([]);
  });
});
