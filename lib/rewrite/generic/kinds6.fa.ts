/**
 * Persian families over their parts (rwfa10), found with the second variant matrix (scripts/fa-matrix2.ts), not read off
 * any split's misses: each family written from the language (words, every person, both registers), its combinations
 * generated, and a matrix of look-alikes that must stay quiet. Advice only, as every generic hit (no alternative text,
 * so nothing promised or invented). None in a question; none in a condition where the family can be conditional.
 *
 *  - not-my-dept: «این مورد مربوط به واحد مالی است/ـه», «این کار به عهده شرکت پست است», «به ما ارتباطی نداره», «ربطی به پشتیبانی نداره»,
 *    «از عهده ما بیرونه», «ما فقط ثبت سفارش رو انجام میدیم», «ما فقط مسئول ارسال هستیم», «کار ما فقط فروش است»
 *    (not «این هزینه مربوط به ارسال است», «ربطی به حساب شما نداره», «ما فقط به شماره سفارش نیاز داریم»,
 *    nor a handover done: «… ارجاع دادم و با شما تماس می‌گیرند»);
 *  - system: the system (bare, with «ما», with a clitic) refusing within a few words («سامانه‌مون اجازه این کار رو
 *    نمیده», «سیستم این آدرس رو قبول نمی‌کند»), «تو پنل این گزینه نیست / تعریف نشده», «این محدودیت سیستمیه»;
 *  - ill-try: «سعی خودمو می‌کنم», «تلاشمونو می‌کنیم», «سعی می‌نماییم», «پیگیری می‌کنم ببینیم چی میشه»,
 *    «قول قطعی نمیدم» (not «سعی کنید …», «بذارید ببینم؛ …», past effort);
 *  - to-be-honest: «راستشو بگم», «حقیقت رو بخواید», «بدون تعارف،», «به صراحت بگویم»;
 *  - passive-aggressive: «همونطور که بهتون گفتم», «همونطور که دفعه قبل نوشتم», «دیروز هم گفتم که», «قبلاً هم
 *    اعلام کردیم که», «بر اساس پیام قبلی» (not «… قبلی شما»), «مجدداً میگم / توضیح میدم / خاطرنشان می‌کنم»,
 *    «لطفاً دقت کنید؛», «لطفاً با دقت بخوانید» (not «مجدداً از صبرتون ممنونم», «با دقت بررسی کردیم»);
 *  - dismissive: «اینکه مشکل بزرگی نیست», «ناراحتی نداره که», «این همه ناراحتی نداره», «پیش میاد دیگه», «این چیزا
 *    پیش میاد», «زیادی حساس شدید», «بیش از حد سخت می‌گیرید», «از کاه کوه نسازید», «قضیه رو گنده نکنید»,
 *    «خودتون رو کنترل کنید» (not «مشکلی نیست، …», «حق دارید ناراحت باشید», «می‌دونم خیلی نگرانید»);
 *  - blame: «شما اشتباه وارد کرده اید» (the ending written apart), «بهتر بود زودتر می‌گفتید» (not «بهتر بود ما …
 *    می‌دادیم»);
 *  - command: «حق ندارید … کنید», «اجازه ندارید …», «نبایستی … کنید».
 */
import { faClauseStart, faHit, faJoined, SCAM_FA, type FaCtx, type FaWord } from './fa.ts';
import { gatedDispatch, type FaGate } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
/** The clause ends after word k: a pause, a stop or the end of the sentence follows. */
const endsAfter = (W: readonly FaWord[], k: number): boolean => !W[k + 1] || W[k + 1].pauseBefore;
/** A first word of its clause (the sentence's start or after a pause). */
const opens = (W: readonly FaWord[], j: number): boolean => j === 0 || W[j].pauseBefore;
const conditional = (W: FaWord[], j: number): boolean => faClauseStart(W, j).conditional;

// ---------------- not-my-dept ----------------

const SUBJECT_NOUN = /^(?:مورد|موضوع|مسئله|مساله|مسئلهی|درخواست|کار|قضیه|قضیهی|پیگیری|سوال|سؤال|مشکل|مشکلتون|درخواستتون)$/;
const UNIT = /^(?:واحد|بخش|تیم|دپارتمان|قسمت|اداره|پشتیبانی|همکاران|کارشناسان|امور|واحدهای|بخشهای)$/;
const COPULA = /^(?:است|هست|میباشد|میشه|میشود|هستش|بوده|ست)$/;
/** A handover done in the same sentence: the agent passed it on, or they will call. */
const HANDED_OVER = /^(?:ارجاع|منتقل|هماهنگ|فرستادم|فرستادیم|سپردم|سپردیم|تماسمیگیرند|میگیرن|میگیرند|میدن|میدهند|پیگیریمیکنم)$/;

function handedOver(W: readonly FaWord[]): boolean {
  return W.some((x) => HANDED_OVER.test(x.w));
}

/** «این مورد مربوط به واحد مالی است», «این موضوع مربوط به بخش فنیه». */
function readBelongsToUnit(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'مربوط' || !at(W, j + 1, /^به$/) || !at(W, j + 2, UNIT)) return null;
  // The subject: «این مورد», «این», «پیگیری این مورد» right before.
  let s = -1;
  if (j >= 2 && SUBJECT_NOUN.test(W[j - 1].w) && faJoined(W, j - 1) && /^(?:این|اون|آن)$/.test(W[j - 2].w)) s = j - 2;
  else if (j >= 1 && /^(?:این|اینم|اینکار|اینمورد)$/.test(W[j - 1].w) && faJoined(W, j)) s = j - 1;
  if (s < 0 || handedOver(W) || c.question || conditional(W, s)) return null;
  // The copula within three words of the unit, or the colloquial «ـه» on the unit's last word before the clause ends.
  for (let k = j + 3; k <= j + 6 && faJoined(W, k); k++) {
    if (COPULA.test(W[k].w)) return faHit(W, s, k, 'deflection', 'dismissive');
    if (W[k].v) return null;
    if (endsAfter(W, k)) return /ه$/.test(W[k].w) ? faHit(W, s, k, 'deflection', 'dismissive') : null;
  }
  return null;
}

/** Who else an agent hands a matter to: a unit, the bank, the courier, the seller. */
const OTHER_PARTY = /^(?:واحد|بخش|تیم|دپارتمان|قسمت|اداره|شرکت|بانک|بانکتون|فروشنده|پست|انبار|تامینکننده|تأمینکننده|گارانتی|نمایندگی|سازنده|اپراتور|بیمه|همکاران)$/;
const NOT_OURS_END = /^(?:ما|ماست|من|منه|بنده|خودمون|خودمونه|خودمان)$/;

/** «این مورد به عهده واحد مالی است», «پیگیری این موضوع با شرکت پست است», «… در حیطه بخش فنی است»: someone else's. */
function readUpToOthers(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:به|بر)$/.test(W[j].w) && at(W, j + 1, /^عهده$/)) k = j + 2;
  else if (W[j].w === 'برعهده' || W[j].w === 'بهعهده') k = j + 1;
  else if (W[j].w === 'با') k = j + 1;
  else if (W[j].w === 'در' && at(W, j + 1, /^(?:حیطه|حیطهی|حوزه|حوزهی)$/)) k = j + 2;
  else return null;
  const cliticParty = W[j].w === 'با' && faJoined(W, k) && /[^اه]ه$/.test(W[k].w) && OTHER_PARTY.test(W[k].w.slice(0, -1).replace(/(?:تون|تان)$/, ''));
  if ((!at(W, k, OTHER_PARTY) && !cliticParty) || c.question || handedOver(W)) return null;
  // The subject right before: «این مورد», «پیگیری این موضوع», «رسیدگی به این مسئله»; (rwfa25) «اون / این / اینم / این یکی»
  // alone opening the clause, «پیگیریش».
  let s = -1;
  for (let m = j - 1; m >= Math.max(0, j - 4); m--) {
    if (/^(?:پیگیری|رسیدگی|پیگیریش|رسیدگیش)$/.test(W[m].w) && opens(W, m)) s = m;
    else if (W[m].w === 'این' && SUBJECT_NOUN.test(W[m + 1]?.w ?? '') && m + 1 === j - 1) s = m;
    else if (/^(?:این|اون|آن|اینم|اونم)$/.test(W[m].w) && opens(W, m) && (m === j - 1 || (m === j - 2 && W[m + 1].w === 'یکی'))) s = m;
    if (!faJoined(W, m + 1)) break;
    if (W[m].pauseBefore) break;
  }
  if (s < 0 || conditional(W, s)) return null;
  // (rwfa25) The colloquial copula on the party's own word: «با بانکتونه», «با نمایندگیه», «با شرکت پسته».
  if (cliticParty && (endsAfter(W, k) || at(W, k + 1, /^(?:نه|من|ما|عزیزم|داداش|آقا|خانم|جان)$/))) return faHit(W, s, k, 'deflection', 'dismissive');
  for (let m = k + 1; m <= k + 4 && faJoined(W, m); m++) {
    if (NOT_OURS_END.test(W[m].w)) return null;
    if (/^(?:است|هست|میباشد)$/.test(W[m].w)) return endsAfter(W, m) ? faHit(W, s, m, 'deflection', 'dismissive') : null;
    if (W[m].v) return null;
    // (rwfa25) «با بخش مالیه», «با واحد فنیه»: the name's last word carries the colloquial copula, ending its clause.
    if (W[j].w === 'با' && /[^اه]ه$/.test(W[m].w) && (endsAfter(W, m) || at(W, m + 1, /^(?:نه|من|ما|عزیزم|داداش|آقا|خانم|جان)$/))) return faHit(W, s, m, 'deflection', 'dismissive');
  }
  return null;
}

