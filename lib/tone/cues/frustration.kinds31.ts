/**
 * Frustration, session 31 (tone31): calm readings of false alarms that recur on the fresh splits late20 … late30, both
 * languages (kinds kept only where seen in three splits or more; look-alikes in scripts/tone-kinds31-matrix.ts, run by
 * tests/unit/tone/kinds31.test.ts). Nothing new is shown to the agent: each reading takes the cue back under the
 * threshold (the repeat and urgency cues still say the rest).
 *
 * - **a plain label in quotes** (late22, late24, late29 ×2; late10 before): what a screen shows or a value written wrong,
 *   quoted as it is, read as ironic quotes: "payments are failing with 'limit exceeded'", «همون خطای «پرداخت ناموفق» میاد»,
 *   «هنوز تو وضعیت «در حال پردازش» مونده», «نام خانوادگی اینجانب «صالحی» به جای «صالح‌پور» درج گردیده». `plainQuote31`
 *   is a guard of the two irony readers (frustration.ts, frustration.implicit.ts): the error words before the quote
 *   ("failing with", "error", «خطای», «وضعیت», «پیام»), or two quotes joined by «به جای» / "instead of". Not the company's
 *   claim quoted back ("your 'express' delivery took nine days", «سایت نوشته بود «ارسال فوری»»).
 * - **sincere thanks to a person** (late25, late27, late30): "Just a quick note to say thank you to Priya who helped me
 *   … about the missing box. The replacement arrived this morning and everything was lovely.", "I wish to express my
 *   appreciation for the courtesy shown by your service advisor, Mr Khan …", «مرسی از پیکتون آقای حسینی خیلی آقا و مودب
 *   بود، … با اینکه آسانسور خراب بود 🙏»: thanks addressed to a person who helped, read as praise around a failure. Calm
 *   when every piece of evidence is that sarcasm, the thanks names a person and what they did well, and nothing sour is
 *   said (no 🙃 😒 🙄 👌 👏 😂, no "!!" or "?!", no question, no "but" or «ولی» turning on them, no "as always" or «مثلاً»).
 * - **a word of anger not the customer's own at the company** (late25, late26, late29 ×3): a scam asked about or done by
 *   someone else ("Is this message real or scam?", «این از طرف شماست یا کلاهبرداریه؟», «یه نفر با شماره من آگهی گذاشته …
 *   این کلاهبرداریه»), anger disowned before a plain question ("na asabani nistam faghat mikham bedoonam …", «عصبانی
 *   نیستم فقط گیج شدم»), a feeling someone else has towards the customer ("the owl … saying it's disappointed in me").
 *   Calm when every piece of evidence is one of these. Not "your company is a scam", «شما کلاهبردارید», "not angry, just
 *   disappointed" (a disappointment said is a feeling kept), nor a disowning followed by anger ("I'm not angry, I'm furious").
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import { replyLanguage } from './language.ts';
import type { Evidence } from '../types.ts';

// ---------------------------------------------------------------------------------------------------------------------
// A plain label in quotes

/** English words right before a quote that make it a machine's words: "failing with 'limit exceeded'", "error 'x'". */
const EN_LEAD = /\b(?:(?:fail(?:s|ed|ing)?|crash(?:es|ed|ing)?|declin(?:es|ed|ing)|reject(?:s|ed|ing)|error(?:s|ed|ing)?|bounc(?:es|ed|ing)|stop(?:s|ped)|abort(?:s|ed|ing)?)\s+with|error(?:\s+message|\s+code)?|status(?:\s+of)?|message|notification|prompt|pop-?up|banner|warning|alert)\s*[:,]?\s*$/iu;
/** Persian words right before a quote that make it a screen's words (a status, an error, a message, a button). */
const FA_LEAD = /(?:^|[\s\u200c])(?:خطای|خطا|ارور|ارورِ|وضعیت|وضعیتِ|حالت|پیام|پیغام|پیامک|اعلان|گزینه|گزینه‌ی|گزینهٔ|دکمه|دکمه‌ی|دکمهٔ|عبارت|مرحله|مرحله‌ی)\s*:?\s*$/u;
/** Two quotes joined as a value written wrong and the right one: «X» به جای «Y», 'X' instead of 'Y'. */
const PAIR_JOIN = /^\s*(?:به\s*جای|بجای|بجای|در\s+عوض|instead\s+of|rather\s+than|not)\s*$/iu;
/** Mockery beside a label ("so-called", «به اصطلاح»): the quote is the company's claim, whatever came before it. */
const MOCKED = /(?:so-called|supposed(?:ly)?|به\s*اصطلاح|مثلاً|مثلا|ادعای)\s*$/iu;

