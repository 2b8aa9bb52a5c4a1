// @vitest-environment node
/**
 * bur35: the courtesy formula of a Persian formal letter, «به اطلاع / استحضار می‌رساند (که)», is not negative phrasing.
 * Its rule (`fa-bureaucratic-inform`) fired 99 times on the development splits and never once over a writer's marks (40
 * writer splits); the lead retired it (lib/rewrite/README.md, "bur35"). Sentences written for this file, in many trades,
 * formal and colloquial, in four spellings (ZWNJ, none, a space, Arabic ي/ك), with the contrasts that must stay flagged:
 * the bad news after the formula keeps its own flag, and the other kinds that share its words (a reproach «همان‌طور که
 * قبلاً به اطلاع رسید», candour «صراحتاً …», «لازم به ذکر است») stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { ruleSettingsKey } from '../../../lib/packs/parts.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const ZWNJ = '\u200c';
const SPELLINGS: ReadonlyArray<(s: string) => string> = [
  (s) => s,
  (s) => s.split(ZWNJ).join(''),
  (s) => s.split(ZWNJ).join(' '),
  (s) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
];

const suggest = (draft: string) => suggestRewrites(draft, builtinPacks, { generic: true, cache: false });

/** Suggestions whose flagged words touch [a, b). */
const over = (draft: string, a: number, b: number) => suggest(draft).filter((s) => s.flagged.start < b && a < s.flagged.end);

/** The formula, formal and colloquial, each person, with and without «که». */
const FORMULAS = [
  'به اطلاع می‌رساند',
  'به استحضار می‌رساند',
  'به اطلاع می‌رسانیم که',
  'به استحضار می‌رسانیم',
  'به اطلاع می‌رسانم که',
  'به استحضار می‌رساند که',
  'به اطلاعتون می‌رسونم که',
  'به اطلاع می‌رسونیم',
];
/** What may stand before it in a letter. */
const HEADS = ['', 'احتراماً ', 'بدین‌وسیله ', 'با سلام و احترام، ', 'مشتری گرامی،\n', 'پیرو نامه شماره ۱۲۳، ', 'ضمن تشکر از صبوری شما، '];
/** News of every kind after it, none of which holds negative phrasing of its own: good, plain, pending, unwelcome. */
const NEWS = [
  'سفارش شما در صف ارسال است.',
  'خسارت جنابعالی تأیید و به حساب شما واریز گردید.',
  'ساعت کاری دفتر از شنبه تغییر می‌کند.',
  'پرونده شما در دست بررسی است.',
  'حساب شما به دلیل عدم تمدید مسدود گردید.',
  'کلاس فردا ساعت ۵ برگزار میشه.',
  'تکنسین روز دوشنبه برای نصب کولر مراجعه می‌کند.',
  'بیمه‌نامه جنابعالی منقضی شده است.',
  'نتیجه آزمایش شما آماده است.',
  'ثبت‌نام صرفاً به‌صورت حضوری انجام می‌شود.',
];

