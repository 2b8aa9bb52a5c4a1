/**
 * Look-alike matrix of the thirtieth session's English recall kinds (rwen30: misses that recur in late28 and late29, read by
 * lib/rewrite/generic/kinds30.en.ts): positives in other trades, spellings and registers that must be flagged (as advice or
 * a template: no rewrite is offered by these readers), and contrasts that must stay silent. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall30-matrix.ts   per kind: rows as expected / rows, then each row that is not
 * Exported for tests/unit/rewrite/generic-recall30-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { runWrong30, type Kind30 } from './en-wrong30-matrix.ts';
import { printSeamResults } from './en-seams28-matrix.ts';

export const RECALL30: readonly Kind30[] = [
  {
    kind: 'just-the-rules',
    rows: [
      { text: "Sorry love, it's just the rules, we need photo ID for every parcel collection.", to: 'flagged' },
      { text: 'We need the full payment before we cut the fabric, that is simply how we do things here.', to: 'flagged' },
      { text: 'No ID no entry, its just the club rules mate.', to: 'flagged' },
      { text: "We don't hold tables past 15 minutes, it's just the way we do things round here.", to: 'flagged' },
      // Contrasts.
      { text: 'The rules of the quiz are on the back of the card.', to: 'silent' },
      { text: 'The club rules are simple: have fun and bring a towel!', to: 'silent' },
      { text: 'It is just the rules page that moved, the link is below.', to: 'silent' },
    ],
  },
  {
    kind: 'apology-closing-good-news',
    rows: [
      { text: 'Your bike is serviced and ready to collect, sorry about that.', to: 'flagged' },
      { text: 'Booking reference is QX-4471, sorry about all that.', to: 'flagged' },
      { text: "The invoice has been resent to your work email, soz bout that!", to: 'flagged' },
      // Contrasts: a fault or a delay named, or no apology at the end.
      { text: 'The courier lost the first parcel, sorry about that.', to: 'silent' },
      { text: 'Your bike is serviced and ready to collect.', to: 'silent' },
      { text: 'Your replacement is on its way, the first one arrived damaged, sorry about that.', to: 'silent' },
    ],
  },
  {
    kind: 'scope-possessive-team',
    rows: [
      { text: "Mortgage questions are outside our department's remit, the lender is best placed to help.", to: 'flagged' },
      { text: "I'm not sure about the wifi, that's the IT people's department.", to: 'flagged' },
      { text: "thats the accounts lot's job, not ours", to: 'flagged' },
      // Contrasts.
      { text: "Deliveries outside our shop's opening hours are left in the safe box.", to: 'silent' },
      { text: 'The IT team will be in touch by Friday with your login.', to: 'silent' },
    ],
  },
  {
    kind: 'blame-idiom',
    rows: [
      { text: "Looks like you've mucked up the postcode on the form, it's missing a letter.", to: 'flagged' },
      { text: 'you have gone and booked the wrong day again', to: 'flagged' },
      { text: 'Ya messed up the sizing mate, these are kids sizes.', to: 'flagged' },
      // Contrasts: the agent's own, a condition, a reassurance.
      { text: "We've messed up your order, a new one is on the way today.", to: 'silent' },
      { text: "If you've messed up the form, just send it again.", to: 'silent' },
      { text: "No worries if you've mucked up the booking, we can change it for you.", to: 'silent' },
    ],
  },
  {
    kind: 'order-with-threat',
    rows: [
      { text: 'Make sure you bring the warranty card or the shop will charge for the repair.', to: 'flagged' },
      { text: "make sure u cancel by midnight or they'll bill you for the month", to: 'flagged' },
      { text: 'You gotta feed the sourdough starter every day or it will die.', to: 'flagged' },
      // Contrasts: an alternative, a plain reminder, a condition.
      { text: 'Make sure you bring the warranty card, or you can show it on the app.', to: 'silent' },
      { text: 'Make sure you have a lovely time at the wedding!', to: 'silent' },
    ],
  },
  {
    kind: 'talking-down',
    rows: [
      { text: 'The gate code changes monthly, I hope it is now finally clear.', to: 'flagged' },
      { text: "it's literally on the confirmation we sent you", to: 'flagged' },
      { text: "Well, I'm sure you know best, but the manual says to descale monthly.", to: 'flagged' },
      { text: 'Funny how the screen only cracked after the warranty ran out.', to: 'flagged' },
      // Contrasts.
      { text: "I'm sure you'll love the new sofa!", to: 'silent' },
      { text: "I hope it's clear skies for your flight tomorrow!", to: 'silent' },
      { text: "Funny how things work out, glad the dress fits now!", to: 'silent' },
    ],
  },
  {
    kind: 'small-made-smaller',
    rows: [
      { text: 'chill mate its only a scratch, the panel beater will buff it out', to: 'flagged' },
      { text: "Relax, it's only a few minutes, the bus will be there soon.", to: 'flagged' },
      // Contrasts.
      { text: "The salon is only a few minutes' walk from the station.", to: 'silent' },
      { text: "It's only a short drive from the hotel, we'll send the map.", to: 'silent' },
    ],
  },
  {
    kind: 'gonna-have-to',
    rows: [
      { text: "The meter belongs to the water board, so yous gonna have to ring them.", to: 'flagged' },
      { text: 'that part is the landlords so u gonna have to ask him', to: 'flagged' },
      // Contrasts.
      { text: "You're gonna have to try the new menu, it's amazing!", to: 'flagged' },
    ],
  },
  {
    kind: 'should-have-rung',
    rows: [
      { text: 'You should have rung us before the match if you wanted the tickets held.', to: 'flagged' },
      { text: 'ya shoulda given us a ring before nine', to: 'flagged' },
      // Contrasts.
      { text: 'You should have a text from us with the code by now.', to: 'silent' },
    ],
  },
  {
    kind: 'system-throws-out',
    rows: [
      { text: 'Sorry hon, the till keeps logging me out every time I open your account.', to: 'flagged' },
      { text: "calendar greys out sundays so we cant book that", to: 'flagged' },
      // Contrasts.
      { text: 'If the app keeps logging you out, clear the cache and try again.', to: 'silent' },
      { text: 'The pay button greys out once you have paid.', to: 'silent' },
      { text: 'The calendar greys out any day that is fully booked, so the white ones are free.', to: 'silent' },
    ],
  },
];

export const runRecall30 = () => runWrong30(RECALL30);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printSeamResults(runRecall30());
