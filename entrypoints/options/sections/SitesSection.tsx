import { useCallback, useEffect, useState } from 'react';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import type { SiteEntry } from '../../../lib/db/stores/sites.ts';

export function SitesSection({ t }: { lang: UiLang; t: Translate }) {
  const [sites, setSites] = useState<SiteEntry[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => setSites(await sendToBackground<SiteEntry[]>({ type: 'sites.list' })), []);
  useEffect(() => void load(), [load]);

  const run = async (fn: () => Promise<SiteEntry[] | unknown>) => {
    setError(null);
    try {
      const r = await fn();
      if (Array.isArray(r)) setSites(r as SiteEntry[]);
      else await load();
    } catch (e) {
      setError(e instanceof BackgroundError ? e.message : String(e));
    }
  };

  return (
    <section>
      <p className="tf-muted">{t('core.sites.intro')}</p>
      <form
        className="tf-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => sendToBackground({ type: 'sites.add', host: input.trim() || ' ' })).then(() => setInput(''));
        }}
      >
        <label htmlFor="tf-site-add">{t('core.sites.add')}</label>
        <input id="tf-site-add" type="text" dir="ltr" value={input} placeholder={t('core.sites.addPlaceholder')} onChange={(e) => setInput(e.currentTarget.value)} />
        <button className="tf-primary" type="submit">{t('core.action.add')}</button>
      </form>
      {error && <p role="alert" className="tf-error">{error}</p>}
      <p className="tf-muted">{t('core.sites.count', { count: sites.length })}</p>
      <table className="tf-table" data-testid="tf-sites">
        <tbody>
          {sites.map((s) => (
            <tr key={s.host}>
              <td dir="ltr"><code>{s.host}</code></td>
              <td>
                <span className="tf-chip">{t(s.builtin ? 'core.sites.builtin' : 'core.sites.custom')}</span>{' '}
                {s.taught && <span className="tf-chip">{t('core.sites.taught')}</span>}
              </td>
              <td>{t(s.autoOpen ? 'core.sites.autoOpen' : 'core.sites.off')}</td>
              <td className="tf-row">
                {s.autoOpen ? (
                  <button onClick={() => void run(() => sendToBackground({ type: 'sites.remove', host: s.host }))}>{t(s.builtin ? 'core.sites.turnOff' : 'core.action.remove')}</button>
                ) : (
                  <button onClick={() => void run(() => sendToBackground({ type: 'sites.add', host: s.host }))}>{t('core.sites.turnOn')}</button>
                )}
                {s.taught && <button onClick={() => void run(() => sendToBackground({ type: 'picker.reset', host: s.host }))}>{t('core.sites.resetTaught')}</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
