/**
 * Session 24's look-alike matrix (toneen24, English): per kind, messages that must show the cue and close contrasts that
 * must not (or the reverse for a calm kind), written from general knowledge across trades as customers type them, never
 * from a development sentence's nouns. tests/unit/tone/kinds24.test.ts runs it; `npx tsx scripts/tone-kinds24-matrix.ts`
 * prints each case that is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION24: Record<string, readonly MatrixCase[]> = {
  'praise beside good news told with a negation (nothing broken, without any fuss)': [
    ['The removal team were honestly brilliant. Nothing broken, nothing scratched, and they were done by lunch!', false],
    ['Just wanted to say the new booking page is AMAZING!!! I can reschedule without ringing anyone now 😂', false],
    ['Fantastic job on the bathroom!! Not a single tile cracked and the grout is perfect.', false],
    ['Your courier was brilliant, the parcel arrived without a scratch. Thank you!!', false],
    ['Honestly the best dentist visit of my life. No pain at all, no waiting, lovely staff.', false],
    ['The electrician was superb!! No mess left behind and the new sockets work perfectly.', false],
    ['Amazing service!! Our flight was moved and you rebooked us without any fuss.', false],
    ['LOVE the new app!! I paid my bill without having to log in three times 😄', false],
    ['Brilliant groomers. Nothing missing from the bag, no nicks, and the dog came home happy.', false],
    ['The hotel staff were fantastic! Nothing was too much trouble and the room was spotless.', false],
    ['Wonderful wedding cake!! Not a crumb left by the end of the night.', false],
    ['Just a quick thank you. The boiler service was excellent, no drama, no hidden charges.', false],
    ['Great work from the decorators!! Nothing spilled on the carpet and they even hoovered.', false],
    ['The tutor is honestly amazing, my son finally does his homework without a fight!!', false],
    ['Perfect delivery!! Nothing damaged and the driver carried it upstairs.', false],
    // Close contrasts: the same praise beside a fault the customer suffered (sarcasm), which must stay.
    ['Brilliant. Nothing works and nobody has called me back.', true],
    ['Amazing service!! You cancelled my order without telling me.', true],
    ['Fantastic job, honestly. Nothing arrived and the tracking says delivered.', true],
    ['Great, just great. Three weeks without a reply and the refund still has not come through.', true],
    ['Wonderful. Nothing has been fixed and the engineer never turned up.', true],
    ['Love how you took £60 from my account without asking. Brilliant service.', true],
    ['Superb customer care: two hours on hold and nothing sorted. Well done.', true],
  ],
  'the date or time it is now, told after a promise': [
    ['I was promised a refund within 10 working days. It is now 3 March. Please process it.', true],
    ['You told me the new card would arrive in a week. It is now one month.', true],
    ['The technician promised to return with the spare the same week. It\'s now June.', true],
    ['We were promised a call back within 24 hours. It is now three days.', true],
    ['I was promised my certificate by the 1st. It is now 20 May and still nothing.', true],
    ['The builder promised the extension would be finished in August. It is now November.', true],
    ['You answered that the refund takes 5-7 days. It is now one month, where is it?', true],
    ['Your shop replied that the frame would be ready by 2 May. It is now 19 May.', true],
    ['I was promised the keys on 14 June. It is now 29 June and nobody answers the phone.', true],
    // Close contrasts: the date or time told without a promise, or to plan ahead, or a promise kept.
    ['It is now 3 March and I would like to book the car in for its MOT. Any slots?', false],
    ['You said the card would take a week. It is now working, thanks for the help!', false],
    ['It is now June so I would like to switch to the summer plan, please.', false],
    ['The engineer said he would come on the 4th. Is that still the plan? It is now 2 March so no rush.', false],
    ['It is now one month since I joined the gym and I love it. Can I add my partner?', false],
    ['You told me the parts arrive in May. It is now April, so could you confirm the date?', false],
    ['You promised the sofa by 28 June. It is now 20 June, just checking it is on track.', false],
    ['I wrote that the boiler was leaking. It is now fixed, thank you.', false],
    ['You answered my question about sizes. It is now June so I will order the summer range.', false],
  ],
  'an adviser of the customer\'s own telling them news (not an escalation)': [
    ['Hi, we exchange contracts on Thursday. Solicitor just told us the date might move to next week. Can we keep the van booking?', false],
    ['The lawyer advised us to get a written quote first. Could you send one for the fence?', false],
    ['Accountant says I need last year\'s statements for the tax return, where can I download them?', false],
    ['Manager said the replacement part is on order, any idea when it lands?', false],
    ['The conveyancer has asked for a copy of the building regs certificate. Can you email it over?', false],
    ['Solicitor has just confirmed completion for the 14th, so please book the removal for that morning.', false],
    ['The attorney needs the signed lease by Friday, can you resend the PDF?', false],
    ['Lawyer reckons the deposit should come back within 10 days, is that right?', false],
    // Close contrasts: the adviser as a threat, or an escalation asked for, which must stay.
    ['If this is not sorted by Friday I will be speaking to my solicitor.', true],
    ['My solicitor will be in touch about the damage to my car.', true],
    ['I have passed this to my lawyer. Expect a letter.', true],
    ['The lawyer advised us to take legal action against you over the flood damage. This is a disgrace.', true],
    ['I want to speak to a manager today. This is the third time you have cancelled.', true],
    ['Solicitor says we can take you to the small claims court, and frankly I am ready to.', true],
  ],
  'an apologetic novice, and "still" of a state in a while-clause': [
    ['Hello, I am 79 and not very good with computers, so please forgive me if this is a silly question. How do I print my boarding pass?', false],
    ['Sorry if this is a stupid question, but I am not very good with phones. How do I turn the ringtone up?', false],
    ['Please forgive me if I have missed something obvious. Where do I find the serial number on the heater?', false],
    ['I am not very good with technology, apologies. Can I pay the invoice by bank transfer?', false],
    ['Can I still use the hob while it is still under warranty, or does the engineer need to see it first?', false],
    ['May I charge the scooter while it is still folded?', false],
    ['Is it safe to feed the puppy while she is still on the antibiotics?', false],
    ['Forgive me, I am new to all this. Is the deposit refundable if we cancel while the house is still on the market?', false],
    // Close contrasts: the same courtesy announcing a complaint, or "still" of what is not done, which must stay.
    ['Forgive me if I am being dense, but how is it possible that you charged me twice for one order?', true],
    ['Your app is not very good, and frankly I am fed up with it logging me out.', true],
    ['Sorry, but this is ridiculous. The heater is still broken after three visits.', true],
    ['Three weeks later and the boiler is still not fixed. Absolutely useless.', true],
    ['I am not trying to be difficult, but I was promised a call and I am still waiting.', true],
  ],
  'court proceedings threatened in a formal letter': [
    ['Dear Sirs, we act for Mr Hale regarding the flood damage to his basement. Should we not receive a satisfactory response within 14 days, our client reserves the right to issue proceedings without further notice.', true],
    ['Absent a satisfactory response within 21 days, we are instructed to issue proceedings against you for the full sum.', true],
    ['Failing a reply within 7 days, my client will commence legal proceedings to recover the deposit.', true],
    ['Unless the invoice is corrected by the end of the month, we will begin proceedings for the overpayment.', true],
    ['If the vehicle is not collected and refunded by Friday, I shall start proceedings in the county court.', true],
    ['Please treat this as a letter before action. If the sum is not repaid in full within 14 days, we will issue proceedings without further notice.', true],
    // Close contrasts: proceedings against someone else, asked about, or a notice of something else, which must stay quiet.
    ['We have issued proceedings against the builder, could you send copies of his invoices for our file?', false],
    ['How do I issue proceedings in the small claims court against a seller who never delivered?', false],
    ['Our client has started proceedings against the previous landlord and needs the tenancy records from you.', false],
    ['Please note the meeting room may change without further notice if the venue is double booked.', false],
    ['Prices may change without further notice, so could you confirm the quote is still valid?', false],
    ['I am a solicitor and need to know whether you accept service of proceedings by email.', false],
  ],
};

export const URGENCY24: Record<string, readonly MatrixCase[]> = {
  'a time ahead with calm said in other words ("so no panic", "no pressure")': [
    ['My free trial ends in 10 days so no panic, but can the app export to Excel?', false],
    ['The deadline for the grant form is Friday, no pressure though. Can you check my address is right?', false],
    ['Our lease ends in three weeks, no stress, just want to know how to transfer the broadband.', false],
    ['The party is on the 28th so no panic, but could I change the cake flavour?', false],
    ['Renewal is due next month, no pressure, but is the price going up?', false],
  ],
  'a hazard word naming a safety device or check': [
    ['Could you also tell me whether the engineer will check the carbon monoxide alarm during the service?', false],
    ['Do you fit carbon monoxide detectors as part of the boiler install?', false],
    ['Is the gas safety certificate included in the landlord package?', false],
    ['How often should the fire extinguishers in the shop be serviced?', false],
    ['Does the cottage have a smoke alarm and a fire blanket in the kitchen?', false],
    ['Can you quote for a fire risk assessment for our small office?', false],
    // Close contrasts: the device sounding, or the hazard itself here now, which must stay.
    ['Our carbon monoxide alarm is beeping and my head hurts, what do I do?', true],
    ['The smoke alarm went off and there is smoke coming out of the oven!', true],
    ['I can smell gas in the hallway, please send someone now.', true],
    ['The fire alarm has been sounding for an hour and nobody has come, the residents are elderly.', true],
  ],
  'calm said in other words (close contrasts)': [
    // Close contrasts: panic or pressure felt, or taken back, which must stay.
    ['The form is due tomorrow and I am in a total panic, please help!', true],
    ['My flight is in 3 hours and the booking has vanished. Please call me now!', true],
    ['I need the certificate by 5pm today or I lose the contract. Please hurry.', true],
  ],
};

export const REPEAT24: Record<string, readonly MatrixCase[]> = {
  'a contact the customer says they have not made': [
    ['The kitchen tap has been dripping for a week. We haven\'t reported it before, just wanted to flag it.', false],
    ['Not contacted you about this before, but the lift on the third floor makes a grinding noise.', false],
    ['I have never emailed you before so apologies if this is the wrong address. Do you deliver to Leeds?', false],
    ['This is a new fault since the update, I didn\'t raise it before because it only started on Monday.', false],
    ['Hi, I haven\'t called about this yet. My meter reading looks too high for the month.', false],
    ['Never complained before, and I am not complaining now, but the bins were missed this week.', false],
    ['We have not written to you before. Our invoice shows VAT twice, could you check it?', false],
    ['The app logs me out every hour. I did not mention it before because I thought it was my phone.', false],
    // Close contrasts: a contact made earlier, or one the company did not answer (a repeat), which must stay.
    ['I reported the leak last week and nobody has come. Please send someone.', true],
    ['I have already reported this twice and nothing has changed.', true],
    ['Nobody has replied to my email from Monday about the refund.', true],
    ['I\'ve reported this before. Why is it still broken?', true],
    ['This is my third email about the missing invoice.', true],
    ['I called on Tuesday and was told someone would ring me back. Still no call.', true],
    ['You never called me back after I reported it on Monday.', true],
    ['I have written to you twice and never had a reply.', true],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds24-matrix.ts')) printCueMatrices('session 24', [[FRUSTRATION24, 'frustrated'], [REPEAT24, 'repeat'], [URGENCY24, 'urgent']]);
