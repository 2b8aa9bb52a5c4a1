/**
 * Repeat variant matrix, second generation (issue 13, session 17, trep10): the family of repeat contact built from its
 * parts and combined exhaustively, written from knowledge of how customers write, not from any split's misses.
 *
 * Fires (the customer contacted the company before about this matter, tests/fixtures/tone-eval/README.md "Labels"):
 *   contact act (emailed, called, rang, wrote, messaged, DMed, chatted, submitted a ticket / the form, left a voicemail,
 *   raised it in store, reported it) × a count or ordinal (twice, three times, for the fifth time, the 3rd time, once
 *   again, yet again, how many times) or × an earlier moment (yesterday, last week, on the 3rd, two weeks ago), and
 *   chasing forms (any update on my previous email, following up on, still waiting to hear back, I was told … and
 *   nothing, bumping this, re-sending, chasing, as per my earlier message, your colleague said on the phone), each in
 *   plain, chat, no-apostrophe and typo forms.
 * Stays quiet (look-alikes): a fault that repeats ("crashed again", "second time the parcel came damaged"), "thanks
 *   again", the customer's own action again ("I'll try again", "I reinstalled it twice"), a reply to the agent's
 *   question in the thread, an order number alone, contact about a different earlier matter ("last year you helped me
 *   with X, now Y"), "as I said above" inside the same message, and quoted earlier mail under the latest message.
 * Persian likewise.
 *
 * Figures (fired / total; quiet kinds should fire 0): session-start code (cb83c57) on the first three families: en fire
 * 328 / 398, en quiet 2 / 112, fa fire 272 / 275, fa quiet 2 / 49; batch 2 and batch 3 were each run once before their
 * fixes (batch 2: en fire 43 / 44, en quiet 3 / 25, fa 10 / 10, fa quiet 1 / 12; batch 3: en fire 21 / 66, en quiet 2 / 16,
 * fa 9 / 12, fa quiet 1 / 6). After lib/tone/cues/repeat.matrix17.ts: en fire 577 / 577, en quiet 0 / 177, fa fire
 * 297 / 297, fa quiet 0 / 67 (the first matrix, scripts/tone-repeat-matrix.ts: en fire 86 -> 92 / 92, fa 46 -> 48 / 48,
 * quiet 0 both times).
 *
 *   npx tsx scripts/tone-repeat-matrix17.ts            per kind: fired / total
 *   npx tsx scripts/tone-repeat-matrix17.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printRepeatRows, runRepeatMatrix, type RepeatItem } from './tone-repeat-matrix.ts';


const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Every a with every b. */
const cross = <A, B>(as: readonly A[], bs: readonly B[], f: (a: A, b: B) => string) => as.flatMap((a) => bs.map((b) => f(a, b)));

const EN_GREET = ['', 'Hi, ', 'hello, ', 'Dear team, '];
const EN_TAIL = ['', ' Thanks.', '\n\nSent from my iPhone', ' Please sort it out.', '\n\nRegards,\nSam Patel'];
const FA_GREET = ['', 'سلام، ', 'با سلام و احترام، ', 'سلام وقت بخیر، '];
const FA_TAIL = ['', ' ممنون', '\n\nارسال شده از گوشی سامسونگ', ' لطفا رسیدگی کنید.', '\n\nبا تشکر\nرضا'];

function push(out: RepeatItem[], lang: 'en' | 'fa', kind: string, repeat: boolean, cores: readonly string[]) {
  const g = lang === 'en' ? EN_GREET : FA_GREET;
  const t = lang === 'en' ? EN_TAIL : FA_TAIL;
  cores.forEach((core, i) => {
    const greet = g[i % g.length];
    const tail = t[(i * 3 + 1) % t.length];
    const body = lang === 'en' && greet === '' ? cap(core) : core;
    out.push({ lang, kind, repeat, text: `${greet}${body}${tail}` });
  });
}

