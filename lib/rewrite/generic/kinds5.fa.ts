/**
 * Persian apology reflex over its parts (rwfa8, issue 12), found with the variant matrix (scripts/fa-matrix.ts), not read off
 * any split's misses. The pack reads «با عرض پوزش بابت تاخیر», «ببخشید بابت مشکل», «از تأخیر پیش آمده پوزش می‌طلبیم», each
 * for the combinations once written; a new writer combines the same parts differently («با عرض پوزش از تأخیر پیش آمده»,
 * «شرمنده بابت مشکل پیش اومده», «از بابت هرگونه سوءتفاهم عذر می‌خواهیم»). One reader over the parts:
 *
 *  - **apology, then what for**: an apology word (پوزش، عذرخواهی، عذر/معذرت + a verb of wanting, ببخشید، شرمنده،
 *    متأسفیم …, its verb optional) + a preposition of cause (بابت، از بابت، از، به خاطر، برای، به دلیل) + an optional
 *    determiner (هرگونه، این، تمامی، کلیه، بروز) + a trouble noun (تأخیر، مشکل، ناراحتی، سوءتفاهم، اختلال، معطلی، زحمت،
 *    وقفه، خطا …) + optionally «پیش‌آمده», «پیش اومده», «ایجادشده», «به وجود آمده»;
 *  - **what for, then the apology**: the same preposition and noun, then the apology with its verb in its clause
 *    («از بابت هرگونه سوءتفاهم عذر می‌خواهیم», «به خاطر وقفه‌ی ایجادشده شرمنده‌ایم»).
 *
 * An apology for a delay or a trouble counts as a reflex even with a fix after it (the convention of fa.dev, fa-W126,
 * fa-D101). Not flagged: the regret «متأسفم که …» for what the customer went through (fa-N086, fa-S087: no trouble noun
 * after a preposition), the trouble noun in a compensation («بابت تأخیر، هزینه ارسال برگشت»: no apology word), the
 * customer's apology («نیازی به عذرخواهی نیست», «از عذرخواهی شما ممنونیم»: the apology word after «به»/«از»), a question.
 * Advice only, as every generic hit (no alternative text, so nothing promised or invented).
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { FaGate } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

/** An apology word that needs no verb («پوزش بابت تأخیر», «شرمنده بابت …», «ببخشید از …»). */
const APOLOGY_BARE = /^(?:پوزش|عذرخواهی|معذرتخواهی|ببخشید|ببخشین|ببخش|شرمنده|شرمندهام|شرمندهایم|شرمندم|شرمندهم|شرمندهیم|متاسفیم|متأسفیم|متاسفم|متأسفم)$/;
/** An apology word that wants its verb («عذر می‌خواهیم», «معذرت می‌خوام»). */
const APOLOGY_WITH_VERB = /^(?:عذر|معذرت)$/;
const APOLOGY_VERB = /^(?:میطلبیم|میطلبم|میخواهیم|میخواهم|میخوایم|میخوام|میخام|میخایم|میکنیم|میکنم|مینماییم|مینمایم|خواستاریم|میخواستم|میخواستیم)$/;
/** The causal prepositions, one word or two. */
const PREP_ONE = /^(?:بابت|برای|بهخاطر|بخاطر|بهدلیل|بدلیل|ازبابت|از)$/;
const DETERMINER = /^(?:هرگونه|هرنوع|این|اون|آن|تمامی|کلیه|همه|بروز|وقوع|ایجاد|هر)$/;
const TROUBLE = /^(?:تاخیر|تأخیر|تاخیرات|تأخیرات|دیرکرد|مشکل|مشکلی|مشکلات|ناراحتی|ناراحتیها|ناراحتیهای|سوءتفاهم|سوتفاهم|سوئتفاهم|سوءتفاهمی|اختلال|اختلالی|اختلالات|معطلی|معطلیها|زحمت|زحمات|زحمتی|وقفه|وقفهی|وقفهای|خطا|خطای|خطاها|سردرگمی|دردسر|دردسرها|ناملایمات|ناملایمتی|قطعی|کندی|نارضایتی|انتظار|انتظارتون|انتظارها|تاخیری|تأخیری|مشکله|بینظمی|تأخیرهای|تاخیرهای|مشکلهای|اذیت|اذیتی|اذیتها|اذیتهای|دردسری|زحمتها|زحمتهای)$/;
const PLURAL = /^(?:تاخیرات|تأخیرات|مشکلات|ناراحتیها|ناراحتیهای|اختلالات|معطلیها|زحمات|خطاها|دردسرها|ناملایمات|تأخیرهای|تاخیرهای|مشکلهای)$/;
const CAME_ONE = /^(?:پیشآمده|پیشاومده|ایجادشده|بوجودآمده|بهوجودآمده|رخداده|حاصله|وارده|پیشامده|بهوجوداومده|بوجوداومده|احتمالی|اخیر|امروز|دیروز|دیشب|اخیرا)$/;

