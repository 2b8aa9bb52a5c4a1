/**
 * Fetching help-centre pages for the knowledge base (options page: "Import a list of addresses",
 * "Import from a sitemap", "Re-fetch"). `fetch` and the HTML parser are parameters so the loop is
 * testable without a network. One bad page never stops the import: it is listed with its reason
 * and the others go on. Cancelling (AbortSignal) stops new requests, aborts the ones in flight and
 * returns what was read so far.
 */
import type { KbArticleInput } from './types.ts';
import { parseSitemap } from './import.ts';
import { extractArticle, type ExtractedArticle } from '../sites/article.ts';

export interface FetchedResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (url: string, init: { signal: AbortSignal; credentials: 'omit'; redirect: 'follow'; headers: Record<string, string> }) => Promise<FetchedResponse>;

export type PageFailureCode = 'http' | 'network' | 'timeout' | 'not-html' | 'too-large' | 'no-text' | 'not-allowed' | 'not-sitemap';

export interface PageFailure {
  url: string;
  code: PageFailureCode;
  /** HTTP status for 'http'. */
  status?: number;
  /** Technical detail (English) for the curious; the UI shows a translated reason from `code`. */
  detail?: string;
}

export interface FetchPagesProgress {
  done: number;
  total: number;
  failed: number;
}

export interface FetchPagesOptions {
  fetch: FetchLike;
  /** Defaults to `new DOMParser().parseFromString(html, 'text/html')` (never runs scripts). */
  parseHtml?: (html: string, url: string) => Document;
  /** Defaults to lib/sites/article.ts `extractArticle` (Readability on a clone). */
  extract?: (doc: Document, url: string) => ExtractedArticle | { error: string };
  signal?: AbortSignal;
  onProgress?: (p: FetchPagesProgress) => void;
  /** Pages fetched at the same time. Default 3, to be gentle with the help centre. */
  concurrency?: number;
  /** Per page. Default 20 s. */
  timeoutMs?: number;
  /** Largest page read, in characters. Default 5,000,000. */
  maxChars?: number;
  /** Addresses the extension may read (host permission); others fail with 'not-allowed' unfetched. */
  isAllowed?: (url: string) => boolean;
  /** Keep an existing article's id (re-fetch) instead of deriving it from the address. */
  idFor?: (url: string) => string | undefined;
}

export interface FetchPagesResult {
  articles: KbArticleInput[];
  failures: PageFailure[];
  cancelled: boolean;
  /** Pages finished (read or failed). */
  done: number;
  total: number;
}

class Failure extends Error {
  constructor(readonly failure: Omit<PageFailure, 'url'>) {
    super(failure.detail ?? failure.code);
  }
}

