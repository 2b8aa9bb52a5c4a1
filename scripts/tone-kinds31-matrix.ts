/**
 * Session 31's tone kinds (lib/tone/cues/frustration.kinds31.ts): look-alike sets written from general knowledge across
 * trades (banks, couriers, clinics, telecoms, airlines, shops, garages, schools, utilities, apps, insurers), both registers
 * and both languages (Persian formal, colloquial and Finglish), typed as customers type, never from a development
 * sentence's nouns. [text, shown]: whether the frustrated cue must show. Each kind carries its close contrasts, which must
 * keep the cue: the company's claim mocked in quotes, thanks for a harm or with a sour mark, "you are scammers", anger
 * disowned and then said.
 * Run: `npx tsx scripts/tone-kinds31-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds31.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION31: Record<string, readonly MatrixCase[]> = {
  // What a screen shows, or a value written wrong, quoted as it is: never irony.
  plainLabel: [
    ["My transfers to the landlord keep failing with 'daily cap reached' although I have never changed the cap. Rent is due tomorrow. Could someone look at it?", false],
    ['The card reader in the shop has been declining with "insufficient funds" since 10 this morning but the account has money. Can you check?', false],
    ['Hi, the upload of my tax form keeps crashing with "file too large" and it is only 2MB. Is there another way to send it before Friday?', false],
    ['our card payments at the cafe are failing with "do not honour" but the bank says the account is fine. We close at 4, can someone call me?', false],
    ['The booking page keeps erroring with "session expired" every time I reach the payment step, three times now. Is there a phone line instead?', false],
    ['The smart meter screen shows error "E-14" since yesterday evening and the reading has not moved for two days. Is an engineer needed?', false],
    ['Dear team, my boarding pass shows my name as "Jon Smiht" instead of "John Smith". The flight is tomorrow at 7. Could you correct it please?', false],
    ['سلام، دو روزه هر بار می‌خوام قسط وام رو پرداخت کنم خطای «تراکنش نامعتبر» میاد و پول از حسابم کم میشه. مشکل از کجاست؟', false],
    ['درخواست انتقال پرونده‌ام یک هفته است در وضعیت «در انتظار تایید» مانده است. لطفاً بفرمایید چه مدارکی کم است.', false],
    ['با سلام، در کارت ورود به جلسه نام پدر اینجانب «علی‌رضا» به جای «علی‌اکبر» ثبت شده و آزمون هفته آینده است. لطفاً اصلاح فرمایید.', false],
    ['سلام وقت بخیر، از صبح پیام «سرویس در دسترس نیست» روی اپ میاد و نمی‌تونم قبضمو بدم. کی درست میشه؟', false],
    // Contrasts: the company's claim quoted back in mockery, a status mocked beside a long wait, "so-called".
    ['Your "next day delivery" took nine days. Brilliant.', true],
    ['So your "24/7 support" line closes at 6pm. Good to know. Three days and still no callback.', true],
    ['The so-called "express" repair has taken three weeks and nobody has called me once. Unacceptable.', true],
    ['«ارسال فوری»تون شد ده روز. واقعاً دستتون درد نکنه.', true],
    ['ممنون از «پشتیبانی ۲۴ ساعته»تون که سه روزه جواب نمیده 🙃', true],
  ],
  // Thanks to a person who helped, with a fault told beside it: sincere, no cue.
  sincereThanks: [
    ['Just wanted to say thank you to Marcus who sorted out my broken boiler on Saturday. The heating is back on and he was lovely with the kids.', false],
    ['Dear Sir, I wish to record my gratitude for the patience shown by your engineer, Mrs Okoye, when our line failed last week. She explained everything clearly.', false],
    ['A big shout out to your driver Sam who carried the washing machine up four floors even though the lift was broken. Absolute star.', false],
    ['thank you to the nurse on ward 4 who helped my dad when his drip stopped working in the night, she was so kind', false],
    ['A quick note to say thank you to Aisha who dealt with my lost suitcase on Monday. It was delivered this morning and everything inside was perfect.', false],
    ['I would like to express my appreciation for the kindness shown by your technician, Mr Adeyemi, when our broadband failed. He took great care to explain what had gone wrong.', false],
    ['مرسی از همکارتون خانم رضایی که خیلی با حوصله راهنمایی کرد، با اینکه سیستم‌تون قطع بود کارمو انجام داد 🙏', false],
    ['سلام، تشکر ویژه از تعمیرکارتون آقای کریمی که یخچال خراب ما رو همون روز درست کرد. خیلی مودب بود.', false],
    // Contrasts: thanks for the harm itself, a sour face, "as always", "but" turning on it, a question that complains.
    ['Thanks to your driver who threw my parcel over the fence and broke it. Lovely work 🙃', true],
    ['Thanks to your driver who threw my parcel over the fence and broke it. Lovely work.', true],
    ['Thank you to Priya who helped me on Monday, but the replacement box is still missing and nobody has called. Disappointing.', true],
    ['Thank you to Marcus who promised to fix the boiler on Saturday and never turned up. Great service as always.', true],
    ['Thanks so much for cancelling my appointment without telling me. Really appreciate it.', true],
    ['مرسی از پیکتون که بسته رو پاره تحویل داد 🙃 دستش درد نکنه واقعاً', true],
    ['خیلی ممنون که یک ساعت پشت خط نگهم داشتید 👌', true],
  ],
  // A scam asked about or done by someone else, anger disowned before a plain question, a feeling held towards the customer.
  notTheirs: [
    ['Got a text saying my parcel is held until I pay £2.99 at a link. Is this genuine or a scam?', false],
    ['Someone has set up a fake page using our shop name and photos and is taking orders. This is fraud, can you take it down please?', false],
    ['Is this email about a tax refund really from you or is it phishing? It asks for my card number.', false],
    ['یه پیامک اومده نوشته جایزه بردید روی لینک بزنید. این واقعاً از طرف بانکه یا کلاهبرداریه؟', false],
    ['یکی با اسم فروشگاه ما تو اینستاگرام صفحه زده و پول می‌گیره. این کلاهبرداریه، لطفاً گزارش بدید.', false],
    ["I'm not angry, just confused - why does my bill show two meters? Thanks", false],
    ['ناراحت نیستم فقط می‌خوام بدونم چرا اشتراکم دو بار تمدید شده؟', false],
    ['na narahat nistam faghat mikham bedoonam kay ersal mishe', false],
    ['my fitness app keeps saying it is disappointed in me when I skip a day haha. can I turn those messages off?', false],
    // Contrasts: the company called a scam, anger disowned and then said, "not angry, just disappointed" with a harm.
    ['Is this message real or a scam? You have taken £40 from me twice, this is ridiculous.', true],
    ['Your texts are a scam. Is this real?', true],
    ['Your company is a scam. You took £80 for a course that never started.', true],
    ['شما کلاهبردارید! پولمو گرفتید و هیچی نفرستادید.', true],
    ["I'm not angry, I'm furious. Third time the engineer has not turned up!!", true],
    ['عصبانی نیستم، واقعاً شاکیم! سه بار زنگ زدم هیچکی جواب نداد.', true],
  ],
  // Persian typed in Latin letters: exasperation, an ultimatum or leaving, a third contact with nothing come of it, capitals.
  finglish: [
    ['salam, bare sevome zang mizanam va hichkas javab nemide. kartam hanooz masdoode. inghadr sakhte ye nafar check kone?', true],
    ['vaghean ke! ghabz ro do bar az hesabam kam kardid va hich payami ham nadadin', true],
    ['3 bar email zadam hichki javab nadad. age ta shanbe pool bargasht nakhore shekayat mikonam', true],
    ['salam, sefaresham 10 roze nareside. dige az shoma kharid nemikonam, poolamo pas bedin', true],
    ['KELAS ONLINE 3 BAR GHAT SHOD!!! 4 BAR ZANG ZADAM HICHI NASHOD. HAMIN HALA DOROSTESH KONID', true],
    ['age hamin joori bemoone gharardad ro feskh mikonam, 2 hafte ast internet ghat o vasl mishe', true],
    // Contrasts: a plain question, a conditional request, a second contact asked about, one's own tries counted, thanks.
    ['salam, sefaresh dadam pas key mirese?', false],
    ['salam, age mishe ye fish baraye pardakht befrestin, mamnoon', false],
    ['salam, baraye bare dovom payam midam, sefaresham hanooz nareside. mishe check konid?', false],
    ['3 bar ramz ro zadam vali vared nemishe. chikar konam?', false],
    ['salam vaghean mamnoon az peigiritoon, moshkel hal shod', false],
    ['SALAM, MIKHASTAM BEDOONAM SAAT KARI SHOBE CHANDE?', false],
    ['salam, inghadr sakhte ke nemidoonam az koja shoroo konam, mishe rahnamayi konid?', false],
  ],
  // A short sentence of praise after a harm told or asked put right: ironic.
  ironicPraise: [
    ['The plumber left the tap dripping worse than before and charged me £120 for the visit. Stellar work. I want the call-out fee back.', true],
    ["My parcel has been 'with the courier' for nine days and nobody can tell me where it is. Really helpful. Please refund it.", true],
    ["so the gym app logged me out again and my booked class vanished. genius. can u restore it", true],
    ['The school portal still shows last year\'s timetable, two weeks into term. Impressive. Could someone update it?', true],
    // Contrasts: sincere praise (after a fix, opening the message, to a person), praise in the first sentence, no harm told.
    ['Just wanted to say thank you, the new booking page is brilliant and so much quicker. Great job.', false],
    ['The engineer came this morning and the boiler works again. Brilliant. Thanks so much.', false],
    ['Great news that the store is open on Sunday. Can I collect my order then?', false],
    ['My order arrived a day early and everything was packed well. Lovely. Would recommend.', false],
    ['Thanks for the quick reply. Really helpful.', false],
    ['rang again this morning. Lovely lady on the phone. Thank you!', false],
    ['not complaining, just a suggestion for the app. Great update otherwise.', false],
  ],
  // Thanks for a deed of "you", turned sour by a mark or an ironic closing.
  sourThanks: [
    ['خیلی ممنون که دو ساعت پشت در منتظرمون گذاشتید 👌 نصاب هم آخرش نیومد.', true],
    ['ممنون که یه روز قبل از سفر خبر دادید پرواز جابه‌جا شده. هماهنگی‌تون مثل همیشه عالیه.', true],
    ['مرسی که ساعت ۲ شب پیامک تبلیغاتی فرستادید 🙄', true],
    ['واقعاً ممنونم که قبض رو دو بار از حسابم کشیدید، حتماً سیستم جدیدتونه 🙃', true],
    ['kheyli mamnoon ke sefaresham ro bedoone khabar cancel kardid 👌', true],
    // Contrasts: sincere thanks, with a kind face or a fix, «حتماً» as the customer's own promise.
    ['ممنون که سریع جواب دادید، مشکل حل شد 🌹', false],
    ['ممنون که راهنمایی کردید، حتماً امروز انجامش میدم.', false],
    ['mamnoon ke javab dadin, moshkel hal shod', false],
  ],
  // «این چه …؟» of the company's doing.
  whatKind: [
    ['این چه خدماتیه آخه؟ سه روزه آب گرم نداریم.', true],
    ['آقا این چه لوله‌کشی‌ای بود که کردید؟ از دیروز آشپزخونه رو آب برداشته', true],
    ['خانم محترم این چه رفتاری بود با مشتری؟ همکارتون سر من داد زد.', true],
    ['این چه پیک موتوریه که بسته رو پرت میکنه تو حیاط؟', true],
    // Contrasts: information asked, a charge asked about, a question announced.
    ['سلام، این چه مدلیه؟ مشکی هم داره؟', false],
    ['یه پیامک اومده، این چه پیامکیه؟ از طرف شماست؟', false],
    ['سلام، این چه کارمزدیه که از حسابم کم شده؟', false],
    ['سلام میخواستم بپرسم این چه دوره‌ایه که تو سایت گذاشتید؟ برای بچه ۸ ساله مناسبه؟', false],
  ],
  // Plain reports, questions and thanks that nothing here may touch (already quiet before).
  quiet: [
    ['Could you please confirm my appointment is still on for Thursday at 10?', false],
    ['Thanks for sorting the refund so quickly. Can I use the same card for my next order?', false],
    ['سلام، ممنون از پیگیری‌تون. بسته امروز رسید.', false],
  ],
};

/** Printed, not tested: what session 31's readings leave (the cue should show and does not). */
export const KNOWN31: Record<string, readonly MatrixCase[]> = {
  // A second contact and an impatient "pas kojast??" with no other sign: under the threshold (0.6 with the marks).
  finglishWeak: [['dobare payam midam, dirooz ham goftam. bastam pas kojast??', true]],
  // Ironic praise where the harm is told only as a comparison (no negated fact, no put-right asked).
  // Older readers' false alarm (wrong before this session too): "Honestly" read as a courtesy before a complaint.
  olderReaders: [['مرسی که دیروز با حوصله توضیح دادید 😊 همه چی درست شد', false], ["Just wanted to say the new booking page is brilliant. Honestly didn't think it could get easier. Great job.", false]],
  ironicNoHarmWord: [['Your price for the same phone plan went up 40% at renewal while new customers pay less. Loyalty sure pays, huh.', true]],
};

if (process.argv[1]?.endsWith('tone-kinds31-matrix.ts')) {
  printCueMatrices('kinds31', [[FRUSTRATION31, 'frustrated']]);
  printCueMatrices('kinds31 known', [[KNOWN31, 'frustrated']]);
}
