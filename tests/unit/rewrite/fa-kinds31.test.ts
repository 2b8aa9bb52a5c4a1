// @vitest-environment node
/**
 * rwfa31 (lib/rewrite/generic/kinds31.fa.ts): late30's misses by kind where the kind recurs in an older split or in both of
 * late30's writers, written as look-alikes of my own (other trades, registers, Arabic ي/ك, Dari) with close contrasts
 * that must stay quiet.
 */
import { describe } from 'vitest';
import { flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { flagKindTests } from './helpers.ts';

const KINDS31: Record<string, { flagged: string[]; quiet: string[] }> = {
  // «sorry» in Persian letters, once, opening its clause before what it is for; «Syrian» stays quiet.
  'sorry-once': {
    flagged: ['سوری بابت دردسر 🙏 کد رهگیریت: 482193', 'سلام، سوری که دیر جواب دادم، سفارشتون ثبت شد.', 'سوری واسه تاخیر، بسته‌ت امروز رفت.', 'سوري بابت معطلي، فاكتور ارسال شد.'],
    quiet: ['مسافران سوری بابت ویزا باید به کنسولگری مراجعه کنند.', 'قیمت پوند سوری امروز بالا رفته.'],
  },
  // Thanks or praise with «at last» over the customer's own past act; «at last» over news of a thing stays quiet.
  'thanks-at-last': {
    flagged: ['آفرین، بالاخره قبضو پیدا کردین! حالا شماره اشتراکو بفرستین.', 'خیلی ممنون که بالاخره برگه درخواست پزشک رو هم لطف کردین آوردین.', 'دمتون گرم، بالاخره رسید رو فرستادین.', 'مرسي كه بالاخره جواب داديد.'],
    quiet: ['آفرین، بالاخره درست شد!', 'ممنون که بالاخره بسته رسید دستتون، امیدوارم راضی باشید.'],
  },
  // God willing, where the service's step should be a plan: a job in the future, ready by a deadline. A wish stays quiet.
  'inshallah-later': {
    flagged: ['ان‌شاءالله کلاس آنلاین برای جنابعالی برقرار خواهد شد.', 'ایشالا تا عصر گوشواره‌ت آماده‌ست کاکا.', 'انشالله تا فردا ظهر سفارشتون آماده است.', 'ان‌شاءالله قطعه تا هفته بعد ارسال خواهد شد.'],
    quiet: ['ان‌شاءالله حال پدرتون بهتر خواهد شد.', 'ایشالا خوش بگذره.', 'انشالله دیگه تکرار نخواهد شد.', 'ایشالا تا عصر خوش باشید.'],
  },
  // A rule cited as «قاعده» before a limit or a negation; a rule that gives, or a rule of thumb, stays quiet.
  'cited-rule': {
    flagged: ['مطابق قاعده‌های مغازه ما، اسباب‌بازی‌های برقی تنها با قطی اصلی‌شان عوض کرده می‌شوند.', 'طبق قاعده‌ی دکان، قالین بریده‌شده پس گرفته نمی‌شود.', 'مطابق قواعد باشگاه، استفاده از استخر فقط با کلاه مجاز است.'],
    quiet: ['طبق قاعده‌ی فروشگاه، ارسال برای خریدهای بالای یک میلیون رایگان است.', 'مطابق قاعده‌ی کلی، هر چه زودتر ثبت کنید بهتر است.'],
  },
  // «… بر این است که» with a limit, a must or a negation; a rule of satisfaction or a gift stays quiet.
  'policy-is-that': {
    flagged: ['سیاست آزمایشگاه بر این است که جواب آزمایش تنها به شخص بیمار تحویل داده شود.', 'سیاست شرکت بر این است که مرجوعی فقط تا هفت روز پذیرفته شود.', 'قانون باشگاه بر این است که اعضا باید کارت همراه داشته باشند.'],
    quiet: ['سیاست ما بر این است که مشتری همیشه راضی باشد.', 'سیاست فروشگاه بر این است که هدیه تولد رایگان ارسال شود.'],
  },
  // The rule as the whole reason with «‌ست» on its owner; «the rule is simple / new», a rule that keeps for you, stay quiet.
  'policy-owner-st': {
    flagged: ['سیس قانون مغازه‌ست دیگه، طلای فروخته شده فقط با فاکتور عوض میشه 🙏', 'قانون آتلیه‌ست، بیعانه پس داده نمی‌شه.'],
    quiet: ['قانون ساده‌ست، فقط فاکتور رو بیارید.', 'قانون تازه‌ست، از ماه بعد اجرا میشه.', 'قانون آتلیه‌ست که عکسا رو تا یه ماه نگه داریم.'],
  },
  // A guess that the customer did not read our message; a message that did not arrive, or our own unread, stay quiet.
  'guess-not-read': {
    flagged: ['گمان می‌کنم پیام قبلی ما را نخوانده‌اید؛ پول شما دوباره واپس روان شده است.', 'ظاهراً شرایط استفاده از کد تخفیف را نخوانده‌اید.'],
    quiet: ['انگار پیام ما به دستتون نرسیده.', 'پیام شما را نخوانده بودیم، عذر می‌خواهیم.'],
  },
  // Said repeatedly, in the passive; a thing done repeatedly with no saying stays quiet.
  'said-repeatedly': {
    flagged: ['پیرو مکاتبات قبلی و با عنایت به اینکه موضوع مکرراً اعلام گردیده، مودم مربوطه جهت بررسی به نمایندگی عودت داده شود.', 'چندین بار تذکر داده شده که کارت را همراه داشته باشید.'],
    quiet: ['این محصول مکرراً توسط مشتریان خریداری شده است.', 'قیمت‌ها مکرراً به‌روزرسانی می‌شوند.', 'چند بار تماس گرفته شد ولی کسی جواب نداد.'],
  },
  // The mistake named before the customer as the doer of a past passive; our own mistake, a condition, stay quiet.
  'wrongly-by-you': {
    flagged: ['همراه گرامی، مبدأ سفر به اشتباه توسط شما انتخاب شده بود و هزینه اضافه مربوط به همین مورد است.', 'شماره حساب اشتباهاً توسط جنابعالی درج گردیده است.', 'کد تخفیف اشتباهي توسط شما وارد شد.'],
    quiet: ['بسته به اشتباه توسط ما ارسال شده بود، عذرخواهی می‌کنیم.', 'اگر به اشتباه توسط شما ثبت شده، می‌توانید لغو کنید.'],
  },
  // The system locked with words between; open again, or a condition, stays quiet.
  'system-locked': {
    flagged: ['سامانه تا پايان ترم قفل است و درخواست تغيير اتاق ثبت نمي شود.', 'پنل کاربری شما تا تأیید مدارک مسدود شده است.'],
    quiet: ['سامانه دیگه قفل نیست، می‌تونید وارد بشید.', 'سامانه ثبت‌نام از فردا باز است.', 'اگر سامانه تا فردا قفل بود، با ما تماس بگیرید.'],
  },
};

describe('rwfa31: Persian kinds read by the generic reader', () => {
  flagKindTests(KINDS31, flagged, { flagsFirst: true });
});