const US = /^(?:ما|من|بنده|پشتیبانی|ماها)$/;
/** «به ما / به واحد ما / به این واحد / به پشتیبانی» from k: the index after it, or -1. */
function toUsAt(W: readonly FaWord[], k: number, withBa = false): number {
  // (rwfa24) «ارتباطی با این سامانه / با ما ندارد»: «با» as well as «به» after «ربطی / ارتباطی».
  if (!at(W, k, withBa ? /^(?:به|بهما|بمن|با)$/ : /^(?:به|بهما|بمن)$/)) return -1;
  if (/^(?:بهما|بمن)$/.test(W[k].w)) return k + 1;
  if (at(W, k + 1, US)) return k + 2;
  if (at(W, k + 1, /^(?:واحد|بخش|تیم|قسمت)$/) && at(W, k + 2, /^(?:ما|من)$/)) return k + 3;
  if (at(W, k + 1, /^(?:این)$/) && at(W, k + 2, /^(?:واحد|بخش|قسمت|سامانه|سیستم|دفتر|مرکز|شعبه|دفترخانه)$/)) return k + 3;
  // (rwfa27) a unit named by its work: «به واحد فروش / بخش نوبت‌دهی / قسمت فنی» (one name word, never the customer's),
  // then the relation denied: «ارتباطی به واحد نوبت‌دهی ندارد».
  if (at(W, k + 1, /^(?:واحد|بخش|قسمت)$/) && at(W, k + 2, /^[\u0600-\u06ff]+$/) && !W[k + 2].v && !/^(?:شما|تو|جنابعالی|هیچ|مربوط|ربطی|ارتباطی)$/.test(W[k + 2].w) && !/(?:تون|تان)$/.test(W[k + 2].w) && at(W, k + 3, NO_HAVE)) return k + 3;
  // (rwfa23) our own place by its trade's name: «به فروشگاه», «به اداره آموزش», «به کلینیکمون», «به شرکت ما», «به اینجا».
  if (at(W, k + 1, OUR_PLACE)) {
    let e = k + 2;
    if (at(W, e, /^(?:ما|من|این)$/)) e++;
    // One name word after the place («اداره آموزش», «بخش فنی»), never the customer's («فروشگاه شما»).
    else if (at(W, e, /^[\u0600-\u06ff]+$/) && !W[e].v && !/^(?:شما|تو|جنابعالی|مربوط|ربطی|ارتباطی|هیچ|نیست|نمیشه|نمیشود|نداره|ندارد)$/.test(W[e].w) && !/(?:تون|تان)$/.test(W[e].w) && at(W, e + 1, /^(?:مربوط|ربطی|ارتباطی|هیچ|نیست|نمیشه|نمیشود)$/)) e++;
    return e;
  }
  return -1;
}
/** (rwfa23) Our own place named by its trade (a unit of ours or the business itself), «ـمون» allowed. */
const OUR_PLACE = /^(?:فروشگاه|شرکت|اداره|دفتر|کلینیک|مطب|آموزشگاه|باشگاه|هتل|رستوران|آژانس|تعمیرگاه|مجموعه|شعبه|اینجا|موسسه|مؤسسه|دانشگاه|آزمایشگاه|داروخانه|نمایندگی|انبار)(?:مون|مان)?$/;
/** «مربوط نیست / نمیشه / نمی‌شود / نمی‌باشد»: not related, in the negated copula or «شدن». */
const NOT_RELATED = /^(?:نیست|نیس|نیستش|نمیشه|نمیشود|نمیباشد|نمیگردد|نبوده|نیستند)$/;
/** A scam or a message disowned («این پیامک به شرکت ما مربوط نیست، به آن پاسخ ندهید») is a warning, not a deflection. */
const SCAM = SCAM_FA;
const NO_HAVE = /^(?:نداره|ندارد|نداریم|نمیشه|نمیشود|نداشته|نداشت)$/;

/** «به ما ارتباطی نداره», «به ما هیچ ربطی پیدا نمی‌کنه», «ربطی به پشتیبانی نداره»: nothing to do with us. */
function readNoRelation(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let rel = -1;
  let start = j;
  const u = toUsAt(W, j);
  if (u > 0) {
    rel = u;
    if (at(W, rel, /^هیچ$/)) rel++;
    // (rwfa23) «به فروشگاه مربوط نیست», «به اداره آموزش مربوط نمی‌شود»: not related to our place, in the copula.
    if (at(W, rel, /^مربوط$/) && at(W, rel + 1, NOT_RELATED)) {
      if (c.question || c.reassuring || conditional(W, start) || W.some((x) => SCAM.test(x.w))) return null;
      return faHit(W, start, rel + 1, 'deflection', 'dismissive');
    }
    if (!at(W, rel, /^(?:ربطی|ارتباطی)$/)) return null;
  } else if (/^(?:ربطی|ارتباطی)$/.test(W[j].w)) {
    rel = j;
    if (j > 0 && W[j - 1].w === 'هیچ' && faJoined(W, j)) start = j - 1;
  } else return null;
  let k = rel + 1;
  if (u < 0) {
    const v = toUsAt(W, k, true);
    if (v < 0) return null;
    k = v;
  }
  if (at(W, k, /^پیدا$/) && at(W, k + 1, /^(?:نمیکنه|نمیکند|نمیکنن)$/)) k++;
  else if (!at(W, k, NO_HAVE)) return null;
  if (c.question || c.reassuring || conditional(W, start) || W.some((x) => SCAM.test(x.w))) return null;
  return faHit(W, start, k, 'deflection', 'dismissive');
}

/** «از عهده ما بیرونه», «از اختیار من خارجه» (the pack reads «از عهده ما خارج است»). */
function readBeyondUs(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'از' || !at(W, j + 1, /^(?:عهده|عهدهی|اختیار|اختیارات|حیطه|حیطهی|توان|حوزه|دست|وظایف|وظیفه|شرح|محدوده|محدودهی)$/)) return null;
  // (rwfa25) Our duties as the bound: «از (شرح) وظایف این واحد خارج است», «از محدوده کاری ما بیرونه» (not «از شرح» of anything else).
  if (W[j + 1].w === 'شرح' && !at(W, j + 2, /^(?:وظایف|وظیفه|وظایفه)$/)) return null;
  for (let k = j + 2; k <= j + 7 && faJoined(W, k); k++) {
    const w = W[k].w;
    if (/^(?:خارجه|بیرونه)$/.test(w)) return c.question ? null : faHit(W, j, k, 'deflection', 'dismissive');
    if (/^(?:خارج|بیرون)$/.test(w)) {
      if (c.question) return null;
      return faHit(W, j, at(W, k + 1, COPULA) ? k + 1 : k, 'deflection', 'dismissive');
    }
    if (W[k].v) return null;
  }
  return null;
}

