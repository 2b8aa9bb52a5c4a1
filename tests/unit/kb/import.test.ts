// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleIdFor, normaliseUrlList, parseKbFile, parseSitemap } from '../../../lib/kb/index.ts';
import { htmlToText, parseCsv, readKbFile, KB_LIMITS, IMPORT_MESSAGES } from '../../../lib/kb/import.ts';
import { countWork } from '../rewrite/work-count.ts';
import { decodeWindows1252 } from '../../../lib/text/encoding.ts';
import { strings } from '../../../lib/i18n/strings/kb.ts';

const ZWNJ = '\u200c';

function ok(r: ReturnType<typeof parseKbFile>) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r;
}
function fail(r: ReturnType<typeof parseKbFile>) {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('htmlToText', () => {
  it('drops scripts, styles and comments, turns blocks into lines and decodes entities last', () => {
    const html =
      '<h1>Refunds</h1><p>We refund within <b>14&nbsp;days</b>.<br>Contact us &amp; we help.</p>' +
      '<script>alert("x")</script><style>p{color:red}</style><!-- hidden -->' +
      '<ul><li>One</li><li>Two &lt;b&gt;</li></ul><p title="a > b">Tail &#x1F600; &#1605;</p>';
    const text = htmlToText(html);
    expect(text).toBe('Refunds\n\nWe refund within 14 days.\nContact us & we help.\n\n• One\n• Two <b>\n\nTail 😀 م');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color');
    expect(text).not.toContain('hidden');
  });

  it('keeps ZWNJ, bidi marks and Persian text, and folds source whitespace', () => {
    const html = `<p dir="rtl">می${ZWNJ}خواهم   سفارش\n  را لغو کنم&zwnj;&rlm;</p><div>خط دوم</div>`;
    expect(htmlToText(html)).toBe(`می${ZWNJ}خواهم سفارش را لغو کنم${ZWNJ}\u200f\n\nخط دوم`);
  });

  // Work counted, not timed (tests/unit/rewrite/work-count.ts): four times the markup costs about four times the work;
  // the naive patterns' backtracking (minutes on these inputs) is work that grows with the square.
  it('does linear work on hostile markup (no quadratic scans)', () => {
    for (const [unit, reps] of [['<p', 200_000], ['<a "', 200_000], ['<script', 100_000], ['<!x', 200_000], ['<!--', 200_000]] as const) {
      const small = countWork(() => htmlToText(unit.repeat(reps / 4)));
      const large = countWork(() => htmlToText(unit.repeat(reps)));
      expect(small.work, unit).toBeGreaterThan(0);
      expect(large.work / small.work, unit).toBeLessThanOrEqual(4.4);
    }
    const small = countWork(() => parseSitemap('<url><loc>'.repeat(50_000)));
    const large = countWork(() => parseSitemap('<url><loc>'.repeat(200_000)));
    expect(large.result).toEqual({ urls: [], sitemaps: [] });
    expect(large.work / small.work).toBeLessThanOrEqual(4.4);
  });

  it('does not get stuck on broken markup', () => {
    expect(htmlToText('<p>open <script>never closed')).toBe('open');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('&#0; &#xD800; &unknown; &amp')).toBe('\ufffd \ufffd &unknown; &');
  });
});

describe('articleIdFor', () => {
  it('is host + path without trailing slash + query, no hash', () => {
    expect(articleIdFor('https://Help.Example.com/en/articles/12-Reset/?a=1#top')).toBe('help.example.com/en/articles/12-Reset?a=1');
    expect(articleIdFor('https://help.example.com/')).toBe('help.example.com');
    expect(articleIdFor('http://e.com:8080/x//')).toBe('e.com:8080/x');
    expect(articleIdFor('not a url')).toBe('not a url');
  });
});

