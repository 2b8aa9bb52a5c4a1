/**
 * Quoted mail in plain text: the line-level markers of quoted history ("> " lines, "On … wrote:",
 * "-----Original Message-----", Outlook's "From: … Sent: …" block, their Persian forms) and, for
 * the agent's draft, the ranges of text that are quoted rather than the agent's own words.
 *
 * One detector for both directions: parseMessage (message.ts) cuts quoted history off a
 * customer's message with these header rules, and quoteRanges finds quotes inside a reply so the
 * rewrite engine, the score and Apply all leave them alone; draftQuoteRanges adds the customer's
 * words quoted inline in the agent's own sentences (“…”, «…» after "you wrote", «نوشتید»). Pure; no DOM (rich editors add their
 * quote elements in lib/sites/editors/textmodel.ts).
 */
import { foldKey } from './normalize.ts';
import { isAscii } from './script.ts';

/** [start, end) offsets into a text, end exclusive. */
export type TextRange = [number, number];

export interface Line {
  start: number;
  /** Exclusive, before the line break. */
  end: number;
  text: string;
  /** Folded, trimmed text for matching (Arabic/Persian letter variants, case, RLM and embedding marks). */
  key: string;
}

export function splitLines(message: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  // Line breaks found with indexOf (no one-character string per character).
  for (;;) {
    const nl = message.indexOf('\n', start);
    const i = nl < 0 ? message.length : nl;
    let end = i;
    if (end > start && message.charCodeAt(end - 1) === 13) end--;
    const text = message.slice(start, end);
    out.push({ start, end, text, key: lineKey(text) });
    if (nl < 0) return out;
    start = i + 1;
  }
}

/** `foldKey(text)` from lib/text, with a fast path for ASCII text (where folding is lower-casing). */
export function fastKey(text: string): string {
  return isAscii(text) ? text.toLowerCase() : foldKey(text);
}

/** Gmail wraps Persian attribution lines in bidi embeddings (U+202B … U+202C); they are not text. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Matching key of a line: folded, without bidi controls, trimmed. */
function lineKey(text: string): string {
  // The bidi controls are not ASCII: an ASCII line has none to remove.
  if (isAscii(text)) return text.toLowerCase().trim();
  return foldKey(text).replace(BIDI_CONTROLS, '').trim();
}

export const blank = (l: Line) => l.key === '' || /^[\s\u200c]*$/.test(l.key);
export const isQuoteLine = (l: Line) => /^\s*>/.test(l.text);

// ---- Quote headers ---------------------------------------------------------------------------

const ORIGINAL = /^-{2,}\s*(?:original message|forwarded message|پیام اصلی|پیام ارسال ?شده)\s*-{2,}$/;
const FORWARD = /^(?:begin forwarded message:|-{3,}\s*forwarded message\s*-{3,})$/;
const FROM = /^(?:\*\s*)?(?:from|از|فرستنده)\s*:\s*\S/;
const FROM_FOLLOW = /^(?:\*\s*)?(?:sent|date|to|subject|cc|ارسال شده|ارسال|تاریخ|به|موضوع)\s*:/;

/**
 * A line that can continue a wrapped "On … wrote:" header: not blank and not itself quoted. Without this, a customer's
 * own sentence that starts "On Monday…" / «در تاریخ ۱۵ مهر…» was joined with the quoted header two lines below it
 * and read as the header, and the customer's words were lost.
 */
const wraps = (l: Line) => !blank(l) && !/^\s*>/.test(l.text);

/** The lines of a header that opens at i and ends with `end` within three wrapped lines ("On …\n… wrote:"), or 0. */
function wrappedHeader(lines: Line[], i: number, end: RegExp): number {
  let joined = lines[i].key;
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    if (j > i && !wraps(lines[j])) break;
    if (j > i) joined += ' ' + lines[j].key;
    if (end.test(joined) && joined.length < 320) return j - i + 1;
  }
  return 0;
}

