// @vitest-environment node
/**
 * Session 20's frustration kinds (lib/tone/cues/frustration.kinds20.ts and the kinds19 "company cleared" widening): a
 * look-alike set written from general knowledge across trades, English and Persian, never from a development sentence's
 * nouns. Calm kinds stay quiet (a quoted label a machine shows, thanks again, the company cleared,
 * a court or a lawyer in the customer's errand); their frustrated contrasts and the frustrated kinds (an ultimatum with a
 * step after "or", "I find it rather poor", hyperbolic praise beside a fault, a review to warn others, «این بود …؟») show
 * the cue with evidence in the words that carry it (never thanks, "you" or a function word alone).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

type Case = readonly [text: string, frustrated: boolean];

export const KINDS20: Record<string, readonly Case[]> = {
  "a quoted label a machine shows (and scare quotes that stay irony)": [
    ["My visa application has been sitting at the \"awaiting review\" stage for three weeks. I travel on the 14th. Is there any way to speed it up? Thanks, Priya", false],
    ["The card machine in your Leeds store keeps saying \"declined\" but my bank says the card is fine. Could someone check the terminal?", false],
    ["Calling your helpline just says \"number unavailable\". Is there another number I can use?", false],
    ["The router shows \"no internet\" on the front panel since this morning. What should I try?", false],
    ["My parcel has been on the \"out for delivery\" screen since 7am and it's now 6pm. Can you check where the driver is?", false],
    ["The app says \"payment failed\" but the money has left my account. Can you check if the order went through?", false],
    ["The thermostat display flashes \"E4\" every few hours and the heating goes off. Is an engineer visit possible this week?", false],
    ["When I try to log in, the website comes up with \"session expired\" straight away. I've cleared cookies already. Any ideas?", false],
    ["The self checkout at your Hove branch gave \"unexpected item in bagging area\" and charged me twice, receipt attached. Could you refund one of them?", false],
    ["The ticket barrier at the station reads \"seek assistance\" every time I tap my card. Is my season ticket loaded correctly?", false],
    ["The claim is listed on the \"closed\" tab but nobody told me a decision. Could you explain?", false],
    ["Your email said the refund was \"processed\" two weeks ago. It still isn't in my account. This is getting ridiculous.", true],
    ["Oh sure, the \"express\" delivery took eleven days. Really express.", true],
    ["Thanks for the \"help\" on the phone yesterday, the agent hung up on me.", true],
    ["My \"brand new\" laptop arrived with scratches all over the lid and someone else's files on it. Unbelievable.", true],
    ["So the \"24 hour callback\" was actually a 5 day wait and nobody called. Great.", true],
    ["سلام، اپ میگه «تحویل شد» ولی بسته هنوز دم در نیست. میشه با پیک تماس بگیرید؟", false],
    ["سلام وقت بخیر. پیامک زده «پرداخت ناموفق» ولی پول از حسابم کم شده. لطفا بررسی کنید.", false],
    ["سایت نوشته «موجود نیست» ولی هفته پیش موجود بود. کی دوباره میاد؟", false],
    ["کارتخوان فروشگاهتون میزنه «خطای ارتباط» و نمیشه پرداخت کرد. لطفا بررسی کنید.", false],
    ["سامانه میگه «در حال بررسی» سه هفته‌ست. میشه بگید کی تموم میشه؟ ممنون", false],
    ["پشتیبانی‌تون گفت «فردا حتما میرسه»، سه روز گذشته و خبری نیست. واقعا مسخره‌ست.", true],
    ["«ارسال فوری»تون شد ده روز! دستتون درد نکنه واقعا.", true],
    ["ممنون از «پیگیری» عالی‌تون، دو هفته‌ست جواب نمیدین.", true],
  ],
  "thanks again, sincere praise": [
    ["سلام و درود. کولر رو دیروز نصب کردن، همه چیز عالی بود، نصاب‌ها تمیز کار کردن و سر وقت اومدن. باز هم ممنون از همکارتون.", false],
    ["سلام، سفارشم امروز رسید. بسته‌بندی عالی بود و همه چیز سالم. بازم مرسی، حتما دوباره خرید می‌کنم!", false],
    ["با سلام، کلاس دیروز فوق‌العاده بود. باز هم از شما سپاسگزارم.", false],
    ["تعمیرکار‌تون عالی بود، گوشی مثل روز اول شده. باز هم تشکر!!", false],
    ["عالی بود واقعا، دفعه بعد هم از شما بلیط می‌گیرم. باز هم ممنون", false],
    ["خیلی عالی، باز هم تأخیر. دستتون درد نکنه.", true],
    ["به به! باز هم سفارشم دیر رسید. واقعا عالی هستید.", true],
    ["ممنون از پشتیبانی عالیتون، باز هم قطع شد.", true],
    ["The plumber was brilliant, fixed everything in an hour. Thanks once again!", false],
    ["Great service as always. Again, thank you so much to the team.", false],
    ["Brilliant, the app crashed again. Thanks a lot.", true],
    ["Great, delayed again. Thank you so much.", true],
  ],
  "the company cleared": [
    ["Hi, our table booking got moved twice today but honestly that's not on you, the venue flooded. The staff were lovely about it. Can we rebook for Friday?", false],
    ["My delivery came an hour late, but that's not on you guys at all, the motorway was shut. Just wanted to check the frozen items are ok to refreeze?", false],
    ["The flight was cancelled which is obviously out of your hands, storms are storms. Could you help me find a hotel voucher?", false],
    ["Our wifi dropped for three hours this morning. I know it was a regional outage and nothing you could have done. Will there be any credit on the bill?", false],
    ["The parcel was left in the rain by the neighbour who signed for it. No fault of yours. Is there a way to stop neighbours signing for me?", false],
    ["My builder damaged the boiler pipe, so I know it's not down to you, but could an engineer come out this week?", false],
    ["The taxi was 20 minutes late, I don't blame you, the traffic was awful. The driver was great though. Can I add a tip?", false],
    ["The course was cancelled at short notice, which I know isn't your fault. Can I transfer my place to the autumn term?", false],
    ["The flight was cancelled, not your fault I know, but you still haven't refunded me after six weeks and nobody answers. Ridiculous.", true],
    ["It's not on you guys that the storm hit, but losing my booking and charging me twice IS. Sort it out.", true],
    ["I know the delay was out of your hands, but three weeks without a single update is unacceptable.", true],
  ],
  "anger at a third party, told in Persian, still shows (the company's own people, or the service judged)": [
    ["سلام، پیک‌تون بسته رو دم در ول کرد و رفت، از دست این آقا واقعا کلافه شدم 😡", true],
    ["سلام، سه بار زنگ زدم و هیچکس جواب نداد، از دستتون کلافه شدم 😡", true],
    ["همسایه‌م میگه اینترنت شما هم قطع شده، واقعا افتضاحه این سرویس. کی درست میشه؟", true],
    ["پیمانکارتون کابل رو بریده و از صبح برق نداریم، انگار نه انگار 😡 این چه وضعشه؟", true],
    ["سلام، همسایه گفت مأمورتون اومده و بدون اینکه زنگ بزنه رفته. واقعا مسخره‌ست!", true],
  ],
  "a death in the family told with regret, in Persian (grief, not displeasure), and its contrasts": [
    ["سلام، با کمال تأسف مادرم هفته پیش فوت کرد. چطور میتونم اشتراکش رو لغو کنم؟", false],
    ["با نهایت تأسف به اطلاع می‌رساند همسرم درگذشته است؛ خواهشمند است مدارک لازم برای انتقال حساب را اعلام فرمایید.", false],
    ["متأسفانه پدربزرگم به رحمت خدا رفته، میشه سفارشش رو کنسل کنید؟", false],
    ["با کمال تأسف سفارشم بعد از سه هفته هنوز نرسیده و کسی هم جواب نمیده.", true],
    ["با کمال تأسف پدرم فوت کرده و شما هنوز از حسابش پول کم می‌کنید! این چه وضعشه؟", true],
  ],
  "ultimatums, \"I find it poor\", hyperbole, warning others, «این بود …؟»": [
    ["Refund the deposit by Friday or I'm raising a chargeback with my card company.", true],
    ["Fix my internet this week or I'll be taking this straight to the ombudsman.", true],
    ["Put the money back today or we will be disputing every payment with our bank.", true],
    ["Send the replacement by Monday, otherwise I'm leaving a one-star review everywhere I can.", true],
    ["If the boiler isn't repaired by Thursday we will be invoking the cancellation clause in our contract.", true],
    ["If I don't hear back by tomorrow I'll be contacting my solicitor.", true],
    ["Sort out the double charge or I'm cancelling my membership, simple as that.", true],
    ["unlock my account or im filing a dispute with paypal, im not even joking", true],
    ["I have to say I find it rather poor that a bank cannot process a simple address change in a month.", true],
    ["I find your explanation difficult to reconcile with the emails I was sent.", true],
    ["Frankly I find the tone of your last reply patronising.", true],
    ["The courier left it in the rain, which I find unacceptable for a £900 television.", true],
    ["Your help page sends me to a form that doesn't load. Truly a masterpiece of customer care.", true],
    ["Three emails, no reply. What a triumph of modern service.", true],
    ["سلام، تا آخر هفته پولمو برنگردونید از طریق سازمان حمایت پیگیری می‌کنم.", true],
    ["عکس‌های آگهی با ماشینی که تحویل دادید هیچ ربطی نداره. نظرمو با همین عکسا تو سایت میذارم که بقیه گول نخورن.", true],
    ["اتاق کثیف، حوله‌ها بو میداد. این بود هتل پنج ستاره؟", true],
    ["گفتید ارسال یک‌روزه، پنج روز گذشته. این بود ارسال اکسپرس؟", true],
    ["If it doesn't fit, I'll return it for a refund, no worries.", false],
    ["If the card payment fails again, should I call my bank or can you retry it?", false],
    ["Or do I need to raise a chargeback with my card company for this? Just want to know the process.", false],
    ["If you can't deliver on Saturday, I'll cancel the order and reorder next week, that's fine.", false],
    ["We'll be cancelling our old plan at the end of the month, could you confirm the final bill?", false],
    ["I find the new app really easy to use, thank you!", false],
    ["I find it hard to believe how fast that was, thanks so much.", false],
    ["Could you tell me if I'd find the termination clause in the welcome pack?", false],
    ["Your staff at the front desk were a masterpiece of patience with my kids. Thank you!", false],
    ["My lawyer asked me to get a copy of the contract, could you email it to me?", false],
    ["I need to deliver these signed papers to the county court by 3pm, can your courier do same-day?", false],
    ["The police asked for the CCTV from your store, who should they contact?", false],
    ["سلام، اینه قیمت نهایی؟ یعنی با مالیات همینه؟", false],
    ["سلام، نظرم رو تو سایت گذاشتم که بقیه هم بدونن چقدر خوب بودید. ممنون!", false],
    ["سلام، وکیلم این قرارداد رو لازم داره، میشه یه نسخه برام بفرستید؟", false],
    ["سلام، باید مدارک رو تا ساعت ۳ برسونم دادگاه، پیک فوری دارید؟", false],
    ["I'll see you in court if this money isn't back by Friday.", true],
    ["سلام، تا فردا درستش نکنید کارمون به دادگاه میکشه.", true],
  ],
  "calm look-alikes across trades": [
    ["Honestly the new booking page is brilliant, took me seconds to change my slot. Thanks again for a great service!", false],
    ["Our plumber turned up early and was brilliant. Excellent service as always, cheers!", false],
    ["Hi, if the sofa doesn't arrive by Friday we will be away, so could you deliver Monday instead?", false],
    ["If my payment doesn't go through, should I raise a dispute with my bank or wait?", false],
    ["If you can't find the booking, I'll be happy to send the confirmation email again.", false],
    ["Please cancel my gym membership from next month, I'm moving abroad. Thanks for everything!", false],
    ["We're terminating the lease at the end of June as agreed; could you send the checkout form?", false],
    ["If the part is out of stock, otherwise I'm happy to wait a week, just let me know.", false],
    ["I found the instructions a bit hard to follow, is there a video?", false],
    ["I find it difficult to log in on the tablet, is there a different app for it?", false],
    ["I found your article on pension transfers really useful, could I book a call?", false],
    ["I find the price fair for what you get, just wondering if there's a student discount.", false],
    ["The new menu is a masterpiece of design, honestly. Any chance of a gluten-free version?", false],
    ["The system shows my claim at the \"assessment\" stage, how long does that usually take?", false],
    ["The barrier at the car park keeps flashing \"ticket not valid\" when I use my pre-booked code. Is there a number to call?", false],
    ["The meter display reads \"E-02\" since the storm last night. Is that something I can reset?", false],
    ["Our neighbour's tree fell on the cable and the line's been dead since Tuesday. Not your fault obviously. When can an engineer come?", false],
    ["The plumber you sent was brilliant and fixed it in twenty minutes. Thank you once again!", false],
    ["My solicitor needs a copy of the completion statement by Friday, can you email it?", false],
    ["The court has asked for the bank statements for my divorce case, how do I order certified copies?", false],
    ["Police told me to contact you about the stolen card, what's the next step?", false],
    ["I am writing to request the cancellation of my policy at renewal, as I have sold the car.", false],
    ["سلام، اگه تا جمعه نرسید لطفا بذارید دوشنبه بیارن چون ما سفریم.", false],
    ["سلام، نرم‌افزار میگه «لایسنس منقضی شده» ولی تازه تمدید کردم. لطفا بررسی کنید.", false],
    ["سلام، دستگاه کارتخوان نوشته «عدم ارتباط با سرور». چطور درستش کنم؟", false],
    ["سلام، همسایه‌مون درخت رو قطع کرده و افتاده روی کابل، از دستش خیلی عصبانیم! لطفا یه تکنسین بفرستید.", false],
    ["سلام، خیلی ممنون از نصاب‌ها، عالی کار کردن. باز هم سپاسگزارم.", false],
    ["با سلام، دادگاه از من پرینت حساب خواسته، چطور می‌تونم نسخه مهر شده بگیرم؟", false],
    ["سلام، وکیل‌مون گفته باید قرارداد رو امضا شده تحویل بدیم، کی میتونیم بیایم دفتر؟", false],
    ["سلام، این بود سفارشی که گفتید هفته بعد میرسه؟ چون هنوز وضعیتش «آماده ارسال» است. ممنون میشم بررسی کنید.", false],
    ["سلام، نظرمو تو سایت نوشتم که بقیه هم از تخفیف‌تون باخبر بشن. مرسی!", false],
  ],
  "thanks for a spoilt thing, closing praise, «شما که … چرا …؟», trust damaged (and their calm contrasts)": [
    ["Thanks for the cold chips and the burger with no burger in it. Forty minutes for that.", true],
    ["cheers for the cracked screen protector, really top packing", true],
    ["so I'm paying for premium broadband to get a connection that drops every evening 🙃 really great service guys", true],
    ["مرسی بابت کیک له‌شده و شمع‌هایی که اصلا نیومد 👌 تولد بچه‌م خراب شد.", true],
    ["دستتون درد نکنه بابت یخچال خراب، دو روزه همه غذاها فاسد شده.", true],
    ["شما که گفتید تا ظهر میاد، چرا هنوز خبری نیست؟", true],
    ["این رفتار، اعتماد ما رو به شرکتتون به‌شدت خدشه‌دار کرده.", true],
    ["Thanks for the quick delivery, the new chair is perfect.", false],
    ["Thanks for the replacement, the first one arrived broken but this one is perfect!", false],
    ["Really great service guys, the engineer was in and out in an hour.", false],
    ["Amazing service as always, thank you!", false],
    ["Got the 4K plan today, everything looks sharp. Really great value guys!", false],
    ["مرسی بابت کیک، خیلی خوشمزه بود و به موقع رسید.", false],
    ["ممنون از پیگیری‌تون، بسته خراب اول رو عوض کردید و این یکی سالمه.", false],
    ["شما که تخصص دارید، چرا این مدل رو پیشنهاد می‌کنید؟ می‌خوام بدونم فرقش با بقیه چیه.", false],
    ["اعتماد به سایت شما خیلی بالاست، برای همین دوباره خرید کردم.", false],
    ["با کمال تأسف پدرم فوت کرده، می‌خواستم حسابش رو ببندم. چه مدارکی لازمه؟", false],
    ["The part arrived a few days late but it works perfectly, great stuff.", false],
    ["Unless the fee is refunded this week, I shall take the matter to the ombudsman.", true],
    ["فکر کردم شرکت معتبری هستید ولی واقعاً کلاهبردارید!", true],
    ["Great, another \"scheduled maintenance\" window on the one night I need the internet. Really appreciate it.", true],
  ],
  "a conceding \"still\", mild disappointment, strong factual words, another's anger told calmly (and angry contrasts)": [
    ["I'm a little disappointed the colour is darker than the photo, but it's still nice. Can I exchange for the lighter one?", false],
    ["The sofa has a small scuff on the leg but it's still really comfortable, could you send a touch-up pen?", false],
    ["Bit sad the strap snapped after a year, still love the watch though. Do you sell replacement straps?", false],
    ["The blender is louder than my old one but still works great. Is there a quieter setting?", false],
    ["My order is still not here after ten days. Nobody answers the phone. Ridiculous.", true],
    ["It's still broken after the third repair and I'm fed up.", true],
    ["Still waiting on my refund, three weeks now, this is unacceptable.", true],
    ["I am still very unhappy with how my complaint was handled.", true],
    ["My husband is furious that the sofa came in the wrong colour, but honestly I just want to know if we can swap it. Could you let me know the process?", false],
    ["My boss is livid about the invoice error, can you send a corrected copy today please?", false],
    ["My daughter was really upset when the party cake arrived squashed. Is a partial refund possible?", false],
    ["I'm not angry, just a bit confused about the new bill layout.", false],
    ["Not complaining at all, just wondering when the next batch comes in.", false],
    ["Haha my cat knocked the router off the shelf and now nothing works 😂 any tips to reset it?", false],
    ["The screen is cracked right across the middle. It arrived like that this morning. How do I send it back?", false],
    ["I was charged twice for order 4471 — could you refund one of them?", false],
    ["I pressed pay and nothing happened. Did the payment go through?", false],
    ["How do I make a formal complaint about a driver? He was fine, I just want to give feedback about the route.", false],
    ["My husband is furious and so am I. Three missed deliveries and nobody calls back.", true],
    ["همسرم خیلی عصبانیه که مبل رنگش فرق داره، میشه بگید چطور تعویضش کنیم؟", false],
    ["عصبانی نیستم، فقط میخوام بدونم کی میرسه.", false],
    ["صفحه گوشی از وسط ترک خورده، امروز صبح همینطوری رسید. چطور مرجوعش کنم؟", false],
    ["دو بار از حسابم پول کم شده برای یه سفارش، لطفا یکیشو برگردونید.", false],
  ],
};

/** Evidence that carries nothing alone: function words, thanks, "you", a greeting. */
const EMPTY = /^(?:you|your|u|ur|the|a|an|and|or|but|so|to|of|in|on|it|is|was|i|we|thanks?|thank you|cheers|hi|hello|dear|please|شما|و|که|از|به|با|ممنون|مرسی|سلام|لطفا)$/i;

