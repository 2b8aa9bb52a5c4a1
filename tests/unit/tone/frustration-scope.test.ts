// @vitest-environment node
/**
 * Session 13's frustration mechanisms (lib/tone/cues/frustration.scope.ts, the combination in frustration.ts, and the kinds of
 * frustration.en.kinds13.ts): for each mechanism behind a false alarm of late8 or fresh3, calm messages in other wordings stay
 * quiet, and the angry use of the same words still shows the cue. Sentences written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', 'an escalation the company did or said it would do, reported back', [
  { text: 'I want this escalated to a manager today. Absolutely unacceptable.', evidence: 'escalated' },
  { text: 'I was told it had been escalated. Three weeks later nothing, and I am fed up.', evidence: 'fed up' },
], [
  'Your colleague told me the case had been escalated to the billing team. Is there an update?',
  'Hello, the engineer said he would escalate the fault to the network team. Could you share the escalation number?',
  'My complaint reference is 55120. Could you tell me who is dealing with it?',
]);

fam('frustrated', 'a quote that names what a screen shows', [
  { text: 'Thanks a lot for the "help". Still broken.', evidence: '"help"' },
], [
  "The 'card declined' error pops up every time I pay, but my bank says the card is fine. What should I try?",
  'My visa application status has said "under review" for five weeks. Is there anything I can send to speed it up?',
]);

fam('frustrated', 'a wait told plainly, then a request', [
  { text: "It's been three weeks and still no refund. This is ridiculous. Can you sort it?", evidence: 'ridiculous' },
  { text: 'Three weeks and still nothing!! Can someone please answer?', evidence: '!!' },
], [
  'It has been two months and I still have not received my deposit back. Could you confirm when it will be paid?',
  'Ordered a sofa five weeks ago and it still has not been delivered. Can you check where it is?',
]);

fam('frustrated', 'a feeling the customer disowns, and anger with a third party', [
  { text: "I'm not angry with your team, but this is the fourth time I've had to chase a refund. Ridiculous.", evidence: 'Ridiculous' },
  { text: 'Furious with them 😡 your courier left my parcel in the rain AGAIN.', evidence: 'Furious' },
], [
  'not annoyed just curious why my parcel went to Leeds AGAIN lol, can u redirect it?',
  "My landlord changed the locks, so angry with him 😤 but that's not on you. Can you move my delivery to my office?",
]);

fam('frustrated', 'fault words in set formulas or another sense', [
  { text: 'Charging me a late fee for your own system being down is a disgrace.', evidence: 'disgrace' },
  { text: 'Would never order again. The parcel arrived smashed and nobody answers the phone.', evidence: 'never order again' },
], [
  'Can you waive the late fee? I paid a day after the due date because of the bank holiday.',
  'Please process the transfer without further delay once the documents arrive. Thank you.',
  'Love the new jacket, will definitely be buying again!!',
  'The technician fixed my broken boiler in twenty minutes and was lovely about it. Thank you!',
  'The part arrived a few days late but it works perfectly, great stuff.',
  'Our road is flooded and the roads round here are awful, so no rush on the delivery. Could it come next week?',
  'Do I need to bring the receipt in person, or can I email a photo of it?',
]);

fam('frustrated', 'judgements and challenges the lists lacked', [
  { text: "Honestly I don't want to put up with this kind of nonsense any more. Fix it.", evidence: 'nonsense' },
  { text: 'The engineer was careless and disrespectful to my mother.', evidence: 'careless' },
  { text: 'How hard can that be? It is one address change.', evidence: 'How hard can that be' },
  { text: "Seventeen years a customer and this is how you treat me?", evidence: 'this is how you treat me' },
  { text: 'Do you want my business or not? Third failed checkout today.', evidence: 'want my business or not' },
], [
  'Is there a reason the app needs my location? Just curious.',
  'Does anyone know whether the King Street branch opens on Sundays?',
  'I need the invoice, not another copy of the receipt. Could you resend it?',
]);

fam('frustrated', '"actually" in a request for an act, not a doubt that anyone attends', [
  { text: 'Can someone actually read my emails? This is the third time.', evidence: 'actually' },
  { text: 'Is anyone actually reading these? Fourth email this month.', evidence: 'anyone actually' },
], [
  'could someone actually look at my router settings? the light is orange lol',
  'Hi, can anyone actually come out on a Saturday, or only weekdays?',
]);

fam('frustrated', 'an existing complaint as the subject of a status', [
  { text: 'My complaint is still being ignored and frankly it is disgraceful.', evidence: 'disgraceful' },
], [
  'My complaint about the boiler is still open. Could you update me?',
  'My complaint from March has now been closed, but I never got the outcome letter. Could you post it again?',
]);

fam('frustrated', 'words of the new kinds said kindly', [
  { text: "I'm trying to stay calm here, but this is the third engineer who never turned up.", evidence: "I'm trying to stay calm" },
], [
  'I loved the attitude of your staff, so friendly! Thanks again.',
  'I was trying to stay calm on the flight, the crew were great. Quick question about my bags.',
  'You have the nerve of a saint, thanks for putting up with my questions!',
]);
