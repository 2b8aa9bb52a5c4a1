// @vitest-environment node
/**
 * The panel with a learnt reader on (mlfast29): the first analysis of a draft never waits for the weights, the analysis
 * runs again once they are in, and a keystroke never fetches them again (useLearntWeights in
 * entrypoints/panel/hooks/useSuggestions.ts, lazyModel in lib/rewrite/learnt/model.ts).
 */
import { Window } from 'happy-dom';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

// A document of the test's own (a node-environment file: the DOM environment's setup did not load in a worktree whose
// node_modules is a link).
const win = new Window();
vi.stubGlobal('window', win);
vi.stubGlobal('document', win.document);

// The hooks' module also sends tone feedback to the background: not under test here, answered with nothing by the fake
// browser (rather than a mocked client, which would give the file a worker of its own: vitest.config.ts).
browser.runtime.onMessage.addListener(((_message: unknown, _sender: unknown, reply: (r: unknown) => void) => (reply({ ok: true, data: null }), true)) as never);

import { useLearntWeights } from '../../../entrypoints/panel/hooks/useSuggestions.ts';
import { lazyModel, type NegWeightsFile } from '../../../lib/rewrite/learnt/model.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FILE: NegWeightsFile = { version: 2, threshold: 0.7, bits: { w: 2, s: 2, c: 2 }, scale: { w: 1, s: 1, c: 1 }, classes: ['refusal'], w: btoa('\0\0\0\0'), s: btoa('\0\0\0\0'), c: btoa('\0\0\0\0') };

/** A weights import that resolves when the test says, counting how often it was asked for. */
function deferredImport() {
  let resolve!: (m: { default: unknown }) => void;
  const promise = new Promise<{ default: unknown }>((r) => (resolve = r));
  const calls = { n: 0 };
  return { calls, resolve: () => resolve({ default: FILE }), importWeights: () => (calls.n++, promise) };
}

describe('learnt weights in the panel', () => {
  it('the engine reads without the weights until they are in, and asks for them once', async () => {
    const d = deferredImport();
    const m = lazyModel(d.importWeights);
    expect(m.get()).toBeUndefined();
    expect(m.get()).toBeUndefined();
    void m.load();
    expect(d.calls.n).toBe(1);
    d.resolve();
    await m.load();
    expect(m.get()?.classes).toEqual(['refusal']);
    expect(d.calls.n).toBe(1);
  });

  it('a draft in the language starts the load once; keystrokes do not load again; ready once loaded', async () => {
    const d = deferredImport();
    const m = lazyModel(d.importWeights);
    const seen: boolean[] = [];
    function Probe({ draft }: { draft: string }) {
      seen.push(useLearntWeights(true, /[\u0600-\u06FF]/.test(draft), m.load));
      return null;
    }
    const el = document.createElement('div');
    document.body.appendChild(el);
    const root = createRoot(el);
    act(() => root.render(<Probe draft="hello" />));
    expect(d.calls.n).toBe(0);
    let draft = 'سلام';
    act(() => root.render(<Probe draft={draft} />));
    expect(d.calls.n).toBe(1);
    for (const letter of ['،', ' ', 'م', 'ت', 'hi']) {
      draft += letter;
      act(() => root.render(<Probe draft={draft} />));
    }
    expect(d.calls.n).toBe(1);
    expect(seen.at(-1)).toBe(false);
    await act(async () => {
      d.resolve();
      await m.load();
    });
    expect(seen.at(-1)).toBe(true);
    act(() => root.render(<Probe draft={`${draft} x`} />));
    act(() => root.render(<Probe draft="no persian now" />));
    act(() => root.render(<Probe draft="دوباره" />));
    expect(d.calls.n).toBe(1);
    act(() => root.unmount());
    el.remove();
  });

  it('off: never loads', () => {
    const d = deferredImport();
    const m = lazyModel(d.importWeights);
    function Probe({ draft }: { draft: string }) {
      useLearntWeights(false, /[\u0600-\u06FF]/.test(draft), m.load);
      return null;
    }
    const el = document.createElement('div');
    document.body.appendChild(el);
    const root = createRoot(el);
    act(() => root.render(<Probe draft="سلام" />));
    expect(d.calls.n).toBe(0);
    act(() => root.unmount());
    el.remove();
  });
});
