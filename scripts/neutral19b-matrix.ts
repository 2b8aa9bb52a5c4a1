/**
 * Neutral English drafts that must not be flagged, nineteenth session, second round (issue 12: neutral sentences flagged
 * <= 5%). Written from the kinds named in the task (not from any split's items), many trades and registers, with typing
 * habits (no apostrophes, lowercase, curly apostrophes):
 *
 * - **near**: reassuring negations, "nothing else is needed", "no need to", "can't wait to", "not only … but", durations,
 *   conditional next steps, first-person ownership;
 * - **pos**: already positive replies (thanks, good news, happy to help, no charge, don't worry);
 * - **above-quote**: an agent's neutral reply above the customer's quoted mail, in every quote format (">", "On … wrote:",
 *   Outlook "From:/Sent:" headers, "-----Original Message-----", a forwarded block);
 * - **sig**: a neutral reply with a signature, a legal or confidentiality footer.
 * Look-alikes in the other direction (blame, refusals, threats, brush-offs) must stay flagged.
 *
 *   npx tsx scripts/neutral19b-matrix.ts               per kind: neutral flagged / total, negative caught / total
 *   npx tsx scripts/neutral19b-matrix.ts --list=<kind>  also list failures of kinds whose name holds <kind> (or all)
 *
 * An item fails when (neutral) any suggestion falls anywhere in the draft, or (negative) none falls in its region.
 */
import { pathToFileURL } from 'node:url';
import { type N19Item, printN19, runN19 } from './neutral19-matrix.ts';

const EN_HABITS: ((s: string) => string)[] = [(s) => s, (s) => s.replace(/['’]/g, ''), (s) => s.toLowerCase(), (s) => s.replace(/'/g, '’')];
function combos(parts: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const p of parts) out = out.flatMap((a) => p.map((b) => a + b));
  return out;
}
/** Every nth of a list (keeps the matrix small while mixing all parts), with a typing habit applied in turn. */
function thin(xs: string[], every: number): string[] {
  return xs.filter((_, i) => i % every === 0).map((x, i) => EN_HABITS[i % EN_HABITS.length](x));
}

