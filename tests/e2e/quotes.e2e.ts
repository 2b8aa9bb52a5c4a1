/**
 * The draft is the agent's own words only, in a real Chromium with every editor kind: a reply
 * under the customer's quoted mail (which repeats phrases the agent also wrote) gets suggestions
 * for the agent's text only; a template leaves its blank selected so typing replaces it; Apply all
 * shows the reply after the change and writes only after the agent confirms; the quote never changes.
 * The textarea page's reply also quotes the customer inline ('You wrote “unfortunately the kettle…”'):
 * nothing in that quote is flagged either (the "kettle" check below).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { expectWritten, panelClickable, panelText, sendFromExtension, WRITE_WAIT } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();

/**
 * The test's own pack (the built-in packs are switched off, so their changes cannot move these
 * expectations): a deletion, a rewrite, and a template rule where only the agent knows the offer.
 */
const PACK = {
  formatVersion: 2,
  id: 'e2e.quotes',
  name: 'E2E quotes',
  version: '1.0.0',
  languages: ['en'],
  rules: [
    {
      id: 'unfortunately',
      category: 'negative-words',
      severity: 'warning',
      patterns: ['unfortunately'],
      replacements: [''],
      explanation: 'Lead with what happens next.',
      examples: { bad: [{ text: 'Unfortunately the box is late.', expected: 'The box is late.' }], good: ['The box is late.'] },
    },
    {
      id: 'cant-until',
      category: 'until',
      severity: 'warning',
      patterns: ["I can't ship it until {time}"],
      replacements: ['I can ship it from {time}'],
      explanation: 'Say when you can.',
      examples: { bad: [{ text: "I can't ship it until Monday.", expected: 'I can ship it from Monday.' }], good: ['I can ship it from Monday.'] },
    },
    {
      id: 'no-exchanges',
      kind: 'template',
      category: 'cant-wont',
      severity: 'strong',
      patterns: ['we do not do exchanges'],
      replacements: ['what we can do is ___'],
      explanation: 'Say what you can do; only you know what that is.',
      examples: { bad: [{ text: 'Sorry, we do not do exchanges.', expected: 'Sorry, what we can do is ___.' }], good: ['We can exchange it.'] },
    },
  ],
};
const BUILTIN = ['tactful.en.core', 'tactful.fa.core'];

interface QuoteCase {
  name: string;
  path: string;
  kind: string;
  /** Where the quoted mail starts in the editor's text. */
  marker: string;
  read(p: Page): Promise<string>;
  focus(p: Page): Promise<void>;
  /** Read through the editor's own model (ProseMirror, Quill, Lexical, Roosterjs, Draft.js, Slate). */
  ownModel?: boolean;
}

const inFrame = (sel: string) => ({
  read: (p: Page) => p.frameLocator(sel).locator('body').innerText(),
  focus: (p: Page) => p.frameLocator(sel).locator('body p').first().click(),
});

const ownModel = (sel: string) => ({
  ownModel: true,
  read: (p: Page) => p.evaluate(() => (window as unknown as { modelText(): string }).modelText()),
  focus: (p: Page) => p.locator(sel).first().click(),
});

const CASES: QuoteCase[] = [
  { name: 'textarea ("> " lines)', path: '/quote-textarea.html', kind: 'textarea', marker: 'On Mon', read: (p) => p.locator('#reply').inputValue(), focus: (p) => p.locator('#reply').focus() },
  { name: 'contenteditable (Gmail quote block)', path: '/quote-contenteditable.html', kind: 'contenteditable', marker: 'On Mon', read: (p) => p.locator('#reply').innerText(), focus: (p) => p.locator('#reply').focus() },
  { name: 'contenteditable (Outlook header, unwrapped history)', path: '/quote-outlook.html', kind: 'contenteditable', marker: 'From:', read: (p) => p.locator('#reply').innerText(), focus: (p) => p.locator('#reply').focus() },
  { name: 'real CKEditor 5 (blockquote)', path: '/real/quote-ckeditor5.html', kind: 'ckeditor5', marker: 'On Mon', read: (p) => p.locator('.ck-editor__editable').innerText(), focus: (p) => p.locator('.ck-editor__editable p').first().click() },
  { name: 'real CKEditor 4 (blockquote in its iframe)', path: '/real/quote-ckeditor4.html', kind: 'iframe', marker: 'On Mon', ...inFrame('iframe.cke_wysiwyg_frame') },
  { name: 'real TinyMCE (Roundcube reply-intro and blockquote)', path: '/real/quote-tinymce.html', kind: 'iframe', marker: 'On 01.12', ...inFrame('iframe.tox-edit-area__iframe') },
  // Editors that keep their own model, read through it (the page's window.modelText): what the helpdesk sends.
  { name: 'real ProseMirror (blockquote)', path: '/real/prosemirror.html?quote', kind: 'prosemirror', marker: 'On Mon', ...ownModel('.ProseMirror p') },
  { name: 'real Quill (blockquote lines)', path: '/real/quill.html?quote', kind: 'quill', marker: 'On Mon', ...ownModel('.ql-editor p') },
  { name: 'real Lexical (quote nodes)', path: '/real/lexical.html?quote', kind: 'lexical', marker: 'On Mon', ...ownModel('[data-lexical-editor] p') },
  { name: 'real Roosterjs (blockquote)', path: '/real/roosterjs.html?quote', kind: 'contenteditable', marker: 'On Mon', ...ownModel('#editor div') },
  { name: 'real Draft.js (blockquote blocks)', path: '/real/draftjs.html?quote', kind: 'draftjs', marker: 'On Mon', ...ownModel('.public-DraftEditor-content [data-block]') },
  { name: 'real Slate (quote elements)', path: '/real/slate.html?quote', kind: 'slate', marker: 'On Mon', ...ownModel('[data-slate-editor] p') },
];

