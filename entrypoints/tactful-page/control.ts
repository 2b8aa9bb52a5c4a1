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
import { openSettingsFrom, type OpenSettings } from './handoff.ts';
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

/** The panel's settings and the places taught on this host: handed over, or asked of the background. */
function createSettings(session: Session, hostKey: () => string) {
  let loaded = false;
  const use = (settings: OpenSettings) => {
    session.taught = settings.taught;
    loaded = true;
    return settings;
  };
  return {
    get loaded() {
      return loaded;
    },
    use,
    /** From the background; defaults (and nothing taught) when it does not answer. */
    async load(): Promise<{ layout: Layout; placement: Placement }> {
      try {
        const [prefs, taught] = await Promise.all([askBackground('prefs.get'), askBackground('picker.get', { host: hostKey() })]);
        return use(openSettingsFrom(prefs, taught));
      } catch {
        return { layout: DEFAULT_LAYOUT, placement: 'auto' };
      }
    },
  };
}

export function createControl({ session, frame, watchers, publisher, isInvalid }: ControlDeps) {
  const hostKey = () => session.doc.location?.host || 'local';
  let picker: PickerHandle | null = null;
  const settings = createSettings(session, hostKey);

  const control = {
    sync() {
      if (frame.mounted || publisher.panels > 0) watchers.start();
      else watchers.stop();
    },
    /** Opens with `given` settings (handed over as the script started, handoff.ts), else asks the background. */
    async open(given?: OpenSettings) {
      if (frame.mounted || isInvalid()) return;
      const { layout, placement } = given ? settings.use(given) : await settings.load();
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
      if (settings.loaded) return;
      await settings.load();
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
