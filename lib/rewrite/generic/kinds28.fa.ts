/**
 * Persian kinds of the twenty-eighth session (rwfa28), named from late27's misses where the same kind recurs on late24-26,
 * written out first as look-alikes of their own (scripts/fa-kinds28-matrix.ts: other trades, both registers, Dari turns,
 * close contrasts), then read here over the language layer's words. Advice from the generic reader, gated on the first
 * word (kinds28MayStart).
 *
 *  - **told you already, bare** (`repeating-myself`): «عرض کردم. …», «قبلاً جواب دادم.», «مو دیروزم همینو گفتم، …»: a
 *    first-person past verb of saying or answering that is its whole clause, with nothing but a time adverb, «هم» and
 *    «همینو» before it. «بله، قبلاً جواب دادم», «دیروز به همکارم گفتم، …», «قبلاً گفتم که پیگیری می‌کنم», a question stay quiet;
 *  - **I keep saying** (`repeating-myself`): «سه بار است که می‌گویم», «صد بار دارم میگم»: a count of times + a first-person
 *    present verb of saying;
 *  - **of no importance** (`minimising`): «موضوع حائز اهمیت خاصی نمی‌باشد», «چیز مهمی نی بابا»: a matter noun + «حائز
 *    اهمیت / مهم» + a present negated copula. «خوشبختانه چیز مهمی نبود» (a finding), a reassuring sentence stay quiet;
 *  - **the system closed** (`system-blocks`): «سایت ثبت‌نام رو بسته», «نرم‌افزار نوبت‌دهی بسته است»: a system noun (and
 *    its one modifier) + «بسته» closing its clause (not «بستهٔ شما», a parcel);
 *  - **our machine will not** (`system-blocks`): «صندوق فروشگاه اجازه‌ی … را نمی‌دهد», «کمپیوتر بل را چاپ نمی‌کند»: a
 *    till, a card reader, a computer in any spelling + a negated present verb of letting, printing, taking, in its clause
 *    (not «… اجازه نمی‌دهد کسی …»: nobody else let in);
 *  - **if you had** (`second-person-blame`): «چنانچه … نگاهی انداخته بودید، …», «در صورتی که … خوانده بودید»: a formal
 *    condition on the customer's past perfect. A present perfect («چنانچه … ارسال کرده‌اید») stays quiet;
 *  - **at last** (`exasperation`): «چه عجب، گذرنامه رسید», Finglish «che ajab yadetun oftad» (not «چه عجیب»);
 *  - **in fairness / to be plain** (`candour-opener`): «انصافاً» opening a sentence before a negated verb (a defence; not
 *    «انصافاً کار تمیزی بود»), Dari «صاف بگویم»;
 *  - **make sure, or else** (`customer-obligation`): «مطمئن شوید …؛ در غیر این صورت …» (not «مطمئن باشید», not after «لطفاً»);
 *  - **Finglish** (readFinglish28, after readFinglishB27 on Latin text): «mohem nist ke», «che ajab», «system ghate»,
 *    «khob maloome ke», «ye kari mikonim»;
 *  - **you got it wrong, Dari** (`second-person-blame`): «شما کد پستی را غلط درج کده بودین», «رمز را غلط وارد کدین»: «غلط /
 *    اشتباه» + a second-person past of «کدن» (Dari «کردن»), which the language layer does not read.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';
import { apartHits, finglishTableHits, registerFinglishTables, type FinglishKind } from './breadth27.fa.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
/** A stop, a comma, an emoji or the end after word k: its clause ends there. */
const endsAfter = (W: readonly FaWord[], k: number): boolean => !W[k + 1] || W[k + 1].pauseBefore || W[k + 1].markBefore;
const ADDRESS = /^(?:آقا|خانم|عزیزم|عزیز|داداش|برادر|خواهر|جان|قربان|بابا|دوست|عزیزُم)$/;
/** Word j opens its clause: the sentence's start, a pause before it, or only one or two address words before it. */
function opensClause(W: readonly FaWord[], j: number): boolean {
  if (j === 0 || W[j].pauseBefore) return true;
  for (let i = j - 1, n = 0; i >= 0; i--, n++) {
    if (n >= 2 || !ADDRESS.test(W[i].w)) return false;
    if (i === 0 || W[i].pauseBefore) return true;
  }
  return false;
}