/** An intensifier of sincerity right before the apology: meant, not a formula (fa-Y214, a neutral of dev3). */
const SINCERE = /^(?:واقعا|واقعاً|صمیمانه|قلبا|قلباً|عمیقا|عمیقاً|جدا|جداً|صادقانه)$/;

/** The preposition at k: the index after it, or -1. */
function prepAt(W: FaWord[], k: number): number {
  const w = W[k]?.w ?? '';
  if (w === 'از' && W[k + 1]?.w === 'بابت' && faJoined(W, k + 1)) return k + 2;
  if (w === 'به' && /^(?:خاطر|دلیل)$/.test(W[k + 1]?.w ?? '') && faJoined(W, k + 1)) return k + 2;
  return PREP_ONE.test(w) ? k + 1 : -1;
}

/** A trouble noun phrase from k: [determiner] trouble [came up]; the index of its last word, or -1. */
function troubleAt(W: FaWord[], k: number): number {
  if (!faJoined(W, k)) return -1;
  if (DETERMINER.test(W[k].w) && faJoined(W, k + 1)) k++;
  if (DETERMINER.test(W[k].w) && faJoined(W, k + 1)) k++; // «بروز هرگونه ناراحتی»
  // (rwfa26) «هر نوع / هر جور / هر گونه زحمتی» written apart; «همه چی / همه‌چیز»: sorry for everything, nothing named.
  if (W[k - 1]?.w === 'هر' && /^(?:نوع|جور|گونه)$/.test(W[k]?.w ?? '') && faJoined(W, k + 1)) k++;
  if (/^(?:همهچی|همهچیز)$/.test(W[k]?.w ?? '')) return k;
  if (W[k - 1]?.w === 'همه' && /^(?:چی|چیز)$/.test(W[k]?.w ?? '')) return k;
  // «طولانی شدن کار», «دیر شدن پاسخ», «معطل شدنتون», «منتظر موندنتون»: the wait as an infinitive.
  if (/^(?:طولانی|دیر|معطل|منتظر|کند)$/.test(W[k]?.w ?? '') && faJoined(W, k + 1) && /^(?:شدن|موندن|ماندن)(?:تون|تان|ش|شون)?$/.test(W[k + 1].w)) {
    return faJoined(W, k + 2) && /^(?:کار|پاسخ|جواب|ارسال|پاسخگویی|رسیدگی|بررسی|سفارش|تحویل)$/.test(W[k + 2].w) ? k + 2 : k + 1;
  }
  if (!TROUBLE.test(W[k]?.w ?? '')) return -1;
  let end = k;
  if (faJoined(W, end + 1) && CAME_ONE.test(W[end + 1].w)) end++;
  else if (faJoined(W, end + 2) && /^(?:پیش|بوجود|بهوجود|ایجاد|رخ)$/.test(W[end + 1].w) && /^(?:آمده|اومده|شده|امده|داده)$/.test(W[end + 2].w)) end += 2;
  else if (faJoined(W, end + 3) && W[end + 1].w === 'به' && W[end + 2].w === 'وجود' && /^(?:آمده|اومده)$/.test(W[end + 3].w)) end += 3;
  return end;
}

/** An apology at k: the index of its last word (its verb when it has one), or -1. */
function apologyAt(W: FaWord[], k: number): number {
  const w = W[k]?.w ?? '';
  if (APOLOGY_WITH_VERB.test(w)) {
    if (faJoined(W, k + 1) && APOLOGY_VERB.test(W[k + 1].w)) return k + 1;
    return faJoined(W, k + 2) && W[k + 1].w === 'می' && APOLOGY_VERB.test(`می${W[k + 2].w}`) ? k + 2 : -1;
  }
  if (!APOLOGY_BARE.test(w)) return -1;
  if (faJoined(W, k + 1) && (APOLOGY_VERB.test(W[k + 1].w) || /^(?:هستیم|هستم|ایم|ام)$/.test(W[k + 1].w))) return k + 1;
  if (faJoined(W, k + 2) && W[k + 1].w === 'می' && APOLOGY_VERB.test(`می${W[k + 2].w}`)) return k + 2;
  return k;
}

