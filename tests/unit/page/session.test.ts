import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../../entrypoints/tactful-page/session.ts';

const URL_ = 'https://support.example.com/tickets/4821';
function page(draft = 'Hello,\nI cannot ship it until Monday.') {
  document.title = 'Ticket 4821';
  document.body.innerHTML = `
    <section class="thread">
      <article class="message from-customer"><div class="message-body">I ordered a lamp last week and it still has not shipped.</div></article>
      <article class="message from-agent"><div class="message-body">Thanks for your patience.</div></article>
    </section>
    <form><textarea id="reply" name="reply"></textarea></form>`;
  (document.getElementById('reply') as HTMLTextAreaElement).value = draft;
  return new Session(document, () => URL_);
}

describe('page session', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('reads the context (customer, editor, conversation) without the draft', () => {
    const s = page();
    const ctx = s.readContext();
    expect(ctx.customer?.text).toContain('I ordered a lamp');
    expect(ctx.editor).toMatchObject({ kind: 'textarea', present: true, rich: false });
    expect(ctx.editor.label).toBe('textarea: reply');
    expect(ctx.host).toBe('support.example.com');
    expect(ctx.title).toBe('Ticket 4821');
    expect(ctx.pickerActive).toBeNull();
    expect('draft' in ctx).toBe(false);
    expect(s.currentEditor?.id).toBe('reply');
  });

  it('versions the draft: a new version only when the text changed', () => {
    const s = page('Hi');
    s.readContext();
    expect(s.readDraft()).toBe(true);
    expect(s.draft).toEqual({ text: 'Hi', version: 1, quotes: [] });
    expect(s.readDraft()).toBe(false);
    (document.getElementById('reply') as HTMLTextAreaElement).value = 'Hi there';
    expect(s.readDraft()).toBe(true);
    expect(s.draft).toEqual({ text: 'Hi there', version: 2, quotes: [] });
  });

  it("sends the customer's words quoted in the draft as ranges", () => {
    const s = page('Thanks!\n\n> Where is my lamp?');
    s.readContext();
    s.readDraft();
    const [[a, b]] = s.draft.quotes!;
    expect(s.draft.text.slice(a, b)).toContain('Where is my lamp?');
  });

  it('reads an empty draft when the editor left the page, and finds the editor again for a write', () => {
    const s = page('Hi');
    s.readContext();
    s.readDraft();
    const form = document.querySelector('form')!;
    form.remove();
    expect(s.readDraft()).toBe(true);
    expect(s.draft.text).toBe('');
    document.body.appendChild(form);
    expect(s.editorForWrite()?.id).toBe('reply');
  });

  it('uses text the agent selected as the customer message, and shows the picker state', () => {
    const s = page();
    s.stickySelection = 'Where is my refund?';
    s.pickerTarget = 'editor';
    const ctx = s.readContext();
    expect(ctx.customer).toMatchObject({ text: 'Where is my refund?', source: 'selection' });
    expect(ctx.pickerActive).toBe('editor');
  });

  it('knows which nodes belong to the current editor', () => {
    const s = page();
    expect(s.inCurrentEditor(document.getElementById('reply'))).toBe(false);
    s.readContext();
    expect(s.inCurrentEditor(document.getElementById('reply'))).toBe(true);
    expect(s.inCurrentEditor(document.querySelector('.thread'))).toBe(false);
  });
});
