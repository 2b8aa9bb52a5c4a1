/**
 * Persian flags that read wrong to the late writers, sixth reading (rwfa32: late31's flagged neutrals, all six formal,
 * each kind counted on late27-30 and train31 first). Two hooks: `wrong32Fa`, the last after-reader over every Persian
 * suggestion (after wrong31Fa), and `faNeutral32`, a neutral filter beside faNeutral31 (guard.fa.ts for the packs,
 * engine.ts for the generic and learnt readers). Look-alikes and contrasts: tests/unit/rewrite/fa-kinds32.test.ts.
 *
 * No flag:
 *  - **bad luck in a past story that ends well**: «روز امتحان از بخت بد باران سختی آمد، ولی … با نمره خوب کامیاب شدید»
 *    (late31 BQ124), «افسوس که باغچه … زیر آب ماند، ولی …» (late29 BN126): wrong31 read «متأسفانه» so; here «از بخت / شانس
 *    بد», «از بد شانسی», «بدبختانه», «افسوس». A present or future consequence, or no happy turn, keeps the flag.
 *  - **«I know of no extra charge»**: «من از هزینه اضافه‌ای اطلاع ندارم» (late31 BQ123; late28 BK119, late30 BP120 and
 *    late31 BR126 say it with «هیچ», which older readers clear): a charge that is extra, other or hidden is what the agent
 *    reassures about. «از هزینه ارسال خبر ندارم» (the cost itself unknown) stays flagged.
 *  - **nine o'clock read as «no»** (`fa-not-until`, «تا {time} نه»): «دکتر تا ساعت نه شب در خدمتتان هستند» (late31 BR148):
 *    «نه» right after «ساعت» with a word of its clause after it is the hour; «تا ساعت ۵ نه، …» keeps the flag.
 *  - **an impersonal «… not done» after «نگران نباشید؛»**: «… در جلسه اول حضور و غیاب انجام نمی‌شود» (train31 TRD130; the kind
 *    is in late20 YB124, late26 BH101, train31 TRB116, which older readers clear by their verbs). A contrast, a first person,
 *    an ability keep the flag.
 *  - **a burden spared with «هیچ‌گونه» between** (`not-offered`): «… مشمول هیچ‌گونه هزینه اضافی نمی‌باشد» (late31 BQ120;
 *    generic/fa.ts reads «مشمول کارمزد نمی‌باشد» as spared only with the burden right after «مشمول»). «مشمول پوشش /
 *    گارانتی نمی‌شود» keeps its flag.
 *
 * Wrong alternatives:
 *  - **a blame passive of a verb that has none**: «جلسه قبلو غیبت کردین» -> «جلسه قبل غیبت شد» (the «ـو» on «قبلو» read as
 *    an object): «غیبت، شرکت، مراجعه، حضور، تأخیر، عجله» with «شد» are not Persian; advice.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { faFold as fold, faSentenceEnd, faTextMemo } from './guard.fa.text.ts';
import { tokenize } from '../nlp/index.ts';

const END = /[.!?؟\n]/;
const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/\u200c/g, ' ').replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `);

function sentenceStart(draft: string, at: number): number {
  let k = at;
  while (k > 0 && !END.test(draft[k - 1])) k--;
  return k;
}

// ---- a blame passive of a verb that has none ---------------------------------------------------------------------------

const NO_PASSIVE = / (?:غیبت|شرکت|مراجعه|حضور|تاخیر|تأخیر|عجله|دیر|صبر|اقدام) (?:ن?شد|ن?شده|ن?گردید|ن?گردیده)(?: |$)/;

function blameWithoutPassive(draft: string, s: Suggestion): Suggestion | null {
  if (s.category !== 'blame' || s.kind !== 'rewrite' || !s.replacements.length) return null;
  return NO_PASSIVE.test(spaced(s.replacements[0])) && !NO_PASSIVE.test(spaced(draft.slice(s.start, s.end))) ? asAdvice(draft, s) : null;
}

/** The last after-reader: turns a passive that is not Persian into advice. */
export function wrong32Fa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.length || !list.some((s) => s.language === 'fa')) return list;
  let changed = false;
  const out = list.map((s) => {
    const r = s.language === 'fa' ? blameWithoutPassive(draft, s) : null;
    if (r) changed = true;
    return r ?? s;
  });
  return changed ? out : list;
}

