// @vitest-environment node
/**
 * Session 16's English constructions of the frustration cue (lib/tone/cues/frustration.en.kinds16.ts), each seen in at least
 * two writers' development splits: the angry use shows the cue, and a calm message with the same words stays quiet.
 * Sentences written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', "the company's system laughed at, with a second mark of mockery", [
  { text: "lol your app just told me my bike was 'collected by customer'. i have no bike. still no bike 🙃", evidence: "lol your app just told me my bike was 'collected by customer'." },
  { text: 'lmao ur bot just said my account is "fully verified". it is LOCKED. how do i get in', evidence: 'lmao ur bot just said my account is "fully verified".' },
  { text: "haha love how the tracking says 'arriving today' for the sixth day running. where is it", evidence: "haha love how the tracking says 'arriving today' for the sixth day running." },
], [
  'lol your app just told me my order shipped already, that was fast, thanks!',
  "lmao your website just said 'good morning' at 11pm 😂 anyway can I change my delivery slot?",
  'lol my cat walked on the keyboard and I ordered two kettles. can you cancel one pls',
  'haha the app says my parcel is at the depot already, nice. when will it come out?',
]);

fam('frustrated', 'ironic praise of value, generosity or loyalty after a loss', [
  { text: 'You doubled my broadband bill without a word after nine years with you. Amazing loyalty reward.', evidence: 'Amazing loyalty reward.' },
  { text: 'A £5 credit after the courier smashed a £300 monitor. How generous.', evidence: 'How generous.' },
  { text: 'So the new meter has tripled my standing charge. Cheers for that. Who do I talk to?', evidence: 'Cheers for that.' },
  { text: 'Thanks for the gift card, I guess. You lost my wedding suit the day before the wedding.', evidence: 'Thanks for the gift card, I guess.' },
], [
  'Got the bundle at half price this month. Amazing value, thank you!',
  'The lamp arrived damaged but you sent a replacement the next day. Very generous!',
  'My phone broke last week and your shop lent me one while it was repaired. Really makes me feel valued as a customer, thanks.',
  'Fantastic service as always. Could you add a second card to my account?',
  'Cheers for that, the code worked first time.',
]);

fam('frustrated', 'a quote that names ("something called \'X\'") is no scare quote', [
  { text: "Your so-called 'express' delivery took eleven days and the box was crushed.", evidence: "'express'" },
], [
  "My card was refused at the station just now, and there are two payments to something called 'QRT MEDIA' that I never made. Please block it.",
  'There is a direct debit from a company named "Halden Ltd" that I never set up and never agreed to. Can you stop it?',
]);

fam('frustrated', 'payment withheld until the company acts', [
  { text: 'Dear Sir or Madam, the quarterly bill has tripled with no explanation. I shall not be paying it, and I will not be paying this charge until someone explains it in writing.', evidence: 'will not be paying this charge until someone' },
  { text: 'The kitchen tap has leaked for three weeks. We are withholding the rent until the repair is done.', evidence: 'withholding the rent until the repair' },
], [
  "I won't be paying it until my salary comes in on Friday, is that OK?",
  'We will not be paying by card this time; can we settle the invoice by bank transfer?',
]);

fam('frustrated', "refusing to pay for the company's own mistake", [
  { text: "Your portal took my payment twice and then added a late fee. I won't be paying a late fee for your own system's error.", evidence: "won't be paying a late fee for your own system's error" },
], [
  'I missed the due date last month, so do I have to pay the late fee for my mistake, or can it be waived once?',
]);
