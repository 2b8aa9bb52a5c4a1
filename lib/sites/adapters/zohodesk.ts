/**
 * Zoho Desk agent interface (desk.zoho.com and its regional hosts). RECONSTRUCTED: Zoho Desk's
 * client is closed source and no public fixtures or stable selectors were found (see
 * shared/corpus/pages/DOM-ANCHORS.md), so this adapter keys on what a ticket view has to expose
 * rather than on Zoho's build-generated class names:
 *
 * - Ticket: the route `/agent/<portal>/<department>/tickets/details/<ticketId>` (older
 *   `#Cases/dv/<ticketId>`).
 * - Conversation items: elements carrying a thread or comment id (`data-thread-id`,
 *   `data-comment-id`, `data-id="threadItem" | "commentItem"`), read in time order (Zoho can list
 *   newest first). Direction from the item's own markers (`data-direction="in" | "out"`, words
 *   like incoming/outgoing/comment/private in its class or data-id); comments are notes.
 * - Body: `[data-id="threadContent"]` / `[data-id="commentContent"]`, without quoted history.
 * - Reply editor (only after "Reply" is clicked): Zoho's rich editor, an iframe (`iframe.ze_area`
 *   or the iframe inside `[data-id="replyEditor"]`), or a contenteditable there.
 */
import type { SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, authorFromMarkers, cleanText, editorIn, firstOf, frameDocument, hostIn, isHidden, labelText, oldestFirst, queryAll, timeOf } from './util.ts';

const HOSTS = hostsOf('zohodesk');

const TICKET_PATH = /\/tickets\/details\/(\d+)/;
const TICKET_HASH = /#Cases\/dv\/(\d+)/;
const ITEM = '[data-thread-id], [data-comment-id], [data-id="threadItem"], [data-id="commentItem"]';
const BODY = ['[data-id="threadContent"]', '[data-id="commentContent"]'];
const NOT_BODY = ['blockquote', '[data-id="threadHeader"]', '[data-id="commentHeader"]'];
const SENDER = ['[data-id="authorName"]'];
const MARKER_ATTRS = ['data-direction', 'data-id', 'data-type', 'data-test-id'];
const EDITOR_FRAMES = ['[data-id="replyEditor"] iframe', '[data-id="editorContainer"] iframe', 'iframe.ze_area'];
const EDITOR_EDITABLES = [
  '[data-id="replyEditor"] [contenteditable="true"]',
  '.ze_area[contenteditable="true"]',
];

function ticketId(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? TICKET_HASH.exec(url.hash)?.[1] ?? null;
}

function authorOf(item: Element): ThreadMessage['author'] {
  if (item.hasAttribute('data-comment-id') || item.getAttribute('data-id') === 'commentItem') return 'note';
  return authorFromMarkers(item, MARKER_ATTRS) ?? 'unknown';
}

export const adapter: SiteAdapter = {
  id: 'zohodesk',
  name: 'Zoho Desk',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && (url.pathname.startsWith('/agent/') || url.pathname.startsWith('/support/')),
  conversationId: (_doc, url) => ticketId(url),
  messages(doc) {
    const items = allOf(doc, [ITEM]).filter((el) => !isHidden(el));
    const found: ThreadMessage[] = [];
    for (const el of items) {
      const body = firstOf(el, BODY);
      const text = cleanText(body, { strip: NOT_BODY });
      if (!text) continue;
      found.push({
        author: authorOf(el),
        sender: labelText(firstOf(el, SENDER)) || undefined,
        text,
        time: timeOf(el),
        element: body ?? el,
      });
    }
    return oldestFirst(found);
  },
  findEditor(doc) {
    for (const sel of EDITOR_FRAMES) {
      const frame = queryAll(doc, sel).filter((f) => !isHidden(f)).pop();
      if (frame) {
        // A readable frame must hold an editable body; an unreadable one is still Zoho's editor.
        const body = frameDocument(frame)?.body;
        if (!body || body.isContentEditable || body.getAttribute('contenteditable') === 'true' || frameDocument(frame)?.designMode === 'on') return frame;
      }
    }
    return editorIn(doc, EDITOR_EDITABLES);
  },
};
