/**
 * HubSpot conversations inbox and help desk (app.hubspot.com, app-eu1.hubspot.com). RECONSTRUCTED:
 * HubSpot's client is closed source and no public fixtures or consistent selectors were found
 * (shared/corpus/pages/DOM-ANCHORS.md). HubSpot's UI library marks components with
 * `data-test-id`, so the adapter keys on such attributes and on structure, never on its
 * generated class names (e.g. `sc-…`, `private-…` hashes):
 *
 * - Conversation: `/live-messages/<portalId>/inbox/<threadId>` or
 *   `/help-desk/<portalId>/…/(ticket|thread)/<id>`.
 * - Messages: items with `data-message-id`, oldest first as the thread view lists them (sorted by
 *   their `time[datetime]` when every item has one). Direction from the item's own markers:
 *   `data-direction` / `data-test-id` words (incoming, outgoing, comment, internal).
 *   Comments (HubSpot's internal notes, "@mention" threads) are notes.
 * - Body: `[data-test-id="message-body"]` (email bodies keep quoted history in <blockquote> or
 *   `.hs_reply` blocks, dropped).
 * - Reply editor: the contenteditable inside the composer (`[data-test-id*="composer"]`), a
 *   ProseMirror or Draft.js surface; null while the composer is collapsed.
 */
import type { SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, authorFromMarkers, cleanText, editorIn, firstOf, hostIn, isHidden, labelText, oldestFirst, timeOf } from './util.ts';

const HOSTS = hostsOf('hubspot');
const INBOX = /^\/live-messages\/(\d+)\/inbox\/(\d+)/;
const HELP_DESK = /^\/help-desk\/(\d+)\/.*?\/(ticket|thread)\/(\d+)/;
const ITEM = ['[data-message-id]'];
const BODY = ['[data-test-id="message-body"]'];
const NOT_BODY = ['blockquote', '.hs_reply', '.gmail_quote', '[data-test-id="message-header"]'];
const SENDER = ['[data-test-id="message-sender-name"]'];
const MARKER_ATTRS = ['data-direction', 'data-test-id', 'data-message-type', 'data-sender-type'];
const EDITOR = [
  '[data-test-id*="composer"] .ProseMirror[contenteditable="true"]',
  '[data-test-id*="composer"] .public-DraftEditor-content[contenteditable="true"]',
  '[data-test-id*="composer"] [contenteditable="true"][role="textbox"]',
  '[data-test-id*="composer"] [contenteditable="true"]',
];

export const adapter: SiteAdapter = {
  id: 'hubspot',
  name: 'HubSpot inbox',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && (url.pathname.startsWith('/live-messages/') || url.pathname.startsWith('/help-desk/')),
  conversationId(_doc, url) {
    const inbox = INBOX.exec(url.pathname);
    if (inbox) return `thread-${inbox[2]}`;
    const desk = HELP_DESK.exec(url.pathname);
    return desk ? `${desk[2]}-${desk[3]}` : null;
  },
  messages(doc) {
    const out: ThreadMessage[] = [];
    for (const el of allOf(doc, ITEM)) {
      if (isHidden(el)) continue;
      const body = firstOf(el, BODY);
      const text = cleanText(body, { strip: NOT_BODY });
      if (!text) continue;
      out.push({
        author: authorFromMarkers(el, MARKER_ATTRS) ?? 'unknown',
        sender: labelText(firstOf(el, SENDER)) || undefined,
        text,
        time: timeOf(el, ['time[datetime]']),
        element: body ?? el,
      });
    }
    return oldestFirst(out);
  },
  findEditor: (doc) => editorIn(doc, EDITOR),
};
