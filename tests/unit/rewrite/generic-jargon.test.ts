// @vitest-environment node
/**
 * The jargon reader (lib/rewrite/generic/jargon.ts): internal terms a customer would not know, by family,
 * with sentences written for this test (none copied from an evaluation file), and the words customers do
 * know, which must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { explainGeneric, GENERIC_PACK_ID, readGeneric } from '../../../lib/rewrite/generic/index.ts';
import { readJargonEn, readJargonFa } from '../../../lib/rewrite/generic/jargon.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

/** The words the English / Persian jargon reader flags in `s`. */
const en = (s: string) => readJargonEn(s).map((h) => s.slice(h.start, h.end));
const fa = (s: string) => readJargonFa(s).map((h) => s.slice(h.start, h.end));
/** Every suggestion the engine makes for `s` (packs and generic advice). */
const all = (s: string) => suggestRewrites(s, builtinPacks);

describe('jargon reader, English', () => {
  it('support tiers and priority codes, in a sentence about a ticket or a team', () => {
    expect(en('I bumped your case up to T3 this morning.')).toEqual(['T3']);
    expect(en('Your request now sits with L1 until an engineer is free.')).toEqual(['L1']);
    expect(en('We logged it as a P2 and the team is on it.')).toEqual(['P2']);
    expect(en('This was raised as SEV-2 by our engineers.')).toEqual(['SEV-2']);
    expect(en('Your query went to third line for a closer look.')).toEqual(['third line']);
    expect(en('The ticket is with level 3 support now.')).toContain('level 3');
  });

  it('back-office acronyms of several trades', () => {
    expect(en('Once the RMA is issued, pop it in the box.')).toEqual(['RMA']);
    expect(en('Our RCA will be shared next week.')).toEqual(['RCA']);
    expect(en('The shipment came back RTO yesterday.')).toEqual(['RTO']);
    expect(en('We need the MCC on the merchant record corrected.')).toEqual(['MCC']);
    expect(en('Your NPI and the RARC 45 are both on the letter.')).toEqual(['NPI', 'RARC 45']);
    expect(en('the sku is showing oos again')).toEqual(['sku']);
    expect(en('I have updated the WO for the engineer.')).toEqual(['WO']);
    expect(en('Your CR is in the backlog for the next release.')).toEqual(['CR', 'in the backlog']);
  });

  it('internal statuses, codes and engineering words', () => {
    expect(en("I've set it to pending customer while you check.")).toEqual(['pending customer']);
    expect(en('The card shows a preauth for the deposit.')).toEqual(['preauth']);
    expect(en('Your policy renewal is stuck in the fulfilment queue.')).toEqual(['fulfilment queue']);
    expect(en('The bank returned decline code 05 for that card.')).toEqual(['decline code 05']);
    expect(en('The site threw a 502 from the gateway, devs are on it.')).toContain('a 502 from');
    expect(en('We swapped the load balancer last night.')).toEqual(['load balancer']);
    expect(en('Your claim went to subrogation.')).toEqual(['subrogation']);
    expect(en('The parcel was manifested but not collected.')).toEqual(['manifested']);
  });

  it('stays silent on terms customers know, codes they type, places and products', () => {
    for (const s of [
      'Please enter the PIN we sent by SMS.',
      'Your OTP expires in five minutes.',
      'I have attached the invoice as a PDF with VAT shown.',
      'Send the refund to the IBAN on your statement.',
      'Plug the USB cable in and reconnect to the Wi-Fi.',
      'Your iPhone 15 is covered until March.',
      'Use the voucher code SPRING25 at checkout.',
      'Your order ORD-88321 ships to SW1A 1AA tomorrow.',
      'Your flight leaves from Terminal 2, gate T2 is a short walk away.',
      'The P30 model has the bigger battery.',
      'It weighs about 5 LB in the box.',
      'We ship to Washington, DC every weekday.',
      "I've escalated this to our senior technician, who will call you today.",
      'Your account is now at level 2 of our rewards scheme.',
      'YOUR CR PROFILE IS ALL SET AND READY TO USE.',
      'There is a pre-authorisation hold on your card that the bank releases.',
      "You haven't been charged twice; one line is a pending authorisation.",
    ])
      expect(en(s), s).toEqual([]);
  });
});

