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

export type PageFailureCode = 'http' | 'network' | 'timeout' | 'not-html' | 'too-large' | 'no-text' | 'not-allowed' | 'not-sitemap' | 'sitemap-loop' | 'sitemap-depth';

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

/** What a sitemap import could not take, so the options page can say so instead of cutting silently. */
export interface SitemapLeftOut {
  /** Distinct page addresses the sitemaps list beyond `maxUrls`. */
  urls: number;
  /** Sitemaps of an index beyond `maxSitemaps`, never read (their pages are not counted in `urls`). */
  sitemaps: number;
  maxUrls: number;
  maxSitemaps: number;
}

export interface SitemapResult {
  urls: string[];
  failures: PageFailure[];
  cancelled: boolean;
  /** Only when something was left out. */
  leftOut?: SitemapLeftOut;
}

/** A sitemap's identity for loop detection: the address without its fragment. */
function sitemapKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/**
 * Reads a sitemap and returns its page addresses, following sitemap indexes (an index may list
 * further indexes, up to `maxDepth` levels and `maxSitemaps` sitemaps in all). A child sitemap that
 * cannot be read, an index that lists itself or one of its ancestors ('sitemap-loop'), and one
 * nested deeper than `maxDepth` ('sitemap-depth') are listed in `failures`; addresses and
 * sitemaps past the caps are counted in `leftOut`.
 */
export async function fetchSitemapUrls(
  sitemapUrl: string,
  opts: Pick<FetchPagesOptions, 'fetch' | 'signal' | 'timeoutMs' | 'isAllowed'> & { maxSitemaps?: number; maxUrls?: number; maxDepth?: number },
): Promise<SitemapResult> {
  const failures: PageFailure[] = [];
  const urls: string[] = [];
  const seen = new Set<string>();
  const maxUrls = opts.maxUrls ?? 50_000;
  const maxSitemaps = opts.maxSitemaps ?? 50;
  const maxDepth = opts.maxDepth ?? 3;
  let urlsLeftOut = 0;
  let sitemapsLeftOut = 0;
  let sitemapsRead = 0;
  const visited = new Set<string>();
  const isXml = (t: string) => /xml|text\/plain/.test(t);
  const read = async (url: string): Promise<ReturnType<typeof parseSitemap> | null> => {
    try {
      if (opts.isAllowed && !opts.isAllowed(url)) throw new Failure({ code: 'not-allowed' });
      const xml = await fetchText(url, { ...opts, maxChars: 50_000_000 }, 'application/xml,text/xml;q=0.9,*/*;q=0.5', isXml);
      // Read past the cap so repeats across sitemaps are not counted as left out (see `add`).
      const parsed = parseSitemap(xml, maxUrls * 2);
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
      if (seen.has(u)) continue;
      // Remembered past the cap too, so the count of what was left out has no repeats, up to twice
      // the cap (bounded memory); beyond that, the count may include repeats.
      if (seen.size < maxUrls * 2) seen.add(u);
      if (urls.length < maxUrls) urls.push(u);
      else urlsLeftOut++;
    }
  };
  /** `ancestors`: the chain of indexes that led here, for the loop message. */
  const visit = async (url: string, depth: number, ancestors: string[]): Promise<void> => {
    const key = sitemapKey(url);
    if (ancestors.includes(key)) {
      failures.push({ url, code: 'sitemap-loop', detail: `listed by ${ancestors[ancestors.length - 1]}, which it leads back to` });
      return;
    }
    if (visited.has(key)) return; // listed twice by different indexes: read once
    if (depth > maxDepth) {
      failures.push({ url, code: 'sitemap-depth', detail: `more than ${maxDepth} sitemap indexes deep` });
      return;
    }
    if (sitemapsRead >= maxSitemaps) {
      sitemapsLeftOut++;
      return;
    }
    visited.add(key);
    sitemapsRead++;
    const got = await read(url);
    if (!got) return;
    add(got.urls);
    if (got.leftOut) {
      urlsLeftOut += got.leftOut.urls;
      sitemapsLeftOut += got.leftOut.sitemaps;
    }
    for (const child of got.sitemaps) {
      if (opts.signal?.aborted) return;
      await visit(child, depth + 1, [...ancestors, key]);
    }
  };
  await visit(sitemapUrl, 0, []);
  const result: SitemapResult = { urls, failures, cancelled: !!opts.signal?.aborted };
  if (urlsLeftOut || sitemapsLeftOut) result.leftOut = { urls: urlsLeftOut, sitemaps: sitemapsLeftOut, maxUrls, maxSitemaps };
  return result;
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
