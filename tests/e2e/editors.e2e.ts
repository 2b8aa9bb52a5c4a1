/**
 * Writing into host editors in a real Chromium: one click replaces exactly the flagged span, the
 * host editor sees it as its own input (trusted input events, or the editor's model change for
 * CKEditor 5), the panel follows the new draft, and the editor's own undo restores the text.
 * Covers simple test pages and the real CKEditor 5, CKEditor 4 and TinyMCE from devDependencies.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectApplyAndUndo, panelText, type EditorUnderTest } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();

interface EditorCase extends EditorUnderTest {
  name: string;
  path: string;
  kind: string;
}

const inFrame = (sel: string) => ({
  read: (p: Page) => p.frameLocator(sel).locator('body').innerText(),
  focus: (p: Page) => p.frameLocator(sel).locator('body').click(),
});

const CASES: EditorCase[] = [
  { name: 'textarea', path: '/textarea.html', kind: 'textarea', via: 'insertText', read: (p) => p.locator('#reply').inputValue(), focus: (p) => p.locator('#reply').focus() },
  { name: 'contenteditable', path: '/contenteditable.html', kind: 'contenteditable', via: 'insertText', read: (p) => p.locator('#reply').innerText(), focus: (p) => p.locator('#reply').focus() },
  { name: 'CKEditor 4 style iframe', path: '/iframe.html', kind: 'iframe', via: 'insertText', ...inFrame('iframe.cke_wysiwyg_frame') },
  { name: 'textarea in a shadow root', path: '/shadow.html', kind: 'textarea', via: 'insertText', read: (p) => p.locator('reply-box #reply').inputValue(), focus: (p) => p.locator('reply-box #reply').focus() },
  {
    name: 'real CKEditor 5 (Zendesk kind)',
    path: '/real/ckeditor5.html',
    kind: 'ckeditor5',
    via: 'model',
    read: (p) => p.locator('.ck-editor__editable').innerText(),
    focus: (p) => p.locator('.ck-editor__editable').click(),
  },
  { name: 'real CKEditor 4 (Request Tracker kind)', path: '/real/ckeditor4.html', kind: 'iframe', via: 'insertText', ...inFrame('iframe.cke_wysiwyg_frame') },
  { name: 'real TinyMCE (Roundcube HTML kind)', path: '/real/tinymce.html', kind: 'iframe', via: 'insertText', ...inFrame('iframe.tox-edit-area__iframe') },
];

describe('writing into the host editor', () => {
  for (const c of CASES) {
    it(`${c.name}: one click replaces the phrase as the editor's own input, and undo restores it`, async () => {
      const { page, panel } = await browser.open(c.path);
      await c.focus(page);
      await expect.poll(() => panelText(panel, 'tf-editor')).toContain(c.kind);
      await expectApplyAndUndo(page, panel, c);
      await page.close();
    });
  }
});
