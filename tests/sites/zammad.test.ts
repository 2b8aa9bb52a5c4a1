import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../lib/sites/adapters/zammad.ts';
import { adapter as chatwoot } from '../../lib/sites/adapters/chatwoot.ts';
import { adapter as rt } from '../../lib/sites/adapters/rt.ts';
import { adapter as roundcube } from '../../lib/sites/adapters/roundcube.ts';
import { readPage } from '../../lib/sites/read.ts';
import { adapterFor } from '../../lib/sites/registry.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'zammad');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const page = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));

const HOSTED = new URL('https://acme.zammad.com/#ticket/zoom/77');
const SELF = new URL('https://helpdesk.example.com/#ticket/zoom/77');
const SELF_FA = new URL('https://helpdesk.example.ir/#ticket/zoom/88');

describe('Zammad adapter', () => {
  it('matches hosted and self-hosted Zammad by its markup, and not other pages', () => {
    expect(adapter.matches(HOSTED, page('ticket.html'))).toBe(true);
    expect(adapter.matches(SELF, page('ticket.html'))).toBe(true);
    expect(adapter.matches(SELF_FA, page('ticket-fa.html'))).toBe(true);
    expect(adapterFor(SELF, page('ticket.html'))?.id).toBe('zammad');
    expect(adapterFor(HOSTED, page('ticket-fa.html'))?.id).toBe('zammad');
    expect(adapter.matches(new URL('https://helpdesk.example.com/#dashboard'), page('ticket.html'))).toBe(true);
    expect(adapter.matches(HOSTED, parse('<div id="app"><div class="dashboard"></div></div>'))).toBe(false);
    expect(adapter.matches(new URL('https://example.org/#ticket/zoom/77'), parse('<p>ticket</p>'))).toBe(false);
    for (const other of [chatwoot, rt, roundcube]) expect(other.matches(SELF, page('ticket.html')), other.id).toBe(false);
  });

  it('takes the ticket id from the route, else from the open task tab', () => {
    expect(adapter.conversationId(page('ticket.html'), SELF)).toBe('77');
    expect(adapter.conversationId(page('ticket.html'), new URL('https://helpdesk.example.com/'))).toBe('77');
    expect(adapter.conversationId(page('ticket-fa.html'), SELF_FA)).toBe('88');
  });

  it('reads the open ticket only, with customer, agent and internal note apart', () => {
    const msgs = adapter.messages(page('ticket.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs.some((m) => m.text.includes('Background tab'))).toBe(false);
    expect(msgs[0].text).toBe('Hello,\nthe password reset link you sent has already expired.\nCan I get a new one?');
    expect(msgs[2].text).toBe('Checked the logs: the first link was opened by a mail scanner.');
    expect(msgs[3]).toMatchObject({ text: 'The new link says "token invalid" as well.\nI am using Firefox on Windows.', time: '2024-05-07T09:40:55.000Z' });
  });

  it('orders articles by id even if the page lists them otherwise', () => {
    const doc = page('ticket.html');
    const list = doc.querySelector('#content_permanent_Ticket-77 .ticket-article')!;
    list.insertBefore(list.lastElementChild!, list.firstElementChild);
    expect(adapter.messages(doc).map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
  });

  it('reads a Persian RTL ticket', () => {
    const msgs = adapter.messages(page('ticket-fa.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[2].text).toBe('کد پیگیری: ۴۸۲۹۱۰۳۳\nمبلغ از حسابم کم شده است.');
  });

  it('finds the reply editor in the open ticket, not the editable title; null when the form is absent', () => {
    const ed = adapter.findEditor(page('ticket.html'))!;
    expect(ed.classList.contains('articleNewEdit-body')).toBe(true);
    expect(ed.getAttribute('data-name')).toBe('body');
    expect(adapter.findEditor(page('ticket-fa.html'))).toBeNull();
  });

  it('readPage: adapter source, not degraded; degraded when the articles are not found', () => {
    const r = readPage({ doc: page('ticket.html'), url: SELF, adapter });
    expect(r).toMatchObject({ adapterId: 'zammad', customerSource: 'adapter', degraded: false, siteTicketId: '77', editorKind: 'contenteditable' });
    expect(r.customer?.text).toBe('The new link says "token invalid" as well.\nI am using Firefox on Windows.');

    const fa = readPage({ doc: page('ticket-fa.html'), url: SELF_FA, adapter });
    expect(fa).toMatchObject({ customerSource: 'adapter', degraded: false });

    const doc = page('ticket-fa.html');
    for (const a of Array.from(doc.querySelectorAll('.ticket-article-item'))) a.className = 'article-v2';
    const broken = readPage({ doc, url: SELF_FA, adapter });
    expect(broken.degraded).toBe(true);
    expect(broken.customerSource).not.toBe('adapter');
  });
});
