/**
 * Persian kinds of the twenty-sixth session (rwfa26), named from late25's misses (then late24's and late23's) and written
 * out first as look-alike sets of their own (scripts/fa-matrix26.ts: many trades, both registers, four spellings,
 * positives and close contrasts), then read here over the language layer's words and verb forms. Advice from the generic
 * reader, gated on the first word (kinds26MayStart), one test per word.
 *
 *  - **not until** (`time-refusal`): «پستتون تا بررسی مدارک تموم نشه منتشر نمیشه», «وام تا ضامن معرفی نشود پرداخت
 *    نمی‌شود»: «تا» + a condition whose verb is a negated third-person subjunctive (a process or our side pending; the customer's own step, «تا کد رو وارد نکنید …», is how-to guidance), then a negated present (or «نخواهد شد») of a thing
 *    the customer waits for (sent, published, approved, paid, issued …). Not a harm held off («تا تأیید نهایی هزینه‌ای کسر
 *    نمیشه», «… اشتراکتون قطع نمیشه»: no awaited thing), not an instruction (a second-person verb), not a question;
 *  - **not ours, in the negative** (`deflection`): «نصب کولر با واحد ما نیست», «مشکل اتصال مربوط به این مجموعه نیست»,
 *    «تعویض قطعه کار این واحد نیست»: a matter or an act opening the clause, then «با / مربوط به / کار / وظیفه / دست» + our
 *    side («ما», «بخش ما», «این واحد / دفتر / مجموعه / شعبه …») + the negated copula. Not a thing about which a fact is told
 *    («این شماره مربوط به این واحد نیست»: no matter), not the customer's thing («… مربوط به گوشی شما نیست»), not a scam
 *    disowned, not a question;
 *  - **a shrug** (`minimising`): «خب شب عید بود دیگه», «خب جنس چینیه دیگه»: «خب» opening the clause, a circumstance of
 *    one to four words with no verb, its copula («بود / است / ـه»), then «دیگه» closing the clause. Not a fault owned
 *    («خب مشکل از ما بود دیگه»), not praise («خب عالی بود دیگه»), not a filler («خب دیگه، …»), not a question;
 *  - **take it or leave it** (`minimising`): «هرجور راحتی، اگه نمیخوای سفارشو لغو کن», «هر طور مایلید؛ در صورت عدم تمایل
 *    قرارداد را فسخ کنید»: «هرجور / هر طور» + «راحتی / مایلید / دوست داری / صلاح میدونید» closing its clause, with the
 *    customer's not wanting or their cancelling, deleting or going elsewhere as the way out. A choice offered («هرجور
 *    راحتین، میتونید آنلاین یا حضوری پرداخت کنید») stays quiet;
 *  - **our slip waved off** (`minimising`): «اشکال نداره، دفعه بعد زودتر می‌فرستیم», «عیبی نداره عزیزم، دفعه بعد بیشتر دقت
 *    میکنیم»: «اشکال / عیبی نداره», «مهم نیست» closing its clause, then our own next time (a first-person present after
 *    «دفعه / بار … بعد / دیگه»): the fault was ours and it is called nothing. The customer's slip forgiven («اشکال نداره،
 *    دفعه بعد فقط شماره سفارش رو هم بنویسید»: a second-person verb) stays quiet;
 *  - **a conditional apology** (`apology-reflex`): «ببخشید اگه مشکلی پیش اومده», «عذر میخوام اگه ناراحت شدین»,
 *    «عذرخواهی می‌کنیم اگر مشکلی ایجاد شده است»: an apology, then «اگه / اگر» + a trouble or a hurt + a verb of happening
 *    or becoming: sorry for nothing named. «اگه مشکلی پیش اومد، پیام بدید» (no apology) stays quiet.
 */
