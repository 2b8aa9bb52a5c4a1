/**
 * Where a regret word («متأسفانه», "unfortunately") is the only courtesy left on bad news, and deleting it makes the
 * reply colder (the late13 blind reader, both languages; the same shapes in late10, late11 and late12 by other writers).
 *
 * Persian (read by guard.fa.ts's badNewsAfter / closesBadNews): words of bad news the lexicon lacked: a class or a
 * list that is full («ظرفیت … متأسفانه تکمیل شده است», «نوبت‌ها … تکمیل شده»), a deduction («مشمول کسر ۲۰ درصد»), a
 * parcel sent back («به انبار مبدأ عودت داده شد»), an outage («خاموشی … ادامه خواهد داشت»), stuck («تو ترافیک گیر
 * کرده»); «غیرقابل استرداد/انتقال/…» (not refundable, not transferable); and a regret word that closes its clause
 * before «ولی/اما» («پیکمون … گیر کرده متاسفانه ولی غذا تو راهه»).
 *
 * English (read by guard.ts): "Unfortunately" deleted from bare bad news (no offer, no alternative, no "but") in a reply
 * whose quoted customer mail reads frustrated (lib/tone's frustration cue): the reader takes the bare sentence as cold.
 * Elsewhere guides say drop it, and the deletion stays on offer.
 */
import { readCustomerTone } from '../tone/read.ts';
import { draftQuoteRanges } from '../text/quotes.ts';

/** Folded words of bad news, added to guard.fa.ts's BAD_WORDS. */
export const BAD_WORDS_ALT7: readonly string[] = 'تکمیل کسر عودت مرجوع خاموشی گیر'.split(' ');
/** «غیرقابل استرداد», «غیر قابل انتقال» (folded; ZWNJ or a space or nothing between). */
export const NOT_ABLE_ALT7 = /غیر[\s\u200c]?قابل/;
/** A regret word followed by «ولی/اما»: it closes the clause of news before it. */
export const BUT_NEXT_ALT7 = /^[\s\u200c]*(?:ولی|اما|ولي)(?=[\s\u200c،,]|$)/;

/** The customer's words quoted in the draft read frustrated (the tone reader's own cue), "> " marks dropped. */
export function quotedCustomerUpset(draft: string): boolean {
  const ranges = draftQuoteRanges(draft);
  if (!ranges.length) return false;
  const text = ranges.map(([a, b]) => draft.slice(a, b).replace(/^[ \t]*>[ \t]?/gm, '')).join('\n');
  return readCustomerTone(text).cues.some((c) => c.kind === 'frustrated');
}

/** Bad news left bare: no contrast, no offer, no alternative for the customer in the agent's own words. */
const OFFER =
  /\b(?:but|however|instead|alternatively|meanwhile|in the meantime|happy to)\b|\b(?:i|we)(?:['’]ve| have)\s+(?:just |already |now )?(?:added|booked|arranged|sent|issued|applied|credited|refunded|raised|set up|put|passed|escalated|asked|made|found|reserved|moved)\b|\b(?:i|we)(?:['’]ll| will| can| could| would be)\s+(?!only\b|not\b|never\b)\w+|\byou (?:can|could|may|are welcome to|['’]re welcome to)\s+(?!only\b|not\b)\w+|___/i;
export const offersSomething = (ownText: string): boolean => OFFER.test(ownText);
