/**
 * Session 32's Persian tone kinds (lib/tone/cues/frustration.fa.kinds32.ts, lib/tone/cues/urgency.fa.kinds32.ts):
 * look-alikes written from general knowledge across trades (insurers, banks, couriers, clinics, telecoms, airlines, rail,
 * shops, schools, utilities, landlords), both registers, written with and without ZWNJ, with Arabic ي/ك, and in Finglish,
 * never from a development sentence's nouns. [text, shown]: whether the cue must show. Each kind carries its contrasts,
 * which must stay quiet: a forecast, a pleasant surprise, praise "beyond expectation", a calm report, thanks after a fix,
 * a polite reminder, the customer's own trip from tomorrow, no hurry said, a past day's event told.
 * Run: `npx tsx scripts/tone-fa32-matrix.ts` (prints the rows that disagree); tests/unit/tone/fa32.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION_FA32: Record<string, readonly MatrixCase[]> = {
  // An expectation let down, said formally or plainly, with a harm told.
  expectationLet: [
    ['با سلام\nاحتراماً، درخواست صدور المثنی کارت بیمه اینجانب از ۱۵ روز پیش ثبت شده و تاکنون اقدامی صورت نگرفته است. انتظار می‌رفت سازمانی با این سابقه به وعده‌های خود عمل نماید.\nبا احترام', true],
    ['با سلام، بنده سه هفته است منتظر بازگشت وجه اضافه برداشت شده هستم و هنوز هیچ پاسخی دریافت نکرده‌ام. انتظار میرود در اسرع وقت پاسخگو باشید.', true],
    ['احتراماً، تعمیرکار اعزامی بدون هماهنگی قبلی مراجعه و بدون انجام کار محل را ترک نمود. انتظار برخورد حرفه‌ای‌تری را داشتم.', true],
    ['سلام، واقعا انتظار نداشتم کیک تولد بچه‌ام رو با اسم اشتباه بفرستید. مهمونا همه دیدن.', true],
    ['با سلام، متاسفانه قبض آب این ماه دو برابر آمده و کسی پاسخگو نیست. انتظار مي‌رفت شركت آب به شكايت مشتركين رسيدگي كند.', true],
    ['با سلام\nپیرو تماس‌های مکرر، نصب کنتور واحد ما هنوز انجام نشده است. بدیهی است ادامه این وضعیت قابل قبول نخواهد بود.', true],
    ['با سلام و احترام، ضمن ابراز تأسف از نحوه برخورد همکار شعبه مرکزی، خواهشمند است نسبت به بررسی موضوع اقدام فرمایید. کارت اینجانب بدون دلیل ضبط شد.', true],
    ['احتراماً، علی‌رغم پیگیری‌های مکرر، سرور شرکت ما هنوز قطع است. مسئولیت خسارات وارده متوجه آن شرکت خواهد بود.', true],
    // Contrasts: a forecast, a pleasant surprise, praise beyond expectation, a calm question with «انتظار».
    ['با سلام، طبق اعلام سایت انتظار می‌رود بسته تا پایان هفته برسد. آیا امکان تغییر آدرس تحویل هنوز هست؟', false],
    ['سلام، خیلی ممنونم، واقعاً انتظار نداشتم به این سرعت کارت جدید برسه. کارتون عالیه.', false],
    ['سلام، کیفیت پرده‌ها فراتر از انتظار بود، هنوز هم باورم نمیشه. ممنون از شما', false],
    ['با سلام، پس از ثبت درخواست چه مدت باید انتظار پاسخ را داشته باشم؟', false],
    ['سلام، هنوز کارت رو نگرفتم ولی طبق پیامک انتظار میره فردا برسه. فقط خواستم مطمئن شم آدرس درسته.', false],
    ['سلام، سالن انتظار مطب خیلی شلوغ بود ولی دکتر خیلی با حوصله بود. ممنون.', false],
  ],
  // A question of blame or fairness put to the company.
  blameQuestion: [
    ['قسط رو سر وقت ریختم، سیستم شما ثبت نکرده و جریمه خوردم. خب تقصیر من چیه؟', true],
    ['سه ماهه آب ساختمون شبا قطع میشه و هر ماه هم قبض کامل میاد. حق ما اینه؟', true],
    ['کارت بانکیم رو دستگاه خودتون بلعید و حالا میگید برو شعبه مرکزی. تقصیر بنده چیست؟', true],
    ['بچه مریضه، دارو رو دو روزه نیاوردید. مگه شما خودتون بچه ندارید؟', true],
    ['خسارت رو خودتون زدید حالا از ودیعه من کم میکنید؟ این اصلا انصاف نیست.', true],
    // Contrasts: one's own fault owned, the company cleared, a right asked about, fairness praised.
    ['سلام، رمز رو اشتباه زدم و کارت مسدود شد، تقصیر من بود. چطور باز کنم؟', false],
    ['میدونم تقصیر شما نیست ولی بسته هنوز نرسیده، میشه از پست پیگیری کنید؟', false],
    ['سلام، طبق قرارداد حق من اینه که نسخه کاغذی هم داشته باشم؟ چطوری درخواست بدم؟', false],
    ['انصافاً همکارتون خیلی با حوصله جواب داد، ممنون.', false],
  ],
  // Plain reports, reminders and thanks that nothing here may touch.
  quiet: [
    ['سلام، ممنون که مشکل اینترنت رو درست کردید. الان همه چی خوبه.', false],
    ['با سلام، جهت یادآوری عرض می‌کنم درخواست تمدید قرارداد اینجانب هنوز بررسی نشده است. لطفاً در صورت امکان بررسی فرمایید.', false],
    ['دستتون درد نکنه، بسته سالم رسید و پیک هم خیلی مودب بود.', false],
    ['سلام، همسایه‌مون از شرکت قبلی خیلی عصبانی بود ولی ما از شما راضی هستیم. برای تمدید چه مدارکی لازمه؟', false],
  ],
};

export const URGENCY_FA32: Record<string, readonly MatrixCase[]> = {
  // A timed event tonight or tomorrow, asked about, with no «فوری».
  nearEvent: [
    ['سلام، فردا صبح پرواز دارم به شیراز و هنوز کارت پرواز صادر نشده. چیکار کنم؟', true],
    ['سلام قطار امشب ساعت ۱۰ به مشهد تاخیر داره یا نه؟', true],
    ['با سلام، بیمه‌نامه بدنه خودروی اینجانب فردا منقضی می‌شود. خواهشمند است نحوه تمدید آنلاین را اعلام فرمایید.', true],
    ['سلام، امشب مهمون داریم و سفارش گوشت هنوز نرسیده، میشه پیگیری کنید؟', true],
    ['سلام، مهلت ثبت نام آزمون فردا تموم میشه ولی سایت خطا میده. راهی هست؟', true],
    ['سلام، فردا امتحان دارم و لپ‌تاپم هنوز تو تعمیرگاه شماست. امروز آماده میشه؟', true],
    ['salam, farda sob parvaz daram va chamedoonam hanooz nayomade, mishe peygiri konid?', true],
    ['salam, emshab mehmoon daram, yakhchal khamoosh shode. kesi mitoone biad?', true],
    ['سلام، پس فردا عروسی داریم و لباس هنوز از خیاطی شما تحویل نشده. لطفا بگید کی آماده میشه', true],
    // Contrasts: the customer's own trip from tomorrow, no hurry, a past event, a far date, nothing asked.
    ['من از فردا میرم مسافرت، دو هفته دیگه با شما تماس میگیرم.', false],
    ['سلام، فردا پرواز دارم ولی عجله‌ای نیست، بعد از سفر هم میشه بلیط برگشت رو عوض کنم؟', false],
    ['سلام، دیروز پرواز داشتم و همه چیز عالی بود. ممنون از خدمات خوبتون.', false],
    ['سلام، برای سفر ماه آینده به استانبول بلیط قطار هم دارید؟', false],
    ['فردا پرواز دارم، ممنون که به موقع ویزا رو فرستادید.', false],
    ['salam, dirooz flight dashtam, hame chi khoob bood. merci', false],
    ['سلام، امشب مهمون داریم، کیک شکلاتی بدون شکر هم دارید؟', false],
    ['salam, farda safar daram, sim card e shoma too torkiye ham kar mikone?', false],
    ['سلام، فردا تمام روز خونه‌ام، میشه پیک هر ساعتی بیاد؟', false],
    ['salam, mikham belit e parvaz e farda ro cancel konam, jarime dare?', false],
    ['سلام، برای جشن تولد فردا کیک سفارشی هم قبول می‌کنید؟', false],
    ['سلام، فردا سفره عقد داریم، گل آرایی هم انجام میدید؟', false],
  ],
};

/** Printed, not tested: false alarms of older readers (urgency.kinds28's near day; this session's reader is quiet on them). */
export const KNOWN_FA32: Record<string, readonly MatrixCase[]> = {
  olderReaders: [
    ['سلام، میخوام بلیط قطار فردا رو کنسل کنم، جریمه‌اش چقدره؟', false],
    ['سلام، فردا پرواز دارم، مشکلی نیست اگه ساک دستی دوم هم ببرم؟', false],
    ['سلام، فردا پرواز دارم به کیش، چند کیلو بار مجازه؟', false],
    ['سلام، برای پرواز فردا صبح کارت پرواز آنلاین از چه ساعتی صادر میشه؟', false],
  ],
};

if (process.argv[1]?.endsWith('tone-fa32-matrix.ts')) {
  printCueMatrices('fa32', [[FRUSTRATION_FA32, 'frustrated'], [URGENCY_FA32, 'urgent']]);
  printCueMatrices('fa32 known', [[KNOWN_FA32, 'urgent']]);
}
