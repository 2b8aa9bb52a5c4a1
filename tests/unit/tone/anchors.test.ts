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

  it('holds anchors past 96 (perftone32: any number of bit words), by key, lemma and flags', () => {
    // Enough anchors that the last ones sit in the fourth and fifth bit words, whatever number were registered before.
    const filler = Array.from({ length: 140 }, (_, i) => anchor({ key: new Set([`filler${i}word`]) }));
    const lateKey = anchor({ key: /^(?:parcels?)$/ });
    const lateLemma = anchor({ lemma: (l) => l === 'send' });
    const lateFlag = anchor({ token: (t) => t.fa && t.neg && t.verb });
    expect(lateFlag.word).toBeGreaterThanOrEqual(4);
    const doc = readDoc('They sent the parcels twice and filler139word came back.');
    expect(has(doc, lateKey)).toBe(true);
    expect(has(doc, lateLemma)).toBe(true);
    expect(has(doc, lateFlag)).toBe(false);
    expect(has(doc, filler[139])).toBe(true);
    expect(has(doc, filler[138])).toBe(false);
    // The older anchors read as before beside them.
    expect(has(doc, contact)).toBe(false);
    expect(has(doc, tryLemma)).toBe(false);
    const fa = readDoc('بسته رو نفرستادین، پیگیری کردم');
    expect(has(fa, lateFlag)).toBe(true);
    expect(has(fa, lateKey)).toBe(false);
    expect(has(fa, persianFollowUp)).toBe(true);
    expect(has(fa, faNegVerb)).toBe(true);
    // Bits never leak between words of the same position in different bit words.
    for (let i = 0; i < 138; i++) expect(has(doc, filler[i]), `filler${i}`).toBe(false);
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
