/**
 * Session 25's look-alike matrix (toneen25, English): per kind, messages that must show the cue and close contrasts that
 * must not (or the reverse for a calm kind), written from general knowledge across trades as customers type them, never
 * from a development sentence's nouns. tests/unit/tone/kinds25.test.ts runs it; `npx tsx scripts/tone-kinds25-matrix.ts`
 * prints each case that is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION25: Record<string, readonly MatrixCase[]> = {
  'an ultimatum in a formal conditional (should … not, failing which, in the absence of)': [
    ['Please refund the deposit. Should I not hear from you within 14 days I will raise a chargeback with my bank.', true],
    ['Kindly correct the invoice. Should this not be resolved by the end of the month, I shall refer the matter to the ombudsman.', true],
    ['Should you fail to reply within seven days, I will be issuing a claim in the small claims court.', true],
    ['Please reinstate the policy. Failing which, I will take this to the Financial Ombudsman.', true],
    ['I expect the repair to be carried out at your cost, failing that I will be raising a chargeback.', true],
    ['Should the goods not be collected by Friday, I will dispute the payment with my card issuer.', true],
    ['In the absence of a full refund within 10 days, I will be filing a complaint with the ombudsman.', true],
    ['Should I not receive the refund by the 30th I will be contacting Trading Standards.', true],
    ['Please cancel the membership and return the last payment. Should you not do so, I will do a chargeback.', true],
    ['Should the account not be unlocked by Monday I will be taking legal action.', true],
    // Close contrasts: a formal conditional with no escalation, a question about the step, or a kind offer, which must stay calm.
    ['Should I not be home when the driver comes, please leave the parcel with my neighbour at number 12.', false],
    ['Should you need anything else for the claim, please let me know and I will send it.', false],
    ['Should the part not arrive in time, could we move the appointment to the following week?', false],
    ['Should the charge not be reversed, can I raise a chargeback myself or do you do that?', false],
    ['In the absence of my husband, I will be the one signing for the delivery on Friday.', false],
    ['Failing that, could you post the documents to my work address instead?', false],
    ['Should I not be able to attend the course, is the fee refundable?', false],
    ['Should my flight be delayed, will the car hire desk still be open?', false],
  ],
  'a charge questioned for an explanation, with no stance taken': [
    ['My gym membership went from £30 to £45 a month without any notice. Could you explain what the new price includes?', false],
    ['The invoice for the roof repair came to £1,240 but the quote was £900. Nobody mentioned extra costs. Could you send me an itemised breakdown please?', false],
    ['My phone bill has gone up to £58 this month without any explanation. Can you tell me what the extra charges are for?', false],
    ['We were charged £75 for a "call-out fee" that was not on the quote. Could you explain what it covers and send a breakdown?', false],
    ['Hi, the vet bill was £310 and I was told around £180 at the desk. Could you itemise it so I can see what was added?', false],
    ['Hello, my premium has gone from £420 to £610 without any explanation. Please could you send a breakdown of how it was calculated?', false],
    ['The final invoice includes an "admin fee" of £45 which was never mentioned. Could you clarify what this is for? Thanks', false],
    ['I don\'t understand how the water bill came to £260 for three months. Could you send me the readings you actually used?', false],
    ['My nursery invoice went up by £90 without any warning. Can someone explain the new fees please?', false],
    ['Our broadband bill jumped from £32 to £51 without notice. Could you send an itemised bill?', false],
    // Close contrasts: the same question with a stance, a threat or a count of contacts, which must stay.
    ['My bill has gone from £40 to £95 without any explanation. This is daylight robbery. Could you explain it?', true],
    ['You charged me £75 for a "call-out fee" nobody mentioned. Explain it or I will do a chargeback.', true],
    ['My premium went up by £200 without any explanation and this is the third time I am asking for a breakdown. Ridiculous.', true],
    ['The invoice is £1,240 instead of £900 and nobody mentioned it. I am absolutely furious. Send me a breakdown.', true],
    ['Honestly disgusted. My rent went up £150 without any notice. Could you explain how that is legal?', true],
  ],
  '"someone actually" in a plea: nobody has done it yet': [
    ['I have sent three photos of the damage. Please can someone actually look at them.', true],
    ['Two weeks and the refund is still pending. Could somebody actually check what is going on?', true],
    ['The heating is still broken after the visit. Can someone actually fix it this time?', true],
    ['Please could anyone there actually read my email before replying.', true],
    ['The form still does not submit. Is anyone actually going to look at this?', true],
    ['My order is still stuck. Will someone actually reply to me?', true],
    // Close contrasts: "actually" of a fact asked about, a genuine question, or praise, which must stay calm.
    ['Could you confirm which meter readings you actually used for the bill?', false],
    ['Can someone tell me what the parcel actually contains? It is a gift and I forgot.', false],
    ['Which of the two plans do customers actually use more? Just wondering which is better value.', false],
    ['Someone actually called me back within ten minutes, thank you so much!', false],
    ['Can you tell me what the engineer actually changed on the boiler? Just for my records.', false],
    ['Could someone check whether the class actually starts at 6 or 6.30?', false],
    // Close contrasts: "actually" asking whether the company does its work, or whether a doing was done, which must stay.
    ['Do you actually test the app before releasing updates? It crashes every time.', true],
    ['Do your engineers actually read the notes on the job sheet?', true],
    ['Can you confirm the refund was actually sent this time? I was told it went last week.', true],
    ['I reported the leak on Monday and rang again today. Is anyone actually assigned to it?', true],
  ],
  'praise-led feedback with a minor point': [
    ['Loved the new app update, really smooth! One small thing: the dark mode button is hard to find. Otherwise perfect.', false],
    ['The cleaners did a brilliant job!! Only thing, they missed the skirting boards in the hall, could they do those next time?', false],
    ['Great course overall, the tutor was fantastic. Minor suggestion: the slides in module 2 had a couple of typos.', false],
    ['honestly the new checkout is so fast!! only thing, where did the gift message box go??', false],
    ['Really happy with the kitchen fitting. One tiny niggle: a cupboard door in the corner does not close flush. Otherwise excellent work.', false],
    ['Fantastic stay, the staff were lovely. Small suggestion: the wifi in room 12 was a bit slow and the "express" checkout took 20 mins.', false],
    ['Really impressed with the service so far. Minor point: the invoice says "Mr" instead of "Dr".', false],
    ['We were so pleased with the wedding flowers! Two small suggestions for the future: the buttonholes arrived a bit late and one was missing a pin. Otherwise, wonderful!', false],
    // Close contrasts: praise that is sarcasm, or a minor point beside a stance, which must stay.
    ['Great, just great. One small thing: my order never arrived and nobody replies.', true],
    ['Brilliant service 🙃 Only thing is nobody has answered my emails for two weeks.', true],
    ['The course was fine. One small thing: I paid £400 and half the videos do not play. Absolutely unacceptable.', true],
    ['Lovely staff but one thing: this is the third time my booking has been cancelled. Ridiculous.', true],
  ],
  'harm to other people a report warns of (before more people are scammed)': [
    ['Someone has listed fake tickets under my name. Please take them down before more people are scammed.', false],
    ['There is a fake text going round with your logo. Please warn your customers so nobody else gets scammed.', false],
    ['A seller on your site is asking buyers to pay by bank transfer. Please check it before other buyers get ripped off.', false],
    ['My old account was hacked and is messaging my contacts. Please lock it so none of my friends get conned.', false],
    ['Someone is using my photos in a rental listing on your app. Please remove it before anyone gets scammed.', false],
    ['A caller pretending to be from your bank rang my mum today. Could you put a warning on the website so other people are not scammed?', false],
    // Close contrasts: the customer scammed by the company, or the company called a scam, which must stay.
    ['You scammed me out of £40 and nobody will refund it.', true],
    ['This subscription is a total scam. I was charged twice and cannot cancel.', true],
    ['I feel completely ripped off. £90 for a repair that lasted a day.', true],
  ],
  'a feeling made small and shrugged off (lowkey annoying but whatever)': [
    ['the app keeps logging me out every time i open it, lowkey annoying but whatever. on android if that helps', false],
    ['printer keeps disconnecting from the wifi, kinda annoying but no biggie. any tips?', false],
    ['The booking page keeps timing out, slightly annoying but not the end of the world. Is there another way to book?', false],
    ['the music cuts out every few minutes, a bit irritating but oh well. is it my phone?', false],
    ['my loyalty points disappeared after the update?? kinda annoying but no big deal. can you add them back?', false],
    ['The gate code changed and nobody told us, a little frustrating but no worries. What is the new one?', false],
    ['tbh the new layout is lowkey confusing but whatever, where do i find my invoices now', false],
    ['Emails from you keep landing in spam, mildly annoying but it is fine. Can you check your settings?', false],
    // Close contrasts: a feeling said fully, or shrugged with a stance beside it, which must stay.
    ['The app keeps logging me out every time i open it. Really annoying, please fix it.', true],
    ['this is so annoying, the printer disconnects every ten minutes and nobody can tell me why!!', true],
    ['kinda annoying but whatever, I guess that is what I get for paying you £50 a month for nothing. Useless.', true],
    ['Honestly infuriating. Third time the app has logged me out today.', true],
  ],
};

export const URGENCY25: Record<string, readonly MatrixCase[]> = {
  'the outcome conceded (no worries if not)': [
    ['Sorry to bother you on a Sunday! My 9am spin class booking for tomorrow isn\'t showing in the app. Will I still get in? No worries if not.', false],
    ['Could the parcel come before Friday? It is for a birthday, but totally fine if not.', false],
    ['Is there any chance of an earlier slot tomorrow morning? Not a big deal if not.', false],
    ['Can the engineer come today instead of Thursday? No problem if you can\'t.', false],
    ['Would it be possible to collect the suit tonight before 6? Not the end of the world if not.', false],
    ['Any chance the cake could be ready by 10am Saturday instead of noon? All good if not!', false],
    // Close contrasts: a deadline with its loss, or calm taken back, which must stay.
    ['My exam is tomorrow at 9am and the app has locked me out. Please help, it is urgent.', true],
    ['Not a big deal for me, but my mum\'s flight is at 7am tomorrow and her booking has vanished. Please call her now.', true],
    ['I need the certificate by 5pm today or I lose the contract. Please call me now.', true],
  ],
  'a necessity about to run out while what refills it has not come': [
    ['We have literally one nappy left and the order still hasn\'t come. Where is it?', true],
    ['Only two days of insulin left and the repeat still isn\'t at the pharmacy.', true],
    ['She has three tablets left and the prescription hasn\'t been sent to the chemist.', true],
    ['We\'re down to our last bag of formula, the delivery is late. Is it still coming?', true],
    ['I\'m about to run out of my blood pressure tablets and the repeat hasn\'t been approved.', true],
    ['The dog has one pouch of his special food left and the subscription box didn\'t arrive.', true],
    ['We\'ve got two logs left for the stove and the wood delivery was cancelled.', true],
    ['my dad is running out of oxygen cylinders and nobody has confirmed the delivery', true],
    // Close contrasts: stock or time left, something left behind, or no lack told, which must stay calm.
    ['Only 2 seats left on the Saturday course, can I still book one?', false],
    ['We have three days left of our holiday, can we extend the car hire?', false],
    ['I have two months left on my contract, what are my upgrade options?', false],
    ['I left two tins of paint in the garage for the decorator, hope that is ok.', false],
    ['There were only a few tins left on the shelf so I ordered online instead.', false],
    ['We have one bottle left from the case we bought at Christmas, can we order the same wine again?', false],
    ['I ran out of patience with my old supplier so I am moving to you. How do I switch?', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds25-matrix.ts')) printCueMatrices('session 25', [[FRUSTRATION25, 'frustrated'], [URGENCY25, 'urgent']]);
