/**
 * Persian kinds of the twenty-first session (rwfa21), named from development errors (late20, then late19, late18) and
 * written out as look-alike sets first (scripts/fa-matrix21.ts: both registers, four spellings, positives and close
 * contrasts), then read here over the language layer's words (folded, ZWNJ and spaces inside a word gone, verb morphology
 * on W[k].v). Advice from the generic reader; each reader is gated on its first word (kinds21MayStart) and reads a few
 * words on either side, so the cost is one test per word.
 *
 *  - **a rule or a system as the actor that requires or forbids** (`policy-shield` / `system-blocks`): «مقررات حمل بار این
 *    شرکت ایجاب می‌نماید …», «آیین‌نامه اقتضا می‌کند …», «نرم‌افزار صدور قبوض … را مجاز نمی‌داند», «سامانه … را قبول
 *    نمی‌کند»: the rule's or the system's noun opens the clause and its verb is one of requiring or not allowing (not
 *    «اجازه می‌دهد»: a grant; not «… کسی جز شما …»: a protection);
 *  - **not sure, said by the agent** (`not-knowing`): «اطمینان ندارم که …», «در حال حاضر اطمینانی وجود ندارد که …», «مطمئن
 *    نیستم که …»: a certainty noun or adjective with a negated have / exist / copula in the first person or impersonal
 *    (not «اگه مطمئن نیستید», not a question, not the agent checking they understood: «مطمئن نیستم درست متوجه شده باشم»);
 *  - **candour announced with a verb of telling** (`candour-opener`): «صراحتاً اعلام می‌شود …», «صراحتاً به اطلاع
 *    می‌رساند …», «در کمال صداقت باید عرض کنم …», «صادقانه خدمتتون بگم …»: the frame says the telling is frank, whatever
 *    the news (kinds20.fa.ts reads the adverb before bad news); not thanks or gladness, not a manner of a past writing
 *    («صراحتاً در قرارداد ذکر شده»);
 *  - **a complaint waved off with a discourse particle** (`minimising`): «خب طبیعیه دیگه،», «اشکال نداره حالا،», «حالا
 *    هر چی،»: «it's normal / no matter / whatever» closed by «دیگه / حالا / که» and a pause (kinds20.fa.ts reads «که»);
 *    not «طبیعیه که ناراحت باشید» (the customer's feeling granted), not a permission or an offer after it;
 *  - **not as serious as the customer says** (`minimising`): «موضوع آن‌قدرها هم که فرموده‌اید حاد نیست», «اونقدرام که
 *    میگید جدی نیست»: a degree word, «که + you say / think», a word of seriousness and a negated copula (not «مشکل چندان
 *    جدی‌ای نیست، با یه ریستارت درست میشه»: a finding;
 *    «آن‌قدر طول نمی‌کشد»: a wait shorter than feared; not «آن‌قدر جدی نیست که تعمیر لازم باشد»: a result clause);
 *  - **a bare apology opening plain information or a request** (`apology-reflex`): «شرمنده، کلاسای ریاضی یکشنبه‌هاست»,
 *    «ببخشید شماره سفارشتونو میفرستین؟», «شرمنده‌ام قربونتون برم، ساعت کلاس ۶ عصره»: the apology names no fault and the
 *    sentence after it tells no trouble of ours (not «ببخشید، اسمتون رو درست نوشتم؟»: the agent's own act; not «شرمنده
 *    نباشید», «شرمنده‌ی محبتتون»; not «ببخشید، اشتباه از ما بود»).
 */
import { faClauseStart, faHit, faJoined, faReassures, type FaCtx, type FaWord } from './fa.ts';
import { wordMemo } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const opens = (W: readonly FaWord[], j: number): boolean => j === 0 || W[j].pauseBefore;
/** A verb form at k read with its «می / نمی» written apart («می نماید»): the index of its last word, or -1. */
function verbAt(W: readonly FaWord[], k: number, re: RegExp): number {
  if (!faJoined(W, k)) return -1;
  if (re.test(W[k].w)) return k;
  return /^(?:می|نمی)$/.test(W[k].w) && faJoined(W, k + 1) && re.test(W[k].w + W[k + 1].w) ? k + 1 : -1;
}
const WARM = /^(?:سپاسگزار|سپاسگزاریم|سپاسگزارم|ممنون|ممنونیم|ممنونم|متشکر|متشکریم|متشکرم|خوشحال|خوشحالیم|خوشحالم|تشکر|قدردان|قدردانی|خرسند|خرسندیم)$/;

// ---------------- a rule or a system that requires or forbids ----------------

const RULE21 = /^(?:قانون|قوانین|مقررات|ضوابط|آییننامه|آئیننامه|دستورالعمل|بخشنامه|سیاست|سیاستهای|رویه|شیوهنامه|اساسنامه)$/;
const SYSTEM21 = /^(?:سیستم|سامانه|نرمافزار|برنامه|اپ|اپلیکیشن|سایت|پنل|پورتال|درگاه|سرور|دستگاه|کارتخوان|کامپیوتر|کمپیوتر|رایانه)$/;
/** «ایجاب / اقتضا / الزام» + a present of کردن / نمودن, or «مجاز / قبول» + a negated present of دانستن / شمردن / کردن. */
const REQUIRE_NOUN = /^(?:ایجاب|اقتضا|الزام)$/;
const REQUIRE_VERB = /^(?:میکند|مینماید|میکنه|میکنند|کرده|نموده|مینمایند)$/;
const ALLOW_NOUN = /^(?:مجاز|قبول|ثبت)$/;
const NOT_ALLOW_VERB = /^(?:نمیداند|نمیدونه|نمیشمارد|نمیکند|نمیکنه|نمیپذیرد|نمیپذیره|نمیدانند)$/;

