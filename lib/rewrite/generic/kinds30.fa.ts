/**
 * Persian kinds of the thirtieth session (rwfa30), named from late29's misses where the same kind recurs on late28 and
 * late27, written out first as look-alikes of their own (scripts/fa-kinds30-matrix.ts: other trades, both registers,
 * regional turns, Finglish, close contrasts), then read here over the language layer's words. Advice from the generic
 * reader, gated on the first word (kinds30MayStart); the Finglish forms in readFinglish30 (lib/rewrite/generic/index.ts).
 *
 *  - **the rule as the whole reason, after a comma** (`policy-shield`): «…، قانون فروشگاهه دیگه», «…، سیاست بانکه دیگه»,
 *    «…، قانونشه دیگه». kinds19's readPolicyIs reads these at the sentence's start only (its joined-word test fails on the
 *    word right after a comma); here the same shape after a comma, and the Shirazi copula «باشگاس»;
 *  - **did I write the rule?** (`rhetorical-question` / `deflection`): «مگه من نوشتمش؟», «من که از خودم قانون درنیاوردم»;
 *  - **told you already, as a reproach** (`repeating-myself`): a first person + «که» + a first-person past of saying or
 *    writing («ما که گفتیم …», «مو که دیروز تو پیامم نوشتم»), or a past perfect of it with «هم» or a place it was written
 *    («ما دیروز هم همین را به شما نوشته بودیم», «تو کپشن پست نوشته بودیم»). Not a promise after it («من که گفتم کمکتون
 *    می‌کنم»), not the agent's own slip or an apology, not a condition, not told to a colleague;
 *  - **«حواست باشه»** (`customer-obligation`): the singular and formal forms of the warning order fa-core reads as
 *    «حواستون باشه» (not with «لطفاً», not a condition or a question, not «حواسم هست»);
 *  - **not ours, regionally and «we are X, not Y»** (`deflection`): «دست / کار مو نیست» (Shirazi, Bushehri «مو» for «من»);
 *    «ما آژانسیم نه دفتر اشیای گمشده», «اینجا نانواییه نه قنادی»: the business named against another business (not a day
 *    or a place: «ما تهرانیم نه کرج»), not «نه تنها»;
 *  - **it's nothing / obviously** (`minimising`, `talking-down`): «چیزی نیست که» closing its clause (not «چیزی نیست که
 *    نتونیم درستش کنیم»), formal «معلوم است دیگر»;
 *  - **in fairness, bluntly** (`candour-opener`): «انصافاً» opening a verdict (kinds28 reads it only before a negation in its
 *    first clause); quiet before thanks, praise or the customer's right («انصافاً حق با شماست»); «رک بهت / بهتون بگم»,
 *    «به صراحت عرض می‌کنم / می‌شود»;
 *  - **you got it wrong, Shirazi** (`second-person-blame`): «اشتب» (for «اشتباه») + a second-person past;
 *  - **you should have, colloquial** (`should-have`): «باید زودتر میاوردینش» («باید» + sooner + a second-person past
 *    progressive), «اگه … یه نگاه می‌انداختید، الان …» (a second-person past progressive in the condition and a main clause of
 *    «الان» or of what would not have happened; not a polite «اگه لطف می‌کردید …، ممنون می‌شدم»);
 *  - **regret as the opener** (`regret-opener`): «حیف،», «افسوس،» in a clause of their own, «متأسفم که بگم» (not «حیف شد که …»);
 *  - **the system errs, greyed out for me** (`system-blocks`): «سامانه در حال حاضر خطا می‌دهد» (words between; fa-core reads
 *    it adjacent), «دکمه … برای من غیرفعال است»;
 *  - **no big task** (`minimising`): «این کار کلان نیست (Dari) / کار بزرگی نیست، فقط … پر کنید» with the customer's task after
 *    it (not the agent's glad offer);
 *  - **no longer stocked** (`not-offered`): «دیگه / دِگه نمیاریم(ش)» (the colloquial stem the language layer does not read);
 *  - **it won't explode** (`minimising`): «ماشین که منفجر نمیشه», «گوشی که آتیش نمی‌گیره»: the customer's worry waved off;
 *  - **a rule cited before a charge** (`policy-shield`): «وفق / طبق بند ۷ آیین‌نامه‌ی …، … مشمول هزینه می‌باشد», «با توجه به
 *    قوانین ۵۰ درصد …» (a charge, a cut, «فقط» or a negation after it; not a rule that gives or spares);
 *  - **Azeri turns**: «بیلمیرم» (`not-knowing`), «باغیشلا، شرمنده‌ام» (`over-apology`).
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';
import { apartHits, finglishTableHits, registerFinglishTables, type FinglishKind } from './breadth27.fa.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;
/** Word k closes its clause: the end, a stop, a comma or a mark after it. */
const endsAfter = (W: readonly FaWord[], k: number): boolean => !W[k + 1] || W[k + 1].pauseBefore || W[k + 1].markBefore;
const ADDRESS = /^(?:آقا|خانم|خانوم|عزیزم|عزیزُم|عزیز|داداش|برادر|خواهر|جان|قربان|بابا|کاکو|عمو|گلم|گلُم|فداتشم|قربونت|خیو|دادا|آبجی)$/;
/** Word j opens its clause: the sentence's start, a pause before it, or one or two address words before it. */
function opensClause(W: readonly FaWord[], j: number): boolean {
  if (j === 0 || W[j].pauseBefore || W[j].markBefore) return true;
  for (let i = j - 1, n = 0; i >= 0; i--, n++) {
    if (n >= 2 || !ADDRESS.test(W[i].w)) return false;
    if (i === 0 || W[i].pauseBefore || W[i].markBefore) return true;
  }
  return false;
}
const ME = /^(?:من|ما|مو|بنده|منم)$/;

// ---------------- the rule as the whole reason, after a comma ----------------

