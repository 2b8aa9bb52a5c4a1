/**
 * Calm variant matrix (issue 13, tcalm8): calm customer messages assembled from parts (a greeting, a strong fault
 * statement, worry, anger at a third party or at oneself, negated feelings, intensifiers, capitals on a product name,
 * "!!" of joy, emoji, "again" about a fault, "still" about a patient wait, a calm cancellation, "complaint" as a form
 * name, praise with a small request, phone signatures, quoted angry history), and a frustrated matrix of close
 * contrasts that must still fire (anger at the company, sarcasm about a failure, escalation threats). Labelled by the
 * rule in tests/fixtures/tone-eval/README.md ("Labels (one rule for all)").
 *
 *   npx tsx scripts/tone-calm-matrix.ts            per kind: calm read frustrated / total, frustrated read / total
 *   npx tsx scripts/tone-calm-matrix.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';

export interface MatrixItem {
  lang: 'en' | 'fa';
  kind: string;
  frustrated: boolean;
  text: string;
}

const EN_GREET = ['', 'Hi, ', 'Dear Sir or Madam, ', 'Hello team, '];
const EN_TAIL = ['', ' Thanks!', '\n\nSent from my iPhone', ' 🙏', '\n\nThanks,\nSam\n07700 900123'];
const FA_GREET = ['', 'سلام، ', 'با سلام و احترام، ', 'سلام وقت بخیر، '];
const FA_TAIL = ['', ' ممنون', '\n\nارسال شده از گوشی سامسونگ', ' 🙏', '\n\nبا تشکر\nرضا\n۰۹۱۲۳۴۵۶۷۸۹'];

const EN_FAULT = [
  'my kettle is totally broken',
  'the router is completely dead',
  'the screen on my tablet is cracked',
  'my headphones stopped working completely',
  'the blender is completely kaput, it won\'t turn on at all',
];
const FA_FAULT = ['کتری برقیم کلا خراب شده', 'مودمم اصلا کار نمی‌کنه', 'صفحه تبلتم ترک خورده', 'هدفونم کلا از کار افتاده', 'مخلوط‌کن اصلا روشن نمیشه'];
const EN_ASK = ['Could you help me get it repaired?', 'What are my options?', 'Can you send a replacement?', 'How do I send it back?'];
const FA_ASK = ['میشه راهنمایی کنید چطور تعمیرش کنم؟', 'چه کاری باید بکنم؟', 'امکانش هست یکی دیگه بفرستید؟', 'چطور برگردونمش؟'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every core with a rotating greeting and tail (each core meets every greeting and every tail over the kind). */
function vary(lang: 'en' | 'fa', kind: string, frustrated: boolean, cores: string[], out: MatrixItem[]) {
  const g = lang === 'en' ? EN_GREET : FA_GREET;
  const t = lang === 'en' ? EN_TAIL : FA_TAIL;
  cores.forEach((core, i) => {
    for (let k = 0; k < 4; k++) {
      const greet = g[(i + k) % g.length];
      const tail = t[(i * 3 + k) % t.length];
      const body = lang === 'en' && greet === '' ? cap(core) : core;
      out.push({ lang, kind, frustrated, text: `${greet}${body}${tail}` });
    }
  });
}

function cross<A, B>(as: A[], bs: B[], f: (a: A, b: B) => string): string[] {
  return as.flatMap((a) => bs.map((b) => f(a, b)));
}

/** Every way of taking one part from each list, the middle part before or after the first. */
function combos(parts: string[][]): string[] {
  const [a, b, c] = parts;
  const out: string[] = [];
  a.forEach((x, i) => b.forEach((y, j) => c.forEach((z, k) => {
    if ((i + j + k) % 2 === 0) out.push(`${x}. ${y}. ${z}`);
    else out.push(`${y}. ${x}. ${z}`);
  })));
  return out;
}