function sentenceItems(): N19Item[] {
  const out: N19Item[] = [];
  const add = (kind: string, label: 'neutral' | 'negative', texts: string[]) => {
    for (const text of texts) out.push({ kind, lang: 'en', label, text, region: [0, text.length] });
  };
  // ---- near-misses -------------------------------------------------------------------------------------------------
  add('near-lose', 'neutral', thin(combos([
    ["You won't lose", "you wont lose", 'You will not lose', "Don't worry, you won't lose", 'Rest assured you will not lose'],
    [' your data', ' any of your photos', ' your place in the queue', ' your loyalty points', ' your deposit', ' your saved settings', ' your no-claims discount'],
    [' when you upgrade.', ' if you reschedule.', '.', ' - everything carries over.', ' by switching plans.'],
  ]), 3));
  add('near-nothing-needed', 'neutral', thin(combos([
    ['Nothing else is needed', 'Nothing more is needed', 'nothing else needed', "There's nothing else to do", 'Nothing further is required', "There's nothing you need to sign"],
    ['', ' from you', ' on your end', ' at this stage'],
    ['.', ', your claim is complete.', ' - we will be in touch once the part arrives.', ', you are all set.'],
  ]), 2));
  add('near-no-need', 'neutral', thin(combos([
    ['No need to', "There's no need to", 'no need to', 'You don’t have to', "You don't need to"],
    [' bring the original receipt', ' book an appointment, just walk in', ' fast before the blood test', ' take the day off, the fitter comes at 8', ' top up the oil', ' re-enter your card details', ' defrost the freezer first'],
    ['.', ' :)', ', we will sort the rest.'],
  ]), 3));
  add('near-cant-wait', 'neutral', thin(combos([
    ["I can't wait to", 'We can’t wait to', 'cant wait to', "We couldn't wait to", 'The team can’t wait to'],
    [' see you on Saturday', ' show you the finished kitchen', ' welcome you to the class', ' hear how the first run goes', ' meet Bella', ' get started on the garden'],
    ['!', '.', ' :)'],
  ]), 2));
  add('near-not-only', 'neutral', thin(combos([
    ['Not only', 'not only'],
    [' is the repair covered by the warranty', ' did the courier find your parcel', ' have we fixed the leak', ' is the class back on'],
    [', but', ' but'],
    [' we have also added a free service.', ' it will arrive tomorrow morning too.', ' the engineer also checked the boiler pressure.', ' you get an extra session as well.'],
  ]), 2));
  add('near-duration', 'neutral', thin(combos([
    ['Your refund will reach you', 'You should receive the replacement', 'The certificate will be emailed', 'We will call you back', 'The engineer will confirm a slot', 'Results are usually back'],
    [' within 3 working days', ' within 48 hours', ' in 5 to 7 business days', ' within the hour', ' no later than Thursday', ' within two weeks'],
    ['.', ', and I will keep an eye on it.', ' - I have flagged it as a priority.'],
  ]), 3));
  add('near-condition', 'neutral', thin(combos([
    ["If it hasn't arrived by Friday", 'if it hasnt arrived by friday', 'If the tracking has not updated by tomorrow', "If you still can't see the payment on Monday", "If the heating isn't back on by tonight", 'If you do not hear from us by 5pm', 'If the swelling hasn’t gone down in two days', "If the link has expired"],
    [', reply here', ', just reply to this email', ', ring the shop', ', let me know', ' just give me a shout', ', call the surgery'],
    [' and I will chase it.', '.', " and we'll send an engineer out.", ' and we will book you in again.'],
  ]), 3));
  add('near-ownership', 'neutral', thin(combos([
    ['We should have told you', 'I should have mentioned', "I didn't explain that well", 'i didnt explain that well', "We didn't make it clear", "That wasn't clear from our email", "I should've checked", 'We should have called you'],
    ['', ' sooner', ' that the price had changed', ' about the parking', ' before the visit'],
    ['.', ', sorry.', ', my apologies.', ' - that is on me.', ' and I am sorry for the confusion.'],
  ]), 3));
  add('near-misc', 'neutral', thin(combos([[
    "Your order hasn't been affected by the delay.", "Your warranty isn't affected.", "The price won't go up.", "You won't be charged for the callout.", "We haven't taken any payment yet.",
    "There's no rush to decide.", "It doesn't matter which branch you visit.", "You don't have to be a member to book.", "You can't go wrong with either model.",
    "Don't forget to bring your swimming kit!", "Don't be shy about asking questions at the class.", "We won't share your details with anyone.", "You'll never pay more than the quoted price.",
    "I haven't stopped smiling since your review.", "Nobody else has booked that slot, so it's yours.", "Never mind about the form, I filled it in for you.",
    "No, you don't need a prescription for this one.", "It's not too late to join the course.", "I'm not going anywhere, take your time.", "None of the other tiles were damaged.",
  ]]), 1));
  add('near-everyday', 'neutral', [[
    'Sorry for the wait!', 'Sorry for the delay in getting back to you.', 'Apologies for the slow reply, it has been a busy week.', 'Just a quick reminder that your appointment is at 10am tomorrow.',
    'As we discussed on the phone, the fitter will arrive at 8.', 'As requested, I have attached the invoice.', 'Please note that the car park closes at 6pm.', 'Please bring photo ID with you.',
    'You will need to bring your passport on the day.', "Make sure you don't eat anything for 6 hours before the procedure.", "I'm afraid we're closed on Sundays, but we're open 9 to 5 Monday to Saturday.",
    'Simply reply to this email to confirm.', 'Just reply YES to confirm your slot.', 'Hope this helps!', 'Let me know if you have any questions.', 'To be honest, I would go for the smaller size.',
    'Actually, the earlier slot has just opened up if you want it.', 'Just to let you know, your order has shipped.', "Unfortunately the blue one is sold out, but the grey one is in stock and I can reserve it for you.",
    "I'm sorry to hear Max has been poorly, I hope he feels better soon.", 'We do ask that dogs are kept on a lead in the waiting room.', 'Please keep the receipt in case you need to return it.',
    "You're welcome to bring a friend along.", "It's completely normal for the tooth to feel sensitive for a day or two.", 'That is a really good question!', 'Fair enough, I will cancel it for you.',
    "Honestly, it was no trouble at all.", 'Feel free to pop in any time.', 'Of course, I have moved it to Friday.', 'Sure thing, done!',
  ].flatMap((x, i) => [x, EN_HABITS[1 + (i % 3)](x)])][0]);
  add('near-sorry-owned', 'neutral', thin(combos([
    ["I didn't explain that well", 'We should have told you sooner', 'I gave you the wrong date', 'That was our mistake', 'We sent the wrong size', 'I mixed up the bookings'],
    [' and I am sorry for the confusion.', ', sorry for the confusion.', ' - apologies for the confusion.', '. Sorry for any confusion.', ', so I apologise for the confusion this caused.'],
  ]), 1));
  add('near-sorry-neg2', 'negative', [
    "We didn't make a mistake, sorry for the confusion.", 'You gave us the wrong date, sorry for the confusion.', 'You typed the wrong address. Sorry for any confusion.',
    "I gave you the right date, sorry for the confusion, but please read the email again.", 'The form was clear. Apologies for any confusion.',
  ]);
  add('near-not-demand', 'neutral', thin(combos([
    ['Please keep the box in case', 'Keep the receipt just in case', 'Here is the number should', 'The form is attached in case', 'I have left the spare key with reception in case'],
    [' you need to', ' you have to', " you'll need to"],
    [' return it.', ' cancel later.', ' send it back.', ' call the engineer.'],
  ]), 2).concat(thin(combos([
    ['Make sure', 'Please make sure', 'Just make sure', 'Be careful', 'Try to make sure', 'We hope', 'Set a reminder so that'],
    [" you don't", ' you dont', ' you do not'],
    [' eat after midnight before the operation.', ' get charged twice.', ' miss the last ferry.', ' lift anything heavy for a week.', ' lose the tracking number.'],
  ]), 2)));
  add('near-demand-neg', 'negative', [
    'You need to return it within 14 days.', 'So you need to pay the fee before we can book you in.', 'You have to call the courier yourself.', "You'll need to send it back at your own cost.",
    "You don't read our emails.", "You don't seem to understand the terms.", "because you don't check your spam folder, you missed it", "You do not follow the aftercare advice.",
  ]);
  add('near-sorry-neg', 'negative', thin(combos([
    ['Sorry for the confusion', 'Apologies for any confusion', 'We apologise for any confusion', 'sorry for the confusion'],
    [', but the terms are clear.', '.', ', however the price on the website is correct.', ' - please read the email again.'],
  ]), 1));
  add('pos-worry-happen', 'neutral', thin(combos([
    ["Don't worry", 'No worries', 'Not to worry', 'dont worry', 'No need to apologise'],
    [' about the missed class', ' about the late payment', ' about forgetting the form', ''],
    [', these things happen', ', it happens', ', it happens to everyone', ' - these things happen'],
    ['.', '!', ' :)'],
  ]), 2));
  add('pos-worry-happen-neg', 'negative', [
    'No worries, the courier lost it, these things happen.', 'Not to worry, the driver damaged the box, these things happen.',
    'Sorry the parcel was late, these things happen.', 'The engineer missed the slot, these things happen.', 'Your order was lost, but these things happen.',
    "Don't worry, these things happen, but we can't refund the delivery fee.", 'We charged you twice, these things happen.', 'these things happen with couriers',
  ]);
  add('near-batch2', 'neutral', [[
    "You can't miss it, it's the blue door next to the bakery.", "We don't charge for parking after 6pm.", 'We never share your details with third parties.', 'No questions asked, just bring it back within 30 days.',
    'There is no obligation to buy after the free trial.', 'No strings attached!', "It couldn't be easier: tap the link and pick a time.", "You won't regret it, the view from the top floor is stunning.",
    "I wouldn't change a thing about your plan, it looks great.", "We've never had a complaint about this model.", 'Nothing beats a fresh coat of paint!', 'Not bad at all for a first attempt!',
    "I can't recommend the spa enough.", 'You don’t have to wait in, the driver can leave it with a neighbour.', "There's no minimum order.", 'No appointment necessary.',
    "We haven't had any other reports of this, but I have passed it to the team to check.", "It wasn't any trouble, honestly.", "Don't be afraid to ask the instructor for help.", "Nothing is too much trouble for Kerry!",
    "You can't park on the street before 9, so use the car park behind the shop.", "You mustn't worry about the stitches, they dissolve on their own.", "It's not every day we get a thank-you card, so thank you!",
    "Don't miss our open day on Saturday!", "No, you didn't do anything wrong.", "You didn't do anything wrong, the link had expired.", "Never fear, the spare part is already on its way.",
    "If you didn't get the email, check your junk folder.", "If you didn't order this, please let us know and we will cancel it.", "We can't thank you enough for the referral!",
    'Unfortunately for us, you are moving away, but we wish you all the best!', 'You were right, the bill was wrong, and I have corrected it.', 'We messed up, plain and simple, and I have refunded the fee.',
  ].flatMap((x, i) => [x, EN_HABITS[1 + (i % 3)](x)])][0]);
  add('near-batch2-neg', 'negative', [
    "You can't miss it, it's written in bold on the form.", "We don't do refunds.", "No, you can't.", "You didn't do what we asked.", "If you didn't want it, you shouldn't have ordered it.",
    "We never said that.", "It's not rocket science.", "It couldn't be simpler, just read the instructions.",
  ]);
  add('near-honest-must', 'neutral', thin(combos([
    ['It was no trouble at all', 'It wasn’t any trouble', 'No bother at all', 'It was an absolute pleasure', 'We loved having you', "Don't worry about it", 'You have been so patient', 'It really made our day'],
    [', honestly', ', genuinely'],
    ['.', '!', ' :)'],
  ]), 1).concat(thin(combos([['Honestly, ', 'Genuinely, '], ['it was no trouble.', 'we loved having Bella to stay.', "don't worry about it.", 'it was a pleasure.']]), 1)).concat(thin(combos([
    ["You mustn't", 'You must not', 'you mustnt', 'You must never'],
    [' worry about the stitches', ' feel bad about cancelling', ' blame yourself for the mix-up', ' be embarrassed to ask', ' apologise for asking', ' think you are a bother'],
    ['.', ', it happens to lots of people.'],
  ]), 2)));
  add('near-honest-must-neg', 'negative', [
    "That is not how it works, honestly.", "Honestly, we can't refund it.", "It was no trouble, honestly, but please read the email next time.", "Honestly, you should have read the terms.",
    "To be honest, it's not our problem.", "Honestly, there's nothing to worry about, but you should have called first.", "Honestly, there is nothing to worry about unless you ignore our emails again.", "You mustn't park there.", "You must not lift anything heavy for a week.", "You mustn't share your login with anyone.", 'You must not worry us with this again.',
  ]);
  add('near-batch3', 'neutral', [[
    'Please be advised that no further action is required on your part.', 'Kindly note that your policy remains in force and no premium increase will apply.', 'We are pleased to confirm that no excess is payable on this claim.',
    'We write to confirm that the outstanding balance has been cleared in full and nothing further is owed.', 'I am writing to let you know that your application was successful.',
    'np, glad 2 help!', 'no prob at all, enjoy the gig!', 'all good, nothing to pay :)', 'ur booking is fine, no need to do anything', 'thx for waiting, its all fixed now',
    'Rest assured, your pet will be monitored overnight and we will call you first thing.', 'The good news is that the damage is only cosmetic.', 'Fortunately nobody was hurt and the van is fully insured.',
    'The deadline has not passed yet, so you still have time to apply.', 'You have not been charged for the cancelled lesson.', 'Your place is not at risk.', "There's nothing wrong with the boiler, it just needed bleeding.",
    "No, there isn't a cancellation fee.", "No, you don't need to be there when the meter is read.", "Not at all, we're glad you asked.", "I don't mind at all, call whenever suits.",
  ].flatMap((x, i) => [x, EN_HABITS[1 + (i % 3)](x)])][0]);
  add('near-interleave', 'neutral', [
    "Hi Jo, answers below:\n\n> I can't log in and nobody is helping me\nI've reset your password, you should be able to get in now.\n\n> This is ridiculous, you never answer\nWe had a backlog this week, and you are now at the front of the queue.\n\nSam",
    "Thanks Mike, replies in line.\n\n> Why was I charged twice??\nThe second charge was a hold and it has dropped off today.\n\n> you people are useless\nI understand, and I've added a credit to your account.",
    "See my comments below in blue.\n\n>> The engineer never turned up and I wasted a day off work.\nI'm sorry, I have booked you the first slot tomorrow and waived the callout fee.",
  ]);
  add('near-lasts', 'neutral', thin(combos([
    ['Your travel cover', 'The warranty', 'Your gym membership', 'The 20% discount', 'The early-bird offer', 'Your free trial', 'Your voucher', 'The parking permit', 'Your loyalty points', 'The sale'],
    [" doesn't expire until", ' doesnt run out until', ' does not end until', " doesn't finish until", ' doesn’t lapse until', " doesn't close until"],
    [' June 2026', ' the end of the month', ' Sunday night', ' 31 March', ' your next birthday'],
    ['.', ', so there is plenty of time.', ', so you are fully covered for the trip.'],
  ]), 7).concat(thin(combos([['You', 'you', 'Customers'], [" don't get charged until", ' dont get billed until', ' do not get charged until'], [' the order ships.', ' the trial ends.', ' the work is signed off.']]), 1)));
  add('near-lasts-neg', 'negative', [
    "The roadworks don't finish until March.", "The shop doesn't open until 10.", "It doesn't arrive until Monday.", "The outage doesn't end until 5pm.", "The engineer doesn't start until 9.",
    "Your refund doesn't go through until we get the item back.", "The new card doesn't work until you activate it.", "the repair doesnt finish until next week", "Our office doesn't reopen until Tuesday.",
  ]);
  add('near-batch4', 'neutral', [[
    "If you've not had it by Friday, drop me a line.", 'Should it not arrive by Monday, reply to this email and I will resend it.', "If nothing's come through by tomorrow, ring us on the number below.",
    'Had we known about the allergy, we would have swapped the dessert, so thank you for telling us.', 'We ought to have checked the measurements twice.', "That's on me, I'll get it fixed today.",
    'I dropped the ball on this one and I am sorry.', 'I messed up the dates, sorry Jen, the new slot is Thursday at 2.', "I haven't forgotten about your quote, it will be with you by Friday.",
    "You've done nothing wrong, the system logged you out.", "You did everything right, it was our error.", "It's not your fault at all, the courier scanned the wrong parcel.",
    "Not only did you get the best price, you've also earned double points.", "I can't wait for you to see the finished cake!", "We couldn't be prouder of the team's work on your kitchen.",
    "It shouldn't take more than 20 minutes to fit.", 'The wait for the part is usually no longer than a week.', "The scan takes less than ten minutes and you won't feel a thing.",
    "If it's easier, we can call you instead.", "If you'd rather not come in, we can do the check-up by video.", "Unless you tell us otherwise, we'll deliver to the usual address.",
  ].flatMap((x, i) => [x, EN_HABITS[1 + (i % 3)](x)])][0]);
  add('pos-batch5', 'neutral', [[
    'No charge, no fuss!', 'No, thank YOU for being so patient!', 'No hassle at all, see you next week.', "Honestly there's nothing to worry about, the results are all normal.",
    'Not a scratch on it, the car is ready to collect.', 'No harm done, the glass was already chipped.', 'Never a bother, Mrs Hughes!', "You're not a nuisance at all, ask away.",
    "Nothing to apologise for, we're glad you got in touch.", "There's no catch, the upgrade really is free.", "No rush, pay whenever suits you.", 'No complaints from us, the dogs were angels!',
    "I'm so glad it all worked out, no need to thank me!", 'Wow, no wonder you are proud, the garden looks amazing!', "Couldn't have asked for a nicer group, thanks for coming!",
  ].flatMap((x, i) => [x, EN_HABITS[1 + (i % 3)](x)])][0]);
  // look-alikes that must stay flagged
  add('near-neg-blame', 'negative', thin(combos([
    ["You didn't", 'you didnt', 'You failed to', 'You should have', 'You obviously didn’t'],
    [' read the instructions', ' attach the receipt', ' book in advance', ' check the size guide', ' follow the aftercare advice'],
    ['.', ', so there is nothing we can do.'],
  ]), 2));
  add('near-neg-refuse', 'negative', thin(combos([
    ["We can't", 'we cant', 'We are unable to', 'We won’t', "I'm not able to"],
    [' refund the deposit', ' move your appointment', ' send another engineer', ' waive the fee', ' take the return'],
    ['.', ' on this booking.'],
  ]), 2));
  add('near-neg-threat', 'negative', thin(combos([
    ["If you don't pay by Friday", 'If you do not reply by Monday', 'if you dont collect it this week', "If it happens again"],
    [', we will cancel your membership', ', your account will be closed', ', you will lose your deposit', ', we will pass this to a debt collector'],
    ['.'],
  ]), 1));
  add('near-neg-brush', 'negative', [
    'Nothing else can be done.', "There's nothing we can do about it.", 'No need to shout.', "It's not our problem.", 'Not my department.', 'That is not our fault.',
    "There's no point complaining to us.", 'as I already said, it is not our problem', 'You should know this by now.', "I don't know what else you expect us to do.",
  ]);
  // ---- already positive ----------------------------------------------------------------------------------------------
  add('pos-thanks', 'neutral', thin(combos([
    ['Thanks so much for', 'thank you for', 'Many thanks for', 'Thank you so much for', 'Cheers for', 'Really appreciate'],
    [' your patience', ' the lovely review', ' sending the photos', ' booking with us again', ' your quick reply', ' letting us know'],
    ['!', '.', ', it made our day.', ' - it really helps.'],
  ]), 3));
  add('pos-good-news', 'neutral', thin(combos([
    ['Good news!', 'Great news -', 'good news,', 'Some good news:', 'Happy to say'],
    [' your parts have arrived', ' the refund has gone through', ' we found your ring in the lost property', ' your visa letter is ready', ' the dog passed his check-up with flying colours', ' your flight has been rebooked at no cost'],
    ['.', '!', ', no action needed from you.'],
  ]), 3));
  add('pos-happy-help', 'neutral', thin(combos([
    ['Happy to help', 'happy to help', 'Glad I could help', 'Always happy to help', "We're happy to help", 'More than happy to help'],
    ['', ' with anything else', ' any time', ' with the set-up'],
    ['!', '.', ' :)', ', have a lovely weekend.'],
  ]), 2));
  add('pos-no-charge', 'neutral', thin(combos([
    ['No charge', 'There’s no charge', "There's no extra cost", 'No extra charge', 'theres no charge', 'It won’t cost you anything', 'There is no fee'],
    [' for the re-fit', ' for the follow-up appointment', ' for the second delivery', ' for the spare key', ''],
    ['.', ', it is covered.', ' - it is on the house!', ', we are happy to do it.'],
  ]), 3));
  add('pos-dont-worry', 'neutral', thin(combos([
    ["Don't worry", 'dont worry', 'Please don’t worry', 'No worries', 'Not to worry'],
    [' about the late payment', ' about the missed class', ', these things happen', ' about the scratch on the table', ', it is all sorted', ' about returning the box'],
    ['.', '!', ', we have extended the date.', ' :)'],
  ]), 3));
  // ---- positive look-alikes that must stay flagged ------------------------------------------------------------------------
  add('pos-neg-sarcasm', 'negative', [
    'Thanks for finally sending the form.', 'Good news, you finally read the email.', 'Happy to help, as always, even though this is the third time.',
    'No worries, but next time read the instructions.', 'Thanks for your patience, but you should have booked earlier.', 'Thank you for eventually replying.',
  ]);
  return out;
}

