/**
 * en39: a hold the back office names in its own word, lifted by a payment ("Your unit is on overlock until the balance is
 * cleared", "your unit's on overlock till the arrears are cleared"). English lone terms (jargon37) fall as often on words
 * writers leave unmarked as on terms; this frame did not on the development splits: a word customers do not write
 * (`customerBand` 0), held "on / in / under" as a state, and released by money owed right after "until / till / pending"
 * (the balance, the arrears, a payment, an invoice). Kept in every leave-one-writer-split-out fold (lib/rewrite/README.md
 * "en39": late21, train31, late32; no neutral and no unmarked word of any English development split in the frame).
 *
 * A hold in plain words stays quiet ("on hold until the balance is paid", "on stop", "in arrears"), as does a capitalised
 * word (a name), a word in quotation marks or explained, a release that is no money ("on standby until 6pm"), and text the
 * draft does not own. Advice with the internal-jargon explanation (English and Persian), rule id `jargon-hold-frame`,
 * silenced with internal-jargon; run before jargon36's co-term pass, so a sentence it flags has its other terms read too.
 */
import { customerBand } from './generic/jargon-common.ts';
import { explainedAt } from './generic/jargon.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { jargonAdvice, spanFree, withAdded, type JargonPassOptions } from './jargon36.ts';
import type { Suggestion } from './engine.ts';

export const HOLD_FRAME_RULE = 'jargon-hold-frame';

/**
 * The hold: "on / in / under (a / the) X", then "until / till / pending". Not the participle ("has been overlocked pending
 * payment", late25): the words customers do not write there are everyday ones too ("padlocked", "impounded", "clamped").
 */
const HOLD = /\b(?:on|in|under)\s+(?:an?\s+|the\s+)?([a-z][a-z-]{3,})\s+(?:until|till|til|pending)\b/g;
/** What releases it, right after "until / pending": money owed ("the (AR / outstanding) balance", "the arrears", "payment of …"). */
const RELEASE = /^\s*(?:(?:the|your|full|all|any)\s+)?(?:(?:[A-Z]{2,3}|outstanding|overdue|unpaid|remaining|account|april|may|june|july|[a-z]+ly)\s+)?(?:balance|arrears|payment|invoice|debt|dues|fees|rent)\b/i;

/** The list with advice over every payment hold named in a word customers do not write (see the header). */
export function addJargonHoldEn(draft: string, list: Suggestion[], sentences: ReadonlyArray<{ start: number; end: number; text: string }>, o: JargonPassOptions): Suggestion[] {
  if (!/\b(?:until|till|til|pending)\b/.test(draft)) return list;
  if (o.silenced?.has(`${GENERIC_PACK_ID}/internal-jargon`) || o.silenced?.has(`${GENERIC_PACK_ID}/${HOLD_FRAME_RULE}`)) return list;
  const added: Suggestion[] = [];
  for (const sent of sentences) {
    HOLD.lastIndex = 0;
    for (let m = HOLD.exec(sent.text); m; m = HOLD.exec(sent.text)) {
      const word = m[1];
      if (customerBand('en', word) !== 0) continue;
      if (!RELEASE.test(sent.text.slice(m.index + m[0].length))) continue;
      const a = sent.start + m.index + m[0].lastIndexOf(word);
      const b = a + word.length;
      if (/["“‘']$/.test(draft.slice(a - 1, a)) || explainedAt(draft, a, b)) continue;
      if (!spanFree(a, b, list, added, o.exclude)) continue;
      added.push(jargonAdvice(HOLD_FRAME_RULE, draft.slice(a, b), a, b, 'en', o.uiLang ?? 'en'));
    }
  }
  return withAdded(list, added);
}
