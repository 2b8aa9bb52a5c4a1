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
  const text = title ? (shownUrl ? `${title}: ${shownUrl}` : title) : shownUrl;
  if (mode === 'plain' || !href) return { text };
  return { text, html: `<a href="${escapeHtml(href)}">${escapeHtml(title || shownUrl)}</a>` };
}
