/**
 * Look-alike matrix of the twenty-second session's English recall work (rwen22): for the four categories fresh writers'
 * drafts were missed on most (jargon, not my department, the apology reflex, "I'll try"), sentences agents in many
 * trades and voices would write (chat and email, lower case, no apostrophes, typos), written before any development
 * miss was read: positives that must be flagged over the words in [[ ]], and close contrasts that must stay as they are
 * (no flag at all). No trade or proper noun of a development item.
 *
 *   npx tsx scripts/en-recall22-matrix.ts [--cat=jargon] [--fresh]     per category: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall22-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export interface Cat22 {
  cat: string;
  /** Must be flagged over the words in [[ ]]. */
  pos: readonly string[];
  /** Must not be flagged at all. */
  neg: readonly string[];
}

export const CATS22: readonly Cat22[] = [
  {
    cat: 'jargon',
    pos: [
      "Your ticket's been moved to L2 for an [[RCA]].",
      'The order is stuck in [[WMS]] waiting on a pick confirmation.',
      'We have raised a [[P1]] with the vendor.',
      'Your account has a [[KYC]] flag so payouts are paused.',
      'The refund is [[pending settlement on the acquirer side]].',
      "The claim's been [[subrogated]] to the other insurer.",
      'Your loan is in underwriting pending the [[AVM]].',
      'The package has been [[manifested]] but not yet [[inducted]].',
      'the [[SKU]] is [[EOL]] so we cant reorder it',
      'Your booking shows as a no-show in the [[PMS]].',
      'Your prescription needs a [[PA]] before we can dispense it.',
      'The dispatch is on hold due to a [[DG declaration]].',
      'Your item is in [[QC]] and will be restocked once the [[RMA]] is closed.',
      'The engineer logged it as [[NFF]] on the unit.',
      'Your appointment is flagged as [[DNA]] from last time.',
      'The funds are sitting in a [[suspense account]] until reconciliation.',
      'Your line has been ceased at the exchange and needs a [[re-provide]].',
      'The invoice is stuck in the [[3-way match]] queue.',
      'Your parcel was mis-sorted at the hub and went out on the wrong [[trunk]].',
      "We're waiting on the [[LOA]] before we can port your number.",
      'Your card was declined with a [[05 code]].',
      "it's a known issue, there's a [[JIRA]] open for it",
      'The [[SLA]] on this is 5 [[BD]].',
      'Your consignment is at the [[DC]] awaiting a [[linehaul]].',
      "We're just waiting on the [[NOA]] from the lender.",
      'The dispute is now in [[pre-arb]].',
      'Your return shows as [[RTS]] on our end.',
      'the order was [[short-shipped]], the rest is on [[BO]]',
      "We've opened a [[CR]] to change the billing cycle.",
      'The payment failed [[3DS]] so it did not go through.',
      'Your renewal hit a [[proration]] error so the invoice is wrong.',
      'The unit has been approved for a [[CPO swap]].',
      'The job is [[parked]] until the [[PO]] comes through from your side.',
      'Your case is with [[2nd line]] now.',
      'Your shipment cleared [[customs brokerage]] but is held for [[ISF]].',
      'The roof needs a [[Part P]] sign-off before we can close the job.',
      "Looks like your mailbox hit the [[MX]] limit overnight.",
      "We've put a [[hard hold]] on the booking while we wait.",
      'Your cover has [[lapsed]] so the claim is [[NTU]].',
      "the vet said its a [[GDV]] so she's going straight into theatre",
      'The tenancy deposit is registered with the [[TDP]] scheme.',
      'Your transfer is held by [[AML]] checks.',
      "We're still waiting on the [[R7]] from the council before the works can start.",
      'Your claim is sitting at [[QA2]] while we check the photos.',
      'The refund has gone to [[FinOps]] for sign-off.',
      'Your unit is on the [[DRL]] list so it ships next.',
      'The build needs an [[ECO]] before we can start it.',
      'The booking is held for [[PNL]] until the airline confirms.',
    ],
    neg: [
      'Your order will arrive on Tuesday and the tracking number is in the email.',
      'Please send us a PDF of the invoice.',
      'Your MOT is due in March.',
      'Enter the code SAVE10 at checkout.',
      'Our team will call you on Friday morning.',
      'Your IBAN is printed on the statement.',
      'Your new PIN will arrive separately by post.',
      "We've sent the refund to your card; it can take 3-5 working days.",
      'Please restart your router and let me know.',
      'The USB cable is in the box with the charger.',
      'The Wi-Fi password is on the back of the router.',
      'Your GP will need to sign the form.',
      "I've attached a PDF of the contract.",
      'Your NHS number is on your letter.',
      'Please bring photo ID on the day.',
      'The SMS code expires after ten minutes.',
      'Your VAT receipt is attached.',
      'Our engineer will arrive between 8am and 12pm.',
      'Your parcel is out for delivery today.',
      'The TV remote needs two AA batteries.',
      'Your driver is stuck on the M6 near junction 10.',
      'Your flight leaves from T5 at 9.',
      'The coach is waiting at gate B12.',
      'Your car is sitting at VW Leeds until Monday.',
      "I've sent it to PayPal for the refund.",
      'Your name is on the guest list.',
      "You'll need a PIN before you can log in.",
      'We are waiting on the DVLA to send the new log book.',
      'Your order is waiting at the Post Office for you to collect.',
    ],
  },
  {
    cat: 'not-my-dept',
    pos: [
      "[[That's not something we deal with here]], you'd have to call the bank.",
      "[[I'm in sales, so I can't help with]] billing.",
      '[[I only handle bookings, not refunds]].',
      '[[This would be one for the landlord rather than us]].',
      '[[That falls under the warranty team, not me]].',
      "we [[dont handle delivery issues, thats the carrier]]",
      "[[I don't have anything to do with the payments side]].",
      '[[Not my area]] I\'m afraid, try IT.',
      '[[Above my pay grade]], sorry.',
      "[[You've reached the wrong team]] for this.",
      "[[That's a question for your employer, not us]].",
      "[[You'd have to take that up with the manufacturer]].",
      "[[That's handled by another department]].",
      "[[I'm just front desk]], I can't access medical records.",
      "[[That's the council's responsibility, not ours]].",
      "[[I'm not the right person to ask]] about that.",
      "Sorry, [[that's outside what we cover here]].",
      '[[We only sell the tickets, the venue deals with]] accessibility.',
      '[[we have no control over]] baggage, please contact your airline directly.',
      "[[It's the retailer you need to talk to, not us]].",
      "i cant help with that one, [[its a different team]]",
      "[[That would sit with our finance people]], I'm on the tech side.",
      "[[This isn't really a support matter]].",
      '[[Your insurer would be the ones to ask]].',
      "Sorry, [[we're only the installers]], the warranty is with the manufacturer.",
      "[[Refunds aren't handled by our team]].",
      "[[That's one for your bank rather than us]].",
      "[[We don't look after the app]], that's a third party.",
      '[[you need to sort that with the seller directly]]',
      "[[I work in accounts so I wouldn't know about]] the delivery.",
      "[[Anything to do with parking is the building manager's job]].",
      "[[That's not handled here]], try the main office.",
      "[[Our department doesn't cover]] international orders.",
      '[[You will need to raise that with HR]], not with us.',
      "[[That's not really our department]], sorry.",
      "[[We're not responsible for]] the courier once it leaves us.",
      "[[I don't deal with]] the accounts side of things.",
      "[[It's not my job to]] chase the supplier.",
      "[[Nothing we can do from our end]], it's the network provider.",
      "[[That's down to the courier]], not us.",
      "[[You're better off asking the shop]] you bought it from.",
      "[[That side of things isn't us]], it's the letting agent.",
    ],
    neg: [
      "I've passed this to our billing team and they'll email you today.",
      'Our warranty team will call you tomorrow morning.',
      "I've forwarded your message to the right department.",
      'The courier will deliver between 9 and 12.',
      'Your bank may take 3-5 days to show the refund.',
      "I'll ask the kitchen and come back to you.",
      "I've spoken to our finance team and the refund is approved.",
      "This isn't your fault at all.",
      "That's not something you need to worry about.",
      'The landlord has confirmed the repair for Monday.',
      'You can also reach our returns team on the number below.',
      'Your employer will receive a copy automatically.',
      "That's on us, sorry, I've fixed the booking.",
      "I'm the right person for this, leave it with me.",
      'The manufacturer has agreed to replace it free of charge.',
      "I've booked the engineer and the network provider has been told.",
      "Our accounts team handle this and I've asked them to look today.",
      'Nothing to do on your side, we will take it from here.',
      'The venue has a lift and accessible seating on every floor.',
      "I've contacted the seller for you and will update you by Friday.",
    ],
  },
  {
    cat: 'apology-reflex',
    pos: [
      '[[We apologise for any inconvenience this may have caused]].',
      '[[Sorry for any inconvenience]]!',
      '[[Apologies for the inconvenience]], your order is now on its way.',
      '[[Apologies for any confusion caused]].',
      "[[We're sorry for any frustration this may have caused]].",
      '[[Sorry to bother you]], but could you send your order number?',
      '[[I apologise once again for the inconvenience]].',
      '[[Once again, apologies]] for all of this.',
      '[[Sorry for any hassle caused]]!',
      '[[Please accept our sincere apologies for any inconvenience]].',
      '[[Many apologies]] for the wait.',
      '[[apologies again]]!!',
      '[[Sorry for the long email]].',
      '[[Sorry if this is a silly question]], but did you try restarting it?',
      '[[Really sorry for any disappointment caused]].',
      "[[We regret any inconvenience caused]].",
      '[[Sorry again for the inconvenience]] and thanks for bearing with us.',
      '[[Sorry, just one more thing]], what is your account number?',
      '[[Apologies in advance for any disruption]].',
      "[[We're sorry for any distress this may have caused]].",
      '[[Sorry, sorry, sorry]]!',
      '[[We apologize for the inconvenience]].',
      '[[apologies for the inconvinience]]',
      '[[sry for the inconvenience]]',
      '[[Sorry for the trouble this has caused you]], and thanks for your patience.',
      '[[My apologies for any misunderstanding]].',
      '[[Sorry to chase]], but we still need the signed form.',
      '[[Sorry to be a pain]], could you resend the photo?',
      '[[sorry sorry]] here is the link',
      '[[So sorry for any inconvenience]] caused by this.',
      '[[We are so sorry for any upset]].',
      '[[Apologies for any trouble]] this has caused.',
      '[[Sorry for the lengthy message]], just wanted to cover everything.',
      '[[I do apologise for any inconvenience]].',
      '[[I apologise if that caused any confusion]].',
      '[[Sorry if I was unclear]] before.',
      '[[We apologise for any delay]] in responding.',
      '[[Sorry for any mix-up]]!',
      '[[Sorry for the inconvenience caused]], have a good day.',
      '[[Sorry once more]] for all the hassle.',
      '[[Again, sorry about that]].',
    ],
    neg: [
      "I'm sorry your dog was unwell, I hope she's feeling better.",
      'Sorry to hear about your loss.',
      "I'm sorry we sent the wrong size. I've posted the right one today.",
      'No need to apologise!',
      "You don't need to be sorry at all.",
      'Thanks for your patience while we sorted this.',
      'So sorry for your loss.',
      'I gave you the wrong date earlier: it is the 14th, not the 15th.',
      'Thank you for bearing with us.',
      "I'm really sorry that happened on your wedding day.",
      "We're sorry to see you go, your account is now closed.",
      'Sorry to hear the heating is out again, an engineer is booked for 9am.',
      'Thank you for letting us know.',
      'No apology needed, these things happen.',
      "I'm sorry, that was my mistake: I've refunded the extra charge.",
      'Sorry you had to wait in the cold, that should not have happened.',
      "We're sorry you were overcharged; the difference is back on your card.",
      'Thanks for waiting, I have your answer now.',
      "Don't be sorry, it's a common mix-up.",
      'Thanks so much for your understanding.',
      'Apologies for the mix-up on our side: the right dates are now on your booking.',
      'Sorry, we were closed for the bank holiday, your order goes out today.',
      'Sorry, the item you wanted is out of stock until May.',
      'So sorry, I sent the wrong link earlier. Here is the right one.',
      'Sorry, your refund is still waiting on the bank.',
      'Sorry to hear that, your booking is confirmed and we will have a quiet room ready.',
      'Sorry, your delivery is now booked for Friday.',
      'Apologies, a new card has been sent today.',
      'Sorry, I have processed the refund for the missing item.',
      'Sorry, your replacement is on its way.',
    ],
  },
  {
    cat: 'ill-try',
    pos: [
      "[[I'll try to]] get this sorted by Friday.",
      "[[I'll see what I can do]].",
      "[[We'll try our best]] to get it to you before the weekend.",
      '[[Hopefully it should]] arrive tomorrow.',
      "[[I'll have a go at]] resetting it from here.",
      '[[Fingers crossed]] it works this time!',
      '[[Let me try and]] find out for you.',
      '[[I can try to]] chase them up.',
      "[[We'll attempt to]] deliver again on Monday.",
      "[[I'll try and]] get someone out to you this week.",
      "[[i'll try get]] back to you today",
      '[[Ill try to]] call you later',
      '[[We will endeavour to]] respond within 48 hours.',
      "[[I'll see if I can]] squeeze you in on Thursday.",
      "[[I'll try my best but I can't promise anything]].",
      '[[we can try to]] rebook it but [[no guarantees]]',
      "[[I'll do what I can]] to speed it up.",
      '[[Hopefully the engineer can]] fix it on the day.',
      "[[I'll try to remember to]] send it over.",
      "[[I'll attempt to]] reprocess the payment tonight.",
      '[[Let me see if I can]] pull some strings.',
      "[[We'll try and]] fit you in.",
      "[[I'll try to]] find a slot next week.",
      "[[I'll give it a shot]] and let you know.",
      '[[We should hopefully]] have stock next month.',
      '[[I will try and]] escalate this.',
      '[[Will try to]] get it out today.',
      '[[i can try and]] see if theres anything available',
      "[[I'm going to try to]] get a refund approved.",
      "[[we're going to try and]] get the part in by friday",
      "[[I'll see about]] getting you a refund.",
      '[[Hopefully we can]] sort it out soon.',
      "[[I'll try to]] get you an answer asap.",
      "[[I'll try chasing]] the warehouse again.",
      "[[I'll see whether I can]] move your appointment.",
      '[[I can try to]] get you a discount but [[no promises]].',
      '[[ill try n]] get it fixed today',
      "[[I'll try and see if]] the manager can sign it off.",
      "[[I'll make an attempt to]] contact the driver.",
      "[[We'll do our best to]] get it there by Friday, [[no promises]] though.",
      '[[We will try]] to call you before the end of the day.',
    ],
    neg: [
      'Please try restarting the router.',
      'You can try the code again in ten minutes.',
      'Try turning it off and on again.',
      'I tried calling you this morning but there was no answer.',
      'I hope you have a lovely weekend.',
      'Hopefully see you again soon!',
      "Feel free to try it on and return it if it doesn't fit.",
      "I'll call you at 3pm.",
      "I'll send it today.",
      'Try our live chat if you need anything else.',
      'I hope the new plan suits you better.',
      "We've tried a new courier and it has arrived.",
      'Do try the new menu next time you visit!',
      'I tested it and it works now.',
      "I'll book the engineer for Thursday at 10.",
      'You could try the other branch, they have it in stock.',
      'Let me know if you want to try a different size.',
      'I tried the link and it works on my end, could you try again?',
      'We will refund you today.',
      'Hope you enjoy the new sofa!',
      'We can try another courier if you like.',
      "I'll do my best to get this resolved today.",
      "We'll do our best to get it there by Friday.",
      'I tried resetting it from here and it works now.',
    ],
  },
];

