/**
 * Implicit frustration: the customer is displeased without saying so in an emotion word. About half the frustrated
 * customers on fresh sets write this way (issue 13), so these readers are constructions with guards, not sentences:
 *
 * - exasperated questions ("do I have to drive over myself to get this sorted?", «تا کی باید…؟», «یعنی چی؟»,
 *   «مگه … نیست؟», «چقدر سخته … کنید؟»): a question opener counts only in a question, and the openers a calm
 *   customer also uses ("do I have to be present?", «تا کی فرصت دارم؟», «کد خطا یعنی چی؟») only with their guard;
 * - a pointed contrast: what was paid for, promised or said against what happened ("I paid for premium and got the
 *   same speeds", «قرار بود … ولی هنوز …», "You told me it would ship Monday. It didn't.");
 * - time gone with nothing done ("three weeks and still nothing", «دو هفته‌ست … هنوز …»), patience used up;
 * - a list of failures ("wrong size, wrong colour and a missing belt", «زیپش خراب، رنگش هم اشتباه»), anaphora
 *   ("Still no refund. Still no email."), inconsistent answers and being passed around;
 * - obligations and expectations ("I shouldn't have to", "I expected better", «انتظار داشتم», «یه بار برای همیشه»),
 *   understatement ("less than ideal", "leaves a lot to be desired", «در حد انتظار نبود»);
 * - leaving and escalating ("I'll be leaving a review so others know", «که بقیه بدونن», «سازمان حمایت»), ultimatums;
 * - irony (a quoted word beside a wait or failure: «ارسال فوری»تون شد ده روز), one emphatic capital word in a complaint.
 *
 * Calm markers ("no harm done", "just wondering", «فقط خواستم مطمئن شم») silence every reader here and tell the
 * frustration cue to halve a score its emotion words did not make. Evidence is the words that carry the construction,
 * never "you", "I", thanks or greetings. Read by ./frustration.ts (one call, its lexicon parts and its strings).
 */
import { typedInCapitals } from './frustration.en.matrix17.ts';
import { anchor, has } from '../anchors.ts';
import { type CueContext, hitsIn, negatedHit, quotedSpans } from '../cue.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { statusQuote } from './frustration.en.calm.ts';
import { labelQuote20 } from './frustration.kinds20.ts';
import { plainQuote31 } from './frustration.kinds31.ts';
import { alternativeOffered, theirMistake } from './frustration.scope.ts';
import { faBlameReported } from './frustration.fa.fp16.ts';
import { formalCourtesy, procedureAsk } from './frustration.en.kinds15.ts';
import { ownSkill } from './frustration.en.fp14.ts';
import { faAskedNotRhetorical18, faLabelQuote18, faProcedureHit18 } from './frustration.fa.kinds18.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const DIGITS = /^\d+$/;
const DAY_WORD = /^(?:day|روز)$/;
const REPEATED_OPENER = /^(?:still|no|not|never|wrong|another|again|نه|هنوز|بازم|اشتباه)$/;

const K = {
  /** An opener that is a complaint when it asks ("is anyone actually reading these?"). */
  ask: 'frustration.implicit.ask',
  /** «یعنی چی»: only at the start of its sentence or before «که» (after a term it asks what the term means). */
  askStart: 'frustration.implicit.askStart',
  /** "do I have to", «باید حتما»: only with myself / again / every time / to get it sorted… («خودم», «هر بار»). */
  askMust: 'frustration.implicit.askMust',
  /** "how hard is it to", «چقدر سخته»: only about what the company does (you, someone, «کنید»), not a product. */
  askHard: 'frustration.implicit.askHard',
  /** "why does it take": only with a length of time ("a month", "so long"). */
  askTake: 'frustration.implicit.askTake',
  /** «مگه»: only in a question with a negation («مگه قرار نبود…؟»), not followed by «فقط خواستم مطمئن شم». */
  mage: 'frustration.implicit.mage',
  /** Paid, promised, told: counted only with a failure after it (./contrast). */
  promise: 'frustration.implicit.promise',
  expect: 'frustration.implicit.expect',
  under: 'frustration.implicit.under',
  leave: 'frustration.implicit.leave',
  contra: 'frustration.implicit.contra',
  patience: 'frustration.implicit.patience',
  sarc: 'frustration.implicit.sarcasm',
  calm: 'frustration.implicit.calm',
} as const;