// ---- agent replies above quoted customer mail -------------------------------------------------------------------------
const REPLY = [
  'Hi Jo,\n\nThanks for getting back to me. Your new bin has been ordered and should be delivered within 5 working days. No need to put the old one out.\n\nBest,\nSam',
  "Hello Mr Patel,\n\nGood news - the garage found the fault and the car will be ready by 4pm. There's no charge for the diagnostic.\n\nKind regards,\nLiam",
  "hi, all sorted - you won't be charged twice and nothing else is needed from you. cheers, Dee",
  "Dear Ms Grant,\n\nI'm sorry the invoice was confusing, I should have explained the split payment. I've attached a clearer copy.\n\nWarm regards,\nHannah Lee\nAccounts",
  'Hi Carla,\n\nNot a problem at all, happy to help! If the code doesn’t work, just reply here.\n\nThanks,\nAmir',
];
const CUST_MAIL = [
  "I've been waiting two weeks and nobody has bothered to reply. This is ridiculous, I want a refund now.",
  "You people charged me twice AGAIN. I can't believe how useless this is.",
  "why is it so hard to get a straight answer?? I'm sick of chasing you",
  "The engineer never turned up and I wasted a day off work. Unacceptable.",
];
const QUOTE_FORMS: ((m: string) => string)[] = [
  (m) => `On Tue, 3 Mar 2026 at 09:14, Jo Smith <jo@example.com> wrote:\n> ${m.replace(/\. /g, '.\n> ')}`,
  (m) => `-----Original Message-----\nFrom: Jo Smith <jo@example.com>\nSent: 03 March 2026 09:14\nTo: Support\nSubject: RE: complaint\n\n${m}`,
  (m) => `From: Jo Smith\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: help@example.com\nSubject: Still waiting\n\n${m}`,
  (m) => `________________________________\nFrom: Jo Smith <jo@example.com>\nSent: Tuesday, 3 March 2026 09:14\nTo: Customer Care\nSubject: Re: order 4471\n\n${m}`,
  (m) => `---------- Forwarded message ---------\nFrom: Jo Smith <jo@example.com>\nDate: Tue, 3 Mar 2026 at 09:14\nSubject: order 4471\n\n${m}`,
  (m) => `> ${m}`,
  (m) => `Jo Smith wrote on 03/03/2026 09:14:\n>> ${m}`,
  (m) => `On 3 Mar 2026, at 09:14, Jo Smith <jo@example.com> wrote:\n\n> ${m}`,
  (m) => `Le mar. 3 mars 2026 à 09:14, Jo Smith <jo@example.com> a écrit :\n> ${m}`,
  (m) => `Sent from my iPhone\n\n> On 3 Mar 2026, at 09:14, Jo <jo@example.com> wrote:\n> \n> ${m}`,
];
function quoteItems(): N19Item[] {
  const out: N19Item[] = [];
  let n = 0;
  for (const [qi, form] of QUOTE_FORMS.entries()) {
    for (const [ci, m] of CUST_MAIL.entries()) {
      n++;
      const reply = REPLY[(qi + ci) % REPLY.length];
      const text = reply + '\n\n' + form(m);
      out.push({ kind: 'above-quote', lang: 'en', label: 'neutral', text, region: [0, text.length] });
      if (ci === 0) {
        const own = "Hi Jo,\n\nYou should have read the terms before booking, so we can't refund this.\n\nSam";
        const t2 = own + '\n\n' + form(m);
        out.push({ kind: 'above-quote-own-blame', lang: 'en', label: 'negative', text: t2, region: [0, own.length] });
      }
    }
  }
  return out;
}

