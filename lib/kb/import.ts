/**
 * Reading knowledge-base articles from files, URL lists and sitemaps. Pure functions: no DOM, no
 * network, so they run in the options page, a worker and Node alike.
 *
 * Files: a Zendesk Help Center export (`{ articles: [{ title, html_url, body, locale, label_names }] }`,
 * or a list of such pages), a plain JSON list (`[{ title, url, body, language?, tags? }]`) or CSV
 * with a header row naming those columns. Any problem makes the whole file fail (`ok: false`),
 * each error located by JSON path (`articles[3].html_url`) or spreadsheet row (`row 7, column url`),
 * so nothing is half imported. The limits match what the background stores (KbArticleInputSchema, ./types.ts).
 */
import { z } from 'zod';
import type { KbArticleInput } from './types.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { detectLanguage } from '../text/index.ts';
import { decodeTextFile, ENCODING_LABELS, type TextEncodingName } from '../text/encoding.ts';
import { expandPlurals } from '../i18n/index.ts';

export { htmlToText, decodeEntities } from './html.ts';

export const KB_LIMITS = {
  /** Characters in one import file (about 20 MB). */
  fileChars: 20 * 1024 * 1024,
  articles: 50_000,
  title: 500,
  url: 4000,
  /** Longer bodies are cut: the body is only search text. */
  body: 200_000,
  tags: 50,
  tag: 100,
  language: 20,
  /** Errors kept per file; more are summarised in one last entry. */
  errors: 500,
} as const;

/**
 * Every problem an import can report, as an English template with {placeholders}. The same codes
 * are translated in lib/i18n/strings/kb.ts as 'kb.err.<code>'.
 */
export const IMPORT_MESSAGES = {
  titleMissing: 'The title is empty. Every article needs a title.',
  titleLong: 'The title is longer than {max} characters.',
  urlMissing: 'The web address is empty. Every article needs one, starting with https://',
  urlBad: 'This is not a web address. It should look like https://help.example.com/article',
  urlScheme: 'Only web addresses starting with http:// or https:// can be used.',
  urlSpace: 'A web address cannot contain spaces.',
  urlLong: 'The web address is longer than {max} characters.',
  notText: 'This should be text.',
  tagsBad: 'Tags should be a list of words, or words separated by ; or |',
  tagsMany: 'An article can have at most {max} tags.',
  tagLong: 'Each tag can be at most {max} characters.',
  langBad: 'The language should be a short code such as en, fa or en-US.',
  fileTooLarge: 'This file is larger than 20 MB. Split it into smaller files and import them one by one.',
  fileEmpty: 'This file is empty.',
  notJson: 'This file is not valid JSON ({reason}). Check that it was saved as a .json export.',
  notArticles: 'This JSON is not a list of articles. Use a Zendesk Help Center export ({ "articles": [...] }) or a list like [{ "title": ..., "url": ..., "body": ... }].',
  notObject: 'Each article should be an object with a title, a web address and a body.',
  noArticles: 'This file has no articles in it.',
  tooMany: 'This file has {count, plural, one {# article} other {# articles}}; at most {max} can be imported at once. Split it into smaller files.',
  csvQuote: 'A quoted value starts here but its closing quote mark (") is missing.',
  csvColumn: 'The first row has no "{column}" column. The first row must name the columns: title, url, body, language, tags.',
  csvWidth: 'This row has {values, plural, one {# value} other {# values}} but the first row names only {columns, plural, one {# column} other {# columns}}. A value may contain a comma without quotes around it.',
  moreErrors: '{count, plural, one {# more problem is} other {# more problems are}} not listed.',
  tooManyUrls: 'At most {max} addresses can be imported at once; the rest were left out.',
  encodingBinary: 'This file is not text: it looks like a workbook (.xlsx or .xls). Save it as "CSV UTF-8" (Excel: File > Save As) and import that file.',
  encodingUnknown: 'This file is not saved as UTF-8 and is neither Windows-1252 (Western European) nor Windows-1256 (Arabic / Persian) text. Save it again as UTF-8 (Excel: "CSV UTF-8") and import it again.',
} as const;
export type ImportErrorCode = keyof typeof IMPORT_MESSAGES;
export type ImportParams = Record<string, string | number>;