const en: LexiconPart = {
  [K.ask]: {
    'is anyone actually': 1, 'is anybody actually': 1, 'is anyone even': 1, 'is anybody even': 1, 'is anyone reading': 1, 'is anybody reading': 1,
    'does anyone actually': 1, 'does anybody actually': 1, 'does anyone even': 1, 'does anybody even': 1, 'does anyone over there': 1,
    'does anybody over there': 1, 'does anyone there': 0.8, 'does anybody there': 0.8, 'does anyone care': 1.1, 'does anybody care': 1.1,
    'does anyone read': 1, 'does anybody read': 1, 'do you even read': 1.1, 'do you actually read': 1.1, 'did you even read': 1.1,
    'did anyone even': 1, 'did anyone actually': 1, 'did you even look': 1.1, 'do you even check': 1.1,
    'why should i': 1, 'why must i': 1, 'why am i the one': 1, 'why is it always': 0.8, 'why does it always': 0.8, 'why does this always': 0.8,
    'why do you always': 0.9, 'why do you keep': 0.9, 'why does it keep': 0.7,
    'how many times do i': 1, 'how many times have i': 1, 'how many times will': 0.8, 'how many times does': 0.8, 'how many more': 1,
    'what is taking so long': 0.8, 'what is taking you so long': 1, 'what am i supposed to do': 0.6, 'supposed to just': 1, 'meant to just': 1,
    'expected to just': 1, 'supposed to wait': 0.8, 'meant to wait': 0.8, 'expected to wait': 0.8, 
    'so much to ask': 1, 'too much to ask': 1, 'who do i have to': 1.1, 'who do i need to': 1,
    'what do i have to do to get': 1.2, 'what does a customer have to do': 1.2, 'what do you expect me to do': 1,
    'is this really the best': 1, 'is that really the best': 1, 'is this the best you can': 1.2, 'is that the best you can': 1.2,
    'is there actually anyone': 1, 'is there anyone actually': 1, 'is there anybody actually': 1, 'anyone actually reading': 1,
    'anyone even reading': 1, 'what exactly do i pay': 1.2, 'why am i always': 1,
    'why is it always me': 1, 'someone anyone': 1.1, 'somebody anybody': 1.1, 'do i need to say it again': 1.1, 'do i have to say it again': 1.1,
    'why is it that every time': 1.1, 'would it kill you to': 1.3, 'would it hurt to': 1, 'is it really so hard': 1.2, 'is it really that difficult': 1.2,
    'is it so difficult': 1.1, 'is it that difficult': 1.1, 'where exactly is my': 0.8, 'when exactly': 0.6, 'when exactly will': 0.8, 'so where is my': 0.7, 'so when': 0.4,
  },
  [K.askStart]: { 'what do you mean': 0.9, 'what am i paying for': 1.1, 'what do i pay you for': 1.2, 'seriously': 0.8, 'really': 0.5, 'since when': 0.8 },
  [K.askMust]: { 'do i have to': 1, 'do i need to': 1, 'do i really have to': 1.1, 'should i have to': 1, 'will i have to': 0.8, 'must i really': 1 },
  [K.askHard]: { 'how hard is it to': 1, 'how difficult is it to': 1, 'how hard is it for': 1, 'how difficult is it for': 1, 'how hard would it be to': 0.8 },
  [K.askTake]: { 'why does it take': 1, 'why did it take': 1, 'why is it taking': 1, 'why has it taken': 1, 'why is this taking': 1, 'why will it take': 0.9 },
  [K.promise]: {
    'i paid': 1, 'we paid': 1, 'paid for': 1, 'i have paid': 1, 'i am paying': 1, 'paying for': 0.8, 'you charged': 1, 'you took': 0.7,
    'you said': 1, 'you told me': 1, 'you told us': 1, 'i was told': 1, 'we were told': 1, 'i was promised': 1, 'we were promised': 1,
    'you promised': 1, 'you assured': 1, 'i was assured': 1, 'was supposed to': 1, 'were supposed to': 1, 'was meant to': 1, 'were meant to': 1,
    'your website says': 1, 'your website said': 1, 'the website said': 1, 'the app said': 1, 'your site said': 1, 'your advert': 0.8,
    'you advertise': 1, 'advertised as': 1, 'guaranteed': 0.8,
  },
  [K.expect]: {
    'i should not have to': 1.1, 'should not have to': 1, 'i should not need to': 1, 'should not need to': 0.9, 'should not be this': 1,
    'should not take': 0.8, 'should not be my job': 1, 'not my job to': 0.9, 'i expect a': 0.6, 'i expect an': 0.6, 'i expect better': 1.1,
    'i expect more': 1, 'i expect nothing less': 1, 'i expect to be compensated': 1.1, 'i expect compensation': 1.1, 'i expected better': 1.1,
    'i expected more': 1.1, 'expected a lot more': 1.1, 'expected much more': 1.1, 'expected far more': 1.1, 'would have expected': 0.9,
    'expect better': 1, 'expected a lot better': 1.1, 'expected much better': 1.1, 'expected far better': 1.1, 'expected so much more': 1.1,
    'expected more': 0.9, 'expected better': 1, 'once and for all': 1, 'i would settle for': 1, 'settle for anyone': 1, 'the least you could do': 1.1,
    'the least you can do': 1.1, 'at the very least': 0.6, 'i deserve': 0.7, 'i demand': 0.9, 'i give up': 1, 'i have given up': 1,
    'why i bother': 1, 'why i even bother': 1.1, 'should have been': 0.4, 'should never have': 0.8,
  },
  [K.under]: {
    'less than ideal': 1, 'far from ideal': 1, 'not ideal': 0.7, 'hardly ideal': 1, 'not great': 0.6, 'not good enough': 1.1,
    'not acceptable': 1.1, 'hardly acceptable': 1, 'not what i paid for': 1.2, 'not what i expected': 0.8, 'not what i was promised': 1.2,
    'not what i was told': 1.1, 'not what i was hoping for': 0.9, 'not exactly what': 0.8, 'not exactly the': 0.8, 'not quite what': 0.6,
    'leaves a lot to be desired': 1.2, 'leaves much to be desired': 1.2, 'left a lot to be desired': 1.2, 'left much to be desired': 1.2,
    'could have been handled better': 1, 'could have been better': 0.6, 'not the service i': 1, 'not the level of service': 1.1,
    'below par': 1, 'subpar': 1, 'sub par': 1, 'not up to scratch': 1.1, 'not up to standard': 1.1, 'not up to par': 1.1,
    'not fit for purpose': 1.2, 'to say the least': 0.8, 'mildly put': 0.8, 'not very good': 0.8, 'a far cry from': 0.9,
    'at best': 0.8, 'mediocre': 0.9, 'lacklustre': 0.9, 'lackluster': 0.9, 'underwhelming': 1, 'underwhelmed': 1, 'could be better': 0.6,
    'not a good look': 1, 'not a great look': 1, 'poor show': 1, 'not on': 0.3,
  },
  [K.leave]: {
    'leave a review': 0.8, 'leaving a review': 0.9, 'write a review': 0.8, 'writing a review': 0.9, 'post a review': 0.9, 'leave a bad': 1,
    'so other people know': 1.1, 'so others know': 1.1, 'so that others know': 1.1, 'other people know what to expect': 1.2,
    'tell everyone': 0.6, 'telling everyone': 0.6, 'will tell everyone': 1, 'going to tell everyone': 1, 'tell all my friends': 0.8, 'is the last time i': 1.1, 'be the last time': 1,
    'last time i ever': 1.2, 'never be ordering': 1, 'never order from': 1, 'never book with': 1, 'never shop': 1, 'never fly with': 1,
    'never buy from': 1, 'never recommend': 1, 'would not recommend': 1.1, 'will not be recommending': 1.1, 'not be back': 1,
    'will not be using': 1, 'will not be ordering': 1, 'will not be buying': 1, 'will not be returning': 1, 'will be cancelling': 0.6,
    'will be canceling': 0.6, 'be cancelling': 0.5, 'take my custom elsewhere': 1.1, 'my custom elsewhere': 1.1, 'shop elsewhere': 1,
    'look elsewhere': 0.8, 'looking elsewhere': 0.8, 'report this to': 0.9, 'citizens advice': 0.9, 'i will be taking this': 1,
    'taking this to': 0.9, 'take this to': 0.8, 'contact my bank': 0.5,
  },
  [K.contra]: {
    'different answer': 1, 'different answers': 1, 'a different story': 1, 'different excuse': 1, 'a new excuse': 1, 'conflicting information': 1,
    'conflicting answers': 1, 'contradict each other': 1, 'different departments': 0.5, 'different agents': 0.5, 'different people': 0.4,
    'different person': 0.4, 'different teams': 0.5, 'different engineers': 0.5, 'different technicians': 0.5, 'different advisors': 0.5, 'different staff': 0.5, 'same fault to': 0.6, 'same thing to': 0.6, 'explained the same': 1, 'explain this again': 1,
    'explain it again': 0.9, 'repeat myself': 1, 'repeating myself': 1, 'passed from': 0.8, 'passed around': 0.9, 'passed back and forth': 1,
    'bounced between': 1, 'bounced around': 1, 'pillar to post': 1.2, 'the runaround': 1.1, 'run around': 0.9,
    'every time i': 0.3, 'every single time': 0.3, 'told you twice': 0.9, 'told you three times': 1, 'told you several times': 1,
    'told you repeatedly': 1, 'already told you': 0.8, 'already explained': 0.8,
  },
  [K.patience]: {
    'been patient': 0.8, 'been very patient': 0.9, 'been more than patient': 1.1, 'been extremely patient': 1, 'patient enough': 0.9,
    'waited long enough': 1.1, 'given you enough time': 1.1, 'given you plenty of': 0.9, 'given you every chance': 1.1,
  },
  [K.sarc]: {
    'so much for': 1, 'who would have thought': 0.9, 'who knew': 0.5, 'like clockwork': 0.6, 'as always': 0.4, 'as ever': 0.4,
    'what a joke': 1, 'nice try': 0.8,
  },
  [K.calm]: {
    'no harm done': 1, 'not in a hurry': 1, 'no problem': 1, 'not a complaint': 1, 'just curious': 1, 'just wondering': 1, 'just checking': 1,
    'just to check': 1, 'just want to understand': 1, 'just want to make sure': 1, 'just wanted to check': 1, 'everything is fine': 1,
    'everything is perfect': 1, 'in perfect condition': 1, 'all good': 1, 'not worried': 1, 'no complaints': 1, 'not complaining': 1,
    'just comparing': 1, 'just asking': 1, 'my fault': 1, 'my mistake': 1, 'by mistake': 1, 'by accident': 1,
  },
};