import { faClauseStart, faHit, faJoined, SCAM_FA, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const paused = (x: FaWord | undefined): boolean => !x || x.pauseBefore || x.markBefore;
/** Forms of address that may close a clause: «آقا», «عزیزم», «داداش». */
const ADDRESS = /^(?:آقا|خانم|عزیزم|عزیز|داداش|برادر|خواهر|جان|جانم|قربان|قربونت|گلم|رفیق|دوست|من|والا|والله)$/;
/** The clause ends after word k: a pause, a stop, an emoji, the end, or a form of address and then one of those. */
function closes(W: readonly FaWord[], k: number): boolean {
  if (paused(W[k + 1])) return true;
  if (ADDRESS.test(W[k + 1].w)) return paused(W[k + 2]) || (ADDRESS.test(W[k + 2].w) && paused(W[k + 3]));
  return false;
}

// ---------------- not until ----------------

/** What the customer waits for: the light verb's partner, or the verb's own lemma. */
const AWAITED = /^(?:ارسال|منتشر|انتشار|تایید|تأیید|پرداخت|صادر|فعال|انجام|تحویل|واریز|آزاد|ثبت|اعمال|تمدید|نصب|باز|آماده|پذیرفته|قبول|رسیدگی|پیگیری|اقدام|ترخیص|تحویلش|ارسالش|صادرش|فعالش|پخش|آپلود|بارگذاری|منتقل|انتقال|بازگردانده|برگشت|استرداد|عودت)$/;
const AWAITED_LEMMA = /^(?:رسیدن|فرستادن|دادن)$/;
/** A charge or a harm in the main clause: «هزینه‌ای کسر نمیشه», «چیزی کم نمیشه» (held off, good news). */
const HARMLESS = /^(?:هزینه|هزینهای|مبلغ|مبلغی|جریمه|جریمهای|چیزی|هیچ|هیچی|پولی|وجهی|کارمزد|کارمزدی)$/;

function readNotUntil(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'تا' || c.question || paused(W[j + 1])) return null;
  let k = j + 1;
  if (at(W, k, /^(?:وقتی|زمانی|زمانیکه|وقتیکه|موقعی)$/)) k++;
  if (at(W, k, /^که$/)) k++;
  // The condition: up to six words, no pause, ending on a negated present with no «می»: «نشه», «نشود», «نفرستین», «نکنید».
  let cv = -1;
  for (let m = k; m < Math.min(W.length, k + 7); m++) {
    if (m > k && (W[m].pauseBefore || W[m].markBefore)) return null;
    const v = W[m].v;
    if (!v) continue;
    // Pending on a process or on our side (third person): «تا بررسی تموم نشه». The customer's own step («تا کد رو وارد
    // نکنید، سفارش ثبت نمیشه») is how-to guidance, left alone.
    if (!v.negative || v.progressive || v.tense !== 'present' || v.person.person !== 3) return null;
    cv = m;
    break;
  }
  if (cv < 0 || cv === j + 1) return null;
  // The main clause: up to four words (a pause allowed right after the condition), then the awaited thing held back.
  for (let m = cv + 1; m < Math.min(W.length, cv + 6); m++) {
    const x = W[m];
    if (x.stopBefore) return null;
    if (m > cv + 1 && x.pauseBefore) return null;
    if (HARMLESS.test(x.w) || /^(?:هیچ|کسی)/.test(x.w)) return null;
    const v = x.v;
    if (!v) continue;
    if (v.person.person !== 3 || !v.negative) return null;
    let end = m;
    if (v.lemma === 'خواستن') {
      if (!at(W, m + 1, /^(?:شد|گردید|رسید)$/)) return null;
      end = m + 1;
    } else if (v.tense !== 'present' || !v.progressive) return null;
    const partner = W[m - 1].w;
    const partner2 = m - 2 > cv ? W[m - 2].w : '';
    const awaited = AWAITED.test(partner) || (/^(?:داده|شده)$/.test(partner) && AWAITED.test(partner2)) || (v.lemma !== 'خواستن' && AWAITED_LEMMA.test(v.lemma) && v.lemma !== 'دادن');
    if (!awaited) return null;
    if (faClauseStart(W, j).conditional) return null;
    return faHit(W, j, end, 'time-refusal', 'until');
  }
  return null;
}

