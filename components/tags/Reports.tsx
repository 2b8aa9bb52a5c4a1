/**
 * The team lead's report: tallies of root causes per week or month in the team's time zone,
 * a bar chart with a table equivalent, the tags whose share is rising, a per-agent breakdown,
 * exports (CSV for spreadsheets, JSON for merges) and the import of agents' exports.
 */
import { useId, useMemo, useState } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import {
  eventsToCsv,
  eventsToJson,
  findTag,
  instantOfWall,
  rising,
  sortedTags,
  tagResolver,
  tally,
  tallyToCsv,
  wallTime,
  type Bucket,
  type CalendarKind,
  type TagEvent,
  type Taxonomy,
  type WeekStart,
} from '../../lib/tags/index.ts';
import { num, reportName } from './util.ts';
import './Reports.css';
import { FileInput } from '../ui/FileInput.tsx';

export interface ReportsProps {
  events: TagEvent[];
  taxonomy: Taxonomy;
  lang: UiLang;
  t: Translate;
  timeZone: string;
  now: number;
  onExport(kind: 'tally-csv' | 'events-csv' | 'events-json', content: string, fileName: string): void;
  onImportEvents(text: string, fileName: string): void;
  importResult?: { ok: boolean; message: string } | null;
}

const DAY = 86_400_000;

/** "YYYY-MM-DD" of the local day containing `t`. */
function localDate(t: number, timeZone: string): string {
  return new Date(wallTime(t, timeZone)).toISOString().slice(0, 10);
}

/** Wall ms of a "YYYY-MM-DD" date, or null. */
function parseDate(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const w = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(w) ? null : w;
}

function locale(lang: UiLang, calendar: CalendarKind): string {
  return `${lang === 'fa' ? 'fa-IR' : 'en-US'}-u-ca-${calendar}`;
}