const fa: LexiconPart = {
  [K.ask]: {
    'تا کی باید': 1.1, 'تا کی قراره': 1.1, 'تا کی میخواید': 1.1, 'تا کی میخواهید': 1.1, 'تا کی باز': 1, 'تا کی دیگه': 1, 'تا کی منتظر': 1,
    'چرا هیچکس': 1, 'چرا هیچ کس': 1, 'چرا هیچکی': 1, 'چرا کسی': 0.8, 'این چه وضعشه': 1.2, 'این چه وضعیه': 1.2, 'این چه وضعیتیه': 1.2,
    'این چه وضع': 1, 'این چه طرز': 1.1, 'این چه کاریه': 1.1, 'این چه کاری': 0.9, 'این چه سرویسیه': 1.1, 'این چه برخوردیه': 1.1,
    'این چه وضعیتی': 1, 'چه وضعشه': 1.1, 'چه وضعیه': 1.1, 'پس کی': 0.7, 'پس چرا': 0.6, 'آخه چرا': 1, 'آخه کی': 0.9, 'چرا باید': 0.8,
    'چرا من باید': 1, 'چند بار باید': 1.1, 'چند بار دیگه': 1.1, 'چقدر باید صبر': 1.1, 'چقدر دیگه باید': 1.1, 'چقدر دیگه': 0.8,
    'به این میگن': 1.2, 'به این می گویند': 1.2, 'به این میگید': 1.2, 'اسمشو گذاشتید': 1.1, 'کسی اونجا هست': 0.9, 'اصلا کسی': 1,
    'کسی پیاممو میخونه': 1, 'کسی پیامامو میخونه': 1, 'اصلا پیاممو': 1, 'اصلا پیامامو': 1, 'مگه کار سختیه': 1.2, 'مگه چقدر': 1.1,
    'یه بار دیگه بگم': 1.1, 'یک بار دیگه بگم': 1.1, 'چند بار بگم': 1.1, 'چند بار دیگه بگم': 1.2, 'چی کار باید بکنم تا': 1, 'چیکار باید بکنم تا': 1, 'کی قراره درست': 0.9, 'کی میخواید': 0.8,
  },
  [K.askStart]: { 'یعنی چی': 1.1, 'یعنی چه': 1.1, 'جدی': 0.6, 'جدی میگید': 1, 'شوخی میکنید': 1.1, 'از کی تا حالا': 0.9 },
  [K.askMust]: { 'باید حتما': 1, 'حتما باید': 1, 'باید خودم': 1, 'خودم باید': 1, 'باید هر بار': 1.1, 'باید دوباره': 0.8, 'باید باز': 0.8 },
  [K.askHard]: { 'چقدر سخته': 1.1, 'چقدر سخت است': 1.1, 'اینقدر سخته': 1.1, 'انقدر سخته': 1.1, 'این قدر سخته': 1.1, 'کار سختیه': 0.9 },
  [K.askTake]: { 'چرا اینقدر طول': 1, 'چرا انقدر طول': 1, 'چرا این قدر طول': 1 },
  [K.mage]: { 'مگه': 0.7, 'مگر': 0.7 },
  [K.promise]: {
    'قرار بود': 1, 'قرار بوده': 1, 'قول دادید': 1, 'قول دادین': 1, 'قول داده بودید': 1, 'قول داده بودین': 1, 'قول داده بودن': 1,
    'گفتید': 1, 'گفتین': 1, 'گفته بودید': 1, 'گفته بودین': 1, 'بهم گفتید': 1, 'تو سایت نوشته': 1,
    'سایتتون نوشته': 1, 'نوشته بودید': 1, 'تضمین کردید': 1,
  },
  [K.expect]: {
    'من نباید': 1, 'نباید مجبور باشم': 1.1, 'نباید مجبور بشم': 1.1, 'مجبورم هر بار': 1, 'انتظار داشتم': 1, 'توقع داشتم': 1,
    'توقع بیشتری': 1.1, 'توقع بهتری': 1.1, 'انتظار بیشتری': 1.1, 'حداقل انتظار': 0.8, 'کمترین انتظار': 1, 'کمترین کاری': 1,
    'حداقل کاری': 1, 'یه بار برای همیشه': 1, 'یک بار برای همیشه': 1, 'یکبار برای همیشه': 1, 'برای همیشه حل': 0.8, 'لااقل': 0.4,
    'حداقلش': 0.4, 'حقم نیست': 1.1, 'حق من نیست': 1.1,
  },
  [K.under]: {
    'در حد انتظار نبود': 1, 'در حد انتظار نیست': 1, 'اونی نبود که': 1, 'اون چیزی نبود که': 1, 'چیزی نبود که': 0.8, 'جالب نبود': 0.7,
    'جالب نیست': 0.7, 'حیف پول': 1.1, 'حیف پولم': 1.2, 'پولمو دور ریختم': 1.2, 'پولم هدر رفت': 1.1, 'در شأن': 0.6, 'در شان': 0.6,
    'رضایت ندارم': 1, 'رضایت نداشتم': 1, 'راضی نبودم': 0.9, 'خوب نبود': 0.6, 'درست نیست': 0.4, 'زشته': 1, 'زشت است': 1, 'شرم آور': 1.2,
    'شرمآور*': 1.2, 'شرم آوره': 1.2, 'به هم میخوره': 1, 'معترضم': 1.1, 'اعتراض دارم': 1, 'حالم به هم': 1, 'حالم بهم': 1, 'حالمو به هم': 1, 'حالمو بهم': 1,
  },
  [K.leave]: {
    'که بقیه بدونن': 1.1, 'که بقیه بدانند': 1.1, 'تا بقیه بدونن': 1.1, 'به همه میگم': 1, 'همه جا میگم': 1, 'نظر منفی': 1,
    'نظرمو مینویسم': 0.9, 'نظرم رو مینویسم': 0.9, 'سازمان حمایت': 1.1, 'حمایت از مصرف کننده': 1.1, 'حمایت از حقوق مصرف کننده': 1.1,
    'تعزیرات': 1.1, 'وکیلم': 1, 'پیگیری قانونی': 1.1, 'از طریق قانونی': 1.1, 'آخرین باره': 1, 'آخرین باری بود': 1, 'آخرین بار بود': 1,
    'دیگه هیچوقت': 0.9, 'طرفتون نمیام': 1.1, 'سراغتون نمیام': 1.1, 'قیدتونو میزنم': 1.2, 'قیدشو میزنم': 1.1, 'میرم سراغ': 0.8,
    'دفعهی آخره': 1, 'دفعه آخره': 1, 'بار آخره': 1, 'آخرین دفعه': 0.9, 'به کسی پیشنهاد نمیکنم': 1.1, 'به هیچکس پیشنهاد': 1.1, 'توصیه نمیکنم': 1,
  },
  [K.contra]: {
    'جواب جدید': 0.6, 'جواب متفاوت': 0.8, 'یه جواب دیگه': 0.7, 'هر کی یه چیزی میگه': 1.1, 'هرکی یه چیزی میگه': 1.1, 'هر کدوم یه چیزی میگن': 1.1, 'هر کی یه چیز میگه': 1.1,
    'ضد و نقیض': 1.1, 'حرفای متفاوت': 1, 'پاس کاری': 1.1, 'پاسکاری': 1.1, 'پاس میدن': 1, 'سر میدوونید': 1.2, 'سر دووندید': 1.2,
    'سر دوندن': 1.1, 'هر بار': 0.3, 'بار گفتم': 0.7, 'بار توضیح دادم': 0.8, 'دوباره توضیح بدم': 0.9, 'از اول توضیح': 0.9,
  },
  [K.patience]: { 'به اندازه کافی صبر': 1.1, 'خیلی صبر کردم': 0.8, 'کلی صبر کردم': 0.9, 'صبرمو': 0.4 },
  [K.sarc]: { 'مثل همیشه': 0.5, 'طبق معمول': 0.6, 'چه عجب': 1, 'دست مریزاد': 0.9, 'باریکلا': 0.8, 'آفرین به شما': 0.7 },
  [K.calm]: {
    'مطمئن شم': 1, 'مطمئن بشم': 1, 'فقط خواستم بپرسم': 1, 'فقط میخواستم بپرسم': 1, 'فقط میخوام بدونم': 1, 'شکایت نیست': 1, 'خیلی راضیم': 1,
    'راضی هستم': 1, 'خودم شکستم': 1, 'اشتباه از من': 1, 'تقصیر خودم': 1,
  },
};

