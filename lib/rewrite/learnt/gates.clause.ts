/**
 * (ml33) Clause gates over the learnt readers' spans: the clause a span lies in, read from the language layer's tokens
 * (clauses, negation, lemma, Persian verb person and tense), says whether the span's words refuse, blame or talk down at
 * all. ml32 found these clause readings did not help as features (features.clause.ts, off); here each is a question asked
 * of a span after the reader chose it, and a span whose clause answers yes is dropped. Each gate is measured on the
 * leave-one-writer-split-out folds (scripts/learnt-gates33.ts over a CV dump; lib/rewrite/README.md, ml33) and switched
 * on only where it lowered neutral flags or wrong spans without losing an item: CLAUSE_GATES33.
 *
 * - `cond`: the span lies in a condition ("if you can't find it, …", «اگه پیداش نکردید، …»): the case the agent names, not
 *   a refusal of it. A counterfactual past ("if you had read …", «اگه … خونده بودین») is a reproach and stays read.
 * - `youPast`: the span's clause tells the customer's own past action, with no negation and no word of reproach in it
 *   ("you ordered the blue one", «سفارش رو ثبت کردید»): news told back, not blame.
 * - `butGood`: the span's clause opens on "but / however" («ولی / اما») after a clause with no negation, and holds no
 *   negation, no inability and no reproach itself ("Your refund is through, but it may show on Monday").
 * - `plain`: the span's clause has no negation, no modal of obligation or ability and no second person (ml32's
 *   suggestion); measured, see the README for what it cost.
 * - `refuseNoNeg`: a refusal, time-refusal or system span whose clause holds no negation and no word that refuses or
 *   restricts (unable, only, must, required; «فقط / صرفا / باید»): "so kindly take it as a challenge" refuses nothing.
 * - `harmDenied` (Persian): a harm's state denied of the customer's thing («کارت شما مسدود نیست», «اشتراکتون لغو نشده»):
 *   news that reassures; «قابل لغو نیست» (a thing that cannot be done) is a refusal and stays read.
 */
import { analyzeFaWordWide, type Token } from '../../nlp/index.ts';

export const CLAUSE_GATE_NAMES = ['cond', 'youPast', 'butGood', 'plain', 'refuseNoNeg', 'harmDenied'] as const;
export type ClauseGateName = (typeof CLAUSE_GATE_NAMES)[number];
/**
 * Which clause gates run, per language: the ones the folds kept (lib/rewrite/README.md, ml33). Evaluation switches them
 * (scripts/learnt-cv.ts --clause-gates=…, scripts/learnt-gates33.ts).
 */
export const CLAUSE_GATES33: Record<'en' | 'fa', Record<ClauseGateName, boolean>> = {
  en: { cond: false, youPast: false, butGood: false, plain: false, refuseNoNeg: true, harmDenied: false },
  fa: { cond: false, youPast: true, butGood: false, plain: false, refuseNoNeg: false, harmDenied: true },
};

/** The word tokens of clause `c`. */
/**
 * The word tokens of clause `c`, grouped once per sentence's token list: a filter of every token per span was quadratic in
 * a one-clause run-on with hundreds of spans (tests/unit/rewrite/linear33.test.ts counts it).
 */
const byClause = new WeakMap<readonly Token[], Map<number, Token[]>>();
const NO_WORDS: Token[] = [];
function clauseWords(tokens: readonly Token[], c: number): Token[] {
  let m = byClause.get(tokens);
  if (!m) {
    m = new Map();
    for (const t of tokens) {
      if (!t.word) continue;
      const list = m.get(t.clause);
      if (list) list.push(t);
      else m.set(t.clause, [t]);
    }
    byClause.set(tokens, m);
  }
  return m.get(c) ?? NO_WORDS;
}

