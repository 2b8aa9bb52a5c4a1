// @vitest-environment node
/**
 * Implicit frustration (lib/tone/cues/frustration.implicit.ts): each construction fires on wordings of its own, in
 * English and Persian, stays silent on its calm look-alikes, and shows only the words that carry it, with a reason in
 * both languages. None of these sentences is in the tone-eval splits.
 */
import { describe, it } from 'vitest';
import { expectCueQuiet, expectCueShown } from './family.ts';

const FUNCTION_WORDS = new Set(['you', 'thanks', 'thank', 'please', 'hi', 'hello', 'i', 'the', 'سلام', 'ممنون', 'لطفا', 'لطفاً', 'مرسی', 'شما']);

const fires = (text: string, ...words: string[]) => expectCueShown('frustrated', text, words, FUNCTION_WORDS);
const quiet = (text: string) => expectCueQuiet('frustrated', text);

describe('implicit frustration: exasperated questions', () => {
  it('English: fires only as a question, with its guard', () => {
    fires('Do I really have to come into the branch myself just to update a phone number?', 'Do I really have to');
    fires('Is anybody even reading my emails?', 'anybody even');
    fires('Who do I have to call to get a refund processed?', 'Who do I have to');
    fires('So am I supposed to just sit here without internet until Monday?', 'supposed to just');
    fires('Why does it take six weeks to replace a bank card?', 'Why does it take');
    fires('How hard is it for you to read the delivery instructions?', 'How hard is it for');
    fires('Would it kill you to send an email when the order is late?', 'Would it kill you to');
    fires('Is it really so hard to answer a phone?');
    quiet('Do I have to be home when the courier comes?');
    quiet('Do I need to bring anything to the appointment, or is the email enough?');
    quiet('What am I paying for with the family plan, exactly? Just comparing.');
    quiet('How hard is it to assemble the wardrobe on my own?');
    quiet('Why does it take two batteries instead of one?');
    quiet('Is anyone free to help me choose a laptop?');
  });
  it('Persian: «تا کی باید»، «یعنی چی؟»، «مگه … نه»، «چقدر سخته … کنید»', () => {
    fires('تا کی قراره منتظر جواب شما بمونم؟');
    fires('یعنی چی؟ سفارشم لغو شده و هیچکس خبر نداده!', 'یعنی چی');
    fires('مگه من پول کامل رو نداده بودم؟');
    fires('چقدر سخته یه بسته رو سالم تحویل بدید؟');
    fires('باید حتماً هر بار خودم زنگ بزنم تا کاری انجام بشه؟');
    quiet('تا کی فرصت دارم مدارک رو بفرستم؟');
    quiet('این کد خطا یعنی چی؟');
    quiet('مگه این گوشی شارژر نداره؟ فقط خواستم مطمئن شم.');
    quiet('نصب این قفسه چقدر سخته؟');
    quiet('باید فرم رو امضا کنم؟');
  });
});

describe('implicit frustration: paid or promised, against what happened', () => {
  it('English', () => {
    fires('I paid extra for a window seat and was put in the middle.', 'paid');
    fires('You promised a technician by noon. Nobody came.', 'promised');
    fires('Your website says next-day delivery; it has been four days and still no parcel.');
    quiet('I paid for the upgrade, could you tell me when it becomes active?');
    quiet('You said to email the receipt, so here it is.');
    quiet('I was told to expect a call on Friday, which suits me fine.');
  });
  it('Persian', () => {
    fires('قرار بود دیروز نصاب بیاد ولی نیومد.', 'قرار بود');
    fires('قول داده بودید هفته‌ی پیش درست بشه، اما هنوز همونطوره.');
    fires('هزینه‌ی ارسال فوری رو پرداختم ولی بسته بعد از یه هفته رسید.');
    quiet('قرار بود امروز بیاد، اگه نشد فردا هم خوبه.');
    quiet('پول رو واریز کردم، رسیدشو کجا بفرستم؟');
  });
});

