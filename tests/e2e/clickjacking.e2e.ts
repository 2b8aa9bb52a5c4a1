/**
 * Clickjacking (issue 15, item 3) in a real Chromium: a hostile page makes the in-page panel
 * transparent and draws a decoy over a tag button and a KB "Insert link" button. The agent's real
 * clicks (trusted input at those coordinates, which do reach the panel's buttons) must record
 * nothing and insert nothing, and the panel must say why. The picker must ignore clicks the page
 * makes up. With the panel visible again, the same clicks work.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { expectWritten, panelClickable, sendFromExtension, WRITE_WAIT } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();

type Box = { x: number; y: number; width: number; height: number };
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
async function boxOf(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error('no box');
  return b;
}

/** What a hostile page does: our wrapper fully transparent, decoys drawn where our buttons are. */
async function hideUnderDecoys(page: Page, boxes: Box[]) {
  await page.evaluate((bs) => {
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent = '[data-tactful="panel"]{opacity:0 !important}';
    document.head.append(style);
    bs.forEach((b, i) => {
      const d = document.createElement('div');
      d.className = 'decoy';
      d.textContent = i ? 'Next' : 'Claim your prize';
      d.setAttribute('style', `position:fixed;left:${b.x}px;top:${b.y}px;width:${b.width}px;height:${b.height}px;background:#16a34a;color:#fff;z-index:2147483647;pointer-events:none`);
      document.body.append(d);
    });
  }, boxes);
}

const notice = (panel: Frame) => panel.locator('.tf-notice').textContent({ timeout: 5000 });

describe('clickjacking', () => {
  it('a real click on a transparent panel under a decoy records no tag and inserts no link; visible, both work', async () => {
    await sendFromExtension(browser.launched, {
      type: 'kb.upsert',
      // A private article: its title must never reach a reply without the agent's intent.
      articles: [{ title: 'Internal: delayed shipment escalation codes', url: 'https://help.example.com/private/override', body: 'If the order has not shipped or arrives late, staff use the warehouse escalation codes. Delivery usually takes 3 to 5 days.' }],
    });
    const { page, panel } = await browser.open('/textarea.html');
    const tag = panel.locator('.tags-bar-button').first();
    const insert = panel.locator('.tf-kb-insert').first();
    await tag.waitFor();
    await insert.waitFor();
    await page.locator('#reply').focus();
    await page.keyboard.press('Control+End');
    const before = await page.locator('#reply').inputValue();
    // Both buttons in view in the panel (the page's viewport is 800 px high).
    await panel.evaluate(() => document.querySelector('.tf-kb-insert')!.closest('section')!.scrollIntoView());
    await panelClickable(panel);
    const tagBox = await boxOf(tag);
    const insertBox = await boxOf(insert);
    for (const b of [tagBox, insertBox]) expect(b.y + b.height).toBeLessThan(800);

    await hideUnderDecoys(page, [tagBox, insertBox]);
    // IntersectionObserver v2 in the panel has seen it (the page check would refuse regardless).
    await panel.waitForSelector('html[data-tf-clicks="hidden"]', { state: 'attached' });
    await page.mouse.click(centre(tagBox).x, centre(tagBox).y);
    await expect.poll(() => notice(panel)).toContain('Tactful is covered or hidden by the page, so the click was ignored');
    await page.mouse.click(centre(insertBox).x, centre(insertBox).y);
    expect(await sendFromExtension(browser.launched, { type: 'tags.events' })).toEqual([]);
    expect(await page.locator('#reply').inputValue()).toBe(before);

    // The page gives up: the panel is shown again and, once it has kept still, the same clicks act.
    await page.evaluate(() => {
      document.getElementById('hostile')?.remove();
      document.querySelectorAll('.decoy').forEach((d) => d.remove());
    });
    await panelClickable(panel);
    await page.mouse.click(centre(tagBox).x, centre(tagBox).y);
    await expect.poll(async () => (await sendFromExtension<unknown[]>(browser.launched, { type: 'tags.events' })).length, WRITE_WAIT).toBe(1);
    await page.mouse.click(centre(insertBox).x, centre(insertBox).y);
    await expectWritten(panel, () => expect.poll(() => page.locator('#reply').inputValue(), WRITE_WAIT).toContain('https://help.example.com/private/override'));
    await page.close();
  });

  it('the "point at it" picker ignores clicks the page makes up, and takes the agent\'s', async () => {
    const { page, panel } = await browser.open('/textarea.html');
    const host = new URL(page.url()).host;
    await panel.locator('.tf-looking-toggle').click(); // the pickers sit under the "Looking at" line
    await panel.getByRole('button', { name: 'Point at the customer message' }).click();
    await panel.getByText('Click the customer’s message on the page (Esc cancels).').waitFor();
    const target = page.locator('.from-customer .message-body');
    const at = centre(await boxOf(target));
    // The page forges the pointer moving there and clicking it.
    await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y)!;
      for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, view: window }));
    }, at);
    // Still pointing, nothing taught.
    await page.waitForTimeout(300);
    expect(await panel.getByText('Click the customer’s message on the page (Esc cancels).').count()).toBe(1);
    expect(await sendFromExtension(browser.launched, { type: 'picker.get', host })).toBeNull();
    // The agent's own click teaches the place.
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await sendFromExtension<{ customer?: string } | null>(browser.launched, { type: 'picker.get', host }))?.customer ?? null).not.toBeNull();
    await page.close();
  });
});