// ---- no flag -----------------------------------------------------------------------------------------------------------

const BAD_LUCK = /(?:بخت بد|شانس بد|بد ?شانسی|بدبختانه|افسوس)/;
const TOLD_OR_RECALLED = / (?:میگفت|میگفتن|میگفتند|گفت|گفتن|گفتند|تعریف \S+|یادتونه|یادته|یادتان هست|اون روز|آن روز|روز \S+|شب \S+|دیروز|دیشب|پارسال|هفته پیش|هفته قبل) /;
const WEATHER = / (?:باران|بارون|برف|طوفان|تگرگ|باد|گرما|سرما|مه|سیل|ترافیک) /;
const HAPPY_TURN = /(?:^| )(?:اما|ولی|با این حال|با این وجود|باز هم|خوشبختانه|به لطف خدا|شکر خدا|آخرش) /;
const PRAISE = / (?:بی ?نظیر\S*|عالی|فوق ?العاده|محشر|کیف|خوش (?:گذشت|گذشته)|سالم|راضی|قشنگ\S*|زیبا\S*|به خیر گذشت|خوب|موفق\S*|کامیاب\S*|قبول|برگزار (?:شد|گردید)|انجام شد|رسید|مبارک\S*|دلنشین|لذت) /;
const PRESENT_OR_FUTURE = / (?:می|نمی|مي)\S+| خواهد | خواهیم | خواهند | میشه | میره /;

function badLuckPastHappyEnd(draft: string, fs: number, fe: number): boolean {
  if (!BAD_LUCK.test(fold(draft.slice(fs, fe)).replace(/\u200c/g, ' '))) return false;
  const sStart = sentenceStart(draft, fs);
  const sEnd = faSentenceEnd(draft, fe, 300);
  const before = spaced(draft.slice(sStart, fs));
  const rest = draft.slice(fe, sEnd);
  const r = spaced(rest);
  const turn = HAPPY_TURN.exec(r);
  if (!turn) return false;
  const bad = r.slice(0, turn.index + 1);
  const good = r.slice(turn.index + 1);
  if (PRESENT_OR_FUTURE.test(bad)) return false;
  if (!TOLD_OR_RECALLED.test(before) && !TOLD_OR_RECALLED.test(` ${before.trim()} ${bad.trim()} `) && !WEATHER.test(bad)) return false;
  if (!PRAISE.test(good)) return false;
  const goodRaw = rest.slice(Math.max(0, rest.length - good.length));
  return !tokenize(goodRaw).some((t) => t.word && t.neg);
}

/** «(من) از هزینه‌ی اضافه‌ای اطلاع / خبر ندارم»: a charge that is extra, other or hidden. */
const EXTRA_COST_BEFORE = / از (?:هیچ )?(?:هزینه|مبلغ|کارمزد|پول|شارژ|جریمه)\S*(?: \S+)?? (?:اضافه\S*|اضافی\S*|دیگر\S*|دیگه\S*|پنهان\S*|جانبی\S*|جدید\S*) $/;

function extraCostUnknown(draft: string, fs: number, fe: number): boolean {
  // The object may be inside the flag («از هزینه اضافه‌ای خبر ندارم», fa-core) or before it; a learnt reader flags «ندارم».
  const from = Math.max(0, fs - 8);
  const m = /(?:اطلاع|خبر)[\s\u200c]*ندارم/.exec(draft.slice(from, fe));
  if (!m || from + m.index + m[0].length < fs) return false;
  const verbAt = from + m.index;
  const before = spaced(draft.slice(sentenceStart(draft, fs), verbAt)).replace(/ (?:من|بنده) $/, ' ');
  return EXTRA_COST_BEFORE.test(before) || EXTRA_COST_BEFORE.test(before.replace(/ \S+ $/, ' '));
}