// ---------------- told you already, bare ----------------

const TOLD_ADVERB = /^(?:قبلا|قبلاً|پیشتر|پیشترم|دیروز|دیروزم|بالا|بالاتر|همونموقع|اولش|قبلش|قبلنم|قبلن|قبلانم|قبلاهم)$/;
const THAT_ONE = /^(?:همینو|همینرو|اینو|اینرو|همونو)$/;
const ME = /^(?:من|مو|بنده|ما|منم)$/;
/** A first-person past of saying, answering, explaining or writing: the verb itself, or «عرض/جواب/پاسخ/توضیح» + it. */
const SAY_LEMMA = /^(?:گفتن|نوشتن)$/;
const SAY_LIGHT = /^(?:عرض|جواب|پاسخ|توضیح|اطلاع)$/;
const LIGHT_VERB = /^(?:کردن|دادن)$/;

function sayPastAt(W: readonly FaWord[], k: number): number {
  const x = W[k];
  if (!x) return -1;
  if (x.v && SAY_LEMMA.test(x.v.lemma) && x.v.person.person === 1 && x.v.tense === 'past' && !x.v.negative) return k;
  const y = W[k + 1];
  if (SAY_LIGHT.test(x.w) && y && faJoined(W, k + 1) && y.v && LIGHT_VERB.test(y.v.lemma) && y.v.person.person === 1 && y.v.tense === 'past' && !y.v.negative) return k + 1;
  return -1;
}

function readToldBare(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question && j < c.afterQuestion) return null;
  // The clause opens here: the sentence's start, a stop, or an address that opens the sentence before it.
  if (j > 0 && !W[j].stopBefore && !(ADDRESS.test(W[j - 1].w) && (j === 1 || W[j - 1].stopBefore))) return null;
  let k = j;
  if (ME.test(W[k].w)) k++;
  let adverb = false;
  if (W[k] && TOLD_ADVERB.test(W[k].w) && (k === j || faJoined(W, k))) {
    adverb = true;
    k++;
    if (at(W, k, /^(?:هم|هم‌)$/)) k++;
  }
  let that = false;
  if (W[k] && THAT_ONE.test(W[k].w) && (k === j || faJoined(W, k))) {
    that = true;
    k++;
  }
  if (k !== j && !faJoined(W, k)) return null;
  const v = sayPastAt(W, k);
  if (v < 0 || !endsAfter(W, v)) return null;
  // Bare, with nothing before it: only «عرض کردم / توضیح دادم» as a sentence of its own («گفتم.», «جواب دادم.» may answer
  // "did you tell them?").
  if (!adverb && !that && !(v === k + 1 && /^(?:عرض|توضیح)$/.test(W[k].w) && (!W[v + 1] || W[v + 1].stopBefore))) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, v, 'repeating-myself', 'passive-aggressive');
}

// ---------------- I keep saying ----------------

const COUNT = /^(?:دو|سه|چهار|پنج|شش|ده|صد|هزار|چند|چندین|[2-9۲-۹]|[1-9۱-۹][0-9۰-۹])$/;