describe('implicit frustration: time gone by with nothing done', () => {
  it('English', () => {
    fires('Six weeks and still no sign of my deposit.', 'Six weeks');
    fires('It has been a fortnight and nothing has changed.');
    fires('Day nine of no broadband.', 'Day nine');
    quiet('Two months with the new router and it has been great.');
    quiet('Day two of the course and I am loving it.');
    quiet('I ordered three days ago, no rush at all.');
    quiet('My flight is in three hours and I still have not checked in, could you help?');
  });
  it('Persian', () => {
    fires('سه هفته‌ست قبض اشتباه اومده و هنوز هیچ اصلاحی نشده.');
    fires('یه ماهه تیکت زدم و هنوز کسی جواب نداده.');
    quiet('دو ماهه از این اپلیکیشن استفاده می‌کنم و خیلی راضیم.');
    fires('تو این سه هفته هیچکس یه تماس هم نگرفت.');
    fires('همه چی عالیه، فقط چهار روزه نمی‌تونم وارد حسابم بشم!');
    quiet('سه ساعت دیگه پرواز دارم و هنوز کارت پرواز نگرفتم.');
    quiet('درگاه پرداخت دو ساعته از کار افتاده و مشتری‌ها نمی‌تونن خرید کنن.');
    quiet('هنوز ۲۴ ساعت نشده که سفارش دادم، فقط خواستم بپرسم.');
  });
});

describe('implicit frustration: lists of failures, anaphora, runaround', () => {
  it('English', () => {
    fires('Dented lid, cracked base and the cable is missing.');
    fires('No apology. No refund. No explanation.');
    fires('Each time I phone I get told a different story.', 'different story');
    fires('I have been passed from pillar to post for a week.', 'pillar to post');
    quiet('The lid is dented, could you send a new one? Thanks!');
    quiet('The base cracked when I dropped it, my fault entirely.');
  });
  it('Persian', () => {
    fires('درش شکسته، رنگش اشتباه، دفترچه‌اش هم ناقصه.');
    fires('هر کی یه چیزی میگه، آخرش هم کسی مسئولیت قبول نمی‌کنه.');
    quiet('درش یه کم ترک داره، لطفاً عوضش کنید.');
  });
});

describe('implicit frustration: obligation, expectation, understatement', () => {
  it('English', () => {
    fires("I shouldn't need to chase my own refund.", "shouldn't need to");
    fires('Frankly, I expected far more from a five-star hotel.');
    fires('Sort the billing out once and for all.', 'once and for all');
    fires('The repair work leaves a lot to be desired.', 'leaves a lot to be desired');
    fires("That's simply not good enough.", 'not good enough');
    quiet('I expect to be in all afternoon.');
    quiet('Frankly the best support I have had in years.');
    quiet("It's not ideal but no worries, I can wait.");
  });
  it('Persian', () => {
    fires('انتظار داشتم حداقل یه تماس بگیرید.');
    fires('کیفیت خدمات اصلاً در حد انتظار نبود.');
    fires('یک بار برای همیشه این قبض رو درست کنید.');
    fires('من نباید هر ماه برای یه قبض اینهمه وقت بذارم.');
    quiet('انتظار نداشتم اینقدر زود برسه، مرسی!');
  });
});

describe('implicit frustration: leaving, escalating, sarcasm, capitals', () => {
  it('English', () => {
    fires('This is the last time I order anything from you.');
    fires('I will be writing a review so others know what they are in for.');
    fires('So much for "guaranteed" delivery.');
    fires('My parcel went to the WRONG address and nobody can tell me where it is.', 'WRONG');
    fires("I'm beginning to wonder why I bother.", 'why I bother');
    quiet('How do I leave a review for the driver?');
    quiet('I always tell everyone to fly with you! Congratulations!');
    quiet('That was supposed to say "boo" not "book".');
    quiet('Thanks so much for the fast reply!');
    quiet('Could you send the PDF to my work email?');
  });
  it('Persian', () => {
    fires('به همه میگم که از اینجا خرید نکنن.');
    fires('دفعه‌ی آخره که از این سایت بلیت می‌گیرم.');
    fires('از طریق تعزیرات پیگیری می‌کنم.');
    fires('«تحویل اکسپرس»تون شد دو هفته.');
    quiet('کجا میتونم نظرمو درباره‌ی راننده بنویسم؟');
    quiet('ممنون از «ارسال رایگان»تون، خیلی به کارم اومد.');
  });
});

describe('implicit frustration: calm markers', () => {
  it('silence the constructions', () => {
    quiet("I'm not angry, just confused about the two bills.");
    quiet('No rush, but three weeks on I still have not had the invoice.');
    quiet('The parcel came two days late but everything is fine, thank you.');
    quiet('فقط خواستم مطمئن شم، مگه ارسال رایگان نیست؟');
  });
});
