/**
 * Session 21's look-alike matrix for lib/tone/cues/frustration.kinds21.ts (English): per kind, messages that must show the
 * frustration cue and close calm contrasts that must not, written from general knowledge across trades, never from a
 * development sentence's nouns. tests/unit/tone/frustration-kinds21.test.ts runs it; `npx tsx scripts/tone-kinds21-matrix.ts`
 * prints what is wrong with the reader's raw score and evidence.
 */
import { readToneContext } from '../lib/tone/read.ts';

export type Case = readonly [text: string, frustrated: boolean];

export const KINDS21: Record<string, readonly Case[]> = {
  'a negated stop of a doing is praise': [
    ["Just wanted to say THANK YOU!! The dress was perfect and my daughter hasn't stopped twirling in it since Saturday.", false],
    ["Hi! The new boiler is brilliant, the kids haven't stopped going on about the hot showers. Thanks so much to the fitters.", false],
    ["The puppy food you recommended was amazing, he can't stop eating it! Will order the big bag next time.", false],
    ["Honestly the best haircut I've had in years, my husband won't stop complimenting it. See you in six weeks!", false],
    ["Wonderful evening at your restaurant, my mum hasn't stopped raving about the dessert!! Thank you all.", false],
    ["Loved the course, I haven't stopped practising since. Great teacher!", false],
    ["Great, the app has stopped working again and I've lost my whole shopping list. Brilliant.", true],
    ["Perfect. The heating stopped again in the night and nobody answers the emergency line. Third time this month.", true],
    ["Lovely, the printer has stopped printing again right before my deadline. Fantastic product.", true],
  ],
  '"again" of a greeting or of bothering them': [
    ["Hello again! Sorry to bother you twice in one day. The engineer who came was lovely and said to send the photos of the cracked tile, so here they are.", false],
    ["Hi again, it's me again about order 5521. The courier was great, he said to ask you for the returns label. Could you send it?", false],
    ["Sorry to bother you again! The lady on the phone was really helpful and said the missing screws would be posted. Just checking the address is right.", false],
    ["Morning again, the technician was brilliant yesterday. He said you'd send the warranty card; could you email it?", false],
    ["Hello again. Your so-called express delivery is late AGAIN. Brilliant service as always.", true],
    ["Hi again, the app crashed again and I lost my booking again. This is ridiculous.", true],
  ],
  'praise of a person the customer dealt with': [
    ["The man I spoke to on Tuesday was lovely and told me to send photos of the dented panel, so they're attached. Claim 8812.", false],
    ["Your driver was really kind and helped carry the broken wardrobe back to the van. When will the replacement come?", false],
    ["The nurse was brilliant with my son. The plaster came loose overnight though, should we come back in?", false],
    ["The plumber who came out was great but the tap is dripping again this morning. Could he pop back?", false],
    ["Your staff were SO helpful, they hung up on me twice. Ridiculous.", true],
    ["The man I spoke to was lovely, shame he then cancelled my whole order by mistake and nobody has called back in a week. Unacceptable.", true],
    ["Great service as always, the order arrived smashed to pieces. Thanks for nothing.", true],
  ],
  'an absence with a time is not leaving': [
    ["How long will the parcel wait at the depot? I'm away and won't be back until Sunday night.", false],
    ["Can the engineer come on Friday instead? I won't be home till after 4 on Thursday.", false],
    ["Please hold my prescription, I won't be in the area before next Tuesday.", false],
    ["Could you pause my meal box? We won't be back from holiday for two weeks.", false],
    ["Can I move my appointment? I won't be around on the 12th, sorry.", false],
    ["After how I was treated yesterday I won't be back. Appalling.", true],
    ["You've lost a customer. I will not be back, and I'll tell everyone why.", true],
  ],
  "stuck in one's own circumstance": [
    ["hey the app won't let me top up my parking and I'm stuck in a meeting, session ends in 10 min. can someone extend it??", false],
    ["I'm stuck at work until 7, can the delivery be left with a neighbour? The app won't let me change the slot??", false],
    ["Stuck in traffic on the ring road, will be 15 mins late for my MOT slot. Can you still fit me in??", false],
    ["I'm stuck in hospital this week so can't collect the parcel. Could you hold it until Monday please?", false],
    ["I've been stuck on hold for 50 minutes AGAIN. This is a joke.", true],
    ["Stuck in a queue for two hours at your branch and nobody could help. Absolutely ridiculous.", true],
    ["Your engineer is stuck in traffic AGAIN, third missed slot this month. Can someone actually turn up??", true],
  ],
  "a plea's marks are urgency, not anger": [
    ["URGENT - gas smell in the hallway of block C, the caretaker is not answering his door. PLEASE send someone.", false],
    ["URGENT!! Water coming through the kitchen light, nobody is answering the door upstairs. PLEASE HELP.", false],
    ["PLEASE HELP - my son's inhaler prescription hasn't come through and the pharmacy closes at 6. Can someone check??", false],
    ["EMERGENCY - the lift is stuck between floors with my mum inside. PLEASE call back ASAP.", false],
    ["URGENT. Nobody has answered my emails for three weeks. This is DISGRACEFUL and I want a MANAGER.", true],
    ["WHY is nobody answering?? PLEASE. This is the FOURTH time I've rung your USELESS emergency line.", true],
    ["PLEASE sort out your booking page! Five screens just to be told to ring back later. TOTAL FAIL, absolutely useless.", true],
    ["So you've lost my suitcase too. Could you get ANY worse???", true],
  ],
  'a heads-up is a report': [
    ["Just so you know, I'm not upset at all, but the changing room lights have been flickering for a week. Thought I'd flag it in case nobody has yet.", false],
    ["FYI the card reader at the car park exit has been out of order since Monday. Not a complaint, just letting you know.", false],
    ["Thought I'd mention that the lift in block B has been broken for a few days, in case no one has reported it.", false],
    ["Heads up: the link in your newsletter goes to a broken page. No rush, just thought you'd want to know.", false],
    ["Just letting you know the bin outside the surgery hasn't been emptied for two weeks. Not urgent.", false],
    ["Just so you know, I'm absolutely furious. The lights have been broken for a week and nobody cares.", true],
    ["FYI this is the third time I've reported the broken lift. Nobody has done anything. Pathetic.", true],
    ["FYI... the call keeps dropping. An hour of redialling and I still can't cancel online. HELP!!!", true],
  ],
  'a feeling made small and conceded': [
    ["I'm requesting compensation for my train on 3 May, which arrived 40 minutes late. I was a little disappointed, though I appreciate these things happen.", false],
    ["The flowers arrived a day late for the birthday. A bit disappointed but I understand deliveries get busy. Could you refund the delivery fee?", false],
    ["My table was ready twenty minutes late. Slightly annoyed, but it's not the end of the world. Just thought you should know.", false],
    ["I was slightly frustrated the order came without the cable, though I realise mistakes happen. Could you post one?", false],
    ["I'm extremely disappointed. The train was 40 minutes late again and I understand nothing, frankly it's unacceptable.", true],
    ["A little disappointed? No, I'm livid. Third delay this week.", true],
  ],
  'nobody told us': [
    ["Our party is in five days and I've just found out from your own website that the hall is closed for repairs. Nobody told us anything. I need someone to call me today.", true],
    ["We turned up and the pool was shut for maintenance. Nobody told us, and we drove an hour. I want a refund for the day passes.", true],
    ["My flight time was changed by four hours and I had to find out from a friend checking the board. Nobody informed me.", true],
    ["Nobody told me the password for the guest wifi, could you send it?", false],
    ["Nobody told me I needed to bring ID, what else should I bring on the day?", false],
    ["Could you tell me if anybody has been in touch with the surveyor yet? Nobody has mentioned a date to me so far, no rush.", false],
  ],
  "an offer to do the company's work oneself": [
    ["Same bug, same steps I sent two weeks ago, and the update made it worse. Want me to just write the fix myself?", true],
    ["Third engineer visit and the boiler still cuts out. Should I just fix it myself then?", true],
    ["Do you want me to send the photos myself or will the shop do it?", false],
    ["Can I reset the router myself, or does an engineer need to come?", false],
    ["Should I book the MOT myself or do you arrange it with the lease?", false],
  ],
  'an ironic tag after praise': [
    ["So the update broke the sync. again. great testing process you've got there. is there a way to roll back?", true],
    ["The 'repair' made the leak worse. Progress, I guess. When can someone come back?", true],
    ["Delivered to the wrong house for the third time. Nice work there.", true],
    ["Works fine now after the restart. Great, I guess it was just a glitch. Thanks!", false],
    ["Lovely little shop you've got there, I'll be back next week for the blue one.", false],
    ["Fixed it myself by updating the drivers. Good job I kept the receipt, I suppose!", false],
  ],
  'money paid set against the situation': [
    ["Third time I've reported the broken street light outside number 40 and it's still out. I pay £1,900 a year in rates for this.", true],
    ["Buffering every few minutes again tonight. We pay £80 a month for this.", true],
    ["Gym's sauna has been shut for a month now, and I'm paying full membership for the privilege.", true],
    ["I pay £20 a month for this plan, can I move up to the bigger one?", false],
    ["How much would I pay for this if I added a second user?", false],
    ["I paid for this with my old card, can the refund go to the new one?", false],
  ],
  'a plea for one that works': [
    ["It's midnight and your out-of-hours line gives a number that doesn't exist. PLEASE just give me a number that works.", true],
    ["Two replacement chargers and both are dead on arrival. Just send me one that actually works.", true],
    ["The reset link expired again. Please just send one that works, I've tried four times.", true],
    ["Could you just send me a link that works on a phone? The one in the email opens a desktop page.", false],
    ["Is there a version that works on older tablets? Just asking before I buy.", false],
  ],
  'an exasperated question at what is going on': [
    ["WHAT is going on with your deliveries?? Half my order came smashed and the rest is missing. I need it sorted today.", true],
    ["What is going on with your website?! It's logged me out five times in ten minutes and ate my basket.", true],
    ["Hi, what's going on with my order? Just checking, no rush.", false],
    ["What is happening with the roadworks outside the depot? Will collections still run on Friday?", false],
  ],
  'a demand with its substitute dismissed': [
    ["The shirts came printed with the wrong logo. I want a reprint sent express and confirmed today, not some automated reply in three days.", true],
    ["I need a named person to call me back, not another template email telling me my case is important.", true],
    ["Could I have a printed invoice, not a digital one? Our accountant prefers paper.", false],
    ["We need the large size, not a medium, if that's possible. Thanks!", false],
  ],
};

