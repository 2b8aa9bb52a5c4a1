/**
 * Session 34 (tone34): a learnt extra reader for English frustration (issue 13), measured only by leave-one-late-split-out
 * (tests/bench/frustration.cv34.ts; lib/tone/README.md, "tone34").
 *
 * The readers (./frustration.ts and the modules it reads) decide first. Only when they found something but stayed under
 * the threshold (score >= `fromScore`, no cue) does a logistic model read the message — over the words the layer already
 * made (lemmas, negation scope, word pairs), its signals (capitals, !! / ??, questions, emoji, a repeat contact) and the
 * readers' own findings (lexicon categories, their score) — and show the cue when it is confident (p >= `add`, chosen by
 * cross-validation over the late splits at no precision loss). It never takes a cue away: as a veto it lost on the CV.
 * Its evidence is the strongest words that carried the probability (content words only: never "thanks", "please",
 * "you", a greeting or a name), with the reason `tone.why.learnt34`.
 *
 * The weights (../learnt.frustration34.en.ts) are generated from the English development splits' labels only.
 */
import { EN_STOP } from '../../kb/stopwords.en.ts';
import { FA_STOP } from '../../kb/stopwords.fa.ts';
import { cue, type CueContext, type CueModule, negatedHit, type Outcome } from '../cue.ts';
import { learntFrustration34 as MODEL } from '../learnt.frustration34.en.ts';
import type { StringKey } from '../../i18n/index.ts';
import type { Evidence } from '../types.ts';

export type Push = (key: string, value: number, from?: number, to?: number) => void;

const isDigitish = /^[\d\u06f0-\u06f9\u0660-\u0669.,:/#-]+$/;

function content(key: string, fa: boolean): boolean {
  if (key.length < 2 || isDigitish.test(key)) return false;
  return fa ? !FA_STOP.has(key) : !EN_STOP.has(key);
}

/**
 * Calls push for every feature of the message (a key may come more than once: values add up), with the token range a word
 * feature was read from. Shared with the training scripts (tests/bench/frustration.features.ts re-exports it).
 *
 * - `w:lemma` a content word of the latest words (never a function word, greeting, thanks or a capitalised name
 *   mid-sentence); `n:lemma` the same inside a negation's scope; `b:key_key` two adjacent words of one sentence, one of them
 *   a content word;
 * - `s:…` the layer's signals; `h:` / `hn:` the lexicon categories that matched (negated or not);
 * - `r:…` and `e:why` (with `rules`) the frustration module's outcome: shown, strong, score, near, its evidence's reasons.
 */
export function frustrationFeatures(ctx: CueContext, out: Outcome, push: Push, rules = true, bigrams = true, only?: WordFeatures): void {
  const toks = ctx.doc.tokens;
  const text = ctx.doc.text;
  let negator = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.neg) negator = true;
    const c = content(t.key, t.fa);
    // A capitalised English word that does not open its sentence: a name or a product, never evidence of a feeling.
    const named = !t.fa && i > 0 && toks[i - 1].sentence === t.sentence && text.charCodeAt(t.start) >= 65 && text.charCodeAt(t.start) <= 90 && t.key !== 'i';
    if (c && !named) {
      const l = t.lemma || t.key;
      // "getting" is a content word by its form, "get" (its lemma) a function word.
      if ((only === undefined || (t.negated ? only.neg : only.word).has(l)) && (l === t.key || content(l, t.fa))) push(t.negated ? 'n:' + l : 'w:' + l, 1, i, i);
    }
    if (bigrams && i > 0) {
      const p = toks[i - 1];
      if ((only === undefined || (only.first.has(p.key) && only.second.has(t.key))) && p.sentence === t.sentence && (c || content(p.key, p.fa)) && p.key.length > 0 && !isDigitish.test(p.key) && !isDigitish.test(t.key)) push('b:' + p.key + '_' + t.key, 1, i - 1, i);
    }
  }
  const a = ctx.a;
  if (negator) push('s:neg', 1);
  if (a.shoutWords >= 2) push('s:caps', 1);
  if (a.punctuation.length > 0) push('s:punct', 1);
  if (ctx.questions.length > 0) push('s:q', 1);
  if (ctx.questions.length > 1) push('s:qq', 1);
  if (a.emoji.negative > 0) push('s:emojiNeg', 1);
  if (a.emoji.positive > 0) push('s:emojiPos', 1);
  if ((ctx.got.repeat?.cues.length ?? 0) > 0) push('s:repeat', 1);
  if (a.words > 60) push('s:long', 1);
  for (const h of ctx.hits) {
    if (!rules && h.category.startsWith('frustration')) continue;
    push((negatedHit(ctx, h) ? 'hn:' : 'h:') + h.category, 1);
  }
  if (!rules) return;
  const s = out.score;
  if (out.cues.length > 0) push('r:shown', 1);
  if (s >= 2.5) push('r:strong', 1);
  if (s >= 0.5 && s < 1) push('r:near', 1);
  push('r:score', Math.min(s, 4) / 4);
  for (const c of out.cues) for (const e of c.evidence) if (e.why) push('e:' + e.why, 1);
}

/**
 * The word features a set of keys can hold, for frustrationFeatures' `only`: a word feature or a word pair is pushed only
 * when its key can be one of them (its words are looked up as they are; no key string is made for the rest). `w:lemma` and
 * `n:lemma` by their lemma; `b:first_second` by every split of the key at an underscore, so a pair of words with an
 * underscore in them is still found.
 */
