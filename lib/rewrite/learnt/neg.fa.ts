/**
 * The learnt reader of Persian negative phrasing: a word-level logistic regression over the language layer's features
 * (features.fa.ts) that says which words of a sentence are negative phrasing, and a second one (softmax over the
 * evaluation sets' categories) that says what kind. Trained by scripts/train-neg-fa.ts on the team's own Persian
 * evaluation splits (never an aside split, never the held-out one); the weights live beside it in
 * neg-fa.weights.json, loaded only when the reader is asked for (loadNegFaModel: a chunk of its own in the build, so the
 * reader switched off costs neither the download's parse nor the decoding). The engine shows what it finds as advice
 * only (no text change), and only where no rule flagged the words (engine.ts, `learnt` option). lib/rewrite/README.md
 * has its figures.
 */
import { analyzeFaWordWide, analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { clauseGateFa } from './gates.clause.ts';
import { trimSpan } from './span-trim.ts';
import { featureHashesFa, sentenceBagFa, sentenceFeatureHashesFa, wordFeaturesFa, wordIndices } from './features.fa.ts';
import { spanTokens } from './within.ts';
import { hashWords, lazyModel, LEARNT_TRACE, passesCategory, type LearntHit, type LearntLanguage, type NegModel, phrasingSpan, readSpans, sentenceProbabilityHashed, spanCategoryHashed, wordProbabilitiesHashed } from './model.ts';

export { decodeModel, hashFeature, LEARNT_CATEGORY, type LearntHit, type NegModel, type NegWeightsFile } from './model.ts';

const weights = lazyModel(() => import('./neg-fa.weights.json', { with: { type: 'json' } }));
/**
 * Loads and decodes the shipped weights, once (a dynamic import: the bundler emits the weights as a chunk of their own,
 * fetched and parsed only when this runs). The engine starts it the first time a call asks for the reader and reads
 * nothing until it has resolved; a page that turns the reader on awaits it first, as the tests and scripts do.
 */
export const loadNegFaModel = (): Promise<NegModel> => weights.load();
/** The model the reader reads with: undefined until loadNegFaModel has resolved (and the first call starts it). */
export const negFaModel = (): NegModel | undefined => weights.get();
/**
 * Evaluation only (scripts/neg-fa-cv.ts): the engine reads with this model instead of the shipped one until called with
 * undefined, so a fold is measured through the engine's own filters. Clear the region cache (or pass cache: false).
 */
export const useNegFaModel = (model: NegModel | undefined): void => weights.use(model);

/** Words that carry no phrasing of their own: a span of nothing else is a neighbour's echo, not a finding. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'CONJ', 'DET', 'NUM', 'PUNCT', 'SYM']);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['را', 'رو', 'هم', 'و', 'که', 'این', 'اون', 'آن', 'ان', 'در', 'از', 'به', 'با', 'تو', 'برای', 'بر', 'یه', 'یک', 'حال', 'دیگه', 'دیگر', 'ضمنا', 'است', 'هست', 'بود']);
export const contentWordFa = (t: Token) => !FUNCTION_POS.has(t.pos) && !FUNCTION_WORDS.has(t.norm) && !/^[0-9]+$/.test(t.norm);
const contentWord = contentWordFa;
/**
 * Whether a span holds phrasing and not a lone name of a thing: a verb, a negation, an adverb or interjection, or two
 * content words. A lone noun or
 * adjective («فوت», «لنت», «حواله») is a word the sentence's other words made likely, and advice naming it reads as
 * nonsense to the agent (the cross-validated folds: most such spans fell beside the marked words or on neutrals).
 */
export const SPAN_GATE = { on: true, question: true };
/**
 * A question («موضوع مهمی نیست؟», «آیا زمان تحویل هنوز مشخص نمی‌باشد؟») is not read: a negation in a question asks, and
 * the rules read the questions that reproach («چند بار باید بگم؟»).
 */
const QUESTION_END = /[؟?]\s*\S{0,3}\s*$/u;
const phrasesFa = (t: Token): boolean => !!(t.fa || t.neg);
const evidentSpan = (tokens: readonly Token[], idx: readonly number[]): boolean => !SPAN_GATE.on || phrasingSpan(tokens, idx, contentWord, phrasesFa);

const FA: LearntLanguage = {
  sentenceBag: sentenceBagFa,
  wordFeatures: wordFeaturesFa,
  contentWord,
  skipSentence: (text) => SPAN_GATE.question && QUESTION_END.test(text),
  keepSpan: evidentSpan,
};

/** Probability of each word token (in wordIndices order) being negative phrasing. */
export function wordProbabilities(model: NegModel, feats: readonly string[][]): number[] {
  return wordProbabilitiesHashed(model, hashWords(feats));
}

/** Probability that the sentence holds negative phrasing at all. */
export function sentenceProbability(model: NegModel, tokens: readonly Token[]): number {
  return sentenceProbabilityHashed(model, sentenceFeatureHashesFa(tokens));
}

/** The category whose summed scores over the span's words are highest. */
export function spanCategory(model: NegModel, feats: readonly string[][]): string {
  return spanCategoryHashed(model, hashWords(feats));
}

/**
 * Negative spans of one Persian sentence: runs of words whose probability, times the sentence reader's probability,
 * reaches the threshold (a run goes on over the spaces and ZWNJ between words, never over a punctuation mark).
 */
export function readNegFaWith(model: NegModel, text: string, tokens: readonly Token[], threshold = model.threshold): LearntHit[] {
  const whole = readRuns(model, text, tokens, threshold);
  const read = PIECES.on ? withPieces(model, text, tokens, threshold, whole) : whole;
  const hits = read.length ? read.filter((h) => passesCategory(h, CATEGORY_THRESHOLD_FA)) : read;
  if (!SPAN_GATE.on || !hits.length) return trace(text, trimmedFa(tokens, hits));
  const conditions = conditionReader(text);
  const reassures = reassuranceReader(text);
  // A span's word tokens by binary search (learnt/within.ts: a filter of every token per span is quadratic in a run-on).
  const inSpan = spanTokens(tokens);
  // (ml33) Then the clause gates the folds kept (gates.clause.ts: the customer's own past told back, a harm denied).
  const inFormula = letterFormulaReader(text);
  return trace(text, trimmedFa(tokens, hits.filter((h) => !inFormula(h.start, h.end) && !gatedByKind(text, h, conditions, reassures) && !clauseGateFa(h.category, text, tokens, inSpan(h.start, h.end, isWord)))));
}

const isWord = (t: Token): boolean => t.word;

/**
 * (mlfa35) A Persian compound verb puts its noun or adjective first and the negated light verb last («مسترد نمی‌گردد»,
 * «اجازه مرجوعی نمیده», «قابل واریز نیست»): on writers it never read, the reader scores the noun part high and the
 * light verb low (a light verb is in every sentence), so its run is a lone noun and the span gate drops it. A run the
 * span gate would drop is read on to the negated verb that closes it: the next words, at most LIGHT_VERB.reach of them,
 * with no punctuation between and in the same clause, ending on a negated verb. A lone noun with no negated verb after
 * it («فوت», «لنت») is dropped as before. lib/rewrite/README.md, mlfa35.
 */
export const LIGHT_VERB = { on: true, reach: 3 };
/**
 * «حرف نداره», «نظیر ندارد», «لنگه نداره»: a thing with no equal, praise (its noun alone reads like a refusal's). The
 * negated verb the run reads on to is a word the layer's wide reading takes for a negated verb too: «نگه» of «نگه
 * داشتن» is read as a negated «گفتن» by the packs' tokens, not by the wide reading.
 */
const PRAISE_NOUN: ReadonlySet<string> = new Set(['حرف', 'نظیر', 'لنگه', 'همتا', 'رقیب', 'مانند', 'بدل', 'کم', 'کموکسر']);
const praised = (noun: Token, verb: Token): boolean => PRAISE_NOUN.has(noun.norm) && analyzeFaWordWide(verb.norm)?.verb?.lemma === 'داشتن';
const FA_UNGATED: LearntLanguage = { ...FA, keepSpan: undefined };
/** (mlfa35, evaluation) A jargon run is a lone noun by nature («ویت‌لیست», «ریبال»): kept by the span gate when on. */
export const LONE_JARGON = { on: false };

const readRuns = (model: NegModel, text: string, tokens: readonly Token[], threshold: number): LearntHit[] =>
  LIGHT_VERB.on && SPAN_GATE.on ? lightVerbSpans(model, text, tokens, threshold) : readSpans(FA, model, text, tokens, wordIndices(tokens), threshold);

/**
 * (mlfa35) Each piece of a sentence between commas, semicolons and colons read as a sentence of its own too («بسیار
 * بسیار عذر می‌خواهیم، داروی شما آماده است …»: the good news after the comma pulls the whole sentence's probability
 * under the threshold, 0.08; the piece reads 0.97); its runs are added where no run of the whole sentence lies, then
 * gated as any run. Evaluation only (off): on the folds +3 items at no neutral cost with the reassurance kinds below
 * (REASSURE_MORE), but a piece loses its sentence's context («حق با شماست، باید … می‌گفتیم», «پیام شما را نخوانده بودیم،
 * عذر می‌خواهیم» read) and a run-on of commas is not yet read in linear work: lib/rewrite/README.md, mlfa35.
 */
export const PIECES = { on: false };
const PIECE_MARK = /^[،,؛;:]+$/;
function withPieces(model: NegModel, text: string, tokens: readonly Token[], threshold: number, whole: LearntHit[]): LearntHit[] {
  const pieces: Token[][] = [[]];
  for (const t of tokens) {
    if (!t.word && PIECE_MARK.test(t.text.trim())) pieces.push([]);
    else pieces[pieces.length - 1].push(t);
  }
  if (pieces.length < 2) return whole;
  const out = [...whole];
  // The pieces and their runs come in order, as the whole sentence's runs do: one pointer over those finds an overlap
  // (no scan of every run per run in a run-on of commas).
  let w = 0;
  for (const piece of pieces) {
    let n = 0;
    for (const t of piece) if (t.word) n++;
    if (n < 2) continue;
    for (const h of readRuns(model, text, piece, threshold)) {
      while (w < whole.length && whole[w].end <= h.start) w++;
      if (w < whole.length && whole[w].start < h.end) continue;
      out.push(h);
    }
  }
  return out.length === whole.length ? whole : out.sort((x, y) => x.start - y.start);
}

/**
 * The negated light verb a run of words[a … e-1] reads on to (an index into `words`), or -1: among the next
 * LIGHT_VERB.reach words, in the run's clause with no punctuation between, the first the wide reading takes for a
 * negated verb, unless it says a thing has no equal («حرف نداره»).
 */
export function lightVerbAfter(text: string, tokens: readonly Token[], words: readonly number[], e: number): number {
  if (e <= 0) return -1;
  for (let j = e; j < Math.min(words.length, e + LIGHT_VERB.reach); j++) {
    const t = tokens[words[j]];
    if (t.clause !== tokens[words[e - 1]].clause || /[^\s\u200c]/.test(text.slice(tokens[words[j - 1]].end, t.start))) return -1;
    if (t.neg && analyzeFaWordWide(t.norm)?.verb?.negative) return praised(tokens[words[j - 1]], t) ? -1 : j;
  }
  return -1;
}

function lightVerbSpans(model: NegModel, text: string, tokens: readonly Token[], threshold: number): LearntHit[] {
  const words = wordIndices(tokens);
  const read = readSpans(FA_UNGATED, model, text, tokens, words, threshold);
  if (!read.length) return read;
  const out: LearntHit[] = [];
  let hashed: ReturnType<typeof featureHashesFa> | undefined;
  // The runs come in order: one cursor over `words` finds each run's word indices (no rescan per run in a run-on).
  let a = 0;
  // The end of the last run read on to its verb: a run that starts inside it (the verb's own run) is that span already.
  let readOnTo = -1;
  for (const h of read) {
    if (h.start < readOnTo) continue;
    while (a < words.length && tokens[words[a]].start < h.start) a++;
    let e = a;
    while (e < words.length && tokens[words[e]].end <= h.end) e++;
    if (evidentSpan(tokens, words.slice(a, e)) || (LONE_JARGON.on && h.category === 'jargon')) {
      out.push(h);
      continue;
    }
    const verb = lightVerbAfter(text, tokens, words, e);
    if (verb < 0) continue;
    hashed ??= featureHashesFa(tokens);
    readOnTo = tokens[words[verb]].end;
    out.push({ start: h.start, end: readOnTo, p: h.p, category: spanCategoryHashed(model, hashed.slice(a, verb + 1)) });
  }
  return out;
}

/** (ml32) The spans trimmed at their edges (span-trim.ts), after the gates. */
function trimmedFa(tokens: readonly Token[], hits: LearntHit[]): LearntHit[] {
  if (!hits.length) return hits;
  const within = spanTokens(tokens);
  return hits.map((h) => {
    const t = trimSpan('fa', within(h.start, h.end, (x) => x.word), contentWord);
    return t ? { ...h, start: t[0], end: t[1] } : h;
  });
}

/**
 * (ml31) Per-category thresholds above the model's, chosen on the leave-one-split-out folds (scripts/learnt-cv-thresholds.ts
 * over a `neg-fa-cv.ts --dump`): a span of a category listed is shown only when its highest word probability reaches
 * its threshold. Evaluation may replace the entries.
 */
export const CATEGORY_THRESHOLD_FA: Record<string, number> = {};

function trace(text: string, hits: LearntHit[]): LearntHit[] {
  if (LEARNT_TRACE.hits) for (const hit of hits) LEARNT_TRACE.hits.push({ text, hit });
  return hits;
}

/** An apology's own words: advice that calls a span a reflex apology must name one. */
const APOLOGY_WORD = /معذرت|ببخش|بخشید|عذر|متأسف|متاسف|پوزش|شرمنده|mazerat|bebakhsh|bebakhshid|motasef/i;
/**
 * A clause that opens on a condition («اگه سیستم فایلو قبول نکرد، برام ایمیلش کنید»): it says what to do if, it refuses
 * nothing. The gate's question is whether `CONDITION_HEAD` matches the sentence's text before a span: a head (below) that
 * ends before the span with no clause mark between its end and the span.
 */
const CONDITION_HEAD = /(?:^|[،,؛;.!:]\s*|\s)(?:اگر|اگه|چنانچه|درصورتی‌که|در صورتی که|درصورتیکه|agar|age)\s[^،,؛;.!:]*$/i;
/** CONDITION_HEAD without its tail, run once over a sentence (global); its marks the same as the tail's class. */
const CONDITION_HEADS = /(?:^|[،,؛;.!:]\s*|\s)(?:اگر|اگه|چنانچه|درصورتی‌که|در صورتی که|درصورتیکه|agar|age)\s/gi;
const CLAUSE_MARK = /[،,؛;.!:]/;
/**
 * (perffa30) Whether the text before offset `at` ends in a conditional clause, as `CONDITION_HEAD.test(text.slice(0, at))`,
 * answered from one pass over the sentence: the regular expression run on the text before each span read a run-on
 * sentence once per span (quadratic: a quarter of a 50 KB run-on's analysis). Heads are found left to right without
 * overlaps; one hidden inside an earlier head's match lies after that head's end with no clause mark between them, so
 * the earlier head answers the same. `tests/unit/rewrite/learnt-fa-gates.test.ts` keeps the two equal.
 */
export function conditionReader(text: string): (at: number) => boolean {
  let ends: number[] | undefined;
  let marks: number[] | undefined;
  return (at) => {
    if (!ends) {
      ends = [];
      marks = [];
      CONDITION_HEADS.lastIndex = 0;
      for (let m = CONDITION_HEADS.exec(text); m; m = CONDITION_HEADS.exec(text)) ends.push(m.index + m[0].length);
      if (ends.length) for (let k = 0; k < text.length; k++) if (CLAUSE_MARK.test(text[k])) marks.push(k);
    }
    // The last head ending at or before `at`, and the last clause mark before `at`: the head holds when no mark follows it.
    const e = lastAtMost(ends, at);
    if (e < 0) return false;
    const m = lastAtMost(marks!, at - 1);
    return m < 0 || marks![m] < ends[e];
  };
}
/** Index of the last value <= x in an ascending list, -1 when none. */
function lastAtMost(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
/** A negated end: what the customer keeps does not expire, go void, run out, get wiped or cut («منقضی نمی‌شه», «باطل نمی‌گردد»). */
const KEPT_UNTIL = /(?:منقضی|باطل|تموم|تمام|پاک|حذف|قطع|سوخت|کنسل|لغو)[\s\u200c]*(?:نمی|نمي)[\s\u200c]?(?:شه|شود|شن|شوند|گردد|گردند)(?=$|[\s\u200c،,؛;.!:؟?])/;
/**
 * (session 29) Gates by kind over the reader's spans, on look-alikes written after it was trained: a reflex-apology span
 * with no apology word in it («دیر جواب دادم» beside a sincere «معذرت») names the wrong words, and a system or refusal
 * span inside a conditional clause is an instruction for a case, not a refusal. (ml30) A passive-aggressive or blame
 * span inside an open condition (openCondition) is one too.
 */
function gatedByKind(text: string, h: LearntHit, inCondition: (at: number) => boolean, reassures: (start: number, end: number) => boolean): boolean {
  if (reassures(h.start, h.end)) return true;
  if (h.category === 'apology-reflex') return !APOLOGY_WORD.test(text.slice(h.start, h.end));
  // (ml31) A handing-on or a time word inside the condition too («در صورتی که تا پایان هفته نمره‌ای ثبت نشود، …»).
  // (thirty-seventh session, after the retrain on kinds37's rules) «تخفیف شما تا آخر ماه منقضی نمی‌شه»: a time before a
  // negated end (expire, void, run out, wiped, cut) says how long the customer keeps something, it refuses nothing.
  if (h.category === 'time-refusal' && KEPT_UNTIL.test(text)) return true;
  if (h.category === 'system' || h.category === 'refusal' || h.category === 'not-my-dept' || h.category === 'time-refusal') return inCondition(h.start);
  if (h.category === 'passive-aggressive' || h.category === 'blame') return openCondition(text, h.start, h.end, inCondition);
  return false;
}

/**
 * (bur35) The courtesy formula of a formal letter, «به اطلاع / استحضار (شما) می‌رساند / می‌رسانیم / می‌رسونم (که)»: not
 * negative phrasing (its pack rule, fa-bureaucratic-inform, was retired: never over a writer's marks in 40 splits). The
 * reader, trained while the pack rule covered these words, flags «می‌رسانیم» alone before bad news; a span that lies
 * wholly inside the formula is dropped. A span that reaches past it (the news itself) is the reader's as before.
 */
const LETTER_FORMULA_FA = /(?:^|[\s\u200c،,؛;.!:])به[\s\u200c]+(?:اطلاع|استحضار)(?:تون|تان|[\s\u200c]+(?:شما|جنابعالی))?[\s\u200c]+(?:می|مي)?[\s\u200c]?(?:رسان|رسون)(?:د|ند|یم|يم|م|ید|يد|ین|ين)?(?:[\s\u200c]+(?:که|كه))?(?=$|[\s\u200c،,؛;.!:؟?])/g;

/** Whether a span lies wholly inside one of the text's letter formulas (found once per text: a run-on stays linear). */
function letterFormulaReader(text: string): (start: number, end: number) => boolean {
  if (!/استحضار|اطلاع/.test(text)) return () => false;
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(LETTER_FORMULA_FA)) ranges.push([m.index + (/^[\s\u200c،,؛;.!:]/.test(m[0]) ? 1 : 0), m.index + m[0].length]);
  if (!ranges.length) return () => false;
  const starts = ranges.map((r) => r[0]);
  return (start, end) => {
    const k = lastAtMost(starts, start);
    return k >= 0 && end <= ranges[k][1];
  };
}

/**
 * (ml31) Negations that reassure, whatever category the reader names (its spans there were neutrals of a new writer):
 * - «مشکلی نیست», «اشکالی نداره», «هیچ ایرادی ندارد»: no problem, said to the customer (not «مشکل از ما نیست», «مشکل ما
 *   نیست»: something between the noun and the verb);
 * - a harm nobody is going to do: «کسی قرار نیست بیمه‌نامه رو باطل کنه», «قرار نیست هزینه‌ای کسر بشه» (not «قرار نیست
 *   پولتون رو برگردونیم»: a refusal names no harm);
 * - a no-reply notice: «پاسخ این ایمیل خوانده نمی‌شود», «به این پیام جواب ندید» (not «ایمیل شما بررسی نمی‌شود»).
 */
const NO_PROBLEM = /(?:^|[\s\u200c])(?:مشکل|اشکال|ایراد|مسئله|مساله|عیب)(?:ی|\u200cای|ای)?[\s\u200c]*(?:نیست|نیس|نداره|ندارد|نداشت)(?=$|[\s\u200c،,؛;.!:)؟?])/g;
/**
 * (mlfa35) More reassurance said in a word the reader reads alone, each a span's own words only: a need spared («ضرورتی به
 * حضور شما نیست», «نیازی به فرم جدید نیس»), no harm done («برای پوست مشکلی ایجاد نمیکنه», «ضرری نداره», «آسیبی
 * نمی‌زنه») and the courtesy «قابل شما رو نداره». Not «ما نیازی نداریم» (first person: the agent declines) and not a
 * harm named («مشکل ایجاد می‌کنه»).
 */
