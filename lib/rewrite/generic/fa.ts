/**
 * The Persian generic reader: recognises the constructions of negative phrasing in one sentence of
 * the agent's own Persian, whatever the wording, so that a formal «امکان رسیدگی به درخواست شما
 * وجود ندارد», «درخواست استرداد وجه شما مورد قبول واقع نشد», «متقاضی موظف است…» or a colloquial
 * «خسارتو پرداخت نمی‌کنیم», «به ما ربطی نداره» still gets advice where no pack rule lists it.
 *
 * It reads the language layer's tokens (lib/nlp: folded words with ZWNJ and spaces inside a word
 * removed, Persian verb morphology, so «نمی‌شه», «نمیشه» and «نمی شه» are one negated شدن) once,
 * left to right. Persian puts the verb last, so a construction is read backwards from its verb to
 * the start of its clause: the previous finite verb, a clause conjunction (اما، ولی، چون، اگر…) or a
 * stop, never more than MAX_BACK words (commas do not end it: «امکان جابه‌جایی نوبت، با توجه به …،
 * فراهم نیست» is one clause). Every look is bounded, so the work is linear in the sentence.
 *
 * Trust before coverage: each construction has guards for the sentences that look like it and
 * are fine: reassuring negations («هیچ هزینه‌ای ندارد», «ذخیره نمی‌شود», «کسی دسترسی نخواهد
 * داشت»), negated problems, conditionals about the customer («اگه نتونستید…»), first-person regret
 * («باید زودتر خبر می‌دادیم»), questions, things not yet done («هنوز تأیید نشده»), help that needs
 * nothing from the customer («لازم نیست…»).
 */
import { analyzeFaWordWide, FA_VERBS_WIDE, faFormAnswer, faSlotKey, tokenize, type FaVerb, type Token } from '../../nlp/index.ts';
import { BoundedMemo } from '../../text/memo.ts';
import { gatedDispatch, type FaGate } from './dispatch.fa.ts';
import { EXPLAIN_EN, words as set } from './en.ts';
import type { GenericExplain, GenericHit, GenericReader } from './types.ts';

/** Why each construction is flagged and what to write instead ({words}: the words it read); shared ones as the English reader says them. */
export const EXPLAIN_FA: GenericExplain = {
  'not-available': {
    en: 'This reads as turning the request down ({words}): say first what you can do for the customer, then what is not possible.',
    fa: 'این جمله رد کردن درخواست را می‌رساند ({words}): اول بگویید چه کاری از دستتان برمی‌آید، بعد آنچه شدنی نیست.',
  },
  'not-permitted': {
    en: 'This reads as a rule standing in the way ({words}): say what the customer can do within it, and why the rule helps them if you can.',
    fa: 'این جمله قانون را سد راه مشتری نشان می‌دهد ({words}): بگویید در همین چارچوب چه کاری شدنی است و اگر می‌توانید، چرا این قاعده به نفع اوست.',
  },
  'negated-ability': EXPLAIN_EN['negated-ability'],
  'passive-refusal': {
    en: 'This refuses in the passive ({words}): say who can do what instead, and when.',
    fa: 'این جمله با فعل مجهول «نه» می‌گوید ({words}): بگویید به جای آن چه کسی چه کاری و کی می‌تواند انجام دهد.',
  },
  declined: {
    en: 'This announces that the request was turned down ({words}): give the reason briefly and lead with the next step the customer can take.',
    fa: 'این جمله خبر رد شدن درخواست را می‌دهد ({words}): دلیل را کوتاه بگویید و با قدم بعدی‌ای که مشتری می‌تواند بردارد شروع کنید.',
  },
  'not-offered': {
    en: 'This says what you will not do for the customer ({words}): say what you do offer in its place.',
    fa: 'این جمله می‌گوید چه کاری برای مشتری نمی‌کنید ({words}): بگویید به جای آن چه چیزی ارائه می‌دهید.',
  },
  'nothing-can-be-done': EXPLAIN_EN['nothing-can-be-done'],
  'customer-obligation': EXPLAIN_EN['customer-obligation'],
  'should-have': {
    en: 'This tells the customer what they should have done ({words}): say what to do now instead.',
    fa: 'این جمله به مشتری می‌گوید چه کاری باید می‌کرد ({words}): به جایش بگویید حالا چه کاری انجام دهد.',
  },
  'second-person-blame': EXPLAIN_EN['second-person-blame'],
  deflection: {
    en: 'This hands the problem back or elsewhere ({words}): say who can help and how you will connect the customer with them.',
    fa: 'این جمله مشکل را از خود دور می‌کند ({words}): بگویید چه کسی می‌تواند کمک کند و چطور مشتری را به او می‌رسانید.',
  },
  minimising: {
    en: "This plays down the customer's problem ({words}): acknowledge it before you explain.",
    fa: 'این جمله مشکل مشتری را کوچک جلوه می‌دهد ({words}): اول آن را بپذیرید، بعد توضیح دهید.',
  },
  'not-knowing': {
    en: 'This leaves the customer with "I don\'t know" ({words}): say how and when you will find out.',
    fa: 'این جمله مشتری را با «نمی‌دانم» تنها می‌گذارد ({words}): بگویید چطور و کی پیگیری می‌کنید.',
  },
  'calm-down': {
    en: 'This tells the customer how to feel ({words}): acknowledge their frustration and say what you are doing about it.',
    fa: 'این جمله به مشتری می‌گوید چه حسی داشته باشد ({words}): ناراحتی‌اش را بپذیرید و بگویید چه کاری برایش می‌کنید.',
  },
  contradicting: {
    en: 'This tells the customer they are wrong ({words}): acknowledge what they expected, then explain what applies.',
    fa: 'این جمله به مشتری می‌گوید حق ندارد یا اشتباه می‌کند ({words}): اول انتظارش را بپذیرید، بعد توضیح دهید چه قاعده‌ای برقرار است.',
  },
  'rhetorical-question': {
    en: 'This throws a question back at the customer ({words}): say what you can do instead.',
    fa: 'این جمله سؤال را به سمت مشتری برمی‌گرداند ({words}): به جایش بگویید چه کاری از دستتان برمی‌آید.',
  },
  'time-refusal': EXPLAIN_EN['time-refusal'],
  'policy-shield': EXPLAIN_EN['policy-shield'],
  'talking-down': EXPLAIN_EN['talking-down'],
  'hedged-effort': EXPLAIN_EN['hedged-effort'],
  'system-blocks': EXPLAIN_EN['system-blocks'],
  'handled-elsewhere': EXPLAIN_EN['handled-elsewhere'],
  prohibition: {
    en: 'This forbids the customer something ({words}): say what they can do instead, and how it helps them.',
    fa: 'این جمله مشتری را از کاری منع می‌کند ({words}): بگویید به جایش چه کاری می‌تواند بکند و چرا به نفع اوست.',
  },
  threat: {
    en: 'This warns the customer of what happens otherwise ({words}): ask for what you need and say what it makes possible.',
    fa: 'این جمله مشتری را از پیامدش می‌ترساند ({words}): آنچه لازم است را بخواهید و بگویید با آن چه کاری شدنی می‌شود.',
  },
  'regret-opener': {
    en: 'This opens with regret or bad luck ({words}): state the fact plainly and lead with what you can do.',
    fa: 'این جمله با افسوس یا بدشانسی شروع می‌شود ({words}): واقعیت را ساده بگویید و با کاری که می‌توانید انجام دهید شروع کنید.',
  },
  'apology-reflex': {
    en: 'This apologises for asking or for the wait ({words}): thank the customer instead ("Thanks for waiting", "Could you …").',
    fa: 'این جمله برای پرسیدن یا منتظر ماندن عذر می‌خواهد ({words}): به جایش تشکر کنید («ممنون از صبرتون»، «لطفاً …»).',
  },
  sarcasm: {
    en: 'This thanks the customer as a reproach ({words}): thank them plainly, or leave it out.',
    fa: 'این تشکر طعنه است ({words}): ساده تشکر کنید یا آن را حذف کنید.',
  },
  confiding: {
    en: 'This confides against your own company ({words}): give the facts and what you will do about them.',
    fa: 'این جمله پشت سر شرکت درددل می‌کند ({words}): واقعیت را بگویید و کاری که برایش انجام می‌دهید.',
  },
  'repeating-myself': {
    en: 'This reminds the customer they were already told ({words}): explain it again plainly, without the reproach.',
    fa: 'این جمله به مشتری یادآوری می‌کند که قبلاً گفته شده ({words}): دوباره و ساده توضیح دهید، بدون گلایه.',
  },
};

type Category = GenericHit['category'];

/** Words read back from a verb at most: a long noun phrase fits, a run-on draft stays linear. */
const MAX_BACK = 14;

/** Clitics and endings a lexicon word may carry: ezafe ی، possessives, object marker و/رو, copula ه/ست. */
const SUFFIXES = ['شونو', 'شونه', 'تونه', 'تونو', 'شرو', 'شون', 'شان', 'تون', 'تان', 'مون', 'مان', 'یست', 'ست', 'شو', 'شم', 'شه', 'رو', 'ای', 'ش', 'ی', 'و', 'ه', 'م', 'ت'];

/** Answers of inLex per lexicon and word: a draft repeats its words, and every keystroke re-reads its sentence. */
const lexMemo = new Map<ReadonlySet<string>, BoundedMemo<string, boolean>>();
/** Per-word memos hold as many words as lib/nlp's (a draft set's vocabulary passes 5,000 words). */
const MEMO_MAX = 20_000;

/** `w` or `w` without one clitic is in `lex` (امکانش, اجازه‌ی, خسارتو, پولشم). */
function inLex(lex: ReadonlySet<string>, w: string): boolean {
  if (lex.has(w)) return true;
  let memo = lexMemo.get(lex);
  if (!memo) lexMemo.set(lex, (memo = new BoundedMemo(MEMO_MAX)));
  const known = memo.get(w);
  if (known !== undefined) return known;
  let found = false;
  for (const s of SUFFIXES) {
    if (w.length > s.length + 1 && w.endsWith(s) && lex.has(w.slice(0, -s.length))) {
      found = true;
      break;
    }
  }
  return memo.set(w, found);
}

/**
 * Possibility, ability and permission words: negated they refuse («امکان … وجود ندارد», «مقدور
 * نیست», «قابل بررسی نیست», «شدنی نیست»). «قابل» needs the word after it; …پذیر words are read by suffix.
 */
const POSSIBLE = set('امکان امکانپذیر امکانات‌پذیر مقدور میسر ممکن شدنی عملی قادر توان توانایی فراهم اجرایی امکانش انجامپذیر پذیر');
const PERMITTED = set('مجاز اجازه مجوز');
const NO_WAY = set('راه راهی چاره چارهای راهحل راهکار');
/** What one can «not have» and so refuse: «امکانشو نداریم», «اجازه‌ی … را ندارم». */
const CAN_HAVE = set('امکان توان توانایی قدرت اجازه اختیار');
/** «در حیطه‌ی وظایف این واحد نیست», «مسئول … نیستیم», «پاسخگوی … نمی‌باشد»: not ours to handle. */
const NOT_OURS = set('حیطه حوزه وظایف وظیفه مسئول مسئولیت پاسخگو پاسخگوی جوابگو پاسخگویی عهده تعهد تعهدات صلاحیت دستورکار');
/** What is kept from others to protect the customer: «قابل مشاهده نیست» reassures. */
const PROTECTED = set('مشاهده رویت رؤیت دسترسی افشا سوءاستفاده سواستفاده هک جعل کپی ردیابی‌توسط');
/** Always-negative possibility words with a positive copula: «غیرممکنه», «امکان‌ناپذیر است». */
const IMPOSSIBLE = set('غیرممکن ناممکن غیرمجاز امکانناپذیر غیرقابلقبول');
/** Words after a bare «غیرمجاز»/«غیرممکن» that keep it a predicate («غیرمجاز شناخته می‌شود», «غیرمجاز محسوب می‌شود»). */
const PREDICATE_AFTER = set('شناخته محسوب تلقی اعلام قلمداد');

/**
 * What a customer asks a company for: refused when negated in the passive or by «we»
 * (پرداخت نمی‌کنیم، پذیرفته نمی‌شود، منتقل نخواهد شد). Not here: what a customer is glad not to get
 * (کسر، جریمه، ذخیره، ارسال تبلیغ، تکرار): negated, those reassure.
 */
const BENEFIT = set(
  'پذیرفته پذیرش قبول پرداخت بازپرداخت استرداد عودت برگشت برگشتی پس تعویض صادر صدور تمدید منتقل انتقال تحویل تایید تأیید انجام بررسی رسیدگی جابجایی جابهجایی جابجا اعمال پیگیری جبران ترخیص ارائه اعطا تخصیص پشتیبانی پوشش تعلق ترتیب موافقت مرجوع مرجوعی تعمیر رزرو ارتقا تخفیف اقدام اقدامی پول خسارت وجه هزینه اجازه تضمین قول استثنا گارانتی ضمانت عوض کنسل لغو تغییر صادره قبوله',
);
/** Services a product or a ticket comes with or not («استرداد نداره», «گارانتی ندارد»): third-person «has no …» refuses them. */
const SERVICE_HAD = set('استرداد عودت مرجوعی گارانتی ضمانت تعویض تخفیف بازپرداخت تمدید استثنا');
/** Benefits that the passive names as a decision: past and negated they announce a refusal («مورد قبول واقع نشد»). */
const DECISION = set('پذیرفته پذیرش قبول موافقت تایید تأیید پیشبینی');
/** Words between a benefit and its passive verb: «مورد قبول واقع نشد», «ترتیب اثر داده نخواهد شد», «تحت پوشش قرار نمی‌گیرد». */
const PASSIVE_FILLER = set('واقع مورد قرار صورت تحت اثر داده گرفته شده انجام');
/** Verbs of «we don't give/accept/do»: with a benefit before them (تخفیف نمی‌دیم، تحویل نمی‌گیریم). */
const OFFER_VERBS = set('کردن نمودن دادن گرفتن زدن');
/** Verbs that refuse with any object (قبول نمی‌کنیم is covered above; «نمی‌پذیریم», «برنمی‌گردونیم»). */
const REFUSE_VERBS = set('پذیرفتن برگرداندن گرداندن');

/** Clause openers whose clause is a condition or a time, not a statement (اگه نتونستید…، وقتی تأیید نشد…). */
const CONDITIONAL = set('اگر اگه چنانچه درصورتیکه هرگاه وقتی زمانیکه مادامیکه');
/** Words that open a new clause (the previous one ends before them). */
const CLAUSE_OPENERS = set('اما ولی لیکن ولیکن چون چونکه زیرا که و یا اگر اگه چنانچه وقتی درحالیکه بنابراین');
/** «تا وقتی …», «تا زمانی که …»: «تا» opening a time clause (elsewhere it is «until/up to» before a noun). */
const UNTIL_CLAUSE = set('وقتی زمانی زمانیکه وقتیکه موقعی');
/** Reassurance in the sentence: a negation there protects the customer («نگران نباشید، … ذخیره نمی‌شود»). */
const REASSURING = set('نگران نگرانی خیالتون خیالتان مطمئن اطمینان');
/** «هیچ» before these intensifies a refusal («به هیچ وجه», «هیچ جوره»); before anything else it reassures («هیچ هزینه‌ای»). */
const MANNER = set('وجه عنوان جوره جور طریق صورت راهی راه امکانی');
/** Nobody / never / no longer / not yet: negations that promise or report, not refuse. */
const NOBODY = set('کسی هیچکس هیچکسی شخص هرگز هیچوقت هیچگاه دیگه دیگر هنوز خودکار خودبهخود اتوماتیک');
/** Ability verbs that are feelings, not refusals: «نمی‌تونم صبر کنم», «نمی‌دانم چطور تشکر کنم». */
const NOT_REFUSING = set('صبر تشکر تصور باور توصیف منتظر وصف تحمل خوشحال');
/** What the customer has, not did: «دریافت نکردید» (you did not receive) describes the problem. */
const NOT_DUTIES = set('دریافت مشاهده پیدا تجربه حس استفاده متوجه');
/** In a blame clause these clear the customer: «شما کار اشتباهی نکردید», «هیچ تقصیری نداشتید». */
const EXONERATING = set('اشتباه اشتباهی تقصیر تقصیری خطا خطایی غلط غلطی بدی کاری چیزی مشکلی مقصر هیچ');
/** The customer addressed as agents address them (formal or polite plural); «تو» is not the support voice. */
const SECOND_PERSON = set('شما خودتون خودتان جنابعالی شماها');
/** Verbs of what the customer did or did not do: «نفرستادید», «وارد کردین», «خبر ندادین» (not «نداشتید», «نشدید»). */
const BLAME_VERBS = set('کردن نمودن فرمودن دادن زدن خواندن نوشتن فرستادن گذاشتن گرفتن گفتن یافتن');
const ERROR_WORDS = set('اشتباه اشتباهی غلط نادرست ناقص بهطورناقص');
const FAULT_WORDS = set('تقصیر کوتاهی بیتوجهی بیدقتی سهلانگاری بیاحتیاطی قصور');
const OBLIGATION_LIST = ['موظف', 'ملزم', 'مکلف', 'مجبور'];
const REQUIRED_LIST = ['الزامی', 'ضروری', 'اجباری', 'واجب'];
const THREAT = set('وگرنه والا درغیراینصورت');
const FIRST_PERSON_REF = set('ما من بنده مون مان ماست منه');
const OTHER_PARTY = set('فروشنده سازنده بانک پست پیک نمایندگی فروشگاه تولیدکننده اپراتور گمرک شرکت کارخانه');
const MINOR = set('مهم مهمی خاص خاصی بزرگ بزرگی جدی جدیای');
const MINOR_NOUNS = set('چیز چیزی مسئله مسئلهی موضوع مورد اتفاق');
const INFLATE = set('بزرگ شلوغ سخت جدی بزرگش شلوغش سختش جدیش کش');
// (rwfa25) «ایده / آیدیا ندارم»: the loanword for «idea» in its chat spellings.
// (rwfa26) «معلومات / معلوماتی ندارم»: Dari's word for information.
const KNOWLEDGE = set('اطلاعی خبری ایدهای اطلاع خبر ایده آیدیا ایدیا آیدیایی معلومات معلوماتی');
/** Words that may stand between a knowledge word and «ندارم»: «اطلاعی از …», «اطلاع دقیقی …». */
const KNOWLEDGE_NEXT = set('از در درباره درمورد راجع دقیقی کاملی درستی');
/** What a customer is glad to be spared: «مشمول مالیات نمی‌شود», «شامل جریمه نمی‌شود» reassure. */
const BURDEN = set('مالیات جریمه کارمزد عوارض دیرکرد محدودیت کسر کسورات مجازات افزایش هزینه هزینهای تعرفه');
/** The customer's data: «در اختیار کسی نیست», «اطلاعات شما در اختیار دیگران نیست» protect it. */
const DATA = set('اطلاعات داده دادهها شماره رمز مشخصات حساب کارت پرونده');
/** Problems one is glad were not foreseen: «مشکلی پیش‌بینی نشده». */
const PROBLEM = set('مشکل مشکلی اختلال اختلالی قطعی تاخیر تأخیر هزینه هزینهای کارمزد جریمه');
/** Money that a negated «come back» keeps from the customer: «پول بلیت برنمی‌گرده», «وجه بازنمی‌گردد». */
const MONEY = set('پول پولی وجه مبلغ هزینه بیعانه شارژ اعتبار ودیعه پیشپرداخت سپرده');
/** Adverbs of «told you before»: «بارها توضیح دادم», «قبلاً هم عرض کرده بودم». */
const REPEAT_ADV = set('بارها چندبار قبلا قبلاً پیشتر صدبار هزاربار مکررا مکرراً');
/** Nouns of a light verb of saying: «توضیح دادم», «عرض کردم», «تذکر دادم». */
const SAY_NOUNS = set('توضیح عرض تذکر تاکید تأکید گوشزد یادآوری');
/** What «طبق/مطابق … قبلی» refers back to: «مطابق ایمیل قبلی اینجانب» (per my last email). */
const MESSAGE_NOUNS = set('ایمیل پیام نامه مکاتبه توضیحات پاسخ جواب عرض مکاتبات پیامهای ایمیلهای');
const EARLIER = set('قبلی پیشین قبل قبلیم قبلیمون گذشته');
/** Units an agent hands the customer to: «با یه واحد دیگه‌ست». */
const UNITS = set('واحد بخش تیم همکار همکاران دپارتمان قسمت اداره');
/** The company or a part of it opening a clause, speaking as «we» in the third person: «بیمه پرداخت نمی‌کنه», «مدیرمون نمیذاره». */
const INSTITUTIONS = set('شرکت فروشگاه بانک بیمه انبار سیستم سامانه نرمافزار برنامه اپلیکیشن مدیر مدیرمون مدیریت مدیریتمون شرکتمون فروشگاهمون گارانتی قانون سیاست');
/** «اونقدرام که فکر می‌کنید مهم نیست»: so much (as you think). */
const SO_MUCH = /^(?:اونقدر|آنقدر|اونقد|اونقدرها|آنقدرها|اونقدرا|اونقدرام|اونقدرم|آنقدرها|اینقدر|انقدر|اینقدرها|اینقدرام)$/;
/** How grave, not how hard: «اونقدر که فکر می‌کنید سخت نیست، با هم انجامش می‌دیم» encourages. */
const SO_MUCH_ADJ = set('مهم جدی بزرگ وحشتناک خطرناک فاجعه');
const STOPS = new Set(['.', '!', '?', '؟', '؛', ';', ':', '\n']);
/** (rwfa23) A scam or a stranger's message: what an agent disowns to warn the customer, not to deflect. */
const SCAM_FA = /^(?:پیامک|پیامکهای|پیامکها|لینک|لینکش|جعلی|کلاهبرداری|کلاهبردار|مشکوک|فیشینگ|تماسهای|تماسها|سودجو|سودجویان)$/;

interface Word {
  t: Token;
  /** Folded word, no ZWNJ or space inside. */
  w: string;
  v: FaVerb | undefined;
  /** A stop (. ! ? ؛ :) comes right before this word. */
  stopBefore: boolean;
  /** A stop or a comma comes right before this word. */
  pauseBefore: boolean;
  /** (rwfa23) A symbol that is no punctuation (an emoji, «🙏») comes right before this word: a pause to some readers. */
  markBefore: boolean;
  /** The Persian word form's own record (made once per form): what every sentence's reading of it shares. */
  form?: WordForm;
}

/** What a Persian word form gives, whatever its sentence: read once per form, with the readers' dispatch entries. */
interface WordForm {
  reassuring: boolean;
  v: FaVerb | undefined;
  /** The dispatch entries of lib/rewrite/generic/dispatch.fa.ts, one slot per dispatcher. */
  d: unknown[];
}

interface Ctx {
  W: Word[];
  question: boolean;
  /** «چرا» in the sentence: a question that blames rather than asks. */
  why: boolean;
  /** (rwfa23) The index of the first word after the sentence's last «؟ / ?» (-1: none): a word at or past it is in no question. */
  afterQuestion: number;
  reassuring: boolean;
}

/** Negated participle «نشده», «نمونده», «نکرده‌اید», «نبوده»: the lemma and the person ending after ه. */
const PAST_STEMS: Array<[string, string]> = [];
for (const v of FA_VERBS_WIDE) for (const stem of [...v.past, ...v.pastColloquial]) PAST_STEMS.push([stem, v.lemma]);
PAST_STEMS.sort((a, b) => b[0].length - a[0].length);
const PARTICIPLE_END = /^(?:ه|هاست|هاند|هاید|هاین|هایم|ست|ه‌است)$/;

type Participle = { lemma: string; negative: boolean; ending: string };
const participleMemo = new BoundedMemo<string, Participle | null>(MEMO_MAX);

function participle(w: string): Participle | null {
  if (!w.endsWith('ه') && !/(?:اید|این|ایم|اند|است|ست)$/.test(w)) return null;
  const known = participleMemo.get(w);
  if (known !== undefined) return known;
  // «نموده» is نمودن's own participle; «نمونده», «نشده» are negated.
  let p = participleOf(w, false) ?? (w.startsWith('ن') && !w.startsWith('نمی') ? participleOf(w.slice(1), true) : null);
  // The hiatus after the negative ن: «نیاورده» is آورده, «نیفتاده» افتاده (lib/nlp/fa.ts reads the finite forms alike).
  if (!p && w.startsWith('نی') && w.length > 4) p = w[2] === 'ا' ? (participleOf('آ' + w.slice(3), true) ?? participleOf('ا' + w.slice(3), true)) : participleOf('ا' + w.slice(2), true);
  return participleMemo.set(w, p);
}

function participleOf(body: string, negative: boolean): Participle | null {
  for (const [stem, lemma] of PAST_STEMS) {
    if (!body.startsWith(stem)) continue;
    const rest = body.slice(stem.length);
    if (PARTICIPLE_END.test(rest)) return { lemma, negative, ending: rest.slice(1) };
  }
  return null;
}

