/**
 * The customer's own latest words in a helpdesk message: quoted history (Gmail "On … wrote:",
 * Persian Gmail "در تاریخ … نوشت:", Outlook "From:/Sent:" blocks, "-----Original Message-----",
 * forwarded headers, "> " lines) and the signature ("-- ", "Sent from my iPhone", closings such as
 * "Regards,\nName" or "با تشکر\nنام", a contact block "Name | Company\nphone"), and the mail footer it
 * ends with (confidentiality, no-reply and unsubscribe notices, lib/text/footer.ts) are cut off. All
 * offsets point into the original message.
 *
 * Pure and line-based; no DOM. Used by the tone reader (analyse only what the customer just wrote)
 * and by the KB search (`contentOf`, which also drops the greeting line).
 */
import { footerTailStart, SENT_FROM } from './footer.ts';
import { fastKey, blank, quoteHeaderAt, quoteLineAt, splitLines, type Line } from './quotes.ts';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface MessageParts {
  /** The customer's latest words: before any quoted history, without the closing/signature. */
  latest: TextSpan;
  /** A greeting at the start of `latest` ("Hi team,", "با سلام و احترام"), or null. */
  greeting: TextSpan | null;
  /** The closing line ("Best regards,", "با تشکر"), or null. Outside `latest`. */
  closing: TextSpan | null;
  /** Signature lines after the closing or after a "-- " delimiter, up to the quoted history. */
  signature: TextSpan | null;
  /** Everything from the first quote marker on, or null. */
  quoted: TextSpan | null;
}

// ---- Signatures and closings -----------------------------------------------------------------

export const SIG_DELIM = /^(?:--|—|__+|-{2,}\s*)$/;

const EN_CLOSING =
  /^(?:(?:best|kind|warm|warmest|many|with)\s+(?:regards|wishes|thanks)|regards|best|cheers|thanks|thank you|thanks again|thanks in advance|thank you in advance|many thanks|thx|tia|br|sincerely|yours sincerely|yours faithfully|yours truly|respectfully|cordially|all the best|take care)\b/;
const FA_CLOSING = /^(?:با تشکر|باتشکر|با سپاس|باسپاس|با احترام|بااحترام|با تشکر و احترام|با سپاس و احترام|ارادتمندم|ارادتمند|سپاسگزارم|سپاسگزار|متشکرم|ممنونم|ممنون|قربان شما|با آرزوی موفقیت|پیشاپیش ممنون|پیشاپیش از همکاری شما سپاسگزارم)/;

/**
 * Closings agents put above their own signature that customers' messages rarely carry (read only
 * for drafts, so the customer-side reading and the tone cues stay as they are).
 */
const EN_DRAFT_CLOSING = /^(?:warmly|warm wishes|best wishes|talk soon|speak soon|with thanks|with appreciation|kindest regards|kind regards|regards|yours)\b/;
/**
 * Sign-offs of other languages in Latin letters that agents of multilingual teams put over an English reply ("Saludos,",
 * "Cordialement,", "Viele Grüße,"): drafts only, like EN_DRAFT_CLOSING.
 */
const OTHER_DRAFT_CLOSING =
  /^(?:saludos(?: cordiales)?|un saludo|un abrazo|atentamente|cordialement|bien (?:à|a) vous|bien cordialement|(?:viele|liebe|beste|freundliche) gr(?:ü|u|ue)(?:ß|ss)e|mit freundlichen gr(?:ü|u|ue)(?:ß|ss)en|cumprimentos|atenciosamente|abra(?:ç|c)os|groetjes|met vriendelijke groet(?:en)?|cordiali saluti|distinti saluti|saluti|un saluto|(?:med vänliga |vänliga )?hälsningar|mvh)(?=$|[\s,.!])/;
const FA_DRAFT_CLOSING = /^(?:قربانت|قربونت|قربون شما|فدات|فدای شما|مخلصیم|مخلص شما|ارادتمند شما|در پناه حق|در پناه خدا|موفق باشید|موفق باشین|روزتون خوش|روز خوش|شاد باشید|شاد باشین|با آرزوی بهترین ها|با آرزوی بهترین‌ها|با تشکر فراوان|سپاس|تشکر)/;

/** A line that is only a closing, optionally followed by ", Name" (up to 3 words). `draft`: also the agents' closings. */
export function isClosingLine(key: string, draft = false): boolean {
  // Each list in turn: a draft's «ارادتمند شما،» is FA_DRAFT_CLOSING's although FA_CLOSING's «ارادتمند» starts it.
  for (const re of draft ? CLOSINGS_DRAFT : CLOSINGS) {
    const m = re.exec(key);
    if (m && closingRest(key.slice(m[0].length), draft)) return true;
  }
  return false;
}
const CLOSINGS = [EN_CLOSING, FA_CLOSING];
const CLOSINGS_DRAFT = [EN_CLOSING, FA_CLOSING, EN_DRAFT_CLOSING, OTHER_DRAFT_CLOSING, FA_DRAFT_CLOSING];

