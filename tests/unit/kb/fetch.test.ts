import { describe, expect, it } from 'vitest';
import { fetchPages, fetchSitemapUrls, originOf, type FetchLike, type FetchedResponse } from '../../../lib/kb/fetch.ts';

const ZWNJ = '\u200c';

function page(title: string, paragraphs: string[], lang = 'en'): string {
  const ps = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title><script>window.bad = 1</script></head>
<body><nav><a href="/">Home</a> <a href="/help">Help</a></nav><article><h1>${title}</h1>${ps}</article><footer>© Example</footer></body></html>`;
}

const LONG_EN = [
  'If you forgot your password, open the sign-in page and choose the option to reset it. We will send a link to the email address on your account.',
  'The link works for twenty-four hours. If it has expired, ask for a new one from the same page. Check your spam folder if the email does not arrive within a few minutes.',
  'After you set a new password, every device you were signed in on will ask you to sign in again with it.',
];
const LONG_FA = [
  `اگر رمز عبور خود را فراموش کرده‌اید، به صفحهٔ ورود بروید و گزینهٔ بازیابی را انتخاب کنید. پیوند بازیابی به نشانی ایمیل حساب شما فرستاده می${ZWNJ}شود.`,
  `این پیوند تا بیست و چهار ساعت معتبر است. اگر منقضی شد، از همان صفحه پیوند تازه بخواهید و پوشهٔ هرزنامه را هم نگاه کنید.`,
  `پس از تعیین رمز تازه، همهٔ دستگاه‌هایی که با حساب شما وارد شده بودند دوباره از شما رمز می${ZWNJ}خواهند.`,
];

function res(status: number, body: string, type = 'text/html; charset=utf-8'): FetchedResponse {
  return { ok: status >= 200 && status < 300, status, headers: { get: (n) => (n.toLowerCase() === 'content-type' ? type : null) }, text: async () => body };
}

/** A fake network: a map from address to response (or a thrown error); records each request. */
function fakeFetch(routes: Record<string, FetchedResponse | Error | (() => Promise<FetchedResponse>)>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push(url);
    expect(init.credentials).toBe('omit');
    const r = routes[url];
    if (!r) return res(404, 'not found');
    if (r instanceof Error) throw r;
    if (typeof r === 'function') {
      return new Promise((resolve, reject) => {
        init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        void r().then(resolve);
      });
    }
    return r;
  };
  return { fetch, calls };
}

describe('fetchPages', () => {
  it('imports the good pages, lists each failed one with its reason, in order', async () => {
    const { fetch } = fakeFetch({
      'https://help.example.com/a': res(200, page('Reset your password', LONG_EN)),
      'https://help.example.com/b': res(500, 'oops'),
      'https://help.example.com/c': new TypeError('Failed to fetch'),
      'https://help.example.com/d': res(200, page('بازیابی رمز عبور', LONG_FA, 'fa')),
      'https://help.example.com/e.pdf': res(200, '%PDF', 'application/pdf'),
      'https://help.example.com/f': res(200, '<html><body></body></html>'),
    });
    const progress: number[] = [];
    const r = await fetchPages(
      ['https://help.example.com/a', 'https://help.example.com/b', 'https://help.example.com/c', 'https://help.example.com/d', 'https://help.example.com/e.pdf', 'https://help.example.com/f', 'https://other.example.org/x'],
      { fetch, onProgress: (p) => progress.push(p.done), isAllowed: (u) => u.startsWith('https://help.example.com/') },
    );
    expect(r.cancelled).toBe(false);
    expect(r.done).toBe(7);
    expect(progress.at(-1)).toBe(7);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(r.articles).toHaveLength(2);
    const [en, fa] = r.articles;
    expect(en).toMatchObject({ title: 'Reset your password', url: 'https://help.example.com/a', language: 'en', source: 'url' });
    expect(en.body).toContain('twenty-four hours');
    expect(en.body).not.toContain('window.bad');
    expect(fa).toMatchObject({ url: 'https://help.example.com/d', language: 'fa' });
    expect(fa.body).toContain(`می${ZWNJ}شود`); // ZWNJ survives extraction
    expect(r.failures).toEqual([
      { url: 'https://help.example.com/b', code: 'http', status: 500, detail: 'HTTP 500' },
      { url: 'https://help.example.com/c', code: 'network', detail: 'Failed to fetch' },
      { url: 'https://help.example.com/e.pdf', code: 'not-html', detail: 'application/pdf' },
      { url: 'https://help.example.com/f', code: 'no-text', detail: expect.any(String) },
      { url: 'https://other.example.org/x', code: 'not-allowed' },
    ]);
  });

  it('keeps an existing id when re-fetching', async () => {
    const { fetch } = fakeFetch({ 'https://help.example.com/a?x=1': res(200, page('Reset your password', LONG_EN)) });
    const r = await fetchPages(['https://help.example.com/a?x=1'], { fetch, idFor: () => 'old-id' });
    expect(r.articles[0].id).toBe('old-id');
  });

  it('times out a page that never answers, and goes on', async () => {
    const { fetch } = fakeFetch({
      'https://e.com/slow': () => new Promise(() => {}),
      'https://e.com/ok': res(200, page('Reset your password', LONG_EN)),
    });
    const r = await fetchPages(['https://e.com/slow', 'https://e.com/ok'], { fetch, timeoutMs: 30, concurrency: 1 });
    expect(r.failures.map((f) => f.code)).toEqual(['timeout']);
    expect(r.articles.map((a) => a.url)).toEqual(['https://e.com/ok']);
  });

  it('cancel stops new requests, aborts the one in flight and keeps what was read', async () => {
    const ctl = new AbortController();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const urls = Array.from({ length: 10 }, (_, i) => `https://e.com/p${i}`);
    const routes: Record<string, () => Promise<FetchedResponse>> = {};
    urls.forEach((u, i) => {
      routes[u] = async () => {
        if (i === 2) {
          await gate; // the third page hangs until cancelled
        }
        return res(200, page(`Page ${i} about passwords`, LONG_EN));
      };
    });
    const { fetch, calls } = fakeFetch(routes);
    const run = fetchPages(urls, {
      fetch,
      concurrency: 1,
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.done === 2) setTimeout(() => ctl.abort(), 5);
      },
    });
    const r = await run;
    release();
    expect(r.cancelled).toBe(true);
    expect(calls).toEqual(urls.slice(0, 3));
    expect(r.articles.map((a) => a.url)).toEqual(urls.slice(0, 2));
    expect(r.failures).toEqual([]);
    expect(r.done).toBe(2);
  });

  it('an already cancelled signal fetches nothing', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const { fetch, calls } = fakeFetch({});
    const r = await fetchPages(['https://e.com/a'], { fetch, signal: ctl.signal });
    expect(calls).toEqual([]);
    expect(r).toMatchObject({ cancelled: true, articles: [], failures: [], done: 0 });
  });
});

