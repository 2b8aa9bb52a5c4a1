/**
 * Persian refusal-template matrix (issue 12, seventeenth session, rwtpl10fa): a plain refusal, where only the agent knows
 * the alternative, should get a template that keeps the refusal and leaves a blank for what the agent can do
 * («…، ولی کاری که می‌تونم بکنم اینه که ___», «…، اما آنچه می‌توانیم انجام دهیم این است که ___»), never advice and never an
 * invented offer; a sentence that already gives a way forward (or says there is none, or is a condition or a question)
 * stays advice. Each family is written as its parts (the refused action, the refusal in formal and colloquial persons, the
 * sentence around it) and every combination is generated in four spellings (ZWNJ, none, a space, Arabic ي/ك).
 *
 *   npx tsx scripts/fa-template-matrix.ts              per family: template / advice / none, and templates that read wrong
 *   npx tsx scripts/fa-template-matrix.ts --misses     also list the combinations that miss or read wrong (up to 8 per family)
 *   npx tsx scripts/fa-template-matrix.ts --sample=30  also print N random applied templates (seeded) for a person to read
 *   npx tsx scripts/fa-template-matrix.ts --fam=system one family (substring of its name)
 *
 * "Reads right" is what a program can see: one blank, at the end of the sentence (only a mark or an emoji after it); the
 * draft's words up to the frame kept as written; the frame in the sentence's register (formal «آنچه … این است که», colloquial
 * «کاری که … اینه که») and the agent's person (نمی‌تونم → می‌تونم, نمی‌تونیم → می‌تونیم); no doubled «ولی/اما» in one
 * sentence; «می» joined as the writer joins it; Arabic ي/ك where the writer types them; no stray punctuation.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { faRegister } from '../lib/nlp/index.ts';
import { applyAll, suggestRewrites, type Suggestion } from '../lib/rewrite/index.ts';
import { SPELLINGS } from './fa-matrix.ts';

type Reg = 'formal' | 'colloquial';
type Person = '1s' | '1p' | 'none';
type Want = 'template' | 'advice';

interface Family {
  name: string;
  reg: Reg;
  /** The agent's person the frame must take (none: impersonal; a formal impersonal takes «می‌توانیم»). */
  person: Person;
  want: Want;
  /** With [[ ]] around the refusal; {slots} from `slots`. */
  pattern: string;
  slots: Record<string, readonly string[]>;
}

export interface TemplateRow {
  family: string;
  want: Want;
  reg: Reg;
  person: Person;
  text: string;
  kind: 'template' | 'advice' | 'rewrite' | 'none';
  applied: string;
  rule: string;
  wrong: string[];
}

function expand(pattern: string, slots: Record<string, readonly string[]>): string[] {
  const names = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n, i, a) => a.indexOf(n) === i);
  let out = [pattern];
  for (const n of names) {
    const vals = slots[n];
    if (!vals) throw new Error(`no slot ${n}`);
    out = out.flatMap((p) => vals.map((v) => p.split(`{${n}}`).join(v)));
  }
  return out.map((s) => s.replace(/ {2,}/g, ' ').replace(/ (?=[،.؛!؟\]])/g, '').replace(/\[\[ /g, '[[').replace(/ \]\]/g, ']]').trim());
}

