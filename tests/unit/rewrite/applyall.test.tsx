// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RewriteListProps } from '../../../components/rewrite/RewriteList.tsx';
import { mountRewriteList } from './mount.tsx';
import { optionLabel } from '../../../components/rewrite/labels.ts';
import { translator } from '../../../lib/i18n/index.ts';
import { planApplyAll, TEMPLATE_BLANK, type ApplyAllPlan } from '../../../lib/rewrite/applyall.ts';
import { positivityScore, suggestRewrites, type Suggestion } from '../../../lib/rewrite/index.ts';
import { quoteRanges } from '../../../lib/text/quotes.ts';
import { BLANK } from '../../../lib/packs/pattern.ts';
import { testPack } from './helpers.ts';

const pack = testPack([
  { patterns: ['unfortunately,'], replacements: [''] },
  { patterns: ['obviously'], replacements: [''] },
  { patterns: ['you must {x}'], replacements: ['please {x}'], category: 'commands' },
  { patterns: ["we can't do that"], replacements: ['what we can do is ___'] },
]);
const en = translator('en');
const fa = translator('fa');

/** The draft with only the agent's own suggestions, as the panel computes it. */
function analyse(draft: string) {
  const quotes = quoteRanges(draft);
  const suggestions = suggestRewrites(draft, [pack], { exclude: quotes });
  return { quotes, suggestions };
}

const asTemplate = (s: Suggestion): Suggestion => ({ ...s, kind: 'template' }) as Suggestion;
const asAdvice = (s: Suggestion): Suggestion => ({ ...s, kind: 'advice', replacements: [] }) as Suggestion;