const NO_NEED = /(?:^|[\s\u200c])(?:ضرورت|نیاز|لزوم|احتیاج)(?:ی|\u200cای|ای)?(?:[\s\u200c]+[^\s\u200c،,؛;.!:؟?]+){0,5}?[\s\u200c]+(?:نیست|نیس|نداره|ندارد|نداشت|نداشته)(?=$|[\s\u200c،,؛;.!:)؟?])/g;
const NO_HARM = /(?:^|[\s\u200c])(?:(?:مشکل|آسیب|ضرر|خطر|عارضه|ایراد)(?:ی|\u200cای|ای)?[\s\u200c]+(?:ایجاد|وارد)[\s\u200c]*(?:نمی|نمي)[\s\u200c]*(?:کنه|کند|کنن|کنند|شه|شود|کنه)|(?:ضرر|خطر|آسیب)(?:ی|\u200cای|ای)?[\s\u200c]+(?:نداره|ندارد|نمی[\s\u200c]*زنه|نمی[\s\u200c]*زند|نمیزنه))(?=$|[\s\u200c،,؛;.!:)؟?])/g;
const COURTESY = /(?:^|[\s\u200c])قابل[\s\u200c]+(?:شما|تو|شمارو|جنابعالی|حضرتعالی|دوستان)(?:[\s\u200c]+(?:رو|را))?[\s\u200c]+(?:نداره|ندارد|نداشت)(?=$|[\s\u200c،,؛;.!:)؟?])/g;
const HARM = /باطل|لغو|کنسل|قطع|مسدود|بلاک|جریمه|کسر|کم\s*(?:بشه|شه|شود|کنیم|کنن|کنند)|حذف|اخراج|شکایت|توقیف|ضبط|اضافه\s*(?:بشه|شه|شود)|بدهکار|دیرکرد/;
const NOT_GOING = /قرار\s*نیست|قرار\s*نیس(?=[\s\u200c])/;
const NO_REPLY = /(?:این|به\s*این)\s+(?:ایمیل|ای[\s\u200c]?میل|پیام|پیامک|نشانی|آدرس|صندوق)(?:\s+\S+){0,2}?\s+(?:(?:خوانده|خونده|پاسخ\s*داده|جواب\s*داده|بررسی|چک|دیده)[\s\u200c]*(?:نمی|نمیشه|نمیشود)|(?:پاسخ|جواب)[\s\u200c]*(?:ندهید|ندید|ندین|نده|نزنید|نفرستید))/;
const CLAUSE_END = /[،,؛;.!:؟?]/;