/** The lexicon parts of the implicit readers (the frustration cue lists them with its own). */
export const implicitLexicon: readonly LexiconPart[] = [en, fa];

const WHY = {
  ask: 'tone.why.exasperated',
  promise: 'tone.why.paidVsGot',
  elapsed: 'tone.why.elapsed',
  list: 'tone.why.failureList',
  expect: 'tone.why.expectation',
  under: 'tone.why.understatement',
  leave: 'tone.why.leaving',
  contra: 'tone.why.runaround',
  caps: 'tone.why.capsComplaint',
  irony: 'tone.why.irony',
  sarc: 'tone.why.sarcasm',
} as const;

// ---- Word classes ----------------------------------------------------------------------------------------------

const NUMBER = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty few several couple یه یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده پونزده پانزده بیست سی چهل چند'.split(' '),
);
const UNIT = /^(?:hours?|days?|weeks?|fortnight|months?|years?|ساعت|ساعته|ساعتست|روز|روزه|روزست|هفته|هفتهست|هفتهس|ماه|ماهه|ماهست|سال|ساله)$/;
/** "for weeks", "months now": a plural unit said without a number is a long time too. */
const LONG = new Set(['weeks', 'months', 'ages', 'forever', 'هفتههاست', 'ماههاست', 'مدتهاست']);
/** Persian negative verb forms the layer does not mark as negators («نشده», «نیومده»). */
const FA_NEG = /^(?:نمی|ن(?:شد|کرد|داد|زد|گرفت|فرستاد|رسید|اومد|آمد|یومد|یامد|دید|خورد|بود|دار|یست|گفت|کشید|خوند|خواند|ذاشت|گذاشت|برد|زنگ|کن|ده|زن|گیر|رس|یا|میش))/;
const FAIL_EN = new Set([
  'wrong', 'missing', 'broken', 'broke', 'snapped', 'cracked', 'torn', 'ripped', 'damaged', 'faulty', 'dead', 'stained', 'dented', 'leaking',
  'leaks', 'scratched', 'bent', 'smashed', 'late', 'slow', 'slower', 'lost', 'nothing', 'useless', 'failed', 'crashed', 'cancelled', 'canceled', 'stuck', 'off',
]);
const FAIL_FA = new Set(['نیومده', 'نیامده', 'نرسیده', 'نرسید', 'نیومد', 'اشتباه', 'اشتباهه', 'خراب', 'خرابه', 'شکسته', 'شکست', 'ناقص', 'ناقصه', 'پاره', 'کثیف', 'معیوب', 'گم', 'ترک', 'داغون', 'قطع', 'قطعه']);
/** What still has not happened after a wait. */
const NOTHING = new Set(['nothing', 'not', 'no', 'never', 'yet', 'nobody', 'none', 'هیچ', 'هیچی', 'خبری', 'هیچکس', 'هیچکی', 'کسی']);
const STILL = new Set(['still', 'yet', 'هنوز', 'هنوزم', 'هنوزم']);
/** Words that carry no construction: never the edge of an evidence span. */
const FUNCTION = new Set(['i', 'we', 'you', 'your', 'the', 'a', 'an', 'so', 'and', 'but', 'is', 'it', 'of', 'am', 'are', 'was', 'were', 'be', 'will', 'have', 'has', 'من', 'شما', 'که', 'و', 'این']);
/** Words a span may end on only inside it: "do I have to" keeps its "to", "the" and "and" go. */
const TAIL = new Set(['the', 'a', 'an', 'and', 'but', 'so', 'of', 'که', 'و', 'این']);
/** Courtesy that makes a customer's failure report a request. */
const COURTESY = new Set(['please', 'thanks', 'thank', 'cheers', 'sorry', 'لطفا', 'ممنون', 'مرسی', 'میشه', 'ممکنه', 'ببخشید', 'عزیزان']);
/** "could you", "would you mind", "can you": a request, courteous whatever follows. */
const ASK_VERB = new Set(['could', 'would', 'can', 'will']);
function courteousIn(t: Toks): boolean {
  for (let i = 0; i < t.length; i++) {
    if (COURTESY.has(t[i].key)) return true;
    if (ASK_VERB.has(t[i].key) && t[i + 1]?.key === 'you' && (i === 0 || t[i - 1].sentence !== t[i].sentence || t[i - 1].clause !== t[i].clause)) return true;
  }
  return false;
}
/** A good outcome in the same message ("but everything works", «درست شد»). */
const GOOD = new Set(['fixed', 'sorted', 'fine', 'perfect', 'works', 'working', 'great', 'lovely', 'happy', 'loving', 'love', 'درست', 'راضیم', 'عالی', 'عالیه', 'ممنون', 'مرسی']);
/** Praise in the message ("great job guys"): a promise told beside it is not a complaint. */
const PRAISE = new Set(['great', 'lovely', 'happy', 'love', 'amazing', 'awesome', 'wonderful', 'fine', 'sorted', 'fixed', 'عالی', 'عالیه', 'راضیم']);
/** What the customer does to get a thing done ("do I have to … myself", «باید خودم … بیام»): askMust's guard. */
const MUST_GUARD = new Set(['myself', 'personally', 'again', 'every', 'keep', 'chasing', 'beg', 'before', 'sorted', 'fixed', 'done', 'خودم', 'حتما', 'هر', 'دوباره', 'بازم', 'باز', 'کلی']);
/** About what the company does: askHard's guard. */
const HARD_GUARD = new Set(['you', 'your', 'someone', 'anyone', 'somebody', 'anybody', 'just', 'simply', 'actually', 'properly', 'right', 'correctly', 'درست', 'یه', 'یک']);
/** What a customer pays extra for ("paid extra", "premium", "express"): with "but" or "and got" after it, a contrast. */
const PREMIUM = new Set(['extra', 'premium', 'express', 'priority', 'next', 'first', 'business', 'upgrade', 'upgraded', 'full', 'fortune', 'guaranteed', 'fast', 'faster', 'same']);
const OUTCOME = new Set(['got', 'was', 'were', 'received', 'ended', 'still', 'it', 'they', 'getting', 'receiving']);
/** "paying for 500 Mb and getting 20": what money bought, said right after it. */
const GOT = new Set(['got', 'getting', 'received', 'receiving', 'ended']);
const ELAPSED_GUARD = /^(?:\d+|long|forever|ages|weeks|months|days|hours|so|this)$/;
/** Capital words that are emphasis, not names or acronyms. */
const EMPHATIC = new Set([
  'not', 'no', 'never', 'still', 'again', 'twice', 'once', 'all', 'any', 'why', 'how', 'what', 'where', 'when', 'nothing', 'nobody', 'three',
  'four', 'five', 'six', 'every', 'same', 'zero', 'one', 'two', 'still', 'paid', 'weeks', 'months', 'days', 'hours', 'nobody', 'anyone', 'told',
]);

// ---- Helpers ---------------------------------------------------------------------------------------------------

type Toks = readonly ToneToken[];

function asked(ctx: CueContext, start: number, end: number): boolean {
  return ctx.questions.some((q) => q.start - ctx.offset <= start && end <= q.end - ctx.offset);
}

