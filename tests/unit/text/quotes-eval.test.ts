// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateQuotes, loadQuoteCases } from '../../bench/quotes-eval.ts';

describe('quote detector on the development drafts (tests/fixtures/quotes/dev.jsonl)', () => {
  it('finds exactly the marked quotes, and no suggestion is left in a quote', () => {
    const r = evaluateQuotes('dev');
    expect(r.wrong).toEqual([]);
    expect(r.quotedSuggestions).toBeGreaterThan(0);
    expect(r.quotedLeft).toBe(0);
    expect(r.ownHidden).toBe(0);
  });

  it('both splits are well formed: every ⟦ closed, distinct ids, no draft in both', () => {
    const dev = loadQuoteCases('dev');
    const test = loadQuoteCases('test');
    for (const c of [...dev, ...test]) for (const [a, b] of c.quotes) expect(b).toBeGreaterThan(a);
    const ids = [...dev, ...test].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = new Set(dev.map((c) => c.text));
    expect(test.filter((c) => texts.has(c.text))).toEqual([]);
  });
});
