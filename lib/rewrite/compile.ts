/**
 * Pack -> one trie per language over folded units, compiled once per pack object (WeakMap), so a
 * keystroke only walks the trie. Every expansion of every pattern is a path: literal units are
 * edges keyed by character code, a slot is a single "slot" edge (or "end slot" at the end of the
 * pattern). A rule's `unless` patterns go into the same trie as exception terms tied to that rule,
 * so they are found by the same single walk. Nothing from a pack is ever executed or turned into a RegExp.
 */
import { featureKey, isEnd, isLemma, isPos, isSlot, parsePattern, parseReplacement, type LemmaFeatures, type Polarity, type ReplacementPiece, type SlotMode } from '../packs/pattern.ts';
import { MAX_UNLESS_PER_RULE, ruleLanguage, SEVERITY_RANK, type PackLanguage, type PackRule, type PhrasePack, type RuleKind } from '../packs/schema.ts';
import { hasNegation } from '../nlp/index.ts';
import { ruleSettingsKey } from '../packs/parts.ts';
import { patternUnitStream } from './stream.ts';
import { CHAR_INDEX, NUM_BASE, OP_END, OP_END_SLOT, OP_LEM_ANY, OP_LEM_NEG, OP_LEMF, OP_PARENT, OP_POS, OP_ROOT, OP_SLOT, OP_TERM, OP_TERM_UNLESS, OP_UNIT, OP_XEND_SLOT, OP_XSLOT, OPS, packContentKey, type PackTable } from './pack-table.ts';
import { PACK_TRIES } from './pack-tries.generated.ts';

export interface Term {
  rule: number;
  /** Slot names in the order the path captures them. */
  slots: string[];
  /** Lemmas of the <lemma> elements in path order (their matched tokens are captured too). */
  lemmas: string[];
  /** An `unless` pattern of the rule: its matches veto overlapping candidates of that rule. */
  unless: boolean;
  /** Scratch: the scan start that last reported this term (first match per term per start). */
  seen: number;
  /** Scratch for exception terms: index of the exception recorded for the current start, or -1. */
  last: number;
}

export interface TrieNode {
  id: number;
  /**
   * The child by a unit, when the node has exactly one: `c1` its unit (-1: none), `n1` the child. Most nodes of a pack's
   * trie (83% of the built-in packs' 154,000) have one child and no other edge: a Map for each was most of compilePack's
   * allocation at a page's first suggestion. Read through `childAt`.
   */
  c1: number;
  n1: TrieNode | null;
  /** The children by unit when there are two or more (then `c1` is -1 and `n1` null). */
  next: Map<number, TrieNode> | null;
  slot: TrieNode | null;
  endSlot: TrieNode | null;
  /** Slots that take the rest of the clause or a point/length of time, keyed by mode. */
  xslot: Map<SlotMode, TrieNode> | null;
  xendSlot: Map<SlotMode, TrieNode> | null;
  /** <lemma> edges by polarity, each keyed by the lemma: looked up per token without building a key. */
  lem: LemmaEdges | null;
  /** Persian <lemma:features> edges (<-توانستن:1p>), keyed by lemmaSpecKey; few per node, tried in turn. */
  lemf: Map<string, TrieNode> | null;
  /** <TAG> edges keyed by part of speech. */
  pos: Map<string, TrieNode> | null;
  /** <END>: a zero-width edge taken where the clause ends. */
  end: TrieNode | null;
  terms: Term[] | null;
  /**
   * Nothing but `next` edges (no terms, <END>, lemma, tag or slot edges): inside a written word the walk only steps to
   * the next character's child here. Set once the pack is built.
   */
  plain: boolean;
}

/** <lemma> (any), <-lemma> (the negated idea) and <+lemma> (not negated) edges of one node. */
export interface LemmaEdges {
  any: Map<string, TrieNode> | null;
  neg: Map<string, TrieNode> | null;
  pos: Map<string, TrieNode> | null;
}

/** The child of `node` by the unit `c`, if any. */
export function childAt(node: TrieNode, c: number): TrieNode | undefined {
  if (node.c1 === c) return node.n1!;
  return node.next !== null ? node.next.get(c) : undefined;
}

/** The child of `node` by the unit `c`, made if it is not there. */
function childOrNew(node: TrieNode, c: number, make: () => TrieNode): TrieNode {
  if (node.c1 === c) return node.n1!;
  if (node.next !== null) {
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = make()));
    return child;
  }
  const child = make();
  attachChild(node, c, child);
  return child;
}

