/**
 * Where the caret was, for inserts after focus moved to the panel, is worked out when it is needed
 * (the agent leaves the editor, or a write asks), not on every caret move: in a rich editor that
 * walks the whole draft, and a keystroke moves the caret (issue 11, keystroke cost).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../entrypoints/tactful-page/session.ts';
import { createWatchers } from '../../../entrypoints/tactful-page/watchers.ts';
import * as textmodel from '../../../lib/sites/editors/textmodel.ts';
import { buildTextModel, selectionOffsets } from '../../../lib/sites/editors/textmodel.ts';
import { fakeLifetime } from './fakes.ts';

function caretAt(node: Node, offset: number, focus?: Node, focusOffset?: number) {
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  const r = document.createRange();
  r.setStart(node, offset);
  r.setEnd(focus ?? node, focusOffset ?? offset);
  sel.addRange(r);
}

function setup() {
  document.body.innerHTML = `
    <section class="thread"><article class="message from-customer"><p>Where is my lamp?</p></article></section>
    <div id="reply" contenteditable="true"><p>Hello Dana,</p><p>Your <b>lamp</b> ships<br>on Monday.</p></div>
    <button id="elsewhere">x</button>`;
  const session = new Session(document, () => 'https://support.example.com/t/1');
  session.readContext();
  const life = fakeLifetime();
  const watchers = createWatchers(life, session, { onDraft() {}, onContext() {}, onResize() {}, isOwn: () => false });
  watchers.start();
  return { session, life, reply: document.getElementById('reply')! };
}

let env: ReturnType<typeof setup>;
beforeEach(() => (env = setup()));
afterEach(() => {
  env.life.invalidate();
  vi.restoreAllMocks();
});

describe('caret offsets', () => {
  it('are not worked out while the caret moves, and are when the agent leaves the editor', async () => {
    const spy = vi.spyOn(textmodel, 'selectionOffsets');
    const lamp = env.reply.querySelector('b')!.firstChild!;
    for (let i = 0; i < 4; i++) {
      caretAt(lamp, i);
      document.dispatchEvent(new Event('selectionchange'));
    }
    expect(spy).not.toHaveBeenCalled();
    env.reply.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(spy).toHaveBeenCalledTimes(1);
    // "Hello Dana,\nYour lamp": the caret after "lam".
    expect(env.session.lastSelection).toEqual({ start: 20, end: 20 });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('are worked out when a write asks, from where the caret is then', () => {
    const text = env.reply.querySelectorAll('p')[1].lastChild!; // "on Monday."
    caretAt(text, 3);
    document.dispatchEvent(new Event('selectionchange'));
    expect(env.session.lastSelection).toEqual({ start: 31, end: 31 }); // "…ships\non |Monday."
  });

  it('keep the last place in the editor when the selection has left it', () => {
    const lamp = env.reply.querySelector('b')!.firstChild!;
    caretAt(lamp, 4);
    document.dispatchEvent(new Event('selectionchange'));
    env.reply.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    caretAt(document.querySelector('.thread p')!.firstChild!, 2);
    document.dispatchEvent(new Event('selectionchange'));
    expect(env.session.lastSelection).toEqual({ start: 21, end: 21 });
  });

  it('a set value is kept as it is', () => {
    env.session.lastSelection = { start: 2, end: 5 };
    expect(env.session.lastSelection).toEqual({ start: 2, end: 5 });
  });
});

describe('selectionOffsets', () => {
  /** The first character whose point is at or after the caret, the slow way. */
  function linear(root: HTMLElement, node: Node, offset: number): number {
    const model = buildTextModel(root);
    for (let i = 0; i < model.text.length; i++) {
      const p = model.before(i);
      const r = document.createRange();
      r.setStart(node, offset);
      if (r.comparePoint(p.node, p.offset) >= 0) return i;
    }
    return model.text.length;
  }

  it('finds every caret position in blocks, inline markup and line breaks as a walk over every character would', () => {
    const root = env.reply;
    const points: [Node, number][] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n: Node | null = root; n; n = walker.nextNode()) {
      const len = n.nodeType === 3 ? (n as Text).data.length : n.childNodes.length;
      for (let k = 0; k <= len; k++) points.push([n, k]);
    }
    expect(points.length).toBeGreaterThan(40);
    for (const [node, k] of points) {
      caretAt(node, k);
      const at = linear(root, node, k);
      expect(selectionOffsets(root), `${node.nodeName} ${k}`).toEqual({ start: at, end: at });
    }
  });
});
