/**
 * The panel in pages whose reply box runs to the window's edge (issue 14, layout): at 1366×768
 * and 1024×700, on saved Gmail, Zendesk, Roundcube and RT pages at their real addresses and on the
 * demo (which no longer reserves room for the panel), the panel never covers the reply box or the
 * page's primary controls (Send, toolbars, message actions), also right after a side switch, a
 * width change or a window resize, with no keystroke in between; the collapsed panel is a real
 * small tab; the width slider shows the real width; focus follows an apply; the tag toast is in
 * view; the skip link reaches the suggestions. English and Persian UI. The cases at each window size (clear at open,
 * after a side switch, a width change and a resize) are in layout-sizes.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { panelFrame, sendFromExtension } from './harness.ts';
import { CASES, PAGE_CONTROLS, SIZES, closePanel, expectClear, measure, useLayoutBrowser, type LayoutCase } from './layout.kit.ts';
import { t } from '../../lib/i18n/index.ts';

const { browser, openCase, inLang, switchSide } = useLayoutBrowser();

describe('the panel keeps clear of the reply box and the page controls', () => {
  for (const c of PAGE_CONTROLS) {
    it.each(['en', 'fa'] as const)(`${c.name} at 1366×768 (%s UI): the page's own controls stay uncovered`, async (lang) => {
      await inLang(lang);
      const { page } = await openCase(c, SIZES[0]);
      await expectClear(page, c, 'at open');
      await page.close();
    });
  }

  it.each(['en', 'fa'] as const)('fixed-position host UI (top bar, Send bar, chat launcher) is moved out of the panel\'s way, and put back on close (%s UI)', async (lang) => {
    await inLang(lang);
    const c: LayoutCase = { name: 'fixed bars', path: '/fixed-bars.html', keepClear: ['#reply', '#account-menu', '#send', '#launcher'], customer: 'lamp' };
    for (const size of SIZES) {
      await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { panelSide: 'right' } });
      const { page, panel } = await openCase(c, size);
      const m = await expectClear(page, c, `at ${size.width}`);
      expect(m.pushed).toBe(true);
      // The side the panel really opened on (the Persian panel is mirrored), then the other one.
      const wasRight = m.frame.right >= size.width - 20;
      await switchSide(panel, lang).click();
      await expect.poll(async () => {
        const f = (await measure(page, c.keepClear)).frame;
        return wasRight ? f.left === 0 : f.right >= size.width - 20;
      }).toBe(true);
      await expectClear(page, c, `on the other side at ${size.width}`);
      await closePanel(panel, t(lang, 'core.panel.close'));
      await expect.poll(() => page.locator('[data-tactful="panel"]').count()).toBe(0);
      const styles = await page.evaluate(() => ['.topbar', '.sendbar', '#launcher'].map((s) => document.querySelector(s)!.getAttribute('style') ?? ''));
      expect(styles).toEqual(['', '', '']);
      await page.close();
    }
  });

  it.each(['en', 'fa'] as const)('floats where there is room, and pushes the page when the agent chooses so (remembered across pages) (%s UI)', async (lang) => {
    await inLang(lang);
    const placement = (panel: Frame) => panel.getByLabel(t(lang, 'panel.placement'));
    const c: LayoutCase = { name: 'narrow page', path: '/textarea.html', keepClear: ['#reply'], customer: 'lamp' };
    const first = await openCase(c, SIZES[0]);
    expect((await expectClear(first.page, c, 'floating')).pushed).toBe(false);
    await first.panel.locator('.tf-looking-toggle').click();
    await placement(first.panel).selectOption('push');
    await expect.poll(async () => (await measure(first.page, c.keepClear)).pushed).toBe(true);
    await first.page.close();
    const again = await openCase(c, SIZES[0]);
    await expect.poll(async () => (await measure(again.page, c.keepClear)).pushed).toBe(true);
    await again.panel.locator('.tf-looking-toggle').click();
    expect(await placement(again.panel).inputValue()).toBe('push');
    await placement(again.panel).selectOption('auto');
    await expect.poll(async () => (await measure(again.page, c.keepClear)).pushed).toBe(false);
    await again.page.close();
  });

  it('the reply box focused after the panel opened is kept clear too, and closing the panel gives the page its room back', async () => {
    const c = CASES[0];
    const { page, panel } = await openCase(c, SIZES[1]);
    await page.locator('[g_editable="true"]').click();
    await page.keyboard.type('Hi Dana');
    await expectClear(page, c, 'with the reply box focused');
    const marginBefore = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    expect(marginBefore).not.toBe('0px');
    await closePanel(panel, 'Close the panel');
    await expect.poll(() => page.locator('[data-tactful="panel"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style') ?? '')).toBe('');
    await page.close();
  });
});

describe('the collapsed panel is a real tab', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`collapses to a small readable tab that draws no panel, clear of the reply box, and opens again (${lang} UI)`, async () => {
      await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: lang } });
      try {
        const c = CASES[1];
        const { page, panel } = await openCase(c, SIZES[0]);
        const collapse = lang === 'en' ? 'Collapse the panel to a tab' : 'جمع کردن پنل به یک زبانه';
        await panel.getByRole('button', { name: collapse }).click();
        await expect.poll(async () => (await measure(page, c.keepClear)).frame.width).toBeLessThanOrEqual(40);
        const m = await expectClear(page, c, 'collapsed');
        expect(m.frame.height).toBeLessThanOrEqual(140);
        const tab = await panelFrame(page);
        await tab.waitForSelector('.tf-collapsed-tab');
        expect(await tab.locator('.tf-panel').count()).toBe(0);
        expect(await tab.locator('.tf-collapsed-tab').textContent()).toContain(lang === 'en' ? 'Tactful' : 'تکت‌فول');
        await tab.locator('.tf-collapsed-tab').click();
        await expect.poll(async () => (await measure(page, c.keepClear)).frame.width).toBeGreaterThanOrEqual(240);
        const again = await panelFrame(page);
        await again.waitForSelector('.tf-panel');
        await expectClear(page, c, 'opened again');
        void panel;
        await page.close();
      } finally {
        await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: 'auto', panelCollapsed: false } });
      }
    });
  }
});
