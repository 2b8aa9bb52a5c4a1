/**
 * Persian kinds of the thirty-second session (rwfa32), named from late31's misses where the kind recurs in another writer
 * (late27-30, train31), written first as look-alikes of their own (tests/unit/rewrite/fa-kinds32.test.ts: other trades,
 * both registers, Arabic ي/ك, no ZWNJ, dialect spellings, and close contrasts that must stay quiet), then read here over
 * the language layer's words. Advice from the generic reader, gated on the first word (kinds32MayStart).
 *
 *  - **God willing, with the dialect present «مِ…» or a third party's subjunctive** (`hedged-effort`): «ایشالا تا عصری آب
 *    وصل مِشه» (Isfahani / Shirazi «مِ» for «می»: the kasra is folded away, «مشه»; late31 BQ075), «ایشالا که مربی قبول
 *    کنه» (late29 BM073), «ایشالا تا آخر هفته صابخونه جواب قطعی رو بده» (late31 BQ112). kinds29 reads «ایشالا» before a
 *    present «می…» verb only. A «م…» word is read as «می…» only for the everyday stems faDialectNegative knows (can, become,
 *    let, do, give, want, know, say, get, send, arrive) and only when «می…» is a present verb of the table («مگه», «مرسی»
 *    stay the words they are). The subjunctive counts only after «که» or with a «تا …» deadline, in the third person
 *    singular, with no wish word and no second-person owner in its clause («ایشالا تا عید عروسیتون سر بگیره» stays quiet).
 *  - **an apology drawn out** (`over-apology`): «وای ببخشیدددد 🙏🙏», «ببخشیییید» (letters repeated: late31 BQ100, train31
 *    TRD105), «ببخشِن تورو خدا» (late31 BR102), «ببخشیدا، واقعاً ببخشید» (two in a row past a comma, BQ105). A plain
 *    «ببخشید، …» stays quiet.
 *  - **«if you want the truth», other spellings** (`candour-opener`): «راسشه بخواین» (the doubled «سّ» folded, no «ت»:
 *    late31 BQ092), «راستشوبخواید» written as one word (train31 TRB096), «بخوام رو راست باشم» (late31 BR096); fa-core reads
 *    «راستشو بخوای». Not «راستش رو بخواید بپرسید …» as a request to ask, not a question.
 *  - **bad luck, «از شانس بدت»** (`regret-opener`): fa-core reads «از بخت بد / از بد شانسی» with nothing after «بد»; here
 *    the owner clitic («بدت / بدتون / بدمون») and «از شانس بد». A past story that ends well stays quiet (wrong32.fa.ts).
 *  - **the customer's own past act as the cause of a loss** (`second-person-blame`): «شما جلسه قبلو غیبت کردین بخاطر همین
 *    اسمتون … حذف شده» (BQ034), «شما رسید خرید را همراه نیاورده بودید، بناءً تکنسین نتوانست …» (BQ035), «تنظیمات پریده چون
 *    مودمو ریست کردی» (late29 BM031). A second-person past verb on one side of «چون / بخاطر همین / بناءً / لذا / به همین
 *    دلیل», and a loss on the other (a negated verb, or dropped, cancelled, returned, blocked, gone). A gain («… بخاطر همین
 *    تخفیف گرفتین»), a request of the customer's («چون درخواست لغو دادید»), a spared burden («جریمه نشد»), a condition
 *    and a question stay quiet.
 *  - **the customer's worry called needless** (`minimising`): «الکی نگران شدی» (late31 BQ047; late28 BK048 «الکی شلوغش
 *    نکنین» is read by fa-core), «بیخودی حرص می‌خوری»: «الکی / بیخودی» + a feeling + the customer's past or present verb. An
 *    order («الکی نگران نشید») and «الکی پول ندید» (no feeling) stay quiet.
 *  - **«بایس / باس», the colloquial «باید», before the customer's verb** (`customer-obligation`): «حتمن بایس عکس رسید رو
 *    بفرستید», «فردا صبح بایس خونه باشی» (BQ038, BQ042). A first or third person («ما بایس …», «مدیر باس تأیید کنه»), a
 *    condition or a question stay quiet.
 */
