import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapter, threadSubject } from '../../lib/sites/adapters/roundcube.ts';
import { adapter as rt } from '../../lib/sites/adapters/rt.ts';
import { adapter as zammad } from '../../lib/sites/adapters/zammad.ts';
import { adapter as chatwoot } from '../../lib/sites/adapters/chatwoot.ts';
import { readPage } from '../../lib/sites/read.ts';
import { adapterFor } from '../../lib/sites/registry.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'roundcube');
const html = (name: string) => readFileSync(join(DIR, name), 'utf8');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const page = (name: string) => parse(html(name));
/** Roundcube's list page with one mail in its preview frame (srcdoc stands in for the loaded frame). */
const listWith = (inner: string) =>
  parse(
    `<html><head><script>var rcmail = new rcube_webmail(); rcmail.set_env({"task":"mail","mailbox":"INBOX","action":""});</script></head><body class="task-mail action-none"><div id="layout-content"><iframe id="messagecontframe" name="messagecontframe" src="./?_task=mail&amp;_uid=1&amp;_mbox=INBOX&amp;_framed=1&amp;_action=preview" srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></div></body></html>`,
  );

const SHOW = new URL('https://mail.shop.example/?_task=mail&_mbox=INBOX&_uid=318&_action=show');
const COMPOSE = new URL('https://mail.shop.example/?_task=mail&_action=compose&_id=16627c0a3b1e4f');
const COMPOSE_FA = new URL('https://webmail.example.ir/roundcube/?_task=mail&_action=compose&_id=7731d0be29a5c1');

const CUSTOMER_EN = 'Hello,\n\nI returned order 5521 two weeks ago and still have no refund.\nCan you check where it is?\n\nSara';
const CUSTOMER_FA = 'سلام،\nسفارش ۵۵۲۱ را دو هفته پیش مرجوع کردم ولی هنوز وجهی برنگشته.\nلطفاً پیگیری کنید.';

