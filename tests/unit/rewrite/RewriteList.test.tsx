// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RewriteListProps } from '../../../components/rewrite/RewriteList.tsx';
import { mountRewriteList } from './mount.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import { positivityScore, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { testPack } from './helpers.ts';

const pack = testPack([
  { patterns: ['you must {x}'], replacements: ['please {x}', 'could you {x}'], explanation: 'Ask, <img src=x onerror=alert(1)> do not order.', category: 'commands' },
  { patterns: ['asap'], replacements: [''], severity: 'hint' },
]);

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function mount(draft: string, over: Partial<RewriteListProps> = {}) {
  const suggestions = suggestRewrites(draft, [pack]);
  const props: RewriteListProps = {
    draft,
    suggestions,
    score: positivityScore(draft, suggestions),
    lang: 'en',
    t: translator('en'),
    onApply: vi.fn(),
    onApplyAll: vi.fn(),
    onDismiss: vi.fn(),
    onSilence: vi.fn(),
    onFocusSuggestion: vi.fn(),
    ...over,
  };
  const { el, rerender, unmount } = mountRewriteList(props);
  cleanup = unmount;
  return { el, props, suggestions };
}

const click = (b: Element | null | undefined) => act(() => (b as HTMLElement).click());

describe('RewriteList', () => {
  it('shows each phrase in its sentence, the replacements, why, and wires the buttons', () => {
    const draft = 'Thanks for waiting. Then you must restart the router. We fix it asap.';
    const { el, props, suggestions } = mount(draft);
    const items = el.querySelectorAll('li.rewrite-item');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('mark')?.textContent).toBe('you must restart the router');
    expect(items[0].querySelector('.rewrite-context')?.textContent).toBe('Then you must restart the router.');
    const options = [...items[0].querySelectorAll('button.rewrite-replacement')].map((b) => b.textContent);
    expect(options).toEqual(['please restart the router', 'could you restart the router']);
    // A deleting replacement says what it removes (issue 12: it used to read "Remove it").
    expect(items[1].querySelector('button.rewrite-replacement')?.textContent).toBe('Remove “asap”');
    // Pack text is text, never markup.
    expect(el.querySelector('img')).toBeNull();
    expect(items[0].querySelector('.rewrite-why')?.textContent).toContain('<img src=x');
    expect(items[0].querySelector('.rewrite-category')?.textContent).toBe('Commands');

    click(items[0].querySelectorAll('button.rewrite-replacement')[1]);
    expect(props.onApply).toHaveBeenCalledWith(suggestions[0], 1);
    click(items[1].querySelector('button.rewrite-dismiss'));
    expect(props.onDismiss).toHaveBeenCalledWith(suggestions[1]);
    click(items[0].querySelector('button.rewrite-silence'));
    expect(props.onSilence).toHaveBeenCalledWith(suggestions[0]);
    // Apply all asks first (issue 12): the click opens the preview; only its confirm button writes.
    click(el.querySelector('button.rewrite-apply-all'));
    expect(props.onApplyAll).not.toHaveBeenCalled();
    click(el.querySelector('button.rewrite-confirm-apply'));
    expect(props.onApplyAll).toHaveBeenCalledTimes(1);
    expect(el.querySelector('.rewrite-score')?.textContent).toBe(`Positivity ${props.score}/100`);

    // Every control is a real button, reachable with Tab.
    for (const b of el.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
    act(() => (items[0].querySelector('button.rewrite-replacement') as HTMLElement).focus());
    expect(props.onFocusSuggestion).toHaveBeenCalledWith(suggestions[0]);
  });

  it('offers "apply all" only with two or more suggestions, and has empty states', () => {
    const one = mount('You must wait.');
    expect(one.el.querySelectorAll('li')).toHaveLength(1);
    expect(one.el.querySelector('button.rewrite-apply-all')).toBeNull();
    cleanup?.();
    const none = mount('All good here.');
    expect(none.el.querySelector('.rewrite-empty')?.textContent).toBe('Nothing to change: your reply reads positively.');
    cleanup?.();
    const blank = mount('  ', { lang: 'fa', t: translator('fa') });
    expect(blank.el.querySelector('.rewrite')?.getAttribute('dir')).toBe('rtl');
    expect(blank.el.querySelector('.rewrite-empty')?.textContent).toBe('پاسخ‌تان را بنویسید تا پیشنهادها را ببینید.');
  });

  it('cuts long sentences around the phrase', () => {
    const long = `${'word '.repeat(40)}you must wait ${'more '.repeat(40)}.`;
    const { el } = mount(long);
    const ctx = el.querySelector('.rewrite-context')?.textContent ?? '';
    expect(ctx.startsWith('…')).toBe(true);
    expect(ctx.endsWith('…')).toBe(true);
    expect(ctx.length).toBeLessThan(200);
  });
});

