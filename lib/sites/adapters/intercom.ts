/**
 * Intercom inbox (app.intercom.com and the EU/AU regional hosts). LOW CONFIDENCE: no saved
 * Intercom page or public selector set exists, so this reads only what a conversation stream
 * must carry and accepts several spellings of it:
 * - route: …/conversation/<id> (new inbox) or …/conversations/<id> (older one);
 * - parts: an element with a part id (`data-part-id`, `data-conversation-part-id`) or the
 *   `conversation__part` block; who wrote it from the part's own type attribute
 *   (`data-part-type` / `data-author-type`: user, lead, contact / admin, bot / note) or its `o__`
 *   modifier classes (`o__user`, `o__admin`, `o__bot`, `o__note`);
 * - the composer: ProseMirror (`.ProseMirror[contenteditable]`), the editor kind Intercom uses.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, cleanText, editorIn, firstOf, hostIn, labelText, pathMatch, timeOf } from './util.ts';

const HOSTS = hostsOf('intercom');
const CONVERSATION_PATH = /\/conversations?\/(\d+)/;

const PART = ['[data-part-id]', '[data-conversation-part-id]', '.conversation__part'];
const BODY = ['[data-part-body]', '.conversation__part__body'];
const SENDER = ['[data-part-author]', '.conversation__part__author'];
const STRIP = ['.gmail_quote', 'blockquote[type="cite"]'];
const EDITOR = [
  '[data-composer] .ProseMirror[contenteditable="true"]',
  '.conversation__composer .ProseMirror[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
];

function typeOf(part: Element): Author | 'event' {
  const attrs = ['data-part-type', 'data-author-type', 'data-sender-type'].map((a) => part.getAttribute(a) ?? '').join(' ');
  const cls = typeof part.className === 'string' ? part.className : '';
  const t = `${attrs} ${cls}`.toLowerCase();
  const has = (w: string) => new RegExp(`(^|[\\s_-])${w}($|[\\s_-])`).test(t);
  if (has('note') || has('o__note')) return 'note';
  if (has('event') || has('o__event') || has('assignment') || has('state-change')) return 'event';
  if (has('user') || has('lead') || has('contact') || has('visitor') || has('o__user') || has('o__lead') || has('o__contact')) return 'customer';
  if (has('admin') || has('teammate') || has('bot') || has('operator') || has('o__admin') || has('o__bot')) return 'agent';
  return 'unknown';
}

export const adapter: SiteAdapter = {
  id: 'intercom',
  name: 'Intercom',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && url.pathname.startsWith('/a/'),
  conversationId: (_doc, url) => pathMatch(url, CONVERSATION_PATH),
  messages(doc) {
    const out: ThreadMessage[] = [];
    for (const part of allOf(doc, PART)) {
      if (part.closest('[contenteditable="true"]')) continue;
      const type = typeOf(part);
      if (type === 'event') continue;
      const body = firstOf(part, BODY);
      const text = cleanText(body, { strip: STRIP });
      if (!body || !text) continue;
      out.push({ author: type, sender: labelText(firstOf(part, SENDER)) || undefined, text, time: timeOf(part), element: body });
    }
    return out;
  },
  findEditor: (doc) => editorIn(doc, EDITOR),
};