import { analyzeFaWord } from '../../nlp/fa.ts';
import type { FaVerb } from '../../nlp/types.ts';
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';
import { apartHits, finglishTableHits, registerFinglishTables, type FinglishKind } from './breadth27.fa.ts';

const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;

/** Where word j's clause ends (exclusive): the next pause, stop or mark, at most `max` words on. */
function clauseEnd(W: readonly FaWord[], j: number, max: number): number {
  let k = j + 1;
  while (k < W.length && k <= j + max && !W[k].pauseBefore && !W[k].stopBefore && !W[k].markBefore) k++;
  return Math.min(k, W.length);
}

// ---------------- the dialect present «مِ…» ----------------

/** The everyday stems a writer puts «مِ» before (faDialectNegative's list, with send and arrive). */
const DIALECT_M_STEM = /^(?:تون|ش|ذار|زار|کن|د|خوا|خا|دون|گ|گیر|یا|فرست|رس|بند|بر|ر|ک)/;
const NOT_DIALECT = /^(?:مگه|مگر|مرسی|مرسیی|مشه|مدل|مدیر|مدت|مرد|مردم|مرده|مکان|مگس|مبر|مکن|مرو|مده|مگو)$/;

/** A verb reading of word k: the language layer's, or the dialect present «مِشه» read as «میشه». */
function verbAt(W: readonly FaWord[], k: number): FaVerb | undefined {
  const v = W[k].v;
  if (v) return v;
  return dialectPresent(W[k].w);
}

/** «مشه» (مِشه) as «میشه», «مفرستیم» as «میفرستیم»: a present progressive of the table, or undefined. */
export function dialectPresent(w: string): FaVerb | undefined {
  if (w.length < 3 || w[0] !== 'م' || w[1] === 'ی' || !DIALECT_M_STEM.test(w.slice(1))) return undefined;
  // «مشه» is read (it is «مِشه» far more often than anything else), the other short words of NOT_DIALECT are not.
  if (w !== 'مشه' && NOT_DIALECT.test(w)) return undefined;
  const a = analyzeFaWord('می' + w.slice(1));
  const v = a?.verb;
  return v && v.progressive && v.tense === 'present' ? v : undefined;
}

// ---------------- «ایشالا تا عصری آب وصل مِشه», «ایشالا که مربی قبول کنه» ----------------

const INSHALLAH = /^(?:ای|ان)شا[ءا]?(?:الله|لله|اله|لا|الا)$/;
/** What a wish for the customer is about. */
const WISH = /^(?:حال|حالتون|حالتان|حالت|حالش|سلامت|سلامتی|سالم|خوش|خوشتون|خوشتان|خوشت|خوشحال|راضی|مبارک|مبارکه|مبارکتون|لذت|شاد|موفق|موفقیت|بهتر|خوب|خیر|قسمت|قبول|شفا|بهبود)$/;
/** A second-person owner on a noun: «عروسیتون», «پسرتان», «بچه‌ت». */
const YOURS = /(?:تون|تان|ت)$/;

function readInshallah32(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!INSHALLAH.test(W[j].w) || c.question || conditional(W, j)) return null;
  let from = j + 1;
  const afterKe = W[from]?.w === 'که' && faJoined(W, from);
  if (afterKe) from++;
  const end = clauseEnd(W, from, 12);
  let deadline = false;
  let yours = false;
  for (let k = from; k < end; k++) {
    const w = W[k].w;
    // «قبول کنه» is the third party's decision, not a wish: «قبول» is a wish only as «قبول باشه».
    if (WISH.test(w) && !(w === 'قبول' && W[k + 1] && /^(?:کنه|کند|بکنه|بکند|کنن|کنند)$/.test(W[k + 1].w))) return null;
    if (w === 'تا' && W[k + 1] && !W[k + 1].v) deadline = true;
    const v = verbAt(W, k);
    if (!v) {
      if (k > from && YOURS.test(w) && w.length > 3) yours = true;
      continue;
    }
    if (v.negative || v.tense !== 'present' || v.lemma === 'بودن' || v.person.person === 2) return null;
    // The dialect present kinds29 does not read: one thing happening or our side doing it.
    if (!W[k].v && v.progressive && ((v.person.person === 3 && !v.person.plural) || (v.person.person === 1 && v.person.plural))) return faHit(W, j, afterKe ? j + 1 : j, 'hedged-effort', 'uncertainty');
    // A third party's step in the subjunctive, hoped for after «که» or by a deadline.
    if (v.subjunctive && v.person.person === 3 && !v.person.plural && (afterKe || deadline) && !yours) return faHit(W, j, afterKe ? j + 1 : j, 'hedged-effort', 'uncertainty');
    return null;
  }
  return null;
}

