/**
 * Mail footers and client signature lines, for both directions: the agent's draft (signature.ts
 * leaves them out of the rewrite panel) and the customer's message (message.ts cuts them off the
 * customer's latest words, so the tone reader does not read "prohibited" or "you must not copy it" as
 * the customer's own words).
 *
 * Matched on a line's folded key (lower case, Persian letters folded, ZWNJ as a space). Every pattern
 * is anchored or bounded; nothing nests an unbounded repetition.
 */

import { isStockNoticeEn19 } from './notice.en19.ts';
import { isFaNoReply31 } from './noreply31.fa.ts';
import { isNoReplyWeEn33 } from './signature33.en.ts';

/** A phone or tablet named in "Sent from my …" (not "Sent from my bank account on Monday"). */
const DEVICE = '(?:iphone|ipad|ipod|android|galaxy|samsung|mobile|phone|smartphone|tablet|device|blackberry|huawei|xiaomi|redmi|pixel|oneplus|motorola|nokia|sony|htc|oppo|vivo|honor|surface|windows|mac|macbook|watch)\\b';
/** A mail app named in "Sent via/using/with …" (not "Sent via courier this morning"). */
const MAIL_APP = '(?:mail|e-?mail|app|mobile|iphone|ipad|android|outlook|gmail|yahoo|proton|tuta|spark|blackberry|bluemail|superhuman|hey|thunderbird|airmail|newton)\\b';
/** «ارسال شده از گوشی سامسونگ», «ارسال شده از آیفون», «ارسال شده با Yahoo Mail» (not «ارسال شده از طرف شما»). */
const DEVICE_FA = '(?:تلفن|گوشی|آیفون|آیپد|موبایل|تبلت|اندروید|سامسونگ|هواوی|شیائومی|iphone|ipad|android|samsung|galaxy|yahoo|gmail|outlook|mail|ایمیل|جیمیل|یاهو)';

/**
 * A mail client's or phone's line under a message: "Sent from my iPhone", "Get Outlook for Android",
 * "Sent with Proton Mail", «ارسال شده از تلفن همراه»: a device or a mail app must be named. Read on
 * short lines only (callers check the length).
 */
export const SENT_FROM = new RegExp(
  '^(?:sent from my [^\\n]{0,40}?\\b' + DEVICE + '|sent from (?:outlook|mail|yahoo|samsung|gmail|aol|proton)|get outlook for\\b|sent (?:via|using|with) [^\\n]{0,30}?\\b' + MAIL_APP +
    '|sent on the go\\b|(?:ارسال|فرستاده) شده (?:از|با) [^\\n]{0,30}?' + DEVICE_FA + ')',
);

/** An excuse for typing on a phone: "pls excuse typos", "please forgive any typos or brevity" (not "please excuse the delay"). */
const TYPO_EXCUSE = /(?:^|[.,;!\-–—]\s*|^sent [^\n]{0,40}?[.,;!\-–—]?\s+)(?:(?:please|pls|plz|kindly)\s+)?(?:excuse|forgive|pardon|ignore)\s+(?:(?:any|my|the|all)\s+)?(?:typos?|brevity|spelling|spelling mistakes|autocorrect|auto-?correct|errors? from autocorrect)\b/;

/**
 * Footer boilerplate: confidentiality notices, "intended recipient", no-reply and unmonitored-mailbox
 * notes, automatic-message notes ("This is a computer generated message, no signature is required": rwen31, late28 and
 * late30), unauthorised-use and unsubscribe lines. rwen32: the no-reply line of a text message ("Please don't reply to
 * this text, call or message us on … instead": late31), as it is of a mail.
 */
