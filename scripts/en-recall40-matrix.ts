/**
 * en40's look-alikes and contrasts (lib/rewrite/README.md "en40"), read by tests/unit/rewrite/en-recall40.test.ts. They live
 * here, not in the test file, so the English learnt reader's contrast pool (scripts/neg-en-contrasts.ts, which reads the
 * literals of the rewrite unit tests) stays as it was; the silent rows are good contrasts for its next retrain. Written for
 * these tests in other trades and spellings, never copied from an evaluation split.
 */
/** [text, the words that must be flagged]. */
export const FLAGGED40: ReadonlyArray<readonly [string, string]> = [
  // Not ours: a vocative or a particle closing the clause, or who does handle it run straight after.
  ["that's not us hun, the water board does the meters", "that's not us"],
  ['Parking permits are not us, pet, the council issues them.', 'are not us'],
  ['thats not us lah, the mall management does the car park', 'thats not us'],
  ['thats not us its the letting agent who holds the deposit', 'thats not us'],
  // The Scots "no" for "not".
  ["The street lights are the council's, that's no us.", "that's no us"],
  // "not us" after the party that runs it, with the customer sent there.
  ['The lockers are run by the leisure centre, not us - ask at their front desk.', 'not us'],
  // Not with our team / from our side, with the party named or the customer sent on.
  ['The loyalty points are not with our team, is the card company that manage them.', 'are not with our team'],
  ['The customs charge is not from our side, you will have to contact the courier.', 'is not from our side'],
  // "owt / anything to do with us".
  ["Bin collections aren't owt to do with us, it's the council that runs them.", "aren't owt to do with us"],
  // "not under us", with the party that handles it named by its trade.
  ['Sir, that one is not under us, it is the insurance company that handles flood claims.', 'is not under us'],
  // A relax order with a particle, or run into a clause with an adverb.
  ['Relax po, the dent is tiny, no charge for it.', 'Relax'],
  ['relax u still have the whole session, the coach is just parking', 'relax'],
  // A stock apology with a particle after the apology word.
  ['So sorry po for the trouble, your cake is ready for collection.', 'So sorry po for the trouble'],
  // Two apologies, the first with "very", the second with "a lot".
  ['I am very sorry, I apologise a lot, your bike is ready to collect.', 'I am very sorry'],
  // The effort hedged down to nothing, and the outcome hoped for by a time with its verb left out.
  ["I'll chase the printers again, don't hold your breath though.", "don't hold your breath"],
  ["I'll ask the mill, but I wouldn't hold my breath.", "I wouldn't hold my breath"],
  ['Engineer is on the motorway. Hopefully with you by 3.', 'Hopefully'],
  ['Parts are on the van, hopefully with you by Thursday.', 'hopefully'],
  // A second thing said after a spaced dash, beside a pack suggestion in the same clause.
  ["I'll see what I can do about an earlier slot - fingers crossed!", 'fingers crossed'],
];

/** The constructions of this session's readings. */
export const OURS40 = new Set(['not-ours', 'hedged-effort', 'minimising', 'stock-apology', 'over-apology']);

/** [text, words the readings of this session must not flag]. */
export const SILENT40: ReadonlyArray<readonly [string, string]> = [
  // A scam disowned, "not us being difficult", the past, a question.
  ["It's not us, love, we never text for your PIN.", 'not us'],
  ["It's not us being awkward, pet, the bank holds the money.", 'not us'],
  ['Is that not us, love?', 'not us'],
  // A thing simply not with us yet, a status.
  ['Your parcel is not with our team yet, the courier has it until Friday.', 'not with our team'],
  // "not us" after the party that runs it, with no one sent anywhere (an explanation).
  ['The refund is issued by the bank, not us, so it can take five days.', 'not us'],
  // "nothing to do with you": the customer cleared.
  ["The delay is nothing to do with you, it's the courier.", 'nothing to do with you'],
  // Not under warranty: a cover, not a team.
  ['This is not under warranty, but we can repair it for £40.', 'not under warranty'],
  // Relax as an invitation, a particle with no comma after.
  ['Relax po and enjoy the spa, the towels are by the pool.', 'Relax'],
  // One apology with "very" (sympathy), "a lot" with no second apology.
  ['I am very sorry to hear about your loss.', 'I am very sorry'],
  ['I apologise a lot less than I used to, ha.', 'I apologise'],
  // "hold your breath" as an instruction.
  ["Don't hold your breath during the scan, just breathe normally.", 'hold your breath'],
  ['Try not to hold your breath when you lift the kettlebell.', 'hold your breath'],
  // "Hopefully" as a wish, or with no time.
  ['Hopefully with you soon, enjoy the new bike!', 'Hopefully'],
  ['Hopefully this helps, see you Friday.', 'Hopefully'],
];
