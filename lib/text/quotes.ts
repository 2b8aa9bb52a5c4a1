/**
 * Quoted mail in plain text: the line-level markers of quoted history ("> " lines, "On … wrote:",
 * "-----Original Message-----", Outlook's "From: … Sent: …" block, their Persian forms, helpdesk
 * reply lines "##- Please type your reply above this line -##", ticket history "Customer wrote on
 * …:", "Quoting …:", framed history labels, pasted chat transcripts "[10:02] Customer: …") and, for
 * the agent's draft, the ranges of text that are quoted rather than the agent's own words.
 *
 * One detector for both directions: parseMessage (message.ts) cuts quoted history off a
 * customer's message with these header rules, and quoteRanges finds quotes inside a reply so the
 * rewrite engine, the score and Apply all leave them alone; draftQuoteRanges adds the customer's
 * words quoted inline in the agent's own sentences (“…”, «…» after "you wrote", «نوشتید»). Pure; no DOM (rich editors add their
 * quote elements in lib/sites/editors/textmodel.ts).
 */
import { foldKey } from './normalize.ts';
import { isAsciiText } from './script.ts';
import { CUSTOMER_BEFORE_EN19, customerTurnRanges } from './transcript19.ts';

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
  return isAsciiText(text) ? text.toLowerCase() : foldKey(text);
}

/** Gmail wraps Persian attribution lines in bidi embeddings (U+202B … U+202C); they are not text. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Matching key of a line: folded, without bidi controls, trimmed. */
function lineKey(text: string): string {
  // The bidi controls are not ASCII: an ASCII line has none to remove.
  if (isAsciiText(text)) return text.toLowerCase().trim();
  return foldKey(text).replace(BIDI_CONTROLS, '').trim();
}

export const blank = (l: Line) => l.key === '' || /^[\s\u200c]*$/.test(l.key);
/**
 * A line of a chat transcript pasted into a mail: a bracketed time, a speaker of at most four words
 * and a colon ("[10:02] Customer: …", "[10:02:13] Ana (Support): …", «[۱۰:۰۲] مشتری: …»). Earlier
 * conversation, read like a "> " line.
 */
const TRANSCRIPT_LINE = /^\s*[[(](?:[\d۰-۹]{1,4}[/.-][\d۰-۹]{1,2}[/.-][\d۰-۹]{1,4}[,،]\s?)?[\d۰-۹]{1,2}:[\d۰-۹]{2}(?::[\d۰-۹]{2})?(?:\s?[ap]\.?m\.?)?(?:[,،]\s?[\d۰-۹]{1,4}[/.-][\d۰-۹]{1,2}[/.-][\d۰-۹]{1,4})?[\])]\s*[^\s:\])][^:\n\]]{0,40}:(?:\s|$)/i;
/** (rwfap25) Persian mail clients put a bidi mark (RLM, RLE, …) before the ">" of a quoted line: «\u200f> …». */
export const isQuoteLine = (l: Line) => /^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*>/.test(l.text);
const isTranscriptLine = (l: Line) => /^\s*[[(][\d۰-۹]/.test(l.text) && TRANSCRIPT_LINE.test(l.text) && speakerWords(l.text) <= 4;
/**
 * Line i is quoted: a "> " line, or a transcript line next to another one (a single "(10:00)
 * Engineer visit: …" line is the agent's schedule, two or more in a row are a pasted chat).
 */
export function quoteLineAt(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (isQuoteLine(l)) return true;
  if (!isTranscriptLine(l)) return false;
  return (i > 0 && isTranscriptLine(lines[i - 1])) || (i + 1 < lines.length && isTranscriptLine(lines[i + 1]));
}
function speakerWords(text: string): number {
  const close = text.search(/[\])]/);
  const colon = text.indexOf(':', close);
  return text.slice(close + 1, colon).trim().split(/\s+/).length;
}

// ---- Quote headers ---------------------------------------------------------------------------

const ORIGINAL = /^[-–—_=]{2,}\s*(?:original message|forwarded message|پیام اصلی|پیام ارسال ?شده|پیام بازارسال ?شده|پیام باز ?ارسال ?شده)\s*[-–—_=]{2,}$/;
/**
 * Any short label framed by dashes that names a message: "-------- Forwarded Message --------",
 * «---------- پیام بازارسال شده ---------», «----- نامه اصلی -----».
 */