/**
 * A second look-alike set, written after the readers above were built, to measure how far they carry to wordings they
 * were not built on (before any change it made: apology 9/15, "I'll try" 13/14, not my department 8/10, jargon 4/5).
 * Two contrasts were left out because pack rules flag them by design ("Sorry about the wait", "please don't click").
 */
export const FRESH22: readonly Cat22[] = [
  { cat: 'apology-reflex', pos: [
    '[[Sorry]], your new card is on its way.',
    'Hiya, [[apologies]] - your appointment is booked for 3pm Friday.',
    '[[So sorry]]! Here is the link to reset your password.',
    '[[Sorry]] - just checking you got the invoice?',
    '[[apologies]], the wifi password is on the back of the menu',
    '[[Again, apologies]] for the trouble with this.',
    '[[Sorry for any upset caused]] by the letter.',
    '[[We apologise for any disappointment]].',
    '[[Sorry to nag]], but we still need the meter photo.',
    '[[Sorry for the essay]]!',
    '[[I apologise once more]] for the inconvenience caused.',
    '[[My apologies]], your order number is 55812.',
    '[[sorry]] just following up on the form',
    '[[Really sorry to bother you again]], can you confirm the address?',
    '[[Sorry for any worry]] this may have caused.',
  ], neg: [
    'Sorry, your card was declined, could you try another one?',
    "I'm so sorry about your cat, we are all thinking of you.",
    'Sorry, I meant Thursday, not Tuesday.',
    "Sorry, we've had to move your appointment to 4pm because the dentist is off sick.",
    'Sorry to hear the parcel arrived damaged, a new one is on its way.',
    'Sorry, that slot has gone, but 5pm is free.',
  ] },
  { cat: 'ill-try', pos: [
    "[[I'll try n sort]] it tonight",
    "[[we will try fix]] it remotely first",
    "[[I'll see if I can]] get you a refund on the delivery.",
    '[[Let me see if we can]] find a room for the 12th.',
    "[[I'll do what I can]] with the landlord.",
    "[[We'll do our best]] to get it back to you by Monday, [[but can't promise]].",
    "[[I'll try and get]] the manager to call.",
    "[[im gonna try get]] it booked this week",
    "[[we'll try to]] have it ready.",
    '[[Hopefully]] it will be fixed tomorrow.',
    "[[I'll see what we can do]] about the fee.",
    '[[We can try to]] rebook you on the later train.',
    "[[I'll try chasing]] the courier again this afternoon.",
    "[[Let me try to]] get that sorted.",
  ], neg: [
    "I'll sort it tonight.",
    'Try logging out and back in.',
    'I tried the number you gave and it rang out.',
    "We'll do our best to make your stay special!",
    'Why not try the new spa package?',
    'You can try the self check-in kiosk.',
  ] },
  { cat: 'not-my-dept', pos: [
    "[[That's not us]], it's your internet provider.",
    "[[not me im afraid]], parcels are handled by the depot",
    "[[Not our end]] - the delay is with the airline.",
    "[[That one is for your GP rather than us]].",
    "[[We don't deal with]] parking fines, that's the council.",
    "[[I'm only the receptionist]], I can't change bills.",
    "[[That's the landlord's job]], not ours.",
    "[[Not really our department]] I'm afraid.",
    "[[You'll need to speak to the shop]] you bought it from.",
    "[[That isn't our responsibility]], the venue manages the car park.",
  ], neg: [
    "That's not you, it's a fault on our side.",
    "It wasn't us who sent that text, so the link is not ours.",
    "That's us! We'll be there at 9.",
    "I've spoken to the council for you and they will fix it Monday.",
    "Not to worry, I've sorted it with the depot.",
    'Is this not us? Let me check the account.',
  ] },
  { cat: 'jargon', pos: [
    'Your order is sitting at [[DC4]] until the van is loaded.',
    'Your request went to [[DevOps]] this morning.',
    "It's on the [[PPM]] list for next month.",
    'The refund is pending the [[ARN]].',
    'Your phone needs an [[RMA]] before we can send it in.',
  ], neg: [
    'Your P60 will come from your employer.',
    'Your seat is 14C on the 10:15.',
    'The bus is stuck on the A40.',
    "We're waiting on the part from Bosch.",
    'Your order is waiting at the collection point.',
  ] },
];

