import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../lib/sites/adapters/hubspot.ts';
import { adapter as zohodesk } from '../../lib/sites/adapters/zohodesk.ts';
import { adapter as chatwoot } from '../../lib/sites/adapters/chatwoot.ts';
import { authorFromMarkers } from '../../lib/sites/adapters/util.ts';
import { readPage } from '../../lib/sites/read.ts';
import { adapterFor } from '../../lib/sites/registry.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'hubspot');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const page = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));

const INBOX = new URL('https://app.hubspot.com/live-messages/24681357/inbox/8123456789');
const DESK_EU = new URL('https://app-eu1.hubspot.com/help-desk/24681357/view/all/ticket/55501');
const LATEST = 'It is the "Deals by owner" report.\nOther reports export fine.';

describe('HubSpot inbox adapter', () => {
  it('matches the inbox and help desk on HubSpot hosts only', () => {
    expect(adapter.matches(INBOX, page('inbox-thread.html'))).toBe(true);
    expect(adapter.matches(DESK_EU, page('helpdesk-fa.html'))).toBe(true);
    expect(adapterFor(INBOX, page('inbox-thread.html'))?.id).toBe('hubspot');
    expect(adapterFor(DESK_EU, page('helpdesk-fa.html'))?.id).toBe('hubspot');
    expect(adapter.matches(new URL('https://app.hubspot.com/contacts/24681357/objects/0-1'), page('inbox-thread.html'))).toBe(false);
    expect(adapter.matches(new URL('https://www.hubspot.com/live-messages/1/inbox/2'), page('inbox-thread.html'))).toBe(false);
    for (const other of [zohodesk, chatwoot]) expect(other.matches(INBOX, page('inbox-thread.html')), other.id).toBe(false);
  });

  it('keys the thread or ticket from the route', () => {
    expect(adapter.conversationId(page('inbox-thread.html'), INBOX)).toBe('thread-8123456789');
    expect(adapter.conversationId(page('helpdesk-fa.html'), DESK_EU)).toBe('ticket-55501');
    expect(adapter.conversationId(page('inbox-thread.html'), new URL('https://app.hubspot.com/live-messages/24681357/inbox'))).toBeNull();
  });

  it('tells incoming, outgoing and comments apart and drops the quoted reply', () => {
    const msgs = adapter.messages(page('inbox-thread.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs[2].text).toBe('@Nika known issue with the export worker? See ticket 5512.');
    expect(msgs[3]).toMatchObject({ sender: 'Sara Ahmadi', text: LATEST });
  });

  it('does not read direction words into generated class names', () => {
    const el = parse('<div class="sc-inAbc in-2f" data-test-id="thread-message"></div>').body.firstElementChild!;
    expect(authorFromMarkers(el, ['data-test-id'])).toBeNull();
    const chat = parse('<div class="msg" data-test-id="incomingChatMessage"></div>').body.firstElementChild!;
    expect(authorFromMarkers(chat, ['data-test-id'])).toBe('customer');
  });

  it('reads a Persian RTL thread', () => {
    const msgs = adapter.messages(page('helpdesk-fa.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[2].text).toBe('reza@example.ir\nپرداخت هم انجام شده.');
  });

  it('finds the composer editor when open, null while collapsed', () => {
    const ed = adapter.findEditor(page('inbox-thread.html'))!;
    expect(ed.classList.contains('ProseMirror')).toBe(true);
    expect(adapter.findEditor(page('helpdesk-fa.html'))).toBeNull();
  });

  it('readPage: adapter source; degraded when nothing is found', () => {
    const r = readPage({ doc: page('inbox-thread.html'), url: INBOX, adapter });
    expect(r).toMatchObject({ adapterId: 'hubspot', customerSource: 'adapter', degraded: false, editorKind: 'prosemirror' });
    expect(r.customer?.text).toBe(LATEST);
    const fa = readPage({ doc: page('helpdesk-fa.html'), url: DESK_EU, adapter });
    expect(fa).toMatchObject({ customerSource: 'adapter', degraded: false, editor: null });

    const d = readPage({ doc: parse('<main><div data-test-id="thread-history"></div></main>'), url: INBOX, adapter });
    expect(d.degraded).toBe(true);
    expect(d.customerSource).not.toBe('adapter');
  });
});