export interface KbImportError {
  /** JSON path (`articles[3].html_url`) or, for CSV, `row 7, column url`. */
  path: string;
  /** English, for logs and tests; the UI translates `code` with `params`. */
  message: string;
  code: ImportErrorCode;
  params?: ImportParams;
  /** CSV: the spreadsheet row (header = 1) and column name. */
  row?: number;
  column?: string;
}

export function importMessage(code: ImportErrorCode, params?: ImportParams): string {
  return expandPlurals('en', IMPORT_MESSAGES[code], params ?? {}).replace(/\{(\w+)\}/g, (m, k: string) => (params && params[k] !== undefined ? String(params[k]) : m));
}

function problem(path: string, code: ImportErrorCode, params?: ImportParams, at?: { row?: number; column?: string }): KbImportError {
  const e: KbImportError = { path, message: importMessage(code, params), code };
  if (params) e.params = params;
  if (at?.row !== undefined) e.row = at.row;
  if (at?.column !== undefined) e.column = at.column;
  return e;
}

export type KbFileFormat = 'zendesk' | 'json' | 'csv';

export type KbParseResult =
  | {
      ok: true;
      articles: KbArticleInput[];
      format: KbFileFormat;
      /** Zendesk drafts left out (customers cannot open them). */
      skippedDrafts: number;
      /** Entries that repeated an earlier address; the later one was kept. */
      duplicates: number;
      /** Set when the file was not UTF-8 and was converted from this encoding (readKbFile). */
      encoding?: TextEncodingName;
    }
  | { ok: false; errors: KbImportError[] };

// ---- ids ------------------------------------------------------------------------------------------

