/**
 * Session 26's look-alike matrix (toneen26, English frustration): per kind, messages that must show the cue and close
 * contrasts that must not, written from general knowledge across trades as customers type them, never from a development
 * sentence's nouns. tests/unit/tone/kinds26.test.ts runs it; `npx tsx scripts/tone-kinds26-matrix.ts` prints each case that
 * is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION26: Record<string, readonly MatrixCase[]> = {
  'a glowing rating given to a failure told (sarcasm)': [
    ['The app crashed halfway through my checkout and took the payment anyway. 10/10 experience.', true],
    ['Kettle stopped working after four days. Five stars, would recommend.', true],
    ['my headphones died after a week of use lol. 10/10 would buy again', true],
    ['The taxi never turned up and I missed my train. A+ service as always.', true],
    ['Tracking said delivered, nothing at the door, nobody answers the phone. Ten out of ten.', true],
    ['The new router dropped the connection six times during my interview. Solid 10/10.', true],
    ['Ordered a birthday cake, it arrived squashed and two hours late. 5/5 would recommend', true],
    ['Got to the gym at 6am and the doors were locked, nobody there. 10/10 service', true],
    ['The heater broke down on the coldest night of the year. Five stars.', true],
    ['my food came stone cold and missing the drinks. 10/10 experience honestly', true],
    ['The washing machine flooded my kitchen on the first wash. Highly recommend.', true],
    ['The online exam platform froze and logged me out mid-test. Great experience, 10/10.', true],
    // Close contrasts: a sincere rating (no failure, a failure conceded or put right), a rating asked for, a rating of pain or of a score, which must stay calm.
    ['The plumber arrived on time and fixed the leak in ten minutes. 10/10 service, thank you!', false],
    ['Five stars from me, the cake was perfect and the kids loved it.', false],
    ['The courier was a bit late but the sofa is gorgeous. 10/10 would recommend.', false],
    ['My laptop screen cracked but you replaced it the same day. Five stars!', false],
    ['Could you tell me how to leave a 5 star review for the engineer? He was brilliant.', false],
    ['My pain is about 7/10 today after the treatment, is that normal?', false],
    ['I got 9/10 on the practice test, how do I book the real exam?', false],
    ['Loved the class, 10/10 would recommend to anyone starting out.', false],
    ['Hi, the app crashed once yesterday but it has been fine since. Can I still rate it 5 stars somewhere?', false],
    ['I would give the hotel 10/10, just one question: is breakfast included tomorrow?', false],
    ['My phone died on the trip but the offline maps saved me. 10/10 app.', false],
  ],
  'a low rating as a verdict on the service': [
    ['Waited two hours for a table we had booked. 0/10 would not recommend.', true],
    ['1/10 experience. The room was dirty and the shower was cold.', true],
    ['Honestly 2/10 service from start to finish, never again.', true],
    ['The parcel turned up empty. Zero out of ten.', true],
    ['1/5 stars, the seller ignored every message.', true],
    // Close contrasts: a low figure that is a measurement, a score, or a question.
    ['The pain is about 2/10 now, much better than yesterday, thanks!', false],
    ['My son scored 3/10 on the spelling test, can we see which words he missed?', false],
    ['The app says my battery health is 1/5, is that normal for a two year old phone?', false],
    ['Is 1/10 on the survey scale the lowest score or the highest?', false],
    ['We are on day 3/10 of the course and loving it.', false],
  ],
  'a weary word for having to do it again (tedious, tiresome)': [
    ['Why do I have to upload my passport again every time I log in? So tedious.', true],
    ['Every order I have to re-enter my address from scratch. Honestly it is tiresome.', true],
    ['This is getting really tedious, the app signs me out every single day.', true],
    ['Third form asking for the same documents. Tiresome doesn\'t even cover it.', true],
    ['The verification codes never arrive first time and I have to request them over and over. Tedious beyond belief.', true],
    ['I find it wearisome to chase you for every refund.', true],
    ['it is so tedious having to call every month to get the bill corrected', true],
    ['Re-entering the card details each time is tedious. Can you save them?', true],
    // Close contrasts: the customer apologises for a tedious ask, or a chore ahead told neutrally, which must stay calm.
    ['Sorry, I know this is tedious, but could you resend the invoice for March?', false],
    ['The tedious part of the paperwork is done now, thanks so much for your help!', false],
    ['I know filling in the claim form is tedious for everyone, no rush on your side.', false],
    ['Could you help me with the import? Doing 400 products by hand would be tedious.', false],
    ['Sorry for the tiresome questions, I am new to all this. Where do I find my policy number?', false],
    ['Thanks for making what is usually a tedious job so easy.', false],
  ],
  'a formal ultimatum to withdraw custom (should … remain unresolved, we will review our use of)': [
    ['Should this matter remain unresolved by the end of the month, we will have to review our use of your services.', true],
    ['Should the invoice remain outstanding by Friday, I shall take my custom elsewhere.', true],
    ['If the issue is not resolved this week, we will be reviewing our use of your company for all our deliveries.', true],
    ['Should the refund remain unpaid, we will reconsider our use of your agency.', true],
    ['Unless the account is corrected, we will have to reconsider our relationship with your firm.', true],
    ['Should the complaint remain unanswered, I will be taking my business elsewhere.', true],
    ['Failing a full refund, we will review our use of your platform.', true],
    // Close contrasts: a formal condition with no withdrawal, a review promised calmly, a plain question.
    ['Should the parts remain out of stock, could you let me know the expected date?', false],
    ['We are reviewing our use of cloud storage this quarter; could you send the pricing for the team plan?', false],
    ['Should the meeting remain on Thursday, I will bring the signed forms with me.', false],
    ['We will review our use of the service at the end of the trial and let you know.', false],
    ['Should anything remain unclear, please do not hesitate to contact me.', false],
    ['We are moving our business elsewhere next month, could you send the final statement? Thanks for everything over the years.', false],
  ],
  'a feeling at having to repeat the chase (distressing, exhausting … to have to explain again)': [
    ['I find it very distressing to have to explain my situation again to yet another person.', true],
    ['It is exhausting having to chase you every single month for the same refund.', true],
    ['Honestly it is draining to have to ring three times just to get a meter reading corrected.', true],
    ['It has been really upsetting having to explain my father\'s death to five different departments.', true],
    ['I find it stressful to have to keep reminding your team that the payment was made.', true],
    ['It is tiring to have to prove my address every time I log in.', true],
    // Close contrasts: a hard time told without the company making them repeat, or thanks, which must stay calm.
    ['It has been a distressing few weeks since my mother passed. Could you help me close her account?', false],
    ['It is stressful having to organise a wedding, so thank you for making the catering so easy!', false],
    ['I know it must be tiring to have to answer the same questions all day, so thank you for your patience with me.', false],
    ['Having to explain my condition is always upsetting for me, so could I email the details instead of calling?', false],
  ],
  'a fault against the company\'s own word (despite your letter confirming, even though your colleague assured me)': [
    ['The invoice has been sent to me again, despite your letter confirming that the charge was cancelled.', true],
    ['My account is still showing the late fee, even though your colleague assured me on the phone it had been removed.', true],
    ['Despite being told twice that an engineer would call, nobody has been in touch.', true],
    ['The order remains undelivered despite your email promising it by Monday.', true],
    ['I have been charged the full price, even though your website clearly states the discount applies.', true],
    ['Despite assurances from your manager, the deposit has not been returned.', true],
    // Close contrasts: "despite" of the customer's own effort or a help given, "even though" conceded, which must stay calm.
    ['Despite your help last week, the printer still won\'t connect to the wifi. Any other ideas?', false],
    ['Even though you told me it could take ten working days, I just wanted to check the refund is on its way.', false],
    ['Despite the rain, your driver got everything inside without a scratch. Thank you!', false],
    ['Even though your guide says the filter lasts six months, how often would you change it with two dogs?', false],
    ['Despite your email confirming the booking, I need to change it to Saturday, is that possible?', false],
  ],
  'care or priority credited with an ironic "clearly" beside a failure or a chase': [
    ['Third email this week and still no refund. You clearly value your customers enormously.', true],
    ['The engineer never turned up again. Obviously my business means a great deal to you.', true],
    ['I have called four times about the leak and nobody has come. Clearly a top priority for you guys.', true],
    ['My order was cancelled without a word and the money is still gone. You obviously care a lot.', true],
    ['Two weeks, no reply to my complaint. Evidently my custom matters to you.', true],
    ['Your app crashed during the payment again. Clearly you value my time.', true],
    // Close contrasts: sincere thanks for care shown, a priority stated as a fact, a question, which must stay calm.
    ['Thank you for sorting the boiler so quickly. You clearly care about your customers.', false],
    ['The nurse was wonderful with my mum, she obviously cares a great deal about her patients.', false],
    ['Security is clearly a priority for you, which I appreciate. Could you explain the new login steps?', false],
    ['Is this clearly a priority for the team, or should I look for a workaround in the meantime?', false],
    ['Obviously I value the warranty, so could you tell me if opening the case voids it?', false],
    ['The parcel arrived a day late but the packing was lovely, you clearly care about the details.', false],
  ],
  'calm: praise told to a manager, an either-or question about a procedure, a hedged request': [
    ['Your fitter was first class and I have written to tell the manager so. Will the warranty card come by post, or must I register online?', false],
    ['I told the supervisor how helpful Sam was. Is the parking validated at the desk or must I pay at the machine?', false],
    ['Will the refund go back to my card automatically, or must I fill in a form?', false],
    ['The nurse was so kind, please pass my compliments to her manager. Should I bring the referral letter or do you have it?', false],
    ['The new batteries are the wrong size. Must I send them back, or will you post the right ones?', false],
    // Close contrasts: "must I" without alternatives, a manager asked for, a manager judged, which must keep the cue.
    ['Why must I chase you every week? I want to speak to your manager.', true],
    ['Must I really call five times to get a reply? Put me through to a manager.', true],
    ['Your manager was no help at all and the refund still hasn\'t come. Must I go to the ombudsman?', true],
    ['I have been polite for weeks. Must I escalate this to your manager before anyone reads it?', true],
    ['The installer was rude and left a mess. I have written to the manager, or must I go to head office to be heard?', true],
  ],
  'an expectation stated as no more than fair (I do not think it unreasonable to expect)': [
    ['I do not think it unreasonable to expect a reply within a month.', true],
    ['I don\'t think it\'s unreasonable to expect the heating to work in January.', true],
    ['Surely it is not too much to expect a parcel to arrive in the week it was promised.', true],
    ['I hardly think it unreasonable to expect my deposit back after six weeks.', true],
    ['I do not consider it unreasonable to expect a company of your size to answer its letters.', true],
    // Close contrasts: a polite request hedged as not unreasonable, or a question, which must stay calm.
    ['I hope it is not unreasonable to ask for a copy of the invoice in PDF?', false],
    ['Would it be unreasonable to expect delivery before Christmas if I order today?', false],
    ['I hope it isn\'t too much to ask, but could you gift-wrap the order?', false],
    ['Is it unreasonable to expect a puppy to sleep through the night at 10 weeks?', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds26-matrix.ts')) printCueMatrices('session 26 kinds', [[FRUSTRATION26, 'frustrated']]);
