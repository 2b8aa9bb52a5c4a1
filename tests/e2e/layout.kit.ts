/**
 * What the layout browser tests share (layout.e2e.ts, layout-sizes.e2e.ts, layout-push.e2e.ts): the pages and sizes, how a
 * page is opened with the panel, and how the panel's frame is measured against what must stay clear.
 * Two files so that the two browser-test workers finish together (one file took 200 s of a 430 s run).
 */
import { beforeEach, expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { panelFrame, panelText, routeSavedPage, sendFromExtension } from './harness.ts';
import { useTestBrowser, type TestBrowser } from './browser.ts';
import { t, type UiLang } from '../../lib/i18n/index.ts';

export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

export interface LayoutCase {
  name: string;
  /** A saved page served at its real address, or a path on the test server. */
  url?: string;
  file?: string;
  path?: string;
  /** What must stay uncovered: the reply box and the page's primary controls. */
  keepClear: string[];
  /** The panel has read the page (so it has measured the reply box too). */
  customer: string;
  /** Markup added to the saved page (what its trimmed markup left out). */
  extra?: string;
}

/**
 * RT 5's page menu (Display, History, Basics, …, Actions), which the saved page trims: the markup
 * share/html/Elements/PageLayout and Elements/Menu write, laid out as the Elevator theme's
 * nav.css and layout.css do (#page-navigation absolute at the top right of the relatively
 * positioned .main-container; its submenus hidden until hovered).
 */
const RT_PAGE_MENU = `<style>.main-container{position:relative}#page-navigation{position:absolute;top:3.3em;right:2em}
#page-navigation .page-menu{float:right;width:auto;list-style:none;margin:0;padding:0;display:flex;gap:12px}#page-navigation li ul{display:none}</style>
<script>document.querySelector('.main-container').insertAdjacentHTML('afterbegin', '<div id="page-navigation" class="btn-group page-nav-shadow"><ul id="page-menu" class="page-menu sf-menu sf-js-enabled sf-shadow">' +
['display', 'history', 'basics', 'people', 'links', 'actions'].map((id) => '<li id="li-page-' + id + '"><a id="page-' + id + '" class="menu-item" href="#">' + id[0].toUpperCase() + id.slice(1) + '</a>' +
(id === 'actions' ? '<ul><li id="li-page-actions-reply"><a id="page-actions-reply" class="menu-item" href="/Ticket/Update.html?Action=Respond&id=42">Reply</a></li><li id="li-page-actions-comment"><a class="menu-item" href="#">Comment</a></li></ul>' : '') + '</li>').join('') + '</ul></div>');</script>`;

/**
 * Roundcube's compose options and attachments (elastic skin), which the saved compose page trims: the
 * markup skins/elastic/templates/compose.html writes (#layout-sidebar.sidebar-right before
 * #layout-content: #compose-attachments with its Attach button, #compose-options with Return receipt,
 * Delivery status notification, Keep formatting, Priority and Save sent message in), laid out as
 * skins/elastic/styles/layout.less does (#layout a full-height flex row; the right sidebar order 2,
 * flex 3, at most 30%, at least 220px, 260px at 1200px and below; the content flex 6). Reconstructed
 * from the source, not saved from a live page; labels from Roundcube's en_US texts.
 */
const RC_COMPOSE_OPTIONS = `<style>html,body{height:100%;margin:0}body{overflow:hidden}#layout{display:flex;height:100%;width:100%;overflow:hidden}
#layout-content{display:flex;flex:6;flex-direction:column}#layout-content>.content{flex:1;overflow:auto}
#layout-sidebar{position:relative;display:flex;flex-direction:column;flex:2;max-width:30%;min-width:220px}
#layout-sidebar.sidebar-right{order:2;border-left:1px solid #ddd;flex:3}#layout-sidebar .form-group{display:flex;padding:4px 8px}
@media screen and (max-width:1200px){#layout-sidebar{min-width:260px;flex:3}}</style>
<script>document.getElementById('layout').insertAdjacentHTML('afterbegin', '<div id="layout-sidebar" class="listbox sidebar-right"><div class="header"><span class="header-title all-sizes">Options and attachments</span></div><div class="scroller">' +
'<div id="compose-attachments" class="file-upload" role="region"><div class="upload-form"><button type="button" class="btn btn-secondary attach" tabindex="2">Attach a file</button></div><ul id="attachment-list" class="attachmentslist"></ul></div>' +
'<div id="compose-options" class="formcontent" role="region">' +
[['compose-mdn', 'Return receipt', 'checkbox'], ['compose-dsn', 'Delivery status notification', 'checkbox'], ['compose-keep-formatting', 'Keep formatting', 'checkbox']]
  .map(([id, label, type]) => '<div class="form-group row form-check"><label for="' + id + '" class="col-form-label col-6">' + label + '</label><div class="col-6 form-check"><input type="' + type + '" id="' + id + '" class="form-check-input" tabindex="2"></div></div>').join('') +
'<div class="form-group row"><label for="compose-priority" class="col-form-label col-6">Priority</label><div class="col-6"><select id="compose-priority" class="custom-select" tabindex="2"><option>Normal</option><option>High</option></select></div></div>' +
'<div class="form-group row"><label for="compose-store-target" class="col-form-label col-6">Save sent message in</label><div class="col-6"><select id="compose-store-target" class="custom-select" tabindex="2"><option>Sent</option></select></div></div>' +
'</div></div></div>');</script>`;

export const CASES: LayoutCase[] = [
  {
    name: 'Gmail thread with the reply box open',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVpLxJtWbgKbTnHcRmqWdsx',
    file: 'tests/sites/gmail/thread-reply.html',
    keepClear: ['[g_editable="true"]', '.btC [role="button"]'],
    customer: "If it can't arrive before Friday",
  },
  {
    name: 'Zendesk ticket with the composer',
    url: 'https://brewline.zendesk.com/agent/tickets/4521',
    file: 'tests/sites/zendesk/ticket-reply.html',
    keepClear: ['#composer-4521', '[data-test-id="submit_button-button"]', '[data-test-id="omnichannel-composer-toolbar"]'],
    customer: 'replacement rather than a refund',
  },
  {
    name: 'the demo without reserved room',
    path: '/demo/tickets/4821',
    keepClear: ['#reply', '.reply button'],
    customer: 'third time',
  },
];

/** The page's own controls away from the reply box (two of these pages have none) must stay uncovered. */
export const PAGE_CONTROLS: LayoutCase[] = [
  {
    name: 'Roundcube message view (toolbar, no editor)',
    url: 'https://mail.shop.example/?_task=mail&_mbox=INBOX&_uid=318&_action=show',
    file: 'tests/sites/roundcube/show.html',
    keepClear: ['[role="toolbar"]', '#toolbar-menu a'],
    customer: 'refund',
  },
  {
    name: "RT ticket display (the page menu with Actions, each message's Reply/Comment actions)",
    url: 'https://rt.example.org/Ticket/Display.html?id=42',
    file: 'tests/sites/rt/display.html',
    extra: RT_PAGE_MENU,
    keepClear: ['.actions', '#page-menu > li > a'],
    customer: 'invoice',
  },
  {
    name: 'Roundcube compose with its options and attachments sidebar',
    // Another host than the message view: a saved page's route answers only its own address on its origin.
    url: 'https://webmail.shop.example/?_task=mail&_action=compose&_id=16627c0a3b1e4f',
    file: 'tests/sites/roundcube/compose-plain.html',
    extra: RC_COMPOSE_OPTIONS,
    keepClear: ['#composebody', '#compose-options select', '#compose-options input', '#compose-attachments button', '.formbuttons'],
    customer: 'refund',
  },
];

export interface Measured {
  frame: { left: number; right: number; top: number; bottom: number; width: number; height: number };
  /** Selectors of rendered elements that reach into the frame's columns. */
  covered: string[];
  pushed: boolean;
  /** Selectors of `keepClear` with an element whose right edge is past the window's (a page pushed to the right runs off the window). */
  offWindow: string[];
}

/**
 * The frame's box, what of `keepClear` it covers (horizontally: the panel is as tall as the window, so anything in its
 * columns is under it at some scroll) and what of it runs past the window's right edge, read in one evaluation: one
 * state of the page, which a poll can compare as a whole.
 */
export function measure(page: Page, keepClear: string[]): Promise<Measured> {
  return page.evaluate((sels) => {
    const r = document.querySelector('[data-tactful="panel"]')!.getBoundingClientRect();
    const covered: string[] = [];
    const offWindow: string[] = [];
    for (const sel of sels) {
      let off = false;
      for (const el of document.querySelectorAll(sel)) {
        const b = el.getBoundingClientRect();
        if (b.width > 0 && b.height > 0 && b.right > r.left + 0.5 && b.left < r.right - 0.5) covered.push(`${sel} [${Math.round(b.left)}-${Math.round(b.right)}]`);
        off ||= b.right > window.innerWidth + 0.5;
      }
      if (off) offWindow.push(sel);
    }
    const html = getComputedStyle(document.documentElement);
    return {
      frame: { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height },
      covered,
      pushed: parseFloat(html.marginRight) > 0 || parseFloat(html.marginLeft) > 0,
      offWindow,
    };
  }, keepClear);
}

export async function expectClear(page: Page, c: LayoutCase, what: string): Promise<Measured> {
  const m = await measure(page, c.keepClear);
  expect(m.covered, `${c.name}, ${what}: the panel (${Math.round(m.frame.left)}-${Math.round(m.frame.right)}) covers`).toEqual([]);
  return m;
}

export const slider = (panel: Frame) => panel.locator('#tf-width');

/**
 * Clicks the panel's close button from a task of the panel's own: the click removes the frame, and
 * a mouse click (or an evaluate that clicks synchronously) can still be waiting on that frame when
 * it goes, which fails as "Frame was detached".
 */
export const closePanel = (panel: Frame, name: string) =>
  panel.getByRole('button', { name }).evaluate((b) => void setTimeout(() => (b as HTMLButtonElement).click(), 0));

/**
 * The file's browser (one per file), reset to the default layout before every test (whatever the one
 * before it left), and the helpers that need it.
 */
export function useLayoutBrowser() {
  const browser: TestBrowser = useTestBrowser();
  beforeEach(async () => {
    await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { panelSide: 'right', panelWidth: 360, panelCollapsed: false, panelPlacement: 'auto', uiLanguage: 'auto' } });
  });
  const routed = new Set<string>();
  async function openCase(c: LayoutCase, size: { width: number; height: number }): Promise<{ page: Page; panel: Frame }> {
    if (c.url && !routed.has(c.url)) {
      routed.add(c.url);
      await sendFromExtension(browser.launched, { type: 'sites.add', host: new URL(c.url).host });
      await routeSavedPage(browser.launched.context, c.url, c.file!, c.extra);
    }
    const page = await browser.launched.context.newPage();
    await page.setViewportSize(size);
    await page.goto(c.url ?? `${browser.origin}${c.path}`);
    const panel = await panelFrame(page);
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain(c.customer);
    return { page, panel };
  }

  /** Sets the UI language before the panel opens (every test starts from 'auto', see beforeEach). */
  const inLang = (lang: UiLang) => sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: lang } });
  const switchSide = (panel: Frame, lang: UiLang) => panel.getByRole('button', { name: t(lang, 'core.panel.switchSide') });
  return { browser, openCase, inLang, switchSide };
}