const FRAMED_MESSAGE = /^[-–—]{2,} ?[^-–—\n]{0,40}(?:message|mail|پیام|نامه|ایمیل)[^-–—\n]{0,40}[-–—]{2,}$/;
/**
 * A helpdesk's framed history label: "=== Conversation history ===", "---- Previous messages ----",
 * «----- تاریخچه گفتگو -----». The agent's "--- Order history ---" names something else and stays.
 */
const FRAMED_HISTORY = /^[-=#*]{2,} ?(?:(?:conversation|ticket|message|mail|email|chat) history|previous (?:messages|conversation|replies|emails)|earlier messages|تاریخچه (?:گفتگو|مکالمه|تیکت|درخواست|پیام ها)|پیام های (?:قبلی|پیشین)|سابقه (?:گفتگو|مکالمه|تیکت)) ?[-=#*]{2,}$/;
/**
 * A helpdesk's reply line over the ticket's history: "##- Please type your reply above this line -##",
 * "--- Reply above this line ---", «-- لطفاً پاسخ خود را بالای این خط بنویسید --». The line holds
 * nothing else (a sentence of the reply that mentions a line goes on).
 */
const REPLY_ABOVE_EN = /^[#=*_\-–—\s]*(?:(?:please\s+)?(?:(?:type|write|enter|add|put)\s+(?:your\s+)?(?:reply|response|answer|message|comment)|reply|respond|write)\s+above this line(?: to [a-z ]{1,40})?|(?:please\s+)?(?:do not|don't)\s+(?:write|reply|type|respond)\s+below this line)[\s.!]*[#=*_\-–—\s]*$/;
const REPLY_ABOVE_FA = /^[#=*_\-–—\s]*(?:لطفا\s+|لطفاً\s+)?[^#=*_\-–—\n]{0,40}(?:بالای|زیر) (?:این|همین) خط(?: [^#=*_\-–—\n]{0,30})?[\s.!]*[#=*_\-–—\s]*$/;
/**
 * A ticket history entry or a client's dated attribution that ends in a colon, not in "wrote:":
 * "Customer wrote on 3 Dec 2026, 14:02:", "Sam Lee <sam@x.com> wrote on Thu, 3 Dec 2026 14:02:".
 * The writer before the verb is a name (no "I"/"we"/"as": "As I wrote on Monday:" is the agent's).
 */
const WROTE_ON = /^([^:]{1,80}?)\s(?:wrote|replied|commented|posted|said) (?:on|at) [^\n]{1,120}:$/;
const FOREIGN_WROTE = /(?:\bschrieb(?: [^\n:]{1,100})?|\ba [ée]crit|\bescribi[óo]|\bha scritto|\bescreveu|\bschreef|\bskrev|\bnapisa[łl]|\byazd[ıi]|написал[аи]?)\s*:$/;
/** "Quoting our terms (section 4.2):" quotes a document, not a person. */
const QUOTING_TEXT = /^(?:quoting|quote from|quoted from|نقل قول از|به نقل از)\s+(?:our|the|your|this|a|an|section|policy|clause|article|قوانین|قانون|بند|ماده|سایت|شرایط|متن)(?![\p{L}])/u;
/** A role a helpdesk prints for the writer of a history entry. */
const HISTORY_ROLE = /^(?:the )?(?:customer|client|requester|requestor|visitor|user|end user|guest|member|agent|support|support team)$/;
/**
 * The writer of "… wrote on <date>:" is a person: an address, a helpdesk role, or one to five
 * capitalised words in the original line ("Sam Lee", not "The courier").
 */
function writerNamed(prefixKey: string, original: string): boolean {
  if (/[@<]/.test(prefixKey) || HISTORY_ROLE.test(prefixKey.trim())) return true;
  const words = original.trim().slice(0, prefixKey.trim().length).split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\u0600-\u06ff]/u.test(w));
}
const WROTE_ON_SELF = /^(?:as|i|we)\b|\b(?:i|we|our|my)\b/;
/** "Quoting Sam Lee <sam@x.com>:" (webmail), «نقل قول از سارا احمدی:», «به نقل از سارا (۱۳ آذر):». */
const QUOTING = /^(?:quoting|quote from|quoted from|نقل قول از|به نقل از)\s[^\n]{1,120}:$/;
const FORWARD = /^(?:begin forwarded message:|-{3,}\s*forwarded message\s*-{3,})$/;
const FROM = /^(?:\*\s*)?(?:from|از|از طرف|فرستنده)\s*:\s*\S/;
const FROM_FOLLOW = /^(?:\*\s*)?(?:sent|date|to|subject|cc|bcc|reply-to|ارسال شده|ارسال شد|فرستاده شده|فرستاده شد|تاریخ ارسال|ارسال|تاریخ|به|موضوع|رونوشت|گیرنده)\s*:/;
/** Fields only a mail header has (a list in a reply may have "To:" and "Date:"). */
const MAIL_ONLY_FIELD = /^(?:\*\s*)?(?:sent|subject|cc|bcc|reply-to|ارسال شده|ارسال شد|فرستاده شده|موضوع|رونوشت)\s*:/;

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
  // The four framed forms open with one of - = # * or the "b" of "begin forwarded message:" (no copy of the line otherwise).
  const c0 = k.charCodeAt(0);
  if ((c0 === 45 || c0 === 61 || c0 === 35 || c0 === 42 || c0 === 98 || c0 === 0x2013 || c0 === 0x2014 || c0 === 95) && (ORIGINAL.test(k) || FORWARD.test(k) || FRAMED_MESSAGE.test(k) || FRAMED_HISTORY.test(k.replace(/\u200c/g, ' ')))) return 1;
  // Every "above this line" form holds "this line" (English) or «این خط» / «همین خط» (Persian).
  if (k.length <= 100 && ((k.includes('this line') && REPLY_ABOVE_EN.test(k)) || (k.includes('ین خط') && REPLY_ABOVE_FA.test(k) && /پاسخ|جواب|بنویسید|ننویسید|تایپ/.test(k)))) return 1;
  // Gmail: "On Mon, 1 Jan 2024 at 10:00, Sam <sam@x.com> wrote:" possibly wrapped over 2–3 lines;
  // Persian Gmail: "در تاریخ دوشنبه ۱ ژانویه … ‏<sam@x.com>‏ نوشت:". (When neither ends so, the one-line forms below still may.)
  const wrapped = /^on\s/.test(k) ? wrappedHeader(lines, i, /\bwrote\s*:$/) : /^در تاریخ\s/.test(k) ? wrappedHeader(lines, i, /نوشت\s*:$/) : 0;
  if (wrapped) return wrapped;
  // "Sam Smith <sam@x.com> wrote:" / "2024-01-01 10:00 GMT Sam <sam@x.com>:"; both forms end in a colon
  // (asked first: the expressions search the whole line, the Persian one from every digit and "@").
  const colon = k.charCodeAt(k.length - 1) === 58;
  if (colon && k.length < 240 && /wrote\s*:$/.test(k) && /(?:@|\d).{0,200}\bwrote\s*:$/.test(k)) return 1;
  // The same line from a mail client in another language (a customer's German or Spanish Gmail):
  // "Am Do., 3. Dez. 2026 um 14:02 Uhr schrieb Sam <sam@x.com>:", "… a écrit :", "… escribió:".
  // FOREIGN_WROTE ends in a colon: asked only of a line that does.
  if (colon && k.length < 240 && FOREIGN_WROTE.test(k) && /@/.test(k) && /\d/.test(k)) return 1;
  // "Customer wrote on 3 Dec 2026, 14:02:" / "Sam Lee <sam@x.com> wrote on Thu, 3 Dec 2026 14:02:"
  if (colon && k.length < 240 && /\d/.test(k)) {
    const m = WROTE_ON.exec(k);
    if (m && !WROTE_ON_SELF.test(m[1]) && writerNamed(m[1], lines[i].text)) return 1;
  }
  // "Quoting Sam <sam@x.com>:" / «نقل قول از سارا (۱۳ آذر):» with an address or a date: over an unmarked copy too.
  if (k.length < 200 && QUOTING.test(k) && /@|[\d۰-۹]{4}|[\d۰-۹]{1,2}:[\d۰-۹]{2}/.test(k) && !QUOTING_TEXT.test(k)) return 1;
  // The same in Persian: «مریم احمدی در ۱۲ آبان نوشت:», «… <maryam@x.com> نوشت:» (a date or an address in the line).
  if (colon && k.length < 240 && /(?:@|[\d۰-۹]).{0,200}نوشت(?:ه(?: است)?|ند)?\s*:$/.test(k)) return 1;
  // A chat app's reply marker over the message answered: "↩️ در پاسخ به مریم:", "[In reply to Sam]", "Replying to Sam:".
  if (REPLY_MARKER.test(k) && i + 1 < lines.length && !blank(lines[i + 1])) return 1;
  // A helpdesk history entry: "Sam Lee (Customer)" over its date.
  const entry = historyEntryAt(lines, i);
  if (entry) return entry;
  // Outlook block: From: … followed (within 4 lines) by Sent:/Date:/To:/Subject:
  if (FROM.test(k)) {
    let n = 1;
    let follows = false;
    let headerLine = false;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (FROM_FOLLOW.test(lines[j].key)) {
        follows = true;
        if (MAIL_ONLY_FIELD.test(lines[j].key)) headerLine = true;
        n = j - i + 1;
      } else if (lines[j].key !== '' || follows) break;
    }
    // "From: the warehouse\nTo: your address\nDate: Friday" is a list in the reply: a mail header
    // has an address on its From: line or a Sent:/Subject: line.
    if (follows && (/[@<]|\[mailto:/.test(k) || headerLine)) return n;
  }
  return 0;
}