/**
 * The verb of a word, read wide (formal light verbs, «ارسال کنید» without ب: analyzeFaWordWide), and
 * past an object clitic the table does not read (بفرستیمش, برگردونیمش).
 */
/** Words the wide table reads as verbs that are far more often something else: «بر» (on, «مبنی بر»), «بنده» (I). */
const NOT_VERBS = set('بر بنده');

function verbOfNorm(norm: string): FaVerb | undefined {
  if (NOT_VERBS.has(norm)) return undefined;
  const a = analyzeFaWordWide(norm);
  if (a) return a.verb;
  if (!/^(?:ن?می|ب|ن)/.test(norm)) return undefined;
  for (const s of ['شون', 'تون', 'مون', 'ش', 'ت', 'م']) {
    if (norm.length > s.length + 3 && norm.endsWith(s)) {
      const c = analyzeFaWordWide(norm.slice(0, -s.length));
      if (c?.verb) return c.verb;
    }
  }
  return undefined;
}

/** A Persian word form's record (pure functions of the form, so one per form serves every sentence). */
const formMemo = new BoundedMemo<string, WordForm>(MEMO_MAX);
const readForm = (w: string): WordForm => ({ reassuring: REASSURING.has(w) || inLex(REASSURING, w), v: verbOfNorm(w), d: [] });
/** (perffa31) A token's record kept on its form entry (lib/nlp FaWordSlot). */
const FORM_SLOT = faSlotKey();

/**
 * A bare past stem with no prefix or ending («پرداخت», «رسید», «برگشت», «کرد») is a verb only where a
 * Persian verb stands, at the end of its clause: before a stop, a comma, a conjunction or the end.
 * Inside a clause it is the noun (payment, receipt) or the short infinitive after «نمیشه».
 */
function bareStemIsNoun(toks: readonly Token[], i: number, v: FaVerb | undefined): boolean {
  if (!v || v.tense !== 'past' || v.ending !== '' || v.negative || v.progressive || v.subjunctive) return false;
  const next = toks[i + 1];
  if (!next || !next.word) return false;
  if (next.lang !== 'fa' && next.pos !== 'NUM' && !/^[0-9]/.test(next.norm)) return false;
  return !CLAUSE_OPENERS.has(next.norm);
}

/** The last sentence read and its words: the second Persian pass (constructions.fa.ts) reads the same sentence right after. */
let lastRead: { sentence: string; tokens: readonly Token[] | undefined; ctx: Ctx } | undefined;

function words(sentence: string, tokens?: readonly Token[]): Ctx {
  if (lastRead && lastRead.sentence === sentence && lastRead.tokens === tokens) return lastRead.ctx;
  const ctx = readWords(sentence, tokens);
  lastRead = { sentence, tokens, ctx };
  return ctx;
}

function readWords(sentence: string, tokens?: readonly Token[]): Ctx {
  const toks = tokens ?? tokenize(sentence);
  const W: Word[] = [];
  let stop = false;
  let pause = false;
  let mark = false;
  let afterQuestion = -1;
  let question = false;
  let why = false;
  let reassuring = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word) {
      if (STOPS.has(t.norm)) stop = true;
      if (STOPS.has(t.norm) || t.norm === ',' || t.norm === '،') pause = true;
      else if (t.pos === 'SYM' || /\p{Extended_Pictographic}/u.test(t.text)) mark = true;
      if (t.norm === '؟' || t.norm === '?') {
        question = true;
        afterQuestion = W.length;
      }
      continue;
    }
    // A number is a word of its clause («زودتر از 48 ساعت نمیشه»), whichever digits it is written in.
    if (t.pos === 'NUM' || /^[0-9]/.test(t.norm)) {
      W.push({ t, w: t.norm, v: undefined, stopBefore: stop, pauseBefore: pause, markBefore: mark, form: undefined });
      stop = false;
      pause = false;
      mark = false;
      continue;
    }
    if (t.lang !== 'fa') {
      stop = true;
      pause = true;
      continue;
    }
    let w = t.norm;
    let tw = t;
    // (rwfa24) «نمی افته», «می نشیند» written apart: the narrow layer joins only the verbs of its own table; the wide
    // reading joins a prefix word to the next word when together they read as one verb.
    if ((w === 'نمی' || w === 'می') && !t.fa) {
      const n = toks[i + 1];
      if (n && n.word && n.lang === 'fa' && n.start - t.end <= 1 && !n.fa && formMemo.remember(w + n.norm, readForm).v) {
        w += n.norm;
        tw = { ...t, text: `${t.text} ${n.text}`, end: n.end, norm: w };
        i++;
      }
    }
    if (w === 'چرا') why = true;
    const form = tw === t ? faFormAnswer(t, FORM_SLOT, formMemo, readForm) : formMemo.remember(w, readForm);
    if (form.reassuring) reassuring = true;
    const v = form.v;
    W.push({ t: tw, w, v: bareStemIsNoun(toks, i, v) ? undefined : v, stopBefore: stop, pauseBefore: pause, markBefore: mark, form });
    stop = false;
    pause = false;
    mark = false;
  }
  if (W.length && W[0].w === 'آیا') question = true;
  return { W, question, why, reassuring, afterQuestion };
}

/** A finite verb (it ends a Persian clause): not a bare past stem read as a short infinitive after «نمیشه». */
function isFinite(x: Word): boolean {
  return x.v !== undefined;
}

/**
 * Index of the first word of the clause that ends just before `j` (the words read back from a
 * verb), and whether that clause is a condition or a time clause.
 */
function clauseStart(W: Word[], j: number): { from: number; conditional: boolean } {
  let k = j - 1;
  const stopAt = Math.max(0, j - MAX_BACK);
  if (W[j].stopBefore) return { from: j, conditional: false };
  for (; k >= stopAt; k--) {
    const x = W[k];
    if (CONDITIONAL.has(x.w) || (x.w === 'تا' && UNTIL_CLAUSE.has(W[k + 1]?.w ?? ''))) return { from: k, conditional: true };
    // (rwfa23) «در صورتی که», «درصورتی که» written apart: a condition too.
    if (x.w === 'که' && k > 0 && (W[k - 1].w === 'درصورتی' || (W[k - 1].w === 'صورتی' && k > 1 && W[k - 2].w === 'در'))) return { from: W[k - 1].w === 'صورتی' ? k - 2 : k - 1, conditional: true };
    // «هر وقت / هر موقع … زدین»: whenever, a condition too (rwfa22).
    if ((x.w === 'وقت' || x.w === 'موقع') && k > 0 && W[k - 1].w === 'هر') return { from: k - 1, conditional: true };
    if (isFinite(x) || CLAUSE_OPENERS.has(x.w)) return { from: k + 1, conditional: false };
    if (x.stopBefore) return { from: k, conditional: false };
  }
  return { from: stopAt, conditional: false };
}

/** «هیچ» + a noun that is not a manner word, or nobody/never/no longer/not yet, in W[from, to). */
function reassures(W: Word[], from: number, to: number, noLongerRefuses = false): boolean {
  for (let k = from; k < to; k++) {
    const w = W[k].w;
    if (noLongerRefuses && (w === 'دیگه' || w === 'دیگر')) continue;
    // «قانونمون اینه دیگه، …»: «دیگه» before a pause is the discourse particle ("you know"), not «no longer».
    if ((w === 'دیگه' || w === 'دیگر') && W[k + 1]?.pauseBefore) continue;
    if (NOBODY.has(w)) return true;
    if (w === 'هیچ' && k + 1 < W.length && !inLex(MANNER, W[k + 1].w)) return true;
    if (w.startsWith('هیچ') && w.length > 3 && !inLex(MANNER, w.slice(3)) && w !== 'هیچجوره') return true;
  }
  return false;
}

const hit = (W: Word[], a: number, b: number, construction: string, category: Category): GenericHit => ({
  start: W[a].t.start,
  end: W[b].t.end,
  construction,
  category,
});

const isPossible = (w: string) => inLex(POSSIBLE, w) || (w.length > 5 && w.endsWith('پذیر') && !w.startsWith('آسیب'));

/**
 * The negated predicate ending at word j: «نیست», «نمی‌باشد», «نخواهد بود», «وجود ندارد»,
 * «نداریم» (with an object such as «اجازه»), «نمونده». Returns its first word index, or -1.
 */
function negatedPredicate(W: Word[], j: number): { first: number; have: boolean } | null {
  const x = W[j];
  const v = x.v;
  // Present and future only: «نبود» tells a story, «نیست» answers the customer.
  if (v?.lemma === 'بودن' && v.negative && v.tense === 'present') return { first: j, have: false };
  if (v?.lemma === 'خواستن' && v.negative && W[j + 1]?.w === 'بود') return { first: j, have: false };
  // «امکان برداشت وجود نخواهد داشت»: the future of «وجود ندارد».
  if (v?.lemma === 'خواستن' && v.negative && W[j + 1]?.w === 'داشت' && j > 0 && W[j - 1].w === 'وجود') return { first: j - 1, have: false };
  if (v?.lemma === 'داشتن' && v.negative && v.tense === 'present') {
    if (j > 0 && W[j - 1].w === 'وجود') return { first: j - 1, have: false };
    // «در دستور کار ما قرار ندارد»: «is not (placed) in».
    if (j > 0 && W[j - 1].w === 'قرار' && v.person.person === 3) return { first: j - 1, have: false };
    // «به ما ربطی نداره»: no connection; «امکان نداره»: no possibility; both read like «نیست».
    if (j > 0 && /^(?:ربط|ربطی|ارتباطی|امکان|امکانش)$/.test(W[j - 1].w)) return { first: j, have: false };
    // «امکانشو نداریم», «اجازه‌ی … را ندارم»: the agent's own «we/I do not have»; «توان صحبت ندارد» is about someone else.
    // «راه دیگه‌ای نداره», «چاره‌ای نداره»: impersonal, no way (read by readNotAvailable's NO_WAY).
    if (v.person.person === 3 && !v.person.plural && j > 0 && (inLex(NO_WAY, W[j - 1].w) || (j > 1 && inLex(NO_WAY, W[j - 2].w) && /^(?:دیگهای|دیگری|دیگه|دیگر)$/.test(W[j - 1].w)))) return { first: j, have: true };
    return v.person.person === 1 ? { first: j, have: true } : null;
  }
  // «میسر نمی‌گردد», «ممکن نمی‌شود»: a possibility word right before a negated «become» reads like «نیست».
  if ((v?.lemma === 'شدن' || v?.lemma === 'گردیدن') && v.negative && v.tense === 'present' && v.person.person === 3 && j > 0 && (isPossible(W[j - 1].w) || inLex(PERMITTED, W[j - 1].w))) {
    return { first: j, have: false };
  }
  // «به بخش ما مربوط نمیشه»: does not concern us.
  if (v?.lemma === 'شدن' && v.negative && v.tense === 'present' && j > 0 && /^(?:مربوط|ربطی)$/.test(W[j - 1].w)) return { first: j, have: false };
  const p = participle(x.w);
  if (p?.negative && p.lemma === 'ماندن') return { first: j, have: false };
  return null;
}

/** Days and hours: «جمعه‌ها پاسخگو نیستیم» states opening hours, not a refusal. */
const OPENING_HOURS = /^(?:(?:یک|دو|سه|چهار|پنج)?شنبه|جمعه|روزهای|ایام|ساعات|شبها|تعطیلات|تعطیل|عصرها|شب)(?:ها)?$/;

/** «امکان … وجود ندارد», «مقدور نیست», «اجازه‌ی … را ندارم», «راهی نمونده», «در حیطه … نیست». */
function readNotAvailable(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const pred = negatedPredicate(W, j);
  if (!pred) return null;
  const end = (W[j + 1]?.w === 'بود' || W[j + 1]?.w === 'داشت') && W[j].v?.lemma === 'خواستن' ? j + 1 : j;
  const { from, conditional } = clauseStart(W, pred.first);
  if (conditional || c.question) return null;
  // You are not responsible / you have no permission: about the customer, and mostly reassuring.
  const person = W[j].v?.person;
  for (let k = pred.first - 1; k >= from; k--) {
    const w = W[k].w;
    if (k > 0 && W[k - 1].w === 'بدون') continue;
    // «قابل مشاهده نیست», «قابل دسترسی … نیست»: what nobody can see or reach protects the customer.
    if (w === 'قابل' && k + 1 < pred.first && inLex(PROTECTED, W[k + 1].w)) return null;
    if (isPossible(w) || (w === 'قابل' && k + 1 < pred.first)) {
      if (pred.have && !inLex(CAN_HAVE, w)) return null;
      if (reassures(W, from, k)) return null;
      // «امکان ندارد که اطلاعات شما بدون اجازه تغییر کند»: a protection of the customer's things (fa-matrix2's neutrals).
      // (Within the twelve words after the refusal: a window, so a run-on draft without a stop stays linear.)
      if (W.slice(end + 1, end + 13).some((x, i, r) => (/^(?:بدون|بی)$/.test(x.w) && /^(?:اجازه|اطلاع|رضایت)/.test(r[i + 1]?.w ?? '') && r.slice(0, i).some((y) => /^(?:شما|\S+تون|\S+تان)$/.test(y.w))) || (x.w === 'کسی' && /^(?:جز|بجز|غیر)$/.test(r[i + 1]?.w ?? '')))) return null;
      return hit(W, k, end, 'not-available', 'cant-wont');
    }
    if (inLex(PERMITTED, w)) {
      if (person?.person === 2) return null;
      if (reassures(W, from, k) || reassures(W, k + 1, pred.first)) return null;
      return hit(W, k, end, 'not-permitted', 'policy');
    }
    if (inLex(NO_WAY, w) && !pred.have) return hit(W, k, end, 'nothing-can-be-done', 'cant-wont');
    if (inLex(NO_WAY, w) && pred.have && person?.person === 1) return hit(W, k, end, 'nothing-can-be-done', 'cant-wont');
    // «راه دیگه‌ای نداره», «این مشکل راه‌حل نداره»: impersonal, no way out (not «راهی ندارید جز …»: the customer's).
    if (inLex(NO_WAY, w) && pred.have && person?.person === 3 && !person.plural && !reassures(W, from, k)) return hit(W, k, end, 'nothing-can-be-done', 'cant-wont');
    // (Not opening hours: «جمعه‌ها پاسخگو نیستیم», «روزهای تعطیل پاسخگو نیستیم» in a signature.)
    if (inLex(NOT_OURS, w) && !pred.have && person?.person !== 2) return W.slice(from, pred.first).some((y) => OPENING_HOURS.test(y.w)) ? null : hit(W, k, end, 'deflection', 'dismissive');
    // «کار ما نیست», «کار واحد ما نیست»: not our job.
    if (w === 'کار' && !pred.have && hasFirstPersonRef(W, k + 1, Math.min(pred.first, k + 3))) return hit(W, k > 0 && W[k - 1].w === 'دستور' ? k - 1 : k, end, 'deflection', 'dismissive');
    // (rwfa23) Not a scam disowned: «این پیامک به شرکت ما مربوط نیست، روی لینکش کلیک نکنید» warns, it does not deflect.
    if ((w === 'ربط' || w === 'ربطی' || w === 'مربوط') && hasFirstPersonRef(W, from, pred.first)) return W.some((y) => SCAM_FA.test(y.w)) ? null : hit(W, k, end, 'deflection', 'dismissive');
    if (KNOWLEDGE.has(w) && pred.have && person?.person === 1 && (k === pred.first - 1 || KNOWLEDGE_NEXT.has(W[k + 1].w))) return hit(W, k, end, 'not-knowing', 'uncertainty');
    // «تحت پوشش (بیمه) نیست», «مشمول گارانتی نیست»: not covered (not «مشمول جریمه نیستید»: spared a burden).
    if (!pred.have && person?.person !== 2 && ((w === 'پوشش' && k > 0 && W[k - 1].w === 'تحت') || w === 'مشمول')) {
      if (k + 1 < pred.first && inLex(BURDEN, W[k + 1].w)) return null;
      if (reassures(W, from, k)) return null;
      return hit(W, w === 'پوشش' ? k - 1 : k, end, 'not-offered', 'cant-wont');
    }
    // «در اختیار کارشناسان نیست»: not in our hands (not «اطلاعات شما در اختیار دیگران نیست»: protected).
    if (!pred.have && person?.person !== 2 && /^اختیار(?:ات)?$/.test(w) && k > 0 && W[k - 1].w === 'در') {
      // «در اختیار ما نیست»: not in our hands, whatever it is about («اطلاعات شما در اختیار دیگران نیست» protects).
      const ours = hasFirstPersonRef(W, k + 1, pred.first);
      if (!ours) for (let m = from; m < pred.first; m++) if (inLex(DATA, W[m].w)) return null;
      if (reassures(W, from, pred.first)) return null;
      return hit(W, k - 1, end, 'deflection', 'dismissive');
    }
    if (inLex(MINOR, w) && k > from && inLex(MINOR_NOUNS, W[k - 1].w) && !pred.have) return hit(W, k - 1, end, 'minimising', 'dismissive');
    // «رسیدگی به شکایت شما در اولویت این هفته نیست»: not now, said as a priority.
    if (w === 'اولویت' && k > 0 && W[k - 1].w === 'در' && !pred.have && person?.person !== 2) return reassures(W, from, k) ? null : hit(W, k - 1, end, 'time-refusal', 'until');
  }
  return null;
}

function hasFirstPersonRef(W: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = W[k].w;
    if (FIRST_PERSON_REF.has(w) || /^(?:بخش|واحد|شرکت)(?:ما|مون|مان)?$/.test(w)) return true;
  }
  return false;
}

/**
 * «این تاریخ دیگه بلیت پیدا نمیشه», «قطعه‌ش پیدا نمی‌شود»: what the customer wants is not to be had (present, impersonal).
 * Not «هیچ ایرادی پیدا نمیشه» (nothing wrong found: reassuring), not «اگه پیدا نشد …», not a question.
 */
function readNotFound(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v?.lemma === 'شدن' && v.negative && v.progressive && v.tense === 'present' && v.person.person === 3) || j === 0 || W[j - 1].w !== 'پیدا') return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.question || c.reassuring || reassures(W, from, j, true)) return null;
  // What was looked for and not found wrong («مشکلی/ایرادی/ویروسی پیدا نمیشه»): good news.
  if (j - 2 >= from && /^(?:مشکل|مشکلی|ایراد|ایرادی|اشکال|اشکالی|خطا|خطایی|ویروس|ویروسی|مورد|موردی)$/.test(W[j - 2].w)) return null;
  return hit(W, j - 1, j, 'not-available', 'cant-wont');
}

/** «غیرممکنه», «امکان‌ناپذیر است»: a negative word with a positive copula. */
function readImpossible(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  const own = IMPOSSIBLE.has(w) || (w.endsWith('ه') && IMPOSSIBLE.has(w.slice(0, -1))) || (w.endsWith('ست') && IMPOSSIBLE.has(w.slice(0, -2)));
  if (!own) return null;
  const next = W[j + 1];
  if (next?.v?.negative) return null;
  // A bare adjective that names a noun («ورود غیرمجاز به حساب شما ثبت نشده», «برداشت غیرمجاز پیگرد دارد») is no rule in
  // the customer's way: only a predicate is («… غیرمجاز است», «… غیرمجاز محسوب می‌شود», «… غیرمجاز.»).
  if (IMPOSSIBLE.has(w) && next && !next.pauseBefore && !next.stopBefore && next.v?.lemma !== 'بودن' && !next.v && !PREDICATE_AFTER.has(next.w)) return null;
  if (c.question || clauseStart(W, j).conditional) return null;
  const end = next && next.v?.lemma === 'بودن' ? j + 1 : j;
  return hit(W, j, end, w.includes('مجاز') ? 'not-permitted' : 'not-available', w.includes('مجاز') ? 'policy' : 'cant-wont');
}

/** «نمی‌توانیم», «نمی‌تونم», «نمی‌توان», «نخواهیم توانست»: a refusal in any voice (present or future only). */
function readNegatedAbility(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  let end = j;
  if (v?.lemma === 'خواستن' && v.negative && /^توان/.test(W[j + 1]?.w ?? '')) end = j + 1;
  else if (!(v?.lemma === 'توانستن' && v.negative && v.progressive && v.tense === 'present')) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.question) return null;
  if (reassures(W, from, j)) return null;
  // Feelings around the verb, within its own clause: «نمی‌تونم صبر کنم», «نمی‌تونم بگم چقدر خوشحالم».
  for (let k = Math.max(from, j - 3); k < j; k++) if (inLex(NOT_REFUSING, W[k].w)) return null;
  for (let k = end + 1; k <= Math.min(W.length - 1, end + 3) && !W[k].pauseBefore; k++) if (inLex(NOT_REFUSING, W[k].w)) return null;
  return hit(W, j, end, 'negated-ability', 'cant-wont');
}

/** Words before an impersonal «نمیشه» that leave it meaning "it can't be done": «اینجوری نمیشه», «هیچ جوره نمیشه». */
const IMPERSONAL_BEFORE = set('اینجوری اینطوری اینطور اینجور همینجوری جوره جور وجه نه اصلا اصلاً دیگه که کاری کاریش کار');

/** «نمیشه کنسل کرد», «نمی شه دوباره بفرستیمش», «کاریش نمیشه کرد», «اینجوری نمیشه»: impersonal "can't". */
function readImpersonal(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v?.lemma === 'شدن' && v.negative && v.progressive && v.tense === 'present' && v.person.person === 3 && !v.person.plural)) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.question) return null;
  let ok = j === from || IMPERSONAL_BEFORE.has(W[j - 1].w);
  if (!ok) {
    for (let k = j + 1; k < Math.min(W.length, j + 5); k++) {
      const x = W[k];
      if (x.stopBefore) break;
      if (x.w === 'که' && k === j + 1) {
        ok = true;
        break;
      }
      const xv = x.v;
      if (!xv) continue;
      // A short infinitive (کرد، داد، گفت) or a subjunctive (بفرستیم، عوض کنیم) completes «نمیشه».
      if ((xv.tense === 'past' && xv.ending === '' && !xv.negative) || (xv.subjunctive && !xv.negative)) ok = true;
      break;
    }
  }
  if (!ok) return null;
  const first = j > 0 && (W[j - 1].w === 'کاری' || W[j - 1].w === 'کاریش') ? j - 1 : j;
  // «دیگه کاری نمیشه کرد»: «no longer» makes «nothing can be done» stronger, not reassuring.
  if (reassures(W, from, j, first < j)) return null;
  return hit(W, first, j, first < j ? 'nothing-can-be-done' : 'negated-ability', 'cant-wont');
}

/**
 * «پذیرفته نمی‌شود», «منتقل نخواهد شد», «انجام نمی‌پذیرد», «تحت پوشش قرار نمی‌گیرد», «شامل … نمی‌شود»,
 * «برگشت نمیخوره»; in the past only a decision: «مورد قبول واقع نشد», «پذیرفته نشده است».
 */
function readPassive(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  let v: { lemma: string; negative: boolean; past: boolean; person: number } | null = null;
  let end = j;
  if (x.v?.negative && x.v.lemma === 'خواستن' && x.v.person.person === 3 && /^(?:شد|گردید|گرفت)$/.test(W[j + 1]?.w ?? '')) {
    v = { lemma: W[j + 1].w === 'گرفت' ? 'گرفتن' : 'شدن', negative: true, past: false, person: 3 };
    end = j + 1;
  } else if (x.v?.negative) v = { lemma: x.v.lemma, negative: true, past: x.v.tense === 'past', person: x.v.person.person };
  else {
    const p = participle(x.w);
    if (p?.negative && (p.lemma === 'شدن' || p.lemma === 'گردیدن')) {
      v = { lemma: p.lemma, negative: true, past: true, person: 3 };
      if (W[j + 1]?.w === 'است' || W[j + 1]?.w === 'اند') end = j + 1;
    }
  }
  if (!v || v.person !== 3) return null;
  const passiveAux = v.lemma === 'شدن' || v.lemma === 'گردیدن';
  if (!passiveAux && !['پذیرفتن', 'گرفتن', 'خوردن'].includes(v.lemma)) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.question || c.reassuring || reassures(W, from, j)) return null;
  // «شامل … نمی‌شود», «به شما تعلق نمی‌گیرد»: not covered.
  if (!v.past) {
    for (let k = j - 1; k >= from; k--) {
      if (W[k].w !== 'شامل' && W[k].w !== 'مشمول') continue;
      // «مشمول مالیات نمی‌شود», «شامل حال شما جریمه نمی‌شود»: spared a burden.
      for (let m = k + 1; m < j; m++) if (inLex(BURDEN, W[m].w)) return null;
      return hit(W, k, end, 'passive-refusal', 'cant-wont');
    }
  }
  // «گارانتی نمی‌خوره», «تخفیف بهش نمی‌خوره»: not covered, colloquially.
  if (!v.past && v.lemma === 'خوردن' && j > 0 && /^(?:گارانتی|ضمانت|بیمه|تخفیف)/.test(W[j - 1].w)) return hit(W, j - 1, end, 'passive-refusal', 'cant-wont');
  for (let k = j - 1; k >= Math.max(from, j - 4); k--) {
    const w = W[k].w;
    if (v.past ? inLex(DECISION, w) : inLex(BENEFIT, w)) {
      // «مشکلی پیش‌بینی نشده»: a problem not foreseen reassures.
      if (w === 'پیشبینی') for (let m = from; m < k; m++) if (inLex(PROBLEM, W[m].w)) return null;
      if (v.lemma === 'پذیرفتن' && w !== 'انجام') return null;
      if (v.lemma === 'گرفتن' && !['صورت', 'قرار', 'تعلق'].includes(W[j - 1].w)) return null;
      if (v.lemma === 'خوردن' && !w.startsWith('برگشت')) return null;
      return hit(W, k, end, v.past ? 'declined' : 'passive-refusal', 'cant-wont');
    }
    if (!PASSIVE_FILLER.has(w)) break;
  }
  // «ترخیص کالای شما … صورت نخواهد گرفت»: the benefit is the clause's subject.
  if (!v.past && (v.lemma === 'گرفتن' || v.lemma === 'پذیرفتن') && W[j - 1]?.w === 'صورت') {
    for (let k = from; k < j - 1; k++) if (inLex(BENEFIT, W[k].w)) return hit(W, j - 1, end, 'passive-refusal', 'cant-wont');
  }
  return null;
}