const POLICY = /^(?:قانون|قوانین|سیاست|سیاستهای|مقررات|ضوابط|پالیسی|دستورالعمل|رویه|روال)$/;
const POLICY_IS = /^(?:قانونه|قوانینه|مقرراته|ضوابطه|سیاسته|پالیسیه|دستورالعمله|روالشه|قانونشه|قانونمونه|قانونمه)$/;
const ORG = /^(?:بانک|شرکت|فروشگاه|سازمان|اداره|دانشگاه|باشگاه|مجموعه|سایت|هتل|بیمه|ایرلاین|اپ|مدیریت|پیج|کلینیک|آموزشگاه|مدرسه)$/;
const COPULA = /^(?:است|هست|میباشد|هستش)$/;
/** An owner with the colloquial copula on it: «فروشگاهه», «بانکه», «پیجه», Shirazi «باشگاس»; not an adjective. */
const ownerIs = (x: FaWord): boolean => x.w.length >= 4 && !x.v && /(?:ه|اس|است)$/.test(x.w) && !/^(?:مربوطه|جدیده|فوقالذکر|قبلیه|دیگه|همینه|اینه)$/.test(x.w);
/** A tag or address closing the clause after word k. */
const closes = (W: readonly FaWord[], k: number): boolean => endsAfter(W, k) || (/^(?:دیگه|دیگر)$/.test(W[k + 1].w) && endsAfter(W, k + 1)) || (ADDRESS.test(W[k + 1].w) && endsAfter(W, k + 1));

function readPolicyAfterComma(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // The sentence's first word is kinds19's; here only a clause opened by a comma or a mark.
  if (c.question || j === 0 || !(W[j].pauseBefore || W[j].markBefore) || W[j].stopBefore) return null;
  if (POLICY_IS.test(W[j].w)) return closes(W, j) && !conditional(W, j) ? faHit(W, j, j, 'policy-shield', 'policy') : null;
  if (!POLICY.test(W[j].w)) return null;
  const k = j + 1;
  let end = -1;
  if (at(W, k, ORG) && at(W, k + 1, COPULA)) end = k + 1;
  else if (faJoined(W, k) && ownerIs(W[k])) end = k;
  if (end < 0 || !closes(W, end) || conditional(W, j)) return null;
  return faHit(W, j, end, 'policy-shield', 'policy');
}

const THIS_IS = /^(?:اینه|اینست)$/;
/** A must or a mandate in the rest of the sentence; a gift or the customer's satisfaction clears it. */
const MUST30 = /^(?:باید|بایستی|اجباری|اجباریه|الزامی|الزامیه|حتما|حتماً|ملزم|موظف|موظفید|موظفین)$/;
const GIVES30 = /^(?:راضی|رضایت|رایگان|رایگانه|مجانی|خودمون|خودمان|هدیه|هدیهی|هدیهها|تخفیف|میتونید|میتوانید|میتونین)$/;

/** «سیاست آموزشگاه اینه که شهریه باید …», «قانون باشگاه اینه که … اجباریه»: the rule with a must after it (kinds4 reads «فقط», a negation). */
function readPolicyMust(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !POLICY.test(W[j].w) || !opensClause(W, j)) return null;
  let k = j + 1;
  if (at(W, k, ORG) || (faJoined(W, k) && /^(?:ما|مون|شرکت)$/.test(W[k].w))) k++;
  if (!at(W, k, THIS_IS) || !at(W, k + 1, /^که$/)) return null;
  let must = false;
  for (let m = k + 2; m < W.length && !W[m].stopBefore; m++) {
    if (GIVES30.test(W[m].w)) return null;
    if (MUST30.test(W[m].w)) must = true;
  }
  return must && !conditional(W, j) ? faHit(W, j, k, 'policy-shield', 'policy') : null;
}

/**
 * «مقررات آموزش‌وپرورش همینه، مگه من نوشتمش؟»: kinds2 reads «… همینه» in a sentence that asks nothing; here the same rule
 * when the question after it is only the agent's «مگه …» (read by readDidIWriteIt).
 */
function readPolicySoAsked(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!c.question || !POLICY.test(W[j].w) || !opensClause(W, j)) return null;
  for (let k = j + 1; k <= Math.min(W.length - 1, j + 3); k++) {
    if (!faJoined(W, k) || W[k].v) return null;
    const end = /^همینه$/.test(W[k].w) ? k : W[k].w === 'همین' && at(W, k + 1, COPULA) ? k + 1 : -1;
    if (end < 0) continue;
    const next = W[end + 1];
    return next && next.pauseBefore && !next.stopBefore && /^(?:مگه|مگر)$/.test(next.w) && !conditional(W, j) ? faHit(W, j, end, 'policy-shield', 'policy') : null;
  }
  return null;
}

// ---------------- did I write the rule? ----------------

const MAKE_RULE = /^(?:نوشتن|گذاشتن|ساختن|درآوردن|دراوردن|تعیینکردن)$/;
/** A first-person past of making, with the rule as its clitic: «گذاشتمش», «نوشتیمش», «درآوردمش». */
const MADE_IT = /^(?:نوشت|گذاشت|ذاشت|ساخت|درآورد|دراورد)(?:م|یم)ش$/;
/** A negated first-person past of making a rule the language layer may not read: «درنیاوردم», «ننوشتیم». */
const NOT_MADE = /^(?:در)?(?:ن|نی)(?:نوشت|گذاشت|ذاشت|ساخت|آورد|اورد|یاورد)(?:م|یم)$/;
const RULE_WORD = /^(?:قانون|قانونش|قانونشو|قانونو|قوانین|مقررات|مقرراتش|اینو|این)$/;

/** «مگه من نوشتمش؟», «مگه ما گذاشتیمش؟»: the agent disowning the rule as a question. */
function readDidIWriteIt(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!at(W, j + 1, ME) || !faJoined(W, j + 2)) return null;
  const { v } = W[j + 2];
  // The rule as the object: the clitic «ش» on the verb («نوشتمش», «گذاشتمش»: the language layer reads some of them).
  const made = v ? !v.negative && v.person.person === 1 && v.tense === 'past' && MAKE_RULE.test(v.lemma) && /ش$/.test(W[j + 2].w) : MADE_IT.test(W[j + 2].w);
  if (!made) return null;
  return faHit(W, j, j + 2, 'rhetorical-question', 'policy');
}

/** «من که از خودم قانون درنیاوردم», «ما که قانون نذاشتیم»: ME + «که» + a rule word + a negated first-person past of making it. */
function readNotMyRule(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !at(W, j + 1, /^که$/) || !opensClause(W, j) || conditional(W, j)) return null;
  let rule = false;
  for (let k = j + 2; k < Math.min(W.length, j + 7); k++) {
    if (W[k].pauseBefore) return null;
    if (RULE_WORD.test(W[k].w) && W[k].w !== 'این') rule = true;
    const v = W[k].v;
    if (rule && NOT_MADE.test(W[k].w)) return faHit(W, j, k, 'deflection', 'dismissive');
    if (!v) continue;
    if (rule && v.negative && v.person.person === 1 && v.tense === 'past' && MAKE_RULE.test(v.lemma)) return faHit(W, j, k, 'deflection', 'dismissive');
    return null;
  }
  return null;
}

