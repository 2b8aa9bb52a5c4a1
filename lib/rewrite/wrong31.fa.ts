/**
 * Persian alternatives an agent can trust, fifth reading (rwfa31, from the blind reading of late30's applied rows and its
 * flagged neutrals; each kind also seen in an older split or in both of late30's writers). Two hooks: `wrong31Fa`, the
 * last after-reader over every Persian suggestion (after wrong30Fa), and `faNeutral31`, a neutral filter beside
 * faNeutral30 (guard.fa.ts for the packs, engine.ts for the generic and learnt readers). Look-alikes and contrasts (other
 * trades, registers, spellings) are the matrix of tests/unit/rewrite/fa-wrong31.test.ts.
 *
 * Wrong alternatives, by kind (each stays flagged; where no right text can be built it becomes advice):
 *  - **an offer blank after the way forward is already said**: a refusal's template whose words run past the refusal into
 *    a request («…، مهربانی کرده تا آن روز صبر کنید، اما می‌توانیم ___», «پیجو داشته باش خبرشو می‌ذاریم، ولی …»), a
 *    promise to tell («خبرتون می‌کنیم», «اطلاع می‌دهیم»), the thing happening by itself («… خودش میره تو حسابت») or the
 *    refusal's own condition («تا وقتی کد پستیت تأیید نشه»): advice.
 *  - **an offer blank where the sentence offers after a «؛»** with a template that rephrases the refusal («امکان حکاکی …
 *    وجود ندارد؛ اما با کمال میل …»: wrong30 read this only for templates that keep the refusal's words).
 *  - **an offer blank that contradicts its draft**: over «کاریش هم نمیشه کرد» («nothing can be done, but what can be done
 *    is ___»), or before a closing «تموم.» / «والسلام.» / «همینه که هست.»: advice.
 *  - **a reproach lead deleted, its eye-roll left**: «همونطور که … گفته بودیم 🙄 بازدید …» -> «🙄 بازدید …»: the emoji goes
 *    with the lead (🙄 😒 😑 🤨 😏 🤦).
 *  - **«اجازه دهید رک و پوست‌کنده عرض کنم:»** -> «اجازه دهید: …»: the leave-asking head and the colon go with the opener.
 *  - **a calm-down made empathy while another flag in its sentence says the sentence dismisses** («…، دنیا که به آخر
 *    نرسیده» flagged minimising): advice (wrong30 read a list of dismissals; any dismissive flag beside it now counts).
 *  - **a triple apology made double** («ببخشید ببخشید ببخشید» -> «ببخشید ببخشید»): every repeat goes.
 *
 * No flag (faNeutral31):
 *  - **a past «متأسفانه» in a story with a happy ending**: reported («مهمانان می‌گفتند متأسفانه …») or recalled («یادتونه
 *    اون روز که متأسفانه بارون گرفت؟», «روز نقل‌مکان، متأسفانه باران …») in the past, then «اما / ولی / با این حال /
 *    خوشبختانه …» and praise with no negation («بی‌نظیر», «عالی شد», «کیف کردن», «سالم رسید»). A present or future
 *    consequence («… پیتزاتون دیرتر میرسه») or no happy ending keeps it flagged.
 *  - **eagerness**: «دیگه طاقت نداریم سالن جدیدو نشونت بدیم» (can't wait to show you).
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { faFold as fold, faSentenceEnd, faSentenceStart as sentenceStart, faTextMemo } from './guard.fa.text.ts';
import { tokenize } from '../nlp/index.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/\u200c/g, '').replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `);


// ---- an offer blank after the way forward -----------------------------------------------------------------------------

/** A request to the customer: Dari «مهربانی کرده», «بی‌زحمت», «خواهشاً», a wait or a call asked for. */
const REQUEST = / (?:مهربانی (?:کرده|کنید|کنین|کن|نموده)|بی ?زحمت|خواهشا|خواهشاً|لطف (?:کنید|کنین|کن|بفرمایید)|صبر (?:کنید|کنین|کن|بفرمایید|نمایید|فرمایید)|(?:\S+ )?داشته باش(?:ید|ین)?|(?:یه )?زنگ (?:بزن|بزنید|بزنین)|تماس (?:بگیر|بگیرید|بگیرین|حاصل فرمایید)|سر (?:بزن|بزنید|بزنین)) /;
/** A promise to tell: «خبرشو می‌ذاریم», «خبرتون می‌کنیم», «اطلاع می‌دهیم», «اطلاع‌رسانی خواهد شد». */
const INFORM = / (?:خبر\S*|اطلاع\S*) (?:\S+ )?(?:می|مي|م)\S*(?:یم|م)(?: |$)| اطلاع ?رسانی (?:می ?شود|میشه|خواهد شد) /;
/** The money comes back by itself: «خودش میره تو حسابت», «به صورت خودکار به کارتتان برمی‌گردد» (not «سیستم خودکار قسط رو کم میکنه»). */
const BY_ITSELF = / (?:خودش|خودکار|اتوماتیک|به صورت خودکار|بصورت خودکار) (?:\S+ ){0,3}(?:(?:می|مي|م) ?(?:ره|رود|ریزه|ریزد)|بر ?(?:می|مي|م) ?(?:گرده|گردد)|برگشت (?:میخوره|میخورد|داده میشه|داده میشود)|واریز (?:میشه|میشود|می شه|می شود)) (?:\S+ ){0,2}(?:حساب|کارت)\S*/;
/** Nothing can be done: the offer blank would contradict it. */
const NOTHING = / کاری?(?:ش|شم)?(?: هم)? (?:نمیشه|نمیشود|نمیتوان|نمی شه|نمی شود|نمی توان|نمیتونیم|نمیشه که) کرد| کاری از دست (?:ما|من|مون|ماها) (?:برنمیاد|برنمی ?آید|ساخته نیست)/;
/** The template's own «کاری که می‌شه کرد» / «آنچه می‌توانیم انجام دهیم». */
const WHAT_CAN_BE_DONE = / (?:کاری که (?:می|مي)|آنچه (?:می|مي)|اونچه (?:می|مي))/;
/** A closing word of finality after the sentence: «تموم.», «والسلام.», «همینه که هست.». */
const FINAL_NEXT = /^[\s\u200c]*(?:تموم|تمام|والسلام|همین|همینه که هست|همین که هست|بحثی نیست|حرفی نیست)[\s\u200c]*[.!]*[\s\u200c]*(?:$|\n)/;
/** The sentence offers after its «؛»: wrong30's contrast list. */
const CONTRAST_AFTER = / (?:ولی|اما|لیکن|ولیکن|منتها|البته|درعوض|در عوض|بجاش|به جاش) /;

