/**
 * The UI language of an extension page (the panel, the options page): the preference, else the
 * browser's. Sets the document's lang, dir (Persian is right-to-left), title and theme to match.
 */
import { useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import type { Prefs } from '../../../lib/messaging/protocol.ts';
import { dirOf, translator, uiLangFrom, type StringKey, type UiLang } from '../../../lib/i18n/index.ts';
import { applyTheme } from '../../../components/ui/theme.ts';

export function useUiLanguage(prefs: Prefs | null, titleKey: StringKey) {
  const lang: UiLang = prefs && prefs.uiLanguage !== 'auto' ? prefs.uiLanguage : uiLangFrom(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(titleKey);
  }, [lang, t, titleKey]);
  useEffect(() => applyTheme(prefs?.theme ?? 'system'), [prefs?.theme]);
  return { lang, t };
}