function readRuleActs(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // «آیین نامه», «نرم افزار» written apart.
  const rule = RULE21.test(W[j].w) || (/^(?:آیین|آئین)$/.test(W[j].w) && at(W, j + 1, /^نامه$/));
  if ((!rule && !SYSTEM21.test(W[j].w) && !(W[j].w === 'نرم' && at(W, j + 1, /^افزار$/))) || c.question) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  // The noun opens its sentence or clause, maybe after «این».
  if (!(opens(W, j) || (j === s.from + 1 && /^(?:این|همین)$/.test(W[s.from].w)) || j === s.from)) return null;
  // A system's sentence may run to a comma after its name («نرم‌افزار صدور قبوض، …»): the verb within twelve words.
  for (let k = j + 1; k < Math.min(W.length, j + 13); k++) {
    if (W[k].stopBefore) return null;
    const w = W[k].w;
    let end = -1;
    if (REQUIRE_NOUN.test(w)) end = verbAt(W, k + 1, REQUIRE_VERB);
    else if (ALLOW_NOUN.test(w)) end = verbAt(W, k + 1, NOT_ALLOW_VERB);
    if (end < 0) {
      // Another finite verb first: the noun is not its subject.
      if (W[k].v && !W[k].pauseBefore && k > j + 1 && !REQUIRE_NOUN.test(W[k - 1].w)) {
        if (W[k].v!.lemma !== 'بودن') return null;
      }
      continue;
    }
    // «… کسی جز شما …», «هیچ‌کس»: a protection, not a wall.
    let e2 = end + 1;
    while (e2 < W.length && !W[e2].stopBefore) e2++;
    if (faReassures(W, j, e2)) return null;
    return rule ? faHit(W, j, end, 'policy-shield', 'policy') : faHit(W, j, end, 'system-blocks', 'other');
  }
  return null;
}

// ---------------- not sure, said by the agent ----------------

const SURE_NOUN = /^(?:اطمینان|اطمینانی|یقین|یقینی|قطعیت|قطعیتی)$/;
const NOT_HAVE_1 = /^(?:ندارم|نداریم|نداشتم|نداشتیم)$/;
const NOT_EXIST = /^(?:ندارد|نداره|نیست|نمیباشد|نیس)$/;
const NOT_BE_1 = /^(?:نیستم|نیستیم|نیسم|نبودم|نبودیم|نیستش)$/;
/** lead27: the customer preferring or wanting one of the options («ترجیح میدید», «دوست دارید», «میخواید», «مایلید»). */
const PREFER27 = /^(?:ترجیح|دوست|مایل|مایلید|میخواید|میخواهید|میخوای|بخواید|بخواهید|بخوای)$/;
const UNDERSTOOD = /^(?:متوجه|منظور|منظورتون|منظورتان|منظورتونو|منظورتونرو|درست|فهمیده|فهمیدم)$/;

function readUnsure(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  let end = -1;
  if (w === 'مطمئن' && at(W, j + 1, NOT_BE_1)) end = j + 1;
  else if (SURE_NOUN.test(w)) {
    if (at(W, j + 1, NOT_HAVE_1)) end = j + 1;
    else if (at(W, j + 1, /^وجود$/) && at(W, j + 2, NOT_EXIST)) end = j + 2;
    else if (at(W, j + 1, /^در$/) && at(W, j + 2, /^دست$/) && at(W, j + 3, NOT_EXIST)) end = j + 3;
    else if (w.endsWith('ی') && at(W, j + 1, /^(?:نیست|نیس)$/)) end = j + 1;
  }
  if (end < 0) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  // «مطمئن نیستم درست متوجه شده باشم»: the agent checks their own understanding.
  for (let m = end + 1; m < Math.min(W.length, end + 5); m++) if (UNDERSTOOD.test(W[m].w)) return null;
  // lead27: unsure of the customer's own choice («مطمئن نبودم کدوم رنگ رو ترجیح میدید», «… کدوم روز براتون بهتره»): asking.
  for (let m = end + 1; m < Math.min(W.length, end + 10) && !(m > end + 1 && W[m].pauseBefore); m++) {
    if (PREFER27.test(W[m].w) && [0, 1, 2].some((d) => W[m + d]?.v?.person.person === 2)) return null;
    // «ترجیح میدید» (read as a past «دید» too): the customer's unless the verb is the agent's own («ترجیح میدم»).
    if (W[m].w === 'ترجیح' && W[m + 1]?.v?.person.person !== 1) return null;
    if (/^(?:براتون|براتان|برایتان|برای)$/.test(W[m].w) && /^(?:بهتره|بهتر|راحتتره|راحتتر|مناسبتره|مناسبتر)$/.test(W[m + 1]?.w ?? '')) return null;
  }
  // «در حال حاضر / فعلاً / هنوز / منم» before it: start there.
  let a = j;
  if (j >= 3 && W[j - 3].w === 'در' && W[j - 2].w === 'حال' && W[j - 1].w === 'حاضر' && faJoined(W, j - 2) && faJoined(W, j - 1) && faJoined(W, j)) a = j - 3;
  else if (j >= 1 && faJoined(W, j) && /^(?:فعلا|هنوز|منم|بنده|من|ما|ماهم|الان|راستش)$/.test(W[j - 1].w)) a = j - 1;
  return faHit(W, a, end, 'not-knowing', 'uncertainty');
}

// ---------------- candour announced with a verb of telling ----------------

