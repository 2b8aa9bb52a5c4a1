/**
 * English frustration matrix, session 18 (issue 13, tfren18): the kinds of lib/tone/cues/frustration.en.kinds18.ts, each
 * generated from parts (words and constructions written from general knowledge, not from any split's sentences), with its
 * look-alikes in the other direction. Frustrated items carry the words that must hold the evidence (`carrier`).
 *
 *   npx tsx scripts/tone-frustration-matrix18.en.ts            per kind: read frustrated / total
 *   npx tsx scripts/tone-frustration-matrix18.en.ts --misses   also the messages read wrong
 */
import { adders, pairs as cross, pick, printFrustrationMatrix, type FrustrationItem } from './tone-frustration-matrix.en.ts';

const items: FrustrationItem[] = [];
const { F, K } = adders(items);

// --- calm: sincere thanks and praise with intensity ---------------------------------------------------------------------
const THANK = ['omg thank u sooo much', 'Thank you SO much', 'tysm', 'thanks a million', 'Thank you thank you', 'Honestly, thank you so much'];
const ACT = ['getting my account back', 'sorting my refund so fast', 'finding my parcel', 'restoring all my photos', 'fixing the app', 'unlocking my card', 'replacing the broken kettle'];
const MARK = ['!!!', '!!! 😭😭', '!! 🙏🙏', '!!!!', ' 😭', '!!'];
const RELIEF = ["I thought I'd lost everything forever.", 'i was SO scared it was gone for good', 'I was in bits yesterday.', 'thought i would never see it again lol', ''];
const TRIBUTE = ["you're the best", 'ur a lifesaver', 'you guys are legends', 'absolute lifesavers', "you've saved my bacon", ''];
cross(THANK, ACT).forEach(([t, a], i) => K('thanks with intensity', `${t} for ${a}${pick(MARK, i)} ${pick(RELIEF, i)} ${pick(TRIBUTE, i + 2)}`.replace(/\s+$/, '')));
const STAFF = ['the engineer who came on Monday', 'your delivery driver, Tom,', 'the lady on the phone this morning', 'the young man who read my meter'];
const STAFF_GOOD = ['was most helpful and kind', 'was ever so patient with me', 'was extremely courteous and professional', 'went above and beyond', 'was really reassuring'];
const STAFF_MORE = ['He even carried the boxes in without being asked.', 'She stayed on the line until it worked.', 'I am 82 and it was very much appreciated.', 'Please pass on my thanks to him and his manager.'];
cross(STAFF, STAFF_GOOD).forEach(([s, g], i) => K('staff praise letter', `Dear Sir or Madam,\n\nI am writing to let you know that ${s} ${g}. ${pick(STAFF_MORE, i)} ${pick(STAFF_MORE, i + 1)}\n\nYours faithfully,\nJoan Whitely`));
['Thanks for cancelling my order as I asked, much appreciated.', 'Thank you so much for closing my old account so quickly!', 'thanks for cancelling the subscription for me :)', 'Thank you for refunding me so fast!!!'].forEach((t) => K('thanks for a requested act', t));
// frustrated look-alikes: thanks or praise around a harm, with irony or a contrast
const HARMS = ['cancelling my flight by text at 3am', 'losing my parcel for the second time', 'charging me twice this month', 'closing my account without a word'];
const IRONIC_TAIL = ["You're the best 🙃", 'Really feel the love.', 'Truly, the care you show your customers is inspiring.', 'Great job as always 👏'];
cross(HARMS, IRONIC_TAIL).forEach(([h, t]) => F('sarcastic thanks', `Thank you so much for ${h}!!! ${t}`));
cross(STAFF, ['was very polite', 'was most helpful on the phone']).forEach(([s, g], i) =>
  F('praise then complaint', `${s.charAt(0).toUpperCase() + s.slice(1)} ${g}, but ${pick(['nothing has been fixed and this is the third visit. Unacceptable.', 'the refund still has not arrived after six weeks, which is ridiculous.', 'your company has now lost my paperwork twice. I am furious.'], i)}`));

