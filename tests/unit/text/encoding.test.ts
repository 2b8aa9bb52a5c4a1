// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeTextFile, decodeWindows1252 } from '../../../lib/text/encoding.ts';

const ZWNJ = '\u200c';
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (c: number) => {
    out[o++] = order === 'le' ? c & 0xff : c >> 8;
    out[o++] = order === 'le' ? c >> 8 : c & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return out;
}
/** A single-byte code page's encoder, built by inverting the platform's decoder. */
function codePage(name: string, decodeByte = (b: number) => new TextDecoder(name).decode(Uint8Array.of(b))): (s: string) => Uint8Array {
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decodeByte(b), b);
  return (s) =>
    Uint8Array.from(s, (c) => {
      if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
      const b = table.get(c);
      if (b === undefined) throw new Error(`${c} is not in ${name}`);
      return b;
    });
}
const cp1256 = codePage('windows-1256');
const cp1251 = codePage('windows-1251');
const cp1252 = codePage('windows-1252', (b) => decodeWindows1252(Uint8Array.of(b)));

const CSV_EN = 'title,url,body\nCafé opening hours,https://e.com/cafe,Crème brûlée is served until 22:00 – naïve façade\n';

describe('decodeTextFile', () => {
  it('reads UTF-8 with and without a BOM as it is', () => {
    expect(decodeTextFile(utf8(`\ufeff${CSV_EN}`))).toEqual({ ok: true, text: CSV_EN, encoding: 'utf-8', converted: false });
    const fa = `title,url\nلغو سفارش,https://e.com/a\nمی${ZWNJ}توانید,https://e.com/b\n`;
    expect(decodeTextFile(utf8(fa))).toEqual({ ok: true, text: fa, encoding: 'utf-8', converted: false });
  });

  it('reads UTF-16 in both byte orders, with a BOM and without one', () => {
    const fa = `title,url,body\nلغو سفارش,https://e.com/cancel,می${ZWNJ}توانید لغو کنید\n`;
    for (const order of ['le', 'be'] as const) {
      expect(decodeTextFile(utf16(CSV_EN, order, true))).toEqual({ ok: true, text: CSV_EN, encoding: `utf-16${order}`, converted: true });
      expect(decodeTextFile(utf16(CSV_EN, order, false))).toEqual({ ok: true, text: CSV_EN, encoding: `utf-16${order}`, converted: true });
      expect(decodeTextFile(utf16(fa, order, true))).toMatchObject({ ok: true, text: fa });
    }
  });

  it('reads invalid UTF-8 with accented Latin letters as Windows-1252 and says so', () => {
    // The bytes Windows-1252 puts where Latin-1 has control characters (Node decodes them as Latin-1).
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x93, 0x94, 0x96, 0x9f, 0xe9))).toBe('€“”–Ÿé');
    expect(decodeTextFile(cp1252(CSV_EN))).toEqual({ ok: true, text: CSV_EN, encoding: 'windows-1252', converted: true });
  });

  it('reads Persian saved in the Windows Arabic code page as Windows-1256', () => {
    // Windows-1256 has no Persian yeh (U+06CC): Persian Windows writes the Arabic one (U+064A),
    // which search folds to the Persian letter anyway.
    const text = `title,url\nلغو سفارش,https://e.com/a\nبازگشت وجه,https://e.com/b\nمي${ZWNJ}توانيد پيگيري کنيد,https://e.com/c\n`;
    const r = decodeTextFile(cp1256(text));
    expect(r).toEqual({ ok: true, text, encoding: 'windows-1256', converted: true });
  });

  it('refuses what it cannot name instead of guessing: a workbook, binary data, another code page', () => {
    expect(decodeTextFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, code: 'binary' });
    expect(decodeTextFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ ok: false, code: 'binary' });
    expect(decodeTextFile(Uint8Array.from([0x41, 0, 0, 0, 0x42, 0x43, 0, 0x44, 0x45, 0x46]))).toEqual({ ok: false, code: 'binary' });
    // Russian in Windows-1251: runs of non-ASCII bytes that Windows-1256 does not make Arabic.
    const russian = cp1251('title,url\nПривет мир,https://e.com/ru\nВозврат денег,https://e.com/refund\n');
    expect(decodeTextFile(russian)).toEqual({ ok: false, code: 'unknown' });
  });
});