function readKeepSaying(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!at(W, j + 1, /^(?:بار|بارہ|باره|دفعه|دفعست|مرتبه)$/)) return null;
  let k = j + 2;
  if (at(W, k, /^(?:است|هست|ست)$/)) k++;
  if (at(W, k, /^که$/)) k++;
  if (at(W, k, /^(?:دارم|داریم)$/)) k++;
  const x = W[k];
  if (!x || !faJoined(W, k)) return null;
  let end = -1;
  if (x.v && x.v.lemma === 'گفتن' && x.v.person.person === 1 && x.v.tense === 'present' && !x.v.negative) end = k;
  else if (/^(?:عرض|توضیح|تکرار)$/.test(x.w) && W[k + 1] && faJoined(W, k + 1) && W[k + 1].v && /^(?:کردن|دادن)$/.test(W[k + 1].v!.lemma) && W[k + 1].v!.person.person === 1 && W[k + 1].v!.tense === 'present' && !W[k + 1].v!.negative) end = k + 1;
  if (end < 0) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, end, 'repeating-myself', 'passive-aggressive');
}

// ---------------- of no importance ----------------

const MATTER = /^(?:موضوع|مسئله|مساله|قضیه|مورد|چیز|چیزی|این|اینکه)$/;
const NEG_COPULA_PRESENT = /^(?:نیست|نیس|نی|نمیباشد|نمیباشه)$/;

function readNoImportance(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  let k = j + 1;
  if (at(W, k, /^(?:حائز|حایز)$/) && at(W, k + 1, /^اهمیت$/)) k += 2;
  else if (at(W, k, /^(?:مهمی|مهم)$/)) k++;
  else return null;
  if (at(W, k, /^(?:خاصی|چندانی|زیادی)$/)) k++;
  if (!at(W, k, NEG_COPULA_PRESENT)) return null;
  // «این» only before the formal «حائز اهمیت» («این مهم نیست که …» is something else).
  if (W[j].w === 'این' && !/^(?:حائز|حایز)$/.test(W[j + 1].w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, k, 'minimising', 'dismissive');
}

// ---------------- the system closed ----------------

const SYSTEM = /^(?:سایت|سامانه|سیستم|نرمافزار|نرم|برنامه|اپ|اپلیکیشن|پورتال|درگاه|پنل)$/;
const CLOSED_END = /^(?:بسته|بستهست|بستست|بستهاست)$/;

function readSystemClosed(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  if (W[j].w === 'نرم' && at(W, k, /^افزار$/)) k++;
  // One modifier noun («ثبت‌نام», «نوبت‌دهی», «فروش»), then «رو / را» or nothing.
  if (W[k] && faJoined(W, k) && !CLOSED_END.test(W[k].w) && !W[k].v && !/^(?:را|رو|ما|شما|هم|که|و)$/.test(W[k].w)) k++;
  if (at(W, k, /^(?:را|رو)$/)) k++;
  if (!at(W, k, CLOSED_END)) return null;
  let end = k;
  if (at(W, end + 1, /^(?:است|هست|شده|شدهاست)$/)) end++;
  if (at(W, end + 1, /^(?:فعلا|فعلاً|الان|موقتا|موقتاً)$/) && endsAfter(W, end + 1)) end++;
  // «… بسته» closes its clause (an address word or an emoji may follow): not «بستهٔ شما».
  if (!endsAfter(W, end) && !(W[end + 1] && ADDRESS.test(W[end + 1].w) && endsAfter(W, end + 1))) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, end, 'system-blocks', 'other');
}

// ---------------- our machine will not ----------------

const MACHINE = /^(?:صندوق|کارتخوان|پوز|کامپیوتر|کمپیوتر|کمپیوتر|رایانه|پرینتر|چاپگر)$/;
const MACHINE_VERB = /^(?:دادن|کردن|گرفتن|خواندن|زدن|گذاشتن)$/;

function readMachineWont(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 8); k++) {
    if (W[k].pauseBefore) return null;
    const v = W[k].v;
    if (!v || !v.negative || v.tense !== 'present' || v.person.person !== 3 || !MACHINE_VERB.test(v.lemma)) continue;
    // Nobody else let in: «… اجازه نمی‌دهد کسی …».
    if (W[k + 1] && /^(?:کسی|هیچکس|هیچ|دیگری|غیر)$/.test(W[k + 1].w)) return null;
    if (faClauseStart(W, j).conditional) return null;
    return faHit(W, j, k, 'system-blocks', 'other');
  }
  return null;
}