export interface WordFeatures {
  word: ReadonlySet<string>;
  neg: ReadonlySet<string>;
  first: ReadonlySet<string>;
  second: ReadonlySet<string>;
}

export function wordFeatures(keys: Iterable<string>): WordFeatures {
  const word = new Set<string>();
  const neg = new Set<string>();
  const first = new Set<string>();
  const second = new Set<string>();
  for (const k of keys) {
    if (k.startsWith('w:')) word.add(k.slice(2));
    else if (k.startsWith('n:')) neg.add(k.slice(2));
    else if (k.startsWith('b:')) {
      for (let at = k.indexOf('_', 2); at >= 0; at = k.indexOf('_', at + 1)) {
        first.add(k.slice(2, at));
        second.add(k.slice(at + 1));
      }
    }
  }
  return { word, neg, first, second };
}

/** The model's own word features: the learnt reader makes only the keys that carry a weight. */
const MODEL_WORDS = wordFeatures(Object.keys(MODEL.w));

/** Words never shown as evidence of a feeling, even inside a word pair that carried weight. */
const NEVER_SHOWN = new Set(['thanks', 'thank', 'you', 'your', 'please', 'hi', 'hello', 'dear', 'regards', 'cheers']);

/** The word features a learnt-only cue may name (words of many writers' frustrated messages, not topic words). */
const SHOWN: ReadonlySet<string> = new Set(MODEL.shown);

/** The model's probability for the message, and the token ranges of the showable word features that pushed it up most. */
export function learnt34(ctx: CueContext, out: Outcome): { p: number; strongest: [number, number][] } {
  let z = MODEL.bias;
  const words: { w: number; from: number; to: number }[] = [];
  frustrationFeatures(ctx, out, (k, v, from, to) => {
    const w = MODEL.w[k];
    if (w === undefined) return;
    z += w * v;
    if (from !== undefined && to !== undefined && w > 0 && SHOWN.has(k)) words.push({ w, from, to });
  }, true, true, MODEL_WORDS);
  words.sort((x, y) => y.w - x.w);
  return { p: 1 / (1 + Math.exp(-z)), strongest: words.slice(0, 2).map((x) => [x.from, x.to]) };
}

/** The readers' own displeasure words (lexicon hits they found but weighed under the threshold), with their reasons. */
const WHY_OF: Readonly<Record<string, StringKey>> = {
  frustration: 'tone.why.feeling',
  'frustration.judgement': 'tone.why.judgement',
  'frustration.complaint': 'tone.why.complaint',
  'frustration.escalation': 'tone.why.escalation',
  'frustration.rude': 'tone.why.rude',
  'frustration.sarcasm': 'tone.why.sarcasm',
  'frustration.failure': 'tone.why.failure',
  'frustration.rhetorical': 'tone.why.rhetorical',
};

/** Evidence: the readers' own displeasure words, then the strongest showable learnt words (overlaps dropped). */
function evidenceOf(ctx: CueContext, ranges: readonly [number, number][]): Evidence[] {
  const toks = ctx.doc.tokens;
  const out: Evidence[] = [];
  const free = (start: number, end: number) => !out.some((e) => e.start - ctx.offset < end && start < e.end - ctx.offset);
  for (const h of ctx.hits) {
    const why = WHY_OF[h.category];
    if (why === undefined || negatedHit(ctx, h) || !free(h.start, h.end)) continue;
    out.push(ctx.ev({ start: h.start, end: h.end }, why));
  }
  for (const [from, to] of ranges) {
    let a = from;
    let b = to;
    while (a <= b && (NEVER_SHOWN.has(toks[a].key) || !content(toks[a].key, toks[a].fa))) a++;
    while (b >= a && (NEVER_SHOWN.has(toks[b].key) || !content(toks[b].key, toks[b].fa))) b--;
    if (a > b || !free(toks[a].start, toks[b].end)) continue;
    out.push(ctx.ev({ start: toks[a].start, end: toks[b].end }, 'tone.why.learnt34'));
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * The frustration module with the learnt reader after it: English only, only where the readers found something and stayed
 * quiet. The outcome's score is the readers' own (later modules read it unchanged).
 */
/** Off only in the training script (tests/bench/frustration.cv34.ts), which must read the readers' own decisions. */
export const learnt34Switch = { on: true };

export function withLearnt34(m: CueModule): CueModule {
  return {
    ...m,
    read(ctx) {
      const out = m.read(ctx);
      if (!learnt34Switch.on || ctx.fa || ctx.empty || out.cues.length > 0 || out.score < MODEL.fromScore) return out;
      const { p, strongest } = learnt34(ctx, out);
      if (p < MODEL.add) return out;
      const evidence = evidenceOf(ctx, strongest);
      if (evidence.length === 0) return out;
      return { ...out, cues: [cue('frustrated', 'warning', 'tone.cue.frustrated', evidence)] };
    },
  };
}

export const strings = {
  en: {
    'tone.why.learnt34': 'words that often come with frustration in other customers’ messages',
  },
  fa: {
    'tone.why.learnt34': 'واژه‌هایی که در پیام‌های مشتریان کلافهٔ دیگر زیاد می‌آیند',
  },
} as const;