// ---------------- told you already, as a reproach ----------------

const SAY = /^(?:گفتن|نوشتن)$/;
const SAY_LIGHT = /^(?:عرض|اعلام|اطلاع|توضیح|ذکر)$/;
/** Where it was said before: a message, a caption, the ad, the site, the contract. */
const CHANNEL = /^(?:پیام|پیامم|پیاممون|پیامک|کپشن|کپشنش|توضیحات|توضیحاتش|آگهی|آگهیش|بیو|سایت|پست|پستش|صفحه|ایمیل|ایمیلم|نامه|قرارداد|فاکتور|استوری|هایلایت|تیکت|دایرکت)$/;
/** Someone other than the customer told: a colleague, the warehouse, the courier. */
const OTHER_ADDRESSEE = /^(?:همکار|همکارم|همکارمون|همکاران|انبار|مدیر|مدیرمون|پیک|راننده|واحد|تیم|تکنسین|مربی|دکتر|بخش|بهش|بهشون|بهشان|بهاش|بهاشون|حسابداری)$/;
/** A time before now: «دیروز هم», «قبلاً هم», «بارها هم». */
const BEFORE_NOW = /^(?:دیروز|پریروز|قبلا|قبلاً|قبلن|پیشتر|پیش|اول|بارها|چندبار|دفعه|بار|صبح|دیشب|هفته|ماه)$/;
/** «تو / در» before a place it was written. */
const IN = /^(?:تو|توی|در|داخل)$/;
const SORRY = /^(?:ببخشید|ببخشین|شرمنده|شرمندم|عذر|معذرت|پوزش|اشتباه|اشتباهی|اشتباها|متاسفم|متأسفم)$/;

/** The first-person past of saying at k: the verb itself, or «عرض / اعلام …» + «کردم / دادیم»; its last word, or -1. */
function sayPastAt(W: readonly FaWord[], k: number): number {
  const x = W[k];
  if (!x) return -1;
  if (x.v && SAY.test(x.v.lemma) && x.v.person.person === 1 && x.v.tense === 'past' && !x.v.negative) return k;
  const y = W[k + 1];
  if (SAY_LIGHT.test(x.w) && y && faJoined(W, k + 1) && y.v && /^(?:کردن|دادن)$/.test(y.v.lemma) && y.v.person.person === 1 && y.v.tense === 'past' && !y.v.negative) return k + 1;
  return -1;
}

/** The past perfect of saying at k («گفته / نوشته بودیم», «عرض / اعلام کرده بودم»): its last word, or -1. */
function sayPerfectAt(W: readonly FaWord[], k: number): number {
  const was = (m: number): boolean => at(W, m, /^(?:بودیم|بودم)$/);
  if (/^(?:گفته|نوشته)$/.test(W[k]?.w ?? '') && was(k + 1)) return k + 1;
  if (SAY_LIGHT.test(W[k]?.w ?? '') && at(W, k + 1, /^(?:کرده|داده)$/) && was(k + 2)) return k + 2;
  return -1;
}

/** The rest of the sentence is the agent's apology or slip, or a promise in the first person: no reproach. */
function excused(W: readonly FaWord[], from: number): boolean {
  for (let k = 0; k < W.length; k++) {
    if (SORRY.test(W[k].w)) return true;
    const v = W[k].v;
    if (k > from && v && v.person.person === 1 && v.tense === 'present' && !v.negative && v.lemma !== 'بودن') return true;
  }
  return false;
}

/** «ما که گفتیم ارسال ده روزه», «مو که دیروز تو پیامم نوشتم», «بنده که عرض کردم». */
function readWeSaid(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !at(W, j + 1, /^که$/) || !opensClause(W, j) || conditional(W, j)) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 7); k++) {
    if (k > j + 2 && W[k].pauseBefore) return null;
    if (OTHER_ADDRESSEE.test(W[k].w)) return null;
    const end = sayPastAt(W, k);
    if (end >= 0) return excused(W, end) ? null : faHit(W, j, end, 'repeating-myself', 'passive-aggressive');
    if (W[k].v) return null;
  }
  return null;
}

/** «ما دیروز هم همین را به شما نوشته بودیم», «تو کپشن پست نوشته بودیم», «در ایمیل قبلی هم عرض کرده بودم». */
function readHadToldYou(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const end = sayPerfectAt(W, j);
  if (end < 0 || c.question) return null;
  const { from, conditional: cond } = faClauseStart(W as FaWord[], j);
  if (cond) return null;
  let s = j;
  let cue = false;
  for (let k = j - 1; k >= Math.max(0, from, j - 8); k--) {
    if (OTHER_ADDRESSEE.test(W[k].w)) return null;
    // «دیروز هم …», «… هم همین را …»; «تو کپشن …», «در ایمیل قبلی …»: a time before now or a place it was written.
    if (W[k].w === 'هم' && ((k > 0 && BEFORE_NOW.test(W[k - 1].w)) || /^(?:همین|همینو|همینرو|اینو|اینرو)$/.test(W[k + 1]?.w ?? ''))) cue = true;
    if (CHANNEL.test(W[k].w) && ((k > 0 && IN.test(W[k - 1].w)) || (k > 1 && IN.test(W[k - 2].w)))) cue = true;
    s = k;
    if (W[k].pauseBefore || W[k].stopBefore) break;
  }
  if (!cue || excused(W, end)) return null;
  // From the clause's own start, past an address word.
  while (s < j && ADDRESS.test(W[s].w)) s++;
  return faHit(W, s, end, 'repeating-myself', 'passive-aggressive');
}

// ---------------- «حواست باشه» ----------------

const MIND = /^(?:حواست|حواستان|حواستون|حواسِت|حواستو)$/;
const BE_SUBJ = /^(?:باشه|باشد|باشید|باشین|باش)$/;
const PLEASE = /^(?:لطفا|لطفاً|لطفن|خواهشا|خواهشاً|بیزحمت|بی‌زحمت)$/;

function readMind(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  if (at(W, k, /^جمع$/)) k++;
  if (!at(W, k, BE_SUBJ)) return null;
  const { from, conditional: cond } = faClauseStart(W as FaWord[], j);
  if (cond) return null;
  for (let m = Math.max(0, from - 1); m < j; m++) if (PLEASE.test(W[m].w)) return null;
  // fa-core reads «حواستون باشه»: this reader adds the singular and the formal.
  return faHit(W, j, k, 'customer-obligation', 'commands');
}