/** The refusal's words, past the first negated word: what the blank would follow. */
function tailAfterRefusal(s: Suggestion): string | null {
  const toks = tokenize(s.original);
  const neg = toks.find((t) => t.word && t.neg);
  if (!neg) return null;
  return s.original.slice(neg.end);
}

function blankAfterWayForward(draft: string, s: Suggestion, list: readonly Suggestion[]): boolean {
  if (s.kind !== 'template' || !s.replacements.length || !s.replacements.every((r) => r.includes('___'))) return false;
  const tail = tailAfterRefusal(s);
  const sEnd = faSentenceEnd(draft, s.end, 400);
  const after = draft.slice(s.end, sEnd);
  if (tail !== null) {
    const t = spaced(tail);
    if (REQUEST.test(t) || INFORM.test(t) || BY_ITSELF.test(t)) return true;
  }
  // A template that rephrases the refusal, with the sentence's own offer after a «؛».
  if (/^[\s\u200c]*[؛;]/.test(after) && CONTRAST_AFTER.test(spaced(after))) return true;
  // «کاریش هم نمیشه کرد، ولی کاری که میشه کرد اینه که ___» (fa-nothing-to-do's own «…، ولی ___» reads right).
  if (s.replacements.some((r) => WHAT_CAN_BE_DONE.test(spaced(r))) && NOTHING.test(spaced(draft.slice(sentenceStart(draft, s.start), s.end)))) return true;
  // «… پس داده نمی‌شه. تموم.»: unless another flag rewrites the closer (fa-end-of-discussion).
  let k = sEnd;
  while (k < draft.length && /[.!?؟]/.test(draft[k])) k++;
  const fin = FINAL_NEXT.exec(draft.slice(k, k + 40));
  if (fin && !list.some((o) => o !== s && o.flagged.start >= k && o.flagged.start < k + fin[0].length)) return true;
  return false;
}

