/**
 * (ml34) Word features tried on top of features.en.ts / features.fa.ts, each behind a switch (off as shipped unless
 * lib/rewrite/README.md's ml34 section says otherwise), measured by the leave-one-writer-out CV (scripts/learnt-cv.ts
 * --x34=chars,wide):
 * - `chars`: the character trigrams of the word as written (English: its text in lower case, so "unfortunatly" shares
 *   "unf", "ort", "tun" with "unfortunately"; Persian: the folded word, so «نمیتونم» shares «نمی» and «تون» with
 *   «نمی‌تونم»), with ^ and $ at its edges, for words of four letters or more without digits;
 * - `wide`: a wider window: the words three before and after, the lemmas two before and after, and the lemma of the
 *   clause's first word.
 * One function feeds both sinks (names for the trainer, hashes for the reader) so what is learnt is what is read.
 */
import { analyzeFaWordWide, type Token } from '../../nlp/index.ts';

export const EXTRA34: Record<'en' | 'fa', { chars: boolean; wide: boolean; andSplit: boolean }> = {
  en: { chars: false, wide: false, andSplit: false },
  fa: { chars: false, wide: false, andSplit: false },
};

/** A Persian verb as the wide reading sees it: the layer's analysis, or a formal light verb («نمودید», «فرمودید», «گردید»). */
export const faVerbOf = (t: Token) => t.fa ?? (t.word ? analyzeFaWordWide(t.norm)?.verb : undefined);

const AND_FA: ReadonlySet<string> = new Set(['و', 'va']);
const LIGHT_FA: ReadonlySet<string> = new Set(['شدن', 'کردن', 'نمودن', 'گردیدن', 'بودن', 'فرمودن', 'دادن']);
const bareThirdPast = (v: { person: { person: number; plural: boolean }; tense: string; progressive: boolean; negative: boolean }) => v.person.person === 3 && !v.person.plural && v.tense === 'past' && !v.progressive && !v.negative;
/** The next word token's form after token k, before token j ('' when none). */
function nextWord(tokens: readonly Token[], k: number, j: number): string {
  for (let i = k + 1; i < j; i++) if (tokens[i].word) return tokens[i].norm;
  return '';
}
/**
 * - `andSplit` (Persian): the layer does not split a clause at «و»; here a clause is split at a «و» with a verb (the
 *   layer's, or a formal light verb of the wide reading) before it in the clause and another after it («سفارش رو لغو
 *   کردید و پول برگشت داده شد»): the clause features (its negations, first and last word) are read per part. The
 *   tokens are copied with the new clause numbers (renumbered in order), the input is not touched.
 */
export function andSplitFa(tokens: readonly Token[]): readonly Token[] {
  let cuts: Set<number> | null = null;
  let i = 0;
  while (i < tokens.length) {
    const c = tokens[i].clause;
    let j = i;
    while (j < tokens.length && tokens[j].clause === c) j++;
    // Verbs of the clause [i, j) and its «و» words.
    let verbBefore = false;
    let pendingAnd = -1;
    for (let k = i; k < j; k++) {
      const t = tokens[k];
      if (!t.word) continue;
      if (AND_FA.has(t.norm)) {
        if (verbBefore && pendingAnd < 0) pendingAnd = k;
        continue;
      }
      const v = faVerbOf(t);
      if (v) {
        // A bare third-person past right before «و» is mostly a noun of the same letters («رسید و کارت», «پرداخت و
        // تحویل»), unless it is a light verb or «بودن».
        if (k + 1 < j && AND_FA.has(nextWord(tokens, k, j)) && bareThirdPast(v) && !LIGHT_FA.has(v.lemma)) continue;
        if (pendingAnd >= 0) {
          (cuts ??= new Set()).add(pendingAnd);
          pendingAnd = -1;
        }
        verbBefore = true;
      }
    }
    i = j;
  }
  if (!cuts) return tokens;
  const out: Token[] = [];
  let id = -1;
  let prev = Number.NaN;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.clause !== prev || cuts.has(k)) id++;
    prev = t.clause;
    out.push(t.clause === id ? t : { ...t, clause: id });
  }
  return out;
}

export type ExtraAdd = (prefix: string, a?: string, b?: string) => void;

const hasDigit = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669)) return true;
  }
  return false;
};

/** Whether any extra feature of `lang` is on (the readers skip the call otherwise). */
export const extraOn = (lang: 'en' | 'fa'): boolean => EXTRA34[lang].chars || EXTRA34[lang].wide;
/** The tokens the Persian features read: split at «و» when `andSplit` is on (andSplitFa), else as given. */
export const faFeatureTokens = (tokens: readonly Token[]): readonly Token[] => (EXTRA34.fa.andSplit ? andSplitFa(tokens) : tokens);

let firstFor: readonly Token[] | null = null;
let firstOf: number[] = [];
/** Per word (index into `words`): the index of its clause's first word, computed once per sentence (linear). */
function clauseFirst(tokens: readonly Token[], words: readonly number[]): number[] {
  if (firstFor !== tokens || firstOf.length !== words.length) {
    firstOf = [];
    for (let k = 0; k < words.length; k++) firstOf.push(k > 0 && tokens[words[k - 1]].clause === tokens[words[k]].clause ? firstOf[k - 1] : k);
    firstFor = tokens;
  }
  return firstOf;
}

/** The extra features of word k (index into `words`) of a sentence, given to `add`. */
export function extraWordFeatures(lang: 'en' | 'fa', tokens: readonly Token[], words: readonly number[], k: number, add: ExtraAdd): void {
  const x = EXTRA34[lang];
  const t = tokens[words[k]];
  if (x.chars) {
    const w = lang === 'en' ? t.text.toLowerCase() : t.norm;
    if (w.length >= 4 && !hasDigit(w)) {
      const s = `^${w.replace(/\u200c/g, '')}$`;
      for (let i = 0; i + 3 <= s.length; i++) add('g3:', s.slice(i, i + 3));
    }
  }
  if (x.wide) {
    const n = words.length;
    const norm = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : tokens[words[j]].norm);
    const lemma = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : tokens[words[j]].lemma);
    add('w-3:', norm(k - 3));
    add('w+3:', norm(k + 3));
    add('l-2:', lemma(k - 2));
    add('l+2:', lemma(k + 2));
    add('cf:', tokens[words[clauseFirst(tokens, words)[k]]].lemma);
  }
}