// ---------------- not ours, in the negative ----------------

/** A matter or an act the customer raised: what can be "not ours". */
const MATTER_ACT = /^(?:موضوع|مورد|مسئله|مساله|مسأله|قضیه|مشکل|کار|درخواست|شکایت|پیگیری|رسیدگی|بحث|ایراد|اشکال|خرابی|تأخیر|تاخیر|قطعی|خسارت|بازپرداخت|استرداد|اعتراض|جبران|تعمیر|تعمیرات|نصب|صدور|ارسال|تعویض|تمدید|تنظیم|ثبت|بازگشت|پرداخت|واریز|تحویل|فعالسازی|لغو|کنسلی|جابجایی|جابهجایی|انتقال|تغییر|رفع|اتصال|هماهنگی|ترخیص|گارانتی|ضمانت|بیمه|صدورش|نصبش|تعمیرش|ارسالش|تحویلش|پیگیریش)$/;
const OPENER = /^(?:سلام|آقا|خانم|عزیزم|داداش|ببینید|ببین|والا|والله|خب|خوب|راستش|ضمنا|ضمناً|البته|اما|ولی|و)$/;
/** Our side after «این»: a unit, an office, the company. */
const OUR_UNIT = /^(?:واحد|بخش|دفتر|مجموعه|شعبه|شرکت|فروشگاه|مرکز|اداره|تیم|دپارتمان|سازمان|موسسه|مؤسسه|آموزشگاه|کلینیک|باشگاه|آژانس|نمایندگی)$/;
const NOT_COPULA = /^(?:نیست|نیستش|نیس|نمیباشد|نمیباشه)$/;

/** The side named from k and its last word's index: «ما», «بخش ما», «این واحد», «واحد فنی ما», «اینجا»; -1 if not ours. */
function ourSide(W: readonly FaWord[], k: number): number {
  if (at(W, k, /^(?:ما|اینجا|بنده|من)$/)) return k;
  if (at(W, k, /^این$/) && at(W, k + 1, OUR_UNIT)) return k + 1;
  if (at(W, k, OUR_UNIT)) {
    for (let m = k + 1; m <= k + 3 && faJoined(W, m); m++) {
      if (W[m].w === 'ما') return m;
      if (W[m].v || NOT_COPULA.test(W[m].w)) return -1;
    }
  }
  return -1;
}