/** The apology word is the customer's, or no apology is needed: «نیازی به عذرخواهی نیست», «از عذرخواهی شما». */
function notOurs(W: FaWord[], j: number): boolean {
  const prev = j > 0 && !W[j].pauseBefore ? W[j - 1].w : '';
  return /^(?:به|از|برای|بدون|بی)$/.test(prev);
}

/**
 * «… که دیر شد», «… که طول کشید», «… که دیر جواب دادم», «… اگه دیر شد»: sorry that it was late (the pack and fa.ts read
 * «که منتظر موندید», «که مزاحم شدم»). The index of the verb, or -1.
 */
function lateAfter(W: FaWord[], k: number): number {
  if (!faJoined(W, k) || !/^(?:که|اگه|اگر|ازاینکه)$/.test(W[k].w)) return -1;
  for (let m = k + 1; m <= k + 4 && faJoined(W, m); m++) {
    if (!/^(?:دیر|طول|زمانبر|وقتگیر)$/.test(W[m].w)) continue;
    for (let n = m + 1; n <= m + 3 && faJoined(W, n); n++) if (W[n].v || /^(?:شد|کشید|کشیده|شده|دادم|دادیم|دادیم|شدهاست)$/.test(W[n].w)) return n;
    return -1;
  }
  return -1;
}

const AGAIN = /^(?:مجددا|مجدداً|بازم|دوباره|مکررا|مکرراً)$/;
const ACCEPT = /^(?:بپذیرید|بپذیرین|بپذیرند|بپذیرد|پذیرا|قبول)$/;

/** Every apology the reader below returns holds one of these stems (APOLOGY_BARE, APOLOGY_WITH_VERB). */
const APOLOGY_STEM = /پوزش|عذر|معذرت|ببخش|شرمند|متاسف|متأسف/;
const apologyInSentence = new WeakMap<readonly FaWord[], boolean>();
/** Whether the sentence holds an apology word at all: read once per sentence, so the reader costs nothing on the others. */
function mayApologise(W: readonly FaWord[]): boolean {
  let v = apologyInSentence.get(W);
  if (v === undefined) {
    v = W.some((x) => APOLOGY_STEM.test(x.w));
    apologyInSentence.set(W, v);
  }
  return v;
}

