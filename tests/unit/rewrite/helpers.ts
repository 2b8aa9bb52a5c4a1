import type { PackRule, PhrasePack } from '../../../lib/packs/index.ts';

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

/** Deterministic PRNG (mulberry32) so fuzz runs are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
