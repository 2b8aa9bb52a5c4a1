// @vitest-environment happy-dom
/**
 * Options > Knowledge base against the real background handlers (lib/db/service.ts) on
 * fake-indexeddb, with what it sends routed to them (../background.ts) and host permissions and fetch faked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { browser } from 'wxt/browser';
import { KbSection } from '../../../entrypoints/options/sections/KbSection.tsx';
import type { KbRow } from '../../../lib/db/stores/kb.ts';
import { TactfulDb } from '../../../lib/db/db.ts';
import { handle } from '../../../lib/db/service.ts';
import { backgroundOn, routeMessages } from '../background.ts';
import { translator, type UiLang } from '../../../lib/i18n/index.ts';
import { byText, chooseFile, click, render, type, type Rendered } from '../tags/render.ts';

// ---- the real background handlers (lib/db/service.ts) over fake-indexeddb ---------------------------

let db: TactfulDb;
let dbCount = 0;
/** What the section sent, in order. */
const calls: { type: string; [k: string]: unknown }[] = [];
let unroute = () => {};
const stored = () => db.kbArticles.toArray();

let r: Rendered | null = null;
beforeEach(() => {
  db = new TactfulDb(`kb-section-${dbCount++}`);
  calls.length = 0;
  unroute = routeMessages((msg) => backgroundOn(db)(msg), calls);
});
afterEach(() => {
  r?.unmount();
  r = null;
  unroute();
  vi.restoreAllMocks();
});

const ZWNJ = '\u200c';
const callsOf = (type: string) => calls.filter((c) => c.type === type);

async function settle(ms = 15) {
  await act(async () => {
    await new Promise((res) => setTimeout(res, ms));
  });
}
async function until(cond: () => boolean, what: string, timeout = 3000) {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await settle(10);
  }
}
async function mount(lang: UiLang = 'en') {
  r = render(<KbSection lang={lang} t={translator(lang)} />);
  // The count shows once the first page has arrived.
  await until(() => !!r!.container.querySelector('[data-testid="kb-count"]')?.textContent && callsOf('kb.list').length > 0, 'first list');
  await settle();
  return r.container;
}
async function seed(...articles: { title: string; url: string; body?: string; tags?: string[]; language?: string; source?: KbRow['source'] }[]) {
  await handle(db, { type: 'kb.upsert', articles: articles.map((a) => ({ body: '', ...a })) });
}
const rowsShown = (c: HTMLElement) => [...c.querySelectorAll('[data-testid="kb-table"] tbody tr')].map((tr) => tr.querySelector('.tf-kb-row-title')!.textContent);
const submit = async (form: Element | null) => {
  await act(async () => (form as HTMLFormElement).requestSubmit());
  await settle();
};