/** The quote marks' spans of the text, for pairing (straight, curly, guillemets). */
const ANY_QUOTE = /«[^«»\n]{1,40}»|"[^"\n]{1,40}"|\u201c[^\u201c\u201d\n]{1,40}\u201d|(?<![\p{L}\p{N}])'[^'\n]{1,40}'(?![\p{L}])|\u2018[^\u2018\u2019\n]{1,40}\u2019/gu;

/**
 * A quote that is a plain label (see the header): a screen's words after an error or status word, or one of a pair of
 * values joined by «به جای» / "instead of". A guard of the irony readers: never irony.
 */
export function plainQuote31(ctx: CueContext, q: { start: number; end: number }): boolean {
  const text = ctx.doc.text;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (MOCKED.test(before)) return false;
  if (EN_LEAD.test(before) || FA_LEAD.test(before)) return true;
  // A value written wrong and the right one: the two quotes joined by «به جای» or "instead of".
  for (const m of text.matchAll(ANY_QUOTE)) {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (b <= q.start && PAIR_JOIN.test(text.slice(b, q.start))) return true;
    if (a >= q.end && PAIR_JOIN.test(text.slice(q.end, a))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// Sincere thanks to a person

/** Thanks addressed to a person, English: "thank you to Priya", "appreciation for the courtesy shown by your advisor". */
export const THANK_PERSON_EN = /\b(?:thank\s+you|thanks|(?:my\s+)?(?:sincere\s+|warm(?:est)?\s+|heartfelt\s+)?(?:appreciation|gratitude)|(?:a\s+)?(?:big\s+|huge\s+|special\s+)?shout-?\s?out|kudos|compliments)\s+(?:(?:so\s+much|very\s+much|again)\s+)?(?:to|for\s+the\s+(?:courtesy|help|kindness|care|patience|service|support)\s+(?:shown|given|offered)\s+(?:to\s+me\s+)?by)\s+(?:your\s+|the\s+|my\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\p{Ll}+|driver|courier|engineer|technician|advisor|adviser|agent|colleague|nurse|doctor|receptionist|fitter|installer|plumber|electrician|delivery\s+(?:driver|man|guy|team)|service\s+(?:advisor|adviser|manager)|team|staff|lady|gentleman|man|woman|guy)\b/u;
/**
 * What the person did well (English), said of them right after the thanks: "who helped me", "who sorted out", "who was so
 * patient"; or the virtue thanked itself ("for the courtesy shown by").
 */
const DEED_EN = /^[^.!?\n]{0,40}?\bwho\s+(?:\p{L}+\s+){0,2}?(?:helped|sorted|dealt\s+with|fixed|explained|took\s+(?:great\s+|such\s+|real\s+)?care|went\s+(?:above|out\s+of)|looked\s+after|carried|was\s+(?:so\s+|really\s+|very\s+|incredibly\s+)?(?:kind|patient|helpful|lovely|polite|friendly|professional|brilliant|reassuring))\b/iu;
const VIRTUE_EN = /\bfor\s+the\s+(?:courtesy|help|kindness|care|patience|service|support)\s+(?:shown|given|offered)/iu;
/** Thanks addressed to a person, Persian: «مرسی از پیکتون آقای حسینی», «تشکر ویژه از همکارتون خانم …». */
const THANK_PERSON_FA = /(?:مرسی|ممنون(?:م)?|سپاس(?:گزارم)?|تشکر(?:\s+ویژه)?|دست(?:ش|شون)\s+درد\s+نکنه)\s+(?:(?:خیلی|ویژه)\s+)?از\s+(?:\S+\s+){0,2}?(?:پیک|همکار|کارشناس|راننده|آقای|آقا|خانم|تکنسین|نصاب|مامور|مأمور|پرستار|دکتر|اپراتور|پشتیبان|تعمیرکار|سرویسکار|سرویس‌کار)/u;
/** What the person did well (Persian). */
const DEED_FA = /(?:مودب|مؤدب|محترم|خوش\s*برخورد|خوش\s*اخلاق|با\s*حوصله|صبور|کمک|راهنمایی|توضیح|زحمت|دمش\s+گرم|دستش\s+درد\s+نکنه|خیلی\s+آقا|خیلی\s+خانم|آورد|رسوند|درست\s*کرد|حل\s*کرد)/u;
/** Sour marks that turn thanks to irony: a face, a run of marks, "as always", «مثلاً», a turn on what they did. */
const SOUR = /\b(?:though|still|yet)\b|هنوز|[\u{1f643}\u{1f612}\u{1f644}\u{1f44c}\u{1f44f}\u{1f602}\u{1f611}\u{1f60f}\u{1f624}\u{1f621}\u{1f620}\u{1f610}]|!!|\?!|!\?|\bas\s+(?:always|usual|ever)\b|\bnot\s+(?:that|like)\b|\bshame\b|\bpity\b|مثل\s+همیشه|مثلاً|مثلا|حیف|واقعاً\s+که|واقعا\s+که|\bbut\b|\bhowever\b|ولی|اما|منتها/iu;
const THANKS_GATE = readerGate([THANK_PERSON_EN, THANK_PERSON_FA]);

/** Sincere thanks to a person (see the header): every piece is sarcasm, and the thanks names a person and a good deed. */
function sincereThanks(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  // Sarcasm read from the thanks and the fault it names; a fault told in the same account ("what had gone wrong").
  if (!evidence.every((e) => e.why === 'tone.why.sarcasm' || e.why === 'tone.why.failure') || !evidence.some((e) => e.why === 'tone.why.sarcasm')) return false;
  if (!mayMatch(ctx.low, THANKS_GATE)) return false;
  const text = ctx.doc.text;
  const m = ctx.fa ? THANK_PERSON_FA.exec(text) : THANK_PERSON_EN.exec(text);
  if (!m) return false;
  if (SOUR.test(text) || text.includes('?') || text.includes('؟')) return false;
  // The good deed said of the person, right after the thanks.
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  return ctx.fa ? DEED_FA.test(after) : VIRTUE_EN.test(m[0]) || DEED_EN.test(after);
}

// ---------------------------------------------------------------------------------------------------------------------
// A word of anger not the customer's own at the company

/** A fraud word: "scam", «کلاهبرداری». */
const FRAUD = /^(?:scam(?:s|my|mer|mers)?|fraud(?:ulent|ster|sters)?|phishing|hoax|کلاهبردار\p{L}*|کلاه\s*برداری\p{L}*|فیشینگ|klahbardari\p{L}*|kolahbardari\p{L}*)$/iu;
/** Someone else whose doing the fraud is: a person unknown, a message, a link, an ad. */
const OTHER_DOER = /\b(?:someone|somebody|a\s+(?:text|message|call|caller|link|email|stranger)|an\s+(?:sms|email|ad)|this\s+(?:text|message|sms|email|call|link)|the\s+(?:text|message|sms|email|link)|message\s+say)\b|(?:^|\s)(?:یه\s+نفر|یک\s+نفر|یکی\s+با|فردی|شخصی|پیامکی|یه\s+پیامک|یک\s+پیامک|پیامک|لینک|تماسی)(?:\s|$)/iu;
/** The company named beside the fraud word: "you are scammers", «شما کلاهبردارید», "your … is a scam". */
const COMPANY_BLAMED = /\b(?:you(?:['\u2019]re|\s+are|\s+guys|\s+people|r)?|ur|your\s+(?:company|firm|service|app|site|shop|bank|business))\b|شما|سایتتون|شرکتتون|شرکت\s*شما|تون(?:ه|ید)?(?:\s|$)/iu;
/** A disowned anger before a plain statement: "not angry, just", «عصبانی نیستم فقط», "na asabani nistam faghat". */
const DISOWNED = /\b(?:(?:i['\u2019]?m|i\s+am|im)\s+not\s+(?:angry|mad|upset|annoyed|cross|complaining)[^.?!\n]{0,12}?\b(?:just|only|simply)\b)|(?:عصبانی|ناراحت|شاکی|دلخور|عصبی)\s+نیستم[،,\s]+(?:\S+\s+){0,1}?(?:فقط|صرفاً|صرفا|فقط\s+می)|\b(?:na\s+)?(?:asabani|narahat|shaki|delkhor|asabi)\s+nistam\b[^.?!\n]{0,12}?\b(?:faghat|faqat|fght|serfan)\b/iu;
/** A feeling held towards the customer by someone else ("it's disappointed in me", "she was annoyed with me"). */
const AT_ME = /^\s+(?:in|with|at)\s+me\b/iu;
/** Anger that follows a disowning and takes it back ("I'm not angry, I'm furious"). */
const STILL_ANGRY = /\b(?:furious|livid|fuming|disgusted|disgusting|disappointed|appalled|outraged|ridiculous|unacceptable|joke|pathetic)\b|عصبانی‌ام|عصبانیم|شاکیم|ناراحتم|افتضاح|مسخره|بی\s*شعور|asabaniam|shakiam|mozakhraf|maskhare/iu;

/** Whether `e` sits inside one of the message's questions. */
function asked(ctx: CueContext, e: Evidence): boolean {
  return ctx.questions.some((q) => q.start <= e.start && e.end <= q.end);
}

/** The sentence of the latest words around evidence `e` (text of the latest words only). */
function sentenceOf(ctx: CueContext, e: Evidence): string {
  const text = ctx.doc.text;
  const a = e.start - ctx.offset;
  const b = e.end - ctx.offset;
  let s = a;
  while (s > 0 && !/[.?!؟\n]/u.test(text[s - 1])) s--;
  let t = b;
  while (t < text.length && !/[.?!؟\n]/u.test(text[t])) t++;
  return text.slice(s, Math.min(text.length, t + 1));
}

/** One piece of evidence explained as anger not the customer's own at the company (see the header). */
function notTheirs(ctx: CueContext, e: Evidence, disowned: boolean): boolean {
  const words = e.text.trim();
  if (e.why === 'tone.why.judgement' && FRAUD.test(words)) {
    const sentence = sentenceOf(ctx, e);
    if (COMPANY_BLAMED.test(sentence.replace(/(?:از\s+طرف|from)\s+(?:شماست|you|your\s+\p{L}+)/giu, ''))) return false;
    // Asked whether ("is this real or a scam?", «… یا کلاهبرداریه؟») or done by someone else («یه نفر با شماره من …»).
    return asked(ctx, e) || OTHER_DOER.test(ctx.doc.text);
  }
  if (e.why !== 'tone.why.feeling') return false;
  // "the owl … saying it's disappointed in me": the feeling is held towards the customer, by someone else.
  if (AT_ME.test(ctx.message.slice(e.end, e.end + 12))) return true;
  // "na asabani nistam faghat …", «عصبانی نیستم فقط گیج شدم»: the anger disowned, and a plain state beside it.
  return disowned;
}

const ANGER_GATE = readerGate([FRAUD, DISOWNED, AT_ME]);

/** A word of anger not the customer's own at the company: every piece of evidence explained so (see the header). */
function angerNotTheirs(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!mayMatch(ctx.low, ANGER_GATE)) return false;
  const text = ctx.doc.text;
  const d = DISOWNED.exec(text);
  const disowned = d !== null && !STILL_ANGRY.test(text.slice(d.index + d[0].length)) && !/!!|\?!|!\?|؟!|!؟/u.test(text);
  return evidence.every((e) => notTheirs(ctx, e, disowned));
}

/** Session 31's calm readings (see the header): true when every piece of evidence is explained by one of them. */
export function calmKinds31(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.empty || evidence.length === 0) return false;
  return sincereThanks(ctx, evidence) || angerNotTheirs(ctx, evidence);
}

// ---------------------------------------------------------------------------------------------------------------------
// Finglish complaint (misses of late22, late26, late27, late28, late29, late30): Persian typed in Latin letters is read by
// the English layer, where the Persian reader's constructions are not; the repeat cue reads a Finglish contact but gives
// no count. Each sign below is weighed as its Persian original is by the older readers:
//
// - exasperation asked: «واقعاً که» vaghan ke, «اینقدر سخته …؟» inghadr sakhte, «پس کجاست؟؟» pas kojast??, «پس کی …؟» pas
//   key … (with ?? or beside another sign), «یعنی چی؟» yani chi;
// - an ultimatum or leaving: «اگه تا فردا نرسه پولمو می‌خوام» age … mikham, «وگرنه قرارداد رو فسخ می‌کنم» vagarna …,
//   «دیگه از شما خرید نمی‌کنم» dige (ham) az shoma kharid nemikonam, «… رو پس بگیرم» pas begiram, «پولمو می‌خوام» poolamo
//   mikham;
// - a third contact or more («سه بار زنگ زدم», «بار سومه پیام میدم»), more with nothing come of it («هیچکس جواب نداد»);
// - a message typed in capitals with "!!!" (Persian has no capitals: in Latin letters they shout).
//
// Not a plain question ("pas key mirese?"), a conditional request ("age mishe …"), a second contact ("baraye bare dovom
// payam midam, mishe check konid?"), a count of one's own tries ("3 bar kharid zadam").

/** «واقعاً که», «اینقدر سخته», «یعنی چی؟». */
const FG_EXASPERATED = /\b(?:v[a]?gh?[e]?a?n|vaqean|vaghean|vaghan|vaghe?an)\s+ke\b|\b(?:inghadr|inghad|enghadr|enghad|inqadr|inqad|inqa?dr?)\s+(?:sakhte|sakhteh|sakhtas|sakhte\s+ke)\b[^.!?\n]{0,40}[?؟]|\b(?:yani|ya'?ni)\s+chi\s*[?؟]/giu;
/** «پس کجاست؟؟», «پس کی …؟»: asked again, impatient. */
const FG_WHERE = /\bpas\s+(?:kojas(?:t|h)?|koja|key|kei|kay|ki)\b[^.!?\n]{0,40}[?؟]+/giu;
/** An ultimatum, leaving, or money asked back in a demand. */
const FG_ULTIMATUM = /\b(?:vagarna|vagar\s*na|vgrna)\b[^.!?\n]{0,60}|\bage\s+(?:ta\s+\p{L}+\s+|hamin\s+(?:bashe|joori|jori|bemoone)\s+)(?:\p{L}+\s+){0,4}?(?:\p{L}+\s+)?(?:mikham|mikhaym|pas\s+begir\p{L}*|shekayat\s+mikon\p{L}*|cancel\s+mikon\p{L}*|feskh\s+mikon\p{L}*)\b|\bdige\s+(?:ham\s+)?(?:az\s+(?:shoma|shomaha)|azatoon|azatun|azetoon)\s+(?:kharid|sefaresh|estefade)\s+nemikon\p{L}*|\b(?:gharardad|qarardad)\p{L}*\s+(?:ro\s+)?(?:feskh|laghv|cancel)\s+mikon\p{L}*|\b(?:p[uo]{1,2}lamo|p[uo]{1,2}l(?:am)?\s*ro|shahriye\s*ro)\s+(?:pas\s+)?(?:mikham|begiram)\b/giu;
/** A contact made a third time or more: «بار سومه پیام میدم», «سه بار زنگ زدم». */
const FG_COUNT = /\b(?:bare|baraye\s+bare|baar?e)\s+(?:sevom|sevvom|chaharom|panjom|chandom)\p{L}*|\b(?:[3-9]|se|char|chahar|panj|chand|hezar)\s+(?:bar|dafe|daf'?e|baar)\s+(?:ham\s+)?(?:zang|email|imeil|payam|payamak|message|msg|tamas|chat|ticket)\s*(?:zadam|dadam|gereftam|zadim|dadim|gereftim|ferestadam)\b/giu;
/** Nothing came of it: «هیچکس جواب نداد», «هیچی نشد», «کاری نکرد». */
const FG_NOTHING = /\b(?:hichkas|hichki|hich\s*kas|hichkii|kasi)\s+(?:javab|kari|pasokh)\s*(?:ne|na)\p{L}*|\bjavab\s+(?:nadadin|nadadid|nadad|nemidin|nemidid|nemide)\b|\bhichi\s+nashod\b|\bkari\s+nakard\p{L}*|\bkhabari\s+nashod\b/giu;
const FINGLISH_GATE = readerGate([FG_EXASPERATED, FG_WHERE, FG_ULTIMATUM, FG_COUNT]);

/**
 * Finglish complaint (see above): the signs' weights and their words as evidence; 0 unless the message is Persian typed
 * in Latin letters.
 */
export function readFinglish31(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const none = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty || replyLanguage(ctx).finglish.length === 0) return none;
  const text = ctx.doc.text;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length >= 20 && letters.replace(/[^\p{Lu}]/gu, '').length >= 0.7 * letters.length && /!{2,}/u.test(text);
  if (!shouted && !mayMatch(ctx.low, FINGLISH_GATE)) return none;
  let score = 0;
  const evidence: Evidence[] = [];
  const first = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = 0;
    return re.exec(text);
  };
  const ex = first(FG_EXASPERATED);
  if (ex) {
    score += 1;
    evidence.push(ctx.ev({ start: ex.index, end: ex.index + ex[0].length }, 'tone.why.rhetoricalQuestion'));
  }
  const ult = first(FG_ULTIMATUM);
  if (ult) {
    score += 1;
    evidence.push(ctx.ev({ start: ult.index, end: ult.index + ult[0].trimEnd().length }, 'tone.why.threat'));
  }
  const count = first(FG_COUNT);
  if (count) {
    score += 0.5;
    evidence.push(ctx.ev({ start: count.index, end: count.index + count[0].length }, 'tone.why.contactCount'));
    const nothing = first(FG_NOTHING);
    if (nothing) {
      score += 0.3;
      evidence.push(ctx.ev({ start: nothing.index, end: nothing.index + nothing[0].length }, 'tone.why.unanswered'));
    }
  }
  // «پس کجاست؟؟»: impatient with "??" or beside another sign; a plain "pas key mirese?" alone says nothing.
  const where = first(FG_WHERE);
  if (where && (/[?؟]{2,}/u.test(where[0]) || score > 0)) {
    score += 0.6;
    evidence.push(ctx.ev({ start: where.index, end: where.index + where[0].length }, 'tone.why.impatient'));
  }
  // Typed in capitals with "!!" beside another sign: shouted (the signs above are its evidence).
  if (shouted && score > 0) score += 0.5;
  return { score, evidence };
}

// ---------------------------------------------------------------------------------------------------------------------
// Ironic praise closing a harm (English misses of late24, late28, late29, late30; the same figure already read on late4,
// late7, late8, late12 … by older readers): a short sentence of praise after the first one ("Impressive yield.", "Loyalty
// really pays, huh.", "Great stuff, really motivating.", "amazing timing guys 👏", "very reassuring 10/10", "Wonderful
// keepsake, thanks so much.") in a message that tells a harm (a negated fact, "no reason", "again", "forever") or asks it
// put right (a refund, a reprint, "match it"). Enough alone. Not sincere praise ("Just to say the new dashboard is
// brilliant. Honestly didn't think you'd pull it off", "I would recommend you", "… Lovely customer service. Thank you!",
// "not frustrated, just an idea! Great crew."), nor praise opening a message.

/** A short sentence of praise: "Impressive yield", "Well that's useful", "Great stuff, really motivating". */
export const PRAISE_SENTENCE = /^(?:(?:well|oh|ah|cool|so|and|yeah|wow)[\s,]+)*(?:(?:that['\u2019]?s|this\s+is|what\s+an?|such\s+an?|it['\u2019]?s)\s+)?(?:(?:really|very|truly|just|so|simply)\s+)?(?:great|impressive|wonderful|amazing|brilliant|fantastic|superb|lovely|useful|helpful|reassuring|motivating|excellent|perfect|marvellous|marvelous|fab|stellar|genius|classy|inspiring)\b[^.!?\n]{0,30}$/iu;
/** "X really pays, huh", "… huh.": praise turned by "huh". */
const HUH = /\b(?:really|sure)\s+pays?\b[^.!?\n]{0,10}\bhuh\b|\bhuh\s*[.?!]?$/iu;
/** A harm told, or asked put right. */
export const HARM_TOLD = /\b(?:refund\p{L}*|reprint\p{L}*|restore\p{L}*|cancel\s+the|waive\p{L}*|put\s+it\s+back|at\s+no\s+(?:extra\s+)?charge|at\s+your\s+cost|compensat\p{L}*|match\s+it|doesn['\u2019]?t|didn['\u2019]?t|hasn['\u2019]?t|haven['\u2019]?t|isn['\u2019]?t|wasn['\u2019]?t|won['\u2019]?t|never|no\s+longer|not|no\s+(?:reason|reply|response|answer|explanation|update|timeframe|word|one|way)|forever|again|twice|still)\b/iu;
/** A negated stop of a doing ("I haven't stopped practising since", "can't stop using it"): praise, as session 21 reads it, no harm. */
export const STOP_DOING = /\b(?:haven['\u2019]?t|hasn['\u2019]?t|have\s+not|can['\u2019]?t|cannot|couldn['\u2019]?t|never)\s+stop(?:ped)?\s+\p{L}+ing\b/giu;
/** Sincere praise's own words. */
export const SINCERE = /\bthank(?:s|\s+you)\b[^.?\n]{0,20}!|\bnot\s+(?:frustrated|angry|mad|upset|complaining|a\s+complaint)\b|\b(?:works?\s+again|working\s+again|(?:is|are|was|were|now|all)\s+(?:fixed|sorted|resolved)|back\s+(?:on|up|online)\b|arrived\s+(?:early|safely|on\s+time|today|this\s+morning)|just\s+(?:wanted\s+)?to\s+say|didn['\u2019]?t\s+(?:think|expect)|(?:would|will)\s+(?:definitely\s+)?recommend|thank\s+you\s+(?:so|very)\s+much\s+for\s+(?:your|the)\s+help)\b/iu;
const PRAISE_GATE = readerGate([PRAISE_SENTENCE, HUH]);

/** Ironic praise closing a harm (see above): the praise sentence, with tone.why.sarcasm; English only. */
export function readIronicPraise31(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const none = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, PRAISE_GATE)) return none;
  const text = ctx.doc.text;
  // The praise sentence first, the whole-text checks only for a message that has one (perftone32: the gate's praise words
  // open on many plain tweets, and the three whole-text expressions, one of them a replace, were run on each; the first
  // sentence found is the same in either order, as the checks do not depend on it).
  const re = /[^.!?\n]+[.!?]*/gu;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = /^\s*/u.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead).replace(/[\s.!?\u{1f44f}\u{1f643}]+$/u, '');
    if (!body) continue;
    n++;
    if (n === 1 || !(PRAISE_SENTENCE.test(body) || HUH.test(body)) || body.split(/\s+/u).length > 7) continue;
    if (!HARM_TOLD.test(text.replace(STOP_DOING, ' ')) || SINCERE.test(text) || THANK_PERSON_EN.test(text)) return none;
    const start = m.index + lead;
    return { score: 1.1, evidence: [ctx.ev({ start, end: start + body.length }, 'tone.why.sarcasm')] };
  }
  return none;
}

// ---------------------------------------------------------------------------------------------------------------------
// Thanks for what "you" did, turned sour (Persian misses of late23, late27 ×2, late29; the same figure already read on
// late4 … late30 by older readers): «خیلی ممنون که … نگهمون داشتید 👌», «ممنون که … خبر دادید … برنامه‌ریزیتون مثل همیشه
// بی‌نقصه», «… بستید. تصمیم خیلی هوشمندانه‌ای بود», «واقعاً ممنونم که کتاب رو با جعبه پاره … فرستادین، حتماً مد جدید
// بسته‌بندیه 🙃»; in Finglish "kheyli mamnoon ke pool ro gereftid … 😒". Thanks with «که» for a deed in the second person,
// and after it a sour mark: 🙃 👌 😒 🙄 👏 😂 😑 😐, «مثل همیشه», «لابد», «هوشمندانه», «شاهکار», «فراموش‌نشدنی», «بی‌نقص»,
// or «حتماً» guessing (not «حتماً انجامش میدم», a promise of the customer's). Not sincere thanks («ممنون که سریع پیگیری
// کردین، حل شد», «مرسی که انقدر سریع جواب دادید 🌹», «ممنون که دیروز انقد صبور بودین 😊»).

const FA_THANKS_KE = /(?:ممنون(?:م)?|مرسی|متشکر(?:م)?|سپاس(?:گزارم)?|دست(?:تون|تان|شون)\s+درد\s+نکنه|با\s+تشکر\s+از)\s+(?:(?:بابت|از)\s+\S+\s+)?(?:که|بابت\s+اینکه|از\s+اینکه)\s+[^.!?؟\n]{0,90}?(?:ید|ین|یدش|ینش)(?=[\s.!?؟،,\u{1f300}-\u{1faff}]|$)/u;
const FG_THANKS_KE = /\b(?:(?:kheyli|khili|vaghan|vaghean)\s+)?(?:mamnoon|mamnun|merci|mersi|motshakeram)(?:am|em)?\s+ke\s+[^.!?\n]{0,90}?(?:id|in)\b/iu;
const FA_SOUR = /[\u{1f643}\u{1f44c}\u{1f612}\u{1f644}\u{1f44f}\u{1f602}\u{1f611}\u{1f610}]|مثل\s+همیشه|لابد|هوشمندانه|شاهکار|فراموش\s*\u200c?\s*نشدنی|بی\s*\u200c?\s*نقص|حتماً|حتما/gu;
/** «حتماً انجامش میدم»: a first-person verb after «حتماً» is the customer's promise, not a guess. */
const OWN_PROMISE = /^[^.!?؟\n]{0,25}?(?:^|\s)(?:می|نمی)\S*(?:م|یم)(?=[\s.!?؟،,]|$)/u;
const SOUR_THANKS_GATE = readerGate([FA_THANKS_KE, FG_THANKS_KE]);

/** Thanks for a deed of "you" turned sour (see above): the thanks and the sour mark, with tone.why.sarcasm. */
export function readSourThanks31(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const none = { score: 0, evidence: [] as Evidence[] };
  if (ctx.empty || !mayMatch(ctx.low, SOUR_THANKS_GATE)) return none;
  const text = ctx.doc.text;
  const th = ctx.fa ? FA_THANKS_KE.exec(text) : replyLanguage(ctx).finglish.length ? FG_THANKS_KE.exec(text) : null;
  if (!th) return none;
  const from = th.index + th[0].length;
  FA_SOUR.lastIndex = from;
  for (let m = FA_SOUR.exec(text); m; m = FA_SOUR.exec(text)) {
    if (/^حتما/u.test(m[0]) && OWN_PROMISE.test(text.slice(m.index + m[0].length))) continue;
    return {
      score: 1.1,
      evidence: [ctx.ev({ start: th.index, end: from }, 'tone.why.sarcasm'), ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.sarcasm')],
    };
  }
  return none;
}

// ---------------------------------------------------------------------------------------------------------------------
// «این چه …؟» of any noun (Persian misses of late13, late20, late29 ×2; «این چه وضعشه/سیستمیه/شرکتیه» already read on
// forty development messages, all of them frustrated): «این چه جنسیه به ما دادید؟», «این چه بساطیه؟», «این چه بانکداریه»,
// «این چه بیمه تکمیلی است که …؟». "What kind of X is this?" said of the company's doing is a complaint. Not a question
// of information («این چه مدلیه؟», «این چه پیامکیه؟ از طرف شماست؟», «این چه رنگیه، سبزه یا آبی؟»), nor a charge asked about
// («این چه کارمزدیه که کم شده؟»: an explanation asked, as session 25 reads it in English), nor «میخواستم بپرسم این چه …».

const WHAT_KIND = /(?:^|[\s.،,!؟?:])(?:آخه\s+|بابا\s+)?این\s+چه\s+([^\s؟?.!،,]+)/gu;
/** Nouns an «این چه …؟» asks plainly about. */
const INFO_NOUN = /^(?:کارمزد|هزینه|مبلغ|تراکنش|برداشت|واریز|مدل|رنگ|سایز|اندازه|معنی|معنا|معنیش|پیام|پیامک|کد|شماره|لینک|ایمیل|خطا|خطای|ارور|نوع|جور|کالایی|کاری\s*ست|چیزی|ساعتی|روزی|تاریخی|شعبه|آدرس|فرمی|فایل|برنامه‌ای|اپی)/u;
/** A message, call or parcel from someone unknown («… برام اومده، …»), or asked whether it is the company's. */
const SENDER_ASKED = /ناشناس|(?:برام|برایم|بهم|به\s*دستم)\s+(?:اومده|آمده|رسیده)\s*[،,]|از\s+طرف\s+شما(?:ست|\s+است|ه)?\s*[؟?]|مال\s+شما(?:ست|\s+است)\s*[؟?]|که\s+(?:به\s*م|بهم|به\s+من)\s+(?:پیامک|پیام|زنگ|ایمیل)\s+(?:زده|داده|فرستاده)/u;
const WHAT_KIND_GATE = readerGate([/این\s+چه/u]);

/** «این چه …؟» of a noun not asked about plainly (see above), with tone.why.rhetoricalQuestion; Persian only. */
export function readWhatKind31(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const none = { score: 0, evidence: [] as Evidence[] };
  if (!ctx.fa || ctx.empty || !mayMatch(ctx.low, WHAT_KIND_GATE)) return none;
  const text = ctx.doc.text;
  WHAT_KIND.lastIndex = 0;
  for (let m = WHAT_KIND.exec(text); m; m = WHAT_KIND.exec(text)) {
    const noun = m[1].replace(/\u200c/g, '');
    if (INFO_NOUN.test(noun) || /^(?:کسی|کسیه|کسایی)/u.test(noun)) continue;
    // Who a sender is, asked («یه پیامک از شماره ناشناس اومده، این چه شرکتیه؟», «این چه شرکتیه که بهم پیامک زده؟ از طرف
    // شماست؟»): a question of information about someone else's message, as session 19's calm look-alikes read it.
    if (SENDER_ASKED.test(text)) continue;
    // «میخواستم بپرسم این چه …»: a question announced as one asks.
    if (/(?:بپرسم|سوال|سؤال)[^.!?؟\n]{0,20}$/u.test(text.slice(0, m.index + 1))) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length) + (/^[.،,!؟?:]/u.test(m[0]) ? 1 : 0);
    const lead = text.slice(start, m.index + m[0].length);
    const at = start + (lead.length - lead.trimStart().length);
    return { score: 1.1, evidence: [ctx.ev({ start: at, end: m.index + m[0].length }, 'tone.why.rhetoricalQuestion')] };
  }
  return none;
}
