/**
 * The link the agent inserts into a reply. Plain text is always "Title: URL"; rich editors also get
 * an `<a href>` whose title is HTML-escaped and whose address is a parsed http(s) URL. Anything
 * else (javascript:, data:, unparseable) gets no HTML at all.
 */

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The normalised href of an http(s) address, or null. */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (!u.hostname) return null;
    return u.href;
  } catch {
    return null;
  }
}

export function formatLinkForInsert(a: { title: string; url: string }, mode: 'rich' | 'plain'): { text: string; html?: string } {
  const href = safeHttpUrl(a.url);
  const rawUrl = a.url.trim();
  // Keep the address as written (readable Persian paths) unless it holds whitespace or controls.
  const shownUrl = href && /[\s\u0000-\u001f\u007f]/.test(rawUrl) ? href : rawUrl.replace(/[\u0000-\u001f\u007f]/g, '');
  const title = a.title.replace(/\s+/g, ' ').trim();
  // A title that already ends a sentence ("How long do refunds take?") takes no colon after it.
  const joiner = /[?!.:؟]$/.test(title) ? ' ' : ': ';
  const text = title ? (shownUrl ? `${title}${joiner}${shownUrl}` : title) : shownUrl;
  if (mode === 'plain' || !href) return { text };
  return { text, html: `<a href="${escapeHtml(href)}">${escapeHtml(title || shownUrl)}</a>` };
}

/**
 * A letter, digit or mark of any script. Built on first use: a Unicode property class is parsed
 * when the expression is created, and this module is evaluated in the host page's main thread
 * each time the page script starts (~0.2-0.3 ms there), while links are placed only on Insert.
 */
let wordChar: RegExp | null = null;
const isWordChar = (c: string) => (wordChar ??= /[\p{L}\p{N}\p{M}_\u200c]/u).test(c);
/** Before these a link needs no space: start of text, white space, an opening bracket or quote. */
const OPENS = /[\s([{«“‘"'\u200f\u200e]/;
/** After these a link needs no space: end of text, white space, closing punctuation. */
const CLOSES = /[\s)\]}»”’"'.,;:!?،؛؟\u200f\u200e]/;

/**
 * Where a link goes in the draft and the spacing that makes it its own words: a caret inside a
 * word moves to the end of that word, and a space goes before and after the link unless the text
 * around it already separates it (white space, a bracket, punctuation, the start or end).
 */
export function placeLink(current: string, at: { start: number; end: number }): { start: number; end: number; prefix: string; suffix: string } {
  let { start, end } = at;
  start = Math.max(0, Math.min(start, current.length));
  end = Math.max(start, Math.min(end, current.length));
  if (start === end) {
    while (end < current.length && start > 0 && isWordChar(current[start - 1]) && isWordChar(current[end])) end++;
    start = end;
  }
  const before = current[start - 1];
  const after = current[end];
  return {
    start,
    end,
    prefix: before === undefined || OPENS.test(before) ? '' : ' ',
    suffix: after === undefined || CLOSES.test(after) ? '' : ' ',
  };
}