const SPARED_WITH_ANY = /^ (?:مشمول|شامل) (?:هیچ|هیچ ?گونه|هر ?گونه|هیچ نوع) (?:مالیات|کارمزد|عوارض|هزینه|هزینه ?ای|هزینه ?های|تعرفه|جریمه|جریمه ?ای|کسر|کسورات)\S* /;

/** «تا ساعت نه شب …»: the flagged «نه» is the hour nine, a word of the same clause right after it. */
function nineOClock(draft: string, fs: number, fe: number): boolean {
  const m = /(?:^|\s)ساعت\s+نه(?![\u0600-\u06ff])/.exec(draft.slice(fs, fe + 2));
  if (!m) return false;
  const after = draft.slice(fs + m.index + m[0].length);
  return /^[ \u200c]+[\u0600-\u06ff]/.test(after) && !/^[ \u200c]+(?:نه|خیر)(?![\u0600-\u06ff])/.test(after);
}

/**
 * «(بابت غیبت) نگران نباشید؛ در جلسه اول حضور و غیاب انجام نمی‌شود»: an impersonal «… not done» told to spare the worry the
 * calm-down named (train31 TRD130; the kind's other rows, late20 YB124, late26 BH101, train31 TRB116, were already quiet).
 * Not after a contrast («نگران نباشید؛ ولی …»), not a first person or an ability («ما نمی‌تونیم …»).
 */
const CALM_HEAD = /(?:^| )(?:نگران|ناراحت|نگرون|دلواپس) (?:نباشید|نباشین|نباش|نباشيد)(?: (?:اصلا|اصلاً|عزیزم|عزیزی|جان|خانم|آقا))? $/;
const CONTRAST = / (?:ولی|اما|لیکن|متاسفانه|متأسفانه|فقط|صرفا|صرفاً|تنها|مگر) /;

function notDoneAfterCalm(draft: string, fs: number, fe: number): boolean {
  const flagged = spaced(draft.slice(fs, fe));
  if (/ (?:ما|من|بنده|نمیتونیم|نمیتوانیم|نمیتونم|نمیتوانم|نمی ?توانیم|نمیدیم|نمیکنیم|نمی ?کنیم) /.test(flagged) || !/ (?:نمیشود|نمی شود|نمیشه|نمی شه|نخواهد شد|نمیگردد|نمی گردد) $/.test(flagged)) return false;
  const sStart = sentenceStart(draft, fs);
  const before = draft.slice(sStart, fs);
  const mark = Math.max(before.lastIndexOf('؛'), before.lastIndexOf('،'), before.lastIndexOf(':'), before.lastIndexOf(';'));
  if (mark < 0) return false;
  if (!CALM_HEAD.test(spaced(before.slice(0, mark)))) return false;
  const tail = spaced(before.slice(mark + 1) + draft.slice(fs, faSentenceEnd(draft, fe, 300)));
  return !CONTRAST.test(tail);
}

/** Whether a Persian suggestion over [fs, fe) is no flag by one of the kinds above. */
export function faNeutral32(draft: string, fs: number, fe: number, category: string, ruleId: string): boolean {
  const flagged = fold(draft.slice(fs, fe)).replace(/\u200c/g, ' ');
  if (BAD_LUCK.test(flagged)) return badLuckPastHappyEnd(draft, fs, fe);
  if (/ندارم/.test(flagged) && extraCostUnknown(draft, fs, fe)) return true;
  // «تا ساعت نه شب در خدمتتان هستند»: «نه» after «ساعت» and before another word of its clause is nine, not «no».
  if (ruleId === 'fa-not-until') return nineOClock(draft, fs, fe);
  if (category === 'cant-wont' && notDoneAfterCalm(draft, fs, fe)) return true;
  // «مشمول هیچ‌گونه هزینه‌ی اضافی نمی‌باشد»: the layer's spared burden (generic/fa.ts reads the burden right after «مشمول»)
  // with «هیچ / هیچ‌گونه / هرگونه» between.
  if (ruleId === 'not-offered' || ruleId === 'passive-refusal') return SPARED_WITH_ANY.test(spaced(draft.slice(fs, fe)));
  return false;
}