// ---------------- if you had ----------------

const FORMAL_IF = /^(?:چنانچه|درصورتیکه|درصورتی)$/;
const PAST_PERFECT_2 = /^(?:بودید|بودین|بودی)$/;

function readIfYouHad(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k = j + 1;
  if (W[j].w === 'در') {
    if (!at(W, k, /^صورتی$/) || !at(W, k + 1, /^که$/)) return null;
    k += 2;
  } else if (W[j].w === 'درصورتی') {
    if (!at(W, k, /^که$/)) return null;
    k++;
  }
  for (; k < Math.min(W.length, j + 14); k++) {
    if (k > j + 1 && W[k].pauseBefore) return null;
    if (PAST_PERFECT_2.test(W[k].w) && W[k - 1] && /ه$/.test(W[k - 1].w) && W[k - 1].w.length > 2) {
      // A consequence must follow after the comma: the if-clause of a reproach, not a question or a list.
      if (!W[k + 1] || W[k + 1].stopBefore) return null;
      return faHit(W, j, k, 'second-person-blame', 'blame');
    }
  }
  return null;
}

// ---------------- you got it wrong, Dari ----------------

const DARI_DID_2 = /^(?:کدین|کدید|کدی|نکدین|نکدید)$/;

function readWrongDari(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 4); k++) {
    if (W[k].pauseBefore) return null;
    let end = -1;
    if (DARI_DID_2.test(W[k].w)) end = k;
    else if (W[k].w === 'کده' && at(W, k + 1, PAST_PERFECT_2)) end = k + 1;
    if (end < 0) continue;
    if (faClauseStart(W, j).conditional) return null;
    return faHit(W, j, end, 'second-person-blame', 'blame');
  }
  return null;
}

// ---------------- how nice of you, at last ----------------

/** «چه عجب» opening its clause: «چه عجب، گذرنامه رسید», «چه عجب یادتون افتاد» (not «چه عجیب»: how strange). */
function readAtLast(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!at(W, j + 1, /^عجب$/)) return null;
  if (!opensClause(W, j)) return null;
  return faHit(W, j, j + 1, 'exasperation', 'passive-aggressive');
}

// ---------------- in fairness / to be plain ----------------

/**
 * «انصافاً از طرف نمایندگی کوتاهی نشده»: «انصافاً» opening its sentence before a negated verb in its clause (a defence);
 * «انصافاً کار تمیزی بود» (praise) stays quiet. «صاف بگویم / صاف بگم» (Dari «to be plain») opening its clause.
 */
function readFairly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  if (!opensClause(W, j)) return null;
  if (W[j].w === 'صاف') {
    if (!at(W, j + 1, /^(?:بگویم|بگم|بگوییم|بگیم)$/)) return null;
    return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  }
  for (let k = j + 1; k < Math.min(W.length, j + 10); k++) {
    if (W[k].pauseBefore && k > j + 1) break;
    if (W[k].v?.negative || /^ن(?:شده|کرده|بوده|داشته)/.test(W[k].w)) return faHit(W, j, j, 'candour-opener', 'negative-words');
  }
  return null;
}

// ---------------- make sure, or else ----------------

/**
 * «مطمئن شوید قبل از سوار شدن پلاک را چک می‌کنید؛ در غیر این صورت ما مسئولیتی نداریم»: a bare «make sure» (no «لطفاً»
 * before it) with an «or else» later in its sentence (after any mark). «مطمئن باشید» (rest assured), «لطفاً مطمئن شوید …»
 * and a «make sure» with no «or else» stay quiet.
 */
