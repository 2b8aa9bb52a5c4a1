/**
 * The jargon reader: internal words a customer would not know, in one sentence of the agent's own
 * words, English and Persian. Support tiers and queues ("escalated to L2", "the T1 queue", «ارزیاب
 * سطح دو»), priority and severity codes ("P3", "Sev2"), the acronyms of a trade's back office (RMA,
 * SLA, RCA, KYC, AWB, PNR, EOB, FNOL, …), internal statuses and codes ("pending customer", "CARC
 * 97", «کد پاسخ ۶۱», «وضعیت PND-3»), engineering words ("the upstream", "load balancer"), the
 * names of interbank systems in Persian officialese («شاپرک», «سوئیچ شتاب», «سیکل پایا», «سپام»,
 * «کارتابل») and, in Persian, English loanwords in either script («فوروارد», «دِوآپس», "Pending").
 *
 * What it finds is advice with no text change: explain the term in plain words or leave it out. It
 * is never a rewrite because only the agent knows what the term stands for in their company.
 *
 * Trust before coverage: every word is listed (tables below), or, for a code in capitals no list
 * holds, read only where its sentence uses it as a back-office status, stage, result or record
 * ("showing as HX", "goes to DIP review": jargon.caps.en.ts; Persian: faCapsCode below), and
 * the words customers know are never read: PIN, SMS, OTP, PDF, USB, VAT, IBAN, Wi-Fi, product and
 * brand names, order numbers, postcodes and plain codes the customer must type (a voucher code
 * «کد تخفیف SUMMER20»). A tier or priority code counts only in a sentence about a ticket, a team or
 * a handover, so "Terminal 2", "the P30 model" or "size L" stay quiet; a sentence written in
 * capitals throughout is shouting, not acronyms. A good-news update in plain words ("I've escalated
 * this to our senior technician") holds no listed word, so it is never flagged.
 */
import { analyzeSentenceTokens, faFormAnswer, faSlotKey, type Token } from '../../nlp/index.ts';
import { BoundedMemo } from '../../text/memo.ts';
import { ADJECTIVES, CLOSED, VERBS } from '../../nlp/lexicon.en.ts';
import { strings as rewriteStrings } from '../../i18n/strings/rewrite.ts';
import { words } from './en.ts';
import { enCapsCode } from './jargon.caps.en.ts';
import { EN_TRADE_PLAIN, enTradeJargonAt } from './jargon.en.trades.ts';
import { faTradeJargonAt } from './jargon.fa.trades.ts';
import { faOwnPortal, readJargon19Fa } from './jargon19.fa.ts';
import { readStatusLabelFa, settlementDay } from './jargon23.ts';
import { unknownAcronymAt } from './jargon25.en.ts';
import { readJargon30Fa } from './jargon30.ts';
import type { GenericExplain, GenericHit } from './types.ts';

/** The advice, in both UI languages (lib/i18n: `rewrite.jargon.*`). */
export const EXPLAIN_JARGON: GenericExplain = {
  'internal-jargon': { en: rewriteStrings.en['rewrite.jargon.internal'], fa: rewriteStrings.fa['rewrite.jargon.internal'] },
  loanword: { en: rewriteStrings.en['rewrite.jargon.loanword'], fa: rewriteStrings.fa['rewrite.jargon.loanword'] },
  'status-label': { en: rewriteStrings.en['rewrite.jargon.statusLabel'], fa: rewriteStrings.fa['rewrite.jargon.statusLabel'] },
  // One entry per plain wording of the English trade vocabulary (jargon.en.trades.ts): the advice names what to say.
  ...Object.fromEntries(
    [...EN_TRADE_PLAIN].map(([construction, plain]) => [
      construction,
      { en: rewriteStrings.en['rewrite.jargon.trade'].replace('{plain}', plain), fa: rewriteStrings.fa['rewrite.jargon.trade'].replace('{plain}', plain) },
    ]),
  ),
};

/**
 * Back-office acronyms (lower case), by trade. Read when written in capitals (digits allowed: 3DS,
 * ICD-10); the ones in LOWER_OK also in lower case, where they are no English word.
 */
