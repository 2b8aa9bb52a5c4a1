/**
 * Register and academic matrix 19, both languages (session 19, treg19): the kinds read off late18, late17, late15 and
 * late13 (lib/tone/cues/register.kinds19.ts, academic.kinds19.ts), each built as a family from parts written from
 * knowledge and crossed with openings and closings, with look-alikes that must keep quiet:
 *
 * - Persian letter style (formal): «احتراماً», «خواهشمند است», «اینجانب», «می‌باشد», «گردیده», «عطف به … مورخ», «به
 *   استحضار می‌رساند», «مستدعی است», «لذا», «بدین‌وسیله», «پیرو مکاتبات»; against plain written Persian under «با
 *   سلام», the polite تعارف of a courteous or elderly customer («بنده», «تشریف», «لطف بفرمایید», «خدمتتان عرض کنم»),
 *   everyday elevated words («عودت», «پیرو تماس», «پیوست کرده‌ام», «با احترام بیشتری»), a formal quoted reply under a
 *   plain latest message.
 * - English letter (formal): "Dear Sir or Madam", "I am writing to", "Yours faithfully", a "Dear … Kind regards" frame
 *   around a formal request, the Indian English letter ("Respected Sir/Madam", "Thanking you", "do the needful");
 *   against the plain "Dear <name> … Regards" e-mail frame, "do the needful asap" in a chat, a quoted formal letter.
 * - Academic signature: Dr/Prof/lecturer/PhD with a university or department, and (since the thirty-eighth session's
 *   convention) a physician's or a bare "Dr" signing the message; against an engineer's title, a university named in
 *   the body ("my university says"), university staff who are not academics, a doctor named in the body, "Dr" as Drive,
 *   a Dr in quoted text or the greeting.
 *
 *   npx tsx scripts/tone-register-matrix19.ts            per kind: read as wanted / total
 *   npx tsx scripts/tone-register-matrix19.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { readCustomerTone } from '../lib/tone/index.ts';

export interface Item {
  lang: 'en' | 'fa';
  kind: string;
  cue: 'formal' | 'academic';
  /** Whether the cue must show (false: a look-alike that must stay quiet). */
  want: boolean;
  text: string;
}

const cross = (as: string[], bs: string[], cs: string[]) => as.flatMap((a, i) => bs.flatMap((b, j) => cs.filter((_, k) => (i + j + k) % 2 === 0 || cs.length < 3).map((c) => `${a}${b}${c}`)));

// ---------- Persian formal ----------
const FA_LETTER_OPEN = ['با سلام و احترام\n', 'احتراماً، ', 'با عرض سلام و ادب،\n', 'مدیریت محترم امور مشتریان\nبا سلام و احترام\n', 'سلام\n'];
const FA_LETTER_BODY = [
  'اینجانب مشترک شماره ۴۵۲۱۸۸ هستم و قبض این ماه دو بار از حسابم کسر شده است.',
  'خواهشمند است نسبت به بازگرداندن مبلغ اضافه اقدام لازم را انجام دهید.',
  'سفارش اینجانب به شماره ۷۷۱۲ تاکنون ارسال نگردیده است.',
  'عطف به نامه شماره ۲۳۴ مورخ ۱۴۰۳/۰۸/۱۲، مدارک درخواستی ارسال می‌شود.',
  'به استحضار می‌رساند دستگاه خریداری‌شده از روز دوم دچار نقص فنی شده است.',
  'مستدعی است دستور فرمایید پرونده مجدداً بررسی شود.',
  'مبلغ قرارداد به‌طور کامل پرداخت شده و رسید آن پیوست این نامه می‌باشد.',
  'دستگاه سه بار تعمیر شده و هنوز کار نمی‌کند، لذا تقاضای تعویض آن را دارم.',
  'بدین‌وسیله درخواست لغو اشتراک خود را اعلام می‌کنم.',
  'پیرو مکاتبات قبلی، هنوز پاسخی از آن شرکت دریافت نکرده‌ام.',
  'عطف به تماس تلفنی هفته گذشته، تصویر قرارداد را برایتان فرستادم.',
];
const FA_LETTER_CLOSE = ['', '\nبا تشکر\nعلی رضایی', '\nبا احترام\nمریم احمدی', '\nبا سپاس فراوان'];

