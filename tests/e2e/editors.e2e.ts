/**
 * Writing into host editors in a real Chromium: one click replaces exactly the flagged span, the
 * host editor sees it as its own input (trusted input events, or the editor's model change for
 * CKEditor 5), the panel follows the new draft, and the editor's own undo restores the text.
 * Covers simple test pages and the real CKEditor 5, CKEditor 4, TinyMCE, ProseMirror, Quill, Lexical, Roosterjs,
 * Draft.js and Slate from devDependencies.
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

/** An editor read through its own model (the page's window.modelText), written as the agent's input. */
const ownModel = (sel: string): EditorUnderTest => ({
  via: 'model',
  read: (p: Page) => p.evaluate(() => (window as unknown as { modelText(): string }).modelText()),
  focus: (p: Page) => p.locator(sel).first().click(),
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
  // Editors that keep their own model: the test reads that model (window.modelText on the page), which is what the
  // helpdesk sends, not the DOM; the page records the model's own change events.
  { name: 'real ProseMirror (Intercom, Front, Chatwoot, Tiptap kind)', path: '/real/prosemirror.html', kind: 'prosemirror', ...ownModel('.ProseMirror') },
  { name: 'real Quill (chat widget kind)', path: '/real/quill.html', kind: 'quill', ...ownModel('.ql-editor') },
  { name: 'real Lexical', path: '/real/lexical.html', kind: 'lexical', ...ownModel('[data-lexical-editor]') },
  { name: 'real Roosterjs (Outlook on the web kind)', path: '/real/roosterjs.html', kind: 'contenteditable', ...ownModel('#editor') },
  { name: 'real Draft.js (older React helpdesk kind)', path: '/real/draftjs.html', kind: 'draftjs', ...ownModel('.public-DraftEditor-content') },
  { name: 'real Slate', path: '/real/slate.html', kind: 'slate', ...ownModel('[data-slate-editor]') },
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