/**
 * A helpdesk's history entry: the writer with a role in brackets, then the date on the next line ("Sam Lee (Customer)\n3
 * Dec 2026, 14:02", «سارا احمدی (مشتری)\n۱۲ آذر ۱۴۰۵، ۱۴:۰۲»).
 */
const HISTORY_WRITER = /^[^()\n:]{1,60} \((?:customer|client|requester|requestor|end user|visitor|guest|مشتری|کاربر|درخواست ?کننده|متقاضی)\)$/;
const HISTORY_DATE = /^[^\n]{0,40}(?:[\d۰-۹]{1,2}:[\d۰-۹]{2}|[\d۰-۹]{1,4}[/.-][\d۰-۹]{1,2}[/.-][\d۰-۹]{1,4}|\b[\d]{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* [\d]{4}|[۰-۹\d]{1,2} (?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند))[^\n]{0,40}$/;
function historyEntryAt(lines: Line[], i: number): number {
  const k = lines[i].key;
  if (k.length > 80 || !k.endsWith(')') || !HISTORY_WRITER.test(k)) return 0;
  return i + 1 < lines.length && HISTORY_DATE.test(lines[i + 1].key) ? 2 : 0;
}

const REPLY_MARKER = /^(?:(?:↩️|↪️|↩|↪)\s*(?:در پاسخ به|پاسخ به|in reply to|reply to|replying to)\s[^\n]{1,60}|\[(?:in reply to|replying to|در پاسخ به|پاسخ به)\s[^\]\n]{1,60}\])$/;

