// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor, has, perMessage } from '../../../lib/tone/anchors.ts';
import { readDoc } from '../../../lib/tone/layer.ts';

describe('tone anchors (the shared per-token pass)', () => {
  const tryLemma = anchor({ lemma: (l) => l === 'try' });
  const contact = anchor({ key: /^(?:e-?mails?|tickets?)$/ });
  const persianFollowUp = anchor({ key: (k) => k.startsWith('پیگیری') });
  const faNegVerb = anchor({ token: (t) => t.fa && t.neg && t.verb });

  it('finds a word by its key, its lemma or its flags', () => {
    const doc = readDoc('I tried to reach you about my tickets.');
    expect(has(doc, tryLemma)).toBe(true);
    expect(has(doc, contact)).toBe(true);
    expect(has(doc, persianFollowUp)).toBe(false);
    const fa = readDoc('برای پیگیری‌ام کسی جواب نمیده');
    expect(has(fa, persianFollowUp)).toBe(true);
    expect(has(fa, faNegVerb)).toBe(true);
    expect(has(fa, tryLemma)).toBe(false);
  });

  it('answers for the document asked about, not the last one read', () => {
    const a = readDoc('please email me');
    const b = readDoc('nothing here');
    expect(has(a, contact)).toBe(true);
    expect(has(b, contact)).toBe(false);
    expect(has(a, contact)).toBe(true);
  });

  it('refuses a stateful expression', () => {
    expect(() => anchor({ key: /x/g })).toThrow();
  });

  it('perMessage reads once per message', () => {
    let reads = 0;
    const count = perMessage((of: { n: number }) => ++reads + of.n);
    const m1 = { n: 10 };
    const m2 = { n: 20 };
    expect(count(m1)).toBe(11);
    expect(count(m1)).toBe(11);
    expect(count(m2)).toBe(22);
    expect(reads).toBe(2);
  });
});
