/**
 * Persian alternatives a person can trust, third reading (rwfa28, from the blind reading of late27's applied rows). An
 * after-reader over every Persian suggestion, right after trust27b.fa.ts, for the kinds of wrong alternative that reading
 * found (look-alikes in scripts/fa-wrong28-matrix.ts, run by tests/unit/rewrite/fa-wrong28.test.ts):
 *
 *  - A candour opener deleted in part: «راستش را بگویم، …» -> «را بگویم، …», «رک بگم؟ …» -> «؟ …», «رک بگم: …» -> «: …».
 *    The opener's own words after the span («را / رو» and a verb of saying or wanting) and its mark («،»، «؟»، «:») go with
 *    it; where what is left would still open on «را / رو» or a mark, it stays advice.
 *  - A count of times said («چند بار گفتم», «بارها گفته‌ام») rewritten inside its as-clause: «همون‌طور که چند بار گفتم، …» ->
 *    «همون‌طور که بذارین یه بار دیگه توضیح بدم، …». The as-clause opener («همان‌طور که», «چنانکه» …) goes with it.
 *  - A must made a please while the emphatic subject stays before it: «خودتون باید … بنویسید» -> «خودتون لطفاً …»;
 *    «شما خودتون باید بیاید» -> «شما خودتون لطفاً …». The subject goes with the must and «خودتون» (in person, yourself:
 *    its meaning) comes after the please: «لطفاً خودتون …».
 *  - The not-knowing template, impersonal («فعلاً خبر دقیقی نیست و ___ …»), after the pronoun that was the subject of «نمی‌دونم»:
 *    «والا مو هم فعلاً خبر دقیقی نیست …». The pronoun (and its «هم») goes with the words replaced.
 *  - Blame made a passive while a counterfactual in the same sentence still blames: «اگر … را گرم کرده بودید این آسیب پیش
 *    نمی‌آمد» -> «اگر … گرم شده بود …». The if-you-had-done stays a reproach whatever the voice: advice.
 *  - A reproach or an apology rewritten for a customer whose quoted message reads upset (lib/tone's frustration cue): «شما
 *    باید زودتر … مراجعه می‌کردید» -> «دفعه‌ی بعد می‌توانید …» (a lesson for next time), «بابت … عذرخواهی می‌کنم» -> «از صبر
 *    و همراهی شما سپاسگزاریم» (thanks where the customer was let down). Each stays as written: advice. (A regret is not
 *    read by the customer's mood: late23-26's writers wanted «متأسفانه» gone over a fee explained or a file ready, upset
 *    customer or not; over news that is their loss, «فروش رفته», guard.fa.ts keeps it.)
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { analyzeFaWordWide } from '../nlp/index.ts';
import { faFold, faTokens } from './guard.fa.text.ts';
import { quotedCustomerUpset } from './regret-keep.alt7.ts';
import { strings as rewriteStrings } from '../i18n/strings/rewrite.ts';

const SP = '[\\s\\u200c]';

// ---- candour openers -------------------------------------------------------------------------------------------
const CANDOUR_RULES: ReadonlySet<string> = new Set(['fa-to-be-honest']);
/** The opener's own words after the span: «را / رو» and a verb of saying or wanting («را بگویم», «رو بخوای», «بگم»). */
const CANDOUR_REST = new RegExp(
  `^(?:(?:${SP}*(?:را|رو))?${SP}+(?:ب?گم|بگویم|بگوییم|بگیم|بخوا(?:ی|ین|ید|هید|هی)|عرض${SP}+کنم))?(?=${SP}*[،,:؛;؟?!]|${SP})`,
);
/** The opener's mark and the spaces after it. */
const CANDOUR_MARK = /^[\s\u200c]*[،,:؛;؟?!]+[\s\u200c]*/;
/** What the deletion must not leave first: an object marker, a mark, a verb of the opener. */
const CANDOUR_LEFT_BAD = /^[\s\u200c]*(?:(?:را|رو|بگم|بگویم|بخوای|بخواید|بخواهید)(?![\u0600-\u06ff])|[،,:؛;؟?!])/;

function candourWhole(draft: string, s: Suggestion): Suggestion | null {
  if (!CANDOUR_RULES.has(s.ruleId) || !s.replacements.every((r) => r.trim() === '')) return null;
  // The span may hold the opener and its space: read from the end of its words.
  const wordsEnd = s.start + s.original.replace(/[\s\u200c،,]+$/, '').length;
  const after = draft.slice(wordsEnd, wordsEnd + 30);
  const rest = CANDOUR_REST.exec(after);
  let end = wordsEnd + (rest ? rest[0].length : 0);
  const mark = CANDOUR_MARK.exec(draft.slice(end, end + 8));
  if (mark) end += mark[0].length;
  else {
    const sp = /^[\s\u200c]+/.exec(draft.slice(end, end + 4));
    if (sp) end += sp[0].length;
  }
  if (end <= s.end) {
    // Nothing of the opener after the span: the deletion stands when what follows opens cleanly.
    return CANDOUR_LEFT_BAD.test(draft.slice(s.end, s.end + 12)) ? asAdvice(draft, s) : null;
  }
  if (CANDOUR_LEFT_BAD.test(draft.slice(end, end + 12)) || end >= draft.length || !/[\u0600-\u06ff\d۰-۹A-Za-z]/.test(draft[end])) return asAdvice(draft, s);
  return { ...s, end, original: draft.slice(s.start, end) };
}