const FRANK21 = /^(?:صراحتا|حقیقتا|صادقانه|بیرودربایستی|بیتعارف|رکوراست|رک)$/;
const CANDOUR_NOUN = /^(?:صداقت|صراحت|رکگویی)$/;
/** The agent's telling now: «اعلام می‌شود», «عرض کنم», «به اطلاع می‌رساند», «بگم», «خدمتتون بگم». */
const TELL_NOUN = /^(?:اعلام|عرض|بیان|ذکر|خاطرنشان|اذعان|گفته|عنوان)$/;
const TELL_AUX = /^(?:میشود|میگردد|میشه|میکنم|میکنیم|مینماییم|مینمایم|میدارم|میداریم|میدارد|کنم|کنیم|نمایم|نماییم|شود|گردد|میکنه)$/;
const TELL_VERB = /^(?:بگم|بگویم|بگوییم|بگیم|میگم|میگویم|میگوییم|میگیم)$/;

/** The index of the telling verb's last word from k (after an optional «باید / خدمتتان / خدمت شما / که»), or -1. */
function tellingAt(W: readonly FaWord[], k: number): number {
  for (let n = 0; n < 3 && W[k] && faJoined(W, k) && /^(?:باید|بایستی|خدمتتان|خدمتتون|خدمت|شما|جنابعالی|حضورتان|حضورتون)$/.test(W[k].w); n++) k++;
  if (!W[k] || !faJoined(W, k)) return -1;
  if (TELL_VERB.test(W[k].w)) return k;
  if (TELL_NOUN.test(W[k].w) && at(W, k + 1, TELL_AUX)) return k + 1;
  if (W[k].w === 'به' && at(W, k + 1, /^(?:اطلاع|استحضار|عرض)$/) && at(W, k + 2, /^(?:میرساند|میرسانیم|میرسانم|میرسونم|میرسونیم|برسانم|برسانیم|برسونم)$/)) return k + 2;
  return -1;
}

function readCandourTell(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!opens(W, j) || c.question) return null;
  let e = -1;
  if (FRANK21.test(W[j].w)) e = j;
  else if (W[j].w === 'بی' && at(W, j + 1, /^(?:رودربایستی|تعارف)$/)) e = j + 1;
  // «در / با کمال صداقت», «با صداقت کامل / تمام», «از روی صداقت».
  else if (/^(?:در|با)$/.test(W[j].w) && at(W, j + 1, /^کمال$/) && at(W, j + 2, CANDOUR_NOUN)) e = j + 2;
  else if (W[j].w === 'با' && at(W, j + 1, CANDOUR_NOUN) && at(W, j + 2, /^(?:کامل|تمام)$/)) e = j + 2;
  else if (W[j].w === 'از' && at(W, j + 1, /^روی$/) && at(W, j + 2, CANDOUR_NOUN)) e = j + 2;
  if (e < 0) return null;
  // A comma right after the adverb is fine: «صراحتاً، اعلام می‌شود …» reads the same.
  let k = e + 1;
  if (W[k] && W[k].pauseBefore && !W[k].stopBefore) {
    const t = tellingAt(W.map((x, i) => (i === k ? { ...x, pauseBefore: false } : x)), k);
    if (t < 0) return null;
    k = t;
  } else {
    k = tellingAt(W, k);
    if (k < 0) return null;
  }
  for (let m = 0; m < W.length && !(m > k && W[m].stopBefore); m++) if (WARM.test(W[m].w)) return null;
  // «صراحتاً اعلام می‌کنیم که هیچ هزینه‌ای … دریافت نمی‌شود»: a reassurance told frankly (kinds20.fa.ts's contrast).
  if (faReassures(W, k + 1, W.length, true)) return null;
  // The candour words alone: the verb of telling stays the sentence's own («به اطلاع می‌رساند» is a letter's courtesy, bur35).
  return faHit(W, j, e, 'candour-opener', 'negative-words');
}

// ---------------- a complaint waved off with a discourse particle ----------------

const NORMAL = /^(?:طبیعیه|عادیه|معمولیه|طبیعی|عادی|طبیعیست|طبیعیاست)$/;
const NO_MATTER_HEAD = /^(?:اشکال|اشکالی|عیب|عیبی|مشکلی|مهم)$/;
const NOT_BE = /^(?:نداره|ندارد|نیست|نیس)$/;
const FILLER = /^(?:خب|خوب|بابا|آخه|اخه|والا|والله|دیگه)$/;
/** The clause ends after word k: a pause or the end. */
const closesAt = (W: readonly FaWord[], k: number): boolean => !W[k + 1] || W[k + 1].pauseBefore;

/** What follows lets the customer choose or offers a step (kinds20.fa.ts's test for «مشکلی نیست که»). */
function permitsOrOffers(W: readonly FaWord[], from: number): boolean {
  for (let m = from; m < W.length && !W[m].stopBefore; m++) {
    const v = W[m].v;
    if (v && v.person.person === 2 && (v.subjunctive || /^(?:بیاید|بیاین|بیایید|باشید|باشین)$/.test(W[m].w))) return true;
    if (v && v.person.person === 1 && !v.negative) return true;
    if (/^(?:هروقت|هرموقع|راحت|مایل|خواستید|خواستین|تونستید|تونستین|توانستید|بفرمایید|بفرمایین)$/.test(W[m].w)) return true;
  }
  return false;
}