/** (mlfa35) Evaluation: NO_NEED, NO_HARM and COURTESY read (on as shipped). */
export const REASSURE_MORE = { on: true };

export function reassuresFa(text: string, start: number, end: number): boolean {
  return reassuranceReader(text)(start, end);
}

/**
 * reassuresFa for every span of one text: the «مشکلی نیست» matches and the clause marks found once, each clause's verdict
 * made once (a run-on of one clause read per span was quadratic: «نمی‌توانم تا » repeated, 60 KB in 7 s).
 */
function reassuranceReader(text: string): (start: number, end: number) => boolean {
  let noProblem: Array<[number, number]> | null = null;
  let noProblemStarts: number[] | null = null;
  let spared: number[] | null = null;
  let sparedEnds: number[] | null = null;
  let marks: number[] | null = null;
  const verdicts = new Map<number, boolean>();
  return (start, end) => {
    if (!noProblem) {
      noProblem = [];
      NO_PROBLEM.lastIndex = 0;
      for (let m = NO_PROBLEM.exec(text); m; m = NO_PROBLEM.exec(text)) noProblem.push([m.index, m.index + m[0].length]);
      noProblemStarts = noProblem.map(([a]) => a);
    }
    // The matches do not overlap: only the last one starting at or before the span can hold it.
    const k = lastAtMost(noProblemStarts!, start);
    if (k >= 0 && end <= noProblem[k][1]) return true;
    // (mlfa35) A need spared, no harm, a courtesy: matches of three patterns, which may overlap, so by their ends' running
    // maximum (a match starting at or before the span that ends at or after it holds it).
    if (!spared) {
      const found: Array<[number, number]> = [];
      if (REASSURE_MORE.on)
        for (const re of [NO_NEED, NO_HARM, COURTESY]) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
        }
      found.sort((x, y) => x[0] - y[0]);
      spared = found.map(([a]) => a);
      let hi = -1;
      sparedEnds = found.map(([, b]) => (hi = Math.max(hi, b)));
    }
    const j = lastAtMost(spared, start);
    if (j >= 0 && end <= sparedEnds![j]) return true;
    if (!marks) {
      marks = [];
      for (let i = 0; i < text.length; i++) if (CLAUSE_END.test(text[i])) marks.push(i);
    }
    // The clause around the span (between clause marks): from just after the last mark before `start` to the first mark
    // at or after `end`.
    const before = lastAtMost(marks, start - 1);
    const a = before >= 0 ? marks[before] + 1 : 0;
    const after = lastAtMost(marks, end - 1) + 1;
    const b = after < marks.length ? marks[after] : text.length;
    let v = verdicts.get(a);
    if (v === undefined) {
      const clause = text.slice(a, b);
      v = (NOT_GOING.test(clause) && HARM.test(clause)) || NO_REPLY.test(clause);
      verdicts.set(a, v);
    }
    return v;
  };
}

