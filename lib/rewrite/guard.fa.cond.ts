/**
 * A Persian refusal rule's negated verb in the second person inside a condition («در صورتی که در جلسه اول نتوانستید حضور
 * یابید، ویدیوی کلاس برای شما ارسال می‌شود», «چنانچه نتوانستید وارد شوید، …»): the customer's own possible trouble, with
 * what happens then; no one is refused. The pack's `unless` lists «اگر/اگه/چنانچه … <-توانستن>»; this reads every
 * conditional opener (the formal «در صورتی که», «درصورتیکه», «هرگاه») in the clause before the flagged words, which the
 * pack's expansion budget (tests/unit/packs/budget.test.ts) leaves no room to list. guard.fa.ts drops such a flag.
 */
import type { tokenize } from '../nlp/index.ts';

/** A conditional opener in a folded clause head (spaces kept between words). */
const CONDITION = /(?:^|\s)(?:اگر|اگه|چنانچه|هرگاه|هروقت|هر وقت|درصورتیکه|در صورتیکه|درصورتی که|در صورتی که|در صورت اینکه|درصورت اینکه|چنانچه که)(?=\s|$)/;

export function conditionalOnCustomer(clauseHead: string, flagged: ReturnType<typeof tokenize>): boolean {
  if (!CONDITION.test(` ${clauseHead} `)) return false;
  const v = flagged.find((t) => t.word && t.neg && t.fa);
  return !!v && v.fa!.person.person === 2;
}