const FA_PLAIN_OPEN = ['سلام\n', 'با سلام\n', 'سلام وقت بخیر، ', 'سلام علیکم\n', 'با سلام. '];
const FA_PLAIN_BODY = [
  'بنده هفتاد سال دارم و با این برنامه آشنا نیستم. لطفاً بگویید چطور قبض را پرداخت کنم.',
  'ببخشید که مزاحم می‌شوم. اگر لطف بفرمایید و سفارش را زودتر بفرستید خیلی ممنون می‌شوم.',
  'همکارتان دیروز تشریف آوردند ولی کولر هنوز کار نمی‌کند.',
  'لطفاً قرارداد مرا لغو و مبلغ باقی‌مانده را عودت دهید.',
  'پیرو تماس تلفنی دیروز، تصویر کارت ملی را پیوست کرده‌ام. لطفاً بررسی کنید.',
  'پس از نصب نسخه جدید، برنامه هنگام گرفتن گزارش بسته می‌شود. فایل لاگ را پیوست کرده‌ام.',
  'باید بگویم از برخورد کارمند شعبه راضی نبودم. انتظار داشتم با احترام بیشتری رفتار شود.',
  'خدمتتان عرض کنم که بسته هنوز نرسیده است. لطفاً پیگیری کنید.',
  'مادرم فردا نوبت شیمی‌درمانی دارد اما سامانه نوبت را لغو شده نشان می‌دهد. لطفاً هرچه سریع‌تر بررسی کنید.',
  'ممکن است بفرمایید ایراد مدارک من از کجاست؟ اگر فرمت خاصی لازم است اعلام کنید.',
  'بنده از خرید قبلی خیلی راضی بودم. فقط می‌خواستم بپرسم این مدل رنگ مشکی هم دارد؟',
];
const FA_PLAIN_CLOSE = ['', '\nبا تشکر\nامیر نوری', '\nسپاس\nرضا مرادی', '\nخیلی ممنون، خدا خیرتان بدهد', '\n\nارسال شده از iPhone من'];

const FA_QUOTED_LATEST = ['سلام، شماره سفارشم ۳۳۱۹ هست.', 'ممنون، مشکل حل شد.', 'سلام. فاکتور را دریافت کردم، ممنون.', 'باشه، فردا میام شعبه.'];
const FA_QUOTED = [
  '\n\nدر تاریخ ۵ دی ۱۴۰۳، پشتیبانی نوشت:\n> با سلام و احترام\n> خواهشمند است شماره سفارش خود را اعلام فرمایید.\n> با احترام، واحد پشتیبانی',
  '\n\n-----پیام اصلی-----\nاز: پشتیبانی\nاحتراماً، به استحضار می‌رساند درخواست شما ثبت گردیده است.',
];