export const ACRONYMS = words(`
  sla slas slo rca rfo rma tat eod cob tbc tbd ooo sop csm tam bau wip nff doa wo cr crs jira qa uat
  awb rts pod ndr rto pnr ssr gds adm irop irops edd aml cdd kyc pep mcc 3ds 3ds2 mid bin atp sku skus oos dc fc lb
  csat aht fcr mttr sr
  eob cpt icd carc rarc npi fnol loa btn csr mnp apn hlr imsi ont olt nte cpe
  ivr crm erp wms oms tms cx asn grn
  los pto ota eori
`);
/** Acronyms with an everyday reading too ("£5 CR", "PO box", "Washington DC"): only after the, your, our, a. */
const DETERMINED_ONLY = words('cr crs wo sr dc fc lb mid bin qa cx csr asn ont olt pep');
const DETERMINERS = words('the your our a an this that its their my');
/** Kinds of business software a customer may run themselves: "your CRM" is their word, "our CRM" the agent's back office. */
const OWN_SYSTEMS = words('crm erp wms oms tms ivr');
/** Acronyms also read in lower case (a texting agent: "sla is 48h", "pnr cancelled"). */
const LOWER_OK = words('sla slas rma rca kyc awb pnr sku skus fnol eob carc jira npi ndr');
/** Words customers know, never flagged even in capitals (and brands a Persian chat writes in Latin). */
export const KNOWN = words(`
  pin sms mms otp pdf usb vat iban bic swift id ok uk us usa eu un uae atm gps tv pc dvd cd hd hdmi ssd sim esim
  wifi wi-fi 4g 5g 3g lte iphone ipad ios android mac macos windows faq vip diy asap fyi am pm eta mb gb tb kb/s
  url www http https app nfc qr vpn ip dhl ups tnt usps fedex hp lg bmw ikea nhs hmrc dvla bbc mci mtn
  ceo cv nda tax pdf/a jpg jpeg png docx xlsx csv
`);

/** A tier or priority written as one token: L2, T1, P3, Sev2, S1 is too short to be sure. */
const TIER_CODE = /^(?:[lt][0-4]|p[0-4]|sev-?[0-4]|tier-[1-3])$/;
/** Words that make a sentence one about tickets, teams or a handover (lemmas / lower case). */
const SUPPORT_CONTEXT = words(`
  ticket tickets tkt case query request issue incident escalate escalated escalation team support queue agent agents engineer
  engineers engineering specialist specialists hand handed pass passed move moved raise raised tag tagged log logged priority
  investigation sla triage pick backlog bug outage known prod assign assigned route routed transfer transferred sit sits
`);
/** Words after a P/T/L code that make it a product, a size or a place, not a tier. */
const NOT_TIER_NEXT = words('model series version plan size pro max lite mini terminal gate car bus line visa form platform');

/**
 * Multi-word English back-office phrases: lower-case token norms, `a|b` alternatives, `#NUM` a
 * number, `#CODE` a number or a short lettered code (R03). `ctx`: only in a sentence about tickets or teams (the words have everyday readings too).
 * `among`: only in a sentence that holds another listed term ("at FNOL … once the loss adjuster reports"), never alone.
 */
const PHRASES_EN: readonly { p: readonly string[]; ctx?: true; among?: true }[] = [
  // Spelt out, "a pre-authorisation hold" and "a pending authorisation" are what a card statement says: only the clipped forms.
  { p: ['pending', 'customer|auth|capture|vendor|engineering|dev'] },
  { p: ['prior', 'auth'] },
  { p: ['fulfillment|fulfilment', 'pipeline|queue|stage'] },
  { p: ['manifested'] },
  { p: ['line', 'haul'] },
  { p: ['in|into', 'provisioning'] },
  { p: ['fare', 'basis'] },
  { p: ['feature', 'flag'] },
  { p: ['on|in|to', 'staging'], ctx: true },
  { p: ['the|a|next', 'deploy'] },
  // Engineering words of a SaaS back office (none in any Bitext agent response): jobs, hooks, tokens, code retired.
  { p: ['last|latest|recent|previous|new|prod|production', 'deploy|deployment|deploys'] },
  { p: ['cron', 'job|jobs|task|tasks|script'] },
  { p: ['webhook|webhooks|payload|payloads'] },
  { p: ['backend|back-end|backends'] },
  { p: ['the|our|on', 'be|fe', 'side|team|service'] },
  { p: ['auth|session|access|refresh|bearer', 'token|tokens'] },
  { p: ['was|were|been|got|is', 'invalidated'] },
  { p: ['deprecated'] },
  { p: ['pending|awaiting|in', 'reconciliation|recon'] },
  { p: ['a|the', '#HTTP', 'from|error|response|timeout|on'] },
  { p: ['pre-auth|preauth'] },
  { p: ['pre-arbitration|prearbitration'] },
  { p: ['acquirer|acquirers'] },
  { p: ['the', 'upstream'] },
  { p: ['upstream', 'service|server|provider|dependency|timeout|error|outage'] },
  { p: ['load', 'balancer|balancers'] },
  { p: ['hub', 'scan'] },
  { p: ['linehaul|line-haul'] },
  { p: ['adjudicated|adjudication|subrogation|repudiated|repudiation'] },
  // A role an insurer's customer meets by name ("The loss adjuster has approved the claim"): jargon only among other terms.
  { p: ['loss', 'adjuster|adjusters'], among: true },
  { p: ['second|2nd|third|3rd|first|1st', 'line'], ctx: true },
  { p: ['second-line|third-line|first-line'], ctx: true },
  { p: ['tier|level', '1|2|3|one|two|three|i|ii|iii'], ctx: true },
  { p: ['sev|severity|priority', '1|2|3|4|one|two|three|four'], ctx: true },
  { p: ['in', 'the', 'backlog'], ctx: true },
  // A bank's or a payer's code, numeric or lettered: "reason code 51", "with reason code R03" (a direct debit return).
  { p: ['reason|response|decline|denial|remark|return', 'code', '#CODE'] },
  { p: ['carc|rarc', '#NUM'] },
  // A prior authorisation asked of a pharmacy: "asked for a PA on the script", "the PA for your prescription".
  { p: ['a|the', 'pa', 'on|for'] },
];

