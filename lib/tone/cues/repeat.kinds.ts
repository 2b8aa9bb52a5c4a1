/**
 * Repeat contact, more construction families (session 10, read off the fresh writers' late6 and the toner
 * split by kind, English and Persian). repeat.ts joins the lexicon (same category names) and adds one to its
 * score per family found here; a few guards here keep other readers from counting what is no contact.
 *
 * Families: contacts counted as bare nouns ("Five emails. Two phone calls.", "Three emails and a phone call
 * later"); papers handed in again and again ("upload my passport a fifth time", «برای سومین بار مدارک»,
 * «واسه بار سوم دارم مدارکمو آپلود می‌کنم»); time on hold («پشت خط موندم», "3 evenings on hold to your
 * helpline", "the hold music"); being passed between departments; a ticket or complaint of theirs closed
 * ("auto-closed", "you've closed my complaint"); "my final attempt at resolving this"; "been trying to get
 * this fixed since January"; waited for an answer ("I've waited a week for a one-line answer"); "Sorry, me
 * again!" at the start; the company's people in a unit («آقای محمدی از واحد مالی گفتن»); earlier messages
 * called «پیشین», «قبلی» («سوال قبلیم», «شماره پیگیری قبلی»); «به عرض رسید»; «انقدر پیام میدم»; «دوباره
 * سلام», «باز منم»; counts with «مرتبه» and «دفعه»; Finglish ("bare chaharom payam midam").
 * Silent: the fault repeating («باز هم خطا»), «سلام، دوباره فاکتور … صادر شده» (again about the fault),
 * customers of the writer's who keep calling («مشتریا هی زنگ میزنن»), an email the customer received
 * («ایمیلی … دریافت کردم»), "two emails a day from you", "on the second try" (a retry that worked),
 * an intention to write ("I wish to lodge a complaint", "writing to request"), "the email says".
 */
import { anchor, has } from '../anchors.ts';
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

type T = readonly ToneToken[];
type Span = { start: number; end: number };

/** Categories of repeat.ts (same names: the matcher joins them). */
const EARLIER = 'repeat';
const COUNT = 'repeat.count';
const CONTACT = 'repeat.contact';

