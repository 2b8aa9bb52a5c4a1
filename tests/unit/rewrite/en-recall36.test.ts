// @vitest-environment node
/**
 * The thirty-sixth session's English kinds (rwen36: generic/kinds36.en.ts and engine.ts's ownFrameEn; second spans of
 * two-span items on the writer splits): look-alikes of other trades, spellings and registers are flagged over the words
 * given, and the contrasts stay silent there. Written for these tests, never copied from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const read = (text: string) => suggestRewrites(text, builtinPacks, { learnt: false, cache: false });
/** Whether a suggestion's flagged words cover `words` in `text`. */
const flags = (text: string, words: string): boolean => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return read(text).some((s) => s.flagged.start < at + words.length && at < s.flagged.end);
};

/** [text, the words that must be flagged]. */
const FLAGGED: ReadonlyArray<readonly [string, string]> = [
  // A repeated apology closing news that is done or arranged.
  ["Your new keys are cut and ready at reception, so sorry again!", 'sorry again'],
  ['the plumber is booked for thurs morning sorry again 😬', 'sorry again'],
  ["I've emailed the signed lease over now, really sorry again.", 'sorry again'],
  ['ok the voucher code is attached, soz again :)', 'soz again'],
  ['Here is the corrected invoice for March, sorry again 🙏🙏', 'sorry again'],
  // The machine given as the reason for the agent's refusal.
  ["The computer says your membership has lapsed, so I can't book the court for you.", 'The computer says'],
  ["the system says the voucher's expired so i cant apply it sorry", 'the system says'],
  ["Our booking system's got it locked, I can't add a second dog to the slot.", "Our booking system's got it locked"],
  ["The algorithm decided the listing breaks the rules and there's nothing we can do to restore it.", 'The algorithm decided'],
  ['The till just says no when I scan the coupon, love.', 'The till just says no'],
  ['Honestly the computer says no on this one.', 'the computer says no'],
  // A closing "no exceptions" after an order.
  ['You have to wear a lifejacket on the kayak, no exceptions.', 'no exceptions'],
  ['ya gotta show photo ID at the door, no exceptions', 'no exceptions'],
];

/** Whether one of this session's readings (or the engine's ownFrameEn) covers `words`: the packs' own apology rules stay as they are. */
const OURS = new Set(['reflex-apology', 'system-blocks', 'no-exceptions']);
const oursFlag = (text: string, words: string): boolean => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return read(text).some((s) => OURS.has(s.ruleId) && s.flagged.start < at + words.length && at < s.flagged.end);
};

/** [text, words this session's readings must not flag]. */
const SILENT: ReadonlyArray<readonly [string, string]> = [
  // An apology owed, said again: the fault, the delay or the loss named.
  ['Your refund is processed, sorry again for the delay.', 'sorry again'],
  ['The courier lost the first parcel, sorry again.', 'sorry again'],
  ["Sorry again, we couldn't find the booking.", 'Sorry again'],
  ['Is the new code working? Sorry again!', 'Sorry again'],
  ["We're sorry again to hear about your loss.", 'sorry again'],
  // A machine that reports news, a condition, a question, the customer's own device.
  ['The system says your parcel was delivered yesterday at 2pm.', 'The system says'],
  ['The computer says the refund went through this morning, so you should see it soon.', 'The computer says'],
  ['Does the system say no when you try to log in?', 'the system say'],
  ["If your app says no, I can't see why from here.", 'your app says'],
  // "no exceptions" as good news or said of a rule the packs already flag in its clause.
  ['Everyone is welcome at the open day, no exceptions.', 'no exceptions'],
];

describe('English recall 36: look-alikes flagged, contrasts silent', () => {
  for (const [text, words] of FLAGGED)
    it(`flags «${words}» in «${text}»`, () => {
      expect(flags(text, words), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(true);
    });
  for (const [text, words] of SILENT)
    it(`leaves «${words}» in «${text}»`, () => {
      expect(oursFlag(text, words), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(false);
    });
});
