/**
 * Exports (CSV for spreadsheets, JSON for team merges) and the import of either.
 *
 * CSV is RFC 4180: CRLF line ends, fields with a comma, quote or line break in double quotes,
 * quotes doubled; UTF-8 with a BOM so Excel reads Persian. Text cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR) get a leading apostrophe; the import removes it
 * again, so a CSV round trip is exact.
 */
import { z } from 'zod';
import { t as translate, type UiLang } from '../i18n/index.ts';
import type { ParseError, TagEvent, Taxonomy } from './types.ts';
import { TagEventSchema, issuesToErrors } from './types.ts';
import { findTag, tagName } from './taxonomy.ts';
import type { TallyRow } from './report.ts';

export const BOM = '\uFEFF';
const CRLF = '\r\n';
const DANGEROUS = /^[=+\-@\t\r]/;

/** Neutralises formula cells; a cell already starting with an apostrophe before one is escaped too, so the import can undo it exactly. */
export function neutralise(cell: string): string {
  if (DANGEROUS.test(cell)) return `'${cell}`;
  if (cell[0] === "'" && cell.length > 1 && (DANGEROUS.test(cell.slice(1)) || cell[1] === "'")) return `'${cell}`;
  return cell;
}

export function unneutralise(cell: string): string {
  if (cell[0] === "'" && cell.length > 1 && (DANGEROUS.test(cell.slice(1)) || cell[1] === "'")) return cell.slice(1);
  return cell;
}

/** One CSV field: text is neutralised and quoted when needed; numbers are written as they are. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const v = neutralise(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',') + CRLF;
}

export interface CsvRecord {
  /** 1-based line where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

/** RFC 4180 reader (CRLF or LF) that keeps line numbers for error messages. Raw fields, not un-neutralised. */
export function parseCsv(text: string): { records: CsvRecord[]; error?: ParseError } {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const n = src.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  // Slices and indexOf rather than a character loop: 100,000-row files are read in the page.
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let lastQuoted = false;
    for (;;) {
      let field: string;
      lastQuoted = src.charCodeAt(i) === 34;
      if (lastQuoted) {
        let j = i + 1;
        let q: number;
        for (;;) {
          q = src.indexOf('"', j);
          if (q < 0) return { records, error: { path: `row ${line}`, message: 'a quoted field is never closed' } };
          if (src.charCodeAt(q + 1) === 34) j = q + 2;
          else break;
        }
        const raw = src.slice(i + 1, q);
        for (let k = raw.indexOf('\n'); k >= 0; k = raw.indexOf('\n', k + 1)) line++;
        field = raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
        i = q + 1;
        // Lenient: text after the closing quote and before the delimiter is kept.
        let j2 = i;
        while (j2 < n) {
          const c = src.charCodeAt(j2);
          if (c === 44 || c === 10 || c === 13) break;
          j2++;
        }
        if (j2 > i) field += src.slice(i, j2);
        i = j2;
      } else {
        let j = i;
        while (j < n) {
          const c = src.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        field = src.slice(i, j);
        i = j;
      }
      fields.push(field);
      if (src.charCodeAt(i) === 44) {
        i++;
        continue;
      }
      if (src.charCodeAt(i) === 13 && src.charCodeAt(i + 1) === 10) i += 2;
      else if (i < n) i++;
      line++;
      break;
    }
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '' && !lastQuoted)) records.push({ line: recordLine, fields });
  }
  return { records };
}

function iso(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}

function displayName(taxonomy: Taxonomy, id: string, lang: UiLang): string {
  const tag = findTag(taxonomy, id);
  if (!tag) return id;
  const name = tagName(tag, lang);
  return tag.retired ? translate(lang, 'tags.retiredName', { name }) : name;
}

