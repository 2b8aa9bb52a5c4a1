// @vitest-environment jsdom
/**
 * Editors that keep their own model (Slate, Lexical, Draft.js, Roosterjs) take a write through the input events they
 * handle themselves: a cancelable beforeinput, else a paste. Stand-in editors here handle one event by writing their
 * own DOM, as those editors render their model; one swallows the event and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { replaceSpan } from '../../../lib/sites/editors/write.ts';

function editor(attrs: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true" ${attrs}><p>Hello,</p><p>I can't ship it until Monday.</p></div>`;
  return document.getElementById('e')!;
}

/** Replaces the selected text of the one text node it is in, as an editor's own handler would. */
function ownWrite(root: HTMLElement, text: string) {
  const r = document.getSelection()!.getRangeAt(0);
  const node = r.startContainer as Text;
  node.data = node.data.slice(0, r.startOffset) + text + node.data.slice(r.endOffset);
  expect(root.contains(node)).toBe(true);
}

const EDIT = { start: 9, end: 28, expected: "can't ship it until", text: 'can ship it from' };

describe('writing through the editor\'s own input handlers', () => {
  it('takes the beforeinput an editor handles (Slate), and sends nothing more', async () => {
    const root = editor('data-slate-editor="true"');
    const seen: string[] = [];
    root.addEventListener('beforeinput', (e) => {
      seen.push(`beforeinput:${(e as InputEvent).inputType}`);
      e.preventDefault();
      ownWrite(root, (e as InputEvent).data ?? '');
    });
    root.addEventListener('paste', () => seen.push('paste'));
    const out = await replaceSpan(root, EDIT);
    expect(out).toEqual({ ok: true, strategy: 'slate:beforeinput' });
    expect(root.textContent).toBe('Hello,I can ship it from Monday.');
    expect(seen).toEqual(['beforeinput:insertText']);
  });

  it('a deletion is the beforeinput of Backspace over the selection', async () => {
    const root = editor('data-lexical-editor="true"');
    const seen: string[] = [];
    root.addEventListener('beforeinput', (e) => {
      seen.push((e as InputEvent).inputType);
      e.preventDefault();
      ownWrite(root, '');
    });
    const out = await replaceSpan(root, { start: 9, end: 15, expected: "can't ", text: '' });
    expect(out.ok).toBe(true);
    expect(seen).toEqual(['deleteContentBackward']);
    expect(root.textContent).toBe('Hello,I ship it until Monday.');
  });

  it('an editor that handled the event but did not take the text is a failed write, never written twice', async () => {
    const root = editor('data-slate-editor="true"');
    let pastes = 0;
    root.addEventListener('beforeinput', (e) => e.preventDefault());
    root.addEventListener('paste', () => pastes++);
    const out = await replaceSpan(root, EDIT);
    expect(out.ok).toBe(false);
    expect(out.error).toMatch(/did not take/);
    expect(pastes).toBe(0);
    expect(root.textContent).toBe("Hello,I can't ship it until Monday.");
  });
});
