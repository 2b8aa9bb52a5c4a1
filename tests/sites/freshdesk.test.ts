import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/freshdesk.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'freshdesk');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const URL_T = new URL('https://acmegear.freshdesk.com/a/tickets/1093');

describe('freshdesk adapter', () => {
  it('matches the agent UI on freshdesk.com, and a custom domain only with Freshdesk assets', () => {
    const doc = page('ticket-reply');
    expect(adapter.matches(URL_T, doc)).toBe(true);
    expect(adapter.matches(new URL('https://acmegear.freshdesk.com/support/tickets/1093'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://help.ridgeway.example/a/tickets/2210'), page('ticket-no-reply'))).toBe(true);
    const plain = new DOMParser().parseFromString('<p>hello</p>', 'text/html');
    expect(adapter.matches(new URL('https://help.ridgeway.example/a/tickets/2210'), plain)).toBe(false);
  });

  it('keys the conversation by the ticket number', () => {
    expect(adapter.conversationId(page('ticket-reply'), URL_T)).toBe('1093');
    expect(adapter.conversationId(page('ticket-reply'), new URL('https://acmegear.freshdesk.com/a/tickets/filters/all_tickets'))).toBeNull();
  });

  it('tells requester, agent and private note apart and drops quoted mail', () => {
    const msgs = adapter.messages(page('ticket-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs[1].text).toBe(
      'Hello Omar, sorry about that. A blinking orange light usually means the cable is worn. Could you try another USB-C cable and tell me if it still blinks?',
    );
    expect(msgs[3].text).toBe('Tried two other cables, same orange light.\nCan I get a replacement under warranty?');
    expect(msgs[3].sender).toBe('Omar Haddad');
    expect(msgs[3].time).toBe('2025-11-04T08:41:00Z');
  });

  it('falls back to the profile link when the entry has no direction marker', () => {
    const doc = page('ticket-reply');
    doc.querySelectorAll('.incoming, .outgoing').forEach((e) => e.classList.remove('incoming', 'outgoing'));
    expect(adapter.messages(doc).map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
  });

  it('finds the Froala reply editor, and null before Reply is clicked', () => {
    expect(adapter.findEditor(page('ticket-reply'))?.id).toBe('reply-froala');
    expect(adapter.findEditor(page('ticket-no-reply'))).toBeNull();
  });

  it('readPage uses the adapter, and degrades on a Freshdesk page it cannot read', () => {
    const r = readPage({ doc: page('ticket-reply'), url: URL_T, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.editorKind).toBe('froala');
    expect(r.conversationId).toBe('acmegear.freshdesk.com|1093');

    const r2 = readPage({ doc: page('ticket-no-reply'), url: new URL('https://help.ridgeway.example/a/tickets/2210'), adapter });
    expect(r2.customer?.text).toBe('I ordered boots in size 41 and received size 44. Can you exchange them?');
    expect(r2.degraded).toBe(false);

    const other = new DOMParser().parseFromString('<main><h1>Dashboard</h1><div class="widget">Unresolved tickets 14</div></main>', 'text/html');
    const d = readPage({ doc: other, url: URL_T, adapter });
    expect(d.degraded).toBe(true);
    expect(d.adapterId).toBe('freshdesk');
  });
});