// ---- deletions that leave a piece behind ---------------------------------------------------------------------------------

const EYE_ROLL = /^[\s\u200c]*(?:(?:🙄|😒|😑|🤨|😏|🤦(?:\u200d[♂♀]\ufe0f?)?(?:\ud83c[\udffb-\udfff])?)[\s\u200c]*)+/u;
const LEAVE_ASKING = /(?:^|[\s\u200c،,])((?:اجازه|اجازه‌ی|اجازه ی)[\s\u200c]+(?:بدهید|دهید|بدید|بدین|بده|بفرمایید|فرمایید)|بذارید|بذارین|بگذارید|بزارید|بزارین)[\s\u200c]*$/;

function deletionLeftovers(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'rewrite' || !s.replacements.length || !s.replacements.every((r) => r.trim() === '')) return null;
  let { start, end } = s;
  const sStart = sentenceStart(draft, s.start);
  // «اجازه دهید رک و پوست‌کنده عرض کنم: …»: the leave-asking head before the opener, and the colon after it.
  const head = LEAVE_ASKING.exec(draft.slice(sStart, s.start));
  if (head && draft.slice(sStart, s.start).trim() === head[1].trim() && (s.category === 'other' || /honest|candour/.test(s.ruleId))) {
    start = sStart;
    const colon = /^[\s\u200c]*[:：][\s\u200c]*/.exec(draft.slice(end));
    if (colon) end += colon[0].length;
  }
  // «همونطور که … گفته بودیم 🙄 بازدید …»: the eye-roll after a deleted reproach lead.
  if (s.category === 'passive-aggressive' && draft.slice(sStart, start).trim() === '') {
    const roll = EYE_ROLL.exec(draft.slice(end));
    if (roll) {
      end += roll[0].length;
      // «… گفتم 🙄، ساعت …»: the comma after it goes too.
      const comma = /^[،,][\s\u200c]*/.exec(draft.slice(end));
      if (comma) end += comma[0].length;
    }
  }
  if (start === s.start && end === s.end) return null;
  return { ...s, start, end, original: draft.slice(start, end) };
}

/** «همونطور که قبلاً گفتم 😒 ساعت …» -> «برای یادآوری 😒 ساعت …»: the reminder keeps the eye-roll; it goes, a comma stands for it. */
function reminderEyeRoll(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'rewrite' || s.category !== 'passive-aggressive' || !s.replacements.length || s.replacements.some((r) => r.trim() === '')) return null;
  const roll = EYE_ROLL.exec(draft.slice(s.end));
  if (!roll || !/\S/.test(roll[0])) return null;
  let end = s.end + roll[0].length;
  // «… گفتم 🙄، ساعت …»: one comma, not two.
  const comma = /^[،,][\s\u200c]*/.exec(draft.slice(end));
  if (comma) end += comma[0].length;
  return { ...s, end, original: draft.slice(s.start, end), replacements: s.replacements.map((r) => `${r.trimEnd()}، `) };
}

// ---- a calm-down beside a dismissive flag -------------------------------------------------------------------------------