export interface Cat22Result {
  cat: string;
  caught: number;
  pos: number;
  flagged: number;
  neg: number;
  misses: string[];
  falses: string[];
}

const flags = (s: string) => suggestRewrites(s, builtinPacks).map((x) => ({ start: x.flagged.start, end: x.flagged.end, id: x.ruleId }));
const show = (s: string, f: { start: number; end: number; id: string }[]) => f.map((x) => `${x.id}:"${s.slice(x.start, x.end)}"`).join(' ');

/** The draft without its [[ ]] markers, and the marked spans. */
export function unmark(marked: string): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  const re = /\[\[(.*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    spans.push([text.length, text.length + m[1].length]);
    text += m[1];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), spans };
}

export function runCats22(cats: readonly Cat22[] = CATS22): Cat22Result[] {
  return cats.map((k) => {
    const misses: string[] = [];
    for (const p of k.pos) {
      const { text, spans } = unmark(p);
      const f = flags(text);
      if (!spans.every(([a, b]) => f.some((x) => x.start < b && x.end > a))) misses.push(`${text}   ${show(text, f)}`);
    }
    const falses = k.neg.map((s) => ({ s, f: flags(s) })).filter((x) => x.f.length).map((x) => `${x.s}   ${show(x.s, x.f)}`);
    return { cat: k.cat, caught: k.pos.length - misses.length, pos: k.pos.length, flagged: falses.length, neg: k.neg.length, misses, falses };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((a) => a.startsWith('--cat='))?.slice(6);
  const sets = process.argv.includes('--fresh') ? FRESH22 : CATS22;
  for (const r of runCats22(sets.filter((c) => !only || c.cat === only))) {
    console.log(`${r.cat}: positives ${r.caught}/${r.pos}, contrasts flagged ${r.flagged}/${r.neg}`);
    for (const m of r.misses) console.log(`  MISS ${m}`);
    for (const f of r.falses) console.log(`  FALSE ${f}`);
  }
}
