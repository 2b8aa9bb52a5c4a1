// @vitest-environment node
/**
 * (perf37) The Persian guards run on a window of sentences around each suggestion and their answers are kept per window
 * (guard.fa.window.ts). Two checks, on drafts of this test's own sentences (refusals, rules cited, blame, apologies, good
 * news, jargon; formal, colloquial and register-less), eight to twelve sentences long:
 * - the reach: the windowed guards give the same suggestions as the guards run on the whole draft (guardWindows.on false);
 * - the keystroke: after an edit (a letter typed, a neighbour sentence rewritten, the draft's register turned by sentences
 *   far from a register-less one, a sentence moved, a quote or a signature added below) the cached answer equals a full
 *   analysis (cache: false), advice reasons included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites, type Suggestion } from '../../../lib/rewrite/index.ts';
import { adviceReasons } from '../../../lib/rewrite/template16.en.ts';
import { guardWindows } from '../../../lib/rewrite/guard.fa.window.ts';
import { typeAtSpace } from './helpers.ts';

const FORMAL = [
  'متأسفانه امکان بازگشت وجه برای این سفارش وجود ندارد.',
  'طبق قوانین شرکت، تعویض کالای باز شده ممکن نیست.',
  'برنامه اجازه نمی‌دهد هیچ‌کس بدون رمز دوم به پرونده‌ی پزشکی شما دسترسی پیدا کند.',
  'شما باید فرم ثبت‌نام را درست پر می‌کردید.',
  'مطابق ضوابط، مدارک شما کامل است و کارت عضویت صادر شد.',
  'اصلاً امکان ندارد که این کار را برای شما انجام دهیم!',
  'با عرض پوزش، در حال حاضر موجودی این مدل تمام شده است.',
  'این موضوع به واحد ما مربوط نمی‌باشد.',
  'تا پایان ماه اشتراک شما قطع نمی‌شود.',
];
const COLLOQUIAL = [
  'نمی‌تونیم تا آخر هفته بسته رو بفرستیم.',
  'لطفاً شرایط بیمه‌نامه رو کامل بخونید و بعد پرداخت کنید.',
  'نگران نباشید، چیزی نیست که نشه تعمیرش کرد.',
  'ببخشید که دیر جواب دادم، سرمون خیلی شلوغ بود.',
  'تا فردا صبح نمی‌تونیم درخواستتون رو بررسی کنیم، ولی پیگیری می‌کنم.',
  'قبلاً هم گفته بودم که این گزینه تو پنل شما فعال نیست.',
  'شرمنده ولی تا شنبه ارسال نمیشه.',
  'شما باید زودتر میگفتین.',
  'اطلاعی در این خصوص نداریم.',
];
/** Sentences that show no register of their own: their guards ask for the draft's (the first three answer differently by it). */
const PLAIN = [
  'درخواست شما رد شد.',
  'شما اشتباه کردید.',
  'ما استثنا قائل نمی‌شویم.',
  'کد خطای 502 یعنی سرور موقتاً در دسترس نیست.',
  'لغو سفارش امکان‌پذیر نیست.',
  'متأسفم، این امکان وجود ندارد.',
];

const dump = (list: Suggestion[]) => list.map((s) => [s.start, s.end, s.flagged.start, s.flagged.end, s.kind, s.packId, s.ruleId, s.replacements, s.explanation, s.severity, s.category, s.language, adviceReasons.get(s) ?? null]);
const full = (d: string, exclude?: Array<[number, number]>) => dump(suggestRewrites(d, builtinPacks, { cache: false, exclude }));
const cached = (d: string, exclude?: Array<[number, number]>) => dump(suggestRewrites(d, builtinPacks, { exclude }));
const wholeDraft = (d: string, exclude?: Array<[number, number]>) => {
  guardWindows.on = false;
  try {
    return full(d, exclude);
  } finally {
    guardWindows.on = true;
  }
};

let seed = 37;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

/** Drafts of 8-12 sentences: one register, the other, or mixed, each with a register-less sentence somewhere. */
function makeDrafts(n: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const pool = i % 3 === 0 ? FORMAL : i % 3 === 1 ? COLLOQUIAL : [...FORMAL, ...COLLOQUIAL];
    const len = 8 + Math.floor(rnd() * 5);
    const parts: string[] = [];
    for (let k = 0; k < len; k++) parts.push(pick(pool));
    parts[Math.floor(rnd() * len)] = pick(PLAIN);
    out.push(parts);
  }
  return out;
}
const drafts = makeDrafts(18);
const join = (parts: readonly string[]) => parts.join(' ');

