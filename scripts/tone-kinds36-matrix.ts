/**
 * Session 36's English repeat-contact kinds (lib/tone/cues/repeat.kinds36.ts): look-alike sets written from general
 * knowledge across trades (dentists, couriers, broadband, gyms, garages, councils, airlines, banks, vets, energy), registers
 * and spellings (learner English, lower case, formal letters), never from a development sentence's nouns. [text, shown]:
 * whether the repeat cue must show. Each kind carries its close contrasts: a contact with someone else, a plan, a visit told
 * once, a habit, the fault repeating, a first "??" to an advert, a delivery still awaited with nothing asked.
 * Run: `npx tsx scripts/tone-kinds36-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds36.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const REPEAT36: Record<string, readonly MatrixCase[]> = {
  // A bare "??" above a quoted thread, the company's reply or the customer's own earlier mail.
  bareChase: [
    ['??\n\nOn Mon, 3 Mar 2025 at 14:05, Green Energy Billing <billing@greenenergy.example> wrote:\n> Hello, we are reviewing the meter readings and will update you by Friday.', true],
    ['??\n\n> On 12 May 2025, at 09:40, Tom Field wrote:\n> Hi, is the replacement mudguard in stock yet? Order 55120.', true],
    ['??\n\n-----Original Message-----\nFrom: Marta Lis\nSent: 2 June 2025 11:20\nSubject: Gym membership freeze\n\nHi, can I freeze my membership for July?', true],
    ['hello??\n\nOn Fri, 7 Feb 2025, Riverside Garage <service@riverside.example> wrote:\n> We will call you once the part has arrived.', true],
    // Contrasts: a question with words, a forwarded mail, an advert answered for the first time, no quote.
    ['??', false],
    ['??\n\n---------- Forwarded message ---------\nFrom: Dana Price <dana@example.com>\nSubject: Parcel\n\nCan you check this for me?', false],
    ['??\n\nOn Tue, 4 Mar 2025, Bright Broadband <offers@bright.example> wrote:\n> Our spring sale ends tonight: 50% off fibre. Unsubscribe here.', false],
    ['What does this mean?\n\nOn Tue, 4 Mar 2025, City Council <tax@city.example> wrote:\n> Your council tax band has been reviewed.', false],
  ],
  // An earlier contact told with what came of it, or counted by its days.
  toldThen: [
    ['I already call your office yesterday and the lady said she will send the new card. Still nothing in post.', true],
    ['I write in chat on Monday about my bag, the agent say it is found, but nobody bring it.', true],
    ['We rang the depot on Tuesday and the man said the van would come Thursday. Please confirm the slot.', true],
    ['I emailed on 3 March and again on 17 March about the deposit for the flat.', true],
    ['I have reported the leaking radiator on two occasions and would ask that an engineer attends.', true],
    ['I came to the branch two times about my card and every time they say wait.', true],
    ['I requested a copy of my vaccination record back in January and was told it would be posted.', true],
    ['i messaged yesterday about the pram, nobody answered. can someone look at it', true],
    // Contrasts: someone else's contact, a plan, a question, a visit told once, a habit, the fault repeating, why the writer called.
    ['I called my bank yesterday and they said the payment left my account on Friday.', false],
    ['I spoke to my landlord on Monday and he said the boiler is your responsibility.', false],
    ['I will call tomorrow morning if that is easier for you.', false],
    ['Can I call on Monday to book the MOT?', false],
    ['I came to the shop on Saturday and the assistant said the size 10 is out of stock. Can you order one?', false],
    ['We visit your garden centre two times a month and love the café.', false],
    ['My daughter wrote to the school last week and they said the trip is cancelled. Will the coach be refunded?', false],
  ],
  // "Still waiting." as its own sentence, or for what the customer asked for.
  stillWaiting: [
    ['Still waiting. Not impressed.', true],
    ['still waiting.', true],
    ['Still waiting for the refund I requested on the 4th of May.', true],
    ['Still waiting for the call back you promised.', true],
    // Contrasts: a question about a parcel from a seller, a part awaited with nothing asked of the company, waiting described.
    ['The seller says it is in transit, so why am I still waiting?', false],
    ['Train held outside the station for 35 mins. Still waiting.', false],
    ['Third bag off the carousel was not mine. Still waiting...', false],
    ['The garage is still waiting for the part to arrive, so I have booked a hire car. Is that covered by my policy?', false],
  ],
  // Look-alikes of the older readers' evidence: no contact of the writer's.
  guards: [
    ['Thank you for looking after Pepper last week. She is back to chasing the cat already!', false],
    ['The builders want the window sizes today and the client keeps chasing me. Can you send the spec sheet?', false],
    ['I bought two tickets for the concert last week and they have not come through to my email. Can you resend them?', false],
    // The same words about a contact of the writer's: the cue stays.
    ['I am chasing my refund from last week.', true],
    ['Just chasing the support ticket I opened last week about my tickets.', true],
  ],
};

/** Older readers' false alarms on look-alikes of these kinds (printed, not tested): the fault counted with "every time", "that's why I called", waiting on someone else. */
export const KNOWN36: Record<string, readonly MatrixCase[]> = {
  older: [
    ['The router has dropped two times today and every time I lose my work call.', false],
    ["Your engineer charged me £90 to say the boiler is broken. That's why I called you in the first place!", false],
    ['We are still waiting to hear from the buyer before we sign. Could you hold the van until Friday?', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds36-matrix.ts')) {
  printCueMatrices('kinds36 repeat', [[REPEAT36, 'repeat']]);
  printCueMatrices('kinds36 known', [[KNOWN36, 'repeat']]);
}
