/**
 * Saved site pages (tests/sites) in a real Chromium, served at the sites' real addresses through
 * request routing, with the real editor each site uses started on the saved markup: the panel
 * opens by itself, shows the right customer message and the site's reply editor, and a suggestion
 * applied from the panel lands in that editor with its undo intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectApplyAndUndo, launchWithExtension, panelFrame, panelText, routeSavedPage, sendFromExtension, type EditorUnderTest, type Launched } from './harness.ts';

let launched: Launched;

beforeAll(async () => {
  launched = await launchWithExtension();
});

afterAll(async () => {
  await launched?.close();
});

const DRAFT = "Unfortunately I can't ship it until Monday.";

/** Records the host editor's input events the way the test pages do. */
const RECORD = `<script>window.__events = [];
document.addEventListener('input', (e) => window.__events.push({ type: e.type, inputType: e.inputType, trusted: e.isTrusted, text: '' }), true);</script>`;

/** Starts the real CKEditor 5 where the saved Zendesk page has its composer, as Zendesk does. */
const CKEDITOR5 = (id: string) => `<link rel="stylesheet" href="/__vendor/ckeditor5/ckeditor5.css">
<script src="/__vendor/ckeditor5/ckeditor5.umd.js"></script>
<script>window.__events = [];
const saved = document.getElementById('${id}');
const holder = document.createElement('div');
saved.replaceWith(holder);
const { ClassicEditor, Essentials, Paragraph, Link, Undo } = CKEDITOR;
ClassicEditor.create(holder, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Link, Undo], toolbar: [] }).then((ed) => {
  const el = ed.ui.view.editable.element;
  el.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor');
  el.id = '${id}';
  ed.model.document.on('change:data', () => window.__events.push({ type: 'change:data', inputType: 'model', trusted: true, text: ed.getData() }));
  document.body.setAttribute('data-ready', '1');
});</script>`;

/** Starts the real Roosterjs (Outlook on the web's editor) on the saved page's message body, as Outlook does. */
const ROOSTERJS = (id: string) => `<script src="/__vendor/roosterjs/rooster.js"></script>
<script>window.__events = [];
const { Editor, ShortcutPlugin, exportContent } = roosterjs;
const recorder = { getName: () => 'Recorder', initialize() {}, dispose() {}, onPluginEvent(e) {
  if (e.eventType === 'contentChanged') window.__events.push({ type: e.eventType, inputType: 'model', trusted: true, text: exportContent(editor, 'PlainText') });
} };
const editor = new Editor(document.getElementById('${id}'), { plugins: [new ShortcutPlugin(), recorder] });
window.modelText = () => exportContent(editor, 'PlainText').replace(/\\r\\n/g, '\\n');
document.body.setAttribute('data-ready', '1');</script>`;

/** Starts the real ProseMirror (with its history and keymaps) where the saved Chatwoot page has its reply editor. */
const PROSEMIRROR = (holder: string) => `<script src="/__vendor/bundles/prosemirror.js"></script>
<script>window.__events = [];
const holder = document.querySelector('${holder}');
holder.replaceChildren();
const { state: { EditorState }, view: { EditorView }, schema, history, undo, redo, keymap, baseKeymap } = PM;
const view = new EditorView(holder, {
  state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] }),
  dispatchTransaction(tr) {
    view.updateState(view.state.apply(tr));
    if (tr.docChanged) window.__events.push({ type: 'transaction', inputType: 'model', trusted: true, text: window.modelText() });
  },
});
window.modelText = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\\n');
document.body.setAttribute('data-ready', '1');</script>`;

/** Replaces the saved page's frozen CKEditor 4 markup with the real CKEditor 4 on the same textarea, as RT does. */
const CKEDITOR4 = (name: string) => `<script src="/__vendor/ckeditor4/ckeditor.js"></script>
<script>window.__events = [];
document.getElementById('cke_${name}')?.remove();
CKEDITOR.disableAutoInline = true;
const ed = CKEDITOR.replace('${name}', { versionCheck: false, removePlugins: 'exportpdf', height: 200 });
ed.on('instanceReady', () => {
  const body = ed.document.getBody().$;
  body.addEventListener('input', (e) => window.__events.push({ type: e.type, inputType: e.inputType, trusted: e.isTrusted, text: body.innerText }));
  document.body.setAttribute('data-ready', '1');
});</script>`;

/** Replaces the saved page's frozen TinyMCE markup with the real TinyMCE on the same textarea, as Roundcube does. */
const TINYMCE = (id: string) => `<script src="/__vendor/tinymce/tinymce.min.js"></script>
<script>window.__events = [];
document.querySelectorAll('.tox-tinymce').forEach((el) => el.remove());
const area = document.getElementById('${id}');
area.style.display = '';
tinymce.init({ target: area, license_key: 'gpl', menubar: false, toolbar: false, promotion: false, branding: false, height: 240,
  directionality: document.documentElement.dir || 'ltr',
  setup: (ed) => ed.on('init', () => {
    const body = ed.getBody();
    body.addEventListener('input', (e) => window.__events.push({ type: e.type, inputType: e.inputType, trusted: e.isTrusted, text: body.innerText }));
    document.body.setAttribute('data-ready', '1');
  }) });</script>`;

const inFrame = (sel: string): Pick<EditorUnderTest, 'read' | 'focus'> => ({
  read: (p) => p.frameLocator(sel).locator('body').innerText(),
  focus: (p) => p.frameLocator(sel).locator('body').click(),
});
const element = (sel: string): Pick<EditorUnderTest, 'read' | 'focus'> => ({
  read: async (p) => ((await p.locator(sel).evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText))) as string),
  focus: (p) => p.locator(sel).click(),
});

