/**
 * Look-alike matrix of the thirty-first session's English recall kinds (rwen31: late30's misses whose kind recurs in late26 …
 * late29 in other forms, read by lib/rewrite/generic/kinds31.en.ts): positives in other trades, spellings, registers and
 * learners' English that must be flagged (advice: no rewrite is offered by these readers), and contrasts that must stay
 * silent. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall31-matrix.ts   per kind: rows as expected / rows, then each row that is not
 * NEUTRAL31: lib/rewrite/neutral31.en.ts's kind, neutrals that must stay silent and contrasts that keep their flag.
 * Exported for tests/unit/rewrite/en-recall31.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { runWrong30, type Kind30 } from './en-wrong30-matrix.ts';
import { printSeamResults } from './en-seams28-matrix.ts';

export const RECALL31: readonly Kind30[] = [
  {
    kind: 'blame-perfect-wrong',
    rows: [
      { text: 'The parcel came back because you have written the house number wrong on the label.', to: 'flagged' },
      { text: "Looks like you've spelt the email address wrong, so the tickets bounced.", to: 'flagged' },
      { text: 'ye have put the dates in wrang on the form, pal', to: 'flagged' },
      { text: 'u have keyed the PIN wrong 3 times so the card locked', to: 'flagged' },
      { text: 'You never put the flat number on the form, so the courier brought it back.', to: 'flagged' },
      { text: 'ya never set the alarm before you left mate', to: 'flagged' },
      { text: 'With the app you never set foot in a queue again!', to: 'silent' },
      { text: 'You never put a foot wrong with us, thanks for being a loyal customer.', to: 'silent' },
      { text: 'Sir, you had selected the wrong pickup terminal while booking.', to: 'flagged' },
      { text: 'yuh have entered de meter number wrong', to: 'flagged' },
      { text: "You've addressed it to the wrong branch, that's why it sat at the depot.", to: 'flagged' },
      // Contrasts: a condition, a reassurance, what was done to the customer, our own act.
      { text: "If you've typed the postcode wrong, just reply and we'll fix it.", to: 'silent' },
      { text: "No worries if you've booked the wrong day, we can move it for free.", to: 'silent' },
      { text: "You've been sent the wrong size, so a new pair is on its way today.", to: 'silent' },
      { text: 'We have written the wrong date on your invoice, a corrected one is attached.', to: 'silent' },
      { text: 'You have booked with us for years and we got it wrong this time, sorry.', to: 'silent' },
      { text: 'Have you typed the code wrong?', to: 'silent' },
      { text: 'I see that you have put the wrong flat number on the order and would like to correct it.', to: 'silent' },
      { text: 'Thanks for letting us know, I understand you have booked the wrong room type.', to: 'silent' },
    ],
  },
  {
    kind: 'blame-musta',
    rows: [
      { text: 'you musta left the gate open when you went out', to: 'flagged' },
      { text: 'ya musta scanned the old ticket mate', to: 'flagged' },
      { text: 'You mustve paid into the old account number.', to: 'flagged' },
      // Contrasts: sympathy, and the packs' own softened wording.
      { text: 'you musta been so worried, the puppy is fine now', to: 'silent' },
      { text: 'ya musta got the old version from us, a new one is in the post', to: 'silent' },
      { text: 'It looks like you may have paid into the old account, I will move it across for you.', to: 'silent' },
    ],
  },
  {
    kind: 'blame-third-person-customer',
    rows: [
      { text: 'You did not return the hire car with a full tank, contrary to clause 6 of the agreement.', to: 'flagged' },
      { text: 'you parked in the visitor bay overnight, in breach of the site rules', to: 'flagged' },
      { text: 'The patient failed to attend the scan on 4 March, so the referral has lapsed.', to: 'flagged' },
      { text: 'As the account holder neglected to update the card, the subscription was paused.', to: 'flagged' },
      { text: 'The hirer failed to return the van with a full tank.', to: 'flagged' },
      { text: 'Our records show the tenant did not submit the meter reading by the deadline.', to: 'flagged' },
      // Contrasts: a third party, our staff, a thing.
      { text: 'The courier failed to deliver your parcel, so we have sent another by express.', to: 'silent' },
      { text: 'If you parked in the visitor bay, in breach of the site rules, the fine may still be cancelled on appeal.', to: 'silent' },
      { text: 'The sync stopped at midnight because your IT team disabled the API key.', to: 'flagged' },
      { text: 'root cause was your developers deploying an old build over the live site', to: 'flagged' },
      { text: 'The invoices went out a day late since your finance team missed the approval window.', to: 'flagged' },
      { text: 'Because your team asked us to move the training, it is now on the 9th.', to: 'silent' },
      { text: 'Since your IT team has set up the single sign-on, everyone can log in now.', to: 'silent' },
      { text: 'The payment failed to go through, could you try once more?', to: 'silent' },
      { text: 'The previous tenant failed to hand back the spare key, so we changed the locks for you.', to: 'silent' },
    ],
  },
  {
    kind: 'obligation-necessity',
    rows: [
      { text: 'It is necessary that you bring both passports to the appointment.', to: 'flagged' },
      { text: 'it is compulsory for u to wear the wristband at all times in the park', to: 'flagged' },
      { text: 'Prior to installation it is absolutely necessary that you clear the loft hatch.', to: 'flagged' },
      { text: 'gotta bring the receipt with you or the till cant do the exchange', to: 'flagged' },
      { text: 'have to book the slot online first, otherwise the gate will not open', to: 'flagged' },
      { text: "need to show ur pass at the door or the staff can't let you in", to: 'flagged' },
      // Contrasts.
      { text: 'It is not necessary for you to bring anything, we provide all the kit.', to: 'silent' },
      { text: 'If it is necessary for you to cancel, just let us know and we will refund you.', to: 'silent' },
      { text: 'Gotta love a sunny day for the boat trip!', to: 'silent' },
    ],
  },
  {
    kind: 'not-ours-any-matter',
    rows: [
      { text: "Sorry, the bin collection's not us, love, that's the council.", to: 'flagged' },
      { text: 'Parking fines are not us, it is the landlord who issues them.', to: 'flagged' },
      { text: 'Roof leak = landlord issue, not ours. Their number is on your lease.', to: 'flagged' },
      { text: 'Passport renewals not under us, pls contact the embassy.', to: 'flagged' },
      { text: 'Dear Sir, the refund of the deposit is not coming under our desk, kindly contact accounts.', to: 'flagged' },
      { text: "Tuning the engine isn't a service we offer, a mechanic would be best for that.", to: 'flagged' },
      { text: 'Not our fault the courier lost it, but I have sent a new one today.', to: 'flagged' },
      { text: 'not my fault mate, the supplier changed the part number', to: 'flagged' },
      { text: 'Not your fault at all, these things happen and the new code is below.', to: 'silent' },
      { text: "Sorry, hanging the curtains is not a job our team takes on.", to: 'flagged' },
      // Contrasts.
      { text: 'The mistake was ours, not yours, and we have refunded the fee.', to: 'silent' },
      { text: 'That text asking for your PIN is not us, please delete it, it is a scam.', to: 'silent' },
      { text: 'Your boiler is still under warranty, so the repair is free.', to: 'silent' },
      { text: 'Engine tuning is a service we offer every weekday.', to: 'silent' },
      { text: 'Cutting corners is not a thing we do here, every joint is hand-finished.', to: 'silent' },
      { text: 'Your old router is not ours, so you can keep it or recycle it.', to: 'silent' },
    ],
  },
  {
    kind: 'effort-hedged',
    rows: [
      { text: 'The new blinds should be ready on Thursday, hopefully.', to: 'flagged' },
      { text: 'ur parcel will arrive tmrw hopefully', to: 'flagged' },
      { text: 'The engineer should be with you by 2pm, hopefully!', to: 'flagged' },
      { text: 'Hopefully we can have the boiler fixed by the weekend!', to: 'flagged' },
      { text: 'Hopefully I can get your suit altered before the wedding.', to: 'flagged' },
      { text: 'Every reasonable effort will be made to deliver within the window.', to: 'flagged' },
      { text: 'Best endeavours will be used to rebook you on the next sailing.', to: 'flagged' },
      { text: 'I try to book you in for Monday, cannot promise.', to: 'flagged' },
      { text: 'We try to send the certificates by Friday, if the lab sends them back.', to: 'flagged' },
      { text: 'The carpet fitter is booked for Monday, hopefully it can be done before the weekend.', to: 'flagged' },
      { text: 'hopefully ur visa can be processed by the end of the month', to: 'flagged' },
      // Contrasts.
      { text: 'See you on Friday, hopefully!', to: 'silent' },
      { text: 'Hopefully the new sofa can be enjoyed for years!', to: 'silent' },
      { text: 'We try to reply to every message within a day.', to: 'silent' },
      { text: 'Every effort was made to find your ring, and the cleaner found it this morning.', to: 'silent' },
      { text: 'Hopefully you enjoy the new blinds!', to: 'silent' },
      { text: 'We will make every effort to get your sofa to you before Christmas.', to: 'silent' },
    ],
  },
  {
    kind: 'rule-as-reason-after-news',
    rows: [
      { text: 'Opened cosmetics cannot be exchanged, it is the store policy.', to: 'flagged' },
      { text: 'No dogs in the dining room, thats the house rule.', to: 'flagged' },
      { text: 'Bikes can only be hired with photo ID, its our policy.', to: 'flagged' },
      // Contrasts.
      { text: 'Refills are free, no limit, that is the cafe house rule!', to: 'silent' },
      { text: 'No deposit needed for members, you get a free locker too, that is the club house rule.', to: 'silent' },
      { text: 'Your table is booked for 8, and dogs are welcome too, that is the club house rule.', to: 'silent' },
      { text: 'We never pass on your details, it is the shop policy.', to: 'silent' },
    ],
  },
  {
    kind: 'tool-misbehaving-refuses',
    rows: [
      { text: 'Sorry, the card machine is playing up and will not take your card.', to: 'flagged' },
      { text: "our ordering thing's being weird and won't let me add the extra topping", to: 'flagged' },
      { text: 'The till system is on the blink and cannot process the refund today.', to: 'flagged' },
      { text: 'Sorry, our till keeps rejecting the gift card, so I cannot put it through today.', to: 'flagged' },
      { text: "the till won't take the voucher mate", to: 'flagged' },
      // Contrasts: an outage with a way round, and no refusal.
      { text: 'Our card machine is playing up today, but we take cash and bank transfer.', to: 'silent' },
      { text: 'The app has been a bit glitchy this week, so we have extended your booking for free.', to: 'silent' },
    ],
  },
  {
    kind: 'calm-down-state',
    rows: [
      { text: "Don't go getting yourself in a tizzy, the flights are still on.", to: 'flagged' },
      { text: 'no need to get yourself worked up, it is only a form', to: 'flagged' },
      { text: 'dont get yourself in a state about the rash, it is normal', to: 'flagged' },
      { text: "Don't go getting yourself worked up, puppies always chew when they're teething.", to: 'flagged' },
      { text: 'Try not to get yourself worked up if the dressing looks red at first, that is normal.', to: 'silent' },
      // Contrasts.
      { text: 'The car was in a right state when it came in, but it is spotless now.', to: 'silent' },
      { text: 'You will need to state your name and account number.', to: 'flagged' },
    ],
  },
  {
    kind: 'talking-down-scots',
    rows: [
      { text: 'As I telt ye, the boat leaves at nine.', to: 'flagged' },
      { text: "As we've telt you twice noo, the deposit's non-refundable.", to: 'flagged' },
    ],
  },
  {
    kind: 'status-code',
    rows: [
      { text: 'Your claim status now HLD-DOC, please wait for our letter.', to: 'flagged' },
      { text: 'The order got flagged ADDR-chk, so it is waiting at the hub.', to: 'flagged' },
      { text: "It's come up as RX7 on the system, so the order is paused.", to: 'flagged' },
      // Contrasts: a place, a plain word.
      { text: 'Your postcode came up as LS6 on the map, so the van will come tomorrow.', to: 'silent' },
      { text: 'Your order status is now shipped, it arrives tomorrow.', to: 'silent' },
      { text: 'Your seat came up as F12 on the plan.', to: 'silent' },
    ],
  },
];

/** The thirty-first session's neutral kind (lib/rewrite/neutral31.en.ts): regret in a story that ends well stays silent. */
export const NEUTRAL31: readonly Kind30[] = [
  {
    // A calm-down before a reassurance that the thing comes in good time keeps no empathy line (seams30.en.ts, rwen31).
    kind: 'calm-down-before-in-time',
    rows: [
      { text: 'relax, the cake will be at the hall well before the party starts', to: 'flag-only' },
      { text: 'Relax, the band will arrive in plenty of time for the first dance.', to: 'flag-only' },
      // Contrast: no reassurance after it keeps the older rewrite.
      { text: "relax, I'm looking into it now", to: "I understand this is frustrating, I'm looking into it now" },
    ],
  },
  {
    // "till" the machine is no "until": no time rewrite ("The once is refusing …") over it; the refusal keeps its blank.
    kind: 'till-is-a-noun',
    rows: [
      { text: 'The till is refusing the discount code, so I cannot apply the offer today.', to: 'The till is refusing the discount code, so I cannot apply the offer today, but what I can do is ___.' },
      { text: 'Our till roll ran out, so I cannot print a receipt till tomorrow.', to: 'flagged' },
      // Contrasts: "till" the time word keeps the time rules.
      { text: "We can't deliver till Friday.", to: 'flagged' },
      { text: 'The shop is open till 6 tonight.', to: 'silent' },
    ],
  },
  {
    kind: 'regret-in-a-story',
    rows: [
      { text: 'The couple said that, unfortunately for them, the wind picked up at sunset, but the veil photos came out perfectly.', to: 'silent' },
      { text: 'sadly for da snow de ski trip went ahead anyway and the kids loved it', to: 'silent' },
      { text: 'Our skipper says, sadly for him, it rained all morning, but the whole group still had a great time.', to: 'silent' },
      { text: 'Unfortunately for the old shed, the storm hit it first, but your greenhouse came through without a scratch.', to: 'silent' },
      // Contrasts: bad news for the customer, the customer's or our own regret, no good turn.
      { text: 'Unfortunately for them, the flowers arrived late, but they loved the card.', to: 'flagged' },
      { text: 'Unfortunately for you, the sale ended yesterday, but the kids loved the shop.', to: 'flagged' },
      { text: 'Unfortunately for him, the replacement part is on back order.', to: 'flagged' },
      { text: 'Sadly for her, the course is full, but she loved the open day.', to: 'flagged' },
    ],
  },
];

export const runRecall31 = () => runWrong30(RECALL31);
export const runNeutral31 = () => runWrong30(NEUTRAL31);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printSeamResults([...runRecall31(), ...runNeutral31()]);