describe('fetchSitemapUrls', () => {
  it('follows a sitemap index one level and reports a broken child', async () => {
    const { fetch } = fakeFetch({
      'https://e.com/sitemap.xml': res(200, '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://e.com/s1.xml</loc></sitemap><sitemap><loc>https://e.com/s2.xml</loc></sitemap></sitemapindex>', 'application/xml'),
      'https://e.com/s1.xml': res(200, '<urlset><url><loc>https://e.com/a</loc></url><url><loc>https://e.com/b</loc></url></urlset>', 'text/xml'),
      'https://e.com/s2.xml': res(200, '<html>not a sitemap</html>', 'text/html'),
    });
    const r = await fetchSitemapUrls('https://e.com/sitemap.xml', { fetch });
    expect(r.urls).toEqual(['https://e.com/a', 'https://e.com/b']);
    expect(r.failures).toEqual([{ url: 'https://e.com/s2.xml', code: 'not-html', detail: 'text/html' }]);
  });

  it('says when the address is not a sitemap', async () => {
    const { fetch } = fakeFetch({ 'https://e.com/sitemap.xml': res(200, '<rss></rss>', 'application/xml') });
    const r = await fetchSitemapUrls('https://e.com/sitemap.xml', { fetch });
    expect(r).toEqual({ urls: [], failures: [{ url: 'https://e.com/sitemap.xml', code: 'not-sitemap' }], cancelled: false });
  });
});

