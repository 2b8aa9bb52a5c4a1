/**
 * Sends what the panels need over their ports, and only what changed: the draft (text and
 * version) when it changes, the context (customer message, editor, conversation) when a re-read
 * of the page differs from the last one sent. Nothing is broadcast; with no panel connected
 * nothing is read or sent.
 */
import type { PageContext } from '../../lib/messaging/protocol.ts';
import type { PanelConnection } from '../../lib/messaging/port.ts';
import type { Session } from './session.ts';

export interface Publisher {
  readonly panels: number;
  add(panel: PanelConnection): void;
  remove(panel: PanelConnection): void;
  /** Re-reads the draft and sends it when it changed. */
  draft(): void;
  /** Re-reads the page now and sends the context when it changed (always when `force`). */
  context(force?: boolean): void;
  /** Re-reads the page after `delay` ms; the first pending delay wins. */
  schedule(delay: number): void;
  /** Tells the panels their frame appeared, moved or changed size. */
  moved(): void;
}

export interface PublisherHooks {
  /**
   * After each context read, with the editor it chose (to watch its iframe, keep the frame clear
   * of it) and whether the page's address changed since the last read (another conversation).
   */
  onContextRead(editor: Element | null, navigated: boolean): void;
}

export function createPublisher(session: Session, hooks: PublisherHooks, timers: Pick<Window, 'setTimeout' | 'clearTimeout'> = window): Publisher {
  const panels = new Set<PanelConnection>();
  let lastContext = '';
  let postedVersion = -1;
  let scheduled = 0;
  let lastUrl: string | null = null;
  const read = (): PageContext => {
    const context = session.readContext();
    const navigated = lastUrl !== null && context.url !== lastUrl;
    lastUrl = context.url;
    hooks.onContextRead(session.currentEditor, navigated);
    return context;
  };
  // By version, not by "changed on this read": a write may have read the new draft first.
  const postDraft = () => {
    if (session.draft.version === postedVersion) return;
    postedVersion = session.draft.version;
    for (const p of panels) p.post({ type: 'page.draft', draft: session.draft });
  };
  const postContext = (context: PageContext) => {
    for (const p of panels) p.post({ type: 'page.context', context });
  };
  const pub: Publisher = {
    get panels() {
      return panels.size;
    },
    add(panel) {
      panels.add(panel);
      const context = read();
      lastContext = JSON.stringify(context);
      panel.post({ type: 'page.context', context });
      session.readDraft();
      if (session.draft.version !== postedVersion) postDraft();
      else panel.post({ type: 'page.draft', draft: session.draft });
    },
    remove(panel) {
      panels.delete(panel);
    },
    draft() {
      if (!panels.size) return;
      session.readDraft();
      postDraft();
    },
    context(force = false) {
      if (!panels.size) return;
      const context = read();
      const key = JSON.stringify(context);
      if (force || key !== lastContext) {
        lastContext = key;
        postContext(context);
      }
      // Another editor means another draft.
      session.readDraft();
      postDraft();
    },
    moved() {
      for (const p of panels) p.post({ type: 'page.moved' });
    },
    schedule(delay) {
      if (scheduled) return;
      scheduled = timers.setTimeout(() => {
        scheduled = 0;
        pub.context();
      }, delay);
    },
  };
  return pub;
}
