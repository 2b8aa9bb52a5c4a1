/**
 * The customer named as the agent of a failure in a Persian passive («سرویس رومینگ توسط شما فعال نشده بود», «مدارک از
 * سوی جنابعالی بارگذاری نشده است», «فرم توسط جنابعالی به‌درستی تکمیل نگردیده», «کد توسط شما اشتباه وارد شده»): the
 * generic reader flags it as blame (advice). Deleting the agent phrase keeps the fact and drops the finger-pointing:
 * «سرویس رومینگ فعال نشده بود». Only where the clause after the phrase is a negated passive or names an error (اشتباه،
 * ناقص، غلط، به‌درستی … نگردیده): «این فرم باید توسط شما امضا شود» (who must sign) and «سفارش توسط شما تأیید شد» are
 * not this. Eighteenth session; every late writer wanted a rewrite for these (scripts/fa-kind-table.ts).
 */
import type { Suggestion } from './engine.ts';
import { faFold } from './guard.fa.text.ts';

const AGENT = /(?:توسط|از[\s\u200c]+سوی|از[\s\u200c]+طرف|از[\s\u200c]+جانب)[\s\u200c]+(?:خود[\s\u200c]+شما|خود[\s\u200c\u064b]*تان|خودتون|شما|جنابعالی|جناب[\s\u200c]*عالی|حضرتعالی|سرکار[\s\u200c]*عالی|سرکار)(?![\u0600-\u06ff])[\s\u200c]+/u;
/** The clause after the phrase (folded) is a negated passive or names an error. */
const FAILURE = /(?:^|\s)(?:نشده|نشد|نگردیده|نگردید|نمیشد|نبوده|اشتباه|باشتباه|بهاشتباه|به\s?اشتباه|ناقص|غلط|ناصحیح|نادرست)(?=\s|$|[.،,!؟])/;
const NOT_FAILURE = /(?:^|\s)(?:باید|بایست|میبایست|لازم|لطفا)(?=\s|$)/;

export function blameAgentFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind === 'advice' && s.ruleId === 'second-person-blame')) return list;
  return list.map((s, i) => {
    if (s.language !== 'fa' || s.kind !== 'advice' || s.ruleId !== 'second-person-blame') return s;
    // The phrase inside the flagged words or right before them (within the same clause).
    const from = Math.max(0, s.flagged.start - 30);
    const window = draft.slice(from, s.flagged.end);
    const m = AGENT.exec(window);
    if (!m) return s;
    const a = from + m.index;
    const b = a + m[0].length;
    if (b > s.flagged.end + 1 || /[.!?؟\n،,؛]/.test(draft.slice(a, s.flagged.start))) return s;
    // The clause after the phrase.
    let e = b;
    while (e < draft.length && !/[.!?؟\n،,؛]/.test(draft[e])) e++;
    const clause = ` ${faFold(draft.slice(b, e))} `;
    if (!FAILURE.test(clause) || NOT_FAILURE.test(clause)) return s;
    if (list.some((o, j) => j !== i && o.start < b && a < o.end)) return s;
    return { ...s, kind: 'rewrite', start: a, end: b, original: draft.slice(a, b), replacements: [''] };
  });
}
