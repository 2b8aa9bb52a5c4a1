/**
 * The cost budget of phrase packs. Every per-pattern limit (20 patterns × 256 expansions × 200
 * characters) can hold while their product does not: 1,000 rules × 20 patterns × 256 expansions
 * (a 1.4 MB pack inside every documented limit) took 158 s to compile and froze the panel. So a
 * pack also has a total, in the measures the compiler works in:
 *
 * - expansions: the word sequences its patterns and `unless` patterns expand to (trie paths);
 * - size: the characters of all expansions (an upper bound on the trie edges compiled);
 * - walk: the most trie steps one draft position can cost (from the compiled trie, see walkBound),
 *   which bounds matching time per draft, whatever the draft.
 *
 * Packs that fit compile in well under a second and match a 2,000-character draft in a few
 * milliseconds (`npm run bench -- packs` measures the worst pack that validates). Installed packs
 * share a total budget too, since the panel compiles and runs all of them.
 *
 * measurePatterns is cheap and stops as soon as a pack is over, so a hostile pack is refused
 * after a bounded amount of work, before its schema is even checked.
 */
import { parsePattern } from './pattern.ts';
import { MAX_END_SLOT_WORDS, MAX_PATTERN_LENGTH, MAX_SLOT_WORDS } from './limits.ts';
import type { PhrasePack } from './schema.ts';
import type { PackError } from './parse.ts';
import { compilePack, type TrieNode } from '../rewrite/compile.ts';

export interface Budget {
  expansions: number;
  size: number;
  walk: number;
}

/** One pack. Every built-in pack uses under half of it (tests/unit/packs/budget.test.ts); a built-in pack that grows past half is kept in two files (parts.ts). */
export const PACK_BUDGET: Readonly<Budget> = Object.freeze({ expansions: 30_000, size: 600_000, walk: 3_000 });
/** Every installed and built-in pack together. */
export const TOTAL_BUDGET: Readonly<Budget> = Object.freeze({ expansions: 60_000, size: 1_200_000, walk: 7_000 });

export interface PatternCost {
  expansions: number;
  size: number;
  /** The first pattern that took the pack over the budget, with what went over. */
  over: { path: string; measure: 'expansions' | 'size' } | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Expansions and size of a pack's patterns, read defensively from unvalidated input (anything
 * that is not a pattern is left to the schema). Stops at the first pattern over `limit`.
 */
export function measurePatterns(data: unknown, limit: Pick<Budget, 'expansions' | 'size'> = PACK_BUDGET): PatternCost {
  const cost: PatternCost = { expansions: 0, size: 0, over: null };
  const rules = isObject(data) && Array.isArray(data.rules) ? data.rules : [];
  const version = isObject(data) && typeof data.formatVersion === 'number' ? data.formatVersion : undefined;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (!isObject(rule)) continue;
    for (const field of ['patterns', 'unless'] as const) {
      const list = rule[field];
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const src = list[i];
        if (typeof src !== 'string' || src.length > MAX_PATTERN_LENGTH) continue;
        const parsed = parsePattern(src, version);
        if (!parsed.ok) continue;
        for (const pieces of parsed.pattern.expansions) {
          cost.expansions++;
          for (const piece of pieces) cost.size += typeof piece === 'string' ? piece.length : 1;
        }
        if (cost.expansions > limit.expansions || cost.size > limit.size) {
          cost.over = { path: `rules[${r}].${field}[${i}]`, measure: cost.expansions > limit.expansions ? 'expansions' : 'size' };
          return cost;
        }
      }
    }
  }
  return cost;
}

/**
 * How a walk from one draft position takes each kind of edge of a trie node (lib/rewrite/engine.ts):
 * 'max' edges are chosen by the text, so only the worst child counts, times how many of them one
 * token can take; 'each' edges are all tried, each as many times as its fanout.
 */
const EDGES: Record<string, { mode: 'max' | 'each'; times: number }> = {
  next: { mode: 'max', times: 1 }, // one character
  n1: { mode: 'max', times: 1 }, // one character, the node's only child by a character (then it has no `next`)
  lem: { mode: 'max', times: 3 }, // <lemma>, <-lemma>/<+lemma> and the "be unable to" form of <-can>
  pos: { mode: 'max', times: 1 }, // the token's part of speech
  lemf: { mode: 'each', times: 1 }, // Persian <lemma:features>: several may fit one token
  slot: { mode: 'each', times: MAX_SLOT_WORDS }, // 1..6 words
  xslot: { mode: 'each', times: MAX_SLOT_WORDS }, // {x...} once, {t:point}/{t:duration} 1..6 words
  endSlot: { mode: 'each', times: 1 }, // reported once, at its longest
  xendSlot: { mode: 'each', times: 1 },
  end: { mode: 'each', times: 1 }, // <END>, zero-width
};
/** An edge kind the compiler may add later and this table does not know: assume the widest. */
const UNKNOWN_EDGE = { mode: 'each' as const, times: Math.max(MAX_SLOT_WORDS, MAX_END_SLOT_WORDS) * 3 };

const isTrieNode = (v: unknown): v is TrieNode => isObject(v) && 'terms' in v && 'id' in v;

/**
 * The most trie steps a walk from one draft position can take in this trie (see EDGES): linear
 * in the trie's size, and an upper bound on what the matcher does (its memo only removes work;
 * tests/unit/packs/budget.test.ts checks the bound against the matcher's own step count).
 */
