/**
 * Persian kinds of the twenty-fifth session (rwfa25), named from late24's misses (then late23's and late22's) and written
 * out first as look-alike sets of their own (scripts/fa-matrix25.ts: many trades, both registers, four spellings,
 * positives and close contrasts), then read here over the language layer's words. Advice from the generic reader, gated
 * on the first word (kinds25MayStart), one test per word.
 *
 *  - **the matter belongs to another party** (`deflection`, dismissive): «این موضوع مربوط به واحد منابع انسانی شرکت
 *    شماست», «تأخیر در تحویل به شرکت پست مربوط است», «این قضیه به اپراتور شما مربوطه»: a matter (a demonstrative, or a
 *    noun of a case: موضوع، مشکل، تأخیر، پیگیری …) opening the clause, then «مربوط به X» or «به X مربوط», X headed by
 *    another party (a unit, a company, the bank, the courier, the owner …) with up to three words of its name, then the
 *    copula: «است / می‌باشد / می‌شود / میشه», or the colloquial «ـه / ـست» on the name's last word or on «مربوط». Not
 *    information about a thing («این بخش مربوط به تنظیمات حساب است», «این شماره مربوط به واحد فروش است»: the subject is no
 *    matter), not ours («… مربوط به ماست»), not with a hand-over in the sentence («… ارجاع دادم», «… تماس می‌گیرن»), not a
 *    past cause («… بود»), a condition, a question or a scam disowned;
 *  - **we are only a go-between** (`deflection`, dismissive): «ما فقط فروشنده‌ایم», «من فقط منشی‌ام», «ما صرفاً حمل‌کننده
 *    هستیم», «این شرکت صرفاً واسطه است»: «فقط / صرفاً» + a role (a trade's go-between or an agent noun in «ـکننده / ـدهنده»)
 *    + the first-person copula (or «است» after «این شرکت / مجموعه»), ending its clause. Not «ما فقط منتظر …»,
 *    «ما فقط فروشنده نیستیم» (negated), not «تنها» (also "the one and only"), not in a question;
 *  - **told you already, pointing back** (`repeating-myself`, passive-aggressive): «بالاتر نوشتم 👆», «یه اسکرول بکنی بالا
 *    همه‌شو توضیح دادم», «قبلاً هم برای تان نوشته بودم», «همونطور که تو تیکت قبلی هم نوشته بودم»: a pointer (above,
 *    «قبلاً / پیش‌تر / دفعه قبل» with «هم / نیز», «همان‌طور که») then, with any words between that are no verb, a first-person
 *    past verb of saying or writing. Not told to someone else («به همکارم گفته بودم»), not the agent's own slip («اشتباه»),
 *    not «بالاتر از» (more than), not text on a page («… نوشته شده»), not a question or a condition.
 */
