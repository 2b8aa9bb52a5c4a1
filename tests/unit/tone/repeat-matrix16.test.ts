// @vitest-environment node
/**
 * Repeat contact: a count or "again" is a repeat contact only when a contact word in its sentence is a contact act of the
 * customer's towards the company (lib/tone/cues/repeat.matrix16.ts), on a sample of the repeat variant matrix
 * (scripts/tone-repeat-matrix.ts: counted contacts by every channel vs counted faults, payments, orders, deliveries,
 * thanks, answers to the agent, quoted history, contact words naming a product, third parties' and machines' messages,
 * tickets bought). Kinds still open are left out of the sample and named below.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { repeatMatrix } from '../../../scripts/tone-repeat-matrix.ts';

/** Open (recall): "thrid" misspelt, "u" for you with no other contact sign, «تو چت بهم گفتن» (a promise told in the chat). */
const OPEN = /thrid|sent u another|wrote to u|تو چت بهم گفتن/;

const fires = (text: string) => readCustomerTone(text).cues.some((c) => c.kind === 'repeat');

describe('repeat variant matrix (a sample: every sixth message, and all of batch2)', () => {
  const sample = repeatMatrix().filter((m, i) => (i % 6 === 0 || m.kind === 'batch2') && !OPEN.test(m.text));
  it('has contact and look-alike messages in both languages', () => {
    for (const lang of ['en', 'fa']) for (const r of [true, false]) expect(sample.filter((m) => m.lang === lang && m.repeat === r).length).toBeGreaterThan(5);
  });
  it('reads every sampled message by its label', () => {
    const wrong = sample.filter((m) => fires(m.text) !== m.repeat).map((m) => `${m.lang} ${m.kind}: ${m.text}`);
    expect(wrong).toEqual([]);
  });
});

describe('matrix16 conditions', () => {
  it.each([
    'My calls keep dropping again. What should I do?',
    'The messages app crashed for the third time.',
    'I emailed the seller again but they are not answering. Can you check on your side?',
    'Your automated call rang me three times last night.',
    'I bought two tickets again for the Saturday show. Can I refund one?',
    'As you asked, here are the photos of the crack again from two angles.',
    'Sorry, what was the phone number again?',
    'Hello again! Quick question about a different order: can I change the colour?',
    'فرم ثبت‌نام باز هم ارور میده.',
    'دو بار به بانک زنگ زدم میگن پول از حسابم رفته.',
  ])('no repeat contact: %s', (text) => expect(fires(text)).toBe(false));
  it.each([
    'I called twice and my calls keep dropping before anyone answers.',
    'Your chat agent disconnected again, this is my third chat today.',
    'Following on from my email last Thursday, I am attaching the photos you asked for again.',
    'I have emailed the seller and you twice, still no reply from you.',
    'Hello again, is there any update on my refund?',
    'Sorry to bother you again, one more question: does it come with a charger?',
    'دو بار زنگ زدم و هر بار تماس وسط صحبت قطع شد.',
    'دیروز هم زنگ زدم درباره همین قطعی، گفتن تا عصر وصل میشه.',
  ])('still a repeat contact: %s', (text) => expect(fires(text)).toBe(true));
});