/** Urgency (lib/tone/cues/urgency.kinds21.ts): [text, urgent]. */
export const URGENCY21: Record<string, readonly Case[]> = {
  'an absence with a time is no deadline': [
    ["How long will the parcel wait at the pick-up point? I'm away for the weekend and won't be back till Monday evening.", false],
    ["Could the engineer come next week instead? I won't be home until Thursday.", false],
    ["Please post the keys rather than call, we're abroad until the 20th.", false],
    ["I won't be back till Monday and my insulin delivery is stuck at your depot. It must be with me by tonight!", true],
    ["My flight home is tomorrow morning and my passport is still with you. I need it today.", true],
  ],
  'no hurry said': [
    ["Renewal is on the 30th, not in a hurry. Can I switch to annual billing before then and get the discount straight away?", false],
    ["No rush at all, but could you tell me whether the sofa can be delivered before the end of the month?", false],
    ["Not in a hurry for the invoice, but my flight is tomorrow morning and my passport is still with you. I need it today.", true],
    ["Could you send the invoice for March? No rush, whenever suits.", false],
    ["The freezer has stopped and the food is thawing. Please send someone today!", true],
  ],
  'a time span of what was done': [
    ["THANK YOU!!! Screen looks brand new and you got it done in an hour. Lifesavers!", false],
    ["Just to say the replacement arrived within two days, brilliant service.", false],
    ["Your technician fixed the boiler in twenty minutes, thank you so much!", false],
    ["I need my phone repaired within the hour, my interview is at 2pm!", true],
    ["A text says my subscription will be cancelled in 24 hours unless I update my card. Is it genuine?", true],
    ["The screen you fixed in an hour has cracked again and I need it working by tonight.", true],
  ],
};