/** Number of header lines starting at i (0 when line i does not start quoted history). */
export function quoteHeaderAt(lines: Line[], i: number): number {
  const k = lines[i].key;
  if (k === '') return 0;
  if (ORIGINAL.test(k) || FORWARD.test(k)) return 1;
  // Gmail: "On Mon, 1 Jan 2024 at 10:00, Sam <sam@x.com> wrote:" possibly wrapped over 2–3 lines;
  // Persian Gmail: "در تاریخ دوشنبه ۱ ژانویه … ‏<sam@x.com>‏ نوشت:". (When neither ends so, the one-line forms below still may.)
  const wrapped = /^on\s/.test(k) ? wrappedHeader(lines, i, /\bwrote\s*:$/) : /^در تاریخ\s/.test(k) ? wrappedHeader(lines, i, /نوشت\s*:$/) : 0;
  if (wrapped) return wrapped;
  // "Sam Smith <sam@x.com> wrote:" / "2024-01-01 10:00 GMT Sam <sam@x.com>:"; both forms end in a colon
  // (asked first: the expressions search the whole line, the Persian one from every digit and "@").
  const colon = k.charCodeAt(k.length - 1) === 58;
  if (colon && k.length < 240 && /wrote\s*:$/.test(k) && /(?:@|\d).{0,200}\bwrote\s*:$/.test(k)) return 1;
  // The same in Persian: «مریم احمدی در ۱۲ آبان نوشت:», «… <maryam@x.com> نوشت:» (a date or an address in the line).
  if (colon && k.length < 240 && /(?:@|[\d۰-۹]).{0,200}نوشت(?:ه(?: است)?|ند)?\s*:$/.test(k)) return 1;
  // A chat app's reply marker over the message answered: "↩️ در پاسخ به مریم:", "[In reply to Sam]", "Replying to Sam:".
  if (REPLY_MARKER.test(k) && i + 1 < lines.length && !blank(lines[i + 1])) return 1;
  // Outlook block: From: … followed (within 4 lines) by Sent:/Date:/To:/Subject:
  if (FROM.test(k)) {
    let n = 1;
    let follows = false;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (FROM_FOLLOW.test(lines[j].key)) {
        follows = true;
        n = j - i + 1;
      } else if (lines[j].key !== '' || follows) break;
    }
    if (follows) return n;
  }
  return 0;
}

const REPLY_MARKER = /^(?:(?:↩️|↪️|↩|↪)\s*(?:در پاسخ به|پاسخ به|in reply to|reply to|replying to)\s[^\n]{1,60}|\[(?:in reply to|replying to|در پاسخ به|پاسخ به)\s[^\]\n]{1,60}\])$/;

/** A separator line of underscores or dashes. */
const RULE_LINE = /^(?:_{5,}|-{5,})$/;

/** A short "Sam wrote:" / "سارا نوشت:" line: an attribution only when "> " lines follow it. */
const ATTRIBUTION = /(?:\bwrote|\bwrites|نوشت|نوشته(?: است)?|نوشته‌اند|نوشتند)\s*:$/;

function attributionAt(lines: Line[], i: number): number {
  const k = lines[i].key;
  if (k.length === 0 || k.length > 200 || !ATTRIBUTION.test(k)) return 0;
  let j = i + 1;
  while (j < lines.length && blank(lines[j])) j++;
  return j < lines.length && isQuoteLine(lines[j]) ? 1 : 0;
}

// ---- Quotes inside a reply ---------------------------------------------------------------------

/**
 * The quoted parts of a reply the agent is writing, sorted, not overlapping:
 * - a run of "> " lines (nested ">> " too; blank lines inside the run belong to it), with the
 *   header or "… wrote:" line right above it;
 * - a header that is not followed by "> " lines (Outlook's "From:/Sent:" block, "-----Original
 *   Message-----", Gmail's "On … wrote:" over an unmarked copy): everything from it to the end.
 * Text between quoted runs (an inline answer) and after a "> " run stays the agent's own.
 */
