/**
 * The agent's signature block and mail footer inside a draft: the closing ("Kind regards,",
 * «با احترام»), the name, title, team, office hours and phone under it, a "-- " signature, and the
 * legal or no-reply boilerplate a helpdesk appends ("This email and any attachments are
 * confidential…", "Please do not reply to this address", «لطفاً به این ایمیل پاسخ ندهید»).
 *
 * None of it is the agent's wording for this reply: a footer's "you must not copy it" or an office
 * hours line's "we can't respond outside these hours" is not something to rephrase, and flagging it
 * in every reply teaches the agent to ignore the panel. `draftNotOwnRanges` joins these ranges with
 * the quoted customer text (lib/text/quotes.ts): everything the rewrite panel, the score and Apply
 * all leave alone. Pure and line-based; no DOM.
 */
import { FOOTER_EN, FOOTER_FA, footerTailStart, isDraftFooterKey } from './footer.ts';
import { isClosingLine, isSignatureLike, SIG_DELIM, trimSpan } from './message.ts';
import { faSignOffTailStart } from './signature.fa18.ts';
import { enSignOffTailStart } from './signature.en19.ts';
import { EN_TRADE_UNIT_END, EN_TRADE_UNIT_IMPERATIVE } from './unit-nouns19.en.ts';
import { blank, draftQuoteRanges, fastKey, mergeRanges, splitLines, type Line, type TextRange } from './quotes.ts';

/** A postscript is the agent's own words even below the signature. */
const POSTSCRIPT = /^(?:p\.?\s?s\.?|پ\.?\s?ن\.?|پی ?نوشت)(?:[\s:.,،-]|$)/;

/**
 * The name or unit line that opens a Persian sign-off block without a closing above it:
 * «تیم پشتیبانی فروشگاه», «— پشتیبانی اپراتور», «هواپیمایی — مرکز پاسخگویی», «مریم | پشتیبانی».
 * A unit noun leads the line, or a dash leads it, or a dash / bar joins a name to a unit; a verb
 * («تیم ما پیگیری می‌کند») or sentence punctuation makes it a sentence of the reply instead.
 */
const FA_UNIT_WORD = '(?:تیم|واحد|مرکز|دفتر|اداره|امور|پشتیبانی|روابط عمومی|شرکت|بانک|بیمه|هواپیمایی|فروشگاه|مدیریت|دپارتمان|بخش|گروه|باشگاه مشتریان|سامانه|خدمات|دبیرخانه|هتل|رستوران|کلینیک|آموزشگاه|آژانس|مجموعه|انتشارات|گالری|میز|پذیرش|مطب|داروخانه|آزمایشگاه|بیمارستان|موسسه|مؤسسه|نمایندگی|شعبه|آرایشگاه|تعمیرگاه|چاپخانه|استودیو)';
const FA_UNIT_LEAD = new RegExp(`^(?:[-–—]\\s*)?${FA_UNIT_WORD}(?![\\p{L}\\p{M}])`, 'u');
const FA_UNIT_JOINED = /^[^\s|—–]+(?: [^\s|—–]+){0,3} (?:[|—–]) [^|—–]+$/;
const FA_UNIT_DASH = /^[-–—] ?[^\s\-–—]/;
const FA_UNIT_VERB = /(?:^| )(?:ن?می |ن?می(?=\p{L})|(?:است|هست|نیست|شد|شده|کرد|کنید|کنیم|باشید|بفرمایید|لطفا|لطفاً)(?!\p{L}))|(?:یم|ید|ند|ست)$|[.!؟?:،,]$/u;
const isFaUnitLine = (k: string): boolean =>
  k.length <= 50 &&
  /[\u0600-\u06ff]/.test(k) &&
  k.split(' ').length <= 6 &&
  !FA_UNIT_VERB.test(k) &&
  (FA_UNIT_LEAD.test(k) || FA_UNIT_DASH.test(k) || FA_UNIT_JOINED.test(k));
/**
 * The English unit line that opens a sign-off block without a closing above it: "Acme Bank Card
 * Services", "— Acme Network Operations Team", "Tax Services Helpdesk". A short capitalised line
 * ending in a unit noun, no sentence punctuation, no verb of a sentence.
 */