// ---------------------------------------------------------------- English parts
const EN_TOPIC = ['about my refund', 'about the missing parcel', 'regarding my locked account', 'about the wrong charge on my bill', 'about order 55812'];
/** Contact acts in the perfect ("I have ___ you"), the simple past, and the -ing form. */
const EN_ACT: { pp: string; past: string; ing: string }[] = [
  { pp: 'emailed you', past: 'emailed you', ing: 'emailing you' },
  { pp: 'called you', past: 'called', ing: 'calling' },
  { pp: 'rung your helpline', past: 'rang your helpline', ing: 'ringing your helpline' },
  { pp: 'written to you', past: 'wrote to you', ing: 'writing to you' },
  { pp: 'messaged you', past: 'messaged you', ing: 'messaging you' },
  { pp: 'DMed you on Instagram', past: 'DMed you on Instagram', ing: 'DMing you' },
  { pp: 'been on your live chat', past: 'went on your live chat', ing: 'using your live chat' },
  { pp: 'contacted your support team', past: 'contacted support', ing: 'contacting support' },
  { pp: 'submitted a ticket', past: 'submitted a ticket', ing: 'submitting a ticket' },
  { pp: 'filled in your contact form', past: 'filled in the contact form', ing: 'filling in your contact form' },
  { pp: 'left a voicemail', past: 'left a voicemail', ing: 'leaving voicemails' },
  { pp: 'raised it in your store', past: 'raised it in store', ing: 'raising it' },
];
const EN_COUNT = ['twice', 'three times', '4 times', 'several times', 'five times now', 'multiple times'];
const EN_ORD = ['second', 'third', '4th', 'fifth', '3rd'];
const EN_WHEN = ['yesterday', 'last week', 'on the 3rd', 'two weeks ago', 'on Monday', 'this morning', '10 days ago'];

function enFires(out: RepeatItem[]) {
  // Count after a perfect act: "I have emailed you three times about my refund".
  push(out, 'en', 'actCount', true, cross(EN_ACT, EN_COUNT, (a, c) => `I have ${a.pp} ${c} ${EN_TOPIC[(a.pp.length + c.length) % EN_TOPIC.length]}.`));
  // Ordinal: "this is the third time I have emailed you about …".
  push(out, 'en', 'actOrdinal', true, cross(EN_ACT, EN_ORD, (a, o) => `this is the ${o} time I have ${a.pp} ${EN_TOPIC[(a.pp.length + o.length) % EN_TOPIC.length]}.`));
  // "for the fifth time": "I am writing to you for the fifth time", "for the 3rd time I am emailing you".
  push(out, 'en', 'forTheNth', true, cross(EN_ACT.slice(0, 8), EN_ORD, (a, o) => (a.ing.length % 2 ? `I am ${a.ing} for the ${o} time ${EN_TOPIC[o.length % EN_TOPIC.length]}.` : `for the ${o} time, I am ${a.ing} ${EN_TOPIC[o.length % EN_TOPIC.length]}.`)));
  // Again: "I am emailing you yet again about …", "once again I am writing", "I rang again yesterday".
  push(out, 'en', 'again', true, cross(EN_ACT.slice(0, 8), ['again', 'yet again', 'once again'], (a, g) => `I am ${a.ing} ${g} ${EN_TOPIC[a.ing.length % EN_TOPIC.length]} because nothing has happened.`));
  push(out, 'en', 'againPast', true, cross(EN_ACT, ['again yesterday', 'again last week', 'yet again this morning'], (a, g) => `I ${a.past} ${g} ${EN_TOPIC[a.past.length % EN_TOPIC.length]}.`));
  // "how many times": "How many times do I have to email you about this?"
  push(out, 'en', 'howMany', true, [
    'How many times do I have to email you about my refund?', 'how many times do i need to call before someone helps',
    'How many more times must I write to you about the missing parcel?', 'How many tickets do I have to raise before this is fixed?',
    'how many times have i messaged u now about this', 'How often do I have to ring you about the same bill?',
  ]);
  // An earlier moment: "I emailed you yesterday about …", "I called on the 3rd and …".
  push(out, 'en', 'actWhen', true, cross(EN_ACT, EN_WHEN, (a, w) => `I ${a.past} ${w} ${EN_TOPIC[(a.past.length + w.length) % EN_TOPIC.length]} and have heard nothing since.`));
  push(out, 'en', 'actWhenBare', true, cross(EN_ACT.slice(0, 6), EN_WHEN.slice(0, 4), (a, w) => `I ${a.past} ${w} ${EN_TOPIC[(a.past.length + w.length) % EN_TOPIC.length]}. Can you tell me where things are?`));
  // Chasing forms.
  push(out, 'en', 'chase', true, cross([
    'any update on my previous email {T}?', 'I am following up on my email from last week {T}.', 'I am still waiting to hear back {T}.',
    'I was told on the phone it would be sorted in 48 hours and nothing has happened', 'bumping this as I have had no reply',
    're-sending my message {T} in case it got lost', 'just chasing this up {T}', 'as per my earlier message, the charge is still there',
    'your colleague said on the phone that the refund was approved, but I have not received it', 'following up on the ticket I opened last Tuesday',
    'I was told by your agent that someone would call back, nobody did', 'still no reply to my email {T}',
    'just checking in on my complaint from last month', 'further to my call on Friday, the engineer never came',
    'I have not heard back since I wrote to you on the 3rd', 'can someone get back to me on my earlier request {T}?',
  ], [0, 1], (s, i) => s.replace('{T}', EN_TOPIC[(s.length + i) % EN_TOPIC.length])).filter((s, i, a) => a.indexOf(s) === i));
  // Chat forms: lowercase, no apostrophes, "u", "ur", numbers for words.
  push(out, 'en', 'chat', true, [
    'emailed u 3 times abt my refund still nothing', 'called twice already, nobody picks up', 'this is my 3rd msg abt the parcel',
    'dmd u again yesterday no reply', 'ive messaged u like 4 times now', 'still waitin to hear back abt my refund',
    'any update on my last msg??', 'im writing again bc nobody answered', 'rang ur helpline again this morning, still nothing',
    'i already told ur agent on the phone last week', 'chased this twice now', 'following up again on my refund pls',
    'sent u another email yday abt the wrong charge', 'opened a ticket last wk n heard nothing', 'ur colleague said on chat it was sorted, it isnt',
    'bumping this again', 'u said on the phone the refund was done. its not',
  ]);
  // No apostrophes and typos.
  push(out, 'en', 'typo', true, [
    'Ive emailed you twice and havent heard back.', 'This is the thrid time Im writing about my refund.', 'I have emaild you three times about the parcel.',
    'I called agian yesterday about my bill and nobody could help.', 'Im folowing up on my previous email about the refund.',
    'I havent recieved any reply to my last two emails.', 'Still wating to hear back about my refund.', 'I rang you on tuesday and was promissed a call back.',
    'For the forth time, I am asking you to close my account.', 'Sent you an email last week, didnt get any reply.', 'I contaced your support team twice already.',
    'As per my ealier email, the charge is still on my card.',
  ]);
}

