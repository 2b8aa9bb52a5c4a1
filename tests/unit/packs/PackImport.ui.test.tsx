// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { browser } from 'wxt/browser';
import { PackImport, packUrl } from '../../../components/packs/PackImport.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import { MAX_PACK_BYTES } from '../../../lib/packs/index.ts';
import { chooseFile, render, type, type Rendered } from '../tags/render.ts';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
  vi.restoreAllMocks();
});

function mount() {
  const onText = vi.fn();
  // The options page's own way of asking (PacksSection), so the permission spies below still see it.
  const askForSite = (origin: string) => browser.permissions.request({ origins: [`${origin}/*`] });
  r = render(<PackImport lang="en" t={translator('en')} onText={onText} askForSite={askForSite} />);
  return { onText, c: r.container };
}

async function drop(target: Element, data: { files?: File[]; text?: string }) {
  const ev = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'dataTransfer', { value: { files: data.files ?? [], getData: (k: string) => (k === 'text/plain' ? (data.text ?? '') : '') } });
  await act(async () => {
    target.dispatchEvent(ev);
    await new Promise((res) => setTimeout(res, 20));
  });
}

describe('PackImport', () => {
  it('reads a chosen file', async () => {
    const { onText, c } = mount();
    await chooseFile(c.querySelector('[data-testid="pack-file"]'), 'p.json', '{"id":"x"}', 'application/json');
    expect(onText).toHaveBeenCalledWith('{"id":"x"}', 'p.json');
  });

  it('reads a dropped file, and refuses two files at once', async () => {
    const { onText, c } = mount();
    const zone = c.querySelector('[data-testid="pack-drop"]')!;
    await drop(zone, { files: [new File(['{"a":1}'], 'drop.json')] });
    expect(onText).toHaveBeenCalledWith('{"a":1}', 'drop.json');
    await drop(zone, { files: [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')] });
    expect(onText).toHaveBeenCalledTimes(1);
    expect(c.querySelector('[role="alert"]')!.textContent).toBe('Drop one .json file.');
  });

  it('accepts dropped JSON text', async () => {
    const { onText, c } = mount();
    await drop(c.querySelector('[data-testid="pack-drop"]')!, { text: '{"id":"y"}' });
    expect(onText).toHaveBeenCalledWith('{"id":"y"}', 'pasted text');
  });

  it('refuses a file larger than the pack limit without reading it', async () => {
    const { onText, c } = mount();
    const input = c.querySelector<HTMLInputElement>('[data-testid="pack-file"]')!;
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: MAX_PACK_BYTES + 1 });
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onText).not.toHaveBeenCalled();
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('larger than 2 MB');
  });

  it('rejects an address that is not http(s) before asking for any permission', async () => {
    const { c } = mount();
    type(c.querySelector('[data-testid="pack-url"]'), 'file:///etc/passwd');
    await act(async () => c.querySelector<HTMLFormElement>('.tf-packs-url')!.requestSubmit());
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('https://');
    expect(packUrl('ftp://x.example/p.json')).toBeNull();
    expect(packUrl('https://x.example/p.json')!.origin).toBe('https://x.example');
  });

  it('reports an HTTP error status', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('nope', { status: 404 }));
    const { onText, c } = mount();
    type(c.querySelector('[data-testid="pack-url"]'), 'https://x.example/p.json');
    await act(async () => {
      c.querySelector<HTMLFormElement>('.tf-packs-url')!.requestSubmit();
      await new Promise((res) => setTimeout(res, 10));
    });
    expect(onText).not.toHaveBeenCalled();
    expect(c.querySelector('[role="alert"]')!.textContent).toBe('Could not download the pack: the server answered 404');
  });
});
