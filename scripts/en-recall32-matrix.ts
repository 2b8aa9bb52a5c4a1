/**
 * Look-alike matrix of the thirty-second session's English kinds (rwen32: late31's misses and flagged neutrals whose kind
 * recurs in late27 … late30 or train31, read by lib/rewrite/generic/kinds32.en.ts, lib/rewrite/neutral32.en.ts and
 * lib/text/footer.ts, whose rows are in tests/unit/text/footer32.test.ts): positives in other trades, spellings, registers and learners' English that must be flagged (advice:
 * these readers offer no rewrite), neutrals that must stay silent, and contrasts. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall32-matrix.ts   per kind: rows as expected / rows, then each row that is not
 *
 * Exported for tests/unit/rewrite/en-recall32.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { runWrong30, type Kind30 } from './en-wrong30-matrix.ts';
import { printSeamResults } from './en-seams28-matrix.ts';

export const RECALL32: readonly Kind30[] = [
  {
    kind: 'cause-blame-service-not-done',
    rows: [
      { text: 'The drain backed up because you have poured cooking fat down the sink.', to: 'flagged' },
      { text: 'the jumper shrank bc u washed it on 60', to: 'flagged' },
      { text: 'The bins were not collected because you left them behind the gate.', to: 'flagged' },
      { text: "Your application wasn't processed because you have left section 3 blank.", to: 'flagged' },
      { text: 'the parcel came back because u put the old address on it', to: 'flagged' },
      { text: 'The heater tripped because you plugged it into the extension lead.', to: 'flagged' },
      { text: 'The plants died since you overwatered them in the first week.', to: 'flagged' },
      { text: 'the wasps came back coz ya left the bins open all week', to: 'flagged' },
      // Contrasts: a choice, a good outcome, our own refusal, a condition, a reassurance, the agent fixing it, a question.
      { text: 'Because you booked before noon, the cake will arrive tomorrow.', to: 'silent' },
      { text: 'The order arrived early because you put it in before the cut-off, great timing!', to: 'silent' },
      { text: 'If the drain backs up because you poured fat down it, call us and we will send someone.', to: 'silent' },
      { text: 'The bins were not collected because the lorry broke down, sorry about that.', to: 'silent' },
      { text: 'Did the parcel come back because you put the old address on it?', to: 'silent' },
      { text: "The bins weren't collected because you left them behind the gate, so I've rebooked a collection for tomorrow.", to: 'silent' },
      { text: 'Because you used the app, your points were added straight away.', to: 'silent' },
      { text: 'The screen was not damaged because you put the case on, lucky!', to: 'silent' },
      { text: 'The rash came back because the cream ran out, so we have sent a new tube.', to: 'silent' },
      { text: 'When you put the lid on, it clicks shut.', to: 'silent' },
    ],
  },
  {
    kind: 'cause-blame-thats-why',
    rows: [
      { text: "You have used the wrong cable, that's why the screen is flickering and dead.", to: 'flagged' },
      { text: 'ya left the freezer door open overnight, thats why everything is ruined', to: 'flagged' },
      { text: "You've uploaded a phone screenshot, which is why the poster is pixelated.", to: 'flagged' },
      { text: "Checked the logs and you've deleted the old key, that's why the backups failed.", to: 'flagged' },
      // Contrasts: a good outcome, a relief, a purpose, no harm named.
      { text: "You've uploaded a great photo, that's why the print looks so sharp.", to: 'silent' },
      { text: "You left the gate open, that's why the dog got out, luckily the neighbour caught him.", to: 'silent' },
      { text: "That's why you left the tap on, to stop the pipe freezing.", to: 'silent' },
      { text: "You've used the express option, that's why it arrived the next day.", to: 'silent' },
    ],
  },
  {
    kind: 'rule-cited-as-the-reason',
    rows: [
      { text: 'As per the club regulations, no more than two guests may be signed in per member.', to: 'flagged' },
      { text: 'per our terms of hire the van must be returned with a full tank', to: 'flagged' },
      { text: 'This is set out in clause 7 of your tenancy agreement and the deposit is retained.', to: 'flagged' },
      { text: 'The voucher is valid for 12 months only, this is stated in our terms and conditions.', to: 'flagged' },
      { text: 'its school policy that phones have to stay in lockers', to: 'flagged' },
      { text: 'In line with the gym rules, a maximum of 45 minutes is allowed on each machine.', to: 'flagged' },
      { text: 'however as per the hotel policy the room key is non-transferable', to: 'flagged' },
      { text: "sorry hun, thems the rules, two fittings per dress", to: 'flagged' },
      { text: "I hear ya, but dem's di rules at the depot, no ID no parcel.", to: 'flagged' },
      { text: 'We emailed them the rules sheet this morning, enjoy the quiz!', to: 'silent' },
      { text: 'I printed them the rules of the game for the party.', to: 'silent' },
      // Contrasts: the customer's request, a grant, a guide pointed to, a question.
      { text: 'Per our conversation, I have moved your appointment to 3pm.', to: 'silent' },
      { text: 'As per our terms, you are entitled to a full refund within 14 days.', to: 'silent' },
      { text: 'The cleaning steps are set out in our user guide, page 4.', to: 'silent' },
      { text: 'This is set out in our terms and conditions, and you can cancel at any time.', to: 'silent' },
      { text: 'As per the regulations, you can bring two guests for free.', to: 'silent' },
    ],
  },
  {
    kind: 'praise-for-a-duty-finally-done',
    rows: [
      { text: 'glad u finally checked ur spam folder, the code was there all along', to: 'flagged' },
      { text: "Nice to see you've finally paid the invoice.", to: 'flagged' },
      { text: 'good that you finally replied, the slot is still free', to: 'flagged' },
      { text: 'Great, you finally filled in the form, we can start now.', to: 'flagged' },
      { text: 'Congrats on finally returning the hire bike, only a fortnight late.', to: 'flagged' },
      // Contrasts: a relief shared, not the customer's act.
      { text: 'Glad it finally arrived, enjoy the new sofa!', to: 'silent' },
      { text: 'Glad you finally got your keys back, what a week you had!', to: 'silent' },
      { text: 'Your order has finally shipped, great news!', to: 'silent' },
      { text: 'We finally got the part in, thanks for waiting!', to: 'silent' },
      { text: 'Glad you finally made it to the show, hope you loved it!', to: 'silent' },
    ],
  },
  {
    kind: 'our-tool-greys-out',
    rows: [
      { text: 'the app keeps greying out the pay button for me', to: 'flagged' },
      { text: "sorry, my screen's graying out all the Sunday slots", to: 'flagged' },
      { text: 'Our booking system is greying out the 3pm slot again.', to: 'flagged' },
      // Contrasts: the customer's screen, a thing greying out as it works, a condition.
      { text: 'When you select a date, the booked days grey out.', to: 'silent' },
      { text: 'If your screen greys out the button, refresh the page and it comes back.', to: 'silent' },
    ],
  },
  {
    kind: 'not-knowing-forms',
    rows: [
      { text: "don't know yet when the van is back", to: 'flagged' },
      { text: 'sorry, dont know exactly if the hall has parking', to: 'flagged' },
      { text: "I haven't got a clue if the ferry runs on bank holidays.", to: 'flagged' },
      { text: "we havent got the faintest idea where the box went", to: 'flagged' },
      // Contrasts: the customer's not knowing, a thing known.
      { text: "If you don't know yet when you'll arrive, just call us on the day.", to: 'silent' },
      { text: "You haven't got to pay anything until it's fixed.", to: 'silent' },
      { text: 'We know exactly when the van is back: Tuesday at 9.', to: 'silent' },
    ],
  },
  {
    kind: 'impersonal-obviously',
    rows: [
      { text: 'It should be obvious that the app needs a signal to sync.', to: 'flagged' },
      { text: "it's self evident that a 60cm door won't take a three-seater", to: 'flagged' },
      { text: 'Sir, it is quite obvious that the voucher expired in May.', to: 'flagged' },
      // Contrasts: our own fault put right, evidence, a story, a question.
      { text: "It is obvious that we sent the wrong size, so I'll replace it today.", to: 'silent' },
      { text: 'It is evident from the photos that the frame was damaged in transit.', to: 'silent' },
      { text: 'It became obvious that the part was faulty, so the engineer replaced it.', to: 'silent' },
      { text: 'Is it obvious that the cap twists off, or should the label say so?', to: 'silent' },
    ],
  },
  {
    kind: 'candour-tbf',
    rows: [
      { text: 'Tbf the box did say batteries not included.', to: 'flagged' },
      { text: 'to be fair most folks never use the second tray', to: 'flagged' },
      { text: 'ok tbf the old model had the same fault', to: 'flagged' },
      // Contrasts: a concession owed to the customer, "to be fair to you".
      { text: 'To be fair, the old form was confusing, so we have simplified it.', to: 'silent' },
      { text: 'To be fair to you, the label was hard to read.', to: 'silent' },
    ],
  },
  {
    kind: 'see-what-i-can-do-present',
    rows: [
      { text: 'I see what I can do for the 8am ferry, later update you.', to: 'flagged' },
      { text: 'ok we see what we can do about the extra chairs', to: 'flagged' },
      // Contrasts: understanding, the customer seeing.
      { text: 'I see what you mean, the strap is too short.', to: 'silent' },
      { text: "You'll see what we can do once you try the new app!", to: 'silent' },
    ],
  },
];

/** This session's neutral kinds: they stay silent; the contrasts keep their flag. */
export const NEUTRAL32: readonly Kind30[] = [
  {
    kind: 'no-problem-at-all-warm',
    rows: [
      { text: 'no problem at all hun, happy I could help with the cake order x', to: 'silent' },
      { text: 'Not a problem at all Priya, see u tomorrow at 9!', to: 'silent' },
      { text: "No problem at all mate, it's a pleasure, see you Friday", to: 'silent' },
      { text: 'Welcome! No problem at all, see you next week.', to: 'silent' },
      // Contrasts: "No problem," without "at all" (an older writer's dismissive), a fault told, money owed, bare.
      { text: 'No problem, glad I could help!', to: 'flagged' },
      { text: 'No problem, but next time please send the form before Friday.', to: 'flagged' },
      { text: 'Not a problem, glad I could help, the refund is on its way.', to: 'flagged' },
      { text: 'Sorry the cake arrived squashed. No problem at all, see you Saturday for the new one.', to: 'flagged' },
      { text: 'Welcome to the club! No problem at all.', to: 'flagged' },
      { text: 'No problem at all.', to: 'flagged' },
    ],
  },
  {
    kind: 'regret-theirs-in-a-story',
    rows: [
      { text: 'Unfortunately for the seagulls, the picnic never happened on the beach, so the kids ate everything in the hall and loved it.', to: 'silent' },
      { text: "Sadly for the old oak, the wind didn't spare it, but your garden came through unscathed.", to: 'silent' },
      { text: "The stag party didn't beat the clock, unfortunately for them, but they've already booked again for June!", to: 'silent' },
      // Contrasts: our own failure, the customer's thing, a part that never came, for you, no good turn.
      { text: "Unfortunately for them, we couldn't fit the cake in the van, but they loved the day anyway.", to: 'flagged' },
      { text: "Unfortunately for the couple, your booking didn't go through, so they finished early.", to: 'flagged' },
      { text: 'Unfortunately for him, the part never arrived, but we finished a day early on the rest.', to: 'flagged' },
      { text: 'Unfortunately for you, the storm never came, so the crew finished a day early.', to: 'flagged' },
      { text: 'Unfortunately for them, the storm never showed up.', to: 'flagged' },
    ],
  },
];

export const runRecall32 = () => runWrong30(RECALL32);
export const runNeutral32 = () => runWrong30(NEUTRAL32);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printSeamResults([...runRecall32(), ...runNeutral32()]);
