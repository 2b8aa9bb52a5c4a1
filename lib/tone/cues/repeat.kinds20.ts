/**
 * Repeat contact, the twentieth session's kind, read off late18 and late19 (Persian) and written as look-alikes in both
 * languages (tests/unit/tone/repeat-kinds20.test.ts):
 *
 * - **back again, the earlier matter settled**: "Hi again, thanks for the help yesterday. Another quick one: …", «ببخشید
 *   باز مزاحم شدم 😅 دفعه قبل … جواب دادین مرسی. این بار یه سوال دیگه دارم», «باز مزاحم شدم، این دفعه آخره قول میدم»:
 *   the greeting "again" is manners, the customer is not waiting on anything. Only when every piece of evidence is that
 *   greeting (or the "last time / this time" it tells), the earlier contact is said answered or thanked (or the bother
 *   is joked about: «این دفعه آخره»), and nothing is chased ("still", "no reply", «هنوز», «جواب ندادین», «پیگیری»).
 *   "Sorry to bother you again, one more question: …" with nothing said of the earlier answer stays a repeat contact
 *   (tests/unit/tone/repeat-matrix16.test.ts), as does "Hi again, any update on my refund?".
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

const GATE = textGate(['again', 'مزاحم', 'دوباره', 'مجدد']);

/** Evidence that is only the greeting "again" or the earlier / this time it tells. */
const GREETING_EN = /^(?:(?:hi|hello|hey|hiya|me|it'?s me|(?:sorry (?:to|for) )?(?:bother|bothering|trouble|troubling|pester|pestering) you)\s+again|again|last time|this time)$/i;
const GREETING_FA = /^(?:(?:باز|دوباره|مجدد(?:ا|اً)?)\s*(?:من\s+)?مزاحم\S*(?:\s+(?:شدم|میشم|شدیم))?|سلام\s+(?:دوباره|مجدد)|دفعه\s+قبل|دفعه\s+پیش|این\s+(?:بار|دفعه)|باز|دوباره)$/;

/** The earlier contact said answered, helped or thanked. */
const SETTLED_EN = /\b(?:thanks?(?: you)? (?:so much |again )?for (?:the|your|all the) (?:help|answer|reply|advice|quick reply|quick answer)|you (?:sorted|fixed|answered|helped|solved|resolved)|(?:that|it|everything) (?:is|was|'s) (?:sorted|fixed|solved|resolved)|worked (?:perfectly|a treat|fine))\b/i;
const SETTLED_FA = /جواب\s*(?:دادین|دادید|دادی)|(?:راهنمایی|کمک)\s*(?:کردین|کردید|کردی)|(?:ممنون|مرسی|سپاس)\s+(?:از|بابت)\s+(?:راهنمایی|جواب|پاسخ|کمک)|(?:از|بابت)\s+(?:راهنمایی|جواب|پاسخ|کمک)\S*(?:\s+\S+)?\s+(?:ممنون|مرسی|سپاس|متشکر)|(?:حل|درست)\s+(?:شد|شده)\b|این\s+(?:دفعه|بار)\s+(?:آخره|آخرمه|آخریه)/;

/** Anything chased or still open. */
const CHASE_EN = /\b(?:still|yet|no (?:reply|answer|response|update)|haven'?t (?:heard|had|got|received)|any (?:update|news)|update on|chas\w*|follow(?:ing)?[ -]up|not (?:sorted|fixed|resolved)|didn'?t work|same (?:problem|issue))\b/i;
const CHASE_FA = /هنوز|جواب\s*(?:ندادین|ندادید|نگرفتم|نیومد)|خبری\s*(?:نشد|نیست)|پیگیری|منتظر|حل\s*نشد|درست\s*نشد|همون\s+مشکل|همین\s+مشکل/;

/** Whether every piece of repeat evidence is a greeting "again" about a settled earlier contact (see the file's head). */
export function settledAgain20(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (evidence.length === 0 || !opens(ctx.low, GATE)) return false;
  const text = ctx.doc.text;
  const greeting = ctx.fa ? GREETING_FA : GREETING_EN;
  for (const e of evidence) {
    const w = (e.text ?? text.slice(e.start - ctx.offset, e.end - ctx.offset)).trim().replace(/[\u200c]/g, ' ').replace(/\s+/g, ' ');
    if (!greeting.test(w)) return false;
  }
  if ((ctx.fa ? CHASE_FA : CHASE_EN).test(text)) return false;
  return (ctx.fa ? SETTLED_FA : SETTLED_EN).test(text.replace(/\u200c/g, ' '));
}
