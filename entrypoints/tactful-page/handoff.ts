/**
 * What the loader (helpdesk.content.ts) tells the page script. Both run in the tab's isolated
 * world, whose globals the page's own scripts cannot see. The loader has already asked the
 * background whether this site opens by itself; passing the answer on saves the page script a
 * second question (a message to the service worker, and its reply on the host's main thread).
 */
interface Handoff {
  /** Set by the page script once it has started: opens the panel. */
  tactfulOpen?: () => void;
  /** Set by the loader before it imports the page script: open once started. */
  tactfulOpenOnStart?: boolean;
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

/** Page script side: registers how to open, and opens now if the loader asked before the start. Returns the unregister. */
export function acceptOpen(open: () => void): () => void {
  const h = shared();
  h.tactfulOpen = open;
  if (h.tactfulOpenOnStart) {
    h.tactfulOpenOnStart = false;
    open();
  }
  return () => {
    if (h.tactfulOpen === open) h.tactfulOpen = undefined;
  };
}

/** Page script side: true when this script should start (no live page script in this world), and marks it started. */
export function claimPage(alive: () => boolean): boolean {
  const h = shared();
  if (h.tactfulPageAlive?.()) return false;
  h.tactfulPageAlive = alive;
  return true;
}