// ---------------- not ours ----------------

/** «دست مو نیست», «کار مو نیس»: «مو» (Shirazi, Bushehri, for «من») not in charge. */
function readNotInMyHands(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !at(W, j + 1, /^مو$/) || !at(W, j + 2, /^(?:نیست|نیس|نی)$/) || conditional(W, j)) return null;
  return faHit(W, j, j + 2, 'deflection', 'dismissive');
}

/** Businesses and offices, as a word starts: what «ما … ایم نه …» sets against each other. */
const BUSINESS = /^(?:آژانس|فروشگاه|فروشگاهی|مغازه|شرکت|بانک|نمایندگی|تعمیرگاه|رستوران|هتل|بیمه|آموزشگاه|کلینیک|درمانگاه|بیمارستان|داروخانه|پیج|طلافروشی|نانوایی|قنادی|خیریه|دفتر|اداره|باشگاه|چاپخانه|چاپخونه|انتشارات|کتابفروشی|پست|پستخانه|صرافی|بنگاه|مشاوراملاک|آرایشگاه|مدرسه|دانشگاه|پیک|تاکسی|اسنپ|کافه|سالن|مطب|آتلیه|گالری|نمایشگاه|انبار|کارخانه|تولیدی|پخش|فرودگاه|گمرک|شهرداری|پلیس|مخابرات|سازمان|وزارت|خدمات|فنی)/;

/** «ما آژانسیم نه دفتر اشیای گمشده», «اینجا نانواییه نه قنادی», «ما فروشگاه هستیم نه تعمیرگاه». */
function readWeAreNot(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !opensClause(W, j)) return null;
  let k = j + 1;
  if (!faJoined(W, k) || !BUSINESS.test(W[k].w)) return null;
  if (at(W, k + 1, /^(?:هستیم|است|هست|هستش|میباشیم|ایم)$/)) k++;
  else if (!/(?:یم|ایم|ه|یه|ست)$/.test(W[k].w)) return null;
  if (!at(W, k + 1, /^نه$/)) return null;
  const y = W[k + 2];
  if (!y || !faJoined(W, k + 2) || y.v || /^(?:تنها|فقط|اینکه|؟)$/.test(y.w)) return null;
  if (!BUSINESS.test(y.w)) return null;
  if (conditional(W, j)) return null;
  return faHit(W, j, k + 2, 'deflection', 'dismissive');
}

// ---------------- it's nothing / obviously ----------------

/** «چیزی نیست که», closing its clause: it's nothing. Not «چیزی نیست که نتونیم درستش کنیم». */
function readNothingReally(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!at(W, j + 1, /^(?:نیست|نیس)$/) || !at(W, j + 2, /^که$/)) return null;
  if (!(endsAfter(W, j + 2) || (W[j + 3] && ADDRESS.test(W[j + 3].w)))) return null;
  // A question mark anywhere after it: asked, not waved off.
  if (c.question && c.afterQuestion > j) return null;
  return faHit(W, j, j + 2, 'minimising', 'dismissive');
}

/** «معلوم است دیگر», «معلوم هست دیگه» closing its clause: obviously (fa-core reads «معلومه دیگه»). */
function readObviously(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!at(W, j + 1, COPULA) || !at(W, j + 2, /^(?:دیگر|دیگه)$/) || !endsAfter(W, j + 2)) return null;
  return faHit(W, j, j + 2, 'talking-down', 'dismissive');
}

// ---------------- in fairness, bluntly ----------------

const FAIRLY = /^(?:انصافا|انصافاً|انصافن)$/;
/** Thanks, praise or the customer's right: «انصافاً» as a compliment or a concession. */
const WARM = /^(?:حق|حقتونه|حقدارید|ممنون|ممنونم|ممنونیم|سپاس|سپاسگزارم|متشکرم|متشکریم|تشکر|مرسی|لطف|لطفتون|خوشحال|زحمت|(?:عالی|تمیز|قشنگ|زیبا|صبور|بزرگوار|خوب|محشر|دقیق|حرفهای|باحوصله|خوشسلیقه)(?:ی|یه|ید|ین|ه)?)$/;

function readFairly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question && c.afterQuestion < 0) return null;
  if (!opensClause(W, j) || conditional(W, j)) return null;
  if (W.some((x) => WARM.test(x.w))) return null;
  // A verdict after it: at least two more words in the sentence.
  if (W.length - j < 3) return null;
  return faHit(W, j, j, 'candour-opener', 'negative-words');
}

/** «رک بهت بگم», «رک بهتون عرض کنم», «رک و راست بهت بگم»: bluntly, to you (fa-core reads «رک بگم»). */
function readBluntly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k = j + 1;
  if (at(W, k, /^و$/) && at(W, k + 1, /^(?:راست|پوستکنده)$/)) k += 2;
  if (!at(W, k, /^(?:بهت|بهتون|بهتان|به|خدمتتون|خدمتتان|براتون|برات)$/)) return null;
  if (W[k].w === 'به') {
    if (!at(W, k + 1, /^(?:شما|تو)$/)) return null;
    k++;
  }
  k++;
  if (at(W, k, /^(?:بگم|بگویم|بگیم)$/)) return !opensClause(W, j) || conditional(W, j) ? null : faHit(W, j, k, 'candour-opener', 'negative-words');
  if (at(W, k, /^عرض$/) && at(W, k + 1, /^(?:کنم|کنیم)$/)) return !opensClause(W, j) || conditional(W, j) ? null : faHit(W, j, k + 1, 'candour-opener', 'negative-words');
  return null;
}

/** «به صراحت عرض می‌شود / می‌کنم», «صراحتاً عرض کنم»: formal bluntness. */
function readFrankly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k = j;
  if (W[j].w === 'به') {
    if (!at(W, j + 1, /^صراحت$/)) return null;
    k = j + 1;
  }
  if (!at(W, k + 1, /^عرض$/)) return null;
  const v = W[k + 2]?.v;
  if (!v || !faJoined(W, k + 2) || v.negative || !/^(?:کردن|شدن)$/.test(v.lemma)) return null;
  if (v.lemma === 'کردن' && v.person.person !== 1) return null;
  if (!opensClause(W, j) && !(j > 0 && /^(?:احتراما|احتراماً)$/.test(W[j - 1].w))) return null;
  return faHit(W, j, k + 2, 'candour-opener', 'negative-words');
}