import { faClauseStart, faHit, faJoined, SCAM_FA, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
/** The clause ends after word k: a pause, a stop or the end of the sentence follows. */
const endsAfter = (W: readonly FaWord[], k: number): boolean => !W[k + 1] || W[k + 1].pauseBefore || W[k + 1].markBefore;
/** The clause ends after word k, or goes on with «و / ولی / نه» or a form of address («عزیزم», «داداش»). */
const AFTER_END = /^(?:و|ولی|اما|نه|من|ما|عزیزم|عزیز|داداش|آقا|خانم|جان|برادر|لطفا|لطفاً)$/;
const clauseEnd = (W: readonly FaWord[], k: number): boolean => endsAfter(W, k) || AFTER_END.test(W[k + 1].w);

/** The first word of the clause that holds word j: back to a pause, a stop, a finite verb or the sentence's start. */
function clauseOpen(W: readonly FaWord[], j: number): number {
  let k = j;
  while (k > 0 && !W[k].pauseBefore && !W[k].markBefore && !W[k - 1].v && j - k < 12) k--;
  return k;
}

// ---------------- the matter belongs to another party ----------------

/** The head of another party: a unit, a business, an authority, a person who decides. */
const PARTY = /^(?:واحد|بخش|تیم|دپارتمان|اداره|شرکت|بانک|بانکتون|بانکتان|پست|فروشنده|انبار|نمایندگی|سازنده|تولیدکننده|تامینکننده|تأمینکننده|اپراتور|اپراتورتون|بیمه|بیمهگر|کارفرما|کارفرمای|پیمانکار|مالک|صاحبخانه|صاحبخونه|صاحبملک|پیک|مخابرات|هواپیمایی|ایرلاین|دفتر|سازمان|وزارت|وزارتخانه|شهرداری|مدیریت|حسابداری|کنسولگری|سفارت|گمرک|داروخانه|آزمایشگاه|پزشک|دکتر|مدرسه|دانشگاه|رستوران|هتل|باربری|همکاران|مسئول|مسئولین|دادگاه|پلیس|راهنمایی|سرپرست|مدیر)$/;
/** Party heads that end in «ه» of their own: «بیمه» is no «بیم + ـه». */
const NATIVE_H = /^(?:بیمه|فروشنده|سازنده|تولیدکننده|تامینکننده|تأمینکننده|نماینده|صاحبخانه|صاحبخونه|داروخانه|مدرسه|اداره|کارخانه|راننده|فرستنده|مربوطه)$/;
/** A matter the customer raised: what can be "someone else's". */
const MATTER = /^(?:موضوع|مورد|مسئله|مساله|مسأله|قضیه|مشکل|کار|درخواست|شکایت|پیگیری|پیگیریش|رسیدگی|بحث|سوال|سؤال|ایراد|اشکال|خرابی|تأخیر|تاخیر|قطعی|خسارت|بازپرداخت|استرداد|اعتراض|جبران|کیفیت|تعمیر|تعمیرات)$/;
const DEMONSTRATIVE = /^(?:این|اون|آن|اینم|اونم|اینها|اینا)$/;
/** Words that may open a reply before the subject: a greeting, an address, a filler. */
const OPENER = /^(?:سلام|آقا|خانم|عزیزم|عزیز|داداش|برادر|ببینید|ببین|والا|والله|خب|خوب|راستش|ضمنا|ضمناً|البته|اما|ولی|و)$/;
const COPULA = /^(?:است|هست|هستش|ست|میباشد|میباشند|میشه|میشود|میگردد)$/;
/** A party head, bare or with the colloquial copula joined («صاحبخونه‌ست», «بانکه»): the bare head, or ''. */
const partyHead = (w: string): boolean => PARTY.test(w) || PARTY.test(w.replace(/(?:ست|است)$/, '')) || (/[^اه]ه$/.test(w) && PARTY.test(w.slice(0, -1)));
const OURS = /^(?:ما|ماست|من|منه|بنده|خودمون|خودمونه|خودمان|خودم|اینجا|اینجاست|ماها)$/;
/** A hand-over done or under way in the same sentence. */
const HANDED = /^(?:ارجاع|منتقل|هماهنگ|فرستادم|فرستادیم|سپردم|سپردیم|میگیرن|میگیرند|میدن|میدهند|پیگیرش|پیگیرشم|پیگیرشون|پیگیرشیم)$/;

/** The subject before the predicate that starts at p is a matter of the customer's (see MATTER), or «این / اون» alone. */
function matterSubject(W: readonly FaWord[], p: number): number {
  let s = clauseOpen(W, p);
  while (s < p && OPENER.test(W[s].w)) s++;
  if (s >= p) return -1;
  for (let k = s; k < p; k++) if (W[k].v) return -1;
  const first = W[s].w;
  if (DEMONSTRATIVE.test(first)) {
    if (s + 1 === p) return s;
    if (MATTER.test(W[s + 1].w) || (W[s + 1].w === 'یکی' && s + 2 === p)) return s;
    return -1;
  }
  return MATTER.test(first) || MATTER.test(first.replace(/(?:ش|تون|تان)$/, '')) ? s : -1;
}

/**
 * The party phrase from k (a head in PARTY, then up to three name words) and the copula after it: the index of the
 * copula (or of the name's last word carrying the clitic), or -1. `copulaOnNext`: the copula may follow; `bareOk`: the
 * phrase may end with no copula (the clitic is then on «مربوطه» after it).
 */
function partyThenCopula(W: readonly FaWord[], k: number, needCopula: boolean): { last: number; end: number } {
  if (!faJoined(W, k) || !partyHead(W[k].w)) return { last: -1, end: -1 };
  let last = k;
  if (!PARTY.test(W[k].w)) return needCopula && clauseEnd(W, k) ? { last: k, end: k } : { last: -1, end: -1 };
  for (let m = k + 1; m <= k + 6 && faJoined(W, m) && !W[m].markBefore; m++) {
    const w = W[m].w;
    if (OURS.test(w)) return { last: -1, end: -1 };
    if (COPULA.test(w)) return { last, end: needCopula ? m : -1 };
    if (W[m].v || /^(?:و|که|مربوط|مربوطه|را|رو|هم|نه|ولی|اما|در|به|از|با|برای)$/.test(w)) break;
    last = m;
  }
  if (!needCopula) return { last, end: last };
  // The colloquial copula on the name's last word: «مالیه», «فنیه», «شماست», «بیمه‌ست», «نمایندگیه».
  const w = W[last].w;
  const clitic = /(?:[^ا]ست|است|ماست|شماست)$/.test(w) && w.length > 3 ? !/^(?:پست|دست|شست|ست|است|هست|نیست)$/.test(w) : /[^اه]ه$/.test(w) || (/ه$/.test(w) && !NATIVE_H.test(w) && !PARTY.test(w));
  if (clitic && clauseEnd(W, last)) return { last, end: last };
  return { last: -1, end: -1 };
}

function readBelongsElsewhere(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question || !/^مربوط(?:ه|است|ست)?$/.test(w)) return null;
  let start = -1;
  let end = -1;
  let pred = j;
  if (w === 'مربوط' && at(W, j + 1, /^به$/)) {
    // «مربوط به X (Y Z) است / ـه».
    const r = partyThenCopula(W, j + 2, true);
    if (r.end < 0) return null;
    end = r.end;
  } else {
    // «به X (Y) مربوط است / مربوطه / مربوط میشه».
    let b = -1;
    for (let m = j - 1; m >= Math.max(0, j - 5); m--) {
      if (W[m].w === 'به') {
        b = m;
        break;
      }
      if (!faJoined(W, m + 1) || W[m].v) return null;
    }
    if (b < 0 || !faJoined(W, b + 1)) return null;
    const r = partyThenCopula(W, b + 1, false);
    if (r.last !== j - 1) return null;
    if (w === 'مربوط') {
      if (!at(W, j + 1, COPULA)) return null;
      end = j + 1;
    } else end = j;
    if (!clauseEnd(W, end)) return null;
    pred = b;
  }
  start = matterSubject(W, pred);
  if (start < 0) return null;
  const { conditional } = faClauseStart(W, pred);
  if (conditional || c.reassuring) return null;
  for (const x of W) if (HANDED.test(x.w) && x !== W[start] || SCAM_FA.test(x.w)) return null;
  return faHit(W, start, end, 'deflection', 'dismissive');
}

