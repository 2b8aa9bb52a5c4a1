// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mayHandle, senderContext, type MessageSender } from '../../../lib/db/senders.ts';
import type { ToBackground } from '../../../lib/messaging/protocol.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const options: MessageSender = { id: ID, url: `${ORIGIN}options.html` };
const panelInTab: MessageSender = { id: ID, url: `${ORIGIN}panel.html`, tab: { id: 7, url: 'https://evil.example/ticket' } };
const contentScript: MessageSender = { id: ID, url: 'https://evil.example/ticket/1', tab: { id: 7, url: 'https://evil.example/ticket/1' } };
const lookalike: MessageSender = { id: ID, url: `chrome-extension://${ID}.evil.example/options.html`, tab: { id: 7 } };
const otherExtension: MessageSender = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

const ok = (msg: ToBackground, sender: MessageSender) => mayHandle(msg, sender, senderContext(sender, ID, ORIGIN)).ok;

const PRIVILEGED: ToBackground[] = [
  { type: 'data.export' },
  { type: 'data.import', backup: {} },
  { type: 'kb.delete', ids: ['help.example.com/a'] },
  { type: 'kb.upsert', articles: [] },
  { type: 'kb.list' },
  { type: 'kb.get', id: 'help.example.com/a' },
  { type: 'kb.clear' },
  { type: 'packs.install', pack: {} },
  { type: 'packs.remove', id: 'acme.pack' },
  { type: 'sites.add', host: 'evil.example' },
  { type: 'sites.remove', host: 'mail.google.com' },
  { type: 'tags.import', events: [] },
  { type: 'tags.events' },
  { type: 'team.apply', settings: {} },
  { type: 'prefs.set', patch: { agentName: 'attacker' } },
  { type: 'prefs.set', patch: { panelWidth: 400, silencedRules: [] } },
];

describe('senders', () => {
  it('tells extension pages (also the panel framed in a tab) from content scripts, and ignores other extensions', () => {
    expect(senderContext(options, ID, ORIGIN)).toBe('extension-page');
    expect(senderContext(panelInTab, ID, ORIGIN)).toBe('extension-page');
    expect(senderContext({ id: ID, url: `moz-extension://1234-uuid/sidepanel.html` }, ID, 'moz-extension://1234-uuid/')).toBe('extension-page');
    expect(senderContext(contentScript, ID, ORIGIN)).toBe('content-script');
    expect(senderContext(lookalike, ID, ORIGIN)).toBe('content-script');
    expect(senderContext({ id: ID, tab: { id: 1 } }, ID, ORIGIN)).toBe('content-script');
    expect(senderContext(otherExtension, ID, ORIGIN)).toBeNull();
  });

  it('obeys privileged operations only from extension pages', () => {
    for (const msg of PRIVILEGED) {
      expect(ok(msg, options), msg.type).toBe(true);
      expect(ok(msg, panelInTab), msg.type).toBe(true);
      expect(ok(msg, contentScript), `${msg.type} from a content script`).toBe(false);
      expect(ok(msg, lookalike), msg.type).toBe(false);
      expect(ok(msg, otherExtension), msg.type).toBe(false);
    }
  });

  it('lets the content script do what the page script needs, for its own page only', () => {
    expect(ok({ type: 'sites.shouldOpen', url: 'https://evil.example/ticket/1' }, contentScript)).toBe(true);
    expect(ok({ type: 'prefs.get' }, contentScript)).toBe(true);
    expect(ok({ type: 'prefs.set', patch: { panelSide: 'left', panelWidth: 420, panelCollapsed: true } }, contentScript)).toBe(true);
    expect(ok({ type: 'picker.get', host: 'evil.example' }, contentScript)).toBe(true);
    expect(ok({ type: 'picker.set', host: 'evil.example', customer: '.msg' }, contentScript)).toBe(true);
    expect(ok({ type: 'picker.set', host: 'mail.google.com', customer: '.msg' }, contentScript)).toBe(false);
    expect(ok({ type: 'picker.get', host: 'mail.google.com' }, contentScript)).toBe(false);
    expect(ok({ type: 'picker.get', host: 'local' }, { id: ID, url: 'file:///tmp/page.html', tab: { id: 1 } })).toBe(true);
  });
});