/** A separator line of underscores or dashes. */
const RULE_LINE = /^(?:_{5,}|-{5,})$/;

/** A short "Sam wrote:" / "سارا نوشت:" line: an attribution only when "> " lines follow it. */
const ATTRIBUTION = /(?:\bwrote|\bwrites|نوشت|نوشته(?: است)?|نوشته‌اند|نوشتند)\s*:$|^(?:quoting|quote from|quoted from|نقل قول از|به نقل از)\s[^\n]{1,120}:$/;

/**
 * (wrongfa30) The customer's words introduced in the second person, over "> " lines: «در تاریخ ۲۰ آبان، جناب‌عالی مرقوم
 * فرمودید:», «شما نوشته بودید:», «فرموده بودید:». Only an attribution when "> " lines follow (attributionAt).
 */
const ATTRIBUTION_YOU_FA = /(?:^|[ ،,])(?:(?:شما|جنابعالی|جناب عالی|حضرتعالی|سرکار عالی|سرکارعالی) )?(?:مرقوم )?(?:نوشتید|نوشتین|نوشته بودید|نوشته بودین|نوشته اید|فرمودید|فرمودین|فرموده بودید|فرموده اید|گفتید|گفته بودید)\s*:$/;

function attributionAt(lines: Line[], i: number): number {
  const k = lines[i].key;
  if (k.length === 0 || k.length > 200 || !(ATTRIBUTION.test(k) || ATTRIBUTION_YOU_FA.test(k.replace(/\u200c/g, ' ')))) return 0;
  let j = i + 1;
  while (j < lines.length && blank(lines[j])) j++;
  return j < lines.length && quoteLineAt(lines, j) ? 1 : 0;
}

