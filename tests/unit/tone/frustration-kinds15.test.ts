// @vitest-environment node
/**
 * Session 15's English constructions of the frustration cue (lib/tone/cues/frustration.en.kinds15.ts): for each kind, calm
 * messages that hold the construction's words stay quiet, and the angry use still shows the cue. Sentences written for this
 * test (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', 'a procedure question with nothing gone wrong', [
  { text: 'I have rung four times about the broken boiler. Do I have to come down to your office myself?', evidence: 'Do I have to' },
], [
  'Hi, we are selling the car next spring. What do I need to do to transfer the insurance to the new owner?',
  'Quick one: do I need to print the return label myself, or will the courier bring one?',
]);

fam('frustrated', '"actually" inside an if / whether clause asks to verify', [
  { text: 'Does anyone over there actually read these emails?', evidence: 'actually' },
], [
  'The technician said he would log the fault on Monday. Could you see whether it was actually logged?',
]);

fam('frustrated', 'a party set apart by place or dealing', [
  { text: 'Your engineers next door to me were incredibly rude when I asked about my line.', evidence: 'incredibly rude' },
], [
  'The roofers next door knocked our satellite dish off - honestly useless people. Can you send someone to realign it?',
  'The vendor I ordered the chair from is being really rude and refusing to answer. Your guarantee page says you can step in, can you?',
]);

fam('frustrated', 'a complaint disowned: escalation words as a topic', [
  { text: 'I will be taking this to the ombudsman if the charge is not refunded.', evidence: 'ombudsman' },
], [
  'For a college project on the energy ombudsman, could you send me your complaints policy? This is not a complaint, you have always been great.',
]);

fam('frustrated', '"I\'m afraid" before a judgement is a courtesy formula', [
  { text: "I'm afraid the service at your Leeds branch was appalling. I'd like a refund of the booking fee.", evidence: 'appalling' },
], [
  "I'm afraid my card might have been copied at a cash machine. Can you check the last two payments?",
]);

fam('frustrated', 'a fault laughed off while asking for help', [
  { text: 'the app crashed AGAIN lol, this is ridiculous. sort it out', evidence: 'ridiculous' },
], [
  'printer jammed AGAIN haha, second time this morning. any tips?? 😅',
]);

fam('frustrated', 'awe words in a message of thanks', [
  { text: 'Unbelievable. Three weeks and still no refund.', evidence: 'Unbelievable' },
  { text: 'Unbelievable!! Thanks a lot for losing my parcel.', evidence: 'Unbelievable' },
], [
  'Insane turnaround!! Booked on Sunday night, fitted Monday lunchtime. Thank you so much!!',
]);

fam('frustrated', "another firm's failings set aside with \"Anyway,\"", [
  { text: 'Your delivery team has been hopeless, three missed slots. Anyway, where is my sofa?', evidence: 'hopeless' },
], [
  'honestly the hotel has been useless, no hot water for two days. Anyway, can I claim the cost of the gym showers on my travel policy?',
]);

fam('frustrated', 'the courtesy of a formal request makes a paid-for report plain', [
  { text: 'I paid for next-day delivery and it still has not come. This is not good enough.', evidence: 'not good enough' },
], [
  'Good afternoon. I paid the invoice by bank transfer on the 3rd, but the portal still lists it as unpaid. Kindly update the record.',
]);

fam('frustrated', 'an ultimatum: an escalation after an unmet condition', [
  { text: "If my deposit isn't back by Friday I'm filing a chargeback.", evidence: 'filing a chargeback' },
  { text: 'Unless the fee is refunded this week, I shall take the matter to the ombudsman.', evidence: 'ombudsman' },
], [
  "If the parcel doesn't turn up by Friday, can I get a refund instead?",
]);

fam('frustrated', 'a claim of the company mocked in quotes', [
  { text: "Your 'same day dispatch' took eleven days.", evidence: "'same day dispatch'" },
  { text: "So the 'priority' queue apparently means waiting behind everyone else. Good to know.", evidence: "'priority'" },
], [
  "Hi, is the 'premium' plan the one with the extra storage? Thinking of upgrading.",
]);

fam('frustrated', 'sarcasm frames: an echoed wait, thanks for a complaint, "apparently X means"', [
  { text: 'Six weeks for a refund on a jacket you had back the next day. Six weeks.', evidence: 'Six weeks' },
  { text: 'thanks for the scripted answer, very useful', evidence: 'thanks for the scripted answer' },
  { text: "Apparently 'next working day' means 'whenever we feel like it' at your firm.", evidence: "Apparently 'next working day' means" },
], [
  'Thanks for chasing the supplier for me, much appreciated!',
  'Six weeks is fine for the refund, no rush at all.',
]);

fam('frustrated', 'anger the customer withdraws', [
  { text: 'Sorry for the tone, but this is still unacceptable: nobody has called back.', evidence: 'unacceptable' },
], [
  'This is a disgrace, I have waited a fortnight!\n\nUpdate: please ignore my angry message above, the money arrived this afternoon. Thanks, and sorry for the tone.',
]);

fam('frustrated', 'the date it is now, after a promise', [
  { text: 'On the 2nd you promised a technician would ring me within two days. It is now the 16th.', evidence: 'promised' },
], [
  'The course starts on the 20th and today is the 12th, so there is plenty of time. Could you send the joining pack?',
]);

fam('frustrated', 'a mocked claim with a word of irony; the formal "with interest"', [
  { text: "Your 'premium' cabin has a bunk bed and a porthole painted on the wall. Technically I suppose that counts as a view.", evidence: "'premium'" },
  { text: 'This is the second wrong invoice in a row. I will await your response with interest.', evidence: 'await your response with interest' },
], [
  "I suppose the 'express' option would be quicker? Which one would you recommend for a parcel to Spain?",
]);

fam('frustrated', 'the recall constructions stay quiet on their calm look-alikes', [
  { text: "If the refund isn't in my account by Monday, I'm going to the ombudsman.", evidence: "I'm going to the ombudsman" },
], [
  "If I don't hear back by the end of the month I will cancel the subscription, no hard feelings.",
  'Five days is how long the battery lasts. Five days. Amazing!',
  'Thanks for the same answer as yesterday, it worked this time!',
  'Unless I am mistaken, the invoice should be £40, not £45. Could you check?',
  "Apparently the 'reset' button means factory reset? Just checking before I press it.",
]);
