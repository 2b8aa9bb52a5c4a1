/**
 * (ml30) Training-time surface augmentation for the learnt readers (scripts/learnt-train.ts `augment` option): a copy of
 * a training text in another surface form a writer might use, with its marked spans carried over, so a span learnt in
 * one spelling is learnt in the others. Only what the language layer cannot fold itself is varied: lib/nlp already reads
 * Persian ZWNJ, a space inside a word, Arabic ya/kaf, diacritics and digits as one form (and English apostrophes, case,
 * contractions and common misspellings), so copies in those spellings would give the reader the very same features.
 *
 * Persian: the register of present verbs. The layer reads «نمی‌تونیم» and «نمی‌توانیم» to one lemma, person and
 * negation, but the words, neighbours, bigrams and affixes the reader also reads differ, so a span learnt in the formal
 * form is not learnt in the colloquial one. Each present progressive or subjunctive verb whose form the layer's own
 * inflection writes back exactly (inflectFa, same register: the form is read, not guessed) is rewritten in the other
 * register (inflectFa, the other register): «نمی‌توانیم» <-> «نمی‌تونیم», «می‌شود» <-> «می‌شه», «بفرستید» <-> «بفرستین».
 * Deterministic; no verb read wrong is rewritten (the round trip fails), and a text with no such verb has no copy.
 */
import { analyzeSentenceTokens, inflectFa, type InflectOptions } from '../lib/nlp/index.ts';
import { sentences } from '../lib/text/index.ts';

type Range = readonly [number, number];

export interface Augmented {
  text: string;
  spans: Array<[number, number]>;
}

const fold = (s: string) => s.replace(/[\u200c\s]/g, '');

/** A copy of `text` with `edits` (whole tokens, in order, not overlapping) applied and each span carried over. */
export function applyEdits(text: string, spans: readonly Range[], edits: ReadonlyArray<{ start: number; end: number; to: string }>): Augmented {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  out += text.slice(at);
  // An offset moves by the length change of every edit before it; one inside an edit goes to that edit's edge.
  const map = (p: number, isEnd: boolean): number => {
    let d = 0;
    for (const e of edits) {
      if (e.end <= p) d += e.to.length - (e.end - e.start);
      else if (e.start < p) return isEnd ? e.start + d + e.to.length : e.start + d;
      else break;
    }
    return p + d;
  };
  return { text: out, spans: spans.map(([a, b]) => [map(a, false), map(b, true)] as [number, number]) };
}

/** The Persian register copy (see above), or null when no verb of the text can be rewritten. */
export function flipRegisterFa(text: string, spans: readonly Range[]): Augmented | null {
  const edits: Array<{ start: number; end: number; to: string }> = [];
  for (const sent of sentences(text)) {
    for (const t of analyzeSentenceTokens(sent.text)) {
      const v = t.fa;
      if (!v || v.tense !== 'present' || v.lemma === 'بودن') continue;
      const mood: InflectOptions['mood'] | undefined = v.progressive ? 'pres' : v.subjunctive ? 'subj' : undefined;
      if (!mood) continue;
      const base = { person: v.person, negative: v.negative, mood, joiner: t.text.includes('\u200c') ? '\u200c' : '' };
      const same = inflectFa(v.lemma, { ...base, colloquial: v.colloquial, ending: v.ending });
      if (!same || fold(same) !== fold(t.text)) continue;
      const other = inflectFa(v.lemma, { ...base, colloquial: !v.colloquial });
      if (!other || fold(other) === fold(t.text)) continue;
      edits.push({ start: sent.start + t.start, end: sent.start + t.end, to: other });
    }
  }
  return edits.length ? applyEdits(text, spans, edits) : null;
}

/**
 * English: the layer spells contractions out ("can't", "cant" and "can not" read as can + not) and folds case, so the one
 * surface mark the reader still sees is whether a word was written contracted (features.en.ts `ctr`). The copy writes
 * each contraction in full and each full form contracted («We can't» <-> «We cannot», «I am not» <-> «I'm not»), so
 * what is learnt on one is learnt on the other. Null when the text has neither.
 */
const EN_PAIRS: ReadonlyArray<[string, string]> = [
  ["can't", 'cannot'], ["won't", 'will not'], ["don't", 'do not'], ["doesn't", 'does not'], ["didn't", 'did not'],
  ["isn't", 'is not'], ["aren't", 'are not'], ["wasn't", 'was not'], ["weren't", 'were not'], ["haven't", 'have not'],
  ["hasn't", 'has not'], ["hadn't", 'had not'], ["couldn't", 'could not'], ["wouldn't", 'would not'], ["shouldn't", 'should not'],
  ["I'm", 'I am'], ["we're", 'we are'], ["you're", 'you are'], ["they're", 'they are'], ["it's", 'it is'], ["that's", 'that is'],
  ["I'll", 'I will'], ["we'll", 'we will'], ["you'll", 'you will'], ["I've", 'I have'], ["we've", 'we have'], ["you've", 'you have'],
];
const EN_TO = new Map<string, string>();
for (const [c, f] of EN_PAIRS) {
  EN_TO.set(c.toLowerCase(), f);
  EN_TO.set(c.toLowerCase().replace("'", '\u2019'), f);
  EN_TO.set(f.toLowerCase(), c);
}
const EN_FORMS = new RegExp(`\\b(?:${[...EN_TO.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
/** The other form, in the case the writer used for its first letter. */
const caseLike = (from: string, to: string) => (/^[A-Z]/.test(from) ? to[0].toUpperCase() + to.slice(1) : to);

export function flipContractionsEn(text: string, spans: readonly Range[]): Augmented | null {
  const edits: Array<{ start: number; end: number; to: string }> = [];
  for (const m of text.matchAll(EN_FORMS)) {
    const to = EN_TO.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (to) edits.push({ start: m.index, end: m.index + m[0].length, to: caseLike(m[0], to) });
  }
  return edits.length ? applyEdits(text, spans, edits) : null;
}
