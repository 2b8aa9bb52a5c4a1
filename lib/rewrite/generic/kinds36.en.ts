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
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
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
    // en39: "ive resent the pass to your email now so so sorry": an intensified apology closing news that is done, the
    // same reflex as "sorry again" (train35b; a bare "sorry" closing the sentence stays unread).
    re: /(?<=^.{8,} )(?:(?:so|really|very|super|terribly) ){1,3}(?:sorry|soz|sry)(?= *(?:[^\sa-z0-9'"] *)*$)/,
    construction: 'reflex-apology',
    category: 'over-apology',
    need: DONE36,
    not: OWED36,
  },
  {
    // en39: "Reckon we'll have it built by the end of the month, touch wood.", "Touch wood, the part lands Monday": the
    // luck hedge of "knock on wood" (en.ts reads that one), set off by punctuation as the idiom is; never "don't let the
    // bleach touch wood", a wish for the customer's own day.
    re: /(?<=^|[,;:.!–-] )(?:and )?touch wood(?= *(?:[,;:.!–)-]|$))/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\b(?:good luck|enjoy|exam|test|interview|weather|health|recovery|get well|your (?:trip|holiday|day|party|wedding|birthday))\b|\?/,
  },
  {
    // en39: "We are hoping the vegan batch will be ready by Saturday.", "I'm hoping to have the frame repaired by Thursday":
    // "hopefully" said as a verb over our own step or its outcome, by a time (kinds20 reads the adverb's form). Never a hope
    // for the customer ("we're hoping you enjoy it"), no time.
    re: /\b(?:we|i) (?:are|am) (?:really |just |still )?hoping(?= (?:that )?(?:(?:it|this|that|they|the [a-z-]+(?: [a-z-]+)?|your [a-z-]+(?: [a-z-]+)?) (?:will|would|should|can|could) (?:be |get )?(?:ready|done|fixed|sorted|finished|repaired|back|in|there|with you|delivered|arrive|arriving|shipped|sent|dispatched|approved|processed|restocked|available|in stock|installed|fitted|completed)|to (?:(?:have|get) (?:it|this|that|them|the [a-z-]+(?: [a-z-]+)?|your [a-z-]+(?: [a-z-]+)?) (?:[a-z]+ed|done|ready|sorted|fixed|back|made|sent|in|out|over|to you|with you)|(?:finish|fix|deliver|send|ship|complete|sort|repair|dispatch|post) (?:it|this|that|them|the|your))) .{0,50}\b(?:by|before|until|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:this|next) (?:week|weekend|month|morning|afternoon|evening)|end of|in time)\b)/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\b(?:you|u) (?:enjoy|like|love|had|have|are|feel)\b|\?/,
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
const GATE = new Set(['sorry', 'soz', 'sry', 'touch', 'hoping', 'computer', 'system', 'algorithm', 'software', 'portal', 'machine', 'screen', 'app', 'database', 'terminal', 'till', 'until', 'program', 'programme']);

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

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(FORMS36);