function readNotOursNegated(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!NOT_COPULA.test(W[j].w) || j < 3 || c.question) return null;
  // Back from the copula: our side, then its frame word.
  let frame = -1;
  // The widest side first: «واحد ما» before «ما».
  for (let k = Math.max(1, j - 4); k < j; k++) {
    let joined = true;
    for (let m = k + 1; m <= j; m++) if (!faJoined(W, m)) joined = false;
    if (!joined || ourSide(W, k) !== j - 1) continue;
    const f = W[k - 1].w;
    if (f === 'با' || /^(?:کار|وظیفه|وظایف|دست)$/.test(f)) frame = k - 1;
    else if (f === 'به' && k >= 2 && W[k - 2].w === 'مربوط' && faJoined(W, k - 1)) frame = k - 2;
    break;
  }
  if (frame < 1 || !faJoined(W, frame)) return null;
  // «کار ما نیست» alone is the pack's; «کار / دست» need a matter before them too, as the others do.
  // The subject: a matter or an act opening the clause, its name running up to the frame with no verb.
  let s = frame - 1;
  while (s > 0 && faJoined(W, s) && !W[s - 1].v && frame - s < 6 && !OPENER.test(W[s - 1].w)) s--;
  while (s < frame && OPENER.test(W[s].w)) s++;
  if (s >= frame) return null;
  for (let m = s; m < frame; m++) if (W[m].v) return null;
  let head = s;
  if (/^(?:این|اون|آن)$/.test(W[head].w) && head + 1 < frame) head++;
  if (!MATTER_ACT.test(W[head].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  for (const x of W) if (SCAM_FA.test(x.w)) return null;
  // A hand-over of ours after it («… ولی خودم با فروشنده هماهنگ می‌کنم»): a first-person act, not negated, later on.
  for (let m = j + 1; m < W.length; m++) {
    const v = W[m].v;
    if (v && v.person.person === 1 && !v.negative) return null;
  }
  return faHit(W, s, j, 'deflection', 'dismissive');
}

// ---------------- a shrug ----------------

/** Words that make «خب X بود دیگه» no shrug: praise, a fault owned, the customer's right, a thing done. */
const NOT_SHRUG = /^(?:عالی|عالیه|خوبه|درسته|حله|اوکیه|مرسی|ممنون|خوب|خیلی|درست|حله|اوکی|مشکل|مشکلی|تقصیر|اشتباه|حق|ما|من|خودمون|خودم|از|شما|تموم|تمام|همین|کار|قرار|لطف|وظیفه|وظیفمون|وظیفهمون)$/;
const WAS = /^(?:بود|است|هست|بوده|بودش)$/;

function readShrug(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:خب|خوب)$/.test(W[j].w) || c.question) return null;
  if (j > 0 && !paused(W[j]) && !/^(?:والا|والله|سلام|آقا|خانم|عزیزم|داداش)$/.test(W[j - 1].w)) return null;
  // A circumstance named, not «یه …» (a fresh start, a new chance: cheer).
  if (paused(W[j + 1]) || /^(?:یه|یک)$/.test(W[j + 1].w)) return null;
  for (let m = j + 1; m <= j + 6 && W[m] && !paused(W[m]); m++) {
    const w = W[m].w;
    if (NOT_SHRUG.test(w) || W[m].v?.lemma && W[m].v!.lemma !== 'بودن') return null;
    // Past participles and verbs of what happened are news, not a circumstance: «خب بسته رسیده دیگه».
    // «دیگه» only: the spoken shrug (the written «خوب یک شروع تازه است دیگر!» is cheer, not a shrug).
    if (m > j + 1 && w === 'دیگه') {
      const prev = W[m - 1].w;
      const copula = WAS.test(prev) && m - 1 > j + 1;
      const clitic = /[^اهو]ه$/.test(prev) && prev.length > 2 && !/(?:ده|ته)$/.test(prev);
      if (!copula && !clitic) return null;
      if (!closes(W, m)) return null;
      for (let n = j + 1; n < m - (copula ? 1 : 0); n++) if (/(?:ده|ته)$/.test(W[n].w) && W[n].w.length > 3 && !/^(?:آینده|عمده|ساده|زیاده|خانواده|عده|پرونده|بسته|هفته|گذشته)$/.test(W[n].w)) return null;
      if (faClauseStart(W, j).conditional) return null;
      return faHit(W, j, m, 'minimising', 'dismissive');
    }
  }
  return null;
}

// ---------------- take it or leave it ----------------

const AS_YOU = /^(?:هرجور|هرطور|هرجوری|هرطوری)$/;
const LIKE = /^(?:راحتی|راحتین|راحتید|مایلید|مایلین|مایلی|میلتونه|میلته|میخوای|میخواین|میخواید|صلاحه)$/;
/** The way out offered: cancelling, deleting, ending, going elsewhere (partners of «کردن» or whole words). */
const WAY_OUT = /^(?:لغو|کنسل|پاک|حذف|فسخ|پس|ابطال|لغوش|کنسلش|پاکش|حذفش|فسخش)$/;

