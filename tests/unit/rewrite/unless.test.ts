// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ZWNJ } from '../../../lib/text/index.ts';
import { applySuggestion, suggestRewrites, type ScanStats } from '../../../lib/rewrite/engine.ts';
import { compilePack } from '../../../lib/rewrite/compile.ts';
import { MAX_UNLESS_PER_RULE } from '../../../lib/packs/limits.ts';
import { builtinPackErrors, builtinPacks, checkPackExamples, parsePack, type PhrasePack } from '../../../lib/packs/index.ts';
import { testPack } from './helpers.ts';

const spans = (found: { ruleId: string; original: string }[]) => found.map((s) => `${s.ruleId}:${s.original}`);
const newStats = (): ScanStats => ({ steps: 0, candidates: 0, exceptions: 0, vetoed: 0 });

describe('unless: exceptions tied to a rule', () => {
  const until = testPack([{ patterns: ["can't {action} until {time}"], unless: ["can't wait [until|till]"] }]);

  it('drops a candidate that an unless pattern overlaps', () => {
    expect(suggestRewrites("I can't wait until you try it.", [until])).toEqual([]);
    expect(spans(suggestRewrites("I can't ship it until Monday.", [until]))).toEqual(["r0:can't ship it until Monday"]);
  });

  it('keeps a later match of the same rule that the exception does not overlap', () => {
    const d = "I can't wait until Friday, but we can't ship it until Monday.";
    const stats = newStats();
    expect(spans(suggestRewrites(d, [until], { stats }))).toEqual(["r0:can't ship it until Monday"]);
    expect(stats.exceptions).toBe(1);
    expect(stats.vetoed).toBe(1);
  });

  it('only vetoes candidates of its own rule', () => {
    const two = testPack([
      { patterns: ['you must {action}'], unless: ['must be [18|21]'] },
      { patterns: ['must be 18'] },
    ]);
    // r0 is dropped by its exception; r1 (another rule) still flags the overlapping text.
    expect(spans(suggestRewrites('You must be 18 to enter.', [two]))).toEqual(['r1:must be 18']);
    expect(spans(suggestRewrites('You must restart the app.', [two]))).toEqual(['r0:You must restart the app']);
  });

  it('an exception in one pack does not veto the same rule number in another pack', () => {
    const a = testPack([{ patterns: ['I am afraid'], unless: ['afraid of'] }], { id: 'pack.a' });
    const b = testPack([{ patterns: ['I am afraid'] }], { id: 'pack.b' });
    const found = suggestRewrites('I am afraid of spiders.', [a, b]);
    expect(found.map((s) => `${s.packId}:${s.original}`)).toEqual(['pack.b:I am afraid']);
  });

  it('an overlap at the edge counts; touching does not', () => {
    const p = testPack([{ patterns: ['I am afraid'], unless: ['afraid of', 'spiders'] }]);
    expect(suggestRewrites('I am afraid of spiders.', [p])).toEqual([]);
    // "spiders" starts after the candidate ends: no overlap, the candidate stays.
    expect(spans(suggestRewrites('I am afraid spiders bite.', [p]))).toEqual(['r0:I am afraid']);
  });

  it('an exception with a slot vetoes through its widest reading', () => {
    const p = testPack([{ patterns: ['until {time}'], unless: ["won't be long {x}"] }]);
    expect(suggestRewrites("It won't be long until the parcel arrives.", [p])).toEqual([]);
    expect(spans(suggestRewrites('We wait until Monday.', [p]))).toEqual(['r0:until Monday']);
  });

  it('a silenced or below-severity rule records no exceptions', () => {
    const p = testPack([{ patterns: ['I am afraid'], unless: ['afraid of'], severity: 'hint' }]);
    const stats = newStats();
    expect(suggestRewrites('I am afraid of spiders.', [p], { minSeverity: 'warning', stats })).toEqual([]);
    expect(stats.exceptions).toBe(0);
  });

  it('compiles unless patterns into the same trie, as exception terms', () => {
    const p = testPack([{ patterns: ['hello there'], unless: ['hello world'] }]);
    const plain = testPack([{ patterns: ['hello there'] }]);
    const cp = compilePack(p);
    expect(cp.rules[0].hasUnless).toBe(true);
    expect(Object.keys(cp.tries)).toEqual(['en']);
    expect(cp.nodeCount).toBeGreaterThan(compilePack(plain).nodeCount);
    expect(compilePack(plain).rules[0].hasUnless).toBe(false);
  });

  it('an invalid unless pattern in an unvalidated pack is skipped, never fatal', () => {
    const p = testPack([{ patterns: ['I am afraid'], unless: ['[afraid of', 'afraid of'] }]);
    expect(suggestRewrites('I am afraid of spiders.', [p])).toEqual([]);
    const q = testPack([{ patterns: ['I am afraid'], unless: ['[broken'] }]);
    expect(spans(suggestRewrites('I am afraid of spiders.', [q]))).toEqual(['r0:I am afraid']);
  });
});