// --- calm: the fault is not the company's ------------------------------------------------------------------------------
const OTHER = ['my neighbour', 'my landlord', 'the building manager', 'my flatmate', 'the council'];
const OTHER_BAD = ['is honestly the worst', 'has been a total nightmare', 'is being useless about it', 'is so annoying'];
const CLEAR = ['Not your fault at all!', 'Nothing to do with you guys.', "I know it's not your fault.", "I don't blame you one bit."];
const ASK = ['Is there any way to get the delivery photo?', 'Could you redeliver on Friday?', 'Can you send a copy of the receipt?'];
cross(OTHER, OTHER_BAD).forEach(([o, b], i) => K('third party, company cleared', `Hi, your driver was lovely but the parcel went to ${o}, who ${b}. ${pick(CLEAR, i)} ${pick(ASK, i)}`));
['Not your fault personally, but your company is a joke.', "It's not your fault? Then whose is it? You lost my parcel!", 'Not blaming you, but this is ridiculous and I want a refund today.', 'I know it is not your fault, but I am absolutely furious with how this has been handled.', "I'm furious, but I understand it isn't your fault. Fix it today.", "I'm so annoyed. Not your fault at all, but I need this sorted today."].forEach((t) => F('cleared then blamed', t));

// --- calm: own mistake, worry, plea ------------------------------------------------------------------------------------
const SELF = ["I think I've done something really stupid.", 'I have done something very silly.', "It's my own fault,", 'Silly me.', 'I messed up,', 'I think I have done something daft.'];
const WHAT = ['I clicked a link in a text and entered my card details.', 'I typed my bank details into a site that turned out to be a scam.', 'I fell for a phishing email pretending to be you.', 'I opened a dodgy link and put in my login details.'];
const PLEA = ['Can you block my card please?', 'What do I do??', 'please help!!', "I'm so worried 😰 can someone stop the card?", 'Sorry to be a nuisance.'];
cross(SELF, WHAT).forEach(([s, w], i) => K('own mistake', `${s} ${w} ${pick(PLEA, i)}`));
const PLEAS = [
  'pls pls pls tell me my booking is still there 😭 got a weird email saying it was changed and check-in is tomorrow!!',
  'please please help, locked out of my account after 3 wrong passwords and rent is due TODAY 😩 how do i reset it??',
  "help!! can't find my boarding pass anywhere and the flight is in 2 hours!! i'm panicking, what do i do",
  'Please help, I entered the wrong PIN three times and now the card is blocked 😭 how do I unlock it?',
  'pls tell me my order went through 😭 the page froze at payment!!',
];
PLEAS.forEach((t) => K('plea or panic', t));
['please help, your app has charged me three times and nobody answers, this is a joke!!', 'My mistake was trusting you with my money.', "It's my fault for ordering from you again 🙄 never again", 'pls pls just refund me, I am so fed up with this', 'help!! you have blocked my card AGAIN for no reason, absolutely ridiculous 😡'].forEach((t) => F('plea with blame', t));

// --- calm: troubleshooting report ---------------------------------------------------------------------------------------
const CRASH = ['game crashed AGAIN on the loading screen', 'app keeps freezing on the login page', 'the launcher crashes AGAIN after the update'];
const TIMES = ['thats like 6 times tonight.', 'happened 4 times today.', 'every single time.'];
const SPEC = ['specs: rtx 3070, ryzen 5600x, 32gb ram, drivers updated yesterday.', "I've reinstalled and cleared the cache, running windows 11.", 'iphone 13, ios 17, already restarted it twice.'];
const HELP = ['any fix?? 🙏', 'any ideas??', 'is there a workaround?', 'anything i can try?'];
cross(CRASH, SPEC).forEach(([c, s], i) => K('troubleshooting report', `yo ${c}, ${pick(TIMES, i)} ${s} ${pick(HELP, i)}`));
cross(CRASH, ['your support is a joke.', 'absolutely pathetic.']).forEach(([c, j], i) => F('troubleshooting with judgement', `${c}, ${pick(TIMES, i)} ${pick(SPEC, i)} ${j} any fix??`, j.split(' ').slice(-1)[0].replace('.', '')));

