/**
 * Options: sites, phrase packs, knowledge base, root-cause taxonomy, reports, data and
 * preferences. Each section talks to the background; none opens the database itself.
 */
import { useCallback, useEffect, useState } from 'react';
import { sendToBackground } from '../../lib/messaging/client.ts';
import type { Prefs } from '../../lib/messaging/protocol.ts';
import { dirOf, type StringKey } from '../../lib/i18n/index.ts';
import { useUiLanguage } from '../panel/hooks/useUiLanguage.ts';
import { SitesSection } from './sections/SitesSection.tsx';
import { DataSection } from './sections/DataSection.tsx';
import { PrefsSection } from './sections/PrefsSection.tsx';
import { PacksSection } from './sections/PacksSection.tsx';
import { KbSection } from './sections/KbSection.tsx';
import { TaxonomySection, ReportsSection } from './sections/TagsSections.tsx';

const SECTIONS = [
  ['sites', 'core.options.sites'],
  ['packs', 'core.options.packs'],
  ['kb', 'core.options.kb'],
  ['taxonomy', 'core.options.taxonomy'],
  ['reports', 'core.options.reports'],
  ['data', 'core.options.data'],
  ['prefs', 'core.options.prefs'],
] as const satisfies readonly (readonly [string, StringKey])[];
type SectionId = (typeof SECTIONS)[number][0];

function sectionFromHash(): SectionId {
  const h = location.hash.replace(/^#/, '');
  return (SECTIONS.find(([id]) => id === h)?.[0] ?? 'sites') as SectionId;
}

export function OptionsApp() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  const { lang, t } = useUiLanguage(prefs, 'core.options.title');

  useEffect(() => {
    void sendToBackground<Prefs>({ type: 'prefs.get' }).then(setPrefs);
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const savePrefs = useCallback(async (patch: Partial<Prefs>) => {
    const next = await sendToBackground<Prefs>({ type: 'prefs.set', patch });
    setPrefs(next);
    return next;
  }, []);

  return (
    <div className="tf-options" dir={dirOf(lang)}>
      <nav aria-label={t('core.options.nav')} className="tf-options-nav">
        <strong className="tf-brand">{t('core.panel.title')}</strong>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={section === id ? 'page' : undefined}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="tf-options-main">
        <h1>{t(SECTIONS.find(([id]) => id === section)![1])}</h1>
        {section === 'sites' && <SitesSection lang={lang} t={t} />}
        {section === 'packs' && prefs && <PacksSection lang={lang} t={t} prefs={prefs} onPrefs={setPrefs} />}
        {section === 'kb' && <KbSection lang={lang} t={t} />}
        {section === 'taxonomy' && <TaxonomySection lang={lang} t={t} />}
        {section === 'reports' && prefs && <ReportsSection lang={lang} t={t} prefs={prefs} />}
        {section === 'data' && <DataSection lang={lang} t={t} />}
        {section === 'prefs' && prefs && <PrefsSection lang={lang} t={t} prefs={prefs} onSave={savePrefs} />}
      </main>
    </div>
  );
}
