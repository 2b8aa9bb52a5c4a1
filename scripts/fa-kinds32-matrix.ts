/**
 * rwfa32's matrix (lib/rewrite/generic/kinds32.fa.ts, lib/rewrite/wrong32.fa.ts, lib/text/signature32.fa.ts): late31's
 * misses and flagged neutrals by kind, where the kind recurs in late27-30 or train31, written as look-alikes of my own
 * (other trades, both registers, Arabic ي/ك, no ZWNJ, Dari, Isfahani and Shirazi spellings, Finglish) with close contrasts
 * that must stay quiet. None of these sentences is a fixture's. Run by tests/unit/rewrite/fa-kinds32.test.ts;
 * `npx tsx scripts/fa-kinds32-matrix.ts` prints how many rows hold (learnt readers loaded, as in the tests' setup).
 */
import { pathToFileURL } from 'node:url';
import { loadLearntModels } from '../lib/rewrite/engine.ts';
import { type FlagMatrix, runFlagMatrix } from './lib/flag-matrix.ts';
import { applied29 as applied, flagged29w as flagged } from './fa-wrong29-matrix.ts';

export const KINDS32: FlagMatrix = {
  // God willing before the service's step: the dialect present «مِ…», a third party's subjunctive after «که» or a deadline.
  'inshallah-dialect': {
    flagged: ['ایشالا تا ظهر برق وصل مِشه، اکیپ تو راهه.', 'ایشالا فردا بسته‌تون مِرسه.', 'انشالله تا شب گاز وصل مشه.', 'ایشالا پس‌فردا براتون مِفرستیم.', 'ان‌شاءالله که مدیر قبول کنه تخفیف بده.', 'ايشالا تا آخر هفته بيمه تاييد کنه.', 'ishala farda ghate mirese'],
    quiet: ['ایشالا خوشتون بیاد.', 'ایشالا تا عید عروسیتون سر بگیره.', 'ایشالا زودتر حالتون خوب مِشه.', 'ان‌شاءالله سفر خوبی داشته باشید.', 'ایشالا دیگه تکرار نِمِشه.', 'ishala khosh begzare'],
  },
  // An apology drawn out, with «تو رو خدا», or twice past a comma; a plain «ببخشید، …» stays quiet.
  'apology-drawn': {
    flagged: ['ببخشیددد، رسیدتون رو الان فرستادم.', 'وای ببخشیییید 🙏 فاکتور پیوست شد.', 'ببخشین تو رو خدا، دیر جواب دادم.', 'ببخشيدا، واقعا ببخشيد، نوبتتون جابجا شد.'],
    quiet: ['ببخشید، یه سوال داشتم: کد ملی‌تون رو می‌فرستید؟', 'خدا ببخشدش، پدربزرگ خیلی مهربون بود.'],
  },
  // «if you want the truth» in other spellings; the agent's wish to be honest with customers is no opener.
  'truth-variants': {
    flagged: ['راسشه بخوای این مدل یه کم گرونه.', 'راستشوبخوای این کفش زود پاره میشه.', 'اگه بخوام رو راست باشم، این رنگ بهتون نمیاد.', 'بخوام روراست باشم، این دوره برای شما زوده.'],
    quiet: ['راستی، فاکتورتون هم پیوست شد.', 'بخوام راستشو بگم، ناراحت میشی؟'],
  },
  // Bad luck with its owner or «شانس بد»; good luck, and a past story that ends well, stay quiet.
  'bad-luck': {
    flagged: ['از شانس بدتون کارت بانکی‌تون تو دستگاه گیر کرده.', 'از شانس بد، پرواز امروز تأخیر داره.', 'از بخت بدت لوله‌کش امروز نمیاد.'],
    quiet: ['دیشب از شانس بد برف اومد، ولی پیک سالم رسید و همه راضی بودن.', 'از شانس خوبتون کد تخفیف هنوز فعاله.', 'روز عروسی از بخت بد باران گرفت، ولی عکس‌ها عالی شد.'],
  },
  // The customer's own past act, or formal failure, as the cause of a loss; a gain, a request, a spared burden stay quiet.
  'blame-cause': {
    flagged: ['شما دیر اومدین بخاطر همین نوبتتون لغو شد.', 'جنابعالی مدارک را ارسال نکرده بودید، لذا پرونده باطل گردید.', 'اینترنتت قطع شد چون قبضو پرداخت نکردی.', 'سفارش برگشت خورد چون آدرس رو ناقص نوشتی.', 'کاربر گرامی، با توجه به عدم حضور جنابعالی در جلسه، نوبت شما لغو گردید.', 'نظر به اینکه مشتری محترم در مهلت مقرر مراجعه ننموده‌اند، سفارش باطل شد.'],
    quiet: ['شما زود ثبت‌نام کردین، بخاطر همین تخفیف گرفتین.', 'چون زود خبر دادین، جریمه نشد.', 'چون شما پیگیری کردین، مشکل زود حل شد.', 'به استحضار می‌رساند تخفیف عدم خسارت جنابعالی به بیمه‌نامه جدید منتقل گردید.', 'با توجه به عدم نیاز جنابعالی به بیمه تکمیلی، هزینه‌ای کسر نشد.', 'نظر به اینکه مسافر محترم به موقع حاضر شده‌اند، پرواز بدون مشکل انجام شد.'],
  },
  // «بایس / باس» before the customer's verb; our own or a third party's must, a condition, stay quiet.
  'must-colloquial': {
    flagged: ['بایس فردا کارت ملی‌تون رو بیارین.', 'باس عکس رسید رو بفرستی.', 'حتما بایس فرم رو امضا کنید.'],
    quiet: ['ما بایس زودتر خبر میدادیم.', 'مدیر باس تأیید کنه.', 'اگه بایس بیاین، خبرتون می‌کنم.'],
  },
  // A rule cited with the Dari «مطابق به / طبق به», the rule «اینجوریاس», «افسوس که», «مجبور استین».
  'dari-and-dialect': {
    flagged: ['مطابق به قانون شرکت، پول پیشکی پس داده نمی‌شود.', 'طبق به پالیسی دکان، جنس فروخته شده پس گرفته نمی‌شود.', 'قانون باشگاه اینجوریاس، کمد شخصی نداریم.', 'افسوس که کلاس امروز تعطیله.', 'سلام، افسوس که این مدل دیگه تولید نمیشه.', 'مجبور استین اصل تذکره را بیاورید.', 'شما موظف استید فورم را پر کنید.'],
    quiet: ['مطابق به پالیسی دفتر، مشوره اول رایگان است.', 'مطابق با سلیقه شما، رنگ آبی را انتخاب کردیم.', 'شرایط ثبت‌نام اینجوریاس که اول فرم پر میشه، بعد پرداخت.', 'افسوس که شما رو زودتر نشناختیم!', 'دیروز افسوس که باران آمد، ولی مراسم عالی برگزار شد.', 'ما مجبور استیم دوکان را ساعت پنج ببندیم.'],
  },
  // The customer's worry called needless, in the indicative; an order that calms, or no feeling, stays quiet.
  'needless-worry': {
    flagged: ['الکی نگران شدی، پولت فردا برمیگرده.', 'بیخودی حرص میخوری داداش، فاکتور درسته.', 'الکي ناراحت شدين، بسته سالمه.'],
    quiet: ['الکی پول به کسی ندید، ما شماره کارت نمی‌خوایم.', 'بیخودی نگران نشید، همه‌چی اوکیه.', 'نگران شدید؟ بسته فردا می‌رسه.'],
  },
  // The impersonal «به استحضار می‌رساند» alone over news that is not bad. (bur35) Its rule is retired: the formula is quiet in
  // every person and over any news; the three rows that kept it flagged (a limit, bad news, the first person) are quiet now.
  'official-opener': {
    flagged: [],
    quiet: ['به استحضار می‌رساند ثبت‌نام صرفاً به‌صورت حضوری انجام می‌شود.', 'به استحضار می‌رساند حساب جنابعالی مسدود گردید.', 'بدین‌وسیله به استحضار می‌رسانیم که حساب شما فعال است.', 'به استحضار می‌رساند درخواست جنابعالی جهت بررسی به واحد فنی ارجاع گردید.', 'به استحضار می‌رساند کارت عضویت جنابعالی صادر و ارسال گردید.', 'به استحضار ميرساند بيمه‌نامه جنابعالي مشمول هيچگونه هزينه اضافي نميباشد.', 'به استحضار می‌رساند هیچ‌گونه جریمه‌ای بابت لغو این نوبت به جنابعالی تعلق نمی‌گیرد.', 'به استحضار می‌رساند تعویض قطعه تأثیری در گارانتی دستگاه جنابعالی نخواهد داشت.'],
  },
  // «I know of no extra charge», nine o'clock, a burden spared past «هیچ‌گونه».
  'formal-courtesy': {
    flagged: ['من از هزینه ارسال خبر ندارم.', 'والا خبر ندارم کی میرسه.', 'تا ساعت نه، نه. از ده به بعد بله.', 'این خدمت مشمول گارانتی نمی‌شود.'],
    quiet: ['من از هزینه اضافه‌ای خبر ندارم، قیمت همونه که تو سایته.', 'بنده از کارمزد دیگری اطلاع ندارم؛ مبلغ همان است.', 'مطب تا ساعت نه شب در خدمت شماست.', 'این سرویس مشمول هیچ‌گونه کارمزدی نمی‌باشد.'],
  },
  // An impersonal «… not done» told after «نگران نباشید؛»; a contrast, our own inability, stay flagged.
  'calm-then-not-done': {
    flagged: ['نگران نباشید؛ ولی تمرین عملی برای شما انجام نمی‌شود.', 'نگران نباشید، ما نمی‌تونیم تا فردا بفرستیم.'],
    quiet: ['نگران نباشید؛ در روز اول کلاس تمرین عملی انجام نمی‌شود.', 'بابت غیبت جلسه قبل نگران نباشین؛ تو جلسه اول حضور غیاب انجام نمیشه.', 'نگران نباشيد: در بازديد اول هيچ تعميري انجام نمي‌شود.'],
  },
  // A shop's sign-off block with bullets or a Dari contact label, and its third-person disclaimer; with no sign-off above it
  // the same sentence is the agent's own and stays flagged.
  signature: {
    flagged: ['سفارشتون ارسال شد.\nمسئولیت تأخیر پست با این فروشگاه نیست.'],
    quiet: ['سفارشتون ارسال شد.\n\n🔸 پشتیبانی فروشگاه گلها\n🔸 مسئولیت خرید از صفحات جعلی با این فروشگاه نیست.', 'لباستون آماده‌ست.\n\nدکان خیاطی نور، کابل\nمبایل: ۰۷۰۰ ۱۲۳ ۴۵۶\nلباس‌هایی که تا یک ماه تحویل گرفته نشوند، دکان مسئولیتی در قبال آن ندارد.', 'فایلت آماده‌ست، عصر بیا ببر.\n\nکافی نت و تایپ سپید\nتلفن: 0912 000 1111\nمسئولیت فایل‌های جامانده بیش از ۱۰ روز با مجموعه نمی‌باشد.'],
  },
};

