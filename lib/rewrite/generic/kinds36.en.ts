/**
 * The thirty-sixth session's English kinds (rwen36: the second marked span of two-span items, on the writer splits late20 …
 * late35 and train31 … train35d). Read in the tenth pass (./kinds22.en.ts) behind one word bit (23). Each kind was written
 * first as look-alikes of other trades, spellings and registers with contrasts that must stay silent
 * (tests/unit/rewrite/en-recall36.test.ts). Every hit is advice of an existing construction (no text change): only the agent
 * knows what to say instead.
 *
 * - **a repeated apology closing news that is done** (`reflex-apology`; late31, late35, train31): "I've re-sent the link to
 *   your e-book, so sorry again 🙏", "the tech is coming tmrw at 9 sorry again", "here's the quote you asked for sorry again".
 *   kinds30 and kinds34 read "sorry about that" and leave "again" alone (a sincere apology said twice owes something).
 *   Only "(so) sorry again" closing the sentence (nothing after but marks and emoji), with done or arranged news in it and
 *   nothing the apology is owed for (kinds34's list without "again": a fault, a delay, a loss, a hedge, a question):
 *   "sorry again for the delay", "Sorry again, the courier lost it" stay silent.
 * - **the machine given as the reason for the agent's refusal** (`system-blocks`; late25, late31, late34, train35c, and
 *   late29 in kinds27's form): "the computer says the account is in arrears so i cant reset your gate code", "The
 *   computer's got it locked, I can't move your appointment", "The computer just says no when I type in your order
 *   number", "The algorithm decided you're not eligible, and there's nothing I can override". A machine of ours says,
 *   decides or holds it locked, and the same sentence refuses in the first person ("I / we can't", "nothing I can", "no
 *   way I can") or the machine "says no". Never a machine that reports news ("the system says your parcel was
 *   delivered"), a condition ("if the computer says no"), a question, the customer's own device.
 */
import type { Token } from '../../nlp/index.ts';
import { type NormPattern, readNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** News that is done or arranged (kinds34's APOLOGY_DONE with a visit or a delivery booked). */
const DONE36 = /\b(?:ready|done|sorted|fixed|resent|re-sent|sent|cleaned|tuned|serviced|booked|confirmed|reference|ref|working|arrived|in stock|refunded|credited|processed|approved|attached|all set|good to go|on its way|on the way|here is|here are|coming|scheduled|arranged|added|updated|shipped|dispatched|posted|emailed)\b/;
/** What an apology is owed for (kinds34's APOLOGY_OWED without "again", which the apology itself says). */
const OWED36 = /\b(?:not|no|never|cannot|can not|unable|delay|delays|delayed|late|wait|waiting|waited|mistake|error|wrong|missed|problem|issue|trouble|inconvenience|confusion|lost|damaged|broken|cancel|cancelled|canceled|closed|full|sold|out of|missing|fault|forgot|mix-up|mixup|oversight|typo|unfortunately|sadly|afraid|instead|but|however|still|only|charged|fee|failed|hear|loss|passed|condolences|twice|double|finally|eventually|at last|for the|for that|for this|for any|for all)\b|\?/;

/** A machine of ours, as the subject: "the computer", "our booking system", "the algorithm". */
const MACHINE36 = String.raw`(?:the|our|my) (?:[a-z-]+ )?(?:computer|system|algorithm|software|portal|machine|screen|app|database|terminal|till|until|program|programme)`;
/** The agent's own refusal in the same sentence. */
const REFUSES36 = /\b(?:i|we) (?:just |really |simply |honestly )?(?:can not|cannot|could not|am not able|are not able|am unable|are unable|have no way)\b|\bnothing (?:i|we) (?:can|could)\b|\bno way (?:i|we) (?:can|could)\b|\b(?:can not|cannot) do (?:it|that|anything)\b/;

const FORMS36: readonly NormPattern[] = [
  {
    // "I've re-sent the link, so sorry again 🙏", "the tech is coming tmrw at 9 sorry again".
    re: /(?<=^.{8,} )(?:so |really |very |super )?(?:sorry|soz|sry) again(?= *(?:[^\sa-z0-9'"] *)*$)/,
    construction: 'reflex-apology',
    category: 'over-apology',
    need: DONE36,
    not: OWED36,
  },
  {
    // "the computer says the account is in arrears so i cant reset your gate code", "The computer's got it locked, I can't
    // move your appointment", "The algorithm decided you're not eligible, and there's nothing I can override".
    re: new RegExp(String.raw`(?<=^|[,;:] |\b(?:but|and|so|sorry|afraid|unfortunately|hun|hon|love|mate) (?:, )?)${MACHINE36} (?:just |only |simply |still |has |have |'s |is )?(?:says no|said no|says|said|decided|has decided|got it locked|has it locked|locked it)\b`),
    construction: 'system-blocks',
    category: 'cant-wont',
    need: REFUSES36,
    not: /\b(?:if|unless|whether|when you|once you|your (?:computer|phone|app|screen|device|laptop|browser))\b|\?/,
  },
  {
    // "The computer just says no when I type in your order number": "says no" is the refusal itself.
    re: new RegExp(String.raw`(?<=^|[,;:] |\b(?:but|and|so|sorry|afraid|unfortunately|hun|hon|love|mate) (?:, )?)${MACHINE36} (?:just |only |simply |still |keeps |always )?(?:says|said|saying) no\b`),
    construction: 'system-blocks',
    category: 'cant-wont',
    not: /\b(?:if|unless|whether|once you|your (?:computer|phone|app|screen|device|laptop|browser))\b|\?/,
  },
];

/** Norms one of which every reading needs. */
const GATE = new Set(['sorry', 'soz', 'sry', 'computer', 'system', 'algorithm', 'software', 'portal', 'machine', 'screen', 'app', 'database', 'terminal', 'till', 'until', 'program', 'programme']);

/** The gate's word test (./kinds22.en.ts's word bit 23, audited by tests/unit/rewrite/en-gates.test.ts). */
export const kinds36Word = (w: string): boolean => GATE.has(w);

export function kinds36MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The thirty-sixth session's English kinds in one sentence. */
export function readKinds36(tokens: Token[]): GenericHit[] {
  // readNormPatterns already keeps its hits apart.
  return readNormPatterns(FORMS36, tokens);
}