// ---------------- «وای ببخشیدددد», «ببخشن تورو خدا», «ببخشیدا، واقعاً ببخشید» ----------------

/** «ببخشید» with its letters drawn out: two or more extra «ی» or «د». */
const SORRY_DRAWN = /^ببخشی{2,}د+$|^ببخشی+د{3,}$/;
const SORRY_ANY = /^(?:ببخشید|ببخشیدا|ببخشین|ببخشن|ببخش|ببخشید+|ببخشی+د+|ببخشیدید)$/;
const FOR_GODS_SAKE = /^(?:تورو|ترو|تروخدا|توروخدا)$/;
const REALLY = /^(?:واقعا|واقعاً|جدی|خیلی|بازم|باز|دوباره)$/;

function readSorryDrawn(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!SORRY_ANY.test(w) || c.question) return null;
  const start = j > 0 && W[j - 1].w === 'وای' && faJoined(W, j) ? j - 1 : j;
  if (SORRY_DRAWN.test(w)) return faHit(W, start, j, 'over-apology', 'over-apology');
  // «ببخشن تورو خدا», «ببخشید تو رو خدا».
  if (at(W, j + 1, FOR_GODS_SAKE) && (W[j + 1].w.endsWith('خدا') || at(W, j + 2, /^خدا$/))) return faHit(W, start, W[j + 1].w.endsWith('خدا') ? j + 1 : j + 2, 'over-apology', 'over-apology');
  if (at(W, j + 1, /^(?:تو|تُ)$/) && at(W, j + 2, /^رو$/) && at(W, j + 3, /^خدا$/)) return faHit(W, start, j + 3, 'over-apology', 'over-apology');
  // «ببخشیدا، واقعاً ببخشید»: a second apology right after, past a comma, with «really / again».
  if (W[j + 1] && W[j + 1].pauseBefore && !W[j + 1].stopBefore && REALLY.test(W[j + 1].w) && W[j + 2] && SORRY_ANY.test(W[j + 2].w) && faJoined(W, j + 2)) return faHit(W, start, j + 2, 'over-apology', 'over-apology');
  return null;
}

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);

// ---------------- «راسشه بخواین», «راستشوبخواید», «بخوام رو راست باشم» ----------------

const TRUTH = /^(?:راسشه|راسشو|راسش|راستشه)$/;
const WANT2 = /^(?:بخوای|بخواین|بخواید|بخوایی|بخوان)$/;
const TRUTH_JOINED = /^(?:راستشو|راسشو|راستش|راسشه|راستشه)(?:بخوای|بخواین|بخواید|بخوایی)$/;

function readTruth32(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question && c.afterQuestion <= j) return null;
  if (TRUTH_JOINED.test(w)) return faHit(W, j, j, 'candour-opener', 'negative-words');
  if (TRUTH.test(w) && at(W, j + 1, WANT2)) {
    // «راستش رو بخواید بپرسید»: a request to ask, not the opener.
    if (W[j + 2] && faJoined(W, j + 2) && /^(?:بپرسید|بپرسین|بپرس|بدونید|بدونین)$/.test(W[j + 2].w)) return null;
    return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  }
  // «(اگه) بخوام رو راست باشم», «بخوام روراست باشم».
  if (/^(?:بخوام|بخواهم)$/.test(w)) {
    let k = j + 1;
    if (at(W, k, /^رو$/) && at(W, k + 1, /^راست$/)) k += 2;
    else if (at(W, k, /^(?:روراست|صادق|رک)$/)) k += 1;
    else return null;
    if (!at(W, k, /^(?:باشم|باشیم)$/)) return null;
    const start = j > 0 && /^(?:اگه|اگر)$/.test(W[j - 1].w) && faJoined(W, j) ? j - 1 : j;
    return faHit(W, start, k, 'candour-opener', 'negative-words');
  }
  return null;
}

