// @vitest-environment happy-dom
/** The panel's notice: an error's own message (English, from the background or the page) is shown inside a localised sentence (isolated in a Persian one, so an English reason keeps its direction). */
import { afterEach, describe, expect, it } from 'vitest';
import { act, type ReactElement } from 'react';
import { Notice } from '../../../components/panel/Notice.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import { render, type Rendered } from '../tags/render.ts';

let view: Rendered | null = null;
afterEach(() => view?.unmount());

const shown = (el: ReactElement) => {
  act(() => void (view = render(el)));
  return view!.container.querySelector('.tf-notice span')!.textContent;
};

describe('Notice', () => {
  it('wraps a reason in the interface language and shows a localised text as it is', () => {
    expect(shown(<Notice kind="error" reason="The page did not answer." onClose={() => {}} t={translator('fa')} />)).toBe('این کار انجام نشد: \u2068The page did not answer.\u2069');
    view!.unmount();
    expect(shown(<Notice kind="error" reason="Quota exceeded" onClose={() => {}} t={translator('en')} />)).toBe('That did not work: Quota exceeded');
    view!.unmount();
    expect(shown(<Notice kind="info" text="Rule silenced." onClose={() => {}} t={translator('en')} />)).toBe('Rule silenced.');
    expect(view!.container.querySelector('[role="status"]')).not.toBeNull();
  });
});
