/**
 * The learnt clause reader's switches, without its weights (the options page reads these; lib/rewrite/learnt.ts the
 * panel's engine). Switched like a pack: the pseudo-pack id of a language in prefs.disabledPacks turns it off there.
 */
import type { LearntLang } from './features.ts';

export const LEARNT_PACK_IDS: Readonly<Record<LearntLang, string>> = { en: 'tactful-learnt-en', fa: 'tactful-learnt-fa' };
export const LEARNT_LANGUAGES: readonly LearntLang[] = ['en', 'fa'];

/**
 * Languages whose learnt reader is on by default (twenty-fourth session, chosen on leave-one-split-out and
 * leave-one-matrix-out runs: lib/rewrite/README.md, "Learnt clause reader (twenty-fourth session)"). The pseudo-pack id in
 * `disabledPacks` is the off switch; SuggestOptions.learnt true reads every language, false none.
 */
export const LEARNT_ON_BY_DEFAULT: Readonly<Record<LearntLang, boolean>> = { en: true, fa: false };
