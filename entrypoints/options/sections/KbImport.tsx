/**
 * Knowledge base imports for the options page: a file (picker or drag and drop, previewed, nothing
 * saved if any entry is wrong), and web pages (a list of addresses or a sitemap.xml), read here in
 * the options page after the user grants access to just those sites.
 */
import { useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { StringKey, Translate, UiLang } from '../../../lib/i18n/index.ts';
import { readKbFile, encodingLabel, normaliseUrlList, KB_LIMITS, type ImportErrorCode, type ImportParams, type KbImportError, type KbParseResult } from '../../../lib/kb/import.ts';
import { fetchPages, fetchSitemapUrls, type FetchLike, type FetchPagesResult, type PageFailure } from '../../../lib/kb/fetch.ts';
import type { KbArticleInput } from '../../../lib/kb/types.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { FileInput } from '../../../components/ui/FileInput.tsx';
import { useDropTarget } from '../../../components/ui/useDropTarget.ts';

// ---- shared helpers (also used by KbSection for "Re-fetch") ---------------------------------------

/** Match pattern for the host of an address (ports are not part of match patterns). */
export function hostPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Asks for access to the sites of `urls`. Call it first thing in a click handler: browsers only
 * show the prompt during a user gesture, so nothing may be awaited before it.
 */
export function requestHosts(urls: readonly string[]): { patterns: string[]; granted: Promise<boolean> } {
  const patterns = [...new Set(urls.map(hostPattern).filter((p): p is string => !!p))];
  let granted: Promise<boolean>;
  try {
    granted = Promise.resolve(browser.permissions.request({ origins: patterns }));
  } catch (e) {
    granted = Promise.reject(e);
  }
  return { patterns, granted };
}

/** True when `url` is covered by one of the granted host patterns. */
export function allowedBy(patterns: readonly string[]): (url: string) => boolean {
  const set = new Set(patterns);
  return (url) => {
    const p = hostPattern(url);
    return !!p && set.has(p);
  };
}

export const pageFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

const FAIL_KEY: Record<PageFailure['code'], StringKey> = {
  http: 'kb.fail.http',
  network: 'kb.fail.network',
  timeout: 'kb.fail.timeout',
  'not-html': 'kb.fail.notHtml',
  'too-large': 'kb.fail.tooLarge',
  'no-text': 'kb.fail.noText',
  'not-allowed': 'kb.fail.notAllowed',
  'not-sitemap': 'kb.fail.notSitemap',
  'sitemap-loop': 'kb.fail.sitemapLoop',
  'sitemap-depth': 'kb.fail.sitemapDepth',
};
export function failureReason(t: Translate, f: PageFailure): string {
  return t(FAIL_KEY[f.code], { status: f.status ?? '' });
}

/** An import problem in the UI language. */
export function importErrorText(t: Translate, code: ImportErrorCode, params?: ImportParams): string {
  return t(`kb.err.${code}` as StringKey, params);
}

/** File import problems as ErrorList items, located by JSON path or spreadsheet row/column. */
export function importErrorItems(t: Translate, errors: readonly KbImportError[]): ErrorItem[] {
  return errors.map((e) => ({
    path: e.row !== undefined ? (e.column !== undefined ? t('kb.err.cell', { row: e.row, column: e.column }) : t('kb.err.row', { row: e.row })) : e.path,
    message: importErrorText(t, e.code, e.params),
  }));
}

/** Saves articles in messages of bounded size; returns the summed counts. */
export async function upsertAll(articles: readonly KbArticleInput[]): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  let batch: KbArticleInput[] = [];
  let size = 0;
  const flush = async () => {
    if (!batch.length) return;
    const r = await sendToBackground<{ added: number; updated: number }>({ type: 'kb.upsert', articles: batch });
    added += r.added;
    updated += r.updated;
    batch = [];
    size = 0;
  };
  for (const a of articles) {
    const n = a.body.length + a.title.length + a.url.length + 200;
    if (batch.length && (size + n > 16_000_000 || batch.length >= KB_LIMITS.articles)) await flush();
    batch.push(a);
    size += n;
  }
  await flush();
  return { added, updated };
}

type Notice = { kind: 'ok' | 'error'; text: string; items?: ErrorItem[] } | null;

