// @vitest-environment happy-dom
/** Options > Sites reads what was typed or pasted, against the real background handlers on fake-indexeddb (permission granted). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { act } from 'react';
import { SitesSection } from '../../../entrypoints/options/sections/SitesSection.tsx';
import { TactfulDb } from '../../../lib/db/db.ts';
import { shouldOpen } from '../../../lib/db/stores/sites.ts';
import { translator, type UiLang } from '../../../lib/i18n/index.ts';
import { backgroundOn, routeMessages } from '../background.ts';
import { render, type, type Rendered } from '../tags/render.ts';

let n = 0;
let view: Rendered | null = null;
let unroute = () => {};
beforeEach(() => {
  vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
  vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
});
afterEach(() => {
  view?.unmount();
  unroute();
  vi.restoreAllMocks();
});

async function mount(lang: UiLang = 'en') {
  const db = new TactfulDb(`sites-input-${n++}`);
  unroute();
  unroute = routeMessages(backgroundOn(db));
  await act(async () => {
    view = render(<SitesSection lang={lang} t={translator(lang)} />);
    await new Promise((r) => setTimeout(r, 20));
  });
  return { db, c: view!.container };
}

async function addSite(c: HTMLElement, text: string) {
  type(c.querySelector('#tf-site-add'), text);
  await act(async () => {
    c.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  // The database's first open can take a while under load: wait for the answer, not a fixed time.
  for (let i = 0; i < 200 && !c.querySelector('[role="alert"], [role="status"]'); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
}

// One step at a time: happy-dom in a VM context (the unit tests' vmThreads pool) misses this descendant chain in one selector.
const firstHost = (c: HTMLElement) => c.querySelector('[data-testid="tf-sites"]')!.querySelector('tr')!.querySelector('code')!.textContent;

describe('Options > Sites input', () => {
  it('a bare host is added on top with a confirmation and then opens on any port', async () => {
    const { db, c } = await mount();
    await addSite(c, '127.0.0.1');
    expect(firstHost(c)).toBe('127.0.0.1');
    expect(c.querySelector('[data-testid="tf-site-added"]')!.textContent).toContain('on every port');
    expect((c.querySelector('#tf-site-add') as HTMLInputElement).value).toBe('');
    expect((await shouldOpen(db, 'http://127.0.0.1:8081/Ticket/Display.html?id=1')).open).toBe(true);
  });

  it('a pasted page address keeps its host and port', async () => {
    const { db, c } = await mount();
    await addSite(c, 'http://rt.example.com:8081/Ticket/Display.html?id=4');
    expect(firstHost(c)).toBe('rt.example.com:8081');
    expect(c.querySelector('[role="alert"]')).toBeNull();
    expect((await shouldOpen(db, 'http://rt.example.com:8081/x')).open).toBe(true);
  });

  it('refuses *.com with a reason and keeps the typed text', async () => {
    const { db, c } = await mount();
    await addSite(c, '*.com');
    expect(c.querySelector('[data-testid="tf-site-error"]')!.textContent).toContain('every site that ends in com');
    expect((c.querySelector('#tf-site-add') as HTMLInputElement).value).toBe('*.com');
    expect(await db.sites.count()).toBe(0);
  });

  it('says what is wrong in Persian', async () => {
    const { c } = await mount('fa');
    await addSite(c, 'javascript:alert(1)');
    expect(c.querySelector('[data-testid="tf-site-error"]')!.textContent).toMatch(/فقط در صفحه‌های وب/);
  });
});