// --- calm: a transaction party's solicitor ------------------------------------------------------------------------------
const PARTY = ["the buyer's solicitor has asked for", "our conveyancing solicitor needs", "the seller's solicitors have requested", "my mortgage lender's solicitor requires"];
const DOC = ['a copy of the installation certificate', 'the boiler service records', 'confirmation that the warranty transfers', 'the electrical safety certificate'];
cross(PARTY, DOC).forEach(([p, d], i) => K('solicitor as a party', `Dear Sir or Madam,\n\nI am selling my house and ${p} ${d}. I would be grateful for ${pick(['a copy at your convenience.', 'your help with this.', 'a reply when you can.'], i)}\n\nYours faithfully,\nEdmund Clarke`));
["I have passed this matter to my solicitor.", 'You will be hearing from my solicitor.', "The buyer's solicitor has asked for the certificate you still have not sent after six weeks, and if I lose this sale I will take legal action."].forEach((t) => F('solicitor as a threat', t, /legal action/.test(t) ? 'legal action' : 'solicitor'));

// --- calm: a formal chase, an offer declined ----------------------------------------------------------------------------
const OPEN = ['Dear Sirs,', 'Dear Sir or Madam,', 'Dear Ms Holt,'];
const CHASE = ['Further to my letter of 3 March, I have yet to receive a substantive response regarding the late payment fee on my account.', 'I write further to my email of 12 May. I have still not received a reply about the closing balance on my account.', 'Further to our telephone call of last week, I have yet to receive the revised statement.'];
const COURTEOUS = ['I trust this matter will now receive your prompt attention.', 'I would be grateful for a reply at your earliest convenience.', 'I look forward to hearing from you.', 'Kindly confirm the position in writing.'];
cross(OPEN, CHASE).forEach(([o, c], i) => K('formal chase', `${o}\n\n${c} ${pick(COURTEOUS, i)}\n\nYours faithfully,\nR. J. Marsh`));
cross(OPEN, ['I have yet to receive the refund I was promised in writing.', 'It has now been eleven weeks, and each letter has received the same automated acknowledgement.']).forEach(([o, c]) => F('formal chase, promise or weeks', `${o}\n\nFurther to my letter of 3 March, ${c.charAt(0).toLowerCase() + c.slice(1)} I should be grateful if this matter could now be given your attention.\n\nYours faithfully,\nR. J. Marsh`));
cross(['Thank you for your letter of 2 June.', 'I have considered your proposal carefully.'], ['I regret that it is not acceptable to me.', 'The offer is not acceptable to us.', 'I am afraid the settlement proposed is not acceptable to my client.']).forEach(([a, b]) => K('offer declined', `Dear Mr Carter,\n\n${a} ${b} I would ask that you reconsider the matter in light of the documents previously supplied.\n\nYours sincerely,\nE. Vale`));
cross(OPEN, ['Your handling of my complaint is frankly unacceptable.', 'I am extremely disappointed with the way this has been handled.', 'This is the worst service I have received from any company.']).forEach(([o, j]) => F('formal chase with displeasure', `${o}\n\nFurther to my letter of 3 March, I have yet to receive a reply. ${j} I trust this matter will now receive your prompt attention.\n\nYours faithfully,\nR. J. Marsh`, j.match(/unacceptable|disappointed|worst/)![0]));