// ---- a count of times said inside its as-clause ----------------------------------------------------------------------
const COUNT_RULES: ReadonlySet<string> = new Set(['fa-how-many-times']);
const AS_CLAUSE_BEFORE = new RegExp(`(?:^|[\\s\\u200c،,:.!؟?])((?:همان|همون|همین)${SP}*(?:طور|طوری|گونه|جور)${SP}+که|چنان${SP}*که|چنانچه)${SP}+$`);

function countWithAsClause(draft: string, s: Suggestion): Suggestion | null {
  if (!COUNT_RULES.has(s.ruleId) || s.kind !== 'rewrite') return null;
  const m = AS_CLAUSE_BEFORE.exec(draft.slice(Math.max(0, s.start - 30), s.start));
  if (!m) return null;
  const start = s.start - (m[0].length - m[0].indexOf(m[1]));
  return { ...s, start, original: draft.slice(start, s.end) };
}

// ---- the emphatic subject of a must made a please ---------------------------------------------------------------------
const PLEASE = /^([\s\u200c]*لطف(?:اً|ا|ن|ًا))(?=[\s\u200c]|$)/;
const SELF = '(?:خودتون|خودتان|خودت|خودتو|خود\\u200cتان|خود\\u200cتون|خود شما)';
/** «(شما) خودتون» right before the span, opening its clause or after a word that is no preposition. */
const SELF_BEFORE = new RegExp(`(?:^|[\\s\\u200c،,:.!؟?؛])(?!(?:به|از|برای|با|توسط|واسه|پیش)${SP})((?:(?:شما|جنابعالی|جنابعالي)${SP}+)?(${SELF}))${SP}+$`);
const PREP_BEFORE = /(?:^|[\s\u200c])(?:به|از|برای|با|توسط|واسه|پیش)[\s\u200c]+$/;

function selfWithPlease(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'rewrite' || !s.replacements.length || !s.replacements.every((r) => PLEASE.test(r))) return null;
  const before = draft.slice(Math.max(0, s.start - 40), s.start);
  const m = SELF_BEFORE.exec(before);
  if (!m) return null;
  const lead = before.slice(0, before.length - m[0].length + m[0].indexOf(m[1]));
  if (PREP_BEFORE.test(lead)) return null;
  const start = s.start - (before.length - lead.length);
  const self = m[2];
  const replacements = s.replacements.map((r) => {
    const p = PLEASE.exec(r)!;
    return `${p[1]} ${self}${r.slice(p[0].length)}`;
  });
  return { ...s, start, original: draft.slice(start, s.end), replacements };
}

// ---- the not-knowing template's own subject ---------------------------------------------------------------------------
/** The impersonal not-knowing template («فعلاً خبر دقیقی نیست و ___ …», «در حال حاضر اطلاع دقیقی در دست نیست …»). */
const NOW_TEMPLATE = /^[\s\u200c]*(?:(?:اصلا|اصلاً|اصن|ابدا|ابداً|هیچی)[\s\u200c]+)?(?:فعلاً|فعلا|در[\s\u200c]+حال[\s\u200c]+حاضر)[\s\u200c]/;
const OWN_PERSON = /(?:ندارم|نداریم)[\s\u200c]+و[\s\u200c]+___/;
/** «من / مو / ما / بنده (هم)» right before it, opening its clause or after a word that is no preposition. */
const PRONOUN_BEFORE = /(?:^|[\s\u200c،,:.!؟?])((?:من|مو|ما|بنده|اینجانب|منم|ماهم)(?:[\s\u200c]+(?:هم|هم\u200c|همی))?[\s\u200c]+)$/;

function nowTemplateSubject(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'template' || !s.replacements.length || !s.replacements.every((r) => NOW_TEMPLATE.test(r))) return null;
  // (fa38) Already fitted to the pronoun («من فعلاً خبر دقیقی ندارم و ___», lib/nlp fitFaReplacements): it stays the subject.
  if (s.replacements.some((r) => OWN_PERSON.test(r))) return null;
  const before = draft.slice(Math.max(0, s.start - 24), s.start);
  const m = PRONOUN_BEFORE.exec(before);
  if (!m) return null;
  if (PREP_BEFORE.test(before.slice(0, before.length - m[1].length))) return null;
  const start = s.start - m[1].length;
  return { ...s, start, original: draft.slice(start, s.end) };
}