function page(title: string, body: string, lang = 'en') {
  const p = body.split('\n').map((x) => `<p>${x}</p>`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Home | Help</nav><article><h1>${title}</h1>${p}</article></body></html>`;
}
const RESET_TEXT = [
  'If you forgot your password, open the sign-in page and choose the option to reset it. We will send a link to the email address on your account.',
  'The link works for twenty-four hours. If it has expired, ask for a new one from the same page and check your spam folder.',
  'After you set a new password, every device you were signed in on will ask you to sign in again.',
].join('\n');
function htmlResponse(html: string, status = 200) {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

describe('KbSection: list, search, edit, delete', () => {
  it('lists stored articles with a count, and the search narrows them (Persian folding too)', async () => {
    await seed(
      { title: 'Reset your password', url: 'https://help.example.com/reset', tags: ['account'] },
      { title: 'کتاب راهنمای ارسال', url: 'https://help.example.ir/shipping' },
      { title: 'Refunds', url: 'https://help.example.com/refunds', tags: ['billing'] },
    );
    const c = await mount();
    expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toBe('3 articles');
    expect(rowsShown(c).sort()).toEqual(['Refunds', 'Reset your password', 'کتاب راهنمای ارسال']);
    // The search runs in the background (kb.list pages): wait for its answer.
    type(c.querySelector('[data-testid="kb-search"]'), 'billing');
    await until(() => rowsShown(c).length === 1, 'search result');
    expect(rowsShown(c)).toEqual(['Refunds']);
    expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toBe('1 of 3 articles');
    type(c.querySelector('[data-testid="kb-search"]'), 'كتاب'); // Arabic kaf finds Persian keheh
    await until(() => rowsShown(c)[0] !== 'Refunds', 'search result');
    expect(rowsShown(c)).toEqual(['کتاب راهنمای ارسال']);
    type(c.querySelector('[data-testid="kb-search"]'), 'nothing like this');
    await until(() => rowsShown(c).length === 0, 'search result');
    expect(rowsShown(c)).toEqual([]);
    expect(c.textContent).toContain('No article matches “nothing like this”.');
  });

  it('edits an article in place (same id), keeping ZWNJ, and shows it saved', async () => {
    await seed({ title: 'Old title', url: 'https://help.example.com/a', body: 'old', source: 'file' });
    const c = await mount();
    click(c.querySelector('button[aria-label="Edit “Old title”"]'));
    const title = c.querySelector('[data-testid="kb-edit-title"]');
    expect((title as HTMLInputElement).value).toBe('Old title');
    type(title, `راهنمای می${ZWNJ}خواهم`);
    type(c.querySelector('[data-testid="kb-edit-tags"]'), 'one; two|three');
    type(c.querySelector('[data-testid="kb-edit-body"]'), 'new body');
    await submit(c.querySelector('form.tf-kb-editor'));
    await until(() => rowsShown(c)[0] === `راهنمای می${ZWNJ}خواهم`, 'edited row');
    const rowsNow = await stored();
    expect(rowsNow).toHaveLength(1);
    expect(rowsNow[0]).toMatchObject({ id: 'help.example.com/a', title: `راهنمای می${ZWNJ}خواهم`, body: 'new body', tags: ['one', 'two', 'three'], source: 'file' });
    expect(c.querySelector('form.tf-kb-editor')).toBeNull();
    expect(c.querySelector('[role="status"].tf-ok')!.textContent).toBe('Article saved.');
  });

  it('adds an article by hand and refuses a bad address without calling the background', async () => {
    const c = await mount();
    // Waits for each state rather than a fixed 15 ms: on a busy machine the empty list renders later.
    await until(() => c.textContent!.includes('No articles yet'), 'the empty list');
    click(byText(c, 'button', 'Add an article'));
    type(c.querySelector('[data-testid="kb-edit-title"]'), 'Shipping');
    type(c.querySelector('[data-testid="kb-edit-url"]'), 'javascript:alert(1)');
    await act(async () => (c.querySelector('form.tf-kb-editor') as HTMLFormElement).requestSubmit());
    await until(() => !!c.querySelector('form.tf-kb-editor')?.textContent!.includes('Only web addresses starting with http:// or https://'), 'the address error');
    expect(callsOf('kb.upsert')).toHaveLength(0);
    type(c.querySelector('[data-testid="kb-edit-url"]'), 'https://help.example.com/shipping');
    type(c.querySelector('[data-testid="kb-edit-body"]'), 'Orders ship within two days of payment.');
    await submit(c.querySelector('form.tf-kb-editor'));
    await until(() => rowsShown(c).length === 1, 'new row');
    expect((await db.kbArticles.get('help.example.com/shipping'))).toMatchObject({ title: 'Shipping', language: 'en', source: 'manual' });
  });

  it('deletes only after confirming', async () => {
    await seed({ title: 'Keep me', url: 'https://e.com/keep' }, { title: 'Delete me', url: 'https://e.com/del' });
    const c = await mount();
    click(c.querySelector('button[aria-label="Delete “Delete me”"]'));
    expect(c.querySelector('[role="alertdialog"]')!.textContent).toContain('Delete “Delete me”? This cannot be undone.');
    click(byText(c.querySelector('[role="alertdialog"]')!, 'button', 'Cancel'));
    expect(c.querySelector('[role="alertdialog"]')).toBeNull();
    expect(callsOf('kb.delete')).toHaveLength(0);
    click(c.querySelector('button[aria-label="Delete “Delete me”"]'));
    click(byText(c.querySelector('[role="alertdialog"]')!, 'button', 'Yes, delete'));
    await until(() => rowsShown(c).length === 1, 'row removed');
    expect(rowsShown(c)).toEqual(['Keep me']);
    expect(callsOf('kb.delete')).toEqual([{ type: 'kb.delete', ids: ['e.com/del'] }]);
    expect((await db.kbArticles.count())).toBe(1);
  });
});

describe('KbSection: pages of a large knowledge base', () => {
  it('shows 200 articles a page with previous and next, never asking for every article, and deletes all without listing ids', async () => {
    await handle(db, { type: 'kb.upsert', articles: Array.from({ length: 250 }, (_, i) => ({ title: `Article ${i}`, url: `https://e.com/${i}`, body: 'b'.repeat(1000) })) });
    const c = await mount();
    expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toBe('250 articles');
    expect(rowsShown(c)).toHaveLength(200);
    const pager = c.querySelector('[data-testid="kb-pager"]')!;
    expect(pager.textContent).toContain('1–200 of 250 articles');
    click(byText(pager, 'button', 'Next page'));
    await until(() => rowsShown(c).length === 50, 'second page');
    expect(c.querySelector('[data-testid="kb-pager"]')!.textContent).toContain('201–250 of 250 articles');
    expect(callsOf('kb.list').every((m) => (m.limit as number) <= 200)).toBe(true);
    click(byText(c, 'button', 'Delete all articles'));
    click(byText(c.querySelector('[role="alertdialog"]')!, 'button', 'Yes, delete'));
    await until(() => c.textContent!.includes('No articles yet'), 'emptied');
    expect(callsOf('kb.clear')).toHaveLength(1);
    expect(callsOf('kb.delete')).toHaveLength(0);
    expect(await db.kbArticles.count()).toBe(0);
  });
});