// ---------------- «از شانس بدت» ----------------

const BAD_LUCK = /^(?:بدت|بدتون|بدتان|بدمون|بدمان|بدشون|بدشان|بدش)$/;

function readBadLuck(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'از' || c.question) return null;
  if (!at(W, j + 1, /^(?:شانس|بخت|اقبال)$/)) return null;
  // fa-core reads «از بخت بد»; here «از شانس بد» and the owner's clitic.
  if (at(W, j + 2, BAD_LUCK) || (W[j + 1].w === 'شانس' && at(W, j + 2, /^بد$/))) return faHit(W, j, j + 2, 'regret-opener', 'over-apology');
  return null;
}

// ---------------- the customer's own past act as the cause of a loss ----------------

const BECAUSE = /^(?:چون|چونکه|زیرا|چراکه)$/;
/** «بخاطر همین», «به همین دلیل», «بناءً», «لذا», «در نتیجه», «واسه همین»: the first word of a consequence link. */
const SO_ONE = /^(?:بناءً|بناء|بنابراین|بنابرین|لذا|درنتیجه)$/;
const SO_HEAD = /^(?:بخاطر|بهخاطر|به|واسه|برا|برای|در)$/;
const SO_TAIL = /^(?:همین|این)$/;
const YOU = /^(?:شما|شوما|جنابعالی|حضرتعالی|سرکارعالی|خودت|خودتون|خودتان|تو)$/;
/** A loss: dropped, cancelled, sent back, blocked, gone, burnt; (rwfa33) a charge deducted («… کسر شد چون … لغو کردید»). */
const LOSS = /^(?:حذف|لغو|کنسل|مرجوع|برگشت|برگشتی|مسدود|باطل|ابطال|پرید|پریده|سوخت|سوخته|رد|منقضی|خراب|جریمه|غیبت|ضبط|کسر)$/;
/** A request or a word of the customer's that makes the loss theirs to ask for, not a fault. */
const ASKED = /^(?:درخواست|خواستید|خواستین|خواستی|خواسته|خواستار|انصراف)$/;
/** A spared burden after the link: «جریمه نشد», «هزینه‌ای کسر نشد». */
const BURDEN = /^(?:جریمه|جریمهای|هزینه|هزینهای|کارمزد|کسر|نگران|مشکلی|مشکل|خسارت|خسارتی)$/;

function pastYou(v: FaVerb | undefined): boolean {
  return !!v && v.person.person === 2 && v.tense === 'past';
}

/** The words [a, b) hold a loss: a loss word, or a negated verb that is not a spared burden. */
function lossIn(W: readonly FaWord[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (LOSS.test(W[k].w) && !(W[k + 1]?.v?.negative)) return true;
    const v = W[k].v;
    if (v && v.negative && !(k > a && BURDEN.test(W[k - 1].w)) && v.person.person !== 2) return true;
  }
  return false;
}

function askedIn(W: readonly FaWord[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ASKED.test(W[k].w)) return true;
  return false;
}

/** Sentence bounds around word j: from the last stop before it to the next stop. */
function sentenceOf(W: readonly FaWord[], j: number): [number, number] {
  let a = j;
  while (a > 0 && !W[a].stopBefore) a--;
  let b = j + 1;
  while (b < W.length && !W[b].stopBefore) b++;
  return [a, b];
}

