/**
 * Persian look-alike matrix, twenty-seventh session (rwfa27). Part one: alternatives a person can trust, one set per kind
 * of wrong alternative the blind reading of late26's applied rows found, each with close contrasts whose rewrite must
 * stay. Written here for other trades and registers (none is a late26 sentence with nouns swapped); every sentence runs
 * in the four spellings of fa-matrix.ts.
 *
 *  1. an adverb that intensified a must left before the please («الزاماً لطفاً …»);
 *  2. a must about time passing or a process made a please («لطفاً ۲۴ ساعت بگذره»);
 *  3. the regret deleted from the company's own bad news (an outage, a closure, a leave);
 *  4. a passive made of second-person blame that still names «شما» as the doer;
 *  5. «ببخشید مزاحم شدم» (the agent writing first) made thanks for the customer's time;
 *  6. (found on the way) a reminder lead taken out while the rest points back at the message it named («… توش هست»).
 *
 * Part two (FAMILIES27): recall kinds from late26's misses, run like fa-matrix26.ts.
 *
 *   npx tsx scripts/fa-matrix27.ts [--misses] [--ortho=all] [--cat=<category>] [--trust]
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites, type Suggestion } from '../lib/rewrite/index.ts';
import { familyItems, matrixMain, S, SPELLINGS, type Family, type MatrixItem, type MatrixOptions } from './fa-matrix.ts';

export type TrustCheck = (text: string, s: Suggestion[], applied: string) => boolean;
export interface TrustSet { kind: string; label: string; sentences: readonly string[]; check: TrustCheck }

const fold = (s: string) => s.replace(/\u200c/g, ' ').replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ً/g, '');
const INT = '(?:الزاما|حتما|اکیدا|قطعا|ضرورتا|لزوما|به هیچ وجه|به هیچ عنوان)';
const pleaseOf = (s: Suggestion[]) => s.filter((x) => x.kind === 'rewrite' && x.replacements.some((r) => /لطفا/.test(fold(r))));

/** No intensifier next to the please in what Apply all leaves («الزاماً لطفاً», «لطفاً الزاماً»). */
const noAdverbPlease: TrustCheck = (_t, _s, a) => !new RegExp(`${INT}\\s+(?:و\\s+)?لطفا|لطفا\\s+(?:الزاما|اکیدا|ضرورتا|لزوما)`).test(fold(a));
/** Still a please-rewrite, and no adverb left next to it. */
const pleaseClean: TrustCheck = (t, s, a) => pleaseOf(s).length > 0 && noAdverbPlease(t, s, a);
const noPlease: TrustCheck = (_t, s) => pleaseOf(s).length === 0;
const REGRET = /(?:متاسفانه|متأسفانه|با کمال تاسف|با کمال تأسف|شوربختانه|مع الاسف|معالاسف)/;
const regretKept: TrustCheck = (_t, _s, a) => REGRET.test(fold(a).replace(/ً/g, ''));
const regretDeleted: TrustCheck = (_t, _s, a) => !REGRET.test(fold(a));
const YOU = /(?:^|[\s،,])(?:شما|جنابعالی|خودتون|خودتان|خودت)(?=[\s،,.]|$)/;
/** A blame rewrite leaves no second person as the subject; with no rewrite the sentence stays as it was (advice). */
const passiveNoYou: TrustCheck = (t, s, a) => {
  const r = s.filter((x) => x.category === 'blame' && x.kind === 'rewrite');
  return r.length === 0 ? a === t : !YOU.test(fold(a)) && !/توسط شما/.test(fold(a));
};
const passiveMade: TrustCheck = (t, s, a) => s.some((x) => x.category === 'blame' && x.kind === 'rewrite') && /(?:شد|شده)/.test(a) && a !== t;
const noThanksForTime: TrustCheck = (_t, s) => !s.some((x) => x.replacements.some((r) => /ممنون که وقت|سپاس از وقت|از وقتی که گذاشت/.test(fold(r))));
const thanksForTime: TrustCheck = (_t, s) => s.some((x) => x.replacements.some((r) => /ممنون که وقت/.test(fold(r))));

