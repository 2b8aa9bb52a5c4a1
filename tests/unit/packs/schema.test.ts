// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareSemver,
  diffPacks,
  MAX_PACK_BYTES,
  MAX_PATTERN_LENGTH,
  MAX_UNLESS_PER_RULE,
  parsePack,
  parsePattern,
  validatePackForInstall,
  type PhrasePack,
} from '../../../lib/packs/index.ts';
import { run, SCHEMA_FILE, schemaFileText, starterPack } from '../../../lib/packs/cli.ts';

const good = (): PhrasePack => structuredClone(starterPack('acme.en.billing'));
const errorsOf = (input: unknown) => {
  const r = parsePack(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('parsePack', () => {
  it('accepts a valid pack, as object or JSON text', () => {
    expect(parsePack(good()).ok).toBe(true);
    expect(parsePack(JSON.stringify(good())).ok).toBe(true);
  });

  it('reports paths and plain messages', () => {
    const p = good() as unknown as { rules: Record<string, unknown>[] };
    (p.rules[0].examples as { bad: unknown[] }).bad = [];
    p.rules[0].severity = 'loud';
    p.rules[0].replacment = 'typo';
    expect(errorsOf(p).sort()).toEqual([
      'rules[0].examples.bad: a rule needs at least one bad example with the expected text',
      'rules[0].severity: the severity must be "hint", "warning" or "strong"',
      'rules[0]: unknown field "replacment" (check the spelling; see the guide for trainers in README.md)',
    ]);
  });

  it('checks pattern syntax and slot names', () => {
    const bad = (pattern: string, replacement = 'x') => {
      const p = good();
      p.rules[0].patterns = [pattern];
      p.rules[0].replacements = [replacement];
      return errorsOf(p);
    };
    expect(bad('I [can|cannot help')[0]).toMatch(/^rules\[0\]\.patterns\[0\]: the "\[" at character 3 is never closed/);
    expect(bad('I can] help')[0]).toMatch(/can only be used inside \[ \]/);
    expect(bad('I {verb help')[0]).toMatch(/never closed with "}"/);
    expect(bad('I {a b} help')[0]).toMatch(/not a valid slot/);
    expect(bad('{a} {b} now')[0]).toMatch(/need a word between them/);
    expect(bad('[really|]')[0]).toMatch(/at least one word outside slots/);
    expect(bad('{a} x {b} y {c} z {d}')[0]).toMatch(/at most 3 slots/);
    expect(bad('x'.repeat(MAX_PATTERN_LENGTH + 1))[0]).toMatch(/at most 200 characters/);
    expect(bad('I [a|[b|[c|[d|e]]]] x')[0]).toMatch(/nested at most 3 deep/);
    expect(bad('we can {x}', 'we will {y}')).toEqual(['rules[0].replacements[0]: the slot {y} is not in every pattern of this rule (pattern 1 has no {y})']);
    expect(bad('[a|b] [c|d] [e|f] [g|h] [i|j] [k|l] [m|n] [o|p] [q|r] x')[0]).toMatch(/too many combinations/);
  });

  it('accepts unless patterns and reports a bad one with its location', () => {
    const withUnless = (unless: unknown) => {
      const p = good();
      p.rules.push({ ...structuredClone(p.rules[0]), id: 'second', patterns: ["we [can't|cannot] {action} until {time}"] });
      (p.rules[1] as Record<string, unknown>).unless = unless;
      return errorsOf(p);
    };
    expect(withUnless(["[can't|cannot] wait until"])).toEqual([]);
    expect(withUnless([])).toEqual([]);
    expect(withUnless(['fine', 'I [can|cannot help'])).toEqual([
      'rules[1].unless[1]: this unless pattern is not valid: the "[" at character 3 is never closed with "]"',
    ]);
    expect(withUnless(['{a} {b} now'])[0]).toMatch(/^rules\[1\]\.unless\[0\]: .*need a word between them/);
    expect(withUnless([' '])[0]).toMatch(/^rules\[1\]\.unless\[0\]: .*must not be empty/);
    expect(withUnless(['x'.repeat(MAX_PATTERN_LENGTH + 1)])).toEqual([`rules[1].unless[0]: an unless pattern may be at most ${MAX_PATTERN_LENGTH} characters long`]);
    expect(withUnless(Array.from({ length: MAX_UNLESS_PER_RULE + 1 }, (_, k) => `word${k}`))).toEqual([`rules[1].unless: a rule may have at most ${MAX_UNLESS_PER_RULE} unless patterns`]);
    expect(withUnless('wait until')[0]).toMatch(/^rules\[1\]\.unless: must be a list/);
    expect(withUnless([42])[0]).toMatch(/^rules\[1\]\.unless\[0\]: must be text/);
  });

  it('rejects duplicate rule ids and identical patterns', () => {
    const p = good();
    p.rules.push({ ...structuredClone(p.rules[0]), patterns: ["I  [can't|CANNOT|am unable to] {action} until {time}"] });
    expect(errorsOf(p)).toEqual([
      'rules[1].id: the rule id "cant-until" is already used by rules[0]',
      'rules[1].patterns[0]: this pattern is already written at rules[0].patterns[0]',
    ]);
  });

  it('never throws on hostile input', () => {
    const cyclic: Record<string, unknown> = { formatVersion: 1 };
    cyclic.rules = [cyclic];
    let deep: unknown = {};
    for (let i = 0; i < 50_000; i++) deep = { rules: [deep] };
    const inputs: unknown[] = [
      undefined, null, 0, 'nope', '[', '"x"', [], cyclic, deep,
      '['.repeat(200_000) + ']'.repeat(200_000),
      JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
      { get formatVersion() { throw new Error('getter'); } },
      new Proxy({}, { get() { throw new Error('proxy'); }, ownKeys() { throw new Error('keys'); } }),
    ];
    for (const input of inputs) {
      const r = validatePackForInstall(input);
      expect(r.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files over the size limit', () => {
    expect(errorsOf(' '.repeat(MAX_PACK_BYTES + 1))).toEqual([': the pack is larger than 2 MB']);
  });
});

describe('validatePackForInstall', () => {
  it('runs the examples', () => {
    const p = good();
    p.rules[0].examples.bad[0].expected = 'something else';
    p.rules[0].examples.good.push("I can't ship it until Friday.");
    const r = validatePackForInstall(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['rules[0].examples.bad[0].expected', 'rules[0].examples.good[1]']);
    expect(validatePackForInstall(good()).ok).toBe(true);
  });
});

describe('unless in the examples check', () => {
  it("a good example that the rule flags passes once an unless pattern covers it", () => {
    const p = good();
    p.rules[0].examples.good.push("I can't wait until you try it!");
    const r = validatePackForInstall(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['rules[0].examples.good[1]']);
    p.rules[0].unless = ["[can't|cannot] wait until"];
    expect(validatePackForInstall(p).ok).toBe(true);
  });
});

describe('parsePattern', () => {
  it('expands groups into every reading', () => {
    const r = parsePattern("I [can't|cannot] [really |]{x}");
    expect(r.ok && r.pattern.expansions.length).toBe(4);
    expect(r.ok && r.pattern.slots).toEqual(['x']);
  });
});

describe('compareSemver and diffPacks', () => {
  it('orders versions by semver precedence', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.2.0', '1.10.0', '2.0.0'];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareSemver(ordered[i], ordered[i + 1])).toBe(-1);
      expect(compareSemver(ordered[i + 1], ordered[i])).toBe(1);
    }
    expect(compareSemver('1.0.0+build', '1.0.0')).toBe(0);
    expect(compareSemver('junk', '0.0.1')).toBe(-1);
  });

  it('lists added, changed and removed rules', () => {
    const a = good();
    const b = good();
    b.version = '0.2.0';
    b.rules[0].severity = 'strong';
    b.rules.push({ ...structuredClone(a.rules[0]), id: 'new-rule', patterns: ['asap'] });
    const c = good();
    c.rules[0] = { ...c.rules[0], id: 'renamed' };
    expect(diffPacks(a, b)).toEqual({ added: ['new-rule'], changed: ['cant-until'], removed: [], versionFrom: '0.1.0', versionTo: '0.2.0', isUpgrade: true });
    expect(diffPacks(b, a).isUpgrade).toBe(false);
    expect(diffPacks(a, c)).toMatchObject({ added: ['renamed'], removed: ['cant-until'], changed: [] });
    // Key order in the file is not a change.
    const reordered = Object.fromEntries(Object.entries(structuredClone(a.rules[0])).reverse()) as PhrasePack['rules'][number];
    expect(Object.keys(reordered)[0]).toBe('examples');
    expect(diffPacks(a, { ...a, rules: [reordered] }).changed).toEqual([]);
  });

  it('counts a changed unless list as a changed rule', () => {
    const a = good();
    const withUnless = (unless: string[] | undefined): PhrasePack => {
      const p = good();
      p.rules[0].unless = unless;
      return p;
    };
    expect(diffPacks(a, withUnless(['wait until'])).changed).toEqual(['cant-until']);
    expect(diffPacks(withUnless(['wait until']), withUnless(['wait until', 'wait till'])).changed).toEqual(['cant-until']);
    expect(diffPacks(withUnless(['wait until']), withUnless(['wait till'])).changed).toEqual(['cant-until']);
    expect(diffPacks(withUnless(['wait until']), a).changed).toEqual(['cant-until']);
    expect(diffPacks(withUnless(['wait until']), withUnless(['wait until'])).changed).toEqual([]);
    // An empty list behaves like no list.
    expect(diffPacks(a, withUnless([])).changed).toEqual([]);
  });
});

describe('JSON Schema and the pack command', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
    delete process.env.INIT_CWD;
  });

  it('the committed schema file equals the generated one (run `npm run pack -- schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });

  it('new writes a starter pack that passes check, and refuses to overwrite', () => {
    dir = mkdtempSync(join(tmpdir(), 'tactful-pack-'));
    process.env.INIT_CWD = dir;
    const out: string[] = [];
    const err: string[] = [];
    expect(run(['new', 'acme.en.test'], (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(run(['new', 'acme.en.test'], (s) => out.push(s), (s) => err.push(s))).toBe(1);
    expect(run(['check', 'acme.en.test.json'], (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(out.at(-1)).toMatch(/^ok acme\.en\.test@0\.1\.0: 1 rules, 2 examples pass/);
    const broken = JSON.parse(readFileSync(join(dir, 'acme.en.test.json'), 'utf8'));
    broken.rules[0].patterns = ['I [can'];
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    err.length = 0;
    expect(run(['check', 'broken.json'], () => {}, (s) => err.push(s))).toBe(1);
    expect(err[0]).toMatch(/^broken\.json: rules\[0\]\.patterns\[0\]: /);
    expect(run(['bogus'], () => {}, () => {})).toBe(2);
  });
});
