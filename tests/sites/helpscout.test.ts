import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/helpscout.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'helpscout');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const URL_C = new URL('https://secure.helpscout.net/conversation/2703951234/18342?folderId=4410021');

describe('helpscout adapter', () => {
  it('matches Help Scout conversations only', () => {
    const doc = page('conversation-reply');
    expect(adapter.matches(URL_C, doc)).toBe(true);
    expect(adapter.matches(new URL('https://secure.helpscout.net/inboxes/508ac92f66c3dcff/views/99451'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://www.helpscout.com/conversation/2703951234/18342'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://secure.helpscout.net/settings/profile'), doc)).toBe(false);
  });

  it('keys the conversation by its id, not the display number', () => {
    expect(adapter.conversationId(page('conversation-reply'), URL_C)).toBe('2703951234');
    expect(adapter.conversationId(page('conversation-reply'), new URL('https://secure.helpscout.net/inboxes/508ac92f66c3dcff/views/99451'))).toBeNull();
  });

  it('orders newest-first threads oldest first, skips events, and keeps notes apart', () => {
    const msgs = adapter.messages(page('conversation-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs.some((m) => m.text.includes('assigned this conversation'))).toBe(false);
    expect(msgs[3].text).toBe('Still failing after clearing the cache.\nThe file downloads but it is empty, 0 bytes.');
    expect(msgs[3].sender).toBe('Kenji Watanabe');
    expect(msgs[2].text).toBe('Looks like the export bug from release 4.18. Asked engineering in #billing.');
  });

  it('keeps page order when the threads carry no machine-readable time', () => {
    const msgs = adapter.messages(page('conversation-no-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[2].text).toBe('Could you refund the difference for November instead?');
  });

  it('finds the reply form editor, and null when the reply form is closed', () => {
    expect(adapter.findEditor(page('conversation-reply'))?.id).toBe('reply-body');
    expect(adapter.findEditor(page('conversation-no-reply'))).toBeNull();
  });

  it('readPage uses the adapter, and degrades on a Help Scout page it cannot read', () => {
    const r = readPage({ doc: page('conversation-reply'), url: URL_C, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.customer?.text).toContain('0 bytes');
    expect(r.conversationId).toBe('secure.helpscout.net|2703951234');

    const redesign = new DOMParser().parseFromString('<div class="sc-x1"><div class="sc-x2">Kenji: the export is still empty.</div></div>', 'text/html');
    const d = readPage({ doc: redesign, url: URL_C, adapter });
    expect(d.degraded).toBe(true);
  });
});