// ---------- English formal ----------
const EN_LETTER = [
  'Dear Sir or Madam,\n\nI am writing to request a copy of my contract.\n\nYours faithfully,\nMargaret Hale',
  'Dear Sir or Madam,\n\nMy meter reading was entered twice on the March bill. I would be grateful if this could be corrected.\n\nYours faithfully,\nJ. Whitmore',
  'To whom it may concern,\n\nPlease find attached the signed form for the renewal of my permit.\n\nRegards,\nA. Patel',
  'Dear Customer Services,\n\nI would like to enquire about the status of my application (ref 4471).\n\nKind regards,\nJames Orr',
  'Dear Reservations Team,\n\nI would like to reserve two rooms for 3 to 6 May. Could you advise whether breakfast is included?\n\nBest regards,\nHelen Brooks',
  'Dear Support Team,\n\nOn behalf of our research group, I am following up on our quote request of 28 October.\n\nKind regards,\nSanna Virtanen',
  'Respected Sir/Madam,\n\nThis is to bring to your kind notice that my broadband is not working since 3 days.\n\nKindly do the needful.\n\nThanking you,\nR. Venkataraman',
  'Respected Sir,\n\nKindly note that I have submitted my KYC documents twice and my account still shows pending.\n\nThanking you,\nRavi Shankar',
  'Dear Sir/Madam,\n\nKindly do the needful and send a technician at the earliest.\n\nThanking you,\nPriya',
  'Good morning,\n\nKindly note that my refund is still pending. Kindly do the needful at the earliest.\n\nThanking you,\nS. Iyer',
];
const EN_FRAME = [
  'Dear Mr Hollis,\n\nI have now emailed you four times about my deposit. If it is not returned by Friday I will open a dispute.\n\nRegards,\nPriya Chandran',
  'Dear Support,\n\nMy exam software keeps failing its pre-check with error 0x80070005. Could someone guide me through a fix today?\n\nKind regards,\nPriya Nair',
  'Dear Tactful Travel team,\n\nThank you for the marvellous honeymoon arrangements. Every transfer was on time!\n\nWith warmest regards,\nAmira & Joel',
  'Dear Dr. Fairbanks,\n\nThank you for your message. Yes, I can confirm the appointment on the 28th works for me.\n\nBest regards,\nTomasz Wilk',
  'Dear Sam,\n\nThe parcel arrived today but the lid is cracked. Can you send a replacement?\n\nBest regards,\nLena',
  'Dear team,\n\nJust a heads up that my card was charged twice for order 5521. Please refund one of them.\n\nKind regards,\nOmar',
];
const EN_CHAT_NEEDFUL = [
  'Hi sir, I ordered a power bank on 12th, showing delivered but not received. Pls check and do the needful asap. Thx',
  'hello, my sim is not working since morning, do the needful pls',
];
const EN_QUOTED = [
  'Thanks, got it!\n\nOn 3 May, Support wrote:\n> Dear Sir or Madam,\n> I am writing to confirm your refund.\n> Yours faithfully,\n> The Billing Team',
  'ok will try that\n\n-----Original Message-----\nFrom: Support\nDear Customer, we would be grateful if you could confirm your address. Kind regards',
];

// ---------- Academic ----------
const AC_BODY_EN = 'Hello,\n\nThe licence key for the statistics package does not activate on our lab machines. Could you send a new one?\n\n';
const AC_BODY_FA = 'سلام\nلایسنس نرم‌افزار روی سیستم‌های آزمایشگاه فعال نمی‌شود. لطفاً کلید جدید ارسال کنید.\n';
const AC_SIG_EN = [
  'Best regards,\nDr. Sara Karimi\nDepartment of Chemistry, University of Leeds',
  'Kind regards,\nProf. Martin Hale\nSchool of Engineering, University of Bristol',
  'Thanks,\nLiang Xu\nPhD Candidate, School of Social and Political Science\nUniversity of Edinburgh',
  'Best,\nAnna Berg\nSenior Lecturer in Law, Uppsala University',
  'Regards,\nDr Tom Price\nPostdoctoral Research Fellow, Faculty of Engineering, KU Leuven',
  // Office words inside a scholar's signature keep it academic.
  'Best wishes,\nMaria Lund\nResearch Assistant, Department of Physics, University of Oslo',
  'Regards,\nDr. Lena Fischer\nAssociate Professor and Graduate Admissions Coordinator\nUniversity of Bonn',
  'Kind regards,\nProf. Ian Moss\nHead of School, School of Law, University of Kent',
];
const AC_SIG_FA = ['با احترام\nدکتر علی محمدی\nدانشکده مهندسی برق، دانشگاه تهران', 'با تشکر\nسمیه کریمی\nاستادیار گروه شیمی، دانشگاه صنعتی اصفهان', 'سپاس\nامیرحسین نوری\nدانشجوی دکتری مهندسی برق، دانشگاه تهران', 'با احترام\nدکتر مریم رضایی\nعضو هیئت علمی دانشگاه شیراز', 'با احترام\nدکتر حسین کاظمی\nمدیر گروه مهندسی شیمی، دانشگاه امیرکبیر', 'با تشکر\nنرگس صالحی\nعضو هیئت علمی و مسئول آزمایشگاه، دانشکده علوم، دانشگاه تبریز'];
/**
 * A physician's or any bare "Dr" signing the message: academic since the thirty-eighth session's convention
 * (lib/tone/cues/academic.sig38.ts): the cue's advice (their title, no emoji) is right for anyone who signs with a title.
 */
