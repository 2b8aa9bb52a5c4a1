// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import { createKbIndex, kbIndexToJSON, loadKbIndex, languageOf } from '../../../lib/kb/search.ts';
import type { KbArticle } from '../../../lib/kb/types.ts';
import { countWork } from '../rewrite/work-count.ts';

const art = (id: string, title: string, body: string, extra: Partial<KbArticle> = {}): KbArticle => ({
  id,
  title,
  body,
  url: `https://help.example.com/${id}`,
  ...extra,
});

const KB: KbArticle[] = [
  art('refund', 'How to request a refund', 'If your order arrived damaged you can ask for your money back within 30 days.'),
  art('delivery', 'Where is my order?', 'Track your delivery. Orders usually arrive in 3 to 5 working days.'),
  art('password', 'Reset your password', 'Forgot your password? Use the reset link on the sign in page.'),
  art('card-declined', 'Card payment declined', 'Your bank may decline a card payment when the billing address does not match.'),
  art('cancel', 'Cancel a subscription', 'You can cancel your subscription plan at any time from your account settings.'),
];

const ids = (r: { articleId: string }[]) => r.map((s) => s.articleId);

describe('suggest', () => {
  const index = createKbIndex(KB);

  it('ranks the fitting article first, best first, with scores falling', () => {
    const r = index.suggest('I was charged but my card payment got declined');
    expect(r[0].articleId).toBe('card-declined');
    for (let i = 1; i < r.length; i++) expect(r[i].score).toBeLessThanOrEqual(r[i - 1].score);
    expect(ids(index.suggest('I forgot my password and cannot sign in'))[0]).toBe('password');
    expect(ids(index.suggest('My parcel has not arrived yet, where is my order?'))[0]).toBe('delivery');
  });

  it('matches inflected forms and related words', () => {
    expect(ids(index.suggest('Can I get reimbursed? The item was damaged'))[0]).toBe('refund');
    expect(ids(index.suggest('cancelling my subscriptions'))[0]).toBe('cancel');
  });

  it('forgives a typo in a long word (fuzzy), but not in a short one', () => {
    const [top] = index.suggest('pasword');
    expect(top.articleId).toBe('password');
    expect(top.matchedTerms).toEqual(['pasword']);
    expect(createKbIndex(KB, { fuzzy: 0 }).suggest('pasword')).toEqual([]);
    expect(index.suggest('cerd')).toEqual([]);
  });

  it('reports the words of the message that matched, as written', () => {
    const [top] = index.suggest('My PASSWORD reset link never came');
    expect(top.articleId).toBe('password');
    expect(top.matchedTerms).toEqual(['PASSWORD', 'reset', 'link']);
    const [refund] = index.suggest('I want my money back');
    expect(refund.articleId).toBe('refund');
    expect(refund.matchedTerms).toEqual(expect.arrayContaining(['money', 'back']));
  });

  it('honours the limit and returns nothing for nothing', () => {
    // Ungated (minStrength 0): this checks the limit, and each article holds one word of five.
    expect(createKbIndex(KB, { minStrength: 0 }).suggest('order card password refund subscription', 2)).toHaveLength(2);
    expect(index.suggest('order', 0)).toEqual([]);
    expect(index.suggest('')).toEqual([]);
    expect(index.suggest('the and of to!!')).toEqual([]);
    expect(index.suggest('xylophone quasar')).toEqual([]);
  });

  it('queries only the customer’s own words (no greeting, signature or quoted history)', () => {
    const message = [
      'Hi team,',
      '',
      'my card payment was declined again.',
      '',
      'Thanks,',
      'Anna',
      '',
      'On Mon, 3 Jun 2024 at 10:00, Support <help@example.com> wrote:',
      '> To reset your password use the reset link. Track your delivery and subscription.',
    ].join('\n');
    const r = index.suggest(message);
    expect(r[0].articleId).toBe('card-declined');
    expect(ids(r)).not.toContain('password');
    // A custom reducer is used instead when given.
    const raw = createKbIndex(KB, { reduce: (s) => s, minStrength: 0 });
    expect(ids(raw.suggest(message))).toContain('password');
  });

  it('works on an empty index', () => {
    const empty = createKbIndex([]);
    expect(empty.size).toBe(0);
    expect(empty.suggest('refund please')).toEqual([]);
    empty.remove('nothing');
    expect(empty.size).toBe(0);
  });

  it('takes a 100 KB message without throwing or stalling', () => {
    const huge = 'My card payment was declined and I want a refund. '.repeat(2100);
    expect(huge.length).toBeGreaterThan(100_000);
    // Work counted, not timed (tests/unit/rewrite/work-count.ts): four times the message costs at most about four times the work.
    const quarter = countWork(() => index.suggest('My card payment was declined and I want a refund. '.repeat(525)));
    const { work, result: r } = countWork(() => index.suggest(huge));
    expect(['card-declined', 'refund']).toContain(r[0].articleId);
    expect(work / quarter.work).toBeLessThanOrEqual(4.4);
    const noise = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(() => index.suggest(noise)).not.toThrow();
    const few = countWork(() => index.suggest('refund '.repeat(125_000)));
    const many = countWork(() => index.suggest('refund '.repeat(500_000)));
    expect(many.result.map((s) => s.articleId)[0]).toBe('refund');
    expect(many.work / few.work).toBeLessThanOrEqual(4.4);
  });
});

