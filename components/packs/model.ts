/**
 * Plain helpers behind the pack manager: silenced-rule keys, version bumps, duplicating a
 * built-in pack, the editable form of a rule, and the live example check the rule editor shows.
 * Nothing here touches the DOM or the background.
 */
import {
  FORMAT_VERSION,
  RULE_CATEGORIES,
  SEMVER_RE,
  checkPackExamples,
  isPackPart,
  parsePack,
  settingsPackId,
  ruleSettingsKey,
  type PackError,
  type PackLanguage,
  type PackRule,
  type PhrasePack,
  type RuleCategory,
  type RuleKind,
  type Severity,
} from '../../lib/packs/index.ts';
import { applyAll, suggestRewrites, type Suggestion } from '../../lib/rewrite/index.ts';

/**
 * The pack list as the agent knows it: a part of a built-in pack (lib/packs/parts.ts) is shown inside the pack it belongs
 * to (one card, the whole's rule count and rules, one switch), never as a card of its own. Its rules keep their ids and
 * their silence keys (the whole's id), so muting a rule from the merged card means what it did before the split.
 */
export function foldPackParts<E extends { pack: PhrasePack; builtin: boolean }>(entries: readonly E[]): E[] {
  const parts = entries.filter((e) => e.builtin && isPackPart(e.pack.id));
  if (!parts.length) return [...entries];
  return entries
    .filter((e) => !(e.builtin && isPackPart(e.pack.id)))
    .map((e) => {
      if (!e.builtin) return e;
      const mine = parts.filter((x) => settingsPackId(x.pack.id) === e.pack.id);
      return mine.length ? { ...e, pack: { ...e.pack, rules: [...e.pack.rules, ...mine.flatMap((x) => x.pack.rules)] } } : e;
    });
}

/** How prefs.silencedRules and the rewrite engine name a rule: `packId/ruleId` (a part of a built-in pack: its whole's id, lib/packs/parts.ts). */
export const ruleKey = (packId: string, ruleId: string): string => ruleSettingsKey(packId, ruleId);

/** `1.2.3` -> `1.2.4`; pre-release and build parts are dropped (`1.2.3-beta` -> `1.2.4`). */
export function bumpPatch(version: string): string {
  const m = SEMVER_RE.exec(version);
  if (!m) return '0.0.1';
  return `${m[1]}.${m[2]}.${(BigInt(m[3]) + 1n).toString()}`;
}

/** A built-in pack as an editable copy: id `<id>.copy`, name + " (copy)". */
export function duplicatePack(pack: PhrasePack, copySuffix = ' (copy)'): PhrasePack {
  const copy = structuredClone(pack) as PhrasePack;
  return { ...copy, id: `${pack.id}.copy`, name: `${pack.name}${copySuffix}`.slice(0, 120) };
}

/** The file a pack exports to, e.g. `acme.en.billing-1.2.0.json`. */
export function packFileName(pack: Pick<PhrasePack, 'id' | 'version'>): string {
  return `${pack.id}-${pack.version}.json`.replace(/[^a-z0-9.+-]/gi, '_');
}