/** «درخواست شما رد شد/گردید», «با مخالفت … مواجه شد»: a request turned down. */
function readDeclined(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  const p = v ? null : participle(W[j].w);
  const lemma = v?.lemma ?? p?.lemma;
  if (lemma !== 'شدن' && lemma !== 'گردیدن') return null;
  if (v?.negative || p?.negative || (v && v.tense !== 'past')) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.question || j === 0) return null;
  const prev = W[j - 1].w;
  let request = false;
  for (let k = from; k < j; k++) if (/^(?:درخواست|تقاضا|اعتراض|ادعا|پرونده)/.test(W[k].w)) request = true;
  if (prev === 'رد' && request) return hit(W, j - 1, j, 'declined', 'cant-wont');
  if (prev === 'مواجه') for (let k = j - 2; k >= from; k--) if (W[k].w === 'مخالفت') return hit(W, k, j, 'declined', 'cant-wont');
  return null;
}

/** «پرداخت نمی‌کنیم», «تحویل نمی‌گیریم», «پولشم نمیدیم», «نمی‌پذیریم», «استثنا نداریم», «اجازه نمیدن», «سیستم نمیذاره». */
function readNotOffered(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!v?.negative || v.tense !== 'present') return null;
  const p = v.person;
  const { from, conditional } = clauseStart(W, j);
  // «بیمه پرداخت نمی‌کنه», «انبار پس نمی‌گیره», «شرکت قبول نمی‌کنه»: the company (or a part of it) as a «we».
  const institution = p.person === 3 && !p.plural && INSTITUTIONS.has(W[from]?.w ?? '');
  const weOrThey = p.person === 1 || (p.person === 3 && p.plural) || institution;
  if (conditional || c.question || c.reassuring || reassures(W, from, j)) return null;
  // «سیستم نمیذاره», «اجازه نمیدن»: someone does not let the customer.
  if (v.lemma === 'گذاشتن' && p.person === 3 && letsDo(W, j)) return hit(W, j, j, 'not-permitted', 'policy');
  // «مدیرمون نمیذاره», «بانک اجازه نمیده.»: the company or its rules, with nothing after the verb.
  if (v.lemma === 'گذاشتن' && institution && (j + 1 >= W.length || W[j + 1].stopBefore || W[j + 1].pauseBefore)) return hit(W, j, j, 'not-permitted', 'policy');
  // «مسئولیتی در قبال … نمی‌پذیرد»: the company declines responsibility.
  if (v.lemma === 'پذیرفتن' && v.progressive && p.person !== 2) {
    for (let k = j - 1; k >= from; k--) if (/^مسئولیت/.test(W[k].w)) return hit(W, k, j, 'deflection', 'dismissive');
  }
  if (REFUSE_VERBS.has(v.lemma) && p.person === 1 && v.progressive) return hit(W, j, j, 'not-offered', 'cant-wont');
  // «نرم‌افزار اجازه ویرایش نشانی … را به کارشناس نمی‌دهد», «بانک اجازه‌ی این کارو نمیده»: the system or company does not allow.
  if (v.lemma === 'دادن' && institution) {
    for (let k = j - 1; k >= from; k--) {
      // «سیستم اجازه نمی‌ده کسی جز شما وارد حسابتون بشه»: nobody else let in protects the customer (fa-matrix2's neutrals).
      if (/^اجازه/.test(W[k].w)) return reassures(W, k, j) || W.slice(j + 1, j + 4).some((x) => /^(?:کسی|هیچکس|دیگران|غیرازشما)$/.test(x.w)) ? null : /^(?:سیستم|سامانه|نرمافزار|برنامه|اپلیکیشن)$/.test(W[from].w) ? hit(W, from, j, 'system-blocks', 'other') : hit(W, k, j, 'not-permitted', 'policy');
    }
  }
  // «سامانه … ثبت بیش از یک درخواست را نمی‌پذیرد», «بانک این مدارک را قبول نمی‌کند»: the system or the company refuses.
  if (REFUSE_VERBS.has(v.lemma) && institution && v.progressive) return /^(?:سیستم|سامانه)$/.test(W[from].w) ? hit(W, from, j, 'system-blocks', 'other') : hit(W, j, j, 'not-offered', 'cant-wont');
  // «کاری از دستم برنمیاد», «کمکی از ما برنمی‌آید»: nothing the agent can do.
  if (v.lemma === 'برآمدن' && p.person === 3) {
    for (let k = j - 1; k >= from; k--) if (/^(?:کار|کاری|کمکی|کمک)$/.test(W[k].w)) return hit(W, k, j, 'nothing-can-be-done', 'cant-wont');
    // «از عهده‌ی ما برنمیاد»: beyond us.
    for (let k = j - 1; k > from; k--) if (/^عهده/.test(W[k].w) && W[k - 1].w === 'از') return hit(W, k - 1, j, 'nothing-can-be-done', 'cant-wont');
  }
  // «بلیت چارتری استرداد نداره», «این مدل گارانتی نداره»: a service the product does not come with (not «هزینه اضافه
  // نداره», «هیچ مشکلی نداره»: a burden spared).
  if (v.lemma === 'داشتن' && p.person === 3 && !p.plural && j > from && SERVICE_HAD.has(W[j - 1].w)) return hit(W, j - 1, j, 'not-offered', 'cant-wont');
  if (!weOrThey && !(v.lemma === 'دادن' && p.person === 3)) return null;
  const lexOk = OFFER_VERBS.has(v.lemma) ? v.progressive : v.lemma === 'داشتن' && (p.person === 1 || p.plural);
  if (!lexOk) return null;
  for (let k = j - 1; k >= Math.max(from, j - 3); k--) {
    const w = W[k].w;
    if (inLex(BENEFIT, w) && !(v.lemma === 'داشتن' && k !== j - 1)) {
      // «اجازه نمی‌دیم کسی … وارد حسابتون بشه»: nobody else is let in, which protects the customer.
      if (w.startsWith('اجازه')) return reassures(W, j + 1, Math.min(W.length, j + 3)) ? null : hit(W, k, j, 'not-permitted', 'policy');
      if (p.person === 3 && !p.plural && v.lemma === 'دادن' && !/^(?:پول|اجازه|تخفیف|خسارت|هزینه)/.test(w)) return null;
      return hit(W, k, j, 'not-offered', 'cant-wont');
    }
    // «پول این قسمتو نمیده»: the benefit with its ezafe and a marked object after it.
    if (k === j - 1 && v.lemma === 'دادن' && /[^ا]و$/.test(w) && k - 2 >= from && /^(?:این|اون|آن)$/.test(W[k - 1].w) && /^پول/.test(W[k - 2].w)) return hit(W, k - 2, j, 'not-offered', 'cant-wont');
    // «شرکت هزینه‌ی پیک رو نمیده», «پول بلیت رو پس نمیدیم»: money named with what it is for, then its object marker.
    if (v.lemma === 'دادن' && k > from && (W[k + 1]?.w === 'رو' || W[k + 1]?.w === 'را') && /^(?:پول|هزینه|خسارت|وجه|کرایه)/.test(W[k - 1].w)) return hit(W, k - 1, j, 'not-offered', 'cant-wont');
    if (w !== 'رو' && w !== 'را' && w !== 'و' && !/^(?:این|اون|آن|هم|شما|براتون|بهتون|به|برای|دیگه|بیشتر)$/.test(w)) break;
  }
  return null;
}

/** «نمیذاره آدرسو … عوض کنم»: «let» with the thing not let done (a subjunctive) after it, not «تنهایش نمی‌گذارد». */
function letsDo(W: Word[], j: number): boolean {
  for (let k = j + 1; k < Math.min(W.length, j + 7); k++) {
    if (W[k].stopBefore) return false;
    const v = W[k].v;
    if (v) return v.subjunctive && !v.negative && v.person.person !== 3;
  }
  return false;
}

/** «موظف است/هستید», «ملزم به … هستند», «مجبورید», «الزامی است», «ارسال … الزامیست»: a duty put on the customer. */
function readObligation(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  const obligation = OBLIGATION_LIST.find((o) => w.startsWith(o) && (w === o || /^(?:ید|ین|اید|ند|ه|است|ن)$/.test(w.slice(o.length))));
  if (obligation) {
    const rest = w.slice(obligation.length);
    if (W[j - 1]?.w === 'ما' || W[j - 1]?.w === 'بنده' || W[j - 1]?.w === 'من') return null;
    if (rest) return clauseStart(W, j).conditional ? null : hit(W, j, j, 'customer-obligation', 'commands');
    for (let k = j + 1; k < Math.min(W.length, j + MAX_BACK); k++) {
      const x = W[k];
      if (x.stopBefore) break;
      if (x.v?.lemma === 'بودن') {
        if (x.v.negative || x.v.person.person === 1) return null;
        return clauseStart(W, j).conditional ? null : hit(W, j, k, 'customer-obligation', 'commands');
      }
      if (x.v) break;
    }
    return null;
  }
  const req = REQUIRED_LIST.find((o) => w.startsWith(o) && (w === o || w === `${o}ست` || w === `${o}ه`));
  if (req) {
    const next = W[j + 1];
    const attached = w !== req;
    if (!attached && !(next?.v?.lemma === 'بودن' && !next.v.negative && !next.stopBefore)) return null;
    if (clauseStart(W, j).conditional) return null;
    return hit(W, j, attached ? j : j + 1, 'customer-obligation', 'commands');
  }
  return null;
}

/** «باید» (and formal «می‌بایست»): «شما باید … کنید», «باید … بفرستین، وگرنه …», «باید … می‌کردید». */
function readMust(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!(w === 'باید' || w === 'میبایست' || w === 'میبایستی' || w === 'بایستی')) return null;
  if (c.question) return null;
  if (clauseStart(W, j).conditional) return null;
  // «باید» read as "should have" by the language layer («باید همون موقع که … گرفتین چک میکردین», «می‌بایست
  // پیش از سفر، کارت را … فعال می‌کردید»): blame about the past, however far its past imperfect verb is.
  if (W[j].t.epistemic) {
    for (let k = j + 1; k < Math.min(W.length, j + 20); k++) {
      if (W[k].stopBefore) break;
      const v = W[k].v;
      if (v && v.tense === 'past' && v.progressive && v.person.person === 2 && !v.negative) return hit(W, j, k, 'should-have', 'blame');
    }
  }
  // The verb that «باید» governs: the next finite verb in its clause.
  let verb: FaVerb | undefined;
  let vk = -1;
  for (let k = j + 1; k < Math.min(W.length, j + 10); k++) {
    if (W[k].stopBefore) break;
    if (W[k].v && W[k].v!.lemma !== 'بودن') {
      verb = W[k].v;
      vk = k;
      break;
    }
    if (CLAUSE_OPENERS.has(W[k].w) && W[k].w !== 'و') break;
  }
  if (!verb || verb.person.person !== 2 || verb.negative) return null;
  if (verb.tense === 'past') return hit(W, j, vk, 'should-have', 'blame');
  const subject = j > 0 && SECOND_PERSON.has(W[j - 1].w);
  let threat = false;
  for (let k = vk + 1; k < Math.min(W.length, vk + 6); k++) if (THREAT.has(W[k].w) || (W[k].w === 'غیر' && W[k + 1]?.w === 'این')) threat = true;
  if (subject) return hit(W, j - 1, j, 'customer-obligation', 'commands');
  if (threat) return hit(W, j, j, 'customer-obligation', 'commands');
  return null;
}

/** «شما … نکردید», «خبر ندادین», «اشتباه وارد کردید», «اگه … کرده بودید», «تقصیر خودتونه», «حواستون نبوده». */
function readBlame(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  if (c.question && !c.why) return null;
  // Only a second-person past verb or participle can blame: read nothing else.
  if (x.v ? x.v.person.person !== 2 || x.v.tense !== 'past' : !participle(x.w)) return null;
  const cs = clauseStart(W, j);
  // «اگه همون موقع عکس گرفته بودین»: a counterfactual about what the customer did not do.
  if (cs.conditional && x.v?.lemma === 'بودن' && x.v.tense === 'past' && x.v.person.person === 2 && j > 0 && participle(W[j - 1].w)) {
    return hit(W, cs.from, j, 'second-person-blame', 'blame');
  }
  if (cs.conditional) return null;
  // «فکر کردم اشتباه زدی ولی …»: what the agent thought, not what the customer did (rwfa22).
  const thought = cs.from >= 2 ? W[cs.from - 1].v : undefined;
  if (thought && thought.lemma === 'کردن' && thought.person.person === 1 && /^(?:فکر|خیال|گمان)$/.test(W[cs.from - 2].w)) return null;
  // «اصلاً اشکالی نداره که دیر جواب دادید»: the customer's act said to be fine, not blamed (rwfa22).
  if (cs.from >= 3 && W[cs.from - 1].w === 'که' && /^(?:نداره|ندارد|نیست|نیس|نداشت)$/.test(W[cs.from - 2].w) && /^(?:اشکالی|مشکلی|عیبی|ایرادی|اشکال|مشکل|عیب|ایراد)$/.test(W[cs.from - 3].w)) return null;
  const v = x.v;
  const p = v ? null : participle(x.w);
  // «نگه نداشتید»: داشتن is a duty only as «نگه داشتن» (keep); «نداشتید» alone is what the customer lacked.
  const keep = (lemma: string | undefined) => lemma === 'داشتن' && j > 0 && W[j - 1].w === 'نگه';
  const second = v ? v.person.person === 2 && v.person.plural && v.tense === 'past' && !v.progressive && (BLAME_VERBS.has(v.lemma) || keep(v.lemma)) : p !== null && (BLAME_VERBS.has(p.lemma) || keep(p.lemma)) && /^(?:اید|این|ید|ین)$/.test(p.ending);
  const negative = v ? v.negative : p?.negative ?? false;
  // «پلاکو اشتباه ثبت کردی», «کد ملی رو ناقص زدی»: the singular too where a mistake is named right before the verb
  // (rwfa22; the plural alone was read, and colloquial replies say «تو» to the customer as often).
  if (!second && v && v.person.person === 2 && !v.person.plural && v.tense === 'past' && !v.progressive && BLAME_VERBS.has(v.lemma)) {
    if (!negative) {
      for (let k = j - 1; k >= Math.max(cs.from, j - 3); k--) if (ERROR_WORDS.has(W[k].w)) return hit(W, k, j, 'second-person-blame', 'blame');
      return null;
    }
    // «شما تکلیفو آپلود نکردی»: a duty not done, with the customer named as its subject opening the clause.
    if (W[cs.from] && /^(?:شما|خودت|خودتون|خودتان)$/.test(W[cs.from].w) && cs.from < j - 1 && !inLex(NOT_DUTIES, W[j - 1].w)) {
      for (let k = cs.from; k < j; k++) if (inLex(EXONERATING, W[k].w) || W[k].w === 'هنوز') return null;
      return hit(W, cs.from, j, 'second-person-blame', 'blame');
    }
    return null;
  }
  if (second) {
    let exonerated = false;
    for (let k = cs.from; k < j; k++) if (inLex(EXONERATING, W[k].w) && negative) exonerated = true;
    if (exonerated || (W[j - 1] && W[j - 1].w === 'هنوز')) return null;
    for (let k = cs.from; k < j; k++) if (W[k].w === 'هنوز') return null;
    // «اشتباه زدین», «غلط نوشتین», «به‌طور ناقص تکمیل نموده‌اید»: a mistake named.
    for (let k = j - 1; k >= Math.max(cs.from, j - 3); k--) {
      if (ERROR_WORDS.has(W[k].w) && !negative) return hit(W, k, j, 'second-person-blame', 'blame');
    }
    // «فرم را بدون امضا ارسال کرده‌اید»: done without what it needed (not «بدون هیچ مشکلی», «بدون معطلی»).
    if (!negative) {
      for (let k = j - 1; k >= Math.max(cs.from, j - 4); k--) {
        if (W[k].w !== 'بدون') continue;
        const what = W[k + 1]?.w ?? '';
        if (k + 1 >= j || what.startsWith('هیچ') || inLex(PROBLEM, what) || /^(?:معطلی|مشکل|دردسر|نیاز|پرداخت|هزینه|اشکال|ایراد|نقص|خطا|غلط|اشتباه|وقفه|تاخیر|تأخیر)/.test(what)) break;
        return hit(W, k, j, 'second-person-blame', 'blame');
      }
    }
    if (negative && (v?.lemma ?? p?.lemma) !== 'شدن') {
      const prev = W[j - 1]?.w ?? '';
      if (inLex(NOT_DUTIES, prev)) return null;
      // The duty named before the verb, past an object marker: «رسید رو نفرستادید».
      let first = j > cs.from && !W[j - 1].v ? j - 1 : j;
      if (first < j && (prev === 'رو' || prev === 'را') && first - 1 >= cs.from && !W[first - 1].v) first--;
      return hit(W, first, j, 'second-person-blame', 'blame');
    }
  }
  return null;
}

/** «تقصیر خودتونه», «کوتاهی از طرف خودتون», «بی‌توجهی شما», «حواستون نبوده», «یادتون رفته», «اشتباه از جانب خود شماست». */
function readFault(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question && !c.why) return null;
  if (inLex(FAULT_WORDS, w) || (w === 'اشتباه' && W[j + 1]?.w === 'از')) {
    if (/(?:تون|تان|ت)$/.test(w) && !FAULT_WORDS.has(w)) return endOfClause(c, j, j);
    let whose = -1;
    for (let k = j + 1; k < Math.min(W.length, j + 6); k++) {
      const y = W[k];
      if (y.stopBefore) break;
      // «تقصیر شما نبود», «هیچ تقصیری نداشتید»: the customer cleared, not blamed.
      if (y.v?.negative || y.w.startsWith('هیچ') || (k > 0 && W[k - 1].w.startsWith('هیچ'))) return null;
      if (whose < 0 && (SECOND_PERSON.has(y.w) || /^(?:خودتون|خودتونه|شماست|خودتان|شمابوده)/.test(y.w))) whose = k;
      if (y.v) break;
    }
    if (j > 0 && W[j - 1].w.startsWith('هیچ')) return null;
    if (whose >= 0) return endOfClause(c, j, whose);
    // «یه کم بی‌احتیاطی شده که …»: a fault that «happened», with no one named (not «از طرف همکار ما»).
    if (FAULT_WORDS.has(w) && /^(?:شده|شد|شدهاست|شدهبوده)$/.test(W[j + 1]?.w ?? '')) {
      const { from } = clauseStart(W, j);
      if (!hasFirstPersonRef(W, from, j) && !(j > 0 && W[j - 1].w.startsWith('هیچ'))) return endOfClause(c, j, j + 1);
    }
    // «بی‌دقتی در وارد کردن کد ملی موجب این خطا شده», «به دلیل بی‌توجهی …»: the fault named without a person
    // (not «بی‌دقتی همکار ما باعث …»: first-person regret).
    if (!FAULT_WORDS.has(w)) return null;
    const because = j > 1 && /^(?:دلیل|علت|اثر|خاطر)$/.test(W[j - 1].w) && /^(?:به|بر)$/.test(W[j - 2].w);
    for (let k = j + 1; k < Math.min(W.length, j + 9); k++) {
      const y = W[k];
      if (y.stopBefore || y.v?.negative) return null;
      if (FIRST_PERSON_REF.has(y.w) || /^(?:همکار|همکاران|کارشناس|پیک|مامور|مأمور|سیستم|سامانه)/.test(y.w) || /(?:مون|مان)$/.test(y.w)) return null;
      if (/^(?:موجب|باعث|سبب)$/.test(y.w)) return endOfClause(c, j, j);
      if (y.v) break;
    }
    return because ? endOfClause(c, j, j) : null;
  }
  if (/^حواس(?:تون|تان|ت)$/.test(w)) {
    const n = W[j + 1];
    if (n && (n.w === 'نبوده' || n.w === 'نبود' || n.w === 'پرت')) return hit(W, j, j + 1, 'second-person-blame', 'blame');
  }
  if (/^یاد(?:تون|تان|ت)$/.test(w) && W[j + 1] && /^رفت/.test(W[j + 1].w)) return hit(W, j, j + 1, 'second-person-blame', 'blame');
  if (/^مشکل$/.test(w) && W[j + 1] && /^(?:خودتونه|خودتانه|خودته)$/.test(W[j + 1].w)) return hit(W, j, j + 1, 'second-person-blame', 'blame');
  // «مشکل از گوشی خودتونه», «ایراد از سمت شماست»: the fault placed with the customer (not «… از ما بود، نه شما»).
  if (/^(?:مشکل|ایراد|اشکال|خطا)$/.test(w) && W[j + 1]?.w === 'از') {
    for (let k = j + 2; k < Math.min(W.length, j + 6); k++) {
      const y = W[k];
      if (y.pauseBefore || y.v?.negative || y.w === 'نه' || FIRST_PERSON_REF.has(y.w)) return null;
      if (/^(?:شماست|خودتونه|خودتانه|خودتان|خودتون|شما)$/.test(y.w) || (/(?:تونه|تانه)$/.test(y.w) && k > j + 2)) {
        const next = W[k + 1];
        const closes = !next || next.pauseBefore || (next.v?.lemma === 'بودن' && !next.v.negative);
        return closes && !clauseStart(W, j).conditional ? hit(W, j, k, 'second-person-blame', 'blame') : null;
      }
    }
  }
  return null;
}

function endOfClause(c: Ctx, a: number, b: number): GenericHit | null {
  const { W } = c;
  if (clauseStart(W, a).conditional) return null;
  return hit(W, a, b, 'second-person-blame', 'blame');
}

/** «از عهده‌ی ما», «خارج از اختیارات»: what is outside someone's reach (not «دسترس», access). */
const OUT_OF = /^(?:اختیار|اختیارات|حیطه|عهده|توان|دست|حوزه|شمول|صلاحیت)(?:ی|ه|هی|م|مون|مان|ما|تون)?$/;

/**
 * «از دست ما خارجه», «خارج از اختیارات بنده», «دست ما نیست», «تصمیمش با من نیست», «بر عهده‌ی خود
 * کاربر است», «برید از پیک بپرسید», «از خود سازنده بپرسین», «دستم به جایی بند نیست».
 */
