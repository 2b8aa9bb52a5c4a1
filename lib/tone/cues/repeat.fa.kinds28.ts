/**
 * Repeat contact, session 28 (tonefa28), Persian: a reply above quoted correspondence, the kind most often missed over
 * late21-late27 (seen in six splits). Tried on scripts/tone-fa-kinds28-matrix.ts (REPEAT28_FA: positives and close
 * contrasts across trades), never on a development sentence's nouns. The tone reader reads the customer's latest words;
 * the quoted history below them (ctx.parts.quoted) is read here only to tell whose words it holds.
 *
 * - **the customer's own earlier message quoted below, the matter still open** («هنوز جوابی نیومده. > در تاریخ ۳ آبان،
 *   مینا نوشت: > … یک هفته است منتظرم»): a quoted line in the first person singular (a verb of the customer's, «اینجانب»,
 *   «بنده») is the customer writing before, and the new words keep the matter open (still, not solved, again). Not a calm
 *   update above the thread («ممنون، مشکل حل شد», «باشه، فهمیدم»: writers split on it, six fresh messages marked repeat and
 *   more than ten calm), nor a forwarded mail («Forwarded message», «فوروارد»), nor a quoted
 *   reply of the company's alone (its verbs are the second or third person, or «ما»).
 * - **the company's reply quoted, the matter not settled** («ممنون از پاسخ، ولی مشکلم حل نشد. > کاربر گرامی، لطفاً …»,
 *   «هنوز پولم برنگشته! > … طی ۷۲ ساعت بازگردانده می‌شود»): the customer answers the company's answer and says it did not
 *   work or has not happened (still, not solved, again). Not an answer to the company's question with what it asked for,
 *   nor thanks for a matter settled.
 */
import type { CueContext } from '../cue.ts';
import { readDoc } from '../layer.ts';
import type { Evidence } from '../types.ts';

const FORWARDED = /forwarded|فوروارد|هدایت\s*شده|پیام\s*ارسالی\s*از\s*طرف/i;
/** A header line of quoted history: «در تاریخ …، X نوشت:», "On … wrote:", "-----Original Message-----", «از: …», "From: …". */
const HEADER = /نوشت\s*:?\s*$|wrote\s*:?\s*$|^[>\s]*-{2,}\s*Original Message|^[>\s]*(?:از|From|To|به|Sent|ارسال|Subject|موضوع)\s*:/i;
/** The first person singular said in a word (not a verb): «اینجانب», «بنده», «منتظرم». */
const ME = /^(?:اینجانب|بنده|منتظرم|خستهام|شاکیام)$/;
/** The matter not settled, said in the new words: still, not solved, again, did not work. */
const OPEN = /هنوز|حل\s*نشد|درست\s*نشد|باز\s*هم|بازم|همچنان|کماکان|دوباره|مجدد|کار\s*نکرد|نمی\s*\u200c?(?:شود|شه)|برنگشت|نیومد|نیامد|نرسید/;
/** Thanks for a matter settled, with nothing open. */
const SETTLED = /(?:حل|درست|فعال|وصل|واریز|اوکی|برطرف)\s*(?:شد|گردید)(?![\u0600-\u06FF])|(?:رسید|برگشت)(?![\u0600-\u06FF])/;

/** Words that keep a matter open beside a success («رسید ولی هنوز …»). */
const STILL = /هنوز|ولی|اما|همچنان|باز\s*هم|بازم|کماکان/;

interface QLine {
  start: number;
  text: string;
}

function quotedLines(message: string, from: number, to: number): QLine[] {
  const out: QLine[] = [];
  let at = from;
  for (const raw of message.slice(from, to).split('\n')) {
    const m = /^[\s>\u200e\u200f]*/.exec(raw);
    const lead = m ? m[0].length : 0;
    const text = raw.slice(lead).trimEnd();
    if (text) out.push({ start: at + lead, text });
    at += raw.length + 1;
  }
  return out;
}

/** The first person singular in a quoted line: its span in the line, or null. */
function firstPerson(line: string): { start: number; end: number } | null {
  const t = readDoc(line).tokens;
  for (const x of t) {
    if (ME.test(x.key)) return { start: x.start, end: x.end };
    if (x.verb && !x.second && !x.third && /م$/.test(x.key) && !/یم$/.test(x.key)) return { start: x.start, end: x.end };
  }
  return null;
}

/** Session 28's Persian earlier contacts: a reply above quoted correspondence. */
export function faKinds28Finds(ctx: CueContext): Evidence[] {
  const q = ctx.parts.quoted;
  if (!ctx.fa || !q) return [];
  const body = ctx.message.slice(q.start, q.end);
  if (FORWARDED.test(body)) return [];
  // A calm update above the thread («ممنون، مشکل حل شد», «باشه، فهمیدم», «ممنون!»): writers split on it (six fresh messages
  // marked repeat, more than ten calm), and a false cue costs more than a miss. Only new words that keep the matter open
  // (still, not solved, again) make the thread a contact chased.
  const own = ctx.doc.text;
  const open = OPEN.exec(own);
  if (!open || (SETTLED.test(own) && !STILL.test(own))) return [];
  const lines = quotedLines(ctx.message, q.start, q.end);
  let header: QLine | null = null;
  for (const l of lines) {
    if (HEADER.test(l.text)) {
      header ??= l;
      continue;
    }
    const me = firstPerson(l.text);
    // The customer's own earlier words: shown as the quote's header (what says it was sent before), or the words themselves.
    if (me) {
      const h = header ?? l;
      const span = h === l ? { start: l.start + me.start, end: l.start + me.end } : { start: h.start, end: h.start + h.text.length };
      return [ctx.ev(span, 'tone.why.earlierContact', 0)];
    }
  }
  // The company's reply quoted: the new words say it is not settled.
  return [ctx.ev({ start: open.index, end: open.index + open[0].length }, 'tone.why.earlierContact')];
}
