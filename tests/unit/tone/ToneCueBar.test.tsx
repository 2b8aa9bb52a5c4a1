// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { placeAbove, ToneCueBar, type ToneCueBarProps } from '../../../components/tone/ToneCueBar.tsx';
import { translator, type UiLang } from '../../../lib/i18n/index.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { click, render, type Rendered } from '../tags/render.ts';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function bar(over: Partial<ToneCueBarProps> = {}, lang: UiLang = 'en') {
  const onDismiss = vi.fn<(id: string) => void>();
  const props: ToneCueBarProps = { report: null, lang, t: translator(lang), dismissed: new Set(), onDismiss, ...over };
  r = render(<ToneCueBar {...props} />);
  return { onDismiss, container: r.container };
}

const ANGRY = 'This is the THIRD TIME I ask!!! Your support is useless. Where is my refund? Why does nobody answer?';

describe('ToneCueBar', () => {
  it('shows the empty state without a customer message, and a different one without cues', () => {
    const { container } = bar();
    expect(container.textContent).toBe('Tone cues appear when there is a customer message.');
    expect(container.querySelector('button')).toBeNull();
    r!.rerender(<ToneCueBar report={readCustomerTone('   ')} lang="en" t={translator('en')} dismissed={new Set()} onDismiss={() => {}} />);
    expect(container.textContent).toBe('No tone cues for this message.');
  });

  it('renders one focusable chip per cue, most severe first, with strings from the catalogue', () => {
    const report = readCustomerTone(ANGRY);
    const { container } = bar({ report });
    const items = [...container.querySelectorAll<HTMLLIElement>('li.tf-tone-item')];
    const ids = items.map((li) => li.dataset.cueId);
    // The English language cue is hidden in an English UI.
    expect(ids).toEqual(report.cues.filter((c) => c.kind !== 'language').map((c) => c.id));
    expect(ids.slice(0, 2)).toEqual(['frustrated', 'repeat']);
    expect(items[0].className).toContain('tf-tone-strong');
    const chip = items[0].querySelector<HTMLButtonElement>('button.tf-tone-chip')!;
    expect(chip.tagName).toBe('BUTTON');
    expect(chip.textContent).toContain('Very upset');
    expect(container.querySelector('ul.tf-tone-chips')!.getAttribute('aria-label')).toBe('Tone cues');
  });

  it('shows the evidence in a popover on focus and hover, hides it on blur and Escape', () => {
    const report = readCustomerTone(ANGRY);
    const { container } = bar({ report });
    const item = container.querySelector<HTMLLIElement>('[data-cue-id="repeat"]')!;
    const chip = item.querySelector<HTMLButtonElement>('.tf-tone-chip')!;
    const pop = container.querySelector<HTMLElement>(`#${CSS.escape(chip.getAttribute('aria-describedby')!)}`)!;
    expect(pop.getAttribute('role')).toBe('tooltip');
    expect(pop.hidden).toBe(true);
    act(() => chip.focus());
    expect(pop.hidden).toBe(false);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(pop.textContent).toContain('Because the message says:');
    expect([...pop.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['“THIRD TIME”', '“nobody answer”']);
    act(() => void chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(pop.hidden).toBe(true);
    act(() => chip.blur());
    const other = container.querySelector<HTMLLIElement>('[data-cue-id="frustrated"]')!;
    act(() => void other.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body })));
    const otherPop = other.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(otherPop.hidden).toBe(false);
    expect(otherPop.textContent).toContain('useless');
    act(() => void other.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body })));
    expect(otherPop.hidden).toBe(true);
  });

  it('dismiss buttons are labelled and report the cue id; dismissed cues are not shown', () => {
    const report = readCustomerTone(ANGRY);
    const { container, onDismiss } = bar({ report });
    const dismiss = container.querySelector<HTMLButtonElement>('[data-cue-id="repeat"] .tf-tone-dismiss')!;
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss “Has written before: don’t make them repeat themselves”');
    click(dismiss);
    expect(onDismiss).toHaveBeenCalledWith('repeat');
    r!.rerender(<ToneCueBar report={report} lang="en" t={translator('en')} dismissed={new Set(['repeat'])} onDismiss={onDismiss} />);
    expect(container.querySelector('[data-cue-id="repeat"]')).toBeNull();
    expect(container.querySelector('[data-cue-id="frustrated"]')).not.toBeNull();
    const all = new Set(report.cues.map((c) => c.id));
    r!.rerender(<ToneCueBar report={report} lang="en" t={translator('en')} dismissed={all} onDismiss={onDismiss} />);
    expect(container.textContent).toBe('No tone cues for this message.');
  });

  it('works in Persian: Persian labels, the language cue for an English message, Persian quotes', () => {
    const report = readCustomerTone(ANGRY);
    const { container } = bar({ report }, 'fa');
    const lang = container.querySelector('[data-cue-id="language"]');
    expect(lang!.textContent).toContain('به انگلیسی نوشته');
    const chip = container.querySelector<HTMLButtonElement>('[data-cue-id="repeat"] .tf-tone-chip')!;
    act(() => chip.focus());
    const pop = container.querySelector<HTMLElement>('[data-cue-id="repeat"] [role="tooltip"]')!;
    expect(pop.textContent).toContain('چون در پیام آمده:');
    expect(pop.querySelector('q')!.textContent).toBe('«THIRD TIME»');
    expect(container.querySelector('[data-cue-id="repeat"] .tf-tone-dismiss')!.getAttribute('aria-label')).toMatch(/^بستن «.+»$/);
    r!.unmount();
    r = null;
    const fa = bar({ report: readCustomerTone('سلام، میخوام سفارشمو لغو کنم') }, 'fa');
    expect(fa.container.querySelector('[data-cue-id="language"]')).toBeNull();
    expect(fa.container.querySelector('[data-cue-id="casual"]')!.textContent).toContain('فارسی محاوره‌ای');
  });

  it('cues without evidence say so in the popover', () => {
    const { container } = bar({ report: readCustomerTone('Refund please.') });
    const chip = container.querySelector<HTMLButtonElement>('[data-cue-id="short"] .tf-tone-chip')!;
    act(() => chip.focus());
    expect(container.querySelector('[data-cue-id="short"] [role="tooltip"]')!.textContent).toBe('Based on the message as a whole.');
  });

  it('a popover opened by hover closes on Escape pressed anywhere, and on leaving the chip', () => {
    const { container } = bar({ report: readCustomerTone(ANGRY) });
    const item = container.querySelector<HTMLLIElement>('[data-cue-id="frustrated"]')!;
    const pop = item.querySelector<HTMLElement>('[role="tooltip"]')!;
    act(() => void item.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body })));
    expect(pop.hidden).toBe(false);
    act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(pop.hidden).toBe(true);
    act(() => void item.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body })));
    expect(pop.hidden).toBe(false);
    act(() => void item.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body })));
    expect(pop.hidden).toBe(true);
  });

  it('says why each word counts, and offers "Wrong cue" once per cue', () => {
    const onWrong = vi.fn();
    const report = readCustomerTone(ANGRY);
    const { container } = bar({ report, onWrong });
    const chip = container.querySelector<HTMLButtonElement>('[data-cue-id="frustrated"] .tf-tone-chip')!;
    act(() => chip.focus());
    const pop = container.querySelector<HTMLElement>('[data-cue-id="frustrated"] [role="tooltip"]')!;
    expect(pop.textContent).toContain('“useless” · judges the service');
    const wrong = pop.querySelector<HTMLButtonElement>('.tf-tone-wrong')!;
    // Focus moving into the popover keeps it open.
    act(() => wrong.focus());
    expect(pop.hidden).toBe(false);
    click(wrong);
    expect(onWrong).toHaveBeenCalledWith(report.cues.find((c) => c.id === 'frustrated'));
    r!.rerender(<ToneCueBar report={report} lang="en" t={translator('en')} dismissed={new Set()} onDismiss={() => {}} onWrong={onWrong} reportedWrong={new Set(['frustrated'])} />);
    const done = container.querySelector<HTMLButtonElement>('[data-cue-id="frustrated"] .tf-tone-wrong')!;
    expect(done.disabled).toBe(true);
    expect(done.textContent).toBe('Noted as wrong');
  });

  it('places the popover above the chips only when there is no room below and more room above', () => {
    const rect = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;
    expect(placeAbove(rect(10, 40), 120, 800)).toBe(false);
    expect(placeAbove(rect(700, 740), 120, 800)).toBe(true);
    expect(placeAbove(rect(30, 740), 120, 800)).toBe(false);
  });
});