const WE = /^(?:ما|من|بنده)$/;
const DO_1 = /^(?:میدیم|میدهیم|میدم|میدهم|میکنیم|میکنم|مینماییم|مینمایم)$/;
/** «ما فقط ثبت سفارش رو انجام میدیم», «ما فقط مسئول ارسال هستیم», «کار ما فقط فروش است»: only this is ours. */
function readWeOnly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w0 = W[j].w;
  if ((w0 !== 'کار' && w0 !== 'این' && !WE.test(w0)) || c.question) return null;
  // «کار ما فقط فروش است»
  const unitUs = (k: number) => (at(W, k, WE) ? k + 1 : at(W, k, /^این$/) && at(W, k + 1, /^(?:واحد|بخش|قسمت|تیم)$/) ? k + 2 : -1);
  const ku = W[j].w === 'کار' ? unitUs(j + 1) : -1;
  if (ku > 0 && at(W, ku, /^فقط$/)) {
    for (let k = ku + 2; k <= j + 6 && faJoined(W, k); k++) {
      if (/^(?:است|هست|میباشد)$/.test(W[k].w)) return endsAfter(W, k) ? faHit(W, j, k, 'deflection', 'dismissive') : null;
      if (W[k].v) return null;
    }
    return null;
  }
  const after = WE.test(W[j].w) ? j + 1 : W[j].w === 'این' && at(W, j + 1, /^(?:واحد|بخش|قسمت|تیم)$/) ? j + 2 : -1;
  if (after < 0 || (!opens(W, j) && !/^(?:و|ولی|اما)$/.test(W[j - 1]?.w ?? ''))) return null;
  // «ما (اینجا | تو این بخش | در این واحد) فقط …»
  let k = after;
  for (let n = 0; n < 4 && faJoined(W, k) && W[k].w !== 'فقط'; n++) {
    if (!/^(?:اینجا|تو|توی|در|این|بخش|واحد|قسمت|هم)$/.test(W[k].w)) return null;
    k++;
  }
  if (!at(W, k, /^فقط$/)) return null;
  // «… فقط مسئول X هستیم / ـیم»
  if (at(W, k + 1, /^مسئول$/)) {
    for (let m = k + 2; m <= k + 5 && faJoined(W, m); m++) {
      if (/^(?:هستیم|هستم|است|هستش|ایم|ام|هست)$/.test(W[m].w) || (m > k + 2 && endsAfter(W, m) && /(?:یم|م)$/.test(W[m].w))) return faHit(W, j, m, 'deflection', 'dismissive');
      if (m > k + 2 && endsAfter(W, m) && /^[^\s]+(?:یم|م)$/.test(W[m].w)) return faHit(W, j, m, 'deflection', 'dismissive');
      if (W[m].v) return null;
    }
    // «ما فقط مسئول فروشیم»: the copula on the noun.
    if (at(W, k + 2, /(?:یم|م)$/) && endsAfter(W, k + 2)) return faHit(W, j, k + 2, 'deflection', 'dismissive');
    return null;
  }
  // «… فقط X رو (انجام|پیگیری|رسیدگی) میدیم/می‌کنیم»
  for (let m = k + 2; m <= k + 5 && faJoined(W, m); m++) {
    if (!/^(?:رو|را|و)$/.test(W[m].w)) {
      if (W[m].v) return null;
      continue;
    }
    if (!at(W, m + 1, /^(?:انجام|پیگیری|رسیدگی)$/) || !at(W, m + 2, DO_1)) return null;
    return faHit(W, j, m + 2, 'deflection', 'dismissive');
  }
  return null;
}

// ---------------- system ----------------

const SYSTEM = /^(?:سیستم|سامانه|نرمافزار|پنل|سیستمش|سیستمشون|سیستممون|سیستممان|سامانهاش|سامانهش|سامانهمون|سامانهمان|سامانش|سیستمامون|برنامه|اپلیکیشن)$/;
const LETS_NOT = /^(?:نمیذاره|نمیزاره|نمیگذارد|نمیگذاره|نمیذارن|نمیدن)$/;
const GIVES_NOT = /^(?:نمیده|نمیدهد)$/;
const ACCEPTS_NOT = /^(?:نمیکنه|نمیکند|نمیپذیره|نمیپذیرد)$/;
/** «سامانه‌مون اجازه این کار رو نمیده», «سیستم ما این آدرس رو قبول نمی‌کند»: the system refusing a few words on. */
function readSystemRefuses(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEM.test(W[j].w) || c.reassuring || c.question) return null;
  let k = j + 1;
  if (at(W, k, /^(?:ما|بانک)$/)) k++;
  let permission = false;
  let accept = false;
  for (let n = 0; n < 8 && faJoined(W, k); n++, k++) {
    const w = W[k].w;
    if (/^(?:اجازه|اجازهی|اجازشو|اجازهشو)$/.test(w)) permission = true;
    if (/^(?:قبول|ثبت|تایید|تأیید)$/.test(w)) accept = true;
    if (LETS_NOT.test(w) || /^(?:نمیپذیره|نمیپذیرد)$/.test(w)) return conditional(W, j) || protectsAfter(W, k) ? null : faHit(W, j, k, 'system-blocks', 'other');
    if (GIVES_NOT.test(w) && permission) return conditional(W, j) || protectsAfter(W, k) ? null : faHit(W, j, k, 'system-blocks', 'other');
    if (ACCEPTS_NOT.test(w) && accept && /^(?:قبول|ثبت|تایید|تأیید)$/.test(W[k - 1].w)) return conditional(W, j) ? null : faHit(W, j, k, 'system-blocks', 'other');
    if (W[k].v || /^(?:هیچ|کسر|ذخیره)$/.test(w)) return null;
  }
  return null;
}

/** Nobody else, or not without the customer's consent, after word k: the system protecting the customer. */
function protectsAfter(W: readonly FaWord[], k: number): boolean {
  for (let m = k + 1; m < W.length && m <= k + 8; m++) if (/^(?:کسی|هیچکس|دیگران|بدون|بیاجازه|بیاطلاع|غیرمجاز|جز|بجز)$/.test(W[m].w)) return true;
  return false;
}

const PANEL = /^(?:پنل|سیستم|سامانه|نرمافزار|اپ|اپلیکیشن|پنلمون|سیستممون|سامانهمون)$/;
const OPTION = /^(?:امکانش|امکانی|امکان|گزینه|گزینهای|گزینهی|قابلیت|قابلیتی|قابلیتش|همچین|چنین|این)$/;
/** «تو پنل این گزینه نیست», «در سامانه امکان ویرایش تعریف نشده»: no such option in the system. */
function readNotInPanel(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:تو|توی|در)$/.test(W[j].w) || !at(W, j + 1, PANEL) || c.question || c.reassuring) return null;
  let k = j + 2;
  if (at(W, k, /^(?:ما|کاربری|شما)$/)) {
    if (W[k].w === 'شما') return null;
    k++;
  }
  let option = false;
  for (let n = 0; n < 8 && faJoined(W, k); n++, k++) {
    const w = W[k].w;
    if (/^(?:امکان|امکانش|امکانی|گزینه|گزینهای|قابلیت|قابلیتی)/.test(w)) option = true;
    if (!option) {
      if (!OPTION.test(w)) return null;
      continue;
    }
    if (/^(?:نیست|نیس|نداریم|نمیباشد)$/.test(w)) return conditional(W, j) || protectsAfter(W, k) ? null : faHit(W, j, k, 'system-blocks', 'other');
    if (w === 'وجود' && at(W, k + 1, /^(?:نداره|ندارد)$/)) return conditional(W, j) || protectsAfter(W, k + 1) ? null : faHit(W, j, k + 1, 'system-blocks', 'other');
    if (w === 'تعریف' && at(W, k + 1, /^(?:نشده|نشدهاست|نیست)$/)) return conditional(W, j) ? null : faHit(W, j, k + 1, 'system-blocks', 'other');
    if (W[k].v) return null;
  }
  return null;
}

/** «این محدودیت سیستمیه», «مشکل سیستمی است.»: put on the system, the clause ends there. */
function readItIsTheSystem(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  let s = -1;
  if (/^(?:مورد|محدودیت|مشکل|خطا|ایراد|قضیه|موضوع)$/.test(W[j].w) && opens(W, j)) s = j;
  else if (W[j].w === 'این' && at(W, j + 1, /^(?:مورد|محدودیت|مشکل|خطا|ایراد|قضیه|موضوع)$/)) s = j;
  if (s < 0) return null;
  const k = W[j].w === 'این' ? j + 2 : j + 1;
  if (at(W, k, /^سیستمیه$/) && endsAfter(W, k)) return faHit(W, s, k, 'system-blocks', 'other');
  if (at(W, k, /^سیستمی$/) && at(W, k + 1, /^(?:است|هست|میباشد|هستش)$/) && endsAfter(W, k + 1)) return faHit(W, s, k + 1, 'system-blocks', 'other');
  return null;
}

// ---------------- ill-try ----------------

const TRY = /^(?:سعی|تلاش|کوشش|سعیمو|سعیمونو|تلاشمو|تلاشمونو|سعیم|سعیمون|تلاشم|تلاشمون|سعیمان|تلاشمان)$/;
const SELF = /^(?:خودمو|خودمونو|خودمون|خودم|خود|خودمان|خودرا)$/;
const DO_TRY = /^(?:میکنم|میکنیم|مینمایم|مینماییم)$/;
/** «سعی خودمو می‌کنم», «تلاشمونو می‌کنیم …», «سعی می‌نماییم»: effort in place of a plan (first person, present). */
function readTry(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!TRY.test(W[j].w) || c.question) return null;
  let k = j + 1;
  if (at(W, k, SELF)) k++;
  if (at(W, k, /^(?:رو|را)$/)) k++;
  // «سعی می نماییم» (the prefix apart), «کوشش خواهیم کرد» (the future).
  if (at(W, k, /^می$/) && at(W, k + 1, /^(?:کنم|کنیم|نمایم|نماییم)$/)) k++;
  else if (at(W, k, /^(?:خواهیم|خواهم)$/) && at(W, k + 1, /^(?:کرد|نمود)$/)) k++;
  else if (!at(W, k, DO_TRY)) return null;
  // «اگه سعی کنیم …», «تا سعی می‌کنم وارد بشم …»: a condition or a time clause.
  if (conditional(W, j)) return null;
  return faHit(W, j, k, 'hedged-effort', 'uncertainty');
}

