import { describe, expect, it } from 'vitest';
import { formatLinkForInsert } from '../../../lib/kb/index.ts';
import { placeLink } from '../../../lib/kb/link.ts';
import { WriteOpSchema } from '../../../lib/messaging/protocol.ts';

describe('formatLinkForInsert', () => {
  it('plain mode gives "Title: URL" and no HTML', () => {
    expect(formatLinkForInsert({ title: 'Reset your password', url: 'https://help.example.com/a/1' }, 'plain')).toEqual({
      text: 'Reset your password: https://help.example.com/a/1',
    });
  });

  it('rich mode adds an anchor with the title escaped', () => {
    const r = formatLinkForInsert({ title: 'Refunds <script>alert(1)</script> & "returns"', url: 'https://help.example.com/r?a=1&b=2' }, 'rich');
    expect(r.text).toBe('Refunds <script>alert(1)</script> & "returns": https://help.example.com/r?a=1&b=2');
    expect(r.html).toBe('<a href="https://help.example.com/r?a=1&amp;b=2">Refunds &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;returns&quot;</a>');
    // Parsing the HTML gives exactly one element: the link, with the title as text.
    const box = document.createElement('div');
    box.innerHTML = r.html!;
    expect(box.children).toHaveLength(1);
    expect(box.querySelector('script')).toBeNull();
    expect(box.querySelector('a')!.textContent).toBe('Refunds <script>alert(1)</script> & "returns"');
  });

  it('cannot break out of the href attribute', () => {
    const r = formatLinkForInsert({ title: 'x', url: 'https://e.com/"onmouseover="alert(1)' }, 'rich');
    const box = document.createElement('div');
    box.innerHTML = r.html!;
    const a = box.querySelector('a')!;
    expect(a.getAttributeNames()).toEqual(['href']);
    expect(a.getAttribute('href')).toBe('https://e.com/%22onmouseover=%22alert(1)');
  });

  it('refuses HTML for non-http addresses', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'JAVASCRIPT:alert(1)', 'not a url', 'ftp://e.com/x']) {
      const r = formatLinkForInsert({ title: 'T', url }, 'rich');
      expect(r.html, url).toBeUndefined();
      expect(r.text.startsWith('T: ')).toBe(true);
    }
  });

  it('keeps a Persian title with ZWNJ and a readable Persian address', () => {
    const title = 'چگونه رمز عبور را تغییر می\u200cدهم؟';
    const url = 'https://help.example.ir/مقاله/۱۲';
    const r = formatLinkForInsert({ title, url }, 'rich');
    expect(r.text).toBe(`${title} ${url}`); // the title ends with "؟": no colon after it
    expect(r.html).toContain(`>${title}</a>`);
    expect(r.html).toContain('href="https://help.example.ir/%D9%85');
  });

  it('collapses whitespace in the title and falls back to the URL when it is empty', () => {
    expect(formatLinkForInsert({ title: '  Line\none\t ', url: 'https://e.com/' }, 'plain').text).toBe('Line one: https://e.com/');
    const r = formatLinkForInsert({ title: '   ', url: 'https://e.com/x' }, 'rich');
    expect(r.text).toBe('https://e.com/x');
    expect(r.html).toBe('<a href="https://e.com/x">https://e.com/x</a>');
  });
});

describe('placeLink: the link as its own words', () => {
  const place = (text: string, at: number) => {
    const p = placeLink(text, { start: at, end: at });
    return text.slice(0, p.start) + p.prefix + 'LINK' + p.suffix + text.slice(p.end);
  };
  it('spaces a link from the words on both sides', () => {
    expect(place('Ask finance to process it.', 'Ask finance to '.length)).toBe('Ask finance to LINK process it.');
    expect(place('Ask finance toprocess', 'Ask finance to'.length)).toBe('Ask finance toprocess LINK');
    expect(place('See', 3)).toBe('See LINK');
    expect(place('', 0)).toBe('LINK');
  });
  it('adds nothing where the text already separates it', () => {
    expect(place('Read this: .', 'Read this: '.length)).toBe('Read this: LINK.');
    expect(place('(here)', 1)).toBe('(LINKhere)'.replace('LINKhere', 'LINK here'));
    expect(place('Line one\nLine two', 'Line one\n'.length)).toBe('Line one\nLINK Line two');
    expect(place('ببینید،', 'ببینید'.length)).toBe('ببینید LINK،');
  });
  it('a caret inside a word moves to the end of the word, ZWNJ included', () => {
    expect(place('timingprocess it', 'timing'.length)).toBe('timingprocess LINK it');
    expect(place('می\u200cتوانید', 2)).toBe('می\u200cتوانید LINK');
  });
});

describe('titles that end a sentence', () => {
  it('take no colon before the address', () => {
    expect(formatLinkForInsert({ title: 'How long do refunds take?', url: 'https://e.com/t' }, 'plain').text).toBe('How long do refunds take? https://e.com/t');
    expect(formatLinkForInsert({ title: 'بازپرداخت چقدر طول می‌کشد؟', url: 'https://e.com/t' }, 'plain').text).toBe('بازپرداخت چقدر طول می‌کشد؟ https://e.com/t');
  });
});

describe('the write path refuses non-http links', () => {
  it('page.write with javascript: or data: does not parse', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JavaScript:alert(1)', 'file:///etc/passwd']) {
      expect(WriteOpSchema.safeParse({ op: 'link', title: 'T', url }).success, url).toBe(false);
    }
    expect(WriteOpSchema.safeParse({ op: 'link', title: 'T', url: "https://e.com/it's?q=\"a\"&b=<c>" }).success).toBe(true);
  });
});
