import { useState } from 'react';
import type { Prefs } from '../../../lib/messaging/protocol.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { TimeZonePicker } from '../../../components/ui/TimeZonePicker.tsx';

export function PrefsSection({ t, prefs, onSave }: { lang: UiLang; t: Translate; prefs: Prefs; onSave(patch: Partial<Prefs>): Promise<Prefs> }) {
  const [name, setName] = useState(prefs.agentName);
  const [tz, setTz] = useState(prefs.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [saved, setSaved] = useState(false);
  const save = async (patch: Partial<Prefs>) => {
    await onSave(patch);
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };
  return (
    <section>
      <label className="tf-field">
        {t('core.prefs.language')}
        <select value={prefs.uiLanguage} onChange={(e) => void save({ uiLanguage: e.currentTarget.value as Prefs['uiLanguage'] })}>
          <option value="auto">{t('core.prefs.language.auto')}</option>
          <option value="en">English</option>
          <option value="fa">فارسی</option>
        </select>
      </label>
      <label className="tf-field">
        {t('core.prefs.agentName')}
        <input type="text" dir="auto" value={name} onChange={(e) => setName(e.currentTarget.value)} onBlur={() => void save({ agentName: name.trim() })} />
      </label>
      <label className="tf-field">
        {t('core.prefs.theme')}
        <select value={prefs.theme} onChange={(e) => void save({ theme: e.currentTarget.value as Prefs['theme'] })}>
          <option value="system">{t('core.prefs.theme.system')}</option>
          <option value="light">{t('core.prefs.theme.light')}</option>
          <option value="dark">{t('core.prefs.theme.dark')}</option>
        </select>
      </label>
      <label className="tf-field">
        {t('core.prefs.minSeverity')}
        <select value={prefs.minSeverity} onChange={(e) => void save({ minSeverity: e.currentTarget.value as Prefs['minSeverity'] })}>
          <option value="hint">{t('core.prefs.severity.hint')}</option>
          <option value="warning">{t('core.prefs.severity.warning')}</option>
          <option value="strong">{t('core.prefs.severity.strong')}</option>
        </select>
      </label>
      <label className="tf-row">
        <input type="checkbox" checked={prefs.tagShortcuts} onChange={(e) => void save({ tagShortcuts: e.currentTarget.checked })} />
        {t('core.prefs.tagShortcuts')}
      </label>
      <TimeZonePicker value={tz} label={t('core.prefs.timeZone')} t={t} onChange={(z) => { setTz(z); void save({ timeZone: z }); }} />
      <label className="tf-field">
        {t('core.prefs.weekStart')}
        <select value={prefs.weekStartsOn} onChange={(e) => void save({ weekStartsOn: Number(e.currentTarget.value) as 0 | 1 | 6 })}>
          <option value={6}>{t('core.prefs.week.6')}</option>
          <option value={0}>{t('core.prefs.week.0')}</option>
          <option value={1}>{t('core.prefs.week.1')}</option>
        </select>
      </label>
      {saved && <p role="status" className="tf-ok">{t('core.prefs.saved')}</p>}
    </section>
  );
}