function readApologyFor(c: FaCtx, j: number): GenericHit | null {
  if (c.question || !mayApologise(c.W)) return null;
  const { W } = c;
  // «مجدداً شرمنده‌ایم», «باز هم ببخشید», «بازم عذرخواهی می‌کنیم»: the apology said again (a reflex by the splits'
  // convention: fa-V138, fa-D107), ending its clause or before what it is for.
  const again = AGAIN.test(W[j].w) ? j + 1 : W[j].w === 'باز' && W[j + 1]?.w === 'هم' && faJoined(W, j + 1) ? j + 2 : -1;
  if (again > 0 && faJoined(W, again)) {
    const e = apologyAt(W, again);
    if (e >= 0 && !notOurs(W, again) && !(faJoined(W, e + 1) && /^(?:شما|شمارو|شمارا|ایشان)$/.test(W[e + 1].w))) return faHit(W, j, e, 'apology-reflex', 'over-apology');
  }
  // «عذرخواهی ما را بپذیرید», «پوزش صمیمانه‌ی اینجانب را پذیرا باشید»: please accept our apology.
  if (/^(?:عذرخواهی|پوزش|معذرتخواهی|عذرخواهیهای)$/.test(W[j].w)) {
    let k = j + 1;
    if (faJoined(W, k) && /^(?:صمیمانه|صمیمانهی|خالصانه|خالصانهی)$/.test(W[k].w)) k++;
    if (faJoined(W, k) && /^(?:ما|اینجانب|بنده|من|مرا|مارو|منو)$/.test(W[k].w)) {
      if (!/^(?:مرا|مارو|منو)$/.test(W[k].w)) k++;
      else k = k;
      if (faJoined(W, k) && /^(?:را|رو|مرا|مارو|منو)$/.test(W[k].w)) {
        for (let m = k + 1; m <= k + 8 && faJoined(W, m); m++) {
          if (ACCEPT.test(W[m].w)) return faHit(W, j, faJoined(W, m + 1) && /^(?:باشید|باشین|کنید|کنین|فرمایید)$/.test(W[m + 1].w) ? m + 1 : m, 'apology-reflex', 'over-apology');
          if (W[m].v) break;
        }
      }
    }
  }
  // Apology first: «با عرض پوزش از تأخیر پیش آمده», «شرمنده بابت مشکل پیش اومده».
  const a = apologyAt(W, j);
  if (a >= 0) {
    if (notOurs(W, j) || (j > 0 && !W[j].pauseBefore && SINCERE.test(W[j - 1].w))) return null;
    const late = lateAfter(W, a + 1);
    if (late >= 0) return faHit(W, j, late, 'apology-reflex', 'over-apology');
    const p = prepAt(W, a + 1);
    if (p < 0 || !faJoined(W, a + 1)) return null;
    const end = troubleAt(W, p);
    return end >= 0 ? faHit(W, j, end, 'apology-reflex', 'over-apology') : null;
  }
  // «از اینکه منتظر ماندید پوزش می‌طلبیم», «از اینکه طول کشید شرمنده‌ام» (not «… متأسفیم»: regret for what they went
  // through, like «متأسفیم که …»).
  const since = W[j].w === 'ازاینکه' ? j + 1 : W[j].w === 'از' && faJoined(W, j + 1) && /^(?:اینکه|این)$/.test(W[j + 1].w) ? (W[j + 1].w === 'این' ? (W[j + 2]?.w === 'که' && faJoined(W, j + 2) ? j + 3 : -1) : j + 2) : -1;
  if (since > 0) {
    for (let k = since + 1; k <= since + 7 && faJoined(W, k); k++) {
      const e = apologyAt(W, k);
      if (e < 0) continue;
      if (/^(?:متاسف|متأسف|ببخش)/.test(W[k].w) || (e === k && !/^(?:پوزش|عذرخواهی|شرمنده)/.test(W[k].w))) return null;
      if (faJoined(W, e + 1) && /^(?:شما|شمارو|شمارا|ایشان)$/.test(W[e + 1].w)) return null;
      return faHit(W, j, e, 'apology-reflex', 'over-apology');
    }
    return null;
  }
  // What for first: «از بابت هرگونه سوءتفاهم عذر می‌خواهیم», «به خاطر وقفه‌ی ایجادشده شرمنده‌ایم».
  const p = prepAt(W, j);
  if (p < 0) return null;
  const end = troubleAt(W, p);
  if (end < 0) return null;
  // Only the blanket apology here: «هرگونه / بروز …», «… پیش‌آمده / ایجادشده», troubles in the plural. One named trouble
  // with the verb last («بابت تأخیر عذر می‌خوام، الان پیگیری می‌کنم», «بابت تأخیر ارسال عذر می‌خوام، کد تخفیف … فعال شد»)
  // is a plain apology by the team's tests (fa-guard, fa-kinds2); the pack reads its formal forms.
  let blanket = false;
  for (let m = p; m <= end; m++) if (DETERMINER.test(W[m].w) || CAME_ONE.test(W[m].w) || PLURAL.test(W[m].w) || /^(?:آمده|اومده|امده|شده|داده)$/.test(W[m].w)) blanket = true;
  if (!blanket) return null;
  for (let k = end + 1; k <= end + 3 && faJoined(W, k); k++) {
    // «بابت تأخیر واقعاً عذر می‌خوام، کد ارسال رایگان …»: a sincere apology, meant (fa-Y214); only «از شما»/«ما» between.
    if (SINCERE.test(W[k].w)) return null;
    const e = apologyAt(W, k);
    if (e >= 0) {
      // A bare «ببخشید»/«متأسفم» after the noun may open the next thought; the verb-final form needs a verb or «شرمنده‌ایم».
      if (e === k && !/^(?:پوزش|عذرخواهی|شرمنده|شرمندهام|شرمندهایم|شرمندم|شرمندهم|متاسفیم|متأسفیم|متاسفم|متأسفم)$/.test(W[k].w)) return null;
      // «… عذرخواهی شما رو پذیرفتیم»: the apology is someone else's.
      if (faJoined(W, e + 1) && /^(?:شما|شمارو|شمارا|ایشان)$/.test(W[e + 1].w)) return null;
      return faHit(W, j, e, 'apology-reflex', 'over-apology');
    }
    if (W[k].v) return null;
  }
  return null;
}