export const kindsLexicon: LexiconPart = {
  [EARLIER]: {
    // Calls on hold counted by the evening or made to the helpline: "3 evenings on hold to your helpline" (one call on hold
    // that dropped is a first contact: see onHoldBefore for one made on an earlier day).
    'on hold to your': 1, 'on hold with your': 1, 'evenings on hold': 1, 'nights on hold': 1,
    // Passed around: "I've been passed between billing and technical support".
    'been passed between': 1, 'was passed between': 1, 'been passed around': 1, 'been passed from': 1, 'been bounced between': 1, 'been bounced around': 1,
    'been transferred between': 1, 'been passed back and forth': 1, 'keep getting passed': 1, 'kept getting passed': 1,
    // A ticket of theirs closed: "you've closed my complaint without replying", "auto-closed".
    'closed my complaint': 1, 'closed my ticket': 1, 'closed my case': 1, 'closed my request': 1, 'closed my query': 1, 'closed my tickets': 1,
    'auto-closed': 0.9, 'auto closed': 0.9, 'closed without a reply': 1, 'closed without replying': 1, 'closed without an answer': 1, 'closed without a response': 1,
    // The last of several tries: "This is my final attempt at resolving this".
    'my final attempt': 1, 'my last attempt at': 1, 'final attempt at': 1, 'final attempt to': 1,
    // Trying since long ago: "We've been trying to get this fixed since January".
    'been trying to get an answer': 1, 'been trying to get a reply': 1, 'been trying to get a response': 1, 'been trying to get this fixed': 1,
    'been trying to get this sorted': 1, 'been trying to get this resolved': 1, 'been trying to sort this': 1, 'been trying to resolve this': 1,
    // The company's people by their channel: "Your chat agent disconnected", a reference the bot gave.
    'your chat agent': 1, 'your phone agent': 1, 'your live chat agent': 1, 'your support bot': 0.9, 'gave me a reference': 1, 'gave me a ticket number': 1,
    'gave me a case number': 1, 'gave me a reference number': 1, 'given a reference number': 1, 'given a case number': 1, 'given a ticket number': 1,
    // Their reply, dated: "Below is your reply from 9 Sept".
    'your reply from': 1, 'your reply of': 1, 'your reply dated': 1, 'your response from': 1, 'your response of': 1,
    'bumping this thread': 1, 'bumping this up': 1, 'bumping my': 1, 'bump this thread': 1,
    // Logged earlier, said with "since": "It's been sitting there since I logged it on the 1st".
    'since i logged': 1, 'since i raised': 1, 'since i reported': 1, 'since i submitted': 1, 'since i opened': 0.8, 'since i filed': 1,
    // Finglish: "baraye bare chaharom payam midam", "chand bar payam dadam".
    'bare dovom': 1, 'bare sevom': 1.2, 'bare chaharom': 1.2, 'bare panjom': 1.2, 'chandomin bar': 1.3, 'chandomin bare': 1.3, 'chand bar payam': 1, 'chand bare payam': 1,
    'dobare payam': 1, 'ghablan ham payam': 1, 'payame ghabli': 1.1, 'payame ghablim': 1.1, 'hanooz javab': 1, 'hanuz javab': 1,
    // Persian: back again («دوباره سلام», «باز منم»), the earlier question or reference («سوال قبلیم», «شماره پیگیری قبلی»),
    // «پیشین» for «قبلی», «به عرض رسید» (I stated), «انقدر پیام میدم», time on hold («پشت خط موندم»), their support said.
    'دوباره سلام': 1, 'باز منم': 1, 'بازم سلام': 1, 'سوال قبلی*': 1, 'سؤال قبلی*': 1, 'پیگیری قبلی': 1.1, 'پیگیری قبلترش': 1, 'پیگیری قبل ترش': 1,
    'مکاتبه پیشین': 1.1, 'مکاتبات پیشین': 1.1, 'مکاتبه قبلی*': 1.1, 'نامه قبلی*': 1, 'نامه پیشین': 1, 'پیام پیشین': 1, 'ایمیل پیشین': 1, 'درخواست پیشین': 1,
    'به عرض رسید': 1, 'به عرض رساندم': 1, 'به عرض رسانده': 1, 'عرض کرده بودم': 1, 'بارها مراتب': 1,
    'انقدر پیام': 1, 'اینقدر پیام': 1, 'انقدر زنگ': 1, 'اینقدر زنگ': 1, 'انقدر ایمیل': 1, 'اینقدر ایمیل': 1, 'انقدر تماس': 1, 'اینقدر تماس': 1,
    'پشتیبانتون میگه': 1, 'پشتیبانتون گفت': 1, 'پشتیبان شما گفت': 1, 'پشتیبانتون گفتن': 1, 'کسی پیاممو': 1, 'کسی ایمیلمو': 1,
    'هماهنگ کرده بودیم': 1, 'هماهنگ کرده بودم': 1,
    // Session 11 (fresh writers, by family). An answer that came late: "thanks for finally getting back to me", «بالاخره جواب دادید».
    'finally replying': 1, 'finally replied': 1, 'finally responding': 1, 'finally responded': 1, 'finally getting back': 1, 'finally got back': 1,
    'finally answered': 1, 'finally answering': 1, 'finally hearing back': 1, 'finally heard back': 1,
    'بالاخره جواب': 1, 'بالاخره پاسخ': 1, 'بالاخره یکی جواب': 1,
    // The writer's own contacts, counted as a pile or as the last of many: "sorry for all the emails" (not "send all the emails to…"), "the last time I write to you".
    'sorry for all the emails': 1, 'sorry for all my emails': 1, 'sorry for all these emails': 1, 'sorry for so many emails': 1, 'sorry for all the messages': 1, 'apologies for all the emails': 1,
    'last time i contact': 1, 'last time i am contacting': 1, "last time i'm contacting": 1, 'last time i write': 1, "last time i'm writing": 1, 'last time i am writing': 1,
    'reaching out again': 1, 'reaching out one more time': 1, 'writing once more': 1, 'contacting you again': 1, 'emailing again': 1, 'messaging again': 1,
    'reading these emails': 1, 'reading my emails': 1, 'reading these messages': 1, 'reading my messages': 1,
    // What the company wrote or said before, held up to it: "despite the assurances in your email", "you said it was booked" (not "your letter dated …": a reply to their letter).
    'despite assurances': 1, 'despite your assurances': 1, 'despite repeated assurances': 1, 'despite your promise': 1, 'assurances given': 1,
    'you said': 1, 'since you said': 1.1, 'keep being told': 1, 'kept being told': 1, 'my phone call': 1,
    // One more of the company's people, or each of them: "to another agent", "every reply I get", "each agent has promised".
    'another agent': 1, 'another advisor': 1, 'another adviser': 1, 'a new agent': 1, 'each agent': 1, 'every agent': 1, 'each advisor': 1, 'every advisor': 1,
    'every reply': 1, 'every response': 1, 'each reply': 1, 'each response': 1, 'every answer i get': 1,
    'reported it every': 1, 'reported this every': 1, 'called every day': 1, 'rung every day': 1, 'emailed every day': 1, 'chased every day': 1,
    // Thanks for an earlier reply of ours: "thanks for your help earlier", "cheers for the quick response last time".
    'your help earlier': 1, 'your reply earlier': 1, 'quick reply earlier': 1, 'quick response earlier': 1, 'the reply earlier': 1,
    'response last time': 1, 'reply last time': 1, 'help last time': 1,
    // Persian: said again in a letter («برای بار دوم به استحضار می‌رساند», «مجدداً عرض می‌کنم»), sorry to bother again,
    // earlier letters and answers («مکاتبه نموده بودم», «پاسخ‌های قبلی», «چت دیروز»), «سلامی دوباره», «همونی‌ام که …»,
    // as agreed («طبق توافق»), telling it all from the start, one's report before («مشکلی که گزارش دادم»), every day at the branch.
    'بار دوم به استحضار': 1.1, 'بار سوم به استحضار': 1.2, 'بار دیگر به استحضار': 1.1, 'مجددا به استحضار': 1.1, 'مجددا عرض': 1, 'مجددا اعلام میکنم': 1,
    'مزاحمت مجدد': 1.1, 'مزاحمت دوباره': 1.1,
    'مکاتبه نموده': 1, 'مکاتبه کرده': 1, 'مکاتبه نمودم': 1, 'مکاتبه کردم': 1, 'مکاتبات قبلی': 1.1, 'نامه های قبلی': 1.1, 'نامه‌های قبلی': 1.1,
    'پاسخ قبلی': 1, 'پاسخ های قبلی': 1.1, 'پاسخهای قبلی': 1.1, 'جواب قبلی': 1, 'جواب های قبلی': 1.1, 'جوابهای قبلی': 1.1,
    'چت دیروز': 1, 'چت قبلی': 1, 'تماس دیروز': 1, 'تماس دیروزم': 1, 'دیروزتون': 0.9,
    'سلامی دوباره': 1, 'سلامی مجدد': 1, 'همونی ام که': 1, 'همونیم که': 1, 'همونی هستم که': 1, 'همان کسی هستم که': 1,
    'طبق توافق': 1, 'طبق هماهنگی قبلی': 1, 'طبق صحبت قبلی': 1, 'طبق صحبتی که': 1, 'طبق قرار قبلی': 1,
    'از اول تعریف': 1, 'از اول توضیح': 1, 'از نو توضیح': 1, 'دوباره توضیح بدم': 1, 'دوباره تعریف کنم': 1,
    'که گزارش دادم': 1, 'که گزارش داده بودم': 1, 'که گزارش کرده بودم': 1, 'که اطلاع داده بودم': 1,
    'شماره پیگیری رو برای': 1, 'شماره پیگیری را برای': 1, 'شماره پیگیری را به': 1, 'شماره پیگیری رو به': 1,
    'هر روز به شعبه': 1, 'هر روز زنگ': 1, 'هر روز تماس': 1, 'هر روز پیام': 1, 'نه جواب ایمیل': 1, 'نه جواب تلفن': 1, 'نه جواب پیام': 1,
    'پیام سوم*': 1.1, 'پیام چهارم*': 1.2, 'ایمیل سوم*': 1.1, 'ایمیل دوم*': 1, 'پیام دوم*': 1, 'تیکت سوم*': 1.1,
    // Session 13 (late8): continuing yesterday's conversation, a call told in the formal passive («در تماس تلفنی هفته گذشته اعلام گردید»).
    'در ادامه گفتگوی': 1, 'در ادامه گفتگو': 1, 'در ادامه گفت و گوی': 1, 'در ادامه گفتوگوی': 1, 'پیرو گفتگوی': 1,
    'در تماس تلفنی هفته گذشته': 1, 'در تماس تلفنی دیروز': 1, 'در تماس تلفنی قبلی': 1, 'در تماس قبلی': 1, 'طی تماس تلفنی هفته گذشته': 1,
    // Contacting going on («یه ماهه هر هفته دارم زنگ میزنم», «۳ روزه دارم با شما چت می‌کنم»), and said again for the nth time in the
    // formal passive («برای سومین بار … اعلام می‌گردد»).
    'دارم زنگ میزنم': 1, 'دارم تماس میگیرم': 1, 'دارم پیگیری میکنم': 1, 'دارم ایمیل میزنم': 1, 'دارم پیام میدم': 1, 'دارم با شما چت': 1, 'دارم باهاتون چت': 1,
    'هر هفته زنگ': 1, 'هر هفته تماس': 1, 'هر هفته پیام': 1,
    ...Object.fromEntries(['دومین', 'سومین', 'چهارمین', 'پنجمین', 'چندمین'].flatMap((o) => ['اعلام', 'عرض', 'اطلاع', 'گزارش', 'تماس', 'پیام', 'ایمیل', 'مکاتبه'].map((v) => [`برای ${o} بار ${v}`, 1.1]))),
  },
  // «فقط گفتم در جریان باشید»: said now, for information, not said before (the longer phrase covers «گفتم»).
  [CONTACT]: {
    'گفتم در جریان': 0,
    // A part of the app named after messages («برنامه دوباره هنگام باز کردن بخش پیام‌ها بسته شد»): a fault that recurs, no contact.
    ...Object.fromEntries(['بخش', 'قسمت', 'صفحه', 'منوی', 'تب', 'صندوق', 'زبانه'].flatMap((p) => [`${p} پیامها`, `${p} پیام ها`, `${p} پیام`, `${p} چت`, `${p} گفتگوها`].map((w) => [w, 0]))),
  },
  [COUNT]: {
    'two times': 1, 'six times': 1.2, 'seven times': 1.2,
    // «در سه نوبت مکاتبه», «بیش از ده مرتبه تماس»: a count with «نوبت», or above five.
    'دو نوبت': 1, 'سه نوبت': 1.2, 'چهار نوبت': 1.2, 'چند نوبت': 1, 'چندین نوبت': 1.1, 'پنج مرتبه': 1.2, 'ده مرتبه': 1.2,
    'دو مرتبه': 1, 'سه مرتبه': 1.2, 'چهار مرتبه': 1.2, 'چند مرتبه': 1, 'چندین مرتبه': 1.1, 'دو دفعه': 1, 'سه دفعه': 1.2, 'چهار دفعه': 1.2, 'چند دفعه': 1, 'چندین دفعه': 1.1,
  },
};

