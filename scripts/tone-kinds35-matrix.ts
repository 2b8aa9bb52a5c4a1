/**
 * Session 35's English frustration kinds (lib/tone/cues/frustration.kinds35.ts): look-alike sets written from general
 * knowledge across trades (gyms, broadband, couriers, vets, councils, airlines, garages, dentists, games, energy, banks),
 * registers and spellings (lower case, no apostrophes, typos), never from a development sentence's nouns. [text, shown]:
 * whether the cue must show. Each kind carries its close contrasts: a calm customer describing a problem, sincere praise,
 * a harm put right, "no rush", a quoted earlier message, a hypothetical.
 * Run: `npx tsx scripts/tone-kinds35-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds35.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION35: Record<string, readonly MatrixCase[]> = {
  // Ironic praise closing a harm the older readers' harm words did not hold: the cue shows.
  ironicPraise: [
    ['Day 6 of no hot water in the flat. Love it. When is the engineer coming?', true],
    ['Been on hold for 45 minutes to report a gas smell. Top notch service.', true],
    ['The banking app now takes 30 seconds to load a balance. Truly a bargain at £9 a month.', true],
    ['third email about the broken gate code. amazing service as always 👍', true],
    ["the 'next day' courier came on friday. it is tuesday. good job", true],
    ['Your driver left the parcel in the bin outside. In the rain. Nice one.', true],
    ['The game forgets my progress every time it updates. Cracking work.', true],
    ['my claim form got lost in your system for the 3rd time. five stars', true],
    ['Day 9 of waiting for the boiler part. Quite the operation you run.', true],
    ['the gym app crashes on every booking now. loving it', true],
    // Contrasts: sincere praise, a harm put right, a short wait, praise opening the message, a wait described calmly.
    ['The new gym app is so much faster. Love it. Can I book two classes at once?', false],
    ['The dentist squeezed me in the same day. Top notch service, thank you!', false],
    ['The app crashed on Monday but the update fixed it. Love it.', false],
    ['Brilliant service as always. Could you renew my parking permit for another year?', false],
    ['Day 3 of the course and I am enjoying it. Could I get the slides from day 2?', false],
    ['The parcel was left in the porch as I asked. Good job, thanks.', false],
    ['My son lost his bus pass on Monday. Could you send a replacement? Great value card by the way.', false],
    ['Booked the early train for the first time in forever and it ran on time. Nice job.', false],
    ['If the courier ever left a parcel in the rain, would you cover it? Just asking before I order.', false],
  ],
  // A mock assurance: the cue shows.
  mockSure: [
    ["Per my last two emails, the invoice still shows the wrong VAT number. I'm sure it's a very complicated fix.", true],
    ["Third time asking for the parking permit. I'm sure it's an easy thing to miss.", true],
    ['Following up again on my refund from March. I am sure you are all very busy!', true],
    ["the meter reading is wrong again, second month in a row. im sure its an easy mistake to make", true],
    ["My rent went up £200 with no letter. I'm sure there's a perfectly good reason, like 'because we can'.", true],
    ["Circling back on the dentist referral. I'm sure it's terribly complicated to send one email.", true],
    // Contrasts: a sincere assurance, "no rush", busy said plainly, no chase, a hypothetical, a quoted earlier message.
    ["I'm sure it's just a glitch, but my bill shows a charge twice. Could you check?", false],
    ["I'm sure you're all very busy, so no rush, but could you send the certificate again when you can?", false],
    ["I'm sure it's a very complicated job, so could you give me a rough quote for rewiring the garage?", false],
    ["I'm sure you're very busy this week. Could I book a service for next month?", false],
    ["Per my last email, I'm sure it's an easy fix: the postcode on my account should be LS6 not LS8. Thanks!", false],
    ["I'm sure there's a perfectly good reason for the new opening hours. Could you tell me when the pool opens on Sunday?", false],
  ],
  // The step already done, its count said curtly: the cue shows.
  alreadyDone: [
    ['Yes, I have already cleared the cache and reinstalled the app. Twice. It still logs me out.', true],
    ["I've already sent the meter photos. Three times. What else do you need?", true],
    ['i did reset the boiler like the chat said. 4 times now. still no hot water', true],
    ['We have already filled in the claim form. Twice! Where is it going?', true],
    ['I already rebooted the card terminal. Several times. Can someone look at the line?', true],
    // Contrasts: a count inside its sentence, the fault's own count, a count with no step of the customer's, a plain answer.
    ['I already paid twice by mistake, could you refund one of the payments?', false],
    ['The printer jammed this morning. Twice. Is there a setting I should change?', false],
    ["I have tried the reset twice and it hasn't helped yet, any other ideas?", false],
    ['Yes, I have restarted the router as you suggested. The light is green now, thanks!', false],
    ['The bus was late. Three times this week. Is there a timetable change?', false],
  ],
};

/** Rows the readers before this session already read wrong (not this module's kinds): printed as known, not asserted. */
export const KNOWN35: Record<string, readonly MatrixCase[]> = {
  olderReaders: [
    // session 31's ironic praise reads "never" as the harm even in "never fails"
    ["Your new app didn't disappoint, the checkout never fails now. Well done.", false],
    ['Only 2 minutes on hold this time. Great service.', false],
    ['I have been waiting for 20 minutes for the train, is there a delay on the line?', false],
    ['We waited for 20 minutes at the desk, then the manager found our booking and upgraded us. Great service.', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds35-matrix.ts')) {
  printCueMatrices('kinds35 frustration', [[FRUSTRATION35, 'frustrated']]);
  printCueMatrices('kinds35 known', [[KNOWN35, 'frustrated']]);
}
