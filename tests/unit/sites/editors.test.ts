// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextModel, readEditorText } from '../../../lib/sites/editors/textmodel.ts';
import { editorKind, findEditorCandidates, deepActiveElement } from '../../../lib/sites/editors/detect.ts';
import { insertLink, relocate, replaceSpan } from '../../../lib/sites/editors/write.ts';

function html(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

describe('text model', () => {
  it('reads blocks and <br> as lines and maps offsets back to DOM points', () => {
    const doc = html('<div id="e" contenteditable="true"><div>Hello,</div><div>I <b>can\'t</b> ship it.</div><div><br></div><div>Regards</div></div>');
    const root = doc.getElementById('e')!;
    const model = buildTextModel(root);
    expect(model.text.replace(/\n+$/, '')).toBe("Hello,\nI can't ship it.\n\nRegards");
    const start = model.text.indexOf("can't");
    const a = model.before(start);
    const b = model.after(start + 5);
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    expect(r.toString()).toBe("can't");
  });
  it('turns source newlines in text nodes into spaces but keeps them in <pre>', () => {
    const doc = html('<div id="e" contenteditable="true"><p>one\n two</p><pre>a\nb</pre></div>');
    expect(readEditorText(doc.getElementById('e')!)).toBe('one  two\na\nb');
  });
});

describe('editor detection', () => {
  it('recognises editor families by their markers', () => {
    const doc = html(`
      <textarea id="t"></textarea>
      <div id="pm" class="ProseMirror" contenteditable="true"></div>
      <div id="ck" class="ck-editor__editable ck-content" contenteditable="true"></div>
      <div id="lx" data-lexical-editor="true" contenteditable="true"></div>
      <div id="ql" class="ql-editor" contenteditable="true"></div>
      <div id="ce" contenteditable="true"><span id="inner">x</span></div>`);
    const kind = (id: string) => editorKind(doc.getElementById(id)!);
    expect([kind('t'), kind('pm'), kind('ck'), kind('lx'), kind('ql'), kind('ce'), kind('inner')]).toEqual([
      'textarea', 'prosemirror', 'ckeditor5', 'lexical', 'quill', 'contenteditable', 'contenteditable',
    ]);
  });
  it('finds editors inside open shadow roots and follows focus into them', () => {
    const doc = html('<div id="host"></div><input type="search" id="s">');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="inside"></textarea>';
    const inside = shadow.getElementById('inside') as HTMLTextAreaElement;
    expect(findEditorCandidates(doc)).toContain(inside);
    inside.focus();
    expect(deepActiveElement(doc)).toBe(inside);
  });
});

describe('writing', () => {
  it('relocates a span the agent moved by typing before it, and refuses a span that is gone', () => {
    expect(relocate('Hi. I cannot do that.', { start: 0, end: 8, expected: 'I cannot' })).toEqual({ start: 4, end: 12 });
    expect(relocate('Hi there', { start: 0, end: 8, expected: 'I cannot' })).toBeNull();
  });
  it('replaces exactly the span in a textarea and tells the page (fallback when execCommand is missing)', async () => {
    const doc = html('<textarea id="t">Hello,\nI cannot ship it until Monday.\nBye</textarea>');
    const ta = doc.getElementById('t') as HTMLTextAreaElement;
    const seen: string[] = [];
    ta.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
    const out = await replaceSpan(ta, { start: 7, end: 15, expected: 'I cannot', text: "I'll be able to" });
    expect(out.ok).toBe(true);
    expect(ta.value).toBe("Hello,\nI'll be able to ship it until Monday.\nBye");
    expect(seen).toEqual(['insertText']);
  });
  it('does not write when the expected text is no longer in the draft', async () => {
    const doc = html('<textarea id="t">All good now.</textarea>');
    const ta = doc.getElementById('t') as HTMLTextAreaElement;
    const out = await replaceSpan(ta, { start: 0, end: 8, expected: 'I cannot', text: 'x' });
    expect(out.ok).toBe(false);
    expect(ta.value).toBe('All good now.');
  });
});

describe('insertLink', () => {
  it('puts "Title URL" in a plain reply as its own words, after the word the caret is in', async () => {
    const doc = html('<textarea id="r">Ask finance to timingprocess it.</textarea>');
    const ta = doc.getElementById('r') as HTMLTextAreaElement;
    const at = 'Ask finance to timing'.length;
    const out = await insertLink(ta, { title: 'How long do refunds take?', url: 'https://help.example.com/t' }, { lastSelection: { start: at, end: at } });
    expect(out.ok).toBe(true);
    expect(ta.value).toBe('Ask finance to timingprocess How long do refunds take? https://help.example.com/t it.');
  });
  it('refuses javascript: and data: addresses at the page end and leaves the reply alone', async () => {
    const doc = html('<textarea id="r">Hello</textarea>');
    const ta = doc.getElementById('r') as HTMLTextAreaElement;
    for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
      const out = await insertLink(ta, { title: 'T', url });
      expect(out.ok, url).toBe(false);
    }
    expect(ta.value).toBe('Hello');
  });
  it('hands CKEditor 5 the address as text, unescaped, with spaces outside the link', async () => {
    const doc = html('<div class="ck-editor__editable" contenteditable="true"><p>See it</p></div>');
    const el = doc.querySelector('.ck-editor__editable')!;
    let got: unknown = null;
    const out = await insertLink(el, { title: 'Refunds', url: "https://e.com/it's?q=\"a\"&b=<c>" }, {
      kind: 'ckeditor5',
      lastSelection: { start: 3, end: 3 },
      modelWriter: async (_el, edit) => ((got = edit), true),
    });
    expect(out.ok).toBe(true);
    expect(got).toEqual({ start: 3, end: 3, prefix: ' ', suffix: '', text: 'Refunds', href: "https://e.com/it's?q=%22a%22&b=%3Cc%3E" });
  });
});