describe('parseKbFile: Zendesk export', () => {
  const zendesk = {
    articles: [
      { id: 1, title: 'Reset your password', html_url: 'https://help.example.com/hc/en-us/articles/1-Reset', body: '<p>Click <a href="/x">Forgot</a>.</p><script>bad()</script>', locale: 'en-us', label_names: ['account', 'login'] },
      { id: 2, title: 'بازگرداندن وجه', html_url: 'https://help.example.com/hc/fa/articles/2', body: `<p>وجه شما طی ۱۴ روز برمی${ZWNJ}گردد.</p>`, locale: 'fa', label_names: [] },
      { id: 3, title: 'Draft', html_url: 'https://help.example.com/hc/en-us/articles/3', body: '<p>x</p>', locale: 'en-us', draft: true },
    ],
    page: 1,
    next_page: null,
  };

  it('reads title, html_url, body as text, locale and labels; skips drafts', () => {
    const r = ok(parseKbFile(JSON.stringify(zendesk), 'articles.json'));
    expect(r.format).toBe('zendesk');
    expect(r.skippedDrafts).toBe(1);
    expect(r.articles).toEqual([
      { title: 'Reset your password', url: 'https://help.example.com/hc/en-us/articles/1-Reset', body: 'Click Forgot.', language: 'en-us', tags: ['account', 'login'], source: 'file' },
      { title: 'بازگرداندن وجه', url: 'https://help.example.com/hc/fa/articles/2', body: `وجه شما طی ۱۴ روز برمی${ZWNJ}گردد.`, language: 'fa', source: 'file' },
    ]);
  });

  it('names the JSON path of each problem and imports nothing', () => {
    const bad = structuredClone(zendesk) as { articles: Record<string, unknown>[] };
    bad.articles[1].html_url = 'javascript:alert(1)';
    bad.articles[0].title = '';
    bad.articles.push({ title: 'x', html_url: 'help.example.com/no-scheme', body: {} });
    const errors = fail(parseKbFile(JSON.stringify(bad), 'export.json'));
    expect(errors).toEqual([
      { path: 'articles[0].title', code: 'titleMissing', message: expect.stringContaining('title is empty') },
      { path: 'articles[1].html_url', code: 'urlScheme', message: expect.stringContaining('http:// or https://') },
      { path: 'articles[3].body', code: 'notText', message: 'This should be text.' },
    ]);
  });

  it('accepts several export pages saved as one list', () => {
    const pages = [{ articles: [zendesk.articles[0]] }, { articles: [zendesk.articles[1]] }];
    const r = ok(parseKbFile(JSON.stringify(pages), 'pages.json'));
    expect(r.articles.map((a) => a.title)).toEqual(['Reset your password', 'بازگرداندن وجه']);
    const bad = [{ articles: [zendesk.articles[0]] }, { articles: [{ ...zendesk.articles[1], html_url: '' }] }];
    expect(fail(parseKbFile(JSON.stringify(bad), 'pages.json'))[0].path).toBe('[1].articles[0].html_url');
  });
});

