/**
 * Generated packs that push the pack cost budget (lib/packs/budget.ts), shared by
 * tests/unit/packs/budget.test.ts (accept/reject) and tests/bench/packs.bench.ts (time).
 * Deterministic: the same arguments give the same pack.
 */
import type { PhrasePack, PackRule } from '../../../lib/packs/index.ts';
import { applySuggestion, suggestRewrites } from '../../../lib/rewrite/index.ts';

/** A made-up word, distinct per (i, j), letters only. */
export function word(i: number, j: number): string {
  const letters = 'bcdfghjklmnpqrstvwz';
  const enc = (n: number) => {
    let s = '';
    do {
      s += letters[n % letters.length];
      n = Math.floor(n / letters.length);
    } while (n > 0);
    return s;
  };
  return `${enc(i)}a${enc(j)}o`;
}

/**
 * `first [a|b|c|d] [e|f|g|h] ...`: 4^groups expansions (groups = 4 gives the 256 the format
 * allows). `short` alternatives are two letters, so expansions run out before size does.
 */
export function groupPattern(first: string, groups: number, salt: number, short = false): string {
  const alt = (a: number, k: number) => (short ? `${'bcdf'[a]}${'aeiou'[k % 5]}` : word(a, salt * 10 + k));
  const g = Array.from({ length: groups }, (_, k) => `[${[0, 1, 2, 3].map((a) => alt(a, k)).join('|')}]`);
  return [first, ...g].join(' ');
}

/**
 * A rule whose examples pass: the bad example is the pattern's first reading in a sentence, its
 * expected text is what the engine makes of it, and the good example is unrelated.
 */
export function ruleFor(id: string, patterns: string[], badText: string, unless?: string[]): PackRule {
  const rule: PackRule = {
    id,
    category: 'other',
    severity: 'hint',
    patterns,
    replacements: ['fine'],
    explanation: 'Generated to test the cost budget.',
    examples: { bad: [{ text: badText, expected: badText }], good: ['Nothing to see here.'] },
  };
  if (unless) rule.unless = unless;
  const alone = packOf('probe.pack', [rule]);
  const found = suggestRewrites(badText, [alone]);
  if (found.length) rule.examples.bad[0].expected = applySuggestion(badText, found[0], 0);
  return rule;
}

export function packOf(id: string, rules: PackRule[]): PhrasePack {
  return { formatVersion: 1, id, name: `Generated ${id}`, version: '1.0.0', languages: ['en'], rules } as PhrasePack;
}

/** The pack of issue 15: `rules` × `patterns` patterns × 256 expansions, inside every per-field limit. */
export function issuePack(rules = 1000, patterns = 20): PhrasePack {
  // Examples are not computed (that would compile every rule): the budget refuses it before they run.
  return packOf(
    'hostile.wide',
    Array.from({ length: rules }, (_, r) => ({
      id: `r${r}`,
      category: 'other',
      severity: 'hint',
      patterns: Array.from({ length: patterns }, (_, p) => groupPattern(word(r, p), 4, p)),
      replacements: ['fine'],
      explanation: 'Generated to test the cost budget.',
      examples: { bad: [{ text: 'x', expected: 'x' }], good: ['y'] },
    })),
  );
}

/**
 * Rules of `perRule` patterns with 4^groups expansions each, until the pack holds `expansions`
 * expansions. Examples are computed, so the pack validates when it fits the budget.
 */
export function packWithExpansions(id: string, expansions: number, groups = 4, perRule = 20): PhrasePack {
  // Short alternatives: the pack reaches its expansions before its size.
  const each = 4 ** groups;
  const rules: PackRule[] = [];
  let total = 0;
  for (let r = 0; total + each <= expansions; r++) {
    const patterns: string[] = [];
    for (let p = 0; p < perRule && total + each <= expansions; p++, total += each) patterns.push(groupPattern(word(r, p), groups, p, true));
    const first = patterns[0].replace(/\[([^|\]]+)\|[^\]]*\]/g, '$1');
    rules.push(ruleFor(`r${r}`, patterns, `Well, ${first} today.`));
  }
  return packOf(id, rules);
}

/**
 * Patterns that repeat one word around slots, the shape that makes the matcher branch most on a
 * draft of that word repeated (`the the the ...`): up to three slots with "the" between them.
 */
export function walkPack(id: string, rules: number, lead = 4, tail = 6): PhrasePack {
  return packOf(
    id,
    Array.from({ length: rules }, (_, r) => {
      const patterns = Array.from({ length: 5 }, (_, k) => `${'the '.repeat(k % lead)}the {a} the {b} the {c} the ${'the '.repeat(r % tail)}${word(r, k)}`);
      return ruleFor(`r${r}`, patterns, `the one the two the three the ${'the '.repeat(r % tail)}${word(r, 0)} now`);
    }),
  );
}

/** Drafts of about 2,000 characters that keep a matcher busiest: one word repeated, and the pack's own words. */
export function adversarialDrafts(pack: PhrasePack): Record<string, string> {
  const words = [...new Set(pack.rules.flatMap((r) => r.patterns.join(' ').split(/[^a-z]+/).filter(Boolean)))];
  const own = Array.from({ length: 400 }, (_, i) => words[i % words.length]).join(' ').slice(0, 2000);
  return { the: 'the '.repeat(500).trim(), a: 'a '.repeat(1000).trim(), own };
}

/** A small valid pack whose one three-slot pattern costs about 2,100 walk steps (of 2,500 per pack). */
export function slotChainPack(id: string): PhrasePack {
  return packOf(id, [ruleFor('thanks', ['thank {a} the {b} the {c} the end'], 'Well, thank you the one the two the end.')]);
}
