/**
 * The learnt clause reader: the tier after the rules. A sentence of the agent's own words that no suggestion touches is
 * scored by a small linear model per language (lib/rewrite/learnt/{en,fa}.json, trained by
 * scripts/train-clause-model.ts over the language-layer features of learnt/features.ts). Above the language's threshold
 * it gets one piece of advice (never a text change) over the shortest stretch holding the features that carry the score,
 * with the category of the marked items those features come from and an explanation naming the words.
 *
 * Switched like a pack: pseudo-pack ids LEARNT_PACK_IDS (tactful-learnt-en, tactful-learnt-fa) in disabledPacks; a
 * category is silenced as `<pack id>/<category>`. Off with the generic readers (a pack's own check).
 * Cost: a sentence's verdict is kept per sentence text, so a keystroke scores only the sentence it changed.
 */
import { t as translate, type StringKey } from '../i18n/index.ts';
import { analyzeSentenceTokens, type Token } from '../nlp/index.ts';
import type { PackLanguage } from '../packs/schema.ts';
import type { Suggestion } from './engine.ts';
import { sentenceFeatures, type LearntLang } from './learnt/features.ts';
import { LEARNT_RULE_CATEGORY, loadModel, type LearntModel, type LearntModelJson } from './learnt/model.ts';
import enJson from './learnt/en.json' with { type: 'json' };
import faJson from './learnt/fa.json' with { type: 'json' };

import { LEARNT_LANGUAGES, LEARNT_ON_BY_DEFAULT, LEARNT_PACK_IDS } from './learnt/switches.ts';

export { LEARNT_LANGUAGES, LEARNT_ON_BY_DEFAULT, LEARNT_PACK_IDS };

const models: Record<LearntLang, LearntModel | null | undefined> = { en: undefined, fa: undefined };
const shipped: Record<LearntLang, LearntModelJson> = { en: enJson as unknown as LearntModelJson, fa: faJson as unknown as LearntModelJson };

function model(lang: LearntLang): LearntModel | null {
  let m = models[lang];
  if (m === undefined) m = models[lang] = shipped[lang].version > 0 ? loadModel(shipped[lang]) : null;
  return m;
}

/** The shipped model's version and size, for the options page. */
export function learntModelInfo(lang: LearntLang): { version: number; features: number } {
  return { version: shipped[lang].version, features: Object.keys(shipped[lang].weights).length };
}

/** Replaces a language's model (measurement of leave-one-out models; tests). `undefined` goes back to the shipped one. */
export function setLearntModel(lang: LearntLang, json: LearntModelJson | null | undefined): void {
  models[lang] = json === undefined ? undefined : json === null ? null : loadModel(json);
  verdicts.clear();
}

/** What a sentence read as: its logit, the flagged stretch (offsets into the sentence) and its category. */
export interface LearntVerdict {
  score: number;
  start: number;
  end: number;
  category: string;
}

/** Words that are never the evidence on their own: function words, greetings, thanks, please. */
const EN_PLAIN: ReadonlySet<string> = new Set(
  'a an the this that these those it its i we you he she they me us him her them my our your their to of in on at for with by from as and or so if then than but because though although while since also too really very be is am are was were been being do does did have has had here there please thank thanks hi hello hey dear regards cheers ok okay yes what which who how when where why about up out into over after before'.split(' '),
);
const FA_PLAIN: ReadonlySet<string> = new Set(
  'و از به با در را رو که این اون آن هم یا تا برای اما ولی چون چونکه هر یه یک من ما شما تو او ایشان سلام ممنون ممنونم مرسی لطفا لطفاً خواهش خواهشمندم عزیز جناب سرکار خانم آقای باشه بله چه چی کی کجا چرا را است هست بود شد'.split(' '),
);

/** Logit the flagged stretch's own features must hold. */
const MIN_EVIDENCE = 1.5;

/** Tokens a flagged stretch may span (a contraction counts two). */
const MAX_SPAN_TOKENS = 5;

const EN_MODAL_WORDS: ReadonlySet<string> = new Set(['must', 'should', 'can', 'could', 'will', 'would', 'may', 'might', 'shall']);

function plainToken(lang: LearntLang, t: Token): boolean {
  if (!t.word) return true;
  if (t.neg) return false;
  const n = t.norm;
  return lang === 'en' ? EN_PLAIN.has(n) || EN_PLAIN.has(t.lemma) : FA_PLAIN.has(n) || FA_PLAIN.has(t.text);
}