export function quoteRanges(text: string): TextRange[] {
  if (typeof text !== 'string' || text === '') return [];
  const lines = splitLines(text);
  const out: TextRange[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = quoteHeaderAt(lines, i) || attributionAt(lines, i);
    if (header === 0 && !isQuoteLine(lines[i])) {
      i++;
      continue;
    }
    // Outlook draws a rule ("_____") right above its From: block: it belongs to the quote.
    const from = header > 0 && i > 0 && RULE_LINE.test(lines[i - 1].key) ? lines[i - 1].start : lines[i].start;
    let k = i + header;
    while (header > 0 && k < lines.length && blank(lines[k])) k++;
    if (header > 0 && (k >= lines.length || !isQuoteLine(lines[k]))) {
      out.push([from, text.length]);
      break;
    }
    let end = k;
    for (let m = k; m < lines.length; m++) {
      if (isQuoteLine(lines[m])) end = m + 1;
      else if (!blank(lines[m])) break;
    }
    out.push([from, lines[end - 1].end]);
    i = end;
  }
  return out;
}

// ---- Inline quotes of the customer inside the agent's sentence ---------------------------------

/** Quoted text in one line: “…”, "…", «…», at most 300 characters. */
const INLINE_QUOTE = /“([^“”\n]{1,300})”|"([^"\n]{1,300})"|«([^«»\n]{1,300})»|„([^„“”\n]{1,300})[“”]/g;

/**
 * Words that say the quote is the customer's, just before it: "you wrote", "you said", "your
 * email says", "in your words"; «نوشتید», «گفته بودید», «به قول شما», «در پیامتون», and the formal
 * «پیام جنابعالی مبنی بر اینکه», «مرقوم فرموده‌اید», «اظهار داشتید». Read on the folded
 * text (ZWNJ as a space), up to 40 characters of the same sentence between them and the quote.
 */
