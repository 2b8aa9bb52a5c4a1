/**
 * Everything that arrives at the page script, through one schema and one handler table: the
 * background's requests (toolbar, shortcut, menu) as runtime messages, and the panels' requests
 * over their ports. A message that does not parse, or comes from anyone but this extension, is
 * ignored.
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messaging/define.ts';
import type { Router } from '../../lib/messaging/envelope.ts';
import { createPageSideRouter } from '../../lib/messaging/pageSide.ts';
import type { FrameVisibility, PageProtocol, ToPage, WriteOp, WriteResult } from '../../lib/messaging/protocol.ts';
import { PANEL_PORT, servePanel, type PortLike } from '../../lib/messaging/serve.ts';
import type { Control } from './control.ts';
import type { Lifetime } from './lifetime.ts';
import type { Publisher } from './publisher.ts';
import type { Session } from './session.ts';
import { highlight } from './highlight.ts';

export type PageRouter = Router<ToPage, void>;
type Write = (op: WriteOp, draftVersion?: number) => Promise<WriteResult>;

/** `frameCheck`: the clickjacking check of the overlay frame (visibility.ts); without one, every click is refused. */
export function pageHandlers(session: Session, control: Control, write: Write, frameCheck: () => FrameVisibility = () => ({ visible: false, reason: 'not checked', settledMs: 0 })): Handlers<PageProtocol> {
  return {
    'panel.toggle': () => (control.toggle(), null),
    'panel.open': () => (void control.open(), null),
    'panel.close': () => (control.close(), null),
    'panel.visibility': () => frameCheck(),
    'panel.layout': ({ side, width, collapsed, placement }) => control.layout({ side, width, collapsed }, placement),
    'page.write': ({ write: op, draftVersion }) => write(op, draftVersion),
    'page.pick': ({ target }) => (control.pick(target), true),
    'page.highlight': ({ start, end }) => (highlight(session.currentEditor, start, end), null),
    'page.unhighlight': () => (highlight(session.currentEditor, 0, 0), null),
  };
}

export function createPageRouter(session: Session, control: Control, write: Write, frameCheck: () => FrameVisibility): PageRouter {
  return createPageSideRouter(pageHandlers(session, control, write, frameCheck));
}

type Sender = { id?: string };

/** Runtime messages from the background, and ports from panels, into the router. */
export function listen(life: Lifetime, router: PageRouter, publisher: Publisher, control: Control): void {
  const ours = (s: Sender | undefined) => !life.isInvalid && s?.id === browser.runtime.id;
  const onMessage = (raw: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (!ours(sender)) return;
    // The loader's one message (loaderProtocol), answered here too: where the background imported
    // this script without the loader, it asks whether Tactful already runs before each toggle.
    if ((raw as { type?: unknown } | null)?.type === 'page.load') return void sendResponse(true);
    const req = router.parse(raw);
    if (!req) return;
    void router.dispatch(req).then(sendResponse);
    return true;
  };
  const onConnect = (port: PortLike & { sender?: Sender }) => {
    if (port.name !== PANEL_PORT || !ours(port.sender)) return;
    const panel = servePanel(port, router, undefined, () => {
      publisher.remove(panel);
      control.sync();
    });
    publisher.add(panel);
    control.sync();
    void control.attachSettings();
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onConnect.addListener(onConnect as never);
  life.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onConnect.removeListener(onConnect as never);
  });
}
