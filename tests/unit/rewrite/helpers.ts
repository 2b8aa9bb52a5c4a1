import type { PackRule, PhrasePack } from '../../../lib/packs/index.ts';
import { parseMarked } from '../../bench/rewrite-quality.ts';

type RuleInput = Partial<PackRule> & { patterns: string[]; replacements?: string[] };

let n = 0;
/** A pack for tests; rules get ids r0, r1, ... and harmless defaults. Not validated. */
export function testPack(rules: RuleInput[], over: Partial<PhrasePack> = {}): PhrasePack {
  return {
    formatVersion: 1,
    id: over.id ?? `test.pack${n++}`,
    name: 'Test',
    version: '1.0.0',
    languages: ['en'],
    ...over,
    rules: rules.map((r, i) => ({
      id: `r${i}`,
      category: 'other',
      severity: 'warning',
      replacements: ['X'],
      explanation: 'Because.',
      examples: { bad: [{ text: 'x', expected: 'x' }], good: ['y'] },
      ...r,
    })),
  } as PhrasePack;
}

/** Deterministic PRNG (mulberry32) so fuzz runs are reproducible: the benches' one. */
export { rng } from '../../bench/stats.ts';

/** The [[marked]] words of `marked` that no hit of `read` overlaps (by its flagged range), with the plain text and the hits. */
export function unflaggedMarked<H extends { flagged: { start: number; end: number } }>(marked: string, read: (text: string) => H[]) {
  const { text, spans } = parseMarked(marked);
  const hits = read(text);
  const unflagged = spans.filter(([s, e]) => !hits.some((h) => h.flagged.start < e && s < h.flagged.end)).map(([s, e]) => text.slice(s, e));
  return { text, spans, hits, unflagged };
}