/** More channels and verb forms, each with a count, "again" or an earlier moment. */
const EN_MORE_ACT = ['texted you', "pm'd you", 'reached out', 'got in touch', 'spoken to your team', 'sent you another email', 'left you a voicemail', 'raised it with your team', 'opened a new ticket', 'lodged a complaint', 'complained', 'been in touch'];
function enMore(out: RepeatItem[]) {
  push(out, 'en', 'moreAct', true, cross(EN_MORE_ACT, ['twice', 'again', 'three times now', 'last week', '5 days ago'], (a, c) => `I have ${a.replace(/^(texted|pm'd|sent|left|opened|lodged|raised|spoken|been|got|reached|complained)/, (v) => ({ texted: 'texted', "pm'd": "pm'd", sent: 'sent', left: 'left', opened: 'opened', lodged: 'lodged', raised: 'raised', spoken: 'spoken', been: 'been', got: 'got', reached: 'reached', complained: 'complained' } as Record<string, string>)[v])} ${c} ${EN_TOPIC[(a.length + c.length) % EN_TOPIC.length]}.`.replace(/I have (got|raised|lodged|opened|sent|left|texted|pm'd|complained|reached)(.*) (last week|5 days ago)/, 'I $1$2 $3')));
  push(out, 'en', 'moreChat', true, [
    'txted u twice abt this', 'pmd u yesterday no answer', 'reached out 3 times already', 'called ur support again today n nothing',
    'been in touch 4 times now', 'ive rung u twice this wk', 'we emailed you again on the 12th', 'Emailed on the 1st, the 5th and again today.',
    'I have contacted you 6 times about this', 'im messaging again cuz no one replied', 'tried ur live chat again yesterday, still nothing',
  ]);
}

function enQuiet(out: RepeatItem[]) {
  // A contact act that is no repeat contact with the company: a third party, a future or a wish, a negation, a passive.
  push(out, 'en', 'actLookalike', false, [
    'I called the courier twice and they say it was delivered. Can you check?', 'I emailed my bank again yesterday, they say the money left. Can you see it?',
    'I rang the seller three times last week but got no answer. Can you help?', 'I have messaged the driver again, no reply. Where is my parcel?',
    "I'll call again tomorrow if it still doesn't work.", 'I will email you again once I have the receipt.', 'Can I call again later to change the address?',
    'I might message again next week with the photos.', 'I never called before, this is my first time. How do I reset it?', 'I have not emailed you before about this.',
    'I was called twice by a scammer pretending to be you.', 'I got called again by your marketing team yesterday, please stop.',
    'I am writing because the parcel came damaged for the second time.',
    'I am writing to report that the heater broke again yesterday.', 'I am contacting you because the router dropped out three times today.',
    "I'm emailing as the card was declined twice this morning.", 'I wrote down the error code twice to be sure: E42.',
    'I texted my husband twice to check the delivery slot. Can you tell me the time?', 'I called the police yesterday about the stolen parcel. What do you need from me?',
    'We contacted our insurer last week and they need a letter from you.', 'My son emailed his school again, not related. Sorry, what was the question?',
  ]);

  // A fault that repeats: counts and "again" about the product, the delivery, the charge.
  const FAULT = [
    'the app crashed again', 'the parcel came damaged for the second time', 'this is the third time the heater has stopped working',
    'the router dropped out twice', 'once again the delivery was late', 'the same error came up yet again', 'it happened again',
    'the card was declined three times', 'my order arrived late for the fourth time', 'the screen went black again',
    'the courier left it outside again', 'the washer leaked for the 3rd time', 'the lid cracked again', 'the price went up again',
  ];
  push(out, 'en', 'fault', false, cross(FAULT, ['', ' yesterday', ' last week', ' this morning'], (f, w) => `${f}${w}. What should I do?`));
  push(out, 'en', 'faultChat', false, [
    'app crashed again lol', 'parcel came damaged AGAIN', 'thrid time this week the wifi died', 'it froze twice today whats going on',
    'screen went black agian', 'order late again smh', 'got charged twice for 1 order', 'same error yet again when i log in',
  ]);
  // The customer's own action again: retrying, reinstalling, ordering, logging in.
  push(out, 'en', 'ownAction', false, cross([
    'I will try again tomorrow', "I'll try again later", 'I tried again and it still fails', 'I reinstalled the app twice',
    'I restarted the router three times', 'I logged in again and the basket was empty', 'I ordered again because the first one sold out',
    'I have reset it several times', 'I washed it again on a cold cycle', 'ill try again tonight',
  ], ['', ' Any tips?'], (a, b) => `${a}.${b}`));
  // "Thanks again".
  push(out, 'en', 'thanks', false, ['Thanks again for your help!', 'Thank you once again, it works now.', 'thx again 🙏', 'Thanks again, have a good day.', 'Once again, many thanks for the quick fix.']);
  // A reply to the agent's question in the thread.
  push(out, 'en', 'answer', false, [
    'Yes, I have tried restarting it twice.', 'The order number is 55812 and I paid by card.', 'It happened again this morning, at about 9am.',
    'To answer your question, it is the blue one, size M.', 'Sure, here are the photos again from a different angle.', 'Yes that is the right address.',
    'I bought it on the 3rd from your website.', 'The serial number is SN-448812.',
  ]);
  // An order or tracking number alone.
  push(out, 'en', 'number', false, ['Order #55812: can I change the delivery address?', 'My order number is 448120, when will it ship?', 'Tracking number TR88123 shows no movement.', 'Invoice INV-22817 has the wrong VAT number.']);
  // Contact about a different earlier matter.
  push(out, 'en', 'otherMatter', false, [
    'Last year you helped me with my boiler, now I need a quote for a new thermostat.', 'You sorted my refund last month, thanks! Now a new question: do you sell gift cards?',
    'I called a while ago about something else, but today I want to ask about your opening hours.', 'Your team was great when I rang in March. This time I just want to add a second user.',
  ]);
  // "as I said above" inside this message.
  push(out, 'en', 'saidAbove', false, [
    'The box was open when it arrived. As I said above, the seal was broken. Can you send a new one?', 'As mentioned above, I need the invoice in my company name.',
    'Like I said earlier in this email, the size is wrong.', 'As I wrote above, I am happy to pay the difference.',
  ]);
  // Quoted earlier mail under the latest message.
  push(out, 'en', 'quoted', false, [
    'Thanks, that fixed it!\n\n-----Original Message-----\nFrom: Sam\nSent: Monday\nThis is the third time I am emailing you about my refund.',
    'Got it, all good now.\n\nOn Tue, 4 Jun 2024 at 09:12, Sam wrote:\n> I called twice yesterday and nobody picked up.',
    'Perfect, thank you.\n\n> Any update on my previous email?',
  ]);
}

// ---------------------------------------------------------------- Persian parts
const FA_TOPIC = ['درباره بازپرداخت', 'برای بسته‌ای که نرسیده', 'درباره حساب قفل شده‌ام', 'بابت کسر اشتباه از کارتم', 'درباره سفارش ۵۵۸۱۲'];
/** Contact acts: the noun and its first-person past verb, in colloquial and written forms. */
const FA_ACT = ['ایمیل زدم', 'ایمیل فرستادم', 'زنگ زدم', 'تماس گرفتم', 'پیام دادم', 'پیام فرستادم', 'تیکت زدم', 'تیکت ثبت کردم', 'دایرکت دادم', 'تو چت پیام دادم', 'فرم تماس رو پر کردم', 'حضوری مراجعه کردم', 'پیگیری کردم'];
const FA_COUNT = ['دو بار', 'سه بار', 'چند بار', 'چندین بار', '۳ بار', 'بارها'];
const FA_AGAIN = ['دوباره', 'باز هم', 'مجددا', 'بازم'];
const FA_WHEN = ['دیروز', 'هفته پیش', 'دو هفته پیش', 'سوم همین ماه', 'دوشنبه', 'امروز صبح'];

function faFires(out: RepeatItem[]) {
  push(out, 'fa', 'actCount', true, cross(FA_ACT, FA_COUNT, (a, c) => `${c} ${FA_TOPIC[(a.length + c.length) % FA_TOPIC.length]} ${a}.`));
  push(out, 'fa', 'actAgain', true, cross(FA_ACT, FA_AGAIN, (a, g) => `${g} ${FA_TOPIC[(a.length + g.length) % FA_TOPIC.length]} ${a} و هنوز خبری نیست.`));
  push(out, 'fa', 'actWhen', true, cross(FA_ACT, FA_WHEN, (a, w) => `${w} ${FA_TOPIC[(a.length + w.length) % FA_TOPIC.length]} ${a} ولی جوابی نگرفتم.`));
  push(out, 'fa', 'actWhenBare', true, cross(FA_ACT.slice(0, 8), FA_WHEN.slice(0, 3), (a, w) => `${w} ${FA_TOPIC[(a.length + w.length) % FA_TOPIC.length]} ${a}. میشه بگید چی شد؟`));
  push(out, 'fa', 'ordinal', true, [
    'این سومین باره که ایمیل میزنم', 'برای بار سوم پیام میدم', 'بار چهارمه که زنگ میزنم', 'این دومین تیکتیه که ثبت می‌کنم',
    'برای پنجمین بار عرض می‌کنم', 'دفعه سومه که تماس می‌گیرم', 'این چندمین باره که پیام میدم؟', 'برای بار دوم درخواست ثبت می‌کنم',
  ].flatMap((s) => [s, `${s} ${FA_TOPIC[s.length % FA_TOPIC.length]}`]));
  push(out, 'fa', 'chase', true, [
    'هنوز جوابی نگرفتم', 'هنوز منتظر جوابم', 'خبری نشد؟', 'درخواستم به کجا رسید؟', 'پیرو ایمیل قبلی، مبلغ هنوز برنگشته',
    'همکارتون پشت تلفن گفت پول برمی‌گرده ولی نیومده', 'تیکت قبلیم بی‌جواب موند', 'قبلا هم تماس گرفته بودم', 'چند بار باید بگم؟',
    'قبلاً زنگ زدم و گفتن پیگیری می‌کنیم', 'برای پیگیری درخواست قبلیم پیام میدم', 'پیام قبلیم رو دیدین؟', 'هیچکس جواب پیامامو نداده',
    'کارشناستون گفت تا سه روز درست میشه', 'تو چت بهم گفتن بسته ارسال شده ولی هنوز نرسیده', 'بهم گفته شد که تماس می‌گیرن ولی کسی زنگ نزد',
    'در ادامه تماس تلفنی دیروز، مدارک رو می‌فرستم', 'طبق صحبتی که با همکارتون داشتم منتظر بازپرداختم', 'عطف به نامه قبلی اینجانب',
  ]);
  // Spoken forms without ZWNJ, Arabic yeh and kaf, missing spaces.
  push(out, 'fa', 'spelling', true, [
    'سه بار زنگ زدم کسي جواب نداد', 'دوبار ایمیل زدم جواب ندادین', 'بازم پیام دادم هنوز هیچی', 'ديروز تماس گرفتم گفتن پيگيري ميكنيم',
    'هنوزم جوابی نیومده', 'چندبار پیام دادم هیچ خبری نشد', 'سومین بارمه که تیکت میزنم', 'مجددا تیکت ثبت کردم',
  ]);
}

function faQuiet(out: RepeatItem[]) {
  const FAULT = [
    'دوباره خراب شد', 'برنامه باز هم بسته شد', 'این سومین باره که بسته خراب میرسه', 'بسته برای بار دوم آسیب دیده رسید',
    'دو بار پول از کارتم کم شد', 'گوشی دوباره خاموش شد', 'باز هم ارسال دیر شد', 'مودم سه بار قطع شد', 'دوباره همون ارور رو داد',
  ];
  push(out, 'fa', 'fault', false, cross(FAULT, ['', ' دیروز', ' امروز صبح'], (f, w) => `${f}${w}. چیکار کنم؟`));
  push(out, 'fa', 'ownAction', false, [
    'فردا دوباره امتحان می‌کنم', 'دوباره نصب کردم ولی فرقی نکرد', 'سه بار گوشی رو ریست کردم', 'دوباره سفارش دادم چون اولی تموم شد',
    'باز هم وارد حسابم شدم و سبد خالی بود', 'بعدا دوباره تلاش می‌کنم', 'دو بار رمز رو عوض کردم',
  ]);
  push(out, 'fa', 'thanks', false, ['باز هم ممنون', 'دوباره ممنون از راهنماییتون', 'بازم مرسی، درست شد', 'باز هم سپاس از پیگیری سریعتون']);
  push(out, 'fa', 'answer', false, ['بله، دو بار ری‌استارت کردم.', 'شماره سفارش ۵۵۸۱۲ هست و با کارت پرداخت کردم.', 'امروز صبح دوباره این اتفاق افتاد، حدود ساعت ۹.', 'اینم عکس‌ها از یه زاویه دیگه، همونطور که خواسته بودین.']);
  push(out, 'fa', 'number', false, ['شماره سفارش: ۴۴۸۱۲۰، کی ارسال میشه؟', 'کد رهگیری ۸۸۱۲۳ هیچ تغییری نکرده.']);
  push(out, 'fa', 'otherMatter', false, ['پارسال برای آبگرمکن کمکم کردین، الان یه سوال درباره ترموستات دارم.', 'ماه پیش بازپرداختم رو انجام دادین ممنون، حالا یه سوال جدید دارم.']);
  push(out, 'fa', 'saidAbove', false, ['همونطور که بالاتر گفتم، جعبه باز بود. میشه یکی دیگه بفرستید؟', 'همانطور که در بالا عرض کردم، فاکتور به نام شرکت باشه.']);
  push(out, 'fa', 'quoted', false, ['ممنون، درست شد!\n\nOn Mon, 3 Jun 2024, Reza wrote:\n> این سومین باره که ایمیل میزنم.']);
}

/** Batch 2: written after the first fixes, run once before any fix for it. */
function batch2(out: RepeatItem[]) {
  // Contact nouns counted or dated, chat and formal.
  push(out, 'en', 'b2NounCount', true, cross([
    'this is my {o} email {T}', '{O} message {T}, please read it', 'my {o} call this week {T}', 'this is the {o} ticket I have opened {T}',
    'I am now on my {o} complaint {T}', '{O} attempt to get an answer {T}',
  ], ['second', 'third', '4th', 'fifth'], (c, o) => c.replace('{o}', o).replace('{O}', cap(o)).replace('{T}', EN_TOPIC[(c.length + o.length) % EN_TOPIC.length])));
  push(out, 'en', 'b2Chase', true, [
    'Any news on my ticket?', 'Did you get my email from Tuesday?', 'Is anyone actually reading my emails?', 'Hello?? Is anyone there? I wrote on Monday.',
    'Could someone please reply to my message from last week?', 'I am yet to receive a response to my complaint of 3 March.',
    'Following on from my call this morning, here is the photo.', 'As discussed on the phone yesterday, I am sending the receipt.',
    'Further to my email of the 14th, I still have not been refunded.', 'Re my previous message: the parcel has still not arrived.',
    'Per my last email, the charge is still showing.', 'Can I get an update on case 44192?', 'I spoke to Emma in your billing team on Friday and she said it would be fixed.',
    'The agent I spoke to last week promised a callback.', 'When I called on Monday I was told the engineer was booked.', 'you guys said on twitter it was fixed. its not',
    'Still nothing after my email last week.', 'Its been 2 weeks since I reported this and no one has got back to me.', 'I reported this fault to you 10 days ago.',
    'We raised this with your team in January and it is still not fixed.',
  ]);
  // Look-alikes: contact words in other roles, and repeats that are not contacts.
  push(out, 'en', 'b2Lookalike', false, [
    'Can you email me the invoice again? I deleted it by mistake.', 'Could you send me the link again, it expired.', 'Please call me back on 07700 900123 after 5pm.',
    'I placed an order yesterday and want to add a second item.', 'I ordered on the 3rd and it says dispatched, when will it arrive?', 'I sent the parcel back last week, has it arrived?',
    'I returned the jacket twice because the size was wrong both times, can I get a different model?', 'I left a review yesterday, can I edit it?',
    'I paid twice by mistake, can you refund one?', 'I tried to log in three times and now I am locked out.', 'I have restarted the router twice today.',
    'My email address changed last week, can you update it?', 'Your confirmation email came twice.',
    'I got an email from you yesterday saying my order shipped, but tracking shows nothing.', 'I entered the code twice and it still says invalid.',
    'What is your phone number again?', 'I will call the store tomorrow to check.', 'We called an electrician last week and he says the fault is in your unit.',
    'My wife texted me twice that the delivery van came and left.', 'I saw your ad again on Instagram, do you ship abroad?', 'I am writing to ask for a quote for the second bathroom.',
    'This is my third order with you and the first problem I have had.', 'The driver rang the bell twice but I was in the shower.', 'I used your live chat last year and loved it, so here I am again with a new question.',
  ]);
  push(out, 'fa', 'b2Chase', true, [
    'پیام دیروزم رو دیدین؟', 'ایمیلم به دستتون رسید؟', 'تیکتم چی شد؟', 'هفته پیش شکایت ثبت کردم ولی خبری نشد', 'از دوشنبه منتظر تماس کارشناس هستم',
    'همکارتون گفت تا آخر هفته درست میشه', 'تلفنی گفتن پول برمیگرده', 'اپراتورتون قول داد زنگ بزنه', 'چند روزه پیگیری می‌کنم و کسی جواب نمیده', 'طبق تماس دیروز، رسید رو فرستادم',
  ]);
  push(out, 'fa', 'b2Lookalike', false, [
    'میشه فاکتور رو دوباره ایمیل کنید؟', 'لطفا لینک رو دوباره بفرستید، منقضی شده', 'لطفا بعد از ساعت ۵ باهام تماس بگیرید', 'دیروز سفارش دادم میخوام یه چیز دیگه اضافه کنم',
    'بسته رو هفته پیش برگردوندم، رسید؟', 'دو بار پرداخت کردم اشتباهی، یکیشو برگردونید', 'سه بار رمز رو اشتباه زدم و حسابم قفل شد', 'ایمیل تاییدتون دو بار اومد',
    'شماره تلفنتون چند بود؟', 'فردا به فروشگاه زنگ میزنم', 'پیک دو بار زنگ زد ولی من حموم بودم', 'این سومین سفارشمه و اولین باره مشکل پیش میاد',
  ]);
}

/** Batch 3: more families (a contact kept up for a while, a request closed unanswered, telling it all again, the company's dated reply, being told, channels listed, opting out again), run once before their fixes. */
function batch3(out: RepeatItem[]) {
  push(out, 'en', 'b3Duration', true, cross(
    ['I have been calling you', "I've been emailing you", 'I am calling', 'we have been messaging your team', 'Ive been chasing this', 'I have been contacting support', 'been ringing ur helpline'],
    ['for 10 days', 'since Monday', 'for two weeks', 'for a month now', 'since 10 days'],
    (a, d) => `${a} ${d} ${EN_TOPIC[(a.length + d.length) % EN_TOPIC.length]}.`));
  push(out, 'en', 'b3Closed', true, [
    'My query has been closed without an answer.', 'Once again my ticket was closed and nothing was fixed.', 'You closed my complaint without replying to it.',
    'My case keeps getting closed with a template reply.', 'The enquiry I raised was marked resolved but nothing was done.', 'why do u keep closing my ticket',
  ]);
  push(out, 'en', 'b3Retell', true, [
    "I don't want to explain everything again.", 'I had to explain the whole story from the beginning to another agent.', 'Every agent makes me start from scratch.',
    'I have to repeat myself every time I call.', 'I am tired of telling my story again and again.', 'Please do not make me explain it all over again.',
    'i shouldnt have to explain this again to someone new',
  ]);
  push(out, 'en', 'b3TheirReply', true, [
    'Thank you for your reply of 3 May. It does not answer my question.', 'Your response of the 4th did not fix it.',
  ]);
  // A letter or email of the company's, dated, may be its first (a bill, a notice): no earlier contact of the customer's.
  push(out, 'en', 'b3TheirLetter', false, [
    'Thank you for your letter of 3 June. I enclose the completed forms.', 'With reference to your letter dated 12 June, I confirm the new address.',
    'I refer to your letter of 8 March. Could you clarify the penalty?', 'I am in receipt of your letter dated 3 June about the new premium.',
  ]);
  push(out, 'en', 'b3BeingTold', true, [
    'Week three of being told an engineer will call.', 'I keep being told it has been escalated.', 'I have been told three times that it is fixed.',
    'every time i am told someone will ring me back', 'I keep getting told to wait 48 hours.',
  ]);
  push(out, 'en', 'b3Listed', true, [
    "I've emailed, I've called, I've used your chat. Nothing.", 'Called, emailed, tweeted - still nothing.', 'I have phoned and emailed and nobody can tell me where it is.',
    'I have emailed and messaged you on Facebook about this.',
  ]);
  push(out, 'en', 'b3OptOut', true, [
    'I have unsubscribed twice and still get your emails.', 'I asked for a refund three times.', 'I requested a callback twice this week.', 'I opted out again last week and the texts keep coming.',
    'i unsubscribed like a month ago and again last week',
  ]);
  push(out, 'en', 'b3Lookalike', false, [
    'I have been calling the courier for days and they do not answer.', 'I have been using your app for 10 years and love it.', 'I will be calling you for a quote next week.',
    'Please close my ticket, it is solved now.', 'You can close this query, thanks for the help.', 'The store was closed when I went on Sunday.',
    'Could you explain again how the discount works?', 'Sorry, can you repeat the code?', 'I had to explain the bill to my husband twice.',
    'I was told by my doctor to avoid dairy, do you have a lactose-free option?', 'I unsubscribed and the emails stopped, thanks.', 'I have been waiting for the sale for months!',
    'I have been a customer for 10 years and this is my first complaint.', 'I asked my husband twice and he does not remember the password.',
    'Please tell me again what I need to send.', 'Can you start the order from scratch? I picked the wrong colour.',
  ]);
  push(out, 'fa', 'b3Fires', true, [
    'سه نوبت مدارک رو ارسال کردم', 'در دو نوبت تماس گرفتم و جوابی نگرفتم', 'چند نوبت حضوری مراجعه کردم',
    'بار سومه که از اول باید کل ماجرا رو برای یه کارشناس جدید تعریف کنم', 'هر بار باید از اول توضیح بدم', 'دوباره باید همه چی رو از اول توضیح بدم؟',
    'سه هفته پیش خسارت رو اعلام کردم', 'دیروز مشکل رو گزارش دادم ولی کسی نیومد', 'هفته پیش به پشتیبانی اطلاع دادم',
    'ده روزه دارم پیگیری می‌کنم', 'یه هفته‌ست دارم زنگ میزنم', 'سه روزه دارم با شما چت می‌کنم',
  ]);
  push(out, 'fa', 'b3Lookalike', false, [
    'میشه مبلغ رو در دو نوبت پرداخت کنم؟', 'ده روزه دارم از برنامه استفاده می‌کنم و راضیم', 'میشه دوباره توضیح بدید تخفیف چطوریه؟',
    'برای شوهرم دو بار توضیح دادم ولی یادش نمیاد', 'از اول سفارش رو ثبت کنم؟ رنگ رو اشتباه زدم', 'دکترم گفت لبنیات نخورم، محصول بدون لاکتوز دارید؟',
  ]);
}

export function repeatMatrix17(): RepeatItem[] {
  const out: RepeatItem[] = [];
  enFires(out);
  enMore(out);
  enQuiet(out);
  faFires(out);
  faQuiet(out);
  batch2(out);
  batch3(out);
  return out;
}

export function runRepeatMatrix17(items = repeatMatrix17()) {
  return runRepeatMatrix(items);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printRepeatRows(runRepeatMatrix17(), process.argv.includes('--misses'));