/** What may follow a closing on its line: nothing, punctuation, an intensifier, or ", Name" (up to 3 words). */
function closingRest(after: string, draft = false): boolean {
  let rest = after.trim();
  // Allow "Thanks so much," / "Best regards from Tehran" is not a closing.
  rest = rest.replace(/^(?:so much|a lot|again|very much|for now|و احترام|فراوان|بسیار)\b/, '').trim();
  // (rwfa28) In the agent's draft, «با سپاس و ارادت», «با تشکر و قدردانی», «با احترام و ارادت»: a second courtesy noun after
  // «و» (\b does not work on Arabic script: the Persian words end at a non-letter). The customer's message is read as
  // before (the tone reader's golden reports keep their spans).
  if (draft) rest = rest.replace(/^و ?(?:احترام|ارادت|قدردانی|تقدیر|سپاس|تشکر|مهر|محبت|آرزوی موفقیت|آرزوی سلامتی)(?![\p{L}\p{M}])/u, '').trim();
  if (rest === '' || /^[,.!،:;\-–—]*$/.test(rest)) return true;
  // "Thanks, Sam" / "با تشکر، علی رضایی"
  const name = /^[,،\-–—]\s*(.+)$/.exec(rest);
  if (name && name[1].split(/\s+/).length <= 3 && !/[?؟.!]$/.test(name[1])) return true;
  return false;
}

/** A short line that could belong to a signature block: name, title, company, phone, e-mail, URL. */
export function isSignatureLike(l: Line): boolean {
  const k = l.key;
  if (k === '') return true;
  if (k.length > 70) return false;
  if (/[?؟]\s*$/.test(k)) return false;
  const wordCount = k.split(/\s+/).length;
  if (/@|https?:|www\.|\+?\d[\d\s().-]{6,}/.test(k)) return true;
  return wordCount <= 8 && !/[.!]\s*$/.test(k.replace(/\b(?:dr|prof|inc|ltd|co|jr|sr|st)\.$/, ''));
}

// ---- Greetings -------------------------------------------------------------------------------

const EN_GREETING =
  /^(?:(?:hi|hello|hey|hiya|howdy|greetings|dear|good (?:morning|afternoon|evening|day)|to whom it may concern|attn)\b[^,!:\n.?]{0,40}[,!:.]|(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening))(?:\s+(?:there|team|all|everyone|guys|support|folks|again))?\s*$|dear [^\n]{1,40}$|to whom it may concern\s*$)/;
const FA_GREETING_WORDS =
  '(?:با\\s+)?(?:عرض\\s+)?(?:سلام|درود)(?:\\s+و\\s+(?:احترام|ادب|وقت بخیر|خسته نباشید))*|احتراما|احتراماً|خسته نباشید|وقت(?:تون|تان)?\\s+بخیر|روز(?:تون|تان)?\\s+بخیر|عصر(?:تون)?\\s+بخیر|صبح(?:تون)?\\s+بخیر|عرض ادب|عرض سلام|(?:جناب|سرکار)\\s+(?:آقای|خانم|عالی)?\\s*(?:(?:دکتر|مهندس|استاد)\\s+)?[^\\s،,]+|همکار(?:ان)? گرامی|پشتیبانی (?:محترم|گرامی)|مدیر(?:یت)? محترم|دوستان عزیز';
const FA_GREETING = new RegExp(`^(?:(?:${FA_GREETING_WORDS})(?![\\p{L}\\p{M}])[\\s،,.!:؛]*)+`, 'u');

/**
 * Length (in characters of `text`) of a greeting at its start, or 0. Matches on the folded text,
 * which has the same length as the original for the scripts we read except dropped marks, so the
 * caller maps it through `foldedPrefixToOriginal`.
 */
function greetingLength(line: string): number {
  // Greetings are short: look at the start of the line only.
  const key = fastKey(line.slice(0, 120));
  let m = EN_GREETING.exec(key.trimStart());
  let len = 0;
  if (m) len = m[0].length;
  else {
    m = FA_GREETING.exec(key.trimStart());
    if (m) len = m[0].length;
  }
  if (len === 0) return 0;
  const lead = key.length - key.trimStart().length;
  return foldedPrefixToOriginal(line, lead + len);
}

/** Original length covering the first n folded characters of `line`. */
function foldedPrefixToOriginal(line: string, n: number): number {
  // fold() only drops characters (never expands), so walk both strings together.
  let folded = 0;
  let i = 0;
  const drop = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200e\u200f\u200d\u00ad]/;
  while (i < line.length && folded < n) {
    if (!drop.test(line[i])) folded++;
    i++;
  }
  while (i < line.length && drop.test(line[i])) i++;
  return i;
}