/** Tally rows as CSV with headers in the UI language; site/agent columns when the rows have them. */
export function tallyToCsv(rows: readonly TallyRow[], taxonomy: Taxonomy, lang: UiLang): string {
  const bySite = rows.some((r) => r.site !== undefined);
  const byAgent = rows.some((r) => r.agent !== undefined);
  const head = [
    translate(lang, 'tags.csv.bucket'),
    translate(lang, 'tags.csv.bucketStart'),
    translate(lang, 'tags.csv.tagId'),
    translate(lang, 'tags.csv.tag'),
    translate(lang, 'tags.csv.ownerTeam'),
    ...(bySite ? [translate(lang, 'tags.csv.site')] : []),
    ...(byAgent ? [translate(lang, 'tags.csv.agent')] : []),
    translate(lang, 'tags.csv.count'),
  ];
  let out = BOM + csvRow(head);
  for (const r of rows) {
    out += csvRow([
      r.bucket,
      iso(r.bucketStart),
      r.tagId,
      displayName(taxonomy, r.tagId, lang),
      findTag(taxonomy, r.tagId)?.ownerTeam ?? '',
      ...(bySite ? [r.site ?? ''] : []),
      ...(byAgent ? [r.agent ?? ''] : []),
      r.count,
    ]);
  }
  return out;
}

/** Column keys of the events CSV (the English file's header). */
export const EVENT_COLUMNS = ['id', 'created_at', 'tag_id', 'tag', 'conversation', 'site', 'agent', 'note', 'removed_at', 'updated_at'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

/** The events CSV header in a UI language: a Persian UI exports Persian column names. */
export function eventColumnNames(lang: UiLang): string[] {
  return EVENT_COLUMNS.map((c) => translate(lang, `tags.csv.ev.${c}`));
}

/** Header cell (English key or its name in any UI language, any case) -> column key. */
const COLUMN_BY_NAME: ReadonlyMap<string, EventColumn> = new Map(
  (['en', 'fa'] as const).flatMap((lang) => EVENT_COLUMNS.map((c) => [translate(lang, `tags.csv.ev.${c}`).trim().toLowerCase(), c] as const)),
);

/** Every event, removed ones included (their tombstones must travel in a team merge). */
export function eventsToCsv(events: readonly TagEvent[], taxonomy: Taxonomy, lang: UiLang): string {
  const names = new Map<string, string>();
  const parts: string[] = [BOM + csvRow(eventColumnNames(lang))];
  for (const e of events) {
    let name = names.get(e.tagId);
    if (name === undefined) {
      name = displayName(taxonomy, e.tagId, lang);
      names.set(e.tagId, name);
    }
    parts.push(csvRow([e.id, iso(e.createdAt), e.tagId, name, e.conversation, e.site, e.agent, e.note ?? '', iso(e.removedAt), iso(e.updatedAt)]));
  }
  return parts.join('');
}

export const EVENTS_FORMAT = 'tactful-tag-events';

export interface EventsExport {
  format: typeof EVENTS_FORMAT;
  formatVersion: 1;
  /** epoch ms */
  exportedAt: number;
  agent?: string;
  events: TagEvent[];
}

export function eventsExport(events: readonly TagEvent[], opts: { exportedAt: number; agent?: string }): EventsExport {
  return {
    format: EVENTS_FORMAT,
    formatVersion: 1,
    exportedAt: opts.exportedAt,
    ...(opts.agent ? { agent: opts.agent } : {}),
    events: events.slice(),
  };
}

/** The JSON export file (one event per line keeps diffs and large files readable). */
export function eventsToJson(events: readonly TagEvent[], opts: { exportedAt?: number; agent?: string } = {}): string {
  const head = eventsExport([], { exportedAt: opts.exportedAt ?? Date.now(), agent: opts.agent });
  const body = events.map((e) => JSON.stringify(e)).join(',\n');
  const json = JSON.stringify(head);
  return `${json.slice(0, -3)}[\n${body}\n]}\n`;
}

const ExportSchema = z.object({
  format: z.literal(EVENTS_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.number().optional(),
  agent: z.string().max(200).optional(),
  events: z.array(TagEventSchema).max(2_000_000),
});

export type EventsParse =
  | { ok: true; kind: 'json' | 'csv'; events: TagEvent[]; agent?: string }
  | { ok: false; errors: ParseError[] };

const MAX_ERRORS = 20;

function capErrors(errors: ParseError[]): ParseError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), { path: '$', message: `${errors.length - MAX_ERRORS} more errors` }];
}

