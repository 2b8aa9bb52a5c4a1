import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../lib/sites/adapters/zohodesk.ts';
import { adapter as hubspot } from '../../lib/sites/adapters/hubspot.ts';
import { adapter as chatwoot } from '../../lib/sites/adapters/chatwoot.ts';
import { readPage } from '../../lib/sites/read.ts';
import { adapterFor } from '../../lib/sites/registry.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'zohodesk');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const page = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));

const TICKET = new URL('https://desk.zoho.com/agent/acme/billing/tickets/details/90000000012345');
const TICKET_EU = new URL('https://desk.zoho.eu/agent/acme/all-departments/tickets/details/91000000077');
const LATEST = 'The new invoice still shows the old address.\nIt should be 12 Azadi St, Tehran.';

describe('Zoho Desk adapter', () => {
  it('matches the agent interface on Zoho Desk hosts only', () => {
    expect(adapter.matches(TICKET, page('ticket.html'))).toBe(true);
    expect(adapter.matches(TICKET_EU, page('ticket-fa.html'))).toBe(true);
    expect(adapterFor(TICKET, page('ticket.html'))?.id).toBe('zohodesk');
    expect(adapter.matches(new URL('https://desk.zoho.in/support/acme/ShowHomePage.do#Cases/dv/123'), page('ticket.html'))).toBe(true);
    expect(adapter.matches(new URL('https://help.acme.example/agent/acme/tickets/details/1'), page('ticket.html'))).toBe(false);
    expect(adapter.matches(new URL('https://desk.zoho.com.evil.io/agent/x'), page('ticket.html'))).toBe(false);
    expect(adapter.matches(new URL('https://www.zoho.com/desk/'), page('ticket.html'))).toBe(false);
    for (const other of [hubspot, chatwoot]) expect(other.matches(TICKET, page('ticket.html')), other.id).toBe(false);
  });

  it('takes the ticket id from the route', () => {
    expect(adapter.conversationId(page('ticket.html'), TICKET)).toBe('90000000012345');
    expect(adapter.conversationId(page('ticket.html'), new URL('https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/dv/4711'))).toBe('4711');
    expect(adapter.conversationId(page('ticket.html'), new URL('https://desk.zoho.com/agent/acme/billing/tickets/list'))).toBeNull();
  });

  it('puts the newest-first list in time order and tells threads and comments apart', () => {
    const msgs = adapter.messages(page('ticket.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs[0].text).toBe('Please change the billing address on invoice INV-2291.');
    expect(msgs[2].text).toBe('Billing address in CRM was updated yesterday, invoice template caches it.');
    expect(msgs[3]).toMatchObject({ sender: 'Sara Ahmadi', text: LATEST });
  });

  it('reads a Persian RTL ticket', () => {
    const msgs = adapter.messages(page('ticket-fa.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[2].text).toBe('هنوز پاسخی نگرفته‌ام.\nلطفاً وضعیت بازپرداخت را بگویید.');
  });

  it('finds the editor frame once Reply is open, and nothing before', () => {
    const ed = adapter.findEditor(page('ticket.html')) as HTMLIFrameElement;
    expect(ed.tagName).toBe('IFRAME');
    expect(ed.contentDocument?.body.getAttribute('contenteditable')).toBe('true');
    expect(adapter.findEditor(page('ticket-fa.html'))).toBeNull();
  });

  it('readPage: adapter source; degraded when its selectors find nothing', () => {
    const r = readPage({ doc: page('ticket.html'), url: TICKET, adapter });
    expect(r).toMatchObject({ adapterId: 'zohodesk', customerSource: 'adapter', degraded: false, editorKind: 'iframe', siteTicketId: '90000000012345' });
    expect(r.customer?.text).toBe(LATEST);
    const fa = readPage({ doc: page('ticket-fa.html'), url: TICKET_EU, adapter });
    expect(fa).toMatchObject({ customerSource: 'adapter', degraded: false, editor: null });

    const doc = page('ticket-fa.html');
    for (const el of Array.from(doc.querySelectorAll('[data-thread-id]'))) {
      el.removeAttribute('data-thread-id');
      el.removeAttribute('data-id');
    }
    const d = readPage({ doc, url: TICKET_EU, adapter });
    expect(d.degraded).toBe(true);
    expect(d.customerSource).not.toBe('adapter');
  });
});
