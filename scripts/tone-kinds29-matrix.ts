/**
 * Session 29's tone kinds (lib/tone/cues/frustration.fa.kinds29.ts and the session's English readers): look-alike sets
 * written from general knowledge across trades (telecoms, couriers, clinics, banks, shops, hotels, garages, schools,
 * utilities, software, airlines), both registers, typed as customers type (no ZWNJ, Finglish, emoji now and then), never
 * from a development sentence's nouns. [text, shown]: whether the cue must show. Each kind carries its close contrasts
 * (worried but polite, calm serious reports, sincere thanks and praise, thanks for a fault put right).
 * Run: `npx tsx scripts/tone-kinds29-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds29.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION29_FA: Record<string, readonly MatrixCase[]> = {
  // Thanks or praise with a sour emoji (🙃 😐 😑 🙄 😒) over a harm told in words no fault list holds.
  sourThanks: [
    ['مرسی که کفش ۴۲ سفارش دادم و ۳۸ فرستادین 🙃 حالا تعویضش چطوریه؟', true],
    ['ممنون از باشگاه که وسط ماه ساعت کلاسو عوض کرد و به ما نگفت 😐 پول این جلسه‌ها رو جبران می‌کنید؟', true],
    ['خیلی ممنون، بیمه‌نامه با اسم اشتباه صادر شده 🙄 دوباره باید برم شعبه؟', true],
    ['عالیه 🙃 تو سایت نوشته موجود، میام فروشگاه میگن تموم شده.', true],
    ['دستتون درد نکنه 😒 سه روزه منتظرم یکی بیاد کنتور رو ببینه.', true],
    ['فوق العادست که هتل ساعت ۲ شب پذیرش نداره 🙃 ما الان کجا بخوابیم؟', true],
    ['مرسی بابت کلاس آنلاینی که صدای استادش قطع و وصل میشد 😑 پول این ترم رو کی برمیگردونید؟', true],
    // Contrasts: the sour emoji beside the customer's own slip, thanks with a question of procedure, worried and polite,
    // thanks to come, praise denied, a fault put right, no harm at all.
    ['مرسی از جوابتون 😅 یه سوال دیگه هم داشتم، ساعت کاری شعبه تا کیه؟', false],
    ['سلام ببخشید، نگرانم چون هنوز پیامک تایید نیومده. ممنون میشم بررسی کنید 🙏', false],
    ['عالی نبود ولی بد هم نبود 😐 دفعه بعد سس بیشتر بذارید لطفا', false],
    ['مرسی 😐 باشه پس فردا خودم میام تحویل میگیرم.', false],
  ],
  // Thanks or praise with a clap or an OK hand (👏 👌) over a harm; the same marks are often sincere.
  clapThanks: [
    ['مرسی بابت پیامک «سفارش شما ارسال شد» وقتی هنوز از انبار تکون نخورده 👏', true],
    ['تبریک میگم به تیم فنی، دوباره اینترنت کل ساختمونو قطع کردید 👏👏 لااقل خبر بدید کی وصل میشه', true],
    ['دمتون گرم 👌 بلیط رو دو بار از حسابم کشیدید، مابه‌التفاوت رو کی برمیگردونید؟', true],
    ['آفرین 👏👏 نوبت ساعت ۱۰ بود، ساعت ۱۲ هنوز تو مطب معطلم.', true],
    ['خیلی ممنون که دقیقا روز امتحان سامانه رو بستید 👌 حالا چیکار کنم؟', true],
    // Contrasts: sincere praise of a person, a success told, thanks with 🙏, a concession, praise of an ordinary day.
    ['مرسی از همکارتون آقای کریمی که امروز اومد روتر رو تنظیم کرد 👌', false],
    ['دمتون گرم، بسته یه روزه رسید و سالم بود 👏', false],
    ['آفرین به پشتیبانیتون 👏 مشکل پرداخت همون روز حل شد.', false],
    ['غذا یه کم دیر رسید ولی خیلی خوشمزه بود، دمتون گرم 👌', false],
    ['عالی بود 👌 فقط یه سوال، کد تخفیف بعدی کی میاد؟', false],
    ['خیلی ممنون 👏 کلاس امروز عالی بود، جلسه بعد کیه؟', false],
    ['ممنون از نصابتون 👌 آبگرمکن دیگه چکه نمیکنه', false],
    ['مرسی 👏 بعد از آپدیت دیگه برنامه هنگ نمیکنه', false],
  ],
  // «لابد» mocking after thanks, with a bill or a wait out of scale.
  labod: [
    ['ممنون بابت قبض ۹۰۰ هزاری آب برای یه خونه دو نفره. لابد استخر داریم و خبر نداریم.', true],
    ['دستتون درد نکنه، صورتحساب ۴ میلیونی برای یه ماه. لابد کل ساختمونو ما روشن نگه داشتیم.', true],
    // Contrasts: «لابد» as a plain guess, before the thanks, or of the customer's own slip.
    ['ممنون از پیگیری. لابد فردا میرسه دیگه، عجله‌ای نیست.', false],
    ['لابد من بد متوجه شدم، ممنون که توضیح دادید.', false],
    ['مرسی، لابد اشتباه از من بوده که آدرس قدیمی رو زدم.', false],
  ],
  // Finglish: the same figure typed in Latin letters.
  finglish: [
    ['mersi vaghan 👏👏 2 hafte montazer boodam akharesh goftan mojood nist', true],
    ['dametoon garm 🙃 bastam ghat shode va hichkas javab nemide', true],
    ['afarin 👏 sefaresham ro cancel kardid bedoone inke khabar bedid', true],
    // Contrasts: sincere Finglish thanks, thanks to come.
    ['mersi az peyketoon kheili moaddab bood 👏', false],
    ['mamnoon misham check konid 🙏 hanooz payamak nayomade', false],
    ['dametoon garm 👌 bastam emrooz resid salem', false],
  ],
};

export const FRUSTRATION29_EN: Record<string, readonly MatrixCase[]> = {
  // Displeasure in a lawyer's register: a position reserved, a step one is "minded to" take, an allegation called unfounded.
  legalRegister: [
    ['Dear Sirs, the deposit of £1,200 has still not been returned. We reserve our client\'s position as to interest and costs.', true],
    ['I have written twice about the missing pension statement. Absent a reply this month I am minded to refer the matter to the Pensions Ombudsman.', true],
    ['Your letter suggests my tenant caused the damage. That allegation is unfounded, and I expect it withdrawn in writing.', true],
    ['The school has not responded to my two letters about the exclusion. I am minded to escalate this to the governors.', true],
    // Contrasts: minded to stay with the company, the company's terms reserving rights, a reservation booked, asked about.
    ['Thank you for the renewal offer. I am minded to renew for another year if the price stays the same.', false],
    ['Your terms say you reserve the right to change the itinerary. Could you tell me what that means for my May tour?', false],
    ['I would like to reserve a table for four on Friday at 7pm, please.', false],
    ['If a claim turned out to be unfounded, would the excess still be charged?', false],
    ['Could I reserve my position on the upgrade until I have seen the quote?', false],
  ],
};

export const URGENCY29_EN: Record<string, readonly MatrixCase[]> = {
  // An acute harm to a person's or an animal's body told as going on now, with help asked now.
  healthNow: [
    ['My puppy has just chewed through a blister pack of ibuprofen, maybe two tablets gone. Should I bring him in now?', true],
    ["Our rabbit collapsed in her run about ten minutes ago and she's barely moving. Are you open this evening?", true],
    ['my daughter is having an allergic reaction to the cake from your bakery, her lips are swelling, what should i do', true],
    ['The kitten keeps vomiting and hasnt kept water down since lunch. Can someone see her today?', true],
    ["Hi, our horse is straining and rolling in the stable, we think it might be colic. Who do I call out of hours?", true],
    ['My dad fell on the stairs at the care home and there is blood from his head, nobody is answering the nurse call. Please help', true],
    ['my son swallowed a button battery from the remote 20 mins ago, do we go to A&E or come to you?', true],
    ['Our collie cut her paw badly on glass on the walk and it will not stop bleeding. Can we come straight in?', true],
    // Contrasts: the harm told as over, asked about in general, a routine booking, a bill for it, an object not a body.
    ["Thanks for seeing Bella last week after she ate chocolate, she's fine now. Could you send the invoice?", false],
    ['Is chocolate toxic to cats, or only to dogs? Asking before Christmas.', false],
    ['My dog was hit by a car two years ago and has a bad hip. Could we book his booster for next week?', false],
    ["The dye from your red towels is bleeding onto everything in the wash. Can you help?", false],
    ['The shelf you fitted collapsed overnight. Can someone come today?', false],
    ['My son chipped his tooth at football last year and you fixed it; is the check-up due now?', false],
    ['Our cat is a bit off her food since we moved house. No rush, but could we book a check-up?', false],
    ['Your courier broke the handle off my suitcase. Can you send a new one today?', false],
    ['I burnt my hand on the kettle you sold me last month. It healed, but the lid is faulty; can I return it now?', false],
    ["Hi, my son has chipped his front tooth on your metal water bottle lid, he's fine, it doesn't hurt. Is the lid covered by the guarantee?", false],
  ],
  // Money or a living hanging on the company's fault: an obligation the money was for, a living being lost.
  livelihood: [
    ['The refund still has not come through and I need it to pay my landlord on the 1st.', true],
    ['Your card reader has been declining every payment since opening. We are losing customers by the minute.', true],
    ["My payout from your platform was short again this week and that was meant for my staff's wages on Friday. I need to pay my staff.", true],
    ['The courier van is still stuck at your depot. Every day it is off the road costs us about £250 in lost jobs.', true],
    ['My work laptop still won’t boot after your repair. I need it for work, can you look at it today?', true],
    ['hi my salary advance got cancelled by your app for no reason and my rent is due tomorrow, please sort it', true],
    // Contrasts: a quote or a plan with no fault, the stake told with no hurry, "need it for work" with no ask for today,
    // money for a thing planned, losing weight.
    ['My rent is due on the 1st; could I move my direct debit date to the 2nd from next month?', false],
    ['The refund is still pending but no rush at all, I do not need it to pay anything urgent.', false],
    ['The app logs me out every evening and I need it for work. It has been like this for a fortnight. Please look into it when you can.', false],
    ['I need the invoice to pay my supplier, could you email it over when you get a chance?', false],
    ["I've been losing weight on your meal plan, thanks! Can I pause it for a week?", false],
  ],
  // "Is it safe to …" with someone vulnerable at stake.
  safeVulnerable: [
    ['The boiler is making a loud bang when it fires up and we have a newborn. Is it safe to keep using it tonight?', true],
    ["The heater smells of burning plastic. Is it safe to leave on? My mum is elderly and feels the cold.", true],
    ['The brakes on the pushchair slipped twice on the hill. Is it safe to use with my baby in it?', true],
    // Contrasts: "is it safe" with no one at stake, a general question, a device asked after.
    ['Is it safe to keep driving the hire car until I return it on Sunday? The warning light came on.', false],
    ['Is it safe to pay by bank transfer on your site?', false],
    ['Is it safe to wash the baby blanket at 60 degrees?', false],
  ],
};

/**
 * Contrasts that the older readers (not session 29's) read wrong before this session: sour or clapping thanks beside the
 * customer's own slip or a courier's kindness. Printed, not tested: they are what someone should fix next.
 */
export const KNOWN29_FA: Record<string, readonly MatrixCase[]> = {
  olderReaders: [
    ['ممنون 🙃 من خودم رمز رو اشتباه زده بودم، الان درست شد.', false],
    ['ممنون 🙃 فکر کنم خودم ایمیلو اشتباه وارد کردم. چطوری عوضش کنم؟', false],
    ['ممنون از پیکتون که با اینکه آسانسور خراب بود بسته رو آورد بالا 👏🙏', false],
  ],
};

/** The same for the urgent cue: "losing customers" wished away, read as money being lost by an older reader. */
export const KNOWN29_EN: Record<string, readonly MatrixCase[]> = {
  olderReaders: [
    ["I'm opening a café next month. Could you quote me for a card reader? I don't want to be losing customers who only carry cards.", false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds29-matrix.ts')) {
  printCueMatrices('kinds29', [[FRUSTRATION29_FA, 'frustrated'], [FRUSTRATION29_EN, 'frustrated'], [URGENCY29_EN, 'urgent']]);
  printCueMatrices('kinds29 known (older readers)', [[KNOWN29_FA, 'frustrated'], [KNOWN29_EN, 'urgent']]);
}
