import { useState, type ReactNode } from 'react';
import type { Prefs } from '../../../lib/messaging/protocol.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { TimeZonePicker } from '../../../components/ui/TimeZonePicker.tsx';

type Field = keyof Prefs;
/** The last change and what became of it: shown beside that field until the next change. */
type SaveState = { field: Field; state: 'saving' | 'saved' } | { field: Field; state: 'failed'; message: string };

/**
 * "Saved." beside the field that changed (not at the end of a long form, not gone after a
 * moment), or why it was not saved. A live region, so a screen reader hears it too.
 */
function SaveNote({ field, status, t }: { field: Field; status: SaveState | null; t: Translate }) {
  const mine = status?.field === field ? status : null;
  return (
    <span role="status" className={mine?.state === 'failed' ? 'tf-error tf-save-note' : 'tf-ok tf-save-note'} data-testid={`tf-saved-${field}`} data-state={mine?.state ?? ''}>
      {mine?.state === 'saved' ? t('core.prefs.saved') : mine?.state === 'failed' ? t('core.prefs.notSaved', { message: mine.message }) : ''}
    </span>
  );
}

function Field({ label, field, status, t, children }: { label: string; field: Field; status: SaveState | null; t: Translate; children: ReactNode }) {
  return (
    <div className="tf-field">
      <label>
        {label}
        {children}
      </label>
      <SaveNote field={field} status={status} t={t} />
    </div>
  );
}

function usePrefsSaver(onSave: (patch: Partial<Prefs>) => Promise<Prefs>) {
  const [status, setStatus] = useState<SaveState | null>(null);
  const save = async (patch: Partial<Prefs>) => {
    const field = Object.keys(patch)[0] as Field;
    setStatus({ field, state: 'saving' });
    try {
      await onSave(patch);
      setStatus((s) => (s?.field === field ? { field, state: 'saved' } : s));
    } catch (e) {
      setStatus({ field, state: 'failed', message: String((e as Error)?.message ?? e) });
    }
  };
  return { status, save };
}

export function PrefsSection({ t, prefs, onSave }: { lang: UiLang; t: Translate; prefs: Prefs; onSave(patch: Partial<Prefs>): Promise<Prefs> }) {
  const [name, setName] = useState(prefs.agentName);
  const [tz, setTz] = useState(prefs.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone);
  const { status, save } = usePrefsSaver(onSave);
  const saveName = () => name.trim() !== prefs.agentName && void save({ agentName: name.trim() });
  const f = { status, t };
  return (
    <section>
      <Field label={t('core.prefs.language')} field="uiLanguage" {...f}>
        <select value={prefs.uiLanguage} onChange={(e) => void save({ uiLanguage: e.currentTarget.value as Prefs['uiLanguage'] })}>
          <option value="auto">{t('core.prefs.language.auto')}</option>
          <option value="en">English</option>
          <option value="fa">فارسی</option>
        </select>
      </Field>
      <Field label={t('core.prefs.agentName')} field="agentName" {...f}>
        <input type="text" dir="auto" value={name} onChange={(e) => setName(e.currentTarget.value)} onBlur={saveName} onKeyDown={(e) => e.key === 'Enter' && saveName()} />
      </Field>
      <Field label={t('core.prefs.theme')} field="theme" {...f}>
        <select value={prefs.theme} onChange={(e) => void save({ theme: e.currentTarget.value as Prefs['theme'] })}>
          <option value="system">{t('core.prefs.theme.system')}</option>
          <option value="light">{t('core.prefs.theme.light')}</option>
          <option value="dark">{t('core.prefs.theme.dark')}</option>
        </select>
      </Field>
      <Field label={t('core.prefs.minSeverity')} field="minSeverity" {...f}>
        <select value={prefs.minSeverity} onChange={(e) => void save({ minSeverity: e.currentTarget.value as Prefs['minSeverity'] })}>
          <option value="hint">{t('core.prefs.severity.hint')}</option>
          <option value="warning">{t('core.prefs.severity.warning')}</option>
          <option value="strong">{t('core.prefs.severity.strong')}</option>
        </select>
      </Field>
      <Field label={t('core.prefs.learnt')} field="learntAdvice" {...f}>
        <select value={prefs.learntAdvice} onChange={(e) => void save({ learntAdvice: e.currentTarget.value as Prefs['learntAdvice'] })}>
          <option value="auto">{t('core.prefs.learnt.auto')}</option>
          <option value="on">{t('core.prefs.learnt.on')}</option>
          <option value="off">{t('core.prefs.learnt.off')}</option>
        </select>
      </Field>
      <p className="tf-muted">{t('core.prefs.learnt.about')}</p>
      <div className="tf-field">
        <label className="tf-row">
          <input type="checkbox" checked={prefs.tagShortcuts} onChange={(e) => void save({ tagShortcuts: e.currentTarget.checked })} />
          {t('core.prefs.tagShortcuts')}
        </label>
        <SaveNote field="tagShortcuts" {...f} />
      </div>
      <div className="tf-field">
        <TimeZonePicker value={tz} label={t('core.prefs.timeZone')} t={t} onChange={(z) => { setTz(z); void save({ timeZone: z }); }} />
        <SaveNote field="timeZone" {...f} />
      </div>
      <Field label={t('core.prefs.weekStart')} field="weekStartsOn" {...f}>
        <select value={prefs.weekStartsOn} onChange={(e) => void save({ weekStartsOn: Number(e.currentTarget.value) as 0 | 1 | 6 })}>
          <option value={6}>{t('core.prefs.week.6')}</option>
          <option value={0}>{t('core.prefs.week.0')}</option>
          <option value={1}>{t('core.prefs.week.1')}</option>
        </select>
      </Field>
    </section>
  );
}
