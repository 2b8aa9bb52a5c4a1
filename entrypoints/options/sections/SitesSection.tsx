import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import type { SiteEntry } from '../../../lib/db/stores/sites.ts';
import { builtinHosts, hostMatches, matchPatternFor, parseSiteInput, type SiteInputProblem } from '../../../lib/sites/hosts.ts';

const coveredByManifest = (host: string) => builtinHosts().some((b) => hostMatches(b.host, host));

/**
 * Asks for a site's permission inside the click that adds it (the browser's prompt needs that
 * click); the background registers the loader there once it is granted. Built-in hosts have it.
 */
function askFor(host: string | null): Promise<boolean> {
  if (!host || coveredByManifest(host)) return Promise.resolve(true);
  return browser.permissions.request({ origins: [matchPatternFor(host)] }).catch(() => false);
}

/** Added sites that are on but whose permission was refused or taken back. */
async function withoutPermission(sites: readonly SiteEntry[]): Promise<Set<string>> {
  const added = sites.filter((s) => !s.builtin && s.autoOpen && !coveredByManifest(s.host));
  const granted = await Promise.all(added.map((s) => browser.permissions.contains({ origins: [matchPatternFor(s.host)] }).catch(() => true)));
  return new Set(added.filter((_, i) => !granted[i]).map((s) => s.host));
}

/** The refusal in the UI language; the input is shown as typed so the person sees what was read. */
function problemText(t: Translate, p: SiteInputProblem, input: string): string {
  switch (p.code) {
    case 'empty':
      return t('core.sites.err.empty');
    case 'notWeb':
      return t('core.sites.err.notWeb', { input, scheme: p.scheme });
    case 'tooWide':
      return t('core.sites.err.tooWide', { input, suffix: p.suffix });
    default:
      return t(`core.sites.err.${p.code}`, { input });
  }
}

/** The site list and its changes; each change shows the background's answer or its refusal. */
function useSites(t: Translate) {
  const [sites, setSites] = useState<SiteEntry[]>([]);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const show = useCallback(async (list: SiteEntry[]) => {
    setSites(list);
    setMissing(await withoutPermission(list));
  }, []);
  const load = useCallback(async () => show(await sendToBackground<SiteEntry[]>({ type: 'sites.list' })), [show]);
  useEffect(() => void load(), [load]);

  /** Runs one change; true when it worked (the typed text is kept on failure so it can be fixed). */
  const run = async (fn: () => Promise<SiteEntry[] | unknown>): Promise<boolean> => {
    setError(null);
    try {
      const r = await fn();
      if (Array.isArray(r)) await show(r as SiteEntry[]);
      else await load();
      return true;
    } catch (e) {
      setError(e instanceof BackgroundError ? e.message : String(e));
      return false;
    }
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

  /** Turns a site on: its permission first (asked now, inside the click), then the background. */
  const turnOn = (host: string) => {
    const granted = askFor(host);
    return run(async () => {
      if (!(await granted)) throw new BackgroundError(t('core.sites.permissionDenied', { host }));
      return sendToBackground({ type: 'sites.add', host });
    });
  };
  const resetTaught = (host: string) => run(() => sendToBackground({ type: 'picker.reset', host }));

  return { sites, missing, error, setError, turnOn, turnOff, resetTaught };
}

type SitesApi = ReturnType<typeof useSites>;

export function SitesSection({ t }: { lang: UiLang; t: Translate }) {
  const api = useSites(t);
  const { sites, error } = api;
  const [added, setAdded] = useState<{ host: string; already: boolean } | null>(null);

  const add = async (input: string): Promise<boolean> => {
    setAdded(null);
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      api.setError(problemText(t, parsed, input.trim()));
      return false;
    }
    const already = sites.some((s) => s.host === parsed.host && s.autoOpen);
    if (!(await api.turnOn(parsed.host))) return false;
    setAdded({ host: parsed.host, already });
    return true;
  };

  // The site just added comes first, then the ones the user added, then the built-in list.
  const rank = (s: SiteEntry) => (added && s.host === added.host ? 0 : s.builtin ? 2 : 1);
  const shown = [...sites].sort((a, b) => rank(a) - rank(b));

  return (
    <section>
      <p className="tf-muted">{t('core.sites.intro')}</p>
      <SiteAddForm t={t} invalid={!!error} onAdd={add} />
      <p id="tf-site-hint" className="tf-muted">{t('core.sites.hint')}</p>
      {error && <p role="alert" className="tf-error" data-testid="tf-site-error">{error}</p>}
      {added && !error && (
        <p role="status" className="tf-ok" data-testid="tf-site-added">
          {added.already ? t('core.sites.already', { host: added.host }) : t(anyPort(added.host) ? 'core.sites.addedAnyPort' : 'core.sites.added', { host: added.host })}
        </p>
      )}
      <p className="tf-muted">{t('core.sites.count', { count: sites.length })}</p>
      <table className="tf-table" data-testid="tf-sites">
        <tbody>
          {shown.map((s) => (
            <SiteRow key={s.host} t={t} site={s} isNew={added?.host === s.host} api={api} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

const anyPort = (host: string) => !/:\d+$/.test(host);

/** The host box; the typed text stays when adding fails so it can be fixed. */
function SiteAddForm({ t, invalid, onAdd }: { t: Translate; invalid: boolean; onAdd(input: string): Promise<boolean> }) {
  const [input, setInput] = useState('');
  return (
    <form
      className="tf-row"
      onSubmit={(e) => {
        e.preventDefault();
        void onAdd(input).then((ok) => ok && setInput(''));
      }}
    >
      <label htmlFor="tf-site-add">{t('core.sites.add')}</label>
      <input
        id="tf-site-add"
        type="text"
        dir="ltr"
        value={input}
        placeholder={t('core.sites.addPlaceholder')}
        aria-describedby="tf-site-hint"
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => setInput(e.currentTarget.value)}
      />
      <button className="tf-primary" type="submit">{t('core.action.add')}</button>
    </form>
  );
}

function SiteRow({ t, site: s, isNew, api }: { t: Translate; site: SiteEntry; isNew: boolean; api: SitesApi }) {
  const needsPermission = api.missing.has(s.host);
  return (
    <tr data-new={isNew ? 'true' : undefined}>
      <td dir="ltr"><code>{s.host}</code></td>
      <td>
        {isNew && <span className="tf-chip tf-chip-new">{t('core.sites.new')}</span>}{' '}
        <span className="tf-chip">{t(s.builtin ? 'core.sites.builtin' : 'core.sites.custom')}</span>{' '}
        {s.taught && <span className="tf-chip">{t('core.sites.taught')}</span>}{' '}
        {needsPermission && <span className="tf-chip">{t('core.sites.needsPermission')}</span>}
      </td>
      <td>{t(s.autoOpen ? 'core.sites.autoOpen' : 'core.sites.off')}</td>
      <td className="tf-row">
        {needsPermission && <button onClick={() => void api.turnOn(s.host)}>{t('core.sites.allow')}</button>}
        {s.autoOpen ? (
          <button onClick={() => void api.turnOff(s)}>{t(s.builtin ? 'core.sites.turnOff' : 'core.action.remove')}</button>
        ) : (
          <button onClick={() => void api.turnOn(s.host)}>{t('core.sites.turnOn')}</button>
        )}
        {s.taught && <button onClick={() => void api.resetTaught(s.host)}>{t('core.sites.resetTaught')}</button>}
      </td>
    </tr>
  );
}
