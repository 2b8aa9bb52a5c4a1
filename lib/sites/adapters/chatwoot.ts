/**
 * Chatwoot agent dashboard: app.chatwoot.com and self-hosted installs (recognised by the
 * `/app/accounts/<n>/…` route plus Chatwoot's markup). Reconstructed from Chatwoot's own Vue
 * components, not captured from a live instance:
 *
 * - v3 (components/widgets/conversation/MessagesView.vue, Message.vue, bubble/Text.vue):
 *   `ul.conversation-panel > li#message<id>` with `left` (incoming, the contact), `right`
 *   (outgoing / template) or `center` (activity); the bubble `.bubble.is-private` is a private note;
 *   text in `.message-text__wrap .text-content` (quoted mail history in <blockquote>).
 * - v4 (components-next/message/Message.vue, bubbles/Base.vue, MessageMeta.vue):
 *   `div.message-bubble-container[data-message-id]`, the bubble `[data-bubble-name]` carries
 *   `left-bubble` (contact) or `right-bubble` (agent / bot); a private note shows the lock icon
 *   (`i-lucide-lock-keyhole`) and amber variant classes.
 * - Reply box (ReplyBox.vue + WootMessageEditor): `.ProseMirror-woot-style .ProseMirror[contenteditable]`
 *   inside `.reply-box` (`.reply-box.is-private` while writing a private note).
 */
import type { Author, SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { classTokens, cleanText, editorIn, firstOf, hostIn, queryAll, scriptHas, timeOf } from './util.ts';

const HOSTS = hostsOf('chatwoot');
const ROUTE = /^\/app\/accounts\/(\d+)\//;
const CONVERSATION = /\/conversations\/(\d+)(?:\/|$)/;

const V3_ITEM = '.conversation-panel > li';
const V4_ITEM = '.message-bubble-container[data-message-id], [id^="message"][data-message-id]';
const TEXT = ['.message-text__wrap .text-content', '.message-text__wrap', '[data-bubble-name] .prose', '[data-bubble-name]', '.bubble'];
const NOT_TEXT = ['blockquote', 'time', '.message-text--metadata', '.sender--info', '.context-menu-wrap', '[class*="i-lucide"]', '[class*="i-ph-"]', 'svg'];
const EDITOR = [
  '.reply-box .ProseMirror-woot-style .ProseMirror[contenteditable="true"]',
  '.ProseMirror-woot-style .ProseMirror[contenteditable="true"]',
  '.reply-box .ProseMirror[contenteditable="true"]',
  '.reply-box textarea',
];

function chatwootMarkup(doc: Document): boolean {
  return !!firstOf(doc, ['.conversation-panel', '.message-bubble-container[data-message-id]', '.ProseMirror-woot-style', '.reply-box']) || scriptHas(doc, 'chatwootConfig');
}

function isNote(item: Element, bubble: Element | null): boolean {
  if (item.querySelector('.is-private, [class*="lock-keyhole"]')) return true;
  const tokens = classTokens(bubble);
  return tokens.has('is-private') || [...tokens].some((t) => /(?:^|:)bg-n-solid-amber|(?:^|:)bg-n-amber-/.test(t));
}

function authorV3(li: Element): Author | null {
  const cls = classTokens(li);
  const bubble = li.querySelector('.bubble');
  if (cls.has('center') || (!bubble && !li.querySelector('.message-text__wrap'))) return null; // activity, spinner
  if (isNote(li, bubble)) return 'note';
  if (cls.has('left')) return 'customer';
  if (cls.has('right')) return 'agent';
  return 'unknown';
}

function authorV4(item: Element): Author | null {
  const bubble = item.querySelector('[data-bubble-name]');
  const name = bubble?.getAttribute('data-bubble-name') ?? '';
  if (!bubble || name === 'activity') return null;
  if (isNote(item, bubble)) return 'note';
  const cls = classTokens(bubble);
  if (cls.has('left-bubble')) return 'customer';
  if (cls.has('right-bubble')) return 'agent';
  return 'unknown';
}

function read(item: Element, author: Author | null): ThreadMessage | null {
  if (!author) return null;
  const body = firstOf(item, TEXT);
  const text = cleanText(body, { strip: NOT_TEXT });
  if (!text) return null;
  return { author, text, time: timeOf(item, ['time[datetime]', '.time']), element: body ?? item };
}

export const adapter: SiteAdapter = {
  id: 'chatwoot',
  name: 'Chatwoot',
  hosts: HOSTS,
  matches(url, doc) {
    if (hostIn(url, HOSTS)) return url.pathname.startsWith('/app/');
    return ROUTE.test(url.pathname) && chatwootMarkup(doc);
  },
  conversationId(_doc, url) {
    const conv = CONVERSATION.exec(url.pathname)?.[1];
    if (!conv) return null;
    const account = ROUTE.exec(url.pathname)?.[1];
    return account ? `${account}/${conv}` : conv;
  },
  messages(doc) {
    const v3 = queryAll(doc, V3_ITEM);
    const out: ThreadMessage[] = [];
    if (v3.length) {
      for (const li of v3) {
        const m = read(li, authorV3(li));
        if (m) out.push(m);
      }
      if (out.length) return out;
    }
    for (const item of queryAll(doc, V4_ITEM)) {
      const m = read(item, authorV4(item));
      if (m) out.push(m);
    }
    return out;
  },
  findEditor(doc) {
    return editorIn(doc, EDITOR);
  },
};

