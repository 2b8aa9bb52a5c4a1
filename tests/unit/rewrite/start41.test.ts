// @vitest-environment node
/**
 * (rperf41) What a page's first analysis builds once: the literal pre-checks' scanners over every list registered when
 * its module loads, and pack tries whose single-child nodes keep their child in two fields (compile.ts childAt).
 */
import { describe, expect, it } from 'vitest';
import { suggestRewrites } from '../../../lib/rewrite/engine.ts';
import { childAt, compilePack, type TrieNode } from '../../../lib/rewrite/compile.ts';
import { normScanStats } from '../../../lib/rewrite/generic/norm-patterns.en.ts';
import { finglishScanStats } from '../../../lib/rewrite/generic/breadth27.fa.ts';
import { requiredLiterals } from '../../../lib/text/regex-literals.ts';
import { testPack } from './helpers.ts';

describe('literal pre-checks built once', () => {
  it('every norm-pattern list and Finglish table is registered at load: one scanner each over a page of analyses', () => {
    const drafts = [
      "Unfortunately we can't refund the order because it was shipped last week. You must send the item back first.",
      "That's not my department, you'll have to call billing. As I already told you, the rule is the rule.",
      'I have checked again and the order is on its way. Sorry for the wait, we are looking into it.',
      'Please read the FAQ before contacting us again. Finally someone noticed, it should have been done already.',
      'motasefane nemitunim pool ro bargardunim. ghanoone sherkate.',
    ];
    const pack = testPack([{ patterns: ['zzqx'] }]);
    for (const d of drafts) suggestRewrites(d, [pack], { cache: false });
    // A list or table first seen when read makes the scanner be built again over a longer list: register it where it is
    // declared (registerNormPatterns / registerFinglishTables at the end of its module).
    expect(normScanStats.lateLists).toBe(0);
    expect(finglishScanStats.lateTables).toBe(0);
    expect(normScanStats.builds).toBe(1);
    expect(finglishScanStats.builds).toBe(1);
  });

  it('requiredLiterals answers a source and flags once, the same list for a new RegExp of them', () => {
    const a = requiredLiterals(/\b(?:it|that) is/);
    expect(requiredLiterals(new RegExp(String.raw`\b(?:it|that) is`))).toBe(a);
    expect(a).toEqual(['it is', 'that is']);
    expect(requiredLiterals(/\b(?:it|that) is/i)).not.toBe(a);
  });
});

describe('single-child trie nodes', () => {
  it('a node grows from one child in c1/n1 to a Map of every child, and the walk finds each', () => {
    const pack = testPack([{ patterns: ['cannot help'] }, { patterns: ['cannot do'] }, { patterns: ['cannot go'] }, { patterns: ['cannot'] }]);
    const root = compilePack(pack).tries.en!;
    // Every node: one child in c1/n1 and no Map, or two and more in the Map and nothing in c1/n1; childAt finds each.
    let single = 0;
    let branching = 0;
    const stack: TrieNode[] = [root];
    while (stack.length) {
      const at = stack.pop()!;
      if (at.next) {
        expect(at.next.size).toBeGreaterThanOrEqual(2);
        expect(at.c1).toBe(-1);
        expect(at.n1).toBeNull();
        for (const [c, child] of at.next) {
          expect(childAt(at, c)).toBe(child);
          stack.push(child);
        }
        branching++;
      } else if (at.n1) {
        expect(childAt(at, at.c1)).toBe(at.n1);
        expect(childAt(at, at.c1 + 1)).toBeUndefined();
        stack.push(at.n1);
        single++;
      } else expect(at.c1).toBe(-1);
    }
    expect(branching).toBeGreaterThan(0);
    expect(single).toBeGreaterThan(branching);
    const found = (d: string) => suggestRewrites(d, [pack], { generic: false }).map((s) => `${s.ruleId}:${d.slice(s.start, s.end)}`);
    expect(found('We cannot help it.')).toEqual(['r0:cannot help']);
    expect(found('We cannot go there.')).toEqual(['r2:cannot go']);
    expect(found('We cannot swim.')).toEqual(['r3:cannot']);
  });
});
