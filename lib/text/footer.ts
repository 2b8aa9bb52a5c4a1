/**
 * Mail footers and client signature lines, for both directions: the agent's draft (signature.ts
 * leaves them out of the rewrite panel) and the customer's message (message.ts cuts them off the
 * customer's latest words, so the tone reader does not read "prohibited" or "you must not copy it" as
 * the customer's own words).
 *
 * Matched on a line's folded key (lower case, Persian letters folded, ZWNJ as a space). Every pattern
 * is anchored or bounded; nothing nests an unbounded repetition.
 */

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

/**
 * Footer boilerplate: confidentiality notices, "intended recipient", no-reply and unmonitored-mailbox
 * notes, automatic-message notes, unauthorised-use and unsubscribe lines.
 */
export const FOOTER_EN =
  /\b(?:(?:this|the) (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?|documents?)(?: (?:to|with) it)?)? (?:is|are|may be|may contain|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely|only))|intended recipient|received this (?:e-?mail|message|communication) in error|(?:please )?do not (?:reply|respond) (?:directly )?to this (?:e-?mail|message|address|mailbox)|sent from an? (?:notification-only|no-?reply|unattended|send-only|unmonitored) (?:e-?mail )?(?:address|mailbox|inbox|account)|(?:address|mailbox|inbox) (?:that )?(?:cannot|can't|does not|doesn't) (?:accept|receive) (?:incoming )?(?:e-?mails?|replies)|received this (?:e-?mail|message|communication) (?:by mistake|in error)|registered (?:in england|in scotland|in ireland|office\s*:)|company (?:registration )?(?:no|number)\.?\s*:?\s*\d|think before you print|save (?:a tree|paper)[,.]? (?:do not|don't) print|(?:this|the) (?:mailbox|inbox|address|e-?mail address) is (?:not|un)monitored|replies to this (?:e-?mail|address|message) (?:are|will) not (?:be )?(?:read|monitored)|(?:this|the) (?:e-?mail|message) (?:was|has been|is) (?:sent|generated) automatically|(?:is an? |this )?automated (?:e-?mail|message)|please consider the environment before printing|^[*!\s]*(?:legal )?disclaimer\s*:|^[*!\s]*(?:confidentiality|privacy|legal|important) (?:notice|note|disclaimer|statement)\s*:|any unauthori[sz]ed (?:review|use|copying|disclosure|distribution|dissemination|retention|reproduction|forwarding|printing)|you(?:'re| are) receiving this (?:e-?mail|message|newsletter|notification) because|if you (?:no longer|do not|don't) wish to receive|(?:click|tap) here to unsubscribe|unsubscribe here\.?$|unsubscribe link\b|^unsubscribe\s*[|·•]|to unsubscribe,? (?:click|tap|visit|follow|use)\b|manage (?:your )?(?:e-?mail |subscription |notification |communication )?preferences|^[*!⚠️\s]*(?:security|fraud|scam|phishing|safety) (?:reminder|notice|tip|alert|warning|note)\s*:|views (?:or opinions )?expressed in this (?:e-?mail|message|communication)|(?:e-?mail|internet) (?:transmission|communications?) (?:cannot|can't) be guaranteed|this (?:e-?mail|message) has been (?:scanned|checked) for (?:viruses|malware)|(?:do not|don't) print this (?:e-?mail|message)(?: unless)?|(?:is|are) not (?:responsible|liable) for [^.!?\n]{0,80}\b(?:this (?:e-?mail|message|transmission|communication)|e-?mails?|viruses|malware|attachments?)|(?:accepts? no|(?:do(?:es)?|will) not accept|cannot accept|can't accept) (?:any )?(?:liability|responsibility) for [^.!?\n]{0,80}\b(?:this (?:e-?mail|message|transmission|communication)|e-?mails?|viruses|malware|attachments?))/;
