/**
 * More notices under a Persian sign-off block (nineteenth session; family matrix scripts/neutral19-matrix.ts, kind
 * `fa-footer`), read by signature.fa18.ts only under a role, unit or company line, so the agent's own last sentence with no
 * sign-off above it stays the draft:
 *
 * - a general prohibition that ends its sentence, with no «شما» and no first-person verb («ورود افراد متفرقه به محوطه ممنوع
 *   است», «استفاده از این گواهی برای مقاصدی غیر از موارد ذکرشده مجاز نمی‌باشد», «پارک خودرو در ورودی اکیداً ممنوع»);
 * - a standing request to refrain («* لطفاً از ارسال مدارک پزشکی از طریق واتس‌اپ خودداری کنید», «از مراجعه بدون نوبت خودداری
 *   فرمایید»): an imperative of «خودداری» that ends the line;
 * - calls recorded («تماس‌ها جهت ارتقای کیفیت ضبط می‌شود»), closed days («جمعه‌ها و تعطیلات رسمی تعطیل هستیم / باز نیستیم»),
 *   a responsibility placed on members or clients («مسئولیت حفظ وسایل شخصی بر عهده اعضا است»).
 *
 * Keys are signature.ts's (folded: ZWNJ as a space, Arabic yeh and kaf as Persian).
 */
const FIRST_PERSON_PLURAL = /(?:^| )(?:ما|نمی ?توانیم|نمیتونیم|نمی ?کنیم|نداریم)(?= |$)/;
const NOTICE_FA19 =
  /(?:ممنوع|غیر ?مجاز|مجاز نیست|مجاز نمی ?باشد|مجاز نمیباشد)(?: (?:است|می ?باشد|میباشد|هست|میباشند|می ?باشند))?\s*[.!]?$|(?:^|[*\s])(?:لطفا |لطفاً |خواهشمند است |خواهشمندیم )?از [^.!؟\n]{2,60} خودداری (?:کنید|فرمایید|نمایید|شود|گردد)\s*[.!]?$|تماس ?(?:ها|های)?[^.!؟\n]{0,40}ضبط (?:می ?شود|می ?شوند|میشود|میشوند|خواهد شد)|(?:جمعه ها|جمعه|روزهای تعطیل|روز های تعطیل|ایام تعطیل|تعطیلات رسمی|روزهای جمعه)[^.!؟\n]{0,40}(?:تعطیل (?:است|هستیم|می ?باشد|میباشد)|تعطیل\s*[.!]?$|باز نیستیم|بسته (?:است|هستیم)|پاسخ ?گو نیستیم)|مسئولیت [^.!؟\n]{2,50}بر عهده (?:خود )?(?:اعضا|مشتری|مشتریان|مراجعین|مراجعان|کاربر|کاربران|مسافر|مسافران|دارنده|بیمار|بیماران|مهمان|مهمانان|خریدار)[^.!؟\n]{0,20}(?:است|می ?باشد|میباشد)/;

/** A notice under a Persian sign-off line, beyond signature.fa18.ts's own list. `k`: a folded line key. */
export const isFaNotice19 = (k: string): boolean => k.length <= 300 && !/(?:^| )(?:شما|تان|تون)(?= |$)/.test(k) && !FIRST_PERSON_PLURAL.test(k) && NOTICE_FA19.test(k);