const CUSTOMER_BEFORE_EN =
  /(?:\byou(?:'ve|’ve| have)?\s+(?:just\s+)?(?:wrote|write|said|say|mentioned|mention|asked|ask|told (?:us|me)|put it|described it|called it|noted|stated|commented|replied|typed|posted|complained)|\byour (?:message|email|e-mail|mail|note|ticket|review|comment|words|question|reply|chat|complaint|feedback|subject line)(?:\s+(?:said|says|read|reads|was|mentioned|stated))?|\bin your (?:own )?words|\bquoting you|\baccording to you)[^.!?\n"“”«»]{0,40}$/;
const CUSTOMER_BEFORE_FA =
  /(?:نوشتید|نوشتین|نوشتی|نوشته بودید|نوشته بودین|نوشته اید|گفتید|گفتین|گفتی|گفته بودید|گفته بودین|گفته اید|فرمودید|فرموده بودید|فرموده اید|پرسیدید|پرسیدین|پرسیده بودید|اشاره کردید|اشاره کردین|به قول شما|به قول خودتون|به قول خودتان|به گفته شما|به گفته ی شما|پیامتون|پیامتان|پیام شما|ایمیلتون|ایمیلتان|ایمیل شما|پیغامتون|پیغام شما|(?:پیام|ایمیل|نامه|پیغام|شکایت|درخواست) (?:جنابعالی|حضرتعالی|سرکار(?:عالی)?)|نامه شما|نامه تون|شکایت(?:تون|تان| شما)|مبنی بر این ?که|اظهار (?:داشتید|داشته اید|داشته بودید|کردید|کرده اید|فرمودید|فرموده اید)|مرقوم (?:فرمودید|فرموده اید|فرموده بودید)|ذکر (?:کردید|کرده اید|فرمودید|فرموده اید))[^.!?؟\n"“”«»]{0,40}$/;
/** …or just after it: `"…", you wrote`, «… را نوشتید», «…» رو گفتین. */
const CUSTOMER_AFTER_EN = /^[\s,.:;]*(?:as\s+)?you(?:'ve| have)?\s+(?:just\s+)?(?:wrote|said|mentioned|put it|asked|told (?:us|me)|say|write)\b/;
const CUSTOMER_AFTER_FA = /^[\s،,:]*(?:را|رو)?\s*(?:که\s+)?(?:نوشتید|نوشتین|نوشتی|نوشته بودید|نوشته بودین|نوشته اید|گفتید|گفتین|گفتی|گفته بودید|گفته بودین|گفته اید|فرمودید|فرموده بودید|فرموده اید|پرسیدید|پرسیدین|مرقوم (?:فرمودید|فرموده اید|فرموده بودید)|اظهار (?:داشتید|داشته اید|فرمودید|کردید)|ذکر (?:کردید|کرده اید|فرمودید|فرموده اید))/;
/**
 * The customer speaking in the first person inside the quote, in a clause of three words or more:
 * "I can't log in", «پولم رو پس نمیدید». Labels the agent points at ("click “I forgot my password”")
 * are not the customer's words, so a quote right after such a word does not count.
 */
const FIRST_PERSON_EN = /\b(?:i|i'm|i’m|im|i've|i’ve|ive|i'll|i’ll|my|me|mine)\b/;
const UI_LABEL_BEFORE = /(?:\b(?:click|clicking|tap|tapping|press|select|choose|pick|button|option|link|tab|menu|field|labell?ed|titled|named|called|says|shows|reads)|(?:روی|گزینه|دکمه|منوی|بخش|عنوان))\s*$/;

/** «من», or a present verb of the first person singular (می‌تونم, نمیدونم, نمی تونم); not «ـیم» (we). */
const FIRST_PERSON_FA = /(?:^|[^\u0600-\u06ff\u200c])(?:من|ن?م[یي][\u200c ]?[\u0600-\u06ff]*(?![یي])[\u0600-\u06ff]م)(?=$|[^\u0600-\u06ff\u200c])/;

/**
 * Quotes of the customer's own words inside the agent's sentences, quote marks included:
 * «نوشته بودید «نمی‌تونم وارد بشم»؛ …», 'You wrote “this is unacceptable”, and I understand.'
 * A quote counts only with a sign that the words are the customer's: a reporting phrase right
 * before or after it (you wrote, you said, your email says; نوشتید، گفتید، به قول شما), or the
 * customer's first person inside it (three words or more, not a button or menu label). The agent's
 * own scare quotes and product names ("our “Plus” plan", «طرح «طلایی»») stay the agent's.
 */
export function inlineQuoteRanges(text: string): TextRange[] {
  if (typeof text !== 'string' || text.length === 0 || !/[“"«„]/.test(text)) return [];
  const out: TextRange[] = [];
  for (const m of text.matchAll(INLINE_QUOTE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (!/[\p{L}\p{N}]/u.test(inner)) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = fastKey(text.slice(Math.max(lineStart, start - 80), start)).replace(/\u200c/g, ' ').replace(/[’]/g, "'");
    const lineEnd = text.indexOf('\n', end);
    const after = fastKey(text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 40))).replace(/\u200c/g, ' ');
    const words = inner.trim().split(/\s+/).length;
    const reported = CUSTOMER_BEFORE_EN.test(before) || CUSTOMER_BEFORE_FA.test(before) || CUSTOMER_AFTER_EN.test(after) || CUSTOMER_AFTER_FA.test(after);
    const firstPerson = words >= 3 && !UI_LABEL_BEFORE.test(before.trimEnd()) && (FIRST_PERSON_EN.test(fastKey(inner).replace(/’/g, "'")) || FIRST_PERSON_FA.test(inner));
    if (reported || firstPerson) out.push([start, end]);
  }
  return out;
}

/**
 * Everything in an agent's draft that is not the agent's own words: quoted mail (quoteRanges) and
 * the customer's words quoted inline (inlineQuoteRanges). What the panel, the score and Apply all
 * leave alone.
 */
export function draftQuoteRanges(text: string): TextRange[] {
  const inline = inlineQuoteRanges(text);
  const mail = quoteRanges(text);
  return inline.length ? mergeRanges([...mail, ...inline]) : mail;
}

// ---- Range helpers -----------------------------------------------------------------------------

/** Sorted, merged copies of `ranges` (touching ranges join), empty ones dropped. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter(([a, b]) => b > a).map(([a, b]): TextRange => [a, b]).sort((x, y) => x[0] - y[0]);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** True when [start, end) shares a character with one of `ranges` (an empty span: lies inside one). */
export function overlapsAny(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [a, b] of ranges) {
    if (end > start ? a < end && start < b : a <= start && start < b) return true;
  }
  return false;
}
