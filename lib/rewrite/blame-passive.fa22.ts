/**
 * The customer's own act told as the cause of a fault, in the active voice with «شما» as its doer (rwfa22): «شماره کارت
 * را اشتباه وارد کرده‌اید», «آدرسو اشتباه زدین», «فرم انصراف رو پر نکرده بودین», «جنابعالی مدارک را ناقص ارسال
 * نموده‌اید». The generic readers flag it as blame (advice); the writers of late19, late20 and late21 wanted a rewrite for
 * 35 such items (none wanted advice). The same fact in the impersonal passive keeps what happened and drops the finger: «شماره کارت اشتباه وارد شده
 * است», «آدرس اشتباه زده شد», «فرم انصراف پر نشده بود», «مدارک ناقص ارسال شده است». Nothing is added: the verb, its object,
 * its manner word and its negation stay; the subject pronoun («شما», «جنابعالی», «خودتون») and the object marker go. A
 * colloquial second person («زدی», «کردین») takes the spoken «شده» («آدرس اشتباه زده شده»), not the written «زده شد».
 *
 * Read over lib/nlp's tokens, on the verb group a blame suggestion covers or ends at:
 *  - a second-person past of a light verb after its nominal («وارد کردین», «درج نموده‌اید», «پر نکرده بودین») or of a verb
 *    whose participle takes «شدن» plainly (زدن، دادن، نوشتن، فرستادن، گذاشتن: «اشتباه زدی» → «اشتباه زده شد»);
 *  - tense kept: simple past → «شد», perfect → «شده است», past perfect → «شده بود»; the negation moves onto «شدن»;
 *  - only with an object marked in the clause («را», «رو», or «ـو» glued to the noun): with none the verb may be
 *    intransitive («در آزمون شرکت نکرده‌اید», «دیر مراجعه کردید») and its passive would not be Persian, so it stays advice;
 *  - never a «می» form («باید … می‌کردین» is what should have been done: advice), never first or third person.
 * A guess stays a guess («حتما کد رو اشتباه زدی» → «حتما کد اشتباه زده شد»: the writers of test and late10 asked for it).
 * A subject pronoun after a preposition («به شما») or a noun («حساب شما») is no subject and stays.
 */
import { type Token } from '../nlp/index.ts';
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { faFold, faTokens } from './guard.fa.text.ts';

/** Past stems whose second-person forms are read; light verbs take the nominal before them as the passive's head. */
const LIGHT = new Set(['کرد', 'نمود']);
const VERB_FORM = /^(ن?)(کرد|نمود|زد|داد|نوشت|فرستاد|گذاشت)(ه?)(ی|ید|ین|ای|اید|این)$/;
const PARTICIPLE = /^(ن?)(کرد|نمود|زد|داد|نوشت|فرستاد|گذاشت)ه$/;
const PERFECT_AUX = /^(?:ای|اید|این)$/;
const PAST_PERFECT_AUX = /^(?:بودی|بودید|بودین)$/;
const SUBJECT = new Set(['شما', 'جنابعالی', 'حضرتعالی', 'سرکارعالی']);
const REFLEXIVE = new Set(['خودتون', 'خودتان', 'خودت']);
/** Words after which «شما» opens its clause as the subject. */
/**
 * (rwfa27) A form of address before «شما» leaves it the subject («خانم شما سایز رو اشتباه انتخاب کردین», «آقا شما وسایلو
 * … نکرده بودین»): kept, the passive still said «شما سایز اشتباه انتخاب شد».
 */
