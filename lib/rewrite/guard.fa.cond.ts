/**
 * A Persian refusal or time-refusal rule's negated verb that is a condition's own verb («در صورتی که در جلسه اول نتوانستید
 * حضور یابید، ویدیوی کلاس برای شما ارسال می‌شود», «در صورتی که مرسوله تا پایان روز پنج‌شنبه به دستتان نرسید، همین پیام را
 * پاسخ دهید»): a possible trouble, with what happens then; no one is refused. The pack's `unless` lists «اگر/اگه/چنانچه …
 * <-توانستن>»; this reads every conditional opener (the formal «در صورتی که», «درصورتیکه», «هرگاه») before the flagged words
 * in their clause, which the pack's expansion budget (tests/unit/packs/budget.test.ts) leaves no room to list.
 * guard.fa.ts drops such a flag. A condition with a verb of its own before the flagged words («اگر بخواهید زودتر ارسال شود
 * امکان‌پذیر نیست») has its refusal after it: still read, as is the refusal after the condition's comma.
 */
import { faTokens } from './guard.fa.text.ts';

/** A conditional opener in a folded clause head (spaces kept between words); the text after it in the second group. */
const CONDITION = /(?:^|\s)(?:اگر|اگه|چنانچه|هرگاه|هروقت|هر وقت|درصورتیکه|در صورتیکه|درصورتی که|در صورتی که|در صورت اینکه|درصورت اینکه)(?=\s|$)(.*)$/;

export function negatedInCondition(clauseHead: string, flagged: ReturnType<typeof faTokens>): boolean {
  const m = CONDITION.exec(` ${clauseHead} `);
  if (!m) return false;
  // The condition's verb is the flagged one: no verb of its own between the opener and the flagged words.
  if (faTokens(m[1]).some((t) => t.word && t.fa)) return false;
  const first = flagged.find((t) => t.word && t.fa);
  return !!first && first.neg;
}
