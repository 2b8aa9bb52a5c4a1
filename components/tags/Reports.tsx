/**
 * The team lead's report: tallies of root causes per week or month in the team's time zone,
 * a bar chart with a table equivalent, the tags whose share is rising, a per-agent breakdown,
 * the agents' notes, exports (CSV for spreadsheets, JSON for merges) and the import of agents' exports.
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
import { DateField, isoDay, parseDate } from './DateField.tsx';
import { ReportChart } from './ReportChart.tsx';
import { AgentTable, ExportImport, NotesList, RisingList, TallyTable, type Names } from './ReportParts.tsx';
import './Reports.css';

export interface ReportsProps {
  events: TagEvent[];
  taxonomy: Taxonomy;
  lang: UiLang;
  t: Translate;
  timeZone: string;
  now: number;
  /** The team's week start (Preferences); by UI language when absent. */
  weekStartsOn?: WeekStart;
  onExport(kind: 'tally-csv' | 'events-csv' | 'events-json', content: string, fileName: string): void;
  onImportEvents(text: string, fileName: string): void;
  importResult?: { ok: boolean; message: string } | null;
}

const DAY = 86_400_000;
/** A tag is called rising only with at least this many tags in the current period (not 1 against 0). */
export const RISING_MIN_COUNT = 3;

/** "YYYY-MM-DD" of the local day containing `t`. */
function localDate(t: number, timeZone: string): string {
  return isoDay(wallTime(t, timeZone));
}

/**
 * The range a report opens on: the last 12 weeks up to today when they hold tags, starting at the
 * first tag when that is later (no rows of zeros before the team began); when the last tag is
 * older than that, the 12 weeks up to the last tag.
 */
