import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/intercom.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'intercom');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');

const URL_C = new URL('https://app.intercom.com/a/inbox/bqo45ebi/inbox/shared/all/conversation/215470239118832');

describe('intercom adapter', () => {
  it('matches the Intercom app, including regional hosts', () => {
    const doc = page('conversation-reply');
    expect(adapter.matches(URL_C, doc)).toBe(true);
    expect(adapter.matches(new URL('https://app.eu.intercom.com/a/apps/x1y2z3/inbox/inbox/5512/conversations/99001'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://www.intercom.com/help/en/articles/1'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://app.intercom.com.evil.io/a/inbox/x'), doc)).toBe(false);
  });

  it('keys the conversation by its id in either route form', () => {
    const doc = page('conversation-reply');
    expect(adapter.conversationId(doc, URL_C)).toBe('215470239118832');
    expect(adapter.conversationId(doc, new URL('https://app.eu.intercom.com/a/apps/x1y2z3/inbox/inbox/5512/conversations/99001'))).toBe('99001');
    expect(adapter.conversationId(doc, new URL('https://app.intercom.com/a/inbox/bqo45ebi/inbox/shared/all'))).toBeNull();
  });

  it('tells user, bot, teammate and note apart and skips events', () => {
    const msgs = adapter.messages(page('conversation-reply'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'agent', 'note', 'customer']);
    expect(msgs.some((m) => m.text.includes('assigned this conversation'))).toBe(false);
    expect(msgs[5].text).toBe('IT says that will take a week.\nIs there any way to add people without email invites?');
    expect(msgs[4].text).toBe('Bounce log shows 550 policy rejection from their gateway.');
    expect(msgs[1].sender).toBe('Fin');
  });

  it('finds the ProseMirror composer, and null while it is not mounted', () => {
    expect(adapter.findEditor(page('conversation-reply'))?.id).toBe('composer-pm');
    expect(adapter.findEditor(page('conversation-fa-loading'))).toBeNull();
  });

  it('reads a Persian conversation', () => {
    const msgs = adapter.messages(page('conversation-fa-loading'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(msgs[2].text).toBe('رسید، ممنون.\nولی مبلغش با قیمت پلن ما نمی‌خواند.');
  });

  it('readPage uses the adapter, and degrades on an Intercom page it cannot read', () => {
    const r = readPage({ doc: page('conversation-reply'), url: URL_C, adapter });
    expect(r.customerSource).toBe('adapter');
    expect(r.degraded).toBe(false);
    expect(r.editorKind).toBe('prosemirror');
    expect(r.customer?.text).toContain('without email invites');

    const reports = new DOMParser().parseFromString('<main><h1>Reports</h1><div class="chart">Median first response 4m</div></main>', 'text/html');
    const d = readPage({ doc: reports, url: new URL('https://app.intercom.com/a/apps/bqo45ebi/reports/overview'), adapter });
    expect(d.degraded).toBe(true);
  });
});