function readDeflection(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  if (w === 'خارج' || w === 'خارجه') {
    if (W[j + 1]?.w === 'از' && OUT_OF.test(W[j + 2]?.w ?? '')) return hit(W, j, j + 2, 'deflection', 'dismissive');
    for (let k = j - 1; k >= Math.max(0, j - 4); k--) if (OUT_OF.test(W[k].w) && W[k - 1]?.w === 'از') return hit(W, k - 1, j, 'deflection', 'dismissive');
    return null;
  }
  if (/^دست(?:م|مون|مان)?$/.test(w) && W[j + 1]) {
    const n = W[j + 1];
    if (n.v?.lemma === 'بودن' && n.v.negative && (w !== 'دست' || false)) return hit(W, j, j + 1, 'deflection', 'dismissive');
    if (w === 'دست' && FIRST_PERSON_REF.has(n.w) && W[j + 2]?.v?.lemma === 'بودن' && W[j + 2].v!.negative) return hit(W, j, j + 2, 'deflection', 'dismissive');
    if (n.w === 'به' && W[j + 2]?.w === 'جایی' && W[j + 3]?.w === 'بند') return hit(W, j, Math.min(W.length - 1, j + 4), 'deflection', 'dismissive');
  }
  if (/^(?:تصمیم|تصمیمش|اختیارش)$/.test(w) && W[j + 1]?.w === 'با' && FIRST_PERSON_REF.has(W[j + 2]?.w ?? '') && W[j + 3]?.v?.lemma === 'بودن' && W[j + 3].v!.negative) {
    return hit(W, j, j + 3, 'deflection', 'dismissive');
  }
  if (w === 'بر' && /^عهده/.test(W[j + 1]?.w ?? '')) {
    // «رسیدگی به این موضوع بر عهده‌ی شرکت حمل‌ونقل می‌باشد»: handling placed with someone else (not «هزینه‌ی
    // ارسال بر عهده‌ی فروشگاه است»: a cost the company takes on).
    const { from } = clauseStart(W, j);
    let handling = false;
    for (let m = from; m < j; m++) if (/^(?:رسیدگی|پیگیری|پاسخگویی|جبران|بررسی)$/.test(W[m].w)) handling = true;
    if (handling) {
      for (let k = j + 2; k < Math.min(W.length, j + 6); k++) {
        const y = W[k];
        if (y.pauseBefore || FIRST_PERSON_REF.has(y.w) || /^(?:این|همین)$/.test(y.w)) break;
        if (y.v?.lemma === 'بودن' && !y.v.negative && k > j + 2) return clauseStart(W, j).conditional ? null : hit(W, j, k, 'deflection', 'dismissive');
      }
    }
    for (let k = j + 2; k < Math.min(W.length, j + 5); k++) {
      if (/^(?:شما|کاربر|مشتری|مسافر|خریدار|متقاضی|مشترک)/.test(W[k].w)) {
        const cop = W[k + 1];
        if (cop?.v?.lemma === 'بودن' && !cop.v.negative) return hit(W, j, k + 1, 'deflection', 'dismissive');
      }
    }
    return null;
  }
  // «از فروشنده بپرسید», «برید از پیک بپرسید».
  const v = W[j].v;
  if (v?.lemma === 'پرسیدن' && v.subjunctive && v.person.person === 2) {
    for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
      if (W[k].w === 'از') {
        const who = W[k + 1]?.w ?? '';
        const other = k + 1 < j && (inLex(OTHER_PARTY, who) || who === 'خود');
        const go = k > 0 && W[k - 1].v?.lemma === 'رفتن';
        if (other || go) return hit(W, go ? k - 1 : k, j, 'deflection', 'dismissive');
        return null;
      }
    }
  }
  return null;
}

/** «اینقدر بزرگش نکنین», «ماجرا رو کش ندین», «بیخیالش شید», «ارزششو نداره». */
function readMinimising(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  const v = x.v;
  if (c.question) return null;
  // «خیلی بزرگش کردید», «شلوغش کردین»: you made a fuss (past, not negated).
  if (v && !v.negative && v.tense === 'past' && v.person.person === 2 && v.lemma === 'کردن' && j > 0 && /^(?:بزرگش|شلوغش|گندهش)$/.test(W[j - 1].w)) {
    return clauseStart(W, j).conditional ? null : hit(W, j - 1, j, 'minimising', 'dismissive');
  }
  if (v && v.negative && v.person.person === 2 && (v.lemma === 'کردن' || v.lemma === 'دادن' || v.lemma === 'گرفتن') && j > 0) {
    const prev = W[j - 1].w;
    if (INFLATE.has(prev)) {
      let first = j - 1;
      for (let k = j - 2; k >= Math.max(0, j - 4); k--) if (/^(?:اینقدر|انقدر|اینقد|اینهمه|ماجرا|موضوع)/.test(W[k].w)) first = k;
      return hit(W, first, j, 'minimising', 'dismissive');
    }
  }
  // «بیخیالش شید»: the colloquial one-letter stem ش is read without a prefix only here.
  if (/^(?:بیخیال|بیخیالش)$/.test(x.w) && W[j + 1] && /^(?:ب?ش(?:ید|ین|و)|بشوید|شوید)$/.test(W[j + 1].w)) return hit(W, j, j + 1, 'minimising', 'dismissive');
  if (/^ارزش(?:ش|شو|شرو)?$/.test(x.w) && W[j + 1]?.v?.lemma === 'داشتن' && W[j + 1].v!.negative) return hit(W, j, j + 1, 'minimising', 'dismissive');
  return null;
}

/** «بعید می‌دونم»: doubt in place of an answer. */
function readDoubt(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'بعید' || c.question) return null;
  const n = W[j + 1];
  if (n?.v?.lemma === 'دانستن' && !n.v.negative && n.v.person.person === 1) return hit(W, j, j + 1, 'not-knowing', 'uncertainty');
  return null;
}

/** «چند بار باید بگم», «بهتون که گفته بودم», «به‌وضوح توضیح داده شده است». */
function readRepeating(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if ((w === 'چند' || w === 'چندین') && /^(?:بار|دفعه|مرتبه)$/.test(W[j + 1]?.w ?? '')) {
    const v = W[j + 3]?.v;
    if (W[j + 2]?.w === 'باید' && v && v.person.person === 1 && !v.person.plural) return hit(W, j, j + 3, 'repeating-myself', 'passive-aggressive');
    // «چندین بار توضیح داده شده», «چند بار عرض کردم»: told before, said as a reproach.
    const said = /^(?:توضیح|گفته|گفتم|عرض|اعلام|تکرار)$/;
    for (let k = j + 2; k < Math.min(W.length, j + 4); k++) if (said.test(W[k].w)) return hit(W, j, k, 'repeating-myself', 'passive-aggressive');
  }
  if (/^گفته$/.test(w) && W[j + 1]?.v?.lemma === 'بودن' && W[j + 1].v!.tense === 'past' && W[j + 1].v!.person.person === 1) {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) if (/^(?:بهتون|بهت|قبلا|قبلاً|که)$/.test(W[k].w)) return hit(W, k, j + 1, 'repeating-myself', 'passive-aggressive');
  }
  if (/^(?:بهوضوح|بوضوح|کاملاواضح)$/.test(w)) {
    for (let k = j + 1; k < Math.min(W.length, j + 4); k++) if (/^(?:توضیح|ذکر|نوشته|گفته|اعلام)/.test(W[k].w)) return hit(W, j, Math.min(W.length - 1, k + 2), 'repeating-myself', 'passive-aggressive');
  }
  return null;
}

/** «پول بلیت برنمی‌گرده», «وجه پرداختی بازنمی‌گردد»: money that will not come back to the customer. */
function readNotReturned(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  let back = false;
  if (x.v && x.v.negative && x.v.tense === 'present' && x.v.person.person === 3 && /^بر(?:گشتن|گردیدن)$/.test(x.v.lemma)) back = true;
  else if (x.w.startsWith('بازنمی') && x.w.length > 8) {
    const inner = analyzeFaWordWide(x.w.slice(3));
    back = !!inner?.verb && inner.verb.negative && inner.verb.person.person === 3 && /^(?:گشتن|گردیدن)$/.test(inner.verb.lemma);
  }
  if (!back || c.question || c.reassuring) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || reassures(W, from, j)) return null;
  // «پول شما برنمی‌گرده چون اصلاً کسر نشده»: nothing to give back, nothing taken.
  for (let k = j + 1; k < Math.min(W.length, j + 8); k++) {
    if (W[k].stopBefore) break;
    if (/^(?:کسر|کم|برداشت)$/.test(W[k].w) && (W[k + 1]?.v?.negative || participle(W[k + 1]?.w ?? '')?.negative)) return null;
  }
  // «وجه پرداختی …»: a participle-like word («پرداختی») can end the clause read back, so look two words further.
  for (let k = Math.max(0, from - 2); k < j; k++) if (inLex(MONEY, W[k].w) && !W.slice(k + 1, j + 1).some((y) => y.stopBefore)) return hit(W, j, j, 'not-offered', 'cant-wont');
  return null;
}

/** «کاری از دست این واحد ساخته نیست», «دیگه کاری ازمون ساخته نیست»: nothing we can do. */
function readNothingMade(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'ساخته' || c.question) return null;
  const n = W[j + 1];
  if (!(n?.v?.lemma === 'بودن' && n.v.negative && n.v.tense === 'present')) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional) return null;
  for (let k = from; k < j; k++) if (/^(?:کاری|کار|چیزی|کمکی)$/.test(W[k].w)) return hit(W, k, j + 1, 'nothing-can-be-done', 'cant-wont');
  return null;
}

/**
 * Idioms of «nothing can be done», as data: each is a run of consecutive words, every word a
 * pattern over the folded word («زورمون نمی‌رسه», «کار از کار گذشته», «از (دست) ما گذشته»).
 */
type WordTest = RegExp | ((x: Word) => boolean);
const negated = (lemma: string) => (x: Word) => !!x.v && x.v.negative && x.v.tense === 'present' && x.v.lemma === lemma;
const IDIOMS: Array<{ seq: WordTest[]; construction: string; category: Category }> = [
  { seq: [/^زور(?:م|مون|مان|ما)?$/, negated('رسیدن')], construction: 'nothing-can-be-done', category: 'cant-wont' },
  { seq: [/^زور$/, /^(?:ما|من|بنده)$/, negated('رسیدن')], construction: 'nothing-can-be-done', category: 'cant-wont' },
  { seq: [/^کار$/, /^از$/, /^کار$/, /^گذشته(?:ست|است)?$/], construction: 'nothing-can-be-done', category: 'cant-wont' },
  { seq: [/^از$/, /^(?:ما|من|بنده|دستم|دستمون|دستمان)$/, /^گذشته(?:ست|است)?$/], construction: 'nothing-can-be-done', category: 'cant-wont' },
  { seq: [/^از$/, /^دست$/, /^(?:ما|من|بنده)$/, /^گذشته(?:ست|است)?$/], construction: 'nothing-can-be-done', category: 'cant-wont' },
  // «تا دوشنبه دستمون بنده»: our hands are tied (colloquial «بنده», not the formal «I»).
  { seq: [/^دست(?:م|مون|مان)$/, /^(?:بنده|بنده‌ست|بندست)$/], construction: 'nothing-can-be-done', category: 'cant-wont' },
  // «تحویل امروز جور درنمیاد»: it won't work out.
  { seq: [/^جور$/, /^درنمی(?:اد|آید|آد|یاد)$/], construction: 'not-available', category: 'cant-wont' },
  // «ما که کاره‌ای نیستیم»: we have no say.
  { seq: [/^کارهای$/, (x) => !!x.v && x.v.lemma === 'بودن' && x.v.negative && x.v.person.person === 1], construction: 'deflection', category: 'dismissive' },
  // «معذوریم», «از پذیرش … معذور هستیم»: the formal «we are unable».
  { seq: [/^معذور(?:یم|م)$/], construction: 'not-available', category: 'cant-wont' },
  { seq: [/^معذور$/, (x) => !!x.v && x.v.lemma === 'بودن' && !x.v.negative && x.v.person.person === 1], construction: 'not-available', category: 'cant-wont' },
  // «بنده از این موضوع بی‌اطلاعم»: not knowing, said of oneself.
  { seq: [/^(?:بیاطلاع|بیخبر)(?:م|یم)$/], construction: 'not-knowing', category: 'uncertainty' },
  { seq: [/^(?:بیاطلاع|بیخبر)$/, (x) => !!x.v && x.v.lemma === 'بودن' && !x.v.negative && x.v.person.person === 1], construction: 'not-knowing', category: 'uncertainty' },
  // «حق با شما نیست»: the customer told they are wrong.
  { seq: [/^حق$/, /^با$/, /^(?:شما|خودتون|خودتان|جنابعالی)$/, (x) => !!x.v && x.v.lemma === 'بودن' && x.v.negative], construction: 'contradicting', category: 'dismissive' },
  { seq: [/^حق$/, /^با$/, /^(?:شما|شماست)$/, /^نیست$/], construction: 'contradicting', category: 'dismissive' },
];

/** Per word: can an idiom start here (its first pattern is a RegExp)? Read once per distinct word, not once per idiom. */
/**
 * The runs of `list` worth trying from word w, in list order: none when no run's first expression matches w
 * (a run that starts with a function is tried only then, as before); else those whose first test is a
 * function and those whose first expression matches w (seqAt would turn the others down on their first word).
 */
function runsFrom<T extends { seq: WordTest[] }>(list: readonly T[], w: string): readonly T[] {
  if (!list.some(({ seq }) => typeof seq[0] !== 'function' && seq[0].test(w))) return NO_RUNS;
  return list.filter(({ seq }) => typeof seq[0] === 'function' || seq[0].test(w));
}
const NO_RUNS: readonly never[] = [];
type Idiom = (typeof IDIOMS)[number];
/** runsFrom(IDIOMS, w), per word. */
const idiomStartMemo = new BoundedMemo<string, readonly Idiom[]>(MEMO_MAX);
const readIdiomStart = (w: string) => runsFrom(IDIOMS, w);

/** Whether an idiom's word tests match from word `j` on, in one clause (no stop before any word after the first). */
function seqAt(W: Word[], j: number, seq: ReadonlyArray<RegExp | ((w: Word) => boolean)>): boolean {
  if (j + seq.length > W.length) return false;
  for (let m = 0; m < seq.length; m++) {
    const test = seq[m];
    const x = W[j + m];
    if (m > 0 && x.stopBefore) return false;
    if (!(typeof test === 'function' ? test(x) : test.test(x.w))) return false;
  }
  return true;
}

function readIdiom(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  for (const { seq, construction, category } of idiomStartMemo.remember(W[j].w, readIdiomStart)) {
    const ok = seqAt(W, j, seq);
    // «از ما گذشته که بخوایم کسی رو معطل کنیم»: "we are past doing that", a promise.
    if (ok && construction === 'nothing-can-be-done' && W[j + seq.length - 1].w.startsWith('گذشته') && W[j + seq.length]?.w === 'که' && !W[j + seq.length].pauseBefore) continue;
    if (ok && !clauseStart(W, j).conditional) return hit(W, j, j + seq.length - 1, construction, category);
  }
  return null;
}

/** «قبلاً هم عرض کرده بودم», «بارها توضیح دادم», «گفتم که،», «مطابق ایمیل قبلی اینجانب»: told you before. */
function readToldBefore(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const x = W[j];
  // «طبق/مطابق ایمیل قبلی»: per my last email.
  if (/^(?:طبق|مطابق|براساس|بنابر)$/.test(x.w) && W[j + 1] && inLex(MESSAGE_NOUNS, W[j + 1].w)) {
    for (let k = j + 2; k < Math.min(W.length, j + 4); k++) {
      if (W[k].pauseBefore) break;
      if (!inLex(EARLIER, W[k].w)) continue;
      // «مطابق پیام قبلی‌تون», «طبق درخواست قبلی شما»: the customer's own words, answered.
      if (/(?:تون|تان)$/.test(W[k].w) || /(?:تون|تان)$/.test(W[j + 1].w) || SECOND_PERSON.has(W[k + 1]?.w ?? '')) return null;
      return hit(W, j, k, 'repeating-myself', 'passive-aggressive');
    }
    return null;
  }
  // «بار دومه دارم توضیح میدم», «دفعه‌ی سومه که می‌گم»: counting the times.
  if (/^(?:بار|دفعه|دفعهی)$/.test(x.w) && /^(?:دومه|سومه|چندمه|دومهست|سومهست|دومست|سومست)$/.test(W[j + 1]?.w ?? '')) {
    for (let k = j + 2; k < Math.min(W.length, j + 6); k++) {
      if (W[k].stopBefore) break;
      const kv = W[k].v;
      if (kv && kv.person.person === 1 && (kv.lemma === 'گفتن' || ((kv.lemma === 'دادن' || kv.lemma === 'کردن') && inLex(SAY_NOUNS, W[k - 1].w)))) return hit(W, j, k, 'repeating-myself', 'passive-aggressive');
    }
  }
  // A first-person past verb of saying: گفتم، گفته بودم، توضیح دادم، عرض کرده بودم.
  let said = -1;
  const v = x.v;
  if (v && !v.negative && v.tense === 'past' && v.person.person === 1) {
    if (v.lemma === 'گفتن') said = j;
    else if (v.lemma === 'نوشتن') {
      // «بارها براتون نوشتم»: writing counts with «again and again» only.
      const { from: f } = clauseStart(W, j);
      for (let k = f; k < j; k++) if (inLex(REPEAT_ADV, W[k].w)) return hit(W, k, j, 'repeating-myself', 'passive-aggressive');
      return null;
    }
    else if ((v.lemma === 'کردن' || v.lemma === 'دادن') && j > 0 && inLex(SAY_NOUNS, W[j - 1].w)) said = j - 1;
    else if (v.lemma === 'بودن' && j > 0) {
      const p = participle(W[j - 1].w);
      if (p && !p.negative && (p.lemma === 'گفتن' || ((p.lemma === 'کردن' || p.lemma === 'دادن') && j > 1 && inLex(SAY_NOUNS, W[j - 2].w)))) said = p.lemma === 'گفتن' ? j - 1 : j - 2;
    }
  }
  // «قبلاً هم توضیح داده شده بود»: told before, in the passive.
  if (said < 0 && !c.question && j > 1 && (x.w === 'شده' || x.w === 'شد' || x.w === 'بود' || x.w === 'است') && !x.v?.negative) {
    let k = j;
    if (x.w === 'بود' || x.w === 'است') k = W[j - 1].w === 'شده' ? j - 1 : -1;
    if (k > 1 && /^(?:داده|گفته|عرض|ذکر)$/.test(W[k - 1].w) && (W[k - 1].w !== 'داده' || inLex(SAY_NOUNS, W[k - 2].w))) {
      const { from: f, conditional: cond } = clauseStart(W, k);
      if (!cond) for (let m = f; m < k; m++) if (inLex(REPEAT_ADV, W[m].w)) return hit(W, m, j, 'repeating-myself', 'passive-aggressive');
    }
  }
  if (said < 0) return null;
  const { from, conditional } = clauseStart(W, said);
  if (conditional) return null;
  // (rwfa25) Told someone else («قبلاً به همکارم در انبار گفته بودم»): a hand-over, not a reminder to the customer.
  for (let k = from; k < said; k++) if ((W[k].w === 'به' && W[k + 1] && k + 1 < said && !SECOND_PERSON.has(W[k + 1].w)) || /^(?:بهش|بهشون|براش|براشون|بهشان)$/.test(W[k].w)) return null;
  for (let k = from; k < said; k++) {
    if (inLex(REPEAT_ADV, W[k].w)) return hit(W, k, j, 'repeating-myself', 'passive-aggressive');
    // «دفعه‌ی قبل هم همینو گفتم», «بار پیش عرض کردم».
    if (/^(?:دفعه|دفعهی|بار|باری)$/.test(W[k].w) && /^(?:قبل|پیش|قبلی)$/.test(W[k + 1]?.w ?? '')) return hit(W, k, j, 'repeating-myself', 'passive-aggressive');
  }
  // «گفتم که،» / «عرض کردم که.»: the whole clause is the reproach.
  const n = W[j + 1];
  if (said === from && n?.w === 'که' && !n.pauseBefore && (!W[j + 2] || W[j + 2].pauseBefore)) return hit(W, said, j + 1, 'repeating-myself', 'passive-aggressive');
  // (rwfa24) «(بابا / عزیزم) گفتم که سفارش فردا ارسال میشه»: «گفتم که» opening the reply (after a form of address at most)
  // before a plain statement is "I told you already". Not «به همکارم گفتم که …» (told someone), not before a subjunctive
  // («گفتم که خبرتون کنم», «گفتم که شاید بخواید بدونید»): a purpose or a thought.
  if (said === j && v?.lemma === 'گفتن' && !v.person.plural && n?.w === 'که' && !n.pauseBefore && W[j + 2] && !W[j + 2].pauseBefore) {
    for (let k = from; k < said; k++) if (!ADDRESS_WORDS.has(W[k].w)) return null;
    if (from > 0 && !W[from].stopBefore) return null;
    let verb = false;
    for (let k = j + 2; k < W.length && !W[k].stopBefore; k++) {
      const kv = W[k].v;
      if (/^(?:شاید|اگه|اگر|تا|بلکه|احتمالا|احتمالاً)$/.test(W[k].w)) return null;
      if (kv) {
        if (kv.subjunctive || kv.lemma === 'باید' || (kv.person.person === 1 && kv.tense === 'present')) return null;
        verb = true;
      }
    }
    // A statement with no verb the table reads ends on the colloquial copula «ـه» («کارت شما فعاله», «دائمیه نه اعتباری»).
    let copula = false;
    for (let k = j + 2; k < W.length && !W[k].stopBefore; k++) if (/[^ا]ه$/.test(W[k].w) && W[k].w.length > 2) copula = true;
    if (verb || copula) return hit(W, said, j + 1, 'repeating-myself', 'passive-aggressive');
  }
  return null;
}
/** Forms of address and fillers that may open a chat reply before «گفتم که»: «بابا», «عزیزم», «آقا», «خانم محترم», «داداش». */
const ADDRESS_WORDS = new Set(['بابا', 'آقا', 'خانم', 'محترم', 'عزیزم', 'عزیز', 'داداش', 'دوست', 'من', 'جان', 'ببینید', 'ببین', 'ببینین', 'آخه', 'خب', 'خوب']);

/** «لطفاً این بار ایمیلو تا آخر بخونید», «این دفعه با دقت مطالعه کنید»: read it properly this time (not «شرایط رو تا آخر بخونید»: an instruction). */
function readReadAgain(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!v || v.negative || v.person.person !== 2 || c.question) return null;
  const reading = v.lemma === 'خواندن' || ((v.lemma === 'کردن' || v.lemma === 'فرمودن' || v.lemma === 'نمودن') && j > 0 && /^(?:مطالعه|دقت|توجه)$/.test(W[j - 1].w));
  if (!reading) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional) return null;
  for (let k = from; k < j; k++) {
    const w = W[k].w;
    if ((w === 'این' && /^(?:بار|دفعه|مرتبه)$/.test(W[k + 1]?.w ?? '')) || /^(?:اینبار|ایندفعه)$/.test(w)) return hit(W, k, j, 'repeating-myself', 'passive-aggressive');
  }
  return null;
}

/**
 * «اگه پیامای قبلیو خونده باشین …», «چنانچه مکاتبات قبلی را مطالعه فرموده باشید …»: "if you had read what I sent before",
 * a reproach in the form of a condition (read on «باشید/باشین» after a participle of reading, with an earlier message named
 * and the answer said to be there).
 */
function readIfYouRead(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^باش(?:ید|ین|ی)$/.test(W[j].w) || j < 2 || c.question) return null;
  const p = W[j - 1].w;
  const reading = /^(?:خونده|خوانده|دیده)$/.test(p) || (/^(?:کرده|فرموده|نموده)$/.test(p) && /^(?:مطالعه|توجه|دقت|نگاه)$/.test(W[j - 2].w));
  if (!reading) return null;
  let cond = -1;
  for (let k = j - 2; k >= Math.max(0, j - 9); k--) {
    if (W[k + 1].stopBefore) break;
    if (/^(?:اگه|اگر|چنانچه)$/.test(W[k].w)) {
      cond = k;
      break;
    }
  }
  if (cond < 0) return null;
  let earlier = false;
  for (let k = cond + 1; k < j; k++) if (/^(?:قبلی|قبلیو|قبلیرو|قبلیمو|قبل|قبلا|پیشین|قبلیمون|قبلیم)$/.test(W[k].w)) earlier = true;
  if (!earlier) return null;
  // What follows says the answer was there all along («جوابش اونجا هست», «پاسخ در آنجا ذکر شده», «متوجه می‌شدید»), not a
  // request («…، ممنون میشم تأیید کنید»).
  for (let k = j + 1; k < Math.min(W.length, j + 9); k++) if (/^(?:جواب|جوابش|پاسخ|پاسخش|توضیح|توضیحش|اونجا|آنجا|همونجا|همانجا|متوجه|میدونستید|میدونستین|میدانستید)$/.test(W[k].w)) return hit(W, cond, j, 'repeating-myself', 'passive-aggressive');
  return null;
}

/** «پیگیریش با یه واحد دیگه‌ست», «با بخش دیگری است»: handed to another unit. */
function readOtherUnit(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'با' || c.question) return null;
  let k = j + 1;
  if (W[k] && /^(?:یه|یک)$/.test(W[k].w)) k++;
  if (!W[k] || !inLex(UNITS, W[k].w)) return null;
  const other = W[k + 1];
  if (!other || other.pauseBefore) return null;
  const m = /^(?:دیگه|دیگر|دیگری)(ست|است|اس)?$/.exec(other.w);
  if (!m) return null;
  if (m[1]) return clauseStart(W, j).conditional ? null : hit(W, j, k + 1, 'deflection', 'dismissive');
  const cop = W[k + 2];
  if (cop?.v?.lemma === 'بودن' && !cop.v.negative && cop.v.tense === 'present' && !cop.pauseBefore) return clauseStart(W, j).conditional ? null : hit(W, j, k + 2, 'deflection', 'dismissive');
  return null;
}

/** «اونقدرام که فکر می‌کنید مهم نیست»: the customer's worry called bigger than the problem. */
function readNotThatBad(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!SO_MUCH.test(W[j].w) || c.question) return null;
  let think = false;
  for (let k = j + 1; k < Math.min(W.length, j + 9); k++) {
    const x = W[k];
    if (x.stopBefore) return null;
    if (x.w === 'فکر' || x.w === 'تصور') think = true;
    if (x.v?.lemma === 'بودن' && x.v.negative && x.v.tense === 'present') {
      return think && inLex(SO_MUCH_ADJ, W[k - 1].w) ? hit(W, j, k, 'minimising', 'dismissive') : null;
    }
  }
  return null;
}