export const FOOTER_EN =
  /\b(?:(?:this|the) (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?|documents?)(?: (?:to|with) it)?)? (?:is|are|may be|may contain|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely|only))|intended recipient|received this (?:e-?mail|message|communication) in error|(?:please )?(?:do not|don't|dont) (?:reply|respond) (?:directly )?to this (?:e-?mail|message|address|mailbox|text(?: message)?|sms)|sent from an? (?:notification-only|no-?reply|unattended|send-only|unmonitored) (?:e-?mail )?(?:address|mailbox|inbox|account)|(?:address|mailbox|inbox) (?:that )?(?:cannot|can't|does not|doesn't) (?:accept|receive) (?:incoming )?(?:e-?mails?|replies)|received this (?:e-?mail|message|communication) (?:by mistake|in error)|registered (?:in england|in scotland|in ireland|office\s*:)|company (?:registration )?(?:no|number)\.?\s*:?\s*\d|think before you print|save (?:a tree|paper)[,.]? (?:do not|don't) print|(?:this|the) (?:mailbox|inbox|address|e-?mail address) (?:is (?:not |un)|isn't |is not being |isn't being )monitored|replies to this (?:e-?mail|address|message) (?:are|will) not (?:be )?(?:read|monitored)|(?:this|the) (?:e-?mail|message) (?:was|has been|is) (?:sent|generated) automatically|(?:is an? |this )?automated (?:e-?mail|message)|(?:computer|system|machine)[- ]generated (?:e-?mail|message|letter|document|notice|receipt|invoice|statement|notification)|please consider the environment before printing|^[*!\s]*(?:legal )?disclaimer\s*:|^[*!\s]*(?:confidentiality|privacy|legal|important) (?:notice|note|disclaimer|statement)\s*:|any unauthori[sz]ed (?:review|use|copying|disclosure|distribution|dissemination|retention|reproduction|forwarding|printing)|you(?:'re| are) receiving this (?:e-?mail|message|newsletter|notification) because|if you (?:no longer|do not|don't) wish to receive|(?:click|tap) here to unsubscribe|unsubscribe here\.?$|unsubscribe link\b|^unsubscribe\s*[|·•]|to unsubscribe,? (?:click|tap|visit|follow|use)\b|manage (?:your )?(?:e-?mail |subscription |notification |communication )?preferences|^[*!⚠️\s]*(?:security|fraud|scam|phishing|safety) (?:reminder|notice|tip|alert|warning|note)\s*:|views (?:or opinions )?expressed in this (?:e-?mail|message|communication)|(?:e-?mail|internet) (?:transmission|communications?) (?:cannot|can't) be guaranteed|this (?:e-?mail|message) has been (?:scanned|checked) for (?:viruses|malware)|(?:do not|don't) print this (?:e-?mail|message)(?: unless)?|(?:is|are) not (?:responsible|liable) for [^.!?\n]{0,80}\b(?:this (?:e-?mail|message|transmission|communication)|e-?mails?|viruses|malware|attachments?)|(?:accepts? no|(?:do(?:es)?|will) not accept|cannot accept|can't accept) (?:any )?(?:liability|responsibility) for [^.!?\n]{0,80}\b(?:this (?:e-?mail|message|transmission|communication)|e-?mails?|viruses|malware|attachments?)|(?:cannot|can't|can not|will not|won't|shall not|does not|do not|is not|are not) be (?:held )?(?:responsible|liable) for [^.!?\n]{0,80}\b(?:this (?:e-?mail|message|transmission|communication)|e-?mails?|viruses|virus|malware|attachments?)|\b(?:this|the) (?:e-?mail|message|attachments?)[^.!?\n]{0,40}\b(?:is|are) (?:free (?:from|of) (?:any )?(?:viruses|virus|malware)|virus[- ]free)|unauthori[sz]ed (?:access to|use of|disclosure of|copying of)(?: or (?:access to|use of|disclosure of|copying of))? this (?:e-?mail|message|mailbox|communication|transmission)|\b(?:dissemination|distribution|disclosure)\b[^.!?\n]{0,60}\b(?:of (?:it|this (?:e-?mail|message|communication)))[^.!?\n]{0,30}\bprohibited|\byou (?:must|should|may) not (?:read|copy|use|disclose|distribute|forward|print|retain|rely)(?:,| or| and)[^.!?\n]{0,80}\b(?:this (?:e-?mail|message|communication|transmission)|its (?:contents|attachments))|\b(?:take|taking) any action in reliance on (?:it|this|the contents)|\bservice of (?:legal )?(?:documents|proceedings|process) by e-?mail|\b(?:reproduction|copying|redistribution|republication|distribution|duplication|reuse|re-use)\b[^.!?\n]{0,60}\bwithout (?:the )?(?:prior |express )?(?:written )?(?:permission|consent|authori[sz]ation)\b[^.!?\n]{0,30}\b(?:prohibited|not permitted|forbidden|unlawful)|^[^.!?\n]{0,40}\bcalls (?:may|will|might) be (?:recorded|monitored)(?: (?:for|and) [^.!?\n]{0,60})?[.!]?$|\b(?:authori[sz]ed and regulated|regulated) by the (?:financial conduct authority|prudential regulation authority|fca)\b)/;
export const FOOTER_FA =
  /(?:این (?:پیام|ایمیل|نامه|پست الکترونیک)(?: و پیوست(?:‌| )?(?:های|ها)? آن)? (?:محرمانه|به صورت خودکار|بصورت خودکار|خودکار)|گیرنده (?:ی )?(?:مورد نظر|اصلی) (?:این|آن)|به اشتباه (?:دریافت|به دست شما)|(?:لطفا|لطفاً|خواهشمند است) (?:به|از پاسخ به) این (?:ایمیل|پیام|نشانی|آدرس)(?: پاسخ ندهید| پاسخ نده| خودداری)|این (?:صندوق|نشانی|آدرس)(?: (?:پستی|ایمیل|الکترونیک|الکترونیکی))? (?:پاسخ ?گو نیست|پاسخ ?گو نمی ?باشد|بررسی نمی ?شود|پایش نمی ?شود)|گیرنده (?:این|آن) (?:پیام|ایمیل|نامه|پیامک)(?: نیستید| نمی ?باشید)|این (?:پیام|پیامک|ایمیل|نامه|پست الکترونیک)(?: صرفا| صرفاً| فقط)? (?:جهت|برای) اطلاع ?رسانی|هرگونه (?:استفاده|کپی|انتشار|بهره ?برداری|سوء ?استفاده|دسترسی)[^.!؟\n]{0,60}پیگرد قانونی|هرگونه (?:استفاده|کپی|کپی ?برداری|انتشار|بازنشر|بهره ?برداری|تکثیر|افشا)(?: [^.!؟\n]{0,50})? (?:این|از|در) (?:ایمیل|پیام|نامه|محتوا|مطالب|مندرجات|اطلاعات)[^.!؟\n]{0,50}(?:ممنوع|غیر ?مجاز|مجاز نیست|مجاز نمی ?باشد)|^[*⚠️!\s]*(?:سلب مسئولیت|تکذیب ?نامه)\s*:|(?:استفاده|کپی|کپی ?برداری|انتشار|بازنشر|برداشت)[^.!؟\n]{0,60}بدون (?:مجوز|اجازه|ذکر منبع|هماهنگی)[^.!؟\n]{0,40}(?:غیر ?مجاز|ممنوع|پیگرد|مجاز نیست|مجاز نمی ?باشد)|این (?:پیام|ایمیل|نامه|پیامک) (?:به طور|بطور|به صورت|بصورت) (?:خودکار|اتوماتیک|سیستمی)|(?:پاسخ|جواب)(?: دادن)? به این (?:ایمیل|پیام|نشانی|آدرس|پیامک) (?:امکان ?پذیر نیست|ممکن نیست|امکان ندارد|بررسی نمی ?شود|خوانده نمی ?شود)|از (?:یک )?(?:نشانی|آدرس|ایمیل) (?:بدون پاسخ|no-?reply)|(?:قبل|پیش) از چاپ[^.!؟\n]{0,40}(?:محیط زیست|طبیعت|درختان)|^[*⚠️!\s]*(?:هشدار|یادآوری|تذکر|توصیه) (?:امنیتی|مهم امنیتی)\s*:|(?:نظرات|دیدگاه ها|مطالب)[^.!؟\n]{0,40}این (?:ایمیل|پیام|نامه)[^.!؟\n]{0,40}لزوما|در صورت عدم تمایل به دریافت|برای لغو (?:اشتراک|عضویت)[^.!؟\n]{0,40}(?:کلیک|لینک|پیوند|اینجا)|لغو (?:اشتراک|عضویت) (?:در )?(?:خبرنامه|ایمیل ها|پیامک ها)|هرگونه (?:استفاده|کپی|کپی ?برداری|انتشار|بازنشر|بهره ?برداری|تکثیر|افشا|دسترسی)(?: [^.!؟\n]{0,30})? (?:غیر ?مجاز|بدون (?:مجوز|اجازه))[^.!؟\n]{0,40}(?:ممنوع|پیگرد|مجاز نیست|مجاز نمی ?باشد)|مسئولیت (?:محتوا|محتوای|محتوی|مطالب|مندرجات) (?:این )?(?:پیام|ایمیل|نامه)|مسئولیتی (?:در قبال|درباره|نسبت به) [^.!؟\n]{0,40}(?:ویروس|پیوست|بدافزار|محتوای این|این (?:پیام|ایمیل|نامه))|(?:در قبال|نسبت به) [^.!؟\n]{0,40}(?:ویروس|پیوست|بدافزار|محتوای این|این (?:پیام|ایمیل|نامه))[^.!؟\n]{0,30}مسئولیتی|(?:امکان|قابلیت) (?:پاسخ|پاسخ ?گویی|جواب)(?: دادن)? (?:به )?(?:این|آن)(?: (?:ایمیل|پیام|نشانی|آدرس|پیامک))? (?:وجود ندارد|نیست|ندارد|امکان ?پذیر نیست)|(?:کپی ?برداری|کپی|انتشار|افشا|افشای|تکثیر|بازنشر|نسخه ?برداری)(?: (?:از|مطالب|محتوای|محتوا|اطلاعات|مندرجات))*[^.!؟\n]{0,30}این (?:ایمیل|پیام|نامه|پست الکترونیک)[^.!؟\n]{0,20}(?:ممنوع|غیر ?مجاز|پیگرد)|هرگونه (?:کپی|کپی ?برداری|انتشار|بازنشر|تکثیر|نسخه ?برداری)[^.!؟\n]{0,40}(?:ممنوع|غیر ?مجاز|پیگرد)|کلیه حقوق[^.!؟\n]{0,40}محفوظ|(?:ارسال|بازارسال|فوروارد|انتشار|به اشتراک ?گذاشتن|به اشتراک ?گذاری|اشتراک ?گذاری|چاپ|چاپ غیر ?ضروری|کپی) (?:این|از این) (?:ایمیل|پیام|نامه|پست الکترونیک)[^.!؟،,؛\n]{0,30}(?:خودداری(?: (?:کنید|فرمایید|نمایید|شود|گردد))?|مجاز نیست|مجاز نمی ?باشد|ممنوع(?: است| می ?باشد)?|غیر ?مجاز(?: است)?)\s*(?:[.!؟]|$)|این (?:ایمیل|پیام|نشانی|صندوق)[^.!؟\n]{0,50}پاسخ ?(?:ها|های ارسالی)? (?:بررسی|خوانده|پایش|دیده) نمی ?شو(?:د|ند)|این (?:پیام|ایمیل|نامه|پست الکترونیک)[^.!؟\n]{0,30}(?:حاوی|شامل) (?:اطلاعات|مطالب)[^.!؟\n]{0,20}محرمانه)/;

/** A line's text is a footer line: boilerplate or a client's "Sent from …" line. `key`: folded, ZWNJ as a space. */
export function isFooterKey(key: string): boolean {
  if (key === '') return false;
  if (key.length <= 60 && SENT_FROM.test(key)) return true;
  // rwen29: the phone's line with its excuse for typing on it ("Sent from my iPhone. pls excuse typos, can't spell on this
  // thing lol"), or the excuse on a line of its own ("Please excuse any typos"): a footer, not this reply's words.
  if (key.length <= 120 && (SENT_FROM.test(key) || key.length <= 80) && TYPO_EXCUSE.test(key)) return true;
  return FOOTER_EN.test(key) || FOOTER_FA.test(key);
}

/**
 * A working-hours notice in the agent's signature ("Office hours: Mon–Fri 9–5", "Our office hours are …. We cannot
 * respond to emails outside these hours.", "I work Mon–Thu, so please don't expect a reply on Fridays", «ساعات کاری:
 * شنبه تا چهارشنبه …», «در ایام تعطیل پاسخگو نیستیم»). Read only on the lines a draft ends with (footerTailStart with
 * isDraftFooterKey), never in a customer's message nor in the middle of a reply. With it the flexible-hours line
 * ("My working hours may not be yours. Please don't feel obliged to reply outside of yours.").
 */
const HOURS_EN =
  /^(?:[*_\s]*)(?:our |my )?(?:office|opening|working|work|business|support|helpdesk|service|contact|phone|call centre|call center|customer service) (?:hours|days)\b\s*(?:are:?\s*(?:from\b|between\b|weekdays\b|monday|mon|tue|wed|thu|fri|sat|sun|\d)|:|[-–—]|\(|\bmon|\b\d)|\b(?:cannot|can't|can not|do not|don't|are unable to|won't|will not) (?:respond|reply|answer|be able to (?:respond|reply))(?: to)? (?:any )?(?:e-?mails?|messages|calls|queries|enquiries|inquiries|tickets)? ?(?:outside|out of|after) (?:these|those|our|office|business|working|normal) ?(?:office |business |working )?hours|\bi (?:only )?work (?:part[- ]time|(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:[-–—]|to|through|thru|and|&)\s*(?:mon|tue|wed|thu|fri|sat|sun))|\bmy working (?:hours|days|pattern) (?:are|is|:)|\bmy (?:working|work) (?:hours|day|days|pattern) (?:may|might|could) (?:not|differ|be different)|\b(?:please )?(?:do not|don't|dont|never) feel (?:obliged|obligated|pressured|pressure|the need|any pressure) to (?:reply|respond|answer|read|action)\b/;
const HOURS_FA =
  /^(?:ساعات|ساعت ها?ی?|ساعت) ?(?:کاری|کار|اداری|پاسخگویی|پاسخ گویی|پاسخ ?دهی|تماس|پشتیبانی|حضور)\s*(?::|[\d۰-۹]|از|شنبه|همه|روزهای)|پاسخ ?گویی (?:فقط|تنها|صرفا|صرفاً) در (?:ساعات|ساعت) (?:اداری|کاری)|در (?:ایام|روزهای|روز های) (?:تعطیل|تعطیلات)[^.!؟،,\n]{0,30}(?:پاسخ ?گو نیستیم|پاسخ ?گو نمی ?باشیم|پاسخ داده نمی ?شود|پاسخ ?گویی (?:نداریم|انجام نمی ?شود))[.!]?$/;

/**
 * An institution's disclaimer in the third person, at a draft's end only: "Acme accepts no responsibility for …",
 * "The clinic assumes no liability for …", «کلینیک در قبال … هیچ‌گونه مسئولیتی نمی‌پذیرد», «فروشگاه هیچ‌گونه مسئولیتی …
 * ندارد». The verb is the third person singular: the agent's own "we accept no responsibility" / «ما هیچ‌گونه مسئولیتی نمی‌پذیریم»
 * stays the draft.
 */
const DISCLAIMER_EN = /\b(?:accepts|assumes|takes|bears) no (?:responsibility|liability)\b/;
/**
 * A company speaking of itself by its legal name, at a draft's end only: "Acme Garden Supplies Ltd cannot be held responsible
 * for …", "Fernleaf Nurseries Ltd. reserves the right to …", "Alpine Escapes GmbH is registered in …", "Seaview Hotels plc
 * will never ask you to …". A legal-form suffix (ltd, limited, plc, gmbh, inc, llc, llp, …) ends the subject and a notice's
 * verb follows; the agent says "we". The same sentence above the sign-off is the draft (only the lines a draft ends with are
 * read, footerTailStart), and "Acme Ltd cannot refund the fee" (no notice verb) stays the draft everywhere.
 */
const ENTITY_NOTICE_EN =
  /^(?:the )?[a-z0-9&'.\- ]{2,50}? (?:ltd|limited|plc|gmbh|inc|llc|llp|corp|corporation|pty ltd|s\.a|b\.v|ag|sarl|lp)\.?,? (?:(?:cannot|can't|can not|will not|won't|shall not|is not|are not|does not) (?:be )?(?:held )?(?:responsible|liable)|(?:accepts|assumes|takes|bears) no (?:responsibility|liability)|reserves the right|is (?:a )?(?:registered|company registered|trading name|member of|authori[sz]ed|regulated|licensed)|are (?:authori[sz]ed|regulated|registered)|(?:will )?never (?:ask|call|text|email|e-mail|request))\b/;
const DISCLAIMER_FA = /هیچ ?گونه مسئولیتی[^.!؟\n]{0,60}(?:نمی ?پذیرد|ندارد|نخواهد داشت|نمی ?باشد)(?![\u0600-\u06ff])/;

/** A line a draft may end with that is not the reply's words: a footer line or a working-hours notice. */
export function isDraftFooterKey(key: string): boolean {
  if (isFooterKey(key)) return true;
  return key.length <= 400 && (HOURS_EN.test(key) || HOURS_FA.test(key) || DISCLAIMER_EN.test(key) || ENTITY_NOTICE_EN.test(key) || DISCLAIMER_FA.test(key) || isStockNoticeEn19(key) || isFaNoReply31(key) || isNoReplyWeEn33(key));
}

/** Ends a sentence: the line above a footer line that ends so is not part of the footer's sentence. */
const SENTENCE_END = /[.!?؟…)»"”]\s*$/;

/**
 * Where the footer tail of a part of a text begins: the last paragraphs (runs of non-blank lines)
 * that each hold a footer line, from the first footer line of the first of them, or from the
 * lines above it in its paragraph that its sentence wraps from ("CONFIDENTIALITY NOTICE: This
 * e-mail message … is for the sole use\nof the intended recipient…"). -1 when the text does not end in
 * a footer. `keys`: the lines' keys; `from`/`to`: the line indices to read (to exclusive).
 */
export function footerTailStart(keys: readonly string[], from: number, to: number, isFooter: (key: string) => boolean = isFooterKey): number {
  let start = -1;
  let j = to - 1;
  while (j >= from) {
    while (j >= from && keys[j] === '') j--;
    if (j < from) break;
    // The paragraph [p, j].
    let p = j;
    while (p > from && keys[p - 1] !== '') p--;
    let first = -1;
    for (let m = p; m <= j; m++) {
      if (isFooter(keys[m])) {
        first = m;
        break;
      }
    }
    if (first < 0) break;
    // Up to two lines its sentence wraps from: a heading ("CONFIDENTIALITY NOTICE:") or a long wrapped line.
    for (let n = 0; n < 2 && first > p && !SENTENCE_END.test(keys[first - 1]) && (/:\s*$/.test(keys[first - 1]) || keys[first - 1].length >= 40); n++) first--;
    start = first;
    // A paragraph that is part footer, part prose above it: the prose is the writer's; stop here.
    if (first > p) break;
    j = p - 1;
  }
  return start;
}