// ---- Other families' parts the matrix showed combined in ways no rule read --------------------------------------------------

/** «مشکل از خودتون بوده», «ایراد از شما بوده است», «اشکال از سمت شما بود»: the fault is the customer's (the pack reads «اشتباه از طرف شما بوده»). */
const FAULT = /^(?:مشکل|ایراد|اشکال|خطا|اشتباه|تقصیر|مشکلش|ایرادش|اشکالش|خطاش|اشتباهش|ایرادات|مشکلات)$/;
const YOU = /^(?:شما|خودتون|خودتان|خودت|جنابعالی)$/;
const SIDE = /^(?:طرف|سمت|جانب)$/;
const WAS = /^(?:بوده|است|بود|هست|بودهاست|بودست|میباشد)$/;
function readFaultIsYours(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!FAULT.test(W[j].w) || W[j + 1]?.w !== 'از' || !faJoined(W, j + 1)) return null;
  let k = j + 2;
  if (faJoined(W, k) && SIDE.test(W[k].w)) k++;
  if (!faJoined(W, k) || !YOU.test(W[k].w) || !faJoined(W, k + 1) || !WAS.test(W[k + 1].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  const end = faJoined(W, k + 2) && W[k + 1].w === 'بوده' && W[k + 2].w === 'است' ? k + 2 : k + 1;
  return faHit(W, j, end, 'blame-customer', 'blame');
}

/** «سیستمش قبول نمی‌کنه», «سامانه‌مون اجازه نمی‌ده», «سیستمش نمی‌ذاره»: the system with a clitic as the wall (the pack reads «سیستم …» bare). */
const SYSTEM_CLITIC = /^(?:سیستمش|سیستمشون|سیستممون|سیستممان|سیستمتون|سیستمها|سیستما|سامانهاش|سامانهش|سامانهمون|سامانهمان|سامانش|سیستمامون)$/;
const LETS_NOT = /^(?:نمیذاره|نمیزاره|نمیگذارد|نمیگذاره|نمیذارن|نمیدن)$/;
const ACCEPTS_NOT = /^(?:نمیکنه|نمیکند|نمیکنن|نمیکنند)$/;
const GIVES_NOT = /^(?:نمیده|نمیدهد|نمیدن|نمیدهند)$/;
function readSystemClitic(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEM_CLITIC.test(W[j].w) || c.reassuring) return null;
  for (let k = j + 1; k <= j + 3 && faJoined(W, k); k++) {
    let w = W[k].w;
    let end = k;
    if (w === 'نمی' && faJoined(W, k + 1)) {
      w = `نمی${W[k + 1].w}`;
      end = k + 1;
    }
    if (LETS_NOT.test(w)) return faHit(W, j, end, 'system-blocks', 'other');
    if (ACCEPTS_NOT.test(w) && /^(?:قبول|تایید|تأیید|ثبت)$/.test(W[k - 1].w)) return faHit(W, j, end, 'system-blocks', 'other');
    if (GIVES_NOT.test(w) && /^(?:اجازه|اجازهش|اجازشو|رخصت)$/.test(W[k - 1].w)) return faHit(W, j, end, 'system-blocks', 'other');
    if (W[k].v) return null;
  }
  return null;
}

/** «رو راست بگم»: the candour opener with «روراست» in two words (kinds2.fa.ts reads «رک بگم», «به‌صراحت عرض کنم»). */
function readFrankTwoWords(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k = j;
  if (W[j].w === 'رو' && W[j + 1]?.w === 'راست' && faJoined(W, j + 1)) k = j + 1;
  else if (W[j].w !== 'روراست') return null;
  if (!faJoined(W, k + 1) || !/^(?:بگم|بگویم|بگیم|بگوییم)$/.test(W[k + 1].w)) return null;
  return faHit(W, j, k + 1, 'candour-opener', 'negative-words');
}