// ---- Assembling --------------------------------------------------------------------------------

function span(message: string, start: number, end: number): TextSpan {
  return { start, end, text: message.slice(start, end) };
}

/** Shrinks [start,end) so that it begins and ends on non-space characters. */
export function trimSpan(message: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s\u200c\u200e\u200f]/.test(message[start])) start++;
  while (end > start && /[\s\u200c\u200e\u200f]/.test(message[end - 1])) end--;
  return { start, end };
}

/** A mail's subject line pasted above a reply ("Re: order 4471", «پاسخ: سفارش»). */
const SUBJECT_LINE = /^(?:(?:re|fw|fwd|aw|sv|tr|wg)\s*(?:\[\d+\])?\s*:|subject\s*:|(?:پاسخ|پ|ارجاع|موضوع)\s*:)/;

/**
 * A line above quoted history that is not yet the customer's message: a greeting alone ("Hi,") or a
 * subject line. A customer who writes "Hi," or "Re: …" and then answers below the quote
 * (bottom-posting) has their words below it, not on that line.
 */
function isPreamble(l: Line): boolean {
  if (SUBJECT_LINE.test(l.key)) return true;
  const n = greetingLength(l.text);
  return n > 0 && /^[\s,،.!:;\-–—]*$/.test(l.text.slice(n));
}

/** A line with a way to reach the writer: an address, a link or a phone number. */
const CONTACT = /@|https?:|www\.|\+?[\d۰-۹][\d۰-۹\s().-]{6,}/;
/** The first line of a contact block: a name of one to four capitalised words, maybe "| Company" or ", Title" after it. */
const NAME_LINE_EN = /^(?:(?:dr|mr|mrs|ms|prof)\.? )?[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3}(?:\s*[|,–—-]\s*[^\n]{1,60})?$/u;
const NAME_LINE_FA = /^[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+){0,3}(?:\s*[|،,–—-]\s*[^\n]{1,60})?$/;
/** At most this many lines make a contact block. */
const MAX_CONTACT_LINES = 5;

/**
 * Where a contact block the message ends with begins, or -1: its last paragraph, of two to five
 * signature-like lines, opening with a name, with an address, link or phone number in it (or a
 * "Name | Company" line), under some words of the customer's own.
 */
function contactBlockStart(lines: readonly Line[], first: number, stop: number): number {
  let p = stop - 1;
  while (p > first && !blank(lines[p - 1])) p--;
  const n = stop - p;
  if (p <= first || n < 2 || n > MAX_CONTACT_LINES) return -1;
  if (!lines.slice(first, p).some((l) => !blank(l))) return -1;
  const block = lines.slice(p, stop);
  if (!block.every(isSignatureLike)) return -1;
  const head = block[0].text.trim();
  if (!(NAME_LINE_EN.test(head) || (NAME_LINE_FA.test(block[0].key) && !/(?:^| )ن?می/.test(block[0].key)))) return -1;
  if (!block.some((l) => CONTACT.test(l.key)) && !/\|/.test(head)) return -1;
  return p;
}