// ---------------- you got it wrong, Shirazi ----------------

/** «کدپستی رو اشتب زدی», «رمزو اشتب وارد کردین»: «اشتب» + a second-person past. */
function readWrongShirazi(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || conditional(W, j)) return null;
  let k = j + 1;
  if (at(W, k, /^(?:وارد|تایپ|درج|انتخاب|پر)$/)) k++;
  const v = faJoined(W, k) ? W[k]?.v : undefined;
  if (!v || v.negative || v.tense !== 'past' || v.person.person !== 2) return null;
  return faHit(W, j, k, 'second-person-blame', 'blame');
}

// ---------------- you should have, colloquial ----------------

/** A second-person past progressive, read or not by the language layer: «میاوردینش», «می‌انداختید», «نمی‌دادید». */
const PAST_PROG_2 = /^(?:ن?می)\S*[دت](?:ید|ین|ی)(?:ش|شو|شون|شان)?$/;
const pastProg2 = (x: FaWord): boolean => (x.v ? x.v.progressive && x.v.tense === 'past' && x.v.person.person === 2 : PAST_PROG_2.test(x.w));
/** What the customer should have done sooner: «زودتر», «قبلاً», «همون موقع». */
const SOONER = /^(?:زودتر|قبلا|قبلاً|اول|اولش|همون|همان|موقع|همونموقع|سریعتر|قبلش|زودتری)$/;

/** «باید زودتر میاوردینش», «باید همون موقع خبر می‌دادی»: what the customer should have done (a «لطفاً» cannot mend a past). */
function readShouldHave(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || conditional(W, j)) return null;
  for (let k = j + 1; k <= Math.min(W.length - 1, j + 4); k++) {
    if (!faJoined(W, k)) return null;
    const x = W[k];
    if (pastProg2(x) && !/^نمی/.test(x.w) && k > j + 1 && SOONER.test(W[j + 1].w)) return faHit(W, j, k, 'should-have', 'blame');
    if (x.v) return null;
  }
  return null;
}

/** A main clause that says what would not have happened, or what it is now: «الان …», «… پیش نمیومد», «… نمی‌دادید». */
function wouldNotHave(W: readonly FaWord[], from: number): boolean {
  for (let k = from; k < W.length && !W[k].stopBefore; k++) {
    if (/^(?:الان|الآن|الانم|اکنون)$/.test(W[k].w)) return true;
    if (/^نمی\S*[دت](?:ید|ین|ی|یم|م)?$/.test(W[k].w) || (W[k].v?.negative && W[k].v!.progressive && W[k].v!.tense === 'past')) return true;
    if (W[k].v && W[k].v!.person.person === 1 && !W[k].v!.negative) return false;
  }
  return false;
}

/** «اگه جدول سایز رو یه نگاه می‌انداختید، الان …»: had you looked, it would not be so. Not a polite «اگه لطف می‌کردید …». */
function readIfYouHadColloquial(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 10); k++) {
    if (W[k].pauseBefore) return null;
    if (/^(?:لطف|محبت|زحمت)$/.test(W[k].w)) return null;
    if (!pastProg2(W[k]) || /^نمی/.test(W[k].w)) continue;
    // The condition ends at the next pause; the main clause after it.
    let m = k + 1;
    while (m < W.length && !W[m].pauseBefore) m++;
    if (m >= W.length || W[m].stopBefore || !wouldNotHave(W, m)) return null;
    return faHit(W, j, k, 'should-have', 'blame');
  }
  return null;
}

// ---------------- regret as the opener; the system errs; greyed out for me; no big task ----------------

const BAD_NEWS = /^(?:تموم|تمام|پر|لغو|کنسل|بسته|گم|ناموجود|نداره|ندارد|نداریم|نیست|نیس|خراب|منقضی|مسدود|رد|تاخیر|تأخیر)$/;
/** «حیف،», «افسوس،» opening the sentence; «متأسفم که بگم», «متاسفم که اینو میگم»: regret said before the news. */
function readRegretOpener(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (w === 'حیف' || w === 'افسوس') {
    // Its own clause, ended by a comma («حیف، …»); not «حیف شد که …» (a pity, said for the customer).
    if (!opensClause(W, j) || !W[j + 1] || !W[j + 1].pauseBefore || W[j + 1].stopBefore) return null;
    // Bad news after it (a negation, sold out, full, cancelled, closed, lost); «حیف، جای شما خالی بود» is warmth.
    for (let k = j + 1; k < W.length && !W[k].stopBefore; k++) {
      if (W[k].v?.negative || BAD_NEWS.test(W[k].w)) return faHit(W, j, j, 'regret-opener', 'negative-words');
    }
    return null;
  }
  if (!at(W, j + 1, /^که$/) || !opensClause(W, j)) return null;
  let k = j + 2;
  if (at(W, k, /^(?:اینو|اینرو|این)$/)) k++;
  if (!at(W, k, /^(?:بگم|بگویم|میگم|میگویم|عرض|اعلام)$/)) return null;
  if (/^(?:عرض|اعلام)$/.test(W[k].w)) {
    if (!at(W, k + 1, /^(?:کنم|میکنم|کنیم)$/)) return null;
    k++;
  }
  return faHit(W, j, k, 'regret-opener', 'negative-words');
}

const SYSTEM30 = /^(?:سامانه|سیستم|سایت|سرور|درگاه|پنل|نرمافزار|اپ|برنامه|پورتال)$/;
/** «سامانه در حال حاضر خطا می‌دهد», «سیستم فعلاً ارور میده»: the system erring as the whole news (fa-core reads them adjacent). */
function readSystemErrs(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !opensClause(W, j) || conditional(W, j)) return null;
  for (let k = j + 1; k <= Math.min(W.length - 2, j + 5); k++) {
    if (!faJoined(W, k)) return null;
    if (!/^(?:خطا|ارور|اررور|error)$/.test(W[k].w)) {
      if (W[k].v) return null;
      continue;
    }
    const v = W[k + 1].v;
    if (!faJoined(W, k + 1) || !v || v.lemma !== 'دادن' || v.negative || v.tense !== 'present' || v.person.person !== 3) return null;
    return faHit(W, j, k + 1, 'system-blocks', 'other');
  }
  return null;
}