// ---- parts -------------------------------------------------------------------------------------------------------------
/** Refused actions as nouns (formal). */
const ACT_F = ['لغو سفارش پس از ارسال', 'تغییر نام مسافر در بلیت صادرشده', 'استرداد وجه کارت هدیه', 'تمدید مهلت پرداخت قسط', 'ویرایش اطلاعات پس از ثبت نهایی'];
/** Refused actions as nouns (colloquial). */
const ACT_C = ['کنسل کردن سفارش بعد از ارسال', 'عوض کردن اسم رو بلیت', 'پس دادن پول کارت هدیه', 'تمدید قسط', 'ویرایش اطلاعات بعد از ثبت'];
/** Objects and verbs of a personal refusal: [object, formal subjunctive stem, colloquial subjunctive stem]. */
const OBJ_F = ['سفارش شما را', 'نام مسافر را', 'مبلغ کارت هدیه را', 'مهلت پرداخت را'];
const OBJ_C = ['سفارشتون رو', 'اسم مسافر رو', 'پول کارت هدیه رو', 'مهلت قسط رو'];
const V_F_1S = ['لغو کنم', 'تغییر دهم', 'بازگردانم', 'تمدید کنم'];
const V_F_1P = ['لغو کنیم', 'تغییر دهیم', 'بازگردانیم', 'تمدید کنیم'];
const V_C_1S = ['کنسل کنم', 'عوض کنم', 'برگردونم', 'تمدید کنم'];
const V_C_1P = ['کنسل کنیم', 'عوض کنیم', 'برگردونیم', 'تمدید کنیم'];
/** The sentence around: a formal or a colloquial opener, and what may follow the refusal (a reason, nothing). */
const OPEN_F = ['', 'با سلام،', 'مشتری گرامی،', 'ضمن عرض سلام،'];
const OPEN_C = ['', 'سلام،', 'سلام عزیزم،', 'ببینید'];
const TAIL_F = ['.', '، زیرا سفارش از انبار خارج شده است.', ' چون فرایند آن در سامانه به پایان رسیده است.'];
const TAIL_C = ['', '.', ' چون سفارش از انبار رفته', '، سفارش از انبار رفته 🙏'];
/** A way forward after the refusal: the sentence must stay advice. */
const WAY_F = ['، لطفاً از طریق سایت اقدام فرمایید.', '؛ در صورت تمایل، استرداد از طریق همین سامانه قابل انجام است.', ' و درخواست شما به واحد مالی ارجاع شد.', '، می‌توانید حضوری به شعبه مراجعه کنید.'];
const WAY_C = ['، ولی شکایتتون ثبت شد', '، فقط از طریق اپ انجام میشه', '، میتونید حضوری برید شعبه', '، لطفا از سایت اقدام کنین', '، دارم از انبار میپرسم'];
const NOTHING = ['، کاری از دست ما برنمیاد', '، دست ما بسته‌ست', '، هیچ کاری نمیشه کرد'];