describe('unless with Persian folding', () => {
  const fa = testPack([{ patterns: ['نمی توانم'], replacements: ['می‌توانم'], unless: ['نمی توانم صبر کنم'] }], { languages: ['fa'] });

  it('matches exceptions across ZWNJ, joined and spaced forms and Arabic letters', () => {
    for (const form of [`نمی${ZWNJ}توانم`, 'نمیتوانم', 'نمی توانم', `نمي${ZWNJ}توانم`]) {
      expect(suggestRewrites(`من ${form} صبر كنم تا ببينم.`, [fa])).toEqual([]);
      const kept = suggestRewrites(`من ${form} بیایم.`, [fa]);
      expect(kept.map((s) => s.original)).toEqual([form]);
    }
  });

  it('keeps a later non-overlapping Persian match in the same draft', () => {
    const d = `من نمی${ZWNJ}توانم صبر کنم، ولی امروز نمی توانم بیایم.`;
    const found = suggestRewrites(d, [fa]);
    expect(found.map((s) => s.original)).toEqual(['نمی توانم']);
    expect(found[0].start).toBe(d.lastIndexOf('نمی توانم'));
  });
});

describe('unless keeps matching linear', () => {
  // Many overlapping slot readings: every start can begin the pattern and every exception.
  const unless = Array.from({ length: MAX_UNLESS_PER_RULE }, (_, k) => `a {x} a {y} [b${k}|c${k}|a]`);
  const heavy = testPack([{ patterns: ['a {x} a {y} b'], unless }]);
  const plain = testPack([{ patterns: ['a {x} a {y} b'] }]);
  const draft = (bytes: number) => {
    let s = '';
    let k = 0;
    while (s.length < bytes) s += k++ % 97 === 96 ? 'b. ' : 'a ';
    return s;
  };

  it('a 100 KB adversarial draft with 20 unless patterns does work linear in its length', () => {
    const sizes = [50_000, 100_000];
    const steps = sizes.map((n) => {
      const stats = newStats();
      suggestRewrites(draft(n), [heavy], { stats });
      expect(stats.exceptions).toBeGreaterThan(0);
      return stats.steps;
    });
    // Doubling the draft at most (about) doubles the work.
    expect(steps[1] / steps[0]).toBeLessThan(2.2);
    // A small constant per character, far under the per-start safety budget.
    expect(steps[1] / 100_000).toBeLessThan(200);
    // The exceptions cost a bounded factor over the same rule without them.
    const base = newStats();
    suggestRewrites(draft(100_000), [plain], { stats: base });
    expect(steps[1]).toBeLessThan(base.steps * 3);
  });

  it('every candidate on the adversarial draft is vetoed, since "a" is an allowed exception ending', () => {
    const stats = newStats();
    const found = suggestRewrites(draft(20_000), [heavy], { stats });
    expect(stats.candidates).toBeGreaterThan(0);
    expect(found).toEqual([]);
    expect(stats.vetoed).toBe(stats.candidates);
  });
});

