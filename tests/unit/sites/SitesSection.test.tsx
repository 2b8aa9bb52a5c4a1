// @vitest-environment happy-dom
/**
 * Options > Sites against the real background handlers on fake-indexeddb: adding a site asks for
 * its permission in the same click and adds nothing when it is refused; an added site whose
 * permission is missing says so and offers to ask again; removing a site gives its permission back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { browser } from 'wxt/browser';
import { SitesSection } from '../../../entrypoints/options/sections/SitesSection.tsx';
import { TactfulDb } from '../../../lib/db/db.ts';
import { backgroundOn, routeMessages } from '../background.ts';
import { translator } from '../../../lib/i18n/index.ts';
import { byText, click, render, type, type Rendered } from '../tags/render.ts';

let db: TactfulDb;
let n = 0;
let r: Rendered | null = null;
let unroute = () => {};
beforeEach(() => {
  db = new TactfulDb(`sites-section-${n++}`);
  unroute = routeMessages(backgroundOn(db));
});
afterEach(async () => {
  r?.unmount();
  r = null;
  unroute();
  vi.restoreAllMocks();
  await db.delete();
});

async function until(cond: () => boolean, what: string) {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > 3000) throw new Error(`timed out waiting for ${what}`);
    await act(async () => new Promise((res) => setTimeout(res, 10)));
  }
}

async function mount() {
  r = render(<SitesSection lang="en" t={translator('en')} />);
  await until(() => r!.container.querySelectorAll('tr').length > 0, 'the site list');
  return r.container;
}

async function add(root: HTMLElement, host: string) {
  type(root.querySelector('#tf-site-add'), host);
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('Options > Sites', () => {
  it('asks for the site permission when adding, and adds the site once it is granted', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    const root = await mount();
    await add(root, 'https://desk.example.com/tickets');
    await until(() => !!byText(root, 'code', 'desk.example.com'), 'the added row');
    expect(request).toHaveBeenCalledWith({ origins: ['*://desk.example.com/*'] });
    expect((await db.sites.get('desk.example.com'))?.autoOpen).toBe(true);
  });

  it('adds nothing and says why when the permission is refused', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const root = await mount();
    await add(root, 'desk.example.com');
    await until(() => !!root.querySelector('[role="alert"]'), 'the message');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('desk.example.com');
    expect(await db.sites.count()).toBe(0);
  });

  it('does not ask for a host under a built-in pattern (the manifest already covers it)', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const root = await mount();
    await add(root, 'acme.zendesk.com');
    await until(() => !!byText(root, 'code', 'acme.zendesk.com'), 'the added row');
    expect(request).not.toHaveBeenCalled();
  });

  it('marks an added site whose permission is missing and asks again from its row', async () => {
    await backgroundOn(db)({ type: 'sites.add', host: 'desk.example.com' });
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const root = await mount();
    await until(() => !!byText(root, '.tf-chip', 'needs your permission'), 'the chip');
    click(byText(root, 'button', 'Allow'));
    await until(() => request.mock.calls.length > 0, 'the request');
    expect(request).toHaveBeenCalledWith({ origins: ['*://desk.example.com/*'] });
  });

  it('gives the permission back when an added site is removed, unless another added site needs it', async () => {
    await backgroundOn(db)({ type: 'sites.add', host: '127.0.0.1:8080' });
    await backgroundOn(db)({ type: 'sites.add', host: '127.0.0.1:9090' });
    await backgroundOn(db)({ type: 'sites.add', host: 'desk.example.com' });
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(true as never);
    const root = await mount();
    const removeButton = (host: string) => byText(root, 'code', host)!.closest('tr')!.querySelector('button');
    click(removeButton('127.0.0.1:8080'));
    await until(() => !byText(root, 'code', '127.0.0.1:8080'), 'the first removal');
    expect(remove).not.toHaveBeenCalled();
    click(removeButton('desk.example.com'));
    await until(() => remove.mock.calls.length > 0, 'the permission removal');
    expect(remove).toHaveBeenCalledWith({ origins: ['*://desk.example.com/*'] });
  });
});