/** «تنظیمات پریده چون مودمو ریست کردی»: a loss before «چون», the customer's past act after it. */
function readBecauseYou(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!BECAUSE.test(W[j].w) || c.question || c.reassuring || j === 0) return null;
  const [a, b] = sentenceOf(W, j);
  if (conditional(W, a) || !lossIn(W, a, j)) return null;
  const end = clauseEnd(W, j, 12);
  if (askedIn(W, j, end)) return null;
  for (let k = j + 1; k < Math.min(end, b); k++) {
    const v = W[k].v;
    if (v && v.person.person === 2) return pastYou(v) ? faHit(W, j, k, 'second-person-blame', 'blame') : null;
    if (v) return null;
  }
  return null;
}

/** «شما … غیبت کردین، بخاطر همین … حذف شده»: «you» opening its clause, a past act, then a consequence link and a loss. */
function readYouSoLoss(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!YOU.test(W[j].w) || c.question || c.reassuring) return null;
  if (!(j === 0 || W[j].pauseBefore || W[j].markBefore || (j === 1 && !W[0].v))) return null;
  if (conditional(W, j)) return null;
  // The customer's past act: the first verb of the clause, second person, simple past or past perfect («نیاورده بودید»).
  let k = j + 1;
  let act = -1;
  for (; k < Math.min(W.length, j + 10); k++) {
    if (W[k].stopBefore) return null;
    if (k > j + 1 && W[k].pauseBefore) break;
    const v = W[k].v;
    if (!v) continue;
    if (pastYou(v)) {
      act = k;
      if (W[k + 1]?.v?.lemma === 'بودن' && faJoined(W, k + 1)) act = k + 1;
      break;
    }
    // «نیاورده بودید»: the participle then the past of «بودن» in the second person.
    if (v.lemma === 'بودن' && v.person.person === 2 && v.tense === 'past') {
      act = k;
      break;
    }
    return null;
  }
  if (act < 0 || askedIn(W, j, act + 1)) return null;
  // A consequence link right after the act («، بناءً …», « بخاطر همین …»), then a loss before the sentence ends.
  let m = act + 1;
  if (m >= W.length || W[m].stopBefore) return null;
  if (SO_ONE.test(W[m].w)) m += 1;
  else if (SO_HEAD.test(W[m].w) && W[m + 1] && (SO_TAIL.test(W[m + 1].w) || (W[m].w === 'به' && /^(?:همین|این)$/.test(W[m + 1].w)))) {
    m += 2;
    if (W[m] && /^(?:خاطر|دلیل|علت|سبب|جهت)$/.test(W[m].w)) m++;
  } else return null;
  const [, b] = sentenceOf(W, act);
  return lossIn(W, m, b) ? faHit(W, j, act, 'second-person-blame', 'blame') : null;
}

// ---------------- «حتمن بایس عکس رسید رو بفرستید» ----------------

const MUST_COLLOQUIAL = /^(?:بایس|باس|بایست|بایّد)$/;
const SURELY = /^(?:حتمن|حتما|حتماً|حتمنی)$/;

function readMustColloquial(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!MUST_COLLOQUIAL.test(W[j].w) || c.question || conditional(W, j)) return null;
  // «می‌بایست» is read elsewhere (kept as one word or two): not here.
  if (j > 0 && /^(?:می|مي)$/.test(W[j - 1].w) && faJoined(W, j)) return null;
  // A first or third person subject before it: «ما بایس …», «مدیر باس …» (a bare noun before it is left to the verb's person).
  for (let k = Math.max(0, j - 3); k < j; k++) if (/^(?:ما|من|مو|ایشون|ایشان|اونا|آنها|او|اون)$/.test(W[k].w) && !W[k + 1]?.pauseBefore) return null;
  const end = clauseEnd(W, j, 10);
  for (let k = j + 1; k < end; k++) {
    const v = W[k].v;
    if (!v) continue;
    if (v.person.person !== 2 || v.negative || v.tense !== 'present') return null;
    const start = j > 0 && SURELY.test(W[j - 1].w) && faJoined(W, j) ? j - 1 : j;
    return faHit(W, start, j, 'customer-obligation', 'commands');
  }
  return null;
}

