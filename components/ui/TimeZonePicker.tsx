/**
 * A searchable time-zone picker. Intl lists zones without "UTC" (Chromium folds it into
 * Africa/Abidjan's alias group, so a select of Intl's list showed UTC as "Africa/Abidjan"); UTC
 * comes first here, then every zone with its current offset. The search matches the zone's name
 * with spaces for "_" and "/" ("new york", "tehran"), and offsets ("+03:30", "utc+1").
 */
import { useId, useMemo, useState } from 'react';
import type { Translate } from '../../lib/i18n/index.ts';
import { zoneOffset } from '../../lib/tags/time.ts';

export function zoneList(): string[] {
  const all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return ['UTC', ...all.filter((z) => z !== 'UTC' && z !== 'Etc/UTC')];
}

/** "UTC", "UTC+03:30", "UTC−05:00" at the instant `now`. */
export function offsetLabel(zone: string, now: number): string {
  let ms = 0;
  try {
    ms = zoneOffset(now, zone);
  } catch {
    return zone;
  }
  if (ms === 0) return 'UTC';
  const m = Math.round(Math.abs(ms) / 60_000);
  return `UTC${ms < 0 ? '−' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const fold = (s: string) => s.toLowerCase().replace(/[_/]/g, ' ').replace(/[−–]/g, '-').replace(/\s+/g, ' ').trim();

export function matchZones(query: string, zones: readonly string[], now: number): string[] {
  const q = fold(query).replace(/^gmt/, 'utc');
  if (!q) return zones.slice();
  return zones.filter((z) => {
    const off = fold(offsetLabel(z, now));
    return fold(z).includes(q) || off.startsWith(q) || off.replace('utc', '').startsWith(q) || off.replace(/:00$/, '').replace(/([+-])0/, '$1') === q;
  });
}

export function TimeZonePicker(p: { value: string; label: string; t: Translate; now?: number; onChange(zone: string): void }) {
  const id = useId();
  const now = p.now ?? Date.now();
  const zones = useMemo(zoneList, []);
  const [query, setQuery] = useState('');
  const found = useMemo(() => matchZones(query, zones, now), [query, zones, now]);
  const shown = found.slice(0, 40);
  return (
    <div className="tf-field tf-tz">
      <label htmlFor={`${id}-q`}>{p.label}</label>
      <p className="tf-muted" id={`${id}-cur`} data-testid="tf-tz-current">
        {p.t('core.prefs.tz.current', { zone: p.value, offset: offsetLabel(p.value, now) })}
      </p>
      <input id={`${id}-q`} type="search" value={query} placeholder={p.t('core.prefs.tz.search')} aria-describedby={`${id}-cur`} aria-controls={`${id}-list`} onChange={(e) => setQuery(e.currentTarget.value)} />
      <ul id={`${id}-list`} className="tf-tz-list" aria-label={p.t('core.prefs.tz.results', { count: found.length })}>
        {shown.map((z) => (
          <li key={z}>
            <button type="button" aria-pressed={z === p.value} data-zone={z} onClick={() => { p.onChange(z); setQuery(''); }}>
              <span dir="ltr">{z.replace(/_/g, ' ')}</span> <span className="tf-muted" dir="ltr">{offsetLabel(z, now)}</span>
            </button>
          </li>
        ))}
        {found.length > shown.length && <li className="tf-muted">{p.t('core.prefs.tz.more', { count: found.length - shown.length })}</li>}
        {found.length === 0 && <li className="tf-muted">{p.t('core.prefs.tz.none')}</li>}
      </ul>
    </div>
  );
}