interface SiteCase extends EditorUnderTest {
  name: string;
  url: string;
  file: string;
  extra: string;
  /** Sites found by page markers rather than by host are added in Options > Sites first. */
  addHost?: boolean;
  adapter: string;
  customer: string;
  kind: string;
  /** What the agent types, and a word of the phrase Tactful must flag in it. */
  draft?: string;
  flag?: string;
}

const CASES: SiteCase[] = [
  {
    name: 'Gmail (contenteditable)',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVpLxJtWbgKbTnHcRmqWdsx',
    file: 'tests/sites/gmail/thread-reply.html',
    extra: RECORD,
    adapter: 'gmail',
    customer: "If it can't arrive before Friday I'd rather cancel and get a refund.",
    kind: 'contenteditable',
    via: 'insertText',
    ...element('[g_editable="true"]'),
  },
  {
    name: 'Zendesk Agent Workspace (real CKEditor 5)',
    url: 'https://brewline.zendesk.com/agent/tickets/4521',
    file: 'tests/sites/zendesk/ticket-reply.html',
    extra: CKEDITOR5('composer-4521'),
    adapter: 'zendesk',
    customer: 'replacement rather than a refund',
    kind: 'ckeditor5',
    via: 'model',
    ...element('[data-ticket-id="4521"] .ck-editor__editable'),
  },
  {
    name: 'Outlook on the web (real Roosterjs)',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADk3NzE0ZDNmLWI0ZTItNDM2MC1hZGMzLTkwYzQ1ZDk2M2I5MAAQAHDz2c8xN0dLg3z1VgQf2rc%3D',
    file: 'tests/sites/outlook/conversation-reply.html',
    extra: ROOSTERJS('editorBody_reply'),
    adapter: 'outlook',
    customer: '9.5 mm',
    kind: 'contenteditable',
    via: 'model',
    // Read through Roosterjs's own content model: what Outlook sends.
    read: (p) => p.evaluate(() => (window as unknown as { modelText(): string }).modelText()),
    focus: (p) => p.locator('#editorBody_reply').click(),
  },
  {
    name: 'Chatwoot (real ProseMirror)',
    url: 'https://app.chatwoot.com/app/accounts/3/conversations/123',
    file: 'tests/sites/chatwoot/conversation.html',
    extra: PROSEMIRROR('.ProseMirror-woot-style'),
    adapter: 'chatwoot',
    customer: 'Will the refund go to the same card?',
    kind: 'prosemirror',
    via: 'model',
    // Read through ProseMirror's own document: what Chatwoot sends.
    read: (p) => p.evaluate(() => (window as unknown as { modelText(): string }).modelText()),
    focus: (p) => p.locator('.ProseMirror-woot-style .ProseMirror').click(),
  },
  {
    name: 'Request Tracker reply (real CKEditor 4 in an iframe)',
    url: 'https://rt.example.org/Ticket/Update.html?id=42&QuoteTransaction=304&Action=Respond',
    file: 'tests/sites/rt/update.html',
    extra: CKEDITOR4('UpdateContent'),
    addHost: true,
    adapter: 'rt',
    customer: 'When can I expect the corrected invoice?',
    kind: 'iframe',
    via: 'insertText',
    ...inFrame('iframe.cke_wysiwyg_frame'),
  },
  {
    name: 'Roundcube plain-text compose (textarea)',
    url: 'https://mail.shop.example/?_task=mail&_action=compose&_id=16627c0a3b1e4f',
    file: 'tests/sites/roundcube/compose-plain.html',
    extra: RECORD,
    addHost: true,
    adapter: 'roundcube',
    customer: 'still have no refund',
    kind: 'textarea',
    via: 'insertText',
    ...element('#composebody'),
  },
  {
    name: 'Roundcube HTML compose in Persian (real TinyMCE in an iframe)',
    url: 'https://webmail.example.ir/roundcube/?_task=mail&_action=compose&_id=7731d0be29a5c1',
    file: 'tests/sites/roundcube/compose-html.html',
    extra: TINYMCE('composebody'),
    addHost: true,
    adapter: 'roundcube',
    customer: 'هنوز وجهی برنگشته',
    kind: 'iframe',
    via: 'insertText',
    // A rewrite (not a template: fa-core 1.4.0 turns «تا ماه آینده نمی‌توانم…» into a template that keeps the refusal).
    draft: 'شما باید فرم مرجوعی را دوباره پر کنید.',
    flag: 'باید',
    ...inFrame('iframe.tox-edit-area__iframe'),
  },
];

async function typeDraft(page: Page, c: SiteCase) {
  await c.focus(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(c.draft ?? DRAFT);
  await page.keyboard.press('Enter');
}

describe('saved site pages at their real addresses', () => {
  for (const c of CASES) {
    it(`${c.name}: the panel reads the customer's latest message and writes into the site's editor with undo`, async () => {
      const host = new URL(c.url).host;
      if (c.addHost) await sendFromExtension(launched, { type: 'sites.add', host });
      await routeSavedPage(launched.context, c.url, c.file, c.extra);
      const page = await launched.context.newPage();
      await page.goto(c.url);
      if (c.extra.includes('data-ready')) await page.waitForSelector('body[data-ready="1"]', { timeout: 20_000 });
      const panel = await panelFrame(page);
      await expect.poll(() => panelText(panel, 'tf-customer')).toContain(c.customer);
      const site = panel.locator('[data-testid="tf-site"]');
      expect(await site.getAttribute('data-adapter')).toBe(c.adapter);
      expect(await site.getAttribute('data-degraded')).toBe('false');
      await typeDraft(page, c);
      await expect.poll(() => panelText(panel, 'tf-editor')).toContain(c.kind);
      await expectApplyAndUndo(page, panel, c, c.flag);
      await page.close();
    });
  }
});