const EN_UNIT_END = /\b(?:team|support|helpdesk|help desk|service desk|desk|department|dept|services|service|care|centre|center|office|operations|billing|ltd|inc|llc|plc|gmbh|bank|group)\.?$/;
const EN_UNIT_VERB = /\b(?:is|are|was|were|will|can|can't|cannot|do|does|don't|did|has|have|had|please|thanks|thank|we|i|you|our team is)\b|[.!?:,;]$/;
/** "Upgrade to Premium Support", "Contact Billing": an instruction of the reply, not a sign-off. */
const EN_UNIT_IMPERATIVE = /^[\s\-–—]*(?:upgrade|contact|call|email|e-mail|visit|ask|reach|try|choose|select|switch|get|use|see|go|open|join|write)\b/;
const isEnUnitLine = (text: string, k: string): boolean =>
  k.length <= 60 &&
  /^[\s\-–—]*[A-Z]/.test(text) &&
  !k.includes(':') &&
  !EN_UNIT_IMPERATIVE.test(k) &&
  k.split(' ').length <= 7 &&
  (EN_UNIT_END.test(k) || (EN_TRADE_UNIT_END.test(k) && !EN_TRADE_UNIT_IMPERATIVE.test(k))) &&
  !EN_UNIT_VERB.test(k);
/**
 * A sign-off that thanks for something, alone on its line over the name: "Thanks for your patience,", "Thank you again
 * for your understanding,", «با تشکر از صبوری شما», «سپاس از همراهی‌تان», «سپاس‌گزاریم». English needs the closing comma
 * ("Thanks for your patience." ends a sentence of the reply); an apology sign-off ("Apologies again,") is left to the
 * rewrite rules (an apology reflex is theirs to read).
 */
const THANKS_CLOSING_EN =
  /^(?:thanks|thank you|many thanks|thanks again|thank you again|with thanks)(?: (?:so much|very much|again))? for (?:your|the) (?:continued )?(?:patience|understanding|time|cooperation|co-operation|help|support|business|feedback|message|e-?mail|loyalty|custom|kindness)(?: and (?:your )?(?:patience|understanding|cooperation|co-operation|support))?\s*,$/;
const THANKS_CLOSING_FA =
  /^(?:(?:با )?(?:تشکر|سپاس)(?: مجدد)? از (?:صبر|صبوری|شکیبایی|همراهی|حوصله|همکاری|اعتماد|درک|توجه|بردباری)(?: و (?:صبر|صبوری|شکیبایی|همراهی|همکاری|درک|حوصله|اعتماد))?(?: شما| جنابعالی| حضرتعالی| سرکار عالی| ?تان| ?تون)?|سپاس ?گزاریم|سپاس ?گذاریم|متشکریم|ممنونیم|با احترام فراوان|با احترام و ادب|با آرزوی (?:سلامتی|روزهای خوش|روزی خوش|بهترین ها))\s*[،,.]?$/;
const isDraftClosing = (k: string): boolean => isClosingLine(k, true) || THANKS_CLOSING_EN.test(k) || THANKS_CLOSING_FA.test(k);

/** A line led by an emoji (a shop's footer line), and the emoji run as the line's key may still hold it. */
const EMOJI_LED = /^[\s\u200d\ufe0f]*\p{Extended_Pictographic}/u;
const EMOJI_KEY_LEAD = /^[\s\u200d\ufe0f\p{Extended_Pictographic}]+/u;
/** News of this order in an emoji-led line («✅ ارسال فردا», «📦 تحویل امروز»): the reply's own list, not a shop's name. */
const EMOJI_NEWS = / (?:ارسال|ثبت|تحویل|آماده|اماده|پرداخت|واریز|فردا|امروز|پس فردا|پسفردا|ساعت|شد|شده|نشد|نشده|موجود|ناموجود|سفارش|سفارشت|سفارشتون|رسید|کد|لغو|کنسل) /;
/** A verb in the name line (FA_UNIT_VERB without its endings: «مریم», «کریم» are names). */
const EMOJI_NAME_VERB = /(?:^| )(?:ن?می |ن?می(?=\p{L})|(?:است|هست|نیست|شد|شده|کرد|کنید|کنیم|باشید|بفرمایید|لطفا|لطفاً|داریم|نداریم)(?!\p{L}))/u;
/** Words spoken to this customer in a notice line («ببخشید», «عزیزم», «متأسفانه»): the reply going on. */
const EMOJI_PERSONAL = / (?:ببخشید|ببخشین|عزیزم|عزیز|جان|شرمنده|شرمندم|متاسفانه|متأسفانه|ممنون|مرسی|سفارشت|سفارشتون|براتون|برات|شما) /;
/** At most this many emoji-led notice lines under an emoji-led shop name. */
const MAX_EMOJI_FOOTER_LINES = 3;