// ---------------- we are only a go-between ----------------

const ROLE = /^(?:فروشنده|واسطه|نماینده|پیمانکار|آژانس|منشی|اپراتور|مشاور|کارگزار|عامل|بنگاه|پذیرش|دلال|پیک|راننده|عاملیت|فروشگاه|انبار|انباردار|نصاب|تعمیرکار|کارمند|پشتیبان)$/;
const AGENT_NOUN = /(?:کننده|دهنده)$/;
/** The first-person copula joined to the role: «فروشنده‌ایم», «پیمانکاریم», «منشی‌ام», «اپراتورم». */
function roleWithCopula(w: string, plural: boolean): boolean {
  const endings = plural ? ['ایم', 'یم'] : ['ام', 'م'];
  for (const e of endings) {
    if (!w.endsWith(e)) continue;
    const stem = w.slice(0, -e.length);
    if (ROLE.test(stem) || (AGENT_NOUN.test(stem) && stem.length > 6)) return true;
  }
  return false;
}

function readOnlyGoBetween(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w0 = W[j].w;
  if (c.question) return null;
  let k: number;
  let person: 1 | 3;
  let plural = true;
  if (w0 === 'ما' || w0 === 'من') {
    k = j + 1;
    person = 1;
    plural = w0 === 'ما';
  } else if (w0 === 'این' && at(W, j + 1, /^(?:شرکت|مجموعه|فروشگاه|آژانس|موسسه|مؤسسه)$/)) {
    k = j + 2;
    person = 3;
  } else return null;
  if (j > 0 && !W[j].pauseBefore && !W[j].markBefore && !/^(?:سلام|آقا|خانم|عزیزم|داداش|ببینید|والا|خب|راستش|ولی|اما|و)$/.test(W[j - 1].w)) return null;
  if (at(W, k, /^(?:اینجا|هم)$/)) k++;
  if (!at(W, k, /^(?:فقط|صرفا|صرفاً)$/)) return null;
  let r = k + 1;
  if (!faJoined(W, r)) return null;
  // An agent noun written apart: «پخش کننده‌ایم», «حمل کننده هستیم».
  let role = W[r].w;
  if (at(W, r + 1, /^(?:کننده|دهنده)(?:ایم|ام|یم)?$/) && !W[r].v) {
    r++;
    role = `${role}${W[r].w}`;
  }
  let end = -1;
  if (person === 1 && roleWithCopula(role, plural) && clauseEnd(W, r)) end = r;
  else if (ROLE.test(role) || (AGENT_NOUN.test(role) && role.length > 6)) {
    // «… نماینده فروش هستیم»: one word of the role's name at most, then the copula ending its clause.
    for (let m = r + 1; m <= r + 2 && faJoined(W, m); m++) {
      const w = W[m].w;
      const cop = person === 1 ? (plural ? /^(?:هستیم|ایم)$/ : /^(?:هستم|ام)$/) : /^(?:است|میباشد|هست)$/;
      if (cop.test(w)) {
        if (clauseEnd(W, m)) end = m;
        break;
      }
      if (person === 1 && m === r + 1 && roleWithCopula(w, plural) && clauseEnd(W, m)) {
        end = m;
        break;
      }
      if (W[m].v) break;
    }
  }
  if (end < 0) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, end, 'deflection', 'dismissive');
}