// ---------------- formal: the customer's failure as the reason («نظر به اینکه مسافر محترم … حاضر نشده‌اند») ----------------

/** A cause opener of a formal letter, «نظر به اینکه», «با توجه به اینکه», «از آنجا که», «به دلیل اینکه». */
function causeOpenerEnd(W: readonly FaWord[], j: number): number {
  const w = W[j].w;
  if ((w === 'نظر' || w === 'توجه') && at(W, j + 1, /^به$/) && at(W, j + 2, /^(?:اینکه|آنکه)$/)) return j + 3;
  if (w === 'با' && at(W, j + 1, /^توجه$/) && at(W, j + 2, /^به$/) && at(W, j + 3, /^(?:اینکه|آنکه)$/)) return j + 4;
  if (w === 'از' && at(W, j + 1, /^(?:آنجا|آنجایی|اونجا|اونجایی)$/) && at(W, j + 2, /^که$/)) return j + 3;
  return -1;
}
/** The customer named in the third person: «مسافر محترم», «مشتری گرامی», «بیمه‌گذار محترم». */
const CUSTOMER_ROLE = /^(?:مسافر|مشتری|بیمهگذار|بیمه گذار|کاربر|متقاضی|مشترک|دانشجو|بیمار|مراجعه ?کننده|خریدار|مستاجر|مستأجر|مالک|همراه|عضو|داوطلب|سفارش ?دهنده|مودی|مؤدی)$/;
const HONORED = /^(?:محترم|گرامی|عزیز)$/;
/** A negated participle of the honorific plural or a negated past: «حاضر نشده‌اند», «اقدام ننموده‌اند», «مراجعه نکردند». */
const NOT_DONE_PL = /^ن(?!می)[\u0600-\u06ff]{2,}(?:هاند|هاست|ند)$/;

function readCustomerFailed(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const from = causeOpenerEnd(W, j);
  if (from < 0 || c.question) return null;
  if (!(at(W, from, CUSTOMER_ROLE) && at(W, from + 1, HONORED))) return null;
  const end = clauseEnd(W, from, 14);
  for (let k = from + 2; k < end; k++) {
    const v = W[k].v;
    if ((v && v.negative && v.tense === 'past' && v.person.person === 3) || (!v && NOT_DONE_PL.test(W[k].w))) return faHit(W, from, k, 'second-person-blame', 'blame');
    if (v) return null;
  }
  return null;
}

/** «با توجه به عدم پاسخگویی جنابعالی»: the customer's lack named as the reason, before a loss. */
const LACK_OPENER = /^(?:توجه|دلیل|علت|سبب|خاطر|نظر)$/;
const YOU_FORMAL = /^(?:جنابعالی|حضرتعالی|سرکارعالی|شما)$/;

function readLackOfYou(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'عدم' || c.question || conditional(W, j)) return null;
  // «با توجه به / به دلیل / به علت / نظر به عدم …».
  if (!(j >= 2 && W[j - 1].w === 'به' && faJoined(W, j) && LACK_OPENER.test(W[j - 2].w) && faJoined(W, j - 1))) return null;
  // «عدم خسارت» is the no-claims discount.
  if (at(W, j + 1, /^(?:خسارت|خسارتی)$/)) return null;
  for (let k = j + 2; k <= j + 3 && k < W.length; k++) {
    if (!faJoined(W, k) || W[k].v) return null;
    if (YOU_FORMAL.test(W[k].w)) {
      const [, b] = sentenceOf(W, k);
      if (!lossIn(W, k + 1, b)) return null;
      const start = W[j - 2].w === 'توجه' && j >= 3 && W[j - 3].w === 'با' ? j - 3 : j - 2;
      return faHit(W, start, k, 'second-person-blame', 'blame');
    }
  }
  return null;
}

// ---------------- «مطابق به پالیسی دفتر، …», «قانون مطب اینجوریاس», «افسوس که …», «شما مجبور استین» ----------------

