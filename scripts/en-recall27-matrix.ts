/**
 * Look-alike matrix of the twenty-seventh session's English recall (rwen27, lib/rewrite/generic/kinds27.en.ts): for each
 * kind named from late26's development misses, sentences agents in many trades and voices would write (chat and email,
 * lower case, no apostrophes, British and American), written before the readers: positives that must be flagged over the
 * words in [[ ]], and close contrasts that must stay as they are (no flag at all). No trade or proper noun of a development
 * item.
 *
 *   npx tsx scripts/en-recall27-matrix.ts [--kind=machine-refuses]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall27-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { kindsMain, type Kind21 } from './en-kinds21-matrix.ts';

export const KINDS27: readonly Kind21[] = [
  {
    // A machine of ours as the one that refuses: "<machine> refuses to …", "<machine> (just) greys / blanks it out",
    // "<machine> keeps rejecting …". Never the customer's own device doing its job, a machine that protects ("the
    // checkout refuses to take a card that has expired, so you're safe"), our agent refusing.
    kind: 'machine-refuses',
    pos: [
      '[[Our old till refuses]] to take two cards for one bill, so it will be card or cash.',
      '[[the booking screen just greys out]] the 14th once a deposit is paid',
      'Sorry, [[the portal refuses]] to let me change the delivery date now.',
      '[[Our card machine keeps rejecting]] Amex, so it is Visa or Mastercard today.',
      '[[The system greys]] that option [[out]] after 6pm.',
      'i tried but [[the app refuses]] to save the new address',
      '[[The scheduling software refuses]] to book two lessons on one day.',
      '[[Our booking tool grays out]] weekends for group bookings.',
      '[[the ticket machine refuses]] to issue a second copy, sorry',
    ],
    neg: [
      'The app refuses to open if your phone is out of date, so update it first and it will work.',
      'The door refuses to close properly, so we are sending a fitter tomorrow.',
      'The portal greys out any date that is already booked, so the white ones are all free for you.',
      'The customer refuses to pay, so we have closed the order.',
      'Our till prints a receipt for every payment.',
      'The screen greys out for a second while it saves, that is normal.',
    ],
  },
  {
    // A bare rule named as the whole answer, opening the sentence with a vocative or a softener before its break:
    // "company rules mate, …", "House policy, I'm afraid – …", "store rules love, …". Never a rule that gives ("company
    // policy, you get …" is read by policy-grant.en.ts), the rules as a topic ("Company rules are on the website").
    kind: 'rule-opener',
    pos: [
      '[[company rules mate]], pets only travel in the vans if they are in a crate',
      '[[House rules, I am afraid]] – no glass by the pool.',
      '[[store policy hun]], we cant take returns on earrings',
      '[[Company policy sorry]], the deposit has to be paid upfront.',
      '[[gym rules pal]], towels on the benches at all times',
      '[[Club rules, unfortunately]], guests have to sign in at the desk.',
    ],
    neg: [
      'Company rules are on the website if you want to read them.',
      'House rules mate, you are welcome to bring your own towels.',
      'Store policy lets you return it within 30 days.',
      'company policy means you get a free replacement, mate',
      'Gym rules are changing next month, so I will email the new ones.',
    ],
  },
  {
    // Not my department said as an idiom: "not my circus (, not my monkeys)", "above my pay grade", "not my table". Never
    // the customer's words in quotes, a joke about the agent's own good news ("not my circus but I love the photos").
    kind: 'not-my-circus',
    pos: [
      'The wifi in the flat? [[Not my circus]], that is the landlord network.',
      '[[not my circus not my monkeys]], ask the venue about parking',
      "Refund disputes are [[above my pay grade]], you'll have to ask billing.",
      'honestly [[thats above my pay grade]], try the store manager',
      '[[Not my monkeys]], the caterer handles the menu.',
    ],
    neg: [
      'The circus tickets are in your account now.',
      'You said it was not my circus to judge, and you were right, sorry.',
      'That is well within my pay grade, I have refunded it now.',
    ],
  },
  {
    // A compound back-office status code: capitals with a hyphen or underscore part ("NOSHOW-R", "HOLD_CX", "RTS-2") where
    // the sentence reads it as a status ("flagged / marked / showing as / set to / logged as / came back"), and a short
    // capitals code as a measure of the office ("LTV comes out at 92%", "the DTI is at 41%"). Never a product model or a
    // reference the customer holds ("your order ABC-123", "the RX-100 camera", "enter code SAVE-10").
    kind: 'status-code',
    pos: [
      'booking was flagged [[NOSHOW-R]] so the desk released the car',
      'Your parcel is marked [[RTS-2]] so it is heading back to us.',
      'the ticket is showing as [[HOLD_CX]] on my side',
      'Your claim came back [[DECL-07]] from the underwriter.',
      'the order is set to [[PEND-QA]] until the lab checks it',
      '[[LTV]] comes out at 85% so you are in the middle rate band.',
      'Your [[DTI]] is at 44%, which is over the limit for this product.',
    ],
    neg: [
      'Your order ABC-123 has shipped today.',
      'The RX-100 camera is back in stock.',
      'Use the code SAVE-10 at checkout for 10% off.',
      'The forecast is at 20 degrees, lovely for the wedding.',
      'Your BMI is at 24, right in the healthy range.',
      'Flight BA-117 is on time.',
    ],
  },
  {
    // The customer's choice called wrong with "have" before it, without an article, or in a learner's past ("you have
    // choosed wrong level", "you have selected the wrong date", "you picked wrong size"). Never a choice praised or
    // corrected by us ("you picked the right one"), the wrong thing sent by us ("we sent the wrong size").
    kind: 'wrong-choice',
    pos: [
      'Hello Mr Ito, [[you have choosed wrong]] level for Ken, level 2 is for beginners.',
      '[[you have selected the wrong]] date for the return flight',
      'Sorry but [[you picked wrong]] size, the medium is the one on your order form.',
      '[[You have booked the wrong]] room type for four guests.',
      '[[you has chosen wrong]] plan for two phones',
      '[[You have entered an incorrect]] postcode on the form.',
    ],
    neg: [
      'You have picked the right size, it will fit perfectly.',
      'We sent the wrong size, a new one is on its way.',
      'You have chosen a lovely colour.',
      'If you have booked the wrong date, just reply and I will move it.',
      'I have selected the wrong invoice, sorry, here is the right one.',
      'I understand that you have entered the wrong delivery address and would like to change it.',
      'I see you have picked the wrong size by mistake, no worries, I have swapped it.',
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) kindsMain(KINDS27, process.argv);