export const FAMILIES: readonly Family[] = [
  // ---- refusal, impersonal ----
  { name: 'refusal: formal impersonal', reg: 'formal', person: 'none', want: 'template', pattern: '{open} {act} [[{neg}]]{tail}', slots: { open: OPEN_F, act: ACT_F, neg: ['امکان‌پذیر نمی‌باشد', 'مقدور نیست', 'میسر نمی‌باشد', 'انجام نمی‌شود', 'پذیرفته نمی‌شود', 'قابل انجام نیست'], tail: TAIL_F } },
  { name: 'refusal: colloquial impersonal', reg: 'colloquial', person: 'none', want: 'template', pattern: '{open} {act} [[{neg}]]{tail}', slots: { open: OPEN_C, act: ACT_C, neg: ['نمیشه', 'نمی‌شه', 'امکانش نیست', 'انجام نمیشه', 'قبول نمیشه'], tail: TAIL_C } },
  // ---- refusal, personal ----
  { name: 'refusal: formal 1s', reg: 'formal', person: '1s', want: 'template', pattern: '{open} {obj} [[نمی‌توانم {v}]]{tail}', slots: { open: OPEN_F, obj: OBJ_F, v: V_F_1S, tail: TAIL_F } },
  { name: 'refusal: formal 1p', reg: 'formal', person: '1p', want: 'template', pattern: '{open} {obj} [[نمی‌توانیم {v}]]{tail}', slots: { open: OPEN_F, obj: OBJ_F, v: V_F_1P, tail: TAIL_F } },
  { name: 'refusal: colloquial 1s', reg: 'colloquial', person: '1s', want: 'template', pattern: '{open} {obj} [[نمی‌تونم {v}]]{tail}', slots: { open: OPEN_C, obj: OBJ_C, v: V_C_1S, tail: TAIL_C } },
  { name: 'refusal: colloquial 1p', reg: 'colloquial', person: '1p', want: 'template', pattern: '{open} {obj} [[نمی‌تونیم {v}]]{tail}', slots: { open: OPEN_C, obj: OBJ_C, v: V_C_1P, tail: TAIL_C } },
  { name: 'refusal: colloquial 1p «انجام نمی‌دیم»', reg: 'colloquial', person: '1p', want: 'template', pattern: '{open} {act} رو [[{neg}]]{tail}', slots: { open: OPEN_C, act: ACT_C, neg: ['انجام نمی‌دیم', 'قبول نمی‌کنیم'], tail: TAIL_C } },
  // ---- the system refuses ----
  { name: 'system: formal, agent 1s', reg: 'formal', person: '1s', want: 'template', pattern: '{open} [[{sys} اجازه نمی‌دهد]] {obj} {v}{tail}', slots: { open: OPEN_F, sys: ['سیستم', 'سامانه'], obj: OBJ_F, v: V_F_1S, tail: TAIL_F } },
  { name: 'system: formal, no person', reg: 'formal', person: 'none', want: 'template', pattern: '{open} [[{sys} امکان {act} را نمی‌دهد]]{tail}', slots: { open: OPEN_F, sys: ['سیستم', 'سامانه'], act: ['ویرایش اطلاعات', 'ثبت‌نام مجدد', 'تغییر آدرس'], tail: TAIL_F } },
  { name: 'system: colloquial, agent 1s', reg: 'colloquial', person: '1s', want: 'template', pattern: '{open} [[سیستم {sysneg}]] {obj} {v}{tail}', slots: { open: OPEN_C, sysneg: ['اجازه نمیده', 'اجازه نمی‌ده', 'نمیذاره'], obj: OBJ_C, v: V_C_1S, tail: TAIL_C } },
  // ---- not my department ----
  { name: 'not-my-dept: formal', reg: 'formal', person: 'none', want: 'template', pattern: '{open} {topic} [[{neg}]]{tail}', slots: { open: OPEN_F, topic: ['رسیدگی به اعتراض شما', 'پیگیری خسارت محموله', 'بررسی اختلاف حساب'], neg: ['در حیطه وظایف این واحد نمی‌باشد', 'به واحد ما مربوط نمی‌شود', 'از عهده این دفتر خارج است', 'در حیطه وظایف این واحد نیست'], tail: ['.'] } },
  { name: 'not-my-dept: colloquial', reg: 'colloquial', person: '1p', want: 'template', pattern: '{open} {topic} [[{neg}]]{tail}', slots: { open: OPEN_C, topic: ['این', 'گارانتی گوشی', 'قطعی اینترنت'], neg: ['به ما مربوط نیست', 'به واحد ما مربوط نمیشه', 'به ما مربوط نمی‌شه'], tail: ['', '.'] } },
  // ---- not knowing ----
  { name: 'not-knowing: formal', reg: 'formal', person: 'none', want: 'template', pattern: '{open} در خصوص {q}، [[{neg}]]{tail}', slots: { open: OPEN_F, q: ['زمان واریز خسارت', 'زمان ارسال مرسوله', 'علت برگشت تراکنش'], neg: ['اطلاعی در دست نیست', 'در حال حاضر اطلاعی در دست نیست', 'اطلاع دقیقی در دست نیست'], tail: ['.'] } },
  { name: 'not-knowing: formal 1s', reg: 'formal', person: '1s', want: 'template', pattern: '{open} {who} از {q} [[اطلاعی ندارم]].', slots: { open: OPEN_F, who: ['بنده', 'اینجانب'], q: ['زمان واریز خسارت', 'زمان دقیق رسیدگی به اعتراض شما', 'سقف پوشش قرارداد شما'] } },
  // ---- time refusal ----
  { name: 'time-refusal: formal', reg: 'formal', person: 'none', want: 'template', pattern: '{open} {act} [[{time} {neg}]].', slots: { open: OPEN_F, act: ['اعلام نتیجه', 'تشکیل جلسه رسیدگی', 'صدور کارت جدید'], time: ['پیش از پایان هفته آینده', 'تا پایان ماه'], neg: ['انجام نخواهد شد', 'اعلام نخواهد شد'] } },
  { name: 'time-refusal: colloquial', reg: 'colloquial', person: 'none', want: 'template', pattern: '{open} {act} [[{time} {neg}]]{tail}', slots: { open: OPEN_C, act: ['کوک پیانو', 'نصب کولر', 'تعمیر گوشیتون'], time: ['تا شنبه', 'تا ماه بعد', 'تا آخر هفته'], neg: ['نمیشه', 'نمی‌شه'], tail: ['', '، استاد رفته شهرستان', '.'] } },
  // ---- regret and apology before the refusal ----
  { name: 'regret + refusal: formal', reg: 'formal', person: 'none', want: 'template', pattern: '{open} [[متأسفانه]] {act} [[{neg}]].', slots: { open: OPEN_F, act: ACT_F, neg: ['انجام نمی‌شود', 'پذیرفته نمی‌شود'] } },
  { name: 'but before: colloquial 1s (own sentence)', reg: 'colloquial', person: '1s', want: 'template', pattern: '{sorry} ولی {obj} [[نمی‌تونم {v}]]{tail}', slots: { sorry: ['ببخشید', 'شرمنده', 'خیلی دوست داشتم کمک کنم'], obj: OBJ_C, v: V_C_1S, tail: ['', '.'] } },
  // ---- wider forms of each family (written from the language, not from a split) ----
  { name: 'wide: formal refusal forms', reg: 'formal', person: 'none', want: 'template', pattern: '{open} [[{neg}]].', slots: { open: ['با سلام،', 'مشتری گرامی،', ''], neg: ['امکان استرداد وجه وجود ندارد', 'قادر به تمدید اشتراک شما نیستیم', 'استرداد این کالا مقدور نمی‌باشد', 'تغییر مقصد پس از صدور بلیت میسر نیست', 'این درخواست قابل انجام نیست', 'درخواست شما پذیرفته نمی‌شود', 'کالای استفاده‌شده پس گرفته نمی‌شود', 'هزینه ارسال بازگردانده نمی‌شود', 'صدور المثنی از طریق تلفن انجام نمی‌گیرد', 'ما امکان ارسال به خارج از کشور را نداریم'] } },
  { name: 'wide: colloquial refusal forms', reg: 'colloquial', person: '1p', want: 'template', pattern: '{open} [[{neg}]]{tail}', slots: { open: ['سلام،', 'ببینید', ''], neg: ['پولشو نمی‌تونیم برگردونیم', 'کالای باز شده رو پس نمی‌گیریم', 'ارسال به شهرستان انجام نمی‌دیم', 'تخفیف روی این محصول نمی‌دیم', 'این کارو نمی‌تونیم براتون بکنیم', 'سفارش تلفنی قبول نمی‌کنیم', 'ما دیگه این مدلو نمی‌فروشیم'], tail: ['', '.', ' 🙏'] } },
  { name: 'wide: not-my-dept forms', reg: 'formal', person: 'none', want: 'template', pattern: '{open} [[{neg}]].', slots: { open: ['با سلام،', ''], neg: ['این موضوع در حیطه وظایف این واحد نیست', 'رسیدگی به این شکایت از عهده این دفتر خارج است', 'این مورد به واحد پشتیبانی مربوط نمی‌شود', 'مسئولیت این موضوع با این واحد نیست', 'بررسی این مورد خارج از حیطه اختیارات ما است'] } },
  { name: 'wide: not-knowing forms', reg: 'colloquial', person: '1s', want: 'template', pattern: '{open} [[{neg}]]{tail}', slots: { open: ['سلام،', 'والا', ''], neg: ['نمی‌دونم کی بسته‌تون می‌رسه', 'از زمان ارسال خبر ندارم', 'نمیدونم چرا تراکنشتون برگشت خورده', 'در مورد قیمت جدید خبری ندارم'], tail: ['', '.'] } },
  { name: 'wide: time refusal forms', reg: 'colloquial', person: 'none', want: 'template', pattern: '{open} [[{neg}]]{tail}', slots: { open: ['سلام،', 'شرمنده،', ''], neg: ['سفارشتون قبل از عید نمی‌رسه', 'تعمیرش تا ماه بعد نمیشه', 'تا آخر هفته تحویل نمیشه'], tail: ['', '.', '، انبار تعطیله'] } },
  { name: 'policy + refusal: formal', reg: 'formal', person: 'none', want: 'template', pattern: '[[{head}]] {act} [[{neg}]].', slots: { head: ['طبق مقررات شرکت،', 'بر اساس ضوابط داخلی،', 'مطابق دستورالعمل‌های بانک،', 'طبق مقررات،'], act: ACT_F, neg: ['انجام نمی‌شود', 'پذیرفته نمی‌شود', 'امکان‌پذیر نمی‌باشد', 'انجام نمی‌گیرد'] } },
  { name: 'policy + refusal: colloquial', reg: 'colloquial', person: 'none', want: 'template', pattern: '[[{head}]] {act} [[{neg}]]{tail}', slots: { head: ['قانونمون اینه که', 'سیاست شرکت اینه که'], act: ACT_C, neg: ['نداریم', 'نمیشه', 'انجام نمیشه'], tail: ['', '، شرمنده'] } },
  // ---- look-alikes: must stay advice ----
  { name: 'look-alike: an alternative after («در عوض», «به‌جاش», «می‌تونید»)', reg: 'colloquial', person: '1p', want: 'advice', pattern: '{act} [[{neg}]]{alt}', slots: { act: ACT_C, neg: ['نمیشه', 'انجام نمی‌دیم'], alt: ['، در عوض یه کد تخفیف براتون فعال کردم', '، به‌جاش می‌تونید تعویضش کنید', '، می‌تونم براتون مرجوعش کنم', '؛ لطفاً از سایت اقدام کنین', '، باید رسیدشو بیارید'] } },
  { name: 'look-alike: reassurance (no refusal)', reg: 'colloquial', person: 'none', want: 'advice', pattern: '{x}', slots: { x: ['نگران نباشید، هیچ هزینه‌ای از حسابتون کسر نمیشه.', 'تا پایان ماه اشتراکتون قطع نمیشه.', 'ما هرگز رمز شما رو درخواست نمی‌کنیم.', 'مشکل اصلاً از طرف شما نبود.', 'نیازی به ارسال مدارک نیست.'] } },
  { name: 'look-alike: formal refusal + way forward', reg: 'formal', person: 'none', want: 'advice', pattern: '{open} {act} [[{neg}]]{way}', slots: { open: OPEN_F, act: ACT_F, neg: ['انجام نمی‌شود', 'پذیرفته نمی‌شود', 'در حیطه وظایف این واحد نمی‌باشد'], way: WAY_F } },
  { name: 'look-alike: colloquial refusal + way forward', reg: 'colloquial', person: '1s', want: 'advice', pattern: '{open} {obj} [[{neg} {v}]]{way}', slots: { open: OPEN_C, obj: OBJ_C, neg: ['نمی‌تونم', 'نمیتونم'], v: V_C_1S, way: WAY_C } },
  { name: 'look-alike: system + way forward', reg: 'colloquial', person: '1s', want: 'advice', pattern: '[[سیستم اجازه نمیده]] {obj} {v}{way}', slots: { obj: OBJ_C, v: V_C_1S, way: ['، مالک باید حضوری بیاد', '، میتونید از سایت اقدام کنید', '، لطفا با پشتیبانی بانک تماس بگیرید'] } },
  { name: 'look-alike: not-my-dept + redirect', reg: 'colloquial', person: '1p', want: 'advice', pattern: '{topic} [[به ما مربوط نیست]]{way}', slots: { topic: ['این', 'گارانتی گوشی'], way: ['، از خود فروشنده بپرسین', '، اینو باید فرودگاه جواب بده', '، لطفا با شرکت گارانتی تماس بگیرید'] } },
  { name: 'look-alike: not-knowing + action under way', reg: 'colloquial', person: '1s', want: 'advice', pattern: '[[نمیدونم چرا]] {x}{way}', slots: { x: ['رستوران سفارشتون رو رد کرده', 'تراکنشتون برگشت خورده'], way: ['، دارم از خودشون میپرسم', '، پیگیرش هستم', '، موضوع به واحد مالی ارجاع شد'] } },
  { name: 'look-alike: nothing can be done', reg: 'colloquial', person: '1p', want: 'advice', pattern: '{act} [[{neg}]]{nothing}', slots: { act: ACT_C, neg: ['نمیشه', 'انجام نمیشه'], nothing: NOTHING } },
  { name: 'look-alike: condition or question', reg: 'colloquial', person: '1s', want: 'advice', pattern: '{shape}', slots: { shape: ['اگه تا فردا سفارشتون [[کنسل نشد]]، خبرم کنین', 'اگر [[امکان‌پذیر نبود]]، مبلغ بازگردانده می‌شود.', 'یعنی واقعاً [[نمیشه]] سفارش رو کنسل کرد؟', 'چرا [[سیستم اجازه نمیده]] آدرس رو عوض کنم؟'] } },
];