function readSuitYourself(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (AS_YOU.test(W[j].w)) k = j + 1;
  else if (W[j].w === 'هر' && at(W, j + 1, /^(?:جور|طور|جوری|طوری)$/)) k = j + 2;
  else return null;
  if (c.question) return null;
  let end = -1;
  if (at(W, k, LIKE)) end = k;
  else if (at(W, k, /^دوست$/) && at(W, k + 1, /^(?:داری|دارید|دارین)$/)) end = k + 1;
  else if (at(W, k, /^صلاح$/) && at(W, k + 1, /^(?:میدونی|میدونید|میدونین|میدانید|میدانی)$/)) end = k + 1;
  // Closing its clause (a pause or a stop: the way out may follow a «؛» or a «.»).
  if (end < 0 || !W[end + 1] || !paused(W[end + 1])) return null;
  // The way out, in the rest of the sentence: not wanting, or a second-person act of leaving.
  let out = false;
  for (let m = end + 1; m < Math.min(W.length, end + 14); m++) {
    const x = W[m];
    if (m > end + 1 && x.stopBefore) break;
    const v = x.v;
    if (v && v.person.person === 1 && !v.negative) return null;
    if (v && v.negative && v.lemma === 'خواستن' && v.person.person === 2) out = true;
    if (x.w === 'عدم' && at(W, m + 1, /^(?:تمایل|رضایت)$/)) out = true;
    if (v && v.person.person === 2 && !v.negative && m > 0 && WAY_OUT.test(W[m - 1].w)) out = true;
    if (v && v.person.person === 2 && !v.negative && /^(?:رفتن)$/.test(v.lemma) && W.slice(m, m + 6).some((y) => /^(?:دیگه|دیگر|دیگهای)$/.test(y.w))) out = true;
  }
  if (!out) return null;
  // A refund or a return promised with the way out: «… لغو کنین، پولتونم کامل برمیگرده» is considerate, not a shrug.
  for (let m = end + 1; m < W.length; m++) if (/^(?:برمیگرده|برمیگردد|برگشت|برگردونده|برمیگردونیم|بازگردانده|عودت|مسترد|استرداد|واریز)/.test(W[m].w)) return null;
  return faHit(W, j, end, 'minimising', 'dismissive');
}

// ---------------- our slip waved off ----------------

function readWaveOffOurSlip(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  if (j > 0 && !paused(W[j]) && !/^(?:سلام|آقا|خانم|عزیزم|نه|والا)$/.test(W[j - 1].w)) return null;
  let end: number;
  if (/^(?:اشکال|اشکالی|عیب|عیبی|ایرادی|ایراد)$/.test(W[j].w) && at(W, j + 1, /^(?:نداره|ندارد|نداشت)$/)) end = j + 1;
  else if (/^(?:مهم|طوری)$/.test(W[j].w) && at(W, j + 1, /^(?:نیست|نیس|نبود)$/)) end = j + 1;
  else return null;
  if (!closes(W, end)) return null;
  // The customer anywhere after it (their verb, a negated second person the table may not know: «که جا نمونید»): their
  // slip forgiven, not ours waved off.
  for (let m = end + 1; m < W.length; m++) if (W[m].v?.person.person === 2 || /^ن\S{2,}(?:ید|ین)$/.test(W[m].w)) return null;
  let next = -1;
  for (let m = end + 1; m < W.length; m++) {
    const x = W[m];
    const v = x.v;
    if (next < 0 && /^(?:دفعه|بار|دفعهی|دفعات)$/.test(x.w) && at(W, m + 1, /^(?:بعد|بعدی|دیگه|دیگر)$/)) next = m;
    if (next >= 0 && m > next + 1 && v && v.person.person === 1 && !v.negative && v.tense === 'present') {
      if (faClauseStart(W, j).conditional) return null;
      return faHit(W, j, end, 'minimising', 'dismissive');
    }
    if (next >= 0 && m > next + 7) return null;
  }
  return null;
}

// ---------------- a conditional apology ----------------

