// @vitest-environment node
/**
 * Session 12's English calm look-alikes of frustration (lib/tone/cues/frustration.en.calm.ts): for each kind, calm
 * messages that hold a word the cue reads (a role, "scam", "idiot", a fault, "again", a quote, praise) stay quiet, and
 * the angry use of the same words still shows the cue with the word that carries it. Sentences written for this test
 * (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', "a role that is the customer's own party, not someone to escalate to", [
  { text: 'This is a joke. Put me through to your manager.', evidence: 'a joke' },
  { text: "I've passed this to my solicitor, who will be in touch. Absolutely unacceptable.", evidence: 'solicitor' },
], [
  'Hi, my manager wants to know if the invoice can be addressed to the company rather than to me. Is that possible?',
  'Please can the deeds be sent before Friday, our solicitor needs them for completion.',
  'Our lawyer finished the paperwork today and the transfer still shows as pending. Could you check it?',
  "I'm writing for my mother. We'd like to register a lasting power of attorney on her account - what do you need?",
  "I'm a lawyer and I need a copy of your terms for a client. Where can I find them?",
  'The store manager told me to email you about the missing receipt. Can you resend it?',
]);

fam('frustrated', 'a scam the customer fears or fell for, not one they accuse the company of', [
  { text: 'Your "free trial" is a scam, you charged me £40 without asking.', evidence: 'scam' },
], [
  "I'm worried I've been scammed - someone called saying they were from your bank and I gave them a code.",
  'Please stop the payment I made an hour ago to account 3381, I think it was a scam.',
  'I got a scam text pretending to be you. Where can I report it?',
]);

fam('frustrated', 'a rude word aimed at themselves', [
  { text: 'Your agent talked to me like an idiot and hung up.', evidence: 'idiot' },
], [
  'Ordered the wrong size like an idiot 🙈 can I swap it before it ships?',
  "I'm such an idiot, I booked the wrong date. Can I change it?",
  'Sorry, probably a stupid question - where is my account number?',
]);

fam('frustrated', 'a feeling or a fault in a condition', [
  { text: "The replacement arrived late again and I'm really disappointed.", evidence: 'really disappointed' },
], [
  "If the parts arrive late again I'd be a little disappointed, the first set took a month. Can you confirm the date?",
  "If this one is damaged again I'll probably try a different shop, but so far so good. When does it ship?",
]);

fam('frustrated', '"again" of writing again, with a plain status', [], [
  'Me again - the activation email still has not come through.',
  'Hello again, the invoice you sent still has my old address. Could you update it?',
]);

fam('frustrated', 'a status quoted as the screen shows it', [
  { text: "Thanks for the 'help'. Three weeks and nothing.", evidence: "'help'" },
], [
  "My claim from last week still shows 'pending' and I fly on Monday. Could someone look at it?",
  "The tracker has been stuck on 'out for delivery' since this morning. Can you check with the driver?",
]);

fam('frustrated', 'praise said sincerely beside a fault', [
  { text: 'Brilliant, another delay.', evidence: 'Brilliant' },
  { text: 'Great, the app crashed again. Wonderful.', evidence: 'Great' },
], [
  'The driver was brilliant, but the box was damaged in transit. Could you send a replacement?',
  'Your app is fantastic, but it crashed when I tried to export. Is there a workaround?',
  'Lovely product, thank you. The charger is missing though - can you send one?',
  'Perfect, thanks. One more thing - the invoice has the wrong VAT number.',
  "I'd like to cancel my membership please. Nothing wrong, just moving away. Thanks for the great sessions!",
]);

fam('frustrated', 'questions about a process, judgements of a former company, self-doubt, a wait asked about', [
  { text: 'This company is useless, I want to speak to the ombudsman.', evidence: 'useless' },
], [
  "What's the process for taking a complaint to the ombudsman? It's for a college assignment.",
  'My previous provider was useless, which is why I joined you. Can you help me move my number?',
  "Perhaps I'm doing it wrong, but the export button does nothing.",
  "I've been waiting for my new card for two weeks. Is that normal, or should I order another?",
]);

// Session 12's English misses by kind (lib/tone/cues/frustration.en.kinds12.ts), with their calm neighbours.
fam('frustrated', 'sarcasm that praises what was not given', [
  { text: 'Two replies in six weeks. You are spoiling me.', evidence: 'You are spoiling me' },
  { text: 'Nice to know ten years as a customer counts for so much.', evidence: 'counts for so much' },
], ['My grandson is spoiling me with a new tablet, can you help me set it up?']);

fam('frustrated', 'templates named as the answer, silence told as a rule', [
  { text: 'Please do not send me another template response.', evidence: 'another template' },
  { text: 'They always say someone will ring back. Nobody ever does.', evidence: 'Nobody ever does' },
], ['Is there a template I can use for the reference letter?', 'Can I get an automated reminder before each payment?']);

fam('frustrated', 'escalation over everyone\'s head, time wasted, money taken', [
  { text: 'Give me the email of your CEO, I am writing to them directly.', evidence: 'your CEO' },
  { text: "I want a refund for the time I've wasted on this.", evidence: "time I've wasted" },
  { text: 'You took my money. Where is my order?', evidence: 'You took my money' },
], ['Our CEO would like a copy of the contract, could you send it?', 'Can I get my money back if I cancel within 14 days?']);

// Session 12's Persian kinds (lib/tone/cues/frustration.fa.kinds12.ts), with their calm neighbours.
fam('frustrated', 'Persian: worn out by the company, a mocking exclamation', [
  { text: 'با این وعده‌های الکی خسته‌م کردید.', evidence: 'خسته‌م کردید' },
  { text: 'عجب پشتیبانی‌ای! دو ساعت پشت خط بودم.', evidence: 'عجب پشتیبانی‌ای' },
], ['بچه‌ها خسته‌م کردن امروز، ولی سوالم اینه: ساعت کاری فروشگاه چنده؟', 'عجب پشتیبانی خوبی دارید، خیلی ممنون!']);

fam('frustrated', "Persian: praise of the company's «ـتون» beside what did not happen", [
  { text: 'ممنون از پیگیری عالیتون، هنوز هیچ خبری نیست.', evidence: 'عالیتون' },
], ['ممنون از پیگیری عالیتون، مشکلم حل شد.', 'ممنون از راهنمایی خوبتون، فقط هنوز کد تخفیف رو نگرفتم. میشه بفرستید؟']);

fam('frustrated', 'Persian: a count of what the company did, saying it again', [
  { text: 'این سومین بار است که کالای اشتباه ارسال می‌کنید.', evidence: 'سومین بار' },
  { text: 'برای بار چهارم میگم: این سرویس رو من فعال نکردم.', evidence: 'بار چهارم' },
], ['این سومین بار است که از شما خرید می‌کنم و همیشه راضی بودم.', 'این سومین باره که اسکنر خاموش میشه، راه حلی هست؟', 'برای بار دوم عرض می‌کنم که آدرس من تغییر کرده است؛ لطفاً اصلاح بفرمایید.']);

fam('frustrated', 'an impersonal feeling conceded ("but I understand")', [
  { text: "I'm furious, but I understand it isn't your fault. Fix it today.", evidence: 'furious' },
], ["It's frustrating when the app logs me out, but I understand it's for security. Can I stay signed in longer?"]);

fam('frustrated', 'Persian: formal complaints, "as always", "guess whether", "your X is interesting"', [
  { text: 'متأسفانه تاکنون هیچ‌یک از وعده‌های داده‌شده محقق نگردیده است.', evidence: 'محقق نگردیده' },
  { text: 'حدس بزنید مشکل حل شده یا نه.', evidence: 'حدس بزنید' },
  { text: 'گفتید ۳ روز، شد ۱۲ روز. حساب‌وکتابتون جالبه.', evidence: 'حساب‌وکتابتون جالبه' },
  { text: 'اینترنت باز قطع شد. مثل همیشه.', evidence: 'مثل همیشه' },
], [
  'حدس بزنید چی شد! بالاخره رسید، ممنون از همه.',
  'مثل همیشه عالی بودید، ممنون.',
  'ایده‌تون جالبه، من هم می‌خوام امتحانش کنم.',
  'پولمو برگردونید لطفاً، کالا رو پس فرستادم.',
  'با سلام، پیرو تماس قبلی، لطفاً وضعیت پرونده را اعلام فرمایید.',
]);

fam('frustrated', 'Persian: thanks said to a grievance', [
  { text: 'دست شما درد نکنه واقعاً، دو بار پولمو کم کردید.', evidence: 'دو بار پولمو کم کردید' },
  { text: 'ممنون که بالاخره بعد از یه ماه جواب دادید.', evidence: 'بالاخره بعد از یه ماه' },
  { text: 'خیلی ممنون که گفتید بلیت لغو شده، اونم نیم ساعت قبل از پرواز.', evidence: 'اونم نیم ساعت' },
], [
  'خسته نباشید 🌸 بسته امروز رسید، همه‌چی سالم بود. دستتون درد نکنه',
  'خسته نباشید، واقعا ممنون از پیگیری‌هاتون',
  'ممنون که پیگیری کردید، هنوز کد رو نگرفتم. میشه دوباره بفرستید؟',
  'ممنون که بالاخره جواب دادید، مشکلم حل شد.',
]);

fam('frustrated', 'the remedy refused, the cost named, passed between departments', [
  { text: "I don't want a voucher. I don't want credit either. I want the money back on my card.", evidence: "don't want a voucher" },
  { text: 'Our tills have been down all morning and this is costing us real money.', evidence: 'costing us real money' },
  { text: "I've been passed between billing and tech support all day. Each one says it's the other one's job.", evidence: 'been passed between' },
], ['Can I have a voucher instead of a refund?', 'How much would it cost to upgrade the router?']);

fam('frustrated', 'Persian: asking how long, a time ahead', [
  { text: 'سه روزه نمی‌تونم پول بردارم، کسی جواب نمیده.', evidence: 'سه روزه' },
], [
  'سلام، اگه اشتراکمو لغو کنم پولش چند روزه برمیگرده؟ هنوز لغو نکردم، فقط خواستم بدونم.',
  'با سلام، نمره درس «آمار» بنده ثبت نشده و مهلت ثبت‌نام ۱۰ روز دیگر است. لطفاً بررسی فرمایید.',
]);

fam('frustrated', 'a past grievance put right, a feeling of the person written about, a judgement word that praises', [
  { text: 'The delivery was terrible, but I was refunded only half.', evidence: 'terrible' },
  { text: "I'm a very unhappy customer and I want a refund today.", evidence: 'very unhappy' },
  { text: 'Last week was a nightmare, but it still is not fixed.', evidence: 'nightmare' },
], [
  'Last year I had a terrible experience with a delivery, but your team sorted it brilliantly. This time I just need to change my address.',
  'I was really frustrated last month when the app kept crashing, but the update fixed it. Quick question about the widget.',
  'A customer of ours is furious about a late delivery from our other supplier - can you ship the backup order today?',
  "I'm writing on behalf of a very unhappy client who wants to know the status of their claim. Reference 8812.",
  'This is ridiculous good value, I want to order five more!',
  'Your new coffee is insanely good. Do you sell it in 1kg bags?',
]);
