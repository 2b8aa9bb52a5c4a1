/**
 * The learnt stage of the frustration cue (issue 13): a logistic model over the customer's latest words
 * and the layer's signals (never the rule module's own reading: ./frustration.learnt.features.ts's `lex`
 * group), trained on the development tone splits by tests/bench/frustration.train.ts.
 *
 * It is a gate, not a source: a cue the rules show stays only when the model does not read the message
 * as calm (probability >= the gate). It never adds a cue and never changes the evidence or the tooltip's
 * reason (the rule's carrying words stay the evidence). Why a gate (the script's figures, README of
 * tests/fixtures/tone-eval): the rules were read off the development splits and reach 0.95+ there, but
 * on other writers' messages they fire on calm ones; the learnt words transfer better, and as a veto on
 * the rules' cue they raised English precision on late10 (the split no rule was read off) and on the
 * aside splits without losing accuracy. Persian: no variant transferred (gate and blend lost accuracy or
 * precision on late10 and the aside splits), so Persian messages are not gated.
 */
import type { CueContext, Outcome } from '../cue.ts';
import { frustrationGateEn } from '../learnt.frustration.en.ts';
import { frustrationFeatures } from './frustration.learnt.features.ts';

let weights: ReadonlyMap<string, number> = frustrationGateEn.weights;
let z = 0;
const add = (k: string, v: number): void => {
  const w = weights.get(k);
  if (w !== undefined) z += w * v;
};

/** The learnt probability that the message is frustrated, or null where no model applies (Persian). */
export function learntFrustration(ctx: CueContext, out: Outcome): number | null {
  if (ctx.fa) return null;
  weights = frustrationGateEn.weights;
  z = frustrationGateEn.bias;
  frustrationFeatures(ctx, out, add, false);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Below this many words the learnt stage does not judge: a short message gives its word weights too little to go
 * on, and the rules' few carrying words ("unconscionable", "the last time I order") are all there is.
 */
export const GATE_MIN_WORDS = 12;

let gateOn = true;

/**
 * Runs fn with the learnt stage off: for the tests of the rules' own kinds (each cue module's examples), which
 * say what the rules read; the gate has its own figures (tests/bench/frustration.train.ts) and tests.
 */
export function withoutLearntGate<T>(fn: () => T): T {
  gateOn = false;
  try {
    return fn();
  } finally {
    gateOn = true;
  }
}

/** Whether the rules' cue stays: the learnt stage does not read the message as calm. */
export function learntKeeps(ctx: CueContext, out: Outcome): boolean {
  if (!gateOn || ctx.a.words < GATE_MIN_WORDS) return true;
  const p = learntFrustration(ctx, out);
  return p === null || p >= frustrationGateEn.gate;
}