// --- English ---
const SECOND_EN: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'your', 'yours', 'yourself']);
const CONTRAST_EN: ReadonlySet<string> = new Set(['but', 'however', 'though', 'although', 'yet']);
const MODAL_EN: ReadonlySet<string> = new Set(['must', 'should', 'ought', 'required', 'require', 'requires', 'obliged', 'gotta', 'mandatory', 'can', 'could', 'able', 'unable', 'cannot', 'impossible', 'allowed', 'permitted', 'possible', 'need', 'needs', 'have', 'has', 'got']);
const INABILITY_EN: ReadonlySet<string> = new Set(['unable', 'cannot', 'impossible', 'unavailable', 'only', 'must', 'required']);
/** Words that make a customer's action a reproach (neg.en.ts's toldBack list, and a negation is one too). */
const REPROACH_EN = /^(?:wrong|wrongly|incorrect|incorrectly|invalid|mistake|mistaken|mistakenly|error|forget|forgot|forgotten|fail|failed|miss|missed|ignore|ignored|instead|should|again|already|only|clearly|obviously|without|misread|misunderstood|misunderstand|late|twice|careless|carelessly|properly|correctly|fault|blame|breach|responsible|responsibility|own|yourself|old|outdated|expired|even|just|still|never)$/;
/** Words that refuse or restrict without a negation ("unable", "only", "must", "required", "denied", "refuse"). */
const RESTRICT_EN: ReadonlySet<string> = new Set(['unable', 'cannot', 'impossible', 'unavailable', 'only', 'just', 'must', 'required', 'require', 'mandatory', 'deny', 'denied', 'refuse', 'refused', 'decline', 'declined', 'reject', 'rejected', 'prohibit', 'prohibited', 'forbid', 'forbidden', 'restrict', 'restricted', 'exclusively', 'solely', 'until', 'till', 'after', 'before', 'earliest', 'nah', 'nae', 'cant', 'wont', 'dont', 'policy', 'system', 'limit', 'maximum', 'minimum', 'max', 'min', 'no', 'full', 'closed', 'booked', 'down', 'stuck', 'frozen', 'locked', 'blocked', 'unfortunately', 'naw', 'computer', 'app', 'portal', 'website', 'site', 'server', 'machine', 'terminal', 'tool', 'software', 'due', 'prior', 'deadline', 'late', 'later', 'wait', 'weeks', 'days', 'months']);
const PAST_AUX_EN: ReadonlySet<string> = new Set(['did', 'had', 'was', 'were']);
const pastFormEn = (t: Token): boolean => (t.pos === 'VERB' || t.pos === 'AUX') && t.norm !== t.lemma && !/(?:ing|s)$/.test(t.norm) && t.lemma !== 'be';

/**
 * Where `tok` is in `tokens`, by binary search on the starts (a sentence's tokens are in text order), so a gate asked
 * for every span of a one-sentence run-on stays linear (linear33); `indexOf` when the starts are ever out of order.
 */
function tokenIndex(tokens: readonly Token[], tok: Token): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t === tok) return mid;
    if (t.start < tok.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return tokens.indexOf(tok);
}

const CONDITION_EN: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
const SUBJECT_EN: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'u']);
/**
 * (ml32) Whether a span lies in a condition ("even if the piano has not been played", "if you haven't had the code"):
 * an "if / unless / whether" before it in its clause with at most one subject between them (a second subject starts
 * the main clause the layer did not split off: "If it's urgent we can't do anything" is read).
 */
export function inConditionEn(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length) return false;
  const first = tokenIndex(tokens, span[0]);
  let subjects = 0;
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.clause !== span[0].clause) return false;
    if (!t.word) continue;
    if (CONDITION_EN.has(t.norm)) return subjects <= 1;
    if (SUBJECT_EN.has(t.norm)) subjects++;
  }
  return false;
}

/** A span in a condition (inConditionEn) whose clause is no counterfactual reproach. */
function inConditionAnyEn(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!inConditionEn(tokens, span)) return false;
  // "If you had read the email", "if you would have called": the reproach itself.
  const cw = clauseWords(tokens, span[0].clause);
  return !cw.some((w, j) => (w.norm === 'had' && cw[j + 1] && pastFormEn(cw[j + 1])) || ((w.norm === 'would' || w.norm === 'should' || w.norm === 'could') && cw[j + 1]?.norm === 'have'));
}

/** The first person word of a clause before its first verb: '1', '2', '3' or '' (an imperative). */
function subjectEn(cw: readonly Token[]): string {
  for (const t of cw) {
    if (SECOND_EN.has(t.norm) && t.norm !== 'your') return '2';
    if (t.norm === 'i' || t.norm === 'we') return '1';
    if (t.pos === 'VERB' || t.pos === 'AUX') return '';
  }
  return '';
}