const CITE_DARI = /^(?:مطابق|طبق|وفق)$/;
const RULE32 = /^(?:قانون|قوانین|سیاست|سیاستهای|پالیسی|مقررات|ضوابط|آییننامه|آیین|اساسنامه|رویه|قاعده|قواعد|اصول|لایحه|لوایح|طرزالعمل|دستورالعمل)$/;
const GIVES32 = /^(?:بدون|رایگان|رایگانه|مجانی|تخفیف|هدیه|راضی|رضایت|میتوانید|میتونید|میتونین|میتوانین|کامل|تمام)$/;

/** «مطابق به پالیسی دفتر، …» (Dari: a preposition after «مطابق» that the pack's patterns do not allow). */
function readCitedRuleDari(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!CITE_DARI.test(W[j].w) || c.question || !at(W, j + 1, /^(?:به|با)$/) || !at(W, j + 2, RULE32)) return null;
  if (!(j === 0 || W[j].pauseBefore || W[j].markBefore || (j === 1 && !W[0].v))) return null;
  const [, b] = sentenceOf(W, j);
  for (let m = j + 3; m < b; m++) if (GIVES32.test(W[m].w)) return null;
  return conditional(W, j) ? null : faHit(W, j, j + 2, 'policy-shield', 'policy');
}

/** «قانون مطب اینجوریاس», «پالیسی ما اینطوریس»: the rule as the whole reason, with the dialect copula «‌اس / ‌س». */
const LIKE_THIS_DIALECT = /^(?:اینجوریاس|اینطوریاس|اینجوریس|اینطوریس|اینجوریست|اینطوریست|اینجوریه|اینطوریه)$/;

function readRuleLikeThis(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!RULE32.test(W[j].w) || c.question || conditional(W, j)) return null;
  for (let k = j + 1; k <= j + 3 && k < W.length; k++) {
    if (!faJoined(W, k) || W[k].v) return null;
    if (LIKE_THIS_DIALECT.test(W[k].w)) return W[k].w.endsWith('یه') ? null : faHit(W, j, k, 'policy-shield', 'policy');
  }
  return null;
}

/** «افسوس که رستوران امشب بسته‌ست»: regret opening bad news (fa-core reads «حیف که»). */
function readAlasThat(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'افسوس' || c.question || !at(W, j + 1, /^که$/)) return null;
  if (!(j === 0 || W[j].pauseBefore || W[j].markBefore || (j <= 2 && !W.slice(0, j).some((x) => x.v)))) return null;
  // Not a pity the customer missed something («افسوس که نتونستید بیاید»): the news is ours or the world's.
  const end = clauseEnd(W, j + 1, 10);
  // Nor a compliment to the customer («افسوس که شما رو زودتر نشناختیم!»): nobody addressed in the clause.
  for (let k = j + 2; k < end; k++) if (W[k].v?.person.person === 2 || YOU_FORMAL.test(W[k].w) || /^(?:شمارو|شمارا|تو|تورو)$/.test(W[k].w)) return null;
  return faHit(W, j, j + 1, 'regret-opener', 'over-apology');
}

/** «شما مجبور استین که …»: the Dari copula of the second person after «مجبور / موظف / ملزم». */
function readObligedDari(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:مجبور|موظف|ملزم)$/.test(W[j].w) || c.question || conditional(W, j) || !at(W, j + 1, /^(?:استین|استید|استی)$/)) return null;
  const start = j > 0 && YOU.test(W[j - 1].w) && faJoined(W, j) ? j - 1 : j;
  return faHit(W, start, j + 1, 'customer-obligation', 'commands');
}

/** «الکی نگران شدی», «بیخودی حرص می‌خوری»: the customer's worry called needless, in the indicative (a told-off feeling). */
const NEEDLESS = /^(?:الکی|بیخودی|بیخود|بیخودیه)$/;
const FEELING = /^(?:نگران|ناراحت|شلوغش|شلوغ|عصبانی|استرس|حرص|دلخور|هول|غصه|جوش)$/;

