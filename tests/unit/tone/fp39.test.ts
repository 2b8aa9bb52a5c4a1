// @vitest-environment node
/**
 * The thirty-ninth session's English frustration kinds, sentences written for this test (no eval split):
 * - lib/tone/cues/frustration.en.fp39.ts: each look-alike fires with the guard switched off and stays quiet with it on; the
 *   true cases beside them still fire, with the words that carry the cue as evidence;
 * - lib/tone/cues/frustration.en.kinds39.ts: a curt verdict of mock praise after a harm fires (off: quiet), with the verdict
 *   as evidence; sincere praise stays quiet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { fp39 } from '../../../lib/tone/cues/frustration.en.fp39.ts';
import { kinds39 } from '../../../lib/tone/cues/frustration.en.kinds39.ts';

const frustrated = (t: string) => readCustomerTone(t).cues.some((c) => c.kind === 'frustrated');
const evidence = (t: string) => readCustomerTone(t).cues.filter((c) => c.kind === 'frustrated').flatMap((c) => c.evidence.map((e) => e.text));

const LOOK_ALIKES = [
  // a job title in the greeting and a closing formula
  { kind: 'title', text: "Dear Events Manager,\n\nWe are hoping to hold my daughter's engagement dinner in your hall on 3 May for about 60 guests. Could you send the price list and tell us whether outside catering is allowed?\n\nWith respect and thanks,\nFarid Hassan" },
  // two quoted spellings, one correcting the other
  { kind: 'quote', text: "Hello, the certificate is printed with a wrong name, 'Joanna Smyth' but should be 'Joanna Smith'. Could you print a new one? Thank you" },
  // "actually" in a verification asked of a thing
  { kind: 'thing', text: "could you check it was actually posted? She said she would post the form last week and it hasn't arrived yet. Thanks" },
  // "even" in a curious question about what an app does, laughing
  // a fault reported as feedback that asks for nothing
  { kind: 'noReply', text: "A small note for your web team, for what it's worth: the booking page shows the wrong time zone, so the slot times are misleading. No action needed on my booking." },
  { kind: 'thing', text: 'haha my son wants to know if the smart meter can tell when he raids the fridge at night. does your app even show that?? 😂' },
];

const STILL_FRUSTRATED = [
  { text: 'Dear Manager, this is unacceptable. Third time the order is wrong.', ev: ['unacceptable'] },
  { text: 'I want to speak to your manager. This is the third missed delivery.', ev: ['speak to your manager'] },
  { text: "Cheers for the 'quick' refund, only took two months", ev: ["'quick'"] },
  { text: "The certificate says 'Joanna Smyth' AGAIN, should be 'Joanna Smith'. Third reprint. This is ridiculous.", ev: ['ridiculous'] },
  { text: "Your email said it would come 'mid April'. It is now June. Is that still on track?? Unbelievable.", ev: ['Unbelievable'] },
  { text: 'does your app even work?? lol it crashed four times today', ev: ['even'] },
  { text: "For what it's worth, your new checkout is a joke. It crashed twice and charged me for nothing.", ev: ['a joke'] },
  { text: "No need to reply, I've taken my business elsewhere. Third missed delivery this month.", ev: ['my business elsewhere'] },
  { text: 'I was told the bike would be ready on Wednesday. It is Friday and nobody has called. Could you tell me when it will actually be ready?', ev: ['actually'] },
  { text: 'Can someone actually look at my account this time? This is my third email about the same charge.', ev: ['actually'] },
];

describe('frustration.en.fp39: look-alikes of a cue word stay quiet', () => {
  afterEach(() => {
    fp39.on = true;
  });
  for (const { kind, text } of LOOK_ALIKES) {
    it(`${kind}: ${text.slice(0, 50)}`, () => {
      fp39.on = false;
      expect(frustrated(text)).toBe(true);
      fp39.on = true;
      expect(frustrated(text)).toBe(false);
    });
  }
});

describe('frustration.en.fp39: the true cases beside them still fire', () => {
  for (const { text, ev } of STILL_FRUSTRATED) {
    it(text.slice(0, 60), () => {
      expect(frustrated(text)).toBe(true);
      const shown = evidence(text);
      expect(shown).toEqual(expect.arrayContaining(ev));
      expect(shown.some((w) => /^(?:thanks?|thank you|you|please)$/i.test(w.trim()))).toBe(false);
    });
  }
});

const VERDICTS = [
  { text: "My parcel was left in the recycling bin in the rain. Very thoughtful. I'd like a refund for the ruined books.", ev: 'Very thoughtful.' },
  { text: 'The app logged me out three times today and never saved my basket. Really slick.', ev: 'Really slick.' },
  { text: 'The replacement kettle arrived with the same crack as the first one. Truly excellent quality control. I would like my money back.', ev: 'Truly excellent quality control.' },
];
const SINCERE = [
  'Thank you for being so responsive on the chat yesterday. Truly impressive.',
  'New menu is lovely! Live from table 12. Really nice staff too.',
  'Thanks for the quick reply. Very helpful. Could you also send the invoice to my work address?',
  'The engineer came on time and fixed the boiler in an hour. Very professional. Can I leave a review somewhere?',
  'Thanks for the quick refund, I did not expect it so soon. Very efficient.',
];

describe('frustration.en.kinds39: a curt verdict of mock praise after the harm', () => {
  afterEach(() => {
    kinds39.on = true;
  });
  for (const { text, ev } of VERDICTS) {
    it(`fires: ${text.slice(0, 50)}`, () => {
      kinds39.on = false;
      expect(frustrated(text)).toBe(false);
      kinds39.on = true;
      expect(frustrated(text)).toBe(true);
      expect(evidence(text)).toContain(ev);
    });
  }
  for (const text of SINCERE) {
    it(`quiet: ${text.slice(0, 50)}`, () => {
      expect(frustrated(text)).toBe(false);
    });
  }
});
