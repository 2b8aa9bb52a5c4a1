import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../lib/sites/adapters/chatwoot.ts';
import { adapter as zammad } from '../../lib/sites/adapters/zammad.ts';
import { adapter as hubspot } from '../../lib/sites/adapters/hubspot.ts';
import { adapter as zohodesk } from '../../lib/sites/adapters/zohodesk.ts';
import { readPage } from '../../lib/sites/read.ts';
import { adapterFor } from '../../lib/sites/registry.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'chatwoot');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const page = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));

const CLOUD = new URL('https://app.chatwoot.com/app/accounts/3/conversations/123');
const SELF = new URL('https://chat.example.com/app/accounts/3/inbox/7/conversations/123');
const SELF_FA = new URL('https://chat.example.ir/app/accounts/1/conversations/77');

describe('Chatwoot adapter', () => {
  it('matches Chatwoot Cloud by host and self-hosted by route plus markup', () => {
    expect(adapter.matches(CLOUD, page('conversation.html'))).toBe(true);
    expect(adapter.matches(SELF, page('conversation.html'))).toBe(true);
    expect(adapter.matches(SELF_FA, page('conversation-fa.html'))).toBe(true);
    expect(adapterFor(SELF, page('conversation.html'))?.id).toBe('chatwoot');
    expect(adapterFor(CLOUD, page('conversation-fa.html'))?.id).toBe('chatwoot');
    expect(adapter.matches(new URL('https://app.chatwoot.com/hc/help/articles/1'), page('conversation.html'))).toBe(false);
    expect(adapter.matches(SELF, parse('<ul><li class="left">not chatwoot</li></ul>'))).toBe(false);
    expect(adapter.matches(new URL('https://chat.example.com/conversations/123'), page('conversation.html'))).toBe(false);
    for (const other of [zammad, hubspot, zohodesk]) expect(other.matches(SELF, page('conversation.html')), other.id).toBe(false);
  });

  it('keys the conversation by account and conversation number', () => {
    expect(adapter.conversationId(page('conversation.html'), SELF)).toBe('3/123');
    expect(adapter.conversationId(page('conversation.html'), new URL('https://app.chatwoot.com/app/accounts/3/dashboard'))).toBeNull();
  });

  it('v3 markup: contact, agent and private note apart; activity lines skipped; quotes dropped', () => {
    const msgs = adapter.messages(page('conversation.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(msgs[0].text).toBe('Hi, my subscription was charged twice this month.\nOrder: 88-4412');
    expect(msgs[2].text).toBe('@Nika Stripe shows two captures, please refund one.');
    expect(msgs[3].text).toBe('Thanks. Will the refund go to the same card?');
  });

  it('v4 markup (Persian, RTL): bubbles by side, lock icon marks the note', () => {
    const msgs = adapter.messages(page('conversation-fa.html'));
    expect(msgs.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'note']);
    expect(msgs[2].text).toBe('شماره سفارش ۷۷۱۲ است.\nلطفاً زودتر پیگیری کنید.');
    expect(msgs.some((m) => m.text.includes('واگذار'))).toBe(false);
  });

  it('finds the ProseMirror reply editor; null when the reply box is not there', () => {
    const ed = adapter.findEditor(page('conversation.html'))!;
    expect(ed.classList.contains('ProseMirror')).toBe(true);
    expect(ed.parentElement?.classList.contains('ProseMirror-woot-style')).toBe(true);
    expect(adapter.findEditor(page('conversation-fa.html'))).toBeNull();
  });

  it('readPage: adapter source with a ProseMirror editor; degraded when nothing is found', () => {
    const r = readPage({ doc: page('conversation.html'), url: SELF, adapter });
    expect(r).toMatchObject({ adapterId: 'chatwoot', customerSource: 'adapter', degraded: false, editorKind: 'prosemirror', siteTicketId: '3/123' });
    expect(r.customer?.text).toBe('Thanks. Will the refund go to the same card?');

    const fa = readPage({ doc: page('conversation-fa.html'), url: SELF_FA, adapter });
    expect(fa).toMatchObject({ customerSource: 'adapter', degraded: false });
    expect(fa.customer?.text).toBe('شماره سفارش ۷۷۱۲ است.\nلطفاً زودتر پیگیری کنید.');

    const empty = parse('<div id="app"><ul class="conversation-panel"></ul></div>');
    const d = readPage({ doc: empty, url: CLOUD, adapter });
    expect(d.degraded).toBe(true);
    expect(d.customerSource).not.toBe('adapter');
  });
});