/** Scores one sentence (its text, as the engine cut it). null: below the threshold, or no word to point at. */
export function readLearnt(lang: LearntLang, text: string): LearntVerdict | null {
  const m = model(lang);
  if (!m) return null;
  const tokens = analyzeSentenceTokens(text);
  const { feats, toks } = sentenceFeatures(lang, tokens);
  let z = m.bias;
  const pos: { w: number; k: number }[] = [];
  for (let k = 0; k < feats.length; k++) {
    const w = m.weights.get(feats[k]);
    if (w === undefined) continue;
    z += w;
    if (w > 0) pos.push({ w, k });
  }
  if (z < m.threshold) return null;
  pos.sort((a, b) => b.w - a.w || a.k - b.k);
  const total = pos.reduce((a, p) => a + p.w, 0);
  // The evidence: the strongest features until they hold half the positive weight, at most three; a feature read only
  // off plain words (a pronoun, "please", a greeting) never stands for the sentence.
  const chosen: number[] = [];
  let got = 0;
  const votes = new Map<number, number>();
  for (const p of pos) {
    const own = toks[p.k];
    const c = m.cats.get(feats[p.k]);
    if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + p.w);
    if (chosen.length >= 3 || got >= total / 2) continue;
    if (own.every((i) => plainToken(lang, tokens[i]))) continue;
    // The shortest stretch: a feature that would widen it past MAX_SPAN_TOKENS (another clause's word) stays out.
    if (chosen.length && Math.max(...chosen, ...own) - Math.min(...chosen, ...own) >= MAX_SPAN_TOKENS) continue;
    for (const i of own) if (!chosen.includes(i)) chosen.push(i);
    got += p.w;
  }
  // The flagged words must carry the verdict themselves: a score summed from many weak words (long prose) is not shown.
  if (!chosen.length || got < MIN_EVIDENCE) return null;
  chosen.sort((a, b) => a - b);
  let first = chosen[0];
  let last = chosen[chosen.length - 1];
  // Plain words at either edge are not the evidence; a lone negator takes the word it negates.
  while (first < last && plainToken(lang, tokens[first]) && !tokens[first].neg) first++;
  while (last > first && plainToken(lang, tokens[last]) && !tokens[last].neg) last--;
  // A lone negator or modal takes the word it bears on ("should" -> "should have been wearing" stops at the first content word).
  if (first === last && (tokens[first].neg || EN_MODAL_WORDS.has(tokens[first].norm))) {
    let k = last + 1;
    while (k < tokens.length && tokens[k].word && plainToken(lang, tokens[k]) && !tokens[k].neg) k++;
    if (k < tokens.length && tokens[k].word && tokens[k].clause === tokens[first].clause) last = k;
  }
  if (!tokens.slice(first, last + 1).some((t) => t.word && !plainToken(lang, t))) return null;
  let bestCat = -1;
  let bestV = -Infinity;
  for (const [c, v] of votes) if (v > bestV || (v === bestV && c < bestCat)) [bestCat, bestV] = [c, v];
  const category = bestCat >= 0 ? m.categories[bestCat] : 'refusal';
  // A flag starts with the written word: "I'll" read as "I" + "'ll" is flagged from "I".
  let start = tokens[first].start;
  while (start > 0 && /\p{L}/u.test(text[start - 1]) && /[\p{L}'’]/u.test(text[start])) start--;
  return { score: z, start, end: tokens[last].end, category };
}

/** Verdicts per language and sentence text: a keystroke scores only the sentence it changed. */
const verdicts = new Map<string, LearntVerdict | null>();
const MAX_VERDICTS = 2000;

function cachedVerdict(lang: LearntLang, text: string): LearntVerdict | null {
  const key = `${lang}\u0000${text}`;
  let v = verdicts.get(key);
  if (v === undefined) {
    v = readLearnt(lang, text);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, v);
  }
  return v;
}

export interface LearntSentence {
  start: number;
  end: number;
  text: string;
  lang: string;
}

/** The explanation of a learnt flag in the panel's language, naming the words. */
export function explainLearnt(category: string, ui: 'en' | 'fa', words: string): string {
  const w = words.replace(/\s+/g, ' ').trim();
  const short = w.length > 60 ? `${w.slice(0, 57)}…` : w;
  return translate(ui, `rewrite.learnt.${category}` as StringKey, { words: short });
}

/**
 * Adds the learnt reader's advice to `list` (sorted by start): one per sentence of `read` that no suggestion overlaps.
 * `read`: the sentences the engine read (quoted text already left out).
 */
export function addLearntAdvice(
  draft: string,
  list: Suggestion[],
  read: readonly LearntSentence[],
  o: { disabledPacks?: ReadonlySet<string>; silenced?: ReadonlySet<string>; exclude: ReadonlyArray<readonly [number, number]>; uiLang?: 'en' | 'fa'; minRank: number; all?: boolean },
): Suggestion[] {
  // Advice is a hint: not shown when the agent asked for warnings and up.
  if (o.minRank > 0) return list;
  const on = LEARNT_LANGUAGES.filter((l) => (o.all || LEARNT_ON_BY_DEFAULT[l]) && !o.disabledPacks?.has(LEARNT_PACK_IDS[l]) && model(l));
  if (!on.length) return list;
  const added: Suggestion[] = [];
  for (const s of read) {
    const lang = s.lang as LearntLang;
    if (!on.includes(lang)) continue;
    if (list.some((x) => x.start < s.end && s.start < x.end)) continue;
    if (o.exclude.some(([a, b]) => a < s.end && s.start < b)) continue;
    const v = cachedVerdict(lang, s.text);
    if (!v) continue;
    const packId = LEARNT_PACK_IDS[lang];
    if (o.silenced?.size && o.silenced.has(`${packId}/${v.category}`)) continue;
    const start = s.start + v.start;
    const end = s.start + v.end;
    const original = draft.slice(start, end);
    added.push({
      ruleId: v.category,
      packId,
      kind: 'advice',
      start,
      end,
      original,
      flagged: { start, end },
      replacements: [],
      explanation: explainLearnt(v.category, o.uiLang ?? lang, original),
      category: LEARNT_RULE_CATEGORY[v.category] ?? 'other',
      severity: 'hint',
      language: lang as PackLanguage,
    });
  }
  if (!added.length) return list;
  return [...list, ...added].sort((a, b) => a.start - b.start);
}
