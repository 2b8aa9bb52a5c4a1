/**
 * The text model of a rich editor: built from runs (one per text node, <br> or block break), and
 * kept between reads (textModelOf) so a keystroke inside one text node does not walk the whole
 * editor. Both are held to the model as it was built before (one DOM point per character, kept
 * below as the reference) on editors of every shape, and after every kind of edit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { QUOTE_BLOCKS, QUOTE_REST, buildTextModel, readEditorDraft, textModelOf, textModelWalks, type DomPoint, type TextModel } from '../../../lib/sites/editors/textmodel.ts';
import { mergeRanges, type TextRange } from '../../../lib/text/quotes.ts';

/** The model as it was built before runs: a point before and after every character. */
function referenceModel(root: Node): TextModel {
  const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const kindOf = (el: Element) => (el.matches(QUOTE_BLOCKS) ? 'block' : el.matches(QUOTE_REST) ? 'rest' : null);
  let text = '';
  const beforePts: DomPoint[] = [];
  const afterPts: DomPoint[] = [];
  let lastAfter: DomPoint = { node: root, offset: 0 };
  const quotes: TextRange[] = [];
  let restFrom = -1;
  const pushChar = (ch: string, before: DomPoint, after: DomPoint) => {
    text += ch;
    beforePts.push(before);
    afterPts.push(after);
    lastAfter = after;
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      for (let k = 0; k < data.length; k++) {
        let ch = data[k]!;
        if (!pre && (ch === '\n' || ch === '\r' || ch === '\t')) ch = ' ';
        pushChar(ch, { node, offset: k }, { node, offset: k + 1 });
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) return;
    if (el.tagName === 'BR') {
      const i = Array.prototype.indexOf.call(el.parentNode!.childNodes, el) as number;
      pushChar('\n', { node: el.parentNode!, offset: i }, { node: el.parentNode!, offset: i + 1 });
      return;
    }
    if (BLOCK.has(el.tagName) && text.length > 0 && !text.endsWith('\n')) pushChar('\n', lastAfter, { node: el, offset: 0 });
    const isPre = pre || el.tagName === 'PRE';
    const quote = restFrom < 0 ? kindOf(el) : null;
    const from = text.length;
    if (quote === 'rest') restFrom = from;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, isPre);
    if (quote === 'block' && text.length > from) quotes.push([from, text.length]);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, false);
  const endPoint = lastAfter;
  if (restFrom >= 0 && text.length > restFrom) quotes.push([restFrom, text.length]);
  return {
    text,
    quotes: mergeRanges(quotes),
    before: (i) => (i < beforePts.length ? beforePts[i]! : endPoint),
    after: (i) => (i <= 0 ? (beforePts[0] ?? { node: root, offset: 0 }) : afterPts[Math.min(i, afterPts.length) - 1]!),
  };
}

/** Text, quotes and every point of `got` are those of the reference model. */
function expectSameModel(got: TextModel, root: Node, what: string) {
  const want = referenceModel(root);
  expect(got.text, what).toBe(want.text);
  expect(got.quotes, what).toEqual(want.quotes);
  // An empty model's after(i > 0) had no point at all; the runs model gives the root's start.
  const last = want.text.length ? want.text.length + 1 : 0;
  for (let i = 0; i <= last; i++) {
    for (const side of ['before', 'after'] as const) {
      const a = got[side](i);
      const b = want[side](i);
      expect(a.node === b.node && a.offset === b.offset, `${what}: ${side}(${i}) is ${a.node.nodeName}:${a.offset}, want ${b.node.nodeName}:${b.offset}`).toBe(true);
    }
  }
}

const EDITORS: Record<string, string> = {
  'plain text': "Hello,<br>Unfortunately I can't ship it until Monday.",
  'blocks and marks': "<div>Hello,</div><div>I <b>can't</b> ship <i>it</i>.</div><div><br></div><div>Regards</div>",
  'pre and source newlines': '<p>one\n two\tthree</p><pre>a\nb\n</pre><p>after</p>',
  'empty text nodes and blocks': '<p></p><div><span></span>x</div><p><br></p>',
  'skipped content': 'a<script>var x = 1;</script><span hidden>secret</span><style>p{}</style>b',
  'quoted mail': '<p>Thanks!</p><div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:</div><blockquote>Where is <b>my</b> order?</blockquote></div><p>More</p>',
  'quoted history to the end': '<p>Reply</p><div id="appendonsend"></div><p>From: Sam</p><blockquote>old</blockquote>',
  'lists and tables': '<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>',
  'text right after a block': '<div>x</div>y<br>z',
};

let root: HTMLElement;
const mount = (html: string) => {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  root = document.getElementById('e')!;
  return root;
};
const textNodes = (n: Node): Text[] => {
  const out: Text[] = [];
  const w = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t; t = w.nextNode()) out.push(t as Text);
  return out;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the text model from runs', () => {
  it.each(Object.entries(EDITORS))('is the per-character model on %s', (name, html) => {
    expectSameModel(buildTextModel(mount(html)), root, name);
  });
});