/** «ببینم / ببینیم چی میشه», «… چه پیش می‌آید», «… میشه یا نه»: waiting to see instead of a plan. */
function readLetsSee(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:ببینم|ببینیم)$/.test(W[j].w) || c.question || endsAfter(W, j)) return null;
  for (let k = j + 1; k <= j + 6 && faJoined(W, k); k++) {
    const w = W[k].w;
    if (/^(?:چی|چه|چیکار|چکار|چهکار|چیکاری)$/.test(w)) {
      for (let m = k + 1; m <= k + 4 && faJoined(W, m); m++) {
        if (/^(?:میشه|میشود|میآید|میاد|برمیاد|برمیآید|کرد|بکنم|بکنیم|کنم|کنیم|میتونم|میتونیم|میتوانم|میتوانیم|میتوان)$/.test(W[m].w)) return faHit(W, j, at(W, m + 1, /^(?:کرد|بکنم|بکنیم|کنم|کنیم)$/) ? m + 1 : m, 'hedged-effort', 'uncertainty');
        // «ببینم چه رنگی دوست دارید»: asking the customer, not waiting to see.
        if (W[m].v) return null;
      }
      return null;
    }
    if (w === 'یا' && at(W, k + 1, /^نه$/)) return faHit(W, j, k + 1, 'hedged-effort', 'uncertainty');
  }
  return null;
}

/** «قول قطعی نمیدم», «قول صددرصد نمی‌دهیم», «تضمین قطعی نمی‌کنیم»: no promise (first person). */
function readNoPromise(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:قول|قولی|تضمین|تضمینی)$/.test(W[j].w) || c.question) return null;
  let k = j + 1;
  if (at(W, k, /^(?:قطعی|صددرصد|صد|کامل|محکم)$/)) k++;
  if (at(W, k, /^درصد$/)) k++;
  if (!at(W, k, /^(?:نمیدم|نمیدهم|نمیدیم|نمیدهیم|نمیکنم|نمیکنیم)$/) || conditional(W, j)) return null;
  return faHit(W, j, k, 'hedged-effort', 'uncertainty');
}

// ---------------- to-be-honest ----------------

/** «راستشو بگم», «حقیقت رو بخواید», «بدون تعارف،», «به صراحت بگویم»: the candour opener. */
function readCandour(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!opens(W, j) && !/^(?:والا|والله|خب|ببینید)$/.test(W[j - 1]?.w ?? '')) return null;
  const w = W[j].w;
  let k = j;
  if (/^(?:راستش|راستشو|حقیقتش|حقیقتشو|حقیقت|واقعیتش|واقعیتشو|واقعیت)$/.test(w)) {
    if (at(W, k + 1, /^(?:رو|را)$/)) k++;
    if (!at(W, k + 1, /^(?:بگم|بگویم|بگیم|بخواید|بخواهید|بخواین|بخوای|بخوایید)$/)) return null;
    return faHit(W, j, k + 1, 'candour-opener', 'negative-words');
  }
  if (/^(?:بدون|بی)$/.test(w) && at(W, j + 1, /^تعارف$/)) {
    if (at(W, j + 2, /^(?:بگم|بگویم|عرض)$/)) return faHit(W, j, at(W, j + 3, /^(?:کنم|میکنم)$/) ? j + 3 : j + 2, 'candour-opener', 'negative-words');
    // Not the bare «بدون تعارف،»: «بدون تعارف، هر سؤالی داشتید بپرسید» invites.
    return null;
  }
  if (w === 'بیتعارف' && at(W, j + 1, /^(?:بگم|بگویم)$/)) return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  if ((w === 'به' && at(W, j + 1, /^صراحت$/)) || w === 'بصراحت' || /^صراحتا/.test(w)) {
    k = w === 'به' ? j + 1 : j;
    if (at(W, k + 1, /^(?:بگم|بگویم|بگوییم|بگیم)$/)) return faHit(W, j, k + 1, 'candour-opener', 'negative-words');
    if (at(W, k + 1, /^عرض$/) && at(W, k + 2, /^(?:کنم|کنیم|میکنم)$/)) return faHit(W, j, k + 2, 'candour-opener', 'negative-words');
  }
  return null;
}

// ---------------- passive-aggressive ----------------

const SAY_LIGHT = /^(?:عرض|توضیح|اشاره|اعلام|ذکر|یادآوری|خاطرنشان|تاکید|تأکید)$/;
/** A first-person past verb of saying at k («گفتم», «عرض کردم», «گفته بودم», «توضیح داده شد»): its last index, or -1. */
function saidAt(W: readonly FaWord[], k: number, passiveToo: boolean): number {
  if (!faJoined(W, k)) return -1;
  const w = W[k].w;
  if (/^(?:گفتم|گفتیم|نوشتم|نوشتیم|گفتهبودم|گفتهبودیم|گفتهام|گفتهایم)$/.test(w)) return k;
  if (/^(?:گفته|نوشته)$/.test(w)) {
    if (at(W, k + 1, /^(?:بودم|بودیم|ام|ایم)$/)) return k + 1;
    if (passiveToo && at(W, k + 1, /^(?:شد|شده|شدهبود)$/)) return k + 1;
    return -1;
  }
  if (!SAY_LIGHT.test(w)) return -1;
  const v = W[k + 1]?.w ?? '';
  if (!faJoined(W, k + 1)) return -1;
  if (/^(?:کردم|کردیم|دادم|دادیم|نمودم|نمودیم|کردهبودم|کردهبودیم|کردهام|کردهایم)$/.test(v)) return k + 1;
  if (/^(?:کرده|داده)$/.test(v) && at(W, k + 2, /^(?:بودم|بودیم|ام|ایم)$/)) return k + 2;
  if (passiveToo && /^(?:شد|گردید|شده)$/.test(v)) return k + 1;
  if (passiveToo && v === 'داده' && at(W, k + 2, /^(?:شد|شده)$/)) return k + 2;
  return -1;
}

const AS = /^(?:همانطور|همونطور|همانطوری|همونطوری|همانگونه|همونجور|همونجوری|چنانکه)$/;
const TO_YOU = /^(?:بهتون|بهت|خدمتتون|خدمتتان|خدمت|شما|بهشما|حضورتون|حضورتان|به)$/;
/** «همونطور که بهتون گفتم», «همان‌گونه که دفعه قبل نوشتم», «همانطور که در ایمیل قبلی عرض شد». */
function readAsITold(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:همان|همون)$/.test(W[j].w) && at(W, j + 1, /^(?:طور|طوری|گونه|جور|جوری)$/)) k = j + 2;
  else if (AS.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'چنان' && at(W, j + 1, /^که$/)) k = j + 1;
  else return null;
  if (!opens(W, j)) return null;
  if (W[j].w !== 'چنانکه') {
    if (!at(W, k, /^که$/)) return null;
    k++;
  }
  let told = false;
  for (let m = k; m <= k + 5 && faJoined(W, m); m++) {
    const w = W[m].w;
    if (TO_YOU.test(w) || /^(?:قبلی|قبل|پیش|قبلیم|قبلیمون|پیشین|پیشتر|گذشته|قبلا|قبلاً|دیروز|بارها)$/.test(w)) told = true;
    const e = saidAt(W, m, true);
    if (e >= 0) return told ? faHit(W, j, e, 'repeating-myself', 'passive-aggressive') : null;
    if (!/^(?:بهتون|بهت|خدمتتون|خدمتتان|خدمت|شما|به|تو|توی|در|پیام|ایمیل|نامه|دفعه|بار|قبل|قبلی|قبلیم|قبلیمون|پیش|پیشین|پیشتر|تر|هم|گذشته|تماس|تلفن|تلفنی|حضورتون|حضورتان|ما|بنده|قبلا|قبلاً|دیروز|بارها)$/.test(w)) return null;
  }
  return null;
}

