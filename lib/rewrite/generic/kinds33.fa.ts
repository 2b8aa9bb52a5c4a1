/**
 * Persian kinds of the thirty-third session (rwfa33), named from late32's misses where the kind recurs in another split
 * (late24-31, train31) or in both of late32's writers, written first as look-alikes of my own (scripts/fa-kinds33-matrix.ts:
 * other trades, both registers, Arabic ي/ك, no ZWNJ, dialect spellings, and close contrasts that must stay quiet), then
 * read here over the language layer's words. Advice of the generic reader (nothing is rewritten: only the agent knows what
 * the system's lock means for this customer), gated on the first word (kinds33MayStart, lib/rewrite/generic/dispatch.fa.ts).
 *
 *  - **the system as the subject of a lock or a hang, after an address or with words between** (`system-blocks`): «کاکا
 *    سیستم صندلیای کنار همو قفل کرده» (late32 BT065), «داداش سیستم پذیرش هنگ کرده» (BT066), «سامانه‌ی رزرو هتل پس از ساعت
 *    ۱۸ قفل می‌شود» (BT070; late30 BO069 «سامانه تا پایان ترم قفل است» and late25 BE165 «سیستم auto-block کرده» are the same
 *    kind). readSystemFails reads the system word at the clause's head with the state right after it; here an address
 *    («کاکا، داداش، خانم …») may come first, and up to seven words (what is locked, a name, a time) before the lock word
 *    with its light verb (present, present perfect, the copula; not negated, not a past perfect told as over). A
 *    condition, a question, a lock that protects («برای امنیت حساب …») stay quiet.
 *  - **«what do I know»** (`not-knowing`): «چه می‌دونم / چه مِدونم / چمیدونم» (late32 BT056 in a dialect spelling; late24
 *    BD060 and train31 TRD053 were read only with «من» or by the learnt reader): «چه» before the first person singular present
 *    of «دانستن» (the dialect «مِ» read as kinds32 reads it) governing the unknown thing in its clause (a «کی / چرا / کجا /
 *    چقدر …» after it). «هر چه / آنچه می‌دانم», «چه می‌دونید», and rwfa25's filler before a comma and an estimate («چه
 *    میدونم، یه چیزی حدود ده روز …») stay quiet.
 *  - **the rule as the whole reason, run on after a request or closed by a resigned «what can I say»** (`policy-shield`):
 *    «کارت دانشجویی همراهتون باشه قانون آموزشه» (late32 BT023: no comma after the request), «خواهر جان، قانون شهرداریه چی
 *    بوگم.» (BS028: «چی بگم / چی بوگم / چه کنم» after it). kinds19 reads «قانون + owner‌ه» opening its clause and closing
 *    it; rwfa31 and rwfa32 read «قانون آتلیه‌ست», «قانون مطب اینجوریاس» (late30, late31: the same kind). The owner is a noun in
 *    «ه» with no verb reading; a quality («قانون خوبیه», «جدیده»), a question and a condition stay quiet.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';
import { dialectPresent } from './kinds32.fa.ts';

const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;

// ---------------- the system locks or hangs ----------------

const SYSTEM33 = /^(?:سیستم|سیستمم|سیستما|سیستمها|سامانه|سامانهی|سرور|سرورها|سایت|پنل|پورتال|اپ|اپلیکیشن|برنامه|نرمافزار|درگاه)$/;
/** The lock or the hang, and the same with the copula joined. */
const LOCK = /^(?:قفل|هنگ|بلاک|لاک|کرش|قاطی|فریز)$/;
const LOCKED_COPULA = /^(?:قفله|هنگه|بلاکه|قاطیه|فریزه)$/;
/** The light verb after the lock word: present, present perfect, the copula (not a past perfect, not negated). */
const LIGHT = /^(?:کرده|کردهاست|کردس|کردست|میکنه|میکند|میکنن|میکنند|مکنه|میشه|میشود|مشه|میشن|میشوند|شده|شدهاست|است|هست|ست|میباشد)$/;
/** A lock that protects the customer. */
const PROTECTS = /^(?:امنیت|امنیتی|حفاظت|محافظت|امن)$/;

function readSystemLocks(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEM33.test(W[j].w) || c.question || c.reassuring || conditional(W, j)) return null;
  // At the clause's head, or after an address of up to three words with no verb («کاکا»، «داداش»، «خواهر جان»).
  const { from } = faClauseStart(W as FaWord[], j);
  if (j - from > 3) return null;
  for (let k = from; k < j; k++) if (W[k].v || SYSTEM33.test(W[k].w) || /^(?:اگه|اگر|تو|توی|در|از|که|چون)$/.test(W[k].w)) return null;
  for (let k = from; k < W.length && !(k > j && W[k].stopBefore); k++) if (PROTECTS.test(W[k].w)) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 9); k++) {
    const x = W[k];
    if (x.pauseBefore || x.stopBefore) return null;
    if (LOCKED_COPULA.test(x.w)) return faHit(W, j, k, 'system-blocks', 'other');
    if (LOCK.test(x.w)) {
      const light = W[k + 1];
      if (!light || !faJoined(W, k + 1) || !LIGHT.test(light.w) || light.v?.negative) return null;
      // «قفل کرده بود» told as over.
      if (W[k + 2] && faJoined(W, k + 2) && /^(?:بود|بوده)$/.test(W[k + 2].w)) return null;
      return faHit(W, j, k + 1, 'system-blocks', 'other');
    }
    if (x.v) return null;
  }
  return null;
}

