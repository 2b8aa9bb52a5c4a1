/**
 * DOM helpers shared by the site adapters (Gmail, Outlook, Zendesk, Freshdesk, Help Scout,
 * Intercom, Front, Zoho Desk, HubSpot, Chatwoot, Zammad, Request Tracker, Roundcube). Every helper
 * is quiet: it returns null / [] / '' when the page lacks what it looks for and never throws on a
 * missing node, a bad selector or a cross-origin frame.
 */
import { hostMatches } from '../hosts.ts';
import type { Author, ThreadMessage } from '../types.ts';
import { buildTextModel } from '../editors/textmodel.ts';
import { isEditableHost, isTextControl } from '../editors/detect.ts';

// ---------------------------------------------------------------------------------------------
// URLs

/** Whether a URL's host is one of the patterns ("mail.google.com", "*.zendesk.com"). */
export function hostIn(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((p) => hostMatches(p, url.hostname));
}

/** A capture group of `re` run on the URL path, or null. */
export function pathMatch(url: URL, re: RegExp): string | null {
  const m = re.exec(url.pathname);
  return m?.[1] ? safeDecode(m[1]) : null;
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Finding elements

/** All matches of one selector; [] for a missing root or a selector the browser rejects. */
export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element found by the first selector (in order) that finds any. */
export function firstOf(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const s of selectors) {
    try {
      // querySelector stops at the first match; adapters' page checks run this on every page read.
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // a selector the browser rejects finds nothing
    }
  }
  return null;
}

/** Drop elements that sit inside another element of the list. */
export function outermost(list: readonly Element[]): Element[] {
  return list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
}

/** All elements found by the first selector (in order) that finds any, outermost only. */
export function allOf(root: ParentNode | null | undefined, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = queryAll(root, s);
    if (found.length) return outermost(found);
  }
  return [];
}

/**
 * Hidden by the page: the `hidden` attribute, aria-hidden, or an inline display:none /
 * visibility:hidden on the element or an ancestor (up to `stop`). Inline styles only, so it also
 * works without layout (tests).
 */
