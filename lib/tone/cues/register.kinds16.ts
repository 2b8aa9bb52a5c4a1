/**
 * Register, the sixteenth session's Persian kind (issue 13), read off fresh4 and late13 (two writers): a plain
 * greeting «سلام» (not «با سلام») and the sign-off «با سپاس» around plain written Persian is a neutral message, not a
 * formal letter ("سلام، بخاری‌ای که هفته گذشته دریافت کردم از کار افتاده است … با سپاس"). Over the development splits
 * every message whose only officialese is «با سپاس» was labelled neutral (3 of 3); with «با سلام», «احتراماً»,
 * «خواهشمند است», «اینجانب» or a second elevated word the letter stays formal.
 */
import type { CueContext } from '../cue.ts';
import { OFFICIAL } from './register.kinds.ts';

const SIGN_OFF = new Set(['باسپاس', 'سپاس']);

/** Whether the message's only Persian officialese is the sign-off «با سپاس», after a plain «سلام». */
export function plainSignOffFa(ctx: CueContext): boolean {
  const words = new Set<string>();
  const add = (text: string, h: { start: number; end: number }) => words.add(text.slice(h.start, h.end).replace(/[\u200c\s]+/g, ''));
  for (const h of ctx.a.hits) if (h.category === OFFICIAL || (h.category === 'formality' && h.weight >= 0.8)) add(ctx.a.text, h);
  for (const r of ctx.outer) for (const h of r.hits) if (h.category === OFFICIAL || (h.category === 'formality' && h.weight >= 0.8)) add(r.doc.text, h);
  if (words.size === 0 || [...words].some((w) => !SIGN_OFF.has(w))) return false;
  return /^\s*سلام(?=[\s\u060c,.!]|$)/.test(ctx.a.text);
}
