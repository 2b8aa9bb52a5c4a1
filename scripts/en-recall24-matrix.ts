/**
 * Look-alike matrix of the twenty-fourth session's English work (rwen24): for each kind named from the late23 (then late22)
 * development errors, sentences agents in many trades and voices would write (chat and email, lower case, no apostrophes),
 * written before the readers: positives that must be flagged over the words in [[ ]], and close contrasts that must stay as
 * they are (no flag at all). No trade or proper noun of a development item.
 *
 *   npx tsx scripts/en-recall24-matrix.ts [--kind=must-have-guess]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall24-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { kindsMain, type Kind21 } from './en-kinds21-matrix.ts';

export const KINDS24: readonly Kind21[] = [
  {
    // Precision: "you must have had / been / got …" is a guess about what happened, not an order; a requirement stays one.
    kind: 'must-have-guess',
    pos: [
      '[[You must have]] your booking code ready when you call.',
      '[[you must bring]] photo ID to collect the parcel',
      '[[You must have]] a valid prescription for this.',
      '[[You must return]] the form by Friday.',
      '[[you must have]] the receipt to get a refund',
      '[[You must wear]] closed shoes in the workshop.',
      '[[You must have]] had your first dose at least 14 days before the trip.',
      '[[you must have]] had the account for 6 months to qualify',
    ],
    neg: [
      'You must have had the older version of the form, the new one has a box for it.',
      'you must have had the trial version, the full one unlocks it',
      'You must have had a busy week with the move!',
      "You must have had the old link, I've sent the new one.",
      'You must have had the notification turned off, that is why it did not ring.',
      'Ah you must have had the earlier quote, this one includes fitting.',
      'you must have had the previous card on file when it renewed',
      'You must have been on the old tariff, the new one includes weekends.',
      'You must have got the wrong email, the code is below.',
      "You must have seen the old price, it dropped on Monday.",
    ],
  },
  {
    // Precision: "no problem (at all)" as a yes, before the news that the asked-for thing is arranged; a brush-off of a fault stays flagged.
    kind: 'no-problem-done',
    pos: [
      "Sorry the delivery was late, [[no problem]], these things happen.",
      '[[no problem]], the scratch is only cosmetic',
      'Thanks for telling us the room was cold. [[No problem]], the heating is on now.',
      '[[No problem]], glad I could help!',
      'the driver was rude? [[no problem]], the booking is still valid',
      '[[no problem]], mistakes are common with the new form',
      '[[No problem]], it happens to everyone.',
      '[[No problem]], that sort of thing is normal now.',
    ],
    neg: [
      'no problem, the table is now booked for 8',
      'No problem, your appointment is now at 2:30 on Friday.',
      'no problem at all, the spare keys are at reception for you',
      'No problem, the extra towels are on their way up.',
      'no problem, your delivery is now booked for Saturday morning',
      'No problem at all, the invoice is in your inbox now.',
      'no problem, the size 10 is set aside for you at the till',
      'No problem, the class is moved to Thursday.',
      'No problem, the lesson is now 4pm instead of 3.',
      'no problem at all - the cake is on the order for Saturday',
      'No problem, that is all changed on the booking now.',
      'no problem, your name is on the list for the early tour',
      'no problem, check-in is now from 1pm for you',
      'No problem - collection is now Tuesday between 8 and 12.',
    ],
  },
  {
    // Precision: the earliest date given with the agent's own step toward sooner is information, not a refusal.
    kind: 'earliest-with-step',
    pos: [
      '[[The earliest we can]] deliver is next Friday.',
      '[[the earliest slot is]] in three weeks',
      '[[The earliest our fitter can]] come [[is]] the 20th, sorry.',
    ],
    neg: [
      "The earliest the plumber can be there is Tuesday, and I've added you to the cancellation list in case something frees up.",
      "The earliest slot is Thursday afternoon; I've put you on the waiting list too, so you'll hear if anything opens sooner.",
      "the earliest the groomer can fit her in is Saturday, I've popped you on the waitlist for anything sooner",
      "The earliest appointment is the 14th, and I've noted you for a call if a cancellation comes up.",
      "The earliest we can deliver is Monday, and I've asked the depot to ring you if it can be earlier.",
    ],
  },
  {
    // Recall: an apology opening a sentence that only tells something done or arrived (no fault anywhere in it).
    kind: 'apology-done',
    pos: [
      '[[Sorry]], your order has shipped!',
      '[[so sorry]], your parcel has arrived at the locker',
      '[[Sorry]], the payment has cleared.',
      '[[Apologies]], your card has been activated.',
      'Hi, [[sorry]], the tickets have gone out by email.',
      '[[sorry]] the order has been posted today',
      '[[Sorry]], your membership has been renewed.',
      '[[So sorry]], the prescription has been sent to the pharmacy.',
      '[[Sorry]], your application has been received.',
      '[[sorry]], the photos have been uploaded to the gallery',
    ],
    neg: [
      'Sorry, your order has shipped late, it should be with you Thursday.',
      'Sorry, your parcel has been damaged in transit.',
      "Sorry, the payment hasn't cleared yet.",
      'So sorry, your card has been blocked by the bank.',
      'Sorry to hear the parcel arrived crushed.',
      'Sorry, your order was shipped to the old address.',
      'Sorry, the photos have been deleted by mistake.',
      'Sorry, the tickets have been cancelled by the venue.',
      'Your order has shipped, tracking is below.',
    ],
  },
  {
    // Recall: a back-office status code shown to the customer (capital letters joined by - or /, read as the status).
    kind: 'status-code',
    pos: [
      'Your claim is sitting in [[PND-REV]] status at the moment.',
      'the account is showing [[CR-HLD]] on our side',
      'the parcel shows [[RTS-PEND]] in the tracker',
      'Your application came back as [[DOC-INC]] so we need another page.',
      'the meter read came back as [[EST/NR]], so the bill is estimated',
      'It is currently in [[QA-HOLD]] status, the team will release it soon.',
      'ticket shows [[WIP / AWT-PRT]], should move this week',
      'The repair is showing [[AWP-SUP]] on our system.',
    ],
    neg: [
      'Your order ORD-55231 is on its way.',
      'The XR-500 model is in stock again.',
      'booking ref ABX-3321 is confirmed for Friday',
      'The status shows DELIVERED since this morning.',
      'Your plan is showing as active on our side.',
      'The cable is USB-C at both ends.',
      'It came back as a match, so you are all set.',
      'The Wi-Fi is showing on your screen now.',
      'The report is in PDF/CSV, whichever you prefer.',
      'The clinic is open 24/7.',
      'the TV shows HDMI-1 as the input',
      'The display reads LO-BAT, so swap the batteries.',
      'if the boiler screen shows PR-LOW, top up the pressure',
      'Your boarding pass shows LHR-JFK as the first leg.',
      'The rate shows GBP/EUR at 1.17 today.',
      'The status shows ON-HOLD until you pay.',
    ],
  },
  {
    // Recall: "I'll attempt …" as the hedged "I'll try".
    kind: 'attempt',
    pos: [
      "[[I'll attempt]] a reset of the router from here.",
      '[[we will attempt]] a repair, if it fails it goes back to the maker',
      '[[Ill attempt]] a refund but it may not go through',
      "[[I'll attempt]] to get you on the 6 o'clock train.",
    ],
    neg: [
      'The courier attempted delivery at 10am.',
      'We attempted to call you twice yesterday.',
      'Our system attempts the payment again after three days.',
      'After three attempts the card locks for your safety.',
    ],
  },
  {
    // Recall: not ours in non-native English: "is not coming under our team", "is not us" ending the clause.
    kind: 'not-under-us',
    pos: [
      'Madam screen damage [[is not coming under our department]], kindly visit the brand store.',
      'this issue [[does not come under our team]], please contact the landlord',
      'Lost luggage [[is not coming under us]], please ask the airline.',
      'For the parking fine you have to ask the council, [[is not us]].',
      'the delay [[is not falling under our scope]], kindly check with the courier',
    ],
    neg: [
      'Screen damage is coming under the warranty, so the repair is free.',
      'The cost is not coming out of your account until Friday.',
      'Your plan does not come under the price rise.',
      'Whatever comes under our team, we fix the same day.',
      'The engineer is not coming until Thursday? Let me check.',
      'If it is not us who sent it, please ignore the text.',
    ],
  },
  {
    // Recall: the customer's own past act given as the cause of a bad outcome ("because you took it off too early", "you
    // weren't in, so the visit is charged").
    kind: 'cause-blame',
    pos: [
      'The stitches have come loose because [[you took the bandage off]] too early.',
      'The paint has bubbled because [[you painted over it]] before it was dry.',
      "[[You weren't in]] when the driver called, so the parcel has gone back to the depot.",
      '[[you were not home]] at 10 so the visit is charged as a no-show',
      'The warranty is void because [[you opened the case]].',
      'The battery drained because [[you left the lights on]].',
      'The lawn has bald patches because [[you mowed it]] too short.',
      'the jumper shrank cos [[you washed it]] on 60',
      'Your tyre is damaged because [[you drove on it]] flat.',
      'The deposit is forfeit since [[you cancelled]] inside the 48 hours.',
      '[[you missed the appointment]], so the fee is charged',
      "The screen cracked because [[you didn't use]] the case.",
      'The plant died because [[you watered it]] every day.',
      'your card was blocked because [[you used it]] abroad without telling the bank',
      'The plaster has lifted again because [[you stood on it]] too soon.',
      'The driver waited ten minutes but [[you did not answer]], so the delivery is marked as failed.',
      'Hi, the technician came by at noon but [[you were not there]], so a call-out fee applies.',
    ],
    neg: [
      "Because you booked before noon, it'll arrive tomorrow.",
      "Since you ordered two, we've added a free gift.",
      "You were out when we called, so I've rebooked you for Friday morning.",
      "Because you asked, I've waived the fee.",
      'Since you paid by card, the refund goes back to the same card.',
      'As you mentioned the leak, I have booked a plumber for Monday.',
      'Because you signed up early, you get 10% off.',
      'The stain came out because you rinsed it straight away, well done!',
      'If you took the cover off, just clip it back on.',
      "You weren't charged because the visit was cancelled.",
      'Because you have been with us for ten years, the upgrade is free.',
      'since you moved house, we have updated the address on the account',
      "The parcel went back to the depot because the driver couldn't find the door.",
      'Did the fabric shrink because you washed it hot?',
      'The parcel got damaged in the van, not because you did anything wrong.',
      "It's not your fault the boiler broke because you followed the manual.",
      "Since you left the review, we've credited your account.",
      'Because you kept the receipt, we can refund the damaged item.',
      'Since you locked the card straight away, nothing was lost.',
      'Because you registered the boiler, the broken part is covered.',
      'you rang ahead so the missed slot is not charged',
      'Because you came a bit too early, we gave you a coffee while you waited.',
      'The driver knocked but you were out, so I have rebooked the delivery for tomorrow.',
      'We tried to call but you were busy, so we will try again later.',
    ],
  },
  {
    // Recall: the business's own machine, named with "our", refusing an action of the customer's request.
    kind: 'our-system-wont',
    pos: [
      '[[Our software won’t merge]] two accounts into one.',
      "I'm afraid [[our booking platform won't split]] a group across two dates.",
      '[[our ordering system doesnt combine]] deliveries from two stores',
      '[[Our payroll software will not backdate]] a change more than one month.',
      '[[Our website can’t hold]] an item in the basket overnight.',
      "[[our card machine won't do]] contactless over £100",
    ],
    neg: [
      "Our app doesn't store your card details.",
      "Our system won't charge you twice, even if you press pay again.",
      "Our website doesn't sell gift cards yet, but the shop does.",
      "Our platform won't share your data with anyone.",
      "Our software won't need a restart after the update.",
      "Our booking system won't delete your history when you change plan.",
      "The app won't open on my phone.",
      "If our system doesn't email you, call us.",
      "Our checkout doesn't add VAT on overseas orders.",
      "Our software won't slow down your laptop.",
      "Our booking system doesn't apply a card fee.",
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) kindsMain(KINDS24, process.argv.slice(2));