/** The stored id of an article: lower-case host + path without trailing slash + query, no hash. */
export function articleIdFor(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return `${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

// ---- one article ----------------------------------------------------------------------------------

/** What is wrong with a web address, as an error code, or null when it is a usable http(s) address. */
export function checkUrl(url: string): 'urlMissing' | 'urlLong' | 'urlSpace' | 'urlBad' | 'urlScheme' | null {
  if (!url) return 'urlMissing';
  if (url.length > KB_LIMITS.url) return 'urlLong';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return 'urlBad';
  if (scheme !== 'http' && scheme !== 'https') return 'urlScheme';
  if (/\s/.test(url)) return 'urlSpace';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'urlBad';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'urlScheme';
  if (!u.hostname) return 'urlBad';
  return null;
}

const optText = z.union([z.string(), z.number(), z.null(), z.undefined()], { error: 'notText' });

const TagsSchema = z.union([z.array(z.union([z.string(), z.number()], { error: 'tagsBad' })), z.string(), z.null(), z.undefined()], { error: 'tagsBad' });

/** The fields an importer reads, after the source's names are mapped to ours. */
const RawArticleSchema = z.object({
  title: optText,
  url: optText,
  body: optText,
  language: optText,
  tags: TagsSchema,
});

export function splitTags(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

type Field = keyof z.infer<typeof RawArticleSchema>;

interface Located {
  /** Where a field of this entry is, for error messages. */
  where(field: Field | null): string;
  /** CSV only: row and column of a field. */
  cell?(field: Field | null): { row?: number; column?: string };
}

/**
 * Validates one entry, collecting errors with their location. `htmlBody` converts the body from
 * HTML (Zendesk); otherwise a body is converted only when it clearly is HTML.
 */
function toArticle(raw: unknown, loc: Located, htmlBody: boolean, errors: KbImportError[]): KbArticleInput | null {
  const fail = (field: Field | null, code: ImportErrorCode, params?: ImportParams) => errors.push(problem(loc.where(field), code, params, loc.cell?.(field)));
  const p = RawArticleSchema.safeParse(raw);
  if (!p.success) {
    for (const issue of p.error.issues) {
      const code = (issue.message in IMPORT_MESSAGES ? issue.message : 'notText') as ImportErrorCode;
      fail((issue.path[0] as Field | undefined) ?? null, code);
    }
    return null;
  }
  const r = p.data;
  const before = errors.length;
  const str = (v: string | number | null | undefined) => (v == null ? '' : String(v)).trim();

  const title = str(r.title).replace(/\s+/g, ' ');
  if (!title) fail('title', 'titleMissing');
  else if (title.length > KB_LIMITS.title) fail('title', 'titleLong', { max: KB_LIMITS.title });

  const url = str(r.url);
  const urlErr = checkUrl(url);
  if (urlErr) fail('url', urlErr, urlErr === 'urlLong' ? { max: KB_LIMITS.url } : undefined);

  const rawBody = r.body == null ? '' : String(r.body);
  let body = htmlBody || looksLikeHtml(rawBody) ? htmlToText(rawBody) : rawBody.replace(/\r\n?/g, '\n').trim();
  if (body.length > KB_LIMITS.body) body = body.slice(0, KB_LIMITS.body);

  let language: string | undefined = str(r.language) || undefined;
  if (language && (language.length > KB_LIMITS.language || !/^[a-zA-Z]{2,8}([-_][a-zA-Z0-9]{1,8})*$/.test(language))) {
    fail('language', 'langBad');
    language = undefined;
  }
  if (!language) {
    const d = detectLanguage(`${title}\n${body.slice(0, 2000)}`);
    if (d === 'en' || d === 'fa') language = d;
  }

  let tags: string[] | undefined;
  if (Array.isArray(r.tags)) tags = r.tags.map((t) => String(t).trim()).filter(Boolean);
  else if (typeof r.tags === 'string') tags = splitTags(r.tags);
  if (tags) {
    tags = [...new Set(tags)];
    if (tags.length > KB_LIMITS.tags) fail('tags', 'tagsMany', { max: KB_LIMITS.tags });
    else if (tags.some((t) => t.length > KB_LIMITS.tag)) fail('tags', 'tagLong', { max: KB_LIMITS.tag });
    if (!tags.length) tags = undefined;
  }

  if (errors.length > before) return null;
  const a: KbArticleInput = { title, url, body, source: 'file' };
  if (language) a.language = language;
  if (tags) a.tags = tags;
  return a;
}

/** Keeps the last entry per article id; returns how many were dropped. */
function dedupe(list: KbArticleInput[]): { articles: KbArticleInput[]; duplicates: number } {
  const byId = new Map<string, KbArticleInput>();
  for (const a of list) {
    const id = articleIdFor(a.url);
    byId.delete(id); // re-insert so the order follows the last occurrence
    byId.set(id, a);
  }
  return { articles: [...byId.values()], duplicates: list.length - byId.size };
}

function capErrors(errors: KbImportError[]): KbImportError[] {
  if (errors.length <= KB_LIMITS.errors) return errors;
  const rest = errors.length - KB_LIMITS.errors;
  return [...errors.slice(0, KB_LIMITS.errors), problem('…', 'moreErrors', { count: rest })];
}

// ---- files ----------------------------------------------------------------------------------------

/** Reads an import file. Format by extension (.json / .csv), else by its first character. */
export function parseKbFile(text: string, fileName: string): KbParseResult {
  if (text.length > KB_LIMITS.fileChars) {
    return { ok: false, errors: [problem(fileName || 'file', 'fileTooLarge')] };
  }
  const src = text.replace(/^\uFEFF/, '');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const trimmed = src.trimStart();
  const isJson = ext === 'json' || (ext !== 'csv' && ext !== 'tsv' && (trimmed.startsWith('{') || trimmed.startsWith('[')));
  if (!trimmed) return { ok: false, errors: [problem(fileName || 'file', 'fileEmpty')] };
  return isJson ? parseJson(src, fileName) : parseCsvArticles(src);
}

/**
 * Reads an import file from its bytes: the encoding is detected first (BOM, UTF-16 without BOM,
 * invalid UTF-8 = a legacy code page), so a Latin-1 or UTF-16 spreadsheet export is either read
 * correctly, with the encoding named in the result, or refused with a message naming the problem.
 */
export function readKbFile(bytes: Uint8Array, fileName: string): KbParseResult {
  if (bytes.length > KB_LIMITS.fileChars * 4) return { ok: false, errors: [problem(fileName || 'file', 'fileTooLarge')] };
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, errors: [problem(fileName || 'file', decoded.code === 'binary' ? 'encodingBinary' : 'encodingUnknown')] };
  const result = parseKbFile(decoded.text, fileName);
  if (result.ok && decoded.converted) result.encoding = decoded.encoding;
  return result;
}

/** The name of an encoding as shown to the user. */
export function encodingLabel(encoding: TextEncodingName): string {
  return ENCODING_LABELS[encoding];
}

function parseJson(src: string, fileName: string): KbParseResult {
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    return { ok: false, errors: [problem(fileName || 'file', 'notJson', { reason: (e as Error).message })] };
  }
  const errors: KbImportError[] = [];
  const list: KbArticleInput[] = [];
  let skippedDrafts = 0;
  let format: KbFileFormat = 'json';

  const readZendesk = (arr: unknown[], prefix: string) => {
    arr.forEach((item, i) => {
      const base = `${prefix}articles[${i}]`;
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        errors.push(problem(base, 'notObject'));
        return;
      }
      const o = item as Record<string, unknown>;
      if (o.draft === true) {
        skippedDrafts++;
        return;
      }
      const urlKey = 'html_url' in o ? 'html_url' : 'url';
      const names: Record<Field, string> = { title: 'title', url: urlKey, body: 'body', language: 'locale' in o ? 'locale' : 'language', tags: 'label_names' in o ? 'label_names' : 'tags' };
      const raw = { title: o.title, url: o[urlKey], body: o.body, language: o[names.language], tags: o[names.tags] };
      const a = toArticle(raw, { where: (f) => (f ? `${base}.${names[f]}` : base) }, true, errors);
      if (a) list.push(a);
    });
  };
  const isZendeskPage = (v: unknown): v is { articles: unknown[] } => !!v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { articles?: unknown }).articles);

  if (isZendeskPage(data)) {
    format = 'zendesk';
    if (data.articles.length > KB_LIMITS.articles) return tooMany(data.articles.length);
    readZendesk(data.articles, '');
  } else if (Array.isArray(data) && data.length > 0 && data.every(isZendeskPage)) {
    // Several pages of a paginated Zendesk export saved as one list.
    format = 'zendesk';
    const total = data.reduce((n, p) => n + p.articles.length, 0);
    if (total > KB_LIMITS.articles) return tooMany(total);
    data.forEach((page, p) => readZendesk(page.articles, `[${p}].`));
  } else if (Array.isArray(data)) {
    if (data.length > KB_LIMITS.articles) return tooMany(data.length);
    data.forEach((item, i) => {
      const base = `[${i}]`;
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        errors.push(problem(base, 'notObject'));
        return;
      }
      const o = item as Record<string, unknown>;
      const urlKey = 'url' in o ? 'url' : 'html_url' in o ? 'html_url' : 'url';
      const langKey = 'language' in o ? 'language' : 'locale' in o ? 'locale' : 'language';
      const names: Record<Field, string> = { title: 'title', url: urlKey, body: 'body', language: langKey, tags: 'tags' };
      const raw = { title: o.title, url: o[urlKey], body: o.body, language: o[langKey], tags: o.tags };
      const a = toArticle(raw, { where: (f) => (f ? `${base}.${names[f]}` : base) }, false, errors);
      if (a) list.push(a);
    });
  } else {
    return { ok: false, errors: [problem(fileName || 'file', 'notArticles')] };
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  if (!list.length) return { ok: false, errors: [problem(fileName || 'file', 'noArticles')] };
  const d = dedupe(list);
  return { ok: true, articles: d.articles, format, skippedDrafts, duplicates: d.duplicates };
}

function tooMany(n: number): KbParseResult {
  return { ok: false, errors: [problem('file', 'tooMany', { count: n, max: KB_LIMITS.articles })] };
}

// ---- CSV ------------------------------------------------------------------------------------------

export interface CsvRecord {
  fields: string[];
  /** 1-based spreadsheet row (the header is row 1). */
  row: number;
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line
 * endings. `delimiter` defaults to a comma. Returns the records, or the row of an unclosed quote.
 */
export function parseCsv(text: string, delimiter = ','): { records: CsvRecord[]; error?: { row: number; code: 'csvQuote' } } {
  // Fields are sliced between positions found with native indexOf, never built a character at a
  // time, so a 20 MB file stays fast.
  const records: CsvRecord[] = [];
  const n = text.length;
  if (n === 0) return { records };
  // Next delimiter, LF and CR at or after the cursor (n when none); refreshed once passed.
  let nd = -1;
  let nl = -1;
  let cr = -1;
  const nextStop = (from: number): number => {
    if (nd < from) nd = (nd = text.indexOf(delimiter, from)) < 0 ? n : nd;
    if (nl < from) nl = (nl = text.indexOf('\n', from)) < 0 ? n : nl;
    if (cr < from) cr = (cr = text.indexOf('\r', from)) < 0 ? n : cr;
    return Math.min(nd, nl, cr);
  };
  let fields: string[] = [];
  let row = 1;
  let i = 0;
  while (true) {
    let value = '';
    // A quoted field may have spaces before its opening quote.
    let j = i;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) && text[j] !== delimiter) j++;
    let from = i;
    if (text.charCodeAt(j) === 34 /* " */) {
      const quoteRow = row;
      let k = j + 1;
      const parts: string[] = [];
      while (true) {
        const q = text.indexOf('"', k);
        if (q < 0) return { records, error: { row: quoteRow, code: 'csvQuote' } };
        parts.push(text.slice(k, q));
        if (text.charCodeAt(q + 1) === 34) {
          parts.push('"');
          k = q + 2;
          continue;
        }
        k = q + 1;
        break;
      }
      value = parts.length === 1 ? parts[0] : parts.join('');
      from = k; // anything between the closing quote and the delimiter is kept (lenient)
    }
    const e = nextStop(from);
    if (e > from) value += text.slice(from, e);
    fields.push(value);
    if (e >= n) {
      records.push({ fields, row });
      break;
    }
    if (text.startsWith(delimiter, e)) {
      i = e + delimiter.length;
      if (i >= n) {
        fields.push('');
        records.push({ fields, row });
        break;
      }
      continue;
    }
    i = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
    records.push({ fields, row });
    fields = [];
    row++;
    if (i >= n) break;
  }
  return { records };
}

const COLUMN_ALIASES: Record<Field, string[]> = {
  title: ['title', 'name', 'عنوان'],
  url: ['url', 'html_url', 'link', 'address', 'نشانی', 'آدرس', 'پیوند'],
  body: ['body', 'content', 'text', 'متن'],
  language: ['language', 'lang', 'locale', 'زبان'],
  tags: ['tags', 'labels', 'label_names', 'برچسب‌ها', 'برچسب'],
};

function parseCsvArticles(src: string): KbParseResult {
  const firstLine = src.slice(0, src.search(/\r|\n|$/));
  // Spreadsheets set to some locales save with ; or tabs; trust the header row.
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  const { records, error } = parseCsv(src, delimiter);
  if (error) return { ok: false, errors: [problem(`row ${error.row}`, error.code, undefined, { row: error.row })] };
  const header = records[0]?.fields.map((h) => h.trim().toLowerCase()) ?? [];
  const col = {} as Record<Field, number>;
  for (const f of Object.keys(COLUMN_ALIASES) as Field[]) col[f] = header.findIndex((h) => COLUMN_ALIASES[f].includes(h));
  const missing = (['title', 'url'] as Field[]).filter((f) => col[f] < 0);
  if (missing.length) {
    return { ok: false, errors: missing.map((f) => problem('row 1', 'csvColumn', { column: f }, { row: 1 })) };
  }
  const rows = records.slice(1).filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (rows.length > KB_LIMITS.articles) return tooMany(rows.length);
  const errors: KbImportError[] = [];
  const list: KbArticleInput[] = [];
  for (const r of rows) {
    const where = (f: Field | null) => (f ? `row ${r.row}, column ${header[col[f]]}` : `row ${r.row}`);
    const cell = (f: Field | null) => (f ? { row: r.row, column: header[col[f]] } : { row: r.row });
    if (r.fields.length > header.length && r.fields.slice(header.length).some((f) => f.trim() !== '')) {
      errors.push(problem(where(null), 'csvWidth', { values: r.fields.length, columns: header.length }, cell(null)));
      continue;
    }
    const get = (f: Field) => (col[f] >= 0 ? (r.fields[col[f]] ?? '') : undefined);
    const raw = { title: get('title'), url: get('url'), body: get('body'), language: get('language'), tags: get('tags') };
    const a = toArticle(raw, { where, cell }, false, errors);
    if (a) list.push(a);
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  if (!list.length) return { ok: false, errors: [problem('file', 'noArticles')] };
  const d = dedupe(list);
  return { ok: true, articles: d.articles, format: 'csv', skippedDrafts: 0, duplicates: d.duplicates };
}

// ---- URL lists and sitemaps -------------------------------------------------------------------------

/**
 * One web address per line; blank lines and lines starting with # are ignored. Only http(s);
 * repeats (same article id) are dropped. Lines are 1-based.
 */
export interface UrlLineError {
  line: number;
  message: string;
  code: ImportErrorCode;
  params?: ImportParams;
}

export function normaliseUrlList(text: string): { urls: string[]; errors: UrlLineError[] } {
  const urls: string[] = [];
  const errors: UrlLineError[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let overflow = false;
  lines.forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const err = checkUrl(line);
    if (err) {
      const params = err === 'urlLong' ? { max: KB_LIMITS.url } : undefined;
      errors.push({ line: i + 1, message: importMessage(err, params), code: err, ...(params ? { params } : {}) });
      return;
    }
    const id = articleIdFor(line);
    if (seen.has(id)) return;
    if (urls.length >= KB_LIMITS.articles) {
      if (!overflow) errors.push({ line: i + 1, message: importMessage('tooManyUrls', { max: KB_LIMITS.articles }), code: 'tooManyUrls', params: { max: KB_LIMITS.articles } });
      overflow = true;
      return;
    }
    seen.add(id);
    urls.push(line);
  });
  return { urls, errors };
}

/**
 * Reads a sitemap.xml without a DOM: `<url><loc>` entries are pages (`urls`), `<sitemap><loc>`
 * entries of a sitemap index are further sitemaps (`sitemaps`) for the caller to fetch. Namespace
 * prefixes, CDATA and entities are handled; only http(s) addresses are returned, without repeats.
 * Each list keeps at most `max` entries; `leftOut` (only when something was) counts
 * the distinct addresses past that cap, so the caller can say the sitemap was cut.
 */
export function parseSitemap(xml: string, max: number = KB_LIMITS.articles): { urls: string[]; sitemaps: string[]; leftOut?: { urls: number; sitemaps: number } } {
  // One linear pass over the tags that matter; the text of each <loc> is what lies between its tags.
  const src = xml.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  const urls: string[] = [];
  const sitemaps: string[] = [];
  const seen = new Set<string>();
  const tag = /<(\/?)(?:[\w.-]+:)?(url|sitemap|loc)\b[^<>]*>/gi;
  let container: 'url' | 'sitemap' | null = null;
  let locStart = -1;
  let leftOutUrls = 0;
  let leftOutSitemaps = 0;
  for (const m of src.matchAll(tag)) {
    const closing = m[1] === '/';
    const name = m[2].toLowerCase() as 'url' | 'sitemap' | 'loc';
    if (name !== 'loc') {
      container = closing ? null : name;
      locStart = -1;
      continue;
    }
    if (!closing) {
      locStart = m.index + m[0].length;
      continue;
    }
    if (locStart < 0 || !container) continue;
    const raw = src.slice(locStart, m.index);
    locStart = -1;
    const value = decodeXml(raw.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1')).trim();
    if (checkUrl(value)) continue;
    const list = container === 'url' ? urls : sitemaps;
    const key = `${container}:${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (list.length < max) list.push(value);
    else if (container === 'url') leftOutUrls++;
    else leftOutSitemaps++;
  }
  return leftOutUrls || leftOutSitemaps ? { urls, sitemaps, leftOut: { urls: leftOutUrls, sitemaps: leftOutSitemaps } } : { urls, sitemaps };
}

function decodeXml(s: string): string {
  return s.replace(/&(#[0-9]{1,8}|#x[0-9a-fA-F]{1,7}|amp|lt|gt|quot|apos);/g, (m, ref: string) => {
    if (ref[0] !== '#') return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[ref] ?? m;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}