function readWorriedForNothing(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!NEEDLESS.test(W[j].w) || c.question || conditional(W, j)) return null;
  for (let k = j + 1; k <= j + 3 && k < W.length; k++) {
    if (!faJoined(W, k)) return null;
    if (!FEELING.test(W[k].w)) continue;
    const v = W[k + 1] && faJoined(W, k + 1) ? W[k + 1].v : undefined;
    // Past or present, the second person, not an order («الکی نگران نشید» calms: left to the readers of calm-downs).
    if (v && v.person.person === 2 && !v.negative && !(v.subjunctive && v.tense === 'present') && (v.tense === 'past' || v.progressive)) return faHit(W, j, k + 1, 'minimising', 'dismissive');
    return null;
  }
  return null;
}

/** The first words this file's readers can start at (a gate: constructions.fa.ts runs the reader only there). */
export function kinds32MayStart(w: string): boolean {
  return (
    INSHALLAH.test(w) || SORRY_ANY.test(w) || TRUTH.test(w) || TRUTH_JOINED.test(w) || w === 'بخوام' || w === 'بخواهم' || w === 'از' || BECAUSE.test(w) || YOU.test(w) || MUST_COLLOQUIAL.test(w) ||
    w === 'نظر' || w === 'توجه' || w === 'با' || w === 'عدم' || CITE_DARI.test(w) || RULE32.test(w) || w === 'افسوس' || /^(?:مجبور|موظف|ملزم)$/.test(w) || NEEDLESS.test(w)
  );
}

function readKinds32(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (INSHALLAH.test(w)) return readInshallah32(c, j);
  if (SORRY_ANY.test(w)) return readSorryDrawn(c, j);
  if (TRUTH.test(w) || TRUTH_JOINED.test(w) || w === 'بخوام' || w === 'بخواهم') return readTruth32(c, j);
  if (w === 'از') return readBadLuck(c, j) ?? readCustomerFailed(c, j);
  if (BECAUSE.test(w)) return readBecauseYou(c, j);
  if (YOU.test(w)) return readYouSoLoss(c, j);
  if (MUST_COLLOQUIAL.test(w)) return readMustColloquial(c, j);
  if (w === 'نظر' || w === 'توجه' || w === 'با') return readCustomerFailed(c, j);
  if (w === 'عدم') return readLackOfYou(c, j);
  if (CITE_DARI.test(w)) return readCitedRuleDari(c, j);
  if (RULE32.test(w)) return readRuleLikeThis(c, j);
  if (w === 'افسوس') return readAlasThat(c, j);
  if (/^(?:مجبور|موظف|ملزم)$/.test(w)) return readObligedDari(c, j);
  if (NEEDLESS.test(w)) return readWorriedForNothing(c, j);
  return null;
}

/** The reader of this file, in the order constructions.fa.ts runs it. */
export const KIND_READERS_FA_32 = [readKinds32];

// ---------------- Finglish: «ishala ta panjshanbe post mishe» ----------------

const FINGLISH_32: readonly FinglishKind[] = [
  // God willing before the service's step: a present «mi-» verb of one thing happening or of ours («mishe», «mifrestim»),
  // not a wish («ishala khosh begzare», «inshala behtar mishin»: a second person, a wish word).
  {
    re: /\b(?:ishal+a|ishal+ah|inshal+a|inshal+ah|enshal+a|enshal+ah|insha'?al+ah)\b(?=(?:\s+(?!(?:khosh|behtar|khoob|khub|salamat|mobarak|shad|movafagh|razi)\b)[a-z0-9'-]+){0,6}?\s+mi(?:she|sheh|rese|reseh|ad|yad|fte|re|rim|frestim|dim|konim|sazim|zanim|ferestim|reh)\b)/gi,
    construction: 'hedged-effort',
    category: 'uncertainty',
  },
];

/** Persian in Latin letters, this file's kind (after kinds30's in generic/index.ts). */
export function readFinglish32(sentence: string): GenericHit[] {
  const out = finglishTableHits(sentence, FINGLISH_32);
  return out ? apartHits(out) : [];
}

// (rperf41) The literal pre-check's scanner is built once over every table (breadth27.fa.ts).
registerFinglishTables(FINGLISH_32);
