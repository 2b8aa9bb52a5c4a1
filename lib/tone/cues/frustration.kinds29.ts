/**
 * Frustration, session 29 (tone29): one entry for the session's readings (English here, Persian and Finglish in
 * ./frustration.fa.kinds29.ts), so frustration.ts calls one reader. Kinds pooled over the fresh splits late20 … late28
 * and kept only where they recur in three splits or more; look-alikes in scripts/tone-kinds29-matrix.ts.
 *
 * - **displeasure in a lawyer's register** (English; late21, late27, late28): "I reserve my client's position in respect
 *   of costs", "I am otherwise minded to refer the matter to the Information Commissioner's Office", "The allegation is
 *   unfounded and … defamatory": a position or rights reserved, a step against the company one is "minded to" take
 *   (refer, report, escalate, pursue, take the matter further), an allegation called unfounded or defamatory. Not a plan
 *   one is minded to follow with the company ("minded to renew"), rights reserved by the company's terms ("you reserve
 *   the right to …"), nor asked about.
 *
 * Cheap: a text gate before any token is read.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { readFaKinds29 } from './frustration.fa.kinds29.ts';

type Tok = CueContext['doc']['tokens'][number];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

const LEGAL_GATE = textGate(['reserve', 'minded to', 'unfounded', 'defamatory']);
/** Steps against the company one may be "minded to" take. */
const STEP = new Set(['refer', 'report', 'escalate', 'pursue', 'complain', 'take', 'issue', 'instruct', 'involve', 'contact', 'raise', 'seek', 'bring', 'notify', 'withhold']);

/** Whether the sentence of token i ends in a question mark. */
function asked(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const [, e] = unitRange(t, i, 'sentence');
  return /^[^\p{L}\p{N}\n]*\?/u.test(ctx.doc.text.slice(t[e - 1].end, t[e - 1].end + 4));
}

function legalAt(t: readonly Tok[], i: number): number {
  const k = t[i].key;
  // "I reserve my (client's) position", "we reserve all our rights": the customer's own, not "you reserve the right to".
  if ((k === 'reserve' || k === 'reserves') && /^(?:i|we|client|my|our)$/.test(t[i - 1]?.key ?? '') && !t[i].negated) {
    for (let j = i + 1; j <= i + 5 && j < t.length && t[j].sentence === t[i].sentence; j++) if (t[j].key === 'position' || t[j].key === 'rights') return j;
  }
  // "I am (otherwise) minded to refer the matter …".
  if (k === 'minded' && t[i + 1]?.key === 'to' && STEP.has(t[i + 2]?.key ?? '') && !t[i].negated) return i + 2;
  // "The allegation is unfounded", "… defamatory in its implication".
  if ((k === 'unfounded' || k === 'defamatory') && !t[i].negated) {
    for (let j = i - 1; j >= 0 && j >= i - 8 && t[j].sentence === t[i].sentence; j--) if (/^(?:allegation|allegations|accusation|accusations|claim|claims|suggestion|decision|assertion)$/.test(t[j].key)) return i;
  }
  return -1;
}

function readLegal(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!opens(ctx.low, LEGAL_GATE)) return NOTHING;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const end = legalAt(t, i);
    if (end < 0 || asked(ctx, t, i)) continue;
    let from = i;
    if (t[i].key === 'minded' && t[i - 1]?.key === 'otherwise') from = i - 1;
    if ((t[i].key === 'unfounded' || t[i].key === 'defamatory') && t[i - 1]?.key === 'is') from = i - 1;
    return { score: 1.1, evidence: [ctx.ev({ start: t[from].start, end: t[end].end }, 'tone.why.threat')] };
  }
  return NOTHING;
}

/** Session 29's readings: English here, Persian and Finglish in ./frustration.fa.kinds29.ts. Words already shown are not counted twice. */
export function readKinds29(ctx: CueContext, prior: Evidence[]): { score: number; evidence: Evidence[] } {
  if (ctx.empty) return NOTHING;
  const fa = readFaKinds29(ctx, prior);
  if (ctx.fa || fa.score > 0 || fa.evidence.length) return fa;
  const legal = readLegal(ctx);
  if (!legal.score || prior.some((e) => e.start < legal.evidence[0].end && legal.evidence[0].start < e.end)) return NOTHING;
  return legal;
}
