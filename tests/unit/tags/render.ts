/** Minimal React rendering for component tests (happy-dom, no testing library). */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  rerender(el: ReactElement): void;
  unmount(): void;
}

export function render(el: ReactElement): Rendered {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(el));
  return {
    container,
    root,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Sets a form control's value the way a user would, so React's onChange fires. */
export function type(el: Element | null, value: string): void {
  if (!el) throw new Error('no field');
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    if (el instanceof HTMLInputElement && (el.type === 'color' || el.type === 'date')) el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function blur(el: Element | null): void {
  if (!el) throw new Error('no field');
  act(() => {
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    el.dispatchEvent(new FocusEvent('blur'));
  });
}

export function byText(root: ParentNode, selector: string, text: string | RegExp): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    const s = el.textContent ?? '';
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return el;
  }
  return null;
}

/** Selects a file in an <input type="file"> and waits for the component's async read. */
export async function chooseFile(input: Element | null, name: string, content: string, mime = 'text/plain'): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  const file = new File([content], name, { type: mime });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
  });
}