// ---- reading a template as applied ------------------------------------------------------------------------------------
const FRAME_FORMAL = /آنچه\s?می[\u200c ]?توان(?:م|یم)\s+انجام\s+دهی?م\s+این\s+است\s+که/;
const FRAME_COLLOQ = /کاری\s+که\s+(?:می[\u200c ]?تون(?:م|یم)\s+بکنی?م|می[\u200c ]?شه\s+کرد)\s+اینه\s+که/;
const fold = (s: string) => s.replace(/ي/g, 'ی').replace(/ك/g, 'ک');

function readTemplate(draft: string, s: Suggestion, f: Family): string[] {
  const out: string[] = [];
  const rep = s.replacements[0] ?? '';
  const applied = applyAll(draft, [s]);
  if ((rep.match(/___/g) ?? []).length !== 1) out.push('blanks');
  // After the blank: only marks, spaces, emoji (the sentence's end).
  const afterBlank = applied.slice(applied.indexOf('___') + 3).split(/[.!؟?\n]/)[0];
  // The not-knowing templates keep the question after their blank by design («فعلاً خبر دقیقی نیست و ___ تا مشخص بشه کی …»).
  if (/[\p{L}\p{N}]/u.test(afterBlank) && !/^\s*تا\s+مشخص\s+(?:بشه|شود)/.test(afterBlank)) out.push('blank-mid-sentence');
  // The draft kept up to the frame (the refusal stays a refusal).
  if (!rep.startsWith(s.original) && !/^[،,]?\s*(?:ولی|اما)\s+___/.test(rep.slice(s.original.length))) {
    // A pack template that rewrites the refused words keeps its own frame: only the blank's place is read.
  }
  const fr = fold(rep);
  const hasOur = FRAME_FORMAL.test(fr) || FRAME_COLLOQ.test(fr.replace(/\u200c/g, ' ').replace(/می ?تون/g, 'می‌تون').replace(/\u200c/g, ' ')) || FRAME_COLLOQ.test(fr);
  if (hasOur) {
    const formal = FRAME_FORMAL.test(fr.replace(/می(?=توان)/g, 'می‌'));
    // A draft that shows no register («گارانتی گوشی به ما مربوط نیست») takes either frame.
    if (faRegister(draft) && formal !== (f.reg === 'formal')) out.push(`register:${f.reg}-got-${formal ? 'formal' : 'colloquial'}`);
    const person = /(?:توانم|تونم)\s/.test(fr.replace(/\u200c/g, ' ')) ? '1s' : /(?:توانیم|تونیم)\s/.test(fr.replace(/\u200c/g, ' ')) ? '1p' : 'none';
    const want = f.person === 'none' && f.reg === 'formal' ? '1p' : f.person;
    if (person !== want && !(f.person === 'none' && person !== '1s')) out.push(`person:${want}-got-${person}`);
    if (f.person !== 'none' && person === 'none') out.push('person:lost');
  }
  const buts = (applied.split(/[.!؟?\n]/).find((x) => x.includes('___')) ?? '').match(/(?:^|\s)(?:ولی|اما)(?=\s)/g) ?? [];
  if (buts.length > 1) out.push('double-but');
  if (/[،,]\s*[،,.]|\s[،.]|\.\s*\.|؛\s*[،,]/.test(applied) && !/[،,]\s*[،,.]|\s[،.]|\.\s*\.|؛\s*[،,]/.test(draft)) out.push('punctuation');
  // «می» joined as the writer joins it; Arabic letters as the writer types them.
  if (!draft.includes('\u200c') && /(?:^|\s)ن?می[\u200c ]?[تشک]/.test(draft) && !/(?:^|\s)ن?می[\u200c ]/.test(draft) && /می\u200c/.test(rep)) out.push('spelling:zwnj');
  if (draft.includes('ي') && !draft.includes('ی') && /ی/.test(rep)) out.push('spelling:arabic-yeh');
  return out;
}

