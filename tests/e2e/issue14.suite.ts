/**
 * Issue 14, the faults the other browser tests did not reach, in a real Chromium, each in the
 * English and the Persian UI (tests/e2e/ISSUE14.md maps every fault of the issue to its test):
 * Options > Sites (bare host on any port, pasted address, public-suffix wildcard), Reports (a
 * default range with data, a minimum count before "rising", week labels from the chosen first day
 * and calendar, CSV headers in the UI language), the tag-list import that asks first, Preferences
 * saying "Saved" beside the field, plurals, one brand name, isolated mixed-direction values, the
 * one conversation key of a Roundcube mail (preview, full view, reply; switching mails switches it)
 * and of a Gmail thread (full view and preview pane), RT's menu Reply reading the ticket history,
 * and links inserted as their own words, unescaped in CKEditor 5, never javascript: or data:.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expectWritten, panelClickable, panelFrame, panelText, ROOT, sendFromExtension, WRITE_WAIT } from './harness.ts';
import { useTestBrowser } from './browser.ts';
import { t, type UiLang } from '../../lib/i18n/index.ts';

/**
 * The suite for the given UI languages, in the calling file's own browser: issue14.e2e.ts runs it in English and
 * issue14-fa.e2e.ts in Persian, so that the two browser-test workers share it (one file took 145 s of a 430 s run).
 * The page tests (a conversation's key on Roundcube, Gmail and RT, links written into the host editor) do not depend
 * on the panel's language: they run once, with `pages`, in the Persian UI (the mirrored panel over real pages).
 */