function negative(x: ToneToken): boolean {
  return x.neg || (x.fa && FA_NEG.test(x.key));
}

function failure(x: ToneToken): boolean {
  return x.fa ? FAIL_FA.has(x.key) : FAIL_EN.has(x.key);
}

/** Evidence for tokens [from, to) without function words at either end. */
function span(ctx: CueContext, t: Toks, from: number, to: number, why: string): Evidence | null {
  while (from < to && FUNCTION.has(t[from].key)) from++;
  while (to > from && TAIL.has(t[to - 1].key)) to--;
  if (to <= from) return null;
  return ctx.ev({ start: t[from].start, end: t[to - 1].end }, why as never);
}

/** Token range of sentence s (inclusive from, exclusive to); `at`, a token known to be in it, saves the walk from the start. */
export function sentenceRange(t: Toks, s: number, at?: number): [number, number] {
  let a = at ?? 0;
  if (at === undefined) while (a < t.length && t[a].sentence < s) a++;
  else while (a > 0 && t[a - 1].sentence === s) a--;
  let b = at ?? a;
  while (b < t.length && t[b].sentence === s) b++;
  return [a, b];
}

function sentenceHasKey(t: Toks, s: number, keys: ReadonlySet<string>): boolean {
  const [a, b] = sentenceRange(t, s);
  for (let i = a; i < b; i++) if (keys.has(t[i].key)) return true;
  return false;
}

/** A Persian second-person verb in sentence s («کنید», «فرستادین»): the company is asked about. */
function secondPerson(t: Toks, s: number): boolean {
  const [a, b] = sentenceRange(t, s);
  for (let i = a; i < b; i++) if (t[i].second || /(?:ید|ین)$/.test(t[i].key) && t[i].fa && t[i].verb) return true;
  return false;
}

/** A duration ("three weeks", «دو هفته‌ست», «یه ماهه») starting at token i: its end index, or -1. */
function durationAt(t: Toks, i: number): number {
  const k = t[i].key;
  if ((NUMBER.has(k) || DIGITS.test(k)) && i + 1 < t.length && UNIT.test(t[i + 1].key)) return i + 2;
  // "day eleven", "week three": a count of the days waited.
  if ((k === 'day' || k === 'week') && i + 1 < t.length && (NUMBER.has(t[i + 1].key) && t[i + 1].key !== 'a' && t[i + 1].key !== 'an' || /^\d{1,2}$/.test(t[i + 1].key))) return i + 2;
  if (LONG.has(k)) return i + 1;
  return -1;
}

/** Persian: the duration ending before token `end` is inside an object noun phrase (the «را / رو» comes before any verb of its clause). */
function faLengthOfThing(t: Toks, end: number): boolean {
  for (let j = end; j < t.length && j < end + 5 && t[j].clause === t[end - 1].clause; j++) {
    if (t[j].verb) return false;
    if (t[j].key === 'را' || t[j].key === 'رو') return true;
  }
  return false;
}

/** A duration that is time gone by: not "three days ago", «سه ساعت دیگه(ست)», «ظرف ۲۴ ساعت» (a date or a promise). */
function elapsedAt(t: Toks, i: number): number {
  const end = durationAt(t, i);
  if (end < 0) return -1;
  if (end < t.length && /^(?:ago|later|before|پیش|قبل|دیگه|دیگر|بعد)(?:ست|س|است)?$/.test(t[end].key)) return -1;
  if (i > 0 && /^(?:within|in|ظرف|طی|تا|every|each|هر)$/.test(t[i - 1].key)) return -1;
  // "once a day", "twice a week", "three times a month": how often, not how long.
  if (i > 0 && /^(?:once|twice|times|per)$/.test(t[i - 1].key)) return -1;
  // "can't go a day without your coffee", "she cannot go 5 days without her tablets": a need, not time gone by (session 22).
  if (i > 0 && /^(?:go|be|last|survive|manage|cope|live)$/.test(t[i - 1].key) && t[end]?.key === 'without') return -1;
  // "the pharmacy says another 5 days", "a further two weeks": time still to come (not "another week has passed").
  if (i > 0 && /^(?:another|further|next)$/.test(t[i - 1].key) && !/^(?:passed|gone|went|has|have|had|later|on)$/.test(t[end]?.key ?? '')) return -1;
  // "from 30 to 65 a month", "£9.99 a week", "40 pounds a month": a rate of money, not time gone by (session 22).
  if (i > 0 && (t[i].key === 'a' || t[i].key === 'an') && (/\d/.test(t[i - 1].key) || /^(?:pounds?|dollars?|euros?|quid|bucks|rupees?|pence|cents?|rials?|tomans?)$/.test(t[i - 1].key))) return -1;
  // «هنوز ۲۴ ساعت نشده که…»: not even that long yet.
  if (end < t.length && /^(?:نشده|نگذشته|نشد)$/.test(t[end].key)) return -1;
  return end;
}

/** Whether tokens [from, to) say nothing happened: still + a negation, "nothing", "not a single", «هنوز» + a negative verb. */
function nothingDone(t: Toks, from: number, to: number): number {
  let still = -1;
  for (let i = from; i < to; i++) {
    const x = t[i];
    if (STILL.has(x.key)) still = i;
    // "nobody", «هیچکس … نزد»: nobody did a thing in all that time; "of no hot water", "without a word".
    if (x.key === 'nobody' || x.key === 'هیچکس' || x.key === 'هیچکی' || x.key === 'without' || (x.key === 'no' && t[i - 1]?.key === 'of')) return i;
    if (x.key === 'nothing' || x.key === 'هیچی' || (x.key === 'خبری' && i + 1 < t.length && negative(t[i + 1]))) return i;
    // "not a word", "not a single call" ("not a big problem" is no silence).
    if ((x.key === 'not' || x.key === 'no') && i + 1 < to && /^(?:single|one|word|update|updates|reply|response|news|call|sign|progress|refund|email|explanation)$/.test(t[i + 1].key)) return i;
    if ((x.key === 'not' || x.key === 'no') && i + 2 < to && t[i + 1].key === 'a' && /^(?:single|word|peep|sound|call|reply|response|phone|penny|sign|trace|thing|letter|line|text|message|email|update|callback|refund|cent)$/.test(t[i + 2].key)) return i;
    if (still >= 0 && negative(x)) return i;
  }
  return -1;
}

/** «سه روزه», «دو هفته‌ست»: a Persian length of time that says "it has been" by itself. */
function sinceForm(t: Toks, end: number): boolean {
  const u = t[end - 1];
  return u.fa && /(?:روزه|هفتهست|هفتهس|ماهه|ماهست|ساعته|ساعتست|روزست)$/.test(u.key);
}

// ---- The readers -----------------------------------------------------------------------------------------------

export interface Implicit {
  score: number;
  evidence: Evidence[];
  /** A calm marker ("no harm done", «فقط خواستم مطمئن شم»): the readers here said nothing, and the cue halves a score words did not make. */
  calm: boolean;
}

const NOTHING_READ: Implicit = { score: 0, evidence: [], calm: false };
/** One-category lists for hitsIn (made once, not per message). */
const ONE: Record<string, readonly string[]> = Object.fromEntries(Object.values(K).map((c) => [c, [c]]));
const hitsOf = (ctx: CueContext, cat: string) => hitsIn(ctx, ONE[cat]);

/** What readImplicit adds up: its score and evidence, and the strongest exasperated question so far. */
interface Acc {
  score: number;
  evidence: Evidence[];
  ask: number;
  askEv: Evidence | null;
}