describe('Persian', () => {
  const fa = [
    art('fa-refund', 'درخواست استرداد وجه', 'اگر سفارش شما آسیب دیده است می‌توانید پول خود را پس بگیرید.', { language: 'fa' }),
    art('fa-password', 'بازیابی رمز عبور', 'اگر رمز خود را فراموش کرده‌اید از پیوند بازیابی در صفحه ورود استفاده کنید.', { language: 'fa' }),
    art('fa-delivery', 'پیگیری سفارش', 'سفارش‌ها معمولاً ظرف ۳ تا ۵ روز کاری تحویل داده می‌شوند.', { language: 'fa' }),
  ];
  const index = createKbIndex(fa);
  // Normalisation only: ungated, so a one-word match ("فراموش") is listed too.
  const ungated = createKbIndex(fa, { minStrength: 0 });

  it('matches whatever the ZWNJ, letter and digit variants', () => {
    expect(ids(ungated.suggest('رمزم را فراموش کرده ام'))[0]).toBe('fa-password');
    expect(ids(ungated.suggest('رمزم را فراموش كرده‌ام'))[0]).toBe('fa-password');
    expect(ids(index.suggest('سفارشهایم کی تحویل میشوند؟'))[0]).toBe('fa-delivery');
    expect(ids(index.suggest('سفارش های من کی تحویل می شوند؟'))[0]).toBe('fa-delivery');
  });

  it('returns the Persian words that matched', () => {
    const [top] = index.suggest('سلام، کی سفارش‌هایم تحویل می‌شوند؟');
    expect(top.articleId).toBe('fa-delivery');
    expect(top.matchedTerms).toEqual(['سفارش‌هایم', 'تحویل']);
  });

  it('shows a Persian word joined by ZWNJ whole in its chip, not the part that matched', () => {
    const kb = createKbIndex([art('fa-transfer', 'انتقال کارت به کارت', 'برای انتقال کارت‌به‌کارت رمز دوم پویا لازم است.')]);
    const [top] = kb.suggest('سلام، کارت‌به‌کارت انجام نمی‌شه، رمز پویا هم دارم');
    expect(top.articleId).toBe('fa-transfer');
    expect(top.matchedTerms).toContain('کارت‌به‌کارت');
    expect(top.matchedTerms).not.toContain('کارت');
    // The same words with spaces stay separate words.
    const [spaced] = kb.suggest('سلام، کارت به کارت انجام نمی‌شه، رمز پویا هم دارم');
    expect(spaced.matchedTerms).toContain('کارت');
  });
});