/** Puts `child` under `node` by the unit `c`, which `node` has no child by yet: the single-child fields, or the Map. */
function attachChild(node: TrieNode, c: number, child: TrieNode): void {
  if (node.next !== null) node.next.set(c, child);
  else if (node.n1 === null) {
    node.c1 = c;
    node.n1 = child;
  } else {
    node.next = new Map([
      [node.c1, node.n1],
      [c, child],
    ]);
    node.c1 = -1;
    node.n1 = null;
  }
}

const POLARITY_FIELD = { any: 'any', negative: 'neg', positive: 'pos' } as const;

/** What a <lemma:features> edge asks of a token. */
export interface LemmaSpec {
  lemma: string;
  polarity: Polarity;
  feats: LemmaFeatures;
}
/** Every <lemma:features> edge's spec by its key (shared by all packs: the keys say everything). */
export const LEMMA_SPECS = new Map<string, LemmaSpec>();
function lemmaSpecKey(lemma: string, polarity: Polarity, feats: LemmaFeatures): string {
  const key = `${polarity}|${lemma}|${featureKey(feats)}`;
  if (!LEMMA_SPECS.has(key)) LEMMA_SPECS.set(key, { lemma, polarity, feats });
  return key;
}

export interface CompiledRule {
  rule: PackRule;
  index: number;
  key: string;
  language: PackLanguage;
  severity: number;
  replacements: ReplacementPiece[][];
  /** The rule has at least one `unless` pattern in the trie. */
  hasUnless: boolean;
  kind: RuleKind;
  /**
   * Per replacement: it turns the matched negation positive (it has a <lemma> and no negation of
   * its own), so "any" in its slots becomes "some". A replacement that says something else
   * ("are still looking for any record") leaves the slots alone.
   */
  replacementReverses: boolean[];
  /** Its first replacement keeps the matched words ({=}) and adds to them. */
  keepsMatch: boolean;
}

export interface CompiledPack {
  pack: PhrasePack;
  rules: CompiledRule[];
  tries: Partial<Record<PackLanguage, TrieNode>>;
  nodeCount: number;
}

const cache = new WeakMap<PhrasePack, CompiledPack>();

const languagesOf = new WeakMap<PhrasePack, readonly PackLanguage[]>();

/**
 * The languages `pack` has rules in (the keys its compiled tries will have), read without compiling it: the engine
 * compiles a pack only when the draft has a sentence in one of them.
 */
export function packLanguages(pack: PhrasePack): readonly PackLanguage[] {
  const hit = languagesOf.get(pack);
  if (hit) return hit;
  const found = new Set<PackLanguage>();
  for (const rule of Array.isArray(pack?.rules) ? pack.rules : []) {
    try {
      const language = ruleLanguage(pack, rule);
      if (language === 'en' || language === 'fa') found.add(language);
    } catch {
      // A rule compilePack would skip.
    }
  }
  const list = Object.freeze([...found]);
  languagesOf.set(pack, list);
  return list;
}

export function compilePack(pack: PhrasePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) return hit;
  const compiled = fromTable(pack) ?? buildPack(pack);
  cache.set(pack, compiled);
  return compiled;
}

function newNode(id: number): TrieNode {
  return { id, c1: -1, n1: null, next: null, slot: null, endSlot: null, xslot: null, xendSlot: null, lem: null, lemf: null, pos: null, end: null, terms: null, plain: false };
}

/** `plain` of every node, once its edges and terms are all in. */
function markPlain(made: readonly TrieNode[]): void {
  for (const n of made) {
    n.plain = !n.terms && !n.end && !n.lem && !n.lemf && !n.pos && !n.slot && !n.endSlot && !n.xslot && !n.xendSlot;
  }
}

/** What a rule of `pack` compiles to besides its paths (hasUnless is set once its `unless` paths are in). */
function compileRule(pack: PhrasePack, rule: PackRule, index: number, version: number, language: PackLanguage): CompiledRule {
  const replacements = (Array.isArray(rule.replacements) ? rule.replacements : []).map((r) => {
    const parsed = parseReplacement(r, version);
    return parsed.ok ? parsed.pieces : [r];
  });
  // A replacement that keeps the matched words ({=}) keeps their negation too.
  const replacementReverses = replacements.map((pieces) => pieces.some((p) => typeof p !== 'string' && 'lemma' in p) && !pieces.some((p) => typeof p !== 'string' && 'match' in p) && !hasNegation(pieces.filter((p): p is string => typeof p === 'string').join(' ')));
  const kind: RuleKind = rule.kind === 'template' || rule.kind === 'advice' ? rule.kind : 'rewrite';
  return { rule, index, key: ruleSettingsKey(pack.id, rule.id), language, severity: SEVERITY_RANK[rule.severity] ?? 0, replacements, hasUnless: false, kind, replacementReverses, keepsMatch: replacements[0]?.some((p) => typeof p !== 'string' && 'match' in p) ?? false };
}

