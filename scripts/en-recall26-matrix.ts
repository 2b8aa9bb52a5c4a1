/**
 * Look-alike matrix of the twenty-sixth session's English work (rwen26): for each kind named from the late25 (then late24,
 * late23) development errors, sentences agents in many trades and voices would write (chat and email, lower case, no
 * apostrophes, second-language English), written before the readers: positives that must be flagged over the words in
 * [[ ]], and close contrasts that must stay as they are (no flag at all). No trade or proper noun of a development item.
 *
 *   npx tsx scripts/en-recall26-matrix.ts [--kind=time-not-before]   per kind: positives caught, contrasts flagged, failures
 * Exported for tests/unit/rewrite/generic-recall26-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { kindsMain, type Kind21 } from './en-kinds21-matrix.ts';

/**
 * Close contrasts that a pack rule flags on purpose or flagged before this session (not this session's readers): kept here
 * as a record, not counted. "won't be charged until" (en-core's wont-be-charged-until), "won't … before you …"
 * (refusal-we-wont, wont-before-clause), "won't arrive before 8am, so …" (wont-until-point), "As I said I would"
 * (as-i-told-you), "Not sure yet? No problem" (not-sure-bare-end, no-problem-comma).
 */
export const KNOWN26: readonly string[] = [
  "You won't be charged until the trial ends.",
  "We won't start the work before you approve the quote.",
  "The driver won't leave before you've signed for it.",
  "The engineer won't arrive before 8am, so you can have a lie-in.",
  "As I said I would, I've called the courier and it's on the way.",
  'Not sure yet? No problem, take your time.',
  // negated-ability and en-core's cant-until-general read these before this session.
  "We cannot guarantee anything sent by second class post, so I've sent yours tracked.",
  "You can't promise anything to the buyer until the item has shipped, so hold off for now.",
];