/** What the customer asked or said: «درخواستتون منطقی نیست», «این حرف شما درست نیست», «ادعای شما صحیح نمی‌باشد». */
const CUSTOMER_CLAIM = /^(?:درخواست|حرف|ادعا|ادعای|انتظار|توقع|برداشت|استدلال|شکایت)(?:تون|تان|ت)?$/;
const REASONABLE = set('منطقی درست صحیح معقول بجا منصفانه وارد قابلقبول');

/** «درخواستتون منطقی نیست», «ادعای شما وارد نیست»: the customer told they are unreasonable. */
function readContradicting(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v?.lemma === 'بودن' && v.negative && v.tense === 'present' && v.person.person === 3) || c.question || j < 2) return null;
  if (!inLex(REASONABLE, W[j - 1].w)) return null;
  const { from, conditional } = clauseStart(W, j - 1);
  if (conditional) return null;
  for (let k = from; k < j - 1; k++) {
    if (!CUSTOMER_CLAIM.test(W[k].w)) continue;
    const yours = /(?:تون|تان|ت)$/.test(W[k].w) || SECOND_PERSON.has(W[k + 1]?.w ?? '');
    if (yours) return hit(W, k, j, 'contradicting', 'dismissive');
  }
  return null;
}

/** «توقع دارید ما چیکار کنیم؟», «انتظار دارید چه کار کنیم؟»: a question thrown back at the customer. */
function readRhetorical(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:توقع|انتظار)$/.test(W[j].w) || !c.question) return null;
  const v = W[j + 1]?.v;
  if (!(v?.lemma === 'داشتن' && !v.negative && v.person.person === 2)) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 6); k++) {
    if (W[k].stopBefore) break;
    if (/^(?:چیکار|چکار|چهکار|چیکارکنیم)$/.test(W[k].w) || ((W[k].w === 'چه' || W[k].w === 'چی') && W[k + 1]?.w === 'کار')) return hit(W, j, Math.min(W.length - 1, k + (W[k + 1]?.w === 'کار' ? 2 : 1)), 'rhetorical-question', 'passive-aggressive');
  }
  return null;
}

/** «تصمیمش با مدیره», «مسئولیتش با فروشگاهه»: someone else decides (not «تصمیم با خودتونه»: the customer's choice). */
function readSomeoneElse(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:تصمیم|تصمیمش|مسئولیت|مسئولیتش|اختیارش)$/.test(W[j].w) || W[j + 1]?.w !== 'با' || c.question) return null;
  const who = W[j + 2];
  if (!who || who.pauseBefore || FIRST_PERSON_REF.has(who.w) || SECOND_PERSON.has(who.w) || /^(?:خود|خودتون|خودتان|شماست)/.test(who.w) || who.w.startsWith('خودم')) return null;
  // The copula: attached («مدیره», «فروشگاهه», «اوناست») or its own word.
  const attached = /(?:ه|ست)$/.test(who.w) && (W[j + 3] === undefined || W[j + 3].pauseBefore);
  const cop = W[j + 3]?.v;
  const own = cop?.lemma === 'بودن' && !cop.negative && cop.tense === 'present' && !W[j + 3].pauseBefore;
  if (!attached && !own) return null;
  if (clauseStart(W, j).conditional) return null;
  // «… نه ما»: the sentence says outright it is not us.
  return hit(W, j, own ? j + 3 : j + 2, 'deflection', 'dismissive');
}

/** «لطفاً بر اعصاب خود مسلط باشید», «آروم باشید»: the customer told to calm down (not «خیالتون آروم باشه»). */
function readCalmDown(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (CALMER.test(W[j].w) && !c.question) return readCalmer(W, j, j);
  // «آروم تر» with the comparative written apart.
  if (/^(?:آروم|آرام)$/.test(W[j].w) && W[j + 1]?.w === 'تر' && !W[j + 1].pauseBefore && !c.question) return readCalmer(W, j, j + 1);
  if (!/^(?:مسلط|آروم|آرام|خونسرد|ریلکس)$/.test(W[j].w) || c.question) return null;
  const n = W[j + 1];
  // «باشید», «باشین», «باش»: the table reads a bare present stem as a verb only with a prefix.
  if (!n || n.pauseBefore || !/^(?:باشید|باشین|باش|باشی|بمانید|بمونید)$/.test(n.w)) return null;
  if (clauseStart(W, j).conditional) return null;
  // (rwfa29) «ریلکس باش 😎 …» said to a worried customer; «ریلکس باشید و از سفرتون لذت ببرید» invites (a spa, a trip), and
  // «ریلکس» heads its clause only (not «تو سالن ماساژ کاملاً ریلکس باشید»).
  if (W[j].w === 'ریلکس' && (W[j + 2]?.w === 'و' || j !== clauseStart(W, j).from)) return null;
  let first = j;
  // «بر اعصاب خود مسلط باشید»: the whole phrase.
  if (W[j].w === 'مسلط') for (let k = j - 1; k >= Math.max(0, j - 3); k--) if (W[k].w === 'بر') first = k;
  return hit(W, first, j + 1, 'calm-down', 'dismissive');
}

/** (rwfa24) «آروم‌تر», «آرام‌تر» (folded, the comparative joined): the customer asked to be calmer. */
const CALMER = /^(?:آرومتر|آرامتر|آرومتری|خونسردتر)$/;
/**
 * «یکم آروم‌تر لطفاً، …», «خانم لطفاً آروم‌تر», «آرام‌تر باشید»: calmer, said to the customer, with «please», «باشید» or alone
 * before its pause; opened by the clause or by «یکم / یه کم / کمی / لطفاً» or a form of address. Not a manner of doing
 * something («پمپ رو آروم‌تر بچرخونید», «آروم‌تر رانندگی کنید»: a verb after it), not a thing that got quieter («صدای موتور
 * آروم‌تره»).
 */
function readCalmer(W: Word[], j: number, last: number): GenericHit | null {
  const n = W[last + 1];
  let end = last;
  if (n && !n.pauseBefore && !n.stopBefore) {
    if (/^(?:لطفا|لطفاً|خواهشا|خواهشاً|باشید|باشین|باش|بفرمایید)$/.test(n.w)) end = last + 1;
    else return null;
  }
  const { from, conditional } = clauseStart(W, j);
  if (conditional) return null;
  let first = j;
  for (let k = j - 1; k >= from; k--) {
    if (!/^(?:یکم|یکمی|کمی|کم|یه|لطفا|لطفاً|خواهشا|خواهشاً|خانم|آقا|سرکار|عزیزم|جان|داداش|محترم|دوست|من)$/.test(W[k].w)) return null;
    if (/^(?:یکم|یکمی|کمی|کم|یه|لطفا|لطفاً|خواهشا|خواهشاً)$/.test(W[k].w)) first = k;
  }
  return hit(W, first, end, 'calm-down', 'dismissive');
}

/** Guesses that the customer did it wrong: «حتماً کد قدیمی را وارد کرده‌اید», «لابد … زدین». */
const PRESUME = set('حتما حتماً لابد انگار ظاهرا ظاهراً');
const PRESUMED_VERBS = set('کردن زدن نوشتن فرستادن نمودن فرمودن');

function readPresumedBlame(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!PRESUME.has(W[j].w) || c.question) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 10); k++) {
    const x = W[k];
    if (x.stopBefore || (k > j + 1 && x.pauseBefore)) return null;
    const v = x.v;
    const p = v ? null : participle(x.w);
    const lemma = v?.lemma ?? p?.lemma;
    if (!lemma) continue;
    const second = v ? v.person.person === 2 && v.tense === 'past' && !v.negative : !!p && !p.negative && /^(?:اید|این|ید|ین)$/.test(p.ending);
    if (!second || !PRESUMED_VERBS.has(lemma)) return null;
    if (inLex(NOT_DUTIES, W[k - 1].w) || /^(?:لطف|محبت|عجله|صبر|خرید|تماس|پرداخت)/.test(W[k - 1].w)) return null;
    return clauseStart(W, j).conditional ? null : hit(W, j, k, 'second-person-blame', 'blame');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Families read off late5 by kind (tenth session): blame with the customer as agent, counterfactual
// and pluperfect blame, prohibitions, «call back later», policy walls, «not part of our services»,
// «not something we can do», RTFM, told-before with «همان‌طور که», bother-apologies, threats.
// ---------------------------------------------------------------------------------------------

/** The customer as the doer: «از سوی شما», «از طرف خودتون», «توسط جنابعالی». */
const CUSTOMER_AGENT = /^(?:شما|خودتون|خودتان|جنابعالی|حضرتعالی|سرکارعالی|شماست|خودتونه|خودتانه)$/;
const AGENT_PREP = set('سوی طرف جانب');
/** Words that say there was nothing wrong on the customer's side («از طرف شما مشکلی نبوده»). */
const NO_NEED = set('نیاز نیازی لازم احتیاج احتیاجی مشکل مشکلی نگرانی جای اشکالی ایرادی');

/**
 * «از سوی جنابعالی پیگیری نشده است», «مدارک ارسالی از سوی شما ناقص بوده», «ناشی از مصرف بی‌رویه‌ی خودتان»,
 * «توسط خودتان انجام نشده»: the customer named as the one who did not (or did it wrong).
 */
function readAgentBlame(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question && !c.why) return null;
  if (w === 'ناشی' && W[j + 1]?.w === 'از') {
    for (let k = j + 2; k < Math.min(W.length, j + 8); k++) {
      const y = W[k];
      if (y.pauseBefore || y.v || y.w === 'نه' || FIRST_PERSON_REF.has(y.w)) return null;
      if (CUSTOMER_AGENT.test(y.w) || /(?:خودتون|خودتان)$/.test(y.w)) return clauseStart(W, j).conditional ? null : hit(W, j, k, 'second-person-blame', 'blame');
    }
    return null;
  }
  let who = -1;
  if (w === 'از' && AGENT_PREP.has(W[j + 1]?.w ?? '') && CUSTOMER_AGENT.test(W[j + 2]?.w ?? '')) who = j + 2;
  else if (w === 'توسط' && CUSTOMER_AGENT.test(W[j + 1]?.w ?? '')) who = j + 1;
  if (who < 0) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.reassuring || reassures(W, from, j)) return null;
  for (let k = who + 1; k < Math.min(W.length, who + 8); k++) {
    const x = W[k];
    if (x.stopBefore || (x.pauseBefore && k > who + 1)) return null;
    // «به حساب اشتباه واریز گردیده»: a mistake named (not «اشتباهی نکردید»: cleared).
    if (ERROR_WORDS.has(x.w) || inLex(FAULT_WORDS, x.w)) {
      for (let m = k + 1; m < Math.min(W.length, k + 4); m++) if (W[m].v?.negative || participle(W[m].w)?.negative) return null;
      return hit(W, j, k, 'second-person-blame', 'blame');
    }
    if (x.w === 'نه' || inLex(EXONERATING, x.w) || inLex(NO_NEED, x.w) || reassures(W, k, k + 1)) return null;
    const p = participle(x.w);
    // «توسط خودتان غیرفعال شده بود»: something undone by the customer.
    if (p && !p.negative && (p.lemma === 'شدن' || p.lemma === 'گردیدن') && k > who + 1 && (inLex(BAD_OUTCOME, W[k - 1].w) || /^غیرفعال$/.test(W[k - 1].w))) return hit(W, j, k, 'second-person-blame', 'blame');
    if (p) return p.negative ? hit(W, j, W[k + 1]?.v?.lemma === 'بودن' && !W[k + 1].pauseBefore ? k + 1 : k, 'second-person-blame', 'blame') : null;
    // «مشکل اصلاً از طرف شما نبود»: the customer's side named only to be cleared (a negated «to be», not a deed undone).
    if (x.v?.lemma === 'بودن') return null;
    if (x.v) return x.v.negative && x.v.tense === 'past' ? hit(W, j, k, 'second-person-blame', 'blame') : null;
  }
  return null;
}

/**
 * «شماره‌ی شبا را اشتباه وارد کرده بودید», «بکاپ نگرفته بودین»: the customer's past perfect, wrong or not done
 * (read on its auxiliary «بودید»; «اگه … کرده بودید» is readBlame's counterfactual).
 */
function readPluperfectBlame(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v?.lemma === 'بودن' && v.tense === 'past' && v.person.person === 2 && !v.negative) || j === 0) return null;
  if (c.question && !c.why) return null;
  const p = participle(W[j - 1].w);
  if (!p) return null;
  const keep = p.lemma === 'داشتن' && W[j - 2]?.w === 'نگه';
  if (!BLAME_VERBS.has(p.lemma) && !keep) return null;
  const cs = clauseStart(W, j - 1);
  if (cs.conditional || c.reassuring) return null;
  for (let k = cs.from; k < j; k++) {
    if (W[k].w === 'هنوز') return null;
    if (p.negative && inLex(EXONERATING, W[k].w)) return null;
  }
  if (p.negative) {
    const prev = W[j - 2]?.w ?? '';
    if (inLex(NOT_DUTIES, prev)) return null;
    const first = j - 2 >= cs.from && !W[j - 2].v ? j - 2 : j - 1;
    return hit(W, first, j, 'second-person-blame', 'blame');
  }
  for (let k = j - 2; k >= Math.max(cs.from, j - 5); k--) {
    if (ERROR_WORDS.has(W[k].w)) return hit(W, k, j, 'second-person-blame', 'blame');
  }
  return null;
}

/** The main clause of a counterfactual that is a thanks, not a reproach: «ممنون می‌شدیم», «خوشحال می‌شدیم». */
const GRATEFUL = set('ممنون ممنونتون سپاسگزار سپاسگذار متشکر خوشحال خوشحالمون مچکر');

/**
 * «اگه رمزتونو به کسی نمیدادید الان این اتفاق نمیفتاد», «چنانچه … دقت می‌فرمودید، این مورد پیش نمی‌آمد»: a past
 * progressive of the customer's doing in an «if» clause, answered by a past main clause, is a reproach.
 */
function readCounterfactual(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  // «نگه می‌داشتید»: داشتن has a progressive only as «نگه داشتن», which the verb table does not list.
  const keep = j > 0 && W[j - 1].w === 'نگه' && /^ن?میداشت(?:ید|ین)$/.test(W[j].w);
  if (!keep && !(v && v.person.person === 2 && v.tense === 'past' && v.progressive && BLAME_VERBS.has(v.lemma))) return null;
  if (c.question) return null;
  const cs = clauseStart(W, j);
  if (!cs.conditional || !/^(?:اگر|اگه|چنانچه|درصورتیکه)$/.test(W[cs.from].w)) return null;
  for (let k = cs.from; k < j; k++) if (/^(?:لطف|محبت|زحمت|عجله)/.test(W[k].w)) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 10); k++) {
    const x = W[k];
    if (x.stopBefore) return null;
    if (inLex(GRATEFUL, x.w)) return null;
    const p = x.v ? null : participle(x.w);
    // «نمیفتاد», «پیش نمی‌اومد»: colloquial pasts the table does not read.
    const unread = !x.v && !p && /^ن?می.{2,}(?:اد|ود|ید|رد|فت|شت)$/.test(x.w);
    if (x.v || p || unread) {
      if ((x.v && x.v.tense === 'past') || p || unread) return hit(W, cs.from, j, 'second-person-blame', 'blame');
      return null;
    }
  }
  return null;
}

/** Verbs of getting in touch: «زنگ بزنید», «پیام بدید», «تماس بگیرید», «ایمیل بزنید», «مراجعه کنید». */
const CONTACT_NOUNS = set('زنگ پیام پیامک ایمیل تماس مراجعه تیکت درخواست پیگیری');
function contactVerb(W: Word[], j: number): boolean {
  const v = W[j].v;
  if (!v) return false;
  if (v.lemma === 'فرستادن' || v.lemma === 'نوشتن') return true;
  // The noun right before the light verb, or one word further («ایمیل تکراری نزنید», «پیام جدید بدید»).
  return (v.lemma === 'زدن' || v.lemma === 'دادن' || v.lemma === 'گرفتن' || v.lemma === 'کردن' || v.lemma === 'فرمودن' || v.lemma === 'نمودن') && j > 0 && (inLex(CONTACT_NOUNS, W[j - 1].w) || (j > 1 && !W[j - 1].pauseBefore && inLex(CONTACT_NOUNS, W[j - 2].w)));
}
const AGAIN = set('دیگه دیگر مجددا مجدداً دوباره هی مکرر مکررا مکرراً اینقدر انقدر هرروز');

/**
 * «از ارسال مکرر … خودداری فرمایید», «لطفاً دیگه زنگ نزنید», «بعداً پیام بدید»: the customer told not to get in
 * touch, or to come back later (not «از دادن رمز به دیگران خودداری کنید»: a safety warning).
 */
function readProhibition(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  if (c.question) return null;
  if (x.w === 'خودداری') {
    const n = W[j + 1];
    if (!(n?.v && n.v.person.person === 2 && n.v.tense === 'present' && !n.v.negative && !n.v.progressive) || n.pauseBefore) return null;
    const { from, conditional } = clauseStart(W, j);
    if (conditional) return null;
    let start = -1;
    for (let k = j - 1; k >= Math.max(from, j - 8); k--) if (W[k].w === 'از') start = k;
    if (start < 0) return null;
    // A safety warning: sharing data, or anyone else, suspicious links.
    let data = false;
    let sharing = false;
    for (let k = start + 1; k < j; k++) {
      if (inLex(DATA, W[k].w)) data = true;
      if (/^(?:دادن|اشتراک|افشا|اعلام|گذاشتن|ارائه|قراردادن|فرستادن)/.test(W[k].w)) sharing = true;
      if (NOBODY.has(W[k].w) || /^(?:دیگران|هیچ|ناشناس|مشکوک|کلاهبردار|فیشینگ|لینکهای|لینک)/.test(W[k].w)) return null;
    }
    if (data && sharing) return null;
    return hit(W, start, j + 1, 'prohibition', 'commands');
  }
  const v = x.v;
  if (!v || v.person.person !== 2 || v.tense !== 'present' || v.progressive || !contactVerb(W, j)) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional || c.reassuring) return null;
  if (v.negative) {
    for (let k = j - 1; k >= Math.max(from, j - 5); k--) if (inLex(AGAIN, W[k].w)) return hit(W, k, j, 'prohibition', 'commands');
    return null;
  }
  // «بعداً زنگ بزنید»: only in a sentence with no condition («اگه تا فردا خبری نشد، بعداً …» is a fallback).
  for (const y of W) if (CONDITIONAL.has(y.w)) return null;
  for (let k = j - 1; k >= Math.max(from, j - 4); k--) if (/^(?:بعدا|بعداً)$/.test(W[k].w)) return hit(W, k, j, 'time-refusal', 'until');
  // «بعد از تعطیلات دوباره پیام بدید», «بعد از عید مجدداً تماس بگیرید»: come back after a time, with «again».
  for (let k = Math.max(from, j - 6); k < j - 1; k++) {
    if (W[k].w === 'بعد' && W[k + 1].w === 'از') {
      for (let m = k + 2; m < j; m++) if (inLex(AGAIN, W[m].w)) return hit(W, k, j, 'time-refusal', 'until');
    }
  }
  return null;
}

/** Words of the rules: «طبق ضوابط», «رویه‌مون اینه», «قانون شرکته», «بخشنامه اومده». */
const POLICY_NOUNS = set('ضوابط مقررات قوانین قانون آییننامه آئیننامه دستورالعمل دستورالعملهای بخشنامه پالیسی سیاست سیاستهای رویه روال شرایط');
const POLICY_HEADS = set('طبق مطابق حسب بنابر برطبق وفق براساس');
/** «… اینه / اینجوریه / همینه»: this is how it is. */
const THIS_WAY = /^(?:اینه|اینست|اینجوریه|اینطوریه|اینطوره|اینجوره|همینه|همینجوریه|همینطوره|همینطوریه|اینگونهاست|چنیناست)$/;
const COMPANY = /^(?:شرکت|فروشگاه|بانک|سازمان|مجموعه|سایت|اداره|دانشگاه|باشگاه|شعبه)(?:ه|ست|مونه|مانه)$/;

function readPolicyWall(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  // «طبق/مطابق (شرایط و) ضوابط …» (also «بر اساس», «به موجب») with a refusal after it in the sentence.
  const two = (w === 'بر' && W[j + 1]?.w === 'اساس') || (w === 'به' && W[j + 1]?.w === 'موجب');
  if (POLICY_HEADS.has(w) || two) {
    let noun = -1;
    for (let k = j + (two ? 2 : 1); k < Math.min(W.length, j + (two ? 5 : 4)); k++) {
      if (W[k].pauseBefore) break;
      if (inLex(POLICY_NOUNS, W[k].w) && W[k].w !== 'شرایط') noun = k;
    }
    if (noun < 0) return null;
    // The law of the land, not the company's rules: «طبق قوانین بین‌المللی», «بر اساس قانون کار».
    if (/^(?:بینالمللی|بین|کشور|اساسی|کار|حمایت|مالیاتی|مدنی|تجارت)/.test(W[noun + 1]?.w ?? '')) return null;
    if (c.reassuring) return null;
    for (let k = noun + 1; k < Math.min(W.length, noun + 22); k++) {
      const y = W[k];
      if (y.stopBefore) break;
      if (inLex(NO_NEED, y.w) || reassures(W, k, k + 1)) return null;
      if (y.w === 'شما' && W[k + 1]?.w && /^(?:میتوانید|میتونید|حق)/.test(W[k + 1].w)) return null;
      const p = y.v ? null : participle(y.w);
      if (y.v?.negative || p?.negative || IMPOSSIBLE.has(y.w)) return hit(W, j, noun, 'policy-shield', 'policy');
    }
    return null;
  }
  // «رویه‌مون اینه», «روال کار ما اینطوریه», «سیستم کاری ما اینجوریه», «قانون شرکته», «قوانین ما همینه».
  const policy = inLex(POLICY_NOUNS, w) && w !== 'شرایط' && w !== 'سیاست';
  const system = (w === 'سیستم' || w === 'روش') && /^(?:کاری|کار)$/.test(W[j + 1]?.w ?? '');
  if (policy || system) {
    if (clauseStart(W, j).conditional) return null;
    for (let k = j + 1; k < Math.min(W.length, j + 5); k++) {
      const y = W[k];
      if (y.pauseBefore) break;
      // (rwfa23) «همینطور است», «اینجوری هست» written as two words read as «همینطوره».
      const twoWord = /^(?:همینطور|اینطور|همینجور|اینجور|اینجوری|همینجوری|اینگونه|همینگونه)$/.test(y.w) && W[k + 1]?.v?.lemma === 'بودن' && !W[k + 1].v!.negative && !W[k + 1].pauseBefore;
      if (THIS_WAY.test(y.w) || twoWord || ((y.w === 'این' || y.w === 'همین') && W[k + 1]?.v?.lemma === 'بودن' && !W[k + 1].v!.negative && !W[k + 1].pauseBefore)) {
        const end = y.w === 'این' || y.w === 'همین' || twoWord ? k + 1 : k;
        return restricts(W, end + 1) ? hit(W, j, end, 'policy-shield', 'policy') : null;
      }
      if (k === j + 1 && policy && COMPANY.test(y.w) && (!W[k + 1] || W[k + 1].pauseBefore || /^(?:دیگه|والا|خب)$/.test(W[k + 1].w))) return hit(W, j, k, 'policy-shield', 'policy');
      if (!/^(?:کار|کاری|ما|مون|شرکت|فروشگاه|بانک|مجموعه|اینجا|هم|دیگه|همیشه|اداره|کلینیک|باشگاه|هتل|آموزشگاه|رستوران|آژانس|دفتر|شعبه|مدرسه|دانشگاه|بیمارستان|تعمیرگاه)$/.test(y.w) && !FIRST_PERSON_REF.has(y.w)) break;
    }
  }
  // «بخشنامه اومده», «دستور از بالا اومده»: an order from above.
  if (/^(?:بخشنامه|دستور|دستورالعمل)(?:ی)?$/.test(w)) {
    for (let k = j + 1; k < Math.min(W.length, j + 4); k++) {
      const y = W[k];
      if (y.pauseBefore) break;
      if (/^(?:اومده|آمده|اومد|آمد|اومدهکه)$/.test(y.w)) return clauseStart(W, j).conditional ? null : hit(W, j, k, 'policy-shield', 'policy');
      if (!/^(?:از|بالا|جدید|جدیدی|تازه|یه|یک)$/.test(y.w)) break;
    }
  }
  return null;
}

/**
 * What follows «رویه‌مون اینه»: nothing (a wall: «قانون شرکته دیگه»), or a «که» clause that restricts («… که فقط با
 * جعبه‌ی پلمب قبول میشه», «… که اول پول واریز بشه») rather than promises («سیاستمون اینه که مشتری راضی باشه»).
 */