/** Paragraph spacing differs between editors; compare lines. */
const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').trim();

const phrases = (panel: Frame) => panel.locator('.rewrite-phrase').allTextContents();

describe('quoted customer mail in the reply', () => {
  beforeAll(async () => {
    await sendFromExtension(browser.launched, { type: 'packs.install', pack: PACK });
    for (const id of BUILTIN) await sendFromExtension(browser.launched, { type: 'packs.setEnabled', id, enabled: false });
  });

  for (const c of CASES) {
    it(`${c.name}: only the agent's words are flagged; a template's blank is selected; Apply all asks first; the quote never changes`, async () => {
      const { page, panel } = await browser.open(c.path);
      await c.focus(page);
      await expect.poll(() => panelText(panel, 'tf-editor')).toContain(c.kind);

      const original = norm(await c.read(page));
      const quoteAt = original.indexOf(c.marker);
      expect(quoteAt).toBeGreaterThan(0);
      const quote = original.slice(quoteAt);
      const quoteNow = async () => {
        const text = norm(await c.read(page));
        return text.slice(text.indexOf(c.marker));
      };

      // The agent's three phrases, and nothing from the quote (which repeats two of them).
      await expect.poll(() => phrases(panel), { timeout: 10_000 }).toEqual(['Unfortunately', "I can't ship it until Monday", 'we do not do exchanges']);
      const contexts = await panel.locator('.rewrite-context').allTextContents();
      expect(contexts.filter((t) => /kettle|colleague|he said/.test(t))).toEqual([]);

      // A template: its blank is selected after insertion, so typing replaces it.
      const template = panel.locator('.rewrite-replacement[data-kind="template"]');
      expect(await template.textContent()).toBe('Insert template: “what we can do is ___”');
      await panelClickable(panel);
      await template.click();
      await expectWritten(panel, () => expect.poll(async () => norm(await c.read(page)), WRITE_WAIT).toContain('Sorry, what we can do is ___.'));
      if (c.ownModel) {
        // The blank is selected in the editor's own model too (the page's window.modelSelection). Such an editor learns
        // a selection from selectionchange (Slate throttles it to 100 ms): an agent's next keystroke comes later, the
        // test's could come first.
        await expect.poll(() => page.evaluate(() => (window as unknown as { modelSelection(): string }).modelSelection()), WRITE_WAIT).toBe('___');
      }
      await page.keyboard.type('offer a store credit');
      await expect.poll(async () => norm(await c.read(page)), WRITE_WAIT).toContain('Sorry, what we can do is offer a store credit.');
      expect(await quoteNow()).toBe(quote);

      // Apply all: first the preview of the whole reply, and nothing written yet.
      await expect.poll(() => phrases(panel), WRITE_WAIT).toEqual(['Unfortunately', "I can't ship it until Monday"]);
      const beforeApply = norm(await c.read(page));
      await panel.locator('button.rewrite-apply-all').click();
      const dialog = panel.locator('[role="dialog"]');
      await dialog.waitFor();
      expect(await dialog.locator('ins').allTextContents()).toEqual(['can ship it from']);
      expect(await dialog.locator('del').allTextContents()).toEqual(['Unfortunately ', "can't ship it until"]);
      expect((await dialog.locator('.rewrite-preview-quote').allTextContents()).join('')).toContain('Unfortunately the replacement kettle is broken too.');
      expect(norm(await c.read(page))).toBe(beforeApply);

      // Cancel writes nothing; confirming writes exactly the previewed change.
      await dialog.locator('button.rewrite-confirm-cancel').click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(norm(await c.read(page))).toBe(beforeApply);
      await panel.locator('button.rewrite-apply-all').click();
      await panelClickable(panel);
      await panel.locator('button.rewrite-confirm-apply').click();
      await expectWritten(panel, () =>
        expect.poll(async () => norm(await c.read(page)), WRITE_WAIT).toContain('Hello Sam,\nI can ship it from Monday. Sorry, what we can do is offer a store credit.\nRegards'),
      );
      expect(await quoteNow()).toBe(quote);
      await expect.poll(() => phrases(panel), WRITE_WAIT).toEqual([]);
      await page.close();
    });
  }
});
