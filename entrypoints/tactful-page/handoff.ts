/**
 * What the page script is told as it starts, by whoever imported it into the tab's isolated world
 * (whose globals the page's own scripts cannot see):
 * - the loader (helpdesk.content.ts) has already asked the background whether this site opens by
 *   itself; passing the answer on saves the page script a second question (a message to the
 *   service worker, and its reply on the host's main thread);
 * - the background, opening the panel on a page Tactful is not enabled on (background.ts), imports
 *   the page script itself (startPageScript) with the settings the panel opens with (layout,
 *   placement, places taught for the host), so opening asks the background nothing: no message
 *   sent and no reply handled on the host's main thread.
 */
import type { Layout } from '../../lib/messaging/protocol.ts';
import type { Placement } from './placement.ts';
import type { Taught } from './session.ts';

/** What opening the panel needs from the background. */
export interface OpenSettings {
  layout: Layout;
  placement: Placement;
  /** The places taught with the picker on this host. */
  taught: Taught | null;
}

/** The settings from the stored preferences and taught places (what 'prefs.get' and 'picker.get' answer). */
export function openSettingsFrom(
  prefs: { panelSide: Layout['side']; panelWidth: number; panelCollapsed: boolean; panelPlacement?: Placement },
  taught: Taught | null,
): OpenSettings {
  return { layout: { side: prefs.panelSide, width: prefs.panelWidth, collapsed: prefs.panelCollapsed }, placement: prefs.panelPlacement ?? 'auto', taught };
}

interface Handoff {
  /** Set by the page script once it has started: opens the panel. */
  tactfulOpen?: () => void;
  /** Set before the import, by the loader or the background (startPageScript): open once started. */
  tactfulOpenOnStart?: boolean;
  /** Set with tactfulOpenOnStart by the background: open with these, without asking. */
  tactfulOpenSettings?: OpenSettings;
  /**
   * Set by a page script as it starts: whether it still runs. An extension reload or update leaves
   * the old script's globals in this world, so a mark alone would keep the new one from starting.
   */
  tactfulPageAlive?: () => boolean;
}

const shared = () => globalThis as unknown as Handoff;

/** Loader side: the site opens by itself. Opens a started page script, or has `load` start one that opens. */
export function openWhenStarted(load: () => Promise<unknown>): Promise<unknown> {
  const h = shared();
  if (h.tactfulOpen && (h.tactfulPageAlive?.() ?? true)) return Promise.resolve(h.tactfulOpen());
  h.tactfulOpenOnStart = true;
  return load();
}

/**
 * Background side, run in the tab's isolated world by scripting.executeScript (serialised: it uses
 * nothing from outside itself, and its arguments are plain data). Marks "open once started" with
 * `settings` when the page is still on the host they were read for, then imports the page script
 * from `url`; resolves once the module has run (its start is a microtask queued before that).
 */
export function startPageScript(url: string, open: boolean, settings: OpenSettings | null, host: string): Promise<boolean> {
  const h = globalThis as unknown as { tactfulOpenOnStart?: boolean; tactfulOpenSettings?: OpenSettings };
  if (open) {
    h.tactfulOpenOnStart = true;
    // The tab may have gone to another site since the background read them.
    if (settings && (location.host || 'local') === host) h.tactfulOpenSettings = settings;
  }
  return import(/* @vite-ignore */ url).then(() => true);
}

/**
 * Page script side: registers how to open, and opens now (with the settings handed over, if any)
 * if asked before the start. Returns the unregister.
 */
export function acceptOpen(open: (settings?: OpenSettings) => void): () => void {
  const h = shared();
  const opener = () => open();
  h.tactfulOpen = opener;
  if (h.tactfulOpenOnStart) {
    const settings = h.tactfulOpenSettings;
    h.tactfulOpenOnStart = false;
    h.tactfulOpenSettings = undefined;
    open(settings);
  }
  return () => {
    if (h.tactfulOpen === opener) h.tactfulOpen = undefined;
  };
}

/** Page script side: true when this script should start (no live page script in this world), and marks it started. */
export function claimPage(alive: () => boolean): boolean {
  const h = shared();
  if (h.tactfulPageAlive?.()) return false;
  h.tactfulPageAlive = alive;
  return true;
}