export function isHidden(el: Element, stop?: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = cur.getAttribute('style') ?? '';
    if (/display\s*:\s*none/i.test(style) || /visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Editors

/** A live editable element: a writable text control, an iframe editor, or a contenteditable host not switched off. */
export function isLiveEditor(el: Element): boolean {
  if (isTextControl(el)) {
    const c = el as HTMLTextAreaElement;
    return !c.disabled && !c.readOnly && !c.hasAttribute('readonly') && !c.hasAttribute('disabled');
  }
  if (el.tagName === 'IFRAME') return true;
  if (!isEditableHost(el)) return false;
  return el.getAttribute('aria-readonly') !== 'true' && el.getAttribute('aria-disabled') !== 'true';
}

/**
 * The reply editor: for each selector in order, the last live, visible match not excluded (the
 * composer sits under the thread; earlier matches are usually closed drafts or other tabs).
 */
export function editorIn(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  exclude?: (el: Element) => boolean,
): Element | null {
  for (const s of selectors) {
    const found = queryAll(root, s).filter((el) => isLiveEditor(el) && !isHidden(el) && !(exclude && exclude(el)));
    if (found.length) return found[found.length - 1];
  }
  return null;
}

/** The document of a same-origin iframe, or null (cross-origin, not loaded). */
export function frameDocument(frame: Element | null | undefined): Document | null {
  if (!frame || frame.tagName !== 'IFRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Lines that end a message and start the quoted one: "On … wrote(:)", "-- Original Message --",
 * Persian "در (تاریخ) … نوشت / نوشته است", French, German; optionally followed by dashes.
 */
const QUOTE_HEADER_END =
  /(?:^|\n)[^\n]*(?:On .{4,200}wrote:?|-{2,}\s*Original Message\s*-{2,}|در .{2,200}نوشت(?:ه است)?\s*:?|Le .{4,200}a écrit\s*:|Am .{4,200}schrieb .{1,200}:)[\s-]*$/;

/** Tidy text read from the DOM: single spaces, trimmed lines, at most one blank line, no trailing quote header. */
export function tidyText(text: string): string {
  let out = text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  for (let i = 0; i < 2; i++) {
    const m = QUOTE_HEADER_END.exec(out);
    if (!m) break;
    out = out.slice(0, m.index).trim();
  }
  return out;
}

export interface TextOptions {
  /** Elements to leave out (quotes, buttons, headers, read receipts). */
  strip?: readonly string[];
  /** Markers from which everything to the end of the body is left out (Outlook's reply header, signatures). */
  cutAt?: readonly string[];
}

/** Remove `marker` and everything after it inside `root`. */
function cutFrom(root: Element, marker: Element): void {
  for (let cur: Element | null = marker; cur && cur !== root; cur = cur.parentElement) {
    while (cur.nextSibling) cur.parentNode!.removeChild(cur.nextSibling);
  }
  // A separator line (<hr>) right before the marker belongs to what is cut too.
  const prev = marker.previousElementSibling;
  if (prev && prev.tagName === 'HR') prev.remove();
  marker.remove();
}

const ALWAYS_STRIP = ['script', 'style', 'template', 'button', 'noscript', '[hidden]', '[aria-hidden="true"]'];

/** A line that introduces a quote in any language: short, and ending in a colon or framed by dashes. */
export function looksLikeQuoteIntro(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 240) return false;
  return /[:：]$/.test(t) || /^-{2,}.*-{2,}$/.test(t);
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

/**
 * Remove the intro line right before each blockquote ("On … wrote:", "در … نوشته است:",
 * "---- On … wrote ----"), recognised by its shape rather than its words. With `only`, just
 * before the blockquotes matching one of those selectors (the quotes that are being left out).
 */
export function dropQuoteIntros(root: Element, only?: readonly string[]): void {
  for (const quote of queryAll(root, 'blockquote')) {
    if (only && !matchesAny(quote, only)) continue;
    let prev = quote.previousSibling;
    while (prev && ((prev.nodeType === 3 && !(prev.textContent ?? '').trim()) || (prev.nodeType === 1 && (prev as Element).tagName === 'BR'))) {
      prev = prev.previousSibling;
    }
    if (!prev || (prev.nodeType !== 1 && prev.nodeType !== 3)) continue;
    if (prev.nodeType === 1 && (prev as Element).querySelector('blockquote')) continue;
    if (looksLikeQuoteIntro(prev.textContent ?? '')) prev.parentNode?.removeChild(prev);
  }
}

/**
 * The visible text of a message body without quoted history and UI bits. The intro line of a
 * blockquote that `strip` leaves out goes with it; blockquotes the message keeps keep theirs.
 */
export function cleanText(el: Element | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const sel of opts.cutAt ?? []) {
    const marker = queryAll(clone, sel)[0];
    if (marker) cutFrom(clone, marker);
  }
  const strip = [...ALWAYS_STRIP, ...(opts.strip ?? [])];
  dropQuoteIntros(clone, strip);
  for (const sel of strip) for (const n of queryAll(clone, sel)) n.remove();
  return tidyText(buildTextModel(clone).text);
}

/** The plain text of a small element (names, labels), single-spaced. */
export function labelText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Parse an HTML string into an inert document (no scripts run, no resources load). */
export function inertBody(doc: Document, html: string): HTMLElement | null {
  try {
    const inert = doc.implementation.createHTMLDocument('');
    inert.body.innerHTML = html;
    return inert.body;
  } catch {
    return null;
  }
}

/**
 * The quoted message in a rich reply body: the first top-level blockquote (after `preferAfter`,
 * a reply-intro element, when given), without the older quotes nested in it.
 */
export function quoteInRichBody(root: Element | null | undefined, preferAfter: readonly string[] = []): string | null {
  if (!root) return null;
  let quote: Element | null = null;
  for (const sel of preferAfter) {
    const intro = queryAll(root, sel)[0];
    let next = intro?.nextElementSibling ?? null;
    while (next && next.tagName !== 'BLOCKQUOTE' && !next.querySelector('blockquote')) next = next.nextElementSibling;
    if (next) quote = next.tagName === 'BLOCKQUOTE' ? next : next.querySelector('blockquote');
    if (quote) break;
  }
  quote ??= outermost(queryAll(root, 'blockquote'))[0] ?? null;
  if (!quote) return null;
  const text = cleanText(quote, { strip: ['blockquote', '.gmail_quote .gmail_quote'] });
  return text.length >= 2 ? text : null;
}

/**
 * The quoted message in a plain-text reply: the lines quoted once ("> "), without deeper quotes
 * (older history) and without the intro line above them. (Stricter than generic.ts's
 * quotedInPlainText, which keeps the deeper quotes and works on any page.)
 */
export function quoteInPlainText(value: string): string | null {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let started = false;
  for (const line of lines) {
    const m = /^\s*((?:>\s?)+)(.*)$/.exec(line);
    if (!m) {
      if (started && line.trim()) break; // the quote ended; the rest is the agent's text or a signature
      continue;
    }
    started = true;
    const depth = (m[1].match(/>/g) ?? []).length;
    if (depth === 1) {
      out.push(m[2]);
      continue;
    }
    // An older quote starts: the last once-quoted line was its intro ("On … wrote:").
    let k = out.length - 1;
    while (k >= 0 && !out[k].trim()) k--;
    if (k >= 0 && looksLikeQuoteIntro(out[k]) && !out.slice(0, k).every((l) => !l.trim())) out.splice(k);
  }
  const text = tidyText(out.join('\n'));
  return text.length >= 2 ? text : null;
}

// ---------------------------------------------------------------------------------------------
// Values on the page

export const EMAIL_RE = /[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** The first e-mail address in a string, lower-cased. */
export function emailIn(s: string | null | undefined): string | null {
  const m = EMAIL_RE.exec(s ?? '');
  return m ? m[0].toLowerCase() : null;
}

/** A positive integer in a string, or NaN. */
export function intOf(s: string | null | undefined): number {
  const m = /\d+/.exec(s ?? '');
  return m ? Number(m[0]) : NaN;
}

/** A message's time: an ISO `datetime`, a `data-time`, else a `title`, else the visible label. */
export function timeOf(root: Element, selectors: readonly string[] = ['time[datetime]']): string | undefined {
  const el = firstOf(root, selectors);
  if (!el) return undefined;
  return el.getAttribute('datetime') || el.getAttribute('data-time') || el.getAttribute('title') || labelText(el) || undefined;
}

/**
 * A string or integer value the page sets in an inline script as `"key":"value"` (Roundcube's
 * rcmail.set_env, RT's RT.Config), JSON-decoded; null when absent.
 */
export function scriptValue(doc: Document, key: string): string | null {
  const re = new RegExp(`["']${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"|-?\\d+(?![\\d.]))`);
  for (const s of queryAll(doc, 'script:not([src])')) {
    const m = re.exec(s.textContent ?? '');
    if (!m) continue;
    try {
      const v = JSON.parse(m[1]) as unknown;
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
    } catch {
      /* not JSON: ignore */
    }
  }
  return null;
}

/** Whether some inline script contains `needle`. */
export function scriptHas(doc: Document, needle: string | RegExp): boolean {
  return queryAll(doc, 'script:not([src])').some((s) => {
    const t = s.textContent ?? '';
    return typeof needle === 'string' ? t.includes(needle) : needle.test(t);
  });
}

// ---------------------------------------------------------------------------------------------
// Markers and authors

/** Class tokens and chosen attributes of an element and its ancestors up to `stop`, as one lower-case string. */
export function markersOf(el: Element, stop: Element | null, attrs: readonly string[] = []): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    parts.push(typeof cur.className === 'string' ? cur.className : (cur.getAttribute('class') ?? ''));
    for (const a of attrs) {
      const v = cur.getAttribute(a);
      if (v) parts.push(`${a}=${v}`);
    }
  }
  return parts.join(' ').toLowerCase();
}

/** Class list of one element as a set of lower-case tokens. */
export function classTokens(el: Element | null | undefined): Set<string> {
  return new Set(((el?.getAttribute('class') ?? '').toLowerCase().split(/\s+/)).filter(Boolean));
}

const NOTE_WORDS = /(?:^|[\s_:=/-])(comments?|private|internal|notes?)(?=$|[\s_:=/-])/;
const OUT_WORDS = /(?:^|[\s_:=/-])(out|outgoing|outbound|sent|agent|rep|staff|operator)(?=$|[\s_:=/-])/;
const IN_WORDS = /(?:^|[\s_:=/-])(in|incoming|inbound|received|customer|contact|visitor|requester|requestor|end-?user)(?=$|[\s_:=/-])/;

/**
 * Who wrote a message item, from the words its own class and chosen attributes carry (not its
 * children's): note words (comment, private, internal) first, then outgoing, then incoming.
 * Null when the item says nothing.
 */
export function authorFromMarkers(item: Element, attrs: readonly string[]): 'customer' | 'agent' | 'note' | null {
  // Hand-written class names only: generated ones ("sc-inAbc", "zd_v2-1ab3f0") could spell "in" by chance.
  const classes = (item.getAttribute('class') ?? '').split(/\s+/).filter((c) => /^[a-z_-]+$/.test(c));
  const parts = [classes.join(' ')];
  for (const a of attrs) {
    const v = item.getAttribute(a);
    if (v) parts.push(`=${v}`);
  }
  // In attribute values "incomingMessage" and "incoming_message" both read as "incoming message".
  const words = parts.join(' ').replace(/([a-z0-9])(?=[A-Z])/g, '$1-').toLowerCase();
  if (NOTE_WORDS.test(words)) return 'note';
  if (OUT_WORDS.test(words)) return 'agent';
  if (IN_WORDS.test(words)) return 'customer';
  return null;
}

/** Oldest first by parsed time when every message has one; otherwise the page order. */
export function oldestFirst(messages: ThreadMessage[]): ThreadMessage[] {
  const times = messages.map((m) => (m.time ? Date.parse(m.time) : NaN));
  if (messages.length < 2 || times.some((t) => Number.isNaN(t))) return messages;
  return messages
    .map((m, i) => ({ m, t: times[i], i }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.m);
}

/** Public mailbox providers: sharing one of these domains says nothing about being on the same team. */
const PUBLIC_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'icloud.com', 'me.com',
  'proton.me', 'protonmail.com', 'aol.com', 'gmx.com', 'gmx.de', 'yandex.com', 'mail.ru', 'zoho.com', 'chmail.ir', 'yahoo.co.uk',
]);

export interface Party {
  email?: string | null;
  name?: string | null;
}

function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Customer or agent in a mailbox thread: the signed-in account (and, for a company domain, anyone
 * on that domain, e.g. the shared support@ alias) is the agent; everyone else is the customer. When
 * the account is unknown, whoever wrote the first message is the customer and others are agents.
 */
export function mailAuthors(senders: readonly Party[], account: Party | null): Author[] {
  const accEmail = norm(account?.email);
  const accName = norm(account?.name);
  const accDomain = accEmail.includes('@') ? accEmail.split('@')[1] : '';
  const companyDomain = accDomain && !PUBLIC_MAIL.has(accDomain) ? accDomain : '';
  if (accEmail || accName) {
    return senders.map((s) => {
      const e = norm(s.email);
      const n = norm(s.name);
      if (e && accEmail && e === accEmail) return 'agent';
      if (!e && n && accName && n === accName) return 'agent';
      if (e && companyDomain && e.endsWith(`@${companyDomain}`)) return 'agent';
      if (!e && !n) return 'unknown';
      return 'customer';
    });
  }
  const firstSender = senders.find((s) => norm(s.email) || norm(s.name));
  if (!firstSender) return senders.map(() => 'unknown');
  const key = norm(firstSender.email) || norm(firstSender.name);
  return senders.map((s) => {
    const k = norm(s.email) || norm(s.name);
    if (!k) return 'unknown';
    return k === key ? 'customer' : 'agent';
  });
}