const VOCATIVES = ['خانم', 'آقا', 'جناب', 'داداش', 'آبجی', 'برادر', 'خواهر', 'عزیز', 'دوست', 'حاجی', 'قربان', 'قربون', 'جان', 'جون', 'گرامی', 'محترم', 'عزیزان'];
const OPENERS = new Set([...VOCATIVES, 'که', 'اینکه', 'آنکه', 'چون', 'چونکه', 'زیرا', 'خب', 'خوب', 'ببینید', 'ببینین', 'عزیزم', 'اما', 'ولی', 'لذا', 'متاسفانه', 'اتفاقا', 'دقیقا']);
const PREPOSITIONS = new Set(['به', 'از', 'برای', 'با', 'واسه', 'بهر', 'توسط', 'سوی', 'طرف', 'جانب']);
/** Nouns that end in «و» themselves: no object clitic to take off («دارو اشتباه مصرف کردین»; rwfa32: «درخواست لغو دادین» had become «درخواست لغ داده شد»). */
const OWN_VAV = new Set(`دارو جلو پتو راهرو بازو زانو آهو گردو سکو پلو کادو ابرو پارو ترازو کندو هندو جارو چاقو بانو اردو سرو پالتو
  مانتو تابلو منو پرتو کیلو پیانو لو بو مو رو جو او تو سو نو بازجو دانشجو جستجو جستجوو گفتگو هیاهو آبرو ابرو کاتو پیشرو دورو
  لغو عفو رادیو ویدیو ویدئو مترو استودیو آلو لیمو`.split(/\s+/).filter(Boolean));
/** Words that open a clause of their own: the object and the subject are read after the last of them. */
const OPENS_CLAUSE = new Set(['چون', 'چونکه', 'زیرا', 'که', 'اینکه', 'آنکه', 'ولی', 'اما', 'و', 'تا', 'اگر', 'اگه', 'وقتی', 'چنانچه', 'واسه', 'لذا', 'بنابراین']);
/** Words the narrow verb table reads as verbs that are mostly not («بدون»: without). */
const NOT_FINITE = new Set(['بدون', 'بدهی', 'کند', 'کنار', 'نگه', 'میان']);
const CLAUSE_END = /[.!?؟\n،,؛;:]/;

/** A bare past stem (third person singular, no prefix) reads as a noun: «پرداخت», «رسید», «درخواست», «بازگشت». */
function isBareStem(x: Token): boolean {
  const f = x.fa;
  return !!f && f.tense === 'past' && f.person.person === 3 && !f.person.plural && !f.progressive && !f.negative && !f.subjunctive;
}

interface Group { first: number; last: number; negative: boolean; stem: string; tense: 'past' | 'perfect' | 'pastPerfect'; colloquial: boolean }
/** Colloquial second-person endings («زدی», «زدین», «کرده‌این», «بودین»). */
const COLLOQUIAL_END = /^(?:ی|ین|این|بودی|بودین)$/;

function verbGroup(t: Token[], i: number): Group | null {
  const w = t[i].norm;
  const m = VERB_FORM.exec(w);
  if (m) {
    const perfect = m[3] === 'ه';
    // «کردهاید» is a perfect, «کردید» a simple past; «کردهی» or «کرداید» are no forms.
    if (perfect !== PERFECT_AUX.test(m[4])) return null;
    return { first: i, last: i, negative: m[1] === 'ن', stem: m[2], tense: perfect ? 'perfect' : 'past', colloquial: COLLOQUIAL_END.test(m[4]) };
  }
  const p = PARTICIPLE.exec(w);
  const next = t[i + 1];
  if (p && next?.word) {
    if (PAST_PERFECT_AUX.test(next.norm)) return { first: i, last: i + 1, negative: p[1] === 'ن', stem: p[2], tense: 'pastPerfect', colloquial: COLLOQUIAL_END.test(next.norm) };
    if (PERFECT_AUX.test(next.norm)) return { first: i, last: i + 1, negative: p[1] === 'ن', stem: p[2], tense: 'perfect', colloquial: COLLOQUIAL_END.test(next.norm) };
  }
  return null;
}

/**
 * The passive's auxiliary. Colloquial drafts («آدرس رو اشتباه زدی») take the spoken perfect «شده» for the simple past and the
 * perfect («آدرس اشتباه زده شده»): the written simple past «زده شد» read stilted in chat to a blind reader (judge37).
 */
function passive(g: Group): string {
  const tense = g.tense === 'pastPerfect' ? 'شده بود' : g.colloquial ? 'شده' : g.tense === 'past' ? 'شد' : 'شده است';
  const aux = `${g.negative ? 'ن' : ''}${tense}`;
  return LIGHT.has(g.stem) ? aux : `${g.stem}ه ${aux}`;
}