function NoticeView({ notice }: { notice: Notice }) {
  if (!notice) return null;
  if (notice.kind === 'error') return <ErrorList title={notice.text} errors={notice.items} />;
  return (
    <p role="status" className="tf-ok" dir="auto">
      {notice.text}
    </p>
  );
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

// ---- file import ------------------------------------------------------------------------------------

type FilePreview = { name: string; result: Extract<KbParseResult, { ok: true }> };

/** Reads a chosen or dropped file into a preview (nothing saved), then saves it on confirmation. */
function useKbFileImport(t: Translate, onImported: () => void) {
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const readFile = async (file: File) => {
    setNotice(null);
    setPreview(null);
    if (file.size > KB_LIMITS.fileChars) return setNotice({ kind: 'error', text: t('kb.file.tooBig') });
    let bytes: Uint8Array;
    try {
      // Bytes, not file.text(): that reads every file as UTF-8, and a Latin-1 or UTF-16 export
      // would turn into mojibake. readKbFile detects the encoding and names it.
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return setNotice({ kind: 'error', text: t('kb.file.readFailed', { reason: errorText(e) }) });
    }
    const result = readKbFile(bytes, file.name);
    if (!result.ok) setNotice({ kind: 'error', text: t('kb.file.errors', { name: file.name }), items: importErrorItems(t, result.errors) });
    else setPreview({ name: file.name, result });
  };
  const save = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await upsertAll(preview.result.articles);
      setNotice({ kind: 'ok', text: t('kb.imported', { added: r.added, updated: r.updated }) });
      setPreview(null);
      onImported();
    } catch (e) {
      setNotice({ kind: 'error', text: t('kb.importFailed'), items: e instanceof BackgroundError ? errorItems(e.details) : [{ message: errorText(e) }] });
    } finally {
      setBusy(false);
    }
  };
  return { preview, setPreview, notice, busy, readFile, save };
}

export function KbFileImport({ t, onImported }: { lang: UiLang; t: Translate; onImported(): void }) {
  const uid = useId();
  const file = useKbFileImport(t, onImported);
  return (
    <section className="tf-kb-import" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('kb.file.heading')}</h2>
      <p className="tf-muted">{t('kb.file.help')}</p>
      <KbDropZone t={t} onFile={(f) => void file.readFile(f)} />
      {file.preview && <KbFilePreview t={t} preview={file.preview} busy={file.busy} onImport={() => void file.save()} onCancel={() => file.setPreview(null)} />}
      <NoticeView notice={file.notice} />
    </section>
  );
}

function KbDropZone({ t, onFile }: { t: Translate; onFile(f: File): void }) {
  const { dragging, handlers } = useDropTarget((data) => {
    const f = data?.files?.[0];
    if (f) onFile(f);
  });
  return (
    <div className="tf-kb-drop" data-active={dragging} data-testid="kb-drop" {...handlers}>
      <label className="tf-row">
        <span>{t('kb.file.choose')}</span>
        <FileInput label={t('core.file.choose')} accept=".json,.csv,application/json,text/csv" data-testid="kb-file" onFile={onFile} />
      </label>
      <span className="tf-muted">{t('kb.file.drop')}</span>
    </div>
  );
}

function KbFilePreview({ t, preview, busy, onImport, onCancel }: { t: Translate; preview: FilePreview; busy: boolean; onImport(): void; onCancel(): void }) {
  const { result } = preview;
  return (
    <div className="tf-kb-preview" role="status">
      <p dir="auto">{t('kb.file.ready', { count: result.articles.length, name: preview.name })}</p>
      {result.encoding && <p className="tf-kb-encoding" data-testid="kb-encoding">{t('kb.file.encoding', { encoding: encodingLabel(result.encoding) })}</p>}
      {result.skippedDrafts > 0 && <p className="tf-muted">{t('kb.file.drafts', { count: result.skippedDrafts })}</p>}
      {result.duplicates > 0 && <p className="tf-muted">{t('kb.file.duplicates', { count: result.duplicates })}</p>}
      <ul className="tf-kb-sample">
        {result.articles.slice(0, 5).map((a) => (
          <li key={a.url} dir="auto">{a.title}</li>
        ))}
        {result.articles.length > 5 && <li aria-hidden="true">…</li>}
      </ul>
      <div className="tf-row">
        <button type="button" className="tf-primary" disabled={busy} onClick={onImport}>
          {t('kb.file.import', { count: result.articles.length })}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>{t('core.action.cancel')}</button>
      </div>
    </div>
  );
}

// ---- web pages --------------------------------------------------------------------------------------

type WebPhase =
  | { phase: 'idle' }
  | { phase: 'sitemap' }
  | { phase: 'fetching'; done: number; total: number }
  | { phase: 'stopped'; result: FetchPagesResult }
  | { phase: 'done'; ok: number; failed: number };

type IsAllowed = (u: string) => boolean;

/**
 * Asks for the sites first, inside the click (browsers show the prompt only during a user
 * gesture), then runs the import; a refusal or an error ends it with a message.
 */
