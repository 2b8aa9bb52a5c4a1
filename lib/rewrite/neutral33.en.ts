/**
 * English neutrals read by kind in the thirty-third session (rwen33). Wired in neutral15.en.ts's `neutralReason` after
 * neutral32, so a candidate read here is dropped before any suggestion is chosen. Look-alikes and contrasts in
 * scripts/en-recall33-matrix.ts.
 *
 * - **"don't stress / worry about it" with nothing waved off** (kinds33.en.ts reads the phrase in any sentence): it is a
 *   dismissal only beside "<the matter> is (totally) normal / common / expected" within a sentence either side ("peeling
 *   on day 4 is normal. dont stress about it"); alone it is the warm answer to a customer's own apology ("Don't worry about
 *   it, these things happen!"), and beside a result the customer waited for ("the bloods came back normal") it is good
 *   news. Only this phrase: kinds29's "don't panic" and the packs' readings are not read here.
 */
import type { NeutralCandidate } from './neutral16.en.ts';

const WORRY_ABOUT_IT = /^(?:do not|don't|don’t|dont) (?:stress|worry|fret)(?: (?:too much|yourself|yaself|ya self))? about (?:it|that|this)$/i;
/** The matter called normal: "is normal", "'s totally normal", "are completely expected", "is very common". */
const CALLED_NORMAL = /\b(?:is|are|'s|’s|s|its|it's|it’s|thats|that's|that’s|totally|completely|perfectly)\s+(?:(?:totally|completely|perfectly|pretty|quite|very|really|super|entirely|absolutely|just|all|so)\s+)?(?:normal|common|expected|standard|usual|to be expected)\b/i;
/** A result the customer waited for came back fine: good news, not a concern waved off. */
const RESULT_FINE = /\b(?:came back|come back|results?|tests?|scans?|bloods|readings?|levels?|x-?rays?|checks? (?:came|showed))\b/i;
/** Characters read either side of the phrase (about a sentence each way). */
const NEAR = 160;

/** Why an English candidate is neutral by one of this session's kinds, or null. */
export function neutral33Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'dismissive') return null;
  if (!WORRY_ABOUT_IT.test(draft.slice(c.start, c.end).trim())) return null;
  const near = draft.slice(Math.max(0, c.start - NEAR), Math.min(draft.length, c.end + NEAR));
  if (CALLED_NORMAL.test(near) && !RESULT_FINE.test(near)) return null;
  return 'neutral:worry-nothing-waved-off';
}
