/**
 * The panel's reading features on the demo helpdesk in a real Chromium: tone cues with their
 * evidence, dismissing a cue, and a knowledge-base article suggested for the customer's message
 * and inserted as a link at the agent's cursor.
 */
import { describe, expect, it } from 'vitest';
import { expectWritten, panelClickable, panelText, sendFromExtension, WRITE_WAIT } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();
const open = (path: string) => browser.open(path);

describe('tone cues', () => {
  it('show what the customer wrote that triggered them, and can be dismissed', async () => {
    const { page, panel } = await open('/demo/tickets/4821');
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain('third time');
    const repeat = panel.locator('.tf-tone-item[data-cue-id="repeat"]');
    await repeat.waitFor();
    await repeat.locator('.tf-tone-chip').focus();
    const popover = repeat.locator('.tf-tone-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect((await popover.textContent())?.toLowerCase()).toContain('third time');
    // The signature ("Sent from my iPhone") is not read as the customer's words.
    expect(await panel.locator('.tf-tone-evidence').allTextContents()).not.toContain('Sent from my iPhone');
    await repeat.locator('.tf-tone-dismiss').click();
    await expect.poll(() => panel.locator('.tf-tone-item[data-cue-id="repeat"]').count()).toBe(0);
    await page.close();
  });
});

describe('knowledge base', () => {
  it('suggests the article that answers the customer and inserts its link at the cursor', async () => {
    await sendFromExtension(browser.launched, {
      type: 'kb.upsert',
      articles: [
        { title: 'Tracking a delayed shipment', url: 'https://help.example.com/articles/tracking-delayed-shipment', body: 'If your order has not shipped or arrives late, check the tracking link in your confirmation email. Delivery usually takes 3 to 5 days.' },
        { title: 'Fixing a wrong invoice amount', url: 'https://help.example.com/articles/wrong-invoice', body: 'If your invoice shows the wrong amount, we correct it and send a new invoice within two days.' },
        { title: 'Resetting your password', url: 'https://help.example.com/articles/reset-password', body: 'Use the forgot password link on the sign-in page to get a reset email.' },
      ],
    });
    const { page, panel } = await open('/textarea.html');
    const first = panel.locator('.tf-kb-item').first();
    await first.waitFor();
    expect(await first.locator('.tf-kb-title').textContent()).toBe('Tracking a delayed shipment');
    expect((await first.locator('.tf-kb-term').allTextContents()).length).toBeGreaterThan(0);
    // Put the cursor at the end of the reply and insert.
    await page.locator('#reply').focus();
    await page.keyboard.press('Control+End');
    const before = await page.locator('#reply').inputValue();
    await panelClickable(panel);
    await first.locator('.tf-kb-insert').click();
    // Plain editor: "Title: URL", spaced from the word before the cursor.
    await expectWritten(panel, () =>
      expect
        .poll(() => page.locator('#reply').inputValue(), WRITE_WAIT)
        .toBe(`${before} Tracking a delayed shipment: https://help.example.com/articles/tracking-delayed-shipment`),
    );
    await page.close();
  });

  it('inserts a real link in a rich editor (CKEditor 5), through its model', async () => {
    const { page, panel } = await open('/real/ckeditor5.html');
    const first = panel.locator('.tf-kb-item').first();
    await first.waitFor();
    expect(await first.locator('.tf-kb-title').textContent()).toBe('Fixing a wrong invoice amount');
    await page.locator('.ck-editor__editable').click();
    await page.keyboard.press('Control+End');
    await panelClickable(panel);
    await first.locator('.tf-kb-insert').click();
    await expectWritten(panel, () =>
      expect
        .poll(() => page.evaluate(() => (window as unknown as { editor: { getData(): string } }).editor.getData()), WRITE_WAIT)
        .toContain('<a href="https://help.example.com/articles/wrong-invoice">Fixing a wrong invoice amount</a>'),
    );
    await page.close();
  });
});

describe('learnt readers', () => {
  /**
   * An order to read the form again: no rule takes «بخون», the learnt Persian reader does (FIRES in
   * tests/unit/rewrite/learnt-fa.test.ts; retrained with late38, it leaves the «بخون» of "…فاکتور رو کامل بخون." under its threshold).
   */
  const DRAFT = 'قبلا هم گفتم، اول فرم رو کامل بخون بعد زنگ بزن.';
  const phrases = (panel: import('playwright-core').Frame) => panel.locator('.rewrite-phrase').allTextContents();
  const draftIn = async (learntAdvice: 'on' | 'off') => {
    await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { learntAdvice } });
    const { page, panel } = await open('/textarea.html');
    await page.locator('#reply').fill(DRAFT);
    // The rules' flag arrives first either way; the reader's advice only once its weights chunk is fetched.
    await expect.poll(() => phrases(panel), { timeout: 10_000 }).toContain('قبلا هم گفتم');
    return { page, panel };
  };

  it('load their weights in the built extension and add their advice when the agent turns them on; off, never', async () => {
    try {
      const on = await draftIn('on');
      await expect.poll(() => phrases(on.panel), { timeout: 10_000 }).toContain('بخون');
      expect(await on.page.locator('#reply').inputValue()).toBe(DRAFT);
      await on.page.close();
      const off = await draftIn('off');
      // Give a late reader every chance to show up before asserting it did not.
      await off.page.waitForTimeout(500);
      expect(await phrases(off.panel)).not.toContain('بخون');
      await off.page.close();
    } finally {
      await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { learntAdvice: 'auto' } });
    }
  });
});