/** Whether a clause gate drops an English span of `category` over `span` (word tokens of the sentence `tokens`). */
export function clauseGateEn(category: string, _text: string, tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length) return false;
  const G = CLAUSE_GATES33.en;
  const cw = clauseWords(tokens, span[0].clause);
  const neg = cw.some((t) => t.neg);
  if (G.cond && category !== 'blame' && inConditionAnyEn(tokens, span)) return true;
  if (G.youPast && !neg && subjectEn(cw) === '2' && cw.some((t, j) => PAST_AUX_EN.has(t.norm) || (pastFormEn(t) && !/^(?:am|is|are|be|been|being|get|gets|'re|'m)$/.test(cw[j - 1]?.norm ?? ''))) && !cw.some((t) => REPROACH_EN.test(t.norm))) return true;
  if (G.butGood && !neg && cw.length && (CONTRAST_EN.has(cw[0].norm) || cw.slice(0, 3).some((t) => t.norm === 'however'))) {
    const prev = tokens.filter((t) => t.word && t.clause === span[0].clause - 1);
    if (prev.length && !prev.some((t) => t.neg) && !cw.some((t) => INABILITY_EN.has(t.norm) || REPROACH_EN.test(t.norm))) return true;
  }
  if (G.plain && !neg && !cw.some((t) => MODAL_EN.has(t.norm) || SECOND_EN.has(t.norm))) return true;
  if (G.refuseNoNeg && (category === 'refusal' || category === 'time-refusal' || category === 'system') && !neg && !cw.some((t) => RESTRICT_EN.has(t.norm) || RESTRICT_EN.has(t.lemma))) return true;
  return false;
}

// --- Persian ---
const CONDITION_FA: ReadonlySet<string> = new Set(['اگر', 'اگه', 'چنانچه', 'درصورتی', 'درصورتیکه', 'agar', 'age']);
const CONTRAST_FA: ReadonlySet<string> = new Set(['ولی', 'اما', 'ولیکن', 'لیکن', 'منتها']);
const MODAL_FA: ReadonlySet<string> = new Set(['باید', 'بایست', 'بایستی', 'مجبور', 'موظف', 'لازم', 'الزامی', 'ملزم', 'امکان', 'امکانش', 'ممکن', 'مقدور', 'میسر']);
const SECOND_FA: ReadonlySet<string> = new Set(['شما', 'تو', 'خودتون', 'خودتان', 'شمارو', 'شمارا']);
const REPROACH_FA = /^(?:اشتباه|اشتباهی|غلط|درست|دقت|دقیق|بازم|باز|دوباره|قبلا|قبلاً|هنوز|خودتون|خودتان|فقط|تقصیر|مقصر|بی‌دقتی|بیدقتی|حواس|دیر)$/;
/** The action named as a cause of what went wrong («… عوض کردید، برای همین قفل شد»): blame, whatever its words. */
const CAUSE_FA = /برای\s*همین|به\s*همی?ن?\s*(?:خاطر|دلیل|علت)|بخاطر|به\s*خاطر|چون|به\s*دلیل|به\s*علت|در\s*نتیجه|باعث|سبب/;
/** A counterfactual past in a condition: «خونده بودین», «کرده بودید» (the reproach). */
const PLUPERFECT_FA = /(?:^|[\s\u200c])بود(?:م|ی|یم|ید|ین|ن|ند)?(?=$|[\s\u200c،,؛;.!:])/;

const RESTRICT_FA: ReadonlySet<string> = new Set(['فقط', 'صرفا', 'صرفاً', 'تنها', 'منحصرا', 'غیرممکن', 'ناممکن', 'محدود', 'ممنوع', 'مجاز', 'حداکثر', 'حداقل', 'تا', 'بعد', 'قبل', 'پس', 'زودتر', 'دیرتر', 'سیستم', 'قانون', 'مقررات', 'آیین‌نامه', 'آییننامه', 'ضوابط', 'طبق', 'مطابق', 'متاسفانه', 'متأسفانه', 'نه']);
/** A harm's state: blocked, cancelled, void, cut off, fined, deducted, deleted. */
const HARM_STATE_FA = /^(?:مسدود|بلاک|باطل|لغو|کنسل|قطع|جریمه|کسر|حذف|توقیف|ضبط|منقضی|غیرفعال|بسته|رد)$/;
/** A negative copula or a negated «شدن» right after the harm («مسدود نیست», «لغو نشده», «کسر نمی‌شه»). */
const DENIED_FA = /^(?:نیست|نیس|نیستش|نشده|نشد|نشدهاست|نمیشه|نمیشود|نخواهدشد)$/;
/**
 * (ml33) A harm's state denied of the customer's thing: «کارت شما مسدود نیست», «اشتراکتون لغو نشده». The span lies on the
 * denial or the harm, and no «قابل / امکان» before the harm makes it a thing that cannot be done («قابل لغو نیست»).
 */