export function walkBound(root: TrieNode): number {
  const done = new Map<TrieNode, number>();
  const childrenOf = (node: TrieNode): { child: TrieNode; kind: string }[] => {
    const out: { child: TrieNode; kind: string }[] = [];
    for (const [kind, value] of Object.entries(node)) {
      if (isTrieNode(value)) out.push({ child: value, kind });
      else if (value instanceof Map) for (const v of value.values()) if (isTrieNode(v)) out.push({ child: v, kind });
    }
    return out;
  };
  // Post-order without recursion: tries can be deep (a 200-character pattern is 200 nodes).
  const stack: { node: TrieNode; expanded: boolean }[] = [{ node: root, expanded: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (done.has(top.node)) {
      stack.pop();
      continue;
    }
    const children = childrenOf(top.node);
    if (!top.expanded) {
      top.expanded = true;
      for (const c of children) if (!done.has(c.child)) stack.push({ node: c.child, expanded: false });
      continue;
    }
    stack.pop();
    const worst = new Map<string, number>();
    let each = 0;
    for (const { child, kind } of children) {
      const edge = EDGES[kind] ?? UNKNOWN_EDGE;
      const w = done.get(child)!;
      if (edge.mode === 'max') worst.set(kind, Math.max(worst.get(kind) ?? 0, w));
      else each += edge.times * w;
    }
    let max = 0;
    for (const [kind, w] of worst) max += EDGES[kind].times * w;
    done.set(top.node, 1 + (top.node.terms?.length ?? 0) + max + each);
  }
  return done.get(root) ?? 0;
}

export interface PackCost {
  expansions: number;
  size: number;
  /** Worst walk over the pack's languages: a draft position is scanned in one language at a time. */
  walk: number;
}

/**
 * A pack's full measures and walk, kept per pack object as compilePack keeps its tries (a pack object is not changed once
 * read): every install, backup import and Options list checks the total budget with the built-in packs, whose patterns
 * (28,000 expansions) and tries (150,000 nodes) would otherwise be measured and walked again each time.
 */
const measured = new WeakMap<PhrasePack, { expansions: number; size: number }>();
const costs = new WeakMap<PhrasePack, PackCost>();

function fullMeasure(pack: PhrasePack): { expansions: number; size: number } {
  let m = measured.get(pack);
  if (!m) {
    const all = measurePatterns(pack, { expansions: Infinity, size: Infinity });
    measured.set(pack, (m = { expansions: all.expansions, size: all.size }));
  }
  return m;
}

/** The full cost of a valid pack (compiles it; compilePack caches the result on the pack object, and so does this). */
export function packCost(pack: PhrasePack): PackCost {
  let cost = costs.get(pack);
  if (!cost) {
    const m = fullMeasure(pack);
    const tries = Object.values(compilePack(pack).tries) as TrieNode[];
    costs.set(pack, (cost = { expansions: m.expansions, size: m.size, walk: Math.max(0, ...tries.map(walkBound)) }));
  }
  return cost;
}

const fmt = (n: number) => n.toLocaleString('en-US');

function overMessage(measure: keyof Budget, got: number, limit: number, scope: 'pack' | 'total'): string {
  const what =
    measure === 'expansions'
      ? `its patterns expand to more than ${fmt(limit)} word sequences`
      : measure === 'size'
        ? `its patterns expand to more than ${fmt(limit)} characters`
        : `one position of a reply could cost up to ${fmt(got)} matching steps (at most ${fmt(limit)})`;
  return scope === 'pack'
    ? `this pack is too costly to check replies with: ${what}. Use fewer alternatives [a|b] and slots, or split the pack`
    : `together with the packs already installed, ${what.replace(/^its/, 'their')}. Remove a pack you no longer use first`;
}

/**
 * The hook in pack validation (parsePack): expansions and size, before anything else is checked,
 * so a pack far over budget costs only the patterns read until it went over.
 */
export function patternBudgetErrors(data: unknown): PackError[] {
  const m = measurePatterns(data);
  if (!m.over) return [];
  const limit = PACK_BUDGET[m.over.measure];
  return [{ path: m.over.path, message: overMessage(m.over.measure, limit + 1, limit, 'pack') }];
}

/** The walk budget of one valid pack (needs the compiled trie: install and backup import). */
export function walkBudgetErrors(pack: PhrasePack): PackError[] {
  const { walk } = packCost(pack);
  return walk > PACK_BUDGET.walk ? [{ path: 'rules', message: overMessage('walk', walk, PACK_BUDGET.walk, 'pack') }] : [];
}

/** The budget all packs share: `packs` are every pack that would be installed, built-in ones included. */
export function totalBudgetErrors(packs: readonly PhrasePack[]): PackError[] {
  const over = (measure: keyof Budget, got: number): PackError[] => [{ path: '', message: overMessage(measure, got, TOTAL_BUDGET[measure], 'total') }];
  // Expansions and size first: they need no compiling, and a pack set over them is not compiled.
  let expansions = 0;
  let size = 0;
  for (const p of packs) {
    const m = fullMeasure(p);
    expansions += m.expansions;
    size += m.size;
  }
  if (expansions > TOTAL_BUDGET.expansions) return over('expansions', expansions);
  if (size > TOTAL_BUDGET.size) return over('size', size);
  // Each pack's trie is walked from every position, so walks add up across packs.
  const walk = packs.reduce((n, p) => n + packCost(p).walk, 0);
  return walk > TOTAL_BUDGET.walk ? over('walk', walk) : [];
}
