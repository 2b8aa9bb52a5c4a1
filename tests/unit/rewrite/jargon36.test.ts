// @vitest-environment node
/**
 * jargon36 (lib/rewrite/jargon36.ts): the other terms of a sentence that already holds jargon. Positives are my own
 * look-alikes in trades no development item uses (bookbinding, beekeeping, crane hire, stage lighting, fish farming,
 * textile dyeing, archives; formal and colloquial Persian, Arabic kaf, ZWNJ): one term an older reader flags, the other
 * only this pass. Contrasts: the same kinds of words in sentences with no jargon flag, and inside a jargon sentence names,
 * everyday acronyms, quoted and explained codes, forms of address, words typed without a space, Persian typed in Latin letters.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { CO_TERM_RULE, coTerms } from '../../../lib/rewrite/jargon36.ts';
import { expectMarkedJargon, jargonFlags } from './helpers.ts';

/** `[[…]]` marks every term that must be under a jargon flag; `{{…}}` marks the one this pass must flag itself. */
const POSITIVES: readonly string[] = [
  // English: a code, a short code before a number, a label by its number or letter, a state named by a modifier and a state noun.
  'Your folio is in [[BND-Q]] status and the {{KX-7}} spine board arrives Monday.',
  'The hive is in [[QX-2]] status, so the {{T3}} feed goes in on Friday.',
  'Your lift plan is in [[LPX]] status and the crane goes on {{standby hold}} till the wind drops.',
  'The rig is in [[DMX-R]] status and sits in {{Bay 4}} overnight.',
  'Your order is in [[OPN-DY]] status and waits on {{mordant check}} before dyeing.',
  'The hive is in [[QX-2]] status and the box sits in {{Band C}} until spring.',
  // Persian: a Latin word inside Persian, a label by its number, a transliterated loanword customers do not write.
  'پرونده شما در وضعیت [[FNOL]] است و {{requeening}} هم شروع شد.',
  'سفارشتون تو [[صف دیسپچ]] هست و بعدش میره {{لاین ۳}} برای بسته‌بندی.',
  'دفترتون تو [[صف دیسپچ]] مونده و {{اکسیژناتور}} هم لازمه.',
  'رنگ پارچه تو [[صف دیسپچ]] مونده و {{کد ۴۷}} روی سفارش خورده.',
  'پارچه‌تون تو [[صف ديسپچ]] مونده و {{لاين ۴}} هم پره.',
];

/** No co-term advice: no jargon in the sentence, or the word is a name, an everyday acronym, quoted, explained, an address. */
const CONTRASTS: readonly string[] = [
  // No jargon flag in the sentence: the same kinds of words stay quiet.
  'Your seats are in Zone 2, see you Friday!',
  'The T4 bus stops right outside the shop.',
  'Your order is on hold until Monday, sorry for the wait.',
  "I've escalated this to our senior technician, who will call you at 3.",
  'سفارشتون فردا با پست پیشتاز ارسال میشه.',
  'گواهی شما در سطح ۲ صادر شد، تبریک!',
  'کد تخفیف SALE20 رو وارد کنید.',
  // A jargon sentence: names, acronyms customers write, quoted and explained codes, forms of address.
  'Your folio is in BND-Q status, Sarah will text you the PIN by SMS.',
  'Your folio is in BND-Q status; the label says "KX-7" on it.',
  'Your folio is in BND-Q status and the KRX (our binding queue) is short today.',
  'سهامدار گرامی، پرونده شما در وضعیت FNOL قرار دارد.',
  'قارداش پرونده‌ت در وضعیت FNOL مونده.',
  'پرونده شما در وضعیت FNOL است و پیامک هم براتون ارسال شد.',
  'پرونده شما در وضعیت FNOL است و vase hamin farda zang mizanim.',
  'پرونده شما در وضعیت FNOL است و شمااز حدمجاز رد شدین.',
];

/** `{{…}}` read as `[[…]]`, and the offsets of the `{{…}}` ones in the plain text. */
function parse(marked: string): { asMarked: string; own: string[] } {
  const own = [...marked.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]);
  return { asMarked: marked.replace(/\{\{(.+?)\}\}/g, '[[$1]]'), own };
}

describe('jargon36: the other terms of a jargon sentence are flagged', () => {
  for (const marked of POSITIVES) {
    it(marked, () => {
      const { asMarked, own } = parse(marked);
      const { hits } = expectMarkedJargon(asMarked);
      // The pass's own advice is over the {{…}} term.
      const mine = hits.filter((h) => h.ruleId === CO_TERM_RULE).map((h) => h.original);
      for (const t of own) expect(mine).toContain(t);
    });
  }
});

describe('jargon36: no co-term advice outside a jargon sentence, nor over names, everyday acronyms, quotes, glosses, addresses', () => {
  for (const text of CONTRASTS) it(text, () => expect(jargonFlags(text).filter((h) => h.ruleId === CO_TERM_RULE).map((h) => h.original)).toEqual([]));
});

describe('jargon36: helpers', () => {
  it('coTerms reads the kinds in either language', () => {
    const t = 'the KX-7 board and the T3 feed in Band C';
    expect(coTerms(t, 'en').map(([a, b]) => t.slice(a, b))).toEqual(['KX-7', 'T3', 'Band C']);
    const f = 'بعدش میره لاین ۳ و BEP20 هم انتخاب شد';
    expect(coTerms(f, 'fa').map(([a, b]) => f.slice(a, b))).toEqual(['BEP20', 'لاین ۳']);
  });
  it('the advice is silenced with internal-jargon', () => {
    const text = 'Your folio is in BND-Q status and the KX-7 spine board arrives Monday.';
    const silenced = new Set(['tactful-generic/internal-jargon']);
    expect(suggestRewrites(text, builtinPacks, { generic: true, silenced }).filter((s) => s.ruleId === CO_TERM_RULE)).toEqual([]);
  });
});