export function runTemplateMatrix(opts: { fam?: string } = {}): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const f of FAMILIES) {
    if (opts.fam && !f.name.includes(opts.fam)) continue;
    const marked = expand(f.pattern, f.slots);
    marked.forEach((m, i) => {
      for (const spell of SPELLINGS) {
        const w = spell(m);
        const spans: Array<[number, number]> = [];
        let text = '';
        let k = 0;
        for (const mm of w.matchAll(/\[\[(.*?)\]\]/g)) {
          text += w.slice(k, mm.index);
          spans.push([text.length, text.length + mm[1].length]);
          text += mm[1];
          k = (mm.index ?? 0) + mm[0].length;
        }
        text += w.slice(k);
        const sug = suggestRewrites(text, builtinPacks);
        // The suggestion over the last marked span (the refusal).
        const [a, b] = spans[spans.length - 1] ?? [0, text.length];
        // (or, when the refusal itself is not flagged, over another marked span: a policy head whose template keeps the refusal)
        const s = sug.find((x) => x.flagged.start < b && a < x.flagged.end) ?? sug.find((x) => spans.some(([c, d]) => x.flagged.start < d && c < x.flagged.end));
        const kind = s ? (s.kind as TemplateRow['kind']) : 'none';
        const applied = s && s.kind === 'template' ? applyAll(text, [s]) : text;
        const wrong = s && s.kind === 'template' ? readTemplate(text, s, f) : [];
        rows.push({ family: f.name, want: f.want, reg: f.reg, person: f.person, text, kind, applied, rule: s ? `${s.ruleId}` : '', wrong });
      }
      void i;
    });
  }
  return rows;
}

