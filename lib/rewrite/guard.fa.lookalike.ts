/**
 * Persian pack flags on look-alikes the second variant matrix (scripts/fa-matrix2.ts, rwfa10) found among its neutrals, each
 * a construction, dropped by guard.fa.ts (the pack's expansion budget leaves no room for more `unless` entries):
 *
 *  - «راستش» as "its right" after a place word («روی آیکون بالا سمت راستش بزنید», «دست راستش»): not the candour opener
 *    (deleting it left «… سمت بزنید»);
 *  - «طبق پیام قبلی» followed by «شما/خودتون»: the customer's own earlier message, the agent doing what it asked
 *    («طبق پیام قبلی شما، آدرس رو عوض کردم»; deleting it left «شما، آدرس رو …»);
 *  - «اصلاً مشکلی نیست،» (the emphatic "no problem at all" to a request), like «مشکلی نیست،» and «هیچ مشکلی نیست» which
 *    the pack already leaves alone;
 *  - a refusal whose rest keeps others out of the customer's things («در سامانه این امکان وجود ندارد که اطلاعات شما بدون
 *    اجازه تغییر کند», «… کسی جز شما …»): a protection, not a refusal (guard.fa.ts's own reads «کسی جز شما» before it);
 *  - a blame rule's words in a relative clause naming the customer's choice («همون گزینه‌ای که خودتون انتخاب کردید ارسال شد»);
 *  - a blame rule's words inside a condition («اگر رمز رو اشتباه وارد کردید، از گزینه فراموشی رمز استفاده کنید», «اگه هنوز
 *    ایمیل رو تأیید نکردید، لینک رو دوباره فرستادم»): a case the agent provides for, not a reproach.
 */
import { faFold as fold, faSentenceEnd, FA_CLAUSE_BREAK } from './guard.fa.text.ts';

const PLACE_BEFORE = /(?:^|\s)(?:سمت|طرف|دست|گوشه|قسمت|بالا|پایین|کنار|ستون|منوی)\s*$/;
const YOUR = /^\s*(?:شما|خودتون|خودتان|جنابعالی|حضرتعالی)(?=[\s،,.!؟?]|$)/;
const PROTECTS = /(?:^|\s)(?:بدون|بی)\s?(?:اجازه|اطلاع|رضایت|تایید|تأیید)\s?(?:شما|خودتون|خودتان)|(?:شما|\Sتون|\Sتان)\s(?:\S+\s){0,2}?(?:بدون|بی)\s?(?:اجازه|اطلاع|رضایت)(?=\s|$)|(?:^|\s)کسی\s(?:به\s)?جز\s(?:شما|خودتون|خودتان)/;
const CONDITION = /(?:^|\s)(?:اگر|اگه|چنانچه|هرگاه|درصورتیکه|در صورتیکه|درصورتی که|در صورتی که|در صورت اینکه)(?=\s|$)/;

/** The head of the clause that ends at `fs` (after the last comma or clause break), folded. */
function clauseHead(draft: string, sStart: number, fs: number): string {
  const head = draft.slice(sStart, fs);
  let start = 0;
  for (const m of head.matchAll(FA_CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  return fold(head.slice(start));
}

/** Whether the pack's flag over draft[fs, fe) (its sentence starting at sStart) is a look-alike above: then no flag. */
export function faLookalike(draft: string, sStart: number, fs: number, fe: number, category: string): boolean {
  const words = fold(draft.slice(fs, fe)).trim();
  if (/^راستش$/.test(words) && PLACE_BEFORE.test(fold(draft.slice(sStart, fs)))) return true;
  if (category === 'passive-aggressive' && /قبلی$/.test(words) && YOUR.test(fold(draft.slice(fe, fe + 16)))) return true;
  if (/^مشکلی\s*نیست/.test(words) && /^\s*اصلا\S?\s*$/.test(clauseHead(draft, sStart, fs))) return true;
  if (/(?:^|\s)(?:نمی|نیست|ندار|وجود\s?ندار)/.test(` ${words}`) && PROTECTS.test(fold(draft.slice(fs, faSentenceEnd(draft, fe))))) return true;
  if (category === 'blame' && CONDITION.test(` ${clauseHead(draft, sStart, fs)}`)) return true;
  // «همون گزینه‌ای که خودتون انتخاب کردید ارسال شد»: the customer's choice named in a relative clause, kept.
  if (category === 'blame' && /\S(?:ای|یی)\sکه\s*$/.test(clauseHead(draft, sStart, fs))) return true;
  return false;
}