/** A phrase slot read once: a set of words, or a number / an HTTP status code. */
type Slot = ReadonlySet<string> | '#NUM' | '#HTTP' | '#CODE';
const compileSlots = (p: readonly string[]): Slot[] => p.map((x) => (x === '#NUM' || x === '#HTTP' || x === '#CODE' ? x : new Set(x.split('|'))));
/** Phrases by the words their first slot takes: one lookup per token instead of a pass over every phrase. */
function indexByFirst<T extends { slots: Slot[] }>(list: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) {
    const first = x.slots[0];
    if (typeof first === 'string') throw new Error('a jargon phrase starts with a word');
    for (const w of first) {
      const l = m.get(w);
      if (l) l.push(x);
      else m.set(w, [x]);
    }
  }
  return m;
}
const PHRASES_EN_BY_FIRST = indexByFirst(PHRASES_EN.map((x) => ({ slots: compileSlots(x.p), ctx: x.ctx, among: x.among })));

const isNum = (t: Token) => /^\d{1,4}$/.test(t.norm);

/** True when most words of the sentence are written in capitals: shouting, not acronyms. */
function shouting(tokens: readonly Token[]): boolean {
  let caps = 0;
  let all = 0;
  for (const t of tokens) {
    if (!t.word || t.lang !== 'en' || t.text.length < 2) continue;
    const c = t.text.charCodeAt(0);
    const c1 = t.text.charCodeAt(1);
    if (!(((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && ((c1 >= 65 && c1 <= 90) || (c1 >= 97 && c1 <= 122)))) continue;
    all++;
    if (c <= 90 && c1 <= 90) caps++;
  }
  return all >= 4 && caps / all >= 0.6;
}

function hasSupportContext(tokens: readonly Token[], except: number): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (k === except) continue;
    const t = tokens[k];
    if (!t.word) continue;
    if (SUPPORT_CONTEXT.has(t.norm) || SUPPORT_CONTEXT.has(t.lemma)) return true;
    if (t.lang === 'fa' && FA_SUPPORT_CONTEXT.has(t.norm)) return true;
  }
  return false;
}

/** The acronym a Latin token spells, lower case, without a trailing code number ("ICD-10" -> "icd"), or ''. */
function acronymOf(tokens: readonly Token[], k: number, inPersian = false): string {
  const t = tokens[k];
  if (t.lang !== 'en' || !t.word || t.norm.length > 8) return '';
  const lower = t.norm.includes('-') ? t.norm.replace(/-\d+$/, '') : t.norm;
  if (!ACRONYMS.has(lower) || KNOWN.has(lower)) return '';
  const prev = tokens[k - 1];
  // A unit after a number ("5 LB"), or an everyday reading without a determiner.
  if (prev && /^\d/.test(prev.norm)) return '';
  // The customer's own business system ("all 312 contacts are back in your CRM"): theirs, so a word they use.
  if (OWN_SYSTEMS.has(lower) && prev && prev.norm === 'your') return '';
  // Persian has no determiner: a sentence about a ticket, a unit or a handover («با کد SR ثبت و به واحد … ارجاع شد») stands in for one.
  if (DETERMINED_ONLY.has(lower) && !(prev && DETERMINERS.has(prev.norm)) && !(inPersian && hasSupportContext(tokens, k))) return '';
  const written = t.text.includes('-') ? t.text.replace(/-\d+$/, '') : t.text;
  const capsWritten = /[A-Z]/.test(written) && written === written.toUpperCase();
  return capsWritten || LOWER_OK.has(lower) ? lower : '';
}

/** A tier or priority code token (L2, T1, P3, Sev2) used as one, or false. */
function tierCode(tokens: readonly Token[], k: number, inPersian: boolean): boolean {
  const t = tokens[k];
  if (t.lang !== 'en' || t.norm.length > 6 || !TIER_CODE.test(t.norm)) return false;
  // L2 / T1 / P3 are written in capitals; sev may be any case.
  if (!t.norm.startsWith('sev') && !t.norm.startsWith('tier') && t.text !== t.text.toUpperCase()) return false;
  const next = tokens[k + 1];
  if (next && NOT_TIER_NEXT.has(next.norm)) return false;
  const prev = tokens[k - 1];
  if (prev && /^(?:size|terminal|gate|platform|floor|room|seat|bay|zone|unit|block|route|galaxy|pixel|huawei|iphone)$/.test(prev.norm)) return false;
  return inPersian || hasSupportContext(tokens, k);
}