/** One blame suggestion as a passive rewrite, or null where the clause does not read as above. */
function rewriteOne(draft: string, s: Suggestion): { start: number; end: number; text: string } | null {
  // The clause around the flagged words (a sentence mark or a comma bounds it).
  let a = s.flagged.start;
  const floor = Math.max(0, a - 200);
  while (a > floor && !CLAUSE_END.test(draft[a - 1])) a--;
  let b = s.flagged.end;
  const ceil = Math.min(draft.length, b + 40);
  while (b < ceil && !CLAUSE_END.test(draft[b])) b++;
  // A subject cut off by a comma («شما، آدرس را …», «شما هنگام خرید، کد را …»): the passive would be left agreeing with
  // nothing («شما، آدرس اشتباه وارد شد»). The flag stays advice.
  if (a > 0 && /[،,]/.test(draft[a - 1])) {
    let p = a - 1;
    const stop = Math.max(0, p - 200);
    while (p > stop && !/[.!?؟\n]/.test(draft[p - 1])) p--;
    if (faTokens(draft.slice(p, a - 1)).some((x) => x.word && (SUBJECT.has(x.norm) || REFLEXIVE.has(x.norm)))) return null;
  }
  const t = faTokens(draft.slice(a, b)).filter((x) => x.word);
  const off = a;
  let g: Group | null = null;
  for (let i = 0; i < t.length && !g; i++) {
    if (t[i].start + off > s.flagged.end + 1) break;
    const x = verbGroup(t, i);
    if (x && t[x.last].end + off >= s.flagged.start) g = x;
  }
  if (!g || g.first === 0) return null;
  // (rwfa27) «از دست دادن» is to lose, not to give: «مهلت از دست داده شده است» is no Persian way to say it. Advice.
  if (g.first >= 2 && t[g.first - 1].norm === 'دست' && t[g.first - 2].norm === 'از') return null;
  // A light verb needs its nominal right before it («وارد کردین»).
  const nominal = t[g.first - 1];
  // A bare past stem reads as a noun before a light verb («پرداخت نکرده‌اید», «درخواست کردید»).
  const bareStem = isBareStem(nominal);
  if (LIGHT.has(g.stem) && ((nominal.fa && !bareStem) || (!nominal.fa && nominal.pos === 'VERB') || nominal.norm === 'را' || nominal.norm === 'رو' || nominal.lang !== 'fa')) return null;
  // The clause of the verb group: back to a finite verb or a word that opens a clause («… خورده چون … نکردین»).
  let cs = 0;
  for (let k = g.first - 1; k >= 0; k--) {
    const x = t[k];
    if (OPENS_CLAUSE.has(x.norm) || (x.fa && !NOT_FINITE.has(x.norm) && !isBareStem(x))) {
      cs = k + 1;
      break;
    }
  }
  // The object: a marker word, else «ـو» glued to the nearest noun before the verb group.
  const edits: Array<[number, number, string, boolean]> = [];
  let objectAt = -1;
  for (let k = g.first - 1; k >= cs; k--) {
    if (t[k].norm === 'را' || t[k].norm === 'رو') {
      objectAt = k;
      edits.push([t[k].start, t[k].end, '', true]);
      break;
    }
  }
  if (objectAt < 0) {
    // The nearest word before the verb group that carries a glued «ـو» (past manner words and counts: «آدرسو سه بار
    // اشتباه وارد کردین»); a noun that ends in «و» itself is no object.
    for (let k = g.first - (LIGHT.has(g.stem) ? 2 : 1); k >= cs; k--) {
      const x = t[k];
      if (x.lang !== 'fa' || x.fa || SUBJECT.has(x.norm) || REFLEXIVE.has(x.norm)) continue;
      if (x.pos === 'NOUN' && x.norm.length >= 3 && x.norm.endsWith('و') && !/(?:یو|ئو|وو|او)$/.test(x.norm) && !OWN_VAV.has(x.norm)) {
        objectAt = k;
        edits.push([x.end - 1, x.end, '', false]);
        break;
      }
    }
  }
  if (objectAt < 0) return null;
  // Subjects: «شما» opening its clause, «خودتون» anywhere but after a preposition; «خود شما» both words.
  for (let k = cs; k < g.first; k++) {
    const x = t[k];
    const prev = k > 0 ? t[k - 1] : null;
    if (prev && PREPOSITIONS.has(prev.norm)) continue;
    const opens = !prev || prev.fa !== undefined || prev.pos === 'VERB' || prev.pos === 'AUX' || OPENERS.has(prev.norm) || draft.slice(prev.end + off, x.start + off).trim() !== '';
    // «شما هم …» (you too): without its subject «هم» would say "also the address", a new meaning.
    if ((SUBJECT.has(x.norm) || REFLEXIVE.has(x.norm)) && t[k + 1]?.norm === 'هم') return null;
    if (SUBJECT.has(x.norm) && opens) edits.push([x.start, x.end, '', true]);
    else if (REFLEXIVE.has(x.norm)) edits.push([x.start, x.end, '', true]);
    else if (x.norm === 'خود' && t[k + 1]?.norm === 'شما' && opens) {
      edits.push([x.start, t[k + 1].end, '', true]);
      k++;
    }
  }
  // (rwfa27) A second person left in the clause as its subject (not after a preposition, not the owner inside the object
  // before «را/رو»): the passive would still name the customer as the doer. Advice.
  for (let k = cs; k < g.first; k++) {
    const x = t[k];
    if (!SUBJECT.has(x.norm) && !REFLEXIVE.has(x.norm)) continue;
    if (edits.some(([ea, eb]) => ea <= x.start && x.end <= eb)) continue;
    if (k > 0 && PREPOSITIONS.has(t[k - 1].norm)) continue;
    if (t[k + 1] && (t[k + 1].norm === 'را' || t[k + 1].norm === 'رو')) continue;
    return null;
  }
  edits.push([t[g.first].start, t[g.last].end, passive(g), false]);
  edits.sort((p, q) => p[0] - q[0]);
  const start = edits[0][0] + off;
  const end = t[g.last].end + off;
  // Rebuild [start, end): each deleted word takes the space after it.
  let out = '';
  let at = start;
  for (const [ea, eb, text, word] of edits) {
    const sa = ea + off;
    let sb = eb + off;
    out += draft.slice(at, sa) + text;
    // A whole word (not a glued «ـو») takes the space after it.
    if (word) while (sb < end && /[\s\u200c]/.test(draft[sb])) sb++;
    at = sb;
  }
  out += draft.slice(at, end);
  return { start, end, text: out };
}

