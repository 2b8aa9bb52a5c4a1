/**
 * (ml32) Clause cues for the learnt readers, read from the language layer's tokens (lib/nlp: clauses, lemmas, negation,
 * Persian verb person and tense) and kept apart from the word features (features.en.ts, features.fa.ts) so either can
 * change without the other: per clause, its subject's person, a modal of obligation or ability and whether it is
 * negated, the customer as the subject of a past verb, the clause's place (main, or after a subordinator: if, when, once,
 * so that; «اگر / وقتی / تا») and a contrast clause (but, however; «ولی / اما») with its polarity.
 *
 * Each word of a clause reads its clause's cues (word features `c:<cue>`), and the sentence reader reads them all
 * (`Sc:<cue>`). A cue is a short name; the feature readers hash it as they hash their own names, so what is learnt is
 * what is read. CLAUSE_CUES switches them off per language (evaluation: the CV's baseline).
 */
import type { Token } from '../../nlp/index.ts';

/**
 * Evaluation only: read the clause cues (as the shipped weights were trained), and where: `words` 'all' (every word of
 * the clause reads its clause's cues), 'pred' (only its verbs, auxiliaries and negations), 'none' (the sentence reader
 * alone reads them).
 */
export const CLAUSE_CUES: { en: boolean; fa: boolean; words: 'all' | 'pred' | 'none' } = { en: false, fa: false, words: 'all' };

/** Whether word token `t` reads its clause's cues (CLAUSE_CUES.words). */
export const readsCues = (t: Token): boolean => CLAUSE_CUES.words === 'all' || (CLAUSE_CUES.words === 'pred' && (t.neg || t.pos === 'VERB' || t.pos === 'AUX' || !!t.fa));

const SECOND_EN: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'yall', 'youse']);
const FIRST_EN: ReadonlySet<string> = new Set(['i', 'we']);
const THIRD_EN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'this', 'that', 'there', 'someone', 'nobody', 'everyone']);
/** Words that open a clause subordinate to another: the clause states a case, a time or a purpose, not the main point. */
const SUBORD_EN: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'once', 'unless', 'until', 'till', 'before', 'after', 'while', 'since', 'because', 'as', 'whether', 'although', 'though']);
const CONTRAST_EN: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'though', 'although']);
const OBLIGATION_EN: ReadonlySet<string> = new Set(['must', 'should', 'ought', 'required', 'require', 'requires', 'obliged', 'gotta', 'mandatory']);
/** "have / has / need / needs / got" followed by "to": an obligation. */
const OBLIGATION_TO_EN: ReadonlySet<string> = new Set(['have', 'has', 'had', 'need', 'needs', 'got']);
const ABILITY_EN: ReadonlySet<string> = new Set(['can', 'could', 'able', 'possible', 'allowed', 'permitted']);
const INABILITY_EN: ReadonlySet<string> = new Set(['unable', 'cannot', 'impossible', 'unavailable']);
const PAST_AUX_EN: ReadonlySet<string> = new Set(['did', 'had', 'was', 'were']);

/** A past form: the layer's lemma differs from the written form and it is no present or progressive form. */
const pastFormEn = (t: Token): boolean => (t.pos === 'VERB' || t.pos === 'AUX') && t.norm !== t.lemma && !/(?:ing|s)$/.test(t.norm) && t.lemma !== 'be';

/** Runs of `words` (indices into `tokens`) that share a clause number: clause number -> what `read` makes of the run. */
function eachClause(tokens: readonly Token[], words: readonly number[], read: (cw: Token[], first: boolean) => string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let k = 0;
  while (k < words.length) {
    const c = tokens[words[k]].clause;
    let e = k;
    while (e < words.length && tokens[words[e]].clause === c) e++;
    out.set(c, read(words.slice(k, e).map((i) => tokens[i]), k === 0));
    k = e;
  }
  return out;
}