export const KINDS26: readonly Kind21[] = [
  {
    // What the customer wants (a thing arriving, going out, being ready or free) negated before a time: "X isn't going out till
    // the next release", "nothing free until after the 20th". Never a harm or a cost put off (good news), a duty of the
    // customer's not due yet, an offer's end, a step of the customer's own ("until you confirm").
    kind: 'time-not-before',
    pos: [
      'The new sofas [[are not arriving before]] the middle of June, the factory told us today.',
      "your glasses [[aren't coming back from the lab till]] next Tuesday",
      "The patch [[isn't going out till]] the next update, sorry.",
      "Hi, the replacement [[isn't shipping until]] after the bank holiday.",
      "[[nothing available until]] the 14th, the salon is fully booked this week",
      'sorry, [[nothing open till]] after Easter for a full service',
      "The engineer [[isn't getting to you before]] 4pm today.",
      "Your refund [[is not being processed until]] the end of the month.",
      "the vet [[isn't seeing new patients until]] January",
      "Lessons [[aren't bookable until]] your first payment has cleared, usually within the hour.",
      "The kitchen fitters [[aren't free until]] the week after next.",
      "Your order [[is not dispatching before]] the 3rd of May.",
      "[[Nothing is going out before]] Monday now, sorry.",
      "The fix [[isn't landing until]] version 4.2, probably next month.",
      "your passport [[won't be back with you before]] the 20th",
      "The new menu [[isn't launching till]] the spring.",
      "the spare part [[is not coming in until]] the week of the 9th",
      "Your certificate [[isn't being issued until]] the board meets in July.",
      "The puppy class [[isn't running again until]] September.",
      "We [[have nothing free till]] after half term, I'm afraid.",
      "Tickets [[aren't going on sale until]] the 1st of March.",
      "the courier [[isn't collecting before]] Thursday",
      "Your new card [[is not arriving before]] next week, the bank says.",
    ],
    neg: [
      'No payment is taken before delivery.',
      "There's nothing to do until the email arrives, it's all automatic.",
      'The offer runs until Friday.',
      "The sale isn't over until Sunday, so you've got time.",
      "Your deposit isn't due until the 1st.",
      "Don't worry, the parcel isn't going back to the sender until the 14th, so you can still collect it.",
      "The price isn't going up until April.",
      "Nothing will be sent until you approve the proof.",
      "Nothing changes until you confirm.",
      "The road closure isn't starting until March, so access is fine for your move.",
      "Your cover doesn't end until midnight on the 30th.",
      "The money isn't coming out of your account until the 5th.",
      "We're not closing until 10 tonight, so come by whenever suits.",
      "The kit isn't needed until the 20th, so no rush.",
      "Your parcel is arriving before noon tomorrow.",
      "The table is free until 9pm, then it's booked.",
      "Your ticket isn't expiring until 2027.",
      "Your card isn't charged until your free month has ended.",
      "Your locker isn't emptied until your membership has lapsed for 30 days.",
      "We aren't removing anything from your account until we've spoken to you.",
      "It's not long until your trip now, have a great time!",
    ],
  },
  {
    // Telling the customer to read again what they were already given, and "as (what) I (have) said / mentioned / stated
    // (earlier)" in learner grammar: the "told you already" reproach.
    kind: 'reread-as-said',
    pos: [
      "[[Kindly re-read]] the email I sent on Monday, it explains the fees.",
      "[[Please reread]] my last message, the answer is in there.",
      "[[Please re-read]] the terms you signed, page 2 covers this.",
      "[[kindly reread]] the guide i attached before opening another case",
      "[[Re-read]] the instructions, step 3 covers exactly this.",
      "[[If you re-read]] my previous email you will see the date is the 4th.",
      "[[As what I have said earlier]], the refund will reflect in 5 days.",
      "[[As what I've mentioned]], the item is non-refundable.",
      "[[As I have stated before]], the deposit is kept if you cancel.",
      "[[as what i said]] po, we need the original receipt",
      "[[As I said earlier]], the shop opens at 9.",
      "[[Like I said before]], the delivery is on Friday.",
      "[[As I already mentioned]], the course fee covers the books.",
      "[[Please read again]] the policy I sent, it is clear on this.",
    ],
    neg: [
      "I've re-read your email and you're right, we got the date wrong.",
      "I re-read the policy and you are entitled to a full refund.",
      "Feel free to re-read the guide whenever you need a refresher.",
      "As promised, I've attached the invoice.",
      "As discussed, I've booked you in for Tuesday at 10.",
      "As you said, the box was damaged, so a new one is on its way.",
      "As you mentioned earlier, the heater is noisy: the engineer will look at it.",
      "Please read the contract carefully before you sign it.",
      "Do have a read of the welcome pack, there are some lovely walks in it.",
      "As mentioned on the phone, it was lovely to speak to you!",
      "We'll re-read the report with the surveyor and call you back.",
      "As I told the driver this morning, the gate code is 4471.",
      "If you re-read it and still can't see the button, send me a screenshot.",
    ],
  },
  {
    // Not ours, in second-language English: a matter + "not with us / not under our team / not in our scope / not handled
    // here", with a pointer elsewhere.
    kind: 'not-with-us',
    pos: [
      "[[This is not with us]], the exam is booked on the board's website with your ID number.",
      "[[This concern is not under our team]], kindly raise it to the Accounts Department via the portal.",
      "[[That request is not under our department]], please contact HR directly.",
      "[[This issue is not with us]], it is with your bank.",
      "[[this is not handled here]], pls reach out to the warranty team",
      "[[The matter is not in our scope]], kindly contact the landlord.",
      "[[Your complaint is not under us]], please email the head office.",
      "Hi, [[this query is not with our team]], you need to ask the venue.",
      "[[It is not with us]], the booking was made through the agency, kindly contact them.",
      "[[This case is not under our unit]], we have forwarded it to the claims unit for you.",
    ],
    neg: [
      "Your parcel is not with us any more, it was delivered on Monday.",
      "The car is not with us yet, the transporter drops it off tomorrow.",
      "This is not under warranty, but we can repair it for £40.",
      "The problem isn't with your card, it's our terminal, sorry.",
      "The key is not with us yet, the cleaner will drop it at reception by noon.",
      "This is now with our team and we'll reply by Friday.",
      "Your case is under our team's review and you'll hear back this week.",
      "It's not under your name, it's under your partner's, so I've updated it.",
      "This is not with us for long, it goes to the printer on Monday.",
      "Your dog is not with us tonight, he went home with your sister at 5.",
    ],
  },
  {
    // Not knowing, with a hedge on "sure": "I'm not 100% sure if …", "not entirely sure", "not too sure", "not totally certain".
    kind: 'not-quite-sure',
    pos: [
      "[[I'm not 100% sure]] if the premium plan includes exports, let me check.",
      "[[im not entirely sure]] what time the driver will get there",
      "[[I'm not completely sure]] whether the pool reopens this week.",
      "[[Not 100% sure]] but I think it's the blue form.",
      "[[I am not totally certain]] the engineer can come on Friday.",
      "[[We're not 100% sure]] yet why the payment failed.",
      "[[I'm not quite sure]] when the stock will land.",
      "[[im not too sure]] if that size comes in black",
    ],
    neg: [
      "I'm 100% sure it'll arrive Friday, it's already on the van.",
      "If you're not 100% sure, there's no rush: the offer is open all month.",
      "Make sure you're 100% happy with the fit before you cut the tags.",
      "I wasn't 100% sure so I checked with the chef: it's gluten free.",
      "We want to be 100% sure you get the right size, so I've sent both.",
    ],
  },
  {
    // Candour openers in other words: "To be sincere,", "to be frank", "frankly speaking", "if I'm being honest".
    kind: 'candour-more',
    pos: [
      "[[To be sincere]], the evening course is much harder for beginners.",
      "[[to be frank]] the cheaper model breaks more often",
      "[[Frankly speaking]], the old tariff was better value for you.",
      "[[To be very sincere]] with you, the room at the back is quieter.",
    ],
    neg: [
      "We aim to be sincere and clear in every reply, so here's the full breakdown.",
      "Frank from the workshop will call you tomorrow.",
      "Thank you for being so sincere in your feedback.",
    ],
  },
  {
    // "do my best" with the result named by a causative and a day with "for", and "will endeavour to" in any person.
    kind: 'best-endeavour',
    pos: [
      "[[I'll do my best]] to have it cleaned and pressed for Friday x",
      "[[we'll do our best]] to get it done for the weekend",
      "Your letter has gone to the manager, who [[will endeavour to]] reply within ten days.",
      "The surveyor [[will endeavour to]] provide a full report by the end of the month.",
      "Our team [[will endeavor to]] get the parts to you this week.",
    ],
    neg: [
      "I'll have it cleaned and pressed for Friday.",
      "We always endeavour to reply within two days, and yours is answered today.",
      "I'll do my best to help you with this.",
      "The manager endeavoured to call you yesterday but the line was busy.",
    ],
  },
  {
    // The customer's own act given as the cause of a thing going wrong or missing (kinds24's reader, with "wrong / disappeared
    // / missing" as harms): "came out the wrong size because you gave us the width in inches", "the photos disappeared bc u
    // deleted the album". Never a request or a choice, our own slip, a thing put right in the sentence.
    kind: 'cause-wrong-missing',
    pos: [
      "The curtains came out the wrong length because [[you gave us]] the drop in inches.",
      "the booking disappeared bc [[u cancelled]] the card it was on",
      "Your points went missing because [[you merged]] the two accounts.",
      "The frame is the wrong colour since [[you ticked]] oak on the form.",
      "the playlist vanished cos [[u logged]] out of the family plan",
      "The label printed wrong because [[you typed]] the postcode into the name field.",
    ],
    neg: [
      "The curtains came out the wrong length because we misread the drop, so we're remaking them free.",
      "Your points went missing because of a glitch on our side, I've added them back.",
      "The booking disappeared because you asked us to cancel it, so that part is all fine.",
      "The wrong colour came because our supplier mixed up the order, sorry.",
      "Since you gave us the measurements last week, the blinds are now in production.",
      "Because you chose the oak frame, it'll take an extra week.",
      "Nothing went missing because you merged the accounts, the points are all there.",
    ],
  },
  {
    // Condescension: the customer's question called basic ("This is pretty basic stuff", "that's beginner stuff") with no help
    // offered. Never a plan or a product called basic, nor encouragement with help ("it's easy stuff, I'll walk you through it").
    kind: 'basic-stuff',
    pos: [
      "[[This is pretty basic stuff]] - the setting is under your profile, not the home page.",
      "[[thats really basic stuff]] tbh, the reset button is on the back",
      "[[This is fairly simple stuff]], the invoice number is at the top of the page.",
      "[[It's beginner stuff]], just turn the valve anticlockwise.",
      "[[This is very basic]], the dates are in the email you got.",
      "[[It's honestly basic stuff]]: the password rules are on the sign-up page.",
    ],
    neg: [
      "Our basic plan covers this, so there's nothing extra to pay.",
      "The basic stuff is all included in the free tier.",
      "Don't worry, it's easy stuff and I'll walk you through it on the call.",
      "It's pretty basic stuff, so I've gone ahead and set it up for you.",
      "The basic model is in stock in white and grey.",
      "This is the basic version; the pro one has two more ports.",
    ],
  },
  {
    // The promise disclaimed on its own after an effort: "… but can't promise anything", "but cant promise", "no guarantees
    // though, can't promise". Never a promise given ("I promise it'll be there"), what the product can't guarantee about a
    // thing with its own words after it ("we cannot guarantee anything sent second class").
    kind: 'cant-promise-bare',
    pos: [
      "Will chase the lab today but [[can't promise anything]].",
      "ill ask the chef to do it gluten free but [[cant promise]]",
      "[[We can't promise anything]], but I'll ask the driver to call ahead.",
      "I'll see if there's a room with a view, [[can't guarantee it]] though.",
      "Going to try for Thursday, [[I cannot promise]].",
    ],
    neg: [
      "I promise it'll be there by Friday.",
      "We promise not to share your number with anyone.",
      "Our guarantee covers both parts for two years.",
      "I can't wait for you to see it!",
    ],
  },
  {
    // Precision: a wish for the customer's own life ("fingers crossed next weekend's kinder to you") is no hedge on the agent's
    // work, and "can't stop" + a gerund is delight, not a refusal.
    kind: 'wish-delight',
    pos: [
      "[[fingers crossed]] the part arrives tomorrow and I can fit it",
      "We'll try to get you in, [[fingers crossed]].",
    ],
    neg: [
      "I'm sorry to hear the trip got rained off, fingers crossed next weekend's kinder to you.",
      "Fingers crossed for your exam on Friday, you've got this!",
      "So sorry about the cold, fingers crossed you're feeling better by the wedding.",
      "Fingers crossed the sun comes out for your party!",
      "cant stop looking at the photos you sent, they're gorgeous",
      "We can't stop smiling at your review, thank you!",
      "I couldn't stop laughing at the video, thanks for sharing.",
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) kindsMain(KINDS26, process.argv.slice(2));