/** A subordinator right before the flagged words: the clause is a reason or a condition, no place for «لطفاً … کنید». */
const SUBORDINATE_BEFORE = /(?:^|[\s\u200c])(?:چون|چونکه|زیرا|که|اینکه|آنکه)[\s\u200c]*$/;

export function blamePassiveFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.category === 'blame' && (s.kind === 'advice' || s.ruleId === 'fa-you-didnt-do'))) return list;
  return list.map((s, i) => {
    if (s.language !== 'fa' || s.category !== 'blame') return s;
    // «چون شما فیش را بارگذاری نکرده‌اید، …»: the pack's request («چون لطفاً فیش را بارگذاری کنید») breaks the sentence.
    const subordinate = s.kind === 'rewrite' && s.ruleId === 'fa-you-didnt-do' && SUBORDINATE_BEFORE.test(faFold(draft.slice(Math.max(0, s.flagged.start - 12), s.flagged.start)));
    if (s.kind !== 'advice' && !subordinate) return s;
    const r = rewriteOne(draft, s);
    if (!r || r.text === draft.slice(r.start, r.end)) return subordinate ? asAdvice(draft, s) : s;
    if (list.some((o, j) => j !== i && o.start < r.end && r.start < o.end && o.kind !== 'advice')) return subordinate ? asAdvice(draft, s) : s;
    return { ...s, kind: 'rewrite', start: r.start, end: r.end, original: draft.slice(r.start, r.end), replacements: [r.text] };
  });
}
