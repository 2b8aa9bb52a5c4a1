/**
 * A Persian refusal or time-refusal rule's negated verb inside a condition («در صورتی که در جلسه اول نتوانستید حضور
 * یابید، ویدیوی کلاس برای شما ارسال می‌شود», «در صورتی که مرسوله تا پایان روز پنج‌شنبه به دستتان نرسید، همین پیام را پاسخ
 * دهید»): a possible trouble, with what happens then; no one is refused (the refusal after the condition's comma is a
 * clause of its own and still read). The pack's `unless` lists «اگر/اگه/چنانچه … <-توانستن>»; this reads every
 * conditional opener (the formal «در صورتی که», «درصورتیکه», «هرگاه») in the clause before the flagged words, which the
 * pack's expansion budget (tests/unit/packs/budget.test.ts) leaves no room to list. guard.fa.ts drops such a flag.
 */
import type { tokenize } from '../nlp/index.ts';

/** A conditional opener in a folded clause head (spaces kept between words). */
const CONDITION = /(?:^|\s)(?:اگر|اگه|چنانچه|هرگاه|هروقت|هر وقت|درصورتیکه|در صورتیکه|درصورتی که|در صورتی که|در صورت اینکه|درصورت اینکه|چنانچه که)(?=\s|$)/;

export function negatedInCondition(clauseHead: string, flagged: ReturnType<typeof tokenize>): boolean {
  if (!CONDITION.test(` ${clauseHead} `)) return false;
  return flagged.some((t) => t.word && t.neg && t.fa);
}
