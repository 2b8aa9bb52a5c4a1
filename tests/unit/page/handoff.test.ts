import { afterEach, describe, expect, it } from 'vitest';
import { acceptOpen, claimPage, openSettingsFrom, openWhenStarted, startPageScript, type OpenSettings } from '../../../entrypoints/tactful-page/handoff.ts';

const g = globalThis as unknown as { tactfulOpen?: unknown; tactfulOpenOnStart?: unknown; tactfulOpenSettings?: unknown; tactfulPageAlive?: unknown; tactfulImported?: number };
afterEach(() => {
  delete g.tactfulOpen;
  delete g.tactfulOpenOnStart;
  delete g.tactfulOpenSettings;
  delete g.tactfulPageAlive;
  delete g.tactfulImported;
});

/** A module standing for the page script: counts its runs. A new address each call, since a module address is imported once per process. */
let scripts = 0;
const pageScript = () => `data:text/javascript,${encodeURIComponent(`globalThis.tactfulImported = (globalThis.tactfulImported ?? 0) + 1; // ${scripts++}`)}`;
const settings: OpenSettings = { layout: { side: 'left', width: 400, collapsed: false }, placement: 'push', taught: { customer: '.msg', editor: null } };

describe('loader to page script handoff', () => {
  it('loads the page script, which opens once when it starts (the loader answered "open" first)', async () => {
    const log: string[] = [];
    await openWhenStarted(async () => log.push('load'));
    expect(log).toEqual(['load']);
    acceptOpen(() => log.push('open'));
    expect(log).toEqual(['load', 'open']);
    // A second start (another page script) does not open again on the same answer.
    acceptOpen(() => log.push('open again'));
    expect(log).toEqual(['load', 'open']);
  });

  it('opens a page script that has already started (the toolbar loaded it first), without loading again', async () => {
    const log: string[] = [];
    acceptOpen(() => log.push('open'));
    expect(log).toEqual([]);
    await openWhenStarted(async () => log.push('load'));
    expect(log).toEqual(['open']);
  });

  it('after the page script stops (extension reloaded), the loader loads again instead of calling it', async () => {
    const log: string[] = [];
    const stop = acceptOpen(() => log.push('old open'));
    stop();
    await openWhenStarted(async () => log.push('load'));
    expect(log).toEqual(['load']);
  });

  it('starts one page script per world, and a new one once the running one belongs to a reloaded extension', async () => {
    let oldAlive = true;
    expect(claimPage(() => oldAlive)).toBe(true);
    expect(claimPage(() => true)).toBe(false);
    const log: string[] = [];
    acceptOpen(() => log.push('old open'));
    // The extension is reloaded: the old script's globals stay in this world, its context is invalid.
    oldAlive = false;
    await openWhenStarted(async () => log.push('load'));
    expect(log).toEqual(['load']);
    expect(claimPage(() => true)).toBe(true);
    expect(claimPage(() => true)).toBe(false);
  });
});

describe('background to page script handoff (the panel opened where the loader does not run)', () => {
  const here = () => location.host || 'local';

  it('imports the page script, which opens once as it starts with the settings handed over, asking nothing', async () => {
    expect(await startPageScript(pageScript(), true, settings, here())).toBe(true);
    expect(g.tactfulImported).toBe(1);
    const opened: (OpenSettings | undefined)[] = [];
    acceptOpen((s) => opened.push(s));
    expect(opened).toEqual([settings]);
    // Later opens (the loader's "open by itself" on an SPA, say) ask for the settings again.
    acceptOpen((s) => opened.push(s));
    expect(opened).toEqual([settings]);
    (g.tactfulOpen as () => void)();
    expect(opened).toEqual([settings, undefined]);
  });

  it('hands no settings read for another host (the tab moved on meanwhile), and opens nothing when only loading', async () => {
    await startPageScript(pageScript(), true, settings, 'elsewhere.example');
    const opened: (OpenSettings | undefined)[] = [];
    acceptOpen((s) => opened.push(s));
    expect(opened).toEqual([undefined]);

    delete g.tactfulOpen;
    await startPageScript(pageScript(), false, settings, here());
    const again: (OpenSettings | undefined)[] = [];
    acceptOpen((s) => again.push(s));
    expect(again).toEqual([]);
  });

  it('reads the layout and placement from the stored preferences, "auto" when none is stored', () => {
    expect(openSettingsFrom({ panelSide: 'left', panelWidth: 400, panelCollapsed: true }, null)).toEqual({ layout: { side: 'left', width: 400, collapsed: true }, placement: 'auto', taught: null });
    expect(openSettingsFrom({ panelSide: 'right', panelWidth: 360, panelCollapsed: false, panelPlacement: 'side' }, settings.taught).placement).toBe('side');
  });
});
