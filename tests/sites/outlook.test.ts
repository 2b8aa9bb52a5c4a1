import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/outlook.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'outlook');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const ITEM = 'AAQkADk3NzE0ZDNmLWI0ZTItNDM2MC1hZGMzLTkwYzQ1ZDk2M2I5MAAQAHDz2c8xN0dLg3z1VgQf2rc=';
const URL_WORK = new URL(`https://outlook.office.com/mail/inbox/id/${encodeURIComponent(ITEM)}`);

describe('outlook adapter', () => {
  it('matches Outlook mail on its hosts only', () => {
    const doc = page('conversation-reply');
    expect(adapter.matches(URL_WORK, doc)).toBe(true);
    expect(adapter.matches(new URL('https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM3'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://outlook.office365.com/mail/'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://outlook.office.com/calendar/view/week'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://outlook.example.com/mail/'), doc)).toBe(false);
  });

  it('keys the conversation by the item id in the path or query, else by the selected row', () => {
    const doc = page('conversation-reply');
    expect(adapter.conversationId(doc, URL_WORK)).toBe(ITEM);
    expect(adapter.conversationId(doc, new URL('https://outlook.live.com/mail/deeplink/read/AQMkADAwATY0MDABLTk1?ui=en-US'))).toBe('AQMkADAwATY0MDABLTk1');
    expect(adapter.conversationId(doc, new URL('https://outlook.office365.com/owa/?ItemID=RgAAAAB%2Fk9&viewmodel=ReadMessageItem'))).toBe('RgAAAAB/k9');
    expect(adapter.conversationId(doc, new URL('https://outlook.office.com/mail/inbox'))).toBe(ITEM);
  });

  it('orders newest-on-top conversations oldest first and tells the owner from the customer', () => {
    const msgs = adapter.messages(page('conversation-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs.map((m) => m.sender)).toEqual(['Priya Natarajan', 'Jordan Lee', 'Priya Natarajan']);
    expect(msgs[0].text).toBe('Hi,\nOne of the poles of my Ridge 2 tent snapped the first time I pitched it. Order NW-20931.');
    // The reply header and the quoted answer under it are cut.
    expect(msgs[2].text).toBe(
      'Hello Jordan,\nThe replacement pole arrived today but it is the 8.5 mm one, not the 9.5 mm my tent needs.\nCan you send the right size, or should I return the whole tent?',
    );
  });

  it('finds the body editor, not the recipient field, and null before Reply', () => {
    const ed = adapter.findEditor(page('conversation-reply'));
    expect(ed?.id).toBe('editorBody_reply');
    expect(adapter.findEditor(page('read-no-reply'))).toBeNull();
  });

  it('on outlook.com, a customer on the same public domain is still the customer', () => {
    const msgs = adapter.messages(page('read-no-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[2].text).toBe("Yes please, a picture would help.\nIf they look close I'll order six today.");
  });

  it('readPage uses the adapter, and degrades on an Outlook page it cannot read', () => {
    const r = readPage({ doc: page('conversation-reply'), url: URL_WORK, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.editorKind).toBe('contenteditable');
    expect(r.conversationId).toBe(`outlook.office.com|${ITEM}`);
    expect(r.customer?.text).toContain('9.5 mm');

    const empty = new DOMParser().parseFromString('<div role="main"><h1>Your mailbox is being set up</h1></div>', 'text/html');
    const d = readPage({ doc: empty, url: new URL('https://outlook.office.com/mail/'), adapter });
    expect(adapter.messages(empty)).toEqual([]);
    expect(d.degraded).toBe(true);
  });
});
