/**
 * The frustration cue, kind by kind, in English and Persian: each kind fires on phrasings other than
 * the lexicon's own examples, stays quiet on its calm look-alikes, and shows the words that carry it
 * (never thanks, "you" or a signature) with a reason in both languages.
 */
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../lib/i18n/index.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const cueOf = (text: string) => readCustomerTone(text).cues.find((c) => c.kind === 'frustrated');
const evidenceOf = (text: string) => cueOf(text)?.evidence.map((e) => e.text) ?? [];

function fires(text: string, ...words: string[]) {
  const c = cueOf(text);
  expect(c, `frustrated on ${text}`).toBeDefined();
  const ev = c!.evidence.map((e) => e.text);
  for (const w of words) expect(ev, text).toContain(w);
  for (const e of c!.evidence) {
    expect(e.why, `"${e.text}" says why`).toBeDefined();
    expect(Object.keys(catalogs.tone.en)).toContain(e.why);
    expect(Object.keys(catalogs.tone.fa)).toContain(e.why);
  }
}

function quiet(text: string) {
  expect(evidenceOf(text), `quiet on ${text}`).toEqual([]);
}

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