/** «دیروز هم گفتم که», «قبلاً هم اعلام کردیم که», «بارها عرض کرده بودم»: told before, again. */
function readToldBefore(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  const w = W[j].w;
  if (/^(?:قبلا|قبلاً|دیروز|پیشتر|دفعهقبل)$/.test(w) && at(W, j + 1, /^هم$/)) k = j + 2;
  else if (w === 'بارها' || (w === 'چند' && at(W, j + 1, /^بار$/))) k = w === 'چند' ? j + 2 : j + 1;
  else if (w === 'این' && at(W, j + 1, /^(?:رو|را)$/) && at(W, j + 2, /^(?:قبلا|قبلاً)$/) && at(W, j + 3, /^هم$/)) k = j + 4;
  else return null;
  if (c.question) return null;
  if (at(W, k, /^(?:بهتون|بهت|خدمتتون|خدمتتان|به)$/)) k += W[k].w === 'به' && at(W, k + 1, /^شما$/) ? 2 : 1;
  const e = saidAt(W, k, false);
  if (e < 0) return null;
  // The reminder: «… که …» or the clause ends.
  if (!at(W, e + 1, /^که$/) && !endsAfter(W, e)) return null;
  return faHit(W, j, e, 'repeating-myself', 'passive-aggressive');
}

/** «بر اساس پیام قبلی», «با توجه به ایمیل قبلیم», «بنا بر توضیحات پیشین»: per my previous message (not «… قبلی شما»). */
function readPerPrevious(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:طبق|مطابق|براساس|بنابر)$/.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'بر' && at(W, j + 1, /^اساس$/)) k = j + 2;
  else if (W[j].w === 'بنا' && at(W, j + 1, /^بر$/)) k = j + 2;
  else if (W[j].w === 'با' && at(W, j + 1, /^توجه$/) && at(W, j + 2, /^به$/)) k = j + 3;
  else return null;
  if (!at(W, k, /^(?:پیام|ایمیل|توضیحات|پاسخ|مکاتبه|جواب|نامه)$/)) return null;
  if (!at(W, k + 1, /^(?:قبلی|قبلیم|قبلیمون|پیشین|قبلیمان)$/)) return null;
  let e = k + 1;
  if (at(W, e + 1, /^(?:ما|بنده|من|همکارم|همکاران)$/)) e++;
  else if (faJoined(W, e + 1) && /^(?:شما|تون|خودتون|خودتان|ایشان)$/.test(W[e + 1].w)) return null;
  return c.question ? null : faHit(W, j, e, 'repeating-myself', 'passive-aggressive');
}

/** «مجدداً میگم», «دوباره توضیح میدم», «برای چندمین بار عرض می‌کنم»: I say it again. */
function readISayAgain(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  const w = W[j].w;
  if (/^(?:مجددا|مجدداً|دوباره|بازم)$/.test(w)) k = j + 1;
  else if (w === 'باز' && at(W, j + 1, /^هم$/)) k = j + 2;
  else if (/^(?:یه|یک)$/.test(w) && at(W, j + 1, /^بار$/) && at(W, j + 2, /^(?:دیگه|دیگر)$/)) k = j + 3;
  else if (w === 'برای' && at(W, j + 1, /^(?:چندمین|دومین|سومین)$/) && at(W, j + 2, /^بار$/)) k = j + 3;
  else return null;
  if (c.question) return null;
  let e = -1;
  if (at(W, k, /^(?:میگم|میگویم|میگیم|میگوییم)$/)) e = k;
  else if (at(W, k, /^(?:عرض|توضیح|تکرار|یادآوری|خاطرنشان|اعلام|تاکید|تأکید)$/) && at(W, k + 1, /^(?:میکنم|میکنیم|مینمایم|مینماییم|میدم|میدهم|میدیم|میدهیم|میگردد|میشود)$/)) e = k + 1;
  if (e < 0) return null;
  // «… توضیح میدم که چطور …» still reminds; but not «دوباره توضیح میدم اگه لازم بود» (a condition after).
  if (at(W, e + 1, /^(?:اگه|اگر)$/)) return null;
  return faHit(W, j, e, 'repeating-myself', 'passive-aggressive');
}

/** «لطفاً دقت کنید؛», «لطفاً با دقت بخوانید», «لطفاً پیام را به دقت مطالعه فرمایید», «دقت کنین لطفاً»: read it properly this time. */
function readPayAttention(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // «دقت کنین لطفاً», «با دقت بخونید لطفاً»: the «please» after, ending the clause.
  if (opens(W, j) && !c.question) {
    let k = j;
    if (W[k].w === 'دقت' && at(W, k + 1, /^(?:کنید|کنین|بفرمایید|فرمایید)$/)) k += 1;
    else if (/^(?:با|به)$/.test(W[k].w) && at(W, k + 1, /^دقت$/) && at(W, k + 2, /^(?:بخونید|بخونین|بخوانید)$/)) k += 2;
    else k = -1;
    if (k > 0 && at(W, k + 1, /^(?:لطفا|لطفاً|خواهشا|خواهشاً)$/) && endsAfter(W, k + 1)) return faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive');
  }
  if (!/^(?:لطفا|لطفاً|خواهشا|خواهشاً|خواهشمنداست)$/.test(W[j].w) && !(W[j].w === 'خواهشمند' && at(W, j + 1, /^است$/))) return null;
  if (c.question) return null;
  let k = W[j].w === 'خواهشمند' ? j + 2 : j + 1;
  for (let n = 0; n < 5 && faJoined(W, k); n++, k++) {
    const w = W[k].w;
    if (w === 'دقت' && at(W, k + 1, /^(?:کنید|کنین|بفرمایید|بفرمائید|فرمایید|کن)$/)) return endsAfter(W, k + 1) ? faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive') : null;
    if (/^(?:با|به)$/.test(w) && at(W, k + 1, /^دقت$/)) {
      const r = k + 2;
      if (at(W, r, /^(?:بخونید|بخونین|بخوانید|بخوانین)$/)) return faHit(W, j, r, 'repeating-myself', 'passive-aggressive');
      if (at(W, r, /^مطالعه$/) && at(W, r + 1, /^(?:کنید|کنین|بفرمایید|فرمایید|نمایید)$/)) return faHit(W, j, r + 1, 'repeating-myself', 'passive-aggressive');
      return null;
    }
    if (/^(?:کامل|کاملا|کاملاً)$/.test(w) && at(W, k + 1, /^(?:بخونید|بخونین|بخوانید)$/)) return faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive');
    if (W[k].v) return null;
  }
  return null;
}

// ---------------- dismissive ----------------

const FUSS = /^(?:ناراحتی|شکایت|غصه|حرص|دعوا|عصبانیت|دادوبیداد)$/;
/** «اینکه مشکل بزرگی نیست», «این که چیزی نیست», «ناراحتی نداره که», «این همه ناراحتی نداره»: nothing to it. */
function readThatIsNothing(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  // «اینکه / این که» + (مشکل بزرگی | چیزی | مهم | دیگه ناراحتی | شکایت) + نیست / نداره
  let k = -1;
  if (W[j].w === 'اینکه' && opens(W, j)) k = j + 1;
  else if (W[j].w === 'این' && at(W, j + 1, /^که$/) && opens(W, j)) k = j + 2;
  if (k > 0) {
    if (at(W, k, /^(?:دیگه|دیگر|که|هم)$/)) k++;
    let noun = false;
    for (let m = k; m <= k + 2 && faJoined(W, m); m++) {
      const w = W[m].w;
      if (/^(?:مشکل|مشکلی|چیزی|مهم|مسئلهای|موضوعی)$/.test(w) || FUSS.test(w)) noun = true;
      else if (noun && /^(?:نیست|نیس|نداره|ندارد)$/.test(w)) return faHit(W, j, m, 'minimising', 'dismissive');
      else if (!/^(?:بزرگی|مهمی|خاصی|جدی|جدیای)$/.test(w)) return null;
    }
    return null;
  }
  // «ناراحتی نداره که», «این همه ناراحتی نداره», «اینقدر حرص نداره»
  if (FUSS.test(W[j].w) && at(W, j + 1, /^(?:نداره|ندارد)$/)) {
    if (at(W, j + 2, /^که$/) && endsAfter(W, j + 2)) return faHit(W, j, j + 2, 'minimising', 'dismissive');
    const so = j >= 2 && W[j - 2].w === 'این' && W[j - 1].w === 'همه' && faJoined(W, j - 1) && faJoined(W, j) ? j - 2 : j >= 1 && /^(?:اینقدر|انقدر|اینهمه)$/.test(W[j - 1].w) && faJoined(W, j) ? j - 1 : -1;
    if (so >= 0) return faHit(W, so, j + 1, 'minimising', 'dismissive');
  }
  return null;
}

