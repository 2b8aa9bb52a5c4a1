/**
 * Writes lib/rewrite/pack-tries.generated.ts: the compiled tries of every built-in pack (lib/rewrite/pack-table.ts says
 * why and how they are laid out). Run it after changing a built-in pack, the pattern parser, the language layer's units
 * or compilePack; tests/unit/rewrite/pack-tries.test.ts fails until the committed table is what this writes (a stale
 * table is never used for a pack it was not written from: that pack just compiles at run time).
 *
 *   npx tsx scripts/pack-tries.ts           write the table
 *   npx tsx scripts/pack-tries.ts --check   exit 1 when the committed table differs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { buildPack, LEMMA_SPECS, type CompiledPack, type TrieNode } from '../lib/rewrite/compile.ts';
import { NUM_BASE, OP_END, OP_END_SLOT, OP_LEM_ANY, OP_LEM_NEG, OP_LEM_POS, OP_LEMF, OP_PARENT, OP_POS, OP_ROOT, OP_SLOT, OP_TERM, OP_TERM_UNLESS, OP_UNIT, OP_XEND_SLOT, OP_XSLOT, OPS, packContentKey, TABLE_CHARS, type PackTable } from '../lib/rewrite/pack-table.ts';
import type { PackLanguage, PhrasePack } from '../lib/packs/schema.ts';

const FILE = join(fileURLToPath(new URL('..', import.meta.url)), 'lib', 'rewrite', 'pack-tries.generated.ts');

function numText(v: number): string {
  let out = '';
  while (v >= NUM_BASE) {
    out += TABLE_CHARS[NUM_BASE + (v % NUM_BASE)];
    v = Math.floor(v / NUM_BASE);
  }
  return out + TABLE_CHARS[v];
}

/** How each node is reached: its parent (-1 for a root), the edge's op and key (a unit code, a string or a language). */
interface Incoming {
  parent: number;
  op: number;
  key: number | string;
}