describe('KbSection: file import', () => {
  it('previews a CSV file, then imports it', async () => {
    const c = await mount();
    const csv = `title,url,body,tags\nRefunds,https://e.com/refunds,"We refund, always.",billing\nلغو سفارش,https://e.com/fa/cancel,می${ZWNJ}توانید لغو کنید,سفارش|لغو\n`;
    await chooseFile(c.querySelector('[data-testid="kb-file"]'), 'kb.csv', csv, 'text/csv');
    expect(c.querySelector('.tf-kb-preview')!.textContent).toContain('2 articles are ready to import from kb.csv.');
    expect(callsOf('kb.upsert')).toHaveLength(0);
    click(byText(c, 'button', 'Import 2 articles'));
    await until(() => rowsShown(c).length === 2, 'imported rows');
    expect(c.textContent).toContain('Imported: 2 new, 0 updated.');
    const fa = (await db.kbArticles.get('e.com/fa/cancel'));
    expect(fa).toMatchObject({ title: 'لغو سفارش', body: `می${ZWNJ}توانید لغو کنید`, tags: ['سفارش', 'لغو'], language: 'fa', source: 'file' });
  });

  it('lists every problem with its row and column and imports nothing', async () => {
    const c = await mount();
    const csv = 'title,url\nGood,https://e.com/good\nBad,ftp://e.com/bad\n,https://e.com/untitled\n';
    await chooseFile(c.querySelector('[data-testid="kb-file"]'), 'broken.csv', csv, 'text/csv');
    const alert = c.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Nothing was imported from broken.csv');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'row 3, column url: Only web addresses starting with http:// or https:// can be used.',
      'row 4, column title: The title is empty. Every article needs a title.',
    ]);
    expect(c.querySelector('.tf-kb-preview')).toBeNull();
    expect(callsOf('kb.upsert')).toHaveLength(0);
    expect((await db.kbArticles.count())).toBe(0);
  });

  it('shows problems in Persian with Persian row numbers', async () => {
    const c = await mount('fa');
    await chooseFile(c.querySelector('[data-testid="kb-file"]'), 'x.csv', 'title,url\nA,nope\n', 'text/csv');
    const li = c.querySelector('[role="alert"] li')!;
    expect(li.textContent).toBe('ردیف ۲، ستون \u2068url\u2069: این نشانی وب نیست. باید چیزی شبیه https://help.example.com/article باشد.');
  });

  it('reads a Latin-1 (Windows-1252) CSV correctly and says how it was read', async () => {
    const c = await mount();
    // "Café" and "crème" as a Western Windows spreadsheet saves them: é = 0xe9, è = 0xe8.
    const bytes = Uint8Array.from('title,url,body\nCaf\u00e9 hours,https://e.com/cafe,Cr\u00e8me until ten\n', (ch) => ch.charCodeAt(0));
    const input = c.querySelector('[data-testid="kb-file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([bytes], 'latin1.csv', { type: 'text/csv' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((res) => setTimeout(res, 20));
    });
    expect(c.querySelector('[data-testid="kb-encoding"]')!.textContent).toBe('This file was not saved as UTF-8: it was read as Windows-1252 / Latin-1 (Western European). Check the titles below before importing.');
    expect(c.querySelector('.tf-kb-sample')!.textContent).toBe('Café hours');
    click(byText(c, 'button', 'Import 1 article'));
    await until(() => rowsShown(c).length === 1, 'imported');
    expect((await stored())[0]).toMatchObject({ title: 'Café hours', body: 'Crème until ten' });
  });

  it('accepts a dropped Zendesk export', async () => {
    const c = await mount();
    const json = JSON.stringify({ articles: [{ title: 'Reset', html_url: 'https://help.example.com/hc/en-us/articles/1', body: '<p>Click <b>Forgot</b>.</p>', locale: 'en-us' }] });
    const ev = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'dataTransfer', { value: { files: [new File([json], 'export.json', { type: 'application/json' })] } });
    await act(async () => {
      c.querySelector('[data-testid="kb-drop"]')!.dispatchEvent(ev);
      await new Promise((res) => setTimeout(res, 20));
    });
    expect(ev.defaultPrevented).toBe(true);
    click(byText(c, 'button', 'Import 1 article'));
    await until(() => rowsShown(c).length === 1, 'imported');
    expect((await stored())[0]).toMatchObject({ body: 'Click Forgot.', language: 'en-us' });
  });
});

