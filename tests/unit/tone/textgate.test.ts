// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gatedTest, mayMatch, opens, patternGate, readerGate, textGate } from '../../../lib/tone/textgate.ts';

/** A small deterministic generator (no Math.random: the same texts every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('text gates (lib/tone/textgate.ts)', () => {
  const lists = [
    ['still', 'bump', 'chased'],
    ['how'],
    ['abcd', 'bcd', 'cd', 'd'],
    ['ss', 's', 'sss'],
    ['told', 'tell', 'telling'],
    ['تماس', 'زنگ', 'ای'],
    ['a&e', 'icu'],
    // Words mixing ASCII with other characters, and an ASCII word beside them.
    ['£5', 'it’s', 'ساعت5', 'ds'],
  ];
  const gates = lists.map((l) => textGate(l));

  it('opens exactly when the text holds one of its words (overlapping and nested words, Persian, every gate per text)', () => {
    const alphabet = ['a', 'b', 'c', 'd', 's', 't', 'i', 'l', 'o', 'e', 'h', 'w', ' ', '&', 'u', 'ت', 'م', 'ا', 'س', 'ی', 'ز', 'ن', 'گ', '£', '5', '’', 'ع'];
    const next = lcg(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = Math.floor(next() * 30);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      // Gates asked in a varying order, each text asked about more than once.
      for (let g = 0; g < gates.length; g++) {
        const i = (g + n) % gates.length;
        expect(opens(text, gates[i]), `${JSON.stringify(text)} / ${lists[i].join(',')}`).toBe(lists[i].some((w) => text.includes(w)));
      }
    }
  });

  it('a gate declared later is found too (the automaton is built again)', () => {
    const text = 'my flight was delayed, still nothing';
    expect(opens(text, gates[0])).toBe(true);
    const late = textGate(['delayed']);
    expect(opens(text, late)).toBe(true);
    expect(opens('my flight', late)).toBe(false);
    expect(opens(text, gates[0])).toBe(true);
  });

  it('refuses words that could never match a lower-cased text', () => {
    expect(() => textGate(['Told'])).toThrow();
    expect(() => textGate([''])).toThrow();
    expect(() => textGate([])).toThrow();
  });
});

describe('patternGate (a gate read off the pattern, lib/tone/textgate.ts)', () => {
  const norm = (t: string) => t.replace(/[\u2019]/g, "'").replace(/\s+/g, ' ');
  const cases: { re: RegExp; texts: string[] }[] = [
    { re: /\b(?:as (?:always|usual)|yet again)\b/i, texts: ['Late AS ALWAYS.', 'yet  again nothing', 'Yet again!', 'as usual', 'as we always do', 'again and again'] },
    { re: /\bI (?:have|'ve) (?:called|rung) (?:twice|three times)\b/, texts: ['I have called twice', 'I\u2019ve rung three times', "i've called twice", 'I called them twice', 'We have called twice'] },
    { re: /\b(?:refund|money back) by (?:friday|monday)\b/i, texts: ['Refund by FRIDAY please', 'money  back by monday', 'refund on friday', 'MONEY BACK BY MONDAY'] },
    { re: /پولمو\s*پس\s*بدید/, texts: ['لطفا پولمو پس بدید', 'پولمو پس نمیدید', 'پول رو پس بدید'] },
  ];
  it('opens for every latest-words text its pattern matches, raw or normalised, and is closed where no literal is', () => {
    for (const { re, texts } of cases) {
      const g = patternGate(re);
      expect(g, String(re)).not.toBeNull();
      for (const t of texts) {
        const low = t.toLowerCase();
        if (re.test(t) || re.test(norm(t))) expect(opens(low, g!), `${re} on ${t}`).toBe(true);
      }
    }
    expect(opens('the parcel came today', patternGate(/\b(?:as (?:always|usual)|yet again)\b/i)!)).toBe(false);
  });
  it('gives no gate where a lower-case gate could miss a match', () => {
    expect(patternGate(/[a-z]+ please/)).not.toBeNull();
    expect(patternGate(/(?:x|y)?z?/)).toBeNull();
    expect(patternGate(/ÉTÉ/)).toBeNull();
  });
  it('gives an iu pattern whose words hold an s or a k a fold gate, open on any text with «ſ» (tonefast34)', () => {
    const re = /\bsorry\b|\bkind\b/iu;
    const g = patternGate(re)!;
    expect(g).not.toBeNull();
    expect(g.fold).toBe(true);
    for (const t of ['\u017forry about that', 'SORRY', '\u212aIND of you', 'kind', 'very \u212ainD']) {
      expect(re.test(t), t).toBe(true);
      expect(opens(t.toLowerCase(), g), t).toBe(true);
    }
    expect(opens('thanks a lot', g)).toBe(false);
    expect(opens('thanks a lot \u017f', g)).toBe(true);
    // A hand-written gate is no fold gate: it reads the text as it is.
    const hand = textGate(['sorry']);
    expect(hand.fold).toBe(false);
    expect(opens('\u017forry', hand)).toBe(false);
    expect(patternGate(/\bdouble\b/iu)!.fold).toBe(false);
    expect(patternGate(/\bsorry\b/i)!.fold).toBe(false);
  });
  it('only «ſ» matches an ASCII letter under iu that its lower case does not spell (what fold gates cover)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const res = [...letters].map((l) => new RegExp(`^${l}$`, 'iu'));
    const odd: string[] = [];
    for (let u = 0x80; u <= 0xffff; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const ch = String.fromCharCode(u);
      const low = ch.toLowerCase();
      for (let i = 0; i < 26; i++) if (res[i].test(ch) && !low.includes(letters[i])) odd.push(u.toString(16));
    }
    expect(odd).toEqual(['17f']);
  });
  it('reads a g or y pattern\'s literals as the same pattern without those flags', () => {
    const g = patternGate(/\bdouble[- ]charged\b/giu)!;
    expect(g).not.toBeNull();
    expect(opens('i was double charged', g)).toBe(true);
    expect(opens('i paid twice', g)).toBe(false);
  });
});

describe('readerGate (one gate for a reader over its own patterns, lib/tone/textgate.ts)', () => {
  const A = /\bdouble[- ]charged\b/i;
  const B = /پولمو\s*پس\s*بدید/;
  const C = /\b(?:refund|money back) by (?:friday|monday)\b/i;
  it('opens where any of its patterns may match, and is closed where none can', () => {
    const g = readerGate([A, B, C]);
    expect(g).not.toBeNull();
    for (const t of ['I was DOUBLE-charged', 'لطفا پولمو پس بدید', 'Money back by Friday please']) {
      expect([A, B, C].some((re) => re.test(t)), t).toBe(true);
      expect(mayMatch(t.toLowerCase(), g), t).toBe(true);
    }
    expect(mayMatch('the parcel came today', g)).toBe(false);
  });
  it('is no gate (always open) when one of the patterns has none', () => {
    const g = readerGate([A, /(?:x|y)?z?/iu]);
    expect(g).toBeNull();
    expect(mayMatch('anything at all', g)).toBe(true);
  });
  it('the scan still finds every gate word after the flag bit the transitions carry (a long text, words at its end)', () => {
    const g = textGate(['zebra', 'quokka']);
    const text = 'a '.repeat(500) + 'the quokka';
    expect(opens(text, g)).toBe(true);
    expect(opens(text.slice(0, -6), g)).toBe(false);
  });
});

describe('gatedTest (a whole-text test behind its pattern\'s own words, lib/tone/textgate.ts)', () => {
  it('answers as re.test on the lower-cased latest words, with or without a gate read off the pattern', () => {
    const gated = /\b(?:refund|chargeback)s?\b/i;
    const open = /^\s*\?+$/;
    const t1 = gatedTest(gated);
    const t2 = gatedTest(open);
    for (const low of ['i want a refund', 'two chargebacks now', 'refunded already', 'no money back', '??', ' ? ', 'why?', '']) {
      expect(t1(low)).toBe(gated.test(low));
      expect(t2(low)).toBe(open.test(low));
    }
  });

  it('refuses a g or y pattern (a skipped test would leave its lastIndex behind)', () => {
    expect(() => gatedTest(/refund/g)).toThrow();
    expect(() => gatedTest(/refund/y)).toThrow();
  });
});
