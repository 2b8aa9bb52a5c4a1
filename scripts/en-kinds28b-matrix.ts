/**
 * Look-alike matrix of the twenty-eighth session's English kinds by category (rwenb28, lib/rewrite/generic/kinds28b.en.ts):
 * kinds that recur in the misses of at least three writers of late20-late27, written here before the readers in other
 * trades, spellings and voices (no trade or proper noun of a development item): positives that must be flagged over the
 * words in [[ ]], and close contrasts that must stay as they are (no flag at all).
 *
 *   npx tsx scripts/en-kinds28b-matrix.ts [--kind=sorry-before-ask]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-kinds28b-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { kindsMain, type Kind21 } from './en-kinds21-matrix.ts';

export const KINDS28B: readonly Kind21[] = [
  {
    // A reflex apology opening a plain question to the customer (apology-reflex; late22, late24, late25, late26): "Sorry,
    // could you …?", "sorry what time …?", "Sorry to ask, which …?", "Sorry, just to check, is it …?". Nothing is named to be
    // sorry for: the question needs no apology. Never sympathy ("sorry to hear"), an apology with its reason ("sorry for the
    // wait", "sorry, the link was wrong"), a question about the agent's own slip ("Sorry, did I send the wrong file?"), a
    // statement, a refusal before the question.
    kind: 'sorry-before-ask',
    pos: [
      '[[Sorry]], could you confirm the postcode for the delivery?',
      '[[sorry]] what size did you want the frame in?',
      '[[Sorry to ask]], which email address is the account under?',
      'Hi Dev, [[sorry]], just to check, is it the 10am or the 2pm class you wanted?',
      '[[Sorry]] can you send me a photo of the meter reading?',
      '[[so sorry]], would you mind sending the invoice number?',
      '[[sry]] can u send ur order number pls?',
      '[[Apologies]], could you let me know the make of the boiler?',
      'Hello, [[sorry]], when would suit you for the survey?',
      '[[Sorry to bother you]], do you have the serial number handy?',
      '[[sorry]] whats the best number to reach u on?',
      '[[Sorry]], was it the blue or the grey sofa you ordered?',
      'ok [[sorry]], how many guests will be joining you?',
      '[[Sorry]], could you tell me the name of your pet?',
      '[[sorry to ask]] but what time does your flight land?',
      '[[Sorry]] - which branch did you visit?',
      '[[Sorry]], are you after the single or the double room?',
      '[[soz]] what date was the lesson?',
      '[[Sorry]], did you want the standard or express shipping?',
      '[[Sorry]], where would you like the parcel left?',
      '[[sorry]], would tuesday or wednesday be better for the fitter?',
    ],
    neg: [
      'Sorry to hear that, is there anything else I can help with?',
      'Sorry, did I send you the wrong file?',
      'Sorry the courier missed you, could you pick a new day?',
      'Sorry, could you send it again? The first attachment was blank.',
      'Sorry, is the booking still not showing in your app?',
      'Sorry, can you see the invoice now? I have re-sent it.',
      'Sorry, Monday is full - would Tuesday work?',
      'Sorry, would Tuesday work instead?',
      'So sorry to hear about your dog, would you like us to cancel the grooming?',
      'Could you confirm the postcode for the delivery?',
      'Sorry, the parcel has been delayed by a day.',
      'I said sorry to the driver, could you let me know if he calls?',
      'Sorry, did we get your name wrong on the booking?',
      'Sorry, have I got the wrong account?',
      'Sorry about the mix-up, could you check the new link?',
      'Sorry?',
      'sorry my mistake, can you try the code again?',
      'Sorry, what a rubbish week you have had, is there anything we can do?',
      'Sorry, could you please not park in the staff bay?',
      'No need to say sorry, can you send it when you have a minute?',
    ],
  },
  {
    // A second back-office code beside one (jargon; late24, late26, late27): a sentence that already names one unexplained
    // capitals code of the office names another ("submit the K12 to the LRO", "waiting on the FTR before we can issue your
    // DB"), each a term the customer never saw. Only codes no list of known capitals holds, with a code of letters beside
    // them; never a sentence of everyday capitals (UK, PDF, PIN, DHL, GP), a code explained in brackets, a reference number,
    // a sentence written in capitals.
    kind: 'code-beside-code',
    pos: [
      "We'll send the [[K12]] to the [[LRO]] once the survey's back.",
      'Your [[MCB]] tripped, so the [[RCD]] cut the whole board.',
      'The [[TRV]] on the landing is stuck, which is why the [[DHW]] keeps cutting out.',
      'Your claim has been logged as a [[C2]] and goes to the [[QAP]] panel on Friday.',
      'the [[BGM]] reading came back high so the [[PCN]] team will call',
      'We are waiting on the [[FTR]] before we can release your [[DB]].',
      "Once the [[NDA]] is countersigned we'll open the [[SOW]].",
      'Your [[VRM]] was picked up by the [[ANPR]] at 14:02.',
      'the [[HWC]] is leaking onto the [[CU]] so we need to isolate it',
      'We need the [[EPC]] and the [[FENSA]] before completion.',
    ],
    neg: [
      'We ship with DHL and UPS to the UK and the EU.',
      'Please send it as a PDF or a JPG.',
      'Never share your PIN or CVV with anyone, including us.',
      'Your NHS number is on the letter from your GP.',
      'You can pay by BACS or by card.',
      'Your order AB123456 ships today with DPD.',
      'The LRO (land registry office) has your deeds and a copy is in the post.',
      'PLEASE CALL THE MCB HELPLINE ON FRIDAY.',
      'The TV and the DVD player are both covered.',
      'Your slot is 3 PM GMT on Friday.',
      'Use code SAVE10 at checkout for 10% off in the UK and the US.',
      'We have the iPhone 15 and the Galaxy S24 in stock.',
      'Your MOT is booked for 9 AM on Friday.',
      'We accept Visa, Amex and PayPal.',
      'Thanks, Jo | Customer Care | ABC Motors',
      'The HDMI cable and the USB charger are in the box.',
      'Your A4 prints and the A3 poster are ready to collect.',
      'Our CEO and CFO both signed the letter.',
      'Your ID and your IBAN are all we need.',
      'Everything is confirmed for Saturday, see you at 10 AM!',
      'Plug it into the DVI port, not the VGA one.',
      'It runs on the AA batteries or the USB cable.',
      'Export it as an SVG file or an EPS file.',
    ],
  },
  {
    // A step of ours put off, told by a negation before a time or an event (time-refusal; late21, late22, late24, late27),
    // in the forms the readers of rwen26 leave: a verb of starting, attending, visiting or running ("the course doesn't start
    // before 3 May", "a fitter cannot attend before the survey has cleared"), a passive of ours ("claims aren't assessed
    // until after the excess is paid"), "isn't out (your way) till thurs", a time after "after" or written short ("weds",
    // "the 14th"). Never a harm or a cost put off ("your cover doesn't end until", "won't run out before"), the customer's
    // own step or an imperative ("don't start the engine before …"), good news after it ("so there's plenty of time"), a
    // question, a thing that has happened before ("hasn't started before").
    kind: 'not-before-event',
    pos: [
      'The beginners group [[does not start before]] 12 May, but you can join the waiting list now.',
      'A surveyor [[cannot attend before]] the scaffolding has been signed off.',
      'claims [[arent assessed until]] after the excess has been paid',
      'the groomer [[isnt out your way till]] weds',
      "Our fitter [[won't visit before]] the 14th.",
      'The new timetable [[does not begin before]] the autumn term.',
      "Repairs [[aren't booked until]] after the insurer has approved the quote.",
      "the driver [[isn't out]] in your area [[till]] tues at the earliest",
      'The evening classes [[do not run before]] October.',
      "Orders [[aren't packed until]] after the payment has cleared.",
      "the engineer [[can't attend until]] the permit has been issued",
      'Lessons [[do not resume before]] the 9th of January.',
      "Your contractor [[isn't starting until]] after the bank holiday.",
      "applications [[are not reviewed until]] the closing date has passed",
      "the next intake [[doesnt start until]] feb",
      "The plumber [[can't come out before]] thurs.",
      "Statements [[aren't issued until]] after the quarter has closed.",
      "the tutor [[won't start before]] the 3rd",
      "Visits [[are not scheduled until]] the referral has been received.",
      "our team [[isnt out]] on the coast [[until]] next wed",
    ],
    neg: [
      "Your cover doesn't end until the 31st, so you're protected till then.",
      "Your card won't be charged until after the trial has ended.",
      "Don't start the engine before the light goes green.",
      "You don't need to do anything before the 14th.",
      "The course doesn't start before May, so there's plenty of time to get ready.",
      "The battery won't run out before Friday.",
      "Has the class not started before?",
      "We've never started a job before 8am in a quiet street.",
      "Your discount doesn't expire until next year.",
      "There's no need to pay anything before the work has been signed off.",
      "The fitter is booked for the 14th and will call before he arrives.",
      "You won't be billed before the installation is complete.",
      "Nothing changes for you until after the move, we handle the rest.",
      "Don't worry, the deposit isn't taken until the booking is confirmed.",
      "The price won't go up before the new year.",
      "We will not share your details until you say so.",
      "The class started before the 12th, so the first week is on the recording.",
      "Your parcel arrived before the 14th, as promised.",
      "The gates don't lock before midnight, so you can come in late.",
      "Your warranty doesn't start before the day it's delivered, so you get the full two years.",
    ],
  },
  {
    // An obligation put on the customer in a form the pack's "you need to / you'll have to" rules do not list (command;
    // late21, late24, late27): the future "you're going to need to / ur gonna have to", the learner "you need be" (no
    // "to"), the Scots "ye'll have tae". Never the burden lifted ("you're not going to need to"), a condition or a question
    // ("if you're going to need to cancel", "are you going to need to park?"), the agent's own step ("I'm gonna need to
    // check"), the epistemic "you must be".
    kind: 'obligation-future',
    pos: [
      "[[you're going to need to]] bring the logbook with you",
      '[[ur gonna need to]] reset the router first',
      '[[You are going to have to]] book a new slot online.',
      '[[u need be]] in the house when the fitter comes',
      '[[you need be]] over 18 to hire the van',
      "[[ye'll have tae]] send the form back by post",
      "[[youre gonna hafta]] wait for the next delivery",
      "[[You're going to need to]] sign for the parcel in person.",
      'ok so [[ur gonna have to]] take the bike back to the shop',
      "[[you'll have tae]] pay at the desk, hen",
      'So [[you are going to need to]] upload the photos again.',
      '[[you are gonna need to]] top up before the weekend',
      'For the loan, [[you are going to have to]] send three payslips.',
      '[[u gonna need to]] show ID at the door',
      '[[ye will have tae]] wait till the van comes round',
    ],
    neg: [
      "You're not going to need to do anything else.",
      "If you're going to need to cancel, just reply to this email.",
      'Are you going to need to park on site?',
      "I'm gonna need to check with the warehouse first.",
      "We're going to have to order the part in, I'll keep you posted.",
      'You need not be home for the meter reading.',
      "You won't need to bring anything, it's all provided.",
      "You aren't going to have to pay again.",
      "You don't need to be home, the driver can leave it in the porch.",
      "Whether you're going to need a ladder depends on the roof.",
      "Let us know if you're going to need to change the date.",
      'The engineer is going to need to turn the water off for an hour.',
      "You're going to love the new kitchen!",
      "Nobody needs to be in, we've got the key.",
      'If need be, we can send a second driver.',
      "Thanks, you're all set and you won't have to do a thing.",
      'The first step is going to need to wait until Monday, sorry.',
      "In case you're going to need to return it, keep the box.",
      'What do you need me to bring?',
      "They're gonna need to sign for it at reception.",
    ],
  },
  {
    // A reference back to an earlier message as a reproach (passive-aggressive; late21, late23, late27): "I refer you (again)
    // to my email / our letter of …", "Just to remind you again, …". Never a referral to a person or a page ("I'll refer
    // you to our specialist team", "please refer to the attached guide"), a plain reminder without "again" ("Just to remind
    // you, your lesson is at 10"), a reminder the agent will send ("I'll remind you again the day before").
    kind: 'refer-back',
    pos: [
      '[[I refer you to my email]] of 12 June about the deposit.',
      'Dear Mr Cole, [[I refer you again to our letter]] of 4 April.',
      '[[I would refer you to our previous email]] regarding the parking permit.',
      '[[i refer u to my last message]], the van is booked for friday',
      '[[I must refer you once again to our letter]] dated 2 May.',
      '[[Just to remind you again]], the gate code changes on Monday.',
      '[[just to remind u again]] the bins go out on tuesday',
      '[[Just tae remind ye again]], the boiler needs serviced every year.',
      '[[To remind you once again]], the studio closes at 9pm.',
      'Dear Ms Khan, [[I refer you to our earlier correspondence]] on the matter.',
      '[[I again refer you to my email]] of last Tuesday.',
      'So [[just to remind you once more]], the lockers are emptied at 10pm.',
    ],
    neg: [
      "I'll refer you to our specialist team, who can help with the claim.",
      'Please refer to the attached guide for the settings.',
      'Just to remind you, your lesson is at 10am tomorrow.',
      "I'll remind you again the day before the appointment.",
      'I refer to your email of 12 June and have booked the engineer.',
      'Thank you for your letter of 4 April, we have updated your address.',
      'Could you refer me to the email you received?',
      "We'll send a text to remind you again nearer the time.",
      'Just a reminder that the gate code changes on Monday.',
      'Keep this email so you can look back at it whenever you need the code.',
      'I have referred your case to our claims team.',
      'Our GP will refer you to the clinic next week.',
      'Feel free to remind us again if nothing arrives by Friday.',
      'Want me to remind you again on Thursday?',
      'I refer you to the manufacturer, who handles the warranty.',
      'Happy to remind you again whenever you like.',
      'We referred you to a partner clinic last year.',
      "As a reminder, you're booked in for Friday.",
      'Just to remind myself, was it the red or the blue?',
      'She asked me to remind you again about her leaving party, see you there!',
    ],
  },
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) kindsMain(KINDS28B, process.argv.slice(2));
