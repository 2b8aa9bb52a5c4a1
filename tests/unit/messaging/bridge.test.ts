import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_REPLY, BRIDGE_REQUEST, callBridge, serveBridge } from '../../../lib/messaging/bridge.ts';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.innerHTML = '';
});

describe('bridge RPC between the page script and the page-world bridge', () => {
  it('calls the handler for the element the request is about and returns its reply', async () => {
    document.body.innerHTML = '<div class="ck-editor__editable" id="ed">x</div><div id="f"></div>';
    const seen: string[] = [];
    stop = serveBridge(document, {
      'undo.snapshot': (target) => (seen.push(`snapshot:${target.id}`), true),
      'ck5.insert': (target, req) => (seen.push(`insert:${target.id}:${req.prefix}${req.text}${req.suffix}:${req.href}`), true),
    });
    expect(await callBridge(document.getElementById('f')!, 'undo.snapshot', {})).toBe(true);
    expect(await callBridge(document.getElementById('ed')!, 'ck5.insert', { prefix: ' ', suffix: ' ', text: 'Docs', href: "https://e.com/it's" })).toBe(true);
    expect(seen).toEqual(['snapshot:f', "insert:ed: Docs :https://e.com/it's"]);
  });

  it('answers false when the handler fails, and null when the payload is malformed', async () => {
    document.body.innerHTML = '<div id="ed"></div>';
    stop = serveBridge(document, {
      'undo.snapshot': () => false,
      'ck5.insert': () => {
        throw new Error('no editor');
      },
    });
    expect(await callBridge(document.getElementById('ed')!, 'undo.snapshot', {})).toBe(false);
    expect(await callBridge(document.getElementById('ed')!, 'ck5.insert', { prefix: '', suffix: '', text: 'a', href: null })).toBeNull();
    expect(await callBridge(document.getElementById('ed')!, 'ck5.insert', { prefix: '', suffix: '', text: 5 as unknown as string, href: null }, 200)).toBeNull();
  });

  it('ignores replies to other calls and gives up when nobody answers', async () => {
    document.body.innerHTML = '<div id="ed"></div>';
    // A page script forging a reply with another id, and a request nobody serves.
    const forge = () => document.dispatchEvent(new CustomEvent(BRIDGE_REPLY, { detail: JSON.stringify({ id: 'other', ok: true, data: true }) }));
    document.addEventListener(BRIDGE_REQUEST, forge, true);
    expect(await callBridge(document.getElementById('ed')!, 'undo.snapshot', {}, 50)).toBeNull();
    document.removeEventListener(BRIDGE_REQUEST, forge, true);
  });

  it('does not act on requests for unknown types', async () => {
    let called = 0;
    stop = serveBridge(document, { 'undo.snapshot': () => (called++, true), 'ck5.insert': () => (called++, true) });
    document.body.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { bubbles: true, detail: JSON.stringify({ id: '1', type: 'eval', payload: {} }) }));
    document.body.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { bubbles: true, detail: 'not json' }));
    expect(called).toBe(0);
  });
});