describe('parseKbFile: plain JSON list', () => {
  it('reads title, url, body, language and tags; detects language when missing', () => {
    const list = [
      { title: 'Shipping times', url: 'https://e.com/shipping', body: 'Orders ship in 2 days.', tags: ['shipping'] },
      { title: 'ارسال سفارش', url: 'https://e.com/fa/shipping', body: 'سفارش‌ها ظرف دو روز ارسال می‌شوند.', tags: 'ارسال; سفارش|تحویل' },
    ];
    const r = ok(parseKbFile(JSON.stringify(list), 'kb.json'));
    expect(r.format).toBe('json');
    expect(r.articles[0]).toEqual({ title: 'Shipping times', url: 'https://e.com/shipping', body: 'Orders ship in 2 days.', language: 'en', tags: ['shipping'], source: 'file' });
    expect(r.articles[1].language).toBe('fa');
    expect(r.articles[1].tags).toEqual(['ارسال', 'سفارش', 'تحویل']);
    expect(r.articles[1].body).toContain(ZWNJ);
  });

  it('converts bodies that are clearly HTML, keeps others as written', () => {
    const r = ok(parseKbFile(JSON.stringify([
      { title: 'A', url: 'https://e.com/a', body: '<p>Hello</p><p>World</p>' },
      { title: 'B', url: 'https://e.com/b', body: 'Use 3 < 5 and a&b' },
    ]), 'x.json'));
    expect(r.articles.map((a) => a.body)).toEqual(['Hello\n\nWorld', 'Use 3 < 5 and a&b']);
  });

  it('reports bad entries with their index and the field as written', () => {
    const errors = fail(parseKbFile(JSON.stringify([
      { title: 'ok', url: 'https://e.com/1' },
      'not an object',
      { title: 'T', url: 'https://e.com/3', tags: Array.from({ length: 60 }, (_, i) => `t${i}`) },
      { title: 'T', url: 'https://e.com/ space', language: 'not a language!' },
    ]), 'x.json'));
    expect(errors.map((e) => e.path)).toEqual(['[1]', '[2].tags', '[3].url', '[3].language']);
    expect(errors[1].message).toContain('50 tags');
  });

  it('rejects invalid JSON and JSON that is not a list of articles', () => {
    expect(fail(parseKbFile('{"articles": [', 'x.json'))[0].message).toMatch(/not valid JSON/);
    expect(fail(parseKbFile('{"foo": 1}', 'x.json'))[0].message).toMatch(/not a list of articles/);
    expect(fail(parseKbFile('[]', 'x.json'))[0].message).toMatch(/no articles/);
    expect(fail(parseKbFile('', 'x.json'))[0].message).toMatch(/empty/);
  });

  it('keeps the last of repeated addresses and counts them', () => {
    const r = ok(parseKbFile(JSON.stringify([
      { title: 'Old', url: 'https://e.com/a/' },
      { title: 'Other', url: 'https://e.com/b' },
      { title: 'New', url: 'https://E.com/a#x' },
    ]), 'x.json'));
    expect(r.duplicates).toBe(1);
    expect(r.articles.map((a) => a.title)).toEqual(['Other', 'New']);
  });

  it('enforces the size limits', () => {
    const many = JSON.stringify(Array.from({ length: KB_LIMITS.articles + 1 }, (_, i) => ({ title: 't', url: `https://e.com/${i}` })));
    expect(fail(parseKbFile(many, 'x.json'))[0].message).toMatch(/at most 50000/);
    expect(fail(parseKbFile(' '.repeat(KB_LIMITS.fileChars + 1), 'x.json'))[0].message).toMatch(/larger than 20 MB/);
    const long = ok(parseKbFile(JSON.stringify([{ title: 't', url: 'https://e.com/', body: 'a'.repeat(KB_LIMITS.body + 10) }]), 'x.json'));
    expect(long.articles[0].body).toHaveLength(KB_LIMITS.body);
  });
});

describe('parseKbFile: CSV', () => {
  it('reads RFC 4180 CSV with quotes, commas, line breaks, a BOM and CRLF', () => {
    const csv =
      '\uFEFFTitle,URL,Body,Language,Tags\r\n' +
      'Refunds,https://e.com/refunds,"We refund, always.\r\nSecond line with ""quotes""",en,billing;refund\r\n' +
      `لغو سفارش,https://e.com/fa/cancel,"می${ZWNJ}توانید سفارش را لغو کنید",fa,سفارش|لغو\r\n` +
      '\r\n';
    const r = ok(parseKbFile(csv, 'kb.csv'));
    expect(r.format).toBe('csv');
    expect(r.articles).toEqual([
      { title: 'Refunds', url: 'https://e.com/refunds', body: 'We refund, always.\nSecond line with "quotes"', language: 'en', tags: ['billing', 'refund'], source: 'file' },
      { title: 'لغو سفارش', url: 'https://e.com/fa/cancel', body: `می${ZWNJ}توانید سفارش را لغو کنید`, language: 'fa', tags: ['سفارش', 'لغو'], source: 'file' },
    ]);
  });

  it('names row and column of each problem (header is row 1; quoted line breaks do not shift rows)', () => {
    const csv = [
      'title,url,body',
      'A,https://e.com/a,"multi',
      'line"',
      'B,ftp://e.com/b,x',
      ',https://e.com/c,y',
      'D,https://e.com/d,too,many,values',
    ].join('\n');
    expect(fail(parseKbFile(csv, 'kb.csv'))).toEqual([
      { path: 'row 3, column url', row: 3, column: 'url', code: 'urlScheme', message: expect.stringContaining('http://') },
      { path: 'row 4, column title', row: 4, column: 'title', code: 'titleMissing', message: expect.stringContaining('title is empty') },
      { path: 'row 5', row: 5, code: 'csvWidth', params: { values: 5, columns: 3 }, message: 'This row has 5 values but the first row names only 3 columns. A value may contain a comma without quotes around it.' },
    ]);
  });

  it('explains a missing column and an unclosed quote', () => {
    const missing = fail(parseKbFile('name,body\nA,x', 'a.csv'));
    expect(missing).toEqual([{ path: 'row 1', row: 1, code: 'csvColumn', params: { column: 'url' }, message: expect.stringContaining('no "url" column') }]);
    const unclosed = fail(parseKbFile('title,url,body\nA,https://e.com/a,ok\nB,https://e.com/b,"never closed\nC,https://e.com/c,z', 'a.csv'));
    expect(unclosed).toEqual([{ path: 'row 3', row: 3, code: 'csvQuote', message: expect.stringContaining('closing quote') }]);
  });

  it('accepts semicolon-separated files and column aliases', () => {
    const r = ok(parseKbFile('title;link;content\nA;https://e.com/a;Body, with comma', 'a.csv'));
    expect(r.articles[0]).toMatchObject({ title: 'A', url: 'https://e.com/a', body: 'Body, with comma' });
  });

  it('sniffs the format when the file name has no known extension', () => {
    expect(ok(parseKbFile('title,url\nA,https://e.com/a', 'paste.txt')).format).toBe('csv');
    expect(ok(parseKbFile('[{"title":"A","url":"https://e.com/a"}]', 'paste')).format).toBe('json');
  });

  it('parseCsv keeps empty fields and reports the row of an unclosed quote', () => {
    expect(parseCsv('a,,c\n,,\n').records.map((r) => r.fields)).toEqual([['a', '', 'c'], ['', '', '']]);
    expect(parseCsv('a\n"b\nc').error).toEqual({ row: 2, code: 'csvQuote' });
    expect(parseCsv('a,b,\n"x ""y""",  "q" z,\r\n\r\nlast').records).toEqual([
      { fields: ['a', 'b', ''], row: 1 },
      { fields: ['x "y"', 'q z', ''], row: 2 },
      { fields: [''], row: 3 },
      { fields: ['last'], row: 4 },
    ]);
    expect(parseCsv('a\rb\r\nc').records.map((r) => r.fields)).toEqual([['a'], ['b'], ['c']]); // old Mac line ends
    expect(parseCsv('a;"b;c"', ';').records[0].fields).toEqual(['a', 'b;c']);
  });
});