/** Where the phrase read from token k ends (token index), or -1; `fa`: Persian tokens compared by faKey. */
function matchPhrase(tokens: readonly Token[], k: number, slots: readonly Slot[], fa: boolean): number {
  let j = k;
  for (const slot of slots) {
    const t = tokens[j];
    if (!t || !t.word) return -1;
    if (slot === '#NUM') {
      if (!isNum(t)) return -1;
    } else if (slot === '#CODE') {
      // A number, or a short code of letters then digits ("R03", "AC-4").
      if (!isNum(t) && !/^[a-z]{1,3}-?\d{1,4}[a-z]?$/.test(t.norm)) return -1;
    } else if (slot === '#HTTP') {
      if (!/^[45]\d\d$/.test(t.norm)) return -1;
    } else if (!slot.has(fa ? faKey(t.norm) : t.norm)) return -1;
    j++;
  }
  return j;
}

/**
 * Where the first listed phrase that starts with `key` and reads from token k ends (token index), or -1. A phrase
 * marked `ctx` counts only in a sentence about a ticket, a team or a handover.
 */
function phraseAt(tokens: readonly Token[], k: number, byFirst: Map<string, { slots: Slot[]; ctx?: boolean; among?: boolean }[]>, key: string, fa: boolean, among?: { only: boolean }): number {
  for (const c of byFirst.get(key) ?? []) {
    const e = matchPhrase(tokens, k, c.slots, fa);
    if (e > k && (!c.ctx || hasSupportContext(tokens, -1))) {
      if (among) among.only = c.among === true;
      return e;
    }
  }
  return -1;
}

/** Adds [start, end) as a hit, merging with the previous hit when only a space or "and" lies between. */
function push(out: GenericHit[], text: string, start: number, end: number, construction: string): void {
  const last = out[out.length - 1];
  if (last && last.construction === construction && last.end <= start && /^[\s\u200c]*$/.test(text.slice(last.end, start))) {
    last.end = end;
    return;
  }
  if (last && last.end > start) return;
  out.push({ start, end, category: 'jargon', construction });
}

/** Words that make a sentence one about a payment, a claim or an account (for trade terms with an everyday reading). */
const MONEY_CONTEXT = words('payment payments debit debits transfer bank returned return claim account refund charge collection collections ach');

/**
 * Whether the term at text[start, end) is already explained by the agent: a gloss in brackets after it ("RMA (return
 * authorisation)"), the term in brackets after its gloss ("return number (RMA)"), "which means / stands for / is short
 * for …" after it, or "called / known as" before it.
 */
