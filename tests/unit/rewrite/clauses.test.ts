// @vitest-environment node
/**
 * Rest-of-clause slots and quotation marks (issue #12): {x...} keeps a refusal's condition or reason
 * with the refused part instead of moving it onto a template's offer; a match never holds half a
 * quotation; a question turned into a statement ends with a full stop.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, applySuggestion, quotesBalanced, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { testPack } from './helpers.ts';

const all = (draft: string) => applyAll(draft, suggestRewrites(draft, builtinPacks, { cache: false }));
const pack = (rules: Parameters<typeof testPack>[0], lang: 'en' | 'fa' = 'en') => testPack(rules, { formatVersion: 2, languages: [lang] });
// One test pack's slots (generic advice off: it is tested in generic.test.ts).
// The words a suggestion covers and its kind: a frame the rest of the sentence would contradict is advice (lib/rewrite/guard.ts).
const matched = (draft: string, p: ReturnType<typeof testPack>) => suggestRewrites(draft, [p], { cache: false, generic: false }).map((s) => [s.original, s.kind]);
const one = (draft: string, p: ReturnType<typeof testPack>) => {
  const s = suggestRewrites(draft, [p], { cache: false, generic: false });
  return s.length ? applySuggestion(draft, s[0]) : null;
};

describe('{x...} and subordinate clauses', () => {
  const refusal = pack([{ kind: 'template', patterns: ['we <-can> {action...}'], replacements: ['rather than {action}, we can ___'] }]);

  it("keeps a refusal's reason or condition (because, unless, since ...) with the refused part", () => {
    // The reason goes with the refused part; "rather than cancel it because it has shipped" would then give it to the wrong verb, so no text.
    expect(matched("We can't cancel it because it has shipped.", refusal)).toEqual([["We can't cancel it because it has shipped", 'advice']]);
    expect(one("We can't refund it unless it is unopened.", refusal)).toBe('Rather than refund it unless it is unopened, we can ___.');
    // English once/when/if conditions are left to the packs' own rules (en-core refusal-cant-once/when/if).
    // (Here the slot stops at "once" and the sentence goes on after the blank: advice.)
    expect(matched("We can't refund a download once it's been opened.", refusal)).toEqual([["We can't refund a download", 'advice']]);
  });

  it('still stops at punctuation and at a coordinating "but"', () => {
    // The sentence goes on after the blank with the agent's own offer: the frame is withheld.
    expect(matched("We can't refund it, but we can swap it.", refusal)).toEqual([["We can't refund it", 'advice']]);
    expect(matched("We can't refund it but we can swap it.", refusal)).toEqual([["We can't refund it", 'advice']]);
  });

  it('a slot never starts with the conjunction itself', () => {
    const p = pack([{ kind: 'template', patterns: ["it's not something we can do {rest...}"], replacements: ['{rest}, what we can do is ___'] }]);
    expect(one("It's not something we can do because the account is locked.", p)).toBeNull();
  });

  it('Persian: the reason after «چون» goes with the refused part', () => {
    const fa = pack([{ kind: 'template', patterns: ['نمی‌تونم {action...}'], replacements: ['به جای اینکه {action}، می‌تونم ___'] }], 'fa');
    expect(one('نمی‌تونم سفارش رو کنسل کنم چون ارسال شده.', fa)).toBe('به جای اینکه سفارش رو کنسل کنم چون ارسال شده، می‌تونم ___.');
    // fa-core keeps a refusal with its reason whole: the refusal rule is advice, and the built-in reading
    // (template16.fa.ts) adds the frame of what the agent can do after the reason, never between them.
    const draft = 'نمی‌تونم سفارش رو کنسل کنم چون ارسال شده.';
    expect(suggestRewrites(draft, builtinPacks, { cache: false }).length).toBeGreaterThan(0);
    expect(all(draft)).toBe('نمی‌تونم سفارش رو کنسل کنم چون ارسال شده، ولی کاری که می‌تونم بکنم اینه که ___.');
  });
});

describe('quotation marks', () => {
  it('a {x...} slot takes a whole quotation that opens in it, and stops before a closing mark', () => {
    const refusal = pack([{ kind: 'template', patterns: ['we <-can> {action...}'], replacements: ['rather than {action}, we can ___'] }]);
    expect(one("We can't refund “the digital items”, sorry.", refusal)).toBe('Rather than refund “the digital items”, we can ___, sorry.');
    expect(one('She wrote "we cant refund it" there.', refusal)).toBe('She wrote "rather than refund it, we can ___" there.');
    const fa = pack([{ kind: 'template', patterns: ['<-توانستن> {action...}'], replacements: ['در عوض <توانستن> ___'] }], 'fa');
    expect(one('ما «نمی‌تونیم» این رو برگردونیم.', fa)).toBeNull();
    expect(one('گفته «نمی‌تونیم برگردونیم» و رفته.', fa)).toBe('گفته «در عوض می‌تونیم ___» و رفته.');
  });

  it('a match holding half a quotation is dropped, a balanced one kept', () => {
    const p = pack([{ patterns: ['unfortunately {x}'], replacements: ['{x}'] }]);
    expect(one('Unfortunately "it broke" again.', p)).not.toBeNull();
    expect(one('He said "unfortunately it" broke.', p)).toBeNull();
    expect(quotesBalanced('a «b» “c” "d" „e“', 0, 17)).toBe(true);
    expect(quotesBalanced('«b', 0, 2)).toBe(false);
    expect(quotesBalanced('b»', 0, 2)).toBe(false);
    expect(quotesBalanced("we can't", 0, 8)).toBe(true);
  });
});

describe('a question turned into a statement', () => {
  it('ends with a full stop', () => {
    expect(all('از کجا بدونم بسته کی می‌رسه؟')).toBe('فعلاً خبر دقیقی نیست و ___ تا مشخص بشه بسته کی می‌رسه.');
    const p = pack([{ kind: 'template', patterns: ['how [would|should] I know'], replacements: ["I'll ___ to find out"] }]);
    expect(one('How would I know when it ships?', p)).toBe("I'll ___ to find out when it ships.");
  });

  it('a replacement that still asks keeps the question mark; so does a question the match did not make', () => {
    const asks = pack([{ patterns: ['why {x...}'], replacements: ['could you tell me why {x}'] }]);
    expect(one('Why did it fail?', asks)).toBe('Could you tell me why did it fail?');
    const plain = pack([{ patterns: ['unfortunately'], replacements: ['sadly'] }]);
    expect(one('Unfortunately, is it late?', plain)).toBe('Sadly, is it late?');
  });
});
