/**
 * Words an apology's replacement would leave behind (rwfa8, seen while building scripts/fa-matrix.ts): a pack rule that
 * reads «پوزش بابت تاخیر» or «ببخشید بابت مشکل» and puts thanks in its place left the formula's head or tail outside its
 * match: «با عرض پوزش بابت تاخیر، …» -> «با عرض از صبر شما سپاسگزاریم، …», «ببخشید بابت مشکل پیش‌آمده، …» -> «ممنون از
 * صبر و همراهیتون پیش‌آمده، …». They go with the replaced words.
 */

/** «با عرض », «ضمن عرض », «با » right before an apology word. */
const HEAD_BEFORE = /(?:^|[\s\u200c،,])((?:(?:با|ضمن)[\s\u200c]+عرض|با)[\s\u200c]+)$/;
const APOLOGY_START = /^(?:پوزش|معذرت|عذرخواهی|عذر)/;
/** «پیش‌آمده», «پیش اومده», «ایجادشده», «به وجود آمده», «رخ داده» right after a trouble noun. */
const TAIL_AFTER = /^([\s\u200c]+(?:پیش[\s\u200c]*(?:آمده|اومده|امده)|ایجاد[\s\u200c]*شده|به[\s\u200c]*وجود[\s\u200c]*(?:آمده|اومده)|بوجود[\s\u200c]*(?:آمده|اومده)|رخ[\s\u200c]*داده))(?=$|[\s\u200c،,.!؟?؛;:])/;
const TROUBLE_END = /(?:تاخیر|تأخیر|مشکل|مشکلات|ناراحتی|اختلال|مشکلی|ناراحتیها|اختلالات|وقفه|خطا|معطلی)$/;

/** How far to widen an apology's span: characters before its start and after its end (0 when nothing is left behind). */
export function apologyLeftovers(before: string, original: string, rest: string, replacement: string): { left: number; right: number } {
  const orig = original.replace(/\u200c/g, '').trim();
  const rep = replacement.replace(/\u200c/g, '').trim();
  let left = 0, right = 0;
  const head = HEAD_BEFORE.exec(before);
  if (head && APOLOGY_START.test(orig) && !APOLOGY_START.test(rep)) left = head[1].length;
  const tail = TAIL_AFTER.exec(rest);
  if (tail && TROUBLE_END.test(orig) && !TROUBLE_END.test(rep)) right = tail[1].length;
  return { left, right };
}
