// @vitest-environment jsdom
/**
 * The bridge confirms a CKEditor 5 write by reading the model back (issue 15, item 6): a fake
 * CKEditor 5 that tells the truth, and three that lie (swallow the change, write elsewhere, drop
 * part of it). Only the honest one is reported as written. The real editor is in
 * tests/e2e/features.e2e.ts and editors.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { ck5Insert, type Ck5Editor, type Ck5Range } from '../../../lib/sites/editors/ck5.ts';

type Lie = 'none' | 'swallow' | 'elsewhere' | 'partial';

/** A one-paragraph editor whose model is a string; positions are offsets into it. */
function fakeCk5(initial: string, lie: Lie) {
  const root = { name: '$root' };
  let text = initial;
  const range = (start: number, end: number): Ck5Range & { end: number } => ({ root, start, end, getItems: () => [{ data: text.slice(start, end) }] });
  const flat = (content: unknown): string => {
    const c = content as { data?: string; items?: { data: string }[] };
    return c.items ? c.items.map((i) => i.data).join('') : (c.data ?? '');
  };
  const editor: Ck5Editor = {
    editing: {
      view: { domConverter: { domRangeToView: (r: Range) => ({ start: r.startOffset, end: r.endOffset }) } },
      mapper: { toModelRange: (v) => range((v as { start: number }).start, (v as { end: number }).end) },
    },
    model: {
      change: (cb) => cb({ createText: (t) => ({ data: t }), createDocumentFragment: () => ({ items: [] }), append: (item, parent) => void (parent as { items: unknown[] }).items.push(item) }),
      insertContent(content, selectable) {
        const r = selectable as ReturnType<typeof range>;
        const s = flat(content);
        if (lie === 'swallow') return;
        if (lie === 'elsewhere') return void (text = text + s);
        text = text.slice(0, r.start as number) + (lie === 'partial' ? s.trim() : s) + text.slice(r.end);
      },
      createRangeIn: () => range(0, text.length),
      createRange: (a, b) => range(a as number, (b as number) ?? (a as number)),
      createPositionAt: (_p, offset) => offset,
    },
  };
  document.body.innerHTML = '<div class="ck-editor__editable" contenteditable="true"></div>';
  const editable = document.querySelector('.ck-editor__editable') as HTMLElement & { ckeditorInstance?: Ck5Editor };
  editable.textContent = initial;
  editable.ckeditorInstance = editor;
  const select = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(editable.firstChild!, start);
    r.setEnd(editable.firstChild!, end);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return sel;
  };
  return { editable, select, text: () => text };
}

const DRAFT = 'Sorry, I cannot ship it until Monday.';

describe('CKEditor 5 write, confirmed by reading the model back', () => {
  it('reports a write the editor really made, at its place', () => {
    const ck = fakeCk5(DRAFT, 'none');
    const at = DRAFT.indexOf('until');
    expect(ck5Insert(ck.editable, ck.select(at, at + 5), { prefix: '', suffix: '', text: 'by', href: null })).toBe(true);
    expect(ck.text()).toBe('Sorry, I cannot ship it by Monday.');
    const end = ck.text().length;
    expect(ck5Insert(ck.editable, ck.select(end, end), { prefix: ' ', suffix: '', text: 'Shipping times', href: 'https://e.com/ship' })).toBe(true);
  });

  it('reports failure when the editor swallows the change, writes it elsewhere, or changes it', () => {
    const at = DRAFT.indexOf('until');
    for (const lie of ['swallow', 'elsewhere', 'partial'] as const) {
      const ck = fakeCk5(DRAFT, lie);
      expect(ck5Insert(ck.editable, ck.select(at, at + 5), { prefix: ' ', suffix: ' ', text: 'by', href: null }), lie).toBe(false);
    }
  });

  it('refuses a non-http link before touching the editor', () => {
    const ck = fakeCk5(DRAFT, 'none');
    expect(ck5Insert(ck.editable, ck.select(0, 0), { prefix: '', suffix: '', text: 'x', href: 'javascript:alert(1)' })).toBe(false);
    expect(ck.text()).toBe(DRAFT);
  });
});
