/**
 * Roundcube Webmail (self-hosted, any host). Markup from Roundcube 1.6's own source
 * (program/actions/mail/show.php, compose.php, program/lib/Roundcube/rcube_text2html.php,
 * skins/elastic/templates/mail.html, message.html, compose.html, program/js/editor.js) and
 * TinyMCE 5, which Roundcube bundles.
 *
 * - Page: the inline script `var rcmail = new rcube_webmail()` / `rcmail.set_env({...})`, and
 *   `<body class="task-mail action-…">`.
 * - Message view (`_action=show`, or `preview` inside `iframe#messagecontframe` of the list page):
 *   `#messagebody > .message-part` (plain text, quotes as <blockquote>, signature as span.sig) or
 *   `.message-htmlpart` (HTML). Sender: `.header.from .rcmContactAddress` (`href="mailto:…"` /
 *   `title`). The signed-in user is `env.username`; a message from them is the agent's, any other
 *   sender is the customer.
 * - Compose (`_action=compose`): `textarea[name="_message"]#composebody` (`env.composebody`).
 *   Plain replies quote the message as "> " lines under a localized intro; HTML replies put
 *   `<p id="reply-intro">` and a `<blockquote>` into TinyMCE, which edits in `iframe#composebody_ifr`
 *   (its body `#tinymce.mce-content-body[data-id=composebody]`) and hides the textarea. The quoted
 *   message is reported as the customer message.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import {
  cleanText,
  emailIn,
  firstOf,
  frameDocument,
  inertBody,
  isHidden,
  isLiveEditor,
  labelText,
  queryAll,
  quoteInPlainText,
  quoteInRichBody,
  scriptHas,
  scriptValue,
} from './util.ts';

const PAGE_SCRIPT = /new rcube_webmail\(|rcmail\.set_env\(/;
const BODY = ['#messagebody'];
const PARTS = '#messagebody .message-part, #messagebody .message-htmlpart';
const NOT_BODY = ['blockquote', '.sig', '.message-partheaders', '.image-attachment', '#remote-objects-message', '.part-notice'];
const FROM = ['.header.from .rcmContactAddress', '.header-headers .from .rcmContactAddress', '.header-summary .rcmContactAddress', '.rcmContactAddress'];

function bodyClasses(doc: Document): string {
  return ` ${doc.body?.getAttribute('class') ?? ''} `;
}

function isRoundcube(doc: Document): boolean {
  // Roundcube's pair of body classes "task-mail action-<name>" (cheap), else its page script.
  const cls = bodyClasses(doc);
  if (/\stask-mail\s/.test(cls) && /\saction-[a-z-]+\s/.test(cls)) return true;
  return scriptHas(doc, PAGE_SCRIPT);
}

function mailPage(doc: Document): boolean {
  return !!firstOf(doc, ['#messagebody', 'textarea[name="_message"]', '#composebody', 'iframe#messagecontframe']);
}

/** The document that shows the open message: this one, or the preview frame of the list page. */
function messageDoc(doc: Document): Document | null {
  if (firstOf(doc, BODY)) return doc;
  const inner = frameDocument(firstOf(doc, ['iframe#messagecontframe']));
  return inner && firstOf(inner, BODY) ? inner : null;
}

function composeTextarea(doc: Document): HTMLTextAreaElement | null {
  const id = scriptValue(doc, 'composebody');
  const el = (id ? doc.getElementById(id) : null) ?? firstOf(doc, ['textarea[name="_message"]', 'textarea#composebody']);
  return el && el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement) : null;
}

/** TinyMCE's editing frame for the compose textarea (TinyMCE 4-6 name it "<textarea id>_ifr"). */
function tinymceFrame(doc: Document, ta: HTMLTextAreaElement): Element | null {
  const byId = ta.id ? doc.getElementById(`${ta.id}_ifr`) : null;
  if (byId && byId.tagName === 'IFRAME') return byId;
  return firstOf(ta.parentElement ?? doc, ['.tox-edit-area iframe', '.mce-edit-area iframe', 'iframe.tox-edit-area__iframe']);
}

function senderOf(doc: Document): { email: string | null; name: string } {
  const el = firstOf(doc, FROM);
  if (!el) return { email: null, name: '' };
  const href = el.getAttribute('href') ?? '';
  const email = emailIn(href.startsWith('mailto:') ? href : null) ?? emailIn(el.getAttribute('title')) ?? emailIn(labelText(el));
  return { email, name: labelText(el) };
}

function viewMessages(doc: Document, top: Document): ThreadMessage[] {
  const parts = queryAll(doc, PARTS).filter((p) => !p.parentElement?.closest('.message-part, .message-htmlpart'));
  if (!parts.length) return [];
  const sender = senderOf(doc);
  const me = emailIn(scriptValue(doc, 'username') ?? scriptValue(top, 'username'));
  // A mailbox has one other party per message: anyone but the signed-in user is the customer.
  const author: Author = sender.email && me && sender.email === me ? 'agent' : 'customer';
  const text = parts.map((p) => cleanText(p, { strip: NOT_BODY })).filter(Boolean).join('\n\n');
  if (!text) return [];
  const body = firstOf(doc, BODY) ?? parts[0];
  return [{ author, sender: sender.name || sender.email || undefined, text, element: body }];
}