// --- frustrated: "not gonna lie, I'm fuming" ---------------------------------------------------------------------------
const NGL = ['Not gonna lie', 'ngl', 'Not going to lie,', "I won't lie,", "I'm not gonna lie,"];
const FEEL = ["I'm fuming", 'im absolutely livid', "I'm so fed up", "I'm proper gutted", "I'm raging"];
const WHY = ['We booked a sea view and got the bins.', 'the order came without the main dish.', 'third time the app has logged me out today.'];
cross(NGL, FEEL).forEach(([n, f], i) => F('not gonna lie + feeling', `${n} ${f}. ${pick(WHY, i)} ${pick(['Sort it.', 'Refund the upgrade please.', ''], i)}`.trim(), f.split(' ').slice(-1)[0].replace('livid', 'livid')));
['Not gonna lie, I was annoyed at first, but the refund came through quickly. Thanks!', 'Not gonna lie, I was nervous about ordering online but it arrived perfect.', 'ngl im so happy with the new update, thank you', "Not going to lie, I'm impressed with how fast that was.", "I won't lie, I'm a bit confused by the new layout. Where is the export button now?"].forEach((t) => K('not gonna lie, calm', t));

// --- frustrated: slang judgement --------------------------------------------------------------------------------------
const THING = ['your app', 'ur anticheat', 'the new update', 'this matchmaking system', 'your customer service', 'your delivery tracking'];
const TRASH = ['is trash', 'is actually trash fr', 'is absolute garbage', 'is hot garbage', 'is literally trash'];
cross(THING, TRASH).forEach(([t, j], i) => F('slang judgement', `${t} ${j}. ${pick(['fix it', 'lost 3 matches to it tonight', 'unban me pls', 'second time this week'], i)}`, /garbage/.test(j) ? 'garbage' : 'trash'));
['my aim is trash lol, any tips for the new map?', "I'm trash at this game but I love it", 'the trash bin icon is missing from the app, where did it go?', "your app's trash folder won't empty, how do I clear it?", 'I took the trash out and missed the driver, can you rebook?'].forEach((t) => K('trash, not a judgement', t));

// --- frustrated: "how is that fair" protest ---------------------------------------------------------------------------
const HOWQ = ['how is that fair', 'how is that my fault', 'how is that cheating', 'how is that acceptable', 'how is that even legal', 'how is that customer service'];
const HOWCTX = ['you charged me a late fee for a payment you took on time.', 'my account got banned for using a controller on pc.', 'you cancelled my order and kept the deposit.'];
cross(HOWQ, ['lol', '??', '?']).forEach(([q, s], i) => F('how is that X', `${pick(HOWCTX, i)} ${q}${s === 'lol' ? ' lol' : s}`, q));
['how is that calculated?', 'how is that fee worked out?', 'how is that different from the basic plan?', 'how is that going, any update on my order?', 'just curious, how is that decided?'].forEach((t) => K('how is that, a question', t));

// --- frustrated: ironic praise with a mark beside a failure ------------------------------------------------------------
const FAIL = ['Two hours late and the food was cold.', 'The parcel went to the wrong address again.', 'Still no refund after six weeks.', 'You cancelled my booking the night before.'];
const IRONY = ['Fantastic service as always 👏', 'Great job as usual.', 'Top work, really.', 'Brilliant customer service 👏👏', 'Stellar communication as always 🙄', 'Outstanding effort, truly.'];
cross(FAIL, IRONY).forEach(([f, p]) => F('ironic praise with a mark', `${f} ${p}`, p.split(' ').slice(0, 2).join(' ').replace(/,$/, '')));
['Oh great, the app crashed again and lost my basket.', 'Oh brilliant, the update logged everyone out and the reset email never came.', 'Oh lovely, charged twice and nobody answers the phone.'].forEach((t) => F('oh praise + failure', t, t.split(',')[0]));
['The servers have been down for 6 hours. You took my £70 fast enough though 👍', 'Refused my refund the same day you sent a "we miss you" voucher. Really feel the love.'].forEach((t) => F('ironic care', t, /love/.test(t) ? 'Really feel the love' : 'fast enough'));
['Fantastic service as always, thank you!', 'Great job as usual team 👏 the parcel came a day early.', 'Brilliant customer service 👏 sorted in 5 minutes, thank you', 'Oh great, that fixed it! Thanks so much.', 'Top work, really. The new dashboard is so much faster.'].forEach((t) => K('praise meant', t));

