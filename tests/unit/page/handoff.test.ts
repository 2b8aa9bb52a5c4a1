import { afterEach, describe, expect, it } from 'vitest';
import { acceptOpen, claimPage, openWhenStarted } from '../../../entrypoints/tactful-page/handoff.ts';

const g = globalThis as unknown as { tactfulOpen?: unknown; tactfulOpenOnStart?: unknown; tactfulPageAlive?: unknown };
afterEach(() => {
  delete g.tactfulOpen;
  delete g.tactfulOpenOnStart;
  delete g.tactfulPageAlive;
});

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