const RESTRICTING = set('فقط تنها باید مگر اول حتما حتماً بدون تا صرفا صرفاً');
function restricts(W: Word[], from: number): boolean {
  if (from >= W.length || W[from].stopBefore || (W[from].pauseBefore && W[from].w !== 'که')) return true;
  if (W[from].w !== 'که' && !/^(?:دیگه|دیگر|والا|خب)$/.test(W[from].w)) return true;
  for (let k = from; k < Math.min(W.length, from + 14); k++) {
    const y = W[k];
    if (k > from && y.stopBefore) break;
    if (RESTRICTING.has(y.w) || y.v?.negative || participle(y.w)?.negative) return true;
  }
  return W[from].w !== 'که';
}

/** What a company offers: «جزو خدمات … نیست», «جزء تعهدات این شرکت محسوب نمی‌شود». */
const SERVICE_NOUNS = set('خدمات خدماتی سرویس سرویسها سرویسهای تعهدات تعهد موارد مواردی وظایف وظایفی پوشش اقلام کالاهای محصولات');

function readNotPartOf(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:جزو|جزء|جز)$/.test(W[j].w) || c.question || c.reassuring) return null;
  if (!inLex(SERVICE_NOUNS, W[j + 1]?.w ?? '')) return null;
  if (clauseStart(W, j).conditional || reassures(W, clauseStart(W, j).from, j)) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 14); k++) {
    const y = W[k];
    if (y.stopBefore) return null;
    if (inLex(BURDEN, y.w)) return null;
    if (y.v?.lemma === 'بودن' && y.v.negative && y.v.tense === 'present') return hit(W, j, k, 'not-offered', 'cant-wont');
    if (/^(?:محسوب|شمرده|حساب)$/.test(y.w) && W[k + 1]?.v?.negative && /^(?:شدن|گردیدن)$/.test(W[k + 1].v!.lemma)) return hit(W, j, k + 1, 'not-offered', 'cant-wont');
    if (y.w === 'شمار' && W[k + 1]?.v?.negative) return hit(W, j, k + 1, 'not-offered', 'cant-wont');
    if (y.v && !y.v.negative && W[k - 1]?.w !== 'که' && !(k > j + 2 && W.slice(j + 2, k).some((z) => z.w === 'که'))) return null;
  }
  return null;
}

/** «… چیزی نیست که از طرف ما قابل انجام باشد», «کاری نیست که بتونیم براتون بکنیم»: a refusal as a noun. */
function readNotSomething(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:چیزی|کاری)$/.test(W[j].w) || c.question || c.reassuring) return null;
  const n = W[j + 1];
  if (!(n?.v?.lemma === 'بودن' && n.v.negative && n.v.tense === 'present') || W[j + 2]?.w !== 'که') return null;
  if (clauseStart(W, j).conditional) return null;
  for (let k = j + 3; k < Math.min(W.length, j + 14); k++) {
    const y = W[k];
    if (y.stopBefore) return null;
    if (y.v?.negative || inLex(NOT_REFUSING, y.w) || inLex(REASSURING, y.w)) return null;
    if (y.v?.lemma === 'توانستن') return hit(W, j, k, 'not-available', 'cant-wont');
    if ((y.w === 'قابل' || isPossible(y.w)) && k + 1 < W.length) {
      for (let m = k + 1; m < Math.min(W.length, k + 4); m++) if (/^(?:باشد|باشه|بود|است)$/.test(W[m].w)) return hit(W, j, m, 'not-available', 'cant-wont');
    }
  }
  return null;
}

/** «پاسخ سؤال شما در بخش راهنمای سایت موجود است», «جوابتون تو سوالات متداول هست»: read the manual. */
const MANUAL = /^(?:راهنما|راهنمای|راهنمایی|متداول|faq|سایت|وبسایت|پرسشهای|سوالات|سؤالات|دفترچه|کاتالوگ)$/;
function readRtfm(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!/^(?:موجود|موجوده|آمده|اومده|درج|ذکر|نوشته|هست|هستش)$/.test(w) || c.question) return null;
  const { from, conditional } = clauseStart(W, j);
  if (conditional) return null;
  let answer = -1;
  let manual = false;
  for (let k = from; k < j; k++) {
    if (answer < 0 && /^(?:پاسخ|جواب)(?:تون|تان|ش)?$/.test(W[k].w)) answer = k;
    if (answer >= 0 && MANUAL.test(W[k].w)) manual = true;
  }
  if (answer < 0 || !manual) return null;
  const n = W[j + 1];
  return hit(W, answer, n?.v?.lemma === 'بودن' && !n.pauseBefore ? j + 1 : j, 'talking-down', 'dismissive');
}

/**
 * «همونطور که قطعاً تو ایمیل قبلی دیدید», «همان‌گونه که پیش‌تر نیز به استحضار رسید», «برای بار چهارم عرض می‌کنم»,
 * «در مکاتبات قبلی … تشریح گردیده است»: the customer reminded they were told.
 */
function readAsSaid(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  // (rwfa23) «همان طور که», «همون جور که» written apart read as the joined word.
  const apart = /^(?:همان|همون)$/.test(w) && /^(?:طور|جور|گونه)$/.test(W[j + 1]?.w ?? '') && !W[j + 1].pauseBefore ? 1 : 0;
  if ((apart || /^(?:همانطور|همونطور|همانگونه|همینطور|همونجور|همانجور|چنانکه|همچنانکه)$/.test(w)) && (W[j + 1 + apart]?.w === 'که' || w.endsWith('که'))) {
    let earlier = false;
    for (let k = j + 1 + apart; k < Math.min(W.length, j + 10 + apart); k++) {
      const y = W[k];
      if (y.stopBefore) return null;
      if (inLex(REPEAT_ADV, y.w) || inLex(EARLIER, y.w) || /^(?:پیشتر|قبلا|قبلاً)$/.test(y.w)) earlier = true;
      if (y.w === 'استحضار' || y.w === 'اطلاع') {
        if (W[k + 1]?.v?.lemma === 'رسیدن' && !W[k + 1].v!.negative) return hit(W, j, k + 1, 'repeating-myself', 'passive-aggressive');
      }
      const v = y.v;
      const p = v ? null : participle(y.w);
      if (!v && !p) continue;
      if (v?.negative || p?.negative) return null;
      const lemma = v?.lemma ?? p!.lemma;
      const seen = v && v.person.person === 2 && v.tense === 'past' && /^(?:دیدن|خواندن|شدن|فرمودن|کردن)$/.test(lemma);
      const said = (lemma === 'گفتن' || ((lemma === 'کردن' || lemma === 'دادن') && inLex(SAY_NOUNS, W[k - 1].w))) && (!v || (v.person.person === 1 && v.tense === 'past' && !v.progressive));
      const passiveSaid = (lemma === 'شدن' || lemma === 'گردیدن') && (!v || v.tense === 'past') && /^(?:گفته|عرض|اعلام|ذکر|توضیح|داده|تشریح|اشاره|بیان|تاکید|تأکید|گوشزد|تذکر)$/.test(W[k - 1].w);
      // (rwfa23) «همان‌طور که عرض شد / گفتم / توضیح دادم»: told already in the past, with or without «قبلاً» (the pack's
      // «همانطور که گفته شد» read in every verb of saying); the customer's own seeing still needs «قبلاً». Not a pointer
      // inside the same letter («همان‌طور که در بالا اشاره شد»).
      // Nor a place it was published or an announcement to all («همان‌طور که در سایت اعلام شده»).
      if ((said || passiveSaid) && (earlier || (!(passiveSaid && W[k - 1].w === 'اعلام') && !W.slice(j + 1, k).some((x) => /^(?:بالا|فوق|ذیل|زیر|پایین|پیوست|در|تو|توی|روی|طبق)$/.test(x.w))))) return hit(W, j, k, 'repeating-myself', 'passive-aggressive');
      if (seen && earlier) return hit(W, j, k, 'repeating-myself', 'passive-aggressive');
      return null;
    }
    return null;
  }
  // «برای بار/دفعه‌ی سوم عرض می‌کنم».
  if (/^(?:بار|دفعه|دفعهی|مرتبه)$/.test(w) && /^(?:دوم|سوم|چهارم|پنجم|ششم|چندم|دهم|صدم|[0-9۰-۹]+م)$/.test(W[j + 1]?.w ?? '')) {
    const start = j > 0 && W[j - 1].w === 'برای' ? j - 1 : j;
    for (let k = j + 2; k < Math.min(W.length, j + 6); k++) {
      const y = W[k];
      if (y.stopBefore) break;
      const v = y.v;
      if (!v) continue;
      if (v.person.person === 1 && !v.person.plural && !v.negative && (v.lemma === 'گفتن' || ((v.lemma === 'کردن' || v.lemma === 'دادن') && inLex(SAY_NOUNS, W[k - 1].w)))) return hit(W, start, k, 'repeating-myself', 'passive-aggressive');
      break;
    }
    return null;
  }
  // «در مکاتبات/ایمیل قبلی … تشریح/توضیح داده شده/گردیده (است)».
  if (w === 'در' && inLex(MESSAGE_NOUNS, W[j + 1]?.w ?? '') && inLex(EARLIER, W[j + 2]?.w ?? '')) {
    for (let k = j + 3; k < Math.min(W.length, j + 10); k++) {
      const y = W[k];
      if (y.stopBefore) return null;
      const p = participle(y.w);
      const aux = p && (p.lemma === 'شدن' || p.lemma === 'گردیدن') && !p.negative;
      const auxV = y.v && (y.v.lemma === 'شدن' || y.v.lemma === 'گردیدن') && !y.v.negative && y.v.tense === 'past';
      if ((aux || auxV) && /^(?:تشریح|توضیح|داده|اعلام|ذکر|گفته|عرض)$/.test(W[k - 1].w)) return hit(W, j, W[k + 1]?.w === 'است' ? k + 1 : k, 'repeating-myself', 'passive-aggressive');
      if (y.v && !aux) return null;
    }
  }
  return null;
}

/**
 * «ببخشید ببخشید، واقعا شرمنده‌م، عذر میخوام که …»: a second (third …) apology in one breath, each after the first
 * flagged with its verb («عذر میخوام», «پوزش می‌طلبم») and an intensifier before it («واقعا شرمنده‌م»).
 */
const STACKED_APOLOGY = /^(?:ببخشید|ببخشین|شرمنده|شرمندهام|شرمندم|شرمندهم|شرمندهایم|پوزش|عذرخواهی|معذرت|عذر)$/;
function readStackedApology(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!STACKED_APOLOGY.test(W[j].w) || c.question) return null;
  let earlier = false;
  for (let k = Math.max(0, j - 8); k < j; k++) if (STACKED_APOLOGY.test(W[k].w)) earlier = true;
  if (!earlier) return null;
  const start = j > 0 && !W[j].pauseBefore && /^(?:واقعا|واقعاً|خیلی|بسیار|بازم|باز|مجددا|مجدداً)$/.test(W[j - 1].w) ? j - 1 : j;
  const end = W[j + 1] && !W[j + 1].pauseBefore && W[j + 1].v ? j + 1 : j;
  return hit(W, start, end, 'over-apology', 'over-apology');
}

/** «ببخشید که مزاحمتون میشم», «با عرض پوزش از اینکه مزاحم اوقات شریفتان شدیم», «پوزش می‌طلبیم که منتظر ماندید». */
const APOLOGY_WORDS = /^(?:ببخشید|ببخشین|شرمنده|شرمندهام|شرمندم|پوزش|عذرخواهی|معذرت|عذر)$/;
const BOTHER = /^(?:مزاحم|مزاحمت|وقت|اوقات|منتظر|معطل|معطلی|انتظار)(?:تون|تان|تتون|تتان|ش|مون)?(?:و|رو|را)?$/;
function readApologyReflex(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!APOLOGY_WORDS.test(W[j].w)) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 8); k++) {
    const y = W[k];
    if (y.stopBefore) return null;
    if (BOTHER.test(y.w)) {
      let end = k;
      for (let m = k + 1; m < Math.min(W.length, k + 4); m++) {
        if (W[m].pauseBefore) break;
        if (W[m].v) {
          end = m;
          break;
        }
      }
      return hit(W, j, end, 'apology-reflex', 'over-apology');
    }
  }
  return null;
}

/** «وگرنه جواب داده نمیشه», «وگرنه سفارش لغو میشه», «در غیر این صورت … مسدود می‌گردد»: a threat. */
const BAD_OUTCOME = set('لغو کنسل مسدود باطل حذف جریمه منقضی بسته قطع ابطال فسخ تعلیق اخراج ضبط توقیف');
function readThreat(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  const other = w === 'در' && W[j + 1]?.w === 'غیر' && W[j + 2]?.w === 'این' && W[j + 3]?.w === 'صورت';
  if (w !== 'وگرنه' && !other) return null;
  if (c.question) return null;
  let bad = false;
  for (let k = j + (other ? 4 : 1); k < Math.min(W.length, j + 12); k++) {
    const y = W[k];
    if (y.stopBefore) return null;
    if (inLex(BAD_OUTCOME, y.w)) bad = true;
    // «وگرنه علاقه‌ی اولم نیست»: «otherwise» in an argument, not a consequence for the customer.
    if (y.v) {
      if (!((y.v.negative && y.v.lemma !== 'بودن') || bad)) return null;
      // (rwfa25) The bare order the threat hangs on, through «وگرنه» (what follows may be another rule's words).
      const order = commandBefore(W, j);
      return order < j ? hit(W, order, j, 'threat', 'commands') : hit(W, j, k, 'threat', 'commands');
    }
  }
  return null;
}

/** A bare light-verb imperative after its nominal: «پر کن», «واریز کن», «اونجا باش», «زنگ بزن». */
const BARE_IMPERATIVE = set('کن بکن باش بده بزن بگیر بیار بیا بفرست بنویس');
const PLEASE_WORDS = set('لطفا لطفاً خواهشا خواهشاً بیزحمت اگهمیشه اگرممکنه لطف');
/**
 * (rwfa25) «فرم رو پر کن بیار وگرنه …», «همین امروز پولو واریز کنید وگرنه …»: the order the threat hangs on is part of
 * it. The start of the bare imperative clause right before «وگرنه» (no «لطفاً» and no condition before it), or j.
 */
function commandBefore(W: Word[], j: number): number {
  let imperative = -1;
  for (let k = j - 1; k >= Math.max(0, j - 8); k--) {
    const x = W[k];
    // «باید … بفرستید وگرنه …»: the order is read on «باید» by the command readers.
    if (/^(?:باید|بایستی|میبایست|میبایستی)$/.test(x.w)) return j;
    if (inLex(PLEASE_WORDS, x.w) || (/^(?:اگه|اگر)$/.test(x.w) && /^(?:میشه|میشود|ممکنه|ممکن|امکانش|زحمتی)$/.test(W[k + 1]?.w ?? ''))) return j;
    const v = x.v;
    if (imperative < 0 && ((v && v.subjunctive && !v.progressive && v.tense === 'present' && v.person.person === 2) || (inLex(BARE_IMPERATIVE, x.w) && k > 0 && !W[k - 1].v))) imperative = k;
    if (x.stopBefore || k === 0 || (imperative >= 0 && x.pauseBefore)) {
      if (imperative < 0) return j;
      if (clauseStart(W, imperative).conditional) return j;
      for (let m = k; m < imperative; m++) if (inLex(PLEASE_WORDS, W[m].w)) return j;
      return k;
    }
    if (imperative < 0 && v) return j;
  }
  return j;
}

/**
 * Small readers of one family each: «سرمون شلوغه», «وقت ندارم» (busy), «صبور باشید» (be patient), «پیش میاد»,
 * «اهمیت چندانی ندارد» (minimising), «به این زودیا … نمیشه» (not soon), «اطلاعی … در دست نیست» (not known),
 * «به دلیل محدودیت‌های نرم‌افزاری» (the system), «ممنون که بالاخره …» (sarcasm), «این بار … مطالعه گردد».
 */
const FILLERS_IT_HAPPENS = set('خب خوب دیگه گاهی بعضی وقتا اوقات این از اینجور چیزا اتفاقا همیشه معمولا معمولاً برای همه پیش');
const NOT_SOON_GOOD = set('منقضی قطع تموم تمام مسدود حذف پاک باطل خراب کم');
function readSmall(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  const w = x.w;
  if (c.question) return null;
  // Busy: «سرمون (خیلی) شلوغه», «وقت ندارم», «فرصت نداریم».
  if (/^(?:سرمون|سرمان|سرم)$/.test(w)) {
    const k = /^(?:خیلی|حسابی|فعلا|فعلاً|یکم|کمی|واقعا)$/.test(W[j + 1]?.w ?? '') ? j + 2 : j + 1;
    if (/^شلوغ(?:ه|است|ست)?$/.test(W[k]?.w ?? '') && !W[k].pauseBefore && !clauseStart(W, j).conditional) return hit(W, j, W[k + 1]?.v?.lemma === 'بودن' ? k + 1 : k, 'time-refusal', 'until');
  }
  if ((w === 'وقت' || w === 'فرصت') && W[j + 1]?.v?.lemma === 'داشتن' && W[j + 1].v!.negative && W[j + 1].v!.person.person === 1 && W[j + 1].v!.tense === 'present') {
    if (!(j > 0 && /^(?:هیچ|اصلا)$/.test(W[j - 1].w)) && !clauseStart(W, j).conditional) return hit(W, j, j + 1, 'time-refusal', 'until');
  }
  // Be patient: «صبور باشید», «صبر/حوصله داشته باشید».
  if ((w === 'صبور' && /^(?:باشید|باشین)$/.test(W[j + 1]?.w ?? '')) || (/^(?:صبر|حوصله)$/.test(w) && W[j + 1]?.w === 'داشته' && /^(?:باشید|باشین)$/.test(W[j + 2]?.w ?? ''))) {
    if (!clauseStart(W, j).conditional) return hit(W, j, w === 'صبور' ? j + 1 : j + 2, 'calm-down', 'dismissive');
  }
  // It happens: «پیش میاد» with nothing but fillers before it in its clause.
  // (Not «اشکالی نداره، پیش میاد»: said to console a customer about their own slip.)
  if (x.v?.lemma === 'آمدن' && !x.v.negative && x.v.tense === 'present' && x.v.person.person === 3 && j > 0 && W[j - 1].w === 'پیش' && !c.reassuring && !W.some((y) => /^(?:اشکالی|عیبی|ایرادی|اشکال|عیب)$/.test(y.w))) {
    const { from, conditional } = clauseStart(W, j - 1);
    if (!conditional && (!W[j + 1] || W[j + 1].pauseBefore)) {
      let ok = true;
      for (let k = from; k < j - 1; k++) if (!FILLERS_IT_HAPPENS.has(W[k].w)) ok = false;
      if (ok) return hit(W, j - 1, j, 'minimising', 'dismissive');
    }
  }
  // «اهمیت (چندانی) ندارد»: said of the customer's problem.
  if (x.v?.lemma === 'داشتن' && x.v.negative && x.v.tense === 'present' && x.v.person.person === 3 && !c.reassuring) {
    const k = j > 0 && /^(?:چندانی|زیادی|خاصی)$/.test(W[j - 1].w) ? j - 1 : j;
    if (k > 0 && /^اهمیت(?:ی)?$/.test(W[k - 1].w) && !clauseStart(W, j).conditional && !hasFirstPersonRef(W, clauseStart(W, j).from, k)) return hit(W, k - 1, j, 'minimising', 'dismissive');
  }
  // Not soon: «به این زودیا اتفاق نمیفته», «به این زودی‌ها درست نمیشه» (not «… منقضی نمیشه»: good news).
  if (w === 'به' && W[j + 1]?.w === 'این' && /^(?:زودی|زودیا|زودیها|زودیا)$/.test(W[j + 2]?.w ?? '') && !c.reassuring) {
    for (let k = j + 3; k < Math.min(W.length, j + 9); k++) {
      const y = W[k];
      if (y.stopBefore) break;
      if (inLex(NOT_SOON_GOOD, y.w)) return null;
      if (y.v) return y.v.negative ? hit(W, j, k, 'time-refusal', 'until') : null;
      if (/^نمی.{2,}/.test(y.w)) return hit(W, j, k, 'time-refusal', 'until');
    }
  }
  // «اطلاعی (دقیق) … در دست نیست»: nothing known, said impersonally.
  if (w === 'در' && W[j + 1]?.w === 'دست' && W[j + 2]?.v?.lemma === 'بودن' && W[j + 2].v!.negative && W[j + 2].v!.tense === 'present') {
    const { from } = clauseStart(W, j);
    for (let k = from; k < j; k++) if (/^(?:اطلاعی|اطلاع|خبری|اطلاعات|اطلاعاتی)$/.test(W[k].w)) return hit(W, k, j + 2, 'not-knowing', 'uncertainty');
  }
  // The system as the reason: «به دلیل محدودیت‌های نرم‌افزاری», «به علت محدودیت سامانه».
  const because = (/^(?:دلیل|علت|خاطر|سبب)$/.test(W[j - 1]?.w ?? '') && /^(?:به|بر)$/.test(W[j - 2]?.w ?? '')) || /^(?:بخاطر|بهخاطر)$/.test(W[j - 1]?.w ?? '');
  if (/^محدودیت(?:های|ها|هایی)?$/.test(w) && because) {
    if (/^(?:نرمافزاری|سیستمی|سامانه|سیستم|فنی|سامانهای|نرمافزار|اپلیکیشن|برنامه|سایت)$/.test(W[j + 1]?.w ?? '')) return hit(W, W[j - 2]?.w === 'به' || W[j - 2]?.w === 'بر' ? j - 2 : j - 1, j + 1, 'system-blocks', 'other');
  }
  // «ممنون که بالاخره جواب دادید»: thanks as a reproach.
  if (/^(?:ممنون|مرسی|متشکرم|ممنونم|سپاس)$/.test(w)) {
    for (let k = j + 1; k < Math.min(W.length, j + 6); k++) {
      if (W[k].stopBefore) break;
      if (/^(?:بالاخره|بالأخره|آخرش)$/.test(W[k].w)) {
        for (let m = k + 1; m < Math.min(W.length, k + 5); m++) if (W[m].v?.person.person === 2) return hit(W, j, m, 'sarcasm', 'passive-aggressive');
      }
    }
  }
  // «امید است این بار توضیحات به‌طور کامل مطالعه گردد»: read it properly this time, in the passive.
  if (x.v && (x.v.lemma === 'شدن' || x.v.lemma === 'گردیدن') && x.v.subjunctive && j > 0 && /^(?:مطالعه|خوانده|دقت)$/.test(W[j - 1].w)) {
    const { from } = clauseStart(W, j);
    for (let k = Math.max(0, from - 3); k < j; k++) if (W[k].w === 'این' && /^(?:بار|دفعه|مرتبه)$/.test(W[k + 1]?.w ?? '')) return hit(W, k, j, 'repeating-myself', 'passive-aggressive');
  }
  // «لازم است / مقتضی است … اقدام نمایید»: a duty put on the customer (not «لازمه بدونید», «لازم است ما …»).
  if (/^(?:لازم|مقتضی|لازمه|لازمست)$/.test(w)) {
    const attached = w !== 'لازم' && w !== 'مقتضی';
    const cop = W[j + 1];
    if (!attached && !(cop?.v?.lemma === 'بودن' && !cop.v.negative && cop.v.tense === 'present' && !cop.pauseBefore)) return null;
    if (clauseStart(W, j).conditional) return null;
    for (let k = j + (attached ? 1 : 2); k < Math.min(W.length, j + 14); k++) {
      const y = W[k];
      if (y.stopBefore) return null;
      if (FIRST_PERSON_REF.has(y.w)) return null;
      if (!y.v) continue;
      if (y.v.person.person === 2 && !y.v.negative && y.v.tense === 'present' && !y.v.progressive && y.v.lemma !== 'دانستن') return hit(W, j, attached ? j : j + 1, 'customer-obligation', 'commands');
      return null;
    }
  }
  return null;
}

/** Idioms of this round, each a run of words (see IDIOMS). */
/**
 * `notNext`: the word right after the run must not match («بدیهی است که …» is a pack rule's);
 * `needLater`: a later word of the same sentence (at most 10 on) must match, or be a negated verb
 * when `needLater` is 'negative' («تا اطلاع ثانوی» is a halt only with «متوقف» or a «نمی‌شود» after it).
 */
type IdiomMore = { seq: WordTest[]; construction: string; category: Category; notNext?: RegExp; needLater?: RegExp | 'negative' };
const SYS = /^(?:سیستم|سیستما|سیستمها|سامانه|سرور|سرورها|سایت|پنل|پنلم)$/;
const ANY: WordTest = () => true;
const SYS_ADJ = /^(?:نرمافزاری|سیستمی|سامانه|سیستم|سامانهای)$/;
const INSHALLAH = /^(?:ایشالا|ایشالله|انشالله|انشاالله|انشاءالله|انشاللهه)$/;
const ETA_VERB = /^(?:میرسه|میرسد|برسه|برسد|درست|حل|برطرف|رفع)$/;
/** Any word but one of arriving safe and sound (a wish, not a date left to hope). */
const NOT_SAFE: WordTest = (x) => !/^(?:سالم|صحیح|سلامت|بیخطر)$/.test(x.w);
const CANCELLED = /^(?:لغو|کنسل|رد|حذف|باطل|مسدود)$/;
/** One run per gap of 0..n words between `head` and `tail` (a bounded «head … tail»), each gap word passing `gap` (any word by default). */
const gapped = (head: WordTest[], n: number, tail: WordTest[], construction: string, category: Category, extra: Partial<IdiomMore> = {}, gap: WordTest = ANY): IdiomMore[] =>
  Array.from({ length: n + 1 }, (_, g) => ({ seq: [...head, ...Array<WordTest>(g).fill(gap), ...tail], construction, category, ...extra }));