export const TRUST27: readonly TrustSet[] = [
  {
    kind: 'adverb-please',
    label: 'an intensifier right before the must goes with it',
    check: pleaseClean,
    sentences: [
      'مسافر گرامی، الزاماً می‌بایست دو ساعت پیش از پرواز در فرودگاه حضور داشته باشید.',
      'دانشجوی گرامی، اکیداً می‌بایست کارت ورود به جلسه را همراه داشته باشید.',
      'حتماً می‌بایست قبض رو تا آخر ماه پرداخت کنید.',
      'کاربر گرامی، الزاما میبایست رمز عبور خود را تغییر دهید.',
      'مشترک گرامی، ضرورتاً می‌بایست فرم اعتراض را امضا نمایید.',
      'اکیداً باید آنتی‌ویروس رو به‌روز کنید.',
      'حتماً و حتماً باید کد تأیید رو وارد کنی',
      'جنابعالی الزاماً می‌بایست اصل شناسنامه را ارائه فرمایید.',
      'پیش از نصب، حتما باید برق دستگاه رو قطع کنید',
      'عزیزم حتمن باید عکس فیش رو بفرستید',
    ],
  },
  {
    kind: 'adverb-please',
    label: 'an intensifier further back in the clause: no clean cut, no «… لطفاً» beside it',
    check: noAdverbPlease,
    sentences: [
      'الزاماً ظرف ده روز کاری می‌بایست مدارک را به دفتر تحویل نمایید.',
      'اکیداً قبل از ساعت ۸ باید فرم رو ارسال کنید.',
      'حتماً تا فردا صبح می‌بایست وجه را واریز نمایید.',
    ],
  },
  {
    kind: 'adverb-please',
    label: 'contrast: a plain must still becomes a please; «لطفاً حتماً» after the must may stay',
    check: (t, s) => pleaseOf(s).length > 0,
    sentences: [
      'می‌بایست فرم را امضا و اسکن کنید.',
      'باید رمزتون رو عوض کنید.',
      'باید حتماً فاکتور رو نگه دارید.',
      'شما می‌بایست پیش از پرداخت، کد تخفیف را وارد نمایید.',
    ],
  },
  {
    kind: 'process-must',
    label: 'a must about time passing, a step of a process, or the impersonal «باید صبر کرد»: no please',
    check: noPlease,
    sentences: [
      'سیستم قبول نمیکنه، باید ۴۸ ساعت از خرید بگذره',
      'برای تمدید باید یه هفته از صدور کارت بگذره',
      'بیمه‌گذار محترم، می‌بایست ۱۵ روز از تاریخ صدور بیمه‌نامه سپری گردد.',
      'برای برگشت پول باید سه روز کاری طی بشه',
      'جهت فعال‌سازی، باید ۷۲ ساعت از ثبت‌نام بگذرد.',
      'باید مهلت قانونی طی شود تا پرونده به کمیسیون برود.',
      'باید صبر کرد تا پیامک تأیید بیاد',
      'فعلاً باید منتظر ماند تا انبار شارژ بشه',
      'برای نتیجه آزمایش باید ده روز کاری بگذره',
      'باید یک ماه از نصب کنتور بگذرد تا قبض صادر شود.',
    ],
  },
  {
    kind: 'process-must',
    label: 'contrast: the customer asked to wait or act is still a request',
    check: (t, s) => pleaseOf(s).length > 0,
    sentences: [
      'باید فرم رو تا فردا پر کنید.',
      'مجبوری صبر کنی.',
      'باید کارت ملی رو همراه بیارید.',
    ],
  },
  {
    kind: 'regret-notice',
    label: 'regret over the company\'s own outage, closure, leave or breakage: not deleted',
    check: regretKept,
    sentences: [
      'کاربر گرامی، با کمال تأسف درگاه پرداخت از ساعت ۱۰ تا ۱۲ دچار اختلال بود که اکنون رفع شده است.',
      'شوربختانه استاد درس در هفته جاری به علت کسالت در مرخصی هستند؛ کلاس به هفته بعد منتقل شد.',
      'با کمال تاسف شعبه مرکزی روز پنجشنبه تعطیل است.',
      'شوربختانه سرور ایمیل از صبح با اختلال مواجه است.',
      'متأسفانه دکتر امروز مرخصی هستن، نوبتتون رو انداختم شنبه',
      'شوربختانه فروشگاه از اول مرداد تا پنجم به دلیل انبارگردانی تعطیل خواهد بود.',
      'با کمال تأسف گلدان ارسالی در مسیر شکسته است؛ گلدان جایگزین امروز ارسال می‌شود.',
      'مشترک گرامی، شوربختانه به علت اختلالات شبکه، پیامک‌ها با تأخیر ارسال می‌شوند.',
    ],
  },
  {
    kind: 'regret-notice',
    label: 'contrast: a regret word over news that is not bad is still taken out',
    check: regretDeleted,
    sentences: [
      'متسفانه لینک جدید براتون ارسال شد.',
      'شوربختانه لینک پرداخت براتون ارسال شد.',
    ],
  },
  {
    kind: 'passive-you',
    label: 'second-person blame as a passive keeps no «شما» (or stays advice)',
    check: passiveNoYou,
    sentences: [
      'خانم شما کد پستی رو اشتباه وارد کردین، بسته برگشت خورد',
      'آقا شما شماره شبا رو غلط نوشتین',
      'داداش شما فاکتورو اشتباهی زدی، دوباره صادر میکنم',
      'جناب شما مدارک را ناقص ارسال نموده‌اید.',
      'ظاهراً شما فرم را بدون امضا ارسال کرده‌اید.',
      'عزیزم شما رنگو اشتباه انتخاب کردین',
      'سایز رو شما اشتباه انتخاب کردین',
      'خودتون تاریخ رو اشتباه زده بودین',
    ],
  },
  {
    kind: 'passive-you',
    label: 'contrast: a passive whose «شما» owns the object still rewrites',
    check: passiveMade,
    sentences: [
      'شماره کارت شما رو اشتباه وارد کردین',
      'شما آدرس رو اشتباه نوشتید',
      'کد ملی رو اشتباه وارد کرده‌اید.',
    ],
  },
  {
    kind: 'sorry-disturb',
    label: 'the agent writing first, sorry for disturbing: no thanks for the customer\'s time',
    check: noThanksForTime,
    sentences: [
      'سلام ببخشید مزاحم شدم، خواستم بگم نوبت فردا ساعت ۹ـه',
      'ببخشید که مزاحمتون شدم، عکس فاکتور رو دارید؟',
      'شرمنده مزاحم شدم، پیک ساعت ۵ میاد',
      'ببخشید مزاحمتان شدم؛ قرارداد شما آماده امضاست.',
      'عذر می‌خوام مزاحم شدم، کد رهگیری رو براتون فرستادم',
      'سلام، ببخشید مزاحم میشیم، فقط خواستیم آدرس رو تأیید کنیم',
    ],
  },
  {
    kind: 'sorry-disturb',
    label: 'contrast: sorry for taking the customer\'s time still becomes thanks',
    check: thanksForTime,
    sentences: [
      'ببخشید که وقتتون رو گرفتم.',
      'عذر می‌خوام وقتتونو گرفتم، ممنون از توضیحاتتون',
    ],
  },
  {
    kind: 'points-back',
    label: 'a reminder lead taken out while the rest points back at the message it named: the lead stays (advice)',
    check: (t, _s, a) => /(?:پیام|ایمیل|پاسخ|نامه|جواب)/.test(a) || a === t,
    sentences: [
      'همونطور که تو پیام قبلی گفتم، فاکتور توش هست',
      'همان‌طور که در ایمیل قبلی عرض کردم، شماره حساب در آن درج شده است.',
      'به پاسخ قبلی ما توجه فرمایید؛ مدارک در آن ذکر شده است.',
      'همونطور که تو پیام قبلیم نوشتم، لینک دانلود اونجاست، اونجا هست',
      'چنانچه در نامه قبلی اعلام گردید، فهرست مدارک در آن آمده است.',
    ],
  },
  {
    kind: 'points-back',
    label: 'contrast: the rest stands on its own, the lead still goes',
    check: (t, s, a) => a !== t && s.some((x) => x.kind === 'rewrite'),
    sentences: [
      'همونطور که تو پیام قبلی گفتم، فاکتور فردا میاد',
      'همان‌طور که پیش‌تر اعلام شد، سفارش شما فردا ارسال می‌شود.',
      'همان‌گونه که در نامه قبلی به استحضار رسید، خط مذکور به دلیل بدهی معوق مسدود شده است.',
    ],
  },
  {
    kind: 'subject-please',
    label: 'the subject of the must goes with it («شما موظفید …» -> «لطفاً …», never «شما لطفاً»); «به شما باید بگم» is no command',
    check: (_t, _s, a) => !/(?:شما|جنابعالی)\s+لطفا/.test(fold(a)) && !/(?:به|از|برای)\s+(?:لطفا|ممنون)/.test(fold(a)),
    sentences: [
      'خریدار محترم، شما موظفید قسط را تا پایان ماه واریز نمایید.',
      'اول از همه شما باید مودم رو خاموش روشن کنید',
      'مستأجر گرامی، شما ملزم هستید قبض‌ها را تا آخر ماه پرداخت نمایید.',
      'به شما باید بگم که فرم رو پر کنید',
      'از شما باید بپرسم که آدرس رو تأیید کنید',
    ],
  },
];

