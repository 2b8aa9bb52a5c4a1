// @vitest-environment node
/**
 * Session 15's guards against false repeat cues (lib/tone/cues/repeat.guards15.ts): each near-miss stays quiet, and the
 * real cue beside it still shows. Sentences written for this test (not from any eval split).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { fam } from './family.ts';

describe('repeat: an order number before a contact noun is no count of contacts', () => {
  for (const text of ['برای سفارش ۷۷۲۱۹ پیام گذاشتم که رنگش عوض بشه', 'I emailed you on Monday about my order #55102 emails not arriving.']) {
    it(`counts nothing in ${JSON.stringify(text.slice(0, 50))}`, () => {
      const r = readCustomerTone(text);
      const c = r.cues.find((x) => x.kind === 'repeat');
      expect(c).toBeDefined();
      expect(c!.evidence.filter((e) => e.why === 'tone.why.contactCount').map((e) => e.text)).toEqual([]);
    });
  }
  it('still counts a real count: «سه تا ایمیل قبلی»', () => {
    const c = readCustomerTone('سه تا ایمیل قبلی فرستادم و هنوز جوابی نیومده.').cues.find((x) => x.kind === 'repeat');
    expect(c?.evidence.some((e) => e.why === 'tone.why.contactCount')).toBe(true);
  });
});

fam('repeat', 'a count beside an order number is still a count', [
  { text: 'سه تا ایمیل قبلی فرستادم و هنوز جوابی نیومده.' },
  { text: 'I have sent my last three emails about order 55310 and nobody has answered.' },
], []);

fam('repeat', 'a reference that names the job, or is quoted in a thank-you for goods that came', [
  { text: 'Following up on case #7730 from last week, any update?' },
  { text: 'Ticket #61204 is still open after three weeks and nobody has replied.' },
], [
  'The lens for case #5120 still has not arrived and the patient comes in on Monday.',
  'We are unhappy with the handling of claim CLM-44810: the roof is still leaking.',
  'Ref: Case #30417. The new router arrived this morning and works perfectly. Many thanks!',
]);

fam('repeat', 'an answer that may not come yet: a condition about the future', [
  { text: 'I have still not received a response to my letter of 2 June.' },
], [
  'Should we not receive a reply within seven days, we shall cancel the contract.',
]);

fam('repeat', "the company's own document not come, and a third party's telling", [
  { text: 'I still have not received a reply to my email of last Tuesday.' },
], [
  'I still have not received the booking confirmation PDF for Saturday. Could you send it?',
  'Our letting agent phoned this morning and we have been told the deposit cannot be returned until your transfer clears.',
]);

fam('repeat', 'checking in on an order, a promise in the company letter, the company sending again', [
  { text: 'Just checking in on my ticket from Monday, any news?' },
  { text: 'I was assured on the phone last week that the fee would be waived.' },
], [
  'Hi, just checking in on the order I placed on Sunday. Any idea when it will ship?',
  'I was assured in writing on 4 April that the direct debit would stop; it was taken again this month.',
  'This is the third time the wrong size has been sent to us and we need it fixed.',
]);

fam('repeat', 'a thank-you note for a past contact that settled the matter', [
  { text: 'Thanks to Omar on chat yesterday, he said it was sorted but it still does not work.' },
  { text: 'Thanks for the call earlier. As discussed, I attach the signed form.' },
], [
  'Thank you to Omar on the chat yesterday, he sorted it all out in minutes. Lovely service!',
]);

fam('repeat', "the company's person beside the customer at the event, no talk about the matter", [
  { text: 'I went through the whole setup with your colleague yesterday and it still does not connect.' },
  { text: 'I spoke with your colleague at the branch on Monday and nothing has changed.' },
], [
  'We checked the flat together with your colleague on Monday and signed the inventory; the boiler was already broken.',
]);

fam('repeat', 'a reference of the job whose request is still waiting stays a repeat', [
  { text: 'This is about the repair for ticket #5521, which is still open.' },
], []);