const SORRY = /^(?:ببخشید|ببخشین|شرمنده|شرمندهام|شرمندم|شرمندهایم|پوزش|عذرخواهی|معذرتخواهی)$/;
const SORRY_VERB = /^(?:میخوام|میخواهم|میخوایم|میخواهیم|میطلبیم|میطلبم|میکنیم|میکنم|مینماییم|مینمایم)$/;
const HURT = /^(?:مشکلی|مشکل|ناراحتی|ناراحتیای|ناراحت|اذیت|اذیتی|بد|زحمتی|زحمت|سوءتفاهمی|سوتفاهمی|سوءتفاهم|دلخور|دلخوری|دلخوریای|خطایی|اشکالی|اختلالی|رنجش|رنجیده|ناراضی)$/;

function readIfAnyTrouble(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let a = j;
  if (/^(?:عذر|معذرت)$/.test(W[j].w)) {
    if (!at(W, j + 1, SORRY_VERB)) return null;
    a = j + 1;
  } else if (SORRY.test(W[j].w)) {
    if (at(W, j + 1, SORRY_VERB)) a = j + 1;
    // «پوزش می طلبیم»: «می» written apart.
    else if (at(W, j + 1, /^می$/) && at(W, j + 2, /./) && SORRY_VERB.test(`می${W[j + 2].w}`)) a = j + 2;
  } else return null;
  // The customer's apology, not ours: «نیازی به عذرخواهی نیست».
  if (j > 0 && !paused(W[j]) && /^(?:به|از|بدون|بی)$/.test(W[j - 1].w)) return null;
  if (!at(W, a + 1, /^(?:اگه|اگر|اگرچنانچه|چنانچه)$/)) return null;
  let hurt = false;
  for (let m = a + 2; m < Math.min(W.length, a + 8) && faJoined(W, m) && !W[m].markBefore; m++) {
    const x = W[m];
    if (HURT.test(x.w)) hurt = true;
    if (x.v || /^(?:پیشاومده|پیشآمده|ایجادشده|بوجوداومده|بهوجودآمده)$/.test(x.w) || (m > a + 2 && /^(?:اومده|آمده|امده|شده|بوده|گردیده)$/.test(x.w))) {
      if (!hurt) return null;
      // «… شده است», «… آمده باشد»: the auxiliary with it.
      let end = m;
      if (at(W, m + 1, /^(?:است|باشه|باشد|بوده)$/)) end = m + 1;
      return faHit(W, j, end, 'apology-reflex', 'over-apology');
    }
  }
  return null;
}

// ---------------- a candour adverb opening bad news ----------------

const CANDID = /^(?:حقیقتا|حقیقتاً|حقیقتش|واقعیتش|صادقانه|صادقانهاش|صادقانش)$/;
/** Thanks, gladness or praise after it: «حقیقتاً از صبرتون ممنونیم» is warmth, no frame for bad news. */
const WARMTH = /^(?:ممنون|ممنونم|ممنونیم|متشکر|متشکرم|متشکریم|سپاسگزار|سپاسگزارم|سپاسگزاریم|خوشحال|خوشحالم|خوشحالیم|قدردان|قدردانیم|شرمنده|عالی|عالیه|لذت|افتخار|تبریک|خوشبختانه|خوبی|بهترین|جالب|زیبا|قشنگ|عالیه|عزیز|گرامی)$/;

/**
 * «حقیقتاً علت تأخیر از سمت بانک است», «حقیقتش این مدل دیگه تولید نمیشه», «صادقانه، …»: a candour adverb opening the
 * sentence (or after a greeting), before what follows: the same frame as «راستش» (the pack's), which says the rest was
 * held back. Not mid-sentence («… در حقیقت …»), not before thanks or gladness, not a question.
 */
