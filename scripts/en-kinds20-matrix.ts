/**
 * Look-alike matrix of the twentieth session's English kinds (lib/rewrite/generic/kinds20.en.ts): for each kind,
 * drafts agents in many trades would write (vets, gyms, ferries, dentists, councils, SaaS, banks, telecoms, hotels,
 * removals, schools, pharmacies …) that must be flagged, and close contrasts that must stay as they are. Written
 * from how agents talk, not from any split's items (no trade or proper noun of a development item).
 *
 *   npx tsx scripts/en-kinds20-matrix.ts        per kind: positives caught, contrasts flagged, and the failures
 * Exported for tests/unit/rewrite/generic-kinds20-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import type { MarkedResult } from './en-kinds21-matrix.ts';

export interface Kind20 {
  kind: string;
  /** Must be flagged somewhere in the agent's words. */
  pos: readonly string[];
  /** Must not be flagged at all. */
  neg: readonly string[];
}

export const KINDS20: readonly Kind20[] = [
  {
    // A duty put on a third-person or generic subject (the customer named by role): "Owners must bring …".
    kind: 'duty-third-person',
    pos: [
      'Owners must bring the vaccination card to the first appointment.',
      'Members have to book classes at least 24 hours ahead.',
      'Passengers must check in 45 minutes before sailing.',
      'Patients need to arrive 15 minutes early to fill in the forms.',
      'Residents are required to put their bins out by 7am.',
      'Tenant has to be present for the gas safety check.',
      'The recipient must be in to sign for it.',
      'Buyer has to pay the return postage.',
      'Customers must keep the receipt to claim under the warranty.',
      'Clients need to give 48 hours notice to cancel a session.',
      'Applicants must submit two forms of ID with the form.',
      'Students have to re-enrol before the end of August.',
      'The cardholder must call us from the registered number.',
      'Subscribers need to cancel before the renewal date.',
      'guest has to show the booking confirmation at reception',
      'policyholders must report a claim within 30 days',
      'Parents must sign the consent form before the trip.',
      'The account holder has to come into the branch in person.',
      'Someone over 18 has to be at home when the engineer arrives.',
      'Hirers must return the van with a full tank.',
      'Caller must be the named account holder.',
      'The homeowner needs to be home between 8 and 12 for the survey.',
      'Visitors must sign in at reception and wear the badge at all times.',
      'Customer needs to bring the original box when returning it.',
      'Patients must bring a list of their current medication.',
      'Learners have to complete module 1 before module 2 unlocks.',
      'Ticket holders must show the ticket at the gate.',
      'the customer has to unplug the router for 30 seconds first',
    ],
    neg: [
      'Guests must be 18 or over to book a room.',
      'Drivers must be over 25 for this car group.',
      'Owners must be so relieved when their pets come home.',
      'The parcel must have arrived while you were out.',
      'Customers have to love this new feature, honestly.',
      'No one has to be home for the meter reading.',
      'Nobody needs to be in for the delivery, the driver can leave it in the porch.',
      'The engineer has to replace the part, so I have booked him for Tuesday.',
      'Our team has to check the figures before we send the refund, which takes a day.',
      'We must apologise for the delay.',
      'The form has to be signed, which I have already done for you.',
      'Members do not have to book, just turn up.',
      'Passengers no longer need to print their tickets.',
      'Guests will need nothing but their booking reference.',
      'Customers who must travel for work can pause the plan.',
      'If the tenant has to move out early, we can transfer the deposit.',
      'Does the account holder have to be there?',
      'The bill has to be paid by the 5th, but I have added a reminder for you.',
      'The recipient must have been out when the driver called.',
      'Patients need to know their rights, so here is the leaflet.',
      'Our drivers must wear a mask inside your home.',
      "The driver has to take a photo on delivery, that's all.",
      'The seller has to ship within two days, so it should reach you soon.',
      'A member of staff has to check the ID, which takes a minute.',
      "The owner has to approve refunds, and I've asked her today.",
      "Guests have to try the breakfast, it's amazing!",
      'Members have to receive the code before the class.',
      'Customers need to be careful with texts asking for their PIN.',
      'Customers must be over 18 to buy this.',
      'Our staff have to complete the training every year.',
      'Your children must be having a great time at camp!',
      'Residents should receive the new bins next week.',
      "Members have to book the sauna, but I've booked yours for 6pm.",
      'The customer has to be at the heart of everything we do.',
      'Members have access to the pool from 6am.',
      'Every guest must be so excited for the new season!',
      'Patients need to feel comfortable, so the room is kept warm.',
    ],
  },
  {
    // A scope denial: "This isn't a <dept> matter", "X doesn't deal with …", "that's up to <party>", "not our responsibility".
    kind: 'scope-denial',
    pos: [
      "This isn't a payroll question, so please ask your HR team.",
      "That's not a reception matter, you will need to call the owners' association.",
      'This is not a technical issue, so please contact accounts instead.',
      'Our clinic does not deal with insurance claims; please speak to your insurer.',
      "The front desk doesn't deal with lost property.",
      "We don't deal with parking fines, that's the council.",
      'Customer service does not handle refunds for marketplace sellers.',
      'The gym team does not handle membership freezes.',
      "that's up to the landlord",
      "Whether you get a credit is up to the network, not us.",
      "It's up to the airline whether they rebook you.",
      'That decision is up to the manufacturer.',
      'The leak in the car park is not our responsibility.',
      "Damage in transit isn't our responsibility, please claim with the courier.",
      'Lost keys are the responsibility of the tenant.',
      "Roadworks outside your house are not our responsibility - please call the highways team.",
      "The school run isn't the responsibility of this office.",
      'this isnt a support issue, pls email sales',
      "This isn't something our team deals with.",
      'We are not responsible for third-party apps.',
    ],
    neg: [
      "This isn't a big matter, I've already fixed it.",
      "That's not a question for today, the survey is next week.",
      'It is not a billing error, so I have refunded the fee as a goodwill gesture.',
      "It's up to you which plan you choose.",
      "That's entirely up to you, both dates are free.",
      'The choice of colour is up to you.',
      "Don't worry, the lost parcel is our responsibility and I've sent a replacement.",
      "The damage is not your responsibility, we'll cover it.",
      'It is our responsibility to keep your data safe.',
      'Your safety is our responsibility.',
      'We deal with all refunds within five days.',
      'The front desk deals with late check-outs, just let them know.',
      'Our team handles that for you, so nothing to do on your side.',
      'Whatever happens, we take responsibility for the mistake.',
      'It is not a hardware fault, so I have sent a new cable.',
      'You are not responsible for the charge.',
      'Refunds are the responsibility of our accounts team, and I have asked them to send yours today.',
      "The dentist doesn't deal with the billing side, so I've passed it to our accounts team for you.",
      'This is not a stupid question, please ask anything.',
      "This isn't a billing issue: I've reset your password and you can log in now.",
      'The team does not handle your card details at any point.',
      'It is up to the minute: the timetable updates every 30 seconds.',
      'Every room is up to the same high standard.',
      'The decision was up to the manager, and she has approved your refund.',
      "It's down to the courier, who will deliver tomorrow.",
      'Deliveries take up to 5 days.',
      'Customs charges are the responsibility of the recipient.',
      'Return postage is the responsibility of the buyer, and the label costs £3.',
    ],
  },
  {
    // The system as the reason without "won't let me": "blocked in my tool", "System not allowing me to", "greyed out".
    kind: 'system-blocks',
    pos: [
      'Refunds over £200 are blocked in my system, so I have asked my manager.',
      'System not allowing me to change the date.',
      'the system isnt allowing me to add the discount',
      'Changes after 6pm are locked on my end.',
      'The portal is not letting me reissue the ticket.',
      'My screen is not allowing any edits to this booking.',
      'The app is not permitting me to move your appointment.',
      "The till isn't accepting that voucher.",
      'Cancellations are restricted in our booking tool once the ferry is boarding.',
      'Address changes are disabled on my side after dispatch.',
      'The CRM is stopping me from applying the credit.',
      'Our software does not permit refunds to a different card.',
    ],
    neg: [
      'Your card is blocked for your safety; I have sent you a new one.',
      'The pop-up blocker is blocking the payment window, so please allow pop-ups.',
      'The system is allowing me to change it now, done!',
      'Our system blocks suspicious logins to protect you.',
      'The app is not charging you twice, the second line is a hold.',
      'The portal lets you change the date yourself.',
      'I have locked the price for you until Friday.',
      'Spam calls are blocked on your line now.',
      'The system is now allowing bookings for next month.',
      'Your account is locked on our side for your security, so please reset your password.',
      'Your card was blocked on our system after three wrong PINs, and I have unblocked it.',
      'Pop-ups are blocked in your browser, so please allow them for our site.',
    ],
  },
  {
    // Passive aggression: told already, nothing more to add, no exceptions.
    kind: 'passive-aggressive',
    pos: [
      'Your vet appointment is on Monday, as we already told you.',
      'The class is cancelled, as I already said.',
      'As we have already told you, the refund was sent on Friday.',
      'As we already explained on the phone, the fee is non-refundable.',
      'There is nothing more I can add.',
      "There's nothing more I can add to this.",
      'I have nothing further to add on this matter.',
      "there's nothing else i can tell you",
      'Deposits are kept for late cancellations, no exceptions.',
      'No exceptions.',
      'Gym inductions are compulsory, with no exceptions.',
      'We make no exceptions to this rule.',
      'The ferry leaves at 7 sharp, no exceptions whatsoever.',
      'As previously advised, the ticket is valid for one journey.',
      'Like we told you yesterday, the engineer is booked for Friday.',
      'As you were already informed, the account was closed.',
    ],
    neg: [
      'Your appointment is on Monday, as you asked.',
      "As we discussed, I've moved the class to Tuesday.",
      'As promised, the refund was sent on Friday.',
      'As you suggested, I have added the discount for you.',
      'Is there anything more I can help with?',
      'If there is anything more I can add, I will email you.',
      "I'll let you know if there's anything more to add.",
      'No exceptions were raised in the audit, so your account is clear.',
      'No exceptions needed, the discount applies to everyone.',
      'We made an exception for you this time.',
      'Everyone is welcome, no exceptions!',
      'As we already told the courier, the parcel goes to your neighbour.',
      'As we told you we would, the refund went out today.',
      "There's nothing more to add, you're all set!",
      'No exceptions, everyone gets the upgrade free.',
      'Is there anything else I can tell you about the class?',
      'We already told the warehouse to hold it for you.',
      'There is nothing more you need to do.',
      'No exception was found in the logs.',
    ],
  },
  {
    // A rule as the whole reason, not knowing without a subject, someone not free until (older development kinds).
    kind: 'rule-unknown-wait',
    pos: [
      "Quiet time starts at 9 and the music stops then; it's club policy, sorry.",
      "Dogs stay on the lead in the car park, that's park policy.",
      "It's hotel policy.",
      'its policy that refunds go back to the original card only',
      "It's company policy that lockers are emptied every night, so items left are not kept.",
      "Couldn't tell you why the app logged you out, the logs look normal.",
      "can't tell you when the parts will land, sorry",
      'Could not say why the payment failed.',
      'so sorry, the groomer isnt free until next thursday',
      'Dr Patel is not available until the 14th.',
      'The mechanic is not in until Monday.',
      'We have a strict no-exceptions policy on ID checks.',
    ],
    neg: [
      "It's our policy to refund within a day, so yours is already on the way.",
      'Our policy is to reply within a working day.',
      "It's policy that every member gets a free towel!",
      "Couldn't tell you how much we appreciate the review!",
      'The pool is not busy until 5pm, so mornings are lovely and quiet.',
      'Its policy document is attached, if you want the detail.',
      "Your card isn't active until you call the number on the sticker, which takes a minute.",
      'The room is free until noon, so take your time.',
    ],
  },
  {
    // Blame in the past: "because you weren't home", "as you were not in".
    kind: 'blame-past-absence',
    pos: [
      "The visit was cancelled because you weren't home.",
      'The parcel went back to the depot as you were not in.',
      'We marked it as missed because you were not available at the time.',
      "The engineer left since you weren't there when he called.",
      'your slot was lost because you were not at the surgery on time',
      'the groomer moved on because you werent answering the door',
      'The delivery failed because nobody was home.',
      'The booking lapsed because you did not turn up.',
    ],
    neg: [
      "Don't worry that you weren't home, I've rebooked the visit.",
      "I'm sorry our driver came while you weren't home.",
      "If you weren't home, the card tells you where the parcel is.",
      "The parcel went to your neighbour because you weren't home, and it's safe there.",
      'Because you were not charged, there is nothing to refund.',
      'We rebooked it because you were away, as you asked.',
      "You weren't home? We'll try again tomorrow.",
      "Because you weren't feeling well, we moved the appointment at no cost.",
      "The parcel went back to the depot as you were not in, and I've booked a free redelivery.",
      'We were not home either when the storm hit, so we understand.',
      "Because you weren't home, the driver left it in your safe place.",
      'Since you were not charged, nothing was lost.',
      'As you were not in, the engineer left a card with a free rebooking link.',
    ],
  },
  {
    // The stock apology and the hedged effort in fresh writers' forms.
    kind: 'apology-and-effort',
    pos: [
      'Sorry for any trouble caused.',
      'Apologies for the hassle.',
      'So sorry for any hassle this caused!',
      'Apologies for any inconvenience this may cause.',
      'Sorry for any confusion caused.',
      'Apologies for any disruption.',
      "I'll do my best.",
      "I'll give it a go.",
      "I'll give it a try and see.",
      "Can't promise anything but I'll ask the team.",
      "I can't promise anything, but I'll speak to the manager.",
      "No promises, but I'll try.",
      "We'll try our best to fit you in.",
      "I'll see what I can do.",
      "I'll try and get you a slot.",
      "Will try to get it back to you.",
      "Hopefully it'll be there by Friday.",
    ],
    neg: [
      'Your new card is on its way.',
      'Sorry for your loss.',
      "I'm sorry we sent the wrong size, I've sent the right one today.",
      'Thanks for your patience, the refund is done.',
      'Give it a go and let me know how you get on!',
      'Try the new class on Thursday, you might love it.',
      'We promise to reply within a day.',
      'I have done it for you.',
      'Hopefully this helps!',
      "Hopefully you'll enjoy the new plan.",
      'Hopefully it will arrive safely and you love it.',
      'Will you try the new app?',
      "Can't wait to see you at the class!",
    ],
  },
  {
    // Unlisted back-office codes in the frames this session adds (jargon.caps.en.ts): "X pending", "the X step", "an X
    // above 2%", "on hold for a X"; made-up codes, so no list can be what catches them.
    kind: 'code-frames',
    pos: [
      'Your visa file is now QRB pending and we will email you when it moves.',
      'The transfer is KTV pending until the bank replies.',
      'Your return failed at the WMS step, so I have re-entered it.',
      'The claim is at the DRQ step this week.',
      'Your store has an LDR above 2% this month, which is why the review started.',
      'The account shows a CXR over 5% for the quarter.',
      'your order is on hold for a QV from the lender',
      'The booking is on hold for an RFP from the venue.',
      'The line failed the SNR margin check this morning.',
    ],
    neg: [
      'Your order is pending and should ship tomorrow.',
      'Your APR above 20% is set by the card agreement, and I can look at a lower-rate card for you.',
      'A BMI over 30 needs a short form before the procedure, which I have attached.',
      'Your refund is on hold for a day while the bank confirms it.',
      'Step 3 of the form is the ID step.',
      'The NHS step is done, and your GP has the letter.',
      'Your score is above 90%, well done!',
    ],
  },
  {
    // Honestly misspelt opening a sentence.
    kind: 'candour-typo',
    pos: ['Honnestly the basic plan will not do what you need.', 'Honestely, I think you should wait.', 'Honnestly, I am not sure we can.', 'honsetly the bigger size is a better fit'],
    neg: ['Honest feedback helps us improve, thank you!', 'Thanks for being so honest with us.'],
  },
];

export interface Kind20Result extends MarkedResult {
  kind: string;
}

export const flaggedWords = (s: string): string[] => suggestRewrites(s, builtinPacks).map((x) => `${x.ruleId}:"${s.slice(x.flagged.start, x.flagged.end)}"`);

export function runKinds20(kinds: readonly Kind20[] = KINDS20): Kind20Result[] {
  return kinds.map((k) => {
    const misses = k.pos.filter((s) => flaggedWords(s).length === 0);
    const falses = k.neg.map((s) => ({ s, f: flaggedWords(s) })).filter((x) => x.f.length).map((x) => `${x.s}   ${x.f.join(' ')}`);
    return { kind: k.kind, caught: k.pos.length - misses.length, pos: k.pos.length, flagged: falses.length, neg: k.neg.length, misses, falses };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of runKinds20()) {
    console.log(`${r.kind}: positives ${r.caught}/${r.pos}, contrasts flagged ${r.flagged}/${r.neg}`);
    for (const m of r.misses) console.log(`  MISS ${m}`);
    for (const f of r.falses) console.log(`  FALSE ${f}`);
  }
}
