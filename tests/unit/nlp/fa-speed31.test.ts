// @vitest-environment node
/**
 * (perffa31) Same-output speed work in lib/nlp's Persian part: the draft's register read from its pieces (faDraftRegister)
 * against the word-by-word reading (faRegister), Persian tokens made from the table of written words against the same
 * words read afresh, and the readers' per-form answers kept on a token's form entry (faFormAnswer).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSentenceTokens, faDraftRegister, faFormAnswer, faRegister, faSlotKey, faSlotOf, tokenize, type Token } from '../../../lib/nlp/index.ts';
import { BoundedMemo } from '../../../lib/text/memo.ts';
import { badExamples, drafts } from '../../bench/rewrite.bench.ts';
import { loadEvalSet } from '../../bench/rewrite-quality.ts';

/** faRegister without its memo (an empty ignore list reads every word, as no list does). */
const fresh = (text: string) => faRegister(text, new Set());

/** A small seeded generator, so a failure names a draft that comes back. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('faDraftRegister: the draft register from its pieces', () => {
  it('reads every bench-style draft as faRegister does', () => {
    // The bench's drafts, made from the repository's own Persian sentences (the bench reads a corpus that a clean clone
    // may not have beside it).
    const sentences = (['dev', 'dev2', 'test', 'late20', 'late25', 'late30'] as const).flatMap((s) => loadEvalSet('fa', s).map((i) => i.text));
    const list = drafts(sentences, badExamples('fa'), 150, 2);
    for (const d of list) expect(faDraftRegister(d), d.slice(0, 80)).toBe(fresh(d));
  });

  it('reads a prefix left alone before an end mark with the next piece, as the whole draft does', () => {
    // «می.» then «تونم»: the whole draft joins the two words (a colloquial verb); each piece alone would not.
    for (const d of ['می. تونم بیام؟ لطفا صبر کنید.', 'نمی!\nتونم', 'برمی؟ گردونیم', 'ما نمی. توانیم', 'میشه. می', 'است.', '', '.', 'سلام\n\nمی\n']) {
      expect(faDraftRegister(d), d).toBe(fresh(d));
    }
  });

  it('agrees with faRegister on 600 random drafts of prefixes, verbs, register words and end marks', () => {
    const parts = ['می', 'نمی', 'برمی', 'برنمی', 'تونم', 'توانم', 'گردونیم', 'گردانیم', 'شه', 'شود', 'رو', 'را', 'است', 'هست', 'یه', 'کنید', 'کنین', 'حسابتون', 'حسابتان', 'باشین', 'بفرمایید', 'سلام', 'x', 'OK', '3.5', '۱۲'];
    const seps = [' ', ' ', ' ', '\u200c', '.', '. ', '؟', '!', '?', '\n', '،', '...', ' . '];
    const next = rng(31);
    for (let n = 0; n < 600; n++) {
      let d = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++) d += parts[Math.floor(next() * parts.length)] + seps[Math.floor(next() * seps.length)];
      expect(faDraftRegister(d), JSON.stringify(d)).toBe(fresh(d));
    }
  });
});

/** Every field of a token but its slot (an object of the form, compared apart). */
const fields = (t: Token) => ({ ...t, slot: undefined });

describe('Persian tokens from the table of written words', () => {
  it('a word read again gives the token it gave the first time, with the same form entry', () => {
    const texts = ['نیمیتونیم فردا بیایم، نِمِشه.', 'مِدُم دستتون همین الان.', 'نمی توانم و نمی‌تونم و نمیتونم.', 'کد ۱۲۳ رو بزنین؛ ٣ بار.', 'فاکتور ریفاندش کردیم ok?', 'كتاب يك ي ك'];
    for (const text of texts) {
      const first = tokenize(text);
      const again = tokenize(text);
      expect(again.map(fields), text).toEqual(first.map(fields));
      again.forEach((t, i) => expect(t.slot, `${text} ${t.text}`).toBe(first[i].slot));
      for (const t of first) if (t.lang === 'fa' && t.word) expect(faSlotOf(t)?.norm, t.text).toBe(t.norm);
    }
  });

  it('a verb prefix written apart joins its verb, and only its verb, whichever way it is written', () => {
    const norms = (text: string) => tokenize(text).map((t) => t.norm);
    expect(norms('نمی توانم بیایم')).toEqual(['نمیتوانم', 'بیایم']);
    expect(norms('ما نمي تونیم')).toEqual(['ما', 'نمیتونیم']);
    expect(norms('می تونم')).toEqual(['میتونم']);
    expect(norms('نمی کتاب')).toEqual(['نمی', 'کتاب']);
    expect(norms('نیمی از پول')).toEqual(['نیمی', 'از', 'پول']);
    expect(norms('نیمیتونیم')).toEqual(['نمیتونیم']);
  });

  it('a token of the same letters written otherwise is read as written (no entry of a look-alike)', () => {
    // The same norm from different writings: ZWNJ, space, Arabic yeh/kaf, a kasra.
    const a = analyzeSentenceTokens('می‌تونم');
    const b = analyzeSentenceTokens('میتونم');
    const c = analyzeSentenceTokens('مي‌تونم');
    expect(a[0].text).toBe('می‌تونم');
    expect(b[0].text).toBe('میتونم');
    expect(c[0].text).toBe('مي‌تونم');
    expect(new Set([a[0].norm, b[0].norm, c[0].norm]).size).toBe(1);
    expect(faSlotOf(a[0])).toBe(faSlotOf(b[0]));
  });
});

describe('faFormAnswer: a reader\'s per-form answer on the token', () => {
  it('answers once per form, and by the memo for a token copied with another norm', () => {
    const key = faSlotKey();
    const memo = new BoundedMemo<string, number>(100);
    let made = 0;
    const make = (norm: string) => (made++, norm.length);
    const [t] = tokenize('حسابتون');
    expect(faFormAnswer(t, key, memo, make)).toBe(t.norm.length);
    const [again] = tokenize('حسابتون');
    expect(faFormAnswer(again, key, memo, make)).toBe(t.norm.length);
    expect(made).toBe(1);
    const copy = { ...t, norm: 'حساب' };
    expect(faSlotOf(copy)).toBeUndefined();
    expect(faFormAnswer(copy, key, memo, make)).toBe(4);
  });
});
