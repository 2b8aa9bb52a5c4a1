/**
 * Reader gates (perftone32, issue 13): whether a cue's sub-reader can find anything in this message, read before it is
 * called, so a reader whose gate is closed is never called and the arrays its call would be given are never made.
 *
 * A gate is built once, at module load, from the reader's OWN parts, never from a hand list that could drift from them:
 * the text gates it already reads (textgate.ts: one shared scan per message), the gates read off its regular expressions
 * (patternGate), and the anchors its token walks start from (anchors.ts: one shared token pass per message, any number of
 * anchors). The gate opens when the latest words hold one word of the text part OR one anchor of the anchor part; with no
 * text part and no anchors it is always open. It must be a NECESSARY condition: every message on which the reader finds
 * something opens it (a wider gate is safe; a narrower one changes what the reader says).
 *
 * Joining (one line per reader, beside the reader):
 *
 *   export const KINDS33_GATE = gateOf('readKinds33', { text: [NOW_GATE, PRAISE_GATE, SOME_RE] });
 *
 * and at the call site (one line):
 *
 *   const kinds33 = gated(ctx, KINDS33_GATE) ? audited(KINDS33_GATE, readKinds33(ctx, …)) : NOTHING;
 *
 * where NOTHING is what the reader returns when it finds nothing (the same shape). `audited` returns its argument; under
 * the audit (tests/unit/tone/reader-gates.test.ts: every tone fixture split, the public sets, the cue examples), every gate
 * reads open, every reader runs, and a reader that found something on a message its gate closed is recorded: the test
 * fails on any.
 */
import { type Anchor, has } from './anchors.ts';
import type { CueContext } from './cue.ts';
import { opens, type TextGate, unionGate } from './textgate.ts';

export interface ReaderGate {
  /** The reader's name (the audit's report). */
  readonly name: string;
  /** Open when the latest words hold one of its words (null: no text part). */
  readonly text: TextGate | null;
  readonly anchors: readonly Anchor[];
  /** No text part and no anchors: always open. */
  readonly always: boolean;
  /** Audit state: the context of the last message this gate read closed on (null: open). */
  closedOn: CueContext | null;
}

/**
 * A reader's gate from its own parts: `text`, the text gates it reads and the patterns it runs (their union; any part
 * without a gate leaves the text part out), and `anchors`, anchors one of which some token passes whenever it finds
 * something by a token walk. The reader finds something only if one part opens: list every way it can find something.
 */
export function gateOf(name: string, parts: { text?: readonly (TextGate | RegExp | null)[]; anchors?: readonly Anchor[] }): ReaderGate {
  const text = parts.text && parts.text.length ? unionGate(parts.text) : null;
  const anchors = parts.anchors ?? [];
  // A text part that may be open on any text (a part without a gate) makes the whole gate open.
  const always = (parts.text !== undefined && parts.text.length > 0 && text === null) || (text === null && anchors.length === 0);
  const g: ReaderGate = { name, text, anchors, always, closedOn: null };
  all.push(g);
  return g;
}

const all: ReaderGate[] = [];

/** Every gate declared (for the audit test). */
export function readerGates(): readonly ReaderGate[] {
  return all;
}

function isOpen(ctx: CueContext, g: ReaderGate): boolean {
  if (g.always) return true;
  if (g.text !== null && opens(ctx.low, g.text)) return true;
  const as = g.anchors;
  for (let i = 0; i < as.length; i++) if (has(ctx.doc, as[i])) return true;
  return false;
}

let auditing = false;
const misses: { gate: string; message: string }[] = [];

/** Whether the reader behind g may find something in this message (always true under the audit). */
export function gated(ctx: CueContext, g: ReaderGate): boolean {
  if (!auditing) return isOpen(ctx, g);
  g.closedOn = isOpen(ctx, g) ? null : ctx;
  return true;
}

/** The reader's result, unchanged; under the audit, recorded when it found something where its gate was closed. */
export function audited<R>(g: ReaderGate, r: R): R {
  if (auditing && g.closedOn !== null) {
    if (found(r)) misses.push({ gate: g.name, message: g.closedOn.message });
    g.closedOn = null;
  }
  return r;
}

/** Whether a reader's result holds a finding: a score, evidence, a flag, an item (an empty result holds none). */
export function found(r: unknown): boolean {
  if (r === null || r === undefined || r === false || r === 0 || r === '') return false;
  if (Array.isArray(r)) return r.length > 0;
  if (typeof r === 'object') return Object.values(r as object).some(found);
  return true;
}

/** The audit (tests only): every gate reads open and every closed gate's reader is checked; returns what it found since on. */
export function gateAudit(on: boolean): { gate: string; message: string }[] {
  auditing = on;
  const out = misses.splice(0);
  for (const g of all) g.closedOn = null;
  return out;
}