const WORLD_ENDED = / (?:دنیا|دنیام|آسمون|آسمان|قیامت) که (?:\S+ ){0,3}(?:نرسیده|نیومده|نیامده|نشده|نیفتاده|نیوفتاده|خراب نشده|نمیاد|نمیرسه) /;

function calmBesideDismissal(draft: string, s: Suggestion, list: readonly Suggestion[]): Suggestion | null {
  if (s.kind !== 'rewrite' || !/^fa-calm-down/.test(s.ruleId)) return null;
  const a = sentenceStart(draft, s.start);
  const b = faSentenceEnd(draft, s.end, 300);
  // Another reader's flag of the calm-down itself («calm-down» over the same words) is no dismissal of its own.
  // «آسمون که به زمین نیومده», «دنیا که به آخر نرسیده»: the world did not end.
  if (WORLD_ENDED.test(spaced(draft.slice(s.end, b)))) return asAdvice(draft, s);
  const other = list.some((o) => o !== s && o.category === 'dismissive' && !/calm-down/.test(o.ruleId) && o.flagged.start >= s.flagged.end && o.flagged.start < b && o.flagged.start >= a);
  return other ? asAdvice(draft, s) : null;
}

// ---- a repeated apology ----------------------------------------------------------------------------------------------------

const APOLOGY_WORD = /^(ببخشید|ببخشین|شرمنده|شرمندم|معذرت|sorry|سوری)$/;

function apologyRepeats(draft: string, s: Suggestion): Suggestion | null {
  if (s.ruleId !== 'fa-sorry-sorry' || s.kind !== 'rewrite' || !s.replacements.length) return null;
  const word = fold(s.replacements[0].trim());
  if (!APOLOGY_WORD.test(word)) return null;
  let end = s.end;
  // Arabic ي / ك spell the same word.
  const spelt = word.replace(/ی/g, '[یي]').replace(/ک/g, '[کك]');
  const re = new RegExp(`^[\\s\\u200c،,!]*${spelt}(?![\\u0621-\\u064a\\u067e-\\u06cc\\w])`);
  for (let m = re.exec(draft.slice(end)); m; m = re.exec(draft.slice(end))) end += m[0].length;
  if (end === s.end) return null;
  return { ...s, end, original: draft.slice(s.start, end) };
}

/** The after-reader: last in AFTER_READERS (engine.ts), over Persian suggestions. */
export function wrong31Fa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.length) return list;
  let changed = false;
  let out = list.map((s) => {
    if (s.language !== 'fa') return s;
    let r: Suggestion | null = null;
    if (s.kind === 'template') r = blankAfterWayForward(draft, s, list) ? asAdvice(draft, s) : null;
    else r = calmBesideDismissal(draft, s, list) ?? apologyRepeats(draft, s) ?? deletionLeftovers(draft, s) ?? reminderEyeRoll(draft, s);
    if (!r) return s;
    changed = true;
    return r;
  });
  if (!changed) return list;
  // A widened rewrite now covers another flag's words (the third «ببخشید»'s own advice): the wider one says it.
  const widened = out.filter((s, k) => s !== list[k] && s.kind === 'rewrite' && (s.end > list[k].end || s.start < list[k].start));
  if (widened.length) out = out.filter((o) => !widened.some((w) => w !== o && o.kind === 'advice' && o.flagged.start >= w.start && o.flagged.end <= w.end));
  return out;
}

// ---- no flag -----------------------------------------------------------------------------------------------------------

