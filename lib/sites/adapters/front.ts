/**
 * Front (app.frontapp.com). LOW CONFIDENCE: no saved Front page or public selector set exists.
 * What it relies on:
 * - routes: /open/cnv_<id> share links, or the numeric conversation id that ends an inbox route
 *   (/inboxes/teammates/<n>/inbox/open/<conversation>);
 * - items of the conversation: messages with an id attribute (`data-message-id`, or a
 *   `data-testid` naming a message) and a direction (`data-direction`, `data-is-inbound`, or
 *   `inbound`/`outbound` classes); comments, Front's internal discussion, are notes;
 * - the reply draft's ProseMirror editor. Front always shows a comment box under the thread; it
 *   is not the reply editor, so anything inside a comment composer is skipped.
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, cleanText, editorIn, firstOf, hostIn, labelText, timeOf } from './util.ts';

const HOSTS = hostsOf('front');

const ITEM = ['[data-message-id], [data-comment-id]', '[data-testid="message"], [data-testid="comment"]', '.message, .comment'];
const BODY = ['[data-testid="message-body"]', '[data-testid="comment-body"]', '.message-body', '.comment-body'];
const SENDER = ['.sender-name', '.author-name'];
const STRIP = ['.front-quote', '.gmail_quote', 'blockquote[type="cite"]', '.attachments'];
const EDITOR = [
  '[data-testid="draft-editor"] .ProseMirror[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
];
const CONTAINER_WORDS = new Set(['inboxes', 'teammates', 'teams', 'folders', 'tags', 'views', 'shared', 'inbox', 'channels']);

function inCommentComposer(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const marks = `${typeof cur.className === 'string' ? cur.className : ''} ${cur.getAttribute('data-testid') ?? ''}`.toLowerCase();
    if (/comment[-_ ]?(composer|box|editor|input)/.test(marks)) return true;
  }
  return false;
}

function authorOf(item: Element): Author {
  const marks = `${typeof item.className === 'string' ? item.className : ''} ${item.getAttribute('data-testid') ?? ''}`.toLowerCase();
  if (item.hasAttribute('data-comment-id') || /(^|[\s_-])comment($|[\s_-])/.test(marks)) return 'note';
  const dir = (item.getAttribute('data-direction') ?? '').toLowerCase();
  const inbound = item.getAttribute('data-is-inbound');
  if (dir === 'inbound' || inbound === 'true' || /(^|[\s_-])inbound($|[\s_-])/.test(marks)) return 'customer';
  if (dir === 'outbound' || inbound === 'false' || /(^|[\s_-])outbound($|[\s_-])/.test(marks)) return 'agent';
  return 'unknown';
}

export const adapter: SiteAdapter = {
  id: 'front',
  name: 'Front',
  hosts: HOSTS,
  matches: (url) => hostIn(url, HOSTS),
  conversationId(_doc, url) {
    const cnv = /\/(cnv_[0-9a-z]+)/i.exec(url.pathname);
    if (cnv) return cnv[1];
    const segs = url.pathname.split('/').filter(Boolean);
    if (segs[0] !== 'inboxes') return null;
    const last = segs[segs.length - 1];
    const prev = segs[segs.length - 2] ?? '';
    return /^\d{4,}$/.test(last) && !CONTAINER_WORDS.has(prev) ? last : null;
  },
  messages(doc) {
    const out: ThreadMessage[] = [];
    for (const item of allOf(doc, ITEM)) {
      if (item.closest('[contenteditable="true"]')) continue;
      const body = firstOf(item, BODY);
      const text = cleanText(body, { strip: STRIP });
      if (!body || !text) continue;
      out.push({ author: authorOf(item), sender: labelText(firstOf(item, SENDER)) || undefined, text, time: timeOf(item), element: body });
    }
    return out;
  },
  findEditor: (doc) => editorIn(doc, EDITOR, inCommentComposer),
};