const span = (t: T, from: number, to: number): Span => ({ start: t[from].start, end: t[to - 1].end });

/** "Sorry, me again!", "Hi, it's me again": the writer back, at the start of the message. */
const ME_OPEN = new Set(['sorry', 'hi', 'hello', 'hey', 'hiya', 'it', 's', "it's", 'its', 'just', 'oh', 'ok', 'okay', 'yes', 'yep', 'um', 'erm', 'apologies', 'team']);
function meAgain(t: T): Span | null {
  for (let i = 0; i + 1 < t.length && t[i].sentence <= 1; i++) {
    if (t[i].key !== 'me' || t[i + 1].key !== 'again') continue;
    if (t.slice(0, i).every((y) => ME_OPEN.has(y.key))) return span(t, i, i + 2);
  }
  return null;
}

/** Contacts counted as bare nouns: "Five emails. Two phone calls.", "three weeks and four emails later". */
const NUMBER = new Map<string, number>(Object.entries({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, multiple: 3, numerous: 3 }));
// Promises and handlers tallied the same way: "Six weeks, four promises, zero refund", "four months and six different handlers".
const CONTACT_PLURAL = /^(?:e-?mails|calls|chats|messages|letters|tickets|complaints|voicemails|dms|promises|handlers|agents|advisors|advisers)$/;
/** The writer's own sending, before the count: "I've sent three emails", "we left two voicemails". */
const SENT = /^(?:sent|made|wrote|written|left|placed|raised|opened|filed|logged|lodged|submitted|tried)$/;
/** What only the company or a machine sends ("two confirmation emails"), or what a count of nouns is not ("two email addresses"). */
const NOT_OURS = /^(?:confirmation|automated|marketing|promotional|spam|newsletter|phishing|scam|sales|junk|nuisance|robo|robocalls|missed)$/;
const RECEIVED = /^(?:got|get|gets|getting|received|receive|receiving|receives|had|have)$/;
const AFTER_NOT = /^(?:from|a|per|each|every|addresses|accounts|to)$/;
const A_COUNT_NOUN = anchor({ key: CONTACT_PLURAL });
function countedNouns(t: T): Span | null {
  for (let i = 0; i + 1 < t.length; i++) {
    const k = t[i].key;
    const n = NUMBER.get(k) ?? (ONE_OR_TWO_DIGITS.test(k) ? Number(k) : 0);
    if (n < 2 || n > 12) continue;
    let j = i + 1;
    if (t[j] && (t[j].key === 'phone' || t[j].key === 'live' || t[j].key === 'support' || t[j].key === 'separate' || t[j].key === 'more' || t[j].key === 'different')) j++;
    const x = t[j];
    if (!x || x.sentence !== t[i].sentence || !CONTACT_PLURAL.test(x.key)) continue;
    if (NOT_OURS.test(t[i - 1]?.key ?? '') || NOT_OURS.test(t[j - 1].key) || AFTER_NOT.test(t[j + 1]?.key ?? '')) continue;
    // "I got two emails from you", "we have two tickets for the show": received or owned, not sent.
    if (t.some((y, m) => m < i && y.clause === x.clause && RECEIVED.test(y.key))) continue;
    if (t.some((y) => y.clause === x.clause && (y.key === 'you' || y.key === 'your') && t.indexOf(y) > j && t[t.indexOf(y) - 1]?.key === 'from')) continue;
    // A helpdesk ticket only with "support" before it ("20 tickets" for a show are no contact).
    if (x.key === 'tickets' && t[j - 1].key !== 'support') continue;
    // Told as a tally ("Five emails. Two phone calls.", "Three emails and a phone call later") or as the writer's own
    // sending ("I've sent three emails"); "Three letters this month and each one shows…" counts the company's letters.
    const s = x.sentence;
    // A short tally of counts: "Six weeks, four promises, zero refund." (not "Three letters this month and each one shows…").
    const inSentence = t.filter((y) => y.sentence === s);
    const tally = inSentence.length <= 8 && inSentence.filter((y) => y !== t[i] && (y.key === 'zero' || NUMBER.has(y.key) || /^\d{1,3}$/.test(y.key))).length >= 1;
    const fragment = t.every((y, m) => y.sentence !== s || (m >= i && m <= j + 1)) || tally;
    const later = t.some((y, m) => m > j && m - j <= 8 && y.sentence === s && y.key === 'later');
    const sent = t.some((y, m) => m < i && i - m <= 3 && y.clause === x.clause && SENT.test(y.key));
    if (fragment || later || sent) return span(t, i, j + 1);
  }
  return null;
}

