// @vitest-environment node
/**
 * Repeat contact, session 17 (lib/tone/cues/repeat.matrix17.ts), on a sample of the second repeat matrix
 * (scripts/tone-repeat-matrix17.ts: contact acts of every channel and verb form × counts, ordinals, "again" and earlier
 * moments, chasing forms in plain, chat and typo spellings, against repeated faults, the customer's own retries, thanks,
 * answers, order numbers, other matters, "as I said above", quoted mail, third parties, futures and passives).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { repeatMatrix17 } from '../../../scripts/tone-repeat-matrix17.ts';

const fires = (text: string) => readCustomerTone(text).cues.some((c) => c.kind === 'repeat');

describe('repeat variant matrix 17 (a sample: every fifth message, all look-alikes)', () => {
  const sample = repeatMatrix17().filter((m, i) => i % 5 === 0 || !m.repeat);
  it('has contact and look-alike messages in both languages', () => {
    for (const lang of ['en', 'fa']) for (const r of [true, false]) expect(sample.filter((m) => m.lang === lang && m.repeat === r).length).toBeGreaterThan(20);
  });
  it('reads every sampled message by its label', () => {
    const wrong = sample.filter((m) => fires(m.text) !== m.repeat).map((m) => `${m.lang} ${m.kind}: ${m.text}`);
    expect(wrong).toEqual([]);
  });
});

describe('matrix17 readings', () => {
  it.each([
    'I have DMed you on Instagram twice about the missing parcel.',
    'I am messaging you for the third time about my refund.',
    'thrid email about this pls reply',
    'I have been calling you for 10 days about my refund.',
    'My query has been closed without an answer.',
    'I have unsubscribed twice and still get your emails.',
    'Good afternoon, I sent a message this morning concerning my failed recharge. Any update?',
    'تو چت بهم گفتن بسته ارسال شده ولی هنوز نرسیده',
    'هنوزم جوابی نیومده',
    'بار سومه که از اول باید کل ماجرا رو برای یه کارشناس جدید تعریف کنم',
  ])('repeat contact: %s', (text) => expect(fires(text)).toBe(true));
  it.each([
    "I'll call again tomorrow if it still doesn't work.",
    'I was called twice by a scammer pretending to be you.',
    'I texted my husband twice to check the delivery slot.',
    'I wrote down the error code twice to be sure: E42.',
    'The box was open when it arrived. As I said above, the seal was broken.',
    'Thank you for your letter of 3 June. I enclose the completed forms.',
    'پیک دو بار زنگ زد ولی من حموم بودم',
    'برای شوهرم دو بار توضیح دادم ولی یادش نمیاد',
  ])('no repeat contact: %s', (text) => expect(fires(text)).toBe(false));
});
