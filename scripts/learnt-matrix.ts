/**
 * The learnt clause reader's look-alike set (written for the twenty-third session, no development wording): sentences
 * in many trades it should flag when no rule does, and close contrasts it must leave alone. Prints each sentence's
 * learnt verdict (score, flagged words) and whether the rules already flag it. Usage: npx tsx scripts/learnt-matrix.ts
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { LEARNT_PACK_IDS, readLearnt } from '../lib/rewrite/learnt.ts';

export const LEARNT_POSITIVES: Record<'en' | 'fa', string[]> = {
  en: [
    "Our fitters won't haul the wardrobe up past the second floor.",
    'That is just how the booking calendar works, I am afraid.',
    'You should have checked the size chart before ordering.',
    "I'll do my best to get someone out to you this week.",
    'Honestly, the grooming slot is gone, nothing we can do.',
    "It's against our salon rules to dye hair under sixteen.",
    'That one is not our side, try the council.',
    'As I said before, the deposit is non-refundable.',
    'relax, its only a hold on your card',
    "The courier isnt coming your way till next week at the earliest.",
    'Calm down please, shouting will not get the boiler fixed faster.',
    'We are not in a position to swap the lens after fitting.',
  ],
  fa: [
    'این مورد اصلاً به ما مربوط نیست.',
    'طبق قوانین باشگاه امکان انتقال اشتراک وجود ندارد.',
    'شما باید قبل از ثبت سفارش سایز رو چک می‌کردید.',
    'راستش کاری از دست ما برنمیاد.',
    'سعی می‌کنم یه نفر رو بفرستم ولی قول نمی‌دم.',
    'قبلاً هم گفتم، بیعانه برگشت نمی‌خوره.',
    'سیستم اجازه ثبت نوبت برای این روز رو نمی‌ده.',
    'آروم باشید لطفاً، داد زدن چیزی رو درست نمی‌کنه.',
  ],
};

export const LEARNT_CONTRASTS: Record<'en' | 'fa', string[]> = {
  en: [
    "You don't need to do anything else.",
    'No problem, done!',
    "I can't wait to see you at the opening night!",
    "You won't be charged for the replacement.",
    'Nothing else is needed from you.',
    'To cancel your order, please take the following steps.',
    'Kindly follow the instructions below.',
    "Don't worry, your booking is safe.",
    'There is no fee for changing the date.',
    "Thanks so much for your patience, I've sorted it now.",
    'Please let me know if you have any other questions.',
    'Our policy is to refund within five working days.',
    'I have gone ahead and moved your appointment to Tuesday.',
    "It's no trouble at all.",
    "We'll never share your details with anyone.",
    'Your parcel is out for delivery today.',
    'Best regards and have a lovely weekend.',
    'You can cancel at any time without a fee.',
    "If it doesn't fit, just send it back and we'll swap it.",
    'The engineer will call you before he arrives.',
  ],
  fa: [
    'نگران نباشید، سفارش شما ثبت شده.',
    'هیچ هزینه‌ای برای تغییر تاریخ دریافت نمی‌شود.',
    'دیگه لازم نیست کاری انجام بدید.',
    'خیلی ممنون از صبوری شما، مشکل حل شد.',
    'این انتقال مشمول کارمزد نمی‌باشد.',
    'اگر سؤال دیگری دارید در خدمتم.',
    'نوبت شما به سه‌شنبه منتقل شد.',
    'بسته شما امروز به دستتون می‌رسه.',
    'هر وقت خواستید می‌تونید بدون هزینه لغو کنید.',
    'اطلاعات شما هرگز در اختیار کسی قرار نمی‌گیرد.',
  ],
};

function main(): void {
  const off = new Set(Object.values(LEARNT_PACK_IDS));
  for (const lang of ['en', 'fa'] as const) {
    let pos = 0, rulesPos = 0, badContrast = 0;
    for (const s of LEARNT_POSITIVES[lang]) {
      const v = readLearnt(lang, s);
      const ruled = suggestRewrites(s, builtinPacks, { cache: false, disabledPacks: off }).length > 0;
      if (ruled) rulesPos++;
      if (v) pos++;
      console.log(`POS ${v ? 'learnt' : '      '} ${ruled ? 'rules' : '     '} ${v ? `${v.score.toFixed(2)} [${v.category}] "${s.slice(v.start, v.end)}"` : ''}  ${s}`);
    }
    for (const s of LEARNT_CONTRASTS[lang]) {
      const v = readLearnt(lang, s);
      if (v) badContrast++;
      console.log(`NEU ${v ? 'LEARNT' : '      '} ${v ? `${v.score.toFixed(2)} [${v.category}] "${s.slice(v.start, v.end)}"` : ''}  ${s}`);
    }
    console.log(`${lang}: learnt flags ${pos}/${LEARNT_POSITIVES[lang].length} positives (rules ${rulesPos}); contrasts flagged ${badContrast}/${LEARNT_CONTRASTS[lang].length}`);
  }
}

if (process.argv[1]?.endsWith('learnt-matrix.ts')) main();
