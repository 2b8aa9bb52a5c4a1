// @vitest-environment node
/**
 * The applied alternative read once more (lib/rewrite/applied21.ts, twenty-first session): an offer blank where the draft
 * already gives the next step, a not-knowing template that does not fit its sentence, "once <a date>", the Persian letter
 * formula left alone (bur35), «مشکلی نیست» telling the customer all is fine. The full look-alike set is
 * scripts/applied21-matrix.ts; these sentences are written for this file and are not in the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

const applied = (draft: string) => {
  const s = suggestRewrites(draft, builtinPacks, { cache: false });
  return { out: s.length ? applyAll(draft, s) : draft, n: s.length };
};

describe('no offer blank where the draft already gives the next step', () => {
  it('the agent’s own step in any spelling, an alternative still free, a thing under the customer’s condition, a wait', () => {
    for (const d of [
      "cant change the pickup point from here, ill message the depot",
      "We can't hold the table past 8. Let me check with the floor manager.",
      "Can't reissue the badge today, forwarding it to security now.",
      "The 10am lesson is full so we can't add you. Friday at 4 still has places if that suits?",
      "The heater won't do anything if you leave the timer switched off.",
      "The inspection hasn't been signed off so we can't release the deposit yet.",
    ]) {
      const r = applied(d);
      expect(r.out, d).not.toContain('___');
      expect(r.n, d).toBeGreaterThan(0);
    }
  });
  it('a plain refusal keeps its blank', () => {
    expect(applied("We can't refund the booking fee once the tickets are printed.").out).toContain('___');
    expect(applied('ما ارسال به خارج از کشور نداریم.').out).toContain('___');
  });
  it('Persian: a step, an instruction, a hand-over, an offer question, the next sentence’s way; one blank per paragraph', () => {
    for (const d of [
      'تحویل زودتر از یک هفته امکان نداره، آماده که شد بهتون زنگ میزنیم',
      'این به ما مربوط نیست، برید دفتر بیمه',
      'به ما ربطی نداره، تعویضش دست فروشگاهه',
      'این سایز دیگه نداریم، مدل جدیدش اومده میخواید براتون بفرستم',
      'تعویض بلیت پس از صدور انجام نمی‌شود. جهت استرداد می‌توانید با واحد مالی تماس بگیرید.',
    ]) {
      const r = applied(d);
      expect(r.out, d).not.toContain('___');
      expect(r.n, d).toBeGreaterThan(0);
    }
    const two = applied('نه نمیشه. پول بلیط برگشت نمیخوره').out;
    expect(two.match(/___/g)?.length).toBe(1);
    expect(two.startsWith('نه نمیشه.')).toBe(true);
  });
});

describe('not-knowing templates that fit', () => {
  it('no blank run into a question mark; advice before a guess or the agent’s step', () => {
    expect(applied("I'm not sure if the voucher works online? It should.").out).not.toContain('___?');
    for (const d of [
      'مطمئن نیستم ولی احتمالا تا شنبه برسه',
      'نمیدونم والا کی میاد، از انبار میپرسم',
    ]) expect(applied(d).out, d).not.toContain('___');
  });
  it('a filler left after the frame goes; thanks is no not-knowing', () => {
    expect(applied('نمیدونم والا کی تموم میشه').out).toContain('مشخص بشه کی تموم میشه');
    expect(applied('نمی‌دانیم چگونه از لطف شما تشکر کنیم.').n).toBe(0);
  });
});

describe('seams', () => {
  it('"once" is never put before a date; an event keeps it', () => {
    expect(applied("your coat won't be back from the cleaners till the 5th so we'll text you then").out).not.toMatch(/once the 5th/);
    expect(applied("Your refund won't be processed until we receive the item.").out).toBe('Your refund will be processed once we receive the item.');
  });
  it('"it looks like" is not put after a reason or named evidence; alone it stays', () => {
    expect(applied('Our records show that you failed to sign the lease.').out).toBe("Our records show that you didn't sign the lease.");
    expect(applied('The parcel was returned because you didn’t collect it.').out).not.toContain('it looks like');
    expect(applied('Hi Jo, you failed to sign the lease.').out).toContain('it looks like');
  });
  it('"X isn’t available …, but ___ are" only where the sentence ends there and a thing is meant', () => {
    expect(applied('We are not available on Sundays, the office is shut.').out).not.toContain('___');
    expect(applied('Gift cards aren’t available in store, online only.').out).not.toContain('___');
    expect(applied('Large sizes are not available in this colour.').out).toContain('___');
  });
  it('the letter formula «به اطلاع / استحضار می‌رساند» is never rewritten or deleted, in a formal letter or a plain draft', () => {
    // bur35: the formula's rule (fa-bureaucratic-inform) is retired; before, a formal letter lost the opener and a plain draft
    // got «خواستیم به شما اطلاع بدهیم که». Now Apply all keeps the formula over bad news (the rejection keeps its own advice),
    // plain news and good news, in either register.
    const rejected = applied('به استحضار می‌رساند درخواست جنابعالی رد گردید.');
    expect(rejected.out).toBe('به استحضار می‌رساند درخواست جنابعالی رد گردید.');
    expect(rejected.n).toBeGreaterThan(0);
    // (rwfa32) Over plain news the opener stays: five writers wrote it 15 times in neutral sentences, never marked it.
    expect(applied('به استحضار می‌رساند مدارک جنابعالی دریافت و بررسی گردید.').out).toBe('به استحضار می‌رساند مدارک جنابعالی دریافت و بررسی گردید.');
    expect(applied('به اطلاع می‌رساند ساعت کاری دفتر از شنبه عوض میشه.')).toEqual({ out: 'به اطلاع می‌رساند ساعت کاری دفتر از شنبه عوض میشه.', n: 0 });
    expect(applied('به اطلاع میرسانیم که کلاس فردا تشکیل نمیشه').out).not.toContain('خواستیم');
    // Over something done for the customer the opener is not flagged at all.
    expect(applied('به اطلاع می‌رساند سفارش شما ارسال شد.')).toEqual({ out: 'به اطلاع می‌رساند سفارش شما ارسال شد.', n: 0 });
  });
  it('«مشکلی نیست» before news that all is fine is advice; before the agent’s step it is «با کمال میل»', () => {
    expect(applied('مشکلی نیست، کارتتون فعاله').out).not.toContain('با کمال میل');
    expect(applied('مشکلی نیست، الان براتون عوضش میکنم').out).toContain('با کمال میل');
  });
});
