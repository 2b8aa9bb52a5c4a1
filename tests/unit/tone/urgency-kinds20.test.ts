// @vitest-environment node
/**
 * Twentieth session's urgency kinds (lib/tone/cues/urgency.kinds20.ts): look-alikes written from knowledge across
 * trades, calm ones and close contrasts that stay urgent, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const urgent = (t: string) => readCustomerTone(t).cues.some((c) => c.kind === 'urgent');

/** [kind, message]: no urgent cue. */
export const CALM20: readonly [string, string][] = [
  // A deadline said to be absent or months away.
  ['no deadline', 'Dear Sir or Madam, I would like a copy of my marriage certificate for my records. There is no immediate deadline, so please advise the fee and how to pay.'],
  ['no deadline', 'Could you send me last year\'s statements? There\'s no deadline on my side, it is just for my accountant.'],
  ['no deadline', 'We are planning the office move for next spring, so nothing is needed before then. Could you quote for 40 desks?'],
  ['no deadline', 'The course deadline is not until next year, so I just wanted to ask how the payment plan works.'],
  ['no deadline', 'سلام، مهلت ثبت‌نام تا آخر ماه آینده است و عجله‌ای نداریم. آیا امکان پرداخت اقساطی هست؟'],
  ['no deadline', 'سلام. مهلت ارسال مدارک تا سه ماه دیگه است، فقط میخواستم بدونم چه مدارکی لازمه.'],
  // A day word telling when something happened, nothing asked for quickly.
  ['told when', 'Hi, the app on my smart TV froze again tonight when I opened the sports channel, same as last week. Is there anything else I can try?'],
  ['told when', 'Just wanted to say a big thank you to the engineer this morning, he was so patient with my mum.'],
  ['told when', 'The parcel came this afternoon, a day early. Lovely packaging too!'],
  ['told when', 'سلام، سفارشم امروز رسید، خیلی زودتر از چیزی که فکر میکردم. ممنون از بسته‌بندی خوبتون.'],
  // «فوری» / urgent naming a service asked about.
  ['service named', 'سلام، بخش اورژانس دامپزشکی‌تون جمعه‌ها هم بازه؟ گربه‌م فقط واکسن لازم داره، عجله‌ای نیست.'],
  ['service named', 'سلام، هزینه سرویس «تعمیر فوری» با تعمیر عادی چقدر فرق داره؟ فوریش واقعا همون روز انجام میشه؟'],
  ['service named', 'Is your urgent care clinic open on bank holidays? My son needs a routine booster, nothing serious.'],
  // "now" asking whether something is open yet; a fee asked about hypothetically.
  ['open yet', 'سلام، برای تعطیلات عید دو اتاق میخوایم. الان رزرو باز شده؟ اگه بعداً یه شب کم کنیم جریمه داره؟'],
  ['open yet', 'Hi, is booking for the summer camp open now? And is there a cancellation fee if we change our minds later?'],
];

/** [kind, message]: urgent. */
export const URGENT20: readonly [string, string][] = [
  ['deadline contrast', 'Dear Sir or Madam, I need a certified copy of my father\'s death certificate. The probate deadline is this Friday.'],
  ['deadline contrast', 'سلام، مهلت ثبت‌نام فردا تموم میشه و پرداختم انجام نشده. لطفا سریع بررسی کنید.'],
  ['deadline contrast', 'I need the bank letter by Monday for my visa appointment and it still hasn\'t arrived.'],
  ['told when contrast', 'My card was stolen this morning and someone has already used it twice.'],
  ['told when contrast', 'The lift broke down this afternoon and my dad is stuck inside it, please send someone.'],
  ['service contrast', 'سلام، ارسال فوری میخوام، فردا تولد دخترمه و کادو باید برسه.'],
  ['service contrast', 'Our toilet is overflowing into the kitchen, I need an emergency plumber today.'],
  // Something about to happen.
  ['about to', 'The driver has been outside for ten minutes and the app won\'t let me call him. He\'s about to leave with my shopping!'],
  ['about to', 'My phone battery is about to die and I am locked out of my hotel room, please help.'],
  ['about to', 'The taxi you sent is about to go without me, can you tell him I am coming down?'],
  ['about to', 'پیک دم در منتظره ولی اپ اجازه نمیده پیام بدم، الان داره میره! لطفا بهش زنگ بزنید.'],
  ['this week pending', 'My passport still hasn\'t come back from the renewal office and I fly to Madrid this Friday.'],
  ['this week pending', 'The replacement card hasn\'t arrived and I\'m travelling on Thursday this week.'],
  ['this week pending', 'سلام، پاسپورتم هنوز صادر نشده و جمعه همین هفته پرواز دارم.'],
  ['this week pending', 'کارت ورود به جلسه هنوز برام صادر نشده، امتحانم سه‌شنبه همین هفته‌ست.'],
  ['about to', 'سلام، شارژ گوشیم داره تموم میشه و بلیت قطار فقط تو اپ شماست، لطفا سریع پیامک کنید.'],
  ['open yet contrast', 'Is the online booking open now? I need to book before the deadline tomorrow at 9am.'],
];

export const CALM20_ABOUT: readonly string[] = [
  'My card is about to expire, how do I order a new one?',
  'Our gym membership is about to renew, can I switch to the cheaper plan?',
  'کسی بهم زنگ نزد. صبرم داره تموم میشه.',
  'Honestly my patience is about to run out with this company.',
  'سلام. کولری که خریدم هنوز در گارانتی است و صدا میده. اگه تا پنجشنبه همین هفته تعویض نکنید شکایت میکنم.',
  'سلام، پنجشنبه همین هفته تولد دخترمه، میخواستم بپرسم کیک بدون شکر دارید؟',
  'This Friday\'s webinar was great, thanks for organising it.',
  'We are away this Friday, so could you deliver the sofa next week instead?',
  'I was about to order the blue one but then saw the green, which do you recommend?',
  'Just writing to say the courier was about to leave when I got to the door, but he waited for me. Lovely man!',
  'We are about to move house next spring, can we transfer the contract then?',
];

describe('urgency kinds 20', () => {
  it.each(CALM20)('calm (%s): %s', (_k, text) => expect(urgent(text)).toBe(false));
  it.each(URGENT20)('urgent (%s): %s', (_k, text) => expect(urgent(text)).toBe(true));
  it.each(CALM20_ABOUT)('"about to" that is no hurry: %s', (text) => expect(urgent(text)).toBe(false));
});