/** Papers handed in again: a count of times ("a fifth time", «بار سوم») with papers in its clause, no failure told there. */
const PAPERS = /^(?:documents?|docs|passport|paperwork|id|proof|payslips?)$|^(?:مدارک|مدرک|مستندات|شناسنامه)/;
const FAULT = /^(?:fail|failed|fails|failing|error|errors|crash|crashed|broke|rejected|خطا|ارور|نشد|نمیشه)/;
function papersCounted(ctx: CueContext, counts: readonly Hit[]): Span | null {
  const t = ctx.doc.tokens;
  for (const h of counts) {
    const c = t[h.from].clause;
    const paper = t.find((y) => y.clause === c && PAPERS.test(y.key));
    if (!paper || t.some((y) => y.clause === c && FAULT.test(y.key))) continue;
    return span(t, h.from, h.to);
  }
  return null;
}

/** "I've waited a week for a one-line answer", "we have been waiting ten days for a reply": an answer owed. */
const REPLY_NOUN = /^(?:answer|reply|response|callback|call-back|word)$/;
const A_WAIT = anchor({ key: (k) => k === 'waited' || k === 'waiting' });
const THIRD = /^(?:bank|council|landlord|courier|seller|shop|insurer|gp|doctor|police|airline|solicitor)$/;
function waitedForAnswer(t: T): Span | null {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.key !== 'waited' && x.key !== 'waiting') continue;
    // The writer waited: "I've waited", "I have been waiting", "Been waiting".
    const who = t.slice(Math.max(0, i - 4), i).filter((y) => y.sentence === x.sentence);
    if (!(who.some((y) => y.key === 'i' || y.key === 'we') || who.length === 0 || who.every((y) => y.key === 'been' || y.key === 'have' || y.key === 'still'))) continue;
    if (who.some((y) => y.key === 'will' || y.key === 'can' || y.key === 'happy' || y.key === 'please' || y.key === 'if')) continue;
    const f = t.findIndex((y, j) => j > i && j - i <= 6 && y.sentence === x.sentence && y.key === 'for');
    if (f < 0) continue;
    const r = t.findIndex((y, j) => j > f && j - f <= 4 && y.sentence === x.sentence && REPLY_NOUN.test(y.key));
    if (r < 0 || t.some((y) => y.sentence === x.sentence && THIRD.test(y.key))) continue;
    return span(t, i, r + 1);
  }
  return null;
}

