/**
 * (rwfa31) A Persian no-reply notice at a draft's end: the mailbox or the text message says it is not read or answered.
 * FOOTER_FA knew «لطفاً به این ایمیل پاسخ ندهید» and «پاسخ به این ایمیل … خوانده نمی‌شود»; fresh writers put the
 * notice without the please or the «به», under a studio's or a shop's name line:
 *
 *   «پاسخ این ایمیل خوانده نمی‌شود، لطفاً از دایرکت پیام بدید»   the reply to this mail is not read
 *   «این پیامک فاقد اعتبار مالی است و قابل پاسخگویی نمی‌باشد»      this SMS cannot be answered
 *   «از پاسخ به این ایمیل خودداری کنید»                             do not reply to this mail (no «لطفاً»)
 *   «به این پیامک جواب ندهید»
 *
 * The notice always names «این ایمیل / پیامک / پیام / نامه / نشانی / صندوق»: the agent's own «این مورد قابل پیگیری
 * نمی‌باشد» or «پاسخ شما خوانده نشد» names no mailbox and stays the draft. Read only through isDraftFooterKey (the lines a
 * draft ends with; never a customer's message). `key`: folded, ZWNJ as a space.
 */
const MAILBOX = '(?:ایمیل|پیامک|پیام|نامه|نشانی|آدرس|صندوق|شماره|پست الکترونیک|پست الکترونیکی)';

export const NOREPLY_FA31 = new RegExp(
  [
    // «پاسخ این ایمیل خوانده نمی‌شود», «پاسخ‌های ارسالی به این نشانی بررسی نمی‌شوند»
    `(?:پاسخ|جواب)(?: ?ها| ?های ارسالی| دادن)?(?: به)? این ${MAILBOX} (?:خوانده|بررسی|دیده|پایش|پیگیری) نمی ?شو(?:د|ند)`,
    // «این پیامک … قابل پاسخگویی نمی‌باشد», «این ایمیل پاسخگو نیست»
    `این ${MAILBOX}[^.!؟\\n]{0,60}(?:قابل (?:پاسخ ?گویی|پاسخ|جواب ?دهی|جواب ?گویی|جواب) (?:نمی ?باشد|نیست|نخواهد بود)|پاسخ ?گو (?:نیست|نمی ?باشد|نخواهد بود))`,
    // «از پاسخ به این ایمیل خودداری کنید» (with or without a please)
    `از (?:پاسخ|جواب)(?: دادن)? (?:به|بر) این ${MAILBOX} خودداری (?:کنید|کنین|فرمایید|نمایید|شود|گردد)`,
    // «به این پیامک جواب ندهید»
    `(?:^|[\\s،,.:!])(?:به|بر) این ${MAILBOX} (?:پاسخ|جواب) (?:ندهید|ندید|ندین|نفرمایید|نفرستید)`,
  ].join('|'),
);

export const isFaNoReply31 = (key: string): boolean => key.length <= 300 && NOREPLY_FA31.test(key);