async function withHosts(t: Translate, granted: Promise<boolean>, patterns: string[], run: (isAllowed: IsAllowed) => Promise<void>): Promise<Notice> {
  let ok = false;
  try {
    ok = await granted;
  } catch (e) {
    return { kind: 'error', text: t('kb.perm.unavailable', { reason: errorText(e) }) };
  }
  if (!ok) return { kind: 'error', text: t('kb.perm.denied', { sites: patterns.map((p) => p.replace(/\/\*$/, '')).join(', ') }) };
  try {
    await run(allowedBy(patterns));
    return null;
  } catch (e) {
    return { kind: 'error', text: t('kb.failed', { reason: errorText(e) }) };
  }
}

/** What a sitemap gave, and what it left out, in one line. */
function sitemapInfo(t: Translate, found: Awaited<ReturnType<typeof fetchSitemapUrls>>): string {
  const leftOut = found.leftOut;
  return [
    t('kb.sitemap.found', { count: found.urls.length }),
    leftOut?.urls ? t('kb.sitemap.leftOutUrls', { listed: found.urls.length + leftOut.urls, max: leftOut.maxUrls }) : '',
    leftOut?.sitemaps ? t('kb.sitemap.leftOutSitemaps', { count: leftOut.sitemaps, max: leftOut.maxSitemaps }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Reads web pages (a list, or a sitemap's), then saves the good ones; a cancelled run offers to. */
function useKbWebImport(t: Translate, onImported: () => void) {
  const [state, setState] = useState<WebPhase>({ phase: 'idle' });
  const [failures, setFailures] = useState<PageFailure[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [info, setInfo] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const saveRead = async (articles: KbArticleInput[], failed: number) => {
    try {
      const r = articles.length ? await upsertAll(articles) : { added: 0, updated: 0 };
      setState({ phase: 'done', ok: articles.length, failed });
      setNotice({ kind: 'ok', text: `${t('kb.web.summary', { ok: articles.length, failed })} ${t('kb.imported', { added: r.added, updated: r.updated })}` });
      if (articles.length) onImported();
    } catch (e) {
      setState({ phase: 'idle' });
      setNotice({ kind: 'error', text: t('kb.importFailed'), items: e instanceof BackgroundError ? errorItems(e.details) : [{ message: errorText(e) }] });
    }
  };
  const readAndSave = async (urls: string[], isAllowed: IsAllowed, signal: AbortSignal, earlier: PageFailure[]) => {
    setState({ phase: 'fetching', done: 0, total: urls.length });
    const onProgress = (p: { done: number; total: number }) => setState({ phase: 'fetching', done: p.done, total: p.total });
    const result = await fetchPages(urls, { fetch: pageFetch, signal, isAllowed, onProgress });
    const allFailures = [...earlier, ...result.failures];
    setFailures(allFailures);
    if (result.cancelled) return setState({ phase: 'stopped', result });
    await saveRead(result.articles, allFailures.length);
  };
  const start = (urls: string[], initial: WebPhase, run: (isAllowed: IsAllowed, signal: AbortSignal) => Promise<void>) => {
    const { patterns, granted } = requestHosts(urls); // in the click, before any await
    const ctl = new AbortController();
    abort.current = ctl;
    setNotice(null);
    setInfo(null);
    setFailures([]);
    setState(initial);
    void withHosts(t, granted, patterns, (isAllowed) => run(isAllowed, ctl.signal)).then((failed) => {
      if (!failed) return;
      setState({ phase: 'idle' });
      setNotice(failed);
    });
  };
  const importList = (list: string) => {
    const { urls, errors } = normaliseUrlList(list);
    if (errors.length) return setNotice({ kind: 'error', text: t('kb.urls.lineErrors'), items: errors.map((e) => ({ path: t('kb.urls.line', { line: e.line }), message: importErrorText(t, e.code, e.params) })) });
    if (!urls.length) return setNotice({ kind: 'error', text: t('kb.urls.none') });
    start(urls, { phase: 'fetching', done: 0, total: urls.length }, (isAllowed, signal) => readAndSave(urls, isAllowed, signal, []));
  };
  const importSitemap = (sitemap: string) => {
    const { urls, errors } = normaliseUrlList(sitemap);
    if (errors.length || urls.length !== 1) {
      return setNotice({ kind: 'error', text: t('kb.urls.lineErrors'), items: errors.length ? errors.map((e) => ({ message: importErrorText(t, e.code, e.params) })) : [{ message: t('kb.urls.none') }] });
    }
    start(urls, { phase: 'sitemap' }, async (isAllowed, signal) => {
      const found = await fetchSitemapUrls(urls[0], { fetch: pageFetch, signal, isAllowed });
      if (found.cancelled) return setState({ phase: 'idle' });
      if (!found.urls.length) {
        setFailures(found.failures);
        setState({ phase: 'idle' });
        return setNotice({ kind: 'error', text: t('kb.sitemap.empty') });
      }
      setInfo(sitemapInfo(t, found));
      await readAndSave(found.urls, isAllowed, signal, found.failures);
    });
  };
  const busy = state.phase === 'sitemap' || state.phase === 'fetching';
  return { state, setState, failures, notice, info, busy, importList, importSitemap, saveRead, cancel: () => abort.current?.abort() };
}
type KbWeb = ReturnType<typeof useKbWebImport>;

export function KbWebImport({ t, onImported }: { lang: UiLang; t: Translate; onImported(): void }) {
  const uid = useId();
  const web = useKbWebImport(t, onImported);
  const { state, busy } = web;
  return (
    <section className="tf-kb-import" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('kb.web.heading')}</h2>
      <p className="tf-muted">{t('kb.web.help')}</p>
      <KbWebForms t={t} busy={busy} onList={web.importList} onSitemap={web.importSitemap} />
      {web.info && <p className="tf-muted" role="status" data-testid="kb-sitemap-info">{web.info}</p>}
      {state.phase === 'sitemap' && <p role="status">{t('kb.sitemap.reading')}</p>}
      {state.phase === 'fetching' && (
        <div className="tf-row tf-kb-progress">
          <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('kb.progressLabel')} />
          <span role="status" data-testid="kb-progress">{t('kb.progress', { done: state.done, total: state.total })}</span>
        </div>
      )}
      {busy && <button type="button" onClick={web.cancel} data-testid="kb-cancel">{t('kb.cancel')}</button>}
      {state.phase === 'stopped' && <KbWebStopped t={t} web={web} result={state.result} />}
      <NoticeView notice={web.notice} />
      {web.failures.length > 0 && !busy && <KbFailures t={t} failures={web.failures} />}
    </section>
  );
}

function KbWebForms({ t, busy, onList, onSitemap }: { t: Translate; busy: boolean; onList(list: string): void; onSitemap(url: string): void }) {
  const uid = useId();
  const [list, setList] = useState('');
  const [sitemap, setSitemap] = useState('');
  return (
    <>
      <form className="tf-kb-web-form" noValidate onSubmit={(e) => (e.preventDefault(), !busy && onList(list))}>
        <label className="tf-field tf-kb-wide" htmlFor={`${uid}-urls`}>
          {t('kb.urls.label')}
          <textarea id={`${uid}-urls`} dir="ltr" rows={5} spellCheck={false} value={list} onChange={(e) => setList(e.currentTarget.value)} data-testid="kb-urls" />
        </label>
        <button type="submit" className="tf-primary" disabled={busy || !list.trim()}>{t('kb.urls.import')}</button>
      </form>
      <form className="tf-row" noValidate onSubmit={(e) => (e.preventDefault(), !busy && onSitemap(sitemap))}>
        <label htmlFor={`${uid}-sitemap`}>{t('kb.sitemap.label')}</label>
        <input id={`${uid}-sitemap`} type="url" dir="ltr" placeholder="https://help.example.com/sitemap.xml" value={sitemap} onChange={(e) => setSitemap(e.currentTarget.value)} data-testid="kb-sitemap" />
        <button type="submit" disabled={busy || !sitemap.trim()}>{t('kb.sitemap.import')}</button>
      </form>
    </>
  );
}

/** A cancelled read: save what was read so far, or discard it. */
function KbWebStopped({ t, web, result }: { t: Translate; web: KbWeb; result: FetchPagesResult }) {
  return (
    <div className="tf-kb-preview" role="status">
      <p>{t('kb.cancelled', { done: result.done, total: result.total })}</p>
      <div className="tf-row">
        {result.articles.length > 0 && (
          <button type="button" className="tf-primary" onClick={() => void web.saveRead(result.articles, web.failures.length)}>
            {t('kb.saveRead', { count: result.articles.length })}
          </button>
        )}
        <button type="button" onClick={() => web.setState({ phase: 'idle' })}>{t('kb.discard')}</button>
      </div>
    </div>
  );
}

function KbFailures({ t, failures }: { t: Translate; failures: PageFailure[] }) {
  return (
    <div className="tf-kb-failures">
      <h3>{t('kb.web.failedHeading')}</h3>
      <ul data-testid="kb-failures">
        {failures.slice(0, 200).map((f) => (
          <li key={f.url}>
            <code dir="ltr">{f.url}</code>: <span>{failureReason(t, f)}</span>
          </li>
        ))}
        {failures.length > 200 && <li aria-hidden="true">…</li>}
      </ul>
    </div>
  );
}