export function parseMessage(message: string): MessageParts {
  const lines = splitLines(message);
  let first = 0; // first line of the customer's own words
  let stop = lines.length; // exclusive: first line of quoted history
  let quotedStart = -1;

  // Find where quoted history begins. When it begins before any own words (bottom-posting or a
  // header pasted on top), skip it and look again below.
  for (let i = first; i < lines.length; i++) {
    const header = quoteHeaderAt(lines, i);
    const quoteLine = header === 0 && quoteLineAt(lines, i);
    if (header === 0 && !quoteLine) continue;
    const ownBefore = lines.slice(first, i).some((l) => !blank(l) && !SIG_DELIM.test(l.key) && !isPreamble(l));
    if (ownBefore) {
      stop = i;
      quotedStart = lines[i].start;
      break;
    }
    // Nothing of the customer's yet: skip this header / quoted block.
    let j = i + Math.max(header, 1);
    while (j < lines.length && (quoteLineAt(lines, j) || (header > 0 && blank(lines[j])))) j++;
    if (quotedStart < 0 && quoteLine) quotedStart = lines[i].start;
    first = j;
    i = j - 1;
  }
  if (quotedStart >= 0 && stop === lines.length) quotedStart = -1; // quote on top only: not "history below"

  // Outlook puts a "____" rule above the From: block; drop trailing rules and blanks.
  while (stop > first && (blank(lines[stop - 1]) || SIG_DELIM.test(lines[stop - 1].key))) stop--;

  // A footer the message ends with (a confidentiality notice, "Sent from my iPhone", "Please
  // consider the environment…"): the mail's boilerplate, neither the customer's words nor their
  // signature.
  {
    // A key without ZWNJ is kept as it is (no expression run over every line).
    const keys = lines.slice(0, stop).map((l) => (blank(l) ? '' : l.key.includes('\u200c') ? l.key.replace(/\u200c/g, ' ') : l.key));
    const t = footerTailStart(keys, first + 1, stop);
    if (t > first && lines.slice(first, t).some((l) => !blank(l))) {
      stop = t;
      while (stop > first && (blank(lines[stop - 1]) || SIG_DELIM.test(lines[stop - 1].key))) stop--;
    }
  }

  // Signature: "-- " delimiter or "Sent from my …" anywhere after some content.
  let sigLine = -1;
  let closingLine = -1;
  for (let i = first + 1; i < stop; i++) {
    const k = lines[i].key;
    if (lines[i].text === '-- ' || lines[i].text === '--' || (k.length <= 80 && SENT_FROM.test(k))) {
      sigLine = i;
      break;
    }
  }
  // A contact block with no closing above it ("Sam Lee | Urgent Care Clinic\nEmergency line: 0800 …"):
  // the customer's signature, not their words.
  if (sigLine < 0) {
    const b = contactBlockStart(lines, first, stop);
    if (b > first) sigLine = b;
  }
  const bodyEnd = sigLine >= 0 ? sigLine : stop;
  // Closing: a closing line among the last lines, followed only by signature-like lines.
  let tail = bodyEnd;
  for (let i = bodyEnd - 1; i > first && i >= bodyEnd - 7; i--) {
    if (isClosingLine(lines[i].key)) {
      const after = lines.slice(i + 1, bodyEnd);
      if (after.filter((l) => !blank(l)).length <= 5 && after.every(isSignatureLike)) {
        closingLine = i;
        tail = i;
      }
    }
    if (!isSignatureLike(lines[i]) && !isClosingLine(lines[i].key)) break;
  }
  // Own words must remain before a closing.
  if (closingLine >= 0 && !lines.slice(first, closingLine).some((l) => !blank(l))) {
    closingLine = -1;
    tail = bodyEnd;
  }

  const lastLine = tail - 1;
  const rawStart = first < lines.length ? lines[first].start : message.length;
  const rawEnd = lastLine >= first && lastLine >= 0 ? lines[lastLine].end : rawStart;
  const body = trimSpan(message, rawStart, Math.max(rawStart, rawEnd));
  const latest = span(message, body.start, body.end);

  let closing: TextSpan | null = null;
  if (closingLine >= 0) {
    const c = trimSpan(message, lines[closingLine].start, lines[closingLine].end);
    closing = span(message, c.start, c.end);
  }
  let signature: TextSpan | null = null;
  const sigFrom = closingLine >= 0 ? closingLine + 1 : sigLine >= 0 ? sigLine : -1;
  if (sigFrom >= 0 && sigFrom < stop) {
    const s = trimSpan(message, lines[sigFrom].start, lines[stop - 1].end);
    if (s.end > s.start) signature = span(message, s.start, s.end);
  }
  if (signature === null && sigLine >= 0 && closingLine >= 0 && sigLine < stop) {
    const s = trimSpan(message, lines[sigLine].start, lines[stop - 1].end);
    if (s.end > s.start) signature = span(message, s.start, s.end);
  }

  let greeting: TextSpan | null = null;
  if (latest.end > latest.start) {
    const lineEnd = message.indexOf('\n', latest.start);
    const firstLine = message.slice(latest.start, lineEnd < 0 || lineEnd > latest.end ? latest.end : lineEnd);
    const n = greetingLength(firstLine);
    if (n > 0) {
      const g = trimSpan(message, latest.start, latest.start + n);
      if (g.end > g.start) greeting = span(message, g.start, g.end);
    }
  }

  const quoted = quotedStart >= 0 ? span(message, quotedStart, message.length) : null;
  return { latest, greeting, closing, signature, quoted };
}

/** The customer's own latest words, with offsets into the original message. */
export function latestWords(message: string): { text: string; start: number; end: number } {
  const { latest } = parseMessage(message);
  return { text: latest.text, start: latest.start, end: latest.end };
}

/** Offsets of the content: latest words without the greeting (and without closing/signature). */
export function contentSpan(message: string): { start: number; end: number } {
  const { latest, greeting } = parseMessage(message);
  let start = greeting ? greeting.end : latest.start;
  // Strip separators left after an inline greeting ("Hi team, my order…").
  while (start < latest.end && /[\s,،:;!.\-–—\u200c]/.test(message[start])) start++;
  const t = trimSpan(message, Math.min(start, latest.end), latest.end);
  return t;
}

/** Latest words minus greeting, closing and signature: what the KB search should query. */
export function contentOf(message: string): string {
  const { start, end } = contentSpan(message);
  return message.slice(start, end);
}