const DR_SIG_EN = [
  'Kind regards,\nDr Sarah Jones\nConsultant Cardiologist, St Mary\'s Hospital',
  'Best regards,\nDr. Amir Khan\nDental Surgeon, Smile Dental Clinic',
  'Thanks,\nDr Emily Chen, DVM\nGreenfield Veterinary Practice',
  'Regards,\nDr Samuel Osei\nGP Partner, Riverside Medical Practice',
  'Yours faithfully,\nDr. Anthony Okafor',
];
const DR_SIG_FA = ['با احترام\nدکتر رضا نوری\nمتخصص قلب و عروق، بیمارستان میلاد', 'با تشکر\nدکتر سارا احمدی\nدندانپزشک، کلینیک لبخند'];
const NOT_AC_SIG_EN = [
  'Regards,\nEng. Omar Haddad\nSite Engineer, Haddad Construction',
  'Many thanks,\nAnna Berg\nAdministrative Officer, Faculty of Law, Uppsala University',
  'Best,\nTom Reid\nIT Services Coordinator, University of Leeds',
];
const NOT_AC_SIG_FA = [
  'با احترام\nمهندس علی رضایی\nمدیر فنی شرکت آوا پردازش',
  'با تشکر\nمریم کاظمی\nکارشناس امور مالی دانشگاه تهران',
];
/** Look-alikes of a signing "Dr" (tone38): a doctor in the body's sentences, "Dr" as Drive, a Dr in quoted text or the greeting. */
const DR_NOT_SIG_EN = [
  'Hi, my Dr said I need a letter for work. Can you send my appointment confirmation?\n\nThanks,\nJane Moss',
  'Hello, I need a Dr\'s note to freeze my gym membership. What do you accept?\nThanks\nTom Baker',
  'Hi, I missed a doctor appointment because the bus never came. Can I get a refund?\nCheers, Sam',
  'Hi, my appointment with Dr Patel was cancelled twice. Please call me.\nThanks\nAnna',
  'Hi, please update my delivery address.\n\nThanks,\nMaria Lopez\n14 Maple Dr\nSpringfield, IL 62704',
  'Hi, please update my address.\n\nKind regards,\nJohn Smith\n7 Sunset Dr, Perth WA 6000',
  'Hi, please send it to 22 Oak Dr., Austin TX.\n\nThanks,\nMaria Lopez',
  'thanks, that worked!\n\nOn Mon, 3 May, Clinic wrote:\n> Dear Mr Okafor,\n> Dr Lewis will see you at 10.\n> Kind regards,\n> Dr Amy Lewis',
  'Dear Dr. Fairbanks,\n\nYes, the 28th works for me.\n\nBest regards,\nTomasz Wilk',
];
const DR_NOT_SIG_FA = [
  'سلام، دکترم گفته باید این دارو رو هر روز بخورم ولی داروخونه ندارتش. کی موجود میشه؟',
  'سلام. برای دکتر چشم نوبت گرفتم ولی پیامک نیومد. نوبت دکتر ثبت شده؟',
  'سلام\nلطفاً آدرس را اصلاح کنید.\nممنون\nعلی رضایی\nتهران، خیابان دکتر فاطمی، پلاک ۱۲',
  'نوبت ساعت ۴ داشتم، منشی گفت دکتر امروز نمیاد. چرا خبر ندادید؟',
];
const AC_BODY_ONLY_EN = [
  'Hi,\n\nMy university says my tuition fee payment has not come through and I will be withdrawn from my course if the university does not receive it by Friday.\n\nThank you,\nOluwaseun Bello',
  'Hi, my daughter starts at the University of Leeds next week and the university portal says her laptop order is still pending. Can you check?\n\nThanks,\nMark',
];

