// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KbSuggestions, type KbSuggestionsProps } from '../../../components/kb/KbSuggestions.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import type { KbArticle } from '../../../lib/kb/index.ts';
import { click, render, type Rendered } from '../tags/render.ts';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const refund: KbArticle = { id: 'help.example.com/refunds', title: 'How refunds work', url: 'https://www.help.example.com/refunds', body: 'x', language: 'en' };
const fa: KbArticle = { id: 'help.example.ir/لغو', title: 'لغو سفارش', url: 'https://help.example.ir/لغو', body: 'x', language: 'fa' };

function show(over: Partial<KbSuggestionsProps> = {}) {
  const onInsert = vi.fn<KbSuggestionsProps['onInsert']>();
  const onOpen = vi.fn<KbSuggestionsProps['onOpen']>();
  const props: KbSuggestionsProps = {
    suggestions: [
      { article: refund, score: 3.2, matchedTerms: ['refund', 'charged twice'] },
      { article: fa, score: 1.1, matchedTerms: ['سفارش'] },
    ],
    lang: 'en',
    t: translator('en'),
    onInsert,
    onOpen,
    emptyReason: 'no-match',
    ...over,
  };
  r = render(<KbSuggestions {...props} />);
  return { onInsert, onOpen, container: r.container };
}

describe('KbSuggestions', () => {
  it('lists each article with title, host and the matched terms as chips', () => {
    const { container } = show();
    const items = container.querySelectorAll('li.tf-kb-item');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.tf-kb-title')!.textContent).toBe('How refunds work');
    expect(items[0].querySelector('.tf-kb-host')!.textContent).toBe('help.example.com');
    expect([...items[0].querySelectorAll('.tf-kb-term')].map((c) => c.textContent)).toEqual(['refund', 'charged twice']);
    expect(items[0].textContent).toContain('Matches:');
    expect(items[1].querySelector('.tf-kb-title')!.getAttribute('dir')).toBe('auto');
    expect(items[1].querySelector('.tf-kb-title')!.getAttribute('lang')).toBe('fa');
    // Each item is named by its title for screen readers.
    const labelId = items[1].getAttribute('aria-labelledby')!;
    expect(container.querySelector(`#${CSS.escape(labelId)}`)!.textContent).toBe('لغو سفارش');
  });

  it('Insert and Open call back with the article; buttons are real, labelled buttons', () => {
    const { container, onInsert, onOpen } = show();
    const items = container.querySelectorAll('li.tf-kb-item');
    const insert = items[1].querySelector<HTMLButtonElement>('button.tf-kb-insert')!;
    expect(insert.type).toBe('button');
    expect(insert.getAttribute('aria-label')).toBe('Insert a link to “\u2068لغو سفارش\u2069” in your reply');
    click(insert);
    expect(onInsert).toHaveBeenCalledWith(fa);
    click(items[0].querySelector('button.tf-kb-open'));
    expect(onOpen).toHaveBeenCalledWith(refund);
    expect(onInsert).toHaveBeenCalledTimes(1);
    // Keyboard: all actions are focusable in order, two per article.
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((b) => b.className.includes('insert') ? 'insert' : 'open')).toEqual(['insert', 'open', 'insert', 'open']);
    expect(buttons.every((b) => b.tabIndex >= 0)).toBe(true);
  });

  it('shows a different empty state for each reason', () => {
    const texts = (['no-message', 'no-articles', 'no-match'] as const).map((reason) => {
      const { container } = show({ suggestions: [], emptyReason: reason });
      const p = container.querySelector('.tf-kb-empty')!;
      expect(container.querySelector('button')).toBeNull();
      r!.unmount();
      r = null;
      return p.textContent;
    });
    expect(new Set(texts).size).toBe(3);
    expect(texts[1]).toContain('Options > Knowledge base');
  });

  it('renders in Persian right to left', () => {
    const { container } = show({ lang: 'fa', t: translator('fa'), suggestions: [], emptyReason: 'no-articles' });
    expect(container.querySelector('.tf-kb')!.getAttribute('dir')).toBe('rtl');
    expect(container.textContent).toContain('تنظیمات > پایگاه دانش');
    r!.unmount();
    const again = show({ lang: 'fa', t: translator('fa') });
    expect(again.container.querySelector('button.tf-kb-insert')!.textContent).toBe('درج پیوند');
  });

  it('never renders article text as HTML', () => {
    const evil: KbArticle = { id: 'e', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', body: '' };
    const { container } = show({ suggestions: [{ article: evil, score: 1, matchedTerms: ['<b>x</b>'] }] });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.tf-kb-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.tf-kb-host')).toBeNull();
  });
});