function packVersion(pack: PhrasePack): number {
  return typeof pack?.formatVersion === 'number' ? pack.formatVersion : 2;
}

/** compilePack's own build from the pack's patterns, never the generated table (the table's generator and its test). */
export function buildPack(pack: PhrasePack): CompiledPack {
  let ids = 0;
  const made: TrieNode[] = [];
  const node = (): TrieNode => {
    const n = newNode(ids++);
    made.push(n);
    return n;
  };
  const version = packVersion(pack);
  const tries: Partial<Record<PackLanguage, TrieNode>> = {};
  const rules: CompiledRule[] = [];
  const list = Array.isArray(pack?.rules) ? pack.rules : [];
  // The units of each text piece of an expansion, by language, for this pack: alternatives repeat the same pieces (a
  // third to two thirds of a built-in pack's pieces are repeats), and cutting one is a pass of the language layer.
  const unitsByLanguage: Partial<Record<PackLanguage, Map<string, Uint16Array>>> = {};
  list.forEach((rule, index) => {
    try {
      const language = ruleLanguage(pack, rule);
      if (language !== 'en' && language !== 'fa') return;
      const compiledRule = compileRule(pack, rule, index, version, language);
      rules.push(compiledRule);
      const ruleNo = rules.length - 1;
      const root = (tries[language] ??= node());
      const pieceUnits = (unitsByLanguage[language] ??= new Map());
      const add = (p: string, unless: boolean): boolean => {
        const parsed = parsePattern(p, version);
        if (!parsed.ok) return false; // validated packs never get here; unvalidated ones just lose the pattern
        let added = false;
        for (const pieces of parsed.pattern.expansions) {
          let at = root;
          const slots: string[] = [];
          const lemmas: string[] = [];
          const last = pieces.length - 1;
          for (let k = 0; k <= last; k++) {
            const piece = pieces[k];
            if (typeof piece === 'string') {
              let code = pieceUnits.get(piece);
              if (code === undefined) {
                const units = patternUnitStream(piece, language);
                pieceUnits.set(piece, (code = units.code.slice(0, units.n)));
              }
              for (let u = 0, n = code.length; u < n; u++) at = childOrNew(at, code[u], node);
            } else if (isSlot(piece)) {
              slots.push(piece.slot);
              const mode = piece.mode ?? 'words';
              if (mode === 'words') at = k === last ? (at.endSlot ??= node()) : (at.slot ??= node());
              else {
                const map = k === last ? (at.xendSlot ??= new Map()) : (at.xslot ??= new Map());
                let child = map.get(mode);
                if (!child) map.set(mode, (child = node()));
                at = child;
              }
            } else if (isLemma(piece) && piece.feats) {
              lemmas.push(piece.lemma);
              const key = lemmaSpecKey(piece.lemma, piece.polarity, piece.feats);
              at.lemf ??= new Map();
              let child = at.lemf.get(key);
              if (!child) at.lemf.set(key, (child = node()));
              at = child;
            } else if (isLemma(piece)) {
              lemmas.push(piece.lemma);
              at.lem ??= { any: null, neg: null, pos: null };
              const field = POLARITY_FIELD[piece.polarity];
              const edges = (at.lem[field] ??= new Map());
              let child = edges.get(piece.lemma);
              if (!child) edges.set(piece.lemma, (child = node()));
              at = child;
            } else if (isPos(piece)) {
              at.pos ??= new Map();
              let child = at.pos.get(piece.pos);
              if (!child) at.pos.set(piece.pos, (child = node()));
              at = child;
            } else if (isEnd(piece)) at = at.end ??= node();
          }
          if (at === root) continue;
          at.terms ??= [];
          // Slot names are letters, digits and _ (parsePattern): the same names in the same order are the same term.
          if (!at.terms.some((t) => t.rule === ruleNo && t.unless === unless && sameNames(t.slots, slots))) {
            at.terms.push({ rule: ruleNo, slots, lemmas, unless, seen: -1, last: -1 });
          }
          added = true;
        }
        return added;
      };
      for (const p of rule.patterns) add(p, false);
      const unless = Array.isArray(rule.unless) ? rule.unless.slice(0, MAX_UNLESS_PER_RULE) : [];
      for (const p of unless) if (add(p, true)) compiledRule.hasUnless = true;
    } catch {
      // A malformed rule in an unvalidated pack is skipped, never fatal.
    }
  });
  markPlain(made);
  return { pack, rules, tries, nodeCount: ids };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const tableKeys = new WeakMap<PhrasePack, string>();

/** The built-in table's compiled form of `pack`, when the pack is the one the table was written from. */
function fromTable(pack: PhrasePack): CompiledPack | undefined {
  const table = typeof pack?.id === 'string' && Object.hasOwn(PACK_TRIES, pack.id) ? PACK_TRIES[pack.id] : undefined;
  if (table === undefined) return undefined;
  let key = tableKeys.get(pack);
  if (key === undefined) tableKeys.set(pack, (key = packContentKey(pack)));
  if (key !== table.key) return undefined;
  try {
    return loadPackTable(pack, table);
  } catch {
    // Only a pack made to collide with a built-in pack's 64-bit key gets here (its rules are not the table's): it
    // compiles from its own patterns, like any other pack.
    return undefined;
  }
}

/**
 * The CompiledPack `table` holds for `pack` (whose content key it must match): the same nodes, ids, edges (single-child
 * fields and Maps in the same insertion order) and terms as buildPack makes, and the rules' derived fields read from the
 * pack's own rules. Layout in pack-table.ts.
 */
export function loadPackTable(pack: PhrasePack, table: PackTable): CompiledPack {
  const version = packVersion(pack);
  const rules: CompiledRule[] = [];
  for (const r of table.rules) {
    const index = r >>> 1;
    const rule = pack.rules[index];
    const compiled = compileRule(pack, rule, index, version, ruleLanguage(pack, rule) as PackLanguage);
    compiled.hasUnless = (r & 1) === 1;
    rules.push(compiled);
  }
  for (const [key, lemma, polarity, feats] of table.specs) if (!LEMMA_SPECS.has(key)) LEMMA_SPECS.set(key, { lemma, polarity, feats: { ...feats } });
  const { alphabet, strings, names, langs } = table;
  const s = table.nodes;
  // Locals, not the imported bindings: a module loader that keeps live bindings (tsx, vitest) reads each through a getter.
  const index = CHAR_INDEX;
  const [base, ops, opParent, opTerm, opTermUnless, opRoot, opUnit, opSlot, opEndSlot, opEnd, opXslot, opXendSlot, opLemf, opPos, opLemAny, opLemNeg] = [NUM_BASE, OPS, OP_PARENT, OP_TERM, OP_TERM_UNLESS, OP_ROOT, OP_UNIT, OP_SLOT, OP_END_SLOT, OP_END, OP_XSLOT, OP_XEND_SLOT, OP_LEMF, OP_POS, OP_LEM_ANY, OP_LEM_NEG];
  const made: TrieNode[] = new Array(table.nodeCount);
  const tries: Partial<Record<PackLanguage, TrieNode>> = {};
  let i = 0;
  const num = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const d = index[s.charCodeAt(i++)];
      if (d < base) return v + d * mul;
      v += (d - base) * mul;
      mul *= base;
    }
  };
  let id = 0;
  let parent = -1;
  let at: TrieNode | null = null;
  let termRule = 0;
  const n = s.length;
  while (i < n) {
    const op = index[s.charCodeAt(i++)];
    if (op === opParent) {
      parent = id - num();
      continue;
    }
    if (op === opTerm || op === opTermUnless) {
      const step = num();
      termRule += step & 1 ? -((step + 1) >>> 1) : step >>> 1;
      const [slots, lemmas] = names[num()];
      // The names are read, never written, by the walk: terms with the same names share the table's arrays.
      (at!.terms ??= []).push({ rule: termRule, slots, lemmas, unless: op === opTermUnless, seen: -1, last: -1 });
      at!.plain = false;
      continue;
    }
    const child = newNode(id);
    child.plain = true;
    made[id] = child;
    if (op === opRoot) tries[langs[num()]] = child;
    else {
      const p = made[parent >= 0 ? parent : id - 1];
      if (op >= ops || op === opUnit) {
        attachChild(p, op >= ops ? alphabet[op - ops] : alphabet[num()], child);
      } else {
        p.plain = false;
        if (op === opSlot) p.slot = child;
        else if (op === opEndSlot) p.endSlot = child;
        else if (op === opEnd) p.end = child;
        else {
          const k = strings[num()];
          if (op === opXslot) (p.xslot ??= new Map()).set(k as SlotMode, child);
          else if (op === opXendSlot) (p.xendSlot ??= new Map()).set(k as SlotMode, child);
          else if (op === opLemf) (p.lemf ??= new Map()).set(k, child);
          else if (op === opPos) (p.pos ??= new Map()).set(k, child);
          else {
            const lem = (p.lem ??= { any: null, neg: null, pos: null });
            const field = op === opLemAny ? 'any' : op === opLemNeg ? 'neg' : 'pos';
            (lem[field] ??= new Map()).set(k, child);
          }
        }
      }
    }
    at = child;
    parent = -1;
    id++;
  }
  return { pack, rules, tries, nodeCount: id };
}