describe('the kept text model (textModelOf)', () => {
  it('types, deletes and composes inside a text node without walking the editor again, and matches a full rebuild', () => {
    mount(EDITORS['blocks and marks']!);
    textModelOf(root);
    const walks = textModelWalks.count;
    const t = textNodes(root).find((n) => n.data.includes('ship'))!;
    t.insertData(t.data.length, 'x'); // a keystroke
    expectSameModel(textModelOf(root), root, 'insert');
    t.deleteData(0, 2); // backspace over two characters
    expectSameModel(textModelOf(root), root, 'delete');
    // An IME composition: the same node rewritten several times before a read.
    let composed = '';
    for (const step of ['ن', 'نم', 'نمی']) {
      t.replaceData(t.data.length - composed.length, composed.length, step);
      composed = step;
    }
    expectSameModel(textModelOf(root), root, 'composition');
    expect(textModelOf(root)).toBe(textModelOf(root)); // nothing changed: the same model
    expect(textModelWalks.count).toBe(walks);
  });

  it('walks again when the structure changes: paste, a new line, a removed node, an attribute', () => {
    mount(EDITORS['quoted mail']!);
    textModelOf(root);
    const steps: [string, () => void][] = [
      ['paste of several nodes', () => root.querySelector('p')!.append(document.createTextNode(' pasted '), Object.assign(document.createElement('b'), { textContent: 'bold' }), document.createElement('br'))],
      ['a new line', () => root.append(Object.assign(document.createElement('div'), { textContent: 'new line' }))],
      ['a removed node', () => root.querySelector('blockquote b')!.remove()],
      ['hidden', () => root.querySelector('.gmail_attr')!.setAttribute('hidden', '')],
      ['becomes a quote', () => root.lastElementChild!.classList.add('gmail_quote')],
    ];
    for (const [what, edit] of steps) {
      const walks = textModelWalks.count;
      edit();
      expectSameModel(textModelOf(root), root, what);
      expect(textModelWalks.count, what).toBe(walks + 1);
    }
  });

  it('walks again when an edit empties a text node or changes whether it ends a line', () => {
    mount('<pre>ab</pre><p>cd</p><blockquote>q</blockquote>');
    textModelOf(root);
    const [ab, , q] = textNodes(root) as [Text, Text, Text];
    ab.appendData('\n'); // the break before <p> is no longer needed
    expectSameModel(textModelOf(root), root, 'line end');
    q.deleteData(0, 1); // the quote is empty
    expectSameModel(textModelOf(root), root, 'emptied');
    q.appendData('back');
    expectSameModel(textModelOf(root), root, 'filled again');
  });

  it('ignores edits inside skipped elements, and reads quotes the same after edits inside them', () => {
    mount(EDITORS['skipped content']!);
    const first = textModelOf(root);
    (root.querySelector('script')!.firstChild as Text).appendData(' var y;');
    expect(textModelOf(root).text).toBe(first.text);
    expectSameModel(textModelOf(root), root, 'script edit');
    mount(EDITORS['quoted mail']!);
    textModelOf(root);
    const quoted = textNodes(root.querySelector('blockquote')!)[0]!;
    quoted.insertData(0, 'Hi, ');
    expectSameModel(textModelOf(root), root, 'edit inside a quote');
    expect(readEditorDraft(root).quotes).toEqual(buildTextModel(root).quotes.map(([a, b]) => [a, Math.min(b, buildTextModel(root).text.replace(/\n+$/, '').length)]));
  });

  it('matches a full rebuild after every step of a long random edit session on every editor shape', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['a', 'word ', '\n', '\t', 'نمی‌دونم ', '', 'x'];
    for (const [name, html] of Object.entries(EDITORS)) {
      mount(html);
      for (let step = 0; step < 60; step++) {
        const texts = textNodes(root);
        const t = texts.length ? texts[rand(texts.length)]! : null;
        const op = rand(10);
        if (t && op < 5) t.insertData(rand(t.data.length + 1), words[rand(words.length)]!);
        else if (t && op < 7) t.deleteData(rand(t.data.length + 1), 1 + rand(3));
        else if (t && op < 8) t.data = words[rand(words.length)]!;
        else if (op < 9) (t?.parentNode ?? root).insertBefore(document.createElement(rand(2) ? 'br' : 'div'), t);
        else t?.parentElement?.toggleAttribute('hidden');
        // Read after most steps, as typing does; sometimes several edits come before one read.
        if (rand(3)) expectSameModel(textModelOf(root), root, `${name}, step ${step}`);
      }
      expectSameModel(textModelOf(root), root, `${name}, end`);
    }
  });
});
