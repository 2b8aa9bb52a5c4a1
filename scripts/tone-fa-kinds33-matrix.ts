/**
 * Session 33's Persian tone kinds (lib/tone/cues/urgency.fa.kinds33.ts, lib/tone/cues/frustration.fa.kinds33.ts):
 * look-alikes written from general knowledge across trades (utilities, landlords, clinics, pharmacies, telecoms, banks,
 * shops, couriers, universities, garages), both registers, with and without ZWNJ, with Arabic ي/ك, and in Finglish,
 * never from a development sentence's nouns. [text, shown]: whether the cue must show. Each kind carries its contrasts,
 * which must stay quiet: an outage put right, a cut of the company's for a bill, the internet out, a past fever, no hurry,
 * a thank-you for a quick answer, sincere praise with a reservation, praise of a fix, thanks to a person.
 * Run: `npx tsx scripts/tone-fa-kinds33-matrix.ts` (prints the rows that disagree); tests/unit/tone/fa-kinds33.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const URGENCY_FA33: Record<string, readonly MatrixCase[]> = {
  // Heat, power or water out now, with cold, heat or someone fragile at stake.
  outageAtStake: [
    ['سلام، از صبح برق ساختمون قطعه و پدرم دستگاه اکسیژن داره. کی وصل میشه؟', true],
    ['با سلام، شوفاژ مجتمع از دیروز قطع است و دمای هوا زیر صفر درجه است. خواهشمند است رسیدگی فرمایید.', true],
    ['آب کل بلوک از دیشب قطعه، یه نوزاد دو هفته‌ای داریم. کسی نمیاد؟', true],
    ['پکيج خونه‌مون از ديروز خاموش نيست ولي گاز قطع شده، بچه کوچيک داريم و خيلي سرده', true],
    ['سلام برق خونه رفته مادربزرگم سالمنده و کولر نداریم هوا ۴۳ درجه است', true],
    ['salam, gaz e khoone az dishab ghate, bache koochik darim, hava kheili sarde. ki miayn?', true],
    // Contrasts (the internet out and a cut for a bill: see KNOWN_FA33), an outage put right, a cut to come, a past one, cloth shrunk.
    ['سلام، برق از صبح قطع بود ولی الان وصل شد، بچه‌ها هم خوبن. ممنون', false],
    ['سلام، پیامک اومده فردا برق منطقه ما دو ساعت قطع میشه، مادرم بیماره، ساعتش رو میگید؟', false],
    ['سلام، هفته پیش که هوا سرد بود گاز قطع شده بود، می‌خواستم بدونم خسارت میدید؟', false],
    ['سلام، لباس بچه کوچیکم رو شستم آب رفته، سایز بزرگترش رو دارید؟', false],
  ],
  // A fever or a fit going on now, with help asked.
  feverNow: [
    ['سلام، پسرم تب ۳۹ داره، امروز نوبت دکتر اطفال خالی دارید؟', true],
    ['با سلام، همسرم از دیشب تب شدید دارد. امکان اعزام پزشک به منزل هست؟', true],
    ['سلام خواهرم تشنج کرده الان چیکار کنیم؟ آمبولانس میفرستید؟', true],
    ['salam, pesaram tab dare 39, emshab darookhane baz darid? lotfan', true],
    // Contrasts: a past fever, one gone, thanks, a medicine asked for with no fever now.
    ['سلام، هفته پیش بچه‌م تب داشت بردیمش اورژانس، بیمه هزینه‌ش رو میده؟', false],
    ['سلام، دخترم دیروز تب کرده بود ولی الان خداروشکر خوبه. نوبت فردا رو کنسل کنید لطفاً', false],
    ['از پرستار بخش ممنونم، دیشب که پدرم تب داشت خیلی رسیدگی کردن.', false],
    ['سلام، شربت تب‌بر بچه برای قفسه اولیه خونه موجود دارید؟', false],
    ['تب کرده‌ام از گرمای نگاهت، همیشه همین‌طور است وقتی کنارم هستی', false],
  ],
  // People waiting on the spot now, with something in the way.
  waitingNow: [
    ['سلام، دستگاه کارتخوان نونوایی از صبح خطا میده، مشتریا دم در وایسادن. چیکار کنم؟', true],
    ['مهمونامون نشستن منتظرن و کیک تولد هنوز نرسیده!', true],
    ['salam, POS e restoran error mide, moshtaria montazeran, lotfan ye kari konid', true],
    ['مشتري‌ها منتظرن و سيستم صندوق كار نميكنه، لطفا راهنمايي كنيد', true],
    // Contrasts: the customer's own past wait, praise of the guests' evening, a fault told with no one waiting.
    ['سلام، دیروز تمام روز منتظر ماندم ولی تکنسین نیامد. لطفاً زمان جدید بدهید.', false],
    ['مهمونا رسیدن و همه چی عالی بود، ممنون از کیک خوشمزه‌تون 🌸', false],
    ['مشتریا همیشه از غذاتون راضی‌اند، برای مراسم هفته بعد منوی ویژه دارید؟', false],
  ],
  // «غیرمجاز» of a violation is no security problem; a withdrawal going on now stays urgent.
  violationNotSecurity: [
    ['با سلام، راننده تاکسی اینترنتی دیروز با سرعت غیرمجاز رانندگی کرد. لطفاً رسیدگی شود.', false],
    ['با سلام و احترام\nاحتراماً، راننده سرویس امروز صبح با سرعت غير مجاز در اتوبان رانندگی نمود. خواهشمند است پیگیری فرمایید.', false],
    ['همین الان دو تا برداشت غیرمجاز از کارتم شده، لطفاً مسدودش کنید', true],
  ],
  // Finglish pressure with a fault told.
  finglishPressure: [
    ['salam, kartkhan e maghaze az sobh error mide, lotfan zood dorostesh konid', true],
    ['salam, hesabam block shode, hamin alan bazesh konid', true],
    ['salam ab garmkon kharab shode va hanooz kasi nayomade, zoodtar befrestid lotfan', true],
    ['salam, site baz nemishe, sabt nam emrooz tamoom mishe, zood lotfan!!', true],
    // Contrasts: an early service asked for, thanks for a quick answer, no hurry, no fault.
    ['salam, mishe zoodtar tahvil begiram? mersi', false],
    ['mersi ke zood javab dadid, moshkelam hal shod', false],
    ['salam, mikhastam bepursam cash back ki mizanid? ajale nadaram', false],
    ['salam, ye soal dashtam, zood javab bedin mamnoon misham: saat kari shoma chande?', false],
  ],
};

export const FRUSTRATION_FA33: Record<string, readonly MatrixCase[]> = {
  // An ironic guess closed by an ironic face, with something wrong told.
  ironicGuess: [
    ['سه هفته است گوشی رو برای تعمیر دادم. احتمالاً دارن از اول می‌سازنش 🙃', true],
    ['قبض آب این ماه سه برابر شده. لابد ماهی‌های حوض همسایه رو هم حساب کردید 🙂', true],
    ['پیامک زدید «سفارش شما ارسال شد». ظاهرا با کبوتر نامه‌بر فرستادید 😂 هنوز نرسیده.', true],
    ['۱۰ روزه منتظر کارت هستم. فکر کنم كارتم رفته سفر دور دنيا 🙂', true],
    // Contrasts: the customer's own plan told warmly, a guess with nothing wrong, a hopeful ask.
    ['از خدماتتون راضی بودم، فعلا اشتراک رو تمدید نمی‌کنم، احتمالاً تابستون برمی‌گردم 🙂', false],
    ['سلام، فکر کنم فردا حضوری بیام دفتر، تا چه ساعتی بازید؟ 🙂', false],
    ['سلام، شاید بشه برای خرید عمده یه تخفیف کوچیک بدید؟ 😊', false],
  ],
  // Mock praise of the service beside a fault, marked as irony.
  mockPraise: [
    ['واقعاً عالیه، سه بار گفتم کنتور رو عوض کنید و هنوز همون کنتور خراب سر جاشه 👌', true],
    ['دمتون گرم، دوباره وسط پرداخت درگاهتون قطع شد 🙃 پولمم کم شده', true],
    ['چه پشتیبانی درخشانی! دو روزه تیکت زدم جواب نیومده.', true],
    ['بانکداری اینترنتی‌تون واقعا شاهکاره، رمز دوم هیچوقت نمیاد 🙂', true],
    ['دستتون درد نکنه 👏 لپ تاپ رو برای تعمیر دادم، با صفحه شکسته پس دادین. کي جبران ميکنيد؟', true],
    ['dametoon garm vaghean, app e bank dobare baz nemishe, hanooz error mide 🙂', true],
    // Contrasts: sincere praise with a reservation, praise of a fix, thanks to a person, a thank-you note.
    ['دمتون گرم، سالن خیلی خوبه ولی دوش‌ها آب گرم ندارن 😅 کی درست میشه؟', false],
    ['واقعاً عالیه، تعمیرکارتون اومد و لوله رو عوض کرد، الان درست شد 👌', false],
    ['مرسی از همکارتون خانم احمدی، خیلی با حوصله راهنمایی کرد 🙏', false],
    ['فقط خواستم بگم پشتیبانی‌تون عالیه 👏 همیشه سریع جواب میدید.', false],
    ['dametoon garm, sefaresh sari resid 👌', false],
    ['سلام، سایتتون عالیه ولی نمیدونم چطور آدرس رو عوض کنم؟ 🙂', false],
    ['خدماتتون خیلی عالیه، فقط سفارش این بار هنوز نرسیده، میشه پیگیری کنید؟', false],
  ],
};

/**
 * Printed, not tested: two urgent false alarms of the older readers (the base reads «بچه کوچیک دارم» as safety; this
 * session's reader is quiet on them), and a Finglish row too short for the language layer to read as Finglish (the same
 * words in a longer message show the cue).
 */
export const KNOWN_FA33: Record<string, readonly MatrixCase[]> = {
  olderReaders: [
    ['سلام، اینترنت خونه از صبح قطعه و دو تا بچه کوچیک دارم. کی درست میشه؟', false],
    ['گاز ما رو بخاطر قبض قطع کردین در حالی که پرداخت کرده بودم، بچه کوچیک دارم.', false],
  ],
};
export const KNOWN_FA33_FRUSTRATION: Record<string, readonly MatrixCase[]> = {
  shortFinglish: [['dametoon garm vaghean, app bank dobare baz nemishe 🙂', true]],
};

if (process.argv[1]?.endsWith('tone-fa-kinds33-matrix.ts')) {
  printCueMatrices('fa-kinds33', [[URGENCY_FA33, 'urgent'], [FRUSTRATION_FA33, 'frustrated']]);
  printCueMatrices('fa-kinds33 known', [[KNOWN_FA33, 'urgent'], [KNOWN_FA33_FRUSTRATION, 'frustrated']]);
}
