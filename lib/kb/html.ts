/**
 * A small, safe HTML-to-text conversion for imported help-centre bodies. It never builds a DOM or
 * runs anything, so it works the same in the options page, a worker and Node: scripts, styles and
 * comments are dropped, block tags become line breaks, every other tag is removed and character
 * references are decoded last (so "&lt;b&gt;" stays literal text). ZWNJ, bidi marks and RTL text
 * pass through untouched.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a',
  ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  bull: '\u2022', middot: '\u00b7', times: '\u00d7', divide: '\u00f7', minus: '\u2212', plusmn: '\u00b1',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', para: '\u00b6', sect: '\u00a7',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', rarr: '\u2192', larr: '\u2190', uarr: '\u2191', darr: '\u2193',
  hearts: '\u2665', check: '\u2713', dagger: '\u2020', iexcl: '\u00a1', iquest: '\u00bf', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
  eacute: '\u00e9', egrave: '\u00e8', agrave: '\u00e0', aacute: '\u00e1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4',
  szlig: '\u00df', ntilde: '\u00f1', oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa',
};

/** Decodes named (a common subset), decimal and hex character references. Unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const v = NAMED[ref] ?? NAMED[ref.toLowerCase()];
    return v ?? m;
  });
}

/** Elements whose content is not text a reader sees. */
const DROP = /<(script|style|noscript|template|head|svg|math|iframe|object)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Elements that start or end a paragraph-like block. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
/**
 * A tag, with quoted attribute values allowed to contain ">". Nothing in it may cross a "<", so a
 * failed match stops at the next "<" and the whole scan stays linear on hostile input.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>"']|"[^<"]*"|'[^<']*')*>/g;

/** Blocks that separate paragraphs (a blank line) rather than just lines. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure', 'hr']);

export function htmlToText(html: string): string {
  // \u0000 marks a paragraph break and \u0001 a <br>; real ones cannot appear in HTML text.
  let s = html.replace(/[\u0000\u0001]/g, '');
  s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<![^<>]*>/g, ' ');
  s = s.replace(DROP, ' ');
  // Whitespace in HTML source is not layout: fold it before tags add real line breaks.
  // (Single spaces are left alone: replacing each one is slow on long bodies.)
  s = s.replace(/[\t\n\r\f][\t\n\r\f ]*| [\t\n\r\f ]+/g, ' ');
  s = s.replace(TAG, (_m, close: string, name: string) => {
    const n = name.toLowerCase();
    if (n === 'br') return '\u0001';
    if (n === 'td' || n === 'th') return close ? ' ' : '\t';
    if (PARAGRAPH.has(n)) return '\u0000';
    if (BLOCK.has(n)) return n === 'li' && !close ? '\n• ' : '\n';
    return '';
  });
  // Several block edges in a row are one break: a paragraph break if any of them was one.
  s = s.replace(/[ \t]*[\n\u0000][\n\u0000 \t]*/g, (run) => (run.includes('\u0000') ? '\n\n' : '\n')).replace(/\u0001/g, '\n');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((line) => line.replace(/[\t\u00a0][ \t\u00a0]*| [ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '•')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a "plain" body is really HTML (has block or line-break tags), so it should be converted. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|div|br|li|ul|ol|h[1-6]|table|tr|td|span|a|strong|em|b|i|img|section|article)\b[^<>]*>/i.test(s);
}
