/**
 * A suggestion kept as advice: the same flag and explanation over the flagged words, no text change. One shape for every
 * pass that turns a rewrite or a template into advice (the engine's own toAdvice adds the reason it records).
 */
import type { Suggestion } from './engine.ts';

export const asAdvice = (draft: string, s: Suggestion): Suggestion => ({
  ...s,
  kind: 'advice',
  replacements: [],
  start: s.flagged.start,
  end: s.flagged.end,
  original: draft.slice(s.flagged.start, s.flagged.end),
});
