/**
 * A Persian apology for a wait that the generic reader flags as a reflex (advice) becomes thanks for the customer's
 * patience: «از بابت تأخیر ایجادشده پوزش می‌طلبیم», «بابت معطلی پیش اومده عذر میخوایم», «با عرض پوزش از تأخیر پیش‌آمده،
 * …», «شرمنده بابت تاخیر، …», «پوزش ما را بابت تأخیر پذیرا باشید». The pack's own orders of these words do the same
 * (fa-sorry-wait, fa-apologize-for-delay). The replacement keeps the register and the person of the draft's verb: «…
 * پوزش می‌طلبیم» -> «از صبر و شکیبایی شما سپاسگزاریم», «… می‌طلبم» -> «… سپاسگزارم», colloquial -> «ممنون از صبر و
 * همراهیتون»; a lead before «،» -> «با سپاس از صبر و شکیبایی شما،» / «ممنون از صبر و همراهیتون،». It adds no promise.
 *
 * Left as advice: an apology for any other trouble («بابت هرگونه ناراحتی / مشکل پیش‌آمده / اختلال پوزش می‌طلبیم»): read
 * blind by Persian trainers on development drafts (thirty-sixth session), thanks in its place, for patience or for
 * understanding, dropped an apology the customer was owed (19 and 22 wrong of 22 rows) while thanks for a wait read well
 * (11 of 12 good); a possible wait («تأخیر احتمالی», «هرگونه تأخیر»: a warning, thanks would lose it); an apology for a mistake
 * («بابت اشتباه پیش‌آمده عذر می‌خواهیم»: the agent owns an error); an apology with a reason or a clause after it
 * («پوزش می‌طلبیم که …»); any formula that is not whole between sentence or clause edges.
 * scripts/fa-apology-thanks-matrix.ts is the family with its look-alikes.
 */
import type { Suggestion } from './engine.ts';

/** A phrase as a pattern: a space may be a space or a ZWNJ or nothing where Persian writers join; ی/ک in both keyboards. */
const p = (s: string) => s.replace(/ی/g, '[یي]').replace(/ک/g, '[کك]').replace(/[\s\u200c]+/g, '[\\s\\u200c]*');
const alt = (xs: readonly string[]) => `(?:${xs.map(p).join('|')})`;

/** A wait the customer had: thanks for their patience says the same. Other troubles keep their apology (advice). */
const TROUBLE = alt(['تأخیر', 'تاخیر', 'تاخير', 'معطلی']);
/** «احتمالی» (a possible wait) is left out: the apology there warns of a wait to come. */
const TAIL = alt(['ایجادشده', 'ایجاد شده', 'پیش‌آمده', 'پیش آمده', 'پیش اومده', 'پیش‌اومده', 'به وجود آمده', 'بوجود آمده', 'رخ داده', 'وارده', 'حاصله', 'حاصل شده']);
const FOR = alt(['از بابت', 'بابت', 'برای', 'از']);
/** «هرگونه تأخیر» (any wait) is left out with «احتمالی»: a wait that may come, not one the customer had. */
const TROUBLE_NP = `(?:${p('بروز')}[\\s\\u200c]+)?${TROUBLE}(?:[\\s\\u200c]+${TAIL})?`;

const VERB_FORMAL_WE = alt(['پوزش می‌طلبیم', 'پوزش میطلبیم', 'عذرخواهی می‌کنیم', 'عذرخواهی میکنیم', 'پوزش می‌خواهیم', 'عذر می‌خواهیم', 'معذرت می‌خواهیم', 'عذرخواهی می‌نماییم']);
const VERB_FORMAL_I = alt(['پوزش می‌طلبم', 'پوزش میطلبم', 'عذرخواهی می‌کنم', 'پوزش می‌خواهم', 'عذر می‌خواهم', 'معذرت می‌خواهم', 'عذرخواهی می‌نمایم']);
const VERB_COLLOQUIAL = alt(['عذر میخوایم', 'عذر می‌خوایم', 'معذرت میخوایم', 'معذرت می‌خوایم', 'عذرخواهی میکنیم', 'شرمنده‌ایم', 'شرمندهایم', 'عذر میخوام', 'عذر می‌خوام', 'معذرت میخوام', 'معذرت می‌خوام', 'شرمندم', 'شرمنده‌ام']);

const EDGE_BEFORE = '(?<=^|[.!?؟\\n،,؛:]\\s*|^\\s*)';
const EDGE_AFTER = '(?=\\s*(?:[.!?؟\\n،,؛]|$))';