// ---------------- told you already, pointing back ----------------

const ABOVE = /^(?:بالا|بالاتر|بالاش)$/;
const EARLIER = /^(?:قبلا|قبلاً|پیشتر|پیشترها|قبلنا|قبلن)$/;
const TOO = /^(?:هم|نیز)$/;
const AS = /^(?:همانطور|همونطور|همانگونه|همونجور|همانجور|همونجوری|همانطوری|همونطوری|چنانکه)$/;
/** A first-person past verb of saying or writing (or answering) ending at its last word: the index of that word, or -1. */
function saidEnd(W: readonly FaWord[], k: number): number {
  const x = W[k];
  const v = x.v;
  const w = x.w;
  const firstPast = (y: FaWord | undefined) => !!y?.v && !y.v.negative && y.v.person.person === 1 && y.v.tense === 'past' && !y.v.progressive;
  if (firstPast(x) && (v!.lemma === 'گفتن' || v!.lemma === 'نوشتن')) return k;
  // (rwfa26) «زده / گذاشته بودیم»: posted before («همونطور که تو استوری هم زده بودیم»), in the pluperfect or perfect only.
  if (/^(?:گفته|نوشته|زده|گذاشته)$/.test(w) && at(W, k + 1, /^(?:بودم|بودیم|ام|ایم)$/)) return k + 1;
  if (/^(?:گفتهبودم|گفتهبودیم|نوشتهبودم|نوشتهبودیم|گفتهام|گفتهایم|نوشتهام|نوشتهایم)$/.test(w)) return k;
  if (/^(?:توضیح|عرض|اشاره|جواب|پاسخ|اعلام|ذکر)$/.test(w)) {
    const n = W[k + 1];
    if (!faJoined(W, k + 1)) return -1;
    if (firstPast(n) && /^(?:دادن|کردن|نمودن)$/.test(n!.v!.lemma)) return k + 1;
    if (/^(?:کرده|داده)$/.test(n!.w) && at(W, k + 2, /^(?:بودم|بودیم|ام|ایم)$/)) return k + 2;
    if (/^(?:کردهبودم|کردهبودیم|دادهبودم|دادهبودیم|کردهام|کردهایم|دادهام|دادهایم)$/.test(n!.w)) return k + 1;
  }
  return -1;
}
const TO_YOU = /^(?:شما|جنابعالی|حضرتعالی|سرکار|خودتون|خودتان|تو)$/;

/**
 * From the pointer at p, forward within the sentence: words that are no verb (a pause allowed after «بالا»), then the
 * verb of saying. -1 when a verb, a «که», an own slip or a third party told comes first.
 */