/** The table of a compiled pack (built by buildPack, so its ids are the build's creation order). */
export function packTable(pack: PhrasePack, cp: CompiledPack): PackTable {
  const nodes: TrieNode[] = new Array(cp.nodeCount);
  const into: Incoming[] = new Array(cp.nodeCount);
  const langs: PackLanguage[] = [];
  const seen = (n: TrieNode, parent: number, op: number, key: number | string) => {
    if (into[n.id]) throw new Error(`node ${n.id} reached twice`);
    into[n.id] = { parent, op, key };
    nodes[n.id] = n;
  };
  const stack: TrieNode[] = [];
  for (const [lang, root] of Object.entries(cp.tries) as [PackLanguage, TrieNode][]) {
    langs.push(lang);
    seen(root, -1, OP_ROOT, langs.length - 1);
    stack.push(root);
  }
  const unitCount = new Map<number, number>();
  while (stack.length) {
    const n = stack.pop()!;
    const edge = (child: TrieNode | null | undefined, op: number, key: number | string = 0) => {
      if (!child) return;
      seen(child, n.id, op, key);
      stack.push(child);
      if (op === OP_UNIT) unitCount.set(key as number, (unitCount.get(key as number) ?? 0) + 1);
    };
    if (n.n1) edge(n.n1, OP_UNIT, n.c1);
    for (const [c, child] of n.next ?? []) edge(child, OP_UNIT, c);
    edge(n.slot, OP_SLOT);
    edge(n.endSlot, OP_END_SLOT);
    for (const [k, child] of n.xslot ?? []) edge(child, OP_XSLOT, k);
    for (const [k, child] of n.xendSlot ?? []) edge(child, OP_XEND_SLOT, k);
    for (const [k, child] of n.lem?.any ?? []) edge(child, OP_LEM_ANY, k);
    for (const [k, child] of n.lem?.neg ?? []) edge(child, OP_LEM_NEG, k);
    for (const [k, child] of n.lem?.pos ?? []) edge(child, OP_LEM_POS, k);
    for (const [k, child] of n.lemf ?? []) edge(child, OP_LEMF, k);
    for (const [k, child] of n.pos ?? []) edge(child, OP_POS, k);
    edge(n.end, OP_END);
  }
  for (let id = 0; id < cp.nodeCount; id++) if (!into[id]) throw new Error(`node ${id} not reached`);
  const alphabet = [...unitCount.keys()].sort((a, b) => unitCount.get(b)! - unitCount.get(a)! || a - b);
  const letter = new Map(alphabet.map((c, i) => [c, i]));
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const str = (k: string) => {
    let i = stringAt.get(k);
    if (i === undefined) stringAt.set(k, (i = strings.push(k) - 1));
    return i;
  };
  const names: [string[], string[]][] = [];
  const nameAt = new Map<string, number>();
  const specKeys = new Set<string>();
  let out = '';
  let termRule = 0;
  for (let id = 0; id < cp.nodeCount; id++) {
    const { parent, op, key } = into[id];
    if (op !== OP_ROOT && parent !== id - 1) out += TABLE_CHARS[OP_PARENT] + numText(id - parent);
    if (op === OP_ROOT) out += TABLE_CHARS[OP_ROOT] + numText(key as number);
    else if (op === OP_UNIT) {
      const i = letter.get(key as number)!;
      out += OPS + i < TABLE_CHARS.length ? TABLE_CHARS[OPS + i] : TABLE_CHARS[OP_UNIT] + numText(i);
    } else if (op === OP_SLOT || op === OP_END_SLOT || op === OP_END) out += TABLE_CHARS[op];
    else {
      if (op === OP_LEMF) specKeys.add(key as string);
      out += TABLE_CHARS[op] + numText(str(key as string));
    }
    for (const t of nodes[id].terms ?? []) {
      const step = t.rule - termRule;
      termRule = t.rule;
      const nameKey = JSON.stringify([t.slots, t.lemmas]);
      let ni = nameAt.get(nameKey);
      if (ni === undefined) nameAt.set(nameKey, (ni = names.push([t.slots, t.lemmas]) - 1));
      out += TABLE_CHARS[t.unless ? OP_TERM_UNLESS : OP_TERM] + numText(step < 0 ? -2 * step - 1 : 2 * step) + numText(ni);
    }
  }
  const specs = [...specKeys].map((k): PackTable['specs'][number] => {
    const s = LEMMA_SPECS.get(k)!;
    return [k, s.lemma, s.polarity, s.feats];
  });
  return { key: packContentKey(pack), nodeCount: cp.nodeCount, rules: cp.rules.map((r) => r.index * 2 + (r.hasUnless ? 1 : 0)), langs, alphabet, strings, specs, names, nodes: out };
}

/** The module's source: one table per built-in pack, keyed by pack id. */
export function packTriesSource(): string {
  const lines = [
    '// GENERATED by scripts/pack-tries.ts from the built-in packs; do not edit by hand (lib/rewrite/pack-table.ts).',
    "import type { PackTable } from './pack-table.ts';",
    '',
    'export const PACK_TRIES: Readonly<Record<string, PackTable>> = {',
  ];
  for (const pack of builtinPacks) {
    const t = packTable(pack, buildPack(pack));
    lines.push(`  ${JSON.stringify(pack.id)}: {`);
    for (const [k, v] of Object.entries(t)) lines.push(`    ${k}: ${JSON.stringify(v)},`);
    lines.push('  },');
  }
  lines.push('};', '');
  // Lemmas and spec keys are Persian: escape them so the file (and the bundle) is ASCII.
  return lines.join('\n').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = packTriesSource();
  if (process.argv.includes('--check')) {
    const same = readFileSync(FILE, 'utf8') === source;
    console.log(same ? 'lib/rewrite/pack-tries.generated.ts is current' : 'lib/rewrite/pack-tries.generated.ts is stale: run npx tsx scripts/pack-tries.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(FILE, source);
  console.log(`wrote ${FILE} (${source.length} characters)`);
}
