/**
 * Look-alike matrix of the twenty-ninth session's English seams (rwen29: late28's Apply-all rows a person judged wrong at the
 * session's start, by kind): each draft with what Apply all must write (`to`), or `'flag-only'` where the flag must stay with
 * no text change (advice), in other trades, spellings and registers, with contrasts that keep the older rewrite or stay
 * silent. No sentence of a development item.
 *
 *   npx tsx scripts/en-seams29-matrix.ts   per kind: rows as expected / rows, then each row that is not
 * Exported for tests/unit/rewrite/seams29-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { printSeamResults, runSeams28, type SeamKind } from './en-seams28-matrix.ts';

export const SEAMS29: readonly SeamKind[] = [
  {
    // An apology said more than once, then thanked for: the thanks takes the whole apology (lib/rewrite/seams29.en.ts).
    kind: 'repeated-apology-thanks',
    rows: [
      { text: 'sorry sorry sorry for the delay!! the new keys are cut', to: 'Thank you for your patience!! the new keys are cut' },
      { text: 'Sorry, sorry for the wait, the parts are in.', to: 'Thank you for your patience, the parts are in.' },
      { text: 'so sorry sorry for the late reply, your bike is ready', to: 'Thank you so much for your patience, your bike is ready' },
      { text: 'Hi Ana, sorry sorry for the wait! Your table is booked for 8.', to: 'Hi Ana, thank you for your patience! Your table is booked for 8.' },
      { text: 'soz soz for the delay, the vet has the results now', to: 'Thank you for your patience, the vet has the results now' },
      { text: "I'm sorry, so sorry for the wait. The engineer is booked for Tuesday.", to: 'Thank you so much for your patience. The engineer is booked for Tuesday.' },
      { text: 'Sorry for the wait! Your order is on its way.', to: 'Thank you for your patience! Your order is on its way.' },
      { text: 'Really really sorry about the delay, the vet will call at 3.', to: 'Thank you so much for your patience, the vet will call at 3.' },
      // An intensifier or a subject before one apology: advice, as rwen28 left it.
      { text: "I'm so so sorry for the wait!! Your tracking number is QX20391.", to: 'flag-only' },
      { text: 'We are very very sorry for the delay in getting back to you.', to: 'flag-only' },
      { text: 'Sorry to hear about the wait at the branch, that should not happen.', to: 'Sorry to hear about the wait at the branch, that should not happen.' },
    ],
  },
  {
    // Blame about the past made "next time": only where the should-have ends its sentence.
    kind: 'should-have-next-time',
    rows: [
      { text: 'You should have told us about the allergy earlier, the cake is already iced.', to: 'flag-only' },
      { text: 'You should have called us about the leak sooner, the ceiling has come down now.', to: 'flag-only' },
      { text: 'you shouldve told us about the extra guests, the hall only seats 40', to: 'flag-only' },
      { text: 'You should have emailed us first, so we could have held the room.', to: 'flag-only' },
      { text: 'You should have contacted us first.', to: 'Next time, just let us know.' },
      { text: 'You should have told us within 24 hours of the fitting, the tailor only takes alterations back for a day.', to: 'Next time, just let us know within 24 hours of the fitting, the tailor only takes alterations back for a day.' },
      { text: "You should've told us sooner!", to: 'Next time, just let us know!' },
      { text: 'The van is booked for Friday. You should have messaged us earlier.', to: 'The van is booked for Friday. Next time, just let us know.' },
      { text: 'You could contact us by chat too.', to: 'You could contact us by chat too.' },
    ],
  },
  {
    // An offer blank before the sentence that restates the rule: the blank would interrupt the refusal (advice).
    kind: 'blank-before-restated-rule',
    rows: [
      { text: 'Cancellations inside 48 hours are not refunded. That is our policy.', to: 'Cancellations inside 48 hours are not refunded. That is how we handle this for every customer.' },
      { text: "Opened swimwear can't be returned. thats the policy.", to: "Opened swimwear can't be returned. That's how we handle this for every customer." },
      { text: 'Late entries are not accepted. Rules are rules, sorry.', to: "Late entries are not accepted. Here's why we do it this way: ___, sorry." },
      { text: 'Opened swimwear cannot be returned.', to: 'Opened swimwear cannot be returned. What we can do is ___.' },
      { text: "Sorry, the cake toppers aren't something we make, the party shop does those.", to: 'flag-only' },
      { text: "We can't collect the old sofa. The council handles that for a small fee.", to: 'flag-only' },
      { text: "We cannot hold the room past noon. We can't offer a late checkout either.", to: "We cannot hold the room past noon. We can't offer a late checkout either, but what we can do is ___." },
      { text: 'We cannot hold the room past noon. Check-in opens at 3pm.', to: 'We cannot hold the room past noon, but what we can do is ___. Check-in opens at 3pm.' },
    ],
  },
  {
    // A hedge left before "I'd recommend": the recommendation takes it; an unsure question stays advice.
    kind: 'hedge-before-recommend',
    rows: [
      { text: "I think you'll have to contact the landlord about the boiler.", to: "I'd recommend reaching out to the landlord about the boiler." },
      { text: "I guess you'll have to call the airline about that.", to: "I'd recommend reaching out to the airline about that." },
      { text: 'For the bins I reckon you will have to speak to the council.', to: "For the bins I'd recommend reaching out to the council." },
      { text: "probably you'll need to contact the school directly.", to: "I'd recommend reaching out to the school directly." },
      { text: "I think you'll have to contact the insurer yourself?", to: 'flag-only' },
      { text: "You'll have to contact your bank.", to: "I'd recommend reaching out to your bank." },
    ],
  },
  {
    // An ACH return code only in a sentence about a payment sent back; a rand amount is no code.
    kind: 'rand-not-return-code',
    rows: [
      { text: 'The only other charge was the R20 from March, which is paid now.', to: 'The only other charge was the R20 from March, which is paid now.' },
      { text: 'The call-out fee is R10 per km and the deposit R29.', to: 'The call-out fee is R10 per km and the deposit R29.' },
      { text: 'Your debit order came back with an R20 return code.', to: 'flag-only' },
      { text: 'The payment was returned R01 by your bank.', to: 'flag-only' },
    ],
  },
];

export const runSeams29 = () => runSeams28(SEAMS29);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printSeamResults(runSeams29());