function readWavedOffParticle(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const w = W[j].w;
  const lead = opens(W, j) || (j > 0 && FILLER.test(W[j - 1].w) && opens(W, j - 1));
  // «حالا هر چی،», «هرچی حالا،», «حالا هرچی».
  if (w === 'حالا' && opens(W, j)) {
    let k = j + 1;
    if (at(W, k, /^هر$/) && at(W, k + 1, /^چی$/)) k = k + 1;
    else if (!at(W, k, /^هرچی$/)) {
      // «حالا اشکال نداره،», «حالا مهم نیست،».
      if (at(W, k, NO_MATTER_HEAD) && at(W, k + 1, NOT_BE) && closesAt(W, k + 1) && !permitsOrOffers(W, k + 2)) return faHit(W, j, k + 1, 'minimising', 'dismissive');
      return null;
    }
    return closesAt(W, k) ? faHit(W, j, k, 'minimising', 'dismissive') : null;
  }
  if (!lead) return null;
  if ((w === 'هرچی' || (w === 'هر' && at(W, j + 1, /^چی$/)))) {
    const k = w === 'هرچی' ? j + 1 : j + 2;
    return at(W, k, /^(?:حالا|دیگه)$/) && closesAt(W, k) ? faHit(W, j, k, 'minimising', 'dismissive') : null;
  }
  // «طبیعیه دیگه،», «خب طبیعی است دیگه», «عادیه که!».
  if (NORMAL.test(w)) {
    let k = j + 1;
    if (at(W, k, /^(?:است|هست|هستش)$/)) k++;
    if (!at(W, k, /^(?:دیگه|دیگر|که)$/) || !closesAt(W, k)) return null;
    const a = j > 0 && FILLER.test(W[j - 1].w) && faJoined(W, j) ? j - 1 : j;
    return faHit(W, a, k, 'minimising', 'dismissive');
  }
  // «اشکال نداره حالا،», «مهم نیست حالا».
  if (NO_MATTER_HEAD.test(w) && at(W, j + 1, NOT_BE) && at(W, j + 2, /^حالا$/) && closesAt(W, j + 2)) {
    return permitsOrOffers(W, j + 3) ? null : faHit(W, j, j + 2, 'minimising', 'dismissive');
  }
  return null;
}

// ---------------- not as serious as the customer says ----------------

const DEGREE = /^(?:آنقدرها|آنقدر|اونقدرا|اونقدرام|اونقدر|اونقدرها|آنچنان|اونچنان|چندان|آنطورها|اونجورام|اونجوری|آنگونه)$/;
const SERIOUS = /^(?:حاد|جدی|بد|وخیم|مهم|بزرگ|فاجعه|فاجعهبار|خطرناک|نگرانکننده|اساسی|بحرانی|پیچیدهای|حادی|جدیای|مهمی|بزرگی|بدی)$/;

