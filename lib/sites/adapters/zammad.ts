/**
 * Zammad agent interface (the CoffeeScript/Eco "legacy desktop" UI), hosted (*.zammad.com) or
 * self-hosted (recognised by its markup on any host). Reconstructed from Zammad's own templates
 * (app/assets/javascripts/app/views/ticket_zoom.jst.eco, ticket_zoom/article_view.jst.eco,
 * ticket_zoom/article_new.jst.eco and controllers/ticket_zoom/article_view.coffee), not captured
 * from a live instance.
 *
 * - Ticket: route `#ticket/zoom/<id>`; each open ticket is a task `#content_permanent_Ticket-<id>`
 *   holding a `.ticketZoom` (other open tickets stay in the DOM in hidden tabs, so the routed, else
 *   the visible / active one is used).
 * - Articles: `.ticket-article-item[data-id]` with the sender type as a class (`customer`, `agent`,
 *   `system`) and `is-internal` for internal notes. Body: `.textBubble-content .richtext-content`;
 *   the signature starts at `.js-signatureMarker`.
 * - Reply editor: `form.article-add .articleNewEdit-body[contenteditable="true"]` (`data-name="body"`).
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { cleanText, editorIn, firstOf, hostIn, intOf, isHidden, labelText, queryAll, timeOf } from './util.ts';

const HOSTS = hostsOf('zammad');
const ZOOM_ROUTE = /^#ticket\/zoom\/(\d+)/;
const ITEM = '.ticket-article-item';
const BODY = ['.textBubble-content .richtext-content', '.textBubble-content', '.richtext-content', '.text-bubble', '.textBubble'];
const NOT_BODY = ['blockquote', '.textBubble-overflowContainer', '.js-toggleFold', '.bubble-arrow', '.attachments', '.article-attachment'];
const EDITOR = [
  '.article-add .articleNewEdit-body[contenteditable="true"]',
  '.article-add [data-name="body"][contenteditable="true"]',
  '.article-add .js-textarea[contenteditable="true"]',
];

function hasZammadMarkup(doc: Document): boolean {
  return !!firstOf(doc, ['.ticketZoom', `${ITEM}[data-id]`, 'form.article-add']);
}

/** The open ticket's view: the one not hidden, preferring an active tab and the routed ticket. */
function zoomRoot(doc: Document, url?: URL): ParentNode {
  const zooms = queryAll(doc, '.ticketZoom');
  if (!zooms.length) return doc;
  const id = url ? ZOOM_ROUTE.exec(url.hash)?.[1] : undefined;
  if (id) {
    const routed = zooms.find((z) => z.closest(`#content_permanent_Ticket-${id}`));
    if (routed) return routed;
  }
  const visible = zooms.filter((z) => !isHidden(z));
  return visible.find((z) => z.closest('.active')) ?? visible[visible.length - 1] ?? zooms[zooms.length - 1];
}

function authorOf(item: Element): Author {
  const cls = item.classList;
  if (cls.contains('is-internal') || item.querySelector('.internal-border.is-internal, .text-bubble.internal')) return 'note';
  if (cls.contains('customer')) return 'customer';
  if (cls.contains('agent') || cls.contains('system')) return 'agent';
  return 'unknown';
}

function currentUrl(doc: Document): URL | undefined {
  try {
    return new URL(doc.location?.href ?? '');
  } catch {
    return undefined;
  }
}

export const adapter: SiteAdapter = {
  id: 'zammad',
  name: 'Zammad',
  hosts: HOSTS,
  matches(url, doc) {
    if (!hasZammadMarkup(doc)) return false;
    return hostIn(url, HOSTS) || ZOOM_ROUTE.test(url.hash) || !!firstOf(doc, ['.ticketZoom .ticket-article', `.ticketZoom ${ITEM}`]);
  },
  conversationId(doc, url) {
    const fromHash = ZOOM_ROUTE.exec(url.hash)?.[1];
    if (fromHash) return fromHash;
    const root = zoomRoot(doc);
    const holder = (root as Element).closest?.('[id^="content_permanent_Ticket-"]');
    const fromHolder = /^content_permanent_Ticket-(\d+)$/.exec(holder?.id ?? '')?.[1];
    if (fromHolder) return fromHolder;
    const number = labelText(firstOf(root, ['.ticket-number']));
    return number ? `#${number}` : null;
  },
  messages(doc) {
    const root = zoomRoot(doc, currentUrl(doc));
    const items = queryAll(root, `${ITEM}[data-id]`)
      .map((el, i) => ({ el, i, id: intOf(el.getAttribute('data-id')) }))
      .sort((a, b) => (Number.isNaN(a.id) || Number.isNaN(b.id) ? a.i - b.i : a.id - b.id));
    const out: ThreadMessage[] = [];
    for (const { el } of items) {
      const body = firstOf(el, BODY);
      const text = cleanText(body, { strip: NOT_BODY, cutAt: ['.js-signatureMarker'] });
      if (!text) continue;
      const from = firstOf(el, ['.article-meta.top .article-meta-value']);
      out.push({ author: authorOf(el), sender: labelText(from) || undefined, text, time: timeOf(el, ['time[datetime]', '[data-time]', '.task-subline']), element: body ?? el });
    }
    return out;
  },
  findEditor(doc) {
    const root = zoomRoot(doc, currentUrl(doc));
    return editorIn(root, EDITOR);
  },
};
