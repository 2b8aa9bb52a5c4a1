/**
 * Look-alike matrix of the twenty-eighth session's English recall (rwen28: late27's development misses, by kind, read over
 * the language layer in lib/rewrite/generic/kinds28.en.ts, en.ts's readHopefully and kinds22.en.ts's reflex apology, and in
 * en-core-more's not-knowing-wh): positives that must be flagged over the words in [[ ]], and close contrasts that must stay
 * unflagged, in many trades and voices. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall28-matrix.ts [--kind=dont-know-bare]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall28-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { kindsMain, type Kind21 } from './en-kinds21-matrix.ts';

export const KINDS28: readonly Kind21[] = [
  {
    // Chat's "(I) don't know" opening the sentence before a question word about the customer's thing.
    kind: 'dont-know-bare',
    pos: [
      "[[Don't know when]] the plumber is due back.",
      '[[dont know whether]] the ferry is running today',
      "Sorry, [[don't know what]] time the coach gets back.",
      '[[Do not know if]] the shop has it in stock.',
      "[[Don't know how]] long the repair takes, I'll ask the workshop.",
      '[[dont know where]] your parcel is right now',
      "Hmm, [[don't know why]] the app logged you out.",
      "[[Don't know who]] took the booking, sorry.",
      '[[dont know when]] the new stock lands tbh',
      "[[Don't know if]] the pool is open on Monday.",
    ],
    neg: [
      "Don't know which size to go for? Our fit guide has you covered.",
      "Don't know how to set it up? Here's a quick video.",
      "Don't know what I'd do without regulars like you!",
      "Don't know how I missed that, it's fixed now.",
      'Customers who do not know when their slot is can check the app.',
      'You will know when it arrives, the tracking updates.',
      "Don't know who or what to thank, but it all came together.",
      'Not knowing what to pick is normal, we can help you choose.',
    ],
  },
  {
    // "I am / I'm not aware of when / whether / what …": not knowing in a formal register.
    kind: 'not-aware-of-wh',
    pos: [
      '[[I am not aware of when]] the new frames will arrive.',
      "Kindly note that [[I'm not aware of whether]] the pool is open.",
      '[[I am not aware of what]] time the ferry leaves.',
      "[[I'm not aware of how]] long the survey takes.",
      '[[I am currently not aware of when]] the engineer will call.',
    ],
    neg: [
      "I'm not aware of any other charges on the account, the deposit was the only one.",
      'I am aware of when the engineer is due, it is 10am.',
      "We're now aware of the fault and it's fixed.",
      'I am not aware of any delays on the line today.',
    ],
  },
  {
    // An outcome of the agent's step hoped for by a time: "hopefully it will reflect within 7 days".
    kind: 'hoped-by-a-time',
    pos: [
      "I've sent the refund and [[hopefully]] it will show in your account within 5 working days.",
      'We have logged the claim and [[hopefully]] it should clear by Friday.',
      '[[hopefully]] it will arrive by tomorrow',
      "The part is ordered, [[hopefully]] it will be ready by Thursday.",
      '[[Hopefully]] it should go through within 48 hours.',
      'Payment has been raised, [[hopefully]] it will reflect before the weekend.',
    ],
    neg: [
      'Hopefully it will help.',
      'hopefully it will be sunny by Saturday',
      'Hopefully they will love it by Christmas.',
      'hopefully it will go down well with the kids this weekend',
      'Hopefully you enjoy the new bike this weekend.',
      'Hopefully it helps with the kids this week.',
      'It will arrive by Thursday.',
    ],
  },
  {
    // A reflex apology opening chat news after "omg", or before where a thing sits on a screen: "omg so sorry here's your
    // code", "Sorry, the export button is in the settings page". Never sympathy, a fault, a thing put right ("new").
    kind: 'apology-omg',
    pos: [
      "omg [[so sorry]] here's your code for Friday's class!!",
      'omg [[sorry]] heres the link to the form',
      'omg [[so sorry]], your booking is confirmed for Thursday',
      '[[Sorry]], the export button is in the settings page.',
    ],
    neg: [
      "omg so sorry to hear about your cat, we're thinking of you",
      'omg so sorry, the parcel is lost, I am sending a new one',
      'omg thank you, your booking is confirmed!',
      "omg so sorry, I sent you the wrong link, here's the right one",
    ],
  },
  {
    // An apology before a plain check or a question about the customer's own choice: "Sorry, just to check, …?", "Sorry to
    // ask, what size would you like?". Never a fault asked about ("is the parcel damaged?"), sympathy, "Sorry to hear".
    kind: 'apology-before-question',
    pos: [
      '[[Sorry]], just to check, was it the 10am or the 11am you wanted?',
      '[[Sorry to ask]], which size would you like the frame in?',
      'hi [[sorry]], just to double check, is it two adults and one child?',
      '[[So sorry to ask]], what name should go on the cake?',
      '[[Sorry]], just to clarify, do you want the blue or the grey?',
    ],
    neg: [
      'Sorry to ask, is the parcel damaged?',
      'Sorry to hear that, what happened with the delivery?',
      'Sorry to ask, but did the payment fail again?',
      'Just to check, was it the 10am you wanted?',
      'Sorry, just to check, the delivery was late again?',
    ],
  },
  {
    // A trouble weighed down with "hardly a significant / serious …" (families.en.ts minimising).
    kind: 'hardly-weighed',
    pos: [
      '[[This is hardly a significant matter]], the shade is within tolerance.',
      'The scuff [[is hardly a serious issue]].',
      '[[It is hardly a real problem]], the app still works.',
      'Honestly, [[that was hardly a major concern]].',
    ],
    neg: [
      'This was hardly a significant factor in the decision.',
      'We have hardly a serious issue left to fix, the list is nearly done.',
      'The delay was a significant matter and we have refunded the fee.',
    ],
  },
  {
    // Talking down said outright: a repeat announced, "which I'm sure you read", a document that "clearly says" what was missed.
    kind: 'talking-down',
    pos: [
      '[[I will repeat one more time]]: the locker code changes every Monday.',
      '[[let me say it once more]], the shuttle leaves at 6',
      'The times were in the welcome pack, [[which I am sure you read]].',
      'the menu was attached to the booking email [[which im sure u saw]]',
      'Just a reminder that [[your ticket clearly says]] Gate B, not Gate A.',
      '[[The website clearly states]] pick-up only, please check before ordering.',
    ],
    neg: [
      'I will repeat the test tomorrow to be sure.',
      'Let me explain once more how the points work, it is a bit tricky.',
      "I'm sure you'll love it.",
      'Your statement clearly shows the refund of £20.',
      'The new label clearly shows the expiry date, so it is easier to read.',
      'We will go over it once more at the briefing for anyone who missed it, thanks for flagging.',
    ],
  },
  {
    // A rule cited by its clause, or a named rule document, as the reason for a restriction, a duty or a charge.
    kind: 'rule-cited',
    pos: [
      'Helmets are required on the track [[as per section 3 of the Rider Regulations]].',
      'The late fee was applied [[in accordance with clause 8.1 of our Terms and Conditions]].',
      'The deposit is retained [[under clause 12 of the tenancy agreement]].',
      'Dogs must be on a lead [[as per the house rules]].',
      'The cancellation charge of £30 applies [[as set out in section 5 of our booking conditions]].',
      'No refunds are given after the first lesson [[in line with clause 4 of the membership terms]].',
      'The admin fee is non-refundable [[as per our T&Cs]].',
    ],
    neg: [
      'As per clause 4 of your contract, you are entitled to a full refund.',
      'Your refund was issued in accordance with your request.',
      'The booking rules are in section 4 of the handbook.',
      'Under clause 9 of the Regulations you may bring one guest free of charge.',
      'As per your email, the order has been moved to Friday.',
      'I have attached a copy of our Terms and Conditions for your records.',
      'Section 3 of the guide shows how to pair the remote.',
    ],
  },
  {
    // A rule given as its own reason, with "the": "Rules are the rules", "the policy is the policy" (en-core rules-are-rules).
    kind: 'rules-tautology',
    pos: [
      'Entries close at noon. [[Rules are the rules]].',
      'sorry hun, [[the rules are the rules]]',
      '[[Policy is the policy]], I am afraid.',
      'I know, but [[rules are the rules]].',
    ],
    neg: ['The rules are on the noticeboard.', 'The rules of the quiz are simple: one answer per team.', 'The policy is on our website.'],
  },
  {
    // A named thing that isn't our department (en-core not-our-department-named): "The X isn't (really) our department".
    kind: 'not-our-dept-named',
    pos: [
      "The boiler service [[isn't really our department]].",
      'Parking fines [[are not our department]] at all, sorry.',
      "The lift [[is not strictly our remit]], the landlord handles it.",
      "Window cleaning [[isn't our department]] I'm afraid.",
      'the wifi [[isnt really our dept]]',
    ],
    neg: [
      "Our department's hours are 9 to 5.",
      'The boiler service is handled by our heating team.',
      'Our department is on the second floor.',
      "This laptop is my department's spare, you can borrow it.",
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) kindsMain(KINDS28, process.argv.slice(2));
