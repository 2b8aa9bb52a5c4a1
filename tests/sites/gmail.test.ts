import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/gmail.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'gmail');
const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const THREAD_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVpLxJtWbgKbTnHcRmqWdsx');

describe('gmail adapter', () => {
  it('matches Gmail only', () => {
    const doc = page('thread-reply');
    expect(adapter.matches(THREAD_URL, doc)).toBe(true);
    expect(adapter.matches(new URL('https://mail.google.com/mail/u/1/#label/Support'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://mail.google.com/chat/u/0/'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://calendar.google.com/calendar/u/0/r'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://mail.google.com.evil.io/mail/u/0/'), doc)).toBe(false);
  });

  it('keys one thread the same in full view and in the preview pane (issue 14: one mail, one key)', () => {
    const doc = page('thread-reply');
    // Full view ("#inbox/<token>"), a label route, and the preview pane ("#inbox" alone) read one key.
    expect(adapter.conversationId(doc, THREAD_URL)).toBe('18b8a1f2c9d0e4df');
    expect(adapter.conversationId(doc, new URL('https://mail.google.com/mail/u/0/#label/Support/FMfcgzQcqbVpLxJtWbgKbTnHcRmqWdsx?compose=new'))).toBe('18b8a1f2c9d0e4df');
    expect(adapter.conversationId(doc, new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe('18b8a1f2c9d0e4df');
    // While the thread has not rendered yet, the hash route still keys it.
    const loading = new DOMParser().parseFromString('<div role="main"></div>', 'text/html');
    expect(adapter.conversationId(loading, THREAD_URL)).toBe('FMfcgzQcqbVpLxJtWbgKbTnHcRmqWdsx');
    // Another thread (the Persian page) keys differently under the same "#inbox" route.
    expect(adapter.conversationId(page('thread-fa-no-reply'), new URL('https://mail.google.com/mail/u/0/#inbox'))).not.toBe('18b8a1f2c9d0e4df');
  });

  it('reads the thread oldest first, tells the customer from the signed-in account, drops quoted history', () => {
    const msgs = adapter.messages(page('thread-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[0].sender).toBe('Dana Whitfield');
    expect(msgs[1].text).toBe('Hi Dana,\nThanks for your patience. I have asked the courier for an update and will write back by tomorrow.\nSam, Lumen Lamps');
    expect(msgs[2].text).toBe('Thanks. It still says "in transit" today.\nIf it can\'t arrive before Friday I\'d rather cancel and get a refund.');
    expect(msgs[2].time).toBe('Wed, Nov 5, 2025, 4:41 PM');
  });

  it('finds the inline reply body, and null when the reply box is not open', () => {
    const doc = page('thread-reply');
    const ed = adapter.findEditor(doc);
    expect(ed?.getAttribute('g_editable')).toBe('true');
    expect(ed?.id).toBe(':8v');
    expect(adapter.findEditor(page('thread-fa-no-reply'))).toBeNull();
  });

  it('reads a Persian thread, skipping the hidden earlier view', () => {
    const doc = page('thread-fa-no-reply');
    const msgs = adapter.messages(doc);
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs.some((m) => m.text.includes('خبرنامه') || m.text.includes('تازه‌های'))).toBe(false);
    expect(msgs[2].text).toBe('دو روز گذشته و هنوز خبری نیست.\nلطفاً اگر کتاب موجود نیست، پول را برگردانید.');
    expect(adapter.conversationId(doc, new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe('18b9200a7f3e8821');
  });

  it('without a visible account, the first sender is the customer', () => {
    const doc = page('thread-reply');
    doc.title = 'Lumen Lamps Mail';
    doc.querySelector('header')!.remove();
    const msgs = adapter.messages(doc);
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });

  it('readPage uses the adapter, and degrades on a Gmail page it cannot read', () => {
    const doc = page('thread-reply');
    const r = readPage({ doc, url: THREAD_URL, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.editorKind).toBe('contenteditable');
    expect(r.siteTicketId).toBe('18b8a1f2c9d0e4df');
    expect(r.customer?.text).toContain('cancel and get a refund');

    const settings = new DOMParser().parseFromString(
      '<title>Settings - support@lumenlamps.com - Gmail</title><div role="main"><h2>Settings</h2><table><tr><td>Language</td><td><select><option>English</option></select></td></tr></table></div>',
      'text/html',
    );
    const url = new URL('https://mail.google.com/mail/u/0/#settings/general');
    expect(adapter.messages(settings)).toEqual([]);
    expect(adapter.findEditor(settings)).toBeNull();
    const d = readPage({ doc: settings, url, adapter });
    expect(d.degraded).toBe(true);
    expect(d.adapterId).toBe('gmail');
  });
});
