/**
 * The Persian candour adverbs of lib/rewrite/generic/kinds20.fa.ts as a deletion (twentieth session, rwfa20):
 * «صراحتاً، پلن پایه برای سایت شما مناسب نیست.» -> «پلن پایه برای سایت شما مناسب نیست.», «حقیقتاً این مدل …»,
 * «بی‌رودربایستی بگم …». fa-core's `fa-to-be-honest` deletes «رک بگم،» and «راستشو بخواید» the same way; these adverbs
 * say nothing the rest of the sentence does not, so deleting them keeps the meaning, register and person exactly and adds
 * nothing. Only a one-word adverb (or «بی‌رودربایستی / بی‌تعارف», with «بگم / عرض کنم» after it) that opens its sentence
 * and is followed by its «،» or a space and more words becomes the deletion; the readers' longer openers («واقعیت این است
 * که …») and anything another suggestion touches stay advice (scripts/fa-matrix20.ts holds the family and look-alikes).
 */
import type { Suggestion } from './engine.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { faFold } from './guard.fa.text.ts';

/** The opener's words, folded, ZWNJ and spaces gone. */
const OPENER = /^(?:صراحتا|حقیقتا|صادقانه|بیرودربایستی|بیتعارف|رکوراست)(?:بگم|بگویم|بگوییم|بگیم|عرضکنم|عرضکنیم|عرضمیکنم|عرضمیکنیم)?$/;
/** Before it in its sentence: nothing, or a greeting line ending in «،». */
const HEAD = /(?:^|[.!?؟\n]\s*|^\s*(?:سلام|درود|با سلام)[^.!?؟\n]{0,30}[،,]\s*)$/;
/** After it: its «،» (or a space) and then a Persian letter. */
const TAIL = /^(?:\s*[،,]\s*|\s+)(?=[\u0600-\u06ff])/;

export function candourRewritesFa(draft: string, list: Suggestion[]): Suggestion[] {
  let changed = false;
  const out = list.map((s) => {
    if (s.language !== 'fa' || s.kind !== 'advice' || s.packId !== GENERIC_PACK_ID || s.ruleId !== 'candour-opener') return s;
    const words = draft.slice(s.flagged.start, s.flagged.end);
    if (!OPENER.test(faFold(words).replace(/[\s\u200c]/g, ''))) return s;
    if (!HEAD.test(draft.slice(Math.max(0, s.flagged.start - 60), s.flagged.start))) return s;
    const tail = TAIL.exec(draft.slice(s.flagged.end, s.flagged.end + 8));
    if (!tail) return s;
    const end = s.flagged.end + tail[0].length;
    if (list.some((o) => o !== s && o.start < end && o.end > s.flagged.start)) return s;
    changed = true;
    return { ...s, kind: 'rewrite' as const, start: s.flagged.start, end, original: draft.slice(s.flagged.start, end), replacements: [''] };
  });
  return changed ? out : list;
}
