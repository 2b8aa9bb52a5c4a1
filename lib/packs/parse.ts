/**
 * Reading a pack from untrusted input (a file a trainer shared, a backup, a database row):
 * never throws, reports errors with a JSON-like path and a message a trainer can act on.
 */
import { z } from 'zod';
import { MAX_PACK_BYTES, MAX_REPORTED_ERRORS, PhrasePackSchema, ruleLanguage, type PhrasePack } from './schema.ts';
import { applySuggestion, suggestRewrites } from '../rewrite/engine.ts';
import { REGRET_VOICE } from '../rewrite/guard.ts';
import { invisibleTextErrors } from './invisible.ts';
import { migratePack } from './migrate.ts';
import { patternBudgetErrors, walkBudgetErrors } from './budget.ts';
import { ruleCommitmentFailures } from './commitments.ts';

export interface PackError {
  /** Where, like `rules[12].patterns[0]`; empty for the whole file. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; pack: PhrasePack } | { ok: false; errors: PackError[] };

export interface ExampleFailure {
  ruleId: string;
  path: string;
  message: string;
}

/** `['rules', 12, 'patterns', 0]` -> `rules[12].patterns[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** `path: message`, the form the CLI and the import screen print. */
export function formatPackError(e: PackError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const tooBig = (): PackError => ({ path: '', message: `the pack is larger than ${MAX_PACK_BYTES / (1024 * 1024)} MB` });

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v);
const NOUN: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list' };

/** Default messages in plain words; the schema's own messages (set where it matters) win over these. */
const friendly: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'this field is missing';
      return `must be ${NOUN[iss.expected] ?? iss.expected}, not ${describe(iss.input)}`;
    case 'too_small':
      return iss.origin === 'array' ? `needs at least ${String(iss.minimum)} item(s)` : `must be at least ${String(iss.minimum)} characters long`;
    case 'too_big':
      return iss.origin === 'array' ? `may have at most ${String(iss.maximum)} items` : `may be at most ${String(iss.maximum)} characters long`;
    case 'unrecognized_keys':
      return `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')} (check the spelling; see the guide for trainers in README.md)`;
    case 'invalid_value':
      return `must be one of: ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
};

/** Validate a pack given as parsed JSON or as the file's text. Never throws. */
export function parsePack(input: unknown): ParseResult {
  try {
    let data = input;
    if (typeof input === 'string') {
      if (input.length > MAX_PACK_BYTES || utf8Length(input) > MAX_PACK_BYTES) return { ok: false, errors: [tooBig()] };
      try {
        data = JSON.parse(input);
      } catch (err) {
        const detail = err instanceof SyntaxError ? err.message.slice(0, 200) : 'unreadable';
        return { ok: false, errors: [{ path: '', message: `the file is not valid JSON (${detail})` }] };
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, errors: [{ path: '', message: `a pack must be a JSON object, not ${describe(data)}` }] };
    }
    const migrated = migratePack(data);
    // The cost budget first: a pack far over it is refused after a bounded amount of work.
    const overBudget = patternBudgetErrors(migrated);
    if (overBudget.length) return { ok: false, errors: overBudget };
    const parsed = PhrasePackSchema.safeParse(migrated, { error: friendly });
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const errors: PackError[] = issues.slice(0, MAX_REPORTED_ERRORS).map((i) => ({ path: formatPath(i.path), message: i.message }));
      if (issues.length > MAX_REPORTED_ERRORS) errors.push({ path: '', message: `and ${issues.length - MAX_REPORTED_ERRORS} more errors` });
      return { ok: false, errors };
    }
    // The schema bounds every field, so this stringify is bounded too; it catches packs that are
    // within every per-field limit but too large overall.
    if (typeof input !== 'string' && utf8Length(JSON.stringify(parsed.data)) > MAX_PACK_BYTES) return { ok: false, errors: [tooBig()] };
    const unsafe = invisibleTextErrors(parsed.data);
    if (unsafe.length) return { ok: false, errors: unsafe.slice(0, MAX_REPORTED_ERRORS) };
    return { ok: true, pack: parsed.data };
  } catch {
    // Hostile objects (throwing getters, proxies) end here.
    return { ok: false, errors: [{ path: '', message: 'the pack could not be read' }] };
  }
}

const quote = (s: string) => `"${s.length > 120 ? `${s.slice(0, 117)}...` : s}"`;

/**
 * Whether the rule's example holds with its regret said in the agent's voice (lib/rewrite/guard.ts, en38): the built-in
 * packs' examples show that alternative, and a trainer's copy of a built-in pack keeps them under its own id, where the
 * engine keeps the rule's own deletion. Either reading passes.
 */
function voicedGives(text: string, alone: PhrasePack, expected: string): boolean {
  REGRET_VOICE.every = true;
  try {
    const found = suggestRewrites(text, [alone], { generic: false, cache: false });
    return found.length > 0 && applySuggestion(text, found[0], 0) === expected;
  } catch {
    return false;
  } finally {
    REGRET_VOICE.every = false;
  }
}

/**
 * Run every rule's examples, each rule on its own: a bad example must be flagged and applying the
 * rule's first replacement to its first suggestion must give `expected`; a good example must not
 * be flagged.
 */
export function checkPackExamples(pack: PhrasePack): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  pack.rules.forEach((rule, r) => {
    for (const f of ruleCommitmentFailures(rule, ruleLanguage(pack, rule), pack.formatVersion)) {
      failures.push({
        ruleId: rule.id,
        path: `rules[${r}].replacements[${f.replacement}]`,
        message: `this replacement promises ${f.added.map((c) => `"${c}"`).join(', ')}, which the matched words do not: drop it, or make the rule a template ("kind": "template", with a blank ___) or advice`,
      });
    }
    const alone: PhrasePack = { ...pack, rules: [rule] };
    rule.examples.bad.forEach((ex, b) => {
      const path = `rules[${r}].examples.bad[${b}]`;
      let found;
      try {
        found = suggestRewrites(ex.text, [alone], { generic: false });
      } catch {
        failures.push({ ruleId: rule.id, path, message: 'the rule could not be run on this example' });
        return;
      }
      if (found.length === 0) {
        failures.push({ ruleId: rule.id, path, message: `the rule does not flag ${quote(ex.text)}` });
        return;
      }
      const got = applySuggestion(ex.text, found[0], 0);
      if (got !== ex.expected && !voicedGives(ex.text, alone, ex.expected)) {
        failures.push({ ruleId: rule.id, path: `${path}.expected`, message: `applying the rule gives ${quote(got)} but the example expects ${quote(ex.expected)}` });
      }
    });
    rule.examples.good.forEach((good, g) => {
      const path = `rules[${r}].examples.good[${g}]`;
      let found;
      try {
        found = suggestRewrites(good, [alone], { generic: false });
      } catch {
        failures.push({ ruleId: rule.id, path, message: 'the rule could not be run on this example' });
        return;
      }
      if (found.length > 0) failures.push({ ruleId: rule.id, path, message: `the rule flags ${quote(found[0].original)} in this good example` });
    });
  });
  return failures;
}

/** What the import path uses: the pack must parse and every rule's examples must pass. */
export function validatePackForInstall(input: unknown): ParseResult {
  const parsed = parsePack(input);
  if (!parsed.ok) return parsed;
  const costly = walkBudgetErrors(parsed.pack);
  if (costly.length) return { ok: false, errors: costly };
  const failures = checkPackExamples(parsed.pack);
  if (failures.length) {
    return { ok: false, errors: failures.slice(0, MAX_REPORTED_ERRORS).map((f) => ({ path: f.path, message: f.message })) };
  }
  return parsed;
}
