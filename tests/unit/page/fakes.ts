/** Small fakes for the page-script modules: a lifetime, and a page handler table that records calls. */
import type { Handlers } from '../../../lib/messaging/define.ts';
import type { PageProtocol } from '../../../lib/messaging/protocol.ts';
import type { Lifetime } from '../../../entrypoints/tactful-page/lifetime.ts';

export function fakeLifetime(): Lifetime & { invalidate(): void } {
  const ac = new AbortController();
  return {
    get isInvalid() {
      return ac.signal.aborted;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: ac.signal });
    },
    onInvalidated(cb) {
      ac.signal.addEventListener('abort', cb);
    },
    invalidate: () => ac.abort(),
  };
}

export function pageHandlersFake() {
  const calls: unknown[][] = [];
  const rec = (...c: unknown[]) => void calls.push(c);
  const handlers: Handlers<PageProtocol> = {
    'panel.toggle': () => (rec('panel.toggle'), null),
    'panel.open': () => (rec('panel.open'), null),
    'panel.close': () => (rec('panel.close'), null),
    'panel.layout': (r) => (rec('panel.layout', r.width), { side: 'right', width: r.width ?? 360, collapsed: false }),
    'page.write': (r) => (rec('page.write', r.write, r.draftVersion), { ok: true, strategy: 'fake' }),
    'page.pick': (r) => (rec('page.pick', r.target), true),
    'page.highlight': () => null,
    'page.unhighlight': () => null,
    'panel.visibility': () => ({ visible: true, settledMs: 10_000 }),
  };
  return { handlers, calls };
}
