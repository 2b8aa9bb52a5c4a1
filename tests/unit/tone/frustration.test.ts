// @vitest-environment node
/**
 * The frustration cue, kind by kind, in English and Persian: each kind fires on phrasings other than
 * the lexicon's own examples, stays quiet on its calm look-alikes, and shows the words that carry it
 * (never thanks, "you" or a signature) with a reason in both languages.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { expectCueQuiet, expectCueShown } from './family.ts';

const fires = (text: string, ...words: string[]) => expectCueShown('frustrated', text, words);
const quiet = (text: string) => expectCueQuiet('frustrated', text);

describe('frustration: feelings said, in their inflections', () => {
  it('English', () => {
    fires('Honestly I am fed-up with this router.', 'fed-up');
    fires('Had it up to here with your billing department.', 'Had it up to here');
    fires('This is driving me nuts, it logs me out every time.', 'driving me nuts');
    fires('My patience has run out.', 'patience has run out');
    fires('Pretty gutted the jacket arrived torn.', 'gutted');
    fires('Infuriating. The payment went through twice.', 'Infuriating');
  });
  it('Persian, with and without ZWNJ, formal and colloquial', () => {
    fires('اعصابم خرد شد، باز سفارش اشتباه اومد.');
    fires('دیگه واقعاً کلافه‌ام.');
    fires('دیگه واقعاً کلافه ام.');
    fires('ذله شدم از بس زنگ زدم.', 'ذله');
    fires('صبرم تموم شده.');
    fires('کاسه صبرم لبریز شده است.');
    fires('جونم به لبم رسید.');
  });
  it("someone else's feeling is not the customer's", () => {
    quiet('My son gets frustrated when the game lags, is there a setting for that?');
    quiet('Customers get annoyed when the page reloads, can we turn that off?');
    quiet('پسرم وقتی بازی کند میشه کلافه میشه، تنظیمی برای این هست؟');
  });
});

describe('frustration: judging the service', () => {
  it('English', () => {
    fires('This is a complete shambles.', 'shambles');
    fires('What a waste of money.', 'waste of money');
    fires('Shoddy workmanship, the shelf fell off.', 'Shoddy');
    fires('The whole process is an absolute joke.', 'absolute joke');
  });
  it('Persian', () => {
    fires('این همه بی‌نظمی واقعاً عجیبه.');
    fires('حیف پولی که دادم.', 'حیف پولی');
    fires('دو ماهه سر کارمون گذاشتید.');
  });
});

describe('frustration: sarcasm', () => {
  it('praise beside a failure, thanks beside ironic quotes', () => {
    fires('Great, another outage. Just what I needed.', 'Great', 'another outage');
    fires('Oh fantastic, the app doesnt open at all now.');
    fires("Thanks a lot for the 'support'.", "'support'");
    fires('Fantastic. My router drops the connection every ten minutes.', 'Fantastic', 'drops');
    fires('مرسی بابت «پشتیبانی»تون.', '«پشتیبانی»');
    fires('دستتون درد نکنه، سفارشم گم شد.', 'دستتون درد نکنه');
  });
  it('quiet on plain praise and on courteous thanks before a report', () => {
    quiet('Great, that worked! Thanks so much.');
    quiet("Brilliant, thank you. I don't need anything else.");
    quiet("Thanks for the quick reply. The app still doesn't sync, could you have another look?");
    quiet('عالیه، مشکلم حل شد. دستتون درد نکنه.');
    quiet('ممنون بابت پاسخ. میشه دفترچه راهنما رو هم بفرستید؟');
  });
});

describe('frustration: escalation demands', () => {
  it('English and Persian', () => {
    fires('I want to speak to a supervisor, now.', 'speak to a supervisor');
    fires("I'll be reporting you to the Better Business Bureau.", 'Better Business Bureau');
    fires("You've just lost a customer.", 'lost a customer');
    fires('اگر تا جمعه درست نشه از طریق تعزیرات شکایت می‌کنم.');
    fires('می‌خوام با مدیرتون صحبت کنم.');
    fires('ده ساله مشتری‌تونم، دیگه ازتون خرید نمی‌کنم.');
  });
  it('asking how to reach someone is calm', () => {
    quiet('Can my manager be added as a second user on the account?');
    quiet('i need help lodging a complaint');
    quiet('میشه مدیر فروشگاه هم به حساب اضافه بشه؟');
  });
});

describe('frustration: rhetorical questions', () => {
  it('English and Persian', () => {
    fires('How hard can it be to send a parcel to the right address?', 'How hard can it be');
    fires('What am I paying you for?', 'What am I paying you for');
    fires('تا کی باید منتظر بمونم؟', 'تا کی باید');
    fires('مگه شوخیه؟ یه ماهه پولم برنگشته.', 'مگه شوخیه');
    fires('چرا هنوز درست نشده؟؟؟');
  });
  it('real questions stay quiet', () => {
    quiet('How hard is it to install the wall bracket myself?');
    quiet('What do I have to do to change my address?');
    quiet('تا کی فرصت دارم فرم رو پر کنم؟');
  });
});

describe('frustration: negation, "not X, just Y", and polite anger', () => {
  it('a strong feeling after "not X, just" still counts; a weak one does not', () => {
    fires('Not angry, just tired of chasing this.', 'tired of chasing');
    fires("I'm not frustrated with you personally, but the process is a nightmare.", 'nightmare');
    quiet('Not angry, just confused about the second charge.');
    quiet("I'm not upset, just want to know when it ships.");
    quiet('عصبانی نیستم، فقط گیج شدم که چرا دوبار پول کم شد.');
  });
  it('a Persian negation does not reach past a verb', () => {
    fires('اشتراکمو لغو کنید. از پول دادن برای سرویسی که هیچوقت کار نمی‌کنه خسته شدم.', 'خسته شدم');
  });
  it('"finally" in a request is exasperation', () => {
    fires('I would really appreciate it if someone could finally tell me where my refund is.', 'could finally');
    fires('ممنون میشم اگر بالاخره کسی توضیح بده.');
    quiet('It finally works, thank you!');
  });
});

describe('frustration: what is judged and who feels it', () => {
  it('a judgement of the weather or a film, a question about reaching a manager and a wife\'s anger are not the customer\'s frustration', () => {
    quiet('The terrible weather delayed my trip, can I move the booking?');
    quiet('The movie had an awful ending haha. Anyway, can I get the receipt?');
    quiet('Is it possible to speak to a manager about a business account?');
    quiet('Is there a way to stop the annoying pop-ups?');
    quiet('همسرم خیلی عصبانیه که پروازش رو از دست داده، میشه براش بلیت جدید بگیرید؟');
    fires('از طرز صحبت راننده‌تون با مادرم واقعاً منزجرم.');
  });
});

describe('frustration: broken promises, curt denials and waits', () => {
  it('told, then denied or outlived', () => {
    fires('I still havent recieved my refund, and your last email said 3-5 days. That was two weeks ago.', 'said');
    // Told and denied is a hint, not enough alone (a plain "promised a call back. Still waiting." reads as calm).
    const f = (t: string) => readCustomerTone(t).emotions.frustration;
    expect(f('I was told someone would email me. No email.')).toBeGreaterThan(f('I was told someone would email me.'));
    fires('سه‌شنبه پیش تلفنی گفتن امروز تکنسین میاد. نه کسی اومد، نه کسی زنگ زد.');
    quiet("I spoke to Sara in chat who said a refund was approved, but there's nothing on my card yet.");
    quiet('No worries, I understand delays happen.');
  });
  it('a rhetorical question keeps its own negation; «سه هفته‌ست» is a wait', () => {
    fires('چرا هیچکس جواب نمیده؟', 'چرا هیچکس');
    fires('چه سرعتی! سه هفته‌ست منتظرم.');
  });
});

// Issue 13, fifth round: kinds the held-out Persian split missed, each with its calm look-alikes.
describe('frustration: a counted contact with nothing back (the count is shown as evidence)', () => {
  it('a third contact or more with no answer, still nothing, or a plea for anyone to answer', () => {
    fires('سه بار پیام دادم هنوز هیچی', 'سه بار');
    fires('چهارمین پیامه که میفرستم، یکی جواب بده لطفا', 'یکی جواب بده');
    fires('این سومین نامه اینجانب است و تاکنون هیچ پاسخی دریافت نکرده‌ام.', 'سومین نامه');
    fires('سومين باره پيام ميدم، هيچكس جواب نميده');
    fires('I have written four times now and not one reply.', 'four times', 'not one reply');
    fires('Third email about this and still nothing.');
  });
  it('a second contact, a polite follow-up, a count alone and a fault that repeats are not frustration', () => {
    quiet('ببخشید باز مزاحم شدم، سفارشم هنوز نرسیده. میشه چک کنید؟');
    quiet('پیرو تماس قبلی، خواهشمند است وضعیت درخواست اینجانب را اعلام فرمایید.');
    quiet('This is my third email about order 5521. Could you check where it is?');
    quiet('سه بار امروز برنامه بسته شد، لاگ رو فرستادم براتون.');
    quiet('باز هم همون خطا اومد، این دفعه سوم امروزه. راه حلی هست؟');
    quiet('عجله‌ای نیست، هر وقت تونستین بررسی کنین. دوباره ممنون');
  });
});

describe('frustration: impatient questions', () => {
  it('asking when the company will act, with ?? or ?!', () => {
    fires('کی قراره درستش کنید؟؟؟', 'کی قراره درستش کنید؟؟؟');
    fires('پس کی میخواین جواب بدین؟؟');
    fires('كي قراره اين مشكل حل بشه؟؟؟');
    fires('When are you going to fix this??', 'When are you going to fix this??');
    fires('So when exactly do I get my money back??');
  });
  it('one question mark, or a when-question about nobody\'s doing, is a question', () => {
    quiet('کی قراره بسته برسه؟');
    quiet('کی درستش میکنید؟ فقط میخوام برنامه‌مو بچینم');
    quiet('When will the replacement ship?');
    quiet('I love the new app! when will we be able to pay with it?!');
  });
});

describe('frustration: threats to leave or complain, said as the next step', () => {
  it('English and Persian, colloquial and formal', () => {
    fires('مطمئن باشین همه جا نظر منفی مینویسم', 'نظر منفی مینویسم');
    fires('اگه تا فردا درست نشه میرم از یه جای دیگه میخرم');
    fires('دیگه نمیخوام با این وضع ادامه بدم، اشتراکمو لغو کنید');
    fires('I will dispute the charge with my bank if I don\'t get a refund by Monday.', 'I will dispute the charge');
    fires("If this isn't fixed by the end of the week I'm cancelling my contract and going to a competitor.");
  });
  it('asking how to cancel or leave a review, a plain cancellation and a signature named Sue are calm', () => {
    quiet('چطوری میتونم اشتراکمو لغو کنم؟');
    quiet('میخوام اشتراکم رو لغو کنم چون دیگه لازمش ندارم. ممنون');
    quiet('How do I cancel my subscription? I no longer need it.');
    quiet('Hi team, thanks for sorting my refund so quickly. Best, Sue');
  });
});

describe('frustration: sarcasm about a wait or a wrong item, and thanks beside ironic quotes', () => {
  it('Persian', () => {
    fires('دمتون گرم، یه هفته‌ست منتظر یه جواب سادم', 'دمتون گرم');
    fires('دستتون درد نکنه، به جای سایز ۴۲ سایز ۳۸ فرستادید', 'به جای');
    fires('نه که خیلی سریع جواب میدید! دو هفته‌ست منتظرم', 'نه که خیلی');
    fires('مرسی از «پشتیبانی ۲۴ ساعته» تون، ده روزه جواب نمیدین', '«پشتیبانی ۲۴ ساعته»');
  });
  it('praise for real help, even a long one, is thanks', () => {
    quiet('دمتون گرم، بسته سالم و سریع رسید');
    quiet('دستتون درد نکنه، سایز درست رو فرستادید');
    quiet('Thanks to Aaron for helping me for literally two hours! He is amazing.');
    quiet('ممنون از «ارسال رایگان» تون، خیلی به کارم اومد');
  });
});

describe('frustration: tired of chasing, trust lost, a promise outlived', () => {
  it('fires', () => {
    fires('دیگه حوصله پیگیری ندارم، هر روز باید زنگ بزنم');
    fires('دیگه بهتون اعتماد ندارم، هر بار یه چیزی میگید', 'بهتون اعتماد ندارم');
    fires("I honestly don't believe a word you say anymore.");
    fires('قول دادید دو روزه درست میشه. الان ده روز گذشته', 'قول');
    fires('Your agent promised a call back within 24 hours. That was three days ago.', 'promised');
  });
  it('thanks for following up, surprise at speed, and a promise dated in passing are calm', () => {
    quiet('پیگیری کردم، گفتن فردا ارسال میشه. ممنون');
    quiet('باورم نمیشه انقدر سریع رسید، مرسی!');
    quiet("I can't believe how fast that was, thank you!");
    quiet("I still haven't received the replacement card you promised two weeks ago.");
  });
});

describe('frustration: emphasis and typos', () => {
  it('a drawn-out word raises a complaint, never alone; misspelt feelings count', () => {
    fires('چراااا هیچکس جواب نمیده؟؟', 'چراااا');
    quiet('مرسیییی، حل شد');
    fires('realy dissapointed with the quailty of the jacket', 'dissapointed');
  });
  it('«نیستم‌ها» negates the feeling before it', () => {
    quiet('ناراحت نیستم‌ها، فقط یه سؤال دارم: چرا مبلغ اشتراکم عوض شده؟');
  });
});

describe('frustration: patience and trust the customer says they have lost', () => {
  it('only with their own negation', () => {
    fires('دیگه هیچ اعتمادی به شرکتتون ندارم', 'اعتمادی');
    fires('همین امروز اشتراکمو لغو میکنم، دیگه تحمل این وضعو ندارم', 'تحمل');
    fires("Honestly I can't take it anymore, the router drops every hour.");
  });
  it('advice not to trust, and boredom, are not frustration', () => {
    quiet('به لینک‌های ناشناس اعتماد نکنید، درسته؟');
    quiet('من عید از مهمونی رفتن فرار میکنم و حوصله‌شو ندارم');
  });
});

describe('frustration: thanks for what was done without a word, and what was not done', () => {
  it('fires', () => {
    fires('واقعا ممنون که سفارشمو بدون هماهنگی کنسل کردین', 'بدون هماهنگی');
    fires('Thanks for cancelling my order without telling me.', 'without telling');
    fires('يعني چي؟ پولمو گرفتين و جنس نفرستادين!', 'نفرستادين');
    fires('دستتون طلا، بعد از یه ماه یه جعبه خالی فرستادید', 'دستتون طلا');
  });
  it('thanks for a quick job, and a condition, are calm', () => {
    quiet('ممنون که بدون معطلی جواب دادید');
    quiet('ممنون که سفارشمو کنسل کردین، همونطور که خواسته بودم');
    quiet('اگه جواب ندادید مشکلی نیست، فردا دوباره می‌پرسم');
  });
});

describe('frustration: every time I call, "really, is anyone reading?", pressed when-questions', () => {
  it('fires', () => {
    fires('هر دفعه زنگ میزنم میگن فردا، فردا هم خبری نیست', 'هر دفعه');
    fires('برای بار چهارم دارم پیام میدم. واقعا کسی این پیاما رو میخونه؟', 'واقعا');
    fires('پس این پول من کی برمیگرده؟؟؟');
    fires('گفته بودید ۴۸ ساعته. الان یه هفته شده!');
  });
  it('stays quiet', () => {
    quiet('هر بار که زنگ میزنم خیلی خوب راهنمایی میکنید، ممنون');
    quiet('کی پول برمیگرده به حسابم؟');
    quiet('یه حس ناامیدی نیست، واقعا کمتر کسی رو میبینم که انقدر ذوق کنه');
  });
});