function defaultParseHtml(html: string): Document {
  if (typeof DOMParser === 'undefined') throw new Failure({ code: 'no-text', detail: 'No HTML parser here' });
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Fetches one address as text, with a timeout linked to the outer signal. */
async function fetchText(
  url: string,
  opts: Pick<FetchPagesOptions, 'fetch' | 'signal' | 'timeoutMs' | 'maxChars'>,
  accept: string,
  isAcceptable: (contentType: string) => boolean,
): Promise<string> {
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, opts.timeoutMs ?? 20_000);
  const onAbort = () => ctl.abort();
  opts.signal?.addEventListener('abort', onAbort);
  try {
    let res: FetchedResponse;
    try {
      res = await opts.fetch(url, { signal: ctl.signal, credentials: 'omit', redirect: 'follow', headers: { Accept: accept } });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      throw new Failure({ code: timedOut ? 'timeout' : 'network', detail: (e as Error)?.message });
    }
    if (!res.ok) throw new Failure({ code: 'http', status: res.status, detail: `HTTP ${res.status}` });
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    if (type && !isAcceptable(type)) throw new Failure({ code: 'not-html', detail: type });
    const max = opts.maxChars ?? 5_000_000;
    const length = Number(res.headers.get('content-length') ?? '');
    if (length > max * 4) throw new Failure({ code: 'too-large', detail: `${length} bytes` });
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      throw new Failure({ code: timedOut ? 'timeout' : 'network', detail: (e as Error)?.message });
    }
    if (text.length > max) throw new Failure({ code: 'too-large', detail: `${text.length} characters` });
    return text;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

const isHtmlType = (t: string) => /html|xml|text\/plain/.test(t);

/** Reads one page into an article, or throws a Failure. */
async function readPage(url: string, opts: FetchPagesOptions): Promise<KbArticleInput> {
  if (opts.isAllowed && !opts.isAllowed(url)) throw new Failure({ code: 'not-allowed' });
  const html = await fetchText(url, opts, 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', isHtmlType);
  let got: ExtractedArticle | { error: string };
  try {
    const doc = (opts.parseHtml ?? defaultParseHtml)(html, url);
    got = (opts.extract ?? extractArticle)(doc, url);
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw new Failure({ code: 'no-text', detail: (e as Error)?.message });
  }
  if ('error' in got) throw new Failure({ code: 'no-text', detail: got.error });
  const article: KbArticleInput = { title: got.title, url, body: got.body, source: 'url' };
  if (got.language) article.language = got.language;
  const id = opts.idFor?.(url);
  if (id) article.id = id;
  return article;
}

/** Fetches and extracts every address; failures are collected, never thrown. Order of results follows `urls`. */
export async function fetchPages(urls: readonly string[], opts: FetchPagesOptions): Promise<FetchPagesResult> {
  const total = urls.length;
  const results: (KbArticleInput | PageFailure | undefined)[] = new Array(total);
  let next = 0;
  let done = 0;
  let failed = 0;
  const report = () => opts.onProgress?.({ done, total, failed });

  const worker = async () => {
    while (next < total && !opts.signal?.aborted) {
      const i = next++;
      const url = urls[i];
      try {
        results[i] = await readPage(url, opts);
      } catch (e) {
        if (opts.signal?.aborted && !(e instanceof Failure)) break; // cancelled mid-request: not a failure
        const f = e instanceof Failure ? e.failure : { code: 'network' as const, detail: String(e) };
        results[i] = { url, ...f };
        failed++;
      }
      done++;
      report();
    }
  };
  report();
  const n = Math.max(1, Math.min(opts.concurrency ?? 3, total));
  await Promise.all(Array.from({ length: n }, worker));

  const articles: KbArticleInput[] = [];
  const failures: PageFailure[] = [];
  for (const r of results) {
    if (!r) continue;
    if ('code' in r) failures.push(r);
    else articles.push(r);
  }
  return { articles, failures, cancelled: !!opts.signal?.aborted, done, total };
}

/**
 * Reads a sitemap (following a sitemap index one level down, up to `maxSitemaps` children) and
 * returns its page addresses. A child sitemap that cannot be read is listed in `failures`.
 */
export async function fetchSitemapUrls(
  sitemapUrl: string,
  opts: Pick<FetchPagesOptions, 'fetch' | 'signal' | 'timeoutMs' | 'isAllowed'> & { maxSitemaps?: number; maxUrls?: number },
): Promise<{ urls: string[]; failures: PageFailure[]; cancelled: boolean }> {
  const failures: PageFailure[] = [];
  const urls: string[] = [];
  const seen = new Set<string>();
  const maxUrls = opts.maxUrls ?? 50_000;
  const isXml = (t: string) => /xml|text\/plain/.test(t);
  const read = async (url: string): Promise<{ urls: string[]; sitemaps: string[] } | null> => {
    try {
      if (opts.isAllowed && !opts.isAllowed(url)) throw new Failure({ code: 'not-allowed' });
      const xml = await fetchText(url, { ...opts, maxChars: 50_000_000 }, 'application/xml,text/xml;q=0.9,*/*;q=0.5', isXml);
      const parsed = parseSitemap(xml);
      if (!parsed.urls.length && !parsed.sitemaps.length) throw new Failure({ code: 'not-sitemap' });
      return parsed;
    } catch (e) {
      if (opts.signal?.aborted) return null;
      failures.push({ url, ...(e instanceof Failure ? e.failure : { code: 'network' as const, detail: String(e) }) });
      return null;
    }
  };
  const add = (list: string[]) => {
    for (const u of list) {
      if (urls.length >= maxUrls) return;
      if (!seen.has(u)) {
        seen.add(u);
        urls.push(u);
      }
    }
  };
  const top = await read(sitemapUrl);
  if (top) {
    add(top.urls);
    for (const child of top.sitemaps.slice(0, opts.maxSitemaps ?? 50)) {
      if (opts.signal?.aborted || urls.length >= maxUrls) break;
      const sub = await read(child);
      if (sub) add(sub.urls); // an index inside an index is not followed further
    }
  }
  return { urls, failures, cancelled: !!opts.signal?.aborted };
}

/** `https://host[:port]` of an address, or null. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