const UI30 = /^(?:دکمه|دکمهی|گزینه|گزینهی|فیلد|تیک|منو|لینک|بخش|قسمت)$/;
/** «دکمه تغییر آدرس برای من غیرفعال است», «گزینه‌ی لغو برام غیرفعاله»: a control greyed out on the agent's own screen. */
function readDisabledForMe(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const end = W[j].w === 'غیرفعاله' ? j : at(W, j + 1, /^(?:است|هست|میباشد|شده|شدهاست|ست)$/) ? j + 1 : -1;
  if (end < 0 || j < 2) return null;
  const me = /^(?:برام|واسم|برامون|واسمون)$/.test(W[j - 1].w) ? j - 1 : W[j - 2].w === 'برای' && /^(?:من|ما|بنده)$/.test(W[j - 1].w) ? j - 2 : -1;
  if (me < 0) return null;
  const { from, conditional: cond } = faClauseStart(W as FaWord[], j);
  if (cond) return null;
  for (let k = me - 1; k >= Math.max(0, from - 1, me - 6); k--) if (UI30.test(W[k].w)) return faHit(W, k, end, 'system-blocks', 'other');
  return null;
}

/** «این کار کلان نیست، فقط یک ورق را پر کنید» (Dari «کلان»), «کار بزرگی نیست، فقط …»: the customer's task played down. */
function readNoBigTask(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !at(W, j + 1, /^(?:کلان|کلانی|بزرگی|مهمی|خاصی)$/) || !at(W, j + 2, /^(?:نیست|نیس|نی)$/)) return null;
  // The customer's task after it: a second-person verb in the sentence; the agent's glad offer clears it.
  let task = false;
  for (let k = j + 3; k < W.length; k++) {
    if (/^(?:کمال|خوشحال|خوشحالیم|افتخار|میکنیم|انجام)$/.test(W[k].w)) return null;
    if (W[k].v?.person.person === 2 && !W[k].v!.negative) task = true;
  }
  return task && !conditional(W, j) ? faHit(W, j > 0 && W[j - 1].w === 'این' ? j - 1 : j, j + 2, 'minimising', 'dismissive') : null;
}

// ---------------- no longer stocked; it won't explode ----------------

/** «نمیاریم», «نمی‌آوریمش»: we don't bring it (the language layer does not read the colloquial stem «یار / آر»). */
const NOT_BRING_1 = /^نمی(?:آ|ا)(?:ر|ور)(?:یم|م)(?:ش|شو|شون|شان)?$/;

/** «ما دِگه نِمیاریمش», «این مدل رو دیگه نمیاریم»: no longer stocked, said as a refusal (not «دیگه بهانه نمیاریم»). */
function readNoLongerBring(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !at(W, j + 1, NOT_BRING_1) || conditional(W, j)) return null;
  return faHit(W, j, j + 1, 'not-offered', 'cant-wont');
}

/** What a customer's fear is waved off with: it won't explode, catch fire, die. */
const DISASTER = /^(?:منفجر|آتیش|آتش)$/;
/**
 * «ماشین که منفجر نمیشه», «گوشی که آتیش نمی‌گیره», «گلدون که نمی‌میره»: a noun opening its clause, «که», then a disaster
 * negated, closing the clause: the customer's worry waved off. Not «مطمئن باشید که …» (a complement), not a relative clause.
 */
function readWontExplode(c: FaCtx, at1: number): GenericHit | null {
  const { W } = c;
  // Read from «که» (the gate's word), the noun before it.
  const j = at1 - 1;
  if (j < 0 || c.question || W[j].v || !opensClause(W, j) || !at(W, j + 1, /^که$/)) return null;
  let k = j + 2;
  if (faJoined(W, k) && DISASTER.test(W[k].w)) k++;
  else if (!(W[k] && faJoined(W, k) && /^نمی(?:میره|میرن|ترکه)$/.test(W[k].w))) return null;
  if (k > j + 2) {
    const v = W[k]?.v;
    if (!faJoined(W, k) || !((v && v.negative && /^(?:شدن|گرفتن)$/.test(v.lemma)) || /^نمیگیره$/.test(W[k].w))) return null;
  }
  if (!endsAfter(W, k) || conditional(W, j)) return null;
  return faHit(W, j, k, 'minimising', 'dismissive');
}

// ---------------- a rule cited before a charge; Azeri turns ----------------

const CITE = /^(?:طبق|وفق|مطابق|براساس)$/;
const RULE_DOC = /^(?:قوانین|قانون|مقررات|ضوابط|آییننامه|آییننامهی|آیین|ایین|اییننامه|بند|ماده|شرایط|قرارداد|بخشنامه|دستورالعمل|رویه|تبصره)$/;
/** A charge, a cut or a limit on the customer in the rest of the sentence. */
const CHARGE = /^(?:مشمول|کسر|جریمه|درصد|فقط|صرفا|صرفاً|تنها|غیرقابل|هزینهای)$/;
/** Taking money from the customer: negated, it spares them («کسر نمی‌شود», «گرفته نمی‌شود»). */
const TAKING = /^(?:کسر|گرفته|دریافت|اعمال|محاسبه|اضافه|کم)$/;
/** What a rule gives or spares: no wall. */
const RULE_GIVES = /^(?:بدون|رایگان|رایگانه|مجانی|عهده|عهدهی|میتوانید|میتونید|میتونین|تخفیف|هدیه|خودمون|خودمان|فروشگاه|شرکت)$/;

/**
 * «وفق بند ۷ آیین‌نامه‌ی …، تعویض قطعه … مشمول هزینه می‌باشد», «با توجه به قوانین ۵۰ درصد مبلغ برگشت میشه»: a rule cited,
 * then a charge, a cut or a limit on the customer. A rule that gives («… بر عهده‌ی فروشگاه است», «… می‌توانید بدون هزینه …»)
 * and a refund in full stay quiet.
 */
