// @vitest-environment node
/** Suggestion kinds, the commitment check, quoted-text exclusion and v1 migration. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addedCommitments, checkPackExamples, fixCommitments, parsePack, validatePackForInstall, type PhrasePack } from '../../../lib/packs/index.ts';
import { run } from '../../../lib/packs/cli.ts';
import { applyAll, applySuggestion, positivityScore, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { testPack } from './helpers.ts';

const pack = (rule: Partial<PhrasePack['rules'][number]>, languages: ('en' | 'fa')[] = ['en']): PhrasePack => ({
  formatVersion: 2,
  id: 'acme.en.test',
  name: 'Test',
  version: '1.0.0',
  languages,
  rules: [{ id: 'r', category: 'cant-wont', severity: 'warning', patterns: ['x'], replacements: ['y'], explanation: 'Because.', examples: { bad: [{ text: 'x', expected: 'y' }], good: ['z'] }, ...rule }],
});

describe('suggestion kinds', () => {
  it('a template keeps its blank, advice changes nothing, a rewrite says so', () => {
    const tpl = testPack([{ patterns: ["I <-can> {rest...}"], replacements: ['What I can do is ___'], kind: 'template' }], { formatVersion: 2 });
    const [t] = suggestRewrites("I can't extend the trial.", [tpl]);
    expect(t.kind).toBe('template');
    expect(applySuggestion("I can't extend the trial.", t)).toBe('What I can do is ___.');
    const adv = testPack([{ patterns: ['calm down'], replacements: [], kind: 'advice' }], { formatVersion: 2 });
    const [a] = suggestRewrites('Please calm down.', [adv]);
    expect(a.kind).toBe('advice');
    expect(a.replacements).toEqual([]);
    expect(applySuggestion('Please calm down.', a)).toBe('Please calm down.');
    expect(applyAll('Please calm down.', [a])).toBe('Please calm down.');
    expect(suggestRewrites('Obviously.', [testPack([{ patterns: ['obviously'], replacements: [''] }])])[0].kind).toBe('rewrite');
  });

  it('the schema ties kinds to their replacements', () => {
    const errs = (r: Partial<PhrasePack['rules'][number]>) => {
      const p = parsePack(pack(r));
      return p.ok ? [] : p.errors.map((e) => e.message);
    };
    expect(errs({ kind: 'template', replacements: ['What I can do is this'] }).join()).toMatch(/needs a blank ___/);
    expect(errs({ replacements: ['What I can do is ___'] }).join()).toMatch(/set "kind": "template"/);
    expect(errs({ kind: 'advice', replacements: ['y'] }).join()).toMatch(/advice changes no text/);
    expect(errs({ replacements: [] }).join()).toMatch(/at least one replacement/);
    expect(errs({ kind: 'advice', replacements: [], examples: { bad: [{ text: 'x', expected: 'x' }], good: ['z'] } })).toEqual([]);
  });
});

describe('the commitment check', () => {
  it('finds promises the matched words did not make, whatever the spelling', () => {
    expect(addedCommitments("we can't do that", "I'll look into it right away", 'en')).toEqual(['will', 'right away']);
    expect(addedCommitments("we can't do that", 'ill check today', 'en')).toEqual(['will', 'today']);
    expect(addedCommitments("we won't ship until May", 'we will ship from May', 'en')).toEqual([]);
    expect(addedCommitments('asap', 'as soon as possible', 'en')).toEqual([]);
    expect(addedCommitments('نمی‌دانم', 'بررسی می‌کنم', 'fa')).toEqual(['بررسی میکنم']);
    expect(addedCommitments('نمی‌شه', 'همین الان انجام میدم', 'fa')).toEqual(['همین الان', 'انجام میدم']);
    expect(addedCommitments('نمی‌شه', 'احتمالاً', 'fa')).toEqual([]);
  });

  it('fails a rewrite that adds one, not a template or advice', () => {
    const bad = pack({ patterns: ["that's impossible"], replacements: ["I'll look into it right away"], examples: { bad: [{ text: "That's impossible.", expected: "I'll look into it right away." }], good: ['z'] } });
    const f = checkPackExamples(bad);
    expect(f.map((x) => x.path)).toEqual(['rules[0].replacements[0]']);
    expect(f[0].message).toMatch(/"will", "right away"/);
    expect(validatePackForInstall(bad).ok).toBe(false);
    const tpl = pack({ kind: 'template', patterns: ["that's impossible"], replacements: ["That's a tricky one; I'll ___"], examples: { bad: [{ text: "That's impossible.", expected: "That's a tricky one; I'll ___." }], good: ['z'] } });
    expect(checkPackExamples(tpl)).toEqual([]);
  });

  it('migrate drops such replacements, or makes the rule advice, and recomputes expected', () => {
    const p = pack({
      patterns: ["I can't {x} until {t}"],
      replacements: ["I'll {x} as soon as {t}", 'I can {x} from {t}'],
      examples: { bad: [{ text: "I can't ship until May.", expected: "I'll ship as soon as May." }], good: ['z'] },
    });
    const { pack: fixed, changed } = fixCommitments(p);
    expect(changed).toEqual(['r']);
    expect(fixed.rules[0].replacements).toEqual(['I can {x} from {t}']);
    expect(fixed.rules[0].examples.bad[0].expected).toBe('I can ship from May.');
    expect(checkPackExamples(fixed)).toEqual([]);
    const only = fixCommitments(pack({ replacements: ['we will fix it today'], examples: { bad: [{ text: 'x', expected: 'we will fix it today' }], good: ['z'] } })).pack.rules[0];
    expect(only.kind).toBe('advice');
    expect(only.replacements).toEqual([]);
    expect(only.examples.bad[0].expected).toBe('x');
  });
});

describe('formatVersion 1 packs', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
    delete process.env.INIT_CWD;
  });

  it('load, with < > and \\ read as plain characters as before', () => {
    const v1 = { ...pack({ patterns: ['a <b> c'], replacements: ['<d>'], examples: { bad: [{ text: 'a <b> c', expected: '<d>' }], good: ['a b c'] } }), formatVersion: 1 };
    const r = parsePack(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.formatVersion).toBe(2);
    expect(r.pack.rules[0].patterns).toEqual(['a \\<b\\> c']);
    expect(checkPackExamples(r.pack)).toEqual([]);
  });

  it('a rule whose replacements all leave a blank becomes a template', () => {
    const v1 = { ...pack({ patterns: ['we do not do exchanges'], replacements: ['what we can do is ___'], examples: { bad: [{ text: 'We do not do exchanges.', expected: 'What we can do is ___.' }], good: ['z'] } }), formatVersion: 1 };
    const r = parsePack(v1);
    expect(r.ok && r.pack.rules[0].kind).toBe('template');
  });

  it('a newer formatVersion gets a clear message', () => {
    const r = parsePack({ ...pack({}), formatVersion: 3 });
    expect(r.ok ? '' : r.errors[0].message).toMatch(/newer Tactful/);
  });

  it('npm run pack -- migrate writes an upgraded pack that passes check', () => {
    dir = mkdtempSync(join(tmpdir(), 'tactful-migrate-'));
    process.env.INIT_CWD = dir;
    const v1 = { ...pack({ patterns: ['see what i can do'], replacements: ["I'll look into this right away"], examples: { bad: [{ text: 'Let me see what I can do.', expected: "Let me I'll look into this right away." }], good: ['z'] } }), formatVersion: 1 };
    writeFileSync(join(dir, 'old.json'), JSON.stringify(v1));
    const out: string[] = [];
    expect(run(['migrate', 'old.json'], (s) => out.push(s), (s) => out.push(s))).toBe(0);
    const migrated = JSON.parse(readFileSync(join(dir, 'old.migrated.json'), 'utf8'));
    expect(migrated).toMatchObject({ formatVersion: 2, rules: [{ kind: 'advice', replacements: [] }] });
    expect(run(['check', 'old.migrated.json'], () => {}, (s) => out.push(s))).toBe(0);
  });
});

describe('quoted text', () => {
  const p = testPack([{ patterns: ['unfortunately[,|]'], replacements: [''] }]);
  const draft = 'Unfortunately, we are out.\n\n> Unfortunately the kettle broke.';
  const quote: [number, number] = [draft.indexOf('>'), draft.length];

  it('is never flagged, and the score counts only the agent’s words', () => {
    const all = suggestRewrites(draft, [p]);
    expect(all.length).toBe(2);
    const own = suggestRewrites(draft, [p], { exclude: [quote] });
    expect(own.map((s) => s.flagged.start)).toEqual([0]);
    expect(positivityScore(draft, all, { exclude: [quote] })).toBe(positivityScore('Unfortunately, we are out.', own));
  });

  it('a deletion never widens into a quote', () => {
    const d = 'Thanks. > obviously you broke it';
    const q = testPack([{ patterns: ['thanks.'], replacements: [''] }]);
    const [s] = suggestRewrites(d, [q], { exclude: [[8, d.length]] });
    expect(s.end).toBeLessThanOrEqual(8);
  });
});
