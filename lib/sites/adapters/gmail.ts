/**
 * Gmail (mail.google.com). Gmail has no data-test attributes; what it keeps stable across
 * redesigns are plain attributes: each open message carries `data-message-id`, people carry
 * `email`/`name`, the thread subject carries `data-legacy-thread-id`/`data-thread-perm-id`, and the
 * reply body is `[g_editable="true"][contenteditable="true"][role="textbox"]`. Its obfuscated
 * classes (.a3s body, .gD sender, .g3 date) are used only where no attribute exists.
 * Customer vs agent: a sender is the agent when they are the signed-in account (read from the
 * page title or the account link, never from an English label).
 */
import type { SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { cleanText, editorIn, emailIn, firstOf, hostIn, isHidden, labelText, mailAuthors, type Party, timeOf } from './util.ts';

const HOSTS = hostsOf('gmail');

const MESSAGE = ['[data-message-id]', '[data-legacy-message-id]'];
const BODY = ['.a3s', '.ii.gt > div', '.ii'];
const SENDER = ['.gD[email]', 'h3 [email]', '[email][name]', '[email]'];
const TIME = ['.g3[title]', '[role="gridcell"][title]', 'time[datetime]'];
/** Quoted history and the "show trimmed content" chrome Gmail adds inside a body. */
const QUOTES = ['.gmail_quote', '.gmail_quote_container', '.gmail_attr', 'blockquote', '.h5', '.adm', '[role="button"]'];
const EDITOR = [
  '[g_editable="true"][contenteditable="true"]',
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
];

/** The open thread's view: Gmail keeps other views in the DOM, hidden. */
function threadRoot(doc: Document): ParentNode {
  const mains = Array.from(doc.querySelectorAll('[role="main"]')).filter((m) => !isHidden(m));
  return mains.find((m) => m.querySelector(MESSAGE.join(','))) ?? mains[0] ?? doc;
}

/** The signed-in account: Gmail puts the address in the tab title and the account link in every locale. */
export function gmailAccount(doc: Document): Party | null {
  const fromTitle = emailIn(doc.title);
  if (fromTitle) return { email: fromTitle };
  const link = doc.querySelector('a[href*="accounts.google.com/SignOutOptions"], a[href*="myaccount.google.com"][aria-label*="@"]');
  const fromLink = emailIn(link?.getAttribute('aria-label')) ?? emailIn(link?.getAttribute('title'));
  if (fromLink) return { email: fromLink };
  const banner = doc.querySelector('[role="banner"] [aria-label*="@"]');
  const fromBanner = emailIn(banner?.getAttribute('aria-label'));
  return fromBanner ? { email: fromBanner } : null;
}

function senderOf(msg: Element, body: Element | null): Party {
  for (const sel of SENDER) {
    const el = Array.from(msg.querySelectorAll(sel)).find((e) => !body || !body.contains(e));
    if (el) return { email: el.getAttribute('email')?.toLowerCase() ?? null, name: el.getAttribute('name') || labelText(el) || null };
  }
  return {};
}

/** The thread id in the hash: "#inbox/FMfcgz…", "#label/Support/FMfcgz…", "#search/refund/FMfcgz…". */
function hashThread(url: URL): string | null {
  const hash = url.hash.replace(/^#/, '').split('?')[0];
  const last = hash.split('/').pop() ?? '';
  return hash.includes('/') && /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : null;
}

export const adapter: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && url.pathname.startsWith('/mail'),
  // The open thread's own id first: the hash holds another token for the same thread
  // ("#inbox/FMfcgz…" in full view, just "#inbox" in the preview pane), so keying by the hash gave
  // one thread two keys and counted its tags twice. The hash is the fallback while the thread loads.
  conversationId(doc, url) {
    const root = threadRoot(doc);
    const subject = firstOf(root, ['[data-legacy-thread-id]', '[data-thread-perm-id]']);
    const legacy = subject?.getAttribute('data-legacy-thread-id');
    if (legacy) return legacy;
    const perm = subject?.getAttribute('data-thread-perm-id');
    if (perm) return perm.replace(/^#?thread-[af]:/, '');
    return hashThread(url);
  },
  messages(doc) {
    const root = threadRoot(doc);
    const nodes = Array.from(root.querySelectorAll(MESSAGE.join(','))).filter(
      (el, _i, arr) => !arr.some((o) => o !== el && o.contains(el)) && !isHidden(el),
    );
    const parts: { el: Element; body: Element; sender: Party; time?: string }[] = [];
    for (const el of nodes) {
      const body = firstOf(el, BODY);
      if (!body) continue; // collapsed message: Gmail has not loaded its body
      parts.push({ el, body, sender: senderOf(el, body), time: timeOf(el, TIME) });
    }
    const authors = mailAuthors(
      parts.map((p) => p.sender),
      gmailAccount(doc),
    );
    const out: ThreadMessage[] = [];
    parts.forEach((p, i) => {
      const text = cleanText(p.body, { strip: QUOTES });
      if (!text) return;
      out.push({ author: authors[i], sender: p.sender.name || p.sender.email || undefined, text, time: p.time, element: p.body });
    });
    return out;
  },
  findEditor(doc) {
    const root = threadRoot(doc);
    return editorIn(root, EDITOR) ?? editorIn(doc, EDITOR);
  },
};
