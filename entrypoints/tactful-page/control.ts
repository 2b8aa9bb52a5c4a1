/**
 * What the agent does to the panel and the page through it: open, close, toggle, lay out, and
 * teach the site with the picker. Watching the page runs while anyone looks at it: the overlay
 * frame is mounted or a panel (overlay or side panel) is connected.
 */
import { askBackground } from '../../lib/messaging/pageSide.ts';
import { selectorFor } from '../../lib/sites/selectors.ts';
import { isEditorCandidate } from '../../lib/sites/editors/detect.ts';
import type { Layout } from '../../lib/messaging/protocol.ts';
import { DEFAULT_LAYOUT, type Frame } from './frame.ts';
import type { Placement } from './placement.ts';
import { mountPicker, type PickerHandle } from './picker.ts';
import type { Publisher } from './publisher.ts';
import type { PickerTarget, Session } from './session.ts';
import type { Watchers } from './watchers.ts';

export interface ControlDeps {
  session: Session;
  frame: Frame;
  watchers: Watchers;
  publisher: Publisher;
  isInvalid(): boolean;
}

/** The frame as it is now (real width, pushed or not), or the asked layout when it is not mounted. */
function layoutNow(frame: Frame): Layout {
  const plan = frame.plan;
  return plan ? { side: plan.side, width: plan.width, collapsed: plan.collapsed, pushed: plan.pushed } : frame.layout;
}

export function createControl({ session, frame, watchers, publisher, isInvalid }: ControlDeps) {
  const hostKey = () => session.doc.location?.host || 'local';
  let picker: PickerHandle | null = null;
  let settingsLoaded = false;

  /** Layout, placement and taught places from the background; defaults when it does not answer. */
  async function loadSettings(): Promise<{ layout: Layout; placement: Placement }> {
    try {
      const [prefs, taught] = await Promise.all([askBackground('prefs.get'), askBackground('picker.get', { host: hostKey() })]);
      session.taught = taught;
      settingsLoaded = true;
      return { layout: { side: prefs.panelSide, width: prefs.panelWidth, collapsed: prefs.panelCollapsed }, placement: prefs.panelPlacement ?? 'auto' };
    } catch {
      return { layout: DEFAULT_LAYOUT, placement: 'auto' };
    }
  }

  const control = {
    sync() {
      if (frame.mounted || publisher.panels > 0) watchers.start();
      else watchers.stop();
    },
    async open() {
      if (frame.mounted || isInvalid()) return;
      const { layout, placement } = await loadSettings();
      if (frame.mounted || isInvalid()) return;
      // Clear of the reply box from the first frame, not from the first context read.
      frame.keepClearOf(session.focusedEditor ?? session.currentEditor);
      frame.mount(layout, placement);
      control.sync();
    },
    close() {
      frame.remove();
      control.pick(null, false);
      control.sync();
    },
    toggle() {
      if (frame.mounted) control.close();
      else void control.open();
    },
    /** A side panel connected without the overlay: read taught places for it too. */
    async attachSettings() {
      if (settingsLoaded) return;
      await loadSettings();
      publisher.context(true);
    },
    /** Applies the agent's change at once (clearance included) and remembers it; replies with the frame as it now is. */
    layout(patch: Partial<Layout>, placement?: Placement): Layout {
      frame.setLayout(patch, placement);
      const asked = frame.layout;
      const save = { panelSide: asked.side, panelWidth: asked.width, panelCollapsed: asked.collapsed, ...(placement ? { panelPlacement: placement } : {}) };
      void askBackground('prefs.set', { patch: save }).catch(() => {});
      return layoutNow(frame);
    },
    /** Starts "point at it" for the customer message or the reply box; null stops it. */
    pick(target: PickerTarget | null, publish = true) {
      picker?.stop();
      picker = null;
      session.pickerTarget = target;
      if (target) picker = mountPicker(session.doc, (el) => !frame.contains(el), (el) => void taught(target, el), () => done());
      if (publish) publisher.context(true);
    },
  };
  const done = () => {
    picker = null;
    session.pickerTarget = null;
    publisher.context(true);
  };
  async function taught(target: PickerTarget, el: Element) {
    const selector = selectorFor(el, { generalise: target === 'customer' });
    session.taught = { ...(session.taught ?? {}), [target]: selector };
    if (target === 'editor' && isEditorCandidate(el)) session.focusedEditor = el;
    if (target === 'customer') session.stickySelection = null;
    picker = null;
    session.pickerTarget = null;
    await askBackground('picker.set', { host: hostKey(), [target]: selector }).catch(() => {});
    publisher.context(true);
  }
  return control;
}
export type Control = ReturnType<typeof createControl>;