afterEach(() => {
  guardWindows.on = true;
});

describe('the Persian guards on windows read what they read on the whole draft (perf37)', () => {
  it('the same suggestions, drafts in one register, the other, and mixed', () => {
    for (const parts of drafts) {
      const d = join(parts);
      expect(full(d)).toEqual(wholeDraft(d));
      // Sentences on lines of their own, and a quote and a signature below.
      const lines = `${parts.slice(0, 4).join('\n')}\n\n${parts.slice(4).join(' ')}`;
      expect(full(lines)).toEqual(wholeDraft(lines));
      const signed = `${d}\n\n> ${parts[0]}\n\nبا احترام\nپشتیبانی`;
      expect(full(signed)).toEqual(wholeDraft(signed));
    }
  });
});

describe('the Persian keystroke equals a full analysis with the guards kept per window (perf37)', () => {
  it('a letter typed at the start, the middle and the end', () => {
    for (const parts of drafts) {
      const d = join(parts);
      expect(cached(d)).toEqual(full(d));
      const words = d.split(' ').length;
      for (const [k, letter] of [[1, 'ی'], [Math.floor(words / 2), 'ن'], [words - 3, 'ه']] as const) {
        const typed = typeAtSpace(d, k, letter, 'wordEnd');
        expect(cached(typed)).toEqual(full(typed));
      }
    }
  });

  it('a neighbour sentence rewritten, before and after a suggestion', () => {
    for (const parts of drafts) {
      cached(join(parts));
      for (const at of [2, 3, 5]) {
        const edited = [...parts];
        edited[at] = pick([...FORMAL, ...COLLOQUIAL, ...PLAIN]);
        const d = join(edited);
        expect(cached(d)).toEqual(full(d));
        // A comma for its full stop: two sentences read as one.
        const joined = [...parts];
        joined[at] = joined[at].replace(/[.!]$/, '،');
        expect(cached(join(joined))).toEqual(full(join(joined)));
      }
    }
  });

  it("the draft's register turned by sentences far from a register-less one", () => {
    for (const plain of PLAIN) {
      const formal = [plain, ...FORMAL.slice(0, 8)];
      const colloquial = [plain, ...COLLOQUIAL.slice(0, 8)];
      for (const parts of [formal, colloquial, formal]) expect(cached(join(parts))).toEqual(full(join(parts)));
      // One sentence at a time turned, from the far end, until the draft's register turns.
      const turning = [...formal];
      for (let k = turning.length - 1; k > 0; k--) {
        turning[k] = colloquial[k];
        expect(cached(join(turning))).toEqual(full(join(turning)));
      }
      for (let k = 1; k < turning.length; k++) {
        turning[k] = formal[k];
        expect(cached(join(turning))).toEqual(full(join(turning)));
      }
    }
  });

  it('a sentence moved, and a quote or a signature added below and taken away', () => {
    for (const parts of drafts) {
      const d = join(parts);
      cached(d);
      const moved = [...parts.slice(1, 5), parts[0], ...parts.slice(5)];
      expect(cached(join(moved))).toEqual(full(join(moved)));
      const last = [...parts.slice(0, -1)];
      last.splice(2, 0, parts[parts.length - 1]);
      expect(cached(join(last))).toEqual(full(join(last)));
      const quoted = `${d}\n\n«${parts[1]}»`;
      expect(cached(quoted)).toEqual(full(quoted));
      const range: Array<[number, number]> = [[d.length + 2, quoted.length]];
      expect(cached(quoted, range)).toEqual(full(quoted, range));
      const signed = `${d}\n\nبا احترام\nواحد پشتیبانی`;
      expect(cached(signed)).toEqual(full(signed));
      expect(cached(d)).toEqual(full(d));
    }
  });

  it('the interface language is part of what is kept', () => {
    for (const parts of drafts.slice(0, 6)) {
      const d = join(parts);
      for (const uiLang of ['en', 'fa', 'en'] as const) {
        expect(dump(suggestRewrites(d, builtinPacks, { uiLang }))).toEqual(dump(suggestRewrites(d, builtinPacks, { uiLang, cache: false })));
      }
    }
  });
});