function harmDeniedFa(_text: string, tokens: readonly Token[], span: readonly Token[]): boolean {
  const denied = deniedHarmTokens(tokens);
  return denied.size > 0 && span.some((t) => denied.has(t));
}
/** The tokens of every harm denied in the sentence (the harm and its denial), found once per token list (see clauseWords). */
const deniedBySentence = new WeakMap<readonly Token[], Set<Token>>();
function deniedHarmTokens(tokens: readonly Token[]): Set<Token> {
  let out = deniedBySentence.get(tokens);
  if (out) return out;
  out = new Set();
  const words = tokens.filter((t) => t.word);
  for (let k = 0; k + 1 < words.length; k++) {
    if (!HARM_STATE_FA.test(words[k].norm) || !DENIED_FA.test(words[k + 1].norm.replace(/\u200c/g, ''))) continue;
    if (words.slice(Math.max(0, k - 2), k).some((t) => /^(?:قابل|امکان|امکانش|ممکن|اجازه)$/.test(t.norm))) continue;
    out.add(words[k]).add(words[k + 1]);
  }
  deniedBySentence.set(tokens, out);
  return out;
}

/**
 * (ml34) Whether the clause gates read formal light verbs as verbs («ثبت نمودید», «تکمیل فرمودید», «ارسال گردید»): the
 * layer's tokens leave them unanalysed (lib/nlp keeps its wide reading apart so the packs stay as tuned), so `youPast` did
 * not see a formal customer's own action. Evaluation switches it (scripts/learnt-gates33.ts --no-formal).
 */
export const FORMAL_VERBS_FA = { on: true };
/** A word's verb analysis for the clause gates: the layer's, or (FORMAL_VERBS_FA) the wide reading's formal light verb. */
const verbFa = (t: Token) => t.fa ?? (FORMAL_VERBS_FA.on && t.word ? analyzeFaWordWide(t.norm)?.verb : undefined);

/** A verb read as a bare third-person singular past («پرداخت», «رسید»): the same letters as a noun. */
const bareThirdPast = (v: { person: { person: number; plural: boolean }; tense: string; progressive: boolean; negative: boolean }) => v.person.person === 3 && !v.person.plural && v.tense === 'past' && !v.progressive && !v.negative;

/** Whether a clause gate drops a Persian span of `category` over `span` (word tokens of the sentence `tokens`). */
export function clauseGateFa(category: string, text: string, tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length) return false;
  const G = CLAUSE_GATES33.fa;
  const cw = clauseWords(tokens, span[0].clause);
  const neg = cw.some((t) => t.neg);
  if (G.cond && category !== 'blame' && category !== 'passive-aggressive' && cw.length && CONDITION_FA.has(cw[0].norm) && tokens.indexOf(cw[0]) < tokens.indexOf(span[0])) {
    const clauseText = text.slice(cw[0].start, cw[cw.length - 1].end);
    if (!PLUPERFECT_FA.test(clauseText)) return true;
  }
  if (G.youPast && !neg) {
    // (ml34) A bare third-person past before another verb is mostly a noun of the same letters («پرداخت», «رسید», «برگشت»
    // before «فرمودید / کردید»): the clause's verb is the next one.
    const verbs = cw.map(verbFa).filter((x) => !!x);
    const v = FORMAL_VERBS_FA.on ? (verbs.find((x, i) => i === verbs.length - 1 || !bareThirdPast(x)) ?? verbs[0]) : verbs[0];
    if (v && v.person.person === 2 && v.tense === 'past' && !v.negative && !cw.some((t) => REPROACH_FA.test(t.norm) || MODAL_FA.has(t.norm)) && !CAUSE_FA.test(text)) return true;
  }
  if (G.butGood && !neg && cw.length && CONTRAST_FA.has(cw[0].norm)) {
    const prev = tokens.filter((t) => t.word && t.clause === span[0].clause - 1);
    if (prev.length && !prev.some((t) => t.neg) && !cw.some((t) => MODAL_FA.has(t.norm) || REPROACH_FA.test(t.norm))) return true;
  }
  if (G.plain && !neg && !cw.some((t) => MODAL_FA.has(t.norm) || SECOND_FA.has(t.norm) || t.fa?.person.person === 2)) return true;
  if (G.refuseNoNeg && (category === 'refusal' || category === 'time-refusal' || category === 'system') && !neg && !tokens.some((t) => t.neg || MODAL_FA.has(t.norm) || RESTRICT_FA.has(t.norm))) return true;
  if (G.harmDenied && harmDeniedFa(text, tokens, span)) return true;
  return false;
}