/** Words of written rules («دستورالعمل‌های داخلی», «مقررات», «آیین‌نامه»). */
const RULE_WORD: WordTest = /^(?:مقررات|ضوابط|قوانین|قانون|دستورالعمل|دستورالعملهای|دستورالعملها|آییننامه|آیین|بخشنامه|رویه|سیاست|سیاستهای|شرایط)$/;
const IDIOMS_MORE: IdiomMore[] = [
  // «داد زدن که چیزی رو حل نمی‌کنه», «عصبانی شدن که مشکلی رو درست نمی‌کند»: the customer's reaction lectured as useless.
  { seq: [/^[^\s]+(?:دن|تن)$/, /^که$/, /^(?:چیزی|مشکلی|کاری)$/, /^(?:رو|را)$/, /^(?:حل|درست)$/, /^نمی(?:کنه|کند)$/], construction: 'calm-down', category: 'dismissive' },
  { seq: [/^[^\s]+(?:دن|تن)$/, /^که$/, /^(?:چیزی|مشکلی|کاری)$/, /^(?:حل|درست)$/, /^نمی(?:کنه|کند)$/], construction: 'calm-down', category: 'dismissive' },
  // «اینکه دیگه ساده‌ترین کار دنیاست», «راحت‌ترین کار عالمه»: the customer's difficulty called the easiest thing there is.
  { seq: [/^(?:ساده|راحت|آسون|آسان)ترین$/, /^کار$/, /^(?:دنیاست|دنیاس|عالمه|دنیا|عالم)$/], construction: 'talking-down', category: 'dismissive' },
  // «سیستم قطعه», «سامانه از دسترس خارجه», «سرور بالا نمیاد», «از سمت سیستم قفله»: the system as the wall.
  { seq: [SYS, /^(?:قطعه|قفله|هنگه|خوابیده)$/], construction: 'system-blocks', category: 'other', notNext: /^(?:بود|بودن|بودند)$/ },
  { seq: [SYS, /^قطع$/, /^(?:است|هست)$/], construction: 'system-blocks', category: 'other' },
  { seq: [SYS, /^از$/, /^دسترس$/, /^(?:خارجه|خارج)$/], construction: 'system-blocks', category: 'other', notNext: /^(?:بود|شده|شد)$/ },
  { seq: [SYS, /^بالا$/, /^(?:نمیاد|نمیآید|نمیاید)$/], construction: 'system-blocks', category: 'other' },
  { seq: [SYS, /^(?:اختلال|مشکل)$/, /^(?:داره|دارد)$/], construction: 'system-blocks', category: 'other' },
  { seq: [/^از$/, /^(?:سمت|طرف)$/, /^(?:سیستم|سامانه)$/, /^(?:قفله|بستست|بستهست|مسدوده)$/], construction: 'system-blocks', category: 'other' },
  { seq: [/^(?:این|اون)$/, /^(?:گزینه|دکمه|قابلیت)$/, /^(?:غیرفعاله|غیرفعال)$/], construction: 'system-blocks', category: 'other', notNext: /^(?:نیست|نمیشه|نمیشود)$/ },
  { seq: [/^(?:این|اون)$/, /^(?:گزینه|دکمه|قابلیت)$/, /^(?:برام|برامون|برای)$/, /^(?:غیرفعاله|غیرفعال|من)$/], construction: 'system-blocks', category: 'other' },
  // «سیستم خودش سفارش رو لغو کرده»: the system did it, nobody answers for it.
  ...gapped([/^(?:سیستم|سامانه|نرمافزار)$/, /^خودش$/], 3, [CANCELLED], 'system-blocks', 'other'),
  // «به‌واسطه تنظیمات نرم‌افزاری», «سرورها داون‌ان».
  { seq: [/^(?:بهواسطه|بواسطه|بدلیل|بهدلیل|بعلت|بهعلت)$/, /^(?:تنظیمات|محدودیت|محدودیتهای)$/, SYS_ADJ], construction: 'system-blocks', category: 'other' },
  { seq: [/^به$/, /^(?:واسطه|دلیل|علت|سبب)$/, /^(?:تنظیمات|محدودیت|محدودیتهای)$/, SYS_ADJ], construction: 'system-blocks', category: 'other' },
  { seq: [SYS, /^(?:داونان|داونن|داونه|دانه)$/], construction: 'system-blocks', category: 'other' },
  // «توسط جنابعالی به‌اشتباه درج گردیده»: the customer named as the one who erred.
  { seq: [/^توسط$/, /^(?:جنابعالی|شما|خودتان|خودتون)$/, /^(?:بهاشتباه|اشتباها|اشتباهی)$/], construction: 'second-person-blame', category: 'blame' },
  { seq: [/^توسط$/, /^(?:جنابعالی|شما|خودتان|خودتون)$/, /^به$/, /^اشتباه$/], construction: 'second-person-blame', category: 'blame' },
  // «چنانچه پیش‌تر نیز به عرض رسید»: told you before, in officialese.
  { seq: [/^(?:چنانچه|همانطور|همانگونه|همونطور)$/, /^(?:قبلا|پیشتر)$/, /^(?:نیز|هم)$/, /^به$/, /^عرض$/, /^(?:رسید|رسانده|رساندیم)$/], construction: 'repeating-myself', category: 'passive-aggressive' },
  { seq: [/^(?:چنانچه|همانطور|همانگونه|همونطور)$/, /^(?:قبلا|پیشتر)$/, /^به$/, /^عرض$/, /^(?:رسید|رسانده|رساندیم)$/], construction: 'repeating-myself', category: 'passive-aggressive' },
  { seq: [/^(?:همانطور|همانگونه|همونطور)$/, /^که$/, /^(?:قبلا|پیشتر)$/, /^(?:نیز|هم)$/, /^به$/, /^عرض$/, /^(?:رسید|رسانده|رساندیم)$/], construction: 'repeating-myself', category: 'passive-aggressive' },
  { seq: [/^(?:همانطور|همانگونه|همونطور)$/, /^که$/, /^(?:قبلا|پیشتر)$/, /^به$/, /^عرض$/, /^(?:رسید|رسانده|رساندیم)$/], construction: 'repeating-myself', category: 'passive-aggressive' },
  // «در صورت مطالعه دقیق … ملاحظه می‌فرمودید»: "had you read it, you'd know".
  { seq: [/^در$/, /^صورت$/, /^(?:مطالعه|دقت)$/], construction: 'sarcasm', category: 'passive-aggressive', needLater: /^(?:میفرمودید|میشدید|میدیدید|میکردید)$/ },
  // «احتمالش کمه», «شاید تا آخر هفته برسه»: a hedge where a plan should be.
  { seq: [/^احتمالش$/, /^(?:کمه|ضعیفه)$/], construction: 'hedged-effort', category: 'uncertainty' },
  ...gapped([/^شاید$/], 4, [/^(?:برسه|برسد|بیاد|بیاید)$/], 'hedged-effort', 'uncertainty'),
  // «بدیهی است …», «خب معلومه دیگه»: the customer should have known.
  { seq: [/^بدیهی$/, /^است$/], construction: 'talking-down', category: 'dismissive', notNext: /^که$/ },
  { seq: [/^بدیهیه$/], construction: 'talking-down', category: 'dismissive', notNext: /^که$/ },
  { seq: [/^خب$/, /^(?:معلومه|مشخصه|واضحه)$/], construction: 'talking-down', category: 'dismissive', notNext: /^که$/ },
  { seq: [/^(?:معلومه|مشخصه|واضحه)$/, /^دیگه$/], construction: 'talking-down', category: 'dismissive', notNext: /^که$/ },
  // «یه بار دیگه با دقت بخونید», «مکاتبات قبلی را مطالعه فرمایید»: read it again yourself.
  { seq: [/^(?:یه|یک)$/, /^بار$/, /^(?:دیگه|دیگر)$/, /^با$/, /^دقت$/, /^(?:بخونید|بخونین|بخوانید|مطالعه)$/], construction: 'talking-down', category: 'passive-aggressive' },
  { seq: [/^(?:دوباره|مجددا)$/, /^با$/, /^دقت$/, /^(?:بخونید|بخونین|بخوانید|مطالعه)$/], construction: 'talking-down', category: 'passive-aggressive' },
  { seq: [/^(?:مکاتبات|پیامهای|ایمیلهای|نامههای|پیامای|پیام|ایمیل|نامه|توضیحات|جواب|جوابای)$/, /^(?:قبلی|قبلیم|پیشین)$/, /^(?:را|رو)$/, /^(?:مطالعه|بخونید|بخونین|بخوانید)$/], construction: 'talking-down', category: 'passive-aggressive' },
  { seq: [/^(?:پیامای|پیام|ایمیل|جواب|جوابای)$/, /^(?:قبلیمو|قبلیمونو)$/, /^(?:بخونید|بخونین)$/], construction: 'talking-down', category: 'passive-aggressive' },
  // «امیدوارم این بار متوجه شده باشید», «لابد متوجه نشدید», «جای تعجب داره که …».
  { seq: [/^امیدوار(?:م|یم)$/, /^این$/, /^(?:بار|دفعه)$/, /^(?:متوجه|قانع)$/], construction: 'sarcasm', category: 'passive-aggressive' },
  { seq: [/^امیدوار(?:م|یم)$/, /^(?:اینبار|ایندفعه)$/, /^(?:متوجه|قانع)$/], construction: 'sarcasm', category: 'passive-aggressive' },
  { seq: [/^(?:لابد|انگار)$/, /^متوجه$/, /^(?:نشدید|نشدین|نشدهاید|نشدی)$/], construction: 'sarcasm', category: 'passive-aggressive' },
  { seq: [/^جای$/, /^تعجب$/, /^(?:داره|دارد|است)$/], construction: 'sarcasm', category: 'passive-aggressive' },
  // «داد نزنید», «خونسردی خود را حفظ فرمایید»: telling the customer how to behave.
  { seq: [/^(?:داد|فریاد|جیغ)$/, /^(?:نزنید|نزنین|نکنید|نکنین)$/], construction: 'calm-down', category: 'dismissive' },
  { seq: [/^(?:خونسردی|آرامش)$/, /^(?:خود|خودتان)$/, /^را$/, /^حفظ$/, /^(?:فرمایید|بفرمایید|نمایید)$/], construction: 'calm-down', category: 'dismissive' },
  // «همه مشتری‌ها همین مشکل رو دارن», «یه کم حوصله کنید»: the problem made small.
  { seq: [/^همه$/, /^(?:مشتریها|مشتریا|مشتریان|کاربرا|کاربران|مشترکین)$/, /^(?:همین|این)$/, /^(?:مشکل|مشکلو|مشکلی)$/], construction: 'minimising', category: 'dismissive' },
  { seq: [/^(?:یه|یک)$/, /^کم$/, /^حوصله$/, /^(?:کنید|کنین|داشته)$/], construction: 'minimising', category: 'dismissive' },
  { seq: [/^(?:یکم|کمی)$/, /^حوصله$/, /^(?:کنید|کنین|داشته)$/], construction: 'minimising', category: 'dismissive' },
  // «… متوجه مشترک می‌باشد», «بر عهده جنابعالی خواهد بود»: the blame placed on the customer.
  { seq: [/^متوجه$/, /^(?:جنابعالی|مشترک|مشترکین|مشتری|خریدار|کاربر|متقاضی)$/, /^(?:میباشد|است|خواهد|هست)$/], construction: 'second-person-blame', category: 'blame' },
  { seq: [/^(?:بر|به)$/, /^عهده$/, /^(?:جنابعالی|مشترک|مشتری|خودتان|خودتون)$/], construction: 'second-person-blame', category: 'blame' },
  { seq: [/^برعهده$/, /^(?:جنابعالی|مشترک|مشتری|خودتان|خودتون)$/], construction: 'second-person-blame', category: 'blame' },
  // «اطلاعی … در دسترس اینجانب نمی‌باشد», «معلوم نیست», «برای ما نیز مشخص نیست»: not knowing.
  { seq: [/^در$/, /^(?:دسترس|اختیار)$/, /^(?:اینجانب|بنده)$/, /^(?:نمیباشد|نیست)$/], construction: 'not-knowing', category: 'uncertainty' },
  { seq: [/^(?:معلوم|مشخص)$/, /^نیست$/], construction: 'not-knowing', category: 'uncertainty' },
  // «مغایر با ضوابط», «از نظر ضوابط», «حسب مصوبه», «هیچ‌گونه استثنایی قائل نمی‌شویم»: the rulebook as the answer.
  { seq: [/^مغایر$/, /^با$/, /^(?:ضوابط|مقررات|قوانین)$/], construction: 'policy-shield', category: 'policy' },
  { seq: [/^از$/, /^نظر$/, /^(?:ضوابط|مقررات)$/], construction: 'policy-shield', category: 'policy' },
  { seq: [/^حسب$/, /^(?:مصوبه|ضوابط|مصوبات)$/], construction: 'policy-shield', category: 'policy' },
  { seq: [/^(?:هیچگونه|هیچ)$/, /^(?:استثنایی|استثنا|استثنائی)$/], construction: 'policy-shield', category: 'policy', needLater: 'negative' },
  // «تا اطلاع ثانوی … متوقف / انجام نمی‌شود»: a halt with no date (not «تا اطلاع ثانوی رایگان است»).
  { seq: [/^تا$/, /^اطلاع$/, /^ثانوی$/], construction: 'time-refusal', category: 'until', needLater: /^(?:متوقف|تعطیل|معلق|قطع|غیرفعال|مسدود)$/ },
  { seq: [/^تا$/, /^اطلاع$/, /^ثانوی$/], construction: 'time-refusal', category: 'until', needLater: 'negative' },
  // «حالا حالاها نوبت نداریم», «حالاحالاها درست نمیشه»: not for a long while (not «حالا حالاها جا داریم»).
  { seq: [/^حالا$/, /^حالاها$/], construction: 'time-refusal', category: 'until', needLater: 'negative' },
  { seq: [/^حالاحالاها$/], construction: 'time-refusal', category: 'until', needLater: 'negative' },
  // «ضمن عرض پوزش», «عذرخواهی ما را … پذیرا باشید», «از کلیه مشترکین … پوزش می‌طلبیم»: the apology formula.
  { seq: [/^ضمن$/, /^عرض$/, /^(?:پوزش|عذرخواهی|معذرت)$/], construction: 'apology-reflex', category: 'over-apology' },
  { seq: [/^ضمن$/, /^(?:پوزش|عذرخواهی)$/], construction: 'apology-reflex', category: 'over-apology' },
  { seq: [/^عذرخواهی$/, /^(?:ما|اینجانب|بنده)$/, /^را$/], construction: 'apology-reflex', category: 'over-apology', needLater: /^پذیرا$/ },
  { seq: [/^از$/, /^(?:کلیه|تمامی)$/, /^(?:مشترکین|مشتریان|کاربران|مشترکان)$/], construction: 'apology-reflex', category: 'over-apology', needLater: /^(?:پوزش|عذرخواهی)$/ },
  // «ایشالا تا فردا میرسه», «امیدواریم … تا پایان هفته برطرف شود»: a hope where a plan should be.
  // (Not «ایشالا سالم برسه»: arriving safe is a wish for the customer, the gap holds no word of safety.)
  ...gapped([INSHALLAH], 3, [ETA_VERB], 'hedged-effort', 'uncertainty', { notNext: /^(?:شده|شد)$/ }, NOT_SAFE),
  ...gapped([/^امیدوار(?:م|یم)$/], 6, [/^(?:برطرف|حل|رفع)$/], 'hedged-effort', 'uncertainty', { notNext: /^(?:شده|شد)$/ }),
  // (A parcel's arrival hoped for by a date, «امیدوارم فردا بسته برسه», is read by kind in ./kinds37.fa.ts.)
  // «این اداره در آن دخالتی ندارد», «ما هیچ نقشی تو این موضوع نداریم»: the agent's side steps out of it.
  ...gapped([/^این$/, /^(?:اداره|واحد|بخش|دفتر|شرکت|مجموعه)$/], 4, [/^(?:دخالتی|نقشی|دخالت|نقش)$/, /^(?:ندارد|نداره|نداشته)$/], 'deflection', 'dismissive'),
  ...gapped([/^ما$/], 4, [/^(?:دخالتی|نقشی|دخالت|نقش)$/, /^(?:نداریم|نداشتیم)$/], 'deflection', 'dismissive'),
  // «مغایر با دستورالعمل‌های داخلی بانک بوده», «خلاف مقررات است»: the rules as the reason, in any tense.
  { seq: [/^(?:مغایر|خلاف|مخالف)$/, /^با$/, RULE_WORD], construction: 'policy-shield', category: 'policy' },
  { seq: [/^(?:مغایر|خلاف)$/, RULE_WORD], construction: 'policy-shield', category: 'policy' },
  // «از بابت تمامی ناملایمات احتمالی … عذرخواهی می‌نماییم», «بابت هرگونه ناراحتی احتمالی پوزش می‌طلبیم»: an apology for what
  // may have happened, not for what did.
  ...gapped([/^(?:ناملایمات|ناراحتی|ناراحتیهای|مشکلات|مشکل|اختلال|اختلالات|زحمت|زحمات|تاخیر|تأخیر)$/, /^احتمالی$/], 8, [/^(?:عذرخواهی|پوزش|معذرت|عذر)$/], 'apology-reflex', 'over-apology'),
  // «قول نمی‌دم», «ولی تضمینی نیست», «یه تلاشی می‌کنم»: no promise.
  { seq: [/^قول$/, /^(?:نمیدم|نمیدهم|نمیدیم|نمیدهیم)$/], construction: 'hedged-effort', category: 'uncertainty' },
  { seq: [/^تضمین$/, /^(?:نمیکنم|نمیکنیم)$/], construction: 'hedged-effort', category: 'uncertainty' },
  { seq: [/^تضمینی$/, /^(?:نیست|نمیدم|نمیدهم|نداره|ندارد)$/], construction: 'hedged-effort', category: 'uncertainty' },
  { seq: [/^(?:یه|یک)$/, /^(?:تلاشی|سعیای|امتحانی)$/, /^(?:میکنم|میکنیم)$/], construction: 'hedged-effort', category: 'uncertainty' },
  // «از دست من/ما برنمیاد», «از دستم برنمیاد».
  { seq: [/^از$/, /^دست$/, /^(?:ما|من|بنده)$/, (x) => !!x.v && x.v.negative && x.v.lemma === 'برآمدن'], construction: 'nothing-can-be-done', category: 'cant-wont' },
  { seq: [/^از$/, /^(?:دستم|دستمون|دستمان)$/, (x) => !!x.v && x.v.negative && x.v.lemma === 'برآمدن'], construction: 'nothing-can-be-done', category: 'cant-wont' },
  // «زورمون به شرکت پست نمی‌رسه».
  { seq: [/^زور(?:م|مون|مان)$/, /^به$/, () => true, negated('رسیدن')], construction: 'nothing-can-be-done', category: 'cant-wont' },
  { seq: [/^زور(?:م|مون|مان)$/, /^به$/, () => true, () => true, negated('رسیدن')], construction: 'nothing-can-be-done', category: 'cant-wont' },
  // «استثنا قائل نمی‌شیم»: no exceptions.
  { seq: [/^استثنا(?:یی|ئی)?$/, /^قائل$/, (x) => !!x.v && x.v.negative && x.v.lemma === 'شدن' && x.v.person.person === 1], construction: 'policy-shield', category: 'policy' },
  // «قسمت نبود», «از بد روزگار», «بدشانسی آوردید»: bad news dressed as fate.
  { seq: [/^قسمت$/, /^نبود$/], construction: 'regret-opener', category: 'negative-words' },
  { seq: [/^از$/, /^بد$/, /^(?:روزگار|حادثه|شانس)$/], construction: 'regret-opener', category: 'negative-words' },
  { seq: [/^بدشانسی$/, /^(?:آوردید|آوردین|آوردیم|آوردین)$/], construction: 'regret-opener', category: 'negative-words' },
  { seq: [/^(?:بدبختانه|بدبختانع)$/], construction: 'regret-opener', category: 'negative-words' },
  // «خدا می‌دونه کی …»: nobody knows (not «خدا می‌دونه چقدر ممنونیم»).
  { seq: [/^خدا$/, (x) => !!x.v && !x.v.negative && x.v.lemma === 'دانستن' && x.v.person.person === 3, /^(?:کی|چی|چرا|کجا|چطور|چطوری|چند|کدوم|که)$/], construction: 'not-knowing', category: 'uncertainty' },
  // «بین خودمون باشه»: confiding against the company.
  { seq: [/^بین$/, /^(?:خودمون|خودمان|خودم|ما)$/, /^(?:باشه|بمونه|بماند|باشد)$/], construction: 'confiding', category: 'negative-words' },
  // «حتی‌المقدور», «حتی‌الامکان», «در حد توان»: a hedged promise.
  { seq: [/^(?:حتیالمقدور|حتیالامکان)$/], construction: 'hedged-effort', category: 'uncertainty' },
  { seq: [/^حتی$/, /^(?:المقدور|الامکان)$/], construction: 'hedged-effort', category: 'uncertainty' },
  { seq: [/^در$/, /^حد$/, /^(?:توان|امکان|توانمون|امکانمون|توانمان|امکانات)$/], construction: 'hedged-effort', category: 'uncertainty' },
  // (rwfa26) «تا حد امکان / ممکن», «تا جای ممکن», «تا حد توان»: the same hedge with «تا».
  { seq: [/^تا$/, /^(?:حد|جای)$/, /^(?:توان|امکان|ممکن|توانمون|امکانمون|توانمان)$/], construction: 'hedged-effort', category: 'uncertainty' },
  // «(زیاد) امیدوار نباشید»: no promises, said to the customer.
  { seq: [/^امیدوار$/, /^(?:نباشید|نباشین)$/], construction: 'hedged-effort', category: 'uncertainty' },
  // «قولش با من نیست», «شاید بشه یه کاری کرد»: no promise.
  { seq: [/^قول(?:ش|شو)?$/, /^با$/, /^(?:من|ما|بنده)$/, /^نیست$/], construction: 'hedged-effort', category: 'uncertainty' },
  { seq: [/^شاید$/, /^(?:بشه|بشود|بتونیم|بتوانیم|بتونم|بتوانم)$/], construction: 'hedged-effort', category: 'uncertainty' },
  // «حالا دنیا که به آخر نرسیده», «خب که چی».
  { seq: [/^دنیا$/, /^که$/, /^به$/, /^(?:آخر|آخرش)$/, /^نرسیده$/], construction: 'minimising', category: 'dismissive' },
  { seq: [/^خب$/, /^که$/, /^چی$/], construction: 'minimising', category: 'dismissive' },
];

function readIdiomMore(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  for (const { seq, construction, category, notNext, needLater } of idiomsMoreFrom(W[j].w)) {
    const ok = seqAt(W, j, seq);
    if (!ok || clauseStart(W, j).conditional) continue;
    const after = j + seq.length;
    if (notNext && after < W.length && !W[after].stopBefore && notNext.test(W[after].w)) continue;
    if (needLater && !laterInSentence(W, after, needLater)) continue;
    // «در حد امکان سریع‌ترین زمان رو انتخاب کردیم»: done, not a hedged promise.
    if (construction === 'hedged-effort' && (pastAfter(W, j + seq.length) || askedOfYou(W, j, j + seq.length))) continue;
    return hit(W, j, j + seq.length - 1, construction, category);
  }
  return null;
}
/** A word of the same sentence, at most 10 words after `from`, matches `need` (or is a negated verb). */
function laterInSentence(W: Word[], from: number, need: RegExp | 'negative'): boolean {
  for (let k = from; k < Math.min(W.length, from + 10); k++) {
    if (k > from && W[k].stopBefore) return false;
    if (need === 'negative' ? !!W[k].v?.negative : need.test(W[k].w)) return true;
  }
  return false;
}
/** The next verb after `from` in its clause is a past (or a participle): something done, not promised. */
function pastAfter(W: Word[], from: number): boolean {
  for (let k = from; k < Math.min(W.length, from + 10); k++) {
    const y = W[k];
    if (y.stopBefore) return false;
    // «خواهد شد» is a future; a bare stem after «بشه» («شاید بشه یه کاری کرد») is a short infinitive.
    if (y.w === 'خواهد' || y.w === 'خواهیم' || y.w === 'خواهند') return false;
    if (y.v) return y.v.tense === 'past' && y.v.ending !== '';
    // (rwfa26) «پاسخ داده خواهد شد», «ارسال داده می‌شود»: a participle before a future or present passive is to be done.
    if (participle(y.w)) return !(W[k + 1] && !W[k + 1].pauseBefore && (/^(?:خواهد|خواهند)$/.test(W[k + 1].w) || (W[k + 1].v?.lemma === 'شدن' && W[k + 1].v!.tense === 'present')));
  }
  return false;
}
/**
 * (rwfa26) «لطفاً حتی‌الامکان مدارک را اسکن‌شده ارسال کنید», «تا حد امکان از آب داغ استفاده نکنید»: the hedge measures
 * what the customer is asked to do (a «لطفاً» before it, or a second-person verb next in its clause), not our promise.
 */