function toldAfter(W: readonly FaWord[], p: number, crossPause: boolean): number {
  for (let m = p + 1; m < Math.min(W.length, p + 9); m++) {
    const x = W[m];
    if (x.stopBefore) return -1;
    if (x.pauseBefore && !crossPause) return -1;
    const e = saidEnd(W, m);
    if (e >= 0) return e;
    if (x.v) return -1;
    const w = x.w;
    if (w === 'که' || w === 'اگه' || w === 'اگر' || /^(?:اشتباه|اشتباهی|غلط)$/.test(w)) return -1;
    // Told someone else: «به همکارم», «به انبار», «بهش», «براشون».
    if (w === 'به' && W[m + 1] && !TO_YOU.test(W[m + 1].w)) return -1;
    if (/^(?:بهش|بهشون|براش|براشون|بهشان|برایشان|برایش)$/.test(w)) return -1;
    if (w === 'برای' && W[m + 1] && !TO_YOU.test(W[m + 1].w) && W[m + 1].w !== 'تان' && W[m + 1].w !== 'تون') return -1;
  }
  return -1;
}

function readPointBack(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  let e = -1;
  let start = j;
  if (ABOVE.test(w)) {
    if (at(W, j + 1, /^(?:از)$/)) return null;
    e = toldAfter(W, j, true);
    // «بالاتر توضیح دادم که چطور …»: pointing to the steps, not a reminder (readSaidAbove's contrast).
    if (e >= 0 && at(W, e + 1, /^که$/)) return null;
    // «یه اسکرول بکنی بالا …», «اسکرول کن بالا، …»: the scroll goes with it.
    for (let m = j - 1; m >= Math.max(0, j - 4); m--) {
      if (/^اسکرول/.test(W[m].w)) {
        start = m > 0 && /^(?:یه|یک)$/.test(W[m - 1].w) && faJoined(W, m) ? m - 1 : m;
        break;
      }
      if (W[m + 1].pauseBefore || W[m + 1].stopBefore) break;
    }
    // «همین بالا», «چند تا پیام بالاتر»: the words opening the pointer's clause.
    if (start === j) {
      let m = j;
      while (m > 0 && faJoined(W, m) && !W[m].markBefore && !W[m - 1].v && /^(?:همین|پیام|پیامها|پیامای|چت|چند|تا|دو|سه|توی|تو|در|همین)$/.test(W[m - 1].w)) m--;
      start = m;
    }
  } else if (EARLIER.test(w) || (/^(?:دفعه|بار|دفعهی)$/.test(w) && at(W, j + 1, /^(?:قبل|پیش|قبلی)$/)) || (w === 'پیش' && at(W, j + 1, /^تر$/))) {
    const k = EARLIER.test(w) ? j + 1 : j + 2;
    if (at(W, k, TOO)) e = toldAfter(W, k, false);
    else if (EARLIER.test(w)) {
      // Without «هم»: told to you, in the pluperfect or the perfect («قبلاً برای تان نوشته بودم», «قبلاً خدمتتان عرض کرده‌ام»).
      e = toldAfter(W, j, false);
      let you = false;
      for (let m = j + 1; m < e; m++) if (/^(?:براتون|برات|بهتون|بهت|خدمتتون|خدمتتان|برایتان|بهشما|تان|تون)$/.test(W[m].w) || (/^(?:به|برای)$/.test(W[m].w) && TO_YOU.test(W[m + 1]?.w ?? ''))) you = true;
      if (e < 0 || !you || !/^(?:بودم|بودیم|ام|ایم)$|(?:بودم|بودیم|هام|هایم)$/.test(W[e].w)) return null;
    }
  } else if (AS.test(w) || (/^(?:همان|همون)$/.test(w) && at(W, j + 1, /^(?:طور|گونه|جور|جوری|طوری)$/))) {
    let k = AS.test(w) ? j + 1 : j + 2;
    if (!at(W, k, /^که$/)) return null;
    // A pointer back is needed: an earlier message or time, «هم», «بالا».
    let back = false;
    for (let m = k + 1; m < Math.min(W.length, k + 9) && faJoined(W, m); m++) {
      if (/^(?:قبلی|قبل|پیش|قبلیم|قبلیمون|پیشین|پیشتر|گذشته|قبلا|قبلاً|دیروز|هم|نیز|بالا|بالاتر)$/.test(W[m].w)) back = true;
      if (W[m].v || saidEnd(W, m) >= 0) break;
    }
    if (!back) return null;
    e = toldAfter(W, k, false);
  } else return null;
  if (e < 0) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, start, e, 'repeating-myself', 'passive-aggressive');
}

