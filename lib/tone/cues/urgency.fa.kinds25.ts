/**
 * Persian urgency, session 25 (tonefa25): kinds named from false cues on fresh writers' messages, each tried on a
 * look-alike set written across trades, both registers and Finglish (scripts/tone-kinds25-fa-matrix.ts, run by
 * tests/unit/tone/kinds25.fa.test.ts), never on a development sentence's nouns. Both read lib/nlp's tokens (negated
 * verbs, clauses) behind a cheap test on the lower-cased text (most messages hold none of the words).
 *
 * - **the customer says there is no hurry**: «عجله‌ای نیست», «هیچ عجله‌ای ندارم», «فوری نیست», «موضوع فوریتی ندارد»,
 *   «نه که فوری باشه», «اصلاً عجله نکنید», Finglish "ajale nadaram", "na ke fori bashe": a hurry word whose clause is
 *   a negated «بودن / داشتن» (or «نه که … باشه», or «عجله نکنید» said to the company). Whatever else the message holds
 *   (money taken twice, a day named) the customer is not pressed: no urgent cue, unless safety or a theft is told. Not a
 *   hurry denied to the company («برای شما فوری نیست، ولی …»: sarcasm), asked («مگه فوری نیست؟»), conditioned («اگه
 *   فوری نیست …»), nor reported («گفتید عجله نکنم»).
 * - **«الان» heading a span that has passed**: «الان ده روز گذشته», «الان یه هفته‌ست», «alan 6 roz gozashte»: how long
 *   the customer has waited, not a time that presses now. Not a span left («الان ده دقیقه وقت دارم», «… دیگه مونده»), nor
 *   hours passed the same day («الان ۴ ساعت گذشته و هنوز نیومدن»: a wait of hours still presses).
 */
import { unitRange, type CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { gatedTest } from '../textgate.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---- the customer says there is no hurry ----
const GATE_HURRY = /فور[یي]|عجله|fori|foori|ajal/;
const HURRY = /^(?:فوری|فوریتی|فوریت|عجله|عجلهای|عجلهایی|اورژانسی|fori|foori|foriye|ajale|ajaleh|ajala|ajalei|ajaleii)$/;
/** A negated «بودن» / «داشتن» (Persian and Finglish): the hurry said not to be. */
const NOT_BE = /^(?:نیست|نیس|نیستش|نمیباشد|ندارد|نداره|ندارم|نداریم|nist|nis|nadaram|nadare|nadarim|nadarad)$/;
/** «عجله نکنید» said to the company: no hurry asked of it. */
const NOT_DO = /^(?:نکنید|نکنین|نکن|نفرمایید|nakonid|nakonin|nakon)$/;
/** Words that may stand between the hurry word and its negated verb («عجله‌ای در کار نیست», «فوری هم نیست»). */
const FILLER = /^(?:ای|ایی|در|کار|هم|که|اصلا|اصلاً|هیچ|ei|i|ham|asan|aslan|dar|kar)$/;
/** «نه که فوری باشه», «نه اینکه فوری باشه», "na ke fori bashe". */
const NOT_THAT = /^(?:نه|na|nah)$/;
const THAT = /^(?:که|اینکه|این|ke|inke)$/;
const BE_SUBJ = /^(?:باشه|باشد|بشه|bashe|bashad)$/;
/** The hurry denied to someone else («برای شما فوری نیست»), asked, conditioned or reported: no calm. */
const OTHERS = /^(?:براتون|برای|واسه|واستون|براتان|برایتان|شما|baratoon|vase|vasatoon|shoma)$/;
const IF_ASK = /^(?:اگه|اگر|مگه|مگر|age|agar|mage|gar)$/;
const SAID = /^(?:گفتید|گفتین|گفتن|گفت|گفته|نگفتید|نگفتین|goftid|goftin|goftan)$/;

/** GATE_HURRY on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then GATE_HURRY is not run. */
const HAS_HURRY = gatedTest(GATE_HURRY);
/** Whether the customer says there is no hurry (a hurry word in a negated clause of «بودن / داشتن», or «نه که … باشه»). */
export function noHurrySaid25(ctx: CueContext): boolean {
  if (!HAS_HURRY(ctx.low)) return false;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i < t.length; i++) {
    if (!HURRY.test(t[i].key)) continue;
    let denied = false;
    // «نه که / نه اینکه فوری باشه».
    for (let j = Math.max(0, i - 3); j < i && !denied; j++) if (NOT_THAT.test(t[j].key) && THAT.test(t[j + 1]?.key ?? '') && BE_SUBJ.test(t[i + 1]?.key ?? '')) denied = true;
    // «عجله‌ای (در کار) نیست», «فوریتی ندارد», «عجله نکنید».
    if (!denied) {
      let j = i + 1;
      while (j < t.length && j <= i + 3 && FILLER.test(t[j].key)) j++;
      if (j < t.length && (NOT_BE.test(t[j].key) || NOT_DO.test(t[j].key))) denied = true;
    }
    if (!denied) continue;
    // Not denied for someone else, asked, conditioned or reported: read the clause (and the sentence's end for «؟»).
    const [a, b] = unitRange(t, i, 'clause');
    let other = false;
    for (let j = Math.max(a, i - 4); j < b && !other; j++) if (OTHERS.test(t[j].key) || IF_ASK.test(t[j].key) || SAID.test(t[j].key)) other = true;
    if (other) continue;
    const end = t[b - 1].end;
    if (/^\s*[?؟]/.test(text.slice(end, end + 3))) continue;
    return true;
  }
  return false;
}

