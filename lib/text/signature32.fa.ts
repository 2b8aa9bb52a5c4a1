/**
 * A shop's sign-off block as the late writers draw it (rwfa32; late27 BI170, train31 TRB164, late31 BQ170: three writers,
 * each a neutral flagged for the notice under the block): lines led by a bullet emoji («🔸 ادمین پشتیبانی»), a shop named
 * by its everyday word («دوکان ترمیم موبایل، هرات», «کافی‌نت و چاپ امید»), and a notice that puts responsibility away
 * from the business in the third person («مسئولیت پیام‌های ارسال‌شده از آیدی‌های دیگر با این کانال نیست», «مسئولیت
 * فایل‌های جامانده … با مجموعه نمی‌باشد»). Read only as members of signature.fa18.ts's block (an anchor line above the
 * notice), so the agent's own sentence with no sign-off above it stays the draft. Keys are signature.ts's folded keys.
 */

/** Bullets and emoji that lead a line of the block: «🔸», «▪️», «•», «➖». */
const BULLET = /^(?:[\p{Extended_Pictographic}\u2022\u25aa-\u25fe\u2796\u2714\u2705\ufe0f\u200d*\-–—]\s*)+/u;

/** The line without its leading bullets (the key itself when it has none). */
export const faUnbullet32 = (k: string): string => k.replace(BULLET, '').trim();

/** Role and shop words the eighteenth session's leads lack: the channel's admin, a shop named by its everyday word. */
const LEAD32 = /^(?:ادمین|ساپورت|پشتیبانی|دوکان|دکان|مغازه|کافی ?نت|چاپخانه|چاپ|آرایشگاه|سالن|بوتیک|آتلیه|کانال|خیاطی|نانوایی|قنادی|لوازم|تعمیرات|خدمات)(?![\p{L}\p{M}])/u;

/** A role or shop line by these words (`shortNoVerb` is the block's own test of a short line with no verb). */
export function isFaAnchor32(k: string, shortNoVerb: (k: string, words: number) => boolean, anchor18: (k: string) => boolean): boolean {
  const s = faUnbullet32(k);
  if (s !== k && s !== '' && anchor18(s)) return true;
  if (!LEAD32.test(s) || /[.!؟?:؛;]$/.test(s)) return false;
  const head = s.replace(/[،,]\s*\S+$/, '');
  // A shop's name in «…ید» closes the line («چاپ امید», «سالن مروارید»): the block's verb test reads it as «…ید».
  return shortNoVerb(head, 6) || (/\s\S{2,}ید$/.test(head) && shortNoVerb(head.replace(/\s\S+$/, ''), 5));
}

/** A contact line by a Dari or messenger label: «مبایل: ۰۷۹۹ …», «ایتا: …». */
export const isFaContact32 = (k: string): boolean => k.length <= 90 && /^(?:مبایل|مبائل|ایتا|بله|روبیکا|واتس ?اپ|سروش)\s*[:：]\s*\S/.test(faUnbullet32(k));

/** The business's own disclaimer in the third person: «مسئولیت … با این کانال / مجموعه نیست / نمی‌باشد». */
const NOTICE32 = /مسئولیت [^.!؟\n]{2,70} (?:با|بر عهده ?ی?) (?:این )?(?:کانال|مجموعه|فروشگاه|مغازه|دوکان|دکان|شرکت|آتلیه|کافی ?نت|سالن|پیج|صفحه|گروه|آموزشگاه|مدیریت)(?: \S+)? (?:نیست|نمی ?باشد|نمیباشد)\s*[.!]?$/;

export const isFaNotice32 = (k: string): boolean => k.length <= 300 && NOTICE32.test(faUnbullet32(k));