/** The cues of each clause of an English sentence (clause number -> cue names), over its word tokens `words`. */
export function clauseCuesEn(tokens: readonly Token[], words: readonly number[]): Map<number, string[]> {
  if (!CLAUSE_CUES.en) return new Map();
  return eachClause(tokens, words, (cw, firstClause) => {
    const cues: string[] = [];
    const neg = cw.some((t) => t.neg) ? 'n' : 'p';
    // Place: a clause opened by a subordinator ("if", "when", "so that") or a contrast ("but", "however").
    const open = cw[0].norm;
    const opensSoThat = open === 'so' && cw[1]?.norm === 'that';
    if (SUBORD_EN.has(open) || opensSoThat) cues.push(`sub:${opensSoThat ? 'so-that' : open}`, `sub|${neg}`);
    else cues.push(firstClause ? 'main' : 'next');
    if (CONTRAST_EN.has(open) || cw.slice(0, 3).some((t) => t.norm === 'however')) cues.push(`but|${neg}`);
    // Subject: the first person word before the clause's first verb (an imperative has none).
    let subj = '';
    for (const t of cw) {
      if (SECOND_EN.has(t.norm)) subj = '2';
      else if (FIRST_EN.has(t.norm)) subj = '1';
      else if (THIRD_EN.has(t.norm)) subj = '3';
      else if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      break;
    }
    if (subj) cues.push(`subj:${subj}|${neg}`);
    // Modal: an obligation or an ability, negated or not.
    let mod = '';
    for (let j = 0; j < cw.length; j++) {
      const t = cw[j];
      if (INABILITY_EN.has(t.norm)) mod = 'abl|n';
      else if (OBLIGATION_EN.has(t.norm) || (OBLIGATION_TO_EN.has(t.norm) && cw[j + 1]?.norm === 'to')) mod = `obl|${neg}`;
      else if (ABILITY_EN.has(t.norm)) mod = `abl|${neg}`;
      else continue;
      break;
    }
    if (mod) cues.push(`mod:${mod}`, `smod:${subj || '0'}|${mod}`);
    // The customer as the subject of a past verb ("you sent", "you didn't read", "you should have read").
    if (subj === '2') {
      const counterfactual = cw.some((t, j) => (t.norm === 'should' || t.norm === 'could' || t.norm === 'would') && cw[j + 1]?.norm === 'have');
      if (counterfactual) cues.push(`youpast:cf|${neg}`);
      else if (cw.some((t) => PAST_AUX_EN.has(t.norm) || pastFormEn(t))) cues.push(`youpast|${neg}`);
    }
    return cues;
  });
}

const SUBORD_FA: ReadonlySet<string> = new Set(['اگر', 'اگه', 'وقتی', 'تا', 'چنانچه', 'چون', 'چونکه', 'زیرا', 'هروقت', 'زمانی', 'درصورتی', 'درصورتیکه', 'همینکه', 'قبلازاینکه', 'بعدازاینکه']);
const CONTRAST_FA: ReadonlySet<string> = new Set(['ولی', 'اما', 'ولیکن', 'لیکن', 'منتها']);
const OBLIGATION_FA: ReadonlySet<string> = new Set(['باید', 'بایست', 'بایستی', 'مجبور', 'موظف', 'لازم', 'الزامی', 'ملزم']);
const ABILITY_FA_LEMMA: ReadonlySet<string> = new Set(['توانستن']);
const POSSIBILITY_FA: ReadonlySet<string> = new Set(['امکان', 'امکانش', 'ممکن', 'مقدور', 'میسر']);
const SECOND_FA: ReadonlySet<string> = new Set(['شما', 'تو', 'خودتون', 'خودتان']);
const FIRST_FA: ReadonlySet<string> = new Set(['من', 'ما']);

/** The cues of each clause of a Persian sentence (clause number -> cue names), over its word tokens `words`. */
export function clauseCuesFa(tokens: readonly Token[], words: readonly number[]): Map<number, string[]> {
  if (!CLAUSE_CUES.fa) return new Map();
  return eachClause(tokens, words, (cw, firstClause) => {
    const cues: string[] = [];
    const neg = cw.some((t) => t.neg) ? 'n' : 'p';
    const open = cw[0].norm;
    if (SUBORD_FA.has(open)) cues.push(`sub:${open}`, `sub|${neg}`);
    else cues.push(firstClause ? 'main' : 'next');
    if (CONTRAST_FA.has(open)) cues.push(`but|${neg}`);
    // «تا» inside the clause: a purpose or a time limit follows («باید صبر کنید تا بررسی بشه»).
    if (cw.some((t, j) => j > 0 && t.norm === 'تا')) cues.push('ta');
    // Subject: the person of the clause's first verb form (the layer does not split a clause at «تا» or «که», so the
    // last verb may be a purpose's), or a pronoun.
    let subj = '';
    let past = false;
    for (let j = 0; j < cw.length; j++) {
      const v = cw[j].fa;
      if (!v) continue;
      subj = `${v.person.person}${v.person.plural ? 'p' : 's'}`;
      past = v.tense === 'past';
      break;
    }
    if (!subj) {
      const p = cw.find((t) => SECOND_FA.has(t.norm) || FIRST_FA.has(t.norm));
      if (p) subj = SECOND_FA.has(p.norm) ? '2' : '1';
    }
    if (subj) cues.push(`subj:${subj}|${neg}`);
    // Modal: «باید / مجبور / لازم» (obligation); «توانستن», «نمی‌شه», «امکان ندارد / ممکن نیست» (ability).
    let mod = '';
    for (const t of cw) {
      if (OBLIGATION_FA.has(t.norm)) mod = `obl|${neg}`;
      else if (t.fa && ABILITY_FA_LEMMA.has(t.fa.lemma)) mod = `abl|${t.fa.negative ? 'n' : neg}`;
      else if (t.fa && t.fa.lemma === 'شدن' && t.fa.negative && t.fa.tense === 'present' && t.fa.progressive) mod = 'abl|n';
      else if (POSSIBILITY_FA.has(t.norm)) mod = `abl|${neg}`;
      else continue;
      break;
    }
    if (mod) cues.push(`mod:${mod}`, `smod:${subj || '0'}|${mod}`);
    // The customer as the subject of a past verb («ارسال نکردید», «خوندین»).
    if (subj.startsWith('2') && past) cues.push(`youpast|${neg}`);
    return cues;
  });
}