describe('fetchSitemapUrls: loops and cuts are reported', () => {
  const index = (...children: string[]) => res(200, `<sitemapindex>${children.map((c) => `<sitemap><loc>${c}</loc></sitemap>`).join('')}</sitemapindex>`, 'application/xml');
  const urlset = (urls: string[]) => res(200, `<urlset>${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`, 'application/xml');

  it('reports a sitemap index that lists itself instead of returning nothing silently', async () => {
    const { fetch, calls } = fakeFetch({ 'https://e.com/sitemap.xml': index('https://e.com/sitemap.xml') });
    const r = await fetchSitemapUrls('https://e.com/sitemap.xml', { fetch });
    expect(r.urls).toEqual([]);
    expect(r.failures).toEqual([expect.objectContaining({ url: 'https://e.com/sitemap.xml', code: 'sitemap-loop' })]);
    expect(calls).toEqual(['https://e.com/sitemap.xml']);
  });

  it('follows nested indexes, reads each sitemap once and reports a loop back to an ancestor', async () => {
    const { fetch, calls } = fakeFetch({
      'https://e.com/sitemap.xml': index('https://e.com/a.xml', 'https://e.com/b.xml'),
      'https://e.com/a.xml': index('https://e.com/pages.xml', 'https://e.com/sitemap.xml#again'),
      'https://e.com/b.xml': index('https://e.com/pages.xml'),
      'https://e.com/pages.xml': urlset(['https://e.com/p1', 'https://e.com/p2']),
    });
    const r = await fetchSitemapUrls('https://e.com/sitemap.xml', { fetch });
    expect(r.urls).toEqual(['https://e.com/p1', 'https://e.com/p2']);
    expect(r.failures).toEqual([expect.objectContaining({ url: 'https://e.com/sitemap.xml#again', code: 'sitemap-loop' })]);
    expect(calls.filter((c) => c === 'https://e.com/pages.xml')).toHaveLength(1);
    expect(r.leftOut).toBeUndefined();
  });

  it('says how many pages of a 100,000-address sitemap were left out at 50,000', async () => {
    const all = Array.from({ length: 100_000 }, (_, i) => `https://e.com/p${i}`);
    const { fetch } = fakeFetch({
      'https://e.com/sitemap.xml': index('https://e.com/s1.xml', 'https://e.com/s2.xml'),
      'https://e.com/s1.xml': urlset(all.slice(0, 60_000)),
      'https://e.com/s2.xml': urlset(all.slice(40_000)), // overlaps s1: repeats are not counted twice
    });
    const r = await fetchSitemapUrls('https://e.com/sitemap.xml', { fetch });
    expect(r.urls).toHaveLength(50_000);
    expect(r.leftOut).toEqual({ urls: 50_000, sitemaps: 0, maxUrls: 50_000, maxSitemaps: 50 });
  });

  it('counts the sitemaps of an index that were never read', async () => {
    const children = Array.from({ length: 5 }, (_, i) => `https://e.com/s${i}.xml`);
    const routes: Record<string, FetchedResponse> = { 'https://e.com/sitemap.xml': index(...children) };
    children.forEach((c, i) => (routes[c] = urlset([`https://e.com/p${i}`])));
    const { fetch } = fakeFetch(routes);
    const r = await fetchSitemapUrls('https://e.com/sitemap.xml', { fetch, maxSitemaps: 3 });
    expect(r.urls).toEqual(['https://e.com/p0', 'https://e.com/p1']);
    expect(r.leftOut).toEqual({ urls: 0, sitemaps: 3, maxUrls: 50_000, maxSitemaps: 3 });
  });

  it('stops at indexes nested deeper than allowed, and says so', async () => {
    const { fetch } = fakeFetch({
      'https://e.com/0.xml': index('https://e.com/1.xml'),
      'https://e.com/1.xml': index('https://e.com/2.xml'),
      'https://e.com/2.xml': urlset(['https://e.com/deep']),
    });
    const r = await fetchSitemapUrls('https://e.com/0.xml', { fetch, maxDepth: 1 });
    expect(r.urls).toEqual([]);
    expect(r.failures).toEqual([expect.objectContaining({ url: 'https://e.com/2.xml', code: 'sitemap-depth' })]);
  });
});

describe('originOf', () => {
  it('gives the origin of http(s) addresses only', () => {
    expect(originOf('https://Help.Example.com:8443/a?b')).toBe('https://help.example.com:8443');
    expect(originOf('ftp://e.com/')).toBeNull();
    expect(originOf('nope')).toBeNull();
  });
});
