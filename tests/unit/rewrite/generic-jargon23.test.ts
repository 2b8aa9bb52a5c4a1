// @vitest-environment node
/**
 * The twenty-third session's jargon kinds (jargon23: lib/rewrite/generic/jargon21.en.ts widened, jargon23.ts and
 * jargon.ts): every positive of scripts/jargon23-matrix.ts is flagged over its marked words, every close contrast stays
 * silent, and the Persian status label explains itself in both languages.
 */
import { describe, expect, it } from 'vitest';
import { explainGeneric } from '../../../lib/rewrite/generic/index.ts';
import { readJargonFa } from '../../../lib/rewrite/generic/jargon.ts';
import { readJargon21En } from '../../../lib/rewrite/generic/jargon21.en.ts';
import { readStatusLabelFa } from '../../../lib/rewrite/generic/jargon23.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS23 } from '../../../scripts/jargon23-matrix.ts';

describe('jargon 23: look-alike matrix', () => {
  for (const r of runKinds21(KINDS23)) {
    it(`${r.kind}: every positive flagged over its marked words`, () => {
      expect(r.misses).toEqual([]);
    });
    it(`${r.kind}: every contrast silent`, () => {
      expect(r.falses).toEqual([]);
    });
  }

  it('reads a code by its new roles and leaves the customer’s own codes alone', () => {
    const codes = (s: string) => readJargon21En(s).map((h) => s.slice(h.start, h.end));
    expect(codes('The courier marked the parcel NDX after two tries.')).toEqual(['NDX']);
    expect(codes('The courier marked the parcel as delivered.')).toEqual([]);
    expect(codes('The panel logged an XT4 comms fault at 04:10.')).toEqual(['XT4']);
    expect(codes("We'll do OAE on both ears.")).toEqual(['OAE']);
    expect(codes('We do CBD oils in three strengths.')).toEqual([]);
    expect(codes('Funds settle at T+2.')).toEqual(['T+2']);
    expect(codes('Call +44 20 7946 0000.')).toEqual([]);
    expect(codes('Your claim has gone to L&D for sign-off.')).toEqual(['L&D']);
    expect(codes('Your B&B booking is confirmed.')).toEqual([]);
  });

  it('reads a Persian status label whole, and a plain status not at all', () => {
    const labels = (s: string) => readStatusLabelFa(s).map((h) => s.slice(h.start, h.end));
    expect(labels('درخواست شما با وضعیت «در انتظار ک۲» ثبت شد.')).toEqual(['«در انتظار ک۲»']);
    expect(labels('وضعیت پرونده: ارجاع به واحد فنی جهت بررسی.')).toEqual(['ارجاع به واحد فنی جهت بررسی']);
    expect(labels('وضعيت سفارش شما «ارسال شده» است.')).toEqual([]);
    // The label is one hit: the terms inside it are not read again.
    const hits = readJargonFa('پرونده با وضعیت «ارسال به کارتابل ارزیاب – کد ۳» ثبت شد.');
    expect(hits.map((h) => h.construction)).toEqual(['status-label']);
  });

  it('leaves a Persian customer’s router lights and a glossed code alone', () => {
    expect(readJargonFa('چراغ DSL مودم الان ثابته.')).toEqual([]);
    expect(readJargonFa('ارتقا به سرور مجازی (VPS) پیشنهاد می‌شود.')).toEqual([]);
    expect(readJargonFa('تراکنش در وضعیت معلق (pending) است.').length).toBeGreaterThan(0);
  });

  it('explains the status label in English and Persian', () => {
    for (const ui of ['en', 'fa'] as const) {
      const text = explainGeneric('fa', 'status-label', ui, 'words');
      expect(text).toContain('words');
      expect(text.length).toBeGreaterThan(30);
    }
  });
});