/** A small seeded generator, so a sample is the same on every run. */
function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function main(argv: readonly string[]): void {
  const fam = argv.find((a) => a.startsWith('--fam='))?.slice(6);
  const sample = Number(argv.find((a) => a.startsWith('--sample='))?.slice(9) ?? 0);
  const rows = runTemplateMatrix({ fam });
  const by = new Map<string, TemplateRow[]>();
  for (const r of rows) by.set(r.family, [...(by.get(r.family) ?? []), r]);
  let ok = 0;
  let wrong = 0;
  let total = 0;
  for (const [name, rs] of by) {
    const n = (k: string) => rs.filter((r) => r.kind === k).length;
    const w = rs.filter((r) => r.wrong.length).length;
    // A built-in rewrite that says the refusal better («این مورد خارج از خدمات ماست») is as good as a template.
    const good = rs.filter((r) => (r.want === 'template' ? (r.kind === 'template' || r.kind === 'rewrite') && !r.wrong.length : r.kind !== 'template')).length;
    ok += good;
    wrong += w;
    total += rs.length;
    console.log(`${good === rs.length ? 'ok ' : '-- '} ${name}: want ${rs[0].want}; template ${n('template')}, advice ${n('advice')}, rewrite ${n('rewrite')}, none ${n('none')} of ${rs.length}; read wrong ${w}`);
    if (argv.includes('--misses')) {
      const bad = rs.filter((r) => (r.want === 'template' ? (r.kind !== 'template' && r.kind !== 'rewrite') || r.wrong.length : r.kind === 'template'));
      for (const r of bad.slice(0, 8)) console.log(`     ${r.kind} ${r.rule} ${r.wrong.join(',')} :: ${r.text}${r.kind === 'template' ? `\n        -> ${r.applied}` : ''}`);
    }
  }
  console.log(`\nall: as wanted ${ok}/${total}; templates read wrong ${wrong}`);
  if (sample > 0) {
    const rnd = seeded(17);
    const t = rows.filter((r) => r.kind === 'template');
    console.log(`\n${sample} random applied templates (of ${t.length}):`);
    for (let k = 0; k < sample && t.length; k++) {
      const r = t[Math.floor(rnd() * t.length)];
      console.log(`${k + 1}. [${r.family}] ${r.applied}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
