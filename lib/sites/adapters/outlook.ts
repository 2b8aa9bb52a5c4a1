/**
 * Outlook on the web (work/school and outlook.com). Anchors: the reading pane
 * `[data-app-section="MailReadCompose"]` (or `#ReadingPaneContainerId`), one body per expanded
 * message `[id^="UniqueMessageBody"]`, its sender `[id^="MSG_"][id$="_FROM"]` before it, the
 * compose body inside `[data-testid="editorParent"]` or a multi-line `role=textbox`. Outlook
 * renders message HTML with ids/classes prefixed `x_`, so quoted history is `#x_divRplyFwdMsg`,
 * `#x_appendonsend`, `.x_gmail_quote`. The mailbox owner comes from the account manager
 * (`#mectrl_currentAccount_secondary`) or an address in the account button's label.
 */
import type { SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { cleanText, editorIn, emailIn, hostIn, isHidden, labelText, mailAuthors, oldestFirst, type Party, pathMatch, safeDecode, timeOf } from './util.ts';

const HOSTS = hostsOf('outlook');

const PANE = ['[data-app-section="MailReadCompose"]', '#ReadingPaneContainerId', '[data-app-section="ConversationContainer"]', '[role="main"]'];
const BODY = '[id^="UniqueMessageBody"]';
const FROM = '[id^="MSG_"][id$="_FROM"]';
const TIME = ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]', '[id^="MSG_"][id$="_DATETIME"]'];
const CUT = ['#x_divRplyFwdMsg', '#divRplyFwdMsg', '#x_appendonsend', '#appendonsend', '#x_mail-editor-reference-message-container'];
const STRIP = ['.x_gmail_quote', '.gmail_quote', 'blockquote', '#x_Signature_Separator'];
const EDITOR = [
  '[data-testid="editorParent"] [contenteditable="true"]',
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  'div.elementToProof[contenteditable="true"]',
];

function pane(doc: Document): ParentNode {
  for (const sel of PANE) {
    const found = Array.from(doc.querySelectorAll(sel)).filter((el) => !isHidden(el));
    const withBody = found.find((el) => el.querySelector(BODY));
    if (withBody) return withBody;
    if (found[0] && sel !== '[role="main"]') return found[0];
  }
  return doc;
}

/** The mailbox owner: the account manager card, else an address in the account button's label. */
export function outlookOwner(doc: Document): Party | null {
  const email =
    emailIn(doc.getElementById('mectrl_currentAccount_secondary')?.textContent) ??
    emailIn(doc.getElementById('O365_MainLink_Me')?.getAttribute('aria-label')) ??
    emailIn(doc.getElementById('mectrl_main_trigger')?.getAttribute('aria-label')) ??
    emailIn(doc.querySelector('#O365_MainLink_Me [title*="@"], #mectrl_headerPicture[title*="@"]')?.getAttribute('title'));
  const name = labelText(doc.getElementById('mectrl_currentAccount_primary')) || null;
  return email || name ? { email, name } : null;
}

const EMAIL_IN_TEXT = /[<(]?[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}[>)]?/gi;

function partyOf(from: Element | null): Party {
  if (!from) return {};
  let email: string | null = null;
  for (const el of [from, ...Array.from(from.querySelectorAll('[title], [aria-label]'))]) {
    email = emailIn(el.getAttribute('title')) ?? emailIn(el.getAttribute('aria-label'));
    if (email) break;
  }
  email ??= emailIn(from.textContent);
  const nameEl = from.querySelector('[title]') ?? from;
  const name = labelText(nameEl).replace(/<[^>]*>/g, '').replace(EMAIL_IN_TEXT, '').trim() || null;
  return { email, name };
}

/** The message card a body belongs to: the nearest ancestor that also holds a sender line. */
function cardOf(body: Element, root: ParentNode): Element {
  for (let cur = body.parentElement; cur && cur !== root; cur = cur.parentElement) {
    if (cur.querySelector(FROM)) return cur;
  }
  return body;
}

export const adapter: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook on the web',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && /^\/(mail|owa)(\/|$)/.test(url.pathname),
  conversationId(doc, url) {
    // /mail/inbox/id/<item>, /mail/0/id/<item>, /mail/deeplink/read/<item>, ?ItemID=<item>
    const fromPath = pathMatch(url, /\/(?:id|read)\/([^/?#]+)/);
    if (fromPath) return fromPath;
    for (const [k, v] of url.searchParams) if (/^itemid$/i.test(k) && v) return safeDecode(v);
    const selected = doc.querySelector('[role="option"][data-convid][aria-selected="true"], [data-convid][aria-selected="true"]');
    return selected?.getAttribute('data-convid') || null;
  },
  messages(doc) {
    const root = pane(doc);
    const bodies = Array.from(root.querySelectorAll(BODY)).filter(
      (b) => !isHidden(b) && b.getAttribute('contenteditable') !== 'true' && !b.querySelector('[contenteditable="true"]'),
    );
    const froms = Array.from(root.querySelectorAll(FROM));
    const parts = bodies.map((body) => {
      const card = cardOf(body, root);
      // The sender line placed last before this body.
      let from: Element | null = null;
      for (const f of froms) if (f.compareDocumentPosition(body) & 4 /* body follows */) from = f;
      return { body, card, sender: partyOf(from), time: timeOf(card, TIME) };
    });
    const authors = mailAuthors(
      parts.map((p) => p.sender),
      outlookOwner(doc),
    );
    const out: ThreadMessage[] = [];
    parts.forEach((p, i) => {
      const text = cleanText(p.body, { cutAt: CUT, strip: STRIP });
      if (!text) return;
      out.push({ author: authors[i], sender: p.sender.name || p.sender.email || undefined, text, time: p.time, element: p.body });
    });
    return oldestFirst(out);
  },
  findEditor(doc) {
    const root = pane(doc);
    return editorIn(root, EDITOR) ?? editorIn(doc, EDITOR);
  },
};