// readImplicit's helpers are module functions, not closures made per message (no allocation per call; and tsx, which runs the
// benchmarks, wraps every named closure in a __name call).
function addTo(acc: Acc, w: number, e: Evidence | null): void {
  acc.score += w;
  if (e) acc.evidence.push(e);
}
const sentOf = (t: readonly ToneToken[], h: Hit) => t[h.from].sentence;
const inQ = (ctx: CueContext, h: Hit) => asked(ctx, h.start, h.end);

function considerAsk(acc: Acc, ctx: CueContext, t: readonly ToneToken[], h: Hit, w: number): void {
  if (w > acc.ask) {
    acc.ask = w;
    acc.askEv = span(ctx, t, h.from, h.to, WHY.ask);
  }
}

/** Expectations, understatement, leaving, runaround, patience, sarcasm: the family's hits summed and capped, with their evidence. */
function family(acc: Acc, ctx: CueContext, t: readonly ToneToken[], cat: string, why: string, cap: number, guard?: (h: Hit) => boolean): void {
  let sum = 0;
  for (const h of hitsOf(ctx, cat)) {
    if (h.weight <= 0 || (guard && !guard(h))) continue;
    // A phrase with its own negation keeps it ("not good enough"); a plain one negated ("I don't expect better") says nothing.
    if (negatedHit(ctx, h)) continue;
    sum += h.weight;
    const e = span(ctx, t, h.from, h.to, why);
    if (e) acc.evidence.push(e);
  }
  acc.score += Math.min(cap, sum);
}

