import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/zendesk.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'zendesk');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const URL_T = new URL('https://brewline.zendesk.com/agent/tickets/4521');

describe('zendesk adapter', () => {
  it('matches the agent workspace on zendesk.com subdomains only', () => {
    const doc = page('ticket-reply');
    expect(adapter.matches(URL_T, doc)).toBe(true);
    expect(adapter.matches(new URL('https://brewline.zendesk.com/hc/en-us/requests/4521'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://zendesk.com/agent/tickets/4521'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://brewline.zendesk.com.evil.io/agent/tickets/4521'), doc)).toBe(false);
  });

  it('keys the conversation by the ticket number', () => {
    const doc = page('ticket-reply');
    expect(adapter.conversationId(doc, URL_T)).toBe('4521');
    expect(adapter.conversationId(doc, new URL('https://brewline.zendesk.com/agent/tickets/4521/events'))).toBe('4521');
    expect(adapter.conversationId(doc, new URL('https://brewline.zendesk.com/agent/filters/360001'))).toBeNull();
  });

  it('reads the open ticket only, telling requester, agent and internal note apart', () => {
    const msgs = adapter.messages(page('ticket-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'note']);
    expect(msgs.map((m) => m.sender)).toEqual(['Lena Fischer', 'Marco Rossi', 'Lena Fischer', 'Marco Rossi']);
    expect(msgs.some((m) => m.text.includes('login link'))).toBe(false); // the hidden tab
    expect(msgs[2].text).toBe('Photos attached.\nI need the grinder for my café opening on Saturday, so a replacement rather than a refund, please.');
    expect(msgs[2].time).toBe('2025-11-04T07:55:00Z');
    expect(msgs[3].text).toBe('Warehouse has two Nova units left. Courier damage claim opened, ref CL-3391.');
  });

  it('without the type attribute, the agent badge still marks the agent', () => {
    const doc = page('ticket-reply');
    doc.querySelectorAll('[data-test-id="omni-log-item-message"]').forEach((m) => m.removeAttribute('type'));
    const msgs = adapter.messages(doc);
    expect(msgs.map((m) => m.author)).toEqual(['unknown', 'agent', 'unknown', 'note']);
  });

  it('finds the CKEditor 5 composer of the open ticket, and null on a closed ticket', () => {
    const ed = adapter.findEditor(page('ticket-reply'));
    expect(ed?.id).toBe('composer-4521');
    expect(ed?.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect(adapter.findEditor(page('ticket-fa-closed'))).toBeNull();
  });

  it('reads a Persian ticket; the note after the customer is not taken as theirs', () => {
    const doc = page('ticket-fa-closed');
    const r = readPage({ doc, url: new URL('https://brewline.zendesk.com/agent/tickets/7310'), adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.customer?.text).toBe('مبلغ به حسابم برگشت.\nممنون از پیگیری سریعتان.');
    expect(r.editor).toBeNull();
    expect(r.degraded).toBe(false);
  });

  it('readPage uses the adapter, and degrades on a Zendesk page it cannot read', () => {
    const r = readPage({ doc: page('ticket-reply'), url: URL_T, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.editorKind).toBe('ckeditor5');
    expect(r.conversationId).toBe('brewline.zendesk.com|4521');
    expect(r.customer?.text).toContain('replacement rather than a refund');

    const redesigned = new DOMParser().parseFromString(
      '<div class="ticket"><section class="log"><div class="entry">Lena: the hopper is cracked, please send a new one.</div></section><textarea name="comment"></textarea></div>',
      'text/html',
    );
    const d = readPage({ doc: redesigned, url: URL_T, adapter });
    expect(d.degraded).toBe(true);
    expect(d.adapterId).toBe('zendesk');
    expect(d.siteTicketId).toBe('4521');
  });
});