/** At most this many non-blank lines under a name / unit line are its footer. */
const MAX_UNIT_FOOTER_LINES = 2;

/** How far above the end of the agent's words a closing may stand (non-blank lines). */
const CLOSING_WINDOW = 14;
/** At most this many non-blank lines under a closing are its signature; more is the reply going on. */
const MAX_SIGNATURE_LINES = 10;

const key = (l: Line) => fastKey(l.text).replace(/[’]/g, "'").replace(/\u200c/g, ' ').trim();

/**
 * The lines before `ownEnd` whose start lies in no quote. `quotes` is sorted and not overlapping
 * (draftQuoteRanges merges them), so one pass walks both: linear, even over thousands of "> " runs.
 */
function ownLines(lines: readonly Line[], given: readonly TextRange[], ownEnd: number): Line[] {
  const quotes = mergeRanges(given);
  const out: Line[] = [];
  let q = 0;
  for (const l of lines) {
    if (l.start >= ownEnd) break;
    while (q < quotes.length && quotes[q][1] <= l.start) q++;
    if (q < quotes.length && quotes[q][0] <= l.start) continue;
    out.push(l);
  }
  return out;
}

/** Ranges of the signature block and footer boilerplate in the agent's own part of a draft. */
export function signatureRanges(text: string, quotes: readonly TextRange[] = draftQuoteRanges(text)): TextRange[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Only the agent's part: up to the first quoted block that runs to the end of the draft.
  const ownEnd = quotes.length && quotes[quotes.length - 1][1] >= text.trimEnd().length ? quotes[quotes.length - 1][0] : text.length;
  const lines = ownLines(splitLines(text), quotes, ownEnd);
  const out: TextRange[] = [];
  const firstOwn = lines.findIndex((l) => !blank(l));
  if (firstOwn < 0) return out;

  // 1. Footer boilerplate lines, anywhere after the first line of the reply.
  for (let i = firstOwn + 1; i < lines.length; i++) {
    const k = key(lines[i]);
    if (k !== '' && (FOOTER_EN.test(k) || FOOTER_FA.test(k))) out.push([lines[i].start, lines[i].end]);
  }
  // 1b. The footer the draft ends with: its last paragraphs that hold a footer or a client's "Sent
  //     from my iPhone" line, with the wrapped lines of the same notice.
  {
    const keys = lines.map((l) => (blank(l) ? '' : key(l)));
    const t = footerTailStart(keys, firstOwn + 1, lines.length, isDraftFooterKey);
    if (t > firstOwn) out.push([lines[t].start, lines[lines.length - 1].end]);
  }

  // 2. A "-- " delimiter, or a closing whose next non-blank line looks like a name: from there to
  //    the end of the agent's words, stopping at a postscript.
  const nonBlank = lines.map((l, i) => (blank(l) ? -1 : i)).filter((i) => i >= 0);
  const from = nonBlank.length > CLOSING_WINDOW ? nonBlank[nonBlank.length - CLOSING_WINDOW] : firstOwn + 1;
  for (let i = Math.max(from, firstOwn + 1); i < lines.length; i++) {
    const l = lines[i];
    if (blank(l)) continue;
    const k = key(l);
    const delimiter = l.text === '-- ' || l.text === '--' || (SIG_DELIM.test(k) && k.length <= 3);
    if (!delimiter && !isDraftClosing(k)) continue;
    const below = lines.slice(i + 1).filter((x) => !blank(x));
    if (below.length > MAX_SIGNATURE_LINES) continue;
    // A sign-off has a name or title under it; a closing over more reply ("Thanks,\n\nI also
    // checked…") is not one, and a closing alone at the end has nothing to leave out.
    // lead27: a closing that carries the name on its line («ارادتمند، منشی کلینیک», "Cheers, Ben") is the sign-off
    // itself, so a short notice under it ("Note: …", «توجه: …», office hours) is its footer, not more reply.
    const named = /[,،]\s*\S/.test(k) && below.length <= 3;
    if (!delimiter && (below.length === 0 || (!isSignatureLike(below[0]) && !named))) continue;
    let end = lines[lines.length - 1].end;
    for (const x of below) {
      if (POSTSCRIPT.test(key(x))) {
        end = x.start;
        break;
      }
    }
    if (end > l.start) out.push([l.start, end]);
    break;
  }
  // 3. A Persian name / unit line near the end with no closing above it («تیم پشتیبانی فروشگاه»,
  //    «— پشتیبانی اپراتور»): it and the footer lines under it (officialese warnings, «رمز را در
  //    اختیار کسی قرار ندهید») are the mail's sign-off, not this reply's words.
  {
    const tail = nonBlank.slice(-(MAX_UNIT_FOOTER_LINES + 1));
    for (const i of tail) {
      if (i <= firstOwn) continue;
      const below = nonBlank.filter((j) => j > i);
      if (below.length === 0 || below.length > MAX_UNIT_FOOTER_LINES) continue;
      const k = key(lines[i]);
      if (!isFaUnitLine(k) && !isEnUnitLine(lines[i].text, k)) continue;
      if (below.some((j) => POSTSCRIPT.test(key(lines[j])))) continue;
      out.push([lines[i].start, lines[lines.length - 1].end]);
      break;
    }
  }
  // 3b. (rwfa28) A shop's footer as Instagram and Telegram shops write it under every reply: after a blank line, at the
  //     end, an emoji-led name line («🧁 شیرینی خونگی», «👗 بوتیک مریم»: a few words, no verb) and emoji-led notice lines
  //     under it («⛔️ سفارش تلفنی نداریم، فقط دایرکت», «🚫 بدون هماهنگی پذیرش نداریم»).
  {
    const tail = nonBlank.slice(-(MAX_EMOJI_FOOTER_LINES + 1));
    for (const i of tail) {
      if (i <= firstOwn || !blank(lines[i - 1])) continue;
      const block = nonBlank.filter((j) => j >= i);
      if (block.length < 2 || block.length > MAX_EMOJI_FOOTER_LINES + 1) continue;
      if (!block.every((j) => EMOJI_LED.test(lines[j].text))) continue;
      const name = key(lines[i]).replace(EMOJI_KEY_LEAD, '').trim();
      if (!name || !/[\u0600-\u06ff]/.test(name) || name.split(' ').length > 4 || EMOJI_NAME_VERB.test(name) || /[.!؟?:،,\d۰-۹]/.test(name) || EMOJI_NEWS.test(` ${name} `)) continue;
      if (block.slice(1).some((j) => EMOJI_PERSONAL.test(` ${key(lines[j])} `))) continue;
      out.push([lines[i].start, lines[lines.length - 1].end]);
      break;
    }
  }
  // 4. A Persian sign-off block of any length with no closing above it (name, role, company, contact lines) and the
  //    notices under it («… مسئولیتی نمی‌پذیرد», «استفاده … غیرمجاز ممنوع است»): signature.fa18.ts.
  {
    const keys = lines.map((l) => (blank(l) ? '' : key(l)));
    const t = faSignOffTailStart(keys, firstOwn);
    if (t > firstOwn) out.push([lines[t].start, lines[lines.length - 1].end]);
    // 5. An English sign-off block with no closing above it (name, role, business, contact lines) and the shop's notices
    //    under it ("… cannot be held responsible for …", "Never share your PIN", "Closed Sundays"): signature.en19.ts.
    const e = enSignOffTailStart(keys, firstOwn);
    if (e > firstOwn) out.push([lines[e].start, lines[lines.length - 1].end]);
  }
  return mergeRanges(out.map(([a, b]): TextRange => {
    const t = trimSpan(text, a, b);
    return [t.start, t.end];
  }));
}

/**
 * Everything in a draft that is not the agent's own words for this reply: the customer's quoted
 * mail and inline quotes (draftQuoteRanges) and the agent's signature block and footer.
 */
export function draftNotOwnRanges(text: string): TextRange[] {
  const quotes = draftQuoteRanges(text);
  const sig = signatureRanges(text, quotes);
  return sig.length ? mergeRanges([...quotes, ...sig]) : quotes;
}
