import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { normaliseHostInput, type SiteEntry } from '../../../lib/db/stores/sites.ts';
import { builtinHosts, hostMatches, matchPatternFor } from '../../../lib/sites/hosts.ts';

const coveredByManifest = (host: string) => builtinHosts().some((b) => hostMatches(b.host, host));

/**
 * Asks for a site's permission inside the click that adds it (the browser's prompt needs that
 * click); the background registers the loader there once it is granted. Built-in hosts have it.
 */
function askFor(host: string | null): Promise<boolean> {
  if (!host || coveredByManifest(host)) return Promise.resolve(true);
  return browser.permissions.request({ origins: [matchPatternFor(host)] }).catch(() => false);
}

function hostOf(input: string): string | null {
  try {
    return normaliseHostInput(input);
  } catch {
    return null; // the background says what is wrong with it
  }
}

/** Added sites that are on but whose permission was refused or taken back. */
async function withoutPermission(sites: readonly SiteEntry[]): Promise<Set<string>> {
  const added = sites.filter((s) => !s.builtin && s.autoOpen && !coveredByManifest(s.host));
  const granted = await Promise.all(added.map((s) => browser.permissions.contains({ origins: [matchPatternFor(s.host)] }).catch(() => true)));
  return new Set(added.filter((_, i) => !granted[i]).map((s) => s.host));
}

export function SitesSection({ t }: { lang: UiLang; t: Translate }) {
  const [sites, setSites] = useState<SiteEntry[]>([]);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const show = useCallback(async (list: SiteEntry[]) => {
    setSites(list);
    setMissing(await withoutPermission(list));
  }, []);
  const load = useCallback(async () => show(await sendToBackground<SiteEntry[]>({ type: 'sites.list' })), [show]);
  useEffect(() => void load(), [load]);

  const run = async (fn: () => Promise<SiteEntry[] | unknown>) => {
    setError(null);
    try {
      const r = await fn();
      if (Array.isArray(r)) await show(r as SiteEntry[]);
      else await load();
    } catch (e) {
      setError(e instanceof BackgroundError ? e.message : String(e));
    }
  };

  /** Turns a site on: its permission first (asked now, inside the click), then the background. */
  const turnOn = (raw: string) => {
    const host = hostOf(raw);
    const granted = askFor(host);
    return run(async () => {
      if (!(await granted)) throw new BackgroundError(t('core.sites.permissionDenied', { host: host ?? raw }));
      return sendToBackground({ type: 'sites.add', host: raw });
    });
  };

  /** Turns a site off; an added site also gives back its permission unless another added site needs the same one. */
  const turnOff = (site: SiteEntry) =>
    run(async () => {
      const list = await sendToBackground<SiteEntry[]>({ type: 'sites.remove', host: site.host });
      const pattern = matchPatternFor(site.host);
      const stillNeeded = list.some((s) => !s.builtin && s.autoOpen && matchPatternFor(s.host) === pattern);
      if (!site.builtin && !coveredByManifest(site.host) && !stillNeeded) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
      return list;
    });

  return (
    <section>
      <p className="tf-muted">{t('core.sites.intro')}</p>
      <form
        className="tf-row"
        onSubmit={(e) => {
          e.preventDefault();
          void turnOn(input.trim() || ' ').then(() => setInput(''));
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
                {s.taught && <span className="tf-chip">{t('core.sites.taught')}</span>}{' '}
                {missing.has(s.host) && <span className="tf-chip">{t('core.sites.needsPermission')}</span>}
              </td>
              <td>{t(s.autoOpen ? 'core.sites.autoOpen' : 'core.sites.off')}</td>
              <td className="tf-row">
                {missing.has(s.host) && <button onClick={() => void turnOn(s.host)}>{t('core.sites.allow')}</button>}
                {s.autoOpen ? (
                  <button onClick={() => void turnOff(s)}>{t(s.builtin ? 'core.sites.turnOff' : 'core.action.remove')}</button>
                ) : (
                  <button onClick={() => void turnOn(s.host)}>{t('core.sites.turnOn')}</button>
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
