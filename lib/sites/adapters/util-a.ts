/**
 * Small DOM helpers shared by the mail and helpdesk adapters (Gmail, Outlook, Zendesk, Freshdesk,
 * Help Scout, Intercom, Front). Every helper is quiet: it returns null / [] / '' when the page
 * does not have what it looks for, never throws on a missing node.
 */
import type { Author, ThreadMessage } from '../types.ts';
import { buildTextModel } from '../editors/textmodel.ts';
import { isEditableHost, isTextControl } from '../editors/detect.ts';

export const EMAIL_RE = /[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** The first e-mail address in a string, lower-cased. */
export function emailIn(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = EMAIL_RE.exec(s);
  return m ? m[0].toLowerCase() : null;
}

/** Whether a URL's host is one of the patterns ("mail.google.com", "*.zendesk.com"). */
export function hostIn(url: URL, patterns: readonly string[]): boolean {
  const h = url.hostname.toLowerCase().replace(/\.$/, '');
  return patterns.some((raw) => {
    const p = raw.toLowerCase();
    if (p.startsWith('*.')) {
      const base = p.slice(2);
      return h.endsWith(`.${base}`) && h.length > base.length + 1;
    }
    return p === h;
  });
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

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element found by the first selector (in order) that finds any. */
export function first(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const s of selectors) {
    const el = safeAll(root, s)[0];
    if (el) return el;
  }
  return null;
}

/** All elements found by the first selector (in order) that finds any, outermost only. */
export function all(root: ParentNode | null | undefined, selectors: readonly string[]): Element[] {
  if (!root) return [];
  for (const s of selectors) {
    const found = safeAll(root, s);
    if (found.length) return found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  }
  return [];
}

/**
 * Hidden by the page: the `hidden` attribute, aria-hidden, or an inline display:none on the element
 * or an ancestor (up to `stop`). Inline styles only, so it also works without layout (tests).
 */
export function isHidden(el: Element, stop?: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = cur.getAttribute('style') ?? '';
    if (/display\s*:\s*none/i.test(style) || /visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** A live editable element: a writable textarea, or a contenteditable host not switched off. */
export function isLiveEditor(el: Element): boolean {
  if (isTextControl(el)) {
    const c = el as HTMLTextAreaElement;
    return !c.disabled && !c.readOnly && !c.hasAttribute('readonly') && !c.hasAttribute('disabled');
  }
  if (!isEditableHost(el)) return false;
  return el.getAttribute('aria-readonly') !== 'true' && el.getAttribute('aria-disabled') !== 'true';
}

/**
 * The reply editor: for each selector in order, the last live, visible match (the composer sits
 * under the thread; earlier matches are usually closed drafts or other tabs).
 */
export function editorIn(root: ParentNode | null | undefined, selectors: readonly string[], exclude?: (el: Element) => boolean): Element | null {
  if (!root) return null;
  for (const s of selectors) {
    const found = safeAll(root, s).filter((el) => isLiveEditor(el) && !isHidden(el) && !(exclude && exclude(el)));
    if (found.length) return found[found.length - 1];
  }
  return null;
}

const QUOTE_HEADER_END =
  /(?:^|\n)[^\n]*(?:On .{4,200}wrote:|-{2,}\s*Original Message\s*-{2,}|در تاریخ .{2,200}نوشت:?|Le .{4,200}a écrit\s*:|Am .{4,200}schrieb .{1,200}:)\s*$/;

/** Tidy text read from the DOM: single spaces, trimmed lines, at most one blank line, no trailing quote header. */
export function tidy(text: string): string {
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
  /** Elements to leave out (quotes, buttons, read receipts). */
  strip?: readonly string[];
  /** Markers from which everything to the end of the body is quoted history (Outlook's reply header). */
  cutAt?: readonly string[];
}

/** Remove `marker` and everything after it inside `root`. */
function cutFrom(root: Element, marker: Element): void {
  for (let cur: Element | null = marker; cur && cur !== root; cur = cur.parentElement) {
    while (cur.nextSibling) cur.parentNode!.removeChild(cur.nextSibling);
  }
  // A separator line (<hr>) right before the reply header belongs to the quote too.
  const prev = marker.previousElementSibling;
  if (prev && prev.tagName === 'HR') prev.remove();
  marker.remove();
}

/** The visible text of a message body without quoted history and UI bits. */
export function textOf(el: Element | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const sel of opts.cutAt ?? []) {
    const marker = safeAll(clone, sel)[0];
    if (marker) cutFrom(clone, marker);
  }
  const strip = ['script', 'style', 'template', 'button', '[hidden]', '[aria-hidden="true"]', ...(opts.strip ?? [])];
  for (const sel of strip) for (const n of safeAll(clone, sel)) n.remove();
  return tidy(buildTextModel(clone).text);
}

/** The plain text of a small element (names, labels), single-spaced. */
export function labelOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A message's time: an ISO `datetime`, else a `title`, else the visible label. */
export function timeOf(root: Element, selectors: readonly string[] = ['time[datetime]']): string | undefined {
  const el = first(root, selectors);
  if (!el) return undefined;
  return el.getAttribute('datetime') || el.getAttribute('title') || labelOf(el) || undefined;
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

/** Class tokens and data attributes of an element and its ancestors up to `stop`, as one lower-case string. */
export function markersOf(el: Element, stop: Element | null, attrs: readonly string[]): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    parts.push(typeof cur.className === 'string' ? cur.className : '');
    for (const a of attrs) {
      const v = cur.getAttribute(a);
      if (v) parts.push(`${a}=${v}`);
    }
  }
  return parts.join(' ').toLowerCase();
}
