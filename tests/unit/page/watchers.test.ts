import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../../entrypoints/tactful-page/session.ts';
import { createWatchers, trackSelection } from '../../../entrypoints/tactful-page/watchers.ts';
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
});
