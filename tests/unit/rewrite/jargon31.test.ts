// @vitest-environment node
/**
 * jargon31: a code no list holds, read by the slot it sits in rather than by a trade's list (lib/rewrite/generic/jargon31.ts).
 * English: the code a case is in ("in XRT status", "moved to QBX stage"), what a record is set to or shows ("status now
 * HLD-R2", "flagged DUP-x", "came up as KV4"), a code as a thing of the case after a determiner or a possessive ("the
 * ZPL figure", "Rex's K9 is"). Persian: a Latin-letter code named by the kind of thing it is («وضعیت …», «سنسور …»,
 * «حالت …», «تگ …»), a code the case got or did not get («… نخورده»), a status written as a variable («awaiting_pickup»).
 * Positives are made-up codes in trades no development item uses; contrasts are codes customers know, codes they type,
 * references, brands, explained codes, quoted words and links.
 */
import { describe, expect, it } from 'vitest';
import { expectMarkedJargon } from './helpers.ts';
import { readJargon31En, readJargon31Fa, unknownCode } from '../../../lib/rewrite/generic/jargon31.ts';

/** `[[…]]` marks every term that must be under a jargon flag. */
const POSITIVES: readonly string[] = [
  // English: the code the case is in.
  'Your tile order is now in [[XRT]] status at the yard.',
  'The boiler claim has moved to [[QBX]] stage, so the engineer visit is next.',
  'Your repair is sitting in [[HLD-R2]] status until the part lands.',
  'Good news, your visa file is on the [[FTP-B]] pathway now.',
  'Your ticket was booked under [[SAV-RTN/FX]] fare, so changes go through the counter.',
  // English: a status set, shown or flagged.
  'Your locker request status now [[PKD-EXP]], please collect it by Friday.',
  'The shipment got flagged [[DUP-x]] at intake, which is why it came back.',
  "It's come up as [[KV4]] on the system, so the gate won't open for that plate.",
  'The listing is in status [[RVW-2]] while we check the photos.',
  'Your sample was marked as [[HMX]] by the lab, so we need a second one.',
  // English: a code as a thing of the case.
  "Rex's [[TSH-K]] is slightly raised, so the vet wants a recheck in a month.",
  'We still need the [[ZPL]] figure from the surveyor before we quote.',
  // English: a clipped pre-/post- stage as the place the case is in.
  'The dispute has gone to [[pre-comp]] with the card scheme, so it takes a few more weeks.',
  'Your manuscript is currently in [[post-ed]], then it comes back for your sign-off.',
  'Your loan is showing as [[pre-default]] until the March payment lands.',
  // Persian: a code named by the kind of thing it is.
  'پرونده شما در وضعیت [[QRV]] قرار گرفته و فعلاً منتظر بمانید.',
  'تکنسین گفته سنسور [[HTX]] خراب شده، فردا عوضش می‌کنیم.',
  'کلاس‌تون رو حالت [[shadow]] گذاشتیم تا استاد تأیید کنه.',
  'محصولتون توی خط [[QX2]] مونده، بعدش میره بسته‌بندی.',
  // Persian: a code the case got or did not get.
  'بسته‌تون هنوز [[SCN]] نخورده، واسه همین رهگیری نشون نمیده.',
  'پرونده‌ی وامتون هنوز [[KYB]] نشده.',
  // Persian: a status written as a variable.
  'درخواستتون الان [[awaiting_pickup]] هست، به زودی میاد.',
];

/** Codes customers know, type, quote or own; references, brands and explained codes: no jargon flag from this reader. */
const CONTRASTS_EN: readonly string[] = [
  'Your PIN is on the way by post.',
  'Your MOT is due next week, shall we book it in?',
  'The status is now OK and you can log in.',
  'Your order status now shows PAID.',
  'Your parcel is in DHL status tracking, use the link in the email.',
  'Your flight status is BA245, boarding at gate 12.',
  'Please enter code SAVE10 at checkout.',
  'Your booking is in RMA (return authorisation) status, which means we have your return request.',
  'The order was marked as "XQZ" by you in the form.',
  'Your iPhone is ready to collect.',
  'the PS5 arrives on Monday',
  'The USB cable is included in the box.',
  'Your NHS number is on the letter.',
  'Your account was flagged at https://example.com/XRT-status for review.',
  'We have escalated this to our senior technician, who will call you today.',
  'PLEASE NOTE THE STATUS IS NOW CLOSED FOR THE HOLIDAYS.',
  'Your Samsung QLED is in the repair queue.',
  'The item is showing as IN STOCK again.',
  'Your order is set to ON HOLD until you reply.',
  'Your order is still in pre-order, it ships in May.',
  'Your dog is in post-op recovery and doing well.',
  'The tickets have moved to pre-sale for members first.',
  'This was moved to "pre-check" by you on the form.',
];
const CONTRASTS_FA: readonly string[] = [
  'کد OFF رو وارد کنید تا تخفیف بخوره.',
  'کد تخفیف SUMMER رو موقع پرداخت بزنید.',
  'گوشی رو روی حالت silent بذارید.',
  'لطفاً حالت airplane رو خاموش کنید.',
  'رمز یکبار مصرف با SMS براتون میاد.',
  'کد QR روی رسید رو اسکن کنید.',
  'وضعیت «ارسال شده» یعنی بسته از انبار خارج شده.',
  'ایمیل رو به support_team@example.com بفرستید.',
  'سنسور NTC (حسگر دما) عوض شد و دستگاه درست کار می‌کنه.',
  'مدل Galaxy S23 رو موجود داریم.',
  'گوشی iPhone شما تعمیر شد.',
];

describe('jargon31: a code no list holds, read by its slot, is flagged', () => {
  for (const marked of POSITIVES) it(marked, () => expectMarkedJargon(marked));
});

describe('jargon31: codes customers know, type, quote or own stay quiet (this reader)', () => {
  for (const text of CONTRASTS_EN) it(text, () => expect(readJargon31En(text)).toEqual([]));
  for (const text of CONTRASTS_FA) it(text, () => expect(readJargon31Fa(text)).toEqual([]));
});

describe('jargon31: unknownCode', () => {
  it('reads made-up codes and leaves known acronyms, words in capitals and references', () => {
    for (const w of ['XRT', 'NtO', 'PPPoE', 'KV4', 'HLD-R2', 'pending_rider']) expect(unknownCode(w), w).toBe(true);
    for (const w of ['PIN', 'SMS', 'ATM', 'SEPA', 'USD', 'PAID', 'BA245', 'A1234', 'Hello', 'hello', 'OK', '2024', 'P45', 'W2', 'A4', 'Q3', 'FY24', 'V5C', 'PhD']) expect(unknownCode(w), w).toBe(false);
  });
});