/** Sum of the strongest hit per family, each family capped, with its evidence. */
export function readImplicit(ctx: CueContext): Implicit {
  const t = ctx.doc.tokens;
  if (t.length === 0) return NOTHING_READ;
  // "money you took by mistake" is the company's mistake, not a calm customer's ("I ordered it by mistake").
  // «حالا میگید تقصیر خودم بوده»: blame the company puts on the customer (./frustration.fa.fp16.ts) is no calm marker.
  const calm = hitsOf(ctx, K.calm).some((h) => !theirMistake(ctx, h) && !faBlameReported(ctx, h));
  if (calm) return { score: 0, evidence: [], calm: true };
  const evidence: Evidence[] = [];
  const acc: Acc = { score: 0, evidence, ask: 0, askEv: null };

  // Exasperated questions: the strongest one counts.
  // «تا کی باید مدارک رو بفرستم؟»: a deadline asked, not «تا کی باید صبر کنم؟» (./frustration.fa.kinds18.ts).
  for (const h of hitsOf(ctx, K.ask)) if (inQ(ctx, h) && !faAskedNotRhetorical18(ctx, h)) considerAsk(acc, ctx, t, h, h.weight);
  for (const h of hitsOf(ctx, K.askStart)) {
    if (!inQ(ctx, h)) continue;
    const [a] = sentenceRange(t, sentOf(t, h));
    const first = h.from === a || (h.from === a + 1 && /^(?:so|oh|well|wait|پس|آخه|خب)$/.test(t[a].key));
    // "Seriously?", «یعنی چی؟» and "What am I paying for?" alone (a trailing "exactly" or "then" allowed), not "Is it seriously
    // broken?", «یعنی چی که حساب ویژه؟» (what a term means) or "What am I paying for with the premium tier?";
    // "What do you mean it's out of stock?" is the one opener that keeps its sentence.
    let end = sentenceRange(t, sentOf(t, h))[1];
    while (end > h.to && /^(?:exactly|then|here|now|again|آخه|دیگه)$/.test(t[end - 1].key)) end--;
    const alone = t[h.from].key === 'what' && t[h.from + 2]?.key === 'you' ? true : end === h.to;
    if (first && alone) considerAsk(acc, ctx, t, h, h.weight);
  }
  for (const h of hitsOf(ctx, K.askMust)) {
    if (!inQ(ctx, h)) continue;
    const [, b] = sentenceRange(t, sentOf(t, h));
    let guard = false;
    // "do I have to keep chasing", not "do I need to keep the box?".
    for (let i = h.to; i < b && !guard; i++) guard = (MUST_GUARD.has(t[i].key) && (t[i].key !== 'keep' || /(?:ing|^on)$/.test(t[i + 1]?.key ?? ''))) || (t[i].key === 'just' && t[i + 1]?.key === 'to');
    for (let i = sentenceRange(t, sentOf(t, h))[0]; i < h.from && !guard; i++) guard = MUST_GUARD.has(t[i].key);
    if (guard && !alternativeOffered(ctx, h.from) && !procedureAsk(ctx, h) && !faAskedNotRhetorical18(ctx, h)) considerAsk(acc, ctx, t, h, h.weight);
  }
  for (const h of hitsOf(ctx, K.askHard)) {
    if (!inQ(ctx, h)) continue;
    if (sentenceHasKey(t, sentOf(t, h), HARD_GUARD) || secondPerson(t, sentOf(t, h)) || t[h.to]?.key === 'که') considerAsk(acc, ctx, t, h, h.weight);
  }
  for (const h of hitsOf(ctx, K.askTake)) {
    if (!inQ(ctx, h) && !t[h.from].fa) continue;
    const [, b] = sentenceRange(t, sentOf(t, h));
    let long = t[h.from].fa;
    for (let i = h.to; i < b && !long; i++) long = ELAPSED_GUARD.test(t[i].key) || durationAt(t, i) > 0;
    if (long) considerAsk(acc, ctx, t, h, h.weight);
  }
  for (const h of hitsOf(ctx, K.mage)) {
    if (!inQ(ctx, h)) continue;
    const [a, b] = sentenceRange(t, sentOf(t, h));
    let neg = false;
    let me = false;
    for (let i = h.to; i < b; i++) {
      if (negative(t[i])) neg = true;
      if (t[i].key === 'من' || t[i].pastFirst || (t[i].verb && /م$/.test(t[i].key)) || t[i].key === 'قرار') me = true;
    }
    if (neg && a <= h.from) considerAsk(acc, ctx, t, h, me ? 1 : h.weight);
  }
  if (acc.ask > 0) addTo(acc, Math.min(1.2, acc.ask), acc.askEv);

  // A courteous chase or a contact the repeat cue already shows («ببخشید پیگیری می‌کنم…», "could you check?") tells a wait and a
  // broken promise plainly: the readers of a contrast and of time gone say nothing there.
  const promises = hitsOf(ctx, K.promise);
  const money = ctx.fa && has(ctx.doc, A_MONEY);
  const waits = has(ctx.doc, A_DUR);
  const courteous =
    (promises.length > 0 || money || waits || has(ctx.doc, A_FAIL) || has(ctx.doc, A_START)) && (has(ctx.doc, A_COURTESY) || (has(ctx.doc, A_ASK_VERB) && has(ctx.doc, A_YOU)) || formalCourtesy(t)) ? courteousIn(t) || formalCourtesy(t) : false;
  const repeated = (ctx.got.repeat?.cues.length ?? 0) > 0;
  const chasing = courteous || repeated;
  // Paid / promised / told, then a failure after it (same sentence or the next), never in a question.
  for (const h of promises) {
    // "you promised", «قول دادید» said to the company stays pointed in a chase; "I was told", «قرار بود» told beside an earlier contact is a report.
    // "supposed to say 'boo'", a message that asks ("the website said … is this true?") or praises: not a complaint of a broken promise.
    if (/^(?:say|read|mean|spell)$/.test(t[h.to]?.key ?? '') || (ctx.questions.length > 0 && acc.ask === 0) || t.some((x) => PRAISE.has(x.key))) continue;
    if (inQ(ctx, h) || courteous || (repeated && !/^(?:you|your|گفتید|گفتین|دادید|دادین|بودید|بودین)$/.test(t[h.to - 1].key) && t[h.from].key !== 'you')) continue;
    const s = sentOf(t, h);
    const [, b] = sentenceRange(t, s + 1);
    const end = Math.min(b, h.to + 30);
    let premium = false;
    for (let i = h.to; i < end && t[i].sentence === s && !premium; i++) premium = PREMIUM.has(t[i].key);
    let hit = -1;
    for (let i = h.to; i < end && hit < 0; i++) {
      const x = t[i];
      if (asked(ctx, x.start, x.end)) break;
      // "if it isn't ready by Friday…": a condition, not what happened.
      if (x.key === 'if' || x.key === 'اگه' || x.key === 'اگر') break;
      if (negative(x) || failure(x) || STILL.has(x.key) || x.key === 'same' || (x.key === 'that' && t[i + 1]?.key === 'was' && t[i].sentence > s)) hit = i;
      if (x.key === 'here' && t[i + 1]?.key === 'we') hit = i;
      // "paid extra for a window seat and was put in the middle", "… only to be told": what a premium bought, then what came.
      if (x.key === 'and' && GOT.has(t[i + 1]?.key ?? '') && /^(?:paid|paying|pay)$/.test(t[h.to - 1].key + '') && t[i].sentence === s) hit = i + 1;
      if (premium && t[i].sentence === s && (x.key === 'but' || x.key === 'instead' || (x.key === 'only' && t[i + 1]?.key === 'to') || (x.key === 'and' && OUTCOME.has(t[i + 1]?.key ?? '')))) hit = i;
    }
    if (hit < 0) continue;
    addTo(acc, 1, span(ctx, t, h.from, h.to, WHY.promise));
    // The outcome's own word: "received" of "and received", "don't" of "don't get" (never "and" or "n't" alone).
    let o = hit;
    if (/^(?:and|but|only|instead)$/.test(t[o].key) && o + 1 < t.length) o++;
    const from = t[o].contraction && o > 0 ? o - 1 : o;
    evidence.push(ctx.ev({ start: t[from].start, end: t[o].end }, WHY.promise as never));
    break;
  }
  // Persian paid: money words and a verb of paying («پول اشتراک رو دادم ولی…»).
  if (money && !chasing && !evidence.some((e) => e.why === WHY.promise)) {
    for (let i = 0; i < t.length; i++) {
      if (!MONEY.test(t[i].key)) continue;
      let paid = -1;
      for (let j = i + 1; j < Math.min(t.length, i + 7) && t[j].sentence === t[i].sentence; j++) {
        if (/^(?:دادم|دادیم|پرداختم|پرداخت|واریز|خریدم|گرفتید|گرفتین|کشیدید|کشیدین)$/.test(t[j].key)) paid = j;
      }
      if (paid < 0 || asked(ctx, t[i].start, t[paid].end)) continue;
      let but = false;
      let hit = -1;
      for (let j = paid + 1; j < t.length && t[j].sentence <= t[i].sentence + 1; j++) {
        if (/^(?:ولی|اما|ولے|هنوز|الان|حالا)$/.test(t[j].key)) but = true;
        if (but && (negative(t[j]) || failure(t[j]) || t[j].key === 'نصف' || elapsedAt(t, j) > 0)) hit = j;
      }
      if (hit < 0) continue;
      addTo(acc, 1, span(ctx, t, i, paid + 1, WHY.promise));
      break;
    }
  }

  // Time gone and nothing done.
  if (!chasing && waits) for (let i = 0; i < t.length; i++) {
    const end = elapsedAt(t, i);
    if (end < 0) continue;
    const s = t[i].sentence;
    const [a] = sentenceRange(t, s);
    const [, b] = sentenceRange(t, s + 1);
    let done = nothingDone(t, Math.max(a, i - 8), b);
    // «سه روزه نمی‌تونم پول بردارم», «دو هفته‌ست جواب ندادید»: "for three days now" and a verb of mine that cannot or of yours that
    // did not, in the same sentence (a third person's «نمی‌تونن» is a fault told, «نمی‌دونم» indecision).
    // «اشتراک سه ماهه‌ی سایت شما را تهیه کردم»: a length inside an object (a plan, a course), not time gone by.
    if (t[i].fa && faLengthOfThing(t, end)) continue;
    // «استفاده‌ی زیادی نمی‌کنم»: a negative «کردن» of the customer's own habit is a choice, not a thing they cannot do.
    if (done < 0 && sinceForm(t, end)) for (let j = end; j < b && t[j].sentence === s && done < 0; j++) if (negative(t[j]) && /(?:م|ید|ین)$/.test(t[j].key) && !/^نمی(?:دونم|دانم|فهمم)/.test(t[j].key) && !/^نمی(?:کنم|کنیم)$/.test(t[j].key)) done = j;
    if (done < 0) continue;
    if (asked(ctx, t[i].start, t[i].end) && !STILL.has(t[done].key) && !t[done].fa) continue;
    // «پولش چند روزه برمیگرده؟»: «چند» in a question asks how long, it tells no wait.
    if (t[i].key === 'چند' && asked(ctx, t[i].start, t[i].end)) continue;
    addTo(acc, 1, span(ctx, t, i, end, WHY.elapsed));
    // "no" alone says little: "no hot", «هیچکس» as it is.
    const doneTo = /^(?:no|not)$/.test(t[done].key) && t[done + 1]?.sentence === t[done].sentence ? done + 1 : done;
    evidence.push(ctx.ev({ start: t[done].start, end: t[doneTo].end }, WHY.elapsed as never));
    break;
  }

  // A list of failures: three clauses, or two in a terse message that asks nothing and thanks no one; or anaphora.
  const fails = has(ctx.doc, A_FAIL);
  const starts0 = has(ctx.doc, A_START);
  if (fails || starts0) {
    const clauses = new Set<number>();
    let firstFail = -1;
    // failure() is A_FAIL's test: without one, no clause fails.
    for (let i = 0; fails && i < t.length; i++) {
      if (failure(t[i]) && !(t[i].key === 'off' && !/^(?:came|fell|come|falling|coming)$/.test(t[i - 1]?.key ?? ''))) {
        clauses.add(t[i].clause * 1000 + t[i].sentence);
        if (firstFail < 0) firstFail = i;
      }
    }
    const asks = courteous || ctx.questions.length > 0;
    let listed = clauses.size >= 3 || (clauses.size === 2 && !asks && t.length <= 16 && !t.some((x) => GOOD.has(x.key)));
    // Anaphora: "Still no refund. Still no email.", «نه پولمو پس دادید، نه جوابمو دادید» (an opener is an A_START word).
    if (!listed && !asks && starts0) {
      const starts = new Map<string, number>();
      for (let i = 0; i < t.length; i++) {
        if (i > 0 && t[i - 1].clause === t[i].clause && t[i - 1].sentence === t[i].sentence) continue;
        const k = t[i].key;
        if (REPEATED_OPENER.test(k)) starts.set(k, (starts.get(k) ?? 0) + 1);
      }
      for (const [k, n] of starts) {
        if (n < 2 || (n < 3 && !t.some((x) => negative(x) || failure(x)))) continue;
        listed = true;
        // Evidence: each repeated opener with the word after it («نه زنگ», "Still no").
        for (let i = 0, shown = 0; i < t.length && shown < 3; i++) {
          if (t[i].key !== k || (i > 0 && t[i - 1].clause === t[i].clause && t[i - 1].sentence === t[i].sentence)) continue;
          const to = i + 1 < t.length && t[i + 1].clause === t[i].clause ? i + 2 : i + 1;
          evidence.push(ctx.ev({ start: t[i].start, end: t[to - 1].end }, WHY.list as never));
          shown++;
        }
        firstFail = -2;
        break;
      }
    }
    if (listed && firstFail >= 0) addTo(acc, 1, ctx.ev(t[firstFail], WHY.list as never));
    else if (listed) addTo(acc, 1, null);
  }

  // Expectations, understatement, leaving, runaround, patience, sarcasm: lexicon phrases with light guards.
  family(acc, ctx, t, K.expect, WHY.expect, 1.2, (h) => !inQ(ctx, h) || /^(?:too|so)$/.test(t[h.from].key));
  // «معامله به هم می‌خوره» (a deal falls through) is not «حالم از … به هم می‌خوره».
  family(acc, ctx, t, K.under, WHY.under, 1.2, (h) => (t[h.from].key !== 'به' || sentenceHasKey(t, sentOf(t, h), NAUSEA)) && !ownSkill(ctx, h) && !faProcedureHit18(ctx, h));
  family(acc, ctx, t, K.leave, WHY.leave, 1.2, (h) => !inQ(ctx, h) && !sentenceHasKey(t, sentOf(t, h), ASKING));
  family(acc, ctx, t, K.patience, WHY.expect, 1);
  {
    // Runaround: "every time I ring" counts with what comes of it; "told you three times" with «باز» and a verb of yours.
    const hits = hitsOf(ctx, K.contra);
    if (hits.length) {
      let sum = 0;
      for (const h of hits) {
        if (inQ(ctx, h) && h.weight < 1) continue;
        sum += h.weight;
        if (h.weight >= 0.5) {
          const e = span(ctx, t, h.from, h.to, WHY.contra);
          if (e) evidence.push(e);
        }
      }
      const strong = hits.some((h) => h.weight >= 0.5 && !(inQ(ctx, h) && h.weight < 1));
      const again = t.findIndex((x) => /^(?:باز|بازم|دوباره|again)$/.test(x.key));
      if (strong && again >= 0 && secondPerson(t, t[again].sentence)) sum += 0.5;
      // "every time I call" alone is a count of contacts (the repeat cue's), not a runaround.
      if (!strong) sum = 0;
      // "five different agents": a count of three or more people.
      for (const h of hits) if (h.from > 0 && t[h.from].key === 'different' && /^(?:three|four|five|six|seven|eight|several|\d+)$/.test(t[h.from - 1].key)) sum += 0.4;
      acc.score += Math.min(1.2, sum);
    }
  }
  // "so much for the promise", not "thanks so much for".
  family(acc, ctx, t, K.sarc, WHY.sarc, 1, (h) => !/^(?:thanks|thank|you|ممنون)$/.test(t[h.from - 1]?.key ?? '') && (h.weight >= 1 || t.some((x) => negative(x) || failure(x))));

  // Irony: a quoted word in a sentence with a length of time or a failure, not asked about.
  for (const q of quotedSpans(ctx.doc.text)) {
    const at = t.findIndex((x) => x.start >= q.start);
    if (at < 0 || statusQuote(ctx, q) || faLabelQuote18(ctx, q) || labelQuote20(ctx, q) || plainQuote31(ctx, q)) continue;
    const [a, b] = sentenceRange(t, t[at].sentence);
    if (asked(ctx, q.start, q.end) && !t[at].fa) continue;
    // A length of time beside the quote («ارسال فوری»تون شد ده روز, the "24 hour" callback on day four) is the irony itself.
    let sign = 0;
    for (let i = a; i < b && sign < 1; i++) {
      if (i >= at && t[i].start < q.end) continue;
      if (elapsedAt(t, i) > 0 || DAY_WORD.test(t[i].key) && i + 1 < b && (NUMBER.has(t[i + 1].key) || DIGITS.test(t[i + 1].key))) sign = 1;
      else if (negative(t[i]) || failure(t[i])) sign = 0.6;
    }
    // A Persian quote names a programme or a product as often as it mocks one: only a wait beside it is irony.
    if (!sign || ((chasing || t[at].fa) && sign < 1)) continue;
    addTo(acc, sign, ctx.ev(q, WHY.irony as never));
    break;
  }

  // One emphatic capital word in a sentence with a negation or a failure ("charged TWICE … nobody explained").
  // Not in a message typed in capitals all through: no word there is stressed (./frustration.en.matrix17.ts).
  if (!ctx.fa && CAPS.test(ctx.doc.text) && !typedInCapitals(ctx)) for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa || !(EMPHATIC.has(x.key) || FAIL_EN.has(x.key)) || x.end - x.start < 2) continue;
    const w = ctx.doc.text.slice(x.start, x.end);
    if (w !== w.toUpperCase() || !/[A-Z]{2}/.test(w)) continue;
    const [a, b] = sentenceRange(t, x.sentence);
    let sign = false;
    for (let j = a; j < b && !sign; j++) sign = j !== i && (negative(t[j]) || failure(t[j]));
    if (!sign) continue;
    addTo(acc, 0.6, ctx.ev(x, WHY.caps as never));
    break;
  }
  return { score: acc.score, evidence, calm: false };
}