export function registerMatrix19(): Item[] {
  const out: Item[] = [];
  const push = (lang: 'en' | 'fa', kind: string, cue: Item['cue'], want: boolean, texts: string[]) => texts.forEach((text) => out.push({ lang, kind, cue, want, text }));
  push('fa', 'letter style', 'formal', true, cross(FA_LETTER_OPEN, FA_LETTER_BODY, FA_LETTER_CLOSE));
  push('fa', 'plain or polite under «با سلام»', 'formal', false, cross(FA_PLAIN_OPEN, FA_PLAIN_BODY, FA_PLAIN_CLOSE));
  push('fa', 'formal quoted reply under plain latest', 'formal', false, FA_QUOTED_LATEST.flatMap((l) => FA_QUOTED.map((q) => l + q)));
  push('en', 'letter', 'formal', true, EN_LETTER);
  push('en', 'e-mail frame without a letter', 'formal', false, EN_FRAME);
  push('en', '"do the needful" in a chat', 'formal', false, EN_CHAT_NEEDFUL);
  push('en', 'formal quoted letter under plain latest', 'formal', false, EN_QUOTED);
  push('en', 'academic signature', 'academic', true, AC_SIG_EN.map((s) => AC_BODY_EN + s));
  push('fa', 'academic signature', 'academic', true, AC_SIG_FA.map((s) => AC_BODY_FA + s));
  push('en', 'physician or bare Dr signing (tone38 convention)', 'academic', true, DR_SIG_EN.map((s) => AC_BODY_EN.replace(' on our lab machines', '') + s));
  push('fa', 'physician signing (tone38 convention)', 'academic', true, DR_SIG_FA.map((s) => AC_BODY_FA.replace(' آزمایشگاه', '') + s));
  push('en', 'engineer, university staff', 'academic', false, NOT_AC_SIG_EN.map((s) => AC_BODY_EN.replace(' on our lab machines', '') + s));
  push('fa', 'engineer, university staff', 'academic', false, NOT_AC_SIG_FA.map((s) => AC_BODY_FA.replace(' آزمایشگاه', '') + s));
  push('en', 'a doctor in the body, a Drive, a quoted Dr (tone38)', 'academic', false, DR_NOT_SIG_EN);
  push('fa', 'a doctor in the body, a street (tone38)', 'academic', false, DR_NOT_SIG_FA);
  push('en', 'university named in the body', 'academic', false, AC_BODY_ONLY_EN);
  return out;
}

export function printRegisterMatrix19(items: Item[], misses: boolean): { right: number; total: number } {
  const by = new Map<string, { right: number; total: number; wrong: string[] }>();
  let right = 0;
  for (const it of items) {
    const shown = readCustomerTone(it.text).cues.some((c) => c.kind === it.cue);
    const key = `${it.lang} ${it.cue} ${it.want ? 'fires' : 'quiet'}: ${it.kind}`;
    const b = by.get(key) ?? { right: 0, total: 0, wrong: [] };
    b.total++;
    if (shown === it.want) {
      b.right++;
      right++;
    } else b.wrong.push(it.text);
    by.set(key, b);
  }
  for (const [k, b] of by) {
    console.log(`${String(b.right).padStart(4)} / ${String(b.total).padEnd(4)} ${k}`);
    if (misses) for (const w of b.wrong) console.log(`        ${JSON.stringify(w)}`);
  }
  console.log(`${right} / ${items.length} read as wanted`);
  return { right, total: items.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printRegisterMatrix19(registerMatrix19(), process.argv.includes('--misses'));
