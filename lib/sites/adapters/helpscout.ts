/**
 * Help Scout (secure.helpscout.net/conversation/<id>/<number>). LOW-TO-MEDIUM CONFIDENCE: the
 * thread markup is the one a public Help Scout extension relies on: one `article.thread` per
 * thread with id "thread-<id>" and its type as a class (`customer`, `message` for an agent
 * reply, `note` for a note, `lineitem` for status events), the body in `section.messageBody`,
 * the header in `section.threadHeader`. Help Scout can list threads newest first, so messages
 * are ordered by their timestamps when every thread has one. The reply editor is the
 * contenteditable of the reply form (Redactor, ProseMirror or Slate), never one inside a thread.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, cleanText, editorIn, firstOf, hostIn, labelText, oldestFirst, pathMatch, timeOf } from './util.ts';

const HOSTS = hostsOf('helpscout');
const CONVERSATION_PATH = /^\/conversation\/(\d+)/;

const THREAD = ['article.thread', 'article[id^="thread-"]'];
const BODY = ['section.messageBody', '.messageBody', '.js-thread-content .message', '.js-thread-content'];
const SENDER = ['.threadHeader .from', '.threadHeader strong'];
const TIME = ['time[datetime]'];
const STRIP = ['.gmail_quote', '.quoted', '.attachments', '.threadHeader'];
const EDITOR = [
  '.redactor-editor[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[data-slate-editor="true"][contenteditable="true"]',
  'form [contenteditable="true"][role="textbox"]',
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
];

function typeOf(thread: Element): Author | 'event' {
  const t = `${thread.getAttribute('data-thread-type') ?? ''} ${thread.getAttribute('data-type') ?? ''} ${typeof thread.className === 'string' ? thread.className : ''}`.toLowerCase();
  const has = (w: string) => new RegExp(`(^|[\\s_-])${w}($|[\\s_-])`).test(t);
  if (has('lineitem') || has('line-item') || has('event')) return 'event';
  if (has('note')) return 'note';
  if (has('customer')) return 'customer';
  if (has('message') || has('reply') || has('forward') || has('chat-agent')) return 'agent';
  return 'unknown';
}

export const adapter: SiteAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS) && /^\/(conversation|inboxes|mailbox)\//.test(url.pathname),
  conversationId: (_doc, url) => pathMatch(url, CONVERSATION_PATH),
  messages(doc) {
    const out: ThreadMessage[] = [];
    for (const thread of allOf(doc, THREAD)) {
      const type = typeOf(thread);
      if (type === 'event') continue;
      const body = firstOf(thread, BODY);
      const text = cleanText(body, { strip: STRIP });
      if (!body || !text) continue;
      out.push({ author: type, sender: labelText(firstOf(thread, SENDER)) || undefined, text, time: timeOf(thread, TIME), element: body });
    }
    return oldestFirst(out);
  },
  findEditor: (doc) => editorIn(doc, EDITOR, (el) => !!el.closest(THREAD.join(','))),
};