describe('Roundcube adapter', () => {
  it('matches Roundcube mail pages on any host, and nothing else', () => {
    for (const [name, url] of [['show.html', SHOW], ['compose-plain.html', COMPOSE], ['compose-html.html', COMPOSE_FA]] as const) {
      const doc = page(name);
      expect(adapter.matches(url, doc), name).toBe(true);
      expect(adapterFor(url, doc)?.id, name).toBe('roundcube');
      for (const other of [rt, zammad, chatwoot]) expect(other.matches(url, doc), `${other.id} on ${name}`).toBe(false);
    }
    expect(adapter.matches(SHOW, parse('<body class="task-mail"><div id="messagebody">x</div></body>'))).toBe(false);
    expect(adapter.matches(new URL('https://rt.example.org/Ticket/Display.html?id=42'), parse(readFileSync(join(DIR, '../rt/display.html'), 'utf8')))).toBe(false);
    // Roundcube's settings pages are not mail pages.
    expect(adapter.matches(new URL('https://mail.shop.example/?_task=settings'), parse('<script>var rcmail = new rcube_webmail();</script><body class="task-settings action-none"></body>'))).toBe(false);
  });

  // Issue 14: the preview, the full view and the reply of one mail share one key (they had three).
  it('keys one mail the same in its full view, the list preview and the reply compose', () => {
    const key = 'thread:sara@example.net|refund for order 5521';
    expect(adapter.conversationId(page('show.html'), SHOW)).toBe(key);
    expect(adapter.conversationId(page('show.html'), new URL('https://mail.shop.example/?_task=mail&_action=show'))).toBe(key);
    expect(adapter.conversationId(page('compose-plain.html'), COMPOSE)).toBe(key);
    expect(adapter.conversationId(listWith(html('show.html')), new URL('https://mail.shop.example/?_task=mail&_mbox=INBOX'))).toBe(key);
    // A reply with no recipient read yet keys on the Message-ID it answers.
    expect(adapter.conversationId(page('compose-html.html'), COMPOSE_FA)).toBe('5521.refund@example.net');
  });

  it('switching mails in the preview switches the key; the frame\'s src attribute is not read', () => {
    const url = new URL('https://mail.shop.example/?_task=mail&_mbox=INBOX');
    const other = html('show.html').replace(/sara@example\.net/g, 'omid@example.org').replace(/Refund for order 5521/g, 'Wrong size delivered');
    const a = adapter.conversationId(listWith(html('show.html')), url);
    const b = adapter.conversationId(listWith(other), url);
    expect(a).not.toBe(b);
    expect(b).toBe('thread:omid@example.org|wrong size delivered');
  });

  it('takes reply prefixes off the subject in English and Persian', () => {
    expect(threadSubject('Re: RE: Fwd: Refund  for order 5521')).toBe('refund for order 5521');
    expect(threadSubject('پاسخ: بازپرداخت سفارش ۵۵۲۱')).toBe('بازپرداخت سفارش ۵۵۲۱');
    expect(threadSubject('AW: Rechnung')).toBe('rechnung');
  });

  it('reads the open message without its quote and signature, as the customer', () => {
    const msgs = adapter.messages(page('show.html'));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ author: 'customer', sender: 'Sara Ahmadi', text: CUSTOMER_EN });
  });

  it('treats a message from the signed-in user as the agent', () => {
    const doc = page('show.html');
    for (const a of Array.from(doc.querySelectorAll('.header.from .rcmContactAddress'))) {
      a.setAttribute('href', 'mailto:support@shop.example');
      a.setAttribute('title', 'support@shop.example');
    }
    expect(adapter.messages(doc)[0].author).toBe('agent');
  });

  it('reads the message shown in the list page preview frame', () => {
    const list = parse(
      `<html><head><script>var rcmail = new rcube_webmail(); rcmail.set_env({"task":"mail","mailbox":"INBOX","action":""});</script></head><body class="task-mail action-none"><div id="layout-content"><iframe id="messagecontframe" name="messagecontframe" src="./?_task=mail&amp;_uid=318&amp;_mbox=INBOX&amp;_framed=1&amp;_action=preview" srcdoc="${html('show.html').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></div></body></html>`,
    );
    const url = new URL('https://mail.shop.example/?_task=mail&_mbox=INBOX');
    expect(adapter.matches(url, list)).toBe(true);
    expect(adapter.messages(list)[0]?.text).toBe(CUSTOMER_EN);
    expect(adapter.conversationId(list, url)).toBe('thread:sara@example.net|refund for order 5521');
    expect(adapter.findEditor(list)).toBeNull();
  });

  it('plain-text reply: the textarea is the editor and the once-quoted lines are the customer message', () => {
    const doc = page('compose-plain.html');
    const ed = adapter.findEditor(doc)!;
    expect(ed.tagName).toBe('TEXTAREA');
    expect(ed.id).toBe('composebody');
    expect(adapter.messages(doc)).toMatchObject([{ author: 'customer', text: CUSTOMER_EN }]);
  });

  it('HTML reply: the TinyMCE frame is the editor and the blockquote after #reply-intro is the message (Persian)', () => {
    const doc = page('compose-html.html');
    const ed = adapter.findEditor(doc) as HTMLIFrameElement;
    expect(ed.tagName).toBe('IFRAME');
    expect(ed.id).toBe('composebody_ifr');
    expect(ed.contentDocument?.body.getAttribute('data-id')).toBe('composebody');
    expect(adapter.messages(doc)).toMatchObject([{ author: 'customer', text: CUSTOMER_FA }]);
    // Without access to the frame, the hidden textarea still holds the same HTML.
    Object.defineProperty(ed, 'contentDocument', { value: null });
    expect(adapter.messages(doc)[0]?.text).toBe(CUSTOMER_FA);
  });

  it('has no editor on the message view', () => {
    expect(adapter.findEditor(page('show.html'))).toBeNull();
  });

  it('readPage: the adapter answers; degraded when its selectors find nothing', () => {
    const show = readPage({ doc: page('show.html'), url: SHOW, adapter });
    expect(show).toMatchObject({ adapterId: 'roundcube', customerSource: 'adapter', degraded: false, editor: null, siteTicketId: 'thread:sara@example.net|refund for order 5521' });
    expect(show.customer?.text).toBe(CUSTOMER_EN);

    const plain = readPage({ doc: page('compose-plain.html'), url: COMPOSE, adapter });
    expect(plain).toMatchObject({ customerSource: 'adapter', degraded: false, editorKind: 'textarea' });
    expect(plain.customer?.text).toBe(CUSTOMER_EN);

    const rich = readPage({ doc: page('compose-html.html'), url: COMPOSE_FA, adapter });
    expect(rich).toMatchObject({ customerSource: 'adapter', degraded: false, editorKind: 'iframe' });
    expect(rich.customer?.text).toBe(CUSTOMER_FA);

    const empty = parse('<script>var rcmail = new rcube_webmail();</script><body class="task-mail action-show"><div id="messagebody"></div></body>');
    const r = readPage({ doc: empty, url: SHOW, adapter });
    expect(r.degraded).toBe(true);
    expect(r.customerSource).not.toBe('adapter');
  });
});
