/**
 * en41's look-alikes and contrasts (lib/rewrite/README.md "en41"), read by tests/unit/rewrite/en-recall41.test.ts. They live
 * here, not in the test file, so the English learnt reader's contrast pool (scripts/neg-en-contrasts.ts) stays as it was.
 * Written for these tests in other trades and spellings, never copied from an evaluation split.
 */
/** [text, the words that must be flagged]. */
export const FLAGGED41: ReadonlyArray<readonly [string, string]> = [
  // The reading doubted, closing the sentence, in the past perfect or with the reading as a noun.
  ["The parking code's on the booking page, if you'd had a read of it.", "if you'd had a read of it"],
  ['The allergens are on the menu card, if you had a look at it.', 'if you had a look at it'],
  ["The locker number is in the text we sent, if you'd read it.", "if you'd read it"],
  // A counterfactual reading in the simple form, then "you would know / see", over something the business sent.
  ['If you read the itinerary you would see the coach leaves at seven.', 'If you read'],
  ["if u check the invoice u would see the delivery fee was never charged", 'if u check'],
  ["If you'd had a look at the timetable you'd have seen the late bus.", "If you'd had a look"],
  ['If you had a read of the leaflet you would know the dose.', 'If you had a read'],
];
/** [text, words that no en41 reading flags]. */
export const SILENT41: ReadonlyArray<readonly [string, string]> = [
  // A present condition: guidance, not a reproach.
  ["If you look at the welcome email you'll see the door code.", 'If you look'],
  ['If you check your junk folder you may find the receipt there.', 'If you check'],
  // Something the customer holds, not something we sent.
  ["If you look at the back of the card you'd see a 3-digit number.", 'If you look'],
  ["If you open the app you'd see the new button at the top.", 'If you open'],
  // A wish or an offer, not a reading.
  ['If you read it to him he would love it.', 'If you read'],
  ["If you'd like a look at the samples, we'd be glad to post them.", "If you'd like"],
  ['If you read the guide and still have questions, you would be welcome to call.', 'If you read'],
  // The reading said plainly, not doubted.
  ['The parking code is on the booking page; have a read of it when you get a moment.', 'have a read of it'],
];
/** The reading rules of these rows. */
export const OURS41: ReadonlySet<string> = new Set(['second-person-blame', 'talking-down']);