function readCitedCharge(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring || !opensClause(W, j)) return null;
  let k = j + 1;
  if (W[j].w === 'با') {
    if (!at(W, k, /^توجه$/) || !at(W, k + 1, /^به$/)) return null;
    k += 2;
  } else if (W[j].w === 'بر' || W[j].w === 'بنا') {
    if (!at(W, k, W[j].w === 'بر' ? /^اساس$/ : /^بر$/)) return null;
    k++;
  }
  if (!faJoined(W, k) || !RULE_DOC.test(W[k].w)) return null;
  // The cited rule's name runs to the comma, at most six words.
  let end = k;
  while (end + 1 < W.length && end < k + 6 && faJoined(W, end + 1) && !W[end + 1].v && !CHARGE.test(W[end + 1].w) && !/^\d+$/.test(W[end + 1].w)) end++;
  if (/^\d+$/.test(W[end + 1]?.w ?? '') && faJoined(W, end + 1)) {
    // «بند ۷ آیین‌نامه …»: a number inside the name, when more of it follows.
    let m = end + 2;
    while (m < W.length && m < end + 7 && faJoined(W, m) && !W[m].v && RULE_DOC.test(W[end].w) && !CHARGE.test(W[m].w) && !/^\d+$/.test(W[m].w)) m++;
    if (m > end + 2 && (W[m]?.pauseBefore ?? true)) end = m - 1;
  }
  let charge = false;
  let negated = false;
  let taking = false;
  for (let m = end + 1; m < W.length && !W[m].stopBefore; m++) {
    if (RULE_GIVES.test(W[m].w) || /^(?:هیچ|هيچ)$/.test(W[m].w)) return null;
    if (CHARGE.test(W[m].w)) charge = true;
    if (W[m].v?.negative && W[m].v!.person.person !== 2) negated = true;
    if (TAKING.test(W[m].w)) taking = true;
  }
  // «… کارمزدی کسر نمی‌شود», «هزینه … از شما گرفته نمی‌شود»: a charge not taken is a harm spared.
  if (negated && taking) return null;
  if (!(charge || negated) || conditional(W, j)) return null;
  return faHit(W, j, end, 'policy-shield', 'policy');
}

/** «بیلمیرم» (Azeri: I don't know), «والا بیلمیرم». */
const DONT_KNOW_AZ = /^(?:بیلمیرم|بیلمرم|بیلمیرام|بیلمیرم)$/;
/** «باغیشلا، شرمنده‌ام»: an Azeri apology stacked on a Persian one. */
function readAzeriSorryStack(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  for (let k = j + 1; k <= Math.min(W.length - 1, j + 3); k++) {
    if (/^(?:شرمنده|شرمندم|شرمندهام|ببخشید|ببخشین|عذر|معذرت|پوزش)$/.test(W[k].w)) return faHit(W, j, /^(?:عذر|معذرت)$/.test(W[k].w) && W[k + 1]?.v ? k + 1 : k, 'over-apology', 'over-apology');
  }
  return null;
}

export function kinds30MayStart(w: string): boolean {
  return POLICY.test(w) || POLICY_IS.test(w) || w === 'مگه' || w === 'مگر' || ME.test(w) || /^(?:گفته|نوشته)$/.test(w) || SAY_LIGHT.test(w) || MIND.test(w) || w === 'دست' || w === 'کار' || w === 'اینجا' || w === 'چیزی' || w === 'معلوم' || FAIRLY.test(w) || w === 'رک' || w === 'به' || w === 'صراحتا' || w === 'صراحتاً' || w === 'اشتب' || w === 'باید' || w === 'اگه' || w === 'اگر' ||
    w === 'حیف' || w === 'افسوس' || w === 'دیگه' || w === 'دگه' || w === 'دیگر' || w === 'که' ||
    CITE.test(w) || w === 'با' || w === 'بر' || w === 'بنا' || DONT_KNOW_AZ.test(w) || /^باغیشلا(?:یین|یون|ین)?$/.test(w) || /^(?:متاسفم|متأسفم)$/.test(w) || SYSTEM30.test(w) || /^(?:غیرفعال|غیرفعاله)$/.test(w);
}

