/**
 * A Persian refusal with its time fronted (guard.fa.ts calls this last, for each suggestion still on offer): «پیش از
 * وصول نظر کارشناس، پرداخت هیچ مبلغی میسر نیست», «پیش از تأیید مدارک، امکان فعال‌سازی حساب وجود ندارد», «تا ۸ صبح فردا
 * کاری از دستمون برنمیاد». The refusal rule matches the predicate only; the time phrase that opens its clause is what
 * makes it a time refusal (not now, not before X), so the suggestion's words widen back over it. The text between is
 * the agent's own and stays as written: the span widens and every replacement gets that text in front, so what Apply
 * writes is unchanged. Only refusals (cant-wont, until, dismissive's nothing-to-do), only a time phrase at the start of
 * the sentence or after a clause break, with no verb of its own before the refusal (then it is a clause: «قبل از اینکه
 * …», «تا وقتی مدارک نرسیده …» are left alone), and «تا» only before a time («تا فردا», «تا ۸ صبح», «تا پایان ماه»).
 */
import { analyzeFaWordWide } from '../nlp/index.ts';
import { faFold as fold, FA_CLAUSE_BREAK, faTokens } from './guard.fa.text.ts';
import type { PersianGuarded } from './guard.fa.ts';

const REFUSAL_CATEGORIES = new Set(['cant-wont', 'until', 'dismissive']);
/** «پیش از», «قبل از», «زودتر از»: not before. */
const BEFORE = /^(?:پیش|قبل|زودتر)$/;
/** After «تا», words that make it «until» a time. */
const UNTIL_TIME = /^(?:[0-9۰-۹]+|پایان|آخر|اول|ابتدای|اواسط|اواخر|اوایل|عید|نوروز|تعطیلات|بعد|زمان|روز|هفته|ماه|سال|ساعت|فردا|پسفردا|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه|تاریخ|موعد|صبح|ظهر|عصر|شب|امشب|امروز)$/;
/** A quick look before any tokens: the head holds «از» after «پیش/قبل/زودتر», or «تا». */
const TIME_HEAD = /(?:^|[\s\u200c،,])(?:(?:پیش|قبل|زودتر)[\s\u200c]+از|تا)[\s\u200c]/;
/** What makes a fronted phrase a clause rather than a time. */
const CLAUSE_WORDS = /^(?:اینکه|آنکه|وقتی|زمانیکه|که|این)$/;

export function widenOverFrontedTime<T extends PersianGuarded>(draft: string, s: T, sentenceStart: number, prevEnd: number): T {
  if (!REFUSAL_CATEGORIES.has(s.category) || s.kind === 'rewrite') return s;
  // The start of the clause that holds the suggestion, but a comma right after the time phrase does not start one.
  const head = draft.slice(sentenceStart, s.start);
  if (!TIME_HEAD.test(head)) return s;
  let from = sentenceStart;
  for (const m of head.matchAll(FA_CLAUSE_BREAK)) {
    const at = sentenceStart + (m.index ?? 0);
    // a break with a time phrase before it in its clause is the phrase's own comma: keep looking before it
    if (!timeFront(draft.slice(from, at))) from = at + m[0].length;
  }
  while (from < s.start && /[\s\u200c]/.test(draft[from])) from++;
  if (from >= s.start || from < prevEnd) return s;
  const front = draft.slice(from, s.start);
  const len = timeFront(front);
  if (!len) return s;
  // No verb in the words between the time phrase and the refusal: «تا مدارک رو نفرستین، نمیشه» is a condition.
  const toks = faTokens(front).filter((t) => t.word);
  if (toks.some((t) => finiteVerb(fold(t.norm)))) return s;
  const prefix = draft.slice(from, s.start);
  return { ...s, start: from, original: draft.slice(from, s.end), flagged: { start: from, end: s.flagged.end }, replacements: s.replacements.map((r) => prefix + r) };
}

/** The time phrase that opens `text` (as words), or 0: «پیش از X», «قبل از X», «زودتر از X», «تا <time> …». */
function timeFront(text: string): number {
  const w = faTokens(text)
    .filter((t) => t.word)
    .map((t) => fold(t.norm));
  if (w.length < 2) return 0;
  if (BEFORE.test(w[0]) && w[1] === 'از' && w[2] && !CLAUSE_WORDS.test(w[2])) return 1;
  if (w[0] === 'تا' && UNTIL_TIME.test(w[1]) && !CLAUSE_WORDS.test(w[2] ?? '')) return 1;
  return 0;
}

/** A verb form that makes a clause: with a prefix or a person ending, or a bare past that is no noun («شد», «بود»);
 * not the bare past stems that are nouns too («پرداخت», «رسید», «خرید»). */
function finiteVerb(w: string): boolean {
  const v = analyzeFaWordWide(w)?.verb;
  if (!v) return false;
  return v.progressive || v.negative || v.subjunctive || v.ending !== '' || /^(?:شد|بود|کرد|داد|رفت|آمد|اومد|گفت)$/.test(w);
}
