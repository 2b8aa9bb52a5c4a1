/**
 * What the panel reads from the background once it opens: preferences, phrase packs and the
 * root-cause taxonomy. The UI language follows the preference, else the browser's.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../../lib/messaging/client.ts';
import type { BackgroundReply, Prefs } from '../../../lib/messaging/protocol.ts';
import { dirOf, translator, uiLangFrom, type UiLang } from '../../../lib/i18n/index.ts';
import type { Taxonomy } from '../../../lib/tags/index.ts';
import { applyTheme } from '../../../components/ui/theme.ts';

export type PackEntry = BackgroundReply<'packs.list'>[number];
export type Notify = (notice: { kind: 'ok' | 'error' | 'info'; text: string } | null) => void;

export function useBackgroundData(notify: Notify) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [packs, setPacks] = useState<PackEntry[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const loadPacks = useCallback(async () => setPacks(await send('packs.list')), []);
  useEffect(() => {
    void send('prefs.get').then(setPrefs).catch((e: Error) => notify({ kind: 'error', text: String(e.message ?? e) }));
    void loadPacks().catch(() => {});
    void send('tags.state').then((s) => setTaxonomy(s.taxonomy)).catch(() => {});
  }, [loadPacks, notify]);
  return { prefs, setPrefs, packs, taxonomy };
}

export function useUiLanguage(prefs: Prefs | null) {
  const lang: UiLang = prefs && prefs.uiLanguage !== 'auto' ? prefs.uiLanguage : uiLangFrom(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t('core.panel.title');
  }, [lang, t]);
  useEffect(() => applyTheme(prefs?.theme ?? 'system'), [prefs?.theme]);
  return { lang, t };
}
