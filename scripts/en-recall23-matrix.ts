/**
 * Look-alike matrix of the twenty-third session's English recall work (rwen23): for each kind named from the late22
 * (then late21, late20) development errors, sentences agents in many trades and voices would write (chat and email,
 * lower case, no apostrophes, typos), written before the readers: positives that must be flagged over the words in [[ ]],
 * and close contrasts that must stay as they are (no flag at all). No trade or proper noun of a development item.
 *
 *   npx tsx scripts/en-recall23-matrix.ts [--kind=staff-refusal]     per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall23-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { type MarkedResult, readMarked } from './en-kinds21-matrix.ts';

export interface Kind23 {
  kind: string;
  /** Must be flagged over the words in [[ ]]. */
  pos: readonly string[];
  /** Must not be flagged at all. */
  neg: readonly string[];
}

export const KINDS23: readonly Kind23[] = [
  {
    // The business side refusing in the third person: our staff by their trade, or the place by its name.
    kind: 'staff-refusal',
    pos: [
      "Our drivers [[won't carry]] the sofa up the stairs, it's kerbside delivery.",
      '[[Our engineers don’t work on]] boilers older than 15 years.',
      'our installers [[wont fit]] a unit on a damp wall',
      'the salon [[doesnt take]] bookings for under 16s',
      "Our stylists [[won't bleach]] hair that has been box-dyed.",
      'Our groomers [[will not]] shave a double-coated breed.',
      "our cleaners [[don't do]] ovens on the standard clean",
      'The surgery [[does not]] prescribe antibiotics over the phone.',
      'Our removers [[won’t dismantle]] wardrobes, so please have them flat-packed.',
      'our tutors dont mark work sent in after the deadline',
      'Our fitters [[won’t lay]] carpet over wet screed.',
      'The bakery [[doesn’t deliver]] on Sundays.',
      "The gym [[won't freeze]] memberships for less than a month.",
      "our plumbers [[won't touch]] a system someone else has half installed",
      'Our tattoo artists [[do not]] work on anyone under 18.',
      'The crèche [[doesnt accept]] children with a temperature.',
      "The lab [[won't test]] samples that arrive unlabelled.",
      "Our riders [[won't wait]] more than five minutes at the door.",
      'The hotel [[does not]] hold rooms past 6pm without a card.',
      'Our mechanics [[don’t fit]] parts that customers bring in.',
      'The warehouse [[will not]] release goods without a signed note.',
      'Our photographers [[don’t share]] the raw files.',
      "the kennels [[won't take]] dogs that aren't vaccinated",
      'Our nurses [[are unable to]] give advice on medication over email.',
      'The print shop [[won’t reprint]] for free once the proof is signed off.',
      'The Riverside Centre [[is unable to]] allow balloons in the main hall.',
      'The Old Mill [[does not]] permit confetti outside.',
      'our couriers wont leave parcels with neighbours',
      'The dental practice [[won’t book]] a hygiene visit until the check-up is done.',
      'Our locksmiths [[don’t open]] doors without proof of address.',
      'The surgery [[doesnt see]] walk-ins on Saturdays.',
    ].map((s) => (s.includes('[[') ? s : s.replace(/^(\S+ \S+ )(\S+ \S+)/, '$1[[$2]]'))),
    neg: [
      "The parcel won't fit through a letterbox, so it comes by courier.",
      "Your card won't be charged until Friday.",
      "You won't lose anything, your points stay on the account.",
      "The engineer won't need to come inside, the meter is outside.",
      'Our drivers will carry it to any room you like.',
      "Our drivers won't be long, they're two stops away.",
      "The clinic doesn't charge for the follow-up visit.",
      "The venue doesn't need a deposit for weekday bookings.",
      "Our team won't stop until it's fixed.",
      "Our stylists don't mind if you bring a reference photo.",
      "The salon doesn't close until 8pm on Thursdays, so there's time after work.",
      "Our fitters won't leave any mess, they hoover up after.",
      "Our couriers don't ask for a signature, so you needn't be in.",
      "The gym doesn't lock you into a contract, you can cancel any time.",
      "Our engineers won't charge for the second visit.",
      "The hotel doesn't have a dress code, come as you are.",
      "the groomers dont use any harsh shampoos so it's safe for puppies",
      "Our mechanics will not hesitate to call you if anything else comes up.",
      "The kennel doesn't feel like a kennel at all, it's more like a home.",
      "Our cleaners don't need you to be in, they can use the key safe.",
      'The pharmacy will not share your details with anyone.',
      "If our drivers can't find the address they'll ring you.",
      "The lab doesn't usually take long, results are back in two days.",
      "Our riders won't ring the bell if you've asked for contactless.",
      "Our staff won't see your card details at any point.",
      "The engineer won't see any difference after the update, it runs in the background.",
    ],
  },
  {
    // Not knowing said in other words: unsure, no information (at present) on.
    kind: 'not-knowing',
    pos: [
      "[[I'm unsure]] whether the part has been ordered yet.",
      '[[im unsure]] if the engineer is coming today',
      '[[We are unsure]] when the next delivery will be.',
      '[[I am uncertain]] whether the refund has been approved.',
      'Dear Sir, [[we have no information]] at present regarding the new date.',
      '[[We have no information]] yet on when the flight will leave.',
      '[[we have no info]] on that right now',
      '[[I have no information]] about when the shop reopens.',
      "[[We don't have any information]] at the moment about the recall.",
      '[[We have no details]] as to when the road will reopen.',
      "Hi, [[I'm unsure]] what happened to the booking, it shows as pending here.",
      '[[we are currently unsure]] how long the repair will take',
      '[[I have no update]] at present regarding your claim.',
      '[[We have no further information]] regarding the cause of the outage.',
      "[[I'm unsure]] about the exact date, the supplier hasn't told us.",
      '[[We currently have no information]] on the delivery slot.',
      "[[i'm not certain]] whether it's been posted",
      '[[We have no news]] yet regarding the replacement part.',
      "Hello, [[I'm a bit unsure]] whether your form went through.",
      '[[Im unsure]] when the vet will be back in.',
    ],
    neg: [
      "If you're unsure whether it fits, send us a photo.",
      'Not sure which size to go for? Our size guide helps.',
      'We have no information stored about your card, it is all held by the bank.',
      'We have no record of any missed payment, your account is clear.',
      'If you are unsure about anything, just reply to this email.',
      "We have information on all our courses on the website, I've linked it below.",
      'I was unsure at first too, but it turned out the refund had already gone through.',
      'We have no information to suggest your account was accessed.',
      'I have no doubt it will be lovely.',
      'We have no issues with you bringing your own cake.',
      "You'll find all the information about parking in the attached guide.",
      'We have no plans to change the price.',
      "We'll confirm the date as soon as we have it, it's booked for Tuesday.",
      'Feel free to ask if you are unsure about any of the steps.',
      'Many customers are unsure whether to pick the yearly plan, so here is how they compare.',
      'We have no hidden fees.',
    ],
  },
  {
    // A rule as the reason said another way: "its policy" without an apostrophe, "against house rules", "company rules that".
    kind: 'policy-other-ways',
    pos: [
      '[[its policy]] we dont open returned food',
      "sorry [[its store policy]] that we can't take back swimwear",
      "[[its company policy]], we can't refund after 14 days",
      '[[its our policy]] not to give out staff numbers',
      "[[its club policy]] sorry, under 18s can't use the sauna",
      "[[It's against house rules]] to bring glass by the pool.",
      "[[its against company rules]] for us to take cash",
      "[[That's against our rules]], we can't let you in without a wristband.",
      "Smoking on the balcony [[is against the rules]] of the building.",
      '[[sorry its company rules]] that parcels over 20kg go by pallet',
      "[[it's house rules]] that dogs stay off the furniture",
      "[[Company rules are]] that we only fit parts we supply.",
      "Dear Mr Tan, [[per our terms]], late cancellations [[cannot]] be refunded.",
      "[[As per our terms and conditions]], we [[cannot]] accept returns on sale items.",
      "[[Per our terms]] the deposit [[is non-refundable]].",
      "[[Under our terms]], deliveries [[can't]] be rescheduled on the day.",
      "[[its hotel policy]] no visitors in the rooms after 10",
      "[[against our rules]] to swap seats once the show has started, sorry",
      "[[its school policy]] sorry, no phones in class",
      "[[its practice policy]] that we need 24 hours notice",
      'Hello, [[per our terms]] gift cards [[cannot]] be exchanged for cash.',
      "Hi Priya, [[as per our policy]] opened software [[can't]] be returned.",
      'Dear Mr Cole, [[in line with our terms]], the booking fee [[is not]] refundable.',
      "hey, [[under our terms]] we [[can't]] move the date this close to the event",
    ],
    neg: [
      'Our policy is to refund in full if you are not happy.',
      "It's our policy to check every car twice, so you're in safe hands.",
      'Per our terms, you can cancel at any time before the start date for a full refund.',
      "Under our terms you're covered for accidental damage too.",
      "It's against our rules to charge you twice, so I've refunded the second payment.",
      'Its battery lasts about ten hours.',
      "its policy number is on the front page of your documents",
      "The house rules are in the welcome pack, they're mostly about quiet hours.",
      "Per our terms, the warranty runs for two years from delivery.",
      "Our rules let you bring one guest for free.",
      'Its size makes it easy to carry.',
      "its policy covers you abroad too",
      'Hello, per our terms you can cancel within 14 days for a full refund.',
      "Hi Sam, under our terms you're covered for accidental damage as well.",
      "Company rules say every visitor gets a free coffee, so enjoy!",
      'Please read the policy attached, its terms are quite short.',
    ],
  },
  {
    // Told already by counting or pointing: "for the third time", "scroll up", "see my previous message".
    kind: 'told-already',
    pos: [
      '[[for the 3rd time]], the price includes VAT',
      '[[For the second time]], the parcel was delivered on Monday.',
      '[[for the fourth time]] the code is on the back of the card',
      '[[For the third time]] - we do not store card details.',
      '[[pls scroll up]] the link is in my first msg',
      '[[Please scroll up]], the address is in my earlier reply.',
      "[[if you scroll up]] you'll see I already sent it",
      '[[scroll up]] its all there',
      '[[See my previous message]] for the tracking number.',
      '[[please see my last message]], the answer is there',
      '[[check my previous email]], the form is attached to it',
      '[[please refer to my earlier message]] for the steps.',
      '[[see my last msg]] for the code',
      '[[As per my first message]], the booking is for two nights.',
      '[[see above]], already answered',
      '[[I have already answered this]] in my previous message.',
      '[[read my last message]] again please',
      '[[look at my previous reply]], the invoice was attached',
    ],
    neg: [
      'For the first time this year, we have the blue one back in stock.',
      'This is the third time your order was delayed and I am so sorry.',
      "For the second year running you've won our loyalty prize!",
      "You'll see the tracking link if you scroll down the email.",
      'Scroll down to the bottom of the page and tap Save.',
      'See our size guide for the measurements.',
      'Please see the attached invoice.',
      "I've updated my previous message with the new link, sorry about that.",
      'As mentioned in your message, the parcel was left with a neighbour.',
      'Please see below for the steps.',
      'Sorry, my last message had the wrong date, it is the 12th.',
      'Scroll up on the app home screen to see past orders.',
      "Thanks for your previous message, I've passed it to the team.",
      "See you on the third!",
    ],
  },
  {
    // An ultimatum: an order with "or we can't / or it won't"; "relax" as an order.
    kind: 'ultimatum-relax',
    pos: [
      '[[bring]] the receipt [[or we cant]] do the refund',
      "[[Send]] the photos by Friday [[or we can't]] process the claim.",
      "[[book]] before noon [[or we won't]] have a slot",
      "[[Sign]] the form [[or we can't]] release the keys.",
      "[[pay]] the balance [[or we wont]] start the work",
      "[[Upload]] your ID today [[or we cannot]] open the account.",
      "[[confirm]] by tomorrow [[or I can't]] hold the table",
      "[[return]] it in the box [[or we won't]] accept it",
      "[[Submit]] the meter reading by the 5th [[or you'll be charged]] an estimate.",
      "[[Send]] the signed contract back today [[or the booking will be cancelled]].",
      'please [[return]] the hire kit by 6pm [[or we cannot]] refund the deposit',
      '[[relax]] its just a hold, it drops off in 3 days',
      '[[relax]] your money is safe',
      '[[Relax]], the engineer will be there.',
      '[[just relax]] its normal for the first week',
      '[[relax mate]] its sorted',
      '[[Please relax]], nothing has been charged.',
    ],
    neg: [
      "Send the photos when you can, or we can pick them up on Monday.",
      "Book before noon or after three, whichever suits.",
      "Bring the receipt if you have it, or we can look it up by card.",
      "Call us or we can call you, just say.",
      "Sit back and relax, we'll take it from here.",
      "Relax and enjoy the spa, your room will be ready at 3.",
      "The massage is designed to help you relax.",
      "Come and relax in the lounge while you wait.",
      "you can relax, the refund's already gone through",
      "Take a seat or we can bring it out to you.",
      "Pop in or we can post it, whatever is easier.",
      "Feel free to relax by the pool after check-out.",
    ],
  },
  {
    // "No problem" answering a request (neutral) versus waving away a fault (flagged).
    kind: 'no-problem-request',
    pos: [
      "Oh that's a shame the mug chipped in the post! [[No problem]] at all, I've sent another.",
      "What a pity the paint peeled so soon. [[No problem]] at all, I've booked a touch-up.",
      "Oh no, sorry the heel snapped! [[No problem]] at all, I've arranged a return.",
      "Shame the colour faded so fast. [[No problem]] at all, I've put a replacement through.",
      "oh no the zip broke already? [[no problem]] at all ive sent a new one",
    ],
    neg: [
      'No problem at all changing the size, that is done now.',
      "No problem at all moving the appointment, you're now booked for Thursday at 10.",
      "No problem at all adding the extra night, it's on your booking.",
      'No problem at all, the pram can stay with us at the front desk while you shop.',
      'No problem at all, your bike can stay in the hallway overnight.',
      'No problem at all, you can bring your own cake.',
      "No problem at all swapping the colour, I've updated the order.",
      'No problem at all, the dog can come along to the viewing.',
      'No problem at all splitting the bill, just tell the server at the end.',
      "No problem at all, you're welcome to drop it in on Saturday instead.",
    ],
  },
  {
    // The matter handed to another party named, with "not us"; and a stock apology before news after a comma.
    kind: 'not-us-apology',
    pos: [
      "[[thats the council not us]] mate, their number is on the bin",
      '[[that is the landlord, not us]], sorry',
      "[[that's your bank not us]], they set the limit",
      "[[thats the venue not us]] sorry, they do the parking",
      '[[this is the courier not us]]',
      '[[Sorry for the hassle]], your refund is on its way.',
      '[[sorry for the disturbance]], your room is ready now',
      '[[Sorry for the interruption]], your table is ready.',
      '[[Apologies for the trouble]], the code is 4471.',
    ],
    neg: [
      'That is great news, not us though, the team did it all.',
      "That's our mistake, not yours, and I've fixed it.",
      "That's the council's job and I've already emailed them for you.",
      'Is that the council, not us?',
      "Sorry for the trouble you've had with the app.",
      'So sorry for your loss, take all the time you need.',
      "It's the courier's van you saw, not us, but I've asked them to call you.",
    ],
  },
  {
    // "Please find attached" is a letter's own register (a "Dear …" salutation), stiff only in a chat or a quick reply.
    kind: 'letter-attached',
    pos: [
      '[[Please find attached]] the invoice.',
      'hi! [[please find attached]] your receipt',
      'Thanks Jo, [[please find attached]] the updated quote :)',
      '[[Kindly find attached]] the form, just sign and send it back.',
      'ok [[please find enclosed]] the label',
    ],
    neg: [
      'Dear Mr Ahmed,\n\nPlease find attached your policy schedule and certificate.\n\nYours sincerely,\nClaire',
      'Dear Ms Lewis,\n\nPlease find enclosed the signed lease for your records.\n\nKind regards,\nTom',
      'Dear Parents,\n\nPlease find attached the timetable for the spring term.\n\nBest wishes,\nThe Office',
      'Dear Dr Singh,\n\nKindly find attached the results of the inspection.\n\nRegards,\nMark',
      'To whom it may concern,\n\nPlease find attached the completion certificate for 12 Mill Lane.\n\nYours faithfully,\nA. Patel',
    ],
  },
];

export interface Kind23Result extends MarkedResult {
  kind: string;
}

export function runKinds23(kinds: readonly Kind23[] = KINDS23): Kind23Result[] {
  return kinds.map((k) => ({ kind: k.kind, ...readMarked(k.pos, k.neg) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
  for (const r of runKinds23(KINDS23.filter((k) => !only || k.kind === only))) {
    console.log(`${r.kind}: positives ${r.caught}/${r.pos}, contrasts flagged ${r.flagged}/${r.neg}`);
    for (const m of r.misses) console.log(`  MISS ${m}`);
    for (const f of r.falses) console.log(`  FALSE ${f}`);
  }
}
