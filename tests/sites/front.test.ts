import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/front.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'front');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const URL_C = new URL('https://app.frontapp.com/open/cnv_55c8c149');

describe('front adapter', () => {
  it('matches the Front app only', () => {
    const doc = page('conversation-draft');
    expect(adapter.matches(URL_C, doc)).toBe(true);
    expect(adapter.matches(new URL('https://app.frontapp.com/inboxes/teammates/23456/inbox/open/184467012'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://front.com/product'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://app.frontapp.com.evil.io/open/cnv_1'), doc)).toBe(false);
  });

  it('keys the conversation by its cnv_ id or the number that ends an inbox route, not a folder id', () => {
    const doc = page('conversation-draft');
    expect(adapter.conversationId(doc, URL_C)).toBe('cnv_55c8c149');
    expect(adapter.conversationId(doc, new URL('https://app.frontapp.com/inboxes/teammates/23456/inbox/open/184467012'))).toBe('184467012');
    expect(adapter.conversationId(doc, new URL('https://app.frontapp.com/inboxes/teams/folders/12345'))).toBeNull();
    expect(adapter.conversationId(doc, new URL('https://app.frontapp.com/inboxes/teammates/23456/inbox/open'))).toBeNull();
  });

  it('reads inbound as customer, outbound as agent, comments as notes, and drops quotes', () => {
    const msgs = adapter.messages(page('conversation-draft'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs[1].text).toBe("Hi Sofia, yes: orders above 25 chairs get 12% off. I've attached a quote valid until 30 November.");
    expect(msgs[3].text).toBe('Thanks for the quote.\nOur finance team asks whether 15% is possible if we pay in advance.');
    expect(msgs[2].sender).toBe('Daniel Kim');
    const other = adapter.messages(page('conversation-no-draft'));
    expect(other.map((m) => m.author)).toEqual(['customer', 'agent', 'note']);
  });

  it('finds the reply draft, never the comment box, and null when no draft is open', () => {
    expect(adapter.findEditor(page('conversation-draft'))?.id).toBe('reply-draft');
    expect(adapter.findEditor(page('conversation-no-draft'))).toBeNull();
  });

  it('readPage uses the adapter, and degrades on a Front page it cannot read', () => {
    const r = readPage({ doc: page('conversation-draft'), url: URL_C, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.editorKind).toBe('prosemirror');
    expect(r.conversationId).toBe('app.frontapp.com|cnv_55c8c149');
    // Even with only the comment box on screen, the customer still comes from the adapter.
    const r2 = readPage({ doc: page('conversation-no-draft'), url: URL_C, adapter });
    expect(r2.customer?.text).toBe('I asked for a return label on Monday and still have nothing.');
    expect(r2.degraded).toBe(false);

    const analytics = new DOMParser().parseFromString('<main><h1>Analytics</h1><p>Replies sent: 212</p></main>', 'text/html');
    const d = readPage({ doc: analytics, url: new URL('https://app.frontapp.com/analytics'), adapter });
    expect(d.degraded).toBe(true);
  });
});
