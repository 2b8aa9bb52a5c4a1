/**
 * en39's look-alikes and contrasts (lib/rewrite/README.md "en39"), read by tests/unit/rewrite/en-recall39.test.ts. They live
 * here, not in the test file, so the English learnt reader's contrast pool (scripts/neg-en-contrasts.ts, which reads the
 * literals of the rewrite unit tests) stays as it was; the silent rows are good contrasts for its next retrain. Written for
 * these tests, never copied from an evaluation split.
 */
/** [text, the words that must be flagged]. */
export const FLAGGED39: ReadonlyArray<readonly [string, string]> = [
  // An apology alone as its sentence, beside news or an answer that owes nothing.
  ['So sorry!! Your kiln slot is booked for Wednesday at 2.', 'So sorry'],
  ['Sorry! The gate code for the allotments is on the noticeboard.', 'Sorry'],
  ['really sorry!! 🙈 the pattern pdf is attached now', 'really sorry'],
  ['Your van hire is all confirmed for the 4th. Sorry lah!', 'Sorry lah'],
  ['Please accept our apologies. Your pew sheet proofs are attached as requested.', 'Please accept our apologies'],
  ['My apologies! The choir robes are ready to collect from the vestry.', 'My apologies'],
  // An intensified apology closing news that is done.
  ["i've sent the rota to your email now so so sorry", 'so so sorry'],
  ['Your tyres are fitted and ready really sorry 😅', 'really sorry'],
  // An apology closing a thing handed over or saved.
  ['Here are the tide tables you asked for, sorry about that!', 'sorry about that'],
  ["Got the new dog's name saved on your policy, sorry 'bout all that faff.", "sorry 'bout all that faff"],
  // A learner's or another language's apology word heading the formula.
  ['Excuses for the inconvenience, the pool lane is rebooked for Friday.', 'Excuses for the inconvenience'],
  ['Samahani for the inconvenience, your meter reading is updated.', 'Samahani for the inconvenience'],
  // The luck hedge and "hopefully" said as a verb over our own step.
  ['The glazier should have the pane in by Tuesday, touch wood.', 'touch wood'],
  ["Touch wood, we'll have the roof felted before the rain.", 'Touch wood'],
  ["I'm hoping to have the saddle restitched by Friday.", "I'm hoping"],
  ["We're hoping the replacement hinges will be in stock next week.", "We're hoping"],
];

export const OURS39 = new Set(['reflex-apology', 'stock-apology', 'hedged-effort']);

/** [text, words the readings of this session must not flag]. */
export const SILENT39: ReadonlyArray<readonly [string, string]> = [
  // An apology owed: a fault, a delay, a loss, bad news, a refusal, a condition, a question, a second apology.
  ['So sorry!! I sent you the wrong form, the right one is attached.', 'So sorry'],
  ["Sorry! We can't move the lesson to Sunday.", 'Sorry'],
  ['So sorry to hear that. Your appointment is confirmed.', 'So sorry'],
  ['Sorry! Is the new link working for you?', 'Sorry'],
  ['Sorry! The courier lost your parcel, a new one is on its way.', 'Sorry'],
  ['Really sorry. The boiler part is delayed until Monday.', 'Really sorry'],
  ['Sorry! It came back with an error again, sorry, I am looking into it.', 'Sorry'],
  // An apology alone with nothing else of the agent's (a one-line reply).
  ['So sorry!!', 'So sorry'],
  // The apology in its own sentence with the news: the other readers' kinds, not this one.
  ['Oops, so sorry 🙏 your booking for Friday is confirmed.', 'so sorry'],
  // A thing corrected or replaced: the fault is owned.
  ['Here is the corrected invoice, sorry about that!', 'sorry about that'],
  ['Here is your replacement voucher, sorry about that.', 'sorry about that'],
  // Not an apology word heading the formula.
  ['We make no excuses for the trouble.', 'excuses'],
  ['Put the pole for the awning in the boot.', 'pole'],
  // "touch wood" as words, a wish for the customer's own day.
  ["Don't let the bleach touch wood surfaces.", 'touch wood'],
  ['Touch wood, your exam goes well!', 'Touch wood'],
  // A hope for the customer, or no time.
  ["We're hoping you enjoy the new menu.", "We're hoping"],
  ["I'm hoping you had a lovely trip!", "I'm hoping"],
  ['We are hoping for good weather.', 'We are hoping'],
];

/** A reply whose quoted mail holds an apology alone: the customer's words, not the agent's. */
export const QUOTED39 = { text: 'Your tickets are attached.\n\n> Sorry!\n> Can you resend them?', quoteFrom: '> Sorry' };
/** An apology alone beside an answer that owes nothing: advice over the apology. */
export const ALONE39 = { text: 'Sorry! The gate code for the allotments is on the noticeboard.', words: 'Sorry' };

/** A payment hold named in a word customers do not write (jargon39.en.ts): [text, the term flagged]. */
export const HOLD39: ReadonlyArray<readonly [string, string]> = [
  ['Your locker is on overlock until the balance is cleared.', 'overlock'],
  ['your container is on overlock till the outstanding balance is paid, cheers', 'overlock'],
  ['The stall is under embargo until the arrears are settled.', 'embargo'],
];
/** [text, words the hold frame must not flag]: a hold in plain words, a release that is no money, a name, a quoted word. */
export const HOLD_SILENT39: ReadonlyArray<readonly [string, string]> = [
  ['Your account is on hold until the balance is paid.', 'hold'],
  ['The engineer is on standby until 6pm.', 'standby'],
  ['Our manager is on sabbatical until June, so the balance will be cleared by her deputy.', 'sabbatical'],
  ['Your pup is in quarantine until the vet bill is paid.', 'quarantine'],
  ['The unit was padlocked pending payment of the invoice.', 'padlocked'],
  ['Your unit is on "overlock" until the balance is cleared.', 'overlock'],
  ['Your van is in Lagos until payment is made.', 'Lagos'],
];