// ---- signatures and legal footers --------------------------------------------------------------------------------------
const SIG_BODY = [
  'Hi Ana, your MOT is booked for Thursday at 10 and we will text you when the car is ready.',
  "Hello Tom,\n\nYour membership is frozen until 1 May as requested. You won't be billed in April.",
  'Dear Mrs Obi,\n\nThe replacement glasses are ready to collect. There is no charge for the new lenses.',
  'hi sara, the bathroom tiles arrive monday and the fitter will start tuesday 8am',
];
const SIG = [
  'Kind regards,\nMark Reilly\nService Manager | Reilly Motors Ltd\nT: 01632 960 123\nRegistered in England and Wales No. 07654321',
  'Best wishes,\nThe Team at Oakfield Leisure\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying is strictly prohibited.',
  'Thanks,\nPriya\nClearView Opticians\nPlease do not reply to this email; this mailbox is not monitored.',
  'Cheers,\nDan\n--\nDan Cole Tiling\nNo job too small! Fully insured.\nNot VAT registered.',
  'Regards,\nKaren Wu\nPractice Manager\nNorth Street Surgery\n\nDISCLAIMER: This message may contain privileged information. If you are not the intended recipient you must not copy, distribute or take any action in reliance on it.',
  'Many thanks,\nJames\nLettings Negotiator\nHollis & Finch Estate Agents\nHollis & Finch cannot accept liability for any loss arising from viruses. We will never change our bank details by email; always call to confirm before sending money.',
  'Warm regards,\nNadia\nSunrise Nursery\nPlease consider the environment before printing this email.\nWe are closed on bank holidays.',
  'Thanks again\nOlu | Bike Hub\nSent from my phone, please excuse typos',
  'Best,\nElena Petrova\nSenior Account Manager\nCloudNest Ltd. Company no. 11223344. Registered office: 10 Bank St, Bristol BS1 4AA.\nNothing in this email constitutes a binding offer unless confirmed in writing.',
  'Kind regards\nGreenLeaf Garden Services\nWe do not accept payment by cheque.\nBeware of fraud: we will never ask you to pay into a new account.',
  'Lucy\nReception\n\nIf you are not the intended recipient, you must not read, copy, forward or rely on this email. Please delete it and tell us.',
  'Thanks\nPaws & Claws Vets | 24h emergency line 0161 555 0100\nWe are unable to give advice by email. In an emergency, always phone.',
  'regards\nmo\nMo Ali Plumbing & Heating\nGas Safe reg. 123456\nWe cannot accept liability for damage caused by pre-existing faults.',
  'Best regards,\nThe Bookings Team\nStarling Travel Ltd is not responsible for the content of external websites. Prices can change until booking is confirmed.',
  '--\nSent from Outlook for Android\nThis mailbox is unattended. Please do not print this email unless necessary.',
];
function sigItems(): N19Item[] {
  const out: N19Item[] = [];
  for (const [si, sig] of SIG.entries()) {
    for (let b = 0; b < 2; b++) {
      const body = SIG_BODY[(si + b) % SIG_BODY.length];
      const text = body + (b ? '\n\n' : '\n\n--\n') + sig;
      out.push({ kind: 'sig', lang: 'en', label: 'neutral', text, region: [0, text.length] });
    }
    if (si % 3 === 0) {
      const own = "Hi Ana, we won't refund the deposit, it was clearly stated on the form.";
      const t2 = own + '\n\n' + sig;
      out.push({ kind: 'sig-own-refusal', lang: 'en', label: 'negative', text: t2, region: [0, own.length] });
    }
  }
  return out;
}

export function neutral19bMatrix(): N19Item[] {
  return [...sentenceItems(), ...quoteItems(), ...sigItems()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printN19(await runN19(neutral19bMatrix()), 26);
