/**
 * Request Tracker 5 (self-hosted, any host). Markup from RT 5.0.3's own Mason templates
 * (share/html/Elements/Header, ShowHistoryHeader, ShowTransaction, ShowTransactionAttachments,
 * ShowMessageStanza, Ticket/Elements/ShowPeople, Ticket/Update.html, Elements/MessageBox).
 *
 * - Page: `<body id="comp-Ticket-Display">` / `comp-Ticket-Update` (the component path), the inline
 *   `window.RT = {}` config script, `#rt-header-container`.
 * - History: `div.history.ticket#ticket-<id>-history`, one `div.transaction[data-transaction-id]`
 *   per transaction; Create / Correspond / Comment carry the class `message`. The history can be
 *   shown newest first (ReverseTxns), so messages are sorted by transaction id.
 * - Who wrote it: the creator's `span.user[data-user-id]` in `.metadata .description`, compared
 *   with the requestors' `[data-user-id]` in `.requestors` (People box). A requestor is the
 *   customer; anyone else is staff. RT renders Comment and Correspond transactions identically
 *   except for the localized description ("Comments added"), so comments are recognised by that
 *   text in RT's own translations (plus a `comment` class or data-transaction-type, if a local
 *   callback adds one).
 * - Reply page (Ticket/Update.html): textarea `UpdateContent`; with rich text on, CKEditor 4 hides
 *   it and edits in `#cke_UpdateContent iframe.cke_wysiwyg_frame`. RT shows no history there; the
 *   message being answered is quoted into the editor (`div.gmail_quote > blockquote`, or "> "
 *   lines in plain text), which the adapter reports as the customer message.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import {
  cleanText,
  firstOf,
  frameDocument,
  inertBody,
  intOf,
  isHidden,
  isLiveEditor,
  labelText,
  queryAll,
  quoteInPlainText,
  quoteInRichBody,
  scriptHas,
} from './util.ts';

/** "Comments added" as RT's lexicons render it (share/po/*.po of RT 5.0.3). */
const COMMENT_LABELS = [
  'Comments added', // en
  'توضیحات اضافه شد', // fa
  'Kommentar hinzugefügt', // de
  'Commentaires ajoutés', // fr
  'Comentarios añadidos', // es
  'Aggiunti commenti', // it
  'Commentaar toegevoegd', // nl
  'Comentários adicionados', // pt, pt_BR
  'Добавлен комментарий', // ru
  'コメントが追加されました', // ja
  '创建注释完成', // zh_CN
  '新增評論完畢', // zh_TW
  'تم إضافة التعليقات', // ar
  'Yorumlar eklendi', // tr
  'Komentarze zostały dodane', // pl
  'Kommentarer tillagda', // sv
  'Komentáře přidány', // cs
].map((s) => s.toLowerCase());

const PAGES = new Set(['comp-Ticket-Display', 'comp-Ticket-Update']);
const TXN = '.history .transaction[data-transaction-id]';
const EDITOR_NAME = 'UpdateContent';

/** Parts of a transaction body that are not the message: headers, attachments, folded quotes, UI. */
const NOT_BODY = [
  'table',
  '.downloadattachment',
  '.message-stanza-folder',
  '.message-stanza .message-stanza',
  'blockquote',
  '.gmail_quote',
  '.details',
  '.unclip',
  '.reclip',
  '.customfields-container',
];

function isRtPage(doc: Document): boolean {
  const id = doc.body?.id ?? '';
  if (id.startsWith('comp-Ticket-')) return true;
  return !!doc.getElementById('rt-header-container') || scriptHas(doc, /window\.RT\s*=\s*\{\}|RT\.CurrentUser\s*=/);
}

function ticketPage(doc: Document): boolean {
  if (PAGES.has(doc.body?.id ?? '')) return true;
  return !!firstOf(doc, [TXN, `textarea[name="${EDITOR_NAME}"]`]);
}

function requestorIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of queryAll(doc, '.requestors [data-user-id]')) {
    const id = el.getAttribute('data-user-id');
    if (id) ids.add(id);
  }
  return ids;
}

function creatorOf(txn: Element): Element | null {
  return firstOf(txn, ['.metadata .description .user[data-user-id]', '.metadata .description .user', '.metadata [data-user-id]']);
}

function isComment(txn: Element): boolean {
  const type = (txn.getAttribute('data-transaction-type') ?? '').toLowerCase();
  if (type) return type === 'comment';
  if (txn.classList.contains('comment')) return true;
  const desc = labelText(firstOf(txn, ['.metadata .description'])).toLowerCase();
  return COMMENT_LABELS.some((l) => desc.includes(l));
}

function bodyOf(txn: Element): Element | null {
  return firstOf(txn, [':scope > .content', '.content']);
}

