/**
 * A chat transcript pasted into a reply without timestamps (nineteenth session; family matrix scripts/neutral19-matrix.ts,
 * kinds `en-quote-chat`, `fa-quote-chat`): lines that open with a speaker and a colon, two or more in a run, one of the
 * speakers the customer ("Customer: I can't log in\nAgent: I have reset it", "Visitor: …\nOperator: …", «مشتری: …\nپشتیبان:
 * …», «کاربر: …»). quotes.ts reads timestamped transcripts ("[10:02] Customer: …"); this reads the rest. Only the
 * customer's turns are quoted text (their label line and the unlabelled lines under it); the agent's own turns stay the
 * draft, and so does a single "Customer: …" line (a data line: "Customer: Sam Lee").
 */
import type { TextRange } from './quotes.ts';

/** An optional time, a speaker of at most four words (a role in brackets allowed), a colon and text. */
const TURN = /^[ \t]*(?:[[(]?[\d۰-۹]{1,2}[:：][\d۰-۹]{2}(?:[:：][\d۰-۹]{2})?(?:\s?[ap]\.?m\.?)?[\])]?\s*)?([^\s:：\n][^:：\n]{0,40}?)\s*[:：][ \t]+\S/i;
const CUSTOMER =
  /^(?:the )?(?:customer|client|visitor|user|guest|caller|member|patient|requester|requestor|buyer|tenant|passenger|student|end user|me|مشتری|کاربر|مهمان|بازدیدکننده|بازدید کننده|متقاضی|تماس ?گیرنده|مراجعه ?کننده|بیمار|مسافر|خریدار|مشترک|درخواست ?کننده)(?:\s*\([^)]{0,30}\))?$/i;

function speaker(line: string): string | null {
  const m = TURN.exec(line);
  if (!m) return null;
  const who = m[1].trim();
  if (who.split(/\s+/).length > 4 || /[.!?؟،,]/.test(who.replace(/\([^)]*\)/g, ''))) return null;
  return who.replace(/\u200c/g, ' ').replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
}

/** The customer's turns in every pasted transcript run of `text`. */
export function customerTurnRanges(text: string): TextRange[] {
  if (typeof text !== 'string' || !/[:：]/.test(text)) return [];
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const t of text.split('\n')) {
    lines.push({ start: at, end: at + t.length, text: t });
    at += t.length + 1;
  }
  const who = lines.map((l) => speaker(l.text));
  const out: TextRange[] = [];
  let i = 0;
  while (i < lines.length) {
    if (who[i] === null) {
      i++;
      continue;
    }
    // A run: labelled lines, the unlabelled lines under each, until a blank line after which no label follows.
    let j = i;
    const turns: number[] = [];
    while (j < lines.length) {
      if (who[j] !== null) turns.push(j);
      else if (lines[j].text.trim() === '') {
        let n = j;
        while (n < lines.length && lines[n].text.trim() === '') n++;
        if (n >= lines.length || who[n] === null) break;
      }
      j++;
    }
    const speakers = new Set(turns.map((t) => (who[t] as string).toLowerCase()));
    const customers = turns.filter((t) => CUSTOMER.test(who[t] as string));
    if (turns.length >= 2 && customers.length && (speakers.size >= 2 || customers.length >= 2)) {
      for (const t of customers) {
        let e = t;
        while (e + 1 < j && who[e + 1] === null && lines[e + 1].text.trim() !== '') e++;
        out.push([lines[t].start, lines[e].end]);
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * More words that say an inline quote is the customer's, just before it (read with quotes.ts's CUSTOMER_BEFORE_EN): "I
 * understand why you felt "…"", "you pointed out "…"", "you reported "…"", "you let us know "…"", "when you flagged "…"".
 * `before`: quotes.ts's folded text before the quote mark.
 */
export const CUSTOMER_BEFORE_EN19 =
  /\byou(?:'ve|’ve| have| had| must have| may have| might have)?\s+(?:felt|feel|were told|described|pointed out|let us know|let me know|flagged|raised|reported|shared|explained|noted|told the (?:team|driver|engineer|agent)|said to)(?:\s+(?:that|it|us|me|was|like))?[^.!?\n"“”«»]{0,30}$/;
