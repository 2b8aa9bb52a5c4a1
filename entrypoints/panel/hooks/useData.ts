/**
 * What the panel reads from the background once it opens: preferences, phrase packs and the
 * root-cause taxonomy (the UI language that follows the preference: useUiLanguage.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { send } from '../../../lib/messaging/client.ts';
import type { BackgroundReply, Prefs } from '../../../lib/messaging/protocol.ts';
import type { Taxonomy } from '../../../lib/tags/index.ts';

export type PackEntry = BackgroundReply<'packs.list'>[number];
/** `text`: a localised sentence; or `reason`: an error's own message, which the notice wraps in a localised one. */
export type Notify = (notice: ({ kind: 'ok' | 'error' | 'info' } & ({ text: string; reason?: never } | { reason: string; text?: never })) | null) => void;

/** An error's message as a notice's `reason`. */
export const reasonOf = (e: unknown) => String((e as Error)?.message ?? e);

export function useBackgroundData(notify: Notify) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [packs, setPacks] = useState<PackEntry[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const loadPacks = useCallback(async () => setPacks(await send('packs.list')), []);
  useEffect(() => {
    void send('prefs.get').then(setPrefs).catch((e: Error) => notify({ kind: 'error', reason: reasonOf(e) }));
    void loadPacks().catch(() => {});
    void send('tags.state').then((s) => setTaxonomy(s.taxonomy)).catch(() => {});
  }, [loadPacks, notify]);
  return { prefs, setPrefs, packs, taxonomy };
}
