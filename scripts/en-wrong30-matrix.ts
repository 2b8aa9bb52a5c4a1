/**
 * Look-alike matrix of the thirtieth session's English wrong and awkward alternatives (rwen30: late29's Apply-all rows a
 * person judged wrong or awkward, by kind): each draft with what Apply all must write (`to`), `'flag-only'` where the flag
 * must stay with no text change (advice), or `'silent'` where nothing may be flagged at all; in other trades, spellings and
 * registers, with contrasts that keep the older rewrite or flag. No sentence of a development item.
 *
 *   npx tsx scripts/en-wrong30-matrix.ts   per kind: rows as expected / rows, then each row that is not
 * Exported for tests/unit/rewrite/en-wrong30.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { printSeamResults, runSeams28, type SeamKind } from './en-seams28-matrix.ts';

/** A kind and its rows, read by en-seams28-matrix.ts's runner (its `to` modes: text, 'flag-only', 'silent', 'flagged'). */
export type Kind30 = SeamKind;

export const WRONG30: readonly Kind30[] = [
  {
    // Praise said with a negated modal is no refusal: no template after it (neutral30.en.ts).
    kind: 'praise-negated-modal',
    rows: [
      { text: "Can't thank you enough for your patience with the boiler part, it's fitted now and running sweet.", to: 'silent' },
      { text: 'We truly cannot recommend the sunset cruise highly enough, the crew are brilliant.', to: 'silent' },
      { text: "You can't go wrong with the oat flat white, it's our best seller!", to: 'silent' },
      { text: "Ye cannae fail tae love the view fae the top deck, it's the best seat in the house!", to: 'silent' },
      { text: "you cant beat the sunday roast here mate, best in town", to: 'silent' },
      { text: "You can't miss it, the salon is right next to the post office.", to: 'silent' },
      { text: 'Couldnt be happier with how the fence turned out, thanks for choosing us!', to: 'silent' },
      { text: "Can't say enough good things about the new dental nurse, everyone loves her.", to: 'silent' },
      { text: "We can't wait to see you at the open day!", to: 'silent' },
      // Contrasts: the refusal or the not-knowing stays.
      { text: "I can't say when the part will arrive.", to: 'flagged' },
      { text: "You can't miss the deadline for the deposit, it's Friday.", to: 'flagged' },
      { text: "We can't recommend a solicitor, as we're not allowed to.", to: 'flagged' },
      { text: "You can't bring food into the cinema.", to: 'flagged' },
      { text: "We can't fit you in before Friday, sorry.", to: 'flagged' },
    ],
  },
  {
    // An unavailable item named as the object of a remedy done is no refusal (neutral30.en.ts).
    kind: 'unavailable-remedied',
    rows: [
      { text: 'We are happy to confirm that £3.20 has been refunded to your card for the unavailable items.', to: 'silent' },
      { text: 'The out-of-stock yoghurt has been substituted with the same brand in a larger pot, at no extra cost.', to: 'silent' },
      { text: 'Good news: the unavailable bulbs were removed from your order and the rest ships today.', to: 'silent' },
      { text: 'Your refund for the two unavailable tickets has been processed.', to: 'silent' },
      // Contrasts: the item is unavailable, or the remedy refused.
      { text: 'The item you ordered is unavailable.', to: 'flagged' },
      { text: 'Unavailable items cannot be refunded once the order ships.', to: 'flagged' },
      { text: 'The blue jumper is unavailable in your size.', to: 'flagged' },
    ],
  },
  {
    // A deleted "sorry, but" takes its whole apology head, or nothing (seams30.en.ts).
    kind: 'apology-head-whole',
    rows: [
      { text: "I'm so sorry, but the salon doesn't do walk-in colour.", to: "The salon doesn't do walk-in colour. What I can do is ___." },
      { text: "Im ever so sorry but the van is fully booked on Saturday", to: 'The van is fully booked on Saturday' },
      { text: "Hiya, we're terribly sorry, but the pool is shut for repairs this week.", to: 'Hiya, the pool is shut for repairs this week.' },
      { text: 'Good morning! So very sorry, but the 9am yoga is full.', to: 'Good morning! The 9am yoga is full.' },
      { text: "Ah no, I am really really sorry, but your size is gone.", to: 'Ah no, your size is gone.' },
      // Contrasts: a bare "Sorry, but" as before, an apology that is not a head, "not sorry".
      { text: 'Sorry, but the kiosk is closed today.', to: 'The kiosk is closed today.' },
      { text: 'Sorry for the wait, the parts are in.', to: 'Thank you for your patience, the parts are in.' },
    ],
  },
  {
    // "Not before / earlier than X" gives the earliest time, not a time it will happen: no "From X" (seams30.en.ts).
    kind: 'time-floor-not-from',
    rows: [
      { text: 'The new lenses? Not before Thursday.', to: 'flag-only' },
      { text: 'your bike? not before the weekend mate, parts are on backorder', to: 'flag-only' },
      { text: 'Not earlier than the 14th, I am afraid.', to: 'flag-only' },
      { text: 'Results? Not sooner than next Monday.', to: 'flag-only' },
      // Contrasts: "not until" names when it happens.
      { text: 'Not until Friday.', to: 'From Friday.' },
      { text: 'not till next month', to: 'From next month' },
    ],
  },
  {
    // A policy phrase's deletion takes its whole prepositional phrase and mends the punctuation (seams30.en.ts).
    kind: 'policy-phrase-whole',
    rows: [
      { text: 'Hello, according to the policy of the gym, towels must be used on all benches.', to: 'Hello, towels must be used on all benches.' },
      { text: 'As per the policy of our store, returns need the receipt.', to: 'Returns need the receipt.' },
      { text: 'Just a quick note that per our terms and conditions, the hire van must be back by 6pm.', to: 'Just a quick note that the hire van must be back by 6pm.' },
      { text: 'Heads up that according to company policy, the bar closes at 11.', to: 'Heads up that the bar closes at 11.' },
      // Contrasts: the older deletions.
      { text: 'Per company policy returns take 10 days.', to: 'Returns take 10 days.' },
      { text: 'Per our policy, refunds take ten days.', to: 'Refunds take ten days.' },
      { text: 'Hi Zoe, according to company policy, we can only hold the room for a day.', to: 'Hi Zoe, we can only hold the room for a day.' },
    ],
  },
  {
    // "Let me clarify" only where the apology opens its sentence and something follows to clarify (seams30.en.ts).
    kind: 'clarify-needs-clarifying',
    rows: [
      { text: 'Your table has been moved to the terrace - apologies for any confusion this may have caused.', to: 'flag-only' },
      { text: "We've changed the pickup point to Gate B, sorry for any confusion!", to: 'flag-only' },
      { text: "I'm sorry for the confusion!", to: 'flag-only' },
      // Contrasts: the apology heads a sentence and the clarification follows.
      { text: "I'm sorry for the confusion. The fee is charged once.", to: 'Let me clarify. The fee is charged once.' },
      { text: 'Apologies for the confusion, the class starts at 6 not 7.', to: 'flagged' },
    ],
  },
  {
    // "Calm down" is no empathy line before good news (seams30.en.ts).
    kind: 'calm-down-good-news',
    rows: [
      { text: 'Calm down, the concert tickets have not sold out, there are plenty left.', to: 'flag-only' },
      { text: "calm down sir, your parcel isn't lost, it's at the depot", to: 'flag-only' },
      { text: 'Calm down please, nothing has been deleted.', to: 'flag-only' },
      { text: "Calm down, your booking is safe.", to: 'flag-only' },
      // Contrasts: no reassurance after it.
      { text: 'Calm down.', to: 'I understand this is frustrating.' },
      { text: "calm down sir, I'm looking.", to: "I understand this is frustrating, I'm looking." },
    ],
  },
  {
    // A refusal's blank before an emphatic closer, a subject-less explanation, an offer in the next sentence, or a place
    // already named (seams30.en.ts).
    kind: 'blank-cannot-stand',
    rows: [
      { text: "We don't take cheques at the box office. Full stop.", to: 'flag-only' },
      { text: 'We do not deliver on Sundays. End of story.', to: 'flag-only' },
      { text: "The till won't let me refund it. Closes off at midnight.", to: 'flag-only' },
      { text: "we cant give out room numbers sorry. I can pass a message to the guest though", to: 'flag-only' },
      { text: 'We are unable to waive the late fee. We would, however, be happy to set up a payment plan.', to: 'flag-only' },
      { text: 'not my department, the ticket office opens at 10', to: 'flag-only' },
      // Contrasts: the blank where nothing follows, or the next sentence is unrelated news.
      { text: "We don't take cheques at the box office.", to: "While we don't take cheques at the box office, what we do offer is ___." },
      { text: "That's not my department.", to: 'The team that handles this is ___.' },
    ],
  },
  {
    // Smaller seams (seams30.en.ts): a condition said twice, "just" twice, a moment asked for before the agent's own check,
    // the wrong X with an adjunct, a writer's particle.
    kind: 'smaller-seams',
    rows: [
      { text: "We can't fit the tyres until the balance is paid, but once that's done we'll book you straight in.", to: 'flag-only' },
      { text: 'like I said, the noise is just the fan', to: 'To recap, the noise is just the fan' },
      { text: 'Sorry to bother you, just checking the postcode is BT7 1NN?', to: 'flag-only' },
      { text: 'You must have typed the wrong date while booking.', to: 'It looks like the wrong date was used while booking.' },
      { text: 'Good day Sir! Unfortunately po the 3pm slot is taken.', to: 'flag-only' },
      { text: "If you're gonna have to wait, grab a coffee on us!", to: 'flag-only' },
      { text: 'When you must collect it, bring your ID.', to: 'flagged' },
      // Contrasts.
      { text: "You'll need to sign for the parcel.", to: 'Please sign for the parcel.' },
      { text: "You can't change the address until the order is confirmed.", to: 'You can change the address once the order is confirmed.' },
      { text: 'Like I said, the refund went out on Monday.', to: 'Just to recap, the refund went out on Monday.' },
      { text: 'You entered the wrong address.', to: 'It looks like the wrong address was used.' },
      { text: 'Unfortunately, PO boxes are not covered.', to: 'flagged' },
    ],
  },
  {
    // A softener kept before bad news that comes after a price or a version: the point in "£1.99" is no sentence end (guard.ts).
    kind: 'softener-past-a-decimal',
    rows: [
      { text: 'Regrettably, we have to let you know that the £4.50 weekday rate has now expired.', to: 'flag-only' },
      { text: 'Sadly, version 2.1 of the app is no longer supported on that phone.', to: 'Sadly, version 2.1 of the app is no longer supported on that phone. What we can do is ___.' },
      // Contrast: good news after the price, the softener goes.
      { text: 'Regrettably, we can confirm the £4.99 refund went through.', to: 'We can confirm the £4.99 refund went through.' },
    ],
  },
];

export const runWrong30 = (kinds: readonly Kind30[] = WRONG30) => runSeams28(kinds);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printSeamResults(runWrong30());