// ---------------- «what do I know» ----------------

const WHAT = /^(?:چه|چی|چ)$/;
const WH = /^(?:کی|کِی|چرا|کجا|کجاست|چطور|چطوری|چجوری|چقدر|چقد|چند|کدوم|کدام|چی|چیه|چه)$/;

function knowMe(W: readonly FaWord[], k: number): boolean {
  const v = W[k]?.v ?? dialectPresent(W[k]?.w ?? '');
  return !!v && v.lemma === 'دانستن' && v.person.person === 1 && !v.person.plural && v.tense === 'present' && v.progressive && !v.negative;
}

function readWhatDoIKnow(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (conditional(W, j)) return null;
  if (j > 0 && faJoined(W, j) && /^(?:هر|آن|اون|ان|از|به|با|در|که)$/.test(W[j - 1].w)) return null;
  const glued = w === 'چمیدونم' || w === 'چمدونم';
  if (!glued && (!WHAT.test(w) || !faJoined(W, j + 1) || !knowMe(W, j + 1))) return null;
  const end = glued ? j : j + 1;
  // The unknown thing governed in the same clause: a «when / why / where / how / how much / which» after it («چه مِدونم
  // قطعه‌ش کی … میاد»). Before a comma it is rwfa25's filler ahead of an estimate («چه میدونم، یه چیزی حدود ده روز …»).
  for (let k = end + 1; k < Math.min(W.length, end + 6); k++) {
    if (W[k].pauseBefore || W[k].stopBefore) return null;
    if (WH.test(W[k].w)) return faHit(W, j, end, 'not-knowing', 'uncertainty');
    if (W[k].v) return null;
  }
  return null;
}


// ---------------- «… باشه قانون آموزشه», «قانون شهرداریه چی بگم» ----------------

const POLICY33 = /^(?:قانون|قوانین|سیاست|مقررات|ضوابط|پالیسی|دستورالعمل|روال)$/;
/** The owner with the colloquial copula (kinds19's ownerIs), not a quality of the rule. */
const NOT_OWNER33 = /^(?:مربوطه|جدیده|فوقالذکر|خوبیه|بدیه|سختیه|مهمیه|سادهست|سادست|ساده|تازه|همیشه|دوباره|واضحه|روشنه|مشخصه)$/;
const ownerIs33 = (x: FaWord): boolean => x.w.length >= 4 && x.w.endsWith('ه') && !x.v && !NOT_OWNER33.test(x.w);
/** A resigned «what can I say / what can I do» after the rule. */
const WHAT_SAY = /^(?:بگم|بوگم|بگویم|کنم|بکنم|کنیم|بکنیم)$/;
const TAG33 = /^(?:دیگه|دیگر|والا|والله|جان|عزیزم|آقا|خانم|داداش|کاکا|عامو|خواهر|برادر)$/;

function readRuleRunOn(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!POLICY33.test(W[j].w) || c.question || conditional(W, j)) return null;
  const owner = W[j + 1];
  if (!owner || !faJoined(W, j + 1) || !ownerIs33(owner)) return null;
  // Run on after a finite verb with no comma («… همراهتون باشه قانون آموزشه»), or at a clause's head with a resigned tag after.
  const afterVerb = j > 0 && faJoined(W, j) && !!W[j - 1].v && !W[j - 1].v!.negative;
  const atHead = j === 0 || W[j].pauseBefore || W[j].stopBefore;
  const k = j + 2;
  const ends = (m: number): boolean => !W[m] || W[m].pauseBefore || W[m].stopBefore;
  const resigned = !ends(k) && /^(?:چی|چه|چیکار|چکار)$/.test(W[k].w) && faJoined(W, k + 1) && WHAT_SAY.test(W[k + 1]?.w ?? '') && ends(k + 2);
  if (atHead && resigned) return faHit(W, j, k + 1, 'policy-shield', 'policy');
  // The run-on closes the sentence (a tag word may follow).
  if (afterVerb && (ends(k) || (TAG33.test(W[k].w) && ends(k + 1)) || resigned)) return faHit(W, j, j + 1, 'policy-shield', 'policy');
  return null;
}

/** The first words this file's readers can start at (a gate: constructions.fa.ts runs the reader only there). */
export function kinds33MayStart(w: string): boolean {
  return SYSTEM33.test(w) || WHAT.test(w) || w === 'چمیدونم' || w === 'چمدونم' || POLICY33.test(w);
}

function readKinds33(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (SYSTEM33.test(w)) return readSystemLocks(c, j);
  if (WHAT.test(w) || w === 'چمیدونم' || w === 'چمدونم') return readWhatDoIKnow(c, j);
  if (POLICY33.test(w)) return readRuleRunOn(c, j);
  return null;
}

/** The reader of this file, in the order constructions.fa.ts runs it. */
export const KIND_READERS_FA_33 = [readKinds33];