export function kinds25MayStart(w: string): boolean {
  return w === 'عدم' || w === 'نه' || w === 'کار' || w === 'ببینم' || w === 'ببینیم' || w === 'پیش' || w.startsWith('مربوط') || w === 'ما' || w === 'من' || w === 'این' || ABOVE.test(w) || EARLIER.test(w) || AS.test(w) || w === 'همان' || w === 'همون' || w === 'دفعه' || w === 'بار' || w === 'دفعهی';
}

// ---------------- what do I know ----------------

/**
 * «من چه میدونم», «من چه می‌دانم»: the rhetorical "how should I know", ending its clause. Not «چه میدونم، شاید …» without
 * «من» (a filler), not «من چه می‌دونم که …» going on.
 */
function readWhatDoIKnow(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'من' || !at(W, j + 1, /^چه$/)) return null;
  const v = W[j + 2]?.v;
  if (!faJoined(W, j + 2) || !v || v.lemma !== 'دانستن' || v.negative || v.person.person !== 1 || v.tense !== 'present' || !v.progressive) return null;
  if (!endsAfter(W, j + 2) && !/^(?:والا|والله|دیگه|آخه|آقا|خانم|داداش|عزیزم)$/.test(W[j + 3].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, j + 2, 'not-knowing', 'uncertainty');
}

// ---------------- let me see if I can … or not ----------------

/**
 * «ببینم میتونم یه جا براتون پیدا کنم یا نه», «ببینم می‌تونیم امروز بفرستیم یا نه»: the agent's own ability left as a
 * yes-or-no, closed by «یا نه». Not a fact to be checked («ببینم موجوده یا نه»: no «can» of ours), not «ببینم چطور می‌تونم
 * کمک کنم» (no «یا نه»).
 */
function readSeeIfICan(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:ببینم|ببینیم)$/.test(W[j].w)) return null;
  const v = W[j + 1]?.v;
  if (!faJoined(W, j + 1) || !v || v.lemma !== 'توانستن' || v.negative || v.person.person !== 1) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 14); k++) {
    if (W[k].stopBefore || W[k].pauseBefore) return null;
    if (W[k].w === 'یا' && at(W, k + 1, /^نه$/) && endsAfter(W, k + 1)) return faClauseStart(W, j).conditional ? null : faHit(W, j, j + 1, 'hedged-effort', 'uncertainty');
  }
  return null;
}

// ---------------- we won't work on it ----------------

/**
 * «من روش کار نمیکنم», «نیروهای ما شیشه بیرونی رو کار نمیکنن، فقط …»: our side (the agent, us, our staff) will not work on
 * the thing named («روش / رو / را / روی …» before «کار»), in the negated present of «کار کردن». Not a third person of
 * someone else's («تعمیرکار دیگه روش کار نمیکنه»), not «امروز کار نمی‌کنم» (no object: the agent's hours), not a device
 * that does not work.
 */
function readWontWorkOnIt(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'کار' || j === 0 || c.question) return null;
  const v = W[j + 1]?.v;
  if (!faJoined(W, j + 1) || !v || v.lemma !== 'کردن' || !v.negative || v.tense !== 'present' || !v.progressive) return null;
  const obj = /^(?:رو|را|روش|روشون|روشو|روشان)$/.test(W[j - 1].w) && faJoined(W, j);
  let on = false;
  for (let m = Math.max(0, j - 5); m < j; m++) if (/^(?:روی|رو)$/.test(W[m].w) && m < j - 1) on = true;
  if (!obj && !on) return null;
  let start = j;
  const { from, conditional } = faClauseStart(W, j);
  if (conditional) return null;
  if (v.person.person === 1) {
    if (W[j - 1].w.startsWith('روش') && j > 1 && /^(?:من|ما|بنده)$/.test(W[j - 2].w)) start = j - 2;
  } else if (v.person.person === 3 && v.person.plural) {
    // Our staff: «نیروهای ما», «تعمیرکارامون», «همکارای ما» in the clause before.
    let ours = false;
    for (let m = from; m < j; m++) if (/^(?:ما|بنده)$/.test(W[m].w) || (/(?:مون|مان)$/.test(W[m].w) && W[m].w.length > 4 && !/^(?:زمان|ساختمان|سازمان|مهمان|درمان|آزمون)$/.test(W[m].w))) ours = true;
    if (!ours) return null;
  } else return null;
  return faHit(W, start, j + 1, 'not-offered', 'cant-wont');
}

// ---------------- a flat no ----------------

