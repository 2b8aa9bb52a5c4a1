/**
 * Zendesk Agent Workspace. Everything here is a `data-test-id` Zendesk ships in production:
 * the conversation log `omni-log-container`, one `article[omni-log-comment-item]` per comment,
 * the body `omni-log-message-content` inside `omni-log-item-message` whose `type` attribute says
 * who wrote it ("end-user", "agent", "internal"), the `omni-log-internal-note-tag` on internal
 * notes, the agent avatar badge, and the CKEditor 5 composer `omnicomposer-rich-text-ckeditor`
 * (messaging tickets: `omnicomposer-plain-text-ckeditor`). Several tickets can be open as tabs;
 * each sits in its own `[data-ticket-id]` pane and only the one on screen is read.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, cleanText, editorIn, firstOf, hostIn, isHidden, labelText, pathMatch, timeOf } from './util.ts';

const HOSTS = hostsOf('zendesk');

const LOG = '[data-test-id="omni-log-container"]';
const ITEM = ['article[data-test-id="omni-log-comment-item"]', '[data-test-id="omni-log-comment-item"]'];
const BODY = ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]'];
const SENDER = ['[data-test-id="omni-log-comment-user-link"]', '[data-test-id="omni-log-item-sender"]'];
const TIME = ['time[data-test-id="timestamp-relative"][datetime]', 'time[data-test-id="timestamp-absolute"][datetime]', 'time[datetime]'];
const NOTE_TAG = '[data-test-id="omni-log-internal-note-tag"]';
const AGENT_BADGE = '[data-test-id^="omni-log-avatar-badge-AgentBadge"], [data-test-id^="omni-log-avatar-badge-Agent"]';
const STRIP = [
  '[data-test-id="convo-log-item-read-indicator"]',
  '[data-test-id="convo-log-item-delivered-indicator"]',
  '.gmail_quote',
  'blockquote[type="cite"]',
  'svg',
];
const EDITOR = [
  '.ck-editor__editable[contenteditable="true"][role="textbox"][data-test-id="omnicomposer-rich-text-ckeditor"]',
  '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="ticket-rich-text-editor"] .ck-editor__editable[contenteditable="true"]',
];

const TICKET_PATH = /^\/agent\/tickets\/(\d+)/;

/** The ticket pane on screen: the one for the URL's ticket, else the first visible one with a log. */
function ticketPane(doc: Document): ParentNode {
  let id: string | null = null;
  try {
    const path = doc.location?.pathname ?? '';
    id = TICKET_PATH.exec(path)?.[1] ?? null;
  } catch {
    id = null;
  }
  const panes = Array.from(doc.querySelectorAll('[data-ticket-id]')).filter((p) => !isHidden(p) && (p.querySelector(LOG) || p.querySelector(EDITOR.join(','))));
  const byId = id ? panes.find((p) => p.getAttribute('data-ticket-id') === id) : undefined;
  return byId ?? panes[0] ?? doc;
}

function authorOf(item: Element): Author {
  if (item.querySelector(NOTE_TAG)) return 'note';
  const type = (item.querySelector('[data-test-id="omni-log-item-message"][type]')?.getAttribute('type') ?? '').toLowerCase();
  if (type === 'internal') return 'note';
  if (type === 'end-user' || type === 'end_user' || type === 'requester') return 'customer';
  if (type) return 'agent'; // "agent", "bot", "system"
  if (item.querySelector(AGENT_BADGE)) return 'agent';
  return 'unknown';
}

export const adapter: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && url.pathname.startsWith('/agent'),
  conversationId: (_doc, url) => pathMatch(url, TICKET_PATH),
  messages(doc) {
    const pane = ticketPane(doc);
    const log = firstOf(pane, [LOG]) ?? pane;
    const out: ThreadMessage[] = [];
    for (const item of allOf(log, ITEM)) {
      const message = item.querySelector('[data-test-id="omni-log-item-message"]');
      if (message?.getAttribute('aria-hidden') === 'true') continue;
      const body = firstOf(item, BODY);
      const text = cleanText(body, { strip: STRIP });
      if (!body || !text) continue;
      out.push({
        author: authorOf(item),
        sender: labelText(firstOf(item, SENDER)) || undefined,
        text,
        time: timeOf(item, TIME),
        element: body,
      });
    }
    return out;
  },
  findEditor(doc) {
    const pane = ticketPane(doc);
    if (pane === doc) return editorIn(doc, EDITOR);
    // A composer outside every ticket pane is shared; one in another ticket's pane is not ours.
    const otherTicket = (el: Element) => {
      const owner = el.closest('[data-ticket-id]');
      return !!owner && owner !== pane && !owner.contains(pane as Element);
    };
    return editorIn(pane, EDITOR) ?? editorIn(doc, EDITOR, otherTicket);
  },
};