/** The exported text: the pack as stored, which parsePack reads back unchanged. */
export function packJson(pack: PhrasePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export function rulesByCategory(rules: readonly PackRule[]): [RuleCategory, PackRule[]][] {
  const map = new Map<RuleCategory, PackRule[]>();
  for (const r of rules) {
    const list = map.get(r.category);
    if (list) list.push(r);
    else map.set(r.category, [r]);
  }
  return RULE_CATEGORIES.filter((c) => map.has(c)).map((c) => [c, map.get(c)!]);
}

// ---- the editable form of a rule -----------------------------------------------------------------

export interface RuleDraft {
  /** Stable React key; not saved. */
  key: string;
  id: string;
  language: PackLanguage | '';
  category: RuleCategory;
  severity: Severity;
  /** Kept as the rule had it (rewrite when absent); the editor has no control for it yet. */
  kind?: RuleKind;
  /** One pattern per line. */
  patterns: string;
  /** One replacement per line; a line `""` is the empty replacement (deletes the phrase). */
  replacements: string;
  /** Exceptions, one pattern per line: a match that overlaps one of them is not flagged. */
  unless: string;
  explanation: string;
  bad: { text: string; expected: string }[];
  good: string[];
}

export const EMPTY_REPLACEMENT_LINE = '""';

let draftCounter = 0;
const nextKey = () => `rule-${++draftCounter}`;

export function ruleToDraft(rule: PackRule): RuleDraft {
  return {
    key: nextKey(),
    id: rule.id,
    language: rule.language ?? '',
    category: rule.category,
    severity: rule.severity,
    ...(rule.kind ? { kind: rule.kind } : {}),
    patterns: rule.patterns.join('\n'),
    replacements: rule.replacements.map((r) => (r === '' ? EMPTY_REPLACEMENT_LINE : r)).join('\n'),
    unless: (rule.unless ?? []).join('\n'),
    explanation: rule.explanation,
    bad: rule.examples.bad.map((b) => ({ ...b })),
    good: [...rule.examples.good],
  };
}

export function newRuleDraft(existingIds: readonly string[]): RuleDraft {
  let n = existingIds.length + 1;
  while (existingIds.includes(`new-rule-${n}`)) n++;
  return {
    key: nextKey(),
    id: `new-rule-${n}`,
    language: '',
    category: 'other',
    severity: 'hint',
    patterns: '',
    replacements: '',
    unless: '',
    explanation: '',
    bad: [{ text: '', expected: '' }],
    good: [''],
  };
}

const lines = (s: string) => s.split(/\r?\n/);

export function draftPatterns(d: RuleDraft): string[] {
  return lines(d.patterns).filter((l) => l.trim() !== '');
}

export function draftUnless(d: RuleDraft): string[] {
  return lines(d.unless).filter((l) => l.trim() !== '');
}

export function draftReplacements(d: RuleDraft): string[] {
  return lines(d.replacements)
    .filter((l) => l.trim() !== '')
    .map((l) => (l.trim() === EMPTY_REPLACEMENT_LINE ? '' : l));
}

/** The rule exactly as it would be saved (the schema decides whether it is valid). */
export function draftToRule(d: RuleDraft): PackRule {
  const rule: PackRule = {
    id: d.id.trim(),
    category: d.category,
    severity: d.severity,
    patterns: draftPatterns(d),
    replacements: draftReplacements(d),
    explanation: d.explanation.trim(),
    examples: { bad: d.bad.map((b) => ({ text: b.text, expected: b.expected })), good: [...d.good] },
  };
  if (d.language) rule.language = d.language;
  if (d.kind) rule.kind = d.kind;
  const unless = draftUnless(d);
  if (unless.length) rule.unless = unless;
  return rule;
}

/** Pack header fields plus rules, as the editor saves them. */
export function assemblePack(meta: Omit<PhrasePack, 'rules'>, drafts: readonly RuleDraft[]): PhrasePack {
  const pack: PhrasePack = { ...meta, formatVersion: FORMAT_VERSION, rules: drafts.map(draftToRule) };
  for (const k of ['author', 'description', 'license'] as const) {
    if (typeof pack[k] === 'string' && pack[k]!.trim() === '') delete pack[k];
  }
  return pack;
}

// ---- the live check ------------------------------------------------------------------------------

export type ExampleStatus =
  | { state: 'pass' }
  | { state: 'fail'; message: string }
  | { state: 'empty' }
  /** The rule cannot run yet (pattern or replacement errors). */
  | { state: 'blocked' };

export interface RuleCheck {
  /** Problems in the rule itself, paths relative to the rule (`patterns[1]`). */
  errors: PackError[];
  /** The rule can be run: patterns and replacements are valid. */
  runnable: PhrasePack | null;
  bad: ExampleStatus[];
  good: ExampleStatus[];
  ok: boolean;
}

const PLACEHOLDER_ID = 'draft';

function localPath(path: string): string {
  return path.replace(/^rules\[0\]\.?/, '');
}

/**
 * Validates one rule in the context of its pack's languages, and runs its examples on their own
 * (the same check install runs). Examples run as soon as the patterns and replacements are valid,
 * even when other fields are still incomplete.
 */
export function checkRuleDraft(d: RuleDraft, pack: { id: string; languages: readonly PackLanguage[] }): RuleCheck {
  const rule = draftToRule(d);
  const languages = pack.languages.length ? [...pack.languages] : (['en'] as PackLanguage[]);
  const base = { formatVersion: FORMAT_VERSION, id: PLACEHOLDER_ID, name: 'draft', version: '0.0.0', languages };
  const full = parsePack({ ...base, rules: [rule] });
  const errors = full.ok ? [] : full.errors.map((e) => ({ path: localPath(e.path), message: e.message }));

  // A copy with placeholder examples, explanation and id tells whether patterns and replacements work.
  const probe: PackRule = {
    ...rule,
    id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id) ? rule.id : 'rule',
    explanation: rule.explanation || 'x',
    examples: { bad: [{ text: 'x', expected: 'x' }], good: ['x'] },
  };
  const probed = parsePack({ ...base, rules: [probe] });
  const packId = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(pack.id) ? pack.id : PLACEHOLDER_ID;
  const runnable: PhrasePack | null = probed.ok ? { ...probed.pack, id: packId, rules: [{ ...probed.pack.rules[0], examples: rule.examples }] } : null;

  const bad: ExampleStatus[] = rule.examples.bad.map((b) => (b.text.trim() === '' ? { state: 'empty' } : runnable ? { state: 'pass' } : { state: 'blocked' }));
  const good: ExampleStatus[] = rule.examples.good.map((g) => (g.trim() === '' ? { state: 'empty' } : runnable ? { state: 'pass' } : { state: 'blocked' }));
  if (runnable) {
    for (const f of checkPackExamples(runnable)) {
      const m = /examples\.(bad|good)\[(\d+)\]/.exec(f.path);
      if (!m) continue;
      const list = m[1] === 'bad' ? bad : good;
      const i = Number(m[2]);
      if (list[i]?.state === 'pass') list[i] = { state: 'fail', message: f.message };
    }
  }
  const ok = errors.length === 0 && [...bad, ...good].every((s) => s.state === 'pass');
  return { errors, runnable, bad, good, ok };
}

