/**
 * Freshdesk (agent UI at <account>.freshdesk.com/a/tickets/<n>, or a custom support domain).
 * LOW CONFIDENCE: no saved Freshdesk page or consistent public selector set exists. What this
 * relies on, most stable first:
 * - routes: /a/tickets/<n>; who wrote an entry from the link on their name, /a/contacts/<id>
 *   (a requester) versus /a/agents/<id> (an agent);
 * - the conversation entries `[data-album]` holding `.ticket-details__item` (public userscript),
 *   with `incoming`/`outgoing`/`private-note` markers in their classes or test ids;
 * - Froala (`.fr-element.fr-view[contenteditable]`) for the reply and note editor, older
 *   Redactor (`.redactor-editor`); Freshdesk's own quote block `.freshdesk_quote`.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, cleanText, editorIn, firstOf, hostIn, labelText, markersOf, pathMatch, timeOf } from './util.ts';

const HOSTS = hostsOf('freshdesk');
const TICKET_PATH = /^\/a\/tickets\/(\d+)/;

const ITEM = ['[data-album]', '.ticket-details__item', '.private-note'];
const BODY = [
  '.fr-view:not([contenteditable])',
  '.ticket-details__item-content',
];
const SENDER = ['a[href*="/a/contacts/"]', 'a[href*="/a/agents/"]', '.user-name'];
const TIME = ['time[datetime]'];
const STRIP = ['.freshdesk_quote', 'blockquote.freshdesk_quote', '.gmail_quote', '.attachments'];
const EDITOR = [
  '.fr-element.fr-view[contenteditable="true"]',
  '.fr-element[contenteditable="true"]',
  '.redactor-editor[contenteditable="true"]',
];
const MARKER_ATTRS = ['data-test-id', 'data-testid', 'data-type', 'data-source'];

function authorOf(item: Element): Author {
  const own = markersOf(item, item.parentElement, MARKER_ATTRS);
  const inner = Array.from(item.querySelectorAll('[class], [data-test-id], [data-testid]'))
    .slice(0, 12)
    .map((e) => markersOf(e, e.parentElement, MARKER_ATTRS))
    .join(' ');
  const marks = `${own} ${inner}`;
  if (/(private[-_ ]?note|is-private|\bnote\b)/.test(marks)) return 'note';
  // The name links to the person's profile: contacts are requesters, agents are agents.
  const link = item.querySelector('a[href*="/a/contacts/"], a[href*="/a/agents/"]');
  const href = link?.getAttribute('href') ?? '';
  if (href.includes('/contacts/')) return 'customer';
  if (href.includes('/agents/')) return 'agent';
  if (/(incoming|requester|from-contact)/.test(marks)) return 'customer';
  if (/(outgoing|agent-reply|from-agent)/.test(marks)) return 'agent';
  return 'unknown';
}

function bodyOf(item: Element): Element | null {
  return firstOf(item, BODY);
}

export const adapter: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: HOSTS,
  matches(url, doc) {
    if (hostIn(url, HOSTS)) return url.pathname.startsWith('/a/');
    // A helpdesk on its own domain: the agent route plus Freshdesk's assets in the page.
    return TICKET_PATH.test(url.pathname) && !!doc.querySelector('script[src*="freshdesk.com/"], link[href*="freshdesk.com/"], script[src*="freshworks"]');
  },
  conversationId: (_doc, url) => pathMatch(url, TICKET_PATH),
  messages(doc) {
    const out: ThreadMessage[] = [];
    for (const item of allOf(doc, ITEM)) {
      if (item.closest('[contenteditable="true"]')) continue;
      const body = bodyOf(item);
      const text = cleanText(body, { strip: STRIP });
      if (!body || !text) continue;
      out.push({ author: authorOf(item), sender: labelText(firstOf(item, SENDER)) || undefined, text, time: timeOf(item, TIME), element: body });
    }
    return out;
  },
  findEditor: (doc) => editorIn(doc, EDITOR),
};