/** Every case the reader gets wrong, with its raw score and evidence. */
export function wrong(): string[] {
  const out: string[] = [];
  for (const [kind, cases] of Object.entries(KINDS21)) {
    for (const [text, frustrated] of cases) {
      const { report, ctx } = readToneContext(text);
      const c = report.cues.find((x) => x.kind === 'frustrated');
      if (!!c !== frustrated) out.push(`${frustrated ? 'MISS' : 'FALSE'} [${kind}] raw=${ctx.got.frustration.score.toFixed(2)} ${text}\n   ${c ? JSON.stringify(c.evidence.map((e) => [e.text, e.why])) : ''}`);
    }
  }
  for (const [kind, cases] of Object.entries(URGENCY21)) {
    for (const [text, urgent] of cases) {
      const { report } = readToneContext(text);
      const c = report.cues.find((x) => x.kind === 'urgent');
      if (!!c !== urgent) out.push(`${urgent ? 'MISS' : 'FALSE'} urgent [${kind}] ${text}\n   ${c ? JSON.stringify(c.evidence.map((e) => [e.text, e.why])) : ''}`);
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('tone-kinds21-matrix.ts')) {
  const w = wrong();
  for (const line of w) console.log(line);
  console.log(`${w.length}/${Object.values(KINDS21).flat().length + Object.values(URGENCY21).flat().length} wrong`);
}