/**
 * "You wrote:" / «نوشته بودید:» alone on a line over the customer's words copied without "> " marks:
 * the paragraph under it is the customer's when it speaks in the first person singular ("I can't
 * log in", «نمی‌تونم وارد بشم»). "As you asked:\nWe've moved it to Friday." is the agent's own.
 */
const TOLD_EN = /^(?:(?:(?:in your (?:e-?mail|message|ticket|note|review|chat)|earlier|yesterday|today|last week|on [a-z]+day)[, ]+)?you(?:'ve|’ve| have)? (?:wrote|said|mentioned|told us|told me|asked|put it)|(?:the )?(?:customer|client|requester)(?:'s|’s)? (?:original )?(?:message|e-?mail|request|complaint|reply)|(?:original|previous|earlier) (?:message|e-?mail)(?: from [^:\n]{1,50})?|your (?:original |earlier |previous )?(?:message|e-?mail))\s*:$/;
const TOLD_FA = /^(?:(?:(?:در (?:پیام|ایمیل|نامه)(?:تان|تون| خود| شما)?|قبلا|قبلاً|دیروز|امروز)[،, ]+)?(?:شما )?(?:نوشتید|نوشتین|نوشته بودید|نوشته بودین|نوشته اید|گفتید|گفتین|گفته بودید|فرمودید|فرموده بودید|فرموده اید|مرقوم فرموده(?: بودید| اید)?)|(?:متن )?(?:پیام|ایمیل|شکایت|نامه)(?: ?ی)?(?: اصلی| قبلی| ارسالی| دریافتی| وارده)?(?: (?:مشتری|شما|جنابعالی|سرکار عالی)| ?(?:تان|تون))?(?: از [^:\n]{1,40})?(?: ?\([^()\n]{1,30}\))?)\s*:$/;
/**
 * (rwfap25) A Persian attribution with no date, alone on its line: «سارا احمدی نوشت:», «مشتری نوشته بود:», «آقای
 * رضایی فرموده‌اند:» (one to four words before the verb, no «ما» / «من»: «در پیام قبلی نوشتم:» is the agent's own).
 * Someone else's words follow, in whatever person they speak. A colleague, a unit or the system writing for the customer
 * («همکارم برای شما نوشت:») is the company's side: still this reply's words.
 */
const TOLD_FA_NAMED = /^(?!(?:ما|من|بنده|همانطور|همان طور|همونطور|همون طور|چنانکه)\s)(?![^:\n]*(?:^| )(?:همکار|همکارم|همکارمون|همکارمان|همکاران|کارشناس|واحد|تیم|پشتیبانی|مدیر|مدیریت|بخش|سیستم|سامانه|شرکت|برای|به شما)(?= |$))[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,3} (?:نوشت|نوشته بود|نوشته است|نوشته اند|نوشتند|فرموده اند|فرموده بودند|فرمودند|گفته بود|گفته اند|گفتند)\s*:$/;
/** (rwfap25) A helpdesk's history head with no verb: «مشتری (۱۲ آذر ۱۴۰۳، ۱۴:۰۲):», «کاربر (دیروز):». */
const ROLE_HEAD_FA = /^(?:مشتری|کاربر|متقاضی|درخواست ?کننده) ?\([^()\n]{1,40}\)\s*:$/;
/** At most this many lines under "You wrote:" are the copied words. */
const MAX_TOLD_LINES = 8;