function readMakeSureOrElse(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !at(W, j + 1, /^(?:شوید|بشید|بشین|شین|بشوید|شو|بشو)$/)) return null;
  if (j > 0 && /^(?:لطفا|لطفاً|لطفن|خواهشا|خواهشاً|حتما|حتماً)$/.test(W[j - 1].w)) return null;
  if (!opensClause(W, j)) return null;
  for (let k = j + 2; k < W.length; k++) {
    if (W[k].w === 'وگرنه' || (W[k].w === 'در' && at(W, k + 1, /^غیر$/) && at(W, k + 2, /^این$/))) return faHit(W, j, j + 1, 'customer-obligation', 'commands');
  }
  return null;
}

export function kinds28MayStart(w: string): boolean {
  return TOLD_ADVERB.test(w) || THAT_ONE.test(w) || ME.test(w) || SAY_LIGHT.test(w) || w === 'گفتم' || w === 'نوشتم' || COUNT.test(w) || MATTER.test(w) || SYSTEM.test(w) || MACHINE.test(w) || FORMAL_IF.test(w) || w === 'در' || w === 'غلط' || w === 'اشتباه' || w === 'اشتباهی' || w === 'چه' || w === 'صاف' || FAIRLY.test(w) || w === 'مطمئن';
}
const FAIRLY = /^(?:انصافا|انصافاً|انصافن)$/;

function readKinds28(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (w === 'غلط' || w === 'اشتباه' || w === 'اشتباهی') return readWrongDari(c, j);
  if (w === 'چه') return readAtLast(c, j);
  if (w === 'مطمئن') return readMakeSureOrElse(c, j);
  if (w === 'صاف' || FAIRLY.test(w)) return readFairly(c, j);
  if (FORMAL_IF.test(w) || w === 'در') return readIfYouHad(c, j);
  if (MACHINE.test(w)) return readMachineWont(c, j);
  if (SYSTEM.test(w)) return readSystemClosed(c, j);
  if (MATTER.test(w)) return readNoImportance(c, j);
  if (COUNT.test(w)) return readKeepSaying(c, j);
  return readToldBare(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_28 = [readKinds28];

// ---------------- Finglish ----------------

const FINGLISH_28: readonly FinglishKind[] = [
  // «mohem nist ke», «chize mohemi nist»: of no importance.
  { re: /\b(?:mohem+ nist(?:e|eh)? ke|chiz(?:e|i)? mohem+i nist)\b/gi, construction: 'minimising', category: 'dismissive' },
  // «che ajab yadetun oftad»: how nice of you, at last.
  { re: /(?:^|(?<=[,.!]\s*))che ajab\b/gi, construction: 'exasperation', category: 'passive-aggressive' },
  // «system ghate felan», «system down e», «system khabide».
  { re: /\bsystem(?:emun|emoon)? (?:gha+t(?:e|eh|ee)|down(?: e| eh)?|khabid(?:e|eh)|khab(?:e|eh))(?=[\s,.!]|$)/gi, construction: 'system-blocks', category: 'other' },
  // «khob maloome ke …», «badihie ke …»: it's obvious.
  { re: /\b(?:khob |khub )?maloo?m(?:e|eh) ke\b|\bbadihi(?:e|ye|eh) ke\b/gi, construction: 'talking-down', category: 'passive-aggressive' },
  // «ye kari mikonim ke …»: we'll do something (a plan with no step in it).
  { re: /\bye ?kari mikon(?:im|am)\b/gi, construction: 'hedged-effort', category: 'uncertainty' },
];

/** Persian in Latin letters, this file's kinds («mohem nist ke», «che ajab», «system ghate», «khob maloome ke»). */
export function readFinglish28(sentence: string): GenericHit[] {
  const out = finglishTableHits(sentence, FINGLISH_28);
  return out ? apartHits(out) : [];
}

// (rperf41) The literal pre-check's scanner is built once over every table (breadth27.fa.ts).
registerFinglishTables(FINGLISH_28);