/** A subjunctive of «بودن» closing a clause's verb («خونده باشین», «کرده باشید», «باشه»): the condition is open. */
const OPEN_SUBJUNCTIVE = /(?:^|[\s\u200c])(?:ن?باش(?:م|ی|ه|د|یم|ید|ین|ن|ند)?)(?=$|[\s\u200c،,؛;.!:])/;
/**
 * (ml30) A customer's action told inside an open condition («اگه ایمیل رو خونده باشین، لینک توشه», "if you have read
 * the email, the link is in it"): the agent says what holds in that case, it reproaches nothing. The span lies in a
 * clause that opens on «اگر/اگه …» and that clause's verb is a subjunctive of «بودن» (a perfect subjunctive). A
 * counterfactual past («اگه ایمیل رو خونده بودین، …», «اگه … نگاه می‌انداختید، … نمی‌دادید») is the reproach and stays.
 */
export function openCondition(text: string, start: number, end: number, inCondition?: (at: number) => boolean): boolean {
  if (!(inCondition ? inCondition(start) : CONDITION_HEAD.test(text.slice(0, start)))) return false;
  const rest = /^[^،,؛;.!:؟?]*/.exec(text.slice(end))?.[0] ?? '';
  const head = /(?:اگر|اگه|چنانچه|درصورتی‌که|در صورتی که|درصورتیکه)\s[^،,؛;.!:]*$/.exec(text.slice(0, start))?.[0] ?? '';
  return OPEN_SUBJUNCTIVE.test(head + text.slice(start, end) + rest) && !/بود(?:م|ی|یم|ید|ین|ن|ند)?(?=$|[\s\u200c،,؛;.!:])/.test(head + text.slice(start, end) + rest);
}

/** The gate as first written (a regular expression over the text before the span): kept for the equality test. */
export const conditionBefore = (text: string, at: number): boolean => CONDITION_HEAD.test(text.slice(0, at));

/** The shipped model's negative spans of one Persian sentence (offsets into it); none while the model is loading. */
export function readNegFa(text: string): LearntHit[] {
  const model = negFaModel();
  return model ? readNegFaWith(model, text, analyzeSentenceTokens(text)) : [];
}
