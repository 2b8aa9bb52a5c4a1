// @vitest-environment node
/**
 * The built-in packs' generated tries (lib/rewrite/pack-table.ts): current for every built-in pack, and loaded into the
 * very structure compilePack's own build makes (ids, single-child fields, every Map's keys in insertion order, terms,
 * `plain`, the rules' derived fields). Stale: run `npx tsx scripts/pack-tries.ts`.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, type PhrasePack } from '../../../lib/packs/index.ts';
import { buildPack, compilePack, loadPackTable, type CompiledPack, type TrieNode } from '../../../lib/rewrite/compile.ts';
import { packContentKey } from '../../../lib/rewrite/pack-table.ts';
import { PACK_TRIES } from '../../../lib/rewrite/pack-tries.generated.ts';

/** Every node of `cp` in id order, each as a plain record of its edges (children by id) and terms; throws on a gap. */
function shape(cp: CompiledPack): unknown[] {
  const out: unknown[] = new Array(cp.nodeCount);
  const ids = (m: Map<unknown, TrieNode> | null | undefined) => (m ? [...m].map(([k, n]) => [k, n.id]) : null);
  const stack = Object.values(cp.tries) as TrieNode[];
  while (stack.length) {
    const n = stack.pop()!;
    const children = [n.n1, ...(n.next?.values() ?? []), n.slot, n.endSlot, ...(n.xslot?.values() ?? []), ...(n.xendSlot?.values() ?? []), ...(n.lem?.any?.values() ?? []), ...(n.lem?.neg?.values() ?? []), ...(n.lem?.pos?.values() ?? []), ...(n.lemf?.values() ?? []), ...(n.pos?.values() ?? []), n.end];
    for (const c of children) if (c) stack.push(c);
    out[n.id] = {
      c1: n.c1,
      n1: n.n1?.id ?? null,
      next: ids(n.next),
      slot: n.slot?.id ?? null,
      endSlot: n.endSlot?.id ?? null,
      xslot: ids(n.xslot),
      xendSlot: ids(n.xendSlot),
      lem: n.lem ? { any: ids(n.lem.any), neg: ids(n.lem.neg), pos: ids(n.lem.pos) } : null,
      lemf: ids(n.lemf),
      pos: ids(n.pos),
      end: n.end?.id ?? null,
      terms: n.terms,
      plain: n.plain,
      keys: Object.keys(n).join(),
    };
  }
  for (let i = 0; i < cp.nodeCount; i++) if (out[i] === undefined) throw new Error(`node ${i} missing`);
  return out;
}

describe('built-in packs: the generated tries', () => {
  for (const pack of builtinPacks) {
    it(`${pack.id}: the table is current and loads into compilePack's own structure`, () => {
      const table = PACK_TRIES[pack.id];
      expect(table, `no table for ${pack.id}: run npx tsx scripts/pack-tries.ts`).toBeDefined();
      expect(table.key, `the table of ${pack.id} is stale: run npx tsx scripts/pack-tries.ts`).toBe(packContentKey(pack));
      const built = buildPack(pack);
      const loaded = loadPackTable(pack, table);
      expect(loaded.nodeCount).toBe(built.nodeCount);
      expect(Object.keys(loaded.tries)).toEqual(Object.keys(built.tries));
      expect(loaded.rules.length).toBe(built.rules.length);
      for (let i = 0; i < built.rules.length; i++) {
        expect(loaded.rules[i].rule).toBe(built.rules[i].rule);
        expect(loaded.rules[i]).toEqual(built.rules[i]);
      }
      // One comparison of the whole shape (a per-node expect is slower than the build).
      expect(JSON.stringify(shape(loaded)) === JSON.stringify(shape(built))).toBe(true);
    });
  }

  it('compilePack uses a table only for the exact content it was written from', () => {
    const pack = builtinPacks[0];
    const copy = structuredClone(pack) as PhrasePack;
    expect(packContentKey(copy)).toBe(packContentKey(pack));
    const edited = { ...copy, rules: copy.rules.slice(1) } as PhrasePack;
    expect(packContentKey(edited)).not.toBe(packContentKey(pack));
    // An edited pack compiles from its own patterns, not from the table.
    const small = { ...copy, rules: copy.rules.slice(0, 3) } as PhrasePack;
    const compiled = compilePack(small);
    expect(compiled.nodeCount).toBe(buildPack(small).nodeCount);
    expect(compiled.nodeCount).toBeLessThan(PACK_TRIES[pack.id].nodeCount);
    expect(compiled.rules.every((r) => r.rule === small.rules[r.index])).toBe(true);
  });

  it('a pack whose content key collides with a table but whose rules are not the table\'s compiles from its own patterns', () => {
    const pack = builtinPacks[0];
    const table = PACK_TRIES[pack.id] as { key: string };
    const forged = { ...structuredClone(pack), rules: structuredClone(pack.rules.slice(0, 2)) } as PhrasePack;
    const kept = table.key;
    // Stands in for a 64-bit collision: the table now claims the forged pack's key, and names rules it does not have.
    table.key = packContentKey(forged);
    try {
      const compiled = compilePack(forged);
      expect(compiled.nodeCount).toBe(buildPack(forged).nodeCount);
      expect(compiled.rules.map((r) => r.rule)).toEqual(forged.rules);
    } finally {
      table.key = kept;
    }
  });
});