export function runTrust27(misses: boolean): { pass: number; total: number } {
  let pass = 0, total = 0;
  const byKind = new Map<string, { pass: number; total: number }>();
  for (const set of TRUST27) {
    let p = 0, n = 0;
    const bad: string[] = [];
    for (const text of set.sentences) {
      for (const sp of SPELLINGS) {
        const t = sp(text);
        const s = suggestRewrites(t, builtinPacks, { generic: true });
        const ok = set.check(t, s, applyAll(t, s));
        n++;
        if (ok) p++;
        else bad.push(`${t}\n      => ${applyAll(t, s)}   [${s.map((x) => `${x.ruleId}/${x.kind}`).join(', ')}]`);
      }
    }
    console.log(`${set.kind.padEnd(15)} ${p}/${n}  ${set.label}`);
    if (misses) for (const b of [...new Set(bad)].slice(0, 12)) console.log(`    ${b}`);
    const k = byKind.get(set.kind) ?? byKind.set(set.kind, { pass: 0, total: 0 }).get(set.kind)!;
    k.pass += p; k.total += n; pass += p; total += n;
  }
  console.log('\nper kind: alternatives as they should be / cases (four spellings each)');
  for (const [k, v] of byKind) console.log(`  ${k.padEnd(15)} ${v.pass}/${v.total}`);
  console.log(`  ${'all'.padEnd(15)} ${pass}/${total}`);
  return { pass, total };
}