export function defaultRange(events: readonly TagEvent[], now: number, timeZone: string): { from: string; to: string } {
  const live = events.filter((e) => e.removedAt === undefined);
  if (live.length === 0) return { from: localDate(now - 83 * DAY, timeZone), to: localDate(now, timeZone) };
  let first = Infinity;
  let last = -Infinity;
  for (const e of live) {
    first = Math.min(first, e.createdAt);
    last = Math.max(last, e.createdAt);
  }
  const end = last >= now - 83 * DAY ? Math.max(now, last) : last;
  return { from: localDate(Math.max(first, end - 83 * DAY), timeZone), to: localDate(end, timeZone) };
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

/** What the team lead chose: range, grouping, calendar, week start and filters. */
function useControls(p: ReportsProps) {
  const { lang, events, now, timeZone } = p;
  const [initial] = useState(() => defaultRange(events, now, timeZone));
  const [fromDate, setFromDate] = useState(initial.from);
  const [toDate, setToDate] = useState(initial.to);
  const [bucket, setBucket] = useState<'week' | 'month'>('week');
  const [calendar, setCalendar] = useState<CalendarKind>(lang === 'fa' ? 'persian' : 'gregory');
  const [weekStartsOn, setWeekStartsOn] = useState<WeekStart>(p.weekStartsOn ?? (lang === 'fa' ? 6 : 1));
  const [tagFilter, setTagFilter] = useState<string[]>([]);
  const [siteFilter, setSiteFilter] = useState<string[]>([]);
  const [agentFilter, setAgentFilter] = useState<string[]>([]);
  // An unreadable or reversed range falls back to the default one rather than showing nothing.
  const range = useMemo(() => {
    let a = parseDate(fromDate) ?? parseDate(initial.from)!;
    let b = parseDate(toDate) ?? parseDate(initial.to)!;
    if (a > b) [a, b] = [b, a];
    return { from: instantOfWall(a, timeZone), to: instantOfWall(b + DAY, timeZone) };
  }, [fromDate, toDate, initial, timeZone]);
  return {
    fromDate, setFromDate, toDate, setToDate, bucket, setBucket, calendar, setCalendar, weekStartsOn, setWeekStartsOn,
    tagFilter, setTagFilter, siteFilter, setSiteFilter, agentFilter, setAgentFilter, range,
  };
}
type Controls = ReturnType<typeof useControls>;

/** Tallies, per-agent rows, rising tags and the chart's matrix for the chosen controls. */
function useReportData(p: ReportsProps, c: Controls) {
  const { events, taxonomy, timeZone, now } = p;
  const { range, bucket, weekStartsOn, calendar, tagFilter, siteFilter, agentFilter } = c;
  const report = useMemo(
    () => tally(events, taxonomy, { ...range, tagIds: tagFilter, sites: siteFilter, agents: agentFilter, bucket, timeZone, weekStartsOn, calendar }),
    [events, taxonomy, range, tagFilter, siteFilter, agentFilter, bucket, timeZone, weekStartsOn, calendar],
  );
  const byAgent = useMemo(
    () => tally(events, taxonomy, { ...range, tagIds: tagFilter, sites: siteFilter, agents: agentFilter, bucket: 'none', timeZone, groupBy: 'agent' }).rows,
    [events, taxonomy, range, tagFilter, siteFilter, agentFilter, timeZone],
  );
  const up = useMemo(
    () => rising(events, taxonomy, { period: bucket, now, timeZone, weekStartsOn, calendar, sites: siteFilter, agents: agentFilter, minCount: RISING_MIN_COUNT }),
    [events, taxonomy, bucket, now, timeZone, weekStartsOn, calendar, siteFilter, agentFilter],
  );
  const shownTags = useMemo(() => {
    const order = new Map(sortedTags(taxonomy).map((tag, i) => [tag.id, i]));
    const set = new Set(report.rows.map((r) => r.tagId));
    return [...set].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
  }, [report, taxonomy]);
  const matrix = useMemo(() => {
    const m = new Map<string, Map<string, number>>();
    for (const r of report.rows) {
      const row = m.get(r.bucket) ?? new Map<string, number>();
      row.set(r.tagId, r.count);
      m.set(r.bucket, row);
    }
    return m;
  }, [report]);
  // Removed events travel too: a team merge needs the tombstones.
  const periodEvents = useMemo(() => {
    const resolve = tagResolver(taxonomy);
    const tags = tagFilter.length ? new Set(tagFilter.map(resolve)) : null;
    return events.filter(
      (e) => e.createdAt >= range.from && e.createdAt < range.to && (!siteFilter.length || siteFilter.includes(e.site)) &&
        (!agentFilter.length || agentFilter.includes(e.agent)) && (!tags || tags.has(resolve(e.tagId))),
    );
  }, [events, taxonomy, range, tagFilter, siteFilter, agentFilter]);
  const total = report.rows.reduce((s, r) => s + r.count, 0);
  return { report, byAgent, up, shownTags, matrix, periodEvents, total };
}

function RangeControls({ c, lang, t }: { c: Controls; lang: UiLang; t: Translate }) {
  const parts = { year: t('tags.reports.year'), month: t('tags.reports.monthPart'), day: t('tags.reports.day') };
  return (
    <div className="tags-reports-controls">
      <DateField label={t('tags.reports.from')} value={c.fromDate} calendar={c.calendar} lang={lang} onChange={c.setFromDate} partLabels={parts} />
      <DateField label={t('tags.reports.to')} value={c.toDate} calendar={c.calendar} lang={lang} onChange={c.setToDate} partLabels={parts} />
      <label>
        {t('tags.reports.bucket')}
        <select value={c.bucket} onChange={(e) => c.setBucket(e.target.value as 'week' | 'month')}>
          <option value="week">{t('tags.reports.week')}</option>
          <option value="month">{t('tags.reports.month')}</option>
        </select>
      </label>
      {c.bucket === 'week' ? (
        <label>
          {t('tags.reports.weekStart')}
          <select value={c.weekStartsOn} onChange={(e) => c.setWeekStartsOn(Number(e.target.value) as WeekStart)}>
            <option value={6}>{t('tags.reports.saturday')}</option>
            <option value={0}>{t('tags.reports.sunday')}</option>
            <option value={1}>{t('tags.reports.monday')}</option>
          </select>
        </label>
      ) : null}
      <label>
        {t('tags.reports.calendar')}
        <select value={c.calendar} onChange={(e) => c.setCalendar(e.target.value as CalendarKind)}>
          <option value="persian">{t('tags.reports.persian')}</option>
          <option value="gregory">{t('tags.reports.gregorian')}</option>
        </select>
      </label>
    </div>
  );
}

function Filters({ p, c }: { p: ReportsProps; c: Controls }) {
  const { events, taxonomy, lang, t } = p;
  const sites = useMemo(() => [...new Set(events.map((e) => e.site))].sort(), [events]);
  const agents = useMemo(() => [...new Set(events.map((e) => e.agent))].sort(), [events]);
  const tagOptions = sortedTags(taxonomy)
    .filter((tag) => tag.mergedInto === undefined)
    .map((tag) => ({ value: tag.id, label: reportName(taxonomy, tag.id, lang, t) }));
  return (
    <div className="tags-reports-controls">
      <MultiPick label={t('tags.reports.filterTags')} hint={t('tags.reports.filterHint')} options={tagOptions} selected={c.tagFilter} onChange={c.setTagFilter} lang={lang} />
      <MultiPick label={t('tags.reports.filterSites')} hint={t('tags.reports.filterHint')} options={sites.map((s) => ({ value: s, label: s }))} selected={c.siteFilter} onChange={c.setSiteFilter} lang={lang} />
      <MultiPick label={t('tags.reports.filterAgents')} hint={t('tags.reports.filterHint')} options={agents.map((a) => ({ value: a, label: a || t('tags.reports.noAgent') }))} selected={c.agentFilter} onChange={c.setAgentFilter} lang={lang} />
    </div>
  );
}

/** Bucket labels in the chosen calendar: long for tables and tooltips, short under the chart's bars. */
function labels(lang: UiLang, t: Translate, timeZone: string, calendar: CalendarKind, bucket: 'week' | 'month') {
  const loc = locale(lang, calendar);
  const long = (b: Bucket, kind: 'week' | 'month' = bucket) =>
    kind === 'week'
      ? t('tags.reports.weekOf', { date: new Intl.DateTimeFormat(loc, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(b.start) })
      : new Intl.DateTimeFormat(loc, { timeZone, month: 'long', year: 'numeric' }).format(b.start);
  const short = (b: Bucket) => new Intl.DateTimeFormat(loc, bucket === 'week' ? { timeZone, day: 'numeric', month: 'short' } : { timeZone, month: 'short' }).format(b.start);
  const date = (ms: number) => new Intl.DateTimeFormat(loc, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
  return { long, short, date };
}

export function Reports(p: ReportsProps) {
  const { taxonomy, lang, t, timeZone, now } = p;
  const ids = useId();
  const c = useControls(p);
  const d = useReportData(p, c);
  const names: Names = {
    name: (id) => reportName(taxonomy, id, lang, t),
    color: (id) => findTag(taxonomy, id)?.color ?? '#868e96',
    agent: (a) => a || t('tags.reports.noAgent'),
  };
  const label = labels(lang, t, timeZone, c.calendar, c.bucket);
  const stem = `tactful-tags-${localDate(c.range.from, timeZone)}_${localDate(c.range.to - 1, timeZone)}`;
  const exportAs = (kind: 'tally-csv' | 'events-csv' | 'events-json') => {
    if (kind === 'tally-csv') p.onExport(kind, tallyToCsv(d.report.rows, taxonomy, lang), `${stem}-tally.csv`);
    else if (kind === 'events-csv') p.onExport(kind, eventsToCsv(d.periodEvents, taxonomy, lang), `${stem}-events.csv`);
    else p.onExport(kind, eventsToJson(d.periodEvents, { exportedAt: now }), `${stem}-events.json`);
  };

  return (
    <section className="tags-reports" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('tags.reports.title')}</h2>
      <RangeControls c={c} lang={lang} t={t} />
      <Filters p={p} c={c} />
      <p className="tags-reports-summary" role="status">
        {d.total === 0 ? t('tags.reports.noEvents') : t('tags.reports.summary', { count: d.total })}
      </p>
      {d.total > 0 && (
        <>
          <TallyTable ids={ids} buckets={d.report.buckets} matrix={d.matrix} tags={d.shownTags} names={names} label={(b) => label.long(b)} lang={lang} t={t} />
          <figure className="tags-reports-chart">
            <figcaption id={`${ids}-chart`}>{t('tags.reports.chartTitle')}</figcaption>
            <ReportChart ids={ids} buckets={d.report.buckets} matrix={d.matrix} tags={d.shownTags} lang={lang} t={t} color={names.color} name={names.name} label={(b) => label.long(b)} shortLabel={label.short} />
            <ul className="tags-reports-legend">
              {d.shownTags.map((id) => (
                <li key={id}>
                  <span className="tags-reports-swatch" style={{ background: names.color(id) }} aria-hidden="true" />
                  <span dir="auto">{names.name(id)}</span>
                </li>
              ))}
            </ul>
          </figure>
        </>
      )}
      <h3>
        {t('tags.reports.rising')} <span className="tags-reports-hint">({label.long(d.up.current, c.bucket)})</span>
      </h3>
      <RisingList up={d.up} minCount={RISING_MIN_COUNT} names={names} t={t} />
      <h3 id={`${ids}-agents`}>{t('tags.reports.byAgent')}</h3>
      <AgentTable ids={ids} rows={d.byAgent} tags={d.shownTags} names={names} lang={lang} t={t} />
      <h3>{t('tags.reports.notes')}</h3>
      <NotesList events={d.periodEvents} names={names} date={label.date} t={t} />
      <ExportImport ids={ids} t={t} onExport={exportAs} onFile={(f) => void f.text().then((text) => p.onImportEvents(text, f.name))} importResult={p.importResult} />
    </section>
  );
}
