// @vitest-environment node
/**
 * The one generic test every built-in pack goes through (LanguageTool-style): the pack validates,
 * every rule has bad and good examples, and every example does what it says.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPackFiles, builtinPacks, checkPackExamples, formatPackError, parsePack, ruleLanguage, type PhrasePack } from '../../../lib/packs/index.ts';

const MIN_RULES: Record<string, number> = { en: 150, fa: 80 };

it('every lib/packs/builtin/*.json file is loaded as a built-in pack', () => {
  const files = readdirSync(join(process.cwd(), 'lib/packs/builtin')).filter((f) => f.endsWith('.json'));
  expect(Object.keys(builtinPackFiles).sort()).toEqual(files.sort());
});

describe.each(Object.entries(builtinPackFiles))('built-in pack %s', (file, json) => {
  const parsed = parsePack(json);

  it('validates against the schema', () => {
    expect(parsed.ok ? [] : parsed.errors.map(formatPackError)).toEqual([]);
  });

  it('is shipped exactly as the parser reads it (the product loads built-in files without parsing them again)', () => {
    expect(parsed.ok && JSON.parse(JSON.stringify(parsed.pack))).toEqual(json);
    const i = Object.keys(builtinPackFiles).indexOf(file);
    expect(builtinPacks[i]).toEqual(json);
    expect(Object.isFrozen(builtinPacks[i])).toBe(true);
  });

  const pack = parsed.ok ? parsed.pack : (json as PhrasePack);

  it('has unique rule ids and both kinds of example on every rule', () => {
    const ids = pack.rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const missing = pack.rules.filter((r) => !(r.examples?.bad?.length > 0 && r.examples?.good?.length > 0)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('every example passes', () => {
    const failures = parsed.ok ? checkPackExamples(parsed.pack).map((f) => `${f.ruleId} ${f.path}: ${f.message}`) : ['pack does not validate'];
    expect(failures).toEqual([]);
  });

  it('has enough rules for its language', () => {
    const lang = pack.languages[0];
    const count = pack.rules.filter((r) => ruleLanguage(pack, r) === lang).length;
    expect(count, `${file} has ${count} ${lang} rules`).toBeGreaterThanOrEqual(MIN_RULES[lang] ?? 1);
  });
});