/** «پیش میاد دیگه», «این چیزا پیش میاد», «از این اتفاقا زیاد میفته»: it happens. */
function readItHappens(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  // The first word before the clause checks: this runs on every word of every Persian sentence.
  if (w !== 'پیش' && w !== 'از' && w !== 'این') return null;
  // (rwfa23) A question earlier in the sentence («بابت خش گوشی؟ عیبی نداره …») leaves the words after it out of it.
  if ((c.question && !(c.afterQuestion >= 0 && c.afterQuestion <= j - 2)) || conditional(W, j)) return null;
  if (w === 'پیش' && (opens(W, j) || (at(W, j, /^پیش$/) && /^(?:همیشه|زیاد|معمولا|معمولاً|گاهی)$/.test(W[j - 1].w))) && at(W, j + 1, /^(?:میاد|میآید|میآد)$/) && at(W, j + 2, /^(?:دیگه|دیگر)$/)) return faHit(W, j, j + 2, 'minimising', 'dismissive');
  // (rwfa23) «عیبی نداره عزیزم پیش میاد», «اشکالی نداره، پیش میاد»: «never mind» and «it happens» together wave the trouble
  // off (a permission alone, «اشکالی نداره دیر بیاین», is not read here).
  if (w === 'پیش' && at(W, j + 1, /^(?:میاد|میآید|میآد)$/) && (!W[j + 2] || W[j + 2].pauseBefore || W[j + 2].markBefore || /^(?:دیگه|دیگر)$/.test(W[j + 2].w))) {
    let h = j - 1;
    if (h >= 1 && /^(?:عزیزم|عزیز|جان|جانم|گلم|حالا|دیگه|قربونت|قربونتون)$/.test(W[h].w) && !W[h + 1].pauseBefore) h--;
    // Not with the thing already put right after it («…، پیش میاد؛ دوباره براتون فرستادیم»): reassurance over a fix done.
    const fixed = W.slice(j + 2).some((x) => !!x.v && x.v.person.person === 1 && x.v.tense === 'past' && !x.v.negative && !x.v.progressive);
    if (!fixed && h >= 1 && /^(?:نداره|ندارد)$/.test(W[h].w) && /^(?:عیبی|اشکالی|ایرادی|عیب|اشکال|ایراد)$/.test(W[h - 1].w) && faJoined(W, h)) return faHit(W, h - 1, at(W, j + 2, /^(?:دیگه|دیگر)$/) ? j + 2 : j + 1, 'minimising', 'dismissive');
  }
  let k = -1;
  if (w === 'از' && at(W, j + 1, /^این$/) && opens(W, j)) k = j + 2;
  else if (w === 'این' && opens(W, j)) k = j + 1;
  if (k < 0 || !at(W, k, /^(?:چیزا|چیزها|اتفاقا|اتفاقات|اتفاقها|مسائل|مشکلات|مشکلا)$/)) return null;
  let m = k + 1;
  if (at(W, m, /^(?:زیاد|همیشه|معمولا|معمولاً|گاهی)$/)) m++;
  if (at(W, m, /^پیش$/) && at(W, m + 1, /^(?:میاد|میآید|میآد)$/)) return faHit(W, j, m + 1, 'minimising', 'dismissive');
  if (at(W, m, /^(?:میفته|میافته|میافتد|طبیعیه|عادیه)$/)) return faHit(W, j, m, 'minimising', 'dismissive');
  if (at(W, m, /^(?:طبیعی|عادی)$/) && at(W, m + 1, /^(?:است|هست)$/)) return faHit(W, j, m + 1, 'minimising', 'dismissive');
  return null;
}

/** «زیادی حساس شدید», «بیش از حد سخت می‌گیرید», «خیلی بزرگش می‌کنین»: the customer overreacting (second person). */
function readTooSensitive(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:زیادی|خیلی)$/.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'بیش' && at(W, j + 1, /^از$/) && at(W, j + 2, /^حد$/)) k = j + 3;
  else return null;
  if (c.question || conditional(W, j)) return null;
  const s = j >= 1 && /^(?:شما|شماهم)$/.test(W[j - 1].w) && faJoined(W, j) ? j - 1 : j;
  const w = W[k]?.w ?? '';
  if (!faJoined(W, k)) return null;
  if (/^(?:حساسید|حساسین)$/.test(w)) return faHit(W, s, k, 'calm-down', 'dismissive');
  if (w === 'حساس' && at(W, k + 1, /^(?:شدید|شدین|هستید|هستین)$/)) return faHit(W, s, k + 1, 'calm-down', 'dismissive');
  if (w === 'سخت' && at(W, k + 1, /^(?:میگیرید|میگیرین)$/)) return faHit(W, s, k + 1, 'calm-down', 'dismissive');
  if (/^(?:شلوغش|بزرگش|گندهش)$/.test(w) && at(W, k + 1, /^(?:میکنید|میکنین)$/)) return faHit(W, s, k + 1, 'calm-down', 'dismissive');
  return null;
}

/** «از کاه کوه نسازید», «قضیه رو گنده نکنید», «الکی شلوغش نکنید», «خودتون رو کنترل کنید». */
const MOUNTAIN_FIRST = /^(?:از|قضیه|موضوع|ماجرا|مسئله|الکی|بیخود|بیخودی|خودتون|خودتان)$/;
function readMountain(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!MOUNTAIN_FIRST.test(w) || c.question || conditional(W, j)) return null;
  if (w === 'از' && at(W, j + 1, /^کاه$/) && at(W, j + 2, /^کوه$/) && at(W, j + 3, /^(?:نسازید|نسازین|نساز|میسازید|میسازین)$/)) return faHit(W, j, j + 3, 'calm-down', 'dismissive');
  if (/^(?:قضیه|موضوع|ماجرا|مسئله)$/.test(w) && at(W, j + 1, /^(?:رو|را)$/) && at(W, j + 2, /^(?:گنده|بزرگ|شلوغ)$/) && at(W, j + 3, /^(?:نکنید|نکنین|نکن)$/)) return faHit(W, j, j + 3, 'calm-down', 'dismissive');
  if (/^(?:الکی|بیخود|بیخودی)$/.test(w) && at(W, j + 1, /^(?:شلوغش|بزرگش)$/) && at(W, j + 2, /^(?:نکنید|نکنین|نکن)$/)) return faHit(W, j, j + 2, 'calm-down', 'dismissive');
  if (/^(?:خودتون|خودتان)$/.test(w) && opens(W, j) && at(W, j + 1, /^(?:رو|را)$/) && at(W, j + 2, /^کنترل$/) && at(W, j + 3, /^(?:کنید|کنین|بکنید)$/)) return faHit(W, j, j + 3, 'calm-down', 'dismissive');
  return null;
}

// ---------------- blame ----------------

const YOU = /^(?:شما|خودتون|خودتان|جنابعالی)$/;
/** «شما اشتباه وارد کرده اید»: the customer's mistake, the verb's ending written apart (the pack reads it joined). */
function readYouWrongApart(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!YOU.test(W[j].w) || c.question || conditional(W, j)) return null;
  let k = j + 1;
  if (!at(W, k, /^(?:اشتباه|غلط|اشتباهی|ناقص)$/)) return null;
  k++;
  if (at(W, k, /^(?:وارد|ثبت|انتخاب|تایپ|پر)$/)) k++;
  if (!at(W, k, /^(?:کرده|نموده|زده|نوشته)$/) || !at(W, k + 1, /^(?:اید|این)$/)) return null;
  return faHit(W, j, k + 1, 'should-have', 'blame');
}

/** «بهتر بود زودتر می‌گفتید», «بهتر بود قبل از خرید چک می‌کردید»: what the customer should have done. */
function readBetterHad(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'بهتر' || !at(W, j + 1, /^بود$/) || c.question) return null;
  for (let k = j + 2; k <= j + 7 && faJoined(W, k); k++) {
    const v = W[k].v;
    if (!v) continue;
    if (v.person.person === 2 && v.progressive && v.tense === 'past' && !v.negative) return faHit(W, j, k, 'should-have', 'blame');
    return null;
  }
  return null;
}

// ---------------- command ----------------

/** «حق ندارید کالا رو باز کنید», «اجازه ندارید …», «نبایستی پلمب رو بشکنید»: forbidden to the customer. */
function readYouMayNot(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const w = W[j].w;
  let k: number;
  if (/^(?:حق|اجازه)$/.test(w) && at(W, j + 1, /^(?:ندارید|ندارین|نداری)$/)) k = j + 2;
  else if (/^(?:نبایستی|نمیبایست|نمیبایستی)$/.test(w)) k = j + 1;
  else return null;
  if (conditional(W, j)) return null;
  for (let m = k; m <= k + 5 && faJoined(W, m); m++) {
    const v = W[m].v;
    // «… رو بشکنید»: a subjunctive the verb table does not know, after its object.
    if (!v && m > k && /^(?:رو|را)$/.test(W[m - 1].w) && /^ب[\u0600-\u06FF]{2,}(?:ید|ین)$/.test(W[m].w)) return faHit(W, j, m, 'prohibition', 'commands');
    if (!v) continue;
    if (v.person.person === 2 && !v.progressive && v.tense === 'present' && !v.negative) return faHit(W, j, m, 'prohibition', 'commands');
    return null;
  }
  return null;
}

// ---------------- second round (fa-matrix2's FAMILIES2B) ----------------

