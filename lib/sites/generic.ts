/**
 * The generic reader for any page with a reply box: the focused or last focused editor, and a
 * heuristic for the customer's latest message (text quoted in the reply editor first, then
 * the last message-like block on the page that is not the agent's own).
 */
import type { SiteAdapter, ThreadMessage } from './types.ts';
import { findEditorCandidates, isTextControl } from './editors/detect.ts';
import { buildTextModel } from './editors/textmodel.ts';
import { isQuoteLine, quoteHeaderAt, quoteRanges, splitLines } from '../text/quotes.ts';

/**
 * Text the customer wrote that the helpdesk shows only as a quote in the reply editor:
 * blockquotes, Gmail-style quote blocks, "> " lines, or everything under an "On ... wrote:" line.
 */
export function quotedInEditor(editor: Element | null): string | null {
  if (!editor) return null;
  if (isTextControl(editor)) {
    const value = (editor as HTMLTextAreaElement).value;
    return quotedInPlainText(value);
  }
  const root = editor.tagName === 'IFRAME' ? (editor as HTMLIFrameElement).contentDocument?.body : editor;
  if (!root) return null;
  const quote = root.querySelector('blockquote, .gmail_quote, [type="cite"], .moz-cite-prefix ~ blockquote');
  if (quote) {
    const text = buildTextModel(quote).text.trim();
    if (text.length >= 3) return stripQuoteHeader(text);
  }
  return quotedInPlainText(buildTextModel(root).text);
}

/** The text without the quote header lines lib/text/quotes.ts knows ("On … wrote:", "From:/Sent:", their Persian forms). */
function stripQuoteHeader(text: string): string {
  const lines = splitLines(text);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = quoteHeaderAt(lines, i);
    if (header) i += header;
    else kept.push(lines[i++].text);
  }
  return kept.join('\n').trim();
}

/**
 * The customer's words quoted in a plain-text reply, found by the same detector that keeps quotes
 * out of the rewrite engine (quoteRanges): the "> " lines without their markers, or else the
 * unmarked copy under a header; header lines left out.
 */
export function quotedInPlainText(value: string): string | null {
  const ranges = quoteRanges(value);
  if (!ranges.length) return null;
  const lines = splitLines(value);
  const marked: string[] = [];
  const unmarked: string[] = [];
  for (const l of lines) {
    if (!ranges.some(([a, b]) => a <= l.start && l.end <= b)) continue;
    if (isQuoteLine(l)) marked.push(l.text.replace(/^\s*>+ ?/, ''));
    else unmarked.push(l.text);
  }
  const text = stripQuoteHeader((marked.some((t) => t.trim()) ? marked : unmarked).join('\n'));
  return text.length >= 3 ? text : null;
}

const MESSAGE_HINT = /(?:^|[-_\s])(message|msg|comment|email|mail|post|article|bubble|reply|entry|conversation|thread-item|chat)(?:$|[-_\s])/i;
const CUSTOMER_HINT = /(customer|incoming|inbound|received|requester|contact|end-?user|visitor|from-them|their)/i;
const AGENT_HINT = /(agent|outgoing|outbound|sent|from-me|mine|operator|staff|internal|private|note|system|bot)/i;
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEXTAREA', 'FORM', 'LABEL', 'MENU']);

function hints(el: Element): string {
  return `${el.className && typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('data-author') ?? ''} ${el.getAttribute('data-direction') ?? ''} ${el.getAttribute('data-sender-type') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''}`;
}

function insideChrome(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (CHROME_TAGS.has(cur.tagName)) return true;
    const role = cur.getAttribute('role');
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'menu' || role === 'toolbar') return true;
    if (cur.getAttribute('contenteditable') === 'true' || cur.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function blockText(el: Element): string {
  return buildTextModel(el).text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

/** Candidate message blocks in document order, each with an authorship guess. */
export function guessMessages(doc: Document): ThreadMessage[] {
  const seen = new Set<Element>();
  const candidates: Element[] = [];
  const all = doc.body ? doc.body.querySelectorAll('article, [role="article"], [role="listitem"], li, blockquote, div, section, p') : [];
  for (const el of Array.from(all)) {
    const h = hints(el);
    const marked = el.tagName === 'ARTICLE' || el.getAttribute('role') === 'article' || MESSAGE_HINT.test(h) || el.hasAttribute('data-message-id');
    if (!marked) continue;
    if (insideChrome(el)) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len < 12 || len > 20_000) continue;
    candidates.push(el);
  }
  // Keep the innermost marked block that still holds most of its ancestor's text.
  for (const el of candidates) {
    const inner = candidates.find((c) => c !== el && el.contains(c) && (c.textContent ?? '').length >= 0.6 * (el.textContent ?? '').length);
    if (!inner) seen.add(el);
  }
  const blocks = candidates.filter((c) => seen.has(c) && !Array.from(seen).some((o) => o !== c && o.contains(c)));
  return blocks.map((el) => {
    let author: ThreadMessage['author'] = 'unknown';
    for (let cur: Element | null = el; cur && cur !== doc.body; cur = cur.parentElement) {
      const h = hints(cur);
      if (AGENT_HINT.test(h)) {
        author = /(internal|private|note)/i.test(h) ? 'note' : 'agent';
        break;
      }
      if (CUSTOMER_HINT.test(h)) {
        author = 'customer';
        break;
      }
    }
    return { author, text: blockText(el), element: el };
  });
}

/** The customer's latest message by heuristic: the last block marked as theirs, else the last unmarked one. */
export function guessCustomerMessage(doc: Document, editor: Element | null): ThreadMessage | null {
  const msgs = guessMessages(doc).filter((m) => !editor || !m.element || !(m.element.contains(editor) || editor.contains(m.element)));
  const customer = msgs.filter((m) => m.author === 'customer');
  if (customer.length) return customer[customer.length - 1];
  const unknown = msgs.filter((m) => m.author === 'unknown' && m.text.length >= 12);
  return unknown.length ? unknown[unknown.length - 1] : null;
}

/** The editor the agent is most likely replying in: the largest visible candidate, preferring textareas named like a reply. */
export function guessEditor(doc: Document): Element | null {
  const cands = findEditorCandidates(doc);
  if (!cands.length) return null;
  const score = (el: Element) => {
    let s = 0;
    const h = `${el.id} ${el.getAttribute('name') ?? ''} ${typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (/(reply|respon|answer|compose|message|body|comment|editor|پاسخ|متن)/i.test(h)) s += 2;
    if (el.tagName === 'IFRAME' || el.getAttribute('contenteditable')) s += 1;
    if (/(search|subject|title|to|cc|bcc)$/i.test(el.getAttribute('name') ?? '')) s -= 3;
    return s;
  };
  return [...cands].sort((a, b) => score(b) - score(a))[0];
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  hosts: [],
  matches: () => true,
  conversationId: () => null,
  messages: (doc) => guessMessages(doc),
  findEditor: (doc) => guessEditor(doc),
};
