/**
 * Screenshots of the states an agent meets in the panel, English and Persian UI, light and dark,
 * on the demo helpdesk at 1366×768: a long draft with many suggestions, Apply all's confirmation,
 * a template insertion, every tone cue with an open popover, the KB section with results and with
 * none, the tag bar, the collapsed tab, a notice, a read-only reply box and the team lead's report.
 * Written to .output/states/ (or .output/<folder> given as the first argument), not committed;
 * ONLY=cues,kb limits the panel shots to names containing those words.
 *
 *   npm run build && npx tsx scripts/screenshots-states.ts [folder]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, panelFrame, panelText, ROOT, sendFromExtension, startServer, waitUntil, type Launched } from '../tests/e2e/harness.ts';

const OUT = join(ROOT, '.output', process.argv[2] ?? 'states');
const SIZE = { width: 1366, height: 768 };
const THEMES = ['light', 'dark'] as const;

const LONG_DRAFT = {
  en: `Hi Dana,

Unfortunately I can't get you the refund until next month. That's our policy. You have to wait for finance to process it. As I said before, you should have read the return policy. Obviously the bank takes time, it's not our fault. Just to be clear, we never promised 5 days. Please be advised that there is nothing I can do. You need to calm down and be patient.

Sorry for the inconvenience.
Sam`,
  fa: `سلام،
متأسفانه من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم. شما باید صبر کنید. این سیاست ماست. قبلاً هم گفتم که باید قوانین را می‌خواندید. طبیعتاً بانک زمان می‌برد و تقصیر ما نیست. هیچ کاری از دست من برنمی‌آید. لطفاً آرام باشید.
با تشکر`,
} as const;

const ANGRY = {
  en: 'This is the THIRD time I am writing!!! I am furious. I need this fixed TODAY, it is urgent. Why was I charged twice? When will I get my money back? Can you also send the invoice? If this is not solved I will cancel my account and tell my lawyer. 😡',
  fa: 'این سومین بار است که پیام می‌دهم!!! واقعاً عصبانی هستم. همین امروز باید درست شود، فوری است. چرا دو بار پول کم شد؟ کی پولم برمی‌گردد؟ فاکتور را هم می‌فرستید؟ اگر حل نشود حسابم را می‌بندم و به وکیلم می‌گویم. 😡',
} as const;

const TICKET = { en: '4821', fa: '4822' } as const;
const CUSTOMER = { en: 'third time', fa: 'بازم' } as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const launched = await launchWithExtension();
  const only = process.env.ONLY?.split(',');
  try {
    await sendFromExtension(launched, { type: 'sites.add', host: new URL(server.origin).host });
    for (const lang of ['en', 'fa'] as const) {
      for (const theme of THEMES) {
        const shot = makeShot(lang, theme, only);
        await run(launched, server.origin, lang, theme, shot);
      }
    }
  } finally {
    await sendFromExtension(launched, { type: 'prefs.set', patch: { uiLanguage: 'auto', theme: 'system', panelCollapsed: false } }).catch(() => {});
    await launched.close();
    await server.close();
  }
}

type Shot = (name: string, target: Page | Frame, selector?: string) => Promise<void>;

function makeShot(lang: string, theme: string, only?: string[]): Shot {
  return async (name, target, selector) => {
    if (only && !only.some((o) => name.includes(o))) return;
    const file = join(OUT, `${name}-${lang}-${theme}.png`);
    if (selector) {
      const el = (target as Frame).locator(selector).first();
      await el.scrollIntoViewIfNeeded().catch(() => {});
      await (target as Frame).page().waitForTimeout(150);
    }
    const page = 'page' in target && typeof target.page === 'function' ? (target as Frame).page() : (target as Page);
    await page.screenshot({ path: file, clip: { x: SIZE.width - 380, y: 0, width: 380, height: SIZE.height } });
    console.log(file);
  };
}

async function open(launched: Launched, origin: string, lang: 'en' | 'fa', theme: string, ticket: string, collapsed = false): Promise<{ page: Page; panel: Frame }> {
  await sendFromExtension(launched, { type: 'prefs.set', patch: { uiLanguage: lang, theme, panelSide: 'right', panelWidth: 360, panelCollapsed: collapsed, panelPlacement: 'auto', agentName: 'Sam' } });
  const page = await launched.context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
  await page.goto(`${origin}/demo/tickets/${ticket}`);
  const panel = await panelFrame(page);
  return { page, panel };
}

async function setDraft(page: Page, text: string) {
  await page.locator('#reply').fill(text);
}

async function setCustomer(page: Page, text: string) {
  await page.evaluate((t) => {
    const bodies = document.querySelectorAll('.message.from-customer .message-body');
    bodies[bodies.length - 1]!.textContent = t;
  }, text);
}

async function run(launched: Launched, origin: string, lang: 'en' | 'fa', theme: string, shot: Shot) {
  // KB with no articles, then tag bar and a long draft.
  await sendFromExtension(launched, { type: 'kb.clear' }).catch(() => {});
  let { page, panel } = await open(launched, origin, lang, theme, TICKET[lang]);
  await waitUntil(async () => (await panelText(panel, 'tf-customer')).includes(CUSTOMER[lang]));
  await panel.locator('.rewrite-item').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  await shot('01-start', page);
  await shot('02-kb-none', panel, '.tf-kb');
  await shot('03-tags', panel, '.tags-bar');
  await setDraft(page, LONG_DRAFT[lang]);
  await page.waitForTimeout(800);
  await panel.evaluate(() => window.scrollTo(0, 0));
  await shot('04-long-draft', page);
  await panel.evaluate(() => window.scrollTo(0, 700));
  await shot('05-long-draft-scrolled', page);
  await panel.evaluate(() => window.scrollTo(0, 1400));
  await shot('06-long-draft-scrolled2', page);
  // Apply all's confirmation.
  const all = panel.locator('.rewrite-apply-all');
  if (await all.count()) {
    await all.click();
    await panel.locator('.rewrite-confirm').waitFor({ timeout: 5000 }).catch(() => {});
    await panel.evaluate(() => document.querySelector('.rewrite-confirm')?.scrollIntoView());
    await page.waitForTimeout(200);
    await shot('07-apply-all-confirm', page);
    const cancel = panel.locator('.rewrite-confirm button').last();
    await cancel.click().catch(() => {});
  }
  // A template insertion.
  const template = panel.locator('.rewrite-replacement[data-kind="template"]').first();
  if (await template.count()) {
    await template.scrollIntoViewIfNeeded();
    await shot('08-template-before', page);
    await template.click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(OUT, `08-template-after-page-${lang}-${theme}.png`) });
    await shot('08-template-after', page);
  }
  // A notice: silence a rule (info).
  await panel.evaluate(() => window.scrollTo(0, 0));
  const silence = panel.locator('.rewrite-silence').first();
  if (await silence.count()) {
    await silence.click();
    await page.waitForTimeout(400);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shot('09-notice-info', page);
    await sendFromExtension(launched, { type: 'prefs.set', patch: { silencedRules: [] } }).catch(() => {});
  }
  // The reply box turns read-only (a closed ticket): the panel stops reading it.
  const rep = panel.locator('.rewrite-replacement').first();
  if (await rep.count()) {
    await page.evaluate(() => document.querySelector('#reply')?.setAttribute('readonly', ''));
    await rep.click();
    await page.waitForTimeout(1500);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shot('10-readonly-editor', page);
  }
  await page.close();

  // Every cue and an open popover; KB with results.
  await sendFromExtension(launched, {
    type: 'kb.upsert',
    articles: [
      { title: 'When will my refund be back on my card?', url: 'https://help.example.com/refund-card', language: 'en', body: 'Card refunds are back on your card 5 to 10 business days after the returned item arrives. We send a confirmation email when the refund is issued. charged twice invoice money back' },
      { title: 'کی پولم به کارتم برمی‌گردد؟', url: 'https://help.example.com/fa/refund', language: 'fa', body: 'پول کم شد برمی‌گردد فاکتور سفارش نرسیده پیگیری سفارش کجاست دو بار پول کم شده باشد ظرف ۵ روز کاری برمی‌گردد.' },
      { title: 'Downloading an invoice for an order with a very long title that goes on and on', url: 'https://www.help.example.com/invoice', language: 'en', body: 'Invoice money charged twice send the invoice account.' },
    ],
  });
  ({ page, panel } = await open(launched, origin, lang, theme, TICKET[lang]));
  await waitUntil(async () => (await panelText(panel, 'tf-customer')).includes(CUSTOMER[lang]));
  await setCustomer(page, ANGRY[lang]);
  await page.waitForTimeout(1500);
  await shot('11-cues', page);
  const chip = panel.locator('.tf-tone-chip').first();
  if (await chip.count()) {
    await chip.hover();
    await page.waitForTimeout(300);
    await shot('12-cue-popover', page);
    await chip.focus();
    await page.waitForTimeout(200);
    await shot('13-cue-focus', page);
  }
  await page.mouse.move(10, 10);
  await shot('14-kb-results', panel, '.tf-kb');
  await page.close();
  // Persian customer in the English UI and the other way round (language cue).
  ({ page, panel } = await open(launched, origin, lang, theme, TICKET[lang === 'en' ? 'fa' : 'en']));
  await page.waitForTimeout(1500);
  await shot('15-other-language', page);
  await page.close();
  await sendFromExtension(launched, { type: 'kb.clear' }).catch(() => {});

  // Collapsed tab.
  ({ page } = await open(launched, origin, lang, theme, TICKET[lang], true));
  await page.waitForTimeout(800);
  await shot('16-collapsed', page);
  await page.close();
  await sendFromExtension(launched, { type: 'prefs.set', patch: { panelCollapsed: false } });

  // The team lead's report.
  const now = Date.now();
  await sendFromExtension(launched, {
    type: 'tags.import',
    events: [0, 1, 2, 3, 4, 5].map((i) => ({ id: `s-${lang}-${theme}-${i}`, tagId: i % 2 ? 'billing' : 'delivery-delay', conversation: `c-${i}`, site: 'demo', agent: i % 3 ? 'Sam' : 'سارا', createdAt: now - i * 86_400_000, note: i === 1 ? 'charged twice' : undefined })),
  }).catch((e) => console.error('tags.import', e.message));
  const rp = await launched.context.newPage();
  await rp.setViewportSize(SIZE);
  await rp.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
  await rp.goto(`chrome-extension://${launched.extensionId}/options.html#reports`);
  await rp.waitForTimeout(1200);
  await rp.screenshot({ path: join(OUT, `17-reports-${lang}-${theme}.png`), fullPage: true });
  console.log('17-reports');
  await rp.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