describe('KbSection: web pages', () => {
  it('asks for just the listed sites, reads the pages, lists the failed one and saves the rest', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const fetched: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      fetched.push(url);
      if (url.endsWith('/missing')) return htmlResponse('gone', 404);
      return htmlResponse(page(url.endsWith('/a') ? 'Reset your password' : 'Change your email', RESET_TEXT));
    });
    const c = await mount();
    type(c.querySelector('[data-testid="kb-urls"]'), '# our help centre\nhttps://help.example.com/a\nhttps://help.example.com/missing\nhttps://help.example.com/b\n');
    await submit(c.querySelector('.tf-kb-web-form'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.example.com/*'] });
    await until(() => !!c.querySelector('[data-testid="kb-failures"]'), 'failures list');
    await until(() => rowsShown(c).length === 2, 'imported rows');
    expect(fetched.sort()).toEqual(['https://help.example.com/a', 'https://help.example.com/b', 'https://help.example.com/missing']);
    expect(c.querySelector('[data-testid="kb-failures"]')!.textContent).toBe('https://help.example.com/missing: the site answered with error 404');
    expect(c.textContent).toContain('2 pages imported, 1 could not be read.');
    const a = (await db.kbArticles.get('help.example.com/a'));
    expect(a).toMatchObject({ title: 'Reset your password', source: 'url', language: 'en' });
    expect(a!.body).toContain('twenty-four hours');
  });

  it('refuses bad lines before asking for anything', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const c = await mount();
    type(c.querySelector('[data-testid="kb-urls"]'), 'https://e.com/a\nnot an address\n');
    await submit(c.querySelector('.tf-kb-web-form'));
    expect(request).not.toHaveBeenCalled();
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('line 2: This is not a web address.');
  });

  it('imports nothing when permission is refused', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const c = await mount();
    type(c.querySelector('[data-testid="kb-urls"]'), 'https://help.example.com/a\nhttps://docs.example.org/b');
    await submit(c.querySelector('.tf-kb-web-form'));
    await until(() => !!c.querySelector('[role="alert"]'), 'denied');
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('Tactful was not allowed to read https://help.example.com, https://docs.example.org');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(callsOf('kb.upsert')).toHaveLength(0);
  });

  it('shows progress, and Cancel stops the import and offers to save what was read', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = String(input);
      if (url.endsWith('/p0')) return Promise.resolve(htmlResponse(page('First page about passwords', RESET_TEXT)));
      return new Promise((_res, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    const c = await mount();
    type(c.querySelector('[data-testid="kb-urls"]'), Array.from({ length: 5 }, (_, i) => `https://e.com/p${i}`).join('\n'));
    await submit(c.querySelector('.tf-kb-web-form'));
    await until(() => c.querySelector('[data-testid="kb-progress"]')?.textContent === '1 of 5 pages read', 'progress 1 of 5');
    expect(c.querySelector('progress')!.getAttribute('max')).toBe('5');
    click(c.querySelector('[data-testid="kb-cancel"]'));
    await until(() => c.textContent!.includes('Stopped after 1 of 5 pages.'), 'stopped');
    expect(callsOf('kb.upsert')).toHaveLength(0);
    click(byText(c, 'button', 'Save the page read'));
    await until(() => rowsShown(c).length === 1, 'saved');
    expect(rowsShown(c)).toEqual(['First page about passwords']);
  });

  it('reads a sitemap index and imports its pages', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      const xml = (body: string) => new Response(body, { headers: { 'content-type': 'application/xml' } });
      if (url === 'https://help.example.com/sitemap.xml') return xml('<sitemapindex><sitemap><loc>https://help.example.com/sm-1.xml</loc></sitemap></sitemapindex>');
      if (url === 'https://help.example.com/sm-1.xml') return xml('<urlset><url><loc>https://help.example.com/x</loc></url><url><loc>https://elsewhere.example.net/y</loc></url></urlset>');
      return htmlResponse(page('Sitemap article', RESET_TEXT));
    });
    const c = await mount();
    type(c.querySelector('[data-testid="kb-sitemap"]'), 'https://help.example.com/sitemap.xml');
    await submit(c.querySelector('[data-testid="kb-sitemap"]')!.closest('form'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.example.com/*'] });
    await until(() => rowsShown(c).length === 1, 'imported');
    expect(c.textContent).toContain('2 pages found in the sitemap.');
    // The page on another site was not fetched: access was granted for the sitemap's site only.
    expect(c.querySelector('[data-testid="kb-failures"]')!.textContent).toBe('https://elsewhere.example.net/y: Tactful is not allowed to read this site');
  });

  it('lists a sitemap index that lists itself as a loop, instead of finding nothing silently', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('<sitemapindex><sitemap><loc>https://help.example.com/sitemap.xml</loc></sitemap></sitemapindex>', { headers: { 'content-type': 'application/xml' } }));
    const c = await mount();
    type(c.querySelector('[data-testid="kb-sitemap"]'), 'https://help.example.com/sitemap.xml');
    await submit(c.querySelector('[data-testid="kb-sitemap"]')!.closest('form'));
    await until(() => !!c.querySelector('[data-testid="kb-failures"]'), 'failures');
    expect(c.textContent).toContain('No pages were found in this sitemap.');
    expect(c.querySelector('[data-testid="kb-failures"]')!.textContent).toBe('https://help.example.com/sitemap.xml: this sitemap index lists itself, or an index that leads back to it (a loop); it was read once');
  });

  it('says when a sitemap lists more pages than one import takes', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      if (url.endsWith('sitemap.xml')) return new Response(`<urlset>${Array.from({ length: 5 }, (_, i) => `<url><loc>https://help.example.com/p${i}</loc></url>`).join('')}</urlset>`, { headers: { 'content-type': 'application/xml' } });
      return htmlResponse(page(`Article ${url.slice(-1)}`, RESET_TEXT));
    });
    // The cap is 50,000 (tested in tests/unit/kb/fetch.test.ts); five addresses over a cap of three
    // show the same message cheaply.
    const fetchMod = await import('../../../lib/kb/fetch.ts');
    const real = fetchMod.fetchSitemapUrls;
    vi.spyOn(fetchMod, 'fetchSitemapUrls').mockImplementation((u, o) => real(u, { ...o, maxUrls: 3 }));
    const c = await mount();
    type(c.querySelector('[data-testid="kb-sitemap"]'), 'https://help.example.com/sitemap.xml');
    await submit(c.querySelector('[data-testid="kb-sitemap"]')!.closest('form'));
    await until(() => rowsShown(c).length === 3, 'imported');
    expect(c.querySelector('[data-testid="kb-sitemap-info"]')!.textContent).toBe('3 pages found in the sitemap. The sitemap lists 5 pages; only the first 3 are imported. Import the rest from a second list of addresses.');
  });

  it('Re-fetch reads one article again, keeping its id and tags', async () => {
    await seed({ title: 'Old', url: 'https://help.example.com/a?lang=en', body: 'stale', tags: ['account'] });
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(htmlResponse(page('Reset your password', RESET_TEXT)));
    const c = await mount();
    click(c.querySelector('button[aria-label="Read “Old” again from its page"]'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.example.com/*'] });
    await until(() => rowsShown(c)[0] === 'Reset your password', 'refetched');
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'help.example.com/a?lang=en', title: 'Reset your password', tags: ['account'], source: 'url' });
    expect(rows[0].body).toContain('twenty-four hours');
    expect(c.textContent).toContain('“Reset your password” was updated from its page.');
  });

  it('Re-fetch reports a failure on the row and changes nothing', async () => {
    await seed({ title: 'Old', url: 'https://help.example.com/a', body: 'kept' });
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(htmlResponse('x', 500));
    const c = await mount();
    click(c.querySelector('button[aria-label="Read “Old” again from its page"]'));
    await until(() => !!c.querySelector('tbody .tf-error'), 'row error');
    expect(c.querySelector('tbody .tf-error')!.textContent).toBe('“Old” could not be read again: the site answered with error 500');
    expect((await db.kbArticles.get('help.example.com/a'))!.body).toBe('kept');
  });
});

describe('KbSection: Persian', () => {
  it('renders its labels in Persian', async () => {
    await seed({ title: 'راهنما', url: 'https://e.com/fa' });
    const c = await mount('fa');
    expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toBe('۱ مقاله');
    expect(byText(c, 'button', 'خواندن دوباره')).not.toBeNull();
    expect(byText(c, 'h2', 'وارد کردن از فایل')).not.toBeNull();
  });
});