/** Persian money words: the start of «پول … رو دادم ولی …». */
const MONEY = /^(?:پول|پولشو|پولش|پولمو|هزینه|هزینهی|مبلغ|اشتراک|شهریه|کرایه)$/;
const CAPS = /[A-Z]{2}/;
// Anchors (lib/tone/anchors.ts): a reader below walks the tokens only when some token holds its words.
const A_MONEY = anchor({ key: MONEY });
const A_DUR = anchor({ key: (k) => UNIT.test(k) || LONG.has(k) || k === 'day' || k === 'week' });
const A_FAIL = anchor({ key: (k) => FAIL_EN.has(k) || FAIL_FA.has(k) });
/** courteousIn's words: a COURTESY word, or an ASK_VERB and "you". */
const A_COURTESY = anchor({ key: COURTESY });
const A_ASK_VERB = anchor({ key: ASK_VERB });
const A_YOU = anchor({ key: (k) => k === 'you' });
const A_START = anchor({ key: /^(?:still|no|not|never|wrong|another|again|نه|هنوز|بازم|اشتباه)$/ });
const NAUSEA = new Set(['حالم', 'حالمو']);
const ASKING = new Set(['how', 'where', 'can', 'could', 'may', 'چطور', 'چطوری', 'کجا', 'چگونه', 'میشه']);


export const strings = {
  en: {
    'tone.why.exasperated': 'a question that is really a complaint',
    'tone.why.paidVsGot': 'what was paid for or promised against what happened',
    'tone.why.elapsed': 'time has gone by and nothing was done',
    'tone.why.failureList': 'lists one failure after another',
    'tone.why.expectation': 'says what they should not have had to do or expected',
    'tone.why.understatement': 'understatement: displeasure said politely',
    'tone.why.leaving': 'says they will leave, review or take it further',
    'tone.why.runaround': 'was passed around or given different answers',
    'tone.why.capsComplaint': 'a word in capitals in a complaint',
  },
  fa: {
    'tone.why.exasperated': 'سؤالی که در واقع گلایه است',
    'tone.why.paidVsGot': 'آنچه پولش را داده یا قولش را گرفته، در برابر آنچه شد',
    'tone.why.elapsed': 'زمان گذشته و کاری انجام نشده',
    'tone.why.failureList': 'خرابی‌ها را پشت سر هم می‌شمارد',
    'tone.why.expectation': 'می‌گوید چه انتظاری داشت یا نباید مجبور می‌شد',
    'tone.why.understatement': 'نارضایتی را مؤدبانه و کم‌رنگ گفته',
    'tone.why.leaving': 'می‌گوید می‌رود، نظر منفی می‌نویسد یا پیگیری می‌کند',
    'tone.why.runaround': 'سردرگمش کرده‌اند یا جواب‌های متفاوت گرفته',
    'tone.why.capsComplaint': 'کلمه‌ای با حروف بزرگ در یک گلایه',
  },
} as const;
