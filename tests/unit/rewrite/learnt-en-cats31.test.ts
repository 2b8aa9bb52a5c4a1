// @vitest-environment node
/**
 * (ml31) The English learnt reader shows blame, commands and jargon again, each at its own threshold
 * (lib/rewrite/learnt/neg.en.ts CATEGORY_THRESHOLD_EN; chosen on the leave-one-split-out folds, lib/rewrite/README.md
 * "ml31"). mlen28 hid them for look-alikes: a customer's own action told back, a named body, a plain instruction, an
 * acronym everyone says. Those must stay quiet; the categories' thresholds are as documented. Sentences are this test's
 * own (other trades than the evaluation sets); learnt-* test files are left out of the reader's training pool.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { CATEGORY_THRESHOLD_EN, loadNegEnModel, readNegEn } from '../../../lib/rewrite/learnt/neg.en.ts';

const SHOWN_AGAIN = ['learnt-blame', 'learnt-command', 'learnt-jargon'];
const shownAgain = (text: string) => suggestRewrites(text, builtinPacks, { learnt: true, cache: false }).filter((s) => SHOWN_AGAIN.includes(s.ruleId));

/** Look-alikes: what the customer did, told back or thanked; a plain step; a named body; words everyone says. */
const QUIET = [
  'Thanks, you followed the steps exactly right and the router is back online.',
  'You have entered the correct postcode, so the courier will find you.',
  'Fill in the delivery address on the next screen and press Confirm.',
  'You can contact the Financial Ombudsman Service if you would like an independent review.',
  'Great news, you booked the last slot on Friday at 3pm.',
  'Please bring your ID and the booking reference to the front desk.',
  'Your PIN will arrive by SMS in a few minutes.',
  'You were right, the invoice listed the wrong VAT rate, and we have corrected it.',
  'Just tap Save and the photos will upload to your album.',
  'You paid on time, so no late fee applies.',
];

/** The same actions gone wrong: still blame to the reader (neg.en.ts toldBack needs a sentence with no reproach). */
const STILL_BLAME = ['You have entered the wrong postcode, so the courier could not find you.'];

describe('blame, command and jargon shown again (ml31)', () => {
  beforeAll(() => loadNegEnModel());

  it('reads commands and jargon from 0.5 and blame from 0.75, the other categories from 0.65', () => {
    expect(CATEGORY_THRESHOLD_EN.command).toBeUndefined();
    expect(CATEGORY_THRESHOLD_EN.jargon).toBeUndefined();
    expect(CATEGORY_THRESHOLD_EN.blame).toBe(0.75);
    expect(CATEGORY_THRESHOLD_EN.refusal).toBe(0.65);
  });

  it.each(STILL_BLAME)('still reads a customer action gone wrong: %s', (s) => {
    // The rules flag it in the engine; the reader's own reading is what the gate must leave.
    expect(readNegEn(s).map((h) => h.category)).toContain('blame');
  });

  it.each(QUIET)('no blame, command or jargon advice on a look-alike: %s', (s) => {
    expect(shownAgain(s).map((x) => s.slice(x.flagged.start, x.flagged.end))).toEqual([]);
  });
});
