/**
 * Issue 14, clicks that write or record and words on screen, in a real Chromium, in the English and
 * the Persian UI: the demo names its helpdesk and scores honestly; the first run asks the agent's
 * name; a tag toast names the tag; a note on a tag is stored with the tag event; weak and
 * cross-language KB matches stay off the panel; Reports take Solar Hijri dates and draw an axis;
 * Preferences finds UTC; a restore asks first and a damaged file is described in plain words.
 * Each of these failed on the main branch before this change.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { panelText, sendFromExtension } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();
type Lang = 'en' | 'fa';
const TICKET: Record<Lang, string> = { en: '/demo/tickets/4821', fa: '/demo/tickets/4822' };

async function openIn(lang: Lang, path = TICKET[lang], prefs: Record<string, unknown> = {}): Promise<{ page: Page; panel: Frame }> {
  await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: lang, ...prefs } });
  const { page, panel } = await browser.open(path);
  await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe(lang);
  return { page, panel };
}

async function options(lang: Lang, hash: string): Promise<Page> {
  await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: lang } });
  const page = await browser.launched.context.newPage();
  await page.goto(`chrome-extension://${browser.launched.extensionId}/options.html#${hash}`);
  return page;
}

describe.each(['en', 'fa'] as const)('issue 14 in the %s UI', (lang) => {
  it('the demo names its helpdesk and scores the sample draft honestly (not "generic reader", not 0/100)', async () => {
    const { page, panel } = await openIn(lang);
    await expect.poll(() => panel.locator('[data-testid="tf-site"]').getAttribute('data-adapter')).toBe('demo');
    expect(await panelText(panel, 'tf-site')).toContain('Tactful demo helpdesk');
    const score = panel.locator('.rewrite-score');
    await score.waitFor();
    const digits = (await score.textContent())!.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).match(/\d+/g)!.map(Number);
    expect(digits[0]).toBeGreaterThan(0);
    expect(digits[0]).toBeLessThan(100);
    await page.close();
  });

  it('asks the agent’s name on first run, names the tag in its toast, and stores a note with the tag event', async () => {
    const { page, panel } = await openIn(lang, TICKET[lang], { agentName: '' });
    const prompt = panel.locator('.tags-agent-prompt');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(lang === 'en' ? 'Your name, for your team’s reports' : 'نام شما، برای گزارش‌های تیم');
    await prompt.locator('input').fill(lang === 'en' ? 'Sam' : 'سارا');
    await prompt.locator('button[type="submit"]').click();
    await expect.poll(() => prompt.count()).toBe(0);

    const billing = panel.locator('.tags-bar-button[data-tag-id="billing"]');
    await billing.click();
    await expect.poll(() => billing.getAttribute('aria-pressed')).toBe('true');
    const toast = panel.locator('.tags-bar-toast');
    expect(await toast.textContent()).toContain(lang === 'en' ? 'Tagged “Billing or invoice error”' : 'برچسب «خطای صورت‌حساب یا فاکتور» زده شد');

    await panel.locator('.tags-bar-item:has([data-tag-id="billing"]) .tags-bar-note-button').click();
    await panel.locator('.tags-bar-note textarea').fill(lang === 'en' ? 'charged twice for one blender' : 'دو بار پول کم شده');
    await panel.locator('.tags-bar-note button[type="submit"]').click();
    await expect.poll(() => panel.locator('[data-note-for="billing"]').textContent()).toContain(lang === 'en' ? 'charged twice' : 'دو بار');

    const events = await sendFromExtension<{ tagId: string; agent: string; note?: string; removedAt?: number; conversation: string }[]>(browser.launched, { type: 'tags.events' });
    const live = events.filter((e) => e.tagId === 'billing' && !e.removedAt && e.conversation.includes(lang === 'en' ? '4821' : '4822'));
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ agent: lang === 'en' ? 'Sam' : 'سارا', note: lang === 'en' ? 'charged twice for one blender' : 'دو بار پول کم شده' });
    // Leave the conversation untagged for the next run.
    await billing.click();
    await expect.poll(() => billing.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('shows the article that answers and keeps one-word, digit-only and other-language KB matches off the panel', async () => {
    await sendFromExtension(browser.launched, {
      type: 'kb.upsert',
      articles: [
        { title: 'پیگیری سفارش', url: 'https://help.example.com/fa/track', language: 'fa', body: 'ارسال سفارش 3 تا 5 روز کاری طول می‌کشد. order page' },
        { title: 'Printing a return label', url: 'https://help.example.com/label', language: 'en', body: 'Open your order page and print the label.' },
        { title: 'When will my refund be back on my card?', url: 'https://help.example.com/refund-card', language: 'en', body: 'Card refunds are back on your card 5 to 10 business days after the returned item arrives. We send a confirmation email when the refund is issued.' },
      ],
    });
    // The English mail in either UI language: its "order" and the digits of the Persian article are the weak matches.
    const { page, panel } = await openIn(lang, TICKET.en);
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain('third time');
    // The article that answers (six of the message's words) is shown; the one-word ("order") and
    // digit matches, and the Persian article, are not.
    await expect.poll(() => panel.locator('.tf-kb-item').count()).toBeGreaterThan(0);
    expect(await panel.locator('.tf-kb-item .tf-kb-title').allTextContents()).toEqual(['When will my refund be back on my card?']);
    await page.close();
  });

  it('Reports: Solar Hijri date pickers when that calendar is chosen, and a chart with an axis and totals', async () => {
    const now = Date.now();
    await sendFromExtension(browser.launched, {
      type: 'tags.import',
      events: [0, 1, 2].map((i) => ({ id: `r-${lang}-${i}`, tagId: 'billing', conversation: `c-${lang}-${i}`, site: 'demo', agent: 'Sam', createdAt: now - i * 86_400_000 })),
    });
    const page = await options(lang, 'reports');
    const calendar = page.locator('label', { hasText: lang === 'en' ? 'Calendar' : 'تقویم' }).locator('select');
    await calendar.selectOption('persian');
    await expect.poll(() => page.locator('fieldset[data-calendar="persian"]').count()).toBe(2);
    expect(await page.locator('.tags-reports input[type="date"]').count()).toBe(0);
    expect(await page.locator('.tags-reports-tick').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.tags-reports-value').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('Preferences: a searchable time-zone list that knows UTC', async () => {
    const page = await options(lang, 'prefs');
    const search = page.locator('.tf-tz input[type="search"]');
    await search.fill('utc');
    const utc = page.locator('.tf-tz button[data-zone="UTC"]');
    await utc.click();
    await expect.poll(() => page.locator('[data-testid="tf-tz-current"]').textContent()).toContain('UTC');
    expect(await page.locator('[data-testid="tf-tz-current"]').textContent()).not.toContain('Abidjan');
    await expect.poll(async () => (await sendFromExtension<{ timeZone: string }>(browser.launched, { type: 'prefs.get' })).timeZone).toBe('UTC');
    await search.fill('tehran');
    expect(await page.locator('.tf-tz button[data-zone]').allTextContents()).toEqual([expect.stringContaining('Asia/Tehran')]);
    await page.close();
  });

  it('Data: a restore asks first, and a damaged file is described in plain words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-backup-'));
    const damaged = join(dir, 'tactful-backup-damaged.json');
    writeFileSync(damaged, '{"format":"tactful-backup","formatVersion":1,\n"tagEvents":[{"id":"x"}\n');
    const wrong = join(dir, 'wrong-types.json');
    writeFileSync(wrong, JSON.stringify({ format: 'tactful-backup', formatVersion: 1, tagEvents: [{ id: 'e1', tagId: 'billing', conversation: 'c', site: 's', agent: 'a', createdAt: 'yesterday' }] }));
    const page = await options(lang, 'data');
    const before = await sendFromExtension<unknown[]>(browser.launched, { type: 'tags.events' });
    await page.locator('[data-testid="tf-backup-file"]').setInputFiles(damaged);
    const alert = page.locator('.tf-error');
    await expect.poll(() => alert.textContent()).toContain('tactful-backup-damaged.json');
    expect(await alert.textContent()).toMatch(lang === 'en' ? /line 3, column/ : /خط ۳/);

    await page.locator('[data-testid="tf-backup-file"]').setInputFiles(wrong);
    const confirm = page.locator('[data-testid="tf-restore-confirm"]');
    await confirm.waitFor();
    // Nothing is written before the agent confirms; Cancel leaves everything as it was.
    await confirm.locator('button:not(.tf-primary)').click();
    expect(await confirm.count()).toBe(0);
    await page.locator('[data-testid="tf-backup-file"]').setInputFiles(wrong);
    await page.locator('[data-testid="tf-restore-confirm"] .tf-primary').click();
    await expect.poll(() => alert.textContent()).toContain(lang === 'en' ? 'tag event 1, “createdAt”' : 'رویداد برچسب ۱');
    expect(await alert.textContent()).not.toContain('Invalid input');
    expect(await sendFromExtension<unknown[]>(browser.launched, { type: 'tags.events' })).toHaveLength(before.length);
    await page.close();
  });
});