export function issue14Suite(LANGS: readonly UiLang[], { pages }: { pages: boolean }): void {
  const browser = useTestBrowser();

  async function setLang(lang: UiLang, prefs: Record<string, unknown> = {}) {
    await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: lang, ...prefs } });
  }

  async function options(lang: UiLang, hash: string): Promise<Page> {
    await setLang(lang);
    const page = await browser.launched.context.newPage();
    await page.goto(`chrome-extension://${browser.launched.extensionId}/options.html#${hash}`);
    await page.waitForSelector(`.tf-options[dir="${lang === 'fa' ? 'rtl' : 'ltr'}"]`);
    return page;
  }

  /** Several saved pages at their real addresses on one host (each URL to a file, or to markup). */
  const routedOrigins = new Set<string>();
  async function routePages(context: BrowserContext, pages: Record<string, () => string>): Promise<void> {
    const origin = new URL(Object.keys(pages)[0]).origin;
    if (routedOrigins.has(origin)) return;
    routedOrigins.add(origin);
    await context.route(`${origin}/**`, (route) => {
      const href = route.request().url().split('#')[0];
      const body = pages[href];
      return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body() }) : route.fulfill({ status: 404, body: 'not found' });
    });
  }
  const saved = (file: string) => () => readFileSync(join(ROOT, file), 'utf8');

  async function openAt(url: string, lang: UiLang): Promise<{ page: Page; panel: Frame }> {
    await setLang(lang);
    const page = await browser.launched.context.newPage();
    await page.goto(url);
    const panel = await panelFrame(page);
    await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe(lang);
    return { page, panel };
  }

  const tagButton = (panel: Frame, id: string) => panel.locator(`.tags-bar-button[data-tag-id="${id}"]`);
  const pressed = (panel: Frame, id: string) => tagButton(panel, id).getAttribute('aria-pressed');

  describe.each(LANGS)('issue 14 in the %s UI: Options', (lang) => {
    it('Sites: a bare host opens on every port, a pasted address is read as its host, a wildcard over a public suffix is refused', async () => {
      const server = new URL(browser.origin);
      // English: "localhost" (never added before); Persian: the test host itself, first without its port.
      const bare = lang === 'en' ? 'localhost' : server.hostname;
      if (lang === 'fa') await sendFromExtension(browser.launched, { type: 'sites.remove', host: server.host });
      const page = await options(lang, 'sites');
      const input = page.locator('#tf-site-add');
      const add = async (text: string) => {
        await input.fill(text);
        await page.locator('form button.tf-primary').click();
      };

      await add('*.com');
      const error = page.locator('[data-testid="tf-site-error"]');
      await expect.poll(() => error.textContent()).toContain('.com');
      expect(await input.inputValue()).toBe('*.com');
      expect(await page.locator('[data-testid="tf-sites"]').textContent()).not.toContain('*.com');

      await add(bare);
      const added = page.locator('[data-testid="tf-site-added"]');
      await expect.poll(() => added.textContent()).toBe(t(lang, 'core.sites.addedAnyPort', { host: bare }));
      // The new site is first in the list, marked new.
      const first = page.locator('[data-testid="tf-sites"] tbody tr').first();
      expect(await first.textContent()).toContain(bare);
      expect(await first.textContent()).toContain(t(lang, 'core.sites.new'));

      // Again: already there. A page address pasted from the address bar is read as its host and port.
      await add(bare);
      await expect.poll(() => added.textContent()).toBe(t(lang, 'core.sites.already', { host: bare }));
      await add(`http://${bare}:${server.port}/demo/tickets/4821?tab=reply#latest`);
      await expect.poll(() => added.textContent()).toBe(t(lang, 'core.sites.added', { host: `${bare}:${server.port}` }));
      await sendFromExtension(browser.launched, { type: 'sites.remove', host: `${bare}:${server.port}` });

      // And Tactful opens by itself on that host at the test server's port.
      const tab = await browser.launched.context.newPage();
      await tab.goto(`http://${bare}:${server.port}/textarea.html`);
      const panel = await panelFrame(tab);
      await expect.poll(() => panelText(panel, 'tf-customer')).toContain('I ordered a lamp');
      await tab.close();
      await page.close();
    });

    it('Reports: opens on a range that has tags, calls a tag rising only from 3 tags, labels weeks by their first day in the chosen calendar, and writes CSV headers in the UI language', async () => {
      const now = Date.now();
      const MIN = 60_000;
      const ev = (id: string, tagId: string, at: number) => ({ id: `rep-${lang}-${id}`, tagId, conversation: `rep-${lang}-${id}`, site: 'rep.example', agent: 'Sam', createdAt: at });
      // "This period" tags go k minutes back, but never before today's local midnight: every day and week starts at a
      // midnight, so a run just after one would otherwise split them across two periods.
      const midnight = new Date(now).setHours(0, 0, 0, 0);
      const recent = (k: number) => Math.min(now, Math.max(midnight + k * 1000, now - k * MIN));
      await sendFromExtension(browser.launched, {
        type: 'tags.import',
        events: [
          // The team's first tag, three weeks ago: no weeks of zeros before it.
          ev('first', 'policy', now - 20 * 86_400_000),
          // This period: three of one tag (rising), one of another (1 against 0 is not rising).
          ev('b1', 'billing', recent(1)),
          ev('b2', 'billing', recent(2)),
          ev('b3', 'billing', recent(3)),
          ev('d1', 'defect', recent(1)),
        ],
      });
      const page = await options(lang, 'reports');
      const rows = page.locator('.tags-reports-table').first().locator('tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      // Three weeks of tags take 3 to 5 week rows, not 12; the first row holds the first tag.
      expect(await rows.count()).toBeLessThanOrEqual(5);
      expect(await rows.first().locator('td').last().textContent()).not.toMatch(/^[0۰]$/);

      const rising = page.locator('.tags-reports-rising li');
      await expect.poll(() => rising.count()).toBe(1);
      expect(await rising.first().textContent()).toContain(lang === 'en' ? 'Billing or invoice error' : 'خطای صورت‌حساب یا فاکتور');

      // Weeks starting on Saturday, in either calendar, are named by that Saturday (not "2026-W48").
      const select = (label: string) => page.locator('.tags-reports-controls label', { hasText: label }).locator('select');
      await select(t(lang, 'tags.reports.weekStart')).selectOption('6');
      for (const calendar of ['gregory', 'persian'] as const) {
        await select(t(lang, 'tags.reports.calendar')).selectOption(calendar);
        const saturday = await page.evaluate(([l, cal]) => {
          const d = new Date();
          const sat = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 1) % 7));
          return new Intl.DateTimeFormat(`${l === 'fa' ? 'fa-IR' : 'en-US'}-u-ca-${cal}`, { day: 'numeric', month: 'short', year: 'numeric' }).format(sat);
        }, [lang, calendar] as const);
        await expect.poll(() => rows.last().locator('th').textContent()).toContain(saturday);
        expect((await rows.locator('th').allTextContents()).join(' ')).not.toMatch(/W\d/);
      }

      const csv = async (button: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
        return readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0];
      };
      expect(await csv(t(lang, 'tags.reports.exportTally'))).toContain(`${t(lang, 'tags.csv.bucket')},`);
      const events = await csv(t(lang, 'tags.reports.exportEvents'));
      expect(events).toContain(t(lang, 'tags.csv.ev.conversation'));
      if (lang === 'fa') expect(events).not.toMatch(/[A-Za-z]{3}/);
      await page.close();
    });

    it('Root causes: importing a tag list asks before it replaces the list; Cancel keeps it', async () => {
      const { taxonomy } = await sendFromExtension<{ taxonomy: { tags: { id: string; name: Record<string, string> }[] } }>(browser.launched, { type: 'tags.state' });
      const renamed = structuredClone(taxonomy);
      const policy = renamed.tags.find((x) => x.id === 'policy')!;
      policy.name = { ...policy.name, en: 'Policy (imported)', fa: 'سیاست (واردشده)' };
      const file = join(mkdtempSync(join(tmpdir(), 'tactful-taxonomy-')), 'team-tags.json');
      writeFileSync(file, JSON.stringify(renamed));
      const page = await options(lang, 'taxonomy');
      const nameOf = async () => (await sendFromExtension<typeof taxonomy & { taxonomy: typeof taxonomy }>(browser.launched, { type: 'tags.state' })).taxonomy.tags.find((x) => x.id === 'policy')!.name;
      const before = await nameOf();
      const choose = () => page.locator('.tags-editor-import input[type="file"]').setInputFiles(file);
      await choose();
      const confirm = page.getByRole('alertdialog', { name: t(lang, 'tags.editor.importConfirmTitle') });
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('team-tags.json');
      expect(await nameOf()).toEqual(before);
      await confirm.getByRole('button', { name: t(lang, 'tags.editor.cancel') }).click();
      await expect.poll(() => confirm.count()).toBe(0);
      expect(await nameOf()).toEqual(before);
      await choose();
      await confirm.getByRole('button', { name: t(lang, 'tags.editor.importReplace') }).click();
      await expect.poll(async () => (await nameOf())[lang]).toBe(lang === 'en' ? 'Policy (imported)' : 'سیاست (واردشده)');
      await sendFromExtension(browser.launched, { type: 'tags.setTaxonomy', taxonomy });
      await page.close();
    });

    it('Preferences: "Saved" beside the field that changed, and the change is kept', async () => {
      const page = await options(lang, 'prefs');
      const theme = page.locator('label', { hasText: t(lang, 'core.prefs.theme') }).locator('select');
      await theme.selectOption('dark');
      const note = page.locator('[data-testid="tf-saved-theme"]');
      await expect.poll(() => note.textContent()).toBe(t(lang, 'core.prefs.saved'));
      // Shown until the next change, beside its own field only.
      await page.waitForTimeout(1800);
      expect(await note.textContent()).toBe(t(lang, 'core.prefs.saved'));
      expect(await page.locator('[data-testid="tf-saved-weekStartsOn"]').textContent()).toBe('');
      const name = page.locator('label', { hasText: t(lang, 'core.prefs.agentName') }).locator('input');
      await name.fill(lang === 'en' ? 'Sam' : 'سارا');
      await name.press('Enter');
      await expect.poll(() => page.locator('[data-testid="tf-saved-agentName"]').textContent()).toBe(t(lang, 'core.prefs.saved'));
      expect(await note.textContent()).toBe('');
      await page.reload();
      await expect.poll(() => page.locator('label', { hasText: t(lang, 'core.prefs.theme') }).locator('select').inputValue()).toBe('dark');
      expect(await page.locator('label', { hasText: t(lang, 'core.prefs.agentName') }).locator('input').inputValue()).toBe(lang === 'en' ? 'Sam' : 'سارا');
      await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { theme: 'system' } });
      await page.close();
    });

    it('Words: "1 rule", not "1 rules"; one brand name; a file name of the other script is isolated in the message', async () => {
      await sendFromExtension(browser.launched, { type: 'packs.install', pack: ONE_RULE_PACK });
      const page = await options(lang, 'packs');
      const count = page.locator(`.tf-packs-card[data-pack-id="${ONE_RULE_PACK.id}"] [data-testid="rule-count"]`);
      await count.waitFor();
      expect(await count.textContent()).toBe(lang === 'en' ? '1 rule' : '۱ قاعده');
      // The brand: "Tactful" in English, one Persian spelling in Persian, no English leaking into Persian.
      const nav = await page.locator('.tf-options-nav .tf-brand').textContent();
      expect(nav).toBe(lang === 'en' ? 'Tactful' : 'تکت‌فول');
      for (const hash of ['sites', 'packs', 'kb', 'taxonomy', 'reports', 'data', 'prefs']) {
        await page.goto(`chrome-extension://${browser.launched.extensionId}/options.html#${hash}`);
        // A hash change is a same-page navigation: wait until this section is the current one and has rendered past
        // its heading, so the check reads this section and not the one before it.
        await page.waitForSelector(`.tf-options-nav a[href="#${hash}"][aria-current="page"]`);
        await page.waitForSelector('.tf-options-main > h1 + *');
        // The English pack's own name is data in English, not UI text.
        const text = (await page.locator('.tf-options').innerText()).replace('Tactful English essentials', '');
        if (lang === 'fa') expect(text, hash).not.toMatch(/Tactful|تکتفول|تاکتفول|تکتفل|تکت فول/);
        else expect(text, hash).toContain('Tactful');
      }
      await sendFromExtension(browser.launched, { type: 'packs.remove', id: ONE_RULE_PACK.id }).catch(() => {});

      // A damaged backup whose name is in the other script: the name is isolated in the message.
      const name = lang === 'en' ? 'پشتیبان.json' : 'backup-old.json';
      const file = join(mkdtempSync(join(tmpdir(), 'tactful-bidi-')), name);
      writeFileSync(file, '{"format":"tactful-backup",');
      await page.goto(`chrome-extension://${browser.launched.extensionId}/options.html#data`);
      await page.locator('[data-testid="tf-backup-file"]').setInputFiles(file);
      await expect.poll(() => page.locator('.tf-error').textContent()).toContain(`\u2068${name}\u2069`);
      await page.close();
    });
  });

  /** A one-rule pack for the plural check. */
  const ONE_RULE_PACK = {
    formatVersion: 2,
    id: 'e2e.one-rule',
    name: 'E2E one rule',
    version: '1.0.0',
    languages: ['en'],
    rules: [{
      id: 'basically', category: 'negative-words', severity: 'hint', patterns: ['basically'], replacements: [''], explanation: 'It adds nothing.',
      examples: { bad: [{ text: 'Basically the box is late.', expected: 'The box is late.' }], good: ['The box is late.'] },
    }],
  };

  const RC = 'https://mail.shop.example/';
  const RC_LIST = `${RC}?_task=mail&_mbox=INBOX`;
  const RC_SHOW = `${RC}?_task=mail&_mbox=INBOX&_uid=318&_action=show`;
  const RC_COMPOSE = `${RC}?_task=mail&_action=compose&_id=16627c0a3b1e4f`;
  const preview = (uid: number) => `${RC}?_task=mail&_uid=${uid}&_mbox=INBOX&_framed=1&_action=preview`;
  /** Another mail: another sender, subject and text in the same saved view. */
  const otherMail = () =>
    saved('tests/sites/roundcube/show.html')()
      .replace(/sara@example\.net/g, 'omid@example.org')
      .replace(/Sara Ahmadi/g, 'Omid Rahimi')
      .replace(/Refund for order 5521/g, 'Wrong size delivered')
      .replace(/still have no refund/g, 'got a size 38 instead of 40')
      .replace(/"uid":"318"/, '"uid":"319"');
  /** Roundcube's list page: the preview frame is navigated by script when another mail is chosen, so its src attribute keeps the first mail. */
  const listPage = () => `<!DOCTYPE html><html lang="en"><head><title>Roundcube Webmail :: Inbox</title>
  <script>var rcmail = new rcube_webmail(); rcmail.set_env({"task":"mail","mailbox":"INBOX","action":"","username":"support@shop.example"});</script></head>
  <body class="task-mail action-none"><div id="layout"><div id="layout-list"><table id="messagelist"><tbody>
  <tr id="rcmrowMzE4" class="message selected"><td><a href="${preview(318)}">Refund for order 5521</a></td></tr>
  <tr id="rcmrowMzE5" class="message"><td><a href="${preview(319)}">Wrong size delivered</a></td></tr>
  </tbody></table></div>
  <div id="layout-content"><iframe id="messagecontframe" name="messagecontframe" src="${preview(318)}" style="width:100%;height:600px;border:0"></iframe></div></div>
  <script>document.querySelectorAll('#messagelist a').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    document.querySelectorAll('#messagelist tr').forEach((tr) => tr.classList.toggle('selected', tr.contains(a)));
    document.getElementById('messagecontframe').contentWindow.location.replace(a.href);
  }));</script></body></html>`;

  describe.each(pages ? LANGS : [])('issue 14 in the %s UI: pages', (lang) => {
    it("Roundcube: one mail keeps one key in the list preview, the full view and the reply; choosing another mail switches it", async () => {
      const tag = lang === 'en' ? 'billing' : 'order-data';
      await sendFromExtension(browser.launched, { type: 'sites.add', host: 'mail.shop.example' });
      await routePages(browser.launched.context, {
        [RC_LIST]: listPage,
        [preview(318)]: saved('tests/sites/roundcube/show.html'),
        [preview(319)]: otherMail,
        [RC_SHOW]: saved('tests/sites/roundcube/show.html'),
        [RC_COMPOSE]: saved('tests/sites/roundcube/compose-plain.html'),
      });
      const list = await openAt(RC_LIST, lang);
      await expect.poll(() => panelText(list.panel, 'tf-customer')).toContain('still have no refund');
      await tagButton(list.panel, tag).click();
      await expect.poll(() => pressed(list.panel, tag)).toBe('true');

      for (const url of [RC_SHOW, RC_COMPOSE]) {
        const other = await openAt(url, lang);
        await expect.poll(() => panelText(other.panel, 'tf-customer')).toContain('still have no refund');
        await expect.poll(() => pressed(other.panel, tag), { message: url }).toBe('true');
        await other.page.close();
      }

      // Another mail in the preview: another conversation, untagged.
      await list.page.locator('#messagelist a', { hasText: 'Wrong size delivered' }).click();
      await expect.poll(() => panelText(list.panel, 'tf-customer')).toContain('size 38');
      await expect.poll(() => pressed(list.panel, tag)).toBe('false');
      // Back to the first mail: tagged, and the tag comes off for the next run.
      await list.page.locator('#messagelist a', { hasText: 'Refund for order 5521' }).click();
      await expect.poll(() => panelText(list.panel, 'tf-customer')).toContain('still have no refund');
      await expect.poll(() => pressed(list.panel, tag)).toBe('true');
      await tagButton(list.panel, tag).click();
      await expect.poll(() => pressed(list.panel, tag)).toBe('false');
      const live = (await sendFromExtension<{ conversation: string; removedAt?: number }[]>(browser.launched, { type: 'tags.events' })).filter((e) => e.conversation.includes('roundcube') || e.conversation.includes('mail.shop.example'));
      expect(new Set(live.map((e) => e.conversation)).size).toBe(1);
      await list.page.close();
    });

    it('Gmail: the full view and the preview pane of one thread share its key', async () => {
      const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVpLxJtWbgKbTnHcRmqWdsx';
      await routePages(browser.launched.context, { 'https://mail.google.com/mail/u/0/': saved('tests/sites/gmail/thread-reply.html') });
      await sendFromExtension(browser.launched, { type: 'sites.add', host: 'mail.google.com' });
      const full = await openAt(THREAD, lang);
      await expect.poll(() => panelText(full.panel, 'tf-customer')).toContain('before Friday');
      await tagButton(full.panel, 'delivery-delay').click();
      await expect.poll(() => pressed(full.panel, 'delivery-delay')).toBe('true');
      // The preview pane shows the thread under the list's own address (#inbox): same thread, same tag.
      const pane = await openAt('https://mail.google.com/mail/u/0/#inbox', lang);
      await expect.poll(() => panelText(pane.panel, 'tf-customer')).toContain('before Friday');
      await expect.poll(() => pressed(pane.panel, 'delivery-delay')).toBe('true');
      await tagButton(pane.panel, 'delivery-delay').click();
      await expect.poll(() => pressed(pane.panel, 'delivery-delay')).toBe('false');
      await full.page.close();
      await pane.page.close();
    });

    it("RT: the page menu's Reply (nothing quoted) reads the customer message from the ticket's history", async () => {
      const menuReply = 'https://rt.example.org/Ticket/Update.html?id=42&Action=Respond';
      await sendFromExtension(browser.launched, { type: 'sites.add', host: 'rt.example.org' });
      await routePages(browser.launched.context, {
        [menuReply]: saved('tests/sites/rt/update-menu.html'),
        'https://rt.example.org/Ticket/Display.html?id=42': saved('tests/sites/rt/display.html'),
      });
      const { page, panel } = await openAt(menuReply, lang);
      await expect.poll(() => panelText(panel, 'tf-customer')).toContain('When can I expect the corrected invoice?');
      expect(await panel.locator('[data-testid="tf-site"]').getAttribute('data-adapter')).toBe('rt');
      await page.close();
    });

    it('Insert link: the link goes in as its own words at the caret', async () => {
      await sendFromExtension(browser.launched, { type: 'kb.upsert', articles: [SHIPPING_ARTICLE] });
      const { page, panel } = await openAt(`${browser.origin}/textarea.html`, lang);
      const item = panel.locator('.tf-kb-item', { hasText: SHIPPING_ARTICLE.title });
      await item.waitFor();
      const reply = page.locator('#reply');
      await reply.focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Hello,\nPlease ask finance to process it.');
      for (let i = 0; i < 'process it.'.length; i++) await page.keyboard.press('ArrowLeft');
      await panelClickable(panel);
      await item.locator('.tf-kb-insert').click();
      await expectWritten(panel, () => expect.poll(() => reply.inputValue(), WRITE_WAIT).toBe(`Hello,\nPlease ask finance to ${SHIPPING_ARTICLE.title}: ${SHIPPING_ARTICLE.url} process it.`));
      await page.close();
    });

    it("Insert link: javascript: and data: addresses are refused at the page's end, and nothing is written", async () => {
      const { page, panel } = await openAt(`${browser.origin}/textarea.html`, lang);
      const reply = page.locator('#reply');
      const before = await reply.inputValue();
      // What a compromised or buggy extension page could send over the panel's own port.
      const write = (url: string) =>
        panel.evaluate(async (u) => {
          const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
          const tab = await c.tabs.getCurrent();
          const port = c.tabs.connect(tab!.id!, { name: 'tactful-panel', frameId: 0 });
          const reply = await new Promise<unknown>((done) => {
            port.onMessage.addListener((m: { id?: number; reply?: unknown }) => m.id === 901 && done(m.reply));
            port.postMessage({ id: 901, request: { type: 'page.write', write: { op: 'link', title: 'Refunds', url: u } } });
            setTimeout(() => done('no answer'), 5000);
          });
          port.disconnect();
          return reply as { ok: boolean; data?: { ok: boolean } };
        }, url);
      for (const bad of ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
        const r = await write(bad);
        expect(r.ok && r.data?.ok, bad).toBeFalsy();
      }
      expect(await reply.inputValue()).toBe(before);
      // The same port writes an http(s) link: the refusals above are about the address.
      await reply.focus();
      await page.keyboard.press('Control+End');
      const ok = await write('https://help.example.com/refunds');
      expect(ok).toMatchObject({ ok: true, data: { ok: true } });
      await expect.poll(() => reply.inputValue(), WRITE_WAIT).toContain('https://help.example.com/refunds');
      await page.close();
    });

    it("Insert link in CKEditor 5: an address with ' stays as it is, not HTML-escaped", async () => {
      const url = "https://help.example.com/articles/customer's-wrong-invoice";
      await sendFromExtension(browser.launched, {
        type: 'kb.upsert',
        articles: [{ title: 'Fixing a wrong invoice amount', url, body: 'If your invoice shows the wrong amount, we correct it and send a new invoice within two days.' }],
      });
      await setLang(lang);
      const { page, panel } = await browser.open('/real/ckeditor5.html');
      const item = panel.locator('.tf-kb-item').filter({ has: panel.locator('.tf-kb-title', { hasText: 'Fixing a wrong invoice amount' }) });
      await item.waitFor();
      await page.locator('.ck-editor__editable p').last().click();
      await page.keyboard.press('Control+End');
      await panelClickable(panel);
      await item.locator('.tf-kb-insert').click();
      const link = page.locator('.ck-editor__editable a');
      await expectWritten(panel, () => expect.poll(() => link.count(), WRITE_WAIT).toBe(1));
      expect(await link.getAttribute('href')).toBe(url);
      const data = await page.evaluate(() => (window as unknown as { editor: { getData(): string } }).editor.getData());
      expect(data).toContain(`href="${url}"`);
      expect(data).not.toContain('&#39;');
      expect(data).not.toContain('&amp;#');
      await page.close();
    });
  });

  const SHIPPING_ARTICLE = {
    title: 'Tracking a delayed shipment',
    url: 'https://help.example.com/articles/tracking-delayed-shipment',
    body: 'If your order has not shipped or arrives late, check the tracking link in your confirmation email. Delivery usually takes 3 to 5 days.',
  };

  interface ChromeLike {
    tabs: {
      getCurrent(): Promise<{ id?: number } | undefined>;
      connect(tabId: number, o: { name: string; frameId: number }): {
        postMessage(m: unknown): void;
        onMessage: { addListener(f: (m: { id?: number; reply?: unknown }) => void): void };
        disconnect(): void;
      };
    };
  }

  /**
   * Text of the other script in the panel that is not isolated: letters of the other direction
   * touching punctuation ("textarea:", «Unfortunately», "refund،"), outside U+2068…U+2069 and
   * inside text laid out in the UI's direction (an element whose dir, or dir="auto" resolved from its
   * first letter, is the other one is the other script's own paragraph; <bdi> and fields too). Those are the places where the bidi algorithm moves the full stops, colons and quotes
   * next to them to the wrong end ("پاسخ :textarea").
   */
  function unisolated(panel: Frame, lang: UiLang): Promise<string[]> {
    return panel.evaluate((l) => {
      const letter = l === 'fa' ? 'A-Za-z' : '\u0600-\u06ff';
      const punct = '.,:;!?"\'«»()\\[\\]،؛؟';
      const touching = new RegExp(`[${letter}][${punct}]|[${punct}][${letter}]`);
      const uiDir = document.documentElement.dir || (l === 'fa' ? 'rtl' : 'ltr');
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const bare = (n.nodeValue ?? '').replace(/\u2068[^\u2069]*\u2069/g, '');
        if (!touching.test(bare)) continue;
        const el = n.parentElement!;
        if (el.closest('bdi, input, textarea, select, script, style') || !el.checkVisibility()) continue;
        // The direction the text is laid out in (dir="auto" resolves from the first strong letter).
        if (!el.matches(`:dir(${uiDir})`)) continue;
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${bare.trim().slice(0, 60)}`);
      }
      return out;
    }, lang);
  }

  describe.each(LANGS)('issue 14 in the %s UI: words in the panel', (lang) => {
    it('the refund mail suggests Billing, not Delivery delay; values of the other script are isolated', async () => {
      // The English and the Persian mail: in either UI one of them (its draft, its pack's explanations) is the other script.
      for (const [ticket, customer] of [['4821', 'third time'], ['4822', 'بازم']]) {
        const { page, panel } = await openAt(`${browser.origin}/demo/tickets/${ticket}`, lang);
        await expect.poll(() => panelText(panel, 'tf-customer')).toContain(customer);
        if (ticket === '4821') await expect.poll(() => panel.locator('.tags-bar-suggested').getAttribute('data-tag-id')).toBe('billing');
        await panel.locator('.tf-looking-toggle').click();
        await panel.locator('.rewrite-item').first().waitFor();
        await panel.locator('.tags-bar-button').first().waitFor();
        expect(await unisolated(panel, lang), ticket).toEqual([]);
        await page.close();
      }
    });
  });
}