/** «بهتره از بانکتون بپرسید», «بهتر است با فروشنده تماس بگیرید»: sent elsewhere (the pack reads «باید …»). */
function readBetterAskThem(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (W[j].w === 'بهتره') k = j + 1;
  else if (W[j].w === 'بهتر' && at(W, j + 1, /^است$/)) k = j + 2;
  else return null;
  if (!at(W, k, /^(?:از|با)$/) || !faJoined(W, k + 1) || !(OTHER_PARTY.test(W[k + 1].w) || /^(?:بانک|بیمه|فروشنده|اپراتور)/.test(W[k + 1].w)) || c.question || conditional(W, j)) return null;
  for (let m = k + 2; m <= k + 6 && faJoined(W, m); m++) {
    const v = W[m].v;
    if (!v) continue;
    return v.person.person === 2 && !v.negative && v.tense === 'present' && !v.progressive ? faHit(W, j, m, 'deflection', 'dismissive') : null;
  }
  return null;
}

const ROLE = /^(?:اپراتور|کارمند|کارشناس|پشتیبان|مشاور|نماینده|اپراتورم|کارمندم|پشتیبانم|مشاورم)/;
/** «من فقط اپراتورم», «بنده فقط کارشناس پاسخگویی هستم»: only an employee, so not my call. */
function readJustAnOperator(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:من|بنده)$/.test(W[j].w) || !at(W, j + 1, /^فقط$/) || c.question) return null;
  let k = j + 2;
  if (at(W, k, /^(?:یه|یک)$/)) k++;
  if (!at(W, k, ROLE)) return null;
  for (let m = k; m <= k + 3 && faJoined(W, m); m++) {
    if (/^(?:هستم|ام)$/.test(W[m].w)) return faHit(W, j, m, 'deflection', 'dismissive');
    if (endsAfter(W, m)) return /م$/.test(W[m].w) ? faHit(W, j, m, 'deflection', 'dismissive') : null;
    if (W[m].v) return null;
  }
  return null;
}

/** «سیستم اینطوری تنظیم شده», «سامانه این‌جوری طراحی شده است»: the system's way, nothing after it (not «… که اطلاعات شما امن بمونه»). */
function readSystemSetThisWay(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEM.test(W[j].w) || c.question || c.reassuring) return null;
  let k = j + 1;
  if (at(W, k, /^ما$/)) k++;
  if (at(W, k, /^(?:اینطوری|اینجوری|اینطور|اینگونه)$/)) k++;
  else if (at(W, k, /^این$/) && at(W, k + 1, /^(?:طوری|جوری|طور|گونه)$/)) k += 2;
  else return null;
  if (!at(W, k, /^(?:تنظیم|طراحی|تعریف|برنامهریزی|برنامه)$/)) return null;
  if (W[k].w === 'برنامه' && at(W, k + 1, /^ریزی$/)) k++;
  if (!at(W, k + 1, /^(?:شده|شدهاست|شدهست|شدست)$/)) return null;
  let e = k + 1;
  if (at(W, e + 1, /^(?:است|هست|ست)$/)) e++;
  return endsAfter(W, e) ? faHit(W, j, e, 'system-blocks', 'other') : null;
}

/** «ان شاءالله برطرف می‌شود», «ایشالا تا فردا درست بشه»: a hope in place of a plan (not «انشالله که از خریدتون راضی باشید»). */
function readGodWilling(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:انشاءالله|انشالله|ایشالا|ایشالله|انشاالله|انشاله|اشالا)$/.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'ان' && at(W, j + 1, /^(?:شاءالله|شاالله|شالله|شاله)$/)) k = j + 2;
  else return null;
  if (c.question) return null;
  for (let m = k; m <= k + 4 && faJoined(W, m); m++) {
    if (/^(?:درست|حل|برطرف)$/.test(W[m].w) && at(W, m + 1, /^(?:میشه|میشود|بشه|بشود|شود|میگرده|میگردد)$/)) return faHit(W, j, m + 1, 'hedged-effort', 'uncertainty');
    if (W[m].v) return null;
  }
  return null;
}

/** «خداییش، …», «بی‌شوخی، …», «جدی میگم، …»: the candour opener, colloquial. */
function readCandourColloquial(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!opens(W, j) || c.question) return null;
  if (/^(?:خداییش|خداوکیلی|بیشوخی)$/.test(W[j].w) && endsAfter(W, j) && W[j + 1]) return faHit(W, j, j, 'candour-opener', 'negative-words');
  if (W[j].w === 'بی' && at(W, j + 1, /^شوخی$/) && endsAfter(W, j + 1) && W[j + 2]) return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  if (W[j].w === 'جدی' && at(W, j + 1, /^(?:میگم|میگویم)$/) && endsAfter(W, j + 1) && W[j + 2]) return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  return null;
}

/** «پیام قبلی رو دوباره بخونید», «لطفاً پاسخ بالا را مطالعه بفرمایید»: read what I already wrote. */
const MESSAGE_PREV = /^(?:پیام|ایمیل|پاسخ|توضیحات|جواب|پیامهای|ایمیلهای|تیکت|مکاتبه|مکاتبات|نامه|پاسخهای|جوابهای)$/;
function readReadPrevious(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!MESSAGE_PREV.test(W[j].w) || !at(W, j + 1, /^(?:قبلی|قبلیم|قبلیمون|بالا|قبلیمان|قبلیرو|پیشین|قبلیام)$/) || c.question) return null;
  let k = j + 2;
  // (rwfa24) Whose and when: «پاسخ قبلی اینجانب مورخ ۱۴۰۲/۰۸/۱۲», «پاسخ پیشین این واحد», «ایمیل قبلی همکارم». Never the
  // customer's own («پیام قبلی خودتون»).
  if (at(W, k, /^(?:اینجانب|بنده|من|ما|همکارم|همکارمون|همکاران)$/)) k++;
  else if (at(W, k, /^این$/) && at(W, k + 1, /^(?:واحد|مرکز|بخش|دفتر|شعبه)$/)) k += 2;
  if (at(W, k, /^مورخ$/)) for (k++; k < W.length && /^[0-9۰-۹]/.test(W[k].w); k++);
  if (at(W, k, /^(?:خودتون|خودتان|شما|جنابعالی)$/)) return null;
  if (at(W, k, /^(?:رو|را)$/)) k++;
  if (at(W, k, /^(?:دوباره|مجددا|مجدداً|یکبار)$/)) k++;
  let e = -1;
  if (at(W, k, /^(?:بخونید|بخونین|بخوانید|ببینید|ببینین)$/)) e = k;
  else if (at(W, k, /^(?:مطالعه|چک|نگاه)$/) && at(W, k + 1, /^(?:کنید|کنین|بفرمایید|فرمایید|نمایید|بکنید)$/)) e = k + 1;
  // (rwfa24) «به پاسخ قبلی … مراجعه فرمایید», «به ایمیل قبلی بنده رجوع کنید»: go back to what we wrote.
  else if (j > 0 && W[j - 1].w === 'به' && faJoined(W, j) && at(W, k, /^(?:مراجعه|رجوع|توجه)$/) && at(W, k + 1, /^(?:کنید|کنین|بفرمایید|فرمایید|نمایید|بکنید|بفرمائید|فرمائید)$/)) e = k + 1;
  if (e < 0 || conditional(W, j)) return null;
  let s = j > 0 && W[j - 1].w === 'به' && faJoined(W, j) ? j - 1 : j;
  if (s > 0 && /^(?:لطفا|لطفاً|خواهشا|خواهشاً|خواهشمندیم|خواهشمنداست)$/.test(W[s - 1].w) && faJoined(W, s)) s--;
  return faHit(W, s, e, 'repeating-myself', 'passive-aggressive');
}

/** «بار سومه که تکرار می‌کنم», «چندمین باره که میگم»: counting the times (the verbs constructions.fa.ts does not list). */
function readNthTimeRepeat(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (W[j].w === 'بار' && at(W, j + 1, /^(?:سومه|دومه|چندمه|چهارمه)$/)) k = j + 2;
  else if (/^(?:چندمین|دومین|سومین)$/.test(W[j].w) && at(W, j + 1, /^(?:باره|بار)$/)) k = j + 2;
  else return null;
  if (at(W, k, /^(?:است|هست)$/)) k++;
  if (!at(W, k, /^که$/)) return null;
  if (at(W, k + 1, /^تکرار$/) && at(W, k + 2, /^(?:میکنم|میکنیم)$/)) return faHit(W, j, k + 2, 'repeating-myself', 'passive-aggressive');
  return null;
}

