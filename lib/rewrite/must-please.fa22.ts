/**
 * A formal «(شما) می‌بایست(ی)» before the customer's own present verb is a command said stiffly (rwfa22): «جهت تحویل دارو
 * می‌بایست تصویر نسخه را بارگذاری نمایید», «شما می‌بایست پیش از پرداخت، کد را وارد نمایید». The pack's rule gives advice
 * for every «می‌بایست» because the same words before a past verb are blame («می‌بایست … مطالعه می‌فرمودید»); the fresh
 * writers of late19–late21 wanted a rewrite for the command, as «باید … کنید» already gets («لطفاً …»). Here the words
 * «(شما) می‌بایست» become «لطفاً» and everything else stays: the same request, nothing added.
 *
 * Read over lib/nlp's verb reading: the first verb after «می‌بایست» in its sentence (a comma does not end it) must be a
 * second-person plural present without «می» («نمایید», «کنید», «بگیرید», «باشید»). A past («می‌فرمودید»), a third person
 * («… تحویل دهد»), a passive («… ارسال گردد»), the first person («… صبر کنیم») or no verb read keeps the advice.
 */
import { analyzeFaWordWide } from '../nlp/index.ts';
import { faTokens } from './guard.fa.text.ts';
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';

const RULE = 'fa-must-formal-mibayest';
const MUST = /^م[یي][\u200c\s]?با[یي]ست(?:[یي])?(?![\u0600-\u06ff])/;
const SUBJECT_BEFORE = /(?:^|[\s\u200c،,:])(?:شما|جنابعال[یي])[\s\u200c]+$/;
const BARE_PRESENT_2 = /^(?:ده|گیر|کن|نمای|فرمای)(?:ید|ین)$/;
const SUBJECT_WORD = /(?:شما|جنابعال[یي])[\s\u200c]+$/;
const SENTENCE_END = /[.!?؟\n؛;]/;

function rewriteOne(draft: string, s: Suggestion): { start: number; end: number } | null {
  const m = MUST.exec(draft.slice(s.flagged.start, s.flagged.start + 12));
  if (!m) return null;
  const mEnd = s.flagged.start + m[0].length;
  let e = mEnd;
  const ceil = Math.min(draft.length, mEnd + 300);
  while (e < ceil && !SENTENCE_END.test(draft[e])) e++;
  let ok = false;
  for (const t of faTokens(draft.slice(mEnd, e))) {
    if (!t.word || t.lang !== 'fa') continue;
    // A light verb's bare present after its noun («قرار دهید», «ارائه دهید»): the verb table reads it with «ب» only.
    if (BARE_PRESENT_2.test(t.norm)) {
      ok = true;
      break;
    }
    const v = (t.fa ? { verb: t.fa } : analyzeFaWordWide(t.norm))?.verb;
    if (!v) continue;
    // A bare past stem is mostly a noun («پرداخت», «رسید», «درخواست»).
    if (v.tense === 'past' && v.person.person === 3 && !v.person.plural && !v.progressive && !v.negative && !v.subjunctive) continue;
    ok = v.person.person === 2 && v.person.plural && v.tense === 'present' && !v.progressive;
    break;
  }
  if (!ok) return null;
  const before = draft.slice(Math.max(0, s.flagged.start - 12), s.flagged.start);
  // «شما» right before, as the subject (not «به شما»: the lookbehind wants a clause edge), goes with «می‌بایست».
  const start = SUBJECT_BEFORE.test(before) ? s.flagged.start - (before.length - before.search(SUBJECT_WORD)) : s.flagged.start;
  return { start, end: mEnd };
}

/**
 * «باید تا الان کد براتون اومده باشه», «مبلغ باید به حسابتون برگشته باشد»: «باید» before a perfect subjunctive (a participle
 * and «باشه / باشد / باشند») is a conclusion about what has happened, never a command (the pack's own exception reads it
 * within five words; this reads the clause). «باید آماده باشید» (second person) stays a command.
 */
