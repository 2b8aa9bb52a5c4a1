import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../../entrypoints/tactful-page/session.ts';
import { afterPaint, createWatchers, DRAFT_WAIT_MS, trackSelection } from '../../../entrypoints/tactful-page/watchers.ts';
import { fakeLifetime } from './fakes.ts';

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

function setup() {
  document.body.innerHTML = `
    <section class="thread"><article class="message from-customer"><p>My order is late.</p></article></section>
    <div id="reply" contenteditable="true">Hello</div>
    <textarea id="other"></textarea>
    <div id="own"></div>`;
  const session = new Session(document, () => 'https://support.example.com/t/1');
  session.readContext();
  const life = fakeLifetime();
  const log: string[] = [];
  const watchers = createWatchers(life, session, {
    onDraft: () => log.push('draft'),
    onContext: (d) => log.push(`context:${d}`),
    onResize: () => log.push('resize'),
    isOwn: (n) => document.getElementById('own')!.contains(n),
  });
  return { session, life, log, watchers };
}

let env: ReturnType<typeof setup>;
beforeEach(() => (env = setup()));
afterEach(() => env.life.invalidate());

describe('page watchers', () => {
  it('report typing in the current editor as a draft change, once per frame, never as a context change', async () => {
    env.watchers.start();
    env.log.length = 0;
    const reply = document.getElementById('reply')!;
    expect(env.session.currentEditor).toBe(reply);
    reply.textContent = 'Hello there';
    reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
    reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await tick();
    expect(env.log).toEqual(['draft']);
  });

  it('report page changes outside the editor and our frame as context changes, debounced', async () => {
    env.watchers.start();
    env.log.length = 0;
    document.getElementById('own')!.appendChild(document.createElement('span'));
    await tick();
    expect(env.log).toEqual([]);
    document.querySelector('.thread')!.appendChild(document.createElement('article'));
    await tick();
    expect(env.log).toEqual(['context:120']);
  });

  it('treat typing in another editor as a context change (the editor may change)', async () => {
    env.watchers.start();
    env.log.length = 0;
    const other = document.getElementById('other')!;
    other.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await tick();
    expect(env.log).toEqual(['context:0']);
    expect(env.session.focusedEditor).toBe(other);
  });

  it('do nothing while stopped, and stop for good when the extension reloads', async () => {
    const reply = document.getElementById('reply')!;
    reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
    document.body.appendChild(document.createElement('p'));
    window.dispatchEvent(new Event('resize'));
    await tick();
    expect(env.log).toEqual([]);
    env.watchers.start();
    env.life.invalidate();
    expect(env.watchers.active).toBe(false);
    reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await tick();
    expect(env.log).toEqual([]);
  });

  it('take text selected outside the editor as the customer message', () => {
    const p = document.querySelector('.thread p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(trackSelection(env.session)).toBe(true);
    expect(env.session.stickySelection).toBe('My order is late.');
  });

  it('report the draft after the host page has drawn the keystroke: from an idle callback that waits one frame at most, never from inside the frame', async () => {
    const w = window as unknown as { requestIdleCallback?: (cb: () => void, o?: { timeout?: number }) => number; requestAnimationFrame(cb: () => void): number };
    const idle: { cb: () => void; timeout?: number }[] = [];
    const raf: (() => void)[] = [];
    const savedIdle = w.requestIdleCallback;
    const savedRaf = w.requestAnimationFrame;
    w.requestIdleCallback = (cb, o) => idle.push({ cb, timeout: o?.timeout });
    w.requestAnimationFrame = (cb) => raf.push(cb);
    try {
      env.watchers.start();
      env.log.length = 0;
      const reply = document.getElementById('reply')!;
      reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
      reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
      expect(raf).toHaveLength(0);
      expect(idle.map((i) => i.timeout)).toEqual([DRAFT_WAIT_MS]);
      expect(env.log).toEqual([]);
      idle[0].cb();
      expect(env.log).toEqual(['draft']);
      // The next keystroke asks again.
      reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
      expect(idle).toHaveLength(2);
    } finally {
      w.requestIdleCallback = savedIdle;
      w.requestAnimationFrame = savedRaf;
    }
  });

  it('without requestIdleCallback, report the draft from a task after the current one', async () => {
    const seen: string[] = [];
    const win = { setTimeout: (f: () => void, ms: number) => (seen.push(`timeout:${ms}`), f(), 0) } as unknown as Window;
    afterPaint(win, () => seen.push('ran'));
    expect(seen).toEqual(['timeout:0', 'ran']);
  });
});
