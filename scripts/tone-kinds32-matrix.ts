/**
 * Session 32's tone kinds (lib/tone/cues/frustration.kinds32.ts, urgency.kinds32.ts): look-alike sets written from general
 * knowledge across trades (banks, couriers, clinics, telecoms, airlines, shops, garages, schools, utilities, councils,
 * insurers, gyms), registers and scripts (English, Persian in Latin letters), typed as customers type, never from a
 * development sentence's nouns. [text, shown]: whether the cue must show. Each kind carries its close contrasts.
 * Run: `npx tsx scripts/tone-kinds32-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds32.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION32: Record<string, readonly MatrixCase[]> = {
  // A sincere question whether a thing still holds, asked as an alternative to redoing it: "still" and "again" ask, no cue.
  stateAsked: [
    ['My smart thermostat has been offline for about a week. Is it still recording the schedule or do I need to set it up again?', false],
    ['I posted my passport renewal form on Monday and forgot to sign page 3. Will it still be processed or do I need to send it again?', false],
    ['hi, my gym card got wet and the chip looks scratched. will it still work at the barrier or do i need to order a new one?', false],
    ['I switched phones last night. Is my e-ticket still valid on the new one or do I need to download it again?', false],
    ['Our direct debit date moved to the 15th. Will the old mandate still be used or do we need to fill in the form again?', false],
    ['The reading on my water meter has not changed for two weeks. Is it still sending readings to you, or do I need to send them in myself?', false],
    ['Hello, I paid the school trip deposit twice by mistake. Will the second one still go through or do I need to cancel it?', false],
    // Contrasts: the alternative protests (escalation, a chase counted, "ever", "actually"), or a judgement beside it.
    ['Three weeks and my permit is still pending. Is anyone actually dealing with it or do I need to take this to the council?', true],
    ['I have sent the form three times already. Do I need to send it again, or will someone actually read it this time?', true],
    ['Still no refund after a month. Will it ever arrive or do I need to go to my bank for a chargeback?', true],
    ['This is ridiculous, the card still does not work. Do I need to order a new one AGAIN?', true],
  ],
  // The agent's last reply did not answer what was asked, said pointedly: the cue shows.
  notAnswered: [
    ['That does not answer my question at all. I asked why my deposit was kept, not when the flat was inspected.', true],
    ["Your reply doesn't address what I asked. I wanted to know WHY the fee was added, not how to pay it.", true],
    ['I note your letter of 3 May, which regrettably does not address either of the points raised in my complaint.', true],
    ["That's not what I asked. I asked why the booking was cancelled, not how to rebook it.", true],
    ['thanks but that doesnt answer my question at all?? why did my order get cancelled', true],
    ['Once again your response fails to address the issue I raised: the meter was replaced in March, yet I am billed for the old one.', true],
    // Contrasts: an answer thanked, a question of one's own made clearer, a hedged "not quite", an answer still awaited politely.
    ['Thanks, that answers my question. Have a good weekend.', false],
    ['Sorry, I think my question was not clear: I meant the invoice for March, not April.', false],
    ["Thanks for the reply! It doesn't quite answer my question though, sorry, I meant do you deliver to Jersey as well?", false],
    ['Could you answer my question about the warranty when you have a moment? Thanks.', false],
    ['Your reply addressed both points, thank you. I will send the form today.', false],
    ['Does this answer your question about the boiler service? If not, happy to call.', false],
  ],
  // A harm reported in mock delight, then a put-right asked: the cue shows.
  mockDelight: [
    ['I am delighted to report that your new thermostat update has made the heating come on at 4am every day. Any plans to fix it?', true],
    ['Thrilled to report that your "express" laundry service returned my shirts a week late and two sizes smaller. I would like a refund.', true],
    ['I note with some amusement that your "paperless" account has sent me nine paper letters this month. Could you please fix my settings?', true],
    ['We are pleased to inform you that your engineer left our kitchen without water for the weekend. Is there any compensation for the hotel?', true],
    // Contrasts: delight at a fix, praise with a plain request, amusement at one's own doing, delight with nothing to put right.
    ['I am delighted to report that your engineer fixed the boiler in ten minutes. Thank you so much!', false],
    ['Delighted to report that your new app is much faster. Could you please add a dark mode as well?', false],
    ['Pleased to let you know that your parcel arrived safely. Can you send the invoice for our records?', false],
    ['I note with interest that your spring catalogue is out. Do you still stock the blue kettle?', false],
    ['Happy to report the new router works perfectly. Could you cancel the old engineer visit please?', false],
  ],
  // Plain reports and questions that nothing here may touch.
  quiet: [
    ['Could you please confirm my appointment is still on for Thursday at 10?', false],
    ['Is my order still coming today? The tracking has not updated since this morning.', false],
  ],
};

export const URGENCY32: Record<string, readonly MatrixCase[]> = {
  // Persian in Latin letters: a deadline or a departure tonight, tomorrow or the day after, with the need at stake.
  finglishDeadline: [
    ['salam, emshab saat 8 konkooram va card vorood hanooz baz nemishe, chikar konam?', true],
    ['salam, farda sobh parvaz daram va belitam hanooz sader nashode. lotfan barresi konid', true],
    ['mohlat sabt nam ta emshab saat 12 e vali pardakht error mide, chikar konam?', true],
    ['salam, madarakam bayad ta pas farda dastam bashe vase safar, kojast?', true],
    ['salam, ghatar emshab saat 22 harekat mikone, esmam eshtebah sabt shode. mishe eslah konid?', true],
    // Contrasts: opening hours asked, a thing arrived, a date far off, no rush said, tomorrow as a plain plan.
    ['salam, farda baz hastin? mikham hozoori bayam', false],
    ['salam, sefaresh emrooz resid, kheyli mamnoon 🌹', false],
    ['salam, baraye mah baad ye nobat mikham, farghi nemikone che roozi', false],
    ['salam, ajale nadaram, farda ya pas farda ersal konid kafie', false],
    ['merci, farda mibinamet saat 10 too daftar', false],
    ['salam, farda sobh flight daram, mishe ye sandali kenar panjere begiram?', false],
    ['salam, dirooz goftan farda ersal mishe, hanooz chizi nayoomade vali moshkeli nist', false],
    ['salam, age ta farda nareseh cancel mikonam, 2 hafte pish sefaresh dadam', false],
  ],
  // English: the thing is needed for a near event (work, a flight, an exam) named with its day or hour.
  neededFor: [
    ['any news on my van repair? need it back for work tomorrow morning, cant do deliveries without it', true],
    ['I fly to Lagos on Friday and my passport is still with your visa desk. Can it be couriered back by Thursday?', true],
    ['lost my work boots on the 7am bus, need them for my shift tonight. who do i ask?', true],
    ['My hearing aid has stopped charging and I have a job interview tomorrow at 10. Can I get a loan one today?', true],
    ['is my laptop repaired yet? need it back before my exam on thursday', true],
    ['hiya is my watch repaired yet? need it back before my shift at 6 if poss', true],
    ['my gym locker key got lost, need it to get my car keys out tonight. who can open it', true],
    ['hi is my bike fixed yet? i need it to get to work tomorrow, its my only way in', true],
    ['my card got declined at the pharmacy, i need it for my prescription tonight. what do i do', true],
    ['Our coach tickets have not arrived. We need them for the trip on Saturday, can you resend them?', true],
    ['lost my student id on the bus, need it to take my exam tomorrow morning. where do i go?', true],
    // Contrasts: a date far off, no rush, a need with no day, a day already arranged, a past event, a slot changed, nothing wrong.
    ['Hello, I need to change my delivery slot from tomorrow to Friday please. Order 5512.', false],
    ['Could you deliver the table on Saturday? We need it for a dinner on Sunday. Thanks!', false],
    ['the bike is still at your shop and i kinda need it for work. any news?', false],
    ['No rush, but my passport is still with you and I need it back by Friday week if possible.', false],
    ['I needed it for my exam last Friday, but it is fine now, thanks for sorting it.', false],
    ["No rush at all, but could you send the invoice before the end of next month?", false],
    ["I'm flying to Spain in August, can I take the scooter battery on the plane?", false],
    ['I need a new charger for my laptop, which model fits? Thanks', false],
    ['Tomorrow is fine for the engineer visit, thanks for arranging it.', false],
    ['I had a job interview yesterday and used your print shop, the CVs looked great. Thanks!', false],
  ],
  // Persian: a harm to someone's body going on now, with help asked now.
  healthNowFa: [
    ['سلام، مادرم از دیشب تب ۳۹ داره و نفسش تنگ شده. امروز دکتر کشیک دارید؟', true],
    ['پسرم ۲ سالشه، از صبح سه بار استفراغ کرده و بی‌حاله. الان باید ببریمش اورژانس یا درمانگاه شما؟', true],
    ['دیروز دندونمو عصب‌کشی کردید، از صبح صورتم ورم کرده و خیلی درد داره. امروز میشه بیام؟', true],
    ['بعد از واکسن دیروز جای آمپول دخترم قرمز شده و ورم کرده، امشب باید بیاریمش؟', true],
    // Contrasts: a fever told as over, a broken object, a routine visit, a medicine stocked with no hurry.
    ['هفته پیش پسرم تب شدید داشت و بردیمش اورژانس، الان خداروشکر خوبه. هزینه‌ش رو بیمه میده؟', false],
    ['مبل امروز رسید ولی پایه‌ش شکسته، لطفاً بگید چیکار کنم.', false],
    ['برای چکاپ سالانه مادرم یه نوبت برای هفته بعد می‌خوام، فشارش کمی بالاست.', false],
    ['سلام، شربت تب‌بر بچه موجود دارید؟ برای هفته بعد می‌خوام، عجله‌ای نیست.', false],
  ],
};

/** Printed, not tested: what session 32's readings leave. */
export const KNOWN32: Record<string, readonly MatrixCase[]> = {};
/** Printed, not tested: urgency session 32's readings leave. */
export const KNOWN32_URGENT: Record<string, readonly MatrixCase[]> = {
  // A Finglish expiry tomorrow with nothing in the way said: the reading wants a block (error, hanooz, nemishe …).
  finglishExpiry: [['bime mashinam farda tamoom mishe, mishe emrooz online tamdid konam?', true]],
};

if (process.argv[1]?.endsWith('tone-kinds32-matrix.ts')) {
  printCueMatrices('kinds32 frustration', [[FRUSTRATION32, 'frustrated']]);
  printCueMatrices('kinds32 urgency', [[URGENCY32, 'urgent']]);
  printCueMatrices('kinds32 known', [[KNOWN32, 'frustrated'], [KNOWN32_URGENT, 'urgent']]);
}