/** [draft, what Apply all leaves]: a blame passive that is not Persian stays advice. */
export const APPLIED32: [string, string][] = [
  ['شما جلسه قبلو غیبت کردین، بخاطر همین اسمتون حذف شده.', 'شما جلسه قبلو غیبت کردین، بخاطر همین اسمتون حذف شده.'],
  // (fa38) A colloquial second person's passive is the spoken «شده» (blame-passive.fa22.ts).
  ['تنظیمات پرید چون مودمو ریست کردی.', 'تنظیمات پرید چون مودم ریست شده.'],
  // A noun in «و» is no object clitic (blame-passive.fa22.ts): «لغو» is not cut to «لغ»; with no object left, advice.
  ['سفارش لغو شد چون خودتون درخواست لغو دادین.', 'سفارش لغو شد چون خودتون درخواست لغو دادین.'],
];


if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await loadLearntModels();
  const { neg, negOk, quiet, quietFlagged } = runFlagMatrix(KINDS32, flagged);
  let app = 0, appOk = 0;
  for (const [d, want] of APPLIED32) {
    app++;
    if (applied(d) === want) appOk++;
    else console.log(`APPLY  ${d}  ->  ${applied(d)}`);
  }
  console.log(`negatives flagged ${negOk}/${neg}; contrasts flagged ${quietFlagged}/${quiet}; applied rows right ${appOk}/${app}`);
}