// --- frustrated: formal count, formal displeasure, paid extra ---------------------------------------------------------
const NTH = ['This is my fourth message regarding', 'This is now my fifth email about', 'This is the third time writing about', 'This is my 4th attempt to get an answer on'];
const TOPIC = ['invoice INV-4410 and the missing VAT number.', 'the refund for order 55120.', 'the incorrect name on my certificate.'];
// a count of contacts alone is repeat contact (calm for frustration); with a formal word of displeasure it is frustration
cross(NTH, TOPIC).forEach(([n, t]) => K('nth contact, plain', `Dear Colleagues,\n\n${n} ${t} Could you let me know where it stands?\n\nDr Anna Berg`));
cross(NTH, TOPIC).forEach(([n, t], i) => F('nth contact + formal displeasure', `Dear Colleagues,\n\n${n} ${t} I find it ${pick(['remarkable', 'extraordinary', 'hard to believe'], i)} that this has now taken ${pick(['a month', 'six weeks', 'three reminders'], i)}. Kindly correct it.\n\nDr Anna Berg`, 'I find it'));
['I find it remarkable that such a simple correction has now taken a month.', 'I find it astonishing that nobody has replied to three letters.'].forEach((t) => F('formal displeasure', `Dear Sir,\n\n${t} Please issue the corrected invoice.\n\nR. Hale`, 'I find it'));
['This is my third order with you and it was perfect again.', 'This is my fourth time ordering and I love it.', 'Sorry, this is my third message today! One more question: do you ship to Ireland?', 'This is the third time I have recommended you to friends!', 'I find it remarkable how quickly you sorted it.', 'I find it remarkable that you got it here in a day!'].forEach((t) => K('counts and remarks, calm', t));
['I paid extra for next-day delivery. It still hasn\'t arrived. I want my money back.', 'The report was due yesterday and I still have nothing. I paid extra for express. I want every penny back.'].forEach((t) => F('paid extra, undelivered', t, 'paid extra'));
['I paid extra for express, will it still arrive by Friday?', 'I paid extra for priority and it came the next morning, thanks!'].forEach((t) => K('paid extra, calm', t));

// --- frustrated: service denied its name, ignored, a change nobody wanted -----------------------------------------------
const ACTS = ["Telling a pensioner to 'just use the app'", 'Putting me on hold for two hours and then hanging up', 'Sending a form letter in reply to my complaint'];
cross(ACTS, ['is not customer service.', "is not what I'd call customer service.", 'is not an answer.']).forEach(([a, n]) => F('not customer service', `${a} ${n} Please sort it out.`, 'is not'));
['Is this not customer service? I was looking for billing.', 'This is not customer service related, but do you sell gift cards?', 'Sorry, is this not the support line?', 'It is not a service I use any more, please cancel it.'].forEach((t) => K('not service, calm', t));
cross(['I sent the photos.', 'I emailed twice with the receipt.', 'I called on Monday and explained.'], ['You ignored them.', 'You ignored it.', 'Your team ignored me.', 'you just ignored my emails.']).forEach(([a, b]) => F('you ignored', `${a} ${b} Please reverse the charge.`, 'ignored'));
['In case you ignored my last email as spam, here it is again.', 'Sorry if you ignored it, I know you are busy. Any update?', 'Please ignore my previous email, it is sorted.', 'Maybe you ignored it because the file was too big?'].forEach((t) => K('ignored, calm', t));
cross(['Your update removed the dark mode.', 'The new layout hides the export button.', 'You moved the search bar to the bottom.'], ['Nobody asked for this.', 'No one asked for this.']).forEach(([a, b], i) => F('nobody asked', `${a} ${b} ${pick(['Put it back.', 'Change it back please.', 'Bring it back.'], i)}`, 'asked for this'));
['Nobody asked for this, but I love the new dark mode!', 'No one asked for it, but thanks for the free upgrade.', 'Nobody asked for my meter reading this quarter, should I send one?'].forEach((t) => K('nobody asked, calm', t));

export function matrix18(): FrustrationItem[] {
  return items;
}

if (process.argv[1]?.endsWith('tone-frustration-matrix18.en.ts')) printFrustrationMatrix(items);