function toldQuoteAt(lines: Line[], i: number): number {
  const k = lines[i].key;
  if (k.length === 0 || k.length > 60) return 0;
  const faKey = TOLD_EN.test(k) ? '' : k.replace(/\u200c/g, ' ');
  const told = faKey !== '' && TOLD_FA.test(faKey);
  // «پیام مشتری:» names the customer as the writer (a greeting «مشتری گرامی:» is no message label, TOLD_FA has none).
  const named = faKey !== '' && (TOLD_FA_NAMED.test(faKey) || ROLE_HEAD_FA.test(faKey) || (told && /(?:^| )(?:مشتری|کاربر|متقاضی)(?: |:|$)/.test(faKey)));
  const fa = named || told;
  if (faKey !== '' && !fa) return 0;
  let j = i + 1;
  if (j < lines.length && blank(lines[j])) j++;
  if (j >= lines.length || blank(lines[j]) || quoteLineAt(lines, j)) return 0;
  let p = j;
  while (p + 1 < lines.length && p + 1 - j < MAX_TOLD_LINES && !blank(lines[p + 1]) && !quoteLineAt(lines, p + 1)) p++;
  // (rwfap25) Copied words that open with a quote mark end where it closes: the agent's line right under them is the reply.
  const open = /^[\s\u200e\u200f]*([«"“])/.exec(lines[j].text);
  if (open) {
    const close = open[1] === '«' ? '»' : open[1] === '“' ? '”' : '"';
    for (let q = j; q <= p; q++) {
      const from = q === j ? lines[q].text.indexOf(open[1]) + 1 : 0;
      if (lines[q].text.indexOf(close, from) >= 0) {
        p = q;
        break;
      }
    }
  }
  const words = lines.slice(j, p + 1).map((l) => l.key).join(' ').slice(0, 300).replace(/’/g, "'");
  // (rwfap25) Under a Persian label the customer's complaint also shows by a question or an exclamation
  // («پیام شما:\nهیچ‌کس پاسخگو نیست و سفارش هنوز نرسیده!»); the agent's own line under it («دریافت شد.») has neither.
  return FIRST_PERSON_EN.test(words) || FIRST_PERSON_FA.test(words) || (fa && /[!؟?]|^[«"“]/.test(words)) || named ? p - i + 1 : 0;
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
    const told = header === 0 && !quoteLineAt(lines, i) ? toldQuoteAt(lines, i) : 0;
    if (told > 0) {
      out.push([lines[i].start, lines[i + told - 1].end]);
      i += told;
      continue;
    }
    if (header === 0 && !quoteLineAt(lines, i)) {
      i++;
      continue;
    }
    // Outlook draws a rule ("_____") right above its From: block: it belongs to the quote.
    const from = header > 0 && i > 0 && RULE_LINE.test(lines[i - 1].key) ? lines[i - 1].start : lines[i].start;
    let k = i + header;
    while (header > 0 && k < lines.length && blank(lines[k])) k++;
    if (header > 0 && (k >= lines.length || !quoteLineAt(lines, k))) {
      out.push([from, text.length]);
      break;
    }
    let end = k;
    for (let m = k; m < lines.length; m++) {
      if (quoteLineAt(lines, m)) end = m + 1;
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
 * Single quote marks ('…', ‘…’): opened after a space, a colon or a bracket, closed before a space or a mark; an apostrophe
 * inside a word ("can't", "don’t") neither opens nor closes one. Counted only with the same signs as the others.
 */
const INLINE_SINGLE_QUOTE = /(?<=^|[\s:(\[])['‘]((?:[^'‘’\n]|['’](?=\p{L}))(?:[^'‘’\n]|['’](?=\p{L})){0,299}?)['’](?=$|[\s.,;:!?)\]])/gu;

/**
 * Words that say the quote is the customer's, just before it: "you wrote", "you said", "your
 * email says", "in your words"; «نوشتید», «گفته بودید», «به قول شما», «در پیامتون», and the formal
 * «پیام جنابعالی مبنی بر اینکه», «مرقوم فرموده‌اید», «اظهار داشتید». Read on the folded
 * text (ZWNJ as a space), up to 40 characters of the same sentence between them and the quote.
 */
const CUSTOMER_BEFORE_EN =
  /(?:\byou(?:'ve|’ve| have)?\s+(?:just\s+)?(?:wrote|write|said|say|mentioned|mention|asked|ask|told (?:us|me)|put it|described it|called it|noted|stated|commented|replied|typed|posted|complained)|\byour (?:message|email|e-mail|mail|note|ticket|review|comment|words|question|reply|chat|complaint|feedback|subject line)(?:\s+(?:said|says|read|reads|was|mentioned|stated))?|\bin your (?:own )?words|\bquoting you|\baccording to you|\b(?:the )?(?:customer|client|caller|guest|member|patient|donor|tenant|user)\s+(?:said|says|wrote|writes|asked|asks|mentioned|commented|complained)(?:\s+that)?)[^.!?\n"“”«»]{0,40}$/;
const CUSTOMER_BEFORE_FA =
  /(?:نوشتید|نوشتین|نوشتی|نوشته بودید|نوشته بودین|نوشته اید|گفتید|گفتین|گفتی|گفته بودید|گفته بودین|گفته اید|فرمودید|فرموده بودید|فرموده اید|پرسیدید|پرسیدین|پرسیده بودید|اشاره کردید|اشاره کردین|به قول شما|به قول خودتون|به قول خودتان|(?:به )?نقل از (?:شما|خودتان|خودتون|پیام(?:تان|تون| شما))|به گفته شما|به گفته ی شما|پیامتون|پیامتان|پیام شما|ایمیلتون|ایمیلتان|ایمیل شما|پیغامتون|پیغام شما|(?:پیام|ایمیل|نامه|پیغام|شکایت|درخواست) (?:جنابعالی|حضرتعالی|سرکار(?:عالی)?)|نامه شما|نامه تون|شکایت(?:تون|تان| شما)|مبنی بر این ?که|اظهار (?:داشتید|داشته اید|داشته بودید|کردید|کرده اید|فرمودید|فرموده اید)|مرقوم (?:فرمودید|فرموده اید|فرموده بودید)|ذکر (?:کردید|کرده اید|فرمودید|فرموده اید))[^.!?؟\n"“”«»]{0,40}$/;
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
  if (typeof text !== 'string' || text.length === 0 || !/[“"«„'‘]/.test(text)) return [];
  const out: TextRange[] = [];
  const single = /['‘]/.test(text) ? [...text.matchAll(INLINE_SINGLE_QUOTE)] : [];
  for (const m of single.length ? [...text.matchAll(INLINE_QUOTE), ...single].sort((a, b) => a.index! - b.index!) : text.matchAll(INLINE_QUOTE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (!/[\p{L}\p{N}]/u.test(inner)) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let before = fastKey(text.slice(Math.max(lineStart, start - 80), start)).replace(/\u200c/g, ' ').replace(/[’]/g, "'");
    // (rwfap25) A quote that opens its line under a label line ending in a colon («در پاسخ به پیام شما که نوشته بودید:»,
    // «پیام شما:», "You wrote:"): the label is what reports it.
    if (lineStart > 0 && /^[\s\-–—•*]*$/.test(before)) before = labelAbove(text, lineStart);
    const lineEnd = text.indexOf('\n', end);
    const after = fastKey(text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 40))).replace(/\u200c/g, ' ');
    const words = inner.trim().split(/\s+/).length;
    const reported = CUSTOMER_BEFORE_EN.test(before) || CUSTOMER_BEFORE_EN19.test(before) || CUSTOMER_BEFORE_FA.test(before) || CUSTOMER_AFTER_EN.test(after) || CUSTOMER_AFTER_FA.test(after);
    const firstPerson = words >= 3 && !UI_LABEL_BEFORE.test(before.trimEnd()) && (FIRST_PERSON_EN.test(fastKey(inner).replace(/’/g, "'")) || FIRST_PERSON_FA.test(inner));
    if (reported || firstPerson) out.push([start, end]);
  }
  return single.length ? mergeRanges(out) : out;
}

/**
 * The end of the non-blank line above `lineStart` (at most one blank line between) when it ends in a colon, folded like
 * `before` in inlineQuoteRanges; '' otherwise.
 */
function labelAbove(text: string, lineStart: number): string {
  let end = lineStart - 1;
  for (let n = 0; n < 2 && end > 0; n++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end).replace(/[\r\u200e\u200f]/g, '').trimEnd();
    if (line.trim() === '') {
      end = from - 1;
      continue;
    }
    if (!/[:：]$/.test(line)) return '';
    return fastKey(line.slice(-80)).replace(/\u200c/g, ' ').replace(/[’]/g, "'");
  }
  return '';
}

/**
 * Everything in an agent's draft that is not the agent's own words: quoted mail (quoteRanges) and
 * the customer's words quoted inline (inlineQuoteRanges). What the panel, the score and Apply all
 * leave alone.
 */
export function draftQuoteRanges(text: string): TextRange[] {
  const inline = inlineQuoteRanges(text);
  const mail = quoteRanges(text);
  // The customer's turns of a chat pasted without timestamps ("Customer: …\nAgent: …"): transcript19.ts.
  const turns = customerTurnRanges(text);
  return inline.length || turns.length ? mergeRanges([...mail, ...inline, ...turns]) : mail;
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