function inference(draft: string, s: Suggestion): boolean {
  const m = /باید/.exec(draft.slice(s.flagged.start, s.flagged.start + 8));
  if (!m) return false;
  const from = s.flagged.start + m.index + 4;
  let e = from;
  const ceil = Math.min(draft.length, from + 200);
  while (e < ceil && !/[.!?؟\n؛;،,]/.test(draft[e])) e++;
  const t = faTokens(draft.slice(from, e)).filter((x) => x.word);
  for (let k = 1; k < t.length; k++) {
    if (/^(?:باشه|باشد|باشند|باشن)$/.test(t[k].norm)) return /[^\s]ه$/.test(t[k - 1].norm) && !t[k - 1].fa;
    if (t[k].fa && !isBare(t[k])) return false;
  }
  return false;
}
const isBare = (x: { fa?: { tense: string; person: { person: number; plural: boolean }; progressive: boolean; negative: boolean; subjunctive: boolean } }) =>
  !!x.fa && x.fa.tense === 'past' && x.fa.person.person === 3 && !x.fa.person.plural && !x.fa.progressive && !x.fa.negative && !x.fa.subjunctive;

/**
 * (rwfa24) «قسط بعدی باید در تاریخ … از حساب کسر گردد», «بسته باید فردا تحویل بشه»: «باید» whose clause's verb is a
 * third-person passive («شود / گردد / بشه / شه», after its noun) tells what is due to happen to a thing, not what the customer
 * must do. The pack's own exception reads it within a short slot; this reads the whole clause over the verb table. A threat
 * after it («… وگرنه …») or «شما» before «باید» keeps the command.
 */
function passiveDue(draft: string, s: Suggestion): boolean {
  const m = /با[یي]د/.exec(draft.slice(s.flagged.start, s.flagged.start + 8));
  if (!m) return false;
  const at = s.flagged.start + m.index;
  // «شما» opening the clause is the customer as the subject («شما باید … احراز هویت بشین»); «وام شما باید …» is a thing.
  if (/(?:^|[.!?؟\n؛;،,:]\s*)(?:شما|جنابعال[یي])[\s\u200c]+$/.test(draft.slice(Math.max(0, at - 14), at))) return false;
  const from = at + m[0].length;
  let e = from;
  const ceil = Math.min(draft.length, from + 200);
  while (e < ceil && !/[.!?؟\n؛;،,]/.test(draft[e])) e++;
  if (/وگرنه|والا/.test(draft.slice(e, e + 12))) return false;
  for (const t of faTokens(draft.slice(from, e))) {
    if (!t.word || t.lang !== 'fa') continue;
    if (/^(?:شه|شن)$/.test(t.norm)) return true;
    const v = (t.fa ? { verb: t.fa } : analyzeFaWordWide(t.norm))?.verb;
    if (!v) continue;
    if (v.tense === 'past' && v.person.person === 3 && !v.person.plural && !v.progressive && !v.negative && !v.subjunctive) continue;
    return (v.lemma === 'شدن' || v.lemma === 'گردیدن') && v.person.person === 3 && v.tense === 'present' && !v.progressive && !v.negative;
  }
  return false;
}

/**
 * (fa38) «پسرم گفته باید … سفارش بدهید», «دکتر گفتن باید …»: someone else's «must» told on. «لطفاً» inside the reported
 * words reads wrong (judge37); the flag stays, as advice.
 */
const REPORTED_BEFORE = /(?:^|[\s\u200c])(?:گفته|گفتن|گفتند|گفت|گفتش|میگه|میگن|می[\s\u200c]گه|می[\s\u200c]گن|میگوید|میگویند|می[\s\u200c]گوید|می[\s\u200c]گویند|فرموده|فرمودند|نوشته|اعلام[\s\u200c]+کرده)(?:[\s\u200c]+که)?[\s\u200c]+$/;

export function mustPleaseFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (list.some((s) => s.ruleId === 'fa-must-command')) {
    list = list.filter((s) => s.ruleId !== 'fa-must-command' || !(inference(draft, s) || passiveDue(draft, s)));
    list = list.map((s) => (s.ruleId === 'fa-must-command' && s.kind === 'rewrite' && REPORTED_BEFORE.test(draft.slice(Math.max(0, s.flagged.start - 24), s.flagged.start)) ? asAdvice(draft, s) : s));
  }
  if (!list.some((s) => s.ruleId === RULE && s.kind === 'advice')) return list;
  return list.map((s, i) => {
    if (s.ruleId !== RULE || s.kind !== 'advice') return s;
    const r = rewriteOne(draft, s);
    if (!r) return s;
    if (list.some((o, j) => j !== i && o.start < r.end && r.start < o.end)) return s;
    return { ...s, kind: 'rewrite', start: r.start, end: r.end, original: draft.slice(r.start, r.end), replacements: ['لطفاً'] };
  });
}
