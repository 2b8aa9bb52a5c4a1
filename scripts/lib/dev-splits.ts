/**
 * What the tone figure scripts share (tone-frustration-figures18, tone-fa-frust18-figures, tone-register-figures19): the
 * development splits named on their command line, never a held-out or aside one, and a cue's false alarms and misses.
 */
import { DEV_SPLITS, type EvalCue, type EvalFigures, type EvalSplit } from '../../tests/bench/tone.eval.ts';

/** The development splits among `names`, in their order; each other name is printed as skipped when the walk reaches it. */
export function* devSplitsNamed(names: readonly string[]): Generator<EvalSplit> {
  for (const s of names) {
    if (!(DEV_SPLITS as readonly string[]).includes(s)) {
      console.log(`${s}: not a development split, skipped`);
      continue;
    }
    yield s as EvalSplit;
  }
}

/** A cue's false alarms (shown, not labelled) and misses (labelled, not shown) among a split's figures. */
export function cueErrors(f: EvalFigures, cue: EvalCue): { fp: number; fn: number } {
  const errs = f.errors.filter((e) => e.cue === cue);
  const fp = errs.filter((e) => e.got).length;
  return { fp, fn: errs.length - fp };
}
