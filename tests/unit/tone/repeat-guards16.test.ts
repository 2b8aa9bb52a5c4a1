// @vitest-environment node
/**
 * Session 16's guards against false repeat cues (lib/tone/cues/repeat.guards16.ts), each a rule about what counts as a
 * contact: the near-miss stays quiet, and a real repeat contact with the same words still shows. Sentences written for
 * this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('repeat', 'a withdrawn earlier message is no matter to chase', [
  { text: 'Please ignore my last email, I gave the wrong postcode. This is the third time I am writing about this delivery though.', evidence: 'third time' },
  { text: 'I emailed you on Monday and again on Wednesday about the missing refund and still have no reply.' },
], [
  'Please ignore my previous email from earlier today, the parcel was behind the bins all along. Sorry and thank you!',
  'Hi again, please disregard my message above - my husband had already paid the bill. All good now.',
  'Hello again! Please ignore the email I sent an hour ago, I found the receipt in my drawer.',
]);

fam('repeat', '"called" that names is no phone call', [
  { text: 'I called you yesterday about a charge from a company called Brightline and nobody has rung back.' },
  { text: 'I spoke to someone called Dana in chat on Friday who said the refund was approved, but nothing has arrived.' },
], [
  "There is a payment on my statement to something called 'NEXOR SERVICES' that I do not recognise. Please block the card.",
  'I bought a charger from a shop called Voltly and it does not fit. Can your team tell me which model I need?',
]);

fam('repeat', 'an answer to the agent\'s own question, with the thread\'s reference', [
  { text: 'Re: Case #5521\n\nIn answer to your question: the model is the K30. I also rang twice last week and was promised a callback that never came.', evidence: 'rang twice last week' },
], [
  'Re: Ticket #77310\n\nHello, replying to your question - the error happens on the Android app, version 4.2. Screenshot attached.\n\nMia',
  'Case 60213\n\nTo answer your question, I bought the kettle in March from your Leeds store. Receipt attached.',
]);
