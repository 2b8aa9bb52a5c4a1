// @vitest-environment node
/**
 * Session 14's English false alarms of the frustration cue (lib/tone/cues/frustration.en.fp14.ts): for each kind, calm
 * messages that hold the word the cue read stay quiet, and the angry use of the same words still shows the cue. Sentences
 * written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', '"late" of the dead, not a delay', [
  { text: 'Your engineer turned up three hours late and left without fixing anything. Unacceptable.', evidence: 'Unacceptable' },
], [
  "Hello, I'm sorting out my late father's affairs. Can his broadband contract be cancelled without the early exit fee?",
  'My late wife had a savings account with you. What documents do you need to release the balance to me?',
]);

fam('frustrated', '"thanks again", not a fault that recurs', [
  { text: 'Brilliant, the app crashed again. Thanks for nothing.', evidence: 'Thanks for nothing' },
], [
  'Thank you again, the new router is working perfectly!',
  'Lovely service as always, thanks again!',
]);

fam('frustrated', 'praise beside a short time or a fault put right', [
  { text: 'Great, another delay. Three weeks now and still no parcel.', evidence: 'Great' },
  { text: 'You fixed the app and now it crashes again. Brilliant.', evidence: 'Brilliant' },
], [
  'Amazing support today: the tech sorted my login in five minutes after a week of it failing. Cheers!',
  'Fantastic new checkout, paying took about twenty seconds.',
]);

fam('frustrated', 'tears of joy', [
  { text: 'still no refund 😭😭 this is ridiculous', evidence: 'ridiculous' },
], [
  'the necklace is GORGEOUS 😭 thank you so much!!',
]);

fam('frustrated', 'anger at a third party the customer sets apart from the company', [
  { text: 'Your driver was incredibly rude and threw my parcel over the fence.', evidence: 'incredibly rude' },
  { text: 'The person I spoke to was incredibly rude and hung up on me.', evidence: 'incredibly rude' },
  { text: 'Not you personally, but this whole company is a joke.', evidence: 'a joke' },
  { text: 'Some idiot cancelled my order without asking me.', evidence: 'idiot' },
  { text: "Your service has been useless, but that's not why I'm writing.", evidence: 'useless' },
], [
  "The hotel (not you, the booking site is great) was filthy and useless. How do I claim back the deposit through you?",
  'Another passenger on the platform was really rude to my daughter, but that is not why I am writing: she left her bag on the 8:15. Where is lost property?',
  "The estate agent has been hopeless, but that's a separate fight. Can you confirm the completion date?",
  "A guy on the bus was really rude to my son, but that's not why I'm writing: he left his scarf on the 42. Is there a lost property office?",
  "Some clown scraped my van in the car park overnight. Really angry about it. How do I make a claim?",
]);

fam('frustrated', 'a strong word that describes the fault', [
  { text: 'This is horrible service, the fridge is still broken after three visits.', evidence: 'horrible' },
], [
  'The dishwasher is making an awful rattling noise since Monday. Can someone come and have a look?',
]);

fam('frustrated', "the customer's own slip or skill", [
  { text: 'You lost my booking AGAIN. Unbelievable.', evidence: 'Unbelievable' },
], [
  "ugh i'm so dumb, i locked myself out of the account again. can you reset it?",
  "I'm not very good at this online banking, could you tell me where to find my statements?",
]);
