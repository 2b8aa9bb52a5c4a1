/**
 * The bundled demo helpdesk ("Acme Support", tests/e2e/pages/demo.html, served by `npm start`).
 * It names itself with `<meta name="tactful-demo">`, so the panel says which site it reads instead
 * of "Any page (generic reader)" and reads it the way a site adapter reads a real helpdesk: one
 * `article.message` per message, `from-customer` / `from-agent` classes, the body in
 * `.message-body`, "name · time" in the header, and the reply box `textarea#reply`. The demo runs
 * on whatever host and port `npm start` picks, so it has no default host.
 */
import type { SiteAdapter, ThreadMessage } from '../types.ts';
import { hostsOf } from '../hosts.ts';
import { allOf, cleanText, firstOf, isLiveEditor, labelText, pathMatch } from './util.ts';

const HOSTS = hostsOf('demo');
const MARKER = 'meta[name="tactful-demo"]';
const MESSAGE = ['article.message', 'section[aria-label] > article'];
const BODY = ['.message-body'];
const HEADER = ['header', '.message > header'];
const EDITOR = ['textarea#reply', 'form.reply textarea'];

function authorOf(el: Element): ThreadMessage['author'] {
  if (el.classList.contains('from-customer')) return 'customer';
  if (el.classList.contains('from-agent')) return 'agent';
  return 'unknown';
}

export const adapter: SiteAdapter = {
  id: 'demo',
  name: 'Tactful demo helpdesk',
  hosts: HOSTS,
  matches: (_url, doc) => !!doc.querySelector(MARKER),
  conversationId: (_doc, url) => pathMatch(url, /\/tickets\/(\d+)/),
  messages(doc) {
    const out: ThreadMessage[] = [];
    for (const el of allOf(doc, MESSAGE)) {
      const body = firstOf(el, BODY);
      const text = cleanText(body);
      if (!body || !text) continue;
      // The header's time only: the demo's one-line "looking at" shows the customer's words, not their name.
      const time = labelText(firstOf(el, HEADER)).split(' · ')[1];
      out.push({ author: authorOf(el), time: time || undefined, text, element: body });
    }
    return out;
  },
  findEditor(doc) {
    const ta = firstOf(doc, EDITOR);
    return ta && isLiveEditor(ta) ? ta : null;
  },
};