function readNotAsYouSay(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  // «آن قدرها», «اون قدر» written apart.
  if (/^(?:آن|اون)$/.test(W[j].w) && at(W, j + 1, /^(?:قدرها|قدر|قدرا|قدرام)$/)) k = j + 2;
  else if (!DEGREE.test(W[j].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  if (at(W, k, /^(?:هم|ها)$/)) k++;
  // «که فرموده‌اید / میگید / فکر می‌کنید / تصور کردید»: the customer's own words measured. Without them it is a finding
  // («مشکل چندان جدی‌ای نیست، با یه ریستارت درست میشه»: a reassurance), not read.
  if (!at(W, k, /^که$/)) return null;
  {
    let m = k + 1;
    let said = false;
    for (; m < k + 5 && W[m] && faJoined(W, m); m++) {
      const v = W[m].v;
      // «فرموده اید», «گفته این» written apart.
      if (/^(?:فرموده|گفته)$/.test(W[m].w) && at(W, m + 1, /^(?:اید|این)$/)) {
        said = true;
        m++;
        break;
      }
      if ((v && v.person.person === 2) || /^(?:فرمودید|فرمودهاید|فرمودین|میفرمایید|گفتید|گفتین|میگید|میگین|میگویید)$/.test(W[m].w)) {
        said = true;
        break;
      }
    }
    if (!said) return null;
    k = m + 1;
  }
  if (!at(W, k, SERIOUS)) return null;
  let e = k + 1;
  if (at(W, e, /^(?:هم)$/)) e++;
  if (!at(W, e, /^(?:نیست|نیس|نبود|نیستش|نمیباشد)$/)) return null;
  // «آن‌قدر جدی نیست که تعمیر لازم باشد»: a result clause, a finding.
  if (at(W, e + 1, /^که$/)) return null;
  // «موضوع / مسئله / مشکل» just before the degree word: start there.
  const a = j > 0 && faJoined(W, j) && /^(?:موضوع|مسئله|مساله|مشکل|قضیه|ماجرا|مشکلتون|مشکلتان)$/.test(W[j - 1].w) ? j - 1 : j;
  return faHit(W, a, e, 'minimising', 'dismissive');
}

// ---------------- a bare apology opening plain information or a request ----------------

// (rwfa23) «شرمنده‌تونم», «شرمندتم», «شرمنده‌تونیم»: ashamed before you, the same reflex.
const SORRY = /^(?:شرمنده|شرمندهام|شرمندم|شرمندهایم|شرمندهتونم|شرمندتونم|شرمندهتونیم|شرمندهتانم|شرمندهتم|شرمندتم|ببخشید|ببخشین|ببخشیدا)$/;
const VOCATIVE = /^(?:قربونتون|قربونت|قربان|عزیزم|عزیز|جان|دوست|گلم|خانم|آقا)$/;
/** Our trouble named: the apology is owed. */
const FAULT = /^(?:اشتباه|اشتباهی|اشتباها|دیر|تاخیر|تأخیر|مشکل|مشکلی|معطل|معطلی|منتظر|انتظار|خطا|ناراحتی|اختلال|قطعی|سردرگمی|کوتاهی|فراموش|یادم|یادمون|حواسم|حواسمون|نشد|نتونستم|نتونستیم|متاسفانه|متأسفانه|لغو|کنسل|تموم|ولی|اما|منتها|بد|خراب|شکسته|گم|دستم|دستمون|دستمان|تقصیر|تقصیرم|تقصیرمون|قصور|غفلت|نظرم|نظرمون|جاافتاده|افتاده)$/;

/** Only a greeting before j in its sentence: «سلام», «سلام وقت بخیر», «درود», «سلام عزیزم» (each word one of these). */
function greetingOnly(W: FaWord[], j: number): boolean {
  let k = j - 1;
  if (k < 0 || j > 4) return false;
  for (; k >= 0; k--) {
    if (!/^(?:سلام|سلاام|سلاااام|سلااام|درود|وقت|وقتتون|روز|عصر|صبح|بخیر|به|خیر|عزیزم|جان|دوست)$/.test(W[k].w)) return false;
    if (W[k].stopBefore) break;
  }
  return /^(?:سلام|سلاام|سلااام|سلاااام|درود)$/.test(W[Math.max(0, k)].w);
}

/** Partners of «کردن» that only hand something over: «ارسال کردم», «پیوست کردم», «فعال کردم». */
const HANDED_OVER = /^(?:ارسال|ارسالش|پیوست|پیوستش|ضمیمه|ایمیل|ایمیلش|فعال|فعالش|آپلود|بارگذاری|واریز|شارژ|ثبت|ثبتش|رزرو|صادر|آماده|کپی|اضافه)$/;
/** (rwfa26) The first-person verb at m only sends, puts or hands over (lemma, or «کردن» after a partner above). */
function deliveryAct(W: readonly FaWord[], m: number): boolean {
  const v = W[m].v!;
  if (v.lemma === 'فرستادن' || v.lemma === 'گذاشتن') return true;
  return (v.lemma === 'کردن' || v.lemma === 'نمودن') && m > 0 && !W[m].pauseBefore && HANDED_OVER.test(W[m - 1].w);
}

function readBareApology(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // (rwfa24) After a greeting alone: «سلام ببخشید، …», «سلام وقت بخیر، شرمنده، …».
  if (!(j === 0 || W[j].stopBefore || greetingOnly(W, j))) return null;
  let k = j + 1;
  let end = j;
  let from = j;
  // (rwfa23) «با سلام و عرض پوزش، …»: the apology joined to the greeting, then its pause.
  if (W[j].w === 'با' && at(W, j + 1, /^سلام$/) && at(W, j + 2, /^و$/)) {
    from = at(W, j + 3, /^عرض$/) ? j + 3 : j + 3;
    end = at(W, j + 3, /^عرض$/) ? j + 4 : j + 3;
    if (!at(W, end, /^(?:پوزش|معذرت|عذرخواهی)$/) || !W[end + 1] || !W[end + 1].pauseBefore || W[end + 1].stopBefore) return null;
    k = end + 1;
  } else if (/^(?:عذر|معذرت)$/.test(W[j].w)) {
    if (!at(W, j + 1, /^(?:میخوام|میخواهم|میخوایم|میخواهیم)$/)) return null;
    k = j + 2;
    end = j + 1;
  } else if (!SORRY.test(W[j].w)) return null;
  if (!W[k]) return null;
  // «شرمنده‌ام قربونتون برم،», «شرمنده عزیزم،», «شرمنده‌تونم به خدا،», «ببخشید عزیزم 🙏 …»: a vocative or an oath up to its
  // pause (an emoji is one too).
  const paused = (x: FaWord) => x.pauseBefore || !!x.markBefore;
  if (from === j && !paused(W[k]) && (VOCATIVE.test(W[k].w) || (W[k].w === 'به' && at(W, k + 1, /^خدا$/)) || /^(?:بخدا|والا|والله|واقعا)$/.test(W[k].w))) {
    let m = k + 1;
    while (m < k + 3 && W[m] && !paused(W[m])) m++;
    if (W[m] && paused(W[m]) && !W[m].stopBefore) {
      end = m - 1;
      k = m;
    } else if (/^(?:واقعا|واقعاً|بخدا)$/.test(W[k].w) && W[k + 1] && !paused(W[k + 1])) {
      // (rwfa25) «ببخشید واقعا نیرو ساعت ۹ میرسه»: the intensifier written on with the apology, then the news.
      end = k;
      k++;
      if (W[k].v || /^(?:که|بابت|از|اگه|اگر|برای|واسه|ما|مارو|منو|من|مزاحم)$/.test(W[k].w)) return null;
    } else return null;
  } else if (W[k].stopBefore) return null;
  else if (!W[k].pauseBefore) {
    // Written on: «ببخشید شماره سفارشتونو میفرستین؟». Not «شرمنده نباشید», «ببخشید ما رو», «ببخشید که», «ببخشید بابت».
    if (W[k].v || /^(?:که|بابت|از|اگه|اگر|برای|واسه|ما|مارو|منو|من|ی|ای|نباشید|نباشین|کردید|کردین|مون|هستیم|شدیم|شدم|مزاحم|وقتتون|وقتتان)$/.test(W[k].w)) return null;
  }
  // The rest of the sentence: no trouble of ours, no first-person act (the agent's own work or fault), no warmth.
  let hasWord = false;
  // (rwfa24) After a request of the customer («بگین», «بفرستین»), a first-person subjunctive is its purpose, not our own
  // work: «شرمنده، اسم و فامیلتونو بگین چک کنم», «… بفرستین تا بررسی کنم».
  let asked = false;
  for (let m = k; m < W.length && !W[m].stopBefore; m++) {
    const x = W[m];
    hasWord = true;
    if (FAULT.test(x.w) || WARM.test(x.w) || SORRY.test(x.w)) return null;
    if (x.v && x.v.person.person === 2 && !x.v.negative && x.v.tense === 'present') asked = true;
    if (asked && x.v && x.v.person.person === 1 && !x.v.negative && x.v.subjunctive) continue;
    // (rwfa26) Our plain act of sending, attaching or switching on («شرمنده، فاکتورو الان میفرستم», «ببخشید، لینک رو
    // براتون فرستادم»): nothing is owned by it, the apology stands alone. Checking, following up and repairing stay ours.
    // Not asked («ببخشید، شماره سفارش رو براتون فرستادم؟»: checking with the customer).
    if (x.v && x.v.person.person === 1 && !x.v.negative && !c.question && deliveryAct(W, m)) continue;
    if (x.v && (x.v.person.person === 1 || x.v.negative)) return null;
    if (/^(?:بررسی|چک|پیگیری)$/.test(x.w) && !asked) return null;
  }
  if (!hasWord) return null;
  return faHit(W, from, end, 'apology-reflex', 'over-apology');
}

// ---------------- hedged ability, first person ----------------

/** «ممکن است بتوانم …», «ممکنه بتونیم …», «احتمالاً بتوانیم …»: the agent's own ability hedged (not «ممکن است بتوانید»: the customer's). */
function readMaybeICan(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  let k = -1;
  if (w === 'ممکن' && at(W, j + 1, /^(?:است|هست)$/)) k = j + 2;
  else if (w === 'ممکنه' || w === 'احتمالا') k = j + 1;
  else if (w === 'احتمال' && at(W, j + 1, /^(?:دارد|داره)$/)) k = j + 2;
  if (k < 0 || c.question) return null;
  if (at(W, k, /^(?:بنده|من|ما|هم|منم|ماهم)$/)) k++;
  const v = W[k]?.v;
  if (!v || !faJoined(W, k) || v.lemma !== 'توانستن' || v.person.person !== 1 || v.negative) return null;
  return faClauseStart(W, j).conditional ? null : faHit(W, j, k, 'hedged-effort', 'uncertainty');
}

// ---------------- not within our unit's remit ----------------

const REMIT = /^(?:اختیار|حیطه|حوزه|صلاحیت|محدوده|حیطهی|حوزهی)$/;
/** (rwfa23) A business by its trade's name, opening its sentence as «we» in the third person. */
const UNIT23 = /^(?:کلینیک|مطب|آموزشگاه|باشگاه|هتل|رستوران|فروشگاه|آژانس|تعمیرگاه|دفتر|شعبه|نمایندگی|داروخانه|آزمایشگاه|مجموعه|شرکت)$/;
const UNIT21 = /^(?:واحد|اداره|بخش|دفتر|شعبه|مرکز|آژانس|شرکت|فروشگاه|مجموعه|دپارتمان|تیم|کارگزاری|نمایندگی|سازمان|آموزشگاه|کلینیک|هتل|دفترخانه)$/;
const OWN = /^(?:ما|من|بنده|مون|مان)$/;
const NOT_BE_3 = /^(?:نیست|نبوده|نبودهاست|نمیباشد|نمیباشند|نیس|نیستش)$/;
/** What the customer guards: not holding it is a promise. */
const GUARDED = /^(?:اطلاعات|رمز|پسورد|مشخصات|داده|دادههای|سوابق|کارت|کد|حساب|حسابتان|حسابتون)/;

/** «صدور روادید در اختیار این آژانس نبوده», «این موضوع در حیطه اختیارات واحد ما نیست». */
function readNotOurRemit(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = -1;
  if (W[j].w === 'در' && at(W, j + 1, REMIT)) k = j + 2;
  else if (W[j].w === 'از' && at(W, j + 1, /^(?:اختیارات|وظایف|حیطه)$/)) k = j + 2;
  if (k < 0) return null;
  if (at(W, k, /^(?:اختیارات|کاری|وظایف|فعالیت)$/)) k++;
  let own = false;
  if (at(W, k, /^(?:این|اون|آن)$/) && at(W, k + 1, UNIT21)) { own = true; k += 2; }
  else if (at(W, k, UNIT21)) k++;
  if (at(W, k, OWN)) { own = true; k++; }
  if (!own || !at(W, k, NOT_BE_3)) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  for (let m = s.from; m < j; m++) if (GUARDED.test(W[m].w)) return null;
  return faHit(W, j, k, 'handled-elsewhere', 'dismissive');
}

// ---------------- stop contacting us so often ----------------

const NEED = /^(?:نیازی|لزومی|احتیاجی|لازم)$/;
const CONTACT = /^(?:تماس|زنگ|پیام|پیگیری|ایمیل|تیکت)/;
const REPEAT = /^(?:مکرر|مکررا|مدام|هی|پشتسرهم|هرروز|دائم|دائما|چندباره|بارها|مرتب|مرتبا|هرروزه)$/;

/** «نیازی به تماس‌های مکرر نیست», «لازم نیست هی زنگ بزنید», «لطفاً از پیگیری‌های مکرر خودداری کنید». */
function readStopContacting(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const need = NEED.test(W[j].w);
  if (!need && W[j].w !== 'از') return null;
  let contact = false;
  let repeat = false;
  let last = -1;
  let neg = -1;
  for (let m = j + 1; m < Math.min(W.length, j + 9) && faJoined(W, m); m++) {
    if (CONTACT.test(W[m].w)) { contact = true; last = m; }
    if (REPEAT.test(W[m].w)) { repeat = true; last = Math.max(last, m); }
    if (need ? NOT_BE_3.test(W[m].w) || /^(?:ندارد|نداره)$/.test(W[m].w) : W[m].w === 'خودداری') {
      neg = m;
      if (!need || (contact && repeat)) break;
    }
  }
  if (neg < 0 || !contact || !repeat || faClauseStart(W, j).conditional) return null;
  let e = Math.max(neg, last);
  // «… زنگ بزنید», «… خودداری کنید»: the verb after the last word read.
  if (at(W, e + 1, /^(?:بزنید|بزنین|بگیرید|بگیرین|بدید|بدین|کنید|کنین|فرمایید|نمایید|بفرمایید|بفرستید|بفرستین)$/)) e++;
  return faHit(W, j, e, 'minimising', 'dismissive');
}

// ---------------- told already, the earlier message named ----------------

const CARRIER = /^(?:تیکت|پیام|ایمیل|نامه|چت|مکالمه|پاسخ|جواب|تماس)$/;
const EARLIER = /^(?:قبلی|قبلیم|قبلیمون|قبلیمان|پیشین|قبل|قبلیام)$/;
const TELL_NOUN_1 = /^(?:توضیح|عرض|اشاره|ذکر|اعلام|بیان)$/;
const PAST_1 = /^(?:دادم|دادیم|کردم|کردیم|نمودم|نمودیم)$/;
const HOW_FULLY = /^(?:کامل|کاملا|مفصل|مفصلا|دقیق|خدمتتون|خدمتتان|براتون|برایتان|بهتون|به|شما|حضورتون)$/;
const SLIP = /^(?:اشتباه|اشتباهی|اشتباها|غلط|ناقص|فراموش|یادم)$/;

/** «تو تیکت قبلی کامل توضیح دادم که …», «در نامه پیشین به عرض رسید»-like telling in the first person, the earlier message named. */
function readToldInEarlier(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!CARRIER.test(W[j].w) || !at(W, j + 1, EARLIER) || c.question) return null;
  let k = j + 2;
  for (let n = 0; n < 3 && W[k] && faJoined(W, k) && HOW_FULLY.test(W[k].w); n++) k++;
  if (!W[k] || !faJoined(W, k)) return null;
  let end = -1;
  const v = W[k].v;
  if (v && v.lemma === 'گفتن' && v.tense === 'past' && v.person.person === 1 && !v.negative) end = k;
  else if (/^(?:نوشتم|نوشتیم)$/.test(W[k].w)) end = k;
  else if (TELL_NOUN_1.test(W[k].w) && at(W, k + 1, PAST_1)) end = k + 1;
  if (end < 0) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  for (let m = s.from; m < Math.min(W.length, end + 4); m++) if (SLIP.test(W[m].w)) return null;
  const a = j > 0 && faJoined(W, j) && /^(?:تو|توی|در)$/.test(W[j - 1].w) ? j - 1 : j;
  return faHit(W, a, end, 'repeating-myself', 'passive-aggressive');
}

// ---------------- read our message again ----------------

/** Our own text, by a first-person ending or as the earlier one: «پیاممو», «توضیحاتم», «پیام قبلی». */
const OUR_TEXT = /^(?:پیامم|پیاممو|پیاممرو|پیامامو|پیامهامو|ایمیلم|ایمیلمو|توضیحاتم|توضیحاتمو|توضیحاتمون|جوابم|جوابمو|پاسخم|متنم|متنمو|پیاممون|پیامهامون)$/;
const AGAIN = /^(?:دوباره|مجددا|مجدد|باز)$/;
/** «یه / یک بار دیگه / دیگر», «یکبار دیگه»: the index of its last word at j, or -1. */
function onceMore(W: readonly FaWord[], j: number): number {
  if (AGAIN.test(W[j].w)) return j;
  if (/^(?:یه|یک)$/.test(W[j].w) && at(W, j + 1, /^بار$/) && at(W, j + 2, /^(?:دیگه|دیگر)$/)) return j + 2;
  if (W[j].w === 'یکبار' && at(W, j + 1, /^(?:دیگه|دیگر)$/)) return j + 1;
  return -1;
}
/** Our text at k: its last word's index («پیام قبلی من / ما», «پیام قبلیم»), or -1. */
function ourText(W: readonly FaWord[], k: number): number {
  if (OUR_TEXT.test(W[k].w)) return k;
  if (/^(?:پیام|ایمیل|توضیحات|جواب|پاسخ|پیامها|پیامهای)$/.test(W[k].w) && at(W, k + 1, /^(?:قبلی|قبلیم|قبلیمو|بالا|بالام)$/)) {
    return at(W, k + 2, /^(?:من|ما|منو|مارو)$/) ? k + 2 : k + 1;
  }
  return -1;
}

/** «لطفا یه بار دیگه پیاممو بخون», «لطفاً پیام قبلی من را مجدداً مطالعه فرمایید»: read what we wrote, again. */
function readReadAgain(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const first = onceMore(W, j) >= 0 ? 'again' : ourText(W, j) >= 0 ? 'text' : '';
  if (!first) return null;
  // (rwfa23) «پیام قبلیمو بخون», «ایمیل قبلی ما را مطالعه کنید»: our earlier message named is a reading again already.
  let again = first === 'again' || (first === 'text' && !OUR_TEXT.test(W[j].w));
  let text = first === 'text';
  let k = first === 'again' ? onceMore(W, j) + 1 : ourText(W, j) + 1;
  for (let n = 0; n < 5 && W[k] && faJoined(W, k); n++) {
    const w = W[k].w;
    if (!text && ourText(W, k) >= 0) { text = true; k = ourText(W, k) + 1; continue; }
    if (onceMore(W, k) >= 0) { again = true; k = onceMore(W, k) + 1; continue; }
    if (/^(?:را|رو|با|دقت|بادقت|دقیق|کامل|لطفا|لطفاً)$/.test(w)) { k++; continue; }
    const v = W[k].v;
    let end = -1;
    if (v && v.lemma === 'خواندن' && v.person.person === 2 && !v.negative && !v.progressive) end = k;
    else if (w === 'مطالعه' && at(W, k + 1, /^(?:کنید|کنین|فرمایید|بفرمایید|نمایید|بفرمائید|کن|بکنید)$/)) end = k + 1;
    if (end < 0 || !again || !text) return null;
    return faClauseStart(W, j).conditional ? null : faHit(W, j, end, 'talking-down', 'passive-aggressive');
  }
  return null;
}

// ---------------- our unit, in the third person, does not do it ----------------

const SERVICE = /^(?:ارسال|تحویل|برگزار|قبول|پرداخت|ارائه|صادر|صدور|پذیرش|فروش|تعمیر|نصب|تعویض|استرداد|بازپرداخت|پشتیبانی|رزرو|ثبت|عودت|مرجوع|اعمال)$/;
const CHARGE21 = /^(?:هزینه|هزینهای|کارمزد|کارمزدی|مبلغ|مبلغی|وجه|وجهی|پول|پولی|جریمه|جریمهای|اجرت)$/;

/** «این فروشگاه یخچال را به شهرستان ارسال نمی‌کند», «این آموزشگاه کلاس آنلاین برگزار نمی‌کند»: the formal «we don't». */
function readUnitDoesNot(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // (rwfa23) The unit may also open its sentence by its trade's name alone or with «ما» («کلینیک در روزهای تعطیل …»,
  // «باشگاه ما …»).
  const bare = W[j].w !== 'این' && UNIT23.test(W[j].w) ? (at(W, j + 1, /^ما$/) ? 2 : 1) : 0;
  if ((!bare && (W[j].w !== 'این' || !at(W, j + 1, UNIT21))) || c.question || !(opens(W, j) || faClauseStart(W, j).from === j)) return null;
  for (let k = j + (bare || 2); k < Math.min(W.length, j + 12) && !W[k].pauseBefore; k++) {
    // «پذیرش نوبت ندارد», «ارسال ندارد»: a service the unit does not have (not a charge, not the customer's data).
    const svc = (x: string) => SERVICE.test(x) || x === 'ثبتنام';
    if (bare && /^(?:ندارد|نداره)$/.test(W[k].w) && (svc(W[k - 1].w) || (k >= 2 && svc(W[k - 2].w) && !W[k - 1].v))) {
      const s0 = svc(W[k - 1].w) ? k - 1 : k - 2;
      return faReassures(W, j, k + 1) || faClauseStart(W, j).conditional ? null : faHit(W, s0, k, 'not-offered', 'cant-wont');
    }
    const v = W[k].v;
    // «ارسال نمی نماید» with «نمی» written apart (نمودن is a formal light verb the word table reads only joined).
    if (W[k].w === 'نمی' && SERVICE.test(W[k - 1].w) && at(W, k + 1, /^(?:نماید|کند|کنه)$/)) {
      return faReassures(W, j, k + 2) || faClauseStart(W, j).conditional ? null : faHit(W, k - 1, k + 1, 'not-offered', 'cant-wont');
    }
    if (!v) {
      if (CHARGE21.test(W[k].w) || GUARDED.test(W[k].w)) return null;
      continue;
    }
    if (!v.negative || v.tense !== 'present' || v.person.person !== 3 || v.person.plural) return null;
    const light = /^(?:کردن|دادن|نمودن)$/.test(v.lemma) && SERVICE.test(W[k - 1].w);
    if (!light && !/^(?:فرستادن|پذیرفتن)$/.test(v.lemma)) return null;
    if (faReassures(W, j, k + 1) || faClauseStart(W, j).conditional) return null;
    return faHit(W, light ? k - 1 : k, k, 'not-offered', 'cant-wont');
  }
  return null;
}

/** First words this file's readers start on (a pure function of the word). */
export const kinds21MayStart = wordMemo(mayStart21);
function mayStart21(w: string): boolean {
  return RULE21.test(w) || SYSTEM21.test(w) || w === 'مطمئن' || SURE_NOUN.test(w) || FRANK21.test(w) || w === 'بی' || w === 'در' || w === 'با' || w === 'از' ||
    w === 'حالا' || w === 'هرچی' || w === 'هر' || NORMAL.test(w) || NO_MATTER_HEAD.test(w) || DEGREE.test(w) || SORRY.test(w) || w === 'عذر' || w === 'معذرت' ||
    w === 'ممکن' || w === 'ممکنه' || w === 'احتمالا' || w === 'احتمال' || NEED.test(w) ||
    w === 'آیین' || w === 'آئین' || w === 'نرم' || w === 'آن' || w === 'اون' || CARRIER.test(w) || OUR_TEXT.test(w) || AGAIN.test(w) ||
    w === 'یه' || w === 'یک' || w === 'یکبار' || /^(?:پیام|ایمیل|توضیحات|جواب|پاسخ|پیامها|پیامهای)$/.test(w) || w === 'این' || UNIT23.test(w);
}

function readKinds21(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (!kinds21MayStart(w)) return null;
  return readRuleActs(c, j) ?? readUnsure(c, j) ?? readCandourTell(c, j) ?? readWavedOffParticle(c, j) ?? readNotAsYouSay(c, j) ?? readBareApology(c, j) ??
    readMaybeICan(c, j) ?? readNotOurRemit(c, j) ?? readStopContacting(c, j) ?? readToldInEarlier(c, j) ?? readReadAgain(c, j) ?? readUnitDoesNot(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_21 = [readKinds21];
