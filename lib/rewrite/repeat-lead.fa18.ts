/**
 * A Persian sentence led by a reminder that the customer was told already or that it is obvious («همان‌طور که پیش‌تر نیز
 * اعلام شد، …», «برای بار سوم عرض می‌کنم که …», «مجدداً یادآوری می‌گردد …», «گفتم که، …», «بدیهی است …», «خب واضحه
 * دیگه، …»): the readers flag the lead as advice; where the lead opens its sentence and a whole clause of content follows,
 * deleting the lead (with its «،» or «که») keeps the meaning and drops only the reproach, so the suggestion becomes that
 * rewrite (eighteenth session: writers of every late split wanted a rewrite there; scripts/fa-repeat-lead-matrix.ts is
 * the family with its look-alikes).
 *
 * Left as advice: a lead in the middle of a sentence («پول شما، همان‌طور که گفتم، …»), a lead that is the whole sentence
 * («موضوع در مکاتبات قبلی تشریح گردیده است», «امید است این بار … مطالعه گردد»), a condition («اگه پیامای قبلیو خونده
 * باشین جوابش اونجا هست»: the rest needs the lead), a rest that opens with a conjunction, a rest with a first-person verb
 * after a bare «گفتم که» («قبلاً گفتم که پیگیری می‌کنم»: deleting the lead would leave a commitment standing alone),
 * and a lead with no separator unless it is an as-clause («همونطور که … گفتم …») or ends in an impersonal formal verb or
 * «است/دیگه» («مجدداً تأکید می‌گردد …», «بدیهی است …»).
 */
import type { Suggestion } from './engine.ts';
import { faFold } from './guard.fa.text.ts';

const REPEAT_RULES: ReadonlySet<string> = new Set(['repeating-myself', 'fa-told-you-before', 'fa-already-explained', 'fa-explain-once-more', 'fa-obviously-lead']);

/** Folded words that may stand before the flagged words in the lead (an as-clause opener, a discourse word, where it was said). */
const LEAD_WORDS: ReadonlySet<string> = new Set(
  'همانطور همونطور همانگونه همونگونه همینطور چنانچه چنانکه که خب خوب والا والله ببینید ببینین عرض کنم در تو توی پیام پیامای پیامهای پیام‌های پاسخ پاسخهای پاسخ‌های ایمیل ایمیلهای مکاتبه مکاتبات نامه چت تماس قبلی قبل قبلیم اول اولم هم نیز قبلا قبلاً پیشتر پیش‌تر دیروز بالا بارها باز بازم دوباره مجددا مجدداً'
    .split(' ')
    .map((w) => faFold(w)),
);
/** As-clause openers: with one, no separator is needed («همونطور که دیروز هم گفتم کش مرورگر رو پاک کنید»). */
const AS_OPENER = /^(?:همانطور|همونطور|همانگونه|همونگونه|همینطور|چنانچه|چنانکه)(?:\s|$)/;
/** Flagged words ending in an impersonal formal verb, «است» or «دیگه»: content may follow with no separator. */
const IMPERSONAL_END = /(?:میگردد|میشود|است|واضحه|معلومه|دیگه|واضح است|معلوم است)$/;
/** Greetings and addresses that may stand before the lead, ending in «،». */
const ADDRESS = /^(?:سلام|با سلام|درود|سلام مجدد|سلام وقت بخیر|سلام وقتتون بخیر|سلام وقت شما بخیر|وقت بخیر|مشتری گرامی|مشترک گرامی|کاربر گرامی|همراه گرامی|بیمه گذار محترم|مودی محترم|میهمان گرامی|مسافر گرامی|دوست عزیز|خانم \S+|آقای \S+|جناب \S+|سرکار خانم \S+|خب|ببینید|والا)$/;
const SEPARATOR = /^[\s\u200c]*(?:[،,:؛][\s\u200c]*|[\s\u200c]+(?:که|كه)[\s\u200c]+(?:[،,][\s\u200c]*)?)/;
/**
 * A conjunction or a pronoun that points back: the rest needs the lead. «باید»: the rest would stand as a bare order
 * («گفتم که، باید صبر کنید» -> «باید صبر کنید»), colder than the draft; the advice says to explain it again instead.
 */
const REST_BAD_START = /^(?:و|ولی|اما|که|اگه|اگر|پس|چون|یعنی|اونجا|آنجا|همونجا|همانجا|اونم|این|اینو|همین|همینو|همون|همان|باید|بایستی|میبایست|بایست)(?:\s|$)/;
/** A first-person verb (folded): after a bare «گفتم که» the rest would stand as the agent's new commitment. */
const FIRST_PERSON_VERB = /(?:^|\s)(?:ن?می\S*(?:م|یم)|خواه(?:م|یم)|ب\S+(?:م|یم))(?=\s|$)/;