export const FAMILIES27: readonly Family[] = [
  // ================= not knowing, said of ourselves =================
  S('not-knowing', 'the agent not informed: «(اینجانب | بنده | من) در جریان (نیستم | نمی‌باشم)»', 'negative', [
    'از وضعیت بررسی درخواست شما [[اینجانب در جریان نمی‌باشم]].',
    '[[بنده در جریان نیستم]] که پرونده به کدام شعبه ارجاع شده.',
    'راستش [[من در جریان نیستم]] سفارشتون کی ارسال شده',
    'از نتیجه کمیسیون [[بنده در جریان نمی‌باشم]].',
    '[[من اصلاً در جریان نیستم]] که بسته کجاست',
    'درباره زمان نصب [[اینجانب در جریان نیستم]].',
  ]),
  S('not-knowing', 'contrast: the customer or a colleague informed, a promise to keep informed', 'neutral', [
    'شما را در جریان کارها قرار می‌دهیم.',
    'بنده در جریان هستم و پیگیری می‌کنم.',
    'من در جریان پرونده‌تون هستم، فردا خبر میدم',
    'همکارم در جریان نیست، ولی من الان بررسی می‌کنم.',
    'نگران نباشید، من در جریانم',
    'اگر در جریان نیستید، خلاصه پرونده را پیوست کرده‌ام.',
  ]),
  S('not-knowing', '«هنوز مشخص / معلوم» in the formal copula or passive: «نمی‌باشد», «نگردیده است»', 'negative', [
    'تاریخ برگزاری آزمون [[هنوز مشخص نمی‌باشد]].',
    'مبلغ نهایی صورتحساب [[هنوز معلوم نمی‌باشد]].',
    'زمان تحویل واحدها [[هنوز مشخص نگردیده]] است.',
    'سهم هر متقاضی [[هنوز مشخص نمی باشد]].',
  ]),
  S('not-knowing', 'contrast: known, or asked', 'neutral', [
    'تاریخ برگزاری آزمون مشخص شده و در سامانه درج گردیده است.',
    'آیا زمان تحویل هنوز مشخص نمی‌باشد؟',
    'مبلغ نهایی معلوم است و پیوست شده.',
  ]),
  // ================= whatever you say =================
  S('dismissive', '«(باشه،) هرچی (تو | شما) بگی / بگید»: giving in with a shrug', 'negative', [
    '[[باشه هرچی شما بگید]]، سفارشو لغو کردم',
    '[[هرچی تو بگی]] عزیزم، پس می‌گیریم',
    '[[باشه هر چی شما بگین]]، تیکت بسته شد',
    'خب [[هرچی شما بگید]]، پول رو برمی‌گردونیم',
    '[[هر چی تو بگی داداش]]، فردا میفرستم',
  ]),
  S('dismissive', 'contrast: «هرچی» asking what the customer needs, offering to do what they ask', 'neutral', [
    'هرچی لازم داشتید به من بگید',
    'هر چی شما بگید همون کارو می‌کنیم؛ کدوم رنگ رو می‌خواید؟',
    'هرچی تو بگی رو یادداشت می‌کنم تا هیچ جزئیاتی جا نمونه',
    'هر چیزی که لازم بود بگید',
    'شما بگید کدوم ساعت، هر چی شما بگید هماهنگ می‌کنم',
  ]),
  S('passive-aggressive', 'the customer\'s own consent held up as the answer: «همان‌گونه که … امضا فرموده‌اید»', 'negative', [
    '[[همان‌گونه که پیش از نصب در قرارداد امضا فرموده‌اید]]، هزینه سرویس دوره‌ای با مشترک است.',
    '[[همونطور که خودتون قوانین رو تأیید کردین]]، بیعانه برنمی‌گرده',
    '[[همان‌طور که در فرم رضایت امضا نمودید]]، احتمال قرمزی پوست وجود دارد.',
    '[[همونطور که شرایط رو قبول کردین]]، لغو بعد از ۲۴ ساعت هزینه داره',
  ]),
  S('passive-aggressive', 'contrast: what the customer asked for, our own signature, a caption we wrote, a reading asked of no one', 'neutral', [
    'همان‌گونه که درخواست فرموده بودید، قرارداد به نام همسرتان صادر شد.',
    'همونطور که خواسته بودین، رنگ مشکی رو فرستادیم',
    'همان‌طور که امضا کردیم، قرارداد از فردا اجرایی است.',
    'کپشن پست رو کامل نوشتم که راحت‌تر پیدا کنید',
    'متن آگهی رو کامل کردیم، ممنون از پیشنهادتون',
  ]),
  S('passive-aggressive', 'the customer told to read our caption or post properly', 'negative', [
    '[[کپشنو کامل بخون]] عزیزم، سایزا نوشته شده',
    'لطفاً [[متن آگهی را با دقت مطالعه فرمایید]].',
    '[[کپشن رو دقیق بخونید]]، هزینه ارسال نوشته شده',
  ]),
  // ================= I already said so in my last message =================
  S('passive-aggressive', 'pointing at our last message or our count of repeats: «تو پیام قبلیم گفته بودم», «سه بار همینو نوشتم»', 'negative', [
    '[[تو پیام قبلیم گفته بودم]] که ارسال با خریداره',
    '[[در پیام قبلی عرض کرده بودم]] که مدارک باید حضوری تحویل شود.',
    '[[تو پیام قبلی هم نوشته بودم]]، ساعت کاری تا ۵ـه',
    '[[دو بار همینو نوشتم]]، کد تخفیف فقط برای خرید اوله',
    '[[سه بار دیگه هم همین رو گفتم]]، قطعی از مخابراته',
    '[[در ایمیل قبلی خدمتتون گفته بودم]] که فاکتور پیوست شده.',
    '[[چند بار همینو گفتم]]، پیک ساعت ۶ میاد',
  ]),
  S('passive-aggressive', 'contrast: the customer\'s last message, our message repeated as a help, a correction of ours', 'neutral', [
    'تو پیام قبلیتون گفته بودید سایز ۴۲، درسته؟',
    'در پیام قبلی اشتباه نوشته بودم؛ ساعت درست ۵ است.',
    'تو پیام قبلیم شماره رو اشتباه نوشتم، ببخشید. شماره درست ۰۹۱۲ـه',
    'خلاصه‌ای از پیام قبلی را دوباره می‌فرستم تا راحت‌تر پیدا کنید.',
    'دو بار زنگ زدم، هر وقت تونستید تماس بگیرید.',
    'سه بار بسته رو چک کردم، سالم بود',
  ]),
  // ================= a deadline the customer missed =================
  S('blame', 'the customer named as the one who missed the deadline: «شما مهلت … را از دست داده‌اید», «توسط شما خارج از مهلت»', 'negative', [
    'کارفرمای گرامی، [[شما مهلت اعتراض را از دست داده‌اید]].',
    '[[شما مهلت ثبت‌نام رو از دست دادین]]، دوره بعد ثبت‌نام کنید',
    'متأسفانه [[جنابعالی مهلت تمدید را از دست داده‌اید]].',
    'دانشجوی گرامی، [[شما فرصت حذف و اضافه را از دست داده‌اید]].',
    'درخواست مرجوعی [[توسط شما خارج از مهلت]] ثبت شده است.',
    'اعتراض [[از سوی جنابعالی خارج از مهلت مقرر]] اعلام گردیده است.',
  ]),
  S('blame', 'contrast: a deadline not missed, our own lateness, the customer reassured', 'neutral', [
    'نگران نباشید، شما مهلت اعتراض را از دست نداده‌اید.',
    'مهلت شما تا پایان ماه تمدید شد.',
    'ما مهلت پاسخ را از دست دادیم و عذرخواهی می‌کنیم.',
    'اگر مهلت را از دست داده‌اید، هنوز می‌توانید درخواست تمدید بدهید.',
    'درخواست شما خارج از نوبت بررسی شد.',
  ]),
  // ================= not connected to us =================
  S('not-my-dept', 'a matter «ارتباطی / ربطی به (ما | این واحد | واحد X) ندارد / نداره»', 'negative', [
    '[[پیگیری بیمه ارتباطی به این واحد ندارد]].',
    '[[صدور کارت ربطی به ما نداره]]، برید بانک',
    '[[تعمیر گوشی ارتباطی به واحد فروش ندارد]]؛ با خدمات پس از فروش تماس بگیرید.',
    '[[این موضوع ربطی به بخش ما نداره]]',
    '[[رزرو میز ربطی به قسمت پذیرش نداره]]، با سالن تماس بگیرید',
    '[[بازگشت وجه ارتباطی به این دفتر ندارد]].',
  ]),
  S('not-my-dept', 'contrast: not connected to the customer\'s fault or to a charge, a reassurance', 'neutral', [
    'این خطا هیچ ارتباطی به کار شما ندارد و از سمت ماست.',
    'قطعی ربطی به گوشی شما نداره، از سرور ماست، درستش می‌کنیم',
    'این پیامک ارتباطی به حساب شما ندارد؛ نگران نباشید.',
    'هزینه ارسال ربطی به مبلغ سفارش نداره و رایگانه',
    'این تغییر ربطی به واحد شما نداره، فقط حساب شخصی رو شامل میشه',
    'تأخیر ارتباطی به بخش‌بندی مرسوله ندارد.',
  ]),
  // ================= no longer =================
  S('refusal', '«دیگه / دیگر» opening its clause, then our refusal of what the customer wants (stocked, cancelled, changed, taken back)', 'negative', [
    'سلام، اون مدل تموم شده و [[دیگه نمیاریمش]]',
    'بلیت صادر شده [[دیگه کنسل نمیشه]] عزیزم',
    'غذا از آشپزخانه خارج شده، [[دیگه لغو نمیشه]]',
    'قرارداد امضا شده و [[دیگر تعویض نمی‌شود]].',
    'کالا پلمبش باز شده [[دیگه پس گرفته نمیشه]]',
    'این سری فروش رفته و [[دیگه تولیدش نمی‌کنیم]]',
    'اون عطر تموم شد، [[دیگه نمی‌فروشیمش]]',
    'پرونده بسته شده و [[دیگر تمدید نمی‌شود]].',
  ]),
  S('refusal', 'contrast: «دیگه» as «other», a repeat promised away, a harm held off, a reassurance, a question', 'neutral', [
    'یه رنگ دیگه هم داریم، بفرستم؟',
    'ببخشید، دیگه تکرار نمیشه',
    'قسط پرداخت شد و دیگه قطع نمیشه',
    'نگران نباشید، پروازتون دیگه لغو نمیشه',
    'سفارش ثبت شد، دیگه کنسل نمیشه؟',
    'پیامک تبلیغاتی دیگه براتون ارسال نمیشه',
    'یه سایز دیگه تحویل نمیشه، همون ۴۲ رو فرستادیم',
    'درست شد، دیگه لازم نیست کاری بکنید',
  ]),
  // ================= neutral27: our own past slip apologised for; eager to see =================
  S('neutral27', 'our own past «could not» inside an apology («از اینکه … نتوانستم … متأسفم», «ببخشید که نتونستم …»)', 'neutral', [
    'از اینکه نتوانستم در جلسه پاسخ کامل بدهم متأسفم؛ گزارش کامل پیوست است.',
    'متأسفم که دیروز نتونستم جواب بدم، الان بررسی کردم و کارت فعاله',
    'ببخشید که نتونستم زودتر تماس بگیرم؛ سفارشتون ارسال شد',
    'عذرخواهی می‌کنم که نتوانستم در زمان مقرر پاسخ دهم. پرونده شما تکمیل شد.',
    'شرمنده که نتونستم دیروز بیام، امروز ساعت ۵ در خدمتم',
    'از اینکه نتوانستیم تماس شما را پاسخ دهیم پوزش می‌طلبیم؛ درخواست شما ثبت شد.',
  ]),
  S('neutral27', 'contrast: a present «can\'t» with an apology is still a refusal', 'negative', [
    'متأسفم که [[نمی‌توانم]] درخواست شما را بپذیرم.',
    'از اینکه [[نمی‌توانیم]] این سرویس را ارائه دهیم متأسفیم.',
    'ببخشید ولی [[نمیتونم]] سفارشو کنسل کنم',
  ]),
  S('neutral27', '«ببینم» after the agent\'s eagerness: looking forward, not a hedge', 'neutral', [
    'مشتاقم ببینم طرح جدید رو می‌پسندید یا نه',
    'بی‌صبرانه منتظرم ببینم نتیجه چی میشه',
    'دل تو دلم نیست ببینم کیک تولد چطور شده، فردا بیا ببر',
    'کنجکاوم ببینم عکس‌ها چطور دراومده',
  ]),
  S('neutral27', 'contrast: «ببینم» hedging an effort stays', 'negative', [
    'حالا [[ببینم میتونم کاری بکنم یا نه]]',
    '[[ببینم چی میشه]]، خبر میدم',
  ]),
];

export function faMatrix27(opts: MatrixOptions = {}): MatrixItem[] {
  return familyItems(FAMILIES27, opts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  if (argv.includes('--trust')) runTrust27(argv.includes('--misses'));
  else matrixMain(argv, faMatrix27);
}