export const FOOTER_FA =
  /(?:این (?:پیام|ایمیل|نامه|پست الکترونیک)(?: و پیوست(?:‌| )?(?:های|ها)? آن)? (?:محرمانه|به صورت خودکار|بصورت خودکار|خودکار)|گیرنده (?:ی )?(?:مورد نظر|اصلی) (?:این|آن)|به اشتباه (?:دریافت|به دست شما)|(?:لطفا|لطفاً|خواهشمند است) (?:به|از پاسخ به) این (?:ایمیل|پیام|نشانی|آدرس)(?: پاسخ ندهید| پاسخ نده| خودداری)|این (?:صندوق|نشانی|آدرس) (?:پاسخگو نیست|بررسی نمی ?شود|پایش نمی ?شود)|گیرنده (?:این|آن) (?:پیام|ایمیل|نامه|پیامک)(?: نیستید| نمی ?باشید)|این (?:پیام|پیامک|ایمیل|نامه|پست الکترونیک)(?: صرفا| صرفاً| فقط)? (?:جهت|برای) اطلاع ?رسانی|هرگونه (?:استفاده|کپی|انتشار|بهره ?برداری|سوء ?استفاده|دسترسی)[^.!؟\n]{0,60}پیگرد قانونی|هرگونه (?:استفاده|کپی|کپی ?برداری|انتشار|بازنشر|بهره ?برداری|تکثیر|افشا)(?: [^.!؟\n]{0,50})? (?:این|از|در) (?:ایمیل|پیام|نامه|محتوا|مطالب|مندرجات|اطلاعات)[^.!؟\n]{0,50}(?:ممنوع|غیر ?مجاز|مجاز نیست|مجاز نمی ?باشد)|^[*⚠️!\s]*(?:سلب مسئولیت|تکذیب ?نامه)\s*:|(?:استفاده|کپی|کپی ?برداری|انتشار|بازنشر|برداشت)[^.!؟\n]{0,60}بدون (?:مجوز|اجازه|ذکر منبع|هماهنگی)[^.!؟\n]{0,40}(?:غیر ?مجاز|ممنوع|پیگرد|مجاز نیست|مجاز نمی ?باشد)|این (?:پیام|ایمیل|نامه|پیامک) (?:به طور|بطور|به صورت|بصورت) (?:خودکار|اتوماتیک|سیستمی)|(?:پاسخ|جواب)(?: دادن)? به این (?:ایمیل|پیام|نشانی|آدرس|پیامک) (?:امکان ?پذیر نیست|ممکن نیست|امکان ندارد|بررسی نمی ?شود|خوانده نمی ?شود)|از (?:یک )?(?:نشانی|آدرس|ایمیل) (?:بدون پاسخ|no-?reply)|(?:قبل|پیش) از چاپ[^.!؟\n]{0,40}(?:محیط زیست|طبیعت|درختان)|^[*⚠️!\s]*(?:هشدار|یادآوری|تذکر|توصیه) (?:امنیتی|مهم امنیتی)\s*:|(?:نظرات|دیدگاه ها|مطالب)[^.!؟\n]{0,40}این (?:ایمیل|پیام|نامه)[^.!؟\n]{0,40}لزوما|در صورت عدم تمایل به دریافت|برای لغو (?:اشتراک|عضویت)[^.!؟\n]{0,40}(?:کلیک|لینک|پیوند|اینجا)|لغو (?:اشتراک|عضویت) (?:در )?(?:خبرنامه|ایمیل ها|پیامک ها))/;

/** A line's text is a footer line: boilerplate or a client's "Sent from …" line. `key`: folded, ZWNJ as a space. */
export function isFooterKey(key: string): boolean {
  if (key === '') return false;
  if (key.length <= 60 && SENT_FROM.test(key)) return true;
  return FOOTER_EN.test(key) || FOOTER_FA.test(key);
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
export function footerTailStart(keys: readonly string[], from: number, to: number): number {
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
      if (isFooterKey(keys[m])) {
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