/**
 * On hold on an earlier day: "I sat on hold for an hour yesterday", «دیروز ۲۰ دقیقه پشت خط موندم». One call that
 * dropped just now, told alone ("Four hours on hold and then the line went dead"), is the first contact.
 */
const EARLIER_DAY = /^(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|دیروز|پریروز|دیشب|دیروزم)$/;
const A_HOLD = anchor({ key: (k) => k === 'hold' || k === 'خط' });
function onHoldBefore(t: T): Span | null {
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    const hold = (x.key === 'hold' && t[i - 1].key === 'on' && !/^(?:put|placed|account|order|card)$/.test(t[i - 2]?.key ?? '')) || (x.key === 'خط' && t[i - 1].key === 'پشت');
    if (!hold) continue;
    const s = x.sentence;
    const day = t.find((y, k) => y.sentence === s && EARLIER_DAY.test(y.key) && !/^(?:next|this|my|on|by|until|till|تا)$/.test(t[k - 1]?.key ?? ''));
    if (day) return { start: Math.min(day.start, t[i - 1].start), end: Math.max(day.end, x.end) };
  }
  return null;
}

/** «آقای محمدی از واحد مالی گفتن …», «از بخش فنی گفتن»: one of the company's units said it before. */
const A_UNIT = anchor({ key: (k) => k === 'واحد' || k === 'بخش' });
function unitSaid(t: T): Span | null {
  for (let i = 1; i < t.length; i++) {
    if ((t[i].key !== 'واحد' && t[i].key !== 'بخش') || t[i - 1].key !== 'از') continue;
    const v = t.slice(i + 1, i + 4).find((y) => y.clause === t[i].clause && (y.key === 'گفتن' || y.key === 'گفت' || y.key === 'گفتند' || y.key === 'گفته'));
    if (v && !t.slice(i + 1, t.indexOf(v)).some((y) => /^(?:بانک|پست|شهرداری|بیمه)/.test(y.key))) return { start: t[i - 1].start, end: v.end };
  }
  return null;
}

