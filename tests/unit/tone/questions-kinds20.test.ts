// @vitest-environment node
/**
 * Twentieth session's question kinds (lib/tone/cues/questions.kinds20.ts): look-alikes written from knowledge across
 * trades, each with the number of questions an agent must answer (positives and close contrasts).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

/** [kind, message, questions to answer]. */
export const QUESTIONS20: readonly [string, string, number][] = [
  // Run-on English: an inverted verb addressed to the company inside the sentence.
  ['run-on addressed', 'hi ordered a bike rack last week tracking says delivered but nothing at the door checked with the neighbours can you find out where it went thanks tom', 1],
  ['run-on addressed', 'hello the boiler keeps making a banging noise every morning around 6 it started after the service last month do you know if someone can come and look at it cheers', 1],
  ['run-on request contrast', 'hello the boiler keeps making a banging noise every morning around 6 it started after the service last month could someone come and look at it cheers', 0],
  ['run-on request contrast', 'i think i paid twice by mistake haha can you refund one', 0],
  ['run-on request contrast', 'Dear Sir, please find the form enclosed and contact me should you require anything further.', 0],
  ['run-on addressed', 'my daughters school photo order never came we paid on the 3rd do you know when they are being sent', 1],
  ['run-on addressed', 'hey booked a table for 6 on saturday but now we are 8 people do you have a bigger table', 1],
  ['run-on addressed', 'my grans hearing aid whistles all the time since the new batteries she cant use the phone is there anything we can try at home or does it need to go back', 1],
  ['run-on addressed', 'the printer shows error e3 after every second page turned it off and on is there a way to reset it', 1],
  ['run-on contrast', 'the problem is there is no signal in the back bedroom since the new router', 0],
  ['run-on contrast', 'i paid for the express option so do you guys owe me the difference, not sure', 0],
  ['run-on contrast', 'Thanks for sorting the refund so quickly, the money is back in my account', 0],
  ['run-on contrast', 'we moved in on monday and the meter is there by the back door next to the bins', 0],
  ['run-on contrast', 'i already told the driver where the side gate is so he knows for next time', 0],
  // A question word after a joiner, or with a noun before its verb.
  ['joiner wh', 'finished the first aid course yesterday but where do i get the certificate, cant find it anywhere', 1],
  ['joiner wh', 'ordered the pizza at 7 its now half 8 and still says cooking lol what is going on. never again', 1],
  ['joiner wh', 'the gym app logged me out again so how do i get back in without a new password', 1],
  ['noun wh', 'what time does the pharmacy on the high street close on sundays', 1],
  ['noun wh', 'which size should i get for a 2 year old, she is quite tall', 1],
  ['joiner wh contrast', 'but what was delivered was the wrong colour and the box was wet', 0],
  ['joiner wh contrast', 'I know what is going on with the billing, the old direct debit was never cancelled.', 0],
  ['joiner wh contrast', 'and when it arrived the screen was cracked in the corner.', 0],
  ['joiner wh contrast', 'Anyway, how do I put this. The kettle you sent leaks from the base.', 0],
  ['joiner wh contrast', 'What I ordered was a king size duvet, not a double.', 0],
  // Numbered lists of questions.
  ['numbered', 'hi quick ones: 1) can i pay in instalments? 2) do you deliver to the islands 3) whats the warranty on the sofa? thanks', 3],
  ['numbered', 'Two things: 1) is the pool open in March? 2) can we bring a dog?', 2],
  ['numbered contrast', 'Steps I tried: 1) restarted the router 2) reset the cable 3) called my neighbour. Still nothing works, can you help?', 1],
  ['numbered contrast', 'My order has 3 items: 1) the lamp 2) the rug 3) the mirror. Only the lamp came.', 0],
  // ", and" with an inverted verb and a noun subject.
  ['and inverted', 'Do you run evening classes for beginners, and can parents sit in on the first lesson?', 2],
  ['and inverted', 'Is the venue step-free, and will guests be able to park on site?', 2],
  ['and inverted', 'Can I change the delivery day, and does the driver need a signature?', 2],
  ['and inverted contrast', 'I called on Monday, and was told someone would ring back, so why has nobody?', 1],
  ['and inverted contrast', 'Do you sell gift cards and can they be used online?', 1],
  ['and inverted contrast', 'Can I pay by card or does it have to be cash?', 1],
  // Persian: the colloquial indirect question, and an earlier question told.
  ['fa indirect', 'سلام وقت بخیر، فقط میخوام بدونم سفارشم ارسال شده یا نه', 1],
  ['fa indirect', 'سلام، میخواستم ببینم برای تمدید بیمه باید حضوری بیام یا آنلاین میشه', 1],
  ['fa indirect', 'سلام خسته نباشید. کلاس شنای بچه‌ها رو دیروز ثبت‌نام کردم. میخواستم بدونم چرا هنوز پیامک تایید نیومده', 1],
  ['fa indirect', 'سلام، فاکتور رو دیدم؟ نه ببخشید، میخواستم بدونم کی فاکتور رو میفرستید. ممنون', 2],
  ['fa indirect contrast', 'سلام، میخواستم بدونم رو بهتون بگم که بسته رسید، ممنون', 0],
  ['fa indirect contrast', 'سلام، میخوام ببینم شما رو حضوری، فردا میام شعبه', 0],
  ['fa reported', 'سلام، پیام قبلیمو دیدین؟ دیروز پرسیده بودم که چرا قبض دو بار اومده', 1],
  ['fa reported', 'سلام. هفته پیش از همکارتون پرسیدم که کی تخفیف شروع میشه و گفتن دوشنبه. ممنون از راهنمایی', 0],
  ['fa reported contrast', 'سلام، چرا قبض این ماه دو برابر شده؟', 1],
  ['fa reported contrast', 'سلام. آیا امکان تمدید قرارداد برای یک سال دیگر وجود دارد؟ و هزینه آن چقدر است؟', 2],
];

describe('question kinds 20', () => {
  for (const kind of [...new Set(QUESTIONS20.map((x) => x[0]))]) {
    it(kind, () => {
      const wrong = QUESTIONS20.filter((x) => x[0] === kind)
        .map(([, text, q]) => ({ text, q, got: readCustomerTone(text).questions.length }))
        .filter((x) => x.got !== x.q);
      expect(wrong).toEqual([]);
    });
  }
});