describe('normaliseUrlList', () => {
  it('keeps http(s) lines, skips blanks and comments, dedupes and reports bad lines', () => {
    const r = normaliseUrlList([
      '# help centre',
      'https://help.example.com/a',
      '',
      '  https://help.example.com/a/  ',
      'https://help.example.com/a#section',
      'ftp://help.example.com/b',
      'help.example.com/c',
      'http://help.example.com/d?x=1',
      'https://help.example.ir/مقاله',
    ].join('\r\n'));
    expect(r.urls).toEqual(['https://help.example.com/a', 'http://help.example.com/d?x=1', 'https://help.example.ir/مقاله']);
    expect(r.errors).toEqual([
      { line: 6, code: 'urlScheme', message: expect.stringContaining('http://') },
      { line: 7, code: 'urlBad', message: expect.stringContaining('not a web address') },
    ]);
  });
});

describe('parseSitemap', () => {
  it('reads page addresses from a urlset, with namespaces, CDATA and entities', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- <url><loc>https://e.com/commented</loc></url> -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc> https://e.com/a?x=1&amp;y=2 </loc><lastmod>2024-01-01</lastmod>
    <xhtml:link rel="alternate" hreflang="fa" href="https://e.com/fa/a"/></url>
  <url><loc><![CDATA[https://e.com/b]]></loc></url>
  <url><loc>javascript:alert(1)</loc></url>
  <url><loc>https://e.com/a?x=1&amp;y=2</loc></url>
</urlset>`;
    expect(parseSitemap(xml)).toEqual({ urls: ['https://e.com/a?x=1&y=2', 'https://e.com/b'], sitemaps: [] });
  });

  it('returns child sitemaps of a sitemap index, prefixed namespaces included', () => {
    const xml = `<sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sm:sitemap><sm:loc>https://e.com/sitemap-1.xml</sm:loc></sm:sitemap>
  <sm:sitemap><sm:loc>https://e.com/sitemap-2.xml</sm:loc></sm:sitemap>
</sm:sitemapindex>`;
    expect(parseSitemap(xml)).toEqual({ urls: [], sitemaps: ['https://e.com/sitemap-1.xml', 'https://e.com/sitemap-2.xml'] });
  });

  it('finds nothing in an HTML page or garbage', () => {
    expect(parseSitemap('<html><body><a href="https://e.com">x</a></body></html>')).toEqual({ urls: [], sitemaps: [] });
    expect(parseSitemap('<<<>>>')).toEqual({ urls: [], sitemaps: [] });
  });
});

describe('import messages', () => {
  it('every error code has English and Persian UI strings, the English identical to the template', () => {
    for (const [code, template] of Object.entries(IMPORT_MESSAGES)) {
      const key = `kb.err.${code}` as keyof typeof strings.en;
      expect(strings.en[key], code).toBe(template);
      const fa = strings.fa[key as keyof typeof strings.fa] as string;
      expect(fa, code).toMatch(/[\u0600-\u06ff]/);
      // Same placeholders in both languages.
      const ph = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]).filter((p) => p !== 'title' && p !== 'url' && p !== 'body').sort();
      expect(ph(fa), code).toEqual(ph(template));
    }
  });
});

describe('parseSitemap: more addresses than one import takes', () => {
  it('keeps the first 50,000 of 100,000 and counts the ones left out', () => {
    const xml = `<urlset>${Array.from({ length: 100_000 }, (_, i) => `<url><loc>https://e.com/p${i}</loc></url>`).join('')}</urlset>`;
    const r = parseSitemap(xml);
    expect(r.urls).toHaveLength(KB_LIMITS.articles);
    expect(r.urls[KB_LIMITS.articles - 1]).toBe(`https://e.com/p${KB_LIMITS.articles - 1}`);
    expect(r.leftOut).toEqual({ urls: 100_000 - KB_LIMITS.articles, sitemaps: 0 });
  });
});

describe('readKbFile: the file\'s encoding', () => {
  const csv = 'title,url,body\nCafé hours,https://e.com/cafe,Crème brûlée – until 22:00\n';
  const fromCp1252 = (text: string) => {
    const table = new Map<string, number>();
    for (let b = 0x80; b <= 0xff; b++) table.set(decodeWindows1252(Uint8Array.of(b)), b);
    return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : table.get(c)!));
  };
  const utf16le = (text: string) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    return out;
  };

  it('reads a Windows-1252 (Latin-1) CSV correctly and names the encoding', () => {
    const r = ok(readKbFile(fromCp1252(csv), 'kb.csv'));
    expect(r.articles[0]).toMatchObject({ title: 'Café hours', body: 'Crème brûlée – until 22:00' });
    expect(r.encoding).toBe('windows-1252');
    // The same text read the old way (as UTF-8) is mojibake.
    expect(new TextDecoder().decode(fromCp1252(csv))).toContain('\ufffd');
  });

  it('reads a UTF-16 CSV with its BOM (Excel\'s "Unicode text") instead of "no title column"', () => {
    const fa = `title,url\nلغو سفارش,https://e.com/cancel\nمی${ZWNJ}خواهم برگردانم,https://e.com/return\n`;
    const r = ok(readKbFile(utf16le(fa), 'kb.csv'));
    expect(r.articles.map((a) => a.title)).toEqual(['لغو سفارش', `می${ZWNJ}خواهم برگردانم`]);
    expect(r.encoding).toBe('utf-16le');
    expect(fail(parseKbFile(new TextDecoder().decode(utf16le(fa)), 'kb.csv'))[0].code).toBe('csvColumn');
  });

  it('reads UTF-8 without naming an encoding', () => {
    const r = ok(readKbFile(new TextEncoder().encode(csv), 'kb.csv'));
    expect(r.encoding).toBeUndefined();
    expect(r.articles[0].title).toBe('Café hours');
  });

  it('refuses a workbook or an unknown code page with a message that says what to do', () => {
    const xlsx = fail(readKbFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'kb.csv'));
    expect(xlsx).toEqual([expect.objectContaining({ path: 'kb.csv', code: 'encodingBinary' })]);
    expect(xlsx[0].message).toMatch(/CSV UTF-8/);
    const greek = Uint8Array.from([...new TextEncoder().encode('title,url\n'), 0xc3, 0xe5, 0xe9, 0xdc, 0x20, 0xf3, 0xef, 0xf5, 0x2c, 0x68, 0x0a]);
    const unknown = fail(readKbFile(greek, 'kb.csv'));
    expect(unknown[0].code).toBe('encodingUnknown');
    expect(unknown[0].message).toMatch(/not saved as UTF-8.*Windows-1252.*Windows-1256/);
  });
});