function composeMessages(doc: Document): ThreadMessage[] {
  const ta = composeTextarea(doc);
  if (!ta) return [];
  const frame = tinymceFrame(doc, ta);
  let text = quoteInRichBody(frameDocument(frame)?.body ?? null, ['#reply-intro']);
  if (!text) {
    const value = ta.value || ta.textContent || '';
    const html = ta.classList.contains('mce_editor') || /<(?:blockquote|p|div|br)\b/i.test(value);
    text = html ? quoteInRichBody(inertBody(doc, value), ['#reply-intro']) : quoteInPlainText(value);
  }
  return text ? [{ author: 'customer', text, element: frame ?? ta }] : [];
}

function uidKey(url: URL): string | null {
  const uid = url.searchParams.get('_uid');
  if (!uid) return null;
  const mbox = url.searchParams.get('_mbox') ?? 'INBOX';
  return `${mbox}/${uid}`;
}

/** Reply and forward prefixes in the languages Roundcube ships (and what mail clients add). */
const REPLY_PREFIX = /^\s*((re|fwd?|aw|wg|sv|vs|rif|r|tr|antw|odp|ynt|res|enc|رد|پاسخ|ارسال|هدایت|fw)\s*(\[\d+\])?\s*[:：]\s*)+/iu;

export function threadSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The subject of the message view (h2.subject without its "Subject:" label for screen readers). */
function viewSubject(doc: Document): string {
  const h = firstOf(doc, ['#message-header h2.subject', 'h2.subject', '.header-subject', '#messageheader .subject']);
  if (!h) return '';
  const clone = h.cloneNode(true) as Element;
  clone.querySelectorAll('.voice, .hidden, .sr-only').forEach((n) => n.remove());
  return labelText(clone);
}

function composeCorrespondent(doc: Document): { email: string | null; subject: string } {
  const to = firstOf(doc, ['textarea[name="_to"]', 'input[name="_to"]']) as HTMLTextAreaElement | HTMLInputElement | null;
  const chip = firstOf(doc, ['#compose_to .recipient-input .recipient .email', '#compose_to .recipient-input .recipient']);
  const email = emailIn(to?.value || to?.textContent || null) ?? emailIn(labelText(chip));
  const subject = (firstOf(doc, ['input[name="_subject"]']) as HTMLInputElement | null)?.value ?? '';
  return { email, subject };
}

/** The address in the frame's real location: its src attribute keeps the first mail opened. */
function frameLocation(frame: Element | null): string | null {
  try {
    const href = (frame as HTMLIFrameElement | null)?.contentWindow?.location?.href;
    return href && href !== 'about:blank' ? href : null;
  } catch {
    return null;
  }
}

/**
 * One key for one mail however it is shown: the list page's preview, the full view and the reply
 * compose. Roundcube puts the Message-ID only into the compose page (env.reply_msgid), not into the
 * views, so the key every page can compute is the other party's address with the subject (reply
 * prefixes removed): "thread:sara@example.net|refund for order 5521". Without those, the Message-ID,
 * then folder and uid (from the URL, the page's env, or the preview frame's real location).
 */
function roundcubeKey(doc: Document, url: URL): string | null {
  const view = messageDoc(doc);
  if (view) {
    const who = senderOf(view);
    const subject = threadSubject(viewSubject(view));
    const me = emailIn(scriptValue(view, 'username') ?? scriptValue(doc, 'username'));
    // A mail the agent sent keys on its recipient: that is who the conversation is with.
    const other = who.email && who.email !== me ? who.email : emailIn(labelText(firstOf(view, ['.header.to .rcmContactAddress', '.header-headers .to .rcmContactAddress'])));
    if (other && subject) return `thread:${other}|${subject}`;
  } else if (composeTextarea(doc)) {
    const c = composeCorrespondent(doc);
    const subject = threadSubject(c.subject);
    if (c.email && subject) return `thread:${c.email}|${subject}`;
    const replyTo = scriptValue(doc, 'reply_msgid');
    if (replyTo) return replyTo.replace(/^<|>$/g, '');
  }
  const frame = firstOf(doc, ['iframe#messagecontframe']);
  const inFrameDoc = frame ? frameDocument(frame) : null;
  for (const d of inFrameDoc ? [inFrameDoc, doc] : [doc]) {
    const uid = scriptValue(d, 'uid');
    if (uid) return `${scriptValue(d, 'mailbox') ?? 'INBOX'}/${uid}`;
  }
  const fromUrl = uidKey(url) ?? (frame ? safeUidKey(frameLocation(frame), url) : null);
  if (fromUrl) return fromUrl;
  const composeId = url.searchParams.get('_id') ?? scriptValue(doc, 'compose_id');
  return composeId ? `compose-${composeId}` : null;
}

function safeUidKey(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    return uidKey(new URL(href, base));
  } catch {
    return null;
  }
}

export const adapter: SiteAdapter = {
  id: 'roundcube',
  name: 'Roundcube Webmail',
  hosts: hostsOf('roundcube'),
  // The cheap mail-page markers first: isRoundcube may read every inline script.
  matches: (_url, doc) => mailPage(doc) && isRoundcube(doc),
  conversationId: (doc, url) => roundcubeKey(doc, url),
  messages(doc) {
    const view = messageDoc(doc);
    if (view) return viewMessages(view, doc);
    return composeMessages(doc);
  },
  findEditor(doc) {
    const ta = composeTextarea(doc);
    if (!ta) return null;
    const frame = tinymceFrame(doc, ta);
    if (frame) return frame;
    return isLiveEditor(ta) && !isHidden(ta) ? ta : null;
  },
};