function clean(e: z.infer<typeof TagEventSchema>): TagEvent {
  const out: TagEvent = { id: e.id, tagId: e.tagId, conversation: e.conversation, site: e.site, agent: e.agent, createdAt: e.createdAt };
  if (e.note !== undefined && e.note !== '') out.note = e.note;
  if (e.removedAt !== undefined) out.removedAt = e.removedAt;
  if (e.updatedAt !== undefined) out.updatedAt = e.updatedAt;
  return out;
}

/** Reads a JSON export or an events CSV. All or nothing: any error and no events are returned. */
export function parseEventsFile(text: string): EventsParse {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return parseJson(body);
  return parseEventsCsv(body);
}

function parseJson(text: string): EventsParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  // A bare array of events is accepted too (a hand-made file).
  if (Array.isArray(value)) value = { format: EVENTS_FORMAT, formatVersion: 1, events: value };
  const r = ExportSchema.safeParse(value);
  if (!r.success) return { ok: false, errors: capErrors(issuesToErrors(r.error.issues)) };
  return { ok: true, kind: 'json', events: r.data.events.map(clean), ...(r.data.agent ? { agent: r.data.agent } : {}) };
}

function parseTime(raw: string): number | null {
  const v = raw.trim();
  if (v === '') return null;
  if (/^\d{1,16}$/.test(v)) return Number(v);
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? NaN : ms;
}

function parseEventsCsv(text: string): EventsParse {
  const { records, error } = parseCsv(text);
  if (error) return { ok: false, errors: [error] };
  if (records.length === 0) return { ok: false, errors: [{ path: 'row 1', message: 'the file is empty' }] };
  // English and Persian headers both read back (a file exported from either UI imports anywhere).
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const col = new Map(header.map((h, i) => [COLUMN_BY_NAME.get(h) ?? h, i]));
  const missing = ['id', 'created_at', 'tag_id', 'conversation'].filter((c) => !col.has(c));
  if (missing.length) {
    return { ok: false, errors: [{ path: 'row 1', message: `not a tag events CSV: missing column(s) ${missing.join(', ')}` }] };
  }
  const errors: ParseError[] = [];
  const events: TagEvent[] = [];
  const get = (fields: string[], name: string): string => {
    const i = col.get(name);
    return i === undefined ? '' : unneutralise(fields[i] ?? '');
  };
  for (const rec of records.slice(1)) {
    const where = `row ${rec.line}`;
    if (rec.fields.length !== header.length) {
      errors.push({ path: where, message: `expected ${header.length} fields, found ${rec.fields.length}` });
      continue;
    }
    const times: Record<string, number | undefined> = {};
    let bad = false;
    for (const name of ['created_at', 'removed_at', 'updated_at']) {
      const v = parseTime(get(rec.fields, name));
      if (Number.isNaN(v)) {
        errors.push({ path: `${where}, ${name}`, message: 'not a date (expected ISO 8601 like 2026-01-31T09:30:00.000Z)' });
        bad = true;
      } else times[name] = v ?? undefined;
    }
    if (bad) continue;
    const candidate = {
      id: get(rec.fields, 'id'),
      tagId: get(rec.fields, 'tag_id'),
      conversation: get(rec.fields, 'conversation'),
      site: get(rec.fields, 'site'),
      agent: get(rec.fields, 'agent'),
      createdAt: times.created_at,
      note: get(rec.fields, 'note') || undefined,
      removedAt: times.removed_at,
      updatedAt: times.updated_at,
    };
    const r = TagEventSchema.safeParse(candidate);
    if (!r.success) {
      const names: Record<string, string> = { tagId: 'tag_id', createdAt: 'created_at', removedAt: 'removed_at', updatedAt: 'updated_at' };
      for (const iss of r.error.issues) {
        const key = String(iss.path[0] ?? '');
        errors.push({ path: `${where}, ${names[key] ?? key}`, message: iss.message });
      }
      continue;
    }
    events.push(clean(r.data));
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  return { ok: true, kind: 'csv', events };
}

/** One line for the UI: "row 4, created_at: not a date ...". */
export function formatErrors(errors: readonly ParseError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
