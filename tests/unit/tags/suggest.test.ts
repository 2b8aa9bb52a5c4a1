// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addTag, defaultTaxonomy, mergeTags, retireTag, setKeywords, suggestTag, type Taxonomy } from '../../../lib/tags/index.ts';

const tax = defaultTaxonomy();

describe('suggestTag', () => {
  it('English: picks the tag with the most keyword words and shows the words as written', () => {
    const s = suggestTag('Hi, I was CHARGED TWICE on my last Invoice!', tax);
    expect(s?.tagId).toBe('billing');
    expect(s?.evidence).toEqual(expect.arrayContaining(['CHARGED TWICE', 'Invoice']));
    expect(suggestTag('My package still has not arrived, where is my order?', tax)?.tagId).toBe('delivery-delay');
    expect(suggestTag('I am locked out of my account, the verification code never comes', tax)?.tagId).toBe('account');
  });

  it('Persian, formal and colloquial, with Arabic letters and ZWNJ variants', () => {
    expect(suggestTag('سفارش من هنوز نرسیده است.', tax)?.tagId).toBe('delivery-delay');
    expect(suggestTag('سفارشم کی میرسه؟ یه هفته است منتظرم', tax)?.tagId).toBe('delivery-delay');
    // Arabic kaf in "فاكتور" and "كم" folds to the Persian letters.
    const bill = suggestTag('فاكتور اشتباه برام اومده، مبلغ رو دو بار كم كردن', tax);
    expect(bill?.tagId).toBe('billing');
    expect(bill?.evidence).toContain('فاكتور');
    // ZWNJ and a plain space are the same: "نمی‌کنم" matches "پیدا نمی کنم".
    const ux = suggestTag('دکمهٔ پرداخت رو پیدا نمی‌کنم', tax);
    expect(ux?.tagId).toBe('ux');
    expect(ux?.evidence).toContain('پیدا نمی‌کنم');
    expect(suggestTag('رمز عبورم رو فراموش کردم و نمی‌تونم وارد بشم', tax)?.tagId).toBe('account');
    expect(suggestTag('شرایط مرجوعی کالا چیه؟', tax)?.tagId).toBe('policy');
    expect(suggestTag('گوشی که فرستادید خرابه و روشن نمیشه', tax)?.tagId).toBe('defect');
  });

  it('returns null with no keyword, and for an empty taxonomy', () => {
    expect(suggestTag('hello, thanks a lot', tax)).toBeNull();
    expect(suggestTag('refund', { formatVersion: 1, tags: [] })).toBeNull();
  });

  it('never suggests a retired tag; a merged tag’s keywords point at the target', () => {
    expect(suggestTag('the refund policy is unclear', retireTag(tax, 'policy'))?.tagId).toBe('billing');
    const merged = mergeTags(tax, 'ux', 'product-info');
    expect(suggestTag('the menu is confusing', merged)?.tagId).toBe('product-info');
  });

  it('keywords are data: prefixes, weights and a new tag', () => {
    let t: Taxonomy = addTag(tax, { id: 'fraud', name: { en: 'Fraud', fa: 'کلاهبرداری' }, keywords: { en: ['scam*', 'stolen card'], fa: ['کلاهبرداری'] } });
    expect(suggestTag('This is a scammer', t)?.tagId).toBe('fraud');
    expect(suggestTag('کلاهبرداری شده', t)?.tagId).toBe('fraud');
    // "stolen card" (2 words) beats billing's "card"-less single match "payment".
    expect(suggestTag('payment with a stolen card', t)?.tagId).toBe('fraud');
    t = setKeywords(t, 'fraud', { en: ['scam ^0.2'], fa: [] });
    expect(suggestTag('scam refund', t)?.tagId).toBe('billing');
    expect(suggestTag('scam', t)).toMatchObject({ tagId: 'fraud', score: 0.2 });
  });

  it('a repeated word counts once', () => {
    const once = suggestTag('refund', tax)!;
    expect(suggestTag('refund refund refund', tax)!.score).toBe(once.score);
  });
});

describe('topic words outweigh question frames (issue 14: a refund mail got "Delivery delay")', () => {
  it('a refund asked with "when will" or "how long" is billing', () => {
    expect(suggestTag('I sent the item back last week. When will I get my refund?', tax)?.tagId).toBe('billing');
    expect(suggestTag('how long does a refund take', tax)?.tagId).toBe('billing');
    expect(suggestTag('When will my package arrive?', tax)?.tagId).toBe('delivery-delay');
  });
  it('a Persian noun with an ending still matches its keyword', () => {
    // "وجهی" (some money) is "وجه" with the indefinite ی.
    expect(suggestTag('سفارش ۵۵۲۱ را دو هفته پیش مرجوع کردم ولی هنوز وجهی برنگشته.', tax)?.tagId).toBe('billing');
    expect(suggestTag('فاکتورهای این ماه اشتباهه', tax)?.tagId).toBe('billing');
  });
});