describe('jargon reader, Persian', () => {
  it('tiers and Latin acronyms inside Persian', () => {
    expect(fa('تیکتتون رو به تیم L2 اسکالیت کردم')).toContain('L2');
    expect(fa('درخواستتون الان دست T2 هست')).toEqual(['T2']);
    expect(fa('گزارش RCA رو هفته بعد براتون می‌فرستیم.')).toEqual(['RCA']);
    expect(fa('پرونده‌تون پیش کارشناس سطح دو است.')).toEqual(['کارشناس سطح دو']);
  });

  it('interbank and back-office system names, officialese finance terms', () => {
    expect(fa('درخواست شما در کارتابل واحد مالی است.')).toEqual(['کارتابل']);
    expect(fa('استعلام از سامانه سپام انجام شد.')).toEqual(['سامانه سپام']);
    expect(fa('تراکنش از سمت شاپرک برگشت خورده.')).toEqual(['شاپرک']);
    expect(fa('پول در سوییچ شتاب مانده است.')).toEqual(['سوییچ شتاب']);
    expect(fa('مبلغ بعد از تسویه سیکل پایا واریز می‌شود.')).toEqual(['تسویه سیکل']);
    expect(fa('پرداخت با کد پاسخ ۵۵ برگشت خورد.')).toEqual(['کد پاسخ ۵۵']);
    expect(fa('بخشی از مبلغ بابت فرانشیز کم شده.')).toEqual(['فرانشیز']);
  });

  it('English loanwords, Latin or Persian letters, and internal statuses', () => {
    expect(fa('سفارشتون هنوز pending هست.')).toEqual(['pending']);
    expect(fa('درخواست شما در وضعیت HLD-2 است.')).toEqual(['وضعیت HLD-2']);
    expect(fa('کیس رو فوروارد کردم برای واحد فنی.')).toEqual(['فوروارد']);
    expect(fa('این مورد رفته تو لیست دواپس.')).toEqual(['دواپس']);
  });

  it('stays silent on what customers know and on codes they type', () => {
    for (const s of [
      'کد OTP رو که با SMS اومده وارد کنید.',
      'رمز PIN کارتتون رو به کسی ندید.',
      'کد تخفیف SUMMER20 رو موقع پرداخت وارد کنید.',
      'فایل PDF فاکتور رو براتون فرستادم.',
      'گوشی iPhone شما هنوز گارانتی داره.',
      'لطفاً پیام بانک رو برامون فوروارد کنید.',
      'خیالتون راحت، همه چیز درست شد و سفارش ارسال شد.',
      'با Wi-Fi خونه دوباره امتحان کنید.',
    ])
      expect(fa(s), s).toEqual([]);
  });
});

describe('jargon advice in the engine', () => {
  it('is advice with no text change, shown with the words that triggered it, in both UI languages', () => {
    const s = 'Done, I moved it to T2 and they will pick it up.';
    const j = all(s).filter((x) => x.category === 'jargon');
    expect(j).toHaveLength(1);
    expect(j[0]).toMatchObject({ kind: 'advice', packId: GENERIC_PACK_ID, original: 'T2', replacements: [] });
    expect(j[0].explanation).toContain('T2');
    expect(explainGeneric('en', 'internal-jargon', 'fa', 'T2')).toMatch(/اصطلاحی داخلی/);
    expect(explainGeneric('fa', 'loanword', 'en', 'pending')).toMatch(/everyday word/);
  });

  it('is not hidden by a refusal flagged elsewhere in its clause, only by a suggestion over its own words', () => {
    const s = 'The RTS parcel was rejected by the depot.';
    expect(all(s).some((x) => x.original === 'RTS')).toBe(true);
  });

  it('reads the Latin words of a mixed-script Persian sentence with the Persian around them', () => {
    const s = 'سفارش در مرحله fulfillment هست و backlog خیلی شلوغه.';
    const words = all(s).filter((x) => x.category === 'jargon').map((x) => x.original);
    expect(words).toEqual(expect.arrayContaining(['fulfillment', 'backlog']));
  });

  it('is read through readGeneric and can be silenced like any generic construction', () => {
    expect(readGeneric('en', 'We tagged it P3.').map((h) => h.construction)).toEqual(['internal-jargon']);
    const silenced = new Set([`${GENERIC_PACK_ID}/internal-jargon`]);
    expect(suggestRewrites('We tagged it P3.', builtinPacks, { silenced }).filter((x) => x.packId === GENERIC_PACK_ID)).toEqual([]);
  });
});
