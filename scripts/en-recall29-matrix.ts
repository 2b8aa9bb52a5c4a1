/**
 * Look-alike matrix of the twenty-ninth session's English recall and neutrals (rwen29: late28's development misses and false
 * flags, by kind; lib/rewrite/generic/kinds29.en.ts, kinds24.en.ts's perfect, neutral29.en.ts, jargon19.en.ts's job titles,
 * en-core-more's `please-dont`): positives that must be flagged over the words in [[ ]], and close contrasts that must stay
 * unflagged, in other trades, spellings and registers. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall29-matrix.ts [--kind=calm-down]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall29-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { kindsMain, type Kind21 } from './en-kinds21-matrix.ts';

export const KINDS29: readonly Kind21[] = [
  {
    // Telling the customer to calm down, in the words the packs leave.
    kind: 'calm-down',
    pos: [
      "Oh no, [[don't panic]]! Your cat is fine and eating again.",
      '[[Please do not panic]], the ferry is only running ten minutes behind.',
      'hey [[dont freak out]] lol the photos are all backed up',
      '[[Settle down]], sir, your car will be ready by four.',
      '[[Simmer down]] now, the replacement blender is already on the van.',
      '[[Keep your hair on]], the invoice is being corrected today.',
      '[[Take it easy]], the late fee is only two pounds.',
      'tek it easy, di parcel reach tomorrow'.replace('tek it easy', '[[tek it easy]]'),
      "[[No need to get all worked up]], your room is still booked.",
      "There's [[no need to panic]], the alarm was a test.",
      '[[No need to shout]], I am reading your account now.',
    ],
    neg: [
      "Don't panic if the screen goes dark during the update, it restarts on its own.",
      'Take it easy on the knee for a few days after the physio session.',
      'Please take it easy for 48 hours after the filling.',
      'No need to worry, the refund went through this morning.',
      'There is no need to bring anything, we supply the towels.',
      'We settled the invoice down to the last penny.',
      'The dough needs to settle down in the fridge overnight.',
      'After the exam I will sleep, chill out and stop worrying about it.',
      'The noise is not a serious problem, the engine is fine.',
      'Please keep your receipt, you will need it for the warranty.',
    ],
  },
  {
    // The customer's trouble called no big deal.
    kind: 'no-big-deal',
    pos: [
      'The scratch on the lens [[is not a major issue]] and will not affect your photos.',
      "A bit of rust on the hinge [[isn't a big deal]], it happens with older gates.",
      'the small stain is normal and [[not big deal]]',
      'Honestly the dent [[is not a huge problem]], the panel still closes fine.',
    ],
    neg: [
      'Swapping the size is not a major issue for us, just send it back.',
      'If the wait is not a huge problem, could we come on Thursday?',
      'Changing the date is not a big problem for the venue, they have said yes.',
      'A big issue for many riders is tyre pressure, so we check it every visit.',
      "That isn't a major problem, it takes two minutes to fix.",
    ],
  },
  {
    // A rule of the house given as the answer.
    kind: 'house-rule',
    pos: [
      '[[Shop policy is no]] exchanges on sale knitwear.',
      '[[Club rules are that]] guests leave by 11pm.',
      "[[Our terms say]] alterations must be paid before we start.",
      '[[The rules state]] bookings close 24 hours before the class.',
      '[[Per our cleaning policy]], stained mattresses are charged at £40.',
      '[[According to our hire policy]], boards returned late are charged a day extra.',
    ],
    neg: [
      'Our terms say you can cancel any time for free.',
      'Per our returns policy, you get a full refund within 30 days.',
      'Store policy is that you are covered for accidental damage for a year.',
      'The rules of the game are in the box lid.',
      'We updated our policy last week, the new version is on the website.',
    ],
  },
  {
    // An order to a group, or "have to" in a spelling the packs do not list.
    kind: 'group-order',
    pos: [
      "[[Y'all gotta]] bring the signed form Friday, okay?",
      'For the tasting, [[everyone has to]] show ID at the door.',
      '[[Everybody must]] wear closed shoes in the workshop.',
      '[[All guests have to]] check out by ten.',
      '[[You guys need to]] park on the street for the day.',
      'yuh haffi bring di receipt'.replace('yuh haffi', '[[yuh haffi]]'),
      'you hafta sign both pages'.replace('you hafta', '[[you hafta]]'),
    ],
    neg: [
      'Not everyone has to attend, one of you is enough.',
      'Nobody has to bring anything, the food is on us.',
      'If everyone has to leave early, we can start at six.',
      'Does everyone have to sign, or just the lead booker?',
      'We all have to wait for the council on this one, sorry.',
    ],
  },
  {
    // Talking down, in the forms the packs leave.
    kind: 'talking-down-29',
    pos: [
      '[[as stated like 4 times]] the pickup is from gate B',
      '[[As I have said about three times]], the deposit is due Friday.',
      '[[See previous email.]] The code is 4471.',
      '[[please refer to my last message.]]',
      '[[I trust this is now clear]].',
      '[[I trust that makes things clear]] for you.',
      '[[Bless your heart]], the opening hours are on the door.',
    ],
    neg: [
      'Please see the previous email for the invoice, I have attached it again too.',
      'I trust you had a lovely trip to Lisbon!',
      'God bless, and thank you for the flowers.',
      'As mentioned on the phone, the fitter comes Tuesday.',
      'I trust this helps, and I am here if you need more.',
    ],
  },
  {
    // "We are not responsible" sending the customer elsewhere; the till or the system saying no; candour; not knowing; none
    // of a thing before a time.
    kind: 'mixed-29',
    pos: [
      'For the car park [[we are not responsible]], please ask the car park operator.',
      "[[I am not responsible]] for the Wi-Fi at the venue, you'll need to contact the hotel.",
      "Sorry, [[the till's saying no]] to the gift card.",
      '[[The system keeps saying no]] when I try to add the second bag.',
      'I tried to move your slot but [[system cannot]], only mornings are open.',
      '[[To be completely transparent]], the repair will take two weeks.',
      '[[Just to be upfront with you]], the kitchen closes at nine.',
      "[[I don't really know if]] the blue one is coming back.",
      '[[I am not clear whether]] the landlord has signed.',
      "[[There are no boat trips before]] the end of March.",
      "[[There's no lessons until]] the new term starts.",
    ],
    neg: [
      'Our team is responsible for the parking permits, so please ask me anything.',
      'The system said yes, your booking is confirmed.',
      'To be clear with the council, we sent the photos as well.',
      'We want to be transparent about pricing, so here is the breakdown.',
      "I'm not clear what you mean by the second order, could you send the number?",
      'There is no charge until your trial ends.',
      'There is no rush until the end of the month.',
    ],
  },
  {
    // The customer's repeated contact told off; blame in "shoulda / coulda".
    kind: 'keep-calling-shoulda',
    pos: [
      'The engineer is booked for Monday, [[there is no need to keep emailing]].',
      "[[No need to keep chasing]], the refund went out today.",
      "[[You shoulda told us]] the dog was nervous around clippers.",
      "[[y'all shoulda called]] before driving over",
      '[[you coulda just asked]] at the desk',
    ],
    neg: [
      "There's no need to keep paying once you cancel, it stops that day.",
      'No need to keep the box, the warranty is on your receipt.',
      'You shoulda got the tracking email by now, let me resend it.',
      'You could have it by Friday if we post today.',
    ],
  },
  {
    // The customer's act in the present perfect given as the cause of a harm (kinds24.en.ts).
    kind: 'cause-blame-perfect',
    pos: [
      'The zip broke because [[you have pulled it]] too hard.',
      'The lawn died because [[you had trimmed it]] too short.',
    ],
    neg: [
      'We refunded you because you have been so patient.',
      'It opened because you have pressed the catch, that is exactly right.',
      'The part arrived because you have ordered it early, great thinking.',
    ],
  },
  {
    // Neutrals: an obligation lifted; a job title after a stage word; an amount in rand; a phone's typo excuse.
    kind: 'neutrals-29',
    pos: ["[[You must]] bring your ID on the day.", "I've passed it to [[ops]] and they will call you."],
    neg: [
      'Please do not feel you must choose the flowers today, there is plenty of time.',
      "pls dont feel like you have to reply tonight",
      "Don't feel that you need to bring anything, we provide the kit.",
      'Please never feel you have to apologise for asking.',
      'Your refund has been approved by our ops manager and is on its way.',
      'The only other charge was the R20 from March, which is paid now.',
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) kindsMain(KINDS29, process.argv.slice(2));
