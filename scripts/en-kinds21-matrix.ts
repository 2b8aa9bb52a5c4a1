/**
 * Look-alike matrix of the twenty-first session's English kinds (rwen21; lib/rewrite/generic/jargon21.en.ts and
 * kinds21.en.ts): for each kind, drafts agents in many trades would write that must be flagged over the words in
 * [[ ]], and close contrasts that must stay as they are (no flag at all). Written from how agents talk in IT, vets,
 * energy, payroll, rail, repairs, telecoms, insurance, dentists, logistics, banks, schools, gyms, hotels and more, not
 * from any split's items (no trade or proper noun of a development item).
 *
 *   npx tsx scripts/en-kinds21-matrix.ts        per kind: positives caught, contrasts flagged, and the failures
 * Exported for tests/unit/rewrite/generic-kinds21-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export interface Kind21 {
  kind: string;
  /** Must be flagged over the words in [[ ]]. */
  pos: readonly string[];
  /** Must not be flagged at all. */
  neg: readonly string[];
}

export const KINDS21: readonly Kind21[] = [
  {
    // A capitals code of the back office the sentence leaves unexplained, read by the role it plays in the sentence.
    kind: 'unexplained-code',
    pos: [
      // a code naming a fault, a hold, a part or a filing: "X issues", "the X connector"
      "Our engineers are seeing [[DHCP]] issues on the east side of the building.",
      'The app crashed because of a [[JVM]] error on our side.',
      'Your parcel has a [[CDS]] hold on it at the border.',
      'The screen flickers because the [[LVDS]] cable has worked loose.',
      'The [[EGR]] valve is sticking, which is why the warning light came on.',
      'Your return went in late because the [[EPS]] submission failed on Friday.',
      "We've found a [[PSU]] fault, so the console is being repaired.",
      'There was a [[BGP]] outage overnight that slowed your connection.',
      // a regime, a state or a billing basis the case is under
      'The contract falls inside [[IR35]], so tax will be taken at source.',
      "Your dog's procedure is under [[GA]], so no breakfast that morning please.",
      "We've put the second shipment through as [[FOC]] since the first was late.",
      'The order went out as [[DDU]], so the duty was collected on delivery.',
      'This one is outside [[MSA]] terms, so it will be quoted separately.',
      // handed to, waiting on or raised with an office named by its code
      "I've raised it with [[NOC]] and they're looking now.",
      "Your claim has gone to the [[SIU]] for a second look.",
      "We've referred the reading to the [[MOP]] for a check.",
      "The booking's been passed to [[GDS]] support to re-issue.",
      "I've escalated this to [[SRE]] and they'll update the ticket.",
      'The application has been sent to the lead [[CRO]] for sign-off.',
      // a procedure the business will do, named by its code
      "We'll need to do an [[FNA]] and a [[BPE]] at your next visit.",
      'The nurse will run some [[LFTs]] before the next dose.',
      'Our fitter will carry out a [[TPI]] before the wall goes up.',
      'We have to book an [[EICR]] before the new tenancy starts.',
      // the code as the one who acted in the back office
      'The [[AVS]] flagged a mismatch on the billing address.',
      "Our [[WAF]] blocked the upload because of the file's size.",
      'The [[ACD]] dropped your call when the line went quiet.',
      'The payment was stopped because the [[IPS]] blocked the connection.',
      'It looks like the [[ATS]] scanner rejected the file you uploaded.',
    ],
    neg: [
      // codes the customer holds, types, reads on a document, or everyday ones
      'Attached are your EPC certificate and the final invoice.',
      'Your PCN has been cancelled, so nothing more to pay.',
      'Reply YES to confirm the slot.',
      'Enter the code WELCOME10 at checkout.',
      'Your booking reference is KXL4QP.',
      'Please bring your NI number and a photo ID.',
      'The VW Golf is ready for collection at 3pm.',
      'Our new RTX 4080 laptops are in stock.',
      'The funds are in your wallet now, 120 USDT in total.',
      'The delivery is going to the SW1 address on your account.',
      'We can print it on A4 or A3 for you.',
      'The GPS tracker shows your parcel at the depot.',
      'Your MOT is booked for Tuesday at 10am.',
      'I have sent the forms to HMRC for you.',
      'Your pet insurance covers the MRI scan.',
      'Happy to help! Your order ships today.',
      'The QA team has confirmed the fix is live.',
      'Your PAYE code will update next month.',
      'We accept PayPal, Apple Pay and all major cards.',
      'The lounge is on level 2 next to gate B12.',
      'Thanks, your RSVP for Saturday is confirmed.',
      'I have added the USB-C charger to your order.',
      'The LED bulbs are in aisle 4.',
      'Your HSBC transfer has arrived.',
      'THANK YOU SO MUCH FOR YOUR ORDER, IT SHIPS TODAY!',
      'Our ABC Logistics driver will call ahead.',
      'Your GCSE results will be posted on the portal.',
      'Your IBAN and sort code are on your statement.',
      'The DBS form is in your welcome pack.',
      'We have booked your PT session for 6pm.',
      'The BBC reported the closure this morning.',
      'Because the ECB raised rates, your fixed deal is unchanged.',
      'Your HR team confirmed the start date with us.',
      'Thanks for checking with your GP, that helps a lot.',
    ],
  },
  {
    // Told already, by pointing back at an earlier message or at the writing.
    kind: 'told-in-writing',
    pos: [
      '[[Like I wrote in my last email]], the studio opens at 7.',
      '[[Like I wrote]] yesterday, the parts are on back order.',
      "[[As I've written]] before, the deposit is held for 14 days.",
      '[[Like we put]] in the booking notes, parking is round the back.',
      '[[per my earlier email]] the invoice is attached again',
      '[[As per my prev msg]], your slot is 2pm.',
      '[[Per our previous letter]], the rent rises in June.',
      '[[as per my last msg]] the tracking link is in your inbox',
      "Your refill is ready, [[like I've already written]].",
      '[[Like I texted]] earlier, the van is running late.',
      '[[As per my original email]], the deadline is Friday.',
      'Thanks, and [[per my last message]] the form needs a signature.',
      '[[Like I emailed]] you on Monday, the quote is valid for 30 days.',
      '[[Per my earlier message]], we need the serial number to proceed.',
      '[[As we wrote]] in the welcome pack, towels are provided.',
      '[[Per our last email]], the course starts on the 3rd.',
      '[[like i wrote b4]], the shop shuts at 5 on sundays',
      "[[As I've written]] in the notes, the plumber arrives at 8.",
      '[[Like we wrote]] on the booking page, check-in is from 3pm.',
      '[[Per my previous reply]], the voucher is valid until March.',
    ],
    neg: [
      'As you wrote in your last email, the boiler is making a noise, so I have booked an engineer.',
      'As promised in my last email, here is your refund receipt.',
      'Like you said on the phone, the size runs small, so I sent the larger one.',
      'As requested in your message, I have cancelled the second booking.',
      'Per your email, we have moved the delivery to Thursday.',
      'Thanks for your last message, the refund is on its way.',
      'I wrote to the manufacturer this morning and will update you.',
      'We wrote the new schedule with your hours in mind.',
      'As discussed on the phone, I have added the discount.',
      'Per the attached schedule, your first lesson is on Monday.',
      'I have written the dates on your card so you have them handy.',
      'As we agreed, the fitter will come on Tuesday.',
      'Like I wrote to you yesterday, I am so glad it worked out!',
      'Per night, the room is £80 including breakfast.',
      'As per usual, we will text you when the driver is close.',
      'I wrote back to your landlord and he has agreed to the repair.',
    ],
  },
  {
    // The customer told to read again what they were sent.
    kind: 'read-it-again',
    pos: [
      '[[Kindly re-read the terms]], the fee is in section 4.',
      '[[Please reread the email]] we sent, the times are in there.',
      '[[Please read the confirmation again]], the address is at the top.',
      '[[Please go back over the instructions]] we sent you.',
      '[[Could you re-read the booking email]], the code is in the second line.',
      'The times are all there, [[just re-read the confirmation]].',
      '[[Maybe re-read the policy]] before you raise another claim.',
      '[[pls reread the text]] we sent, it has the pin',
      '[[Please read the instructions again]], step 3 covers this.',
      '[[Kindly go back to my email]], the tracking link is there.',
      '[[Please read the terms more carefully]], returns are 14 days.',
      '[[You may want to re-read the contract]], the notice period is in clause 9.',
      '[[Please re-read the guide]] we sent, it explains the pairing.',
      'The dates are fixed, [[so please re-read the letter]].',
      '[[Please read my message again]], I said Tuesday not Thursday.',
      '[[Kindly re-check the invoice]], the VAT is already included.',
      '[[Try to re-read the FAQ]], it answers this.',
      '[[Please read the leaflet properly]], it lists every side effect.',
      '[[I would ask you to re-read the agreement]], clause 4 covers this.',
      '[[Just reread the instructions]] and it should work.',
    ],
    neg: [
      'I re-read your email and I think I understand now.',
      "I've re-read the contract and you're right, the fee shouldn't apply.",
      'Please read the attached guide, it explains the setup.',
      'Feel free to read the guide again any time you need it.',
      'If you re-read the email and still cannot find the code, let me know.',
      'We have re-checked the invoice and refunded the difference.',
      'Let me re-read the booking notes and come back to you.',
      'Please read and sign the attached form.',
      'Could I ask you to check the serial number on the back of the device?',
      'Happy to go back over the instructions with you on a call.',
      'Please have a read of the welcome pack, it has lots of tips.',
      'Did you get a chance to read the confirmation?',
      'You are welcome to re-read the terms on our website.',
      'Please check the tracking link again tomorrow, it updates overnight.',
      'I went back over the notes and found the missing order.',
      'Once you have read the terms, just tick the box and you are done.',
    ],
  },
  {
    // The agent's tool as the reason, in the words the other passes leave.
    kind: 'tool-as-reason',
    pos: [
      '[[Our booking diary won\'t let me]] put you in on a Sunday.',
      '[[The calendar won\'t let me]] book two slots together.',
      '[[The rota won\'t let me]] move your shift to Friday.',
      '[[The diary isn\'t letting me]] add a third appointment.',
      '[[The portal maybe isn\'t letting me]] change your address.',
      '[[The system probably won\'t let me]] split the payment.',
      '[[Our systems are currently unable to]] produce a statement for that month.',
      '[[The card reader is unable to]] take two vouchers at once.',
      '[[The app is currently unable to]] show older invoices.',
      '[[My calendar doesn\'t let me]] go past December.',
      '[[The planner won\'t allow me]] to book a van on bank holidays.',
      '[[The card machine won\'t let me]] refund to a different card.',
      '[[Our platform is not able to]] merge two accounts.',
      '[[The schedule won\'t let us]] fit a second visit this week.',
      '[[The website is still unable to]] accept overseas postcodes.',
      '[[the diary wont let me]] double book the vet',
      '[[The software apparently isn\'t allowing me]] to edit the invoice.',
      '[[Our CRM is unable to]] store a second phone number.',
      '[[The booking system is simply unable to]] hold a table past 9pm.',
      '[[The spreadsheet won\'t let me]] add your name twice.',
    ],
    neg: [
      'The calendar lets you pick any weekday.',
      'Our diary is open for bookings from Monday.',
      'The app will let you know when your order ships.',
      "Our system isn't able to see your card details, so they stay private.",
      'The new system is able to split payments now.',
      'The rota is out on Friday, so you will see your shifts then.',
      'The portal now lets you change your address yourself.',
      "Don't worry, the system won't charge you twice.",
      'The calendar is showing two free slots on Tuesday.',
      'Our systems are able to handle bookings in any currency.',
      'I have added you to the diary for Thursday at 10.',
      'The new planner makes it easy to book a van.',
      'The diary filled up quickly, but I found you a 4pm slot.',
      'Your calendar invite is on its way.',
      'The card machine is working again now.',
      'The app will not let anyone else into your account without the code.',
    ],
  },
  {
    // An apology as a reflex: a bare, emphatic exclamation with nothing named to be sorry for.
    kind: 'reflex-apology',
    pos: [
      '[[Sorry]]!! Yes, the pool is open until 9.',
      '[[Sooo sorry]]! All fixed now, your seat is 14C.',
      '[[Ahh sorry]]!! The voucher code is SPRING5.',
      '[[Sorryyy]]! Your table is booked for 8.',
      '[[Soooo sorry]]!! I have sent the link again.',
      '[[Oops sorry]]!! The class is at 6, not 7.',
      '[[Sorry sorry]]! Here is the form.',
      '[[Sorry]]!!! Yes we do have it in blue.',
      '[[sooo sorry]]! ur parcel is out for delivery today',
      '[[I do apologise for any confusion]]. Your payment is £40 a month.',
      '[[We do apologise for the inconvenience]], your seat is now confirmed.',
      '[[I really apologise for any confusion]], the sale ends on Sunday.',
      '[[We sincerely apologise for the inconvenience]], the engineer will come on Monday.',
      '[[Eek sorry]]!! Just seen this, the refund went out yesterday.',
      '[[Sorry]]!! Which colour did you want?',
    ],
    neg: [
      'Oh no, so sorry to hear that!!',
      "I'm so sorry for your loss.",
      'Sorry about the mix-up with your order, I have sent the right one.',
      'So sorry! Your new card is on the way.',
      'Sorry! Just checking, which size did you want?',
      'Sorry, yes, we are open on Sunday.',
      'I am so sorry this happened to you!!',
      'So sorry!! That sounds awful.',
      'Sorry, I misread your message, the part arrived today.',
      'No need to say sorry!! It happens to everyone.',
      'We are sorry to see you go!! Your account is closed.',
      'Sorry about the noise last night!! The builders have finished now.',
    ],
  },
  {
    // Not ours, disowned: the matter put outside the agent's side without a hand-over.
    kind: 'not-ours',
    pos: [
      "Ooh [[that one's not on our side]], it's the router maker, their support is quick though!",
      "[[That's a finance thing not us]], ill fwd it",
      '[[This might not be our team]]? It could be the council.',
      "Potholes [[aren't a council matter]], they're the highways agency.",
      "Noise from next door [[isn't a landlord matter]], it's the council's.",
      "[[That's a warranty question, not us]], the maker handles those.",
      '[[The problem is not on our end]], it is your broadband provider.',
      "[[The delay isn't with our team]], it's at customs.",
      "[[That's a payroll issue, not ours]], your employer sorts that.",
      '[[It probably is not our department]], try the main office.',
      '[[That may not be our team]], you could ask reception.',
      "Parking tickets [[aren't a hotel matter]], they're issued by the city.",
      "[[That's an HR thing, not us]].",
      "[[The fault is not with our office]], it's the phone network.",
      "Lost luggage [[isn't an airport matter]], you'd need the airline.",
      "[[this one's not on our side]] tbh, the app store handles refunds",
      "[[The error isn't from our side]], it's your bank declining it.",
      "Insurance excesses [[aren't a garage matter]], try your insurer.",
    ],
    neg: [
      "The fault isn't on your side, we've fixed it.",
      "The delay wasn't on our side, it was the courier, but I've sent a new one for you.",
      "That's a billing question, not a tech one, so I've passed it to billing for you.",
      "This isn't a big problem, it is easy to fix.",
      "Don't worry, that's not on you at all.",
      "The mistake was on our side, not yours, and I've refunded it.",
      "This is not a scam email, it's from us.",
      'That is not a safety issue, so you can keep using it.',
      'It may not be our fault, but I will sort it out for you today.',
      "The parking is on our side of the street, right by the door.",
      "Good news, the problem wasn't on our end and your line is working now.",
      "That isn't a council matter any more, we took it over in May and I've booked the repair.",
      "It's a common question, not a silly one!",
      "That isn't a billing error, it's the annual fee you agreed to, and I've attached the breakdown.",
    ],
  },
  {
    // A rule fronted before a refusal, and a service refused in a notice's words.
    kind: 'rule-and-notice',
    pos: [
      "I checked with my manager and [[it's a company rule that]] we can't open phones another shop has repaired.",
      "[[It's a strict rule that]] we don't hold tables past 15 minutes.",
      "Sorry, [[it's a house rule that]] dogs aren't allowed upstairs.",
      "[[It's a firm policy that]] tickets cannot be transferred.",
      "[[That's a requirement that]] only the account holder can change.",
      '[[No refunds after]] 30 days.',
      '[[No exchanges on]] sale items.',
      '[[No cancellations within]] 48 hours of the class.',
      '[[No returns without]] the original receipt.',
      '[[No late entries after]] 9pm, sorry.',
      '[[No refunds will be given after]] the course has started.',
      '[[No transfers once]] the booking is confirmed.',
    ],
    neg: [
      "It's a company rule that we text you before every delivery.",
      'No refund needed, keep it!',
      'No changes to your plan this month.',
      'No charge for the swap, it is on us.',
      'No returns label is needed, the driver brings one.',
      'No worries at all!',
      'No exchanges needed, we have sent the right size.',
      'No fee for changes made within 24 hours of booking.',
    ],
  },
  {
    // An instruction backed by a loss after "or", a deadline missed under a longer name, a fix that is not due yet.
    kind: 'or-loss-and-waits',
    pos: [
      'Fill in the timesheet by Friday [[or payroll will miss]] it.',
      'Please reply by Monday [[or you will lose your]] place on the course.',
      'Send the meter reading today [[or the bill will miss]] it.',
      'Upload the photos by noon [[or the claim will not be processed]] this week.',
      'Return the form [[or it cannot be processed]].',
      "[[You missed]] the final numbers deadline on Friday, so we had to use the original figure.",
      "[[You missed]] the early booking cut-off, so the discount doesn't apply.",
      '[[The firmware fix is not due until]] the 28th.',
      "[[The engineer visit isn't due until]] Tuesday.",
      '[[The replacement part is not due until]] next month.',
      'hi, [[we cnat]] reopen a locker once the window has closed',
    ],
    neg: [
      'Book by Sunday or you will miss out on the early price!',
      'Drop it in today or tomorrow and we will fix it.',
      'You can pay online or the team will take it over the phone.',
      'Send it by Friday or Monday, whichever suits.',
      'You missed the bus to the airport, so I rebooked you onto the next one.',
      'Your next payment is not due until the 28th.',
      "Your rent isn't due until Friday, so there's plenty of time.",
      'Call us or pop in and we will sort it.',
    ],
  },
  {
    // An effort hedged with its subject left off, before a noun.
    kind: 'hedged-noun',
    pos: [
      '[[Will attempt a re-sync]] overnight.',
      '[[Will try a reset]] on the router this afternoon.',
      '[[Will attempt another delivery]] tomorrow.',
      '[[Will try one more]] payment run tonight.',
      '[[Ok, will attempt a refund]] again after lunch.',
    ],
    neg: [
      'Will send a replacement today.',
      'Will arrange a collection for Monday.',
      'Will do! Your refund is on its way.',
      'We will attempt delivery again tomorrow, and you can track it in the app.',
      'Will book a new slot for you now.',
    ],
  },
];