function readCandidOpener(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!CANDID.test(W[j].w) || c.question) return null;
  if (j > 0 && !W[j].stopBefore && !/^(?:سلام|آقا|خانم|عزیزم|داداش|والا|خب)$/.test(W[j - 1].w)) return null;
  if (!W[j + 1]) return null;
  // Not before thanks, gladness or praise («… سوال خیلی خوبی پرسیدید»: "truly", warmth).
  for (let m = j + 1; m < W.length && !W[m].stopBefore; m++) if (WARMTH.test(W[m].w)) return null;
  // «صادقانه» alone is also "sincerely" before a verb of ours: «صادقانه عذرخواهی می‌کنیم».
  if (/^صادقانه/.test(W[j].w) && (!paused(W[j + 1]) && (W[j + 1].v || /^(?:عذرخواهی|پوزش|معذرت|تشکر|قدردانی)$/.test(W[j + 1].w)))) return null;
  return faHit(W, j, j, 'candour-opener', 'negative-words');
}

// ---------------- our own equipment went haywire ----------------

/** Equipment and systems of the business, with «ـمون / ـمان» (ours) on them or «ما» after. */
const KIT = /^(?:کارتخوان|کارتخون|پوز|دستگاه|سیستم|سرور|سایت|اپ|اپلیکیشن|برنامه|درگاه|پرینتر|چاپگر|اسکنر|صندوق|کامپیوتر|شبکه|اینترنت|تلفن|خط|سامانه|پنل|نرمافزار)$/;
const HAYWIRE = /^(?:قاطی|قاطیه|هنگ|هنگه|خوابیده|خوابیده|پریده|ترکیده|سوخته|ریسته|ریست)$/;
/**
 * «کارتخوانمون قاطی کرده», «سیستممون هنگ کرده», «دستگاه ما خوابیده»: our own machine gone wrong, given as the reason:
 * "the system did it". Ours only («ـمون / ـمان», «ما»): the customer's device («گوشیتون هنگ کرده») is advice, not this.
 * Not a fix told after it in the same clause («… قاطی کرده بود، درست شد»: a participle before «بود», then news).
 */
function readOurKitHaywire(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const w = W[j].w;
  let k: number;
  const stem = w.replace(/(?:مون|مان)$/, '');
  if (stem !== w && KIT.test(stem)) k = j + 1;
  else if (KIT.test(w) && at(W, j + 1, /^ما$/)) k = j + 2;
  else return null;
  if (!at(W, k, HAYWIRE)) return null;
  let end = k;
  if (at(W, k + 1, /^(?:کرده|کرد|شده|کردن|کردهاند)$/)) end = k + 1;
  else if (!/(?:ه|یده)$/.test(W[k].w)) return null;
  if (at(W, end + 1, /^(?:بود|بوده)$/)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, end, 'system-blocks', 'other');
}

export function kinds26MayStart(w: string): boolean {
  return CANDID.test(w) || kitWord(w) || kinds26Other(w);
}

function readKinds26(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (CANDID.test(w)) return readCandidOpener(c, j);
  if (kitWord(w)) return readOurKitHaywire(c, j);
  if (w === 'تا') return readNotUntil(c, j);
  if (NOT_COPULA.test(w)) return readNotOursNegated(c, j);
  if (w === 'خب' || w === 'خوب') return readShrug(c, j);
  if (AS_YOU.test(w) || w === 'هر') return readSuitYourself(c, j);
  return readWaveOffOurSlip(c, j) ?? readIfAnyTrouble(c, j);
}

/** A word readOurKitHaywire starts on: equipment, bare or with «ـمون / ـمان». */
const kitWord = (w: string): boolean => KIT.test(w) || KIT.test(w.replace(/(?:مون|مان)$/, ''));
/** The words the readers other than readOurKitHaywire start on. */
function kinds26Other(w: string): boolean {
  return w === 'تا' || NOT_COPULA.test(w) || w === 'خب' || w === 'خوب' || AS_YOU.test(w) || w === 'هر' || /^(?:اشکال|اشکالی|عیب|عیبی|ایرادی|ایراد|مهم|طوری|عذر|معذرت)$/.test(w) || SORRY.test(w);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_26 = [readKinds26];