const ADDRESS = /^(?:آقا|خانم|عزیزم|عزیز|داداش|برادر|خواهر|جان|جانم|قربان|قربونت|دوست|من|والا|والله|دیگه)$/;
/**
 * «نه آقا نمیشه», «نه عزیزم، نمی‌شود», «نه خیر نمیشه …»: «نه» opening the reply, a form of address at most, then a bare
 * «نمیشه / نمی‌شود» with nothing it is said of: a flat refusal. Not «نه، نمیشه گفت …» (a modal before a verb: «it can't be
 * said»), not «نه، هزینه‌ای کسر نمیشه» (something named: read by the other readers), not in a question.
 */
function readFlatNo(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'نه' || c.question || (j > 0 && !W[j].pauseBefore && !W[j].stopBefore && !W[j].markBefore && !ADDRESS.test(W[j - 1].w) && !/^(?:سلام)$/.test(W[j - 1].w))) return null;
  let k = j + 1;
  if (at(W, k, /^خیر$/)) k++;
  for (let n = 0; n < 2 && W[k] && ADDRESS.test(W[k].w) && !W[k].stopBefore; n++) k++;
  if (!W[k] || W[k].stopBefore || !/^(?:نمیشه|نمیشود|نمیشد|نمیتونم|نمیتونیم|نمیتوانم|نمیتوانیم)$/.test(W[k].w)) return null;
  const next = W[k + 1];
  if (next && !next.pauseBefore && !next.stopBefore && (next.v || /^(?:که|تا)$/.test(next.w))) return null;
  return faHit(W, j, k, 'not-available', 'cant-wont');
}

// ---------------- your failure as the cause, in officialese ----------------

const CAUSE = /^(?:دلیل|علت|سبب|خاطر|واسطه)$/;
/** A duty of the customer's, as a verbal noun: what «عدم» says they did not do. */
const DUTY = /^(?:حضور|مراجعه|پرداخت|ارسال|تکمیل|ثبت|ارائه|رعایت|توجه|بارگذاری|امضا|امضای|واریز|تمدید|تحویل|اعلام|اطلاعرسانی|پاسخگویی|تایید|تأیید|درج|انجام|همراه|مطالعه|شرکت)$/;
const YOU_FORMAL = /^(?:جنابعالی|شما|حضرتعالی|سرکار|سرکارعالی)$/;
/**
 * «نوبت شما به دلیل عدم حضور به‌موقع جنابعالی … حذف شده است», «به علت عدم ارسال مدارک از سوی شما …»: the customer's
 * failure named as the cause, with «عدم» + a duty of theirs + «شما / جنابعالی» (or «ـتان / ـتون» on the duty). Not without
 * the cause frame («عدم رضایت شما برای ما مهم است»), not a duty of ours or of a third party («عدم حضور پزشک»), not a feeling.
 */
function readYourFailureCaused(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'عدم' || j < 1 || c.question) return null;
  if (!(j >= 2 && CAUSE.test(W[j - 1].w) && /^(?:به|بخاطر)$/.test(W[j - 2].w)) && !/^(?:بخاطر|چون)$/.test(W[j - 1].w)) return null;
  if (!faJoined(W, j + 1)) return null;
  const duty = W[j + 1].w;
  const own = /(?:تان|تون)$/.test(duty) && DUTY.test(duty.replace(/(?:تان|تون)$/, '').replace(/ی$/, ''));
  if (!DUTY.test(duty) && !own) return null;
  let end = own ? j + 1 : -1;
  for (let m = j + 2; end < 0 && m <= j + 6 && faJoined(W, m); m++) {
    if (W[m].v) return null;
    if (YOU_FORMAL.test(W[m].w)) end = m;
    else if (W[m].w === 'توسط' || (W[m].w === 'سوی' && W[m - 1].w === 'از')) continue;
  }
  if (end < 0) return null;
  return faHit(W, j, end, 'second-person-blame', 'blame');
}

function readKinds25(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (w.startsWith('مربوط')) return readBelongsElsewhere(c, j);
  if (w === 'من') return readWhatDoIKnow(c, j) ?? readOnlyGoBetween(c, j);
  if (w === 'ما' || w === 'این') return readOnlyGoBetween(c, j);
  if (w === 'ببینم' || w === 'ببینیم') return readSeeIfICan(c, j);
  if (w === 'کار') return readWontWorkOnIt(c, j);
  if (w === 'نه') return readFlatNo(c, j);
  if (w === 'عدم') return readYourFailureCaused(c, j);
  return readPointBack(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_25 = [readKinds25];