describe('bur35: the letter formula «به اطلاع / استحضار می‌رساند» is never flagged', () => {
  it('alone over any news, under any head, in formal and colloquial persons and four spellings', () => {
    const flagged: string[] = [];
    let k = 0;
    for (const formula of FORMULAS) {
      for (const news of NEWS) {
        const head = HEADS[k % HEADS.length];
        const spell = SPELLINGS[k % SPELLINGS.length];
        k++;
        const draft = spell(`${head}${formula} ${news}`);
        const a = spell(head).length;
        const b = a + spell(formula).length;
        const hits = over(draft, a, b);
        if (hits.length) flagged.push(`${draft}  ${hits.map((s) => `${s.ruleId}:"${s.original}"`).join(' ')}`);
        // And nothing else in these drafts: the news holds no negative phrasing either.
        if (!hits.length && suggest(draft).length) flagged.push(`${draft}  (the news flagged) ${suggest(draft).map((s) => `${s.ruleId}:"${s.original}"`).join(' ')}`);
      }
    }
    expect(flagged).toEqual([]);
  });

  it('every spelling of one sentence: no flag at all', () => {
    for (const spell of SPELLINGS) {
      for (const d of ['بدین‌وسیله به استحضار می‌رسانیم که حساب شما فعال است.', 'به اطلاع می‌رساند سفارش شما ارسال شد.']) {
        expect(suggest(spell(d)).map((s) => s.ruleId), spell(d)).toEqual([]);
      }
    }
  });

  it('contrast: bad news after the formula keeps its own flag, and the formula none', () => {
    for (const [draft, words] of [
      ['پیرو نامه شماره ۱۲۳ به اطلاع می‌رساند درخواست شما رد شد.', 'درخواست شما رد شد'],
      ['مشتری گرامی،\nاحتراماً به استحضار می‌رساند تعویض کالا پس از هفت روز مقدور نمی‌باشد.', 'مقدور نمی‌باشد'],
      ['به استحضار می رسانیم که امکان ارسال به شهرستان وجود ندارد.', 'امکان ارسال به شهرستان وجود ندارد'],
      ['مشتری گرامی، به استحضار می‌رساند همینه که هست و تغییر آن میسر نمی‌باشد.', 'همینه که هست'],
    ] as const) {
      const at = draft.indexOf(words);
      expect(over(draft, at, at + words.length).length, draft).toBeGreaterThan(0);
      const f = /به (?:اطلاع|استحضار) می.?رسان\S*/.exec(draft)!;
      expect(over(draft, f.index, f.index + f[0].length).map((s) => s.ruleId), draft).toEqual([]);
    }
  });

  it('contrast: the kinds that share its words stay flagged (told already, candour, «لازم به ذکر است»)', () => {
    for (const [draft, words] of [
      ['همان‌طور که قبلاً به اطلاع رسید، مدارک باید حضوری تحویل شود.', 'همان‌طور که قبلاً به اطلاع رسید'],
      ['چنانچه در نامه قبلی به استحضار رسید، تمدید مقدور نیست.', 'چنانچه در نامه قبلی به استحضار رسید'],
      ['صراحتاً به اطلاع می‌رساند پرونده جنابعالی در دست بررسی است.', 'صراحتاً'],
      ['لازم به ذکر است که ارسال رایگان است.', 'لازم به ذکر است'],
      ['لازم به توضیح است که هزینه ارسال با مشتری است.', 'لازم به توضیح است'],
    ] as const) {
      const at = draft.indexOf(words);
      expect(over(draft, at, at + words.length).length, draft).toBeGreaterThan(0);
    }
  });

  it('the built-in Persian pack no longer carries the rule; an agent who silenced it keeps every other setting', () => {
    const fa = builtinPacks.find((p) => p.id === 'tactful.fa.core')!;
    expect(fa.rules.some((r) => r.id === 'fa-bureaucratic-inform')).toBe(false);
    expect(fa.rules.some((r) => r.id === 'fa-bureaucratic-note')).toBe(true);
    // A stored silence of the retired rule (prefs.silencedRules holds `packId/ruleId` strings) is an unknown key: it
    // silences nothing, and a silence of another rule beside it still holds.
    const draft = 'لازم به ذکر است که ارسال رایگان است. به اطلاع می‌رساند سفارش شما ارسال شد.';
    const silenced = new Set([ruleSettingsKey('tactful.fa.core', 'fa-bureaucratic-inform'), ruleSettingsKey('tactful.fa.core', 'fa-bureaucratic-note')]);
    expect(suggest(draft).map((s) => s.ruleId)).toEqual(['fa-bureaucratic-note']);
    expect(suggestRewrites(draft, builtinPacks, { generic: true, cache: false, silenced }).map((s) => s.ruleId)).toEqual([]);
  });
});
