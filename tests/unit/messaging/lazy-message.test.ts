// @vitest-environment node
/**
 * Page-protocol messages build their schemas on first use (issue 11, panel open): the page script
 * parses the toolbar's toggle on the host page's main thread without building a write's schemas,
 * and a lazily declared message checks exactly what an eager one does.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createRouter, defineProtocol, lazyMessage, message } from '../../../lib/messaging/define.ts';

describe('lazily built messages', () => {
  it('build only the parsed message, once, and parse as the eager form does', () => {
    const writeShape = vi.fn(() => ({ at: z.number().int().nonnegative(), text: z.string().max(5) }));
    const writeReply = vi.fn(() => z.boolean());
    const toggleShape = vi.fn(() => ({}));
    const lazy = defineProtocol({
      toggle: lazyMessage(toggleShape, () => z.null()),
      write: lazyMessage(writeShape, writeReply),
    });
    const eager = defineProtocol({
      toggle: message({}, z.null()),
      write: message({ at: z.number().int().nonnegative(), text: z.string().max(5) }, z.boolean()),
    });
    const router = createRouter(lazy, { toggle: () => null, write: () => true });
    expect(router.parse({ type: 'toggle', extra: 1 })).toEqual({ type: 'toggle' });
    expect(toggleShape).toHaveBeenCalledTimes(1);
    expect(writeShape).not.toHaveBeenCalled();
    expect(writeReply).not.toHaveBeenCalled();

    const eagerRouter = createRouter(eager, { toggle: () => null, write: () => true });
    for (const raw of [{ type: 'write', at: 2, text: 'hi' }, { type: 'write', at: -1, text: 'hi' }, { type: 'write', at: 1, text: 'too long' }, { type: 'write' }, { type: 'toggle' }, { type: 'nope' }, null]) {
      expect(router.parse(raw)).toEqual(eagerRouter.parse(raw));
    }
    expect(writeShape).toHaveBeenCalledTimes(1);
    expect(lazy.write.reply.safeParse(true).success).toBe(true);
    expect(writeReply).toHaveBeenCalledTimes(1);
  });
});