/** What a look-alike set's marked positives and its contrasts got: caught, flagged, and the lines to print. */
export interface MarkedResult {
  caught: number;
  pos: number;
  flagged: number;
  neg: number;
  misses: string[];
  falses: string[];
}

export interface Kind21Result extends MarkedResult {
  kind: string;
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

/**
 * Positives with their negative words in [[ ]] (caught when every marked stretch is touched by a flag) and contrasts
 * that must stay unflagged, read with every built-in pack (en-recall22-matrix.ts reads its sets with it too).
 */
export function readMarked(pos: readonly string[], neg: readonly string[]): MarkedResult {
  const misses: string[] = [];
  for (const p of pos) {
    const { text, spans } = unmark(p);
    const f = flags(text);
    if (!spans.every(([a, b]) => f.some((x) => x.start < b && x.end > a))) misses.push(`${text}   ${show(text, f)}`);
  }
  const falses = neg.map((s) => ({ s, f: flags(s) })).filter((x) => x.f.length).map((x) => `${x.s}   ${show(x.s, x.f)}`);
  return { caught: pos.length - misses.length, pos: pos.length, flagged: falses.length, neg: neg.length, misses, falses };
}

/** Every kind of a look-alike matrix (this file's shape: a name, marked positives, contrasts) read by readMarked. */
export function runKinds21(kinds: readonly Kind21[] = KINDS21): Kind21Result[] {
  return kinds.map((k) => ({ kind: k.kind, ...readMarked(k.pos, k.neg) }));
}

/** One kind's figure, then its misses and false flags: what every matrix script built on readMarked prints. */
export function printMarked(name: string, r: MarkedResult): void {
  console.log(`${name}: positives ${r.caught}/${r.pos}, contrasts flagged ${r.flagged}/${r.neg}`);
  for (const m of r.misses) console.log(`  MISS ${m}`);
  for (const f of r.falses) console.log(`  FALSE ${f}`);
}

/** A matrix script's command line: every kind's figures, or one kind's with `--kind=<name>`. */
export function kindsMain(kinds: readonly Kind21[], argv: readonly string[]): void {
  const only = argv.find((a) => a.startsWith('--kind='))?.slice(7);
  for (const r of runKinds21(kinds.filter((k) => !only || k.kind === only))) printMarked(r.kind, r);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of runKinds21()) printMarked(r.kind, r);
}
