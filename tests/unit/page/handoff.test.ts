import { afterEach, describe, expect, it } from 'vitest';
import { acceptOpen, openWhenStarted } from '../../../entrypoints/tactful-page/handoff.ts';

const g = globalThis as unknown as { tactfulOpen?: unknown; tactfulOpenOnStart?: unknown };
afterEach(() => {
  delete g.tactfulOpen;
  delete g.tactfulOpenOnStart;
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
});
