/**
 * Clickjacking defence, panel side. The in-page panel is an iframe the host page can make
 * transparent, transform, cover with a decoy or slide under the pointer; a click the agent aimed
 * at the decoy then lands on a Tactful button. So before any write into the editor or any record
 * (tag, feedback, silenced rule, taught place) the panel checks:
 *
 * - IntersectionObserver v2 (`trackVisibility`), observed on this document's root, in Chromium:
 *   it reports `isVisible: false` when an ancestor in the host page has opacity below 1, a
 *   filter or transform, or anything is drawn over the frame.
 * - The frame has been visible, and kept its place and size, for PANEL_SETTLE_MS.
 * - The page script's own check of our wrapper ('panel.visibility', tactful-page/visibility.ts),
 *   which sees the host's styles and stacking. Firefox has no IOv2: there this check decides.
 *
 * A refused click is reported to the agent, never silently dropped.
 */
import { PANEL_SETTLE_MS, type FrameVisibility } from '../../lib/messaging/protocol.ts';

export type Refusal = 'hidden' | 'settling';

export interface VisibilityTracker {
  /** Whether this browser reports IOv2 visibility (Chromium); otherwise the page check decides alone. */
  readonly trackingVisibility: boolean;
  /** Why a click now must be ignored, judged inside the panel; null when it may act. */
  refusal(): Refusal | null;
  /** The frame appeared, moved or changed size: start waiting again. */
  moved(): void;
  /** Called whenever readiness may have changed (for the `data-tf-clicks` attribute). */
  onChange(cb: () => void): void;
  dispose(): void;
}

type Io = typeof IntersectionObserver;

export function createVisibilityTracker(doc: Document, now = () => performance.now()): VisibilityTracker {
  const win = doc.defaultView!;
  const IO = (win as unknown as { IntersectionObserver?: Io }).IntersectionObserver;
  const Entry = (win as unknown as { IntersectionObserverEntry?: { prototype: object } }).IntersectionObserverEntry;
  const trackingVisibility = typeof IO === 'function' && !!Entry && 'isVisible' in Entry.prototype;
  let visibleSince: number | null = trackingVisibility ? null : now();
  let movedAt = now();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((cb) => cb());
  let timer = 0;
  // Readiness also changes when time passes: tell listeners once the wait is over.
  const recheckLater = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(changed, PANEL_SETTLE_MS + 20);
  };
  const io = trackingVisibility
    ? new IO!(
        (entries) => {
          const visible = (entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
          if (visible && visibleSince === null) visibleSince = now();
          if (!visible) visibleSince = null;
          changed();
          recheckLater();
        },
        { trackVisibility: true, delay: 100, threshold: [0, 1] } as IntersectionObserverInit,
      )
    : null;
  io?.observe(doc.documentElement);
  const onResize = () => tracker.moved();
  win.addEventListener('resize', onResize);

  const tracker: VisibilityTracker = {
    trackingVisibility,
    refusal() {
      if (visibleSince === null) return 'hidden';
      const t = now();
      return t - visibleSince < PANEL_SETTLE_MS || t - movedAt < PANEL_SETTLE_MS ? 'settling' : null;
    },
    moved() {
      movedAt = now();
      changed();
      recheckLater();
    },
    onChange(cb) {
      listeners.add(cb);
    },
    dispose() {
      io?.disconnect();
      win.removeEventListener('resize', onResize);
      win.clearTimeout(timer);
      listeners.clear();
    },
  };
  recheckLater();
  return tracker;
}

/** The page script's answer folded into the same verdict; no answer counts as hidden. */
export function pageRefusal(v: FrameVisibility | null): Refusal | null {
  if (!v || !v.visible) return 'hidden';
  return v.settledMs < PANEL_SETTLE_MS ? 'settling' : null;
}
