/** The report's tables and lists: tallies per period, rising tags, per agent, notes, export and import. */
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import type { Bucket, Rising, TagEvent, TallyRow } from '../../lib/tags/index.ts';
import { FileInput } from '../ui/FileInput.tsx';
import { num } from './util.ts';

export interface Names {
  name(tagId: string): string;
  color(tagId: string): string;
  agent(agent: string): string;
}

function Swatch({ color }: { color: string }) {
  return <span className="tags-reports-swatch" style={{ background: color }} aria-hidden="true" />;
}

export function TallyTable(p: { ids: string; buckets: readonly Bucket[]; matrix: ReadonlyMap<string, ReadonlyMap<string, number>>; tags: readonly string[]; names: Names; label(b: Bucket): string; lang: UiLang; t: Translate }) {
  const { t, lang } = p;
  return (
    <div className="tags-reports-scroll">
      <table className="tags-reports-table" id={`${p.ids}-table`}>
        <caption>{t('tags.reports.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tags.reports.period')}</th>
            {p.tags.map((id) => (
              <th scope="col" key={id}>
                <Swatch color={p.names.color(id)} />
                <span dir="auto">{p.names.name(id)}</span>
              </th>
            ))}
            <th scope="col">{t('tags.reports.total')}</th>
          </tr>
        </thead>
        <tbody>
          {p.buckets.map((b) => {
            const row = p.matrix.get(b.bucket);
            const sum = row ? [...row.values()].reduce((a, c) => a + c, 0) : 0;
            return (
              <tr key={b.bucket}>
                <th scope="row" title={b.bucket}>
                  {p.label(b)}
                </th>
                {p.tags.map((id) => (
                  <td key={id}>{num(lang, row?.get(id) ?? 0)}</td>
                ))}
                <td>{num(lang, sum)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function RisingList(p: { up: Rising; minCount: number; names: Names; t: Translate }) {
  const { t } = p;
  if (p.up.items.length === 0) return <p className="tags-reports-hint">{t('tags.reports.risingNone', { min: p.minCount })}</p>;
  return (
    <ol className="tags-reports-rising">
      {p.up.items.map((i) => (
        <li key={i.tagId}>
          <Swatch color={p.names.color(i.tagId)} />
          <strong dir="auto">{p.names.name(i.tagId)}</strong>{' '}
          {t('tags.reports.risingItem', {
            share: Math.round(i.share * 1000) / 10,
            previous: Math.round(i.previousShare * 1000) / 10,
            count: i.count,
            previousCount: i.previousCount,
          })}
        </li>
      ))}
    </ol>
  );
}

export function AgentTable(p: { ids: string; rows: readonly TallyRow[]; tags: readonly string[]; names: Names; lang: UiLang; t: Translate }) {
  const { t, lang } = p;
  if (p.rows.length === 0) return <p className="tags-reports-hint">{t('tags.reports.noEvents')}</p>;
  return (
    <div className="tags-reports-scroll">
      <table className="tags-reports-table" aria-labelledby={`${p.ids}-agents`}>
        <thead>
          <tr>
            <th scope="col">{t('tags.reports.agent')}</th>
            {p.tags.map((id) => (
              <th scope="col" key={id} dir="auto">
                {p.names.name(id)}
              </th>
            ))}
            <th scope="col">{t('tags.reports.total')}</th>
          </tr>
        </thead>
        <tbody>
          {[...new Set(p.rows.map((r) => r.agent!))].sort().map((agent) => {
            const rows = p.rows.filter((r) => r.agent === agent);
            return (
              <tr key={agent}>
                <th scope="row" dir="auto" data-agent={agent}>
                  {p.names.agent(agent)}
                </th>
                {p.tags.map((id) => (
                  <td key={id}>{num(lang, rows.find((r) => r.tagId === id)?.count ?? 0)}</td>
                ))}
                <td>{num(lang, rows.reduce((s, r) => s + r.count, 0))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The notes agents left on tags in the period, newest first. */
export function NotesList(p: { events: readonly TagEvent[]; names: Names; date(t: number): string; t: Translate; limit?: number }) {
  const limit = p.limit ?? 100;
  const noted = p.events.filter((e) => e.note && e.removedAt === undefined).sort((a, b) => b.createdAt - a.createdAt);
  if (noted.length === 0) return <p className="tags-reports-hint">{p.t('tags.reports.noNotes')}</p>;
  return (
    <>
      <ul className="tags-reports-notes">
        {noted.slice(0, limit).map((e) => (
          <li key={e.id} data-event-id={e.id}>
            <Swatch color={p.names.color(e.tagId)} />
            <strong dir="auto">{p.names.name(e.tagId)}</strong>{' '}
            <span className="tags-reports-meta" dir="auto">
              {p.t('tags.reports.noteMeta', { date: p.date(e.createdAt), agent: p.names.agent(e.agent), site: e.site || '—' })}
            </span>
            <br />
            <span dir="auto">{e.note}</span>
          </li>
        ))}
      </ul>
      {noted.length > limit && <p className="tags-reports-hint">{p.t('tags.reports.notesMore', { count: noted.length - limit })}</p>}
    </>
  );
}

export function ExportImport(p: { ids: string; t: Translate; onExport(kind: 'tally-csv' | 'events-csv' | 'events-json'): void; onFile(file: File): void; importResult?: { ok: boolean; message: string } | null }) {
  const { t, ids } = p;
  return (
    <>
      <h3>{t('tags.reports.export')}</h3>
      <div className="tags-reports-actions">
        <button type="button" onClick={() => p.onExport('tally-csv')}>
          {t('tags.reports.exportTally')}
        </button>
        <button type="button" onClick={() => p.onExport('events-csv')}>
          {t('tags.reports.exportEvents')}
        </button>
        <button type="button" onClick={() => p.onExport('events-json')}>
          {t('tags.reports.exportJson')}
        </button>
      </div>
      <h3>
        <label htmlFor={`${ids}-import`}>{t('tags.reports.import')}</label>
      </h3>
      <p className="tags-reports-hint" id={`${ids}-import-help`}>
        {t('tags.reports.importHelp')}
      </p>
      {/* The picker clears itself, so the same file can be chosen again (importing twice is harmless and shows "unchanged"). */}
      <FileInput label={t('core.file.choose')} id={`${ids}-import`} accept=".json,.csv,application/json,text/csv" aria-describedby={`${ids}-import-help`} onFile={p.onFile} />
      {p.importResult && (
        <p className={p.importResult.ok ? 'tags-reports-ok' : 'tags-reports-error'} role={p.importResult.ok ? 'status' : 'alert'} dir="auto">
          {p.importResult.message}
        </p>
      )}
    </>
  );
}