/** Adds span s (when found) to out as evidence of an earlier contact (a function of the module, not a closure made per message). */
function earlierContact(ctx: CueContext, out: Evidence[], s: Span | null): void {
  if (s) out.push(ctx.ev(s, 'tone.why.earlierContact'));
}

/** Each family found, in reading order (repeat.ts adds one to its score per family). */
export function kindsFinds(ctx: CueContext, counts: readonly Hit[]): Evidence[] {
  const t = ctx.doc.tokens;
  const out: Evidence[] = [];
  if (!ctx.fa) {
    earlierContact(ctx, out, meAgain(t));
    if (has(ctx.doc, A_COUNT_NOUN)) earlierContact(ctx, out, countedNouns(t));
    if (has(ctx.doc, A_WAIT)) earlierContact(ctx, out, waitedForAnswer(t));
  } else if (has(ctx.doc, A_UNIT)) earlierContact(ctx, out, unitSaid(t));
  if (has(ctx.doc, A_HOLD)) earlierContact(ctx, out, onHoldBefore(t));
  if (counts.length > 0) {
    const p = papersCounted(ctx, counts);
    if (p) out.push(ctx.ev(p, 'tone.why.contactCount'));
  }
  return out;
}

/**
 * «سلام دوباره» is a greeting only when it stands alone: «سلام، دوباره فاکتور … صادر شده» says the fault came again.
 * True when a back-again greeting hit is no greeting.
 */
