/**
 * Session 37's urgency kind (lib/tone/cues/urgency.kinds37.ts): an event or deadline of the customer's a few days ahead
 * with the company's part needed before it. Look-alikes written from general knowledge across trades (couriers, clinics,
 * printers, banks, embassies, schools, venues, garages, shops), registers and spellings (learner English, lower case,
 * formal letters, Persian without ZWNJ, Arabic ي/ك), never from a development sentence's nouns. [text, shown]: whether the
 * urgent cue must show. Each kind carries its contrasts: a date that is no deadline ("I ordered on the 14th"), a day of a
 * contact told back, urgency denied ("no rush", «عجله‌ای نیست»), a past event, a booking enquiry, a date months away.
 * Run: `npx tsx scripts/tone-kinds37-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds37.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const URGENCY37: Record<string, readonly MatrixCase[]> = {
  eventSoonEn: [
    ['My daughter graduates on Saturday and her gown still hasn’t come. Can you send it before then?', true],
    ['The inspection is next Tuesday and the certificate is still showing as pending. Could you issue it in time?', true],
    ['We have a funeral on Wednesday and the flowers order says declined. Can someone fix it before then please?', true],
    ['my interview is this Thursday and the suit you altered is missing a button, can i collect it b4 then', true],
    ['The wedding is on Friday and only 40 of the 60 invitations arrived. Is there any chance of the rest by Thursday?', true],
    ['Our launch is in 3 days and the banner proof still says in progress. Could you check it please?', true],
    ['Hi, my son starts school on Monday and the uniform order still shows as processing. Is there any way to get it before then?', true],
    ['I’m moving house this Saturday and the van hire confirmation hasn’t come through. Can you confirm the booking please?', true],
    ['Our restaurant reopens on Friday and the card machine you sent is not working. Could someone swap it in time?', true],
    ['The visa deadline is in 2 days and the bank letter I asked for still hasn’t been issued. Please can you send it?', true],
    // Contrasts: a date that is no deadline, a contact told with its day, no rush, a past event, a date with nothing in the way.
    ['I ordered on the 14th and it arrived today, thanks. Could you send the invoice?', false],
    ['I emailed on Tuesday about moving my appointment and haven’t heard back. Could you check?', false],
    ['The wedding is on Friday but there is no rush on the thank-you cards, whenever suits. Could you quote for 80?', false],
    ['On Saturday we went to the concert and the seats were wrong. Can I get a partial refund?', false],
    ['Is my appointment for Thursday still on? Thanks', false],
    ['Could you confirm the conference room booking for 14 May is still available?', false],
    ['My passport expires on 14 November and I have no travel planned before then. Should I renew now?', false],
  ],
  eventSoonFa: [
    ['سلام. جشن فارغ‌التحصیلی دخترم پنجشنبه‌ست و لباسش هنوز نرسیده. میشه تا چهارشنبه برسه؟', true],
    ['با سلام، دفاع پایان‌نامه اینجانب روز دوشنبه است و نسخه صحافی‌شده هنوز آماده نشده. خواهشمند است حداکثر تا شنبه تحویل گردد.', true],
    ['سلام مهلت ثبت نام سه روز دیگه تموم میشه و پرداخت از درگاه خطا میده. لطفا بررسی کنید', true],
    ['سلام. عروسي برادرم جمعه است و كت شلوار هنوز نرسيده. ميشه تا پنجشنبه بفرستيد؟', true],
    ['سلام، کلاس زبان بچه‌ها از شنبه شروع میشه و کتاباشون هنوز ارسال نشده. امکانش هست تا جمعه برسه؟', true],
    ['با سلام، اقامت اینجانب پنج روز دیگر تمام می‌شود و نامه دانشگاه هنوز صادر نشده. لطفاً راهنمایی فرمایید.', true],
    ['سلام، کنفرانس من هفته آینده است و لپ تاپم هنوز از تعمیر برنگشته. میشه حداکثر تا شنبه آماده بشه؟', true],
    // Contrasts: no hurry, a past date told, a booking for dates, a date months away with nothing in the way, a reschedule.
    ['سلام، تولد پسرم جمعه‌ست، عجله‌ای نیست، فقط میخواستم بدونم کیک شکلاتی دارید؟', false],
    ['با سلام، پرواز مورخ ۳ آذر با تأخیر انجام شد. خواهشمند است غرامت را پرداخت کنید.', false],
    ['با سلام، درخواست رزرو دو اتاق برای همایش در تاریخ ۱۸ تا ۲۰ اردیبهشت. لطفاً پیش‌فاکتور ارسال کنید.', false],
    ['سلام، برای ۲۵ آذر نوبت گرفتم. اگه نتونم برم میشه کنسل کنم؟', false],
    ['سلام، نوبتم رو از پنجشنبه به شنبه جابجا کنید لطفا.', false],
  ],
};

/** Session 37's repeat-contact kinds (lib/tone/cues/repeat.kinds37.ts): Finglish and Persian earlier contacts. */
export const REPEAT37: Record<string, readonly MatrixCase[]> = {
  countedFinglish: [
    ['salam, in dafe sevome ke email mizanam, pool e man chi shod?', true],
    ['dafe dovome ke payam midam, modem hanooz chrag ghermez mizane', true],
    ['4 ta email zadam hich kas javab nadad, sefaresh kojast?', true],
    ['baad az 2 ta tamas hanooz kasi nayoomade kooler ro dorost kone', true],
    // Contrasts: a count of something else, a first message.
    ['3 ta payamak omad ke ramz yekbar masraf, man darkhast nadadam!', false],
    ['salam, avalin bare ke sefaresh midam, ersal be shiraz darid?', false],
  ],
  toldThenFinglish: [
    ['salam, dirooz ham be poshtibani goftam, hanooz internet ghate', true],
    ['ba hamkaretoon dirooz chat kardam, goftan farda tamas migiran vali kasi zang nazad', true],
    // Contrasts: a contact with family or a plan.
    ['dirooz be mamanam goftam ke sefaresh ro tahvil begire, hala mige nayoomade', false],
    ['farda zang mizanam ke vaght begiram', false],
  ],
  toldThenPersian: [
    ['سلام. دیروز هم به شما زنگ زدم، گفتند تا امروز وصل میشه ولی هنوز قطعه.', true],
    ['هفته پیش اومدم شعبه شما، گفتن کارت آماده‌ست، ولی هنوز پیامک نیومده.', true],
    ['سلام، پریروز تماس گرفتم گفتید کارشناس میاد، خبری نشد.', true],
    // Contrasts: a contact with the bank or family told back, a plan.
    ['دیروز به بانکم زنگ زدم، گفتند پول از حسابم رفته. از طرف شما برداشت شده؟', false],
    ['فردا میام دفتر شما که قرارداد رو امضا کنم.', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds37-matrix.ts')) printCueMatrices('session 37 kinds', [[URGENCY37, 'urgent'], [REPEAT37, 'repeat']]);
