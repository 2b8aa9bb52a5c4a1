/**
 * Session 24's Persian urgency kinds (lib/tone/cues/urgency.fa.kinds24.ts): a look-alike set written from general
 * knowledge across trades and both registers (typed as customers type: often no ZWNJ, Arabic ي/ك now and then), never
 * from a development sentence's nouns. [text, shown]: whether the urgent cue must show. Each kind carries its close
 * contrasts. Run: `npx tsx scripts/tone-kinds24-fa-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds24.fa.test.ts runs it.
 */
import { cueMatrixWrong, type MatrixCase } from './tone-matrix-run.ts';

export const URGENCY24_FA: Record<string, readonly MatrixCase[]> = {
  // A condition on a time within days whose other branch is a loss to the customer.
  lossIfMissed: [
    ['سلام، اگه تا فردا مدارک نرسه ثبت نامم تو آزمون باطل میشه. میشه پیگیری کنید؟', true],
    ['اگر تا پنجشنبه وجه برگشت داده نشود، رزرو هتل ما لغو می‌شود.', true],
    ['لطفا رسید پرداخت رو امروز بفرستید وگرنه جریمه دیرکرد میخورم', true],
    ['با سلام، فاکتور رسمی تا پایان هفته جاری مورد نیاز است؛ در غیر این صورت قرارداد ما با کارفرما منتفی خواهد شد.', true],
    ['داداش اگه تا امشب شارژ نشه اشتراکم تموم میشه و کل آرشیوم پاک میشه', true],
    ['اگه تا ساعت ۵ پول به حسابم نیاد چکم برگشت میخوره و حسابم مسدود میشه', true],
    ['سلام وقت بخیر. گواهی سلامت رو تا آخر این هفته لازم دارم وگرنه کارت بهداشتم باطل میشه.', true],
    ['اگر تا فردا ظهر بلیط صادر نشود، ویزای من منقضی می‌شود.', true],
    ['اگه امروز نصاب نیاد، مهلت تحویل واحد به مستاجر تموم میشه', true],
    ['باید تا شنبه نامه بیمه برسه دست ما وگرنه پرونده خسارت بسته میشه و درخواست رد میشه', true],
    ['سلام، اگه تا پس‌فردا کارت دانشجوییم صادر نشه از امتحانات محروم میشم', true],
    ['اگر تا جمعه قطعه نرسد، نوبت تعمیرگاه از دست می‌رود.', true],
    // Contrasts: the other branch is the customer's own act (an ultimatum), the time is far, or there is no loss.
    ['اگه تا آخر هفته درست نشه خطمو میبرم یه اپراتور دیگه', false],
    ['اگر تا پنجشنبه وجه برگشت داده نشود، شکایت خواهم کرد.', false],
    ['وگرنه پولمو پس میخوام. این هفته هم تموم شد و هیچ خبری نشد.', false],
    ['اگه تا آخر ماه نرسه عیبی نداره، عجله‌ای نیست.', false],
    ['اگر تا سال بعد تمدید نشود، اشتراک لغو می‌شود؟ فقط می‌خواستم بدونم.', false],
    ['سلام، اگه سفارشم لغو بشه پولش کی برمیگرده؟', false],
    ['اگه فردا نتونستید بیاید خبر بدید، مشکلی نیست.', false],
    ['سلام، تا آخر ماه وقت دارم مدارک رو بفرستم. لطفاً آدرس ایمیل رو بدید.', false],
    ['اگه تا پنجشنبه نرسه، تو سایت نظر منفی میذارم.', false],
    ['اگر این هفته تماس نگیرید، حضوری میام شعبه.', false],
    ['اگه این هفته جواب ندید، تو گوگل مپ نظر منفی مینویسم و اشتراکمو لغو میکنم.', false],
    ['وگرنه مجبورم اشتراکمو کنسل کنم. سه روزه منتظرم.', false],
    // A demand in the subjunctive («لغو گردد», «لغو بشه»), and a week that names an amount, not a deadline.
    ['لطفاً مبلغ این هفته رو برگردونید، در غیر این صورت اشتراکم لغو بشه.', false],
    ['خواهشمند است وجه تا پایان هفته جاری مسترد شود، در غیر این صورت سفارش لغو گردد.', false],
  ],
  // The day of an occasion as its predicate, and a nearer time asked for.
  occasionNear: [
    ['سلام، جشن تولد پسرم فرداست. امکانش هست کیک رو امروز عصر تحویل بدید؟', true],
    ['عروسی خواهرم پس‌فرداست، میشه لباس رو زودتر برسونید؟', true],
    ['مهمونی امشبه و هنوز سفارش غذا نرسیده، میشه همین الان بفرستید؟', true],
    ['سالگرد ازدواجمون فرداست، امکانش هست دسته گل رو امروز بفرستید؟', true],
    ['امتحان ورودیم فرداست. میشه کارت ورود به جلسه رو امروز صادر کنید؟', true],
    // Contrasts: the occasion alone, thanks, nowadays, no sooner asked.
    ['عروسیم فرداست، مرسی بابت لباس قشنگ 😍', false],
    ['تولدش فرداست، خیلی ممنون که کادو رو به موقع فرستادید.', false],
    ['امروزه همه چیز گرون شده، قیمت جدید اشتراک چنده؟', false],
    ['جلسه فرداست. لطفا فایل ارائه رو هفته بعد برام بفرستید.', false],
    ['سلام، تولد مادرم فرداست و سفارش کیک هم دیروز رسید. عالی بود.', false],
  ],
  // A medicine named as the goods of a past delivery: a complaint, no health at stake now.
  deliveredMedicine: [
    ['با سلام، داروهای ارسالی با بسته‌بندی آسیب‌دیده تحویل گردید. خواهشمند است نسبت به تعویض اقدام فرمایید.', false],
    ['انسولین سفارش دادم، وقتی رسید کاملا گرم بود. این چه وضع ارسال داروئه؟ پولمو برگردونید.', false],
    ['داروی سفارشیم اومد ولی تاریخ انقضاش گذشته بود. لطفا عوضش کنید.', false],
    ['دارو رو فرستادید ولی جعبه‌اش پاره بود و برگه راهنما نداشت.', false],
    // Contrasts: the customer is without it, needs it now, or it has not come.
    ['انسولینم تموم شده و هنوز سفارشم نرسیده. امشب لازمش دارم!', true],
    ['داروی پدرم رسید ولی اشتباه فرستادید، امروز دیگه دارو نداره. لطفا فوری داروی درست رو بفرستید.', true],
    ['مادرم بیماره و داروش فقط تا فردا کفایت میکنه، سفارش هنوز ارسال نشده.', true],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds24-fa-matrix.ts')) {
  const { cases, wrong } = cueMatrixWrong(URGENCY24_FA, 'urgent');
  for (const w of wrong) console.log(w);
  console.log(`urgent (fa, session 24): ${cases - wrong.length} / ${cases} right`);
}
