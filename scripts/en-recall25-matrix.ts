/**
 * Look-alike matrix of the twenty-fifth session's English work (rwen25): for each kind named from the late24 (then late23,
 * late22) development errors, sentences agents in many trades and voices would write (chat and email, lower case, no
 * apostrophes), written before the readers: positives that must be flagged over the words in [[ ]], and close contrasts that
 * must stay as they are (no flag at all). No trade or proper noun of a development item.
 *
 *   npx tsx scripts/en-recall25-matrix.ts [--kind=best-effort]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall25-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { type Kind21, printMarked, runKinds21 } from './en-kinds21-matrix.ts';

export const KINDS25: readonly Kind21[] = [
  {
    // "I'll / we'll do my / our best to …" about a result for this customer (a deadline, or "you / your" in its verb phrase):
    // the same hedge as "I'll try" (the lead's decision, issue 12). Advice, never a rewrite into "I will".
    kind: 'best-effort',
    pos: [
      "[[I'll do my best]] to get the replacement to you by Thursday.",
      "[[we'll do our best]] to fit you in before the weekend",
      "[[Ill do my best]] to have your car ready by 5",
      "[[We will do our best]] to get your refund out this week.",
      "[[I will do my best]] to get a technician to you tomorrow morning.",
      "[[we'll do our best]] to match your old colour",
      "Hi Tom, [[I'll do my best]] to get your name on the list for Saturday.",
      "[[We'll do our best]] to deliver your sofa before Christmas.",
      "[[I'll do my best]] to sort your booking out today.",
      "[[we will do our best]] to have the parts in stock by the end of the month",
      "[[I'll do my best]] to move your appointment to the morning.",
      "[[we'll do our best]] to find you a seat on the earlier flight",
      "[[Will do my best]] to get it to you by tonight.",
      "Thanks for your patience, [[I'll do my best]] to get this fixed for you by Monday.",
      "[[We'll do our best]] to get your puppy in for a check before the holiday.",
      "[[I'll do my best]] to book you the room with the view.",
    ],
    neg: [
      "We always do our best to keep prices low.",
      "we always try to do our best for every guest",
      "Thanks for doing your best with the form, it's all there.",
      "We did our best and it worked, the stain is gone.",
      "I'll do my best to assist you with this.",
      "We will do our best to address your concerns promptly.",
      "Please share the details and I will do my best to help you.",
      "We'll do our best to resolve the issue as quickly as possible.",
      "I did my best to explain it on the call yesterday.",
      "You did your best, and the photos helped a lot.",
      "Our team does its best to answer every email within a day.",
      "I'll get the replacement to you by Thursday.",
      "We'll fit you in before the weekend.",
      "Your best option is the earlier flight.",
      "I'll send you the best price we have by Friday.",
      "We'll do our best work on it, as always.",
    ],
  },
  {
    // An acronym the public does not know, used as a thing of the business: advice ("spell it out the first time").
    kind: 'unknown-acronym',
    pos: [
      "We've sent the [[TRF]] to the landlord so you should hear back soon.",
      'the surveyor is still waiting on the [[EWS]] before he can sign it off',
      "I've asked the warehouse to raise a [[GRV]] for the missing pallet.",
      'Your bike is in for its service, we just need the [[PDI]] done before you collect.',
      "Once we get the [[MTR]] from the mill we'll release the steel.",
      'can you send over the [[COI]] so we can add you to the site list',
      "We'll need your dad's [[LPA]] before we can talk about his account.",
      "Your lease is on [[NRV]] review at the moment, it'll be a couple of days.",
      "the parcel got [[RTS]]'d yesterday so it's heading back to us",
      'Your claim is with the [[CLU]] now, they should have an answer by Friday.',
      "I've updated the [[SOW]] with the extra room, please take a look.",
      'The vet has asked for the [[HCP]] before the flight.',
      "We're just waiting for the [[NOC]] from your employer and then we can book the start date.",
      'the kitchen fitters need the [[RAMS]] signed before they start',
      'we cant book the crane until the [[CPP]] is signed off',
      "Your son's [[IEP]] has been updated after the meeting.",
      "All good, the [[ESD]] came through so the certificate is on its way.",
      "Hi Dana, the booking is on [[PRQ]] hold until the deposit clears.",
      'Your account was [[KO]]\'d by the system, sorry, I have switched it back on.',
      "We'll send the [[BOL]] once the truck is loaded.",
      'The gym has put your membership on [[BRV]] freeze while your doctor signs the form.',
    ],
    neg: [
      'Your MRI is booked for Tuesday at 9am.',
      'Please bring your ID and the booking confirmation.',
      'The GP surgery will call you back this afternoon.',
      'Your car passed its MOT this morning, you can collect it now.',
      'Your order ABC12345 has shipped with DPD.',
      'The Samsung A52 and the iPhone 13 both work with this case.',
      'Use code SPRING20 at checkout for 20% off.',
      'Your card was NOT charged twice, only once.',
      "your parcel's with the driver, ETA about 9:15am",
      "I've checked AGAIN and the payment is there.",
      'The driver will be with you at 3pm EST.',
      'The refund goes back to your PayPal account.',
      'Your CRM export is attached, all 300 contacts are there.',
      'It says "PND" on your screen because the payment is still going through.',
      'Kind regards, Sam Jones, PMP',
      'Press OK and then select WPS on the router.',
      'The FREE upgrade is yours, just reply YES to confirm.',
      'Our office is at 12 High St, London SW1A 1AA.',
      'We can ship to any US state, including AK and HI.',
      "The flight is BA 245, it leaves from Terminal 5.",
      'The HR team will email you the contract today.',
      'Your ETA is now 8:40pm, the driver is close.',
      'That is the SAME card as before, so it will work.',
      'Sorry, the CHECK IN desk opens at 2.',
      'The AXA Insurance team will call you.',
      'the wifi password is on the back of the BT router',
      'You can pay in USD or GBP.',
      'The kids club is for ages 4 to 12, lol it gets busy!',
      'We offer a NEW customer discount of 10%.',
      'I\'d love to help, and I\'ve CC\'d my manager.',
      'The QR code is on your ticket.',
      'You can watch it on the BBC iPlayer.',
      'The parcel is in the PO box at the depot.',
      'You can refer your complaint to the FOS if you are not happy with our answer.',
      'The UV filter is included with the lamp.',
      'The shuttle leaves from the EWR terminal at 6.',
      'The shelves are made of MDF with an oak veneer.',
      'The HOA has approved the new fence.',
      'Please bring the VIN and your logbook.',
      'The MKV file will not play on that TV, try the MP4 one.',
      'the BBQ area is open till 10 tonight',
      'Your NHS number is on the letter we sent.',
      'OMG that is amazing news, congrats on the new house!',
      'The SPF 50 cream is back in stock.',
      'The DJ starts at 8 and the bar closes at 1.',
      'Just so you know, the ATM in the lobby only takes cards.',
      'We have the XL in black and the XXL in navy.',
    ],
  },
  {
    // A counterfactual blame: the customer's past act after "if" (or "had you"), then "you'd (have) known / seen".
    kind: 'counterfactual-blame',
    pos: [
      "[[If you'd read]] the label you'd know it needs to be kept in the fridge.",
      "[[if you had checked]] your inbox you would have seen the new time",
      "[[Had you called]] ahead, you'd have known we were closed.",
      "[[If you'd looked]] at the size chart you would have noticed it runs small.",
      "[[if u had read]] the email u would know the class moved",
      "Honestly, [[if you'd followed]] the instructions you'd have avoided the leak.",
      "[[If you had listened]] to the driver you would have known where to park.",
      "[[If you'd opened]] the welcome pack you'd have found the wifi code.",
      "[[if you'd just checked]] the app you'd have seen it was cancelled",
      "[[If you had paid]] attention at check-in you would know the pool closes at 8.",
    ],
    neg: [
      "If you'd like, I can resend the email.",
      "If you'd rather come in on Friday, that works too.",
      "If you'd prefer a refund, just let me know.",
      "If you read the label you'll see it needs to be kept in the fridge.",
      "If you've checked your inbox and it isn't there, I'll send it again.",
      "If you'd like to know more, the guide is attached.",
      "Had you already booked, we would have moved you for free.",
      "If you had any trouble finding us, I'm sorry, the sign is new.",
      "If you would like to see the menu, it's on our website.",
      "I would have known sooner if the system had told me, sorry.",
      "If you had the old app, you would see a blue screen; the new one is green.",
      "Even if you had seen the notice, you would still be covered.",
    ],
  },
  {
    // The agent's not knowing said impersonally ("it is unclear whether …").
    kind: 'unclear-whether',
    pos: [
      '[[It is unclear]] at this stage whether the repair will be covered.',
      "[[it's unclear]] when the next delivery will come in",
      '[[It is still unclear]] if the flight will go ahead tomorrow.',
      "[[It isn't clear yet]] whether the part can be fixed or needs replacing.",
      '[[It remains unclear]] how long the road closure will last.',
      "[[it's uncertain]] whether we'll get more stock before Christmas",
      "Hi Jo, [[it is not clear]] at the moment when the pool will reopen.",
      "[[It's unclear]] right now if the venue can take a bigger group.",
    ],
    neg: [
      "It's unclear from your message which order you mean, could you send the number?",
      'Sorry if the instructions were unclear, I have attached a clearer version.',
      "It's clear now that the charge was a mistake, so I've refunded it.",
      'If anything is unclear, just reply and I will explain.',
      "It's unclear why the parcel came back, so I've asked the courier and will update you by 5pm.",
      'It is clear from the photos that the frame is damaged, so we will replace it.',
      'The label was unclear, sorry, the new one is attached.',
    ],
  },
  {
    // "sincerely," as "to be honest" (a second-language writer's opener).
    kind: 'sincerely-opener',
    pos: [
      '[[sincerely]], the advanced class is too fast for a beginner, I recommend the evening one',
      '[[Sincerely]], I think the smaller size will fit better.',
      '[[sincerely speaking]], this model is not good for heavy use',
      "[[Sincerely]], we can't do more than this discount.",
      '[[sincerely]], the cheaper flight is not worth it with the long layover',
    ],
    neg: [
      'Sincerely, Anna Kim',
      'Sincerely,\nThe Support Team',
      'Yours sincerely, Tom',
      'Thank you sincerely for the kind review.',
      'I sincerely hope the new one works well for you.',
      'Sincerely, the team at Harbour Books',
    ],
  },
  {
    // "not for us" ending its clause: the matter disowned (second-language English).
    kind: 'not-for-us',
    pos: [
      '[[this is not for us]], the parking permits are done by the council office',
      '[[That is not for us]], please ask the reception desk downstairs.',
      "[[it's not for me]], the refunds are handled by accounts",
      '[[This is really not for us]] - the insurance company decides on that.',
    ],
    neg: [
      "That's not for us to decide, but I've passed your note to the manager who can.",
      'This room is not for us to use on Sundays, so we book the hall.',
      'Is this not for us? I thought we ordered it.',
      'The offer is not for us to change, but I can add a voucher.',
      "It's not just for us, everyone in the building gets the upgrade.",
    ],
  },
  {
    // A rule as the reason, in the chat words "rulebook / regs": "rulebook says no", "our regs say we can't".
    kind: 'rulebook-says',
    pos: [
      '[[rulebook says no]] sorry, kids under 12 need an adult in the pool',
      '[[our regs say]] we cant take dogs in the cabins',
      '[[The rulebook says]] no swaps after the draw, sorry.',
      '[[regs say no]] mate, helmets on at all times',
    ],
    neg: [
      'the rulebook says you can bring a guest on Fridays',
      'The rulebook is attached if you want to read it.',
      'Our regs were updated in May, the new copy is on the website.',
      'The regs say yes, so you are fine to park there.',
    ],
  },
  {
    // A party named by its own name, then "'s problem / headache": the matter thrown over the fence.
    kind: 'named-party-problem',
    pos: [
      "We just run the venue, [[sound issues are Marlow's problem]].",
      "[[thats Brightline's headache]] mate, not ours",
      "Delivery damage [[is Parcelco's problem]], sorry.",
      "[[That's Zenpay's problem]], you'll need to ring them.",
    ],
    neg: [
      "That's our problem, not yours, and I'm sorting it now.",
      "It was nobody's problem in the end, the app sorted itself out overnight.",
      "That's everyone's problem with the old app, the update fixes it.",
      "The printer jam was Brightline's problem to fix and they've fixed it today.",
      "Anna's problem was the same as yours, and the reset worked for her.",
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((a) => a.startsWith('--kind='))?.slice(7);
  const kinds = only ? KINDS25.filter((k) => k.kind === only) : KINDS25;
  for (const r of runKinds21(kinds)) printMarked(r.kind, r);
}
