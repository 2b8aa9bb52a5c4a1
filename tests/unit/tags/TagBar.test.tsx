// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { TagBar, type TagBarProps } from '../../../components/tags/TagBar.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import { defaultTaxonomy, mergeTags, retireTag } from '../../../lib/tags/index.ts';
import { byText, click, render, type, type Rendered } from './render.ts';

const tax = defaultTaxonomy();
let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function bar(over: Partial<TagBarProps> = {}) {
  const onToggle = vi.fn<TagBarProps['onToggle']>();
  const props: TagBarProps = { taxonomy: tax, active: new Set<string>(), lang: 'en', t: translator('en'), onToggle, ...over };
  r = render(<TagBar {...props} />);
  return { onToggle, container: r.container };
}

describe('TagBar', () => {
  it('shows one button per offered tag with its colour, number hint and pressed state', () => {
    const { container, onToggle } = bar({ active: new Set(['delivery-delay']) });
    const buttons = container.querySelectorAll<HTMLButtonElement>('button.tags-bar-button');
    expect(buttons).toHaveLength(9);
    expect(buttons[0].textContent).toContain('Billing or invoice error');
    expect(buttons[0].querySelector('.tags-bar-key')!.textContent).toBe('1');
    expect(buttons[0].getAttribute('aria-keyshortcuts')).toBe('Alt+1');
    expect(buttons[0].style.getPropertyValue('--tags-color')).toBe('#d9480f');
    expect(buttons[3].getAttribute('aria-pressed')).toBe('true');
    expect(buttons[0].getAttribute('aria-pressed')).toBe('false');
    click(buttons[4]);
    expect(onToggle).toHaveBeenCalledWith('defect');
  });

  it('hides retired and merged tags', () => {
    const { container } = bar({ taxonomy: retireTag(mergeTags(tax, 'ux', 'product-info'), 'policy') });
    const ids = [...container.querySelectorAll('button.tags-bar-button')].map((b) => b.getAttribute('data-tag-id'));
    expect(ids).toEqual(['billing', 'product-info', 'order-data', 'delivery-delay', 'defect', 'account', 'other']);
  });

  it('highlights the suggestion with its evidence and never applies it', () => {
    const { container, onToggle } = bar({ suggested: { tagId: 'billing', evidence: ['charged twice', 'invoice'] } });
    const b = container.querySelector('[data-tag-id="billing"]')!;
    expect(b.className).toContain('tags-bar-suggested');
    expect(b.getAttribute('aria-pressed')).toBe('false');
    expect(b.textContent).toContain('Suggested');
    const tip = container.querySelector(`#${CSS.escape(b.getAttribute('aria-describedby')!)}`)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toBe('Suggested because the message mentions: charged twice, invoice');
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('Alt+digit toggles the nth tag, by physical key (a Persian layout works), and can be switched off', () => {
    const { onToggle } = bar();
    const press = (init: KeyboardEventInit) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));
    press({ key: '3', code: 'Digit3', altKey: true });
    expect(onToggle).toHaveBeenLastCalledWith('order-data');
    press({ key: '۲', code: 'Digit2', altKey: true });
    expect(onToggle).toHaveBeenLastCalledWith('product-info');
    press({ key: '3', code: 'Digit3' });
    press({ key: '3', code: 'Digit3', altKey: true, ctrlKey: true });
    expect(onToggle).toHaveBeenCalledTimes(2);
    r!.unmount();
    r = null;
    const off = bar({ shortcutsEnabled: false });
    press({ key: '1', code: 'Digit1', altKey: true });
    expect(off.onToggle).not.toHaveBeenCalled();
    expect(off.container.querySelector('.tags-bar-key')).toBeNull();
  });

  it('shows the undo toast and calls onUndo', () => {
    const onUndo = vi.fn();
    const { container } = bar({ undo: { label: 'Tagged “Billing”', onUndo } });
    const toast = container.querySelector('[role="status"]')!;
    expect(toast.textContent).toContain('Tagged “Billing”');
    click(byText(toast, 'button', 'Undo'));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('adds a note to an active tag, keeping Persian text and line breaks', () => {
    const onNote = vi.fn();
    const { container } = bar({ active: new Set(['billing']), onNote });
    expect(container.querySelectorAll('.tags-bar-note-button')).toHaveLength(1);
    click(container.querySelector('.tags-bar-note-button'));
    const area = container.querySelector('textarea')!;
    expect(area.getAttribute('dir')).toBe('auto');
    type(area, 'مشتری گفت «دو بار»\nپول کم شده');
    click(byText(container, 'button', 'Save note'));
    expect(onNote).toHaveBeenCalledWith('billing', 'مشتری گفت «دو بار»\nپول کم شده');
    expect(container.querySelector('textarea')).toBeNull();
  });

  it('renders in Persian with Persian digits', () => {
    const { container } = bar({ lang: 'fa', t: translator('fa') });
    expect(container.textContent).toContain('مشتری چرا پیام داده است؟');
    expect(container.querySelector('.tags-bar-key')!.textContent).toBe('۱');
    expect(container.querySelector('[data-tag-id="billing"]')!.textContent).toContain('خطای صورت‌حساب یا فاکتور');
  });
  it('shows the saved note and opens it for editing (issue 14: notes in the panel)', () => {
    const onNote = vi.fn();
    const { container } = bar({ active: new Set(['billing']), notes: { billing: 'charged twice' }, onNote });
    expect(container.querySelector('[data-note-for="billing"]')!.textContent).toContain('Note: charged twice');
    const edit = container.querySelector('.tags-bar-note-button')!;
    expect(edit.getAttribute('aria-label')).toBe('Edit the note on “Billing or invoice error”');
    click(edit);
    const area = container.querySelector('textarea')!;
    expect(area.value).toBe('charged twice');
    type(area, '');
    click(byText(container, 'button', 'Save note'));
    expect(onNote).toHaveBeenCalledWith('billing', '');
  });

  it('a toast without an undo has no Undo button', () => {
    const { container } = bar({ undo: { label: 'Note saved on “Billing”' } });
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Note saved on “Billing”');
    expect(container.querySelector('.tags-bar-toast button')).toBeNull();
  });
});