describe('planApplyAll', () => {
  it('capitalises the word a deletion leaves at a sentence start, also when it is the next replacement', () => {
    const draft = 'Hi Sam,\nUnfortunately, you must restart it. Obviously it works then.';
    const { suggestions } = analyse(draft);
    const plan = planApplyAll(draft, suggestions);
    expect(plan.result).toBe('Hi Sam,\nPlease restart it. It works then.');
    // The preview pieces read as the result, and each change keeps the words it replaces.
    expect(plan.pieces.map((p) => p.text).join('')).toBe(plan.result);
    expect(plan.pieces.filter((p) => p.kind === 'change').map((p) => p.removed)).toEqual(['Unfortunately, ', 'you must', 'Obviously ']);
    // The edits, applied right to left, give the same text.
    let out = draft;
    for (const e of [...plan.edits].sort((a, b) => b.start - a.start)) {
      expect(out.slice(e.start, e.end)).toBe(e.expected);
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
    }
    expect(out).toBe(plan.result);
  });

  it('capitalises draft text after a deletion that could not take the letter itself', () => {
    const draft = 'Unfortunately, we are out of stock.';
    const [s] = suggestRewrites(draft, [pack]);
    // As an older engine (or another pack) gives it: only the phrase, no capital taken along.
    const bare: Suggestion = { ...s, start: 0, end: 15, original: 'Unfortunately, ', replacements: [''] };
    expect(planApplyAll(draft, [bare]).result).toBe('We are out of stock.');
  });

  it('never touches quoted text, and leaves templates and advice to the agent', () => {
    const draft = 'Ok. Obviously the box is late. You must wait.\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately, you must pay.';
    const { quotes, suggestions } = analyse(draft);
    expect(suggestions.map((s) => s.original.trim())).toEqual(['Obviously t', 'You must wait']);
    // Even when handed a suggestion inside the quote, the plan refuses it.
    const all = suggestRewrites(draft, [pack]);
    const plan = planApplyAll(draft, all, quotes);
    expect(plan.result).toBe('Ok. The box is late. Please wait.\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately, you must pay.');
    expect(plan.skipped).toBe(all.length - 2);
    expect(plan.pieces.filter((p) => p.kind === 'quote').map((p) => p.text).join('')).toBe(draft.slice(quotes[0][0]));
    const withKinds = planApplyAll(draft, [asTemplate(suggestions[0]), asAdvice(suggestions[1])], quotes);
    expect(withKinds.edits).toEqual([]);
    expect(withKinds.skipped).toBe(2);
  });

  it('marks whole words: a shared first letter is not a kept word', () => {
    const p = testPack([{ patterns: ["I can't {x} until {t}"], replacements: ["I'll be able to {x} as soon as {t}"] }]);
    const draft = "I can't ship it until Monday.";
    const plan = planApplyAll(draft, suggestRewrites(draft, [p]));
    expect(plan.pieces).toEqual([
      { kind: 'change', text: "I'll be able to ship it as soon as", removed: "I can't ship it until" },
      { kind: 'same', text: ' Monday' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('never applies a blank, even from a rule not marked as a template; the writer\'s blank is the packs\' blank', () => {
    const draft = "You must wait. Sorry, we can't do that.";
    const plan = planApplyAll(draft, suggestRewrites(draft, [pack]));
    expect(plan.result).toBe("Please wait. Sorry, we can't do that.");
    expect(TEMPLATE_BLANK).toBe(BLANK);
  });

  it('skips stale suggestions whose text moved', () => {
    const draft = 'You must wait.';
    const [s] = suggestRewrites(draft, [pack]);
    expect(planApplyAll('Hello. You must wait.', [s]).edits).toEqual([]);
  });
});

describe('button labels say what they do', () => {
  it('deletion: Remove “Obviously” (not the capital it also rewrites); replacement: its text; template: Insert template', () => {
    const draft = 'Obviously the box is late. You must wait. Sorry, we can\'t do that.';
    const s = suggestRewrites(draft, [pack]);
    expect(s[0].replacements).toEqual(['T']);
    expect(optionLabel(draft, s[0], 0, en)).toMatchObject({ kind: 'remove', text: 'Remove “Obviously”' });
    expect(optionLabel(draft, s[1], 0, en)).toMatchObject({ kind: 'replace', text: 'Please wait' });
    expect(optionLabel(draft, s[2], 0, en)).toMatchObject({ kind: 'template', text: 'Insert template: “what we can do is ___”' });
    // English inside Persian is isolated (issue 14).
    expect(optionLabel(draft, s[0], 0, fa).text).toBe('حذف «\u2068Obviously\u2069»');
    expect(optionLabel(draft, s[2], 0, fa).text).toBe('درج قالب: «\u2068what we can do is ___\u2069»');
  });
});

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function mount(draft: string, over: Partial<RewriteListProps> = {}) {
  const { quotes, suggestions } = analyse(draft);
  const props: RewriteListProps = {
    draft,
    suggestions,
    quotes,
    score: positivityScore(draft, suggestions, { exclude: quotes }),
    lang: 'en',
    t: en,
    onApply: vi.fn(),
    onApplyAll: vi.fn(),
    onDismiss: vi.fn(),
    onSilence: vi.fn(),
    ...over,
  };
  const { el, rerender, unmount } = mountRewriteList(props);
  cleanup = unmount;
  return { el, props, suggestions, rerender };
}

const click = (b: Element | null | undefined) => act(() => (b as HTMLElement).click());

describe('Apply all asks first', () => {
  const draft = 'Hi Sam,\nUnfortunately, you must restart it. Obviously it works then.\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately, you must pay.';

  it('shows the whole reply after the change, marked, and writes only the previewed edits on confirm', () => {
    const { el, props } = mount(draft);
    // Only the agent's own three phrases are listed.
    expect(el.querySelectorAll('li.rewrite-item')).toHaveLength(3);
    expect(el.querySelector('.rewrite-quoted-note')).not.toBeNull();
    const applyAll = el.querySelector('button.rewrite-apply-all')!;
    expect(applyAll.textContent).toBe('Apply all 3');
    click(applyAll);
    expect(props.onApplyAll).not.toHaveBeenCalled();
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('h3')?.textContent).toBe('Your reply after 3 changes');
    const preview = dialog.querySelector('[data-testid="tf-apply-preview"]')!;
    const shown = [...preview.childNodes].map((n) => ((n as Element).querySelector?.('del') ? (n as Element).querySelector('ins')?.textContent ?? '' : n.textContent)).join('');
    expect(shown).toBe('Hi Sam,\nPlease restart it. It works then.\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately, you must pay.');
    expect([...preview.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['Unfortunately, ', 'you must', 'Obviously ']);
    expect(preview.querySelector('.rewrite-preview-quote')?.textContent).toContain('> Unfortunately, you must pay.');
    // The decision has focus.
    expect(document.activeElement?.className).toBe('rewrite-confirm-apply');
    click(dialog.querySelector('button.rewrite-confirm-apply'));
    expect(props.onApplyAll).toHaveBeenCalledTimes(1);
    const plan = (props.onApplyAll as ReturnType<typeof vi.fn>).mock.calls[0][0] as ApplyAllPlan;
    expect(plan.result).toBe('Hi Sam,\nPlease restart it. It works then.\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately, you must pay.');
    expect(plan.edits.every((e) => e.end <= draft.indexOf('On Mon'))).toBe(true);
    expect(el.querySelector('[role="dialog"]')).toBeNull();
  });

  it('Cancel and Escape close the preview without writing', () => {
    const { el, props } = mount(draft);
    click(el.querySelector('button.rewrite-apply-all'));
    click(el.querySelector('button.rewrite-confirm-cancel'));
    expect(el.querySelector('[role="dialog"]')).toBeNull();
    click(el.querySelector('button.rewrite-apply-all'));
    act(() => {
      el.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(el.querySelector('[role="dialog"]')).toBeNull();
    expect(props.onApplyAll).not.toHaveBeenCalled();
  });

  it('follows the draft while open: the agent confirms what will really be written', () => {
    const { el, props, rerender } = mount(draft);
    click(el.querySelector('button.rewrite-apply-all'));
    const next = 'You must wait. Obviously it is late.';
    const a = analyse(next);
    rerender({ draft: next, suggestions: a.suggestions, quotes: a.quotes });
    expect(el.querySelector('.rewrite-confirm-title')?.textContent).toBe('Your reply after 2 changes');
    expect([...el.querySelectorAll('.rewrite-preview ins')].map((n) => n.textContent)).toEqual(['Please']);
    click(el.querySelector('button.rewrite-confirm-apply'));
    const plan = (props.onApplyAll as ReturnType<typeof vi.fn>).mock.calls[0][0] as ApplyAllPlan;
    expect(plan.result).toBe('Please wait. It is late.');
  });

  it('in Persian the dialog and buttons speak Persian', () => {
    const { el } = mount(draft, { lang: 'fa', t: fa });
    click(el.querySelector('button.rewrite-apply-all'));
    expect(el.querySelector('.rewrite-confirm-apply')?.textContent).toBe('این ۳ تغییر نوشته شود');
    expect(el.querySelector('.rewrite-confirm-cancel')?.textContent).toBe('انصراف');
  });

  it('advice shows no button; a template says Insert template and how its blank works', () => {
    const d = 'You must wait. Sorry, we can\'t do that.';
    const a = analyse(d);
    const { el } = mount(d, { suggestions: [asAdvice(a.suggestions[0]), asTemplate(a.suggestions[1])] });
    const items = el.querySelectorAll('li.rewrite-item');
    expect(items[0].querySelector('button.rewrite-replacement')).toBeNull();
    expect(items[0].querySelector('.rewrite-advice')?.textContent).toContain('Advice');
    expect(items[1].querySelector('button.rewrite-replacement')?.textContent).toBe('Insert template: “what we can do is ___”');
    expect(items[1].querySelector('.rewrite-template-help')).not.toBeNull();
    // Nothing left for Apply all to do on its own.
    expect(el.querySelector('button.rewrite-apply-all')).toBeNull();
  });
});