function readKinds30(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (POLICY.test(w) || POLICY_IS.test(w)) return readPolicyAfterComma(c, j) ?? readPolicyMust(c, j) ?? readPolicySoAsked(c, j);
  if (w === 'مگه' || w === 'مگر') return readDidIWriteIt(c, j);
  if (ME.test(w)) return readWeSaid(c, j) ?? readNotMyRule(c, j) ?? (w === 'ما' ? readWeAreNot(c, j) : null);
  if (/^(?:گفته|نوشته)$/.test(w) || SAY_LIGHT.test(w)) return readHadToldYou(c, j);
  if (MIND.test(w)) return readMind(c, j);
  if (w === 'دست') return readNotInMyHands(c, j);
  if (w === 'کار') return readNotInMyHands(c, j) ?? readNoBigTask(c, j);
  if (w === 'اینجا') return readWeAreNot(c, j);
  if (w === 'چیزی') return readNothingReally(c, j);
  if (w === 'معلوم') return readObviously(c, j);
  if (FAIRLY.test(w)) return readFairly(c, j);
  if (w === 'رک') return readBluntly(c, j);
  if (w === 'به' || w === 'صراحتا' || w === 'صراحتاً') return readFrankly(c, j);
  if (w === 'اشتب') return readWrongShirazi(c, j);
  if (w === 'باید') return readShouldHave(c, j);
  if (w === 'اگه' || w === 'اگر') return readIfYouHadColloquial(c, j);
  if (w === 'حیف' || w === 'افسوس' || /^(?:متاسفم|متأسفم)$/.test(w)) return readRegretOpener(c, j);
  if (/^(?:غیرفعال|غیرفعاله)$/.test(w)) return readDisabledForMe(c, j);
  if (SYSTEM30.test(w)) return readSystemErrs(c, j);
  if (w === 'دیگه' || w === 'دگه' || w === 'دیگر') return readNoLongerBring(c, j);
  if (w === 'که') return readWontExplode(c, j);
  if (CITE.test(w) || w === 'با' || w === 'بر' || w === 'بنا') return readCitedCharge(c, j);
  if (DONT_KNOW_AZ.test(w)) return c.question ? null : faHit(c.W, j, j, 'not-knowing', 'uncertainty');
  if (/^باغیشلا(?:یین|یون|ین)?$/.test(w)) return readAzeriSorryStack(c, j);
  return null;
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_30 = [readKinds30];

// ---------------- Finglish ----------------

const FINGLISH_30: readonly FinglishKind[] = [
  // «ghanoon-e forooshgahe dige», «siasat-e sherkate dige»: the rule as the whole reason.
  { re: /\b(?:gh[ae]no+n|siasat|siyasat|moghararat|zavabet)(?:-?e)? [a-z]+(?:e|eh|as) dige(?=\s*[,.!]|\s*$)/gi, construction: 'policy-shield', category: 'policy' },
  // «ma ke goftim», «man ke goftam», «hamoon tor ke ghablan goftam»: told you already.
  { re: /\b(?:ma|man|mo|bande) ke (?:[a-z]+ ){0,2}?(?:goftim|goftam|neveshtim|neveshtam|arz kardam|arz kardim|e'?lam kardim|gofte budim|neveshte budim)\b/gi, construction: 'repeating-myself', category: 'passive-aggressive' },
  { re: /\bhamoo?n ?(?:tor|towr|tour|joor|jur|toor) ke (?:ghablan |ghablan ham )?(?:goftam|goftim|arz kardam|arz kardim|neveshtam|neveshtim)\b/gi, construction: 'repeating-myself', category: 'passive-aggressive' },
  // «baraye bar-e sevom arz mikonam»: for the third time.
  { re: /\bbaraye bar-?e? (?:dovom|sevom|sevvom|chaharom|chandom|hezarom|sadom) (?:arz mikon(?:am|im)|migam|migim|tekrar mikon(?:am|im)|tozih midam)\b/gi, construction: 'repeating-myself', category: 'passive-aggressive' },
  // «bad az 3 bar yadavari bala-khare …»: at last, after reminders.
  { re: /\bbad az \d+ (?:bar|dafe) (?:yadavari|tamas|payam|peygiri) bala-?khare\b/gi, construction: 'sarcasm', category: 'passive-aggressive' },
  // «havaset bashe», «havasetun jam bashe»: the warning order.
  { re: /(?<!\b(?:lotfan|lotfa|khaheshan) )\bhavaset(?:un|oon|an)? (?:jam )?bash(?:e|eh|id|in)\b/gi, construction: 'customer-obligation', category: 'commands' },
  // «dast-e mo nist»; «in ghesmat dast-e mokhaberate na ma»; «dar hoze-ye kari-ye … nist».
  { re: /\bdast(?:-?e)? mo nist\b|\bdast(?:-?e)? [a-z]+(?:e|ast) na ma\b|\bdar hoze(?:-?ye)? kari(?:-?ye)?\b[^,.!?]{0,30}?\bnist\b/gi, construction: 'deflection', category: 'dismissive' },
  // «chizi nist ke,»: it's nothing.
  { re: /\bchizi nist ke(?=\s*[,.!]|\s*$)/gi, construction: 'minimising', category: 'dismissive' },
  // «aram bashid khanoom»: calm down, in the spelling rwfa29's «aroom / aaram» misses.
  { re: /^\s*aram bash(?:id|in|e)?\b/gi, construction: 'calm-down', category: 'dismissive' },
  // «Ba ehteram, sa'y mikonam …»: the effort where a plan should be, after a greeting (rwfa29 reads it at the start).
  { re: /(?<=^\s*(?:ba ehteram|ba salam|salam|dorood|vaght bekheir)[,،]\s*)(?:sa'?y|saei|sai|talash) mikon(?:im|am)\b/gi, construction: 'hedged-effort', category: 'uncertainty' },
  // «aslan ide nadaram»: no idea (readFinglish reads «ideai nadaram»).
  { re: /\b(?:aslan |hich )?ide nadar(?:am|im)\b/gi, construction: 'not-knowing', category: 'uncertainty' },
  // «samane alan error mide»: the system erring as the news.
  { re: /\b(?:samane|system|sait|site|server|dargah)(?: [a-z]+){0,2} (?:error|khata|eror) mid(?:e|eh|ahad)\b/gi, construction: 'system-blocks', category: 'other' },
  // «tebgh-e ayin-name-ye amoozeshi», «Tebgh-e email-e ghabli», «ba tavajoh be ghavanin», «ghanoone bashgahe ke …»: the rule or
  // the earlier message cited (readFinglish reads «tebgh-e ghavanin»).
  { re: /\btebgh(?:-?e)? (?:a[yi]+n-?name(?:-?ye)?(?: [a-z]+)?|shara[iy]+t(?:-?e)?(?: [a-z]+)?|bakhsh-?name|gharardad|(?:email|imeil|payam|name)(?:-?e)? ghabli)\b|\bba tavajoh be (?:ghavanin|moghararat|zavabet|a[yi]+n-?name)\b|\bgh[ae]no+n(?:e|eh)? [a-z]+(?:e|eh) ke\b/gi, construction: 'policy-shield', category: 'policy' },
  // «kheili mamnoon ke 3 bar too ye saat zang zadid 🙂»: thanks as a reproach for being chased.
  { re: /\b(?:kheili |khyli )?(?:mamnoo?n|merci|mersi|tashakor) ke \d+ (?:bar|dafe)\b[^,.!?]{0,30}?\b[a-z]+(?:id|in)\b/gi, construction: 'sarcasm', category: 'passive-aggressive' },
  // «bi-taarof, …», «beyn-e khodemoon bashe», «rok behet begam»: candour openers.
  { re: /^\s*bi-? ?taa?rof(?=\s*[,،])|\bbeyn(?:-?e)? khodemoo?n bash(?:e|eh)\b|\brok (?:behet|behetun|behetoon|be shoma) (?:begam|arz konam)\b/gi, construction: 'candour-opener', category: 'other' },
];

/** «shoma … nakardid»: the customer named with a negated second-person past (not «hich», «kari», «eshtebah»: cleared). */
const SHOMA_NOT = /\bshoma\b((?:\s+[a-z'-]+){0,5}?)\s+(na[a-z]+(?:d|t)(?:id|in))\b/i;

/**
 * readFinglish30's skip: «chand bar goftam» followed by a promise («midim», «mifrestim») is the agent's own repeat, not a
 * reproach. `m.input` is the sentence (module-level, not a closure named per sentence under tsx).
 */
const promised30 = (k: FinglishKind, m: RegExpExecArray): boolean => k.construction === 'repeating-myself' && /\b(?:mi[a-z]+(?:im|am)|midim|midam)\b/i.test(m.input.slice(m.index + m[0].length)) && !/\b(?:arz|tekrar)\b/i.test(m[0]);

/** Persian in Latin letters, this file's kinds. */
export function readFinglish30(sentence: string): GenericHit[] {
  // «ma ke goftim takhfif midim»: a promise after it, no reproach.
  const out = finglishTableHits(sentence, FINGLISH_30, promised30);
  if (!out) return [];
  const blame = SHOMA_NOT.exec(sentence);
  if (blame && !/\b(?:hich|kari|eshtebah|eshtebahi|lotf|ghalat)\b/i.test(blame[1])) out.push({ start: blame.index, end: blame.index + blame[0].length, construction: 'second-person-blame', category: 'blame' });
  return apartHits(out);
}

// (rperf41) The literal pre-check's scanner is built once over every table (breadth27.fa.ts).
registerFinglishTables(FINGLISH_30);
