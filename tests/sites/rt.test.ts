import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../lib/sites/adapters/rt.ts';
import { readPage } from '../../lib/sites/read.ts';
import { createHistoryLoader } from '../../lib/sites/history.ts';
import { adapterFor } from '../../lib/sites/registry.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'rt');
const html = (name: string) => readFileSync(join(DIR, name), 'utf8');
const page = (name: string) => new DOMParser().parseFromString(html(name), 'text/html');
const DISPLAY = new URL('https://rt.example.org/Ticket/Display.html?id=42');
const UPDATE = new URL('https://rt.example.org/Ticket/Update.html?id=42&QuoteTransaction=304&Action=Respond');

describe('Request Tracker adapter', () => {
  it('matches RT ticket pages on any host, by their markup', () => {
    expect(adapter.matches(DISPLAY, page('display.html'))).toBe(true);
    expect(adapterFor(DISPLAY, page('display.html'))?.id).toBe('rt');
    expect(adapterFor(UPDATE, page('update.html'))?.id).toBe('rt');
    expect(adapter.matches(new URL('http://127.0.0.1:8080/Ticket/Update.html?id=42'), page('update.html'))).toBe(true);
    // The same URL without RT's markup, and an RT page that is not a ticket page, are not RT tickets.
    expect(adapter.matches(DISPLAY, new DOMParser().parseFromString('<body><p>Ticket 42</p></body>', 'text/html'))).toBe(false);
    const search = new DOMParser().parseFromString('<body id="comp-Search-Results"><script>window.RT = {};</script><table></table></body>', 'text/html');
    expect(adapter.matches(new URL('https://rt.example.org/Search/Results.html'), search)).toBe(false);
  });

  it('reads the ticket id from the URL, the form or the history box', () => {
    expect(adapter.conversationId(page('display.html'), DISPLAY)).toBe('42');
    expect(adapter.conversationId(page('update.html'), new URL('https://rt.example.org/Ticket/Update.html'))).toBe('42');
    expect(adapter.conversationId(page('display.html'), new URL('https://rt.example.org/Ticket/Display.html'))).toBe('42');
  });

  it('tells requestor mail, staff correspondence and comments apart, oldest first', () => {
    const msgs = adapter.messages(page('display.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'note']);
    expect(msgs[0].text).toBe('Hello,\n\nInvoice 8841 charges 19% VAT, but our company is VAT-exempt.\nCould you send a corrected invoice?\n\nSara');
    expect(msgs[1].text).toContain('Please send us your VAT exemption certificate');
    expect(msgs[3].text).toBe('Finance checked the certificate: it is valid until 2026. OK to reissue.');
    expect(msgs[2].sender).toBe('sara@example.net (Sara Ahmadi)');
  });

  it('takes the latest requestor message without its folded quote', () => {
    const msgs = adapter.messages(page('display.html'));
    const latest = msgs.filter((m) => m.author === 'customer').pop()!;
    expect(latest.text).toBe('I attached the certificate.\nWhen can I expect the corrected invoice?');
  });

  it('sorts by transaction id when the history is shown newest first', () => {
    const doc = page('display.html');
    const box = doc.querySelector('.history .titlebox-content')!;
    for (const t of Array.from(box.querySelectorAll(':scope > .transaction')).reverse()) box.appendChild(t);
    expect(adapter.messages(doc).map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'note']);
  });

  it('recognises a comment in a Persian RT by its translated description', () => {
    const doc = page('display.html');
    const desc = doc.querySelector('[data-transaction-id="305"] .description')!;
    desc.lastChild!.textContent = ' - توضیحات اضافه شد';
    expect(adapter.messages(doc).pop()!.author).toBe('note');
    desc.lastChild!.textContent = ' - پاراف اضافه شد';
    expect(adapter.messages(doc).pop()!.author).toBe('agent');
  });

  it('has no editor on the display page, and the CKEditor 4 frame on the reply page', () => {
    expect(adapter.findEditor(page('display.html'))).toBeNull();
    const doc = page('update.html');
    const ed = adapter.findEditor(doc)!;
    expect(ed.tagName).toBe('IFRAME');
    expect(ed.classList.contains('cke_wysiwyg_frame')).toBe(true);
  });

  it('falls back to the plain textarea when rich text is off', () => {
    const doc = page('update.html');
    doc.getElementById('cke_UpdateContent')!.remove();
    const ta = doc.getElementById('UpdateContent') as HTMLTextAreaElement;
    ta.removeAttribute('style');
    ta.classList.remove('richtext');
    ta.value = '\n\nOn Tue May 07 10:02:11 2024, sara@example.net wrote:\n> I attached the certificate.\n> When can I expect the corrected invoice?\n> > Please send us your certificate.\n';
    expect(adapter.findEditor(doc)).toBe(ta);
    expect(adapter.messages(doc)).toMatchObject([{ author: 'customer', text: 'I attached the certificate.\nWhen can I expect the corrected invoice?' }]);
  });

  it('on the reply page reports the quoted message, without older quotes or the signature', () => {
    const msgs = adapter.messages(page('update.html'));
    expect(msgs).toHaveLength(1);
    expect(msgs[0].author).toBe('customer');
    expect(msgs[0].text).toBe('I attached the certificate.\nWhen can I expect the corrected invoice?');
  });

  it('reads the quote from the editor frame, and from the hidden textarea when the frame is not readable', () => {
    const doc = page('update.html');
    const frame = adapter.findEditor(doc) as HTMLIFrameElement;
    expect(frame.contentDocument?.body.getAttribute('contenteditable')).toBe('true');
    frame.contentDocument!.querySelector('blockquote')!.firstChild!.textContent = 'Edited in the frame.';
    expect(adapter.messages(doc)[0].text).toMatch(/^Edited in the frame\./);
    Object.defineProperty(frame, 'contentDocument', { value: null });
    expect(adapter.messages(doc)[0].text).toBe('I attached the certificate.\nWhen can I expect the corrected invoice?');
  });

  it('readPage: adapter answers on both pages; degraded when the markup is gone', () => {
    const display = readPage({ doc: page('display.html'), url: DISPLAY, adapter });
    expect(display).toMatchObject({ adapterId: 'rt', customerSource: 'adapter', degraded: false, siteTicketId: '42', editor: null });
    expect(display.customer?.text).toBe('I attached the certificate.\nWhen can I expect the corrected invoice?');

    const update = readPage({ doc: page('update.html'), url: UPDATE, adapter });
    expect(update).toMatchObject({ customerSource: 'adapter', degraded: false, editorKind: 'iframe' });
    expect(update.editor?.classList.contains('cke_wysiwyg_frame')).toBe(true);

    const bare = new DOMParser().parseFromString('<body id="comp-Ticket-Display"><div class="history ticket" id="ticket-42-history"></div></body>', 'text/html');
    const r = readPage({ doc: bare, url: DISPLAY, adapter });
    expect(r.degraded).toBe(true);
    expect(r.customerSource).not.toBe('adapter');
  });
});

describe('RT menu Reply (nothing quoted): the ticket history is one same-origin request away', () => {
  const MENU = new URL('https://rt.example.org/rt/Ticket/Update.html?Action=Respond&id=42');

  it('names the display page and the history helper under RT\'s own path', () => {
    expect(adapter.historyUrls!(page('update-menu.html'), MENU)).toEqual([
      'https://rt.example.org/rt/Ticket/Display.html?id=42',
      'https://rt.example.org/rt/Helpers/TicketHistory?id=42',
    ]);
  });

  it('reads the customer message from the fetched history, once per ticket', async () => {
    const doc = page('update-menu.html');
    expect(adapter.messages(doc)).toEqual([]);
    const fetched: string[] = [];
    let loaded = 0;
    const loader = createHistoryLoader(
      async (u) => (fetched.push(u), html('display.html')),
      (markup) => new DOMParser().parseFromString(markup, 'text/html'),
      () => loaded++,
    );
    const read = () => readPage({ doc, url: MENU, adapter, history: () => loader.messagesFor(adapter, doc, MENU) });
    expect(read().customerSource).not.toBe('adapter');
    await vi.waitFor(() => expect(loaded).toBe(1));
    const r = read();
    expect(r).toMatchObject({ customerSource: 'adapter', editorKind: 'iframe' });
    expect(r.customer?.text).toBe('I attached the certificate.\nWhen can I expect the corrected invoice?');
    read();
    expect(fetched).toEqual(['https://rt.example.org/rt/Ticket/Display.html?id=42']);
  });

  it('never asks another origin, and a page with its own history asks nothing', async () => {
    const doc = page('update-menu.html');
    const loader = createHistoryLoader(async () => { throw new Error('no request expected'); }, (m) => new DOMParser().parseFromString(m, 'text/html'), () => {});
    const evil = { ...adapter, historyUrls: () => ['https://evil.example/steal?id=42'] };
    expect(loader.messagesFor(evil, doc, MENU)).toBeNull();
    let asked = 0;
    const display = readPage({ doc: page('display.html'), url: DISPLAY, adapter, history: () => (asked++, null) });
    expect(display.customerSource).toBe('adapter');
    expect(asked).toBe(0);
  });
});