function MultiPick(p: { label: string; hint: string; options: { value: string; label: string }[]; selected: string[]; onChange(next: string[]): void; lang: UiLang }) {
  return (
    <details className="tags-reports-pick">
      <summary>
        {p.label}
        {p.selected.length > 0 && ` (${num(p.lang, p.selected.length)})`}
      </summary>
      <fieldset>
        <legend className="tags-reports-hint">{p.hint}</legend>
        {p.options.map((o) => (
          <label key={o.value} className="tags-reports-check">
            <input
              type="checkbox"
              checked={p.selected.includes(o.value)}
              onChange={(e) => p.onChange(e.target.checked ? [...p.selected, o.value] : p.selected.filter((v) => v !== o.value))}
            />
            <span dir="auto">{o.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function Reports(p: ReportsProps) {
  const { events, taxonomy, lang, t, timeZone, now } = p;
  const ids = useId();
  const [fromDate, setFromDate] = useState(() => localDate(now - 83 * DAY, timeZone));
  const [toDate, setToDate] = useState(() => localDate(now, timeZone));
  const [bucket, setBucket] = useState<'week' | 'month'>('week');
  const [calendar, setCalendar] = useState<CalendarKind>(lang === 'fa' ? 'persian' : 'gregory');
  const [weekStartsOn, setWeekStartsOn] = useState<WeekStart>(lang === 'fa' ? 6 : 1);
  const [tagFilter, setTagFilter] = useState<string[]>([]);
  const [siteFilter, setSiteFilter] = useState<string[]>([]);
  const [agentFilter, setAgentFilter] = useState<string[]>([]);

  // An unreadable or reversed range falls back to the default one rather than showing nothing.
  const range = useMemo(() => {
    let a = parseDate(fromDate) ?? parseDate(localDate(now - 83 * DAY, timeZone))!;
    let b = parseDate(toDate) ?? parseDate(localDate(now, timeZone))!;
    if (a > b) [a, b] = [b, a];
    return { from: instantOfWall(a, timeZone), to: instantOfWall(b + DAY, timeZone) };
  }, [fromDate, toDate, now, timeZone]);

  const sites = useMemo(() => [...new Set(events.map((e) => e.site))].sort(), [events]);
  const agents = useMemo(() => [...new Set(events.map((e) => e.agent))].sort(), [events]);
  const filters = { tagIds: tagFilter, sites: siteFilter, agents: agentFilter };

  const report = useMemo(
    () => tally(events, taxonomy, { ...range, ...filters, bucket, timeZone, weekStartsOn, calendar }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [events, taxonomy, range, tagFilter, siteFilter, agentFilter, bucket, timeZone, weekStartsOn, calendar],
  );
  const byAgent = useMemo(
    () => tally(events, taxonomy, { ...range, ...filters, bucket: 'none', timeZone, groupBy: 'agent' }).rows,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [events, taxonomy, range, tagFilter, siteFilter, agentFilter, timeZone],
  );
  const up = useMemo(
    () => rising(events, taxonomy, { period: bucket, now, timeZone, weekStartsOn, calendar, sites: siteFilter, agents: agentFilter }),
    [events, taxonomy, bucket, now, timeZone, weekStartsOn, calendar, siteFilter, agentFilter],
  );

  const tagOrder = useMemo(() => new Map(sortedTags(taxonomy).map((tag, i) => [tag.id, i])), [taxonomy]);
  const shownTags = useMemo(() => {
    const set = new Set(report.rows.map((r) => r.tagId));
    return [...set].sort((a, b) => (tagOrder.get(a) ?? 1e9) - (tagOrder.get(b) ?? 1e9) || a.localeCompare(b));
  }, [report, tagOrder]);
  const matrix = useMemo(() => {
    const m = new Map<string, Map<string, number>>();
    for (const r of report.rows) {
      const row = m.get(r.bucket) ?? new Map<string, number>();
      row.set(r.tagId, r.count);
      m.set(r.bucket, row);
    }
    return m;
  }, [report]);
  const total = report.rows.reduce((s, r) => s + r.count, 0);
  const name = (id: string) => reportName(taxonomy, id, lang, t);
  const color = (id: string) => findTag(taxonomy, id)?.color ?? '#868e96';

  const bucketLabel = (b: Bucket, kind: 'week' | 'month' = bucket) => {
    const loc = locale(lang, calendar);
    if (kind === 'week') {
      const date = new Intl.DateTimeFormat(loc, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(b.start);
      return t('tags.reports.weekOf', { date });
    }
    return new Intl.DateTimeFormat(loc, { timeZone, month: 'long', year: 'numeric' }).format(b.start);
  };

  const periodEvents = () => {
    const resolve = tagResolver(taxonomy);
    const tags = tagFilter.length ? new Set(tagFilter.map(resolve)) : null;
    // Removed events travel too: a team merge needs the tombstones.
    return events.filter(
      (e) =>
        e.createdAt >= range.from &&
        e.createdAt < range.to &&
        (!siteFilter.length || siteFilter.includes(e.site)) &&
        (!agentFilter.length || agentFilter.includes(e.agent)) &&
        (!tags || tags.has(resolve(e.tagId))),
    );
  };
  const stem = `tactful-tags-${localDate(range.from, timeZone)}_${localDate(range.to - 1, timeZone)}`;

  // The picker clears itself, so the same file can be chosen again (importing twice is harmless and shows "unchanged").
  const onFile = async (file: File) => p.onImportEvents(await file.text(), file.name);

  const tagOptions = sortedTags(taxonomy)
    .filter((tag) => tag.mergedInto === undefined)
    .map((tag) => ({ value: tag.id, label: reportName(taxonomy, tag.id, lang, t) }));

  // Chart geometry: one stacked bar per bucket; newest at the reading end (right in English, left in Persian).
  const chart = useMemo(() => {
    const n = report.buckets.length;
    const totals = report.buckets.map((b) => [...(matrix.get(b.bucket)?.values() ?? [])].reduce((a, c) => a + c, 0));
    const max = Math.max(1, ...totals);
    const bw = 18;
    const gap = 6;
    const h = 120;
    const width = Math.max(1, n) * (bw + gap);
    const bars = report.buckets.map((b, i) => {
      const slot = lang === 'fa' ? n - 1 - i : i;
      const x = slot * (bw + gap) + gap / 2;
      let y = h;
      const parts = shownTags
        .map((tagId) => ({ tagId, count: matrix.get(b.bucket)?.get(tagId) ?? 0 }))
        .filter((s) => s.count > 0)
        .map((s) => {
          const hh = (s.count / max) * (h - 4);
          y -= hh;
          return { ...s, x, y, hh };
        });
      return { b, parts };
    });
    return { width, h, bw, bars };
  }, [report, matrix, shownTags, lang]);

  return (
    <section className="tags-reports" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('tags.reports.title')}</h2>

      <div className="tags-reports-controls">
        <label>
          {t('tags.reports.from')}
          <input type="date" value={fromDate} onChange={(e) => setFromDate(e.target.value)} />
        </label>
        <label>
          {t('tags.reports.to')}
          <input type="date" value={toDate} onChange={(e) => setToDate(e.target.value)} />
        </label>
        <label>
          {t('tags.reports.bucket')}
          <select value={bucket} onChange={(e) => setBucket(e.target.value as 'week' | 'month')}>
            <option value="week">{t('tags.reports.week')}</option>
            <option value="month">{t('tags.reports.month')}</option>
          </select>
        </label>
        {bucket === 'week' ? (
          <label>
            {t('tags.reports.weekStart')}
            <select value={weekStartsOn} onChange={(e) => setWeekStartsOn(Number(e.target.value) as WeekStart)}>
              <option value={6}>{t('tags.reports.saturday')}</option>
              <option value={0}>{t('tags.reports.sunday')}</option>
              <option value={1}>{t('tags.reports.monday')}</option>
            </select>
          </label>
        ) : null}
        <label>
          {t('tags.reports.calendar')}
          <select value={calendar} onChange={(e) => setCalendar(e.target.value as CalendarKind)}>
            <option value="persian">{t('tags.reports.persian')}</option>
            <option value="gregory">{t('tags.reports.gregorian')}</option>
          </select>
        </label>
      </div>
      <div className="tags-reports-controls">
        <MultiPick label={t('tags.reports.filterTags')} hint={t('tags.reports.filterHint')} options={tagOptions} selected={tagFilter} onChange={setTagFilter} lang={lang} />
        <MultiPick label={t('tags.reports.filterSites')} hint={t('tags.reports.filterHint')} options={sites.map((s) => ({ value: s, label: s }))} selected={siteFilter} onChange={setSiteFilter} lang={lang} />
        <MultiPick label={t('tags.reports.filterAgents')} hint={t('tags.reports.filterHint')} options={agents.map((a) => ({ value: a, label: a }))} selected={agentFilter} onChange={setAgentFilter} lang={lang} />
      </div>

      <p className="tags-reports-summary" role="status">
        {total === 0 ? t('tags.reports.noEvents') : t('tags.reports.summary', { count: total })}
      </p>

      {total > 0 && (
        <>
          <div className="tags-reports-scroll">
            <table className="tags-reports-table" id={`${ids}-table`}>
              <caption>{t('tags.reports.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tags.reports.period')}</th>
                  {shownTags.map((id) => (
                    <th scope="col" key={id}>
                      <span className="tags-reports-swatch" style={{ background: color(id) }} aria-hidden="true" />
                      <span dir="auto">{name(id)}</span>
                    </th>
                  ))}
                  <th scope="col">{t('tags.reports.total')}</th>
                </tr>
              </thead>
              <tbody>
                {report.buckets.map((b) => {
                  const row = matrix.get(b.bucket);
                  const sum = row ? [...row.values()].reduce((a, c) => a + c, 0) : 0;
                  return (
                    <tr key={b.bucket}>
                      <th scope="row" title={b.bucket}>
                        {bucketLabel(b)}
                      </th>
                      {shownTags.map((id) => (
                        <td key={id}>{num(lang, row?.get(id) ?? 0)}</td>
                      ))}
                      <td>{num(lang, sum)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          <figure className="tags-reports-chart">
            <figcaption id={`${ids}-chart`}>{t('tags.reports.chartTitle')}</figcaption>
            <svg
              role="img"
              aria-labelledby={`${ids}-chart ${ids}-chart-desc`}
              viewBox={`0 0 ${chart.width} ${chart.h}`}
              width={chart.width}
              height={chart.h}
              preserveAspectRatio="none"
            >
              <desc id={`${ids}-chart-desc`}>{t('tags.reports.chartAlt')}</desc>
              <line x1={0} x2={chart.width} y1={chart.h - 0.5} y2={chart.h - 0.5} className="tags-reports-axis" />
              {chart.bars.map(({ b, parts }) => (
                <g key={b.bucket}>
                  {parts.map((s) => (
                    <rect key={s.tagId} x={s.x} y={s.y} width={chart.bw} height={s.hh} fill={color(s.tagId)} data-tag-id={s.tagId}>
                      <title>{`${bucketLabel(b)} · ${name(s.tagId)}: ${num(lang, s.count)}`}</title>
                    </rect>
                  ))}
                </g>
              ))}
            </svg>
            <ul className="tags-reports-legend">
              {shownTags.map((id) => (
                <li key={id}>
                  <span className="tags-reports-swatch" style={{ background: color(id) }} aria-hidden="true" />
                  <span dir="auto">{name(id)}</span>
                </li>
              ))}
            </ul>
          </figure>
        </>
      )}

      <h3>
        {t('tags.reports.rising')} <span className="tags-reports-hint">({bucketLabel(up.current, bucket)})</span>
      </h3>
      {up.items.length === 0 ? (
        <p className="tags-reports-hint">{t('tags.reports.risingNone')}</p>
      ) : (
        <ol className="tags-reports-rising">
          {up.items.map((i) => (
            <li key={i.tagId}>
              <span className="tags-reports-swatch" style={{ background: color(i.tagId) }} aria-hidden="true" />
              <strong dir="auto">{name(i.tagId)}</strong>{' '}
              {t('tags.reports.risingItem', {
                share: Math.round(i.share * 1000) / 10,
                previous: Math.round(i.previousShare * 1000) / 10,
                count: i.count,
                previousCount: i.previousCount,
              })}
            </li>
          ))}
        </ol>
      )}

      <h3 id={`${ids}-agents`}>{t('tags.reports.byAgent')}</h3>
      {byAgent.length === 0 ? (
        <p className="tags-reports-hint">{t('tags.reports.noEvents')}</p>
      ) : (
        <div className="tags-reports-scroll">
          <table className="tags-reports-table" aria-labelledby={`${ids}-agents`}>
            <thead>
              <tr>
                <th scope="col">{t('tags.reports.agent')}</th>
                {shownTags.map((id) => (
                  <th scope="col" key={id} dir="auto">
                    {name(id)}
                  </th>
                ))}
                <th scope="col">{t('tags.reports.total')}</th>
              </tr>
            </thead>
            <tbody>
              {[...new Set(byAgent.map((r) => r.agent!))].sort().map((agent) => {
                const rows = byAgent.filter((r) => r.agent === agent);
                return (
                  <tr key={agent}>
                    <th scope="row" dir="auto">
                      {agent}
                    </th>
                    {shownTags.map((id) => (
                      <td key={id}>{num(lang, rows.find((r) => r.tagId === id)?.count ?? 0)}</td>
                    ))}
                    <td>{num(lang, rows.reduce((s, r) => s + r.count, 0))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('tags.reports.export')}</h3>
      <div className="tags-reports-actions">
        <button type="button" onClick={() => p.onExport('tally-csv', tallyToCsv(report.rows, taxonomy, lang), `${stem}-tally.csv`)}>
          {t('tags.reports.exportTally')}
        </button>
        <button type="button" onClick={() => p.onExport('events-csv', eventsToCsv(periodEvents(), taxonomy, lang), `${stem}-events.csv`)}>
          {t('tags.reports.exportEvents')}
        </button>
        <button type="button" onClick={() => p.onExport('events-json', eventsToJson(periodEvents(), { exportedAt: now }), `${stem}-events.json`)}>
          {t('tags.reports.exportJson')}
        </button>
      </div>

      <h3>
        <label htmlFor={`${ids}-import`}>{t('tags.reports.import')}</label>
      </h3>
      <p className="tags-reports-hint" id={`${ids}-import-help`}>
        {t('tags.reports.importHelp')}
      </p>
      <FileInput id={`${ids}-import`} accept=".json,.csv,application/json,text/csv" aria-describedby={`${ids}-import-help`} onFile={(f) => void onFile(f)} />
      {p.importResult && (
        <p className={p.importResult.ok ? 'tags-reports-ok' : 'tags-reports-error'} role={p.importResult.ok ? 'status' : 'alert'} dir="auto">
          {p.importResult.message}
        </p>
      )}
    </section>
  );
}