describe('frustration kinds, session 20 (look-alike set)', () => {
  const all = Object.values(KINDS20).flat();
  it('has calm and frustrated messages in both languages', () => {
    expect(all.filter(([, f]) => f).length).toBeGreaterThan(30);
    expect(all.filter(([, f]) => !f).length).toBeGreaterThan(60);
    expect(all.some(([t]) => /[\u0600-\u06ff]/.test(t))).toBe(true);
  });
  for (const [kind, cases] of Object.entries(KINDS20)) {
    it(`reads every message of "${kind}" by its label`, () => {
      const wrong = cases.filter(([text, f]) => readCustomerTone(text).cues.some((c) => c.kind === 'frustrated') !== f).map(([t, f]) => `${f ? 'missed' : 'false alarm'}: ${t}`);
      expect(wrong).toEqual([]);
    });
  }
  it('shows evidence that carries the cue', () => {
    const bad: string[] = [];
    for (const [text, f] of all) {
      if (!f) continue;
      const cue = readCustomerTone(text).cues.find((c) => c.kind === 'frustrated');
      const ev = cue?.evidence ?? [];
      if (ev.length === 0 || ev.some((e) => EMPTY.test(e.text.trim()))) bad.push(`${text} -> ${ev.map((e) => e.text).join(' | ')}`);
    }
    expect(bad).toEqual([]);
  });
});
