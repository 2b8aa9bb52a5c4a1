/**
 * Look-alike matrix of the thirty-fourth session's English kinds (rwen34: the non-jargon misses of late27 … late33 and
 * train31 pooled by kind, only kinds with misses in three splits or more; read by lib/rewrite/generic/kinds34.en.ts and
 * lib/rewrite/policy-grant.en.ts): rows in other trades, spellings, registers and learners' English that must be flagged,
 * contrasts that must stay silent. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall34-matrix.ts   per kind: rows as expected / rows, then each row that is not
 *
 * Exported for tests/unit/rewrite/en-recall34.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { runWrong30, type Kind30 } from './en-wrong30-matrix.ts';
import { printSeamResults, type SeamResult } from './en-seams28-matrix.ts';
import { analyzeSentenceTokens } from '../lib/nlp/index.ts';
import { readKinds34 } from '../lib/rewrite/generic/kinds34.en.ts';

export const RECALL34: readonly Kind30[] = [
  {
    kind: 'tool-greys-the-thing-out',
    rows: [
      { text: 'the catalogue greys that title out for me too, its a reserve copy', to: 'flagged' },
      { text: "Sorry, the portal's greyed the Friday slots out on my end.", to: 'flagged' },
      { text: 'Our booking tool has greyed it out for me, so I cannot move the class.', to: 'flagged' },
      { text: 'ugh the till keeps greying the discount button out on my side', to: 'flagged' },
      { text: 'I tried to add the extra night but the system greyed it out again.', to: 'flagged' },
      { text: 'the rota greys them out for me atm, sorry hun', to: 'flagged' },
      { text: 'The register has grayed the refund option out at the moment.', to: 'flagged' },
      { text: 'the form greys out the delivery box for me, soz', to: 'flagged' },
      // Contrasts: what the colours mean, a condition, the customer's own device, normal behaviour, a question.
      { text: 'The calendar greys out any day that is fully booked, so the white ones are free.', to: 'silent' },
      { text: 'The app greys the button out when you have not ticked the box yet.', to: 'silent' },
      { text: 'If your screen greys it out, just refresh the page.', to: 'silent' },
      { text: 'Does the portal grey the slots out for you too?', to: 'silent' },
      { text: 'The checkout greys the card field out while it saves, that is normal.', to: 'silent' },
      { text: 'The screen greys out for a second while it loads your booking.', to: 'silent' },
    ],
  },
  {
    kind: 'rule-cited-after-the-limit',
    rows: [
      { text: 'Bike hire is limited to 4 hours per our rental terms.', to: 'flagged' },
      { text: 'Late returns are charged 2 pounds a day as per our library rules.', to: 'flagged' },
      { text: 'guests must be off the premises by 11pm as per the house rules', to: 'flagged' },
      { text: 'Deposits are non-refundable in accordance with our booking conditions.', to: 'flagged' },
      { text: 'Only two swaps are allowed per season in line with our membership terms.', to: 'flagged' },
      { text: 'Photo ID is required at collection according to our policy!', to: 'flagged' },
      // Contrasts: a grant, a benefit, a reply to the customer's own request, a question, no limit.
      { text: 'You can return it within 30 days as per our policy.', to: 'silent' },
      { text: 'Your deposit has been refunded in full as per our terms.', to: 'silent' },
      { text: 'Delivery is free on every order as per our terms.', to: 'silent' },
      { text: 'Is the late fee waived per our policy?', to: 'silent' },
    ],
  },
  {
    kind: 'rule-named-as-broken',
    rows: [
      { text: 'Sharing your login with a friend is a breach of our terms of use, so the account stays locked.', to: 'flagged' },
      { text: 'smoking on the balcony is a violation of the tenancy agreement, the cleaning fee applies', to: 'flagged' },
      { text: 'Subletting the stall breaches our market rules.', to: 'flagged' },
      { text: 'Parking in the staff bay violates the site rules, hence the ticket.', to: 'flagged' },
      { text: 'ur in breach of the tenancy agreement with the dog, so the deposit is held', to: 'flagged' },
      // Contrasts: our own breach, a denial, a condition, a question.
      { text: 'We were in breach of our own terms there, so we have refunded the fee.', to: 'silent' },
      { text: 'Would sharing the pass be a breach of the terms?', to: 'silent' },
      { text: 'There has been no breach of your contract at all, everything is in order.', to: 'silent' },
      { text: 'The seller is in breach of the marketplace rules, so we have refunded you and opened a case.', to: 'silent' },
      { text: 'The boiler service is not covered under the home plan, but I can book one for you.', to: 'silent' },
    ],
  },
  {
    kind: 'grant-used-up-or-held-back',
    rows: [
      { text: 'As per our policy, members can freeze their plan twice a year, and both freezes have been used.', to: 'flagged' },
      { text: 'Per our terms, you get three free swaps, all already used this year.', to: 'flagged' },
      { text: 'As per our policy, clients get the printed album and the negatives stay with the studio.', to: 'flagged' },
      { text: 'Per our policy, tenants can request two repaints, both used up in 2024.', to: 'flagged' },
      // Contrasts: the grant whole, the thing kept for the customer, nothing used up.
      { text: 'As per our policy, members can freeze their plan twice a year.', to: 'silent' },
      { text: 'Per our terms, you are entitled to a free swap, and it can be used any time.', to: 'silent' },
      { text: 'As per our policy, you can keep the loan bike while yours stays with the workshop.', to: 'silent' },
    ],
  },
  {
    kind: 'apology-heading-done-news',
    rows: [
      { text: 'Sorry about that, your bike is ready to collect from 3pm.', to: 'flagged' },
      { text: 'soz bout that, ur parcel is on its way', to: 'flagged' },
      { text: 'Oh sorry about that, sorry - the signed lease is attached.', to: 'flagged' },
      { text: 'sorry aboot that, yer car is booked in for the MOT on Friday', to: 'flagged' },
      { text: 'Really sorry about all that, your refund has been processed today.', to: 'flagged' },
      // Contrasts: a fault, a delay, a loss, a condolence, "again", a question, sympathy for the customer's news.
      { text: 'Sorry about that, the courier lost the first one, so a new parcel is on its way.', to: 'silent' },
      { text: 'Sorry about that, it took longer than it should, but your order is ready now.', to: 'silent' },
      { text: 'So sorry about that, I have fixed the typo on your certificate.', to: 'silent' },
      { text: 'Sorry about that, is the new invoice attached OK?', to: 'silent' },
      { text: 'Sorry about your loss, the flowers are booked for Thursday.', to: 'silent' },
    ],
  },
  {
    // neutral32's "no problem at all" closing a warm answer, with the vocatives and the gladness of late33's writer.
    kind: 'neutral-no-problem-at-all-warm',
    rows: [
      { text: 'No problem at all, my dear, glad the little one is feeling better.', to: 'silent' },
      { text: 'Not a problem at all darling, so happy to hear you are doing well!', to: 'silent' },
      { text: "no problem at all pet, glad Milo's on the mend", to: 'silent' },
      // Still flagged: no "at all" (neutral19's reading), a fault of ours, a refund, "but".
      { text: 'No problem, my love, glad Bella is feeling better.', to: 'flagged' },
      { text: 'Not a problem at all my love, glad you are feeling better, but the refund is still not possible.', to: 'flagged' },
    ],
  },
];

/** Contrasts kinds34 itself must not read (other readers may flag them for their own words). */
const READER34_SILENT: readonly string[] = [
  'The calendar greys out any day that is fully booked, so the white ones are free.',
  'If your screen greys it out, just refresh the page.',
  'We were in breach of our own terms there, so we have refunded the fee.',
  'You can return it within 30 days as per our policy.',
  'Please read the guide under our help pages.',
  // (The learnt reader flags this denial for its own words, learnt-policy: a contrast of kinds34's only.)
  'Parking on the verge is not a breach of our rules, so the ticket has been cancelled.',
  // (After the lead's retrain on the merged rules the learnt reader read 'breach of' here as dismissive advice: a
  // hypothetical consequence; data35's gate in neg.en.ts, hypotheticalConsequence, now leaves it alone.)
  'If the lease is signed late, that would be a breach of the contract, so we send reminders.',
  "I've changed the delivery address as per your request.",
  'Is the fee charged per our policy?',
  'The parcel is with the courier according to our tracking.',
  'Everything is in line with our policy, so nothing changes for you.',
  'The button greyed out while your payment went through, all done now.',
  'Sorry about that, we sent the wrong size, the right one is on its way.',
  'I was sorry about that, the new date is confirmed though.',
];

export const runRecall34 = (): SeamResult[] => runWrong30(RECALL34);

/** Contrasts kinds34 reads anyway: each as "sentence   (construction)". */
export function runReader34Silent(): string[] {
  const bad: string[] = [];
  for (const t of READER34_SILENT) for (const h of readKinds34(analyzeSentenceTokens(t))) bad.push(`${t}   (${h.construction})`);
  return bad;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSeamResults(runRecall34());
  const silent = runReader34Silent();
  console.log(`kinds34 contrasts read: ${silent.length}`);
  for (const s of silent) console.log(`  ${s}`);
}