const UNFORTUNATELY = /^(?:متأسفانه|متاسفانه|متأسفانه|متاسفانه)$/;
/** Reported or recalled: «می‌گفتند», «گفت», «یادتونه», «اون روز که», «روز نقل‌مکان،». */
const TOLD_OR_RECALLED = / (?:میگفت|میگفتن|میگفتند|می گفت|می گفتن|می گفتند|گفت|گفتن|گفتند|تعریف میکرد|تعریف میکردن|تعریف میکردند|تعریف کرد|تعریف کردن|تعریف کردند|یادتونه|یادته|یادتان هست|یادت هست|اون روز|آن روز|اونروز|روز \S+|شب \S+) /;
const WEATHER = / (?:باران|بارون|برف|طوفان|تگرگ|باد|گرما|سرما|مه) /;
const HAPPY_TURN = /(?:^| )(?:اما|ولی|با این حال|با این وجود|باز هم|خوشبختانه|به لطف خدا|شکر خدا|ولی آخرش|اما آخرش|آخرش) /;
const PRAISE = / (?:بی ?نظیر\S*|عالی|فوق ?العاده|محشر|کیف|خوش (?:گذشت|گذشته)|سالم|راضی|قشنگ\S*|زیبا\S*|به خیر گذشت|خوب (?:شد|بود|برگزار)|موفق|دلنشین|خاطره ?انگیز|لذت) /;
const PRESENT_OR_FUTURE = / (?:می|نمی|مي)\S+| خواهد | خواهیم | خواهند /;

function pastStoryWithHappyEnd(draft: string, fs: number, fe: number): boolean {
  if (!UNFORTUNATELY.test(fold(draft.slice(fs, fe)).replace(/\u200c/g, '').trim())) return false;
  const sStart = sentenceStart(draft, fs);
  let sEnd = faSentenceEnd(draft, fe, 300);
  // «یادتونه اون روز که متأسفانه بارون گرفت؟ با این حال …»: a recalled day asked, then what followed.
  if (draft[sEnd] === '؟' || draft[sEnd] === '?') sEnd = faSentenceEnd(draft, sEnd + 1, 300);
  const before = spaced(draft.slice(sStart, fs));
  const rest = draft.slice(fe, sEnd);
  const turn = HAPPY_TURN.exec(spaced(rest));
  if (!turn) return false;
  const r = spaced(rest);
  const bad = r.slice(0, turn.index + 1);
  const good = r.slice(turn.index + 1);
  // The unfortunate thing itself is past (no present or future verb), told or recalled, or weather.
  if (PRESENT_OR_FUTURE.test(bad)) return false;
  if (!TOLD_OR_RECALLED.test(before) && !TOLD_OR_RECALLED.test(` ${before.trim()} ${bad.trim()} `) && !WEATHER.test(bad)) return false;
  if (!PRAISE.test(good)) return false;
  const goodRaw = rest.slice(Math.max(0, rest.length - (good.length + 8)));
  return !tokenize(goodRaw).some((t) => t.word && t.neg);
}

/** «دیگه طاقت نداریم سالن جدیدو نشونت بدیم»: can't wait to show or send. */
const EAGER31 = / (?:طاقت|تحمل) (?:نداریم|ندارم|نداریم دیگه) (?:تا |که )?(?:\S+ ){0,4}(?:نشون\S* (?:بدیم|بدم)|نشان\S* (?:بدهیم|دهیم|بدیم)|ببینیم\S*|ببینید|ببینین|ببینی|بفرستیم|رونمایی کنیم|سورپرایز\S* کنیم) /;

/** Whether a Persian suggestion over [fs, fe) is no flag by one of the kinds above. */
export function faNeutral31(draft: string, fs: number, fe: number, category: string): boolean {
  const flagged = draft.slice(fs, fe);
  if (/متأسفانه|متاسفانه|متأسفانه/.test(flagged)) return pastStoryWithHappyEnd(draft, fs, fe);
  if (/طاقت|تحمل/.test(flagged) && category !== 'dismissive') {
    const sent = spaced(draft.slice(sentenceStart(draft, fs), faSentenceEnd(draft, fe, 300)));
    if (EAGER31.test(sent) && !/ (?:بیشتر|بیش) (?:از این|ازین) /.test(sent)) return true;
  }
  return false;
}