/**
 * The unless lists for the built-in English pack's known near misses (proposed for
 * lib/packs/builtin/en-core.json). Applied to copies of the real built-in rules, so this holds
 * whether or not the file already carries them.
 */
const WAIT = ["[can't|cannot|can not] wait [until|till]"];
const AGE = ['you must be [at least |over |aged |][12|13|14|15|16|17|18|19|20|21|25]', 'you must be of [legal |]age'];
const NEAR_MISS_UNLESS: Record<string, string[]> = {
  'cant-until-general': WAIT,
  'cant-until': WAIT,
  'wont-until': ["[won't|will not] be long [until|till]", "[won't|will not] [rest|stop] until"],
  'im-afraid': ["[I'm|I am] afraid of"],
  'you-have-to': ['[know|understand|realise|realize|appreciate] [that |]you have to'],
  'you-must-be': AGE,
  'you-must': AGE,
};

describe('unless on the built-in English rules with known near misses', () => {
  // en-core is kept in two files (lib/packs/parts.ts): its rules, both files in order, as one pack.
  const core = builtinPacks.find((p) => p.id === 'tactful.en.core')!;
  const builtin: PhrasePack = { ...core, rules: builtinPacks.filter((p) => p.id === 'tactful.en.core' || p.id === 'tactful.en.core.more').flatMap((p) => p.rules) };
  // Added to what the rule already has (its own exceptions back its own good examples).
  const pack: PhrasePack = { ...builtin, rules: builtin.rules.map((r) => (NEAR_MISS_UNLESS[r.id] ? { ...r, unless: [...new Set([...(r.unless ?? []), ...NEAR_MISS_UNLESS[r.id]])] } : r)) };
  // The same rules with no exceptions at all: what flagged the near misses before unless existed.
  const bare: PhrasePack = { ...builtin, rules: builtin.rules.map(({ unless: _unless, ...r }) => r) };

  it('the lists are valid and every rule they name exists', () => {
    expect(builtinPackErrors()).toEqual([]);
    for (const id of Object.keys(NEAR_MISS_UNLESS)) expect(builtin.rules.some((r) => r.id === id)).toBe(true);
    expect(parsePack(pack).ok).toBe(true);
    expect(checkPackExamples(pack)).toEqual([]);
  });

  it.each([
    "I can't wait until you try it!",
    "We can't wait until you see it!",
    "It won't be long until the parcel arrives.",
    "We won't rest until it's fixed.",
    "I'm afraid of losing the photos too.",
    'I know you have to work.',
    'You must be 18 or older to buy this.',
  ])('does not flag %s (the rule alone did)', (text) => {
    expect(suggestRewrites(text, [bare]).length).toBeGreaterThan(0);
    expect(spans(suggestRewrites(text, [pack]))).toEqual([]);
  });

  it('still flags the real phrases next to them', () => {
    expect(spans(suggestRewrites("I can't wait until you try it! Sorry, I can't ship it until Monday.", [pack]))).toEqual(["cant-until:I can't ship it until Monday"]);
    expect(spans(suggestRewrites("Your refund won't be processed until we receive the item.", [pack]))).toEqual(["wont-until:won't be processed until we receive the item"]);
    const afraid = "I'm afraid we're out of the large size.";
    const found = suggestRewrites(afraid, [pack]);
    expect(found.map((f) => f.ruleId)).toEqual(['im-afraid']);
    // A softener before bad news stays (lib/rewrite/guard.ts): the rule flags it, the text is withheld.
    expect(found[0].kind).toBe('advice');
    expect(applySuggestion(afraid, found[0])).toBe(afraid);
    expect(spans(suggestRewrites('You must restart the app.', [pack]))).toEqual(['you-must:You must restart the app']);
  });
});