/** «با تأسف این مدل موجود نیست», «با تأسف فراوان …»: «unfortunately» in three words (the pack reads «با کمال تأسف»). */
function readWithRegret(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'با' || !/^(?:تاسف|تأسف)$/.test(W[j + 1]?.w ?? '') || !faJoined(W, j + 1)) return null;
  if (j > 0 && !W[j].pauseBefore) return null;
  let end = j + 1;
  if (faJoined(W, end + 1) && /^(?:فراوان|بسیار|زیاد)$/.test(W[end + 1].w)) end++;
  // «با تأسف از شنیدن …»: regret for what the customer went through, not bad news; and a sentence must follow.
  if (!faJoined(W, end + 1) && !W[end + 1]?.pauseBefore) return null;
  if (!W[end + 1] || W[end + 1].w === 'از' || W[end + 1].stopBefore) return null;
  return faHit(W, j, end, 'unfortunately', 'negative-words');
}

/**
 * «همان طور که دیروز هم عرض کردم», «همانطور که پیش تر گفتیم»: «as I said», with «همان طور» and «پیش تر» in two words
 * (kinds2.fa.ts reads them in one). An earlier-time word and a first-person verb of saying, or «گفته/اعلام/ذکر شد».
 */
const AS_ONE = /^(?:همانطور|همونطور|همانطوری|همونطوری|همانگونه|همونجور|همونجوری|همانجور)$/;
const TIME = /^(?:قبلا|قبلاً|پیشتر|دیروز|دیشب|بارها|هم|قبلی|گذشته|مکررا|مکرراً)$/;
const FILL = /^(?:بهتون|بهت|به|شما|خدمتتان|خدمتتون|خدمت|حضورتان|حضورتون|در|تو|توی|ایمیل|پیام|تماس|تلفن|تلفنی|هفته|روز|این|از|پیش|تر|بالا|صبح)$/;
function readAsISaidSplit(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  const split = /^(?:همان|همون)$/.test(W[j].w) && /^(?:طور|طوری|گونه|جور|جوری)$/.test(W[j + 1]?.w ?? '') && faJoined(W, j + 1);
  if (split) k = j + 2;
  else if (AS_ONE.test(W[j].w)) k = j + 1;
  else return null;
  if (j > 0 && !W[j].pauseBefore) return null;
  if (W[k]?.w !== 'که' || !faJoined(W, k)) return null;
  let time = false;
  for (let m = k + 1; m <= k + 6 && faJoined(W, m); m++) {
    const w = W[m].w;
    if (TIME.test(w) || (w === 'تر' && W[m - 1].w === 'پیش')) {
      time = true;
      continue;
    }
    if (/^(?:گفتم|گفتیم|نوشتم|نوشتیم)$/.test(w)) return time ? faHit(W, j, m, 'repeating-myself', 'passive-aggressive') : null;
    if (/^(?:عرض|اشاره|توضیح|ذکر|اعلام)$/.test(w) && faJoined(W, m + 1)) {
      const v = W[m + 1].w;
      if (/^(?:کردم|کردیم|دادم|دادیم|نمودم|نمودیم)$/.test(v) || (/^(?:شد|گردید)$/.test(v) && w !== 'عرض')) return time ? faHit(W, j, m + 1, 'repeating-myself', 'passive-aggressive') : null;
      return null;
    }
    if (w === 'گفته' && faJoined(W, m + 1) && /^(?:شد|شده|بودم|بودیم)$/.test(W[m + 1].w)) return time ? faHit(W, j, m + 1, 'repeating-myself', 'passive-aggressive') : null;
    if (!FILL.test(w)) return null;
  }
  return null;
}

/** «قضیه خاصی نیست», «مسئله‌ی خیلی مهمی نیست»: nothing to it (the pack reads «چیز خاصی نیست», kinds4.fa.ts «موضوع … مهمی نیست»; not «مشکل خاصی نیست»: reassurance). */
const MATTER = /^(?:قضیه|قضیهی|مسئله|مسئلهی|مساله|مسالهی|موضوع)$/;
function readNothingToIt(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!MATTER.test(W[j].w)) return null;
  let k = j + 1;
  if (faJoined(W, k) && /^(?:خیلی|چندان|زیاد|اونقدر|آنقدر)$/.test(W[k].w)) k++;
  if (!faJoined(W, k) || !/^(?:خاصی|مهمی)$/.test(W[k].w) || !faJoined(W, k + 1) || !/^(?:نیست|نیس|نمیباشد)$/.test(W[k + 1].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, k + 1, 'minimising', 'dismissive');
}

