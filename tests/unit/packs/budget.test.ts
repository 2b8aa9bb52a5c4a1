// @vitest-environment node
/**
 * The pack cost budget (lib/packs/budget.ts) on generated adversarial packs: what it refuses and
 * what it accepts. No timing here: `npm run bench -- packs` times the worst pack that validates.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, parsePack, validatePackForInstall } from '../../../lib/packs/index.ts';
import { measurePatterns, packCost, PACK_BUDGET, TOTAL_BUDGET, totalBudgetErrors, walkBound } from '../../../lib/packs/budget.ts';
import { compilePack, type TrieNode } from '../../../lib/rewrite/compile.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { adversarialDrafts, issuePack, packOf, packWithExpansions, ruleFor, walkPack, word } from './adversarial.ts';
import { rng } from '../rewrite/helpers.ts';

const messages = (r: ReturnType<typeof parsePack>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`));

describe('pack cost budget', () => {
  it("refuses the issue's 1,000 rules × 20 patterns × 256 expansions at the pattern that went over, after reading only that far", () => {
    const pack = issuePack();
    const m = measurePatterns(pack);
    // Its 28-character readings reach the 600,000-character size after 85 patterns (21,760
    // expansions), long before the 20,000 patterns of the pack.
    expect(m.over).toEqual({ path: 'rules[4].patterns[4]', measure: 'size' });
    expect(m.expansions).toBe(85 * 256);
    expect(messages(parsePack(pack))).toEqual([
      'rules[4].patterns[4]: this pack is too costly to check replies with: its patterns expand to more than 600,000 characters. Use fewer alternatives [a|b] and slots, or split the pack',
    ]);
    expect(validatePackForInstall(JSON.stringify(pack)).ok).toBe(false);
  });

  it('accepts a pack just under the expansion budget and refuses one pattern more', () => {
    const fits = packWithExpansions('acme.big', PACK_BUDGET.expansions);
    expect(measurePatterns(fits).expansions).toBe(PACK_BUDGET.expansions - (PACK_BUDGET.expansions % 256));
    const r = validatePackForInstall(fits);
    expect(messages(r)).toEqual([]);
    const over = packWithExpansions('acme.big', PACK_BUDGET.expansions + 256);
    expect(messages(parsePack(over))[0]).toMatch(/^rules\[\d+\]\.patterns\[\d+\]: .*more than 30,000 word sequences/);
  });

  it('refuses a pack over the size budget even when its expansions fit', () => {
    // 190-character patterns with one group of four: few expansions, many characters.
    const long = (r: number, p: number) => `${Array.from({ length: 13 }, (_, k) => word(r * 31 + p, k)).join(' ')} [${[0, 1, 2, 3].map((a) => word(a, p)).join('|')}]`.slice(0, 200);
    const rules = Array.from({ length: 200 }, (_, r) => packOf('x', []).rules.concat([{ ...ruleFor(`r${r}`, Array.from({ length: 20 }, (_, p) => long(r, p)), 'x') }])[0]);
    const pack = packOf('acme.long', rules);
    const m = measurePatterns(pack);
    expect(m.over?.measure).toBe('size');
    expect(m.expansions).toBeLessThan(PACK_BUDGET.expansions);
    expect(messages(parsePack(pack))[0]).toMatch(/expand to more than 600,000 characters/);
  });

  it('refuses a pack whose slots could make one reply position cost too many steps, which the other measures miss', () => {
    const pack = walkPack('acme.slots', 60);
    const cost = packCost(pack);
    expect(cost.expansions).toBeLessThan(PACK_BUDGET.expansions / 50);
    expect(cost.walk).toBeGreaterThan(PACK_BUDGET.walk);
    expect(parsePack(pack).ok).toBe(true); // the schema alone would let it in
    const r = validatePackForInstall(pack);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/one position of a reply could cost up to [\d,]+ matching steps \(at most 3,000\)/)]);
    // The same words without slots fit: literal words cost one step each, whatever the draft.
    const noSlots = packOf('acme.words', pack.rules.map((rule) => {
      const patterns = rule.patterns.map((p) => p.replace(/\{(\w)\}/g, 'x$1'));
      return ruleFor(rule.id, patterns, `Well ${patterns[0]} now.`);
    }));
    expect(validatePackForInstall(noSlots).ok).toBe(true);
    expect(packCost(noSlots).walk).toBeLessThan(100);
  });

  it('walkBound is an upper bound of the steps the matcher takes from any position (random packs, adversarial drafts)', () => {
    const r = rng(15);
    const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)];
    const vocab = ['the', 'a', 'of', 'can', 'not', 'until', 'we', 'you'];
    for (let n = 0; n < 40; n++) {
      const patterns = Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
        const parts: string[] = [];
        let slots = 0;
        for (let k = 0; k < 3 + Math.floor(r() * 6); k++) {
          const prevSlot = parts.length > 0 && parts[parts.length - 1].startsWith('{');
          if (!prevSlot && parts.length && slots < 3 && r() < 0.3) parts.push(`{s${slots++}}`);
          else parts.push(r() < 0.3 ? `[${pick(vocab)}|${pick(vocab)}|]` : pick(vocab));
        }
        if (!/^[a-z]/.test(parts[0])) parts.unshift(pick(vocab));
        return parts.join(' ');
      });
      const pack = packOf(`random.p${n}`, [{ id: 'r', category: 'other', severity: 'hint', patterns: [...new Set(patterns)], replacements: ['x'], explanation: 'x', examples: { bad: [{ text: 'x', expected: 'x' }], good: ['y'] } }]);
      const root = compilePack(pack).tries.en as TrieNode | undefined;
      if (!root) continue;
      const bound = walkBound(root);
      for (const draft of [...Object.values(adversarialDrafts(pack)), vocab.join(' ').repeat(40)]) {
        const stats = { steps: 0, candidates: 0, exceptions: 0, vetoed: 0 };
        suggestRewrites(draft, [pack], { stats });
        const starts = draft.split(/\s+/).length;
        expect(stats.steps, `${patterns.join(' ; ')} on ${draft.slice(0, 30)}`).toBeLessThanOrEqual(bound * starts);
      }
    }
  });

  it('the built-in packs fit with room to spare, alone and together', () => {
    for (const p of builtinPacks) {
      const c = packCost(p);
      expect(c.expansions, p.id).toBeLessThan(PACK_BUDGET.expansions * 0.5);
      expect(c.size, p.id).toBeLessThan(PACK_BUDGET.size * 0.5);
      expect(c.walk, p.id).toBeLessThan(PACK_BUDGET.walk * 0.5);
    }
    expect(totalBudgetErrors(builtinPacks)).toEqual([]);
  });

  it('packs that each fit can still go over the budget they share', () => {
    // Fixed packs, not the built-in ones: the test is about the shared limit, not about how big the
    // built-in packs happen to be today (they grow, and would push a sum near a limit over another).
    // 4 rules × 20 patterns × 256 expansions of 28 characters: 20,480 expansions, 573,440 characters each.
    const big = [1, 2].map((i) => ({ ...issuePack(4, 20), id: `acme.big${i}` }));
    // 2 rules of the same kind: 10,240 expansions, 286,720 characters.
    const base = { ...issuePack(2, 20), id: 'acme.base' };
    for (const p of [...big, base]) expect(measurePatterns(p).over).toBeNull();
    // Together: 51,200 expansions (under 60,000) but 1,433,600 characters (over 1,200,000).
    expect(totalBudgetErrors([base, ...big])).toEqual([
      { path: '', message: `together with the packs already installed, their patterns expand to more than ${TOTAL_BUDGET.size.toLocaleString('en-US')} characters. Remove a pack you no longer use first` },
    ]);
    // Three of the big ones: 61,440 expansions, over that measure first.
    const three = [1, 2, 3].map((i) => ({ ...issuePack(4, 20), id: `acme.big${i}` }));
    expect(totalBudgetErrors(three)[0].message).toMatch(/more than 60,000 word sequences/);
  });
});
