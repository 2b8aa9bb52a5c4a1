/**
 * Session 23's Persian frustration kinds (lib/tone/cues/frustration.fa.kinds23.ts): a look-alike set written from general
 * knowledge across trades and both registers (with and without ZWNJ, as customers type), never from a development
 * sentence's nouns. [text, shown]: whether the frustrated cue must show. Calm kinds carry their close contrasts that must
 * stay frustrated. Run: `npx tsx scripts/tone-kinds23-fa-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds23.fa.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION23_FA: Record<string, readonly MatrixCase[]> = {
  // A fault word whose light verb is negative: good news, never the failure a praise is said around.
  faultDenied: [
    ['عالیه! از وقتی مودم رو عوض کردید دیگه اینترنتم قطع نمیشه 😍 دمتون گرم', false],
    ['دمتون گرم، گوشی بعد از تعمیر دیگه هنگ نمیکنه.', false],
    ['آفرین، این بار بسته اصلا دیر نرسید.', false],
    ['دستتون درد نکنه، ظرفا با اینکه شیشه‌ای بودن هیچکدوم خراب نشد.', false],
    ['چه عالی! صورتحساب این ماه دیگه اشتباه نبود.', false],
    ['خیلی خوب بود، پرواز حتی یه دقیقه هم تاخیر نداشت.', false],
    ['ممنون واقعا، اپ جدید دیگه کرش نمیکنه 👌', false],
    ['دمت گرم داداش، از وقتی سیم‌کشی رو درست کردی برق دیگه قطع نشده!!', false],
    ['عالی بود!! کلاس آنلاین امروز یه بارم قطع نشد', false],
    ['با سپاس فراوان، پس از نصب نرم‌افزار جدید سامانه دیگر دچار خطا نمی‌شود. فوق‌العاده است.', false],
    ['آفرین به تیم فنی، سرور از دیروز یه لحظه هم قطع نشده.', false],
    ['مرسی، پکیج سالم رسید و هیچ قسمتش خراب نبود، عالی بود', false],
    // Contrasts: the fault happens (its light verb is positive), or the absence words.
    ['دمتون گرم، اینترنت باز قطع شد.', true],
    ['آفرین، گوشی بعد از تعمیرتون هنوز هنگ میکنه.', true],
    ['عالیه! بسته بازم دیر رسید.', true],
    ['دستتون درد نکنه، بازم قبض رو اشتباه حساب کردید.', true],
    ['دمتون گرم واقعا، سه روزه اینترنت قطعه و هیچکس جواب نمیده', true],
    ['ممنون از این همه سرعت، سفارشم هنوز نرسیده.', true],
  ],
  // «دمتون گرم واقعا», «دستتون درد نکنه واقعاً», «خسته نباشید واقعاً» in a message that tells no fault.
  sincereFormula: [
    ['دمتون گرم واقعا!! سفارشم یه روزه رسید.', false],
    ['دستتون درد نکنه واقعا، نصاب خیلی مرتب کار کرد.', false],
    ['خسته نباشید واقعا، جواب سوالمو کامل دادید.', false],
    ['واقعا خسته نباشید، با این همه مشتری اینقدر با حوصله جواب دادید.', false],
    ['دمتون گرم واقعا 🙏 کلاس دیروز عالی بود، بچه‌ها کلی یاد گرفتن.', false],
    ['دستتون درد نکنه واقعاً، وام خیلی سریع‌تر از چیزی که فکر می‌کردم تأیید شد.', false],
    ['دمتون گرم واقعا، راننده خیلی مودب بود و بار رو سالم رسوند.', false],
    ['خسته نباشید واقعاً! تعمیرکار اومد و کولر مثل روز اولش شد.', false],
    ['دمتون گرم واقعا!!! دکتر خیلی با حوصله معاینه کرد.', false],
    ['دستتون درد نکنه واقعا 😍 کیک تولد خیلی خوشمزه بود.', false],
    ['واقعا خسته نباشید، مدارک بیمه رو همون روز بررسی کردید.', false],
    ['سلام، دمتون گرم واقعا. مشاوره‌ی دیروز خیلی به کارم اومد. برای جلسه‌ی بعد چطوری وقت بگیرم؟', false],
    ['خسته نباشید واقعاً به همکارتون، خیلی صبور بود. فقط میخواستم بدونم فاکتور رو کی میفرستید؟', false],
    ['دمتون گرم واقعا، آرایشگرتون معرکه‌ست. کجا میشه نظر ثبت کرد؟', false],
    // Contrasts: a fault told beside the formula.
    ['دمتون گرم واقعا!! سه روزه سفارشم تو راهه.', true],
    ['دستتون درد نکنه واقعا، هنوز کسی جواب تلفن رو نداده.', true],
    ['خسته نباشید واقعاً، باز هم دوبار پول از کارتم کم کردید و کسی جواب نمیده.', true],
    ['دمتون گرم واقعا، اینترنت از دیروز قطعه.', true],
    ['دستتون درد نکنه واقعا با این پشتیبانی، دو ساعته پشت خطم.', true],
  ],
  // Buying elsewhere as the customer's next step asked about, under a condition, a question or "tell me".
  contingency: [
    ['اگه تا جمعه نمیرسه بگید از جای دیگه بگیرم.', false],
    ['سلام، اگه این مدل موجود نمیشه خبرم کنید برم از یه جای دیگه بخرم.', false],
    ['میشه بگید کی میرسه؟ اگه طول میکشه کنسل کنم از جای دیگه سفارش بدم؟', false],
    ['سلام داروی مادرم رو دیروز سفارش دادم، اگه امروز نمیاد بگین برم از یه جای دیگه بگیرم.', false],
    ['اگه تعمیرش بیشتر از یه هفته طول میکشه بگید گوشیو ببرم یه جای دیگه.', false],
    ['ببخشید، اگه سایز ۴۲ تموم شده بگین از جای دیگه سفارش بدم، عجله دارم.', false],
    ['سلام. اگر امکان ارسال تا پنجشنبه نیست، بفرمایید سفارش را لغو کنم و از جای دیگر تهیه کنم.', false],
    ['کیک تولد رو برای فردا می‌خوام، اگه نمیرسید درست کنید بگید از یه جای دیگه بگیرم.', false],
    ['لوازم مدرسه‌ی پسرم رو تا شنبه لازم دارم؛ اگه بسته نمیرسه کنسلش کنم از جای دیگه بگیرم؟', false],
    ['اگه این هفته وقت نصب ندارید بگید از یه جای دیگه نصاب بیارم.', false],
    ['سلام وقت بخیر، اگه بلیت این پرواز تموم شده، بگید از یه جای دیگه بلیت بگیرم', false],
    ['قطعه‌ی یخچال رو دارید یا از جای دیگه تهیه کنم؟', false],
    ['اگر کتاب تا آخر هفته به دستم نمی‌رسد لطفاً اطلاع دهید تا از جای دیگری بخرم. سپاس', false],
    ['نوبت این هفته پره؟ اگه پره بگید برم یه جای دیگه.', false],
    // Contrasts: announced, a necessity blamed, an ultimatum, never again.
    ['اگه تا فردا نرسه از جای دیگه میخرم و دیگه هیچوقت ازتون خرید نمیکنم.', true],
    ['سه هفته‌ست منتظرم، دیگه خسته شدم. میرم از یه جای دیگه میگیرم.', true],
    ['واقعا افتضاحه، از این به بعد از جای دیگه خرید میکنم.', true],
    ['تا فردا درستش کنید وگرنه میرم از یه جای دیگه میخرم!!', true],
  ],
  // A length that belongs to a thing («اشتراک سه ماهه را», «دوره‌ی دو ماهه رو») or the customer's own habit, not time gone by.
  lengthOfThing: [
    ['اشتراک سه ماهه رو خریدم ولی زیاد استفاده نمیکنم، چطوری لغوش کنم؟', false],
    ['با سلام، دوره‌ی دو ماهه‌ی زبان را ثبت‌نام کردم ولی فعلاً شرکت نمی‌کنم. لطفاً راهنمایی فرمایید امکان انتقال به ترم بعد وجود دارد یا خیر.', false],
    ['پکیج شش ماهه‌ی باشگاه رو گرفتم اما به خاطر کمردرد نمیتونم برم. امکان فریزش هست؟', false],
    ['سلام، بیمه‌ی یک ساله رو تمدید کردم ولی هنوز کارتش به دستم نرسیده. کی صادر میشه؟', false],
    ['با سلام، اینجانب قرارداد یک ساله‌ی نگهداری آسانسور را امضا کردم ولی از خدمات آن استفاده نمی‌کنم. نحوه‌ی فسخ را بفرمایید.', false],
    // Contrasts: time gone by with nothing done, and a word of displeasure.
    ['سه ماهه اینترنت ندارم و هیچکس جواب نمیده!', true],
    ['دو هفته‌ست نمیتونم وارد حسابم بشم، این چه وضعشه؟', true],
    ['سفارشم ده روزه نرسیده، واقعا خسته شدم.', true],
  ],
  // Persian frustration typed in Latin letters (lib/tone/cues/frustration.finglish23.ts), and calm Finglish with the same words.
  finglish: [
    ['in che vaziye aghaa?? 3 rooze internet ghate', true],
    ['salam in che servisie? har shab saat 9 net mipare', true],
    ['akhe chera hich kas javab nemide? az sobh daram zang mizanam', true],
    ['mage shookhie? pool dadam vali hanooz dorost nashode', true],
    ['vaghean halam be ham mikhore az in poshtibani, 4 bar payam dadam', true],
    ['kheili badghol hastid, goftid doshanbe miad hanooz nayoomade', true],
    ['zele shodam dige, se bare zang zadam kasi javab nadad 😡', true],
    ['poolamo pas bedid, in mahsool eftezahe', true],
    ['age ta farda dorost nashe shekayat mikonam', true],
    ['in che kariye? bi ejaze az karteman pool bardashtid', true],
    ['kolahbardarid! mahsool ro fekdi ferestadid', true],
    ['dige azatoon kharid nemikonam, kheili bi kelasid', true],
    // Calm: thanks, a thing returned, a procedure, a device that "does not answer".
    ['mersi poolamo pas dadid, dastetoon dard nakone', false],
    ['salam, ta key bayad madarek ro befrestam?', false],
    ['gooshim javab nemide be lamse, chikar konam?', false],
    ['salam vaziate sefaresham chie? code 4471', false],
    ['salam khaste nabashid, mishe begid chera sefaresham hanooz nayoomade?', false],
    ['merci az poshtibani, kheili zood javab dadid 🙏', false],
    ['salam, mikham shekayat konam az hamsayam, vakil darid?', false],
    ['bebakhshid in che rangie? aks ba chizi ke reside fargh dare ya na?', false],
  ],
  // «انتظار نداشتم» after thanks, telling something done fast or well.
  pleasantSurprise: [
    ['بابت استرداد خیلی ممنونم، واقعا انتظار نداشتم اینقدر زود پول برگرده!', false],
    ['مرسی، انتظار نداشتم پشتیبانی نصف شب جواب بده 😍', false],
    ['دستتون درد نکنه، اصلا انتظار نداشتم هدیه هم بذارید تو بسته!!', false],
    ['خیلی ممنون، انتظار نداشتم تو دو روز تعمیر بشه.', false],
    ['با سپاس، انتظار نداشتم درخواست وام به این سرعت تأیید شود.', false],
    ['ممنونم ازتون، راستش انتظار نداشتم با یه تماس مشکل حل بشه.', false],
    ['عالی بود! انتظار نداشتم تکنسین صبح زود بیاد.', false],
    // Contrasts: what was not expected is a fault, or a contrast turns the thanks.
    ['مرسی از پیگیری، ولی واقعا انتظار نداشتم بعد از دو هفته هنوز هیچ خبری نباشه!', true],
    ['ممنون، انتظار نداشتم اینقدر بی‌مسئولیت باشید، خیلی ناراحتم.', true],
    ['ممنون، ولی انتظار نداشتم یه ماه طول بکشه!', true],
    ['انتظار نداشتم بعد از سه بار تماس هنوز مشکل حل نشده باشه.', true],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds23-fa-matrix.ts')) printCueMatrices('fa, session 23', [[FRUSTRATION23_FA, 'frustrated']]);