function askedOfYou(W: Word[], j: number, from: number): boolean {
  if (j > 0 && /^(?:لطفا|لطفاً|خواهشا|خواهشاً|خواهشمندیم|خواهشمند)$/.test(W[j - 1].w)) return true;
  for (let k = from; k < Math.min(W.length, from + 10); k++) {
    const y = W[k];
    if (y.stopBefore || (k > from && y.pauseBefore)) return false;
    if (y.v) return y.v.person.person === 2;
  }
  return false;
}
/** runsFrom(IDIOMS_MORE, w), per word. */
const idiomMoreMemo = new Map<string, readonly IdiomMore[]>();
function idiomsMoreFrom(w: string): readonly IdiomMore[] {
  let runs = idiomMoreMemo.get(w);
  if (runs === undefined) {
    runs = runsFrom(IDIOMS_MORE, w);
    if (idiomMoreMemo.size >= MEMO_MAX) idiomMoreMemo.clear();
    idiomMoreMemo.set(w, runs);
  }
  return runs;
}
function mayStartIdiomMore(w: string): boolean {
  return idiomsMoreFrom(w).length > 0;
}

/** «خودتون تیک تمدید خودکار رو زدین»: the customer as the emphatic subject of what went wrong. */
function readSelfDid(c: Ctx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:خودتون|خودتان)$/.test(W[j].w) || (c.question && !c.why)) return null;
  if (j > 0 && /^(?:به|از|با|برای|مال|واسه|پیش)$/.test(W[j - 1].w)) return null;
  // (rwfa25) «همونطور که خودتون نوشتین، …»: the customer's own account cited in agreement, not blamed.
  if (j > 1 && W[j - 1].w === 'که' && /^(?:همانطور|همونطور|همانگونه|همونجور|همانجور|طور|گونه|جور)$/.test(W[j - 2].w)) return null;
  const { conditional } = clauseStart(W, j);
  if (conditional) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 8); k++) {
    const y = W[k];
    if (y.stopBefore || y.pauseBefore) return null;
    if (/^(?:لطف|محبت|زحمت|انتخاب|خرید|تماس|اشاره|تعریف|عنوان|ذکر|بیان|تاکید|تأکید|سوال|سؤال|درخواست|اعلام|مطرح)/.test(y.w)) return null;
    if (!y.v) continue;
    const v = y.v;
    if (v.person.person === 2 && v.tense === 'past' && !v.negative && !v.progressive && BLAME_VERBS.has(v.lemma)) return hit(W, j, k, 'second-person-blame', 'blame');
    return null;
  }
  return null;
}

const READERS_MORE = [readAgentBlame, readPluperfectBlame, readCounterfactual, readProhibition, readPolicyWall, readNotPartOf, readNotSomething, readRtfm, readAsSaid, readApologyReflex, readThreat, readSmall, readIdiomMore, readSelfDid];

/** The words these readers start on (besides any verb, a policy noun, «محدودیت…» and an idiom's first word). */
const MORE_TRIGGERS = set(
  'از توسط ناشی خودداری طبق مطابق حسب بنابر برطبق وفق براساس بر به سیستم روش بخشنامه بخشنامهی دستور دستوری دستورالعمل دستورالعملی جزو جزء جز چیزی کاری موجود موجوده آمده اومده درج ذکر نوشته هست هستش همان همون همانطور همونطور همانگونه همینطور همونجور همانجور چنانکه همچنانکه بار دفعه دفعهی مرتبه در ببخشید ببخشین شرمنده شرمندهام شرمندم پوزش عذرخواهی معذرت عذر وگرنه سرمون سرمان سرم وقت فرصت صبور صبر حوصله ممنون مرسی متشکرم ممنونم سپاس لازم مقتضی لازمه لازمست خودتون خودتان',
);
/**
 * The first test of seven of READERS_MORE restated on the written word (see dispatch.fa.ts): on a trigger word they
 * cannot start on, they are not run. The others (several first words, or a verb reading) run at every trigger word.
 */
const MORE_GATES = new Map<(c: Ctx, j: number) => GenericHit | null, FaGate<unknown>>([
  [readNotPartOf, { w: (w) => /^(?:جزو|جزء|جز)$/.test(w) }],
  [readNotSomething, { w: (w) => /^(?:چیزی|کاری)$/.test(w) }],
  [readRtfm, { w: (w) => /^(?:موجود|موجوده|آمده|اومده|درج|ذکر|نوشته|هست|هستش)$/.test(w) }],
  [readApologyReflex, { w: (w) => APOLOGY_WORDS.test(w) }],
  [readThreat, { w: (w) => w === 'وگرنه' || w === 'در' }],
  [readIdiomMore, { w: (w) => mayStartIdiomMore(w) }],
  [readSelfDid, { w: (w) => /^(?:خودتون|خودتان)$/.test(w) }],
]);
const moreAt = gatedDispatch<(c: Ctx, j: number) => GenericHit | null, unknown>(READERS_MORE, MORE_GATES);
const moreMemo = new Map<string, boolean>();
/** One cheap look per word before the tenth session's readers run: most words start none of them. */
function mayStartMore(x: Word): boolean {
  return mayStartMoreWord(x.w);
}
function mayStartMoreWord(w: string): boolean {
  let ok = moreMemo.get(w);
  if (ok === undefined) {
    ok = MORE_TRIGGERS.has(w) || inLex(POLICY_NOUNS, w) || w.startsWith('محدودیت') || /^ن?میداشت/.test(w) || mayStartIdiomMore(w);
    if (moreMemo.size >= MEMO_MAX) moreMemo.clear();
    moreMemo.set(w, ok);
  }
  return ok;
}
/** A verb that is no trigger word starts only the readers read off a verb. */
const READERS_ON_VERBS = [readPluperfectBlame, readCounterfactual, readProhibition, readSmall];
function readMore(c: Ctx, j: number): GenericHit | null {
  const x = c.W[j];
  const readers = mayStartMore(x) ? moreAt(x.w, undefined) : x.v ? READERS_ON_VERBS : null;
  if (!readers) return null;
  for (const read of readers) {
    const h = read(c, j);
    if (h) return h;
  }
  return null;
}

/** Constructions that turn the customer down: an offer after them in the same sentence answers the advice. */
const REFUSALS = new Set(['not-available', 'not-permitted', 'negated-ability', 'passive-refusal', 'not-offered', 'nothing-can-be-done']);
const CONTRAST = set('ولی اما ولیکن لیکن البته منتها');

/**
 * Index of the last contrast word (by default «ولی/اما/البته …») followed by an offer (می‌تونیم, پیگیری می‌کنم, انجام
 * خواهیم داد), or -1. `future`: a bare future auxiliary («خواهیم») after it counts as the offer too.
 */
function contrastWithOffer(W: Word[], contrast: ReadonlySet<string> = CONTRAST, future = false): number {
  let offer = false;
  for (let k = W.length - 1; k >= 0; k--) {
    const v = W[k].v;
    if (v && !v.negative && v.person.person === 1 && ((v.progressive && v.tense === 'present') || v.lemma === 'خواستن')) offer = true;
    if (future && /^خواه(?:م|یم)$/.test(W[k].w)) offer = true;
    if (contrast.has(W[k].w) && offer) return k;
  }
  return -1;
}

const READERS = [readNotAvailable, readNotFound, readImpossible, readNegatedAbility, readImpersonal, readPassive, readDeclined, readNotOffered, readObligation, readMust, readBlame, readFault, readDeflection, readMinimising, readDoubt, readRepeating, readNotReturned, readNothingMade, readIdiom, readToldBefore, readReadAgain, readIfYouRead, readStackedApology, readOtherUnit, readNotThatBad, readContradicting, readRhetorical, readSomeoneElse, readCalmDown, readPresumedBlame, readMore];

type Reader = (c: Ctx, j: number) => GenericHit | null;
const isPassiveLemma = (l: string | undefined) => l === 'شدن' || l === 'گردیدن';
/**
 * Each reader's first test, restated as a gate on the word (lib/rewrite/generic/dispatch.fa.ts): a reader runs only at
 * words its gate passes. A gate only widens its reader's own first test (never narrows it); readers without one run at every word.
 */
const GATES = new Map<Reader, FaGate<FaVerb>>([
  // negatedPredicate: a negated verb, or a negated participle of «ماندن».
  [readNotAvailable, { v: (v) => v.negative, w: (w) => { const p = participle(w); return !!p && p.negative && p.lemma === 'ماندن'; } }],
  [readNotFound, { v: (v) => v.lemma === 'شدن' && v.negative }],
  [readImpossible, { w: (w) => IMPOSSIBLE.has(w) || (w.endsWith('ه') && IMPOSSIBLE.has(w.slice(0, -1))) || (w.endsWith('ست') && IMPOSSIBLE.has(w.slice(0, -2))) }],
  [readNegatedAbility, { v: (v) => v.negative && (v.lemma === 'خواستن' || v.lemma === 'توانستن') }],
  [readImpersonal, { v: (v) => v.lemma === 'شدن' && v.negative }],
  [readPassive, { v: (v) => v.negative, w: (w) => { const p = participle(w); return !!p && p.negative && isPassiveLemma(p.lemma); } }],
  [readDeclined, { v: (v) => isPassiveLemma(v.lemma), w: (w) => isPassiveLemma(participle(w)?.lemma) }],
  [readNotOffered, { v: (v) => v.negative && v.tense === 'present' }],
  [readObligation, { w: (w) => OBLIGATION_LIST.some((o) => w.startsWith(o)) || REQUIRED_LIST.some((o) => w.startsWith(o)) }],
  [readMust, { w: (w) => w === 'باید' || w === 'میبایست' || w === 'میبایستی' || w === 'بایستی' }],
  [readFault, { w: (w) => inLex(FAULT_WORDS, w) || w === 'اشتباه' || /^(?:حواس|یاد)(?:تون|تان|ت)$/.test(w) || /^(?:مشکل|ایراد|اشکال|خطا)$/.test(w) }],
  [readBlame, { v: (v) => v.person.person === 2 && v.tense === 'past', w: (w) => !!participle(w) }],
  // readDeflection: «خارج از …», «دستم …», «تصمیمش با …», «بر عهده‌ی …», or «بپرسید» (rwperf22).
  [readDeflection, { w: (w) => w === 'خارج' || w === 'خارجه' || w === 'بر' || /^دست(?:م|مون|مان)?$/.test(w) || /^(?:تصمیم|تصمیمش|اختیارش)$/.test(w), v: (v) => v.lemma === 'پرسیدن' && v.subjunctive && v.person.person === 2 }],
  [readMinimising, { v: (v) => v.person.person === 2, w: (w) => /^(?:بیخیال|بیخیالش|ارزش|ارزشش|ارزششو|ارزششرو)$/.test(w) }],
  [readDoubt, { w: (w) => w === 'بعید' }],
  [readRepeating, { w: (w) => w === 'چند' || w === 'چندین' || w === 'گفته' || /^(?:بهوضوح|بوضوح|کاملاواضح)$/.test(w) }],
  [readNotReturned, { v: (v) => v.negative && /^بر(?:گشتن|گردیدن)$/.test(v.lemma), w: (w) => w.startsWith('بازنمی') && w.length > 8 }],
  [readNothingMade, { w: (w) => w === 'ساخته' }],
  [readIdiom, { w: (w) => idiomStartMemo.remember(w, readIdiomStart).length > 0 }],
  // readToldBefore: «طبق ایمیل قبلی», «بار دومه …», a first-person past verb (of saying), or the passive «… شده (بود/است)».
  [readToldBefore, { w: (w) => /^(?:طبق|مطابق|براساس|بنابر|بار|دفعه|دفعهی|شده|شد|بود|است)$/.test(w), v: (v) => !v.negative && v.tense === 'past' && v.person.person === 1 }],
  [readReadAgain, { v: (v) => !v.negative && v.person.person === 2 }],
  [readIfYouRead, { w: (w) => /^باش(?:ید|ین|ی)$/.test(w) }],
  [readStackedApology, { w: (w) => /^(?:ببخشید|ببخشین|شرمنده|شرمندهام|شرمندم|شرمندهم|شرمندهایم|پوزش|عذرخواهی|معذرت|عذر)$/.test(w) }],
  [readOtherUnit, { w: (w) => w === 'با' }],
  [readNotThatBad, { w: (w) => SO_MUCH.test(w) }],
  [readContradicting, { v: (v) => v.lemma === 'بودن' && v.negative }],
  [readRhetorical, { w: (w) => w === 'توقع' || w === 'انتظار' }],
  [readSomeoneElse, { w: (w) => /^(?:تصمیم|تصمیمش|مسئولیت|مسئولیتش|اختیارش)$/.test(w) }],
  [readCalmDown, { w: (w) => /^(?:مسلط|آروم|آرام|خونسرد|ریلکس)$/.test(w) || CALMER.test(w) }],
  [readPresumedBlame, { w: (w) => PRESUME.has(w) }],
  // readMore: its trigger words, or any verb.
  [readMore, { w: (w) => mayStartMoreWord(w), v: () => true }],
]);
const readersAt = gatedDispatch(READERS as Reader[], GATES);

/** Reads one sentence of the agent's Persian; hits never overlap (the first found keeps its words). */
export const readGenericFa: GenericReader = (sentence, tokens) => {
  if (typeof sentence !== 'string' || !/[\u0600-\u06ff]/.test(sentence)) return [];
  const c = words(sentence, tokens);
  const found: GenericHit[] = [];
  for (let j = 0; j < c.W.length; j++) {
    const x = c.W[j];
    for (const read of readersAt(x.w, x.v, x.form)) {
      const h = read(c, j);
      if (h) {
        found.push(h);
        break;
      }
    }
  }
  // «نمی‌تونیم لغوش کنیم، ولی می‌تونیم مرجوعش کنیم»: a refusal followed by what the agent can do is
  // already the advice's own shape. The last «ولی/اما» with an offer after it (a first-person present or
  // future verb that is not negated) clears every refusal before it.
  const offerFrom = contrastWithOffer(c.W);
  if (offerFrom >= 0) {
    const at = c.W[offerFrom].t.start;
    for (let k = found.length - 1; k >= 0; k--) if (REFUSALS.has(found[k].construction) && found[k].end <= at) found.splice(k, 1);
  }
  // A construction read back from its verb can start before an earlier hit: keep the wider of two that overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GenericHit[] = [];
  for (const h of found) {
    const last = out[out.length - 1];
    if (!last || h.start >= last.end) out.push(h);
    else if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Finglish: Persian written in Latin letters («nemitunim», «emkan nadare», «motasefane»). Such a sentence is read as
// English by the language layer, so the English reader's dispatch calls this one too (lib/rewrite/generic/index.ts).
// ---------------------------------------------------------------------------------------------

/** A cheap first look: a Finglish sentence worth reading holds one of these stems. */
const FINGLISH_PROBE = /\b(?:nemi|dast|kar|sa'?y|saei|sai|talash|aa?roo?m|aaram|khonsard|relax|rilax|ide|dastresi|motmaen|emkan|mot[ae]+s|mota'|tebgh|bayad|baayad|khodet|marbut|marboot|rabt|bedbakht|bad ?bakht|khabar|ett?ela|rastesh|sadeghane|rok|sharmand|shoma)/i;
const FINGLISH_RULES: Array<{ re: RegExp; construction: string; category: Category }> = [
  // «nemitunim», «nemitoonam», «nemitavanim», «nemishe».
  { re: /\bnemi(?:t[ou]+n|tavan)(?:im|am|e|eh|id|in|an|ad)?\b|\bnemi ?sh(?:e|eh|avad)\b/gi, construction: 'negated-ability', category: 'cant-wont' },
  // «emkan nadare», «emkanesh nist», «emkanpazir nist».
  { re: /\bemkan(?:esh|ash)?(?: ?pazir)? (?:nadare|nadarad|nist|nadarim|vojud nadare|vojud nadarad)\b/gi, construction: 'not-available', category: 'cant-wont' },
  // «motasefane», «moteassefane», «mota'asefane».
  { re: /\bmot[ae]'?a?s+[ae]fane?h?\b|\bbad ?bakhtane?h?\b/gi, construction: 'regret-opener', category: 'negative-words' },
  // «tebghe ghavanin», «tebgh-e zavabet».
  { re: /\btebgh(?:-?e)? (?:ghavanin|ghanun|ghanoon|zavabet|moghararat|policy|siasat|raviye|ravie)\b/gi, construction: 'policy-shield', category: 'policy' },
  // «marbut be ma nist», «be ma rabti nadare».
  { re: /\b(?:marbut|marboot) be ma(?:ha)? nist\b|\bbe ma (?:rabti|marbut|marboot) (?:nadare|nist|nadarad)\b|\brabti be ma nadare\b/gi, construction: 'handled-elsewhere', category: 'dismissive' },
  // «nemidunam», «nemidoonim», «khabar nadaram», «ettela'i nadarim»: the agent does not know, in any first person.
  { re: /\bnemid(?:u|oo|o)n(?:am|im)\b|\b(?:khabar|khabari|ett?ela'?i?|ettelaa?'?i?|idea|ideaii|ideai|ideii|ideyi|ide'?i|idea-i|ide-i) nadar(?:am|im)\b/gi, construction: 'not-knowing', category: 'uncertainty' },
  // «rastesh», «rastesho bekhayn», «sadeghane begam», «rok begam»: a candour opener.
  { re: /^\s*rastesh(?:o| ro)?(?: bekha(?:y|h)(?:id|in))?\b|\b(?:sadeghane|rok|rokesho|bi ?taarof) (?:begam|begoyam|arz konam)\b/gi, construction: 'candour-opener', category: 'other' },
  // «marboot be vahed mali mishe», «dastresi nadaram»: someone else's business, out of the agent's reach.
  { re: /\b(?:marbut|marboot) be (?:vahed|bakhsh|team|tim|ghesmat|edare)\b[^,.!?]{0,25}?\b(?:mishe|misheh|e|eh|hast|ast)\b|\bdastresi nadar(?:am|im)\b/gi, construction: 'handled-elsewhere', category: 'dismissive' },
  // «motmaen nistam»: not sure, left at that.
  { re: /\bmotmaen nist(?:am|im)\b/gi, construction: 'not-knowing', category: 'uncertainty' },
  // (rwfa29) «in ghesmat dast-e ma nist»: not in our hands (not «az dast-e ma», a fault not of ours).
  { re: /(?<!\baz )\b(?:dast|kar)(?:-?e)? ma(?:ha)? nist\b/gi, construction: 'handled-elsewhere', category: 'dismissive' },
  // (rwfa29) «Sa'y mikonim …», «talash mikonam …» heading the sentence: an effort where a plan should be (fa-core reads it in
  // Persian letters).
  { re: /^\s*(?:sa'?y|saei|sai|talash) mikon(?:im|am)\b/gi, construction: 'hedged-effort', category: 'uncertainty' },
  // (rwfa29) «aroom bashid», «relax dadash,», «khonsard bash»: the customer told to calm down, heading the sentence.
  { re: /^\s*(?:(?:aa?roo?m|aaram|khonsard|relax|rilax) bash(?:id|in|e)?|relax (?:dadash|dash|dadashi|abji|aji|jan|joon|aziz|azizam|khanoom|khanum|agha|aghaa|rafigh|dooste? man|baba|konid|konin|kon)(?=\s*[,،!]))\b/gi, construction: 'calm-down', category: 'dismissive' },
  // «sharmande vali», «bebakhshid, sharmande»: an apology in front of the news.
  { re: /\bsharmande(?:m|am)?,? (?:vali|ama)\b|\bbebakhshid,? sharmande(?:m|am)?\b/gi, construction: 'over-apology', category: 'over-apology' },
];

/** Persian in Latin letters: refusals, «motasefane», policy heads, «not ours», «bayad … konid», «khodetun … kardin». */
export function readFinglish(sentence: string): GenericHit[] {
  if (typeof sentence !== 'string' || !FINGLISH_PROBE.test(sentence)) return [];
  // A question or a condition is not a refusal: «age nemitunid …», «nemishe …?»; «vaghti» only right before («vaghti
  // nemishe vared shid, …»), not «vaghti ersal shode nemishe …» (once shipped, it can't be: a refusal).
  const conditional = /\b(?:age|ageh|agar|chenanche)\b|\bvaghti\s+(?:\S+\s+)?$/i;
  // «negaran nabashid, hich hazine-i gerefte nemishe»: a reassuring negation.
  // (rwfa26) Not «hich ideaii / khabari nadaram»: «hich» before a knowledge word strengthens the not-knowing.
  const reassuring = /\b(?:negaran|nigaran|khialetun|khiyaletun|khialeton)\b|\bhich\b(?!\s+(?:ide|khabar|ett?ela))/i.test(sentence);
  // (rwfa29) «data-hat pak nemishe», «file-ha hazf nemishe», «hesab-etun masdood nemishe»: a harm that will not happen.
  const harmHeld = /\b(?:ghat|ghat'|masdood|masdud|kasr|jarime)\s+nemi ?sh(?:e|eh|avad)\b|\b(?:data|dade|file|aks|video|etelaat|payam|pm|account|hesab)[a-z-]*\s+(?:[a-z-]+\s+)?(?:pak|hazf)\s+nemi ?sh(?:e|eh|avad)\b/i;
  const out: GenericHit[] = [];
  for (const { re, construction, category } of FINGLISH_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const before = sentence.slice(0, m.index);
      if (construction !== 'regret-opener' && construction !== 'calm-down' && (reassuring || conditional.test(before) || /\?\s*$/.test(sentence))) continue;
      if (construction === 'negated-ability' && harmHeld.test(sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
      // «nemitunam sabr konam»: a feeling, not a refusal.
      if (construction === 'negated-ability' && /^\s*(?:sabr|tasavor|bavar|tashakor)/i.test(sentence.slice(m.index + m[0].length))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, construction, category });
    }
  }
  // «bayad … konid»: an order with a second-person verb after it (not «ma bayad …», not «age …»).
  const must = /\b(?:hatman |hatmanan )?ba+yad(?: hatman(?:an)?)?\b/i.exec(sentence);
  if (must && !conditional.test(sentence.slice(0, must.index)) && !/\b(?:ma|man)\s+$/i.test(sentence.slice(0, must.index)) && /\b[a-z]+(?:id|in)\b/i.test(sentence.slice(must.index + must[0].length))) {
    out.push({ start: must.index, end: must.index + must[0].length, construction: 'customer-obligation', category: 'commands' });
  }
  // «shoma address ro eshtebah vared kardin»: the customer named as the one who got it wrong.
  const wrong = /\bshoma\b[^.,!?]{0,30}?\beshtebah(?:i)?\b[^.,!?]{0,15}?\b[a-z]+(?:din|did|tin|tid)\b/i.exec(sentence);
  // Not «shoma hich eshtebahi nakardin»: cleared.
  if (wrong && !reassuring && !/\bn[ae][a-z]+(?:din|did|tin|tid)$/i.test(wrong[0]) && !conditional.test(sentence.slice(0, wrong.index))) out.push({ start: wrong.index, end: wrong.index + wrong[0].length, construction: 'second-person-blame', category: 'blame' });
  // «khodetun … kardin»: the customer as the one who did it.
  const self = /\bkhod(?:etun|etoon|etan)\b/i.exec(sentence);
  if (self && !conditional.test(sentence.slice(0, self.index))) {
    const after = /^[^.,!?]{0,40}?\b([a-z]+(?:din|did|tin|tid))\b/i.exec(sentence.slice(self.index + self[0].length));
    if (after && !/lotf|mohabat/i.test(after[0])) out.push({ start: self.index, end: self.index + self[0].length + after[0].length, construction: 'second-person-blame', category: 'blame' });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((h, k) => k === 0 || h.start >= out[k - 1].end);
}

// The second Persian pass (lib/rewrite/generic/constructions.fa.ts) reads the same words with the same clause helpers.
/** Word k exists and follows the word before it with no comma or pause between. */
export function faJoined(W: readonly Word[], k: number): boolean {
  return !!W[k] && !W[k].pauseBefore;
}

export { SCAM_FA };
export { words as faWords, contrastWithOffer as faContrastWithOffer, clauseStart as faClauseStart, reassures as faReassures, hit as faHit, inLex as faInLex, BURDEN as FA_BURDEN, CLAUSE_OPENERS as FA_CLAUSE_OPENERS };
export type { Word as FaWord, Ctx as FaCtx };
