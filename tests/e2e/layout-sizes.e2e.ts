/**
 * The panel in pages whose reply box runs to the window's edge (issue 14, layout), the size cases split from
 * layout.e2e.ts so that four browser-test files at a time end together (that file was half of the run): at 1366×768
 * and 1024×700, on saved Gmail and Zendesk pages at their real addresses and on the demo (which no longer reserves
 * room for the panel), the panel never covers the reply box, also right after a side switch, a width change or a
 * window resize, with no keystroke in between, and the width slider shows the real width. English and Persian UI.
 * The pages, sizes and measurements are layout.kit.ts's.
 */
import { describe, expect, it } from 'vitest';
import { CASES, SIZES, expectClear, measure, slider, useLayoutBrowser } from './layout.kit.ts';

const { openCase, inLang, switchSide } = useLayoutBrowser();

describe('the panel keeps clear of the reply box and the page controls', () => {
  for (const size of SIZES) {
    // Persian at the narrower size only: the panel's own layout is mirrored, the frame's rules are not, and the
    // narrower window is where room runs out (three fewer of these long tests for the CI's 10-minute budget).
    for (const lang of size === SIZES[1] ? (['en', 'fa'] as const) : (['en'] as const)) {
    for (const c of CASES) {
      it(`${c.name} at ${size.width}×${size.height} (${lang} UI): clear at open, after a side switch, a width change and a resize`, async () => {
        await inLang(lang);
        const { page, panel } = await openCase(c, size);
        const open = await expectClear(page, c, 'at open');
        // The full panel, not a squeezed strip.
        expect(open.frame.width).toBeGreaterThanOrEqual(240);
        expect(open.frame.height).toBe(size.height);
        expect(await panel.locator('.tf-panel').count()).toBe(1);

        // Side switch: clear as soon as the switch is done, with no keystroke in the page.
        const wasRight = open.frame.right >= size.width - 20;
        await switchSide(panel, lang).click();
        await expect.poll(async () => (await measure(page, c.keepClear)).frame.left < 20).toBe(wasRight);
        await expectClear(page, c, 'after switching sides');

        // Width change: clear, and the slider shows the frame's real width.
        await slider(panel).fill('560');
        await expect.poll(async () => Math.round((await measure(page, c.keepClear)).frame.width)).toBeGreaterThan(open.frame.width);
        const wide = await expectClear(page, c, 'after widening');
        await expect.poll(async () => Number(await slider(panel).inputValue())).toBe(Math.round(wide.frame.width));

        // The window gets narrower: still clear, the slider still true.
        await page.setViewportSize({ width: size.width - 200, height: size.height });
        await expect.poll(async () => (await measure(page, c.keepClear)).covered).toEqual([]);
        // Slider and frame read together on every try: the frame may still be settling when polling starts.
        await expect.poll(async () => Number(await slider(panel).inputValue()) - Math.round((await measure(page, c.keepClear)).frame.width)).toBe(0);

        await page.setViewportSize(size);
        await switchSide(panel, lang).click();
        await slider(panel).fill('360');
        await expect.poll(async () => Math.round((await measure(page, c.keepClear)).frame.width)).toBe(360);
        await expectClear(page, c, 'back on the first side');
        await page.close();
      });
    }
    }
  }
});
