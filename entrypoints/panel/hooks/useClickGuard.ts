/**
 * Every click that writes into the host editor or records something goes through `guarded`: it
 * acts only when the overlay is visible, unobscured and has kept still (../clickGuard.ts), and
 * otherwise tells the agent why the click was ignored. The browser's own side panel cannot be
 * covered by a page, so there every click acts.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { Translate } from '../../../lib/i18n/index.ts';
import { createVisibilityTracker, pageRefusal, type VisibilityTracker } from '../clickGuard.ts';
import type { Notify } from './useData.ts';
import type { PageRequest, PanelMode } from './usePageState.ts';

/** The overlay's visibility tracker; `data-tf-clicks` on <html> says whether a click would act now. */
export function useVisibilityTracker(mode: PanelMode): VisibilityTracker | null {
  const tracker = useMemo(() => (mode === 'overlay' ? createVisibilityTracker(document) : null), [mode]);
  useEffect(() => {
    if (!tracker) return;
    const show = () => (document.documentElement.dataset.tfClicks = tracker.refusal() ?? 'ready');
    tracker.onChange(show);
    show();
    return () => tracker.dispose();
  }, [tracker]);
  return tracker;
}

export function useClickGuard(tracker: VisibilityTracker | null, request: PageRequest, t: Translate, notify: Notify) {
  /** True when a click may act now; otherwise the agent is told why it was ignored. */
  const allow = useCallback(async (): Promise<boolean> => {
    if (!tracker) return true;
    const refusal = tracker.refusal() ?? pageRefusal(await request('panel.visibility').catch(() => null));
    if (!refusal) return true;
    notify({ kind: 'error', text: t(refusal === 'hidden' ? 'core.guard.hidden' : 'core.guard.settling') });
    return false;
  }, [tracker, request, t, notify]);
  const guarded = useCallback(
    <A extends unknown[]>(act: (...args: A) => unknown) =>
      (...args: A): void =>
        void allow().then((ok) => ok && act(...args)),
    [allow],
  );
  return { allow, guarded };
}