const THEFT = /هک|دزد|سرقت|کلاهبردار|hack|stolen|scam/i;

/** Evidence that stays urgent however calm the customer says they are: safety, or a theft or takeover told. */
export function beyondNoHurry25(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.why === 'tone.why.safety' || (e.why === 'tone.why.security' && THEFT.test(e.text)));
}

// ---- «الان» heading a span that has passed ----
const NOW = /^(?:الان|الآن|حالا|alan|hala)$/;
const COUNT = /^(?:\d+|[۰-۹]+|یه|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|بیست|سی|ye|yek|do|se|chahar|panj|chand|dah)$/;
/** A unit of days or longer, bare or with the copula («روزه», «هفته‌ست», «ماهه»): hours passed on the same day still press («الان ۴ ساعت گذشته و …»). */
const UNIT = /^(?:روز|روزه|روزست|هفته|هفتهست|هفتهاست|ماه|ماهه|ماهست|سال|ساله|roz|rooz|roze|rooze|hafte|haftast|mah|mahe)$/;
const COPULA_UNIT = /^(?:روزه|روزست|هفتهست|هفتهاست|ماهه|ماهست|ساله|roze|rooze|haftast|mahe)$/;
/** A span told as passed: «گذشته», «است», «میشه» («الان یه هفته میشه»), or the copula on the unit. */
const PASSED = /^(?:گذشته|گذشت|است|ست|میشه|میشود|شده|که|gozashte|gozasht|mishe|shode|ke)$/;
/** A span left, not passed: «الان ده دقیقه وقت دارم», «دو روز دیگه مونده». */
const LEFT = /^(?:دیگه|دیگر|مونده|مانده|وقت|بعد|تا|dige|moonde|vaght|baad)$/;

/** Whether token i is «الان» heading a span that has passed («الان ده روز گذشته»): a wait told, not a time pressing. */
export function nowElapsed25(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  if (!NOW.test(t[i]?.key ?? '')) return false;
  let j = i + 1;
  if (!COUNT.test(t[j]?.key ?? '')) return false;
  j++;
  const unit = t[j]?.key ?? '';
  if (!UNIT.test(unit)) return false;
  const next = t[j + 1]?.key ?? '';
  if (LEFT.test(next)) return false;
  // The copula on the unit («ماهه», «هفته‌ست»), or a word saying it passed («گذشته», «است», «میشه»).
  return COPULA_UNIT.test(unit) || PASSED.test(next);
}
