// @vitest-environment node
/**
 * (perf34) A Persian keystroke reads what a full analysis of the edited draft reads. The Persian after-readers and neutral
 * filters keep their `spaced` texts per text (guard.fa.text.ts faTextMemo), across calls, next to the fold and token memos
 * and the engine's sentence cache: each draft here (sentences written for this test, several trades and registers, with
 * suggestions the readers keep, turn into templates or advice, or drop) is analysed with the cache and then edited — a
 * letter typed, a neighbouring sentence changed, a sentence split or two joined, a sentence quoted — and the cached answer
 * must equal a full analysis (cache: false), advice reasons included.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites, type Suggestion } from '../../../lib/rewrite/index.ts';
import { adviceReasons } from '../../../lib/rewrite/template16.en.ts';
import { faTextMemo } from '../../../lib/rewrite/guard.fa.text.ts';
import { typeAtSpace } from './helpers.ts';

const SENTENCES = [
  'متأسفانه امکان بازگشت وجه برای این سفارش وجود ندارد.',
  'نمی‌توانیم تا پایان هفته بسته را ارسال کنیم.',
  'طبق قوانین شرکت، تعویض کالای باز شده ممکن نیست.',
  'لطفاً شرایط بیمه‌نامه رو کامل بخونید و بعد پرداخت کنید.',
  'نگران نباشید، چیزی نیست که نشه تعمیرش کرد.',
  'برنامه اجازه نمی‌دهد هیچ‌کس بدون رمز دوم به پرونده‌ی پزشکی شما دسترسی پیدا کند.',
  'شما باید فرم ثبت‌نام را درست پر می‌کردید.',
  'این موضوع اصلاً به واحد ما مربوط نیست.',
  'ببخشید که دیر جواب دادم، سرمون خیلی شلوغ بود.',
  'کد خطای 502 یعنی سرور موقتاً در دسترس نیست.',
  'مطابق ضوابط، مدارک شما کامل است و کارت عضویت صادر شد.',
  'خوشبختانه مشکل مهمی نبود و باتری را عوض کردیم.',
  'اصلاً امکان ندارد که این کار را برای شما انجام دهیم!',
  'با عرض پوزش، در حال حاضر موجودی این مدل تمام شده است.',
  'تا فردا صبح نمی‌تونیم درخواستتون رو بررسی کنیم، ولی پیگیری می‌کنم.',
  'قبلاً هم گفته بودم که این گزینه در پنل شما فعال نیست.',
];

const dump = (list: Suggestion[]) => list.map((s) => [s.start, s.end, s.flagged.start, s.flagged.end, s.kind, s.packId, s.ruleId, s.replacements, s.explanation, s.severity, s.category, s.language, adviceReasons.get(s) ?? null]);
const full = (d: string, exclude?: Array<[number, number]>) => dump(suggestRewrites(d, builtinPacks, { cache: false, exclude }));
const cached = (d: string, exclude?: Array<[number, number]>) => dump(suggestRewrites(d, builtinPacks, { exclude }));

/** A letter typed at the end of the word before the k-th space. */
const typeInto = (d: string, k: number, letter: string) => typeAtSpace(d, k, letter, 'wordEnd');

const drafts: string[][] = [];
for (let i = 0; i < SENTENCES.length; i++) drafts.push([SENTENCES[i], SENTENCES[(i + 3) % SENTENCES.length], SENTENCES[(i + 7) % SENTENCES.length]]);

describe('the Persian keystroke equals a full analysis of the edited draft (perf34)', () => {
  it('analysed twice with the cache, and a letter typed at three places', () => {
    for (const parts of drafts) {
      const d = parts.join(' ');
      expect(cached(d)).toEqual(full(d));
      expect(cached(d)).toEqual(full(d));
      for (const [k, letter] of [[1, 'ی'], [6, 'ن'], [12, 'ه']] as const) {
        const typed = typeInto(d, k, letter);
        expect(cached(typed)).toEqual(full(typed));
      }
    }
  });

  it('a neighbouring sentence changed: the unchanged sentences are read with their new neighbour', () => {
    for (let i = 0; i < drafts.length; i++) {
      const [a, b, c] = drafts[i];
      cached([a, b, c].join(' '));
      const other = SENTENCES[(i + 11) % SENTENCES.length];
      for (const d of [[a, other, c].join(' '), [other, b, c].join(' '), [a, b, other].join(' '), [a, b.replace(/[.!]$/, '،'), c].join(' ')]) expect(cached(d)).toEqual(full(d));
    }
  });

  it('a sentence split in two and two sentences joined into one', () => {
    for (const parts of drafts) {
      const d = parts.join(' ');
      cached(d);
      const split = d.replace('، ', '. ');
      const joined = d.replace(/\. /, ' و ');
      const joinedMark = d.replace(/[.!] /, '، ');
      for (const e of [split, joined, joinedMark]) expect(cached(e)).toEqual(full(e));
      // …and back again.
      expect(cached(d)).toEqual(full(d));
    }
  });

  it('quoted text: a sentence in «» and a quoted range left out, then the quote taken away', () => {
    for (const parts of drafts) {
      const [a, b, c] = parts;
      const quoted = `${a} «${b}» ${c}`;
      const from = a.length + 1;
      const range: Array<[number, number]> = [[from, from + b.length + 2]];
      cached(parts.join(' '));
      expect(cached(quoted)).toEqual(full(quoted));
      expect(cached(quoted, range)).toEqual(full(quoted, range));
      const plain = parts.join(' ');
      expect(cached(plain)).toEqual(full(plain));
    }
  });
});

describe('faTextMemo (perf34): a pure reading kept per text', () => {
  it('answers what the reading answers, across its generations and for texts too long to keep', () => {
    let calls = 0;
    const read = (raw: string) => {
      calls++;
      return ` ${raw.replace(/[.،]/g, ' ').replace(/\s+/g, ' ')} `;
    };
    const memo = faTextMemo(read);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const texts: string[] = [];
    for (let k = 0; k < 600; k++) {
      const n = Math.floor(rnd() * 40);
      let t = '';
      for (let j = 0; j < n; j++) t += 'اب .،\u200cکx'[Math.floor(rnd() * 9)];
      texts.push(t);
    }
    texts.push('ب'.repeat(700));
    for (let pass = 0; pass < 3; pass++) for (const t of texts) expect(memo(t)).toBe(read(t));
    // Kept answers were used (fewer readings than calls), and a text over 600 characters is read every time.
    expect(calls).toBeLessThan(texts.length * 6);
  });
});