// ---- a counterfactual blame in the sentence ---------------------------------------------------------------------------
const IF_WORD = /(?:^|[\s\u200c،,])(?:اگر|اگه|چنانچه|درصورتیکه|در[\s\u200c]+صورتی[\s\u200c]*که)(?=[\s\u200c])/;

/** A second-person past perfect or past progressive after «اگر» in the sentence of `s`: «اگر … کرده بودید», «اگه … می‌کردین». */
function counterfactualBlame(draft: string, s: Suggestion): boolean {
  let a = s.flagged.start;
  while (a > 0 && a > s.flagged.start - 200 && !/[.!?؟\n]/.test(draft[a - 1])) a--;
  let b = s.flagged.end;
  while (b < draft.length && b < s.flagged.end + 200 && !/[.!?؟\n]/.test(draft[b])) b++;
  const sentence = draft.slice(a, b);
  const m = IF_WORD.exec(sentence);
  if (!m) return false;
  const clause = sentence.slice(m.index + m[0].length).split(/[،,؛;]/)[0];
  if (new RegExp(`(?:کرده|داده|گرفته|زده|رفته|گذاشته|داشته|خونده|خوانده|زده|بسته|نوشته|آورده|اومده|آمده|پرداخته|رسونده|رسانده|\\S+ده)${SP}+بود(?:ید|ین|ی)(?![\\u0600-\\u06ff])`).test(clause)) return true;
  for (const t of faTokens(clause)) {
    if (!t.word || t.lang !== 'fa') continue;
    const v = (t.fa ? { verb: t.fa } : analyzeFaWordWide(t.norm))?.verb;
    if (v && v.person.person === 2 && v.tense === 'past' && /^(?:ن?می)/.test(faFold(t.norm))) return true;
  }
  return false;
}

// ---- an upset customer: the reproach, the apology and the regret stay ------------------------------------------------
const APOLOGY = /(?:عذر|پوزش|معذرت|ببخش|شرمند)/;
const THANKS = /(?:سپاس|ممنون|تشکر|متشکر|مرسی|قدردان)/;
const NEXT_TIME = /(?:دفعه|بار)[\s\u200c]*(?:ی|ٔ|ه)?[\s\u200c]*(?:بعد|دیگه|دیگر)|از[\s\u200c]+این[\s\u200c]+به[\s\u200c]+بعد|من[\s\u200c]*بعد|در[\s\u200c]+آینده/;

const APOLOGY_UPSET = { en: rewriteStrings.en['rewrite.fa.apologyUpset'], fa: rewriteStrings.fa['rewrite.fa.apologyUpset'] };
/** The interface language of an explanation already written (an English one opens on a Latin letter). */
const uiOf = (s: Suggestion): 'en' | 'fa' => (/^[^\p{L}]*[A-Za-z]/u.test(s.explanation) ? 'en' : 'fa');

function upsetKeeps(draft: string, s: Suggestion, upset: () => boolean): Suggestion | null {
  if (s.kind !== 'rewrite' || !s.replacements.length) return null;
  const o = faFold(s.original);
  const rs = s.replacements.map(faFold);
  if (APOLOGY.test(o) && rs.every((r) => !APOLOGY.test(r)) && rs.some((r) => THANKS.test(r) || r.trim() === '')) {
    return upset() ? { ...asAdvice(draft, s), explanation: APOLOGY_UPSET[uiOf(s)] } : null;
  }
  if (s.category === 'blame' && rs.some((r) => NEXT_TIME.test(r)) && !NEXT_TIME.test(o)) return upset() ? asAdvice(draft, s) : null;
  return null;
}

export function trust28Fa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind !== 'advice')) return list;
  let upsetOnce: boolean | undefined;
  const upset = () => (upsetOnce ??= quotedCustomerUpset(draft));
  let changed = false;
  const out = list.map((s) => {
    if (s.language !== 'fa' || s.kind === 'advice' || s.replacements.length === 0) return s;
    const r =
      candourWhole(draft, s) ??
      countWithAsClause(draft, s) ??
      selfWithPlease(draft, s) ??
      nowTemplateSubject(draft, s) ??
      (s.kind === 'rewrite' && s.category === 'blame' && counterfactualBlame(draft, s) ? asAdvice(draft, s) : null) ??
      upsetKeeps(draft, s, upset);
    if (!r) return s;
    // A wider span over another suggestion's words: advice instead (Apply all must not apply both).
    if (r.kind !== 'advice' && list.some((o) => o !== s && o.start < r.end && r.start < o.end)) {
      changed = true;
      return asAdvice(draft, s);
    }
    changed = true;
    return r;
  });
  return changed ? out : list;
}
