/**
 * The learnt clause reader's model files (lib/rewrite/learnt/{en,fa}.json, written by scripts/train-clause-model.ts):
 * a bias, a weight per kept feature, the logit a sentence must reach, and per positive feature the category of the
 * marked items it occurs with most. Scoring is one hash lookup per feature.
 */
import type { RuleCategory } from '../../packs/schema.ts';
import type { LearntLang } from './features.ts';

/** Categories of the rewrite evaluation's marked items a learnt flag can be read as (jargon is the jargon readers'). */
export const LEARNT_CATEGORIES: readonly string[] = [
  'refusal',
  'time-refusal',
  'blame',
  'policy',
  'dismissive',
  'command',
  'not-my-dept',
  'passive-aggressive',
  'unfortunately',
  'not-knowing',
  'apology-reflex',
  'system',
  'ill-try',
  'to-be-honest',
];

/** The suggestion category each learnt category is shown under. */
export const LEARNT_RULE_CATEGORY: Record<string, RuleCategory> = {
  refusal: 'cant-wont',
  'time-refusal': 'until',
  blame: 'blame',
  policy: 'policy',
  dismissive: 'dismissive',
  command: 'commands',
  'not-my-dept': 'cant-wont',
  'passive-aggressive': 'passive-aggressive',
  unfortunately: 'negative-words',
  'not-knowing': 'uncertainty',
  'apology-reflex': 'over-apology',
  system: 'cant-wont',
  'ill-try': 'uncertainty',
  'to-be-honest': 'negative-words',
};

export interface LearntModelJson {
  format: 'tactful-learnt';
  version: number;
  lang: LearntLang;
  /** Splits (and corpora) it was trained on. */
  trainedOn: string[];
  /** Hash of the training inputs (scripts/learnt-data.ts): the weights check compares it with the inputs of today. */
  inputs?: string;
  /** Logit a sentence must reach to be flagged. */
  threshold: number;
  bias: number;
  categories: string[];
  /** Feature -> weight, or [weight, index into `categories`] for a positive feature that votes for a category. */
  weights: Record<string, number | [number, number]>;
}

export interface LearntModel {
  lang: LearntLang;
  version: number;
  threshold: number;
  bias: number;
  categories: readonly string[];
  weights: ReadonlyMap<string, number>;
  cats: ReadonlyMap<string, number>;
}

export function loadModel(json: LearntModelJson): LearntModel {
  return {
    lang: json.lang,
    version: json.version,
    threshold: json.threshold,
    bias: json.bias,
    categories: json.categories,
    weights: new Map(Object.entries(json.weights).map(([f, v]) => [f, typeof v === 'number' ? v : v[0]])),
    cats: new Map(Object.entries(json.weights).flatMap(([f, v]): [string, number][] => (typeof v === 'number' ? [] : [[f, v[1]]]))),
  };
}