const SENTENCE_BREAK = /[.!?؟\n]/;
/** (rwfat27) The lead's verb after the flagged words, then its comma («… اعلام شد، », «… عرض شده است، »). */
const LEAD_VERB_AFTER = /^[\s\u200c]+(?:شد|شده|گردید|گردیده|بود|است|شده[\s\u200c]+(?:است|بود)|گردیده[\s\u200c]+است|گفتم|گفته[\s\u200c]+بودم|نوشتم|عرض[\s\u200c]+(?:شد|کردم))[\s\u200c]*[،,][\s\u200c]*/;
/** A pronoun inside the rest that points back at the message named in the lead (folded); not «… مذکور», which names its own noun. */
export const POINTS_BACK = /\s(?:در\s(?:آن|اون|همان|همون|آنجا|اونجا)|توش|تو\sاون|توی\sاون|اونجا|آنجا|همانجا|همونجا)(?=\s|[،,؛;]|$)/;

/** Suggestions of the repeat / obvious lead family turned into deletions of the lead where it opens its sentence. */
export function repeatLeadRewritesFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind === 'advice' && REPEAT_RULES.has(s.ruleId))) return list;
  return list.map((s, i) => {
    if (s.language !== 'fa' || s.kind !== 'advice' || !REPEAT_RULES.has(s.ruleId)) return s;
    const r = leadDeletion(draft, s.flagged.start, s.flagged.end);
    if (!r) return s;
    // Not over another suggestion.
    if (list.some((o, j) => j !== i && o.start < r.end && r.start < o.end)) return s;
    return { ...s, kind: 'rewrite', start: r.start, end: r.end, original: draft.slice(r.start, r.end), replacements: [''] };
  });
}

/** The span [start, end) of the lead and its separator, or null when deleting it would not leave a whole sentence. */
export function leadDeletion(draft: string, fs: number, fe: number): { start: number; end: number } | null {
  // The sentence start.
  let ss = fs;
  while (ss > 0 && !SENTENCE_BREAK.test(draft[ss - 1])) ss--;
  let sentEnd = fe;
  while (sentEnd < draft.length && !SENTENCE_BREAK.test(draft[sentEnd])) sentEnd++;
  // Before the flagged words: nothing, or an address ending in «،», then lead words only.
  let prefix = draft.slice(ss, fs);
  let leadStart = ss;
  const comma = Math.max(prefix.lastIndexOf('،'), prefix.lastIndexOf(','));
  if (comma >= 0) {
    const head = faFold(prefix.slice(0, comma)).trim();
    if (!ADDRESS.test(head)) return null;
    leadStart = ss + comma + 1;
    prefix = prefix.slice(comma + 1);
  }
  while (leadStart < fs && /[\s\u200c]/.test(draft[leadStart])) leadStart++;
  const pre = faFold(prefix).trim();
  const preWords = pre === '' ? [] : pre.split(/\s+/);
  if (preWords.length > 5 || preWords.some((w) => !LEAD_WORDS.has(w))) return null;
  const flagged = faFold(draft.slice(fs, fe)).trim().replace(/[،,\s]+$/, '');
  const leadFold = `${pre} ${flagged}`.trim();
  // The separator after the flagged words (up to three words may finish the lead: «… تو ایمیل قبلی دیدید»).
  const after = draft.slice(fe, sentEnd);
  let cut = -1;
  const m = SEPARATOR.exec(after);
  if (m && /[،,:؛]|که|كه/.test(m[0])) cut = fe + m[0].length;
  else if (AS_OPENER.test(leadFold) || IMPERSONAL_END.test(flagged)) {
    // (rwfat27) The lead's own verb may stand after the flagged words («چنانچه پیش‌تر نیز چندین بار اعلام شد، …»): it goes
    // with the lead, up to its comma, or «شد، …» would open the sentence.
    const own = LEAD_VERB_AFTER.exec(after);
    const sp = /^[\s\u200c]+/.exec(after);
    if (own) cut = fe + own[0].length;
    else if (sp) cut = fe + sp[0].length;
  }
  if (cut < 0) return null;
  // A flagged «گفتم که» needs its «،»: «گفتم که همکارم تماس بگیره» reports what was said.
  if (/(?:^|\s)که$/.test(flagged) && !/^[\s\u200c]*[،,]/.test(after)) return null;
  const rest = faFold(draft.slice(cut, sentEnd)).trim();
  const restWords = rest.split(/\s+/).filter((w) => /[\u0600-\u06ffA-Za-z0-9۰-۹]/.test(w));
  if (restWords.length < 3 || REST_BAD_START.test(rest)) return null;
  // (rwfa27) The rest points back at the message the lead named («… توجه فرمایید؛ مدارک در آن ذکر شده است», «… اونجا
  // نوشتم»): without the lead «در آن» points at nothing.
  if (POINTS_BACK.test(` ${rest} `)) return null;
  if (!AS_OPENER.test(leadFold) && !IMPERSONAL_END.test(flagged) && FIRST_PERSON_VERB.test(rest)) return null;
  return { start: leadStart, end: cut };
}