/** Who a greeting is to: «سلام مجدد خدمت شما», «سلام دوباره دوستان». */
const GREETED = /^(?:خدمت|عزیز|دوستان|همگی|وقت|روزتون|جناب|سرکار|منم)/;
export function notGreetingAgain(text: string, t: T, h: Hit): boolean {
  const a = t[h.from];
  const b = t[h.to - 1];
  if (!a.fa || a.key !== 'سلام' || (b.key !== 'دوباره' && b.key !== 'مجدد')) return false;
  if (/[^\s\u200c]/.test(text.slice(a.end, b.start))) return !GREETED.test(t[h.to]?.key ?? '');
  const n = t[h.to];
  // «سلام دوباره 🙂 همون موضوع دیروز…»: a mark or an emoji closes the greeting.
  return n !== undefined && n.clause === b.clause && !GREETED.test(n.key) && !/[^\s\u200c]/.test(text.slice(b.end, n.start));
}

/** «مشتریا هی زنگ میزنن»: the writer's own customers (or people) keep contacting, not the writer. */
const OTHERS_FA = /^(?:مشتری(?:ا|ها|هامون|امون|ان|هام)|مردم|بقیه|اونا|آنها|همه)$/;
export function othersContacting(t: T, h: Hit): boolean {
  const x = t[h.from];
  return x.fa && t.some((y, k) => k < h.from && y.clause === x.clause && OTHERS_FA.test(y.key));
}

/** A Persian contact noun the customer received («ایمیلی … دریافت کردم»): the company's (or a fraudster's) message. */
export function receivedFa(t: T, i: number): boolean {
  const x = t[i];
  // The noun is what was received: «ایمیلی به اسم شما دریافت کردم»; not «تماس گرفته‌ایم و پاسخی دریافت نکرده‌ایم».
  for (let k = i + 1; k < t.length && k - i <= 5 && t[k].clause === x.clause; k++) {
    if (t[k].key.startsWith('دریافت')) return true;
    if (t[k].verb || /^(?:و|پاسخ|جواب)/.test(t[k].key)) return false;
  }
  return false;
}