/** «فوراً تماس بگیرید», «همین الان رسید رو بفرستید»: an order with no time to breathe (not in a condition, not «… ارسال شد»). */
function readRightNowOrder(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (/^(?:فورا|فوراً|سریعا|سریعاً|بلافاصله)$/.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'همین' && at(W, j + 1, /^الان$/)) k = j + 2;
  else return null;
  if (c.question || conditional(W, j) || !opens(W, j)) return null;
  // «در صورت مشاهده پیامک مشکوک، فوراً با ما تماس بگیرید»: a case provided for, and «با ما» invites.
  for (let m = 0; m < j; m++) if (/^(?:اگر|اگه|چنانچه|درصورت|هروقت|هرگاه)$/.test(W[m].w) || (W[m].w === 'در' && W[m + 1]?.w === 'صورت')) return null;
  for (let m = k; m <= k + 4 && faJoined(W, m); m++) {
    if (/^(?:ما|ماتماس|باما)$/.test(W[m].w)) return null;
    const v = W[m].v;
    if (!v) continue;
    return v.person.person === 2 && !v.negative && v.tense === 'present' && !v.progressive && endsAfter(W, m) ? faHit(W, j, m, 'customer-obligation', 'commands') : null;
  }
  return null;
}

/** «همه همینو میگن», «همه مشتری‌ها همین رو میگن»: the complaint waved off as everyone's. */
function readEveryoneSays(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'همه' || !opens(W, j) || c.question) return null;
  let k = j + 1;
  if (at(W, k, /^(?:مشتریها|مشتریا|مشتریان|کاربرها|کاربران|کاربرا)$/)) k++;
  else if (at(W, k, /^(?:مشتری|کاربر)$/) && at(W, k + 1, /^ها$/)) k += 2;
  if (at(W, k, /^(?:همینو|همینرو)$/)) k++;
  else if (at(W, k, /^همین$/) && at(W, k + 1, /^(?:رو|را)$/)) k += 2;
  else return null;
  return at(W, k, /^(?:میگن|میگویند|میگند)$/) ? faHit(W, j, k, 'minimising', 'dismissive') : null;
}

type Reader6 = (c: FaCtx, j: number) => GenericHit | null;
const READERS: Reader6[] = [
  readBelongsToUnit, readUpToOthers, readNoRelation, readBeyondUs, readWeOnly,
  readSystemRefuses, readNotInPanel, readItIsTheSystem,
  readTry, readLetsSee, readNoPromise,
  readCandour,
  readAsITold, readToldBefore, readPerPrevious, readISayAgain, readPayAttention,
  readThatIsNothing, readItHappens, readTooSensitive, readMountain,
  readYouWrongApart, readBetterHad,
  readYouMayNot,
  readBetterAskThem, readJustAnOperator, readSystemSetThisWay, readGodWilling, readCandourColloquial, readReadPrevious, readNthTimeRepeat, readRightNowOrder, readEveryoneSays,
];

/**
 * Every word a reader above can start on (the union of their first-word tests): the readers run on every word of every
 * Persian sentence, and a word none of them starts on («سفارش», «شما», a verb) skips all of them at one lookup.
 * A reader that learns a new first word adds it here (the matrix scripts/fa-matrix2.ts and its test catch a miss).
 */
const FIRST_WORDS = new Set(`
  مربوط به بر برعهده بهعهده با در بهما بمن ربطی ارتباطی از کار این تو توی مورد محدودیت مشکل خطا ایراد قضیه موضوع
  ببینم ببینیم قول قولی تضمین تضمینی راستش راستشو حقیقتش حقیقتشو حقیقت واقعیتش واقعیتشو واقعیت بدون بی بیتعارف بصراحت
  همان همون چنان قبلا قبلاً دیروز پیشتر دفعهقبل بارها چند طبق مطابق براساس بنابر بنا مجددا مجدداً دوباره بازم باز یه یک برای
  دقت لطفا لطفاً خواهشا خواهشاً خواهشمنداست خواهشمند اینکه پیش زیادی خیلی بیش بهتر بهتره حق اجازه نبایستی نمیبایست نمیبایستی
  انشاءالله انشالله ایشالا ایشالله انشاالله انشاله اشالا ان خداییش خداوکیلی بیشوخی جدی پیام ایمیل پاسخ توضیحات جواب پیامهای
  ایمیلهای بار چندمین دومین سومین فورا فوراً سریعا سریعاً بلافاصله همین همه
`.split(/\s+/).filter(Boolean));
const FIRST_PATTERNS = [WE, SYSTEM, TRY, AS, YOU, FUSS, MOUNTAIN_FIRST, /^صراحتا/, MESSAGE_PREV];
const startMemo = new Map<string, boolean>();
/** A pure function of the word, answered once per word form (emptied at 20,000 words, like the other per-word memos). */
export function kinds6MayStart(w: string): boolean {
  let ok = startMemo.get(w);
  if (ok === undefined) {
    ok = FIRST_WORDS.has(w) || FIRST_PATTERNS.some((r) => r.test(w));
    if (startMemo.size >= 20_000) startMemo.clear();
    startMemo.set(w, ok);
  }
  return ok;
}
const mayStart = kinds6MayStart;

/** A word test true on any of the words listed or any word an expression (anchored, no `g` flag) matches. */
function anyOf(...xs: (readonly string[] | RegExp)[]): (w: string) => boolean {
  const words = new Set(xs.filter((x): x is readonly string[] => Array.isArray(x)).flat());
  const res = xs.filter((x): x is RegExp => x instanceof RegExp);
  return (w) => words.has(w) || res.some((r) => r.test(w));
}

/**
 * Each reader's first test restated on the written word (see dispatch.fa.ts): a reader listed here returns null on any
 * other word. A reader not listed (its first test reads more than the word) runs at every word kinds6MayStart passes.
 */
const GATES = new Map<Reader6, FaGate<unknown>>([
  [readBelongsToUnit, { w: anyOf(['مربوط']) }],
  [readUpToOthers, { w: anyOf(['برعهده', 'بهعهده', 'با', 'در'], /^(?:به|بر)$/) }],
  [readBeyondUs, { w: anyOf(['از']) }],
  [readWeOnly, { w: anyOf(['کار', 'این'], WE) }],
  [readSystemRefuses, { w: anyOf(SYSTEM) }],
  [readNotInPanel, { w: anyOf(/^(?:تو|توی|در)$/) }],
  [readItIsTheSystem, { w: anyOf(['این'], /^(?:مورد|محدودیت|مشکل|خطا|ایراد|قضیه|موضوع)$/) }],
  [readTry, { w: anyOf(TRY) }],
  [readLetsSee, { w: anyOf(/^(?:ببینم|ببینیم)$/) }],
  [readNoPromise, { w: anyOf(/^(?:قول|قولی|تضمین|تضمینی)$/) }],
  [readAsITold, { w: anyOf(['چنان'], /^(?:همان|همون)$/, AS) }],
  [readToldBefore, { w: anyOf(['بارها', 'چند', 'این'], /^(?:قبلا|قبلاً|دیروز|پیشتر|دفعهقبل)$/) }],
  [readPerPrevious, { w: anyOf(['بر', 'بنا', 'با'], /^(?:طبق|مطابق|براساس|بنابر)$/) }],
  [readISayAgain, { w: anyOf(['باز', 'برای'], /^(?:مجددا|مجدداً|دوباره|بازم)$/, /^(?:یه|یک)$/) }],
  [readItHappens, { w: anyOf(['پیش', 'از', 'این']) }],
  [readTooSensitive, { w: anyOf(['بیش'], /^(?:زیادی|خیلی)$/) }],
  [readMountain, { w: anyOf(MOUNTAIN_FIRST) }],
  [readYouWrongApart, { w: anyOf(YOU) }],
  [readBetterHad, { w: anyOf(['بهتر']) }],
  [readBetterAskThem, { w: anyOf(['بهتره', 'بهتر']) }],
  [readJustAnOperator, { w: anyOf(/^(?:من|بنده)$/) }],
  [readSystemSetThisWay, { w: anyOf(SYSTEM) }],
  [readGodWilling, { w: anyOf(['ان'], /^(?:انشاءالله|انشالله|ایشالا|ایشالله|انشاالله|انشاله|اشالا)$/) }],
  [readReadPrevious, { w: anyOf(MESSAGE_PREV) }],
  [readNthTimeRepeat, { w: anyOf(['بار'], /^(?:چندمین|دومین|سومین)$/) }],
  [readRightNowOrder, { w: anyOf(['همین'], /^(?:فورا|فوراً|سریعا|سریعاً|بلافاصله)$/) }],
  [readEveryoneSays, { w: anyOf(['همه']) }],
]);
const dispatch6 = gatedDispatch<Reader6, unknown>(READERS, GATES);

function readKinds6(c: FaCtx, j: number): GenericHit | null {
  if (!mayStart(c.W[j].w)) return null;
  for (const r of dispatch6(c.W[j].w, undefined)) {
    const h = r(c, j);
    if (h) return h;
  }
  return null;
}

/** The readers of this file, in the order kinds.fa.ts runs them. */
export const KIND_READERS_FA_6 = [readKinds6];