export function calmMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  // ---------- English, calm ----------
  vary('en', 'fault', false, cross(EN_FAULT, EN_ASK, (f, a) => `${f}. ${a}`), out);
  vary('en', 'worry', false, cross(["I'm really worried", "I'm so worried", "I'm panicking a bit", 'Really stressed here'], EN_FAULT.slice(0, 3), (w, f) => `${w}, ${f} and I need it for work tomorrow. Please help!`), out);
  vary('en', 'thirdParty', false, cross([
    "the courier's van reversed into my gate and crushed the box, I was furious with the driver",
    'my neighbour took the parcel in and dropped it, honestly so annoying of him',
    'the bank blocked my card for no reason, they are useless',
    'my landlord cut the power while it was charging, I am livid with him',
  ], ['Could you send a new one?', 'Is it covered by the warranty?'], (a, b) => `${a}. ${b}`), out);
  vary('en', 'self', false, cross([
    "totally my own fault, I dropped it in the bath",
    "I'm so annoyed with myself, I ordered the wrong size",
    'my own stupid mistake, I typed the wrong address',
    'I feel like an idiot, I deleted the account myself',
  ], ['Is there anything you can do?', 'Can it be fixed?'], (a, b) => `${a}. ${b}`), out);
  vary('en', 'negated', false, cross([
    "I'm not angry, just confused",
    "Not complaining, just letting you know",
    "I'm not upset at all, just curious",
    "No complaints here, just a heads-up",
  ], EN_FAULT.slice(0, 3), (n, f) => `${n}: ${f}. What should I do?`), out);
  vary('en', 'intensifier', false, cross(['I really really need help', 'I would be so so grateful for help', 'I am super confused'], EN_FAULT.slice(1, 4), (n, f) => `${n}, ${f}. Any ideas?`), out);
  vary('en', 'capsName', false, cross(['my SONY WH-1000 headphones', 'the XBOX SERIES X', 'my new IPHONE 15', 'the TURBO MAX 3000 blender'], ['will not charge', 'is totally dead after the update', 'keeps restarting'], (p, f) => `${p} ${f}. Can you help?`), out);
  vary('en', 'joy', false, cross(['It arrived today!! Love it!!', 'Wow, so fast!! Thank you!!', 'The new sofa is gorgeous!!'], ['One small thing: the remote is missing, could you send one?', 'Only issue is a scratch on the side, can I get a discount?'], (a, b) => `${a} ${b}`), out);
  vary('en', 'emoji', false, cross(['😅', '🙏', '😐', '😬'], ['the app crashed again when I opened it', 'my order shows delivered but it is not here', 'the printer is totally dead'], (e, f) => `${f} ${e} any idea what to do?`), out);
  vary('en', 'again', false, cross(['The app crashed again this morning', 'My laptop froze again', 'The heating went off again overnight', 'The card reader failed again'], ['Is there a fix?', 'Could you send an engineer?'], (a, b) => `${a}. ${b}`), out);
  vary('en', 'stillPatient', false, cross(['Still waiting on the refund', 'Still no sign of the parcel', 'I am still waiting for the engineer'], ['no rush at all, just checking it is in the system.', 'I know you are busy, whenever you can.', 'happy to wait, just wanted an update.'], (a, b) => `${a}, ${b}`), out);
  vary('en', 'cancel', false, cross(['Please cancel my subscription from next month', 'I would like to close my account', 'Please cancel order 4471'], ['I am moving abroad.', 'thanks for everything over the years.', 'I no longer need it.'], (a, b) => `${a}, ${b}`), out);
  vary('en', 'complaintForm', false, ['Where do I find the complaint form?', 'I need the complaints procedure for my university coursework.', 'Can you send me the complaint form? My mum wants to report her neighbour\'s fence.', 'Is the complaints page still at /help/complaints?', 'How long does a complaint take to process? Just asking for my records.'], out);
  vary('en', 'praiseRequest', false, cross(['Absolutely love the new app, best update ever!', 'Your team was brilliant last week.', 'Five stars, the blender is amazing.'], ['Just one request: could you add dark mode?', 'Small thing, can I change the delivery day?'], (a, b) => `${a} ${b}`), out);
  vary('en', 'quotedAnger', false, [
    'Update: it is all sorted now, thank you!\n\nOn Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:\n> This is ridiculous, I want a manager NOW!!\n> Worst service ever.',
    'Thanks, the refund just arrived.\n\nOn Tue, 4 Jun 2024, Sam wrote:\n> Absolutely useless. Three weeks and nothing!!',
    'Got the replacement today, works fine.\n\n-----Original Message-----\nFrom: Sam\nSent: Monday\nSubject: complaint\n\nI am furious, this is a disgrace.',
  ], out);
  // Parts combined: each calm message takes several parts at once (a strong fault, "again", worry, an emoji, caps on a
  // product name, a feeling negated or aimed at someone else or at oneself), in a rotating order.
  vary('en', 'combo', false, combos([
    ['My IPAD PRO is completely dead again', 'The HP LASERJET is totally broken', 'the router died again overnight', 'my phone screen is cracked'],
    ["I'm really worried", 'not angry at all, just confused', 'totally my own fault, I dropped it', 'my neighbour knocked it off the table, so annoying of him', 'super stressed 😬', '😅'],
    ['Could you please help?', 'What are my options?', 'Any idea what to do? 🙏', 'Please help!!'],
  ]), out);
  // A second batch, written after the first fixes: other parties, other acts, feelings said beside them, strain.
  vary('en', 'thirdParty2', false, cross([
    'The postman threw it over the fence, so annoying!!',
    'Ugh, the airline lost my suitcase and they were so rude about it.',
    'Honestly the council are a joke, the bin lorry crushed my parcel.',
    'My husband is furious with the plumber who flooded the kitchen.',
    'I was livid with myself for ordering the wrong colour 😤',
    'The neighbours kept my parcel for a week, really annoying of them.',
  ], ['Can you send another?', 'Is there a way to get a replacement?'], (a, b) => `${a} ${b}`), out);
  vary('en', 'selfKin', false, [
    "I'm a bit frustrated with myself, I forgot my password AGAIN 😅 can you reset it?",
    'My son is so upset, his birthday present arrived completely broken. Could you send a replacement please? 🙏',
    'Ugh, my own fault, I left the charger at the hotel. Can I buy a new one from you?',
    "My daughter was really disappointed, the doll's arm came off in the box. Can we get a new one?",
    'Not angry, just really confused 😐 the bill is double what it was. Can you explain?',
    "I'm SO worried!! My phone is completely dead and my boarding pass is on it. HELP please 🙏",
  ], out);
  vary('en', 'strain', false, cross(["I'm so stressed and overwhelmed right now", 'Really stressed 😬', 'so stressed out about this'], ["the laptop won't boot at all", 'my payment page froze twice'], (a, b) => `${a}, ${b}!! Please help`), out);
  // ---------- English, frustrated (close contrasts) ----------
  vary('en', 'F:atCompany', true, cross(["I'm really angry with you", 'I am furious with your company', 'Your service is a joke', 'This is disgraceful from you'], EN_FAULT.slice(0, 3), (a, f) => `${a}, ${f}. Sort it out.`), out);
  vary('en', 'F:sarcasm', true, cross(['Great, just great.', 'Brilliant, thanks a lot.', 'Wow, amazing quality.'], ['Broken again after two days', 'Dead on arrival, again'], (a, b) => `${b}. ${a}`), out);
  vary('en', 'F:threat', true, cross(EN_FAULT.slice(0, 3), ['If this is not fixed by Friday I am going to the ombudsman.', 'I want to speak to a manager right now.', 'I will be leaving a one-star review and cancelling.'], (f, t) => `${f}. ${t}`), out);
  vary('en', 'F:notJustConfused', true, cross(["I'm not confused, I'm angry", 'I am not worried, I am furious'], EN_FAULT.slice(0, 2), (a, f) => `${a}: ${f} and nobody answers.`), out);

  // A third party or the customer beside displeasure that is the company's: must still fire.
  vary('en', 'F:mixedTarget', true, [
    'The bank says you never sent the refund. I am furious with you.',
    'The courier was fine, but I am absolutely furious with your company.',
    'My neighbour had to chase you for me, honestly this is a disgrace.',
    'I am furious with the delivery, three weeks late and nobody answers.',
    'The postman said your warehouse never sent it. Useless, the lot of you.',
    'Not my fault at all, your site charged me twice. I am livid.',
    'I was furious with the driver you sent, he threw it over the gate. Can you refund me?',
    "My neighbour's internet is down too and I'm really annoyed, three days now!",
  ], out);
  // ---------- Persian, calm ----------
  vary('fa', 'fault', false, cross(FA_FAULT, FA_ASK, (f, a) => `${f}. ${a}`), out);
  vary('fa', 'worry', false, cross(['خیلی نگرانم', 'واقعا استرس دارم', 'یه کم دلشوره دارم'], FA_FAULT.slice(0, 3), (w, f) => `${w}، ${f} و فردا لازمش دارم. لطفا کمک کنید`), out);
  vary('fa', 'thirdParty', false, cross([
    'ماشین پیک موقع دنده عقب زد به در و جعبه له شد، از دست راننده خیلی عصبانی شدم',
    'همسایه‌مون بسته رو گرفت و انداخت زمین، واقعا ازش ناراحتم',
    'بانک بی‌دلیل کارتمو مسدود کرده، خیلی بی‌مسئولیتن',
    'صاحبخونه برق رو قطع کرد وقتی داشت شارژ میشد، ازش شاکی‌ام',
  ], ['میشه یکی دیگه بفرستید؟', 'گارانتی شاملش میشه؟'], (a, b) => `${a}. ${b}`), out);
  vary('fa', 'self', false, cross([
    'تقصیر خودم بود، از دستم افتاد',
    'از دست خودم عصبانی‌ام، سایز اشتباه سفارش دادم',
    'اشتباه از خودم بود، آدرس رو غلط زدم',
    'خودم حواسم نبود و اکانت رو پاک کردم',
  ], ['کاری از دستتون برمیاد؟', 'قابل تعمیره؟'], (a, b) => `${a}. ${b}`), out);
  vary('fa', 'negated', false, cross(['ناراحت نیستم، فقط گیج شدم', 'گلایه‌ای ندارم، فقط خواستم خبر بدم', 'عصبانی نیستم، فقط سوال دارم', 'شکایتی ندارم، فقط در جریان باشید'], FA_FAULT.slice(0, 3), (n, f) => `${n}: ${f}. چیکار کنم؟`), out);
  vary('fa', 'intensifier', false, cross(['واقعا واقعا کمک لازم دارم', 'خیلی خیلی ممنون میشم کمک کنید', 'حسابی گیج شدم'], FA_FAULT.slice(1, 4), (n, f) => `${n}، ${f}. راهی داره؟`), out);
  vary('fa', 'capsName', false, cross(['گوشی SAMSUNG A54 من', 'کنسول XBOX SERIES X', 'لپ‌تاپ ASUS ROG'], ['شارژ نمیشه', 'بعد از آپدیت کلا خاموش شده', 'مدام ری‌استارت میشه'], (p, f) => `${p} ${f}. کمک می‌کنید؟`), out);
  vary('fa', 'joy', false, cross(['امروز رسید!! عاشقشم!!', 'وای چه سریع!! مرسی!!', 'مبل جدید محشره!!'], ['فقط کنترلش تو جعبه نبود، میشه بفرستید؟', 'فقط یه خط کوچیک روش هست، تخفیف میدین؟'], (a, b) => `${a} ${b}`), out);
  vary('fa', 'emoji', false, cross(['😅', '🙏', '😐', '😬'], ['برنامه دوباره موقع باز کردن بسته شد', 'سفارشم تحویل شده زده ولی دستم نرسیده', 'پرینتر کلا خاموشه'], (e, f) => `${f} ${e} راهی هست؟`), out);
  vary('fa', 'again', false, cross(['امروز صبح دوباره برنامه بسته شد', 'لپ‌تاپم باز هم هنگ کرد', 'شوفاژ دیشب دوباره خاموش شد'], ['راه حلی داره؟', 'میشه یه تکنسین بفرستید؟'], (a, b) => `${a}. ${b}`), out);
  vary('fa', 'stillPatient', false, cross(['هنوز منتظر بازگشت وجه هستم', 'بسته هنوز نرسیده', 'هنوز تکنسین نیومده'], ['عجله‌ای نیست، فقط خواستم مطمئن بشم ثبت شده.', 'می‌دونم سرتون شلوغه، هر وقت تونستید.', 'مشکلی نیست صبر می‌کنم، فقط یه خبر بدید.'], (a, b) => `${a}، ${b}`), out);
  vary('fa', 'cancel', false, cross(['لطفا اشتراکم رو از ماه بعد لغو کنید', 'می‌خوام حسابم رو ببندم', 'لطفا سفارش ۴۴۷۱ رو کنسل کنید'], ['دارم مهاجرت می‌کنم.', 'بابت همه چیز ممنونم.', 'دیگه لازمش ندارم.'], (a, b) => `${a}، ${b}`), out);
  vary('fa', 'complaintForm', false, ['فرم شکایت کجاست؟', 'برای پروژه دانشگاهم روال رسیدگی به شکایات رو لازم دارم.', 'میشه فرم شکایت رو بفرستید؟ مادرم می‌خواد از همسایه شکایت کنه.', 'رسیدگی به شکایت چقدر طول می‌کشه؟ فقط برای اطلاع خودم می‌پرسم.'], out);
  vary('fa', 'praiseRequest', false, cross(['عاشق اپ جدیدتونم، بهترین آپدیت بود!', 'همکارتون هفته پیش عالی بود.', 'پنج ستاره، مخلوط‌کن فوق‌العاده‌ست.'], ['فقط یه درخواست: میشه حالت تاریک اضافه کنید؟', 'یه چیز کوچیک، میشه روز تحویل رو عوض کنم؟'], (a, b) => `${a} ${b}`), out);
  vary('fa', 'quotedAnger', false, [
    'درست شد، ممنون!\n\nدر تاریخ دوشنبه ۳ خرداد، رضا نوشت:\n> واقعا مسخره‌ست، مدیرتون رو می‌خوام!!\n> افتضاح‌ترین خدمات.',
    'ممنون، پول برگشت.\n\nدر تاریخ سه‌شنبه، رضا نوشت:\n> واقعا بی‌مسئولیتید. سه هفته گذشته و هیچی!!',
  ], out);
  vary('fa', 'combo', false, combos([
    ['گوشی SAMSUNG دوباره کلا خاموش شده', 'پرینتر HP اصلا کار نمی‌کنه', 'مودم دیشب باز هم قطع شد', 'صفحه گوشیم ترک خورده'],
    ['خیلی نگرانم', 'ناراحت نیستم، فقط گیج شدم', 'تقصیر خودم بود، از دستم افتاد', 'همسایه انداختش زمین، واقعا از دستش شاکی‌ام', 'خیلی استرس دارم 😬', '😅'],
    ['لطفا کمک کنید', 'چیکار باید بکنم؟', 'راهی داره؟ 🙏', 'لطفا راهنمایی کنید!!'],
  ]), out);
  vary('fa', 'thirdParty2', false, cross([
    'همسایه‌مون بسته رو یه هفته نگه داشت، واقعا ازش دلخورم.',
    'صاحبخونه کلید رو نداد، خیلی آدم بی‌ملاحظه‌ایه.',
    'بیمه هنوز خسارت رو نداده، واقعا کلافه‌ام کردن.',
    'از دست خودم عصبانی‌ام، رنگ اشتباه سفارش دادم 😤',
  ], ['میشه یکی دیگه بفرستید؟', 'راهی برای تعویض هست؟'], (a, b) => `${a} ${b}`), out);
  // ---------- Persian, frustrated ----------
  vary('fa', 'F:atCompany', true, cross(['واقعا از دستتون عصبانی‌ام', 'از شرکتتون خیلی شاکی‌ام', 'خدماتتون افتضاحه'], FA_FAULT.slice(0, 3), (a, f) => `${a}، ${f}. درستش کنید.`), out);
  vary('fa', 'F:sarcasm', true, cross(['دستتون درد نکنه واقعا.', 'عالیه، مرسی واقعا.'], ['دو روزه دوباره خراب شد', 'از همون اول خراب بود'], (a, b) => `${b}. ${a}`), out);
  vary('fa', 'F:threat', true, cross(FA_FAULT.slice(0, 3), ['اگه تا جمعه درست نشه از طریق سازمان حمایت از مصرف‌کننده شکایت می‌کنم.', 'همین الان می‌خوام با مدیرتون صحبت کنم.', 'نظر منفی می‌نویسم و دیگه ازتون خرید نمی‌کنم.'], (f, t) => `${f}. ${t}`), out);
  vary('fa', 'F:notJustConfused', true, cross(['گیج نیستم، عصبانی‌ام', 'نگران نیستم، شاکی‌ام'], FA_FAULT.slice(0, 2), (a, f) => `${a}: ${f} و هیچکس جواب نمیده.`), out);
  vary('fa', 'F:mixedTarget', true, [
    'بانک میگه شما پول رو برنگردوندید، واقعا از دستتون شاکی‌ام.',
    'از دست شما خیلی عصبانی‌ام، همسایه هم دیده که بسته رو پرت کردن.',
    'تقصیر من نبود، سایتتون دو بار پول کشید. واقعا عصبانی‌ام.',
    'پیکتون بسته رو انداخت تو حیاط همسایه، خیلی بی‌مسئولیتید.',
    'همسایه‌مون هم اینترنتش قطعه و واقعا اعصابم خورده، سه روزه وصل نشده!',
  ], out);
  return out;
}

export function runMatrix(items = calmMatrix()) {
  return tallyCue(items, 'frustrated', (it) => `${it.lang} ${it.frustrated ? 'frustrated' : 'calm'} ${it.kind}`, (it) => it.frustrated);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printCueRows(runMatrix(), { misses: process.argv.includes('--misses'), verb: 'read frustrated', width: 32, groupWords: 2 });