export function explainedAt(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  // A gloss of words in brackets (one word of three letters or more, or two words), not a number or a code: "(12345)", "(R03)".
  if (/^\s*[(\[]\s*(?:i\.e\.\s*|aka\s*|=\s*)?["“]?[a-z][a-z'’-]*\s+["“]?[a-z]/i.test(after) || /^\s*[(\[]\s*[a-z][a-z'’-]{2,}\s*[)\]]/.test(after) || /^\s*[(\[]\s*(?:i\.e\.|aka|meaning|that is|which is|short for)/i.test(after)) return true;
  if (/(?:[a-z][a-z'’-]*\s+[a-z][a-z'’-]*|[)"”])\s*[(\[]\s*$/i.test(before)) return true;
  if (/^\s*,?\s*(?:which|that|this)\s+(?:means|stands|refers|is short|is what|is (?:an?|the|our|your)\s+(?!reason\b|cause\b)[a-z])/i.test(after) || /^\s*(?:means|stands for|is short for|refers to|is what we call)\b/i.test(after)) return true;
  if (/^\s*[-–—:]\s*(?:i\.e\.|meaning|that is|in other words|short for)\b/i.test(after) || /^\s*,\s*(?:i\.e\.|meaning|short for|or in other words)\b/i.test(after)) return true;
  if (/\b(?:called|call it|known as|aka|a\.k\.a\.|term)\s*(?:an?\s+|the\s+)?["“‘']?\s*$/i.test(before)) return true;
  // An appositive gloss headed by a plain noun: "The SKU, the code under the barcode, helps …", "your IBAN, the long number on your statement,".
  if (/^\s*,\s*(?:the|a|an|that|your)\s+(?:[a-z'’-]+\s+){0,2}(?:code|number|reference|label|sticker|letters|digits|form|document|slip|receipt|page|button|box|field|sheet)s?\b[^,.;!?\n]{0,50},/i.test(after)) return true;
  return false;
}

/**
 * Whether the sentence reads as support or money talk, asked at most once and only when a trade term needs it.
 * (perf36en: the returned closure is made per sentence as before; a named one is also named per sentence under tsx.)
 */
function supportContextOnce(tokens: readonly Token[]): () => boolean {
  let ctx: boolean | undefined;
  return () => (ctx ??= hasSupportContext(tokens, -1) || tokens.some((t) => t.word && MONEY_CONTEXT.has(t.norm)));
}

/** English: listed acronyms, tier and priority codes in a support sentence, back-office phrases. */
export function readJargonEn(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  if (shouting(tokens)) return [];
  const out: GenericHit[] = [];
  // Whether a term that counts on its own was read (an `among` phrase needs one).
  let alone = false;
  const among = { only: false };
  const context = supportContextOnce(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    // A term of one trade's back office (jargon.en.trades.ts), with the plain words to say instead; left alone when the
    // agent explains it in the same sentence.
    const trade = enTradeJargonAt(tokens, k, context);
    if (trade) {
      if (!explainedAt(text, t.start, tokens[trade.end - 1].end)) {
        alone = true;
        push(out, text, t.start, tokens[trade.end - 1].end, trade.construction);
      }
      k = trade.end - 1;
      continue;
    }
    const end = phraseAt(tokens, k, PHRASES_EN_BY_FIRST, t.norm, false, among);
    if (end > k) {
      if (!among.only) alone = true;
      push(out, text, t.start, tokens[end - 1].end, 'internal-jargon');
      k = end - 1;
      continue;
    }
    if ((acronymOf(tokens, k) || tierCode(tokens, k, false) || (!KNOWN.has(t.norm) && (enCapsCode(tokens, k) || unknownAcronymAt(text, tokens, k)))) && !explainedAt(text, t.start, t.end)) {
      alone = true;
      push(out, text, t.start, t.end, 'internal-jargon');
    }
  }
  return alone ? out : [];
}

// ---- Persian ----------------------------------------------------------------------------------

/** Folded Persian (token norm: no ZWNJ, no diacritics) with ئ read as ی, so سوئیچ = سوییچ. */
const faKey = (norm: string) => (norm.includes('ئ') ? norm.replace(/ئ/g, 'ی') : norm);

/** English loanwords written in Persian letters that support chat uses for internal steps (folded, no ZWNJ). */
const FA_LOANWORDS = words(`
  اسکالیت اسکیلیت اسکلیت اسکالیتش دواپس دوآپس دیواپس بکلاگ اسپرینت دیپلوی دیپلویش رولبک ترنزکشن ترانزکشن پروسس پروسسینگ
  اتورایز اتورایزیشن دیکلاین دیکلاینشده اسکالیشن اسکیلیشن تریاژ تیکتینگ ری‌اوپن اینسیدنت آپتایم داونتایم هلددیسک اس‌ال‌ای
  کیوسی ستلمنت ستلشده پندینگه پندینگ اپروال
  ریاتمپت اتمپت ریاتمپتش بکاوردر دیسپچ دیسپچشده فولفیلمنت مانیفست مانیفستشده هاب هابِ
  پروپگیت پروپاگیت پراپگیت پروپگیشن پراپگیشن کانفیگ کانفیگوریشن مایگریشن مایگریت ریلیز هاتفیکس تایماوت ریدایرکت داون داونه داونن داونان سینک
  لستمایل لاستمایل فرستمایل فولفیل فولفیلشده ریکانسیل ریکانسیلیشن ریشدول ریشدولشده
  ریورس ریورسال ریورسشده ریفاند ریفاندشده چارجبک مرچنت اکوایرر ایشوئر ایشویر کپچر ریجکت ریجکتشده هولد پروویژن پروویژنینگ
  ریمپ ریمپش دیاگ دیاگش دیاگنوز
  فلگ فلگش اکسپایر اکسپایرش ساسپند ساسپندش ویریفای سابمیت اینولید
`.replace(/\u200c/g, ''));
/**
 * A listed loanword with a Persian enclitic or participle glued on (rwfa8, found with scripts/fa-matrix.ts): «هولده» (is on
 * hold), «ریفاندش کردیم» (we refunded it), «ریورسشد», «اسکالیتشده»: the stem is the listed word, the ending Persian.
 */
const FA_LOANWORD_ENDINGS = ['شده', 'شد', 'شون', 'شو', 'ش', 'ه', 'ها', 'هاش'];
/**
 * (perf28) faLoanword is a pure function of the folded word: read once per word form (it tried 8 endings per token).
 * (perffa31) By the token's norm, kept on the token's form entry (lib/nlp FaWordSlot).
 */
const loanwordMemo = new BoundedMemo<string, boolean>(20_000);
const LOANWORD_SLOT = faSlotKey();
const readLoanwordNorm = (norm: string): boolean => readLoanword(faKey(norm));
function faLoanword(t: Token): boolean {
  return faFormAnswer(t, LOANWORD_SLOT, loanwordMemo, readLoanwordNorm);
}
function readLoanword(key: string): boolean {
  if (FA_LOANWORDS.has(key)) return true;
  for (const e of FA_LOANWORD_ENDINGS) if (key.length - e.length >= 3 && key.endsWith(e) && FA_LOANWORDS.has(key.slice(0, -e.length))) return true;
  return false;
}
/** Interbank and back-office system names, officialese finance terms (folded). */
const FA_SYSTEMS = words(`
  شاپرک سپام کارتابل کارتابلتون کارتابلتان کارپوشه کارپوشهتون کارپوشهتان مابهالتفاوت فرانشیز فرانشیزی کسور کسورات استهلاک
`);
/** Interbank words that are jargon only in a sentence about money («حواله‌تون پایا خورده», «سیکل بعدی»): «پایا» is also "lasting". */
const FA_PAYMENT_SYSTEMS = words('پایا ساتنا سیکل');
/** Two-word Persian phrases (folded norms), the second word `a|b` alternatives. */
const FA_PHRASES: readonly (readonly string[])[] = [
  ['سوییچ', 'شتاب|بانکی|بانک|پرداخت'],
  ['شبکه', 'شتاب'],
  ['سیکل|چرخه', 'پایا|ساتنا|تسویه'],
  ['تسویه', 'پایا|ساتنا|سیکل'],
  ['ارزیاب|کارشناس|پشتیبانی|تیم|واحد|صف', 'سطح|لول|تیر|لایه', 'یک|دو|سه|1|2|3'],
  ['کد', 'پاسخ|خطا|خطای|ریجکت|رد|وضعیت|عودت|برگشت|ابطال|تعلیق|ارجاع', '#NUM'],
  ['سامانه', 'سپام|سحاب|ساتنا|پایا|شاپرک|سمات|سیاح'],
  // «بک اوردر شده», «کش مرورگرتونو»: the English term in two Persian words.
  ['بک', 'اوردر|آردر|اردر'],
  // «برگ ماده ۲۳۸ صادر شد», «فرم ماده ۱۶۹»: a form named by the number of its article of law; «هیئت حل اختلاف بدوی»: the
  // tribunal's stage named as the office does.
  ['برگ|برگه|فرم', 'ماده', '#NUM'],
  ['هییت|هیات|هیئت', 'حل', 'اختلاف', 'بدوی|تجدیدنظر|تجدید'],
  // «لست مایل فردا میارتش»: the logistics term in two words (FA_LOANWORDS reads «لست‌مایل»).
  ['لست|لاست|فرست', 'مایل'],
  ['hard', 'refresh|reload'],
  ['کش', 'مرورگر|مرورگرتون|مرورگرتونو|مرورگرتان|مرورگرش|مرورگرو|سیستم|برنامه|اپ|اپلیکیشن|گوشی'],
];
const FA_PHRASES_BY_FIRST = indexByFirst(FA_PHRASES.map((p) => ({ slots: compileSlots(p) })));
/** Words that make a Persian sentence one about tickets, teams or a handover (folded). */
const FA_SUPPORT_CONTEXT = words('تیکت تیکتتون تیکتتان تیکتشما کیس کیستون پرونده درخواست درخواستتون ارجاع ارجاعشد تیم واحد صف اسکالیت پشتیبانی کارشناس');
/** Latin words of English an agent drops into Persian for an internal status or step (lower case). */
const LATIN_LOANWORDS = words(`
  pending pend fulfillment fulfilment backlog escalate escalated escalation reject rejected decline declined settle settled
  settlement hold onhold queue queued triage hotfix deploy deployed rollback release released ticket case refund refunded
  approve approved approval verify verified verification review reviewing processing process processed status follow-up
  followup forward forwarded reopen reopened resolved closed close chargeback reversal reversed capture captured
  cache cookie cookies dns ttl propagate propagated propagation firewall traceroute config token api endpoint timeout flush
`);
/** Persian words before a Latin token that make it a code the customer types or reads (voucher, order). */
const FA_CODE_BEFORE = words('کد کدتخفیف تخفیف شماره رمز شناسه پسورد نام کاربری ایمیل سایت آدرس لینک مدل گوشی');
/**
 * Persian nouns before a Latin code that name what the customer sees on their own screen: a trader's indicator or a
 * share's ticker («اندیکاتور RSI», «نماد TSLA»), a file format, a button or menu item («دکمه OK», «گزینه ALL»). The code
 * is a label the customer reads there, not the back office's word.
 */
const FA_SEEN_BEFORE = words('گواهی گواهینامه پروتکل اندیکاتور اندیکاتورهای اندیکاتورِ شاخص نماد فرمت پسوند دکمه دکمهی گزینه گزینهی منو منوی تب سربرگ چراغ چراغهای لامپ');

/** Words of a payment: «سوئیچ» there is the interbank switch, not a car key or a network switch. */
const FA_PAYMENT = /تراکنش|واریز|حساب|کارت|بانک|مبلغ|پرداخت|برداشت|وجه|حواله/;
/** Capitals a customer reads every day in a Persian sentence: brands, units, currencies, sizes, plain tech words. */
const FA_KNOWN_CAPS = words(`
  asus amd intel nvidia sony htc zte kia mvm jac ikco saipa dell acer msi bosch tcl jbl xbox ps nasa fifa
  kg km cm mm ml usd eur aed gbp irr try xs xl xxl xxxl
  ram cpu gpu hdd lcd led oled ac dc pos cvv imei adsl vdsl ftth puk it hr ai vr ar ems php sql html css
  apple nokia oppo vivo honor canon nikon zara nike puma lego
  off sale new free hot gold plus pro max lite mini ultra top best shop offer deal black yalda
`);
/**
 * An unlisted code in capitals inside Persian text («به واحد NOC ارجاع شد», «BTS منطقه‌تون»): two to five capital
 * letters, next to a Persian word, not a known word, not a code the customer types («کد تخفیف OFF»), not after a number.
 */
function faCapsCode(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!/^[A-Z]{2,5}$/.test(t.text)) return false;
  const lower = t.norm;
  // An English word written in capitals («SALE», «NEW», «FREE») is a word, not a code.
  if (KNOWN.has(lower) || FA_KNOWN_CAPS.has(lower) || VERBS.has(lower) || ADJECTIVES.has(lower)) return false;
  let prev: Token | undefined;
  let next: Token | undefined;
  for (let m = k - 1; m >= 0 && !prev; m--) if (tokens[m].word) prev = tokens[m];
  for (let m = k + 1; m < tokens.length && !next; m++) if (tokens[m].word) next = tokens[m];
  // An English function word in capitals is a word («ALL», «AND»), unless Persian stands on both sides of a three-letter
  // or longer one: «تو HIS نزده» names the hospital system, not "his".
  if (CLOSED.has(lower) && !(lower.length >= 3 && prev?.lang === 'fa' && next?.lang === 'fa')) return false;
  if (!(prev?.lang === 'fa' || next?.lang === 'fa')) return false;
  if (prev && /^[0-9۰-۹]/.test(prev.norm)) return false;
  if (prev && prev.lang === 'fa' && FA_SEEN_BEFORE.has(faKey(prev.norm))) return false;
  if (prev && prev.lang === 'fa' && FA_CODE_BEFORE.has(faKey(prev.norm))) return faCodeKindNamed(prev, next);
  return true;
}

/**
 * «کد IRC دارو», «شماره RRN مندرج در رسید», «شناسه PNR بلیت»: after a bare «کد / شماره / شناسه» the capitals name a kind
 * of code of the back office, which a Persian noun or adjective then qualifies; the code the customer types stands alone
 * or before «را / رو», a copula or a verb («کد OFF رو وارد کنید», «شماره ABC است»). (rwfa7, late12 and late13 writers.)
 */
const FA_CODE_KIND_HEAD = words('کد شماره شناسه');
const FA_AFTER_CODE_VALUE = words('را رو و یا است هست میباشد بود وارد بزنید بزنین کنید کنین رو تایپ ارسال استفاده هم که تا برای با به از در');
function faCodeKindNamed(prev: Token, next: Token | undefined): boolean {
  if (!FA_CODE_KIND_HEAD.has(faKey(prev.norm)) || !next || next.lang !== 'fa') return false;
  const n = faKey(next.norm);
  return !FA_AFTER_CODE_VALUE.has(n) && !/^(?:می|نمی|ب)/.test(n) && !/(?:ید|ین|م|یم)$/.test(n);
}

/** One or two Persian letters, a dot, one or two more (and so on), standing alone: «ت.خ», «ق.ب.ت». */
const FA_INITIALS = /(?<![\u0600-\u06FF\u200c.])[\u0600-\u06FF]{1,2}(?:\.[\u0600-\u06FF]{1,2})+\.?(?![\u0600-\u06FF\u200c])/g;
/** Initials every reader knows: times (ق.ظ، ب.ظ), eras (ه.ش، ه.ق، ق.م، م), «ج.ا.ا», «ص.پ» (PO box), «ر.ک» (see), «پ.ن» (P.S.). */
const FA_KNOWN_INITIALS = words('قظ بظ هش هق قم جاا صپ رک عج ص س ج پن');

/** Persian: Latin acronyms and tiers, loanwords in either script, interbank system names, internal codes. */
export function readJargonFa(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  if (shouting(tokens)) return [];
  const out: GenericHit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    // Phrases first: the longest reading of a system name or an internal code.
    const key = t.lang === 'fa' ? faKey(t.norm) : t.norm;
    const end = phraseAt(tokens, k, FA_PHRASES_BY_FIRST, key, true);
    if (end > k) {
      push(out, text, t.start, tokens[end - 1].end, 'internal-jargon');
      k = end - 1;
      continue;
    }
    // A word or phrase of one trade's back office (jargon.fa.trades.ts); «وضعیت X» is read below, whole.
    const before0 = k > 0 && tokens[k - 1].lang === 'fa' ? faKey(tokens[k - 1].norm) : '';
    const trade = t.lang === 'en' && before0 === 'وضعیت' ? null : faTradeJargonAt(text, tokens, k, FA_CODE_BEFORE.has(before0));
    if (trade) {
      push(out, text, t.start, tokens[trade.end - 1].end, trade.construction);
      k = trade.end - 1;
      continue;
    }
    if (t.lang === 'en') {
      // jargon23: a settlement day, «پس از T+2».
      if (settlementDay(text, tokens, k)) {
        push(out, text, t.start, tokens[k + 2].end, 'internal-jargon');
        k += 2;
        continue;
      }
      // A code in capitals in brackets after its Persian gloss («سرور مجازی (VPS)», «شماره اقتصادی (TIN)»): explained.
      if (/^[A-Z][A-Z0-9]+$/.test(t.text) && /[\u0600-\u06FF]\u200c?\s*[(\[]\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) && /^\s*[)\]]/.test(text.slice(t.end, t.end + 3))) continue;
      const prev = tokens[k - 1];
      // «وضعیت PND-3», «وضعیت Pending»: an internal status named to the customer.
      if (prev && prev.lang === 'fa' && faKey(prev.norm) === 'وضعیت' && /[a-z]/i.test(t.text) && !KNOWN.has(t.norm)) {
        push(out, text, prev.start, t.end, 'internal-jargon');
        continue;
      }
      if (acronymOf(tokens, k, true) || tierCode(tokens, k, true) || faCapsCode(tokens, k)) {
        push(out, text, t.start, t.end, 'internal-jargon');
        continue;
      }
      const before = prev && prev.lang === 'fa' ? faKey(prev.norm) : '';
      if (LATIN_LOANWORDS.has(t.norm) && !FA_CODE_BEFORE.has(before)) push(out, text, t.start, t.end, 'loanword');
      continue;
    }
    // «فوروارد کردم / شد»: the agent's internal handover; «پیام رو فوروارد کنید» asks the customer for something they know.
    if ((key === 'فوروارد' || key === 'فورواردش') && /^(?:کردم|کردیم|شد|شده|شدهاست|میکنم|میکنیم|کردمش|گردید|گردیده|گردیدهاست)$/.test(tokens[k + 1]?.norm ?? '')) push(out, text, t.start, t.end, 'loanword');
    // «در سوئیچ»: the bank's switch, not a car key or a network switch.
    else if (key === 'سوییچ' && k > 0 && /^(?:در|تو|توی|تایید|تأیید|سمت|طرف|توسط)$/.test(faKey(tokens[k - 1].norm)) && FA_PAYMENT.test(text)) push(out, text, t.start, t.end, 'internal-jargon');
    else if (FA_SYSTEMS.has(key) && !faOwnPortal(tokens, k, key)) push(out, text, t.start, t.end, 'internal-jargon');
    // (not right after a phrase that named it already: «تسویه سیکل پایا» is one term)
    else if (FA_PAYMENT_SYSTEMS.has(key) && FA_PAYMENT.test(text) && !(out.length && /^[\s\u200c]*$/.test(text.slice(out[out.length - 1].end, t.start)))) push(out, text, t.start, t.end, 'internal-jargon');
    else if (faLoanword(t)) push(out, text, t.start, t.end, 'loanword');
  }
  // «واحد ت.خ», «فرم ق.ب»: an internal unit or form named by its initials, with dots (not ق.ظ/ب.ظ, ه.ش: times and dates).
  for (const m of text.matchAll(FA_INITIALS)) {
    const start = m.index ?? 0;
    // «نسخه ۴.۲»: a version number in Persian digits, not initials.
    if (/[۰-۹٠-٩]/.test(m[0]) || FA_KNOWN_INITIALS.has(m[0].replace(/[.\s]/g, '')) || out.some((h) => h.start < start + m[0].length && start < h.end)) continue;
    out.push({ start, end: start + m[0].length, category: 'jargon', construction: 'internal-jargon' });
  }
  // The nineteenth session's families (jargon19.fa.ts): tiers, error numbers, trade codes and terms.
  for (const h of readJargon19Fa(text, tokens)) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  // jargon23: a status label as the back office writes it holds the terms read inside it: one hit over the label.
  for (const h of readStatusLabelFa(text)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].start >= h.start && out[i].end <= h.end) out.splice(i, 1);
    if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  }
  // jargon30: the switch of a payment, a frozen membership, "hub" in Latin letters (a second term the tables did not hold).
  for (const h of readJargon30Fa(text, tokens)) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  out.sort((a, b) => a.start - b.start);
  return out;
}
