/**
 * Every tone cue, in reading order (a module may read the outcome of those before it: emoji and
 * register look at academic, polite and emoji at frustration, frustration at repeat). Adding a cue:
 * write its file (lexicon, patterns, strings, examples) and list it here.
 */
import type { CueModule } from '../cue.ts';
import * as academic from './academic.ts';
import * as caps from './caps.ts';
import * as emoji from './emoji.ts';
import * as frustration from './frustration.ts';
import * as implicit from './frustration.implicit.ts';
import * as kinds27 from './frustration.kinds27.ts';
import * as kinds28 from './frustration.kinds28.ts';
import * as kinds30 from './frustration.kinds30.ts';
import * as kinds32 from './frustration.kinds32.ts';
import * as kinds33 from './frustration.kinds33.ts';
import * as kinds35 from './frustration.kinds35.ts';
import * as fa32 from './frustration.fa.kinds32.ts';
import * as learnt34 from './frustration.learnt34.ts';
import * as language from './language.ts';
import * as length from './length.ts';
import * as polite from './polite.ts';
import * as questions from './questions.ts';
import * as register from './register.ts';
import * as register15 from './register.kinds15.ts';
import * as repeat from './repeat.ts';
import * as urgency from './urgency.ts';
import { withUrgency39 } from './urgency.39.ts';

export const CUE_MODULES: readonly CueModule[] = [
  repeat.repeat,
  // Session 34: a learnt reader after the readers, English only, where they found something and stayed quiet (./frustration.learnt34.ts).
  learnt34.withLearnt34(frustration.frustration),
  // Session 39: look-alikes of pressure (a promised time frame told back, «ظرف ۴۸ ساعت» of a formal letter, …) drop the cue (./urgency.39.ts).
  withUrgency39(urgency.urgency),
  caps.caps,
  academic.academic,
  register.register,
  questions.questions,
  polite.polite,
  emoji.emoji,
  language.language,
  length.length,
];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Strings = { readonly en: object; readonly fa: object };

function merge<const T extends readonly Strings[]>(...parts: T): { en: UnionToIntersection<T[number]['en']>; fa: UnionToIntersection<T[number]['fa']> } {
  const out = { en: {}, fa: {} };
  for (const p of parts) {
    Object.assign(out.en, p.en);
    Object.assign(out.fa, p.fa);
  }
  return out as never;
}

/** Every cue's UI strings (lib/i18n/strings/tone.ts spreads them into the catalogue). */
export const cueStrings = merge(
  repeat.strings,
  frustration.strings,
  implicit.strings,
  kinds27.strings,
  kinds28.strings,
  kinds30.strings,
  kinds32.strings,
  kinds33.strings,
  kinds35.strings,
  learnt34.strings,
  fa32.strings,
  urgency.strings,
  caps.strings,
  academic.strings,
  register.strings,
  register15.strings,
  questions.strings,
  polite.strings,
  emoji.strings,
  language.strings,
  length.strings,
);
