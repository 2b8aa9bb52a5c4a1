/**
 * The page script put together: one session (state), the watchers that report draft and context
 * changes, the publisher that sends them to connected panels, the overlay frame, the writer, and
 * the router every incoming message goes through.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createControl } from './control.ts';
import { createFrame } from './frame.ts';
import { acceptOpen } from './handoff.ts';
import { createPublisher } from './publisher.ts';
import { createPageRouter, listen } from './router.ts';
import { Session } from './session.ts';
import { createHistoryLoader } from '../../lib/sites/history.ts';
import { createWatchers } from './watchers.ts';
import { createVisibilityWatch } from './visibility.ts';
import { createPageBridge, createWriter } from './writer.ts';

export function startTactful(ctx: ContentScriptContext): void {
  const session = new Session(document);
  const frame = createFrame(ctx);
  const publisher = createPublisher(session, {
    onContextRead(editor, navigated) {
      if (editor) watchers.watchEditorFrame(editor);
      // Another editor or another conversation is a layout change; any other page change is not.
      if (editor || navigated) frame.keepClearOf(editor, navigated);
    },
  });
  const watchers = createWatchers(ctx, session, {
    onDraft: () => publisher.draft(),
    onContext: (delay) => publisher.schedule(delay),
    onResize: () => frame.keepClearOf(session.currentEditor, true),
    isOwn: (node) => frame.contains(node),
  });
  // Pages that show no conversation (RT's menu Reply) read it from the site's own history page.
  session.history = createHistoryLoader(
    async (u) => {
      const res = await fetch(u, { credentials: 'same-origin', redirect: 'error' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    },
    (html) => new DOMParser().parseFromString(html, 'text/html'),
    () => publisher.schedule(0),
  );
  // The frame appearing, moving or resizing is seen by its geometry (visibility.ts), whoever does it.
  const visibility = createVisibilityWatch(document, () => frame.wrapper, () => publisher.moved());
  const control = createControl({ session, frame, watchers, publisher, isInvalid: () => ctx.isInvalid });
  const write = createWriter(session, createPageBridge(), () => requestAnimationFrame(() => publisher.draft()));
  listen(ctx, createPageRouter(session, control, write, visibility.check), publisher, control);

  // The loader asked the background whether this site opens by itself, or the background imported
  // this script to open the panel, with its settings (handoff.ts).
  const stopAccepting = acceptOpen((settings) => void control.open(settings));
  ctx.onInvalidated(() => (stopAccepting(), control.close(), visibility.stop()));
}