/** The page's ticket id: ?id=, the update form's hidden id, or the history box id. */
function ticketId(doc: Document, url: URL): string | null {
  const fromUrl = url.searchParams.get('id');
  if (fromUrl && /^\d+$/.test(fromUrl)) return fromUrl;
  const hidden = firstOf(doc, ['form[name="TicketUpdate"] input[name="id"]', 'input[type="hidden"][name="id"]']);
  const v = hidden?.getAttribute('value');
  if (v && /^\d+$/.test(v)) return v;
  const history = firstOf(doc, ['.history.ticket[id^="ticket-"]']);
  const m = /^ticket-(\d+)-history$/.exec(history?.id ?? '');
  return m ? m[1] : null;
}

function historyMessages(doc: Document): ThreadMessage[] {
  const txns = queryAll(doc, TXN)
    .filter((t) => t.classList.contains('message') || !!t.querySelector('.messagebody'))
    .map((el) => ({ el, id: intOf(el.getAttribute('data-transaction-id')) }))
    .sort((a, b) => (Number.isNaN(a.id) || Number.isNaN(b.id) ? 0 : a.id - b.id));
  if (!txns.length) return [];

  const requestors = requestorIds(doc);
  // Without a People box, whoever opened the ticket stands for the customer.
  const openerId = requestors.size ? null : (creatorOf(txns[0].el)?.getAttribute('data-user-id') ?? null);

  const out: ThreadMessage[] = [];
  for (const { el } of txns) {
    const creator = creatorOf(el);
    const creatorId = creator?.getAttribute('data-user-id') ?? null;
    let author: Author;
    if (isComment(el)) author = 'note';
    else if (creatorId && requestors.has(creatorId)) author = 'customer';
    else if (requestors.size) author = 'agent';
    else if (openerId && creatorId === openerId) author = 'customer';
    else author = creatorId ? 'agent' : 'unknown';
    const body = bodyOf(el);
    const text = cleanText(body, { strip: NOT_BODY });
    if (!text) continue;
    const time = labelText(firstOf(el, ['.metadata .date'])) || undefined;
    out.push({ author, sender: labelText(creator) || undefined, text, time, element: firstOf(body, ['.messagebody']) ?? body ?? el });
  }
  return out;
}

function editorTextarea(doc: Document): HTMLTextAreaElement | null {
  const ta = firstOf(doc, [`textarea#${EDITOR_NAME}`, `textarea[name="${EDITOR_NAME}"]`]);
  return ta ? (ta as HTMLTextAreaElement) : null;
}

function ckeditorFrame(doc: Document): Element | null {
  return firstOf(doc, [
    `#cke_${EDITOR_NAME} iframe.cke_wysiwyg_frame`,
    `.cke_editor_${EDITOR_NAME} iframe.cke_wysiwyg_frame`,
    `#cke_${EDITOR_NAME} iframe`,
  ]);
}

/** The message quoted into the reply editor (RT puts the answered transaction there). */
function quotedMessage(doc: Document): ThreadMessage | null {
  const frame = ckeditorFrame(doc);
  const frameBody = frameDocument(frame)?.body ?? null;
  let text = quoteInRichBody(frameBody);
  const ta = editorTextarea(doc);
  if (!text && ta) {
    const value = ta.value || ta.textContent || '';
    if (/<(?:blockquote|div|p|br)\b/i.test(value)) text = quoteInRichBody(inertBody(doc, value));
    text ??= quoteInPlainText(value);
  }
  if (!text) return null;
  return { author: 'customer', text, element: frame ?? ta ?? undefined };
}

export const adapter: SiteAdapter = {
  id: 'rt',
  name: 'Request Tracker',
  hosts: hostsOf('rt'),
  // The cheap ticket-page markers first: isRtPage may read every inline script.
  matches: (_url, doc) => ticketPage(doc) && isRtPage(doc),
  conversationId: (doc, url) => ticketId(doc, url),
  messages(doc) {
    const history = historyMessages(doc);
    if (history.length) return history;
    const quoted = quotedMessage(doc);
    return quoted ? [quoted] : [];
  },
  historyUrls(doc, url) {
    const id = ticketId(doc, url);
    if (!id) return [];
    // RT may live under a path ("/rt/Ticket/Update.html"): keep what comes before "Ticket/".
    const base = url.pathname.replace(/Ticket\/[^/]*$/, '');
    const at = (path: string) => new URL(`${base}${path}?id=${encodeURIComponent(id)}`, url.origin).href;
    // Display.html has the People box (who the requestors are) and, unless RT delays it, the
    // history; the history helper is what Display.html loads when ShowHistory is "delay".
    return [at('Ticket/Display.html'), at('Helpers/TicketHistory')];
  },
  findEditor(doc) {
    const ta = editorTextarea(doc);
    if (!ta) return null;
    const frame = ckeditorFrame(doc);
    if (frame) return frame;
    return isLiveEditor(ta) && !isHidden(ta) ? ta : null;
  },
};