/**
 * «اینقدر عصبانی نباشید», «این همه جوش نزنید», «انقدر داد و بیداد نکنید»: the customer told how (not) to feel, with an
 * intensifier (the pack reads «عصبانی نشید», «حرص نخورید», «داد نزنید»). Not «ناراحت/نگران نباشید»: sympathy or reassurance.
 */
const SO = /^(?:اینقدر|انقدر|اینهمه|اونقدر|آنقدر|زیاد)$/;
const FEEL = /^(?:عصبانی|عصبی|حرص|جوش|داد|دادوبیداد|شلوغ|هول|هل)$/;
const DONT_2 = /^(?:نشید|نشین|نشوید|نباشید|نباشین|نباش|نخورید|نخورین|نخور|نزنید|نزنین|نزن|نکنید|نکنین|نکن)$/;
function readSoUpset(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (SO.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'این' && W[j + 1]?.w === 'همه' && faJoined(W, j + 1)) k = j + 2;
  else return null;
  if (!faJoined(W, k) || !FEEL.test(W[k].w)) return null;
  if (W[k].w === 'داد' && W[k + 1]?.w === 'و' && W[k + 2]?.w === 'بیداد' && faJoined(W, k + 2)) k += 2;
  if (!faJoined(W, k + 1) || !DONT_2.test(W[k + 1].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, k + 1, 'calm-down', 'dismissive');
}

/** «اتفاقی نیفتاده که،», «چیز مهمی نشده که،»: nothing happened, with the «که» of retort closing the clause (kinds2.fa.ts reads «اتفاق خاصی که نیفتاده»). */
function readNothingHappenedRetort(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:اتفاقی|چیزی)$/.test(W[j].w)) k = j + 1;
  else if (/^(?:اتفاق|چیز)$/.test(W[j].w) && /^(?:خاصی|مهمی)$/.test(W[j + 1]?.w ?? '') && faJoined(W, j + 1)) k = j + 2;
  else return null;
  if (j > 0 && !W[j].pauseBefore && /^(?:هیچ|که|اگه|اگر)$/.test(W[j - 1].w)) return null;
  if (!faJoined(W, k) || !/^(?:نیفتاده|نیوفتاده|نشده)$/.test(W[k].w)) return null;
  if (!faJoined(W, k + 1) || W[k + 1].w !== 'که' || (W[k + 2] && !W[k + 2].pauseBefore)) return null;
  return faHit(W, j, k + 1, 'minimising', 'dismissive');
}

function readOtherParts(c: FaCtx, j: number): GenericHit | null {
  if (c.question) return null;
  return readSoUpset(c, j) ?? readNothingHappenedRetort(c, j) ?? readNothingToIt(c, j) ?? readFaultIsYours(c, j) ?? readSystemClitic(c, j) ?? readFrankTwoWords(c, j) ?? readWithRegret(c, j) ?? readAsISaidSplit(c, j);
}

/** The readers of this file, in the order kinds.fa.ts runs them. */
export const KIND_READERS_FA_5 = [readApologyFor, readOtherParts];

/**
 * Each reader's first tests restated on the written word, for constructions.fa.ts's dispatch (see KIND_GATES_FA in
 * kinds.fa.ts): the apology said again, accepted or first, «از اینکه …», a preposition before a trouble; and the first words
 * of readOtherParts's eight readers.
 */
export const KIND_GATES_FA_5: ReadonlyMap<(c: FaCtx, j: number) => GenericHit | null, FaGate<unknown>> = new Map([
  [readApologyFor, { w: (w: string) => AGAIN.test(w) || w === 'باز' || /^(?:عذرخواهی|پوزش|معذرتخواهی|عذرخواهیهای)$/.test(w) || APOLOGY_WITH_VERB.test(w) || APOLOGY_BARE.test(w) || w === 'ازاینکه' || w === 'از' || w === 'به' || PREP_ONE.test(w) }],
  [
    readOtherParts,
    {
      w: (w: string) =>
        SO.test(w) || w === 'این' || /^(?:اتفاقی|چیزی|اتفاق|چیز)$/.test(w) || MATTER.test(w) || FAULT.test(w) || SYSTEM_CLITIC.test(w) || w === 'رو' || w === 'روراست' || w === 'با' || w === 'همان' || w === 'همون' || AS_ONE.test(w),
    },
  ],
]);