interface Form { re: RegExp; formal: string; colloquial?: string; lead: boolean }
const THANKS_WE = 'از صبر و شکیبایی شما سپاسگزاریم';
const THANKS_I = 'از صبر و شکیبایی شما سپاسگزارم';
const THANKS_COLLOQUIAL = 'ممنون از صبر و همراهیتون';
const FORMS: readonly Form[] = [
  // «از بابت ناراحتی ایجادشده پوزش می‌طلبیم», «بابت مشکل پیش اومده عذر میخوایم»: a whole clause, verb last.
  { re: new RegExp(`${EDGE_BEFORE}${FOR}[\\s\\u200c]+${TROUBLE_NP}[\\s\\u200c]+${VERB_FORMAL_WE}${EDGE_AFTER}`, 'u'), formal: THANKS_WE, lead: false },
  { re: new RegExp(`${EDGE_BEFORE}${FOR}[\\s\\u200c]+${TROUBLE_NP}[\\s\\u200c]+${VERB_FORMAL_I}${EDGE_AFTER}`, 'u'), formal: THANKS_I, lead: false },
  { re: new RegExp(`${EDGE_BEFORE}${FOR}[\\s\\u200c]+${TROUBLE_NP}[\\s\\u200c]+${VERB_COLLOQUIAL}${EDGE_AFTER}`, 'u'), formal: THANKS_COLLOQUIAL, lead: false },
  // «پوزش ما را بابت هرگونه ناراحتی احتمالی پذیرا باشید».
  { re: new RegExp(`${EDGE_BEFORE}${alt(['پوزش', 'عذرخواهی'])}[\\s\\u200c]+${alt(['ما', 'اینجانب', 'بنده'])}[\\s\\u200c]+${alt(['را', 'رو'])}[\\s\\u200c]+${FOR}[\\s\\u200c]+${TROUBLE_NP}[\\s\\u200c]+${alt(['پذیرا باشید', 'بپذیرید', 'پذیرا باشید'])}${EDGE_AFTER}`, 'u'), formal: THANKS_WE, lead: false },
  // «با عرض پوزش از ناراحتی ایجاد شده، …», «ضمن عذرخواهی از تأخیر پیش‌آمده، …»: a formal lead before «،».
  { re: new RegExp(`${EDGE_BEFORE}${alt(['با عرض پوزش', 'با پوزش', 'ضمن عذرخواهی', 'ضمن پوزش', 'ضمن عرض پوزش', 'با عرض معذرت', 'با عذرخواهی'])}[\\s\\u200c]+${FOR}[\\s\\u200c]+${TROUBLE_NP}(?=\\s*[،,])`, 'u'), formal: 'با سپاس از صبر و شکیبایی شما', lead: true },
  // «شرمنده بابت مشکل پیش اومده، …», «عذر میخوام بابت تاخیر، …»: a colloquial lead before «،» or ending the sentence.
  { re: new RegExp(`${EDGE_BEFORE}${alt(['شرمنده', 'شرمندم', 'شرمنده‌ام', 'عذر میخوام', 'عذر می‌خوام', 'عذر میخوایم', 'معذرت میخوام'])}[\\s\\u200c]+${alt(['بابت', 'برای', 'از بابت'])}[\\s\\u200c]+${TROUBLE_NP}${EDGE_AFTER}`, 'u'), formal: THANKS_COLLOQUIAL, lead: true },
];

/** The apology formula around [fs, fe) as a whole, with its thanks, or null. */
export function apologyThanksAt(draft: string, fs: number, fe: number): { start: number; end: number; replacement: string } | null {
  // The sentence around the flagged words.
  let ss = fs;
  while (ss > 0 && !/[.!?؟\n]/.test(draft[ss - 1])) ss--;
  let se = fe;
  while (se < draft.length && !/[.!?؟\n]/.test(draft[se])) se++;
  const sent = draft.slice(ss, se);
  for (const f of FORMS) {
    const m = f.re.exec(sent);
    if (!m) continue;
    const a = ss + m.index;
    const b = a + m[0].length;
    if (!(a < fe && fs < b)) continue;
    return { start: a, end: b, replacement: f.formal };
  }
  return null;
}

/** The reader's apology-reflex advice turned into thanks where the whole formula is one of FORMS. */
export function apologyThanksFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind === 'advice' && s.ruleId === 'apology-reflex')) return list;
  return list.map((s, i) => {
    if (s.language !== 'fa' || s.kind !== 'advice' || s.ruleId !== 'apology-reflex') return s;
    const r = apologyThanksAt(draft, s.flagged.start, s.flagged.end);
    if (!r || list.some((o, j) => j !== i && o.start < r.end && r.start < o.end)) return s;
    return { ...s, kind: 'rewrite', start: r.start, end: r.end, original: draft.slice(r.start, r.end), replacements: [r.replacement] };
  });
}