export interface TryResult {
  suggestions: Suggestion[];
  /** The sample with every flag's first replacement applied. */
  rewritten: string;
}

export function tryRule(runnable: PhrasePack | null, sample: string): TryResult {
  if (!runnable || !sample) return { suggestions: [], rewritten: sample };
  // The rule alone: the generic readers' advice would show beside it as if the rule had matched.
  const suggestions = suggestRewrites(sample, [runnable], { generic: false });
  return { suggestions, rewritten: applyAll(sample, suggestions) };
}

// ---- team settings -------------------------------------------------------------------------------

export interface PrefsChange {
  enabled: string[];
  disabled: string[];
  silenced: string[];
  unsilenced: string[];
}

/** What applying team settings changed, from the prefs before and after. */
export function prefsChange(
  before: { disabledPacks: readonly string[]; silencedRules: readonly string[] },
  after: { disabledPacks: readonly string[]; silencedRules: readonly string[] },
): PrefsChange {
  const minus = (a: readonly string[], b: readonly string[]) => {
    const s = new Set(b);
    return a.filter((x) => !s.has(x));
  };
  return {
    enabled: minus(before.disabledPacks, after.disabledPacks),
    disabled: minus(after.disabledPacks, before.disabledPacks),
    silenced: minus(after.silencedRules, before.silencedRules),
    unsilenced: minus(before.silencedRules, after.silencedRules),
  };
}

/** The current switches as a team-settings file a lead can share. */
export function teamSettingsFrom(prefs: { disabledPacks: readonly string[]; silencedRules: readonly string[] }, packIds: readonly string[]) {
  const off = new Set(prefs.disabledPacks);
  return {
    format: 'tactful-team-settings' as const,
    formatVersion: 1 as const,
    // A part of a built-in pack (lib/packs/parts.ts) follows the pack it belongs to: not listed on its own.
    enablePacks: packIds.filter((id) => !isPackPart(id) && !off.has(id)),
    disablePacks: [...prefs.disabledPacks],
    silenceRules: [...prefs.silencedRules],
  };
}