describe('language preference', () => {
  const mixed = [
    art('en-refund', 'Refund policy', 'Refund of a card payment: how to get a refund.', { language: 'en' }),
    art('fa-refund', 'سیاست استرداد refund', 'استرداد وجه کارت: refund payment card', { language: 'fa' }),
  ];

  it('suggests only articles in the customer’s language when it is clearly English or Persian (issue 14)', () => {
    const index = createKbIndex(mixed);
    expect(ids(index.suggest('refund for a card payment'))).toEqual(['en-refund']);
    expect(ids(index.suggest('استرداد وجه کارت refund'))).toEqual(['fa-refund']);
    // With the filter off, the boost alone orders them and both stay listed.
    const both = createKbIndex(mixed, { sameLanguageOnly: false, minStrength: 0 });
    expect(ids(both.suggest('refund for a card payment'))).toEqual(['en-refund', 'fa-refund']);
    const fa = both.suggest('استرداد وجه کارت refund');
    expect(fa[0].articleId).toBe('fa-refund');
    expect(ids(fa)).toContain('en-refund');
  });

  it('an English mail never gets a Persian article through digits or one shared word (issue 14)', () => {
    const kb = [
      art('fa-delivery', 'پیگیری سفارش', 'سفارش‌ها معمولاً ظرف 3 تا 5 روز کاری تحویل داده می‌شوند. page order', { language: 'fa' }),
      art('returns', 'Returning an item', 'Print the return label from your order page and drop the parcel at a post office.', { language: 'en' }),
      art('refund', 'How long do refunds take?', 'Card refunds take 5 to 10 business days after we receive the return.', { language: 'en' }),
    ];
    const index = createKbIndex(kb);
    expect(index.suggest('Do you sell gift cards for 3 or 5 people?')).toEqual([]);
    expect(index.suggest('Thank you so much, the page looks great now!')).toEqual([]);
    expect(index.suggest('My order number is 88213, I just wanted to say thanks for the quick help.')).toEqual([]);
    const [top] = index.suggest('How long do card refunds take? I returned the blender on Monday.');
    expect(top.articleId).toBe('refund');
    expect(top.strength).toBeGreaterThanOrEqual(0.25);
  });

  it('changes order only through the boost', () => {
    const neutral = createKbIndex(mixed, { sameLanguageBoost: 1, sameLanguageOnly: false });
    const boosted = createKbIndex(mixed, { sameLanguageBoost: 3, sameLanguageOnly: false });
    const q = 'refund payment card';
    const [n, b] = [neutral.suggest(q), boosted.suggest(q)];
    const ratio = (r: typeof n) => r.find((s) => s.articleId === 'en-refund')!.score / r.find((s) => s.articleId === 'fa-refund')!.score;
    expect(ratio(b)).toBeCloseTo(ratio(n) * 3, 5);
  });

  it('reads the language from the tag, else from the script', () => {
    expect(languageOf({ language: 'fa-IR', title: 'x', body: '' })).toBe('fa');
    expect(languageOf({ language: 'de', title: 'x', body: '' })).toBe('other');
    expect(languageOf({ title: 'بازیابی رمز', body: 'متن فارسی' })).toBe('fa');
    expect(languageOf({ title: 'Reset', body: 'English text' })).toBe('en');
  });
});

describe('upsert and remove', () => {
  it('adds, replaces and removes single articles without rebuilding', () => {
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const index = createKbIndex(KB);
    expect(addAll).toHaveBeenCalledTimes(1);
    expect(index.size).toBe(5);

    index.upsert(art('gift', 'Gift cards', 'Redeem a gift card voucher at checkout.'));
    expect(index.size).toBe(6);
    expect(ids(index.suggest('how do I redeem my gift voucher'))[0]).toBe('gift');

    // Replace: the old text no longer matches, the new one does.
    index.upsert(art('gift', 'Loyalty points', 'Collect points with every purchase.'));
    expect(index.size).toBe(6);
    expect(ids(index.suggest('redeem gift voucher'))).not.toContain('gift');
    expect(ids(index.suggest('loyalty points'))[0]).toBe('gift');

    index.remove('gift');
    index.remove('gift');
    expect(index.size).toBe(5);
    expect(ids(index.suggest('loyalty points'))).not.toContain('gift');
    expect(addAll).toHaveBeenCalledTimes(1);
    addAll.mockRestore();
  });

  it('keeps later duplicates of an id at build time', () => {
    const index = createKbIndex([art('a', 'Old title', 'old words'), art('a', 'Shipping costs', 'postage fees')]);
    expect(index.size).toBe(1);
    expect(ids(index.suggest('postage'))).toEqual(['a']);
    expect(index.suggest('old words')).toEqual([]);
  });
});

describe('save and restore', () => {
  it('restores an index that answers like the original, then syncs changed articles', () => {
    const index = createKbIndex(KB);
    const json = kbIndexToJSON(index);
    const same = loadKbIndex(json, KB);
    for (const q of ['card declined', 'reset password', 'where is my order', 'cancel plan']) {
      expect(same.suggest(q)).toEqual(index.suggest(q));
    }
    const changed = [...KB.filter((a) => a.id !== 'cancel'), art('refund', 'Refunds', 'Returns and exchanges'), art('new', 'Gift cards', 'voucher')];
    const synced = loadKbIndex(json, changed);
    expect(synced.size).toBe(5);
    expect(ids(synced.suggest('cancel subscription'))).not.toContain('cancel');
    expect(ids(synced.suggest('gift voucher'))[0]).toBe('new');
    expect(ids(synced.suggest('returns and exchanges'))[0]).toBe('refund');
  });

  it('rebuilds from the articles when the save is unusable', () => {
    for (const bad of ['', 'not json', '{"version":9}', JSON.stringify({ version: 1, signature: 'other', docs: [], index: {} })]) {
      const index = loadKbIndex(bad, KB);
      expect(index.size).toBe(5);
      expect(ids(index.suggest('reset password'))[0]).toBe('password');
    }
    expect(() => kbIndexToJSON({ suggest: () => [], upsert() {}, remove() {}, size: 0 })).toThrow(TypeError);
  });
});
