// @vitest-environment node
/**
 * Reader and pattern gates (lib/tone/gate.ts): the literals derived from a pattern's source are ones every match holds,
 * and on every message the goldens keep (every tone eval set and every cue example) no shut gate hid anything: with the
 * audit on, each gated reader or pattern also runs when its gate is shut, and must then say nothing.
 */
import { describe, expect, it } from 'vitest';
import { patternGates, readerGates, requiredSets, requiredWords } from '../../../lib/tone/gate.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';

/** Whether `text` (lower-cased) holds a word of each set. */
const holdsAll = (sets: string[][], text: string) => sets.every((s) => s.some((w) => text.toLowerCase().includes(w)));

describe('requiredSets: literals every match holds', () => {
  const cases: [RegExp, string[]][] = [
    [/\bhow\s+many\s+(?:more\s+)?times\b/i, ['How many times', 'how  many more TIMES']],
    [/\b(?:you|they)\s+(?:have\s+)?(?:refused|lost)\b/i, ['You refused', 'they have LOST it']],
    [/(?:sorry|apologies)\s+(?:for|about)/i, ['Sorry for that', 'apologies about it']],
    [/[\u{1f643}\u{1f644}]|\b(?:as always|yeah right|i suppose)\b/iu, ['great 🙃', 'As always', 'I SUPPOSE so', 'i ſuppose so']],
    [/^(?:سوم|چهارم)(?:ین|ه)?$/, ['سومین', 'چهارم']],
    [/\bI (?:HAVE|DID)\b/, ['I HAVE', 'I DID']],
    [/(?<!x)abc(?=d)/, ['abcd']],
    [/fo{2,}bar/, ['fooobar']],
  ];
  for (const [re, matches] of cases)
    it(`/${re.source}/${re.flags}`, () => {
      const sets = requiredSets(re);
      expect(sets).not.toBeNull();
      for (const m of matches) {
        expect(re.test(m), m).toBe(true);
        expect(holdsAll(sets!, m), `${m} ${JSON.stringify(sets)}`).toBe(true);
      }
      expect(requiredWords(re)).toEqual(sets![0]);
    });

  it('gives nothing (never a guess) for a pattern with no literal it must hold', () => {
    for (const re of [/[a-z]{2}/i, /\d+/, /(?:foo)?b?/, /.+/, /[’‘\u200c]/, /^(?:a|b*)$/]) expect(requiredSets(re), re.source).toBeNull();
  });

  it('keeps no letter a case-insensitive unicode pattern folds from elsewhere (ſ is s, K is k)', () => {
    expect(requiredSets(/sask/iu)).toEqual([['a']]);
    expect(requiredSets(/sask/i)).toEqual([['sask']]);
  });
});

describe('gates: declared at load', () => {
  it('declares its gates at load (each pattern gate with a derived literal set)', () => {
    readCustomerTone('warm up');
    expect(patternGates().length + readerGates().length).toBeGreaterThan(0);
    for (const g of patternGates()) expect(g.texts.length).toBeGreaterThan(0);
  });

  // The audit on every golden message (each eval set and cue example) runs with the golden test (./golden.test.ts).
});
