// @vitest-environment node
/**
 * The thirty-ninth session's English frustration kinds, sentences written for this test (no eval split):
 * - lib/tone/cues/frustration.en.fp39.ts: each look-alike fires with the guard switched off and stays quiet with it on; the
 *   true cases beside them still fire, with the words that carry the cue as evidence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { fp39 } from '../../../lib/tone/cues/frustration.en.fp39.ts';

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
  { kind: 'thing', text: 'haha my son wants to know if the smart meter can tell when he raids the fridge at night. does your app even show that?? 😂' },
];

const STILL_FRUSTRATED = [
  { text: 'Dear Manager, this is unacceptable. Third time the order is wrong.', ev: ['unacceptable'] },
  { text: 'I want to speak to your manager. This is the third missed delivery.', ev: ['speak to your manager'] },
  { text: "Cheers for the 'quick' refund, only took two months", ev: ["'quick'"] },
  { text: "The certificate says 'Joanna Smyth' AGAIN, should be 'Joanna Smith'. Third reprint. This is ridiculous.", ev: ['ridiculous'] },
  { text: "Your email said it would come 'mid April'. It is now June. Is that still on track?? Unbelievable.", ev: ['Unbelievable'] },
  { text: 'does your app even work?? lol it crashed four times today', ev: ['even'] },
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
