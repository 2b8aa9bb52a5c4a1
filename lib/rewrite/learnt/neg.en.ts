/**
 * The learnt reader of English negative phrasing, the twin of neg.fa.ts over English features (features.en.ts): a
 * word-level logistic regression gated by a sentence-level one, and a softmax over the evaluation sets' categories, in
 * the hashed tables of model.ts. Trained by scripts/train-neg-en.ts on the team's own English evaluation splits (never
 * an aside split, never the held-out one); weights in neg-en.weights.json, loaded only when the reader is asked for
 * (loadNegEnModel: a dynamic import, a chunk of its own in the build, as the Persian weights). The engine shows
 * what it finds as advice only (no text change), only where no rule flagged the words (engine.ts, `learnt` option,
 * LEARNT_DEFAULT_EN). lib/rewrite/README.md (mlen28) has its figures.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { sentenceBagEn, wordFeaturesEn } from './features.en.ts';
import { lazyModel, type LearntHit, type LearntLanguage, type NegModel, readSpans, wordIndices } from './model.ts';

const weights = lazyModel(() => import('./neg-en.weights.json', { with: { type: 'json' } }));
/**
 * Loads and decodes the shipped weights, once (a dynamic import). The engine starts it the first time a call asks for
 * the reader and reads nothing until it has resolved; a page that turns the reader on awaits it first, as the tests do.
 */
export const loadNegEnModel = (): Promise<NegModel> => weights.load();
/** The model the reader reads with: undefined until loadNegEnModel has resolved (and the first call starts it). */
export const negEnModel = (): NegModel | undefined => weights.get();
/**
 * Evaluation only (scripts/neg-en-cv.ts): the engine reads with this model instead of the shipped one until called with
 * undefined. Clear the region cache (or pass cache: false).
 */
export const useNegEnModel = (model: NegModel | undefined): void => weights.use(model);

/** Words that carry no phrasing of their own: a span of nothing else is a neighbour's echo, not a finding. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'CONJ', 'DET', 'NUM', 'PUNCT', 'SYM']);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['to', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'for', 'with', 'it', 'that', 'this', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'so', 'just', 'as', 'by', 'from', 'there', 'here', 'then', 'also', 'please', 'hi', 'hello', 'thanks']);
// An auxiliary or a bare negator carries no phrasing of its own either: "not", "won't", "you have", "We'll" alone name
// nothing the agent could change (the words that make it negative are elsewhere, or nowhere).
const contentWord = (t: Token) => !FUNCTION_POS.has(t.pos) && t.pos !== 'AUX' && !t.neg && !FUNCTION_WORDS.has(t.norm) && !/^[0-9]+$/.test(t.norm);

const EN: LearntLanguage = { sentenceBag: sentenceBagEn, wordFeatures: wordFeaturesEn, contentWord };

const LETTER = /[A-Za-z']/;
const RESTRICTION: ReadonlySet<string> = new Set(['only', 'strict', 'strictly', 'must', 'unable', 'cannot', 'forbid', 'prohibit', 'require', 'required', 'charge', 'fee', 'penalty']);

/**
 * The categories the English reader shows. Blame, commands and internal jargon are left to the rules and the generic
 * readers: on the leave-one-split-out folds (late20-27, threshold 0.8) the reader's spans of those categories caught no
 * negative the rules missed (blame 0 over marked words and 1 elsewhere, jargon 1 and 2, commands none at all), while the
 * look-alike tests and the Bitext neutrals showed them over a customer's own action told back ("you followed the
 * manual", "you have entered"), a named ombudsman and a plain instruction ("Fill in the required shipping details").
 */
const EN_CATEGORIES: ReadonlySet<string> = new Set(['refusal', 'time-refusal', 'unfortunately', 'policy', 'dismissive', 'not-knowing', 'not-my-dept', 'system', 'ill-try', 'to-be-honest', 'passive-aggressive', 'apology-reflex']);

/**
 * Negative spans of one English sentence (offsets into it). A span that starts or ends inside a written word (the
 * language layer reads "cant" as "ca" + "nt") takes the whole word; spans that then touch are one.
 */
export function readNegEnWith(model: NegModel, text: string, tokens: readonly Token[], threshold = model.threshold): LearntHit[] {
  const hits = readSpans(EN, model, text, tokens, wordIndices(tokens), threshold);
  const out: LearntHit[] = [];
  // A conclusion ("you must have had the old form") is no order and no blame: a clause with an epistemic modal is left
  // to the rules, as the engine leaves a command rule's match on it.
  const epistemic = new Set(tokens.filter((t) => t.epistemic).map((t) => t.clause));
  // A rule named where nothing is refused ("it's our policy to check every car twice", "the house rules are in the
  // welcome pack") is information: a policy span needs a refusal, a restriction or an obligation in its sentence.
  const restricts = tokens.some((t) => t.neg || RESTRICTION.has(t.lemma));
  for (const h of hits) {
    if (!EN_CATEGORIES.has(h.category)) continue;
    if (h.category === 'policy' && !restricts) continue;
    if (epistemic.size && tokens.some((t) => t.start >= h.start && t.end <= h.end && epistemic.has(t.clause))) continue;
    let { start, end } = h;
    while (start > 0 && LETTER.test(text[start - 1]) && LETTER.test(text[start])) start--;
    while (end < text.length && LETTER.test(text[end]) && LETTER.test(text[end - 1])) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.p = Math.max(last.p, h.p);
    } else out.push({ ...h, start, end });
  }
  return out;
}

/** The shipped model's negative spans of one English sentence (offsets into it); none while the model is loading. */
export function readNegEn(text: string): LearntHit[] {
  const model = negEnModel();
  return model ? readNegEnWith(model, text, analyzeSentenceTokens(text)) : [];
}
