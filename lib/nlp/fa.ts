/**
 * Persian verb morphology for the verbs support replies use: the negative prefix ن (نمی‌, ن),
 * the progressive prefix می, the subjunctive ب, present and past stems in formal and colloquial
 * form (توان/تون, شو/ش, دان/دون, خواه/خوا ...), and person/number endings (formal م ی د یم ید ند,
 * colloquial ه ین ن). Words are analysed folded and joined (no ZWNJ or space between prefix and
 * stem), so می‌توانیم, میتوانیم and می توانیم read alike. Also inflects a verb for a person, which
 * lets a replacement agree with the verb it replaces.
 */
import { foldKey } from '../text/index.ts';
import { BoundedMemo } from '../text/memo.ts';
import { foldSlice } from './chars.ts';
import { dict } from './dict.ts';
import type { FaVerb, Person, Token, WordSlot } from './types.ts';

interface VerbEntry {
  lemma: string;
  present: string[];
  presentColloquial: string[];
  past: string[];
  pastColloquial: string[];
  /** Takes no می in the present when it means "have" (دارم, not می‌دارم). */
  noProgressive?: boolean;
}

const V = (lemma: string, present: string, presentColloquial: string, past: string, pastColloquial = '', noProgressive = false): VerbEntry => ({
  lemma,
  present: present.split(' ').filter(Boolean),
  presentColloquial: presentColloquial.split(' ').filter(Boolean),
  past: past.split(' ').filter(Boolean),
  pastColloquial: pastColloquial.split(' ').filter(Boolean),
  noProgressive,
});

export const FA_VERBS: readonly VerbEntry[] = [
  V('توانستن', 'توان', 'تون', 'توانست', 'تونست'),
  V('شدن', 'شو', 'ش', 'شد'),
  V('دانستن', 'دان', 'دون', 'دانست', 'دونست'),
  V('کردن', 'کن', '', 'کرد'),
  V('دادن', 'ده', 'د', 'داد'),
  V('داشتن', 'دار', '', 'داشت', '', true),
  V('خواستن', 'خواه', 'خوا', 'خواست'),
  V('گرفتن', 'گیر', '', 'گرفت'),
  V('رسیدن', 'رس', '', 'رسید'),
  V('فرستادن', 'فرست', '', 'فرستاد'),
  V('گذاشتن', 'گذار', 'ذار', 'گذاشت', 'ذاشت'),
  V('دیدن', 'بین', '', 'دید'),
  V('گفتن', 'گوی گو', 'گ', 'گفت'),
  // Colloquial میاد/نمیام: the stem's ی merges into می, leaving ا.
  V('آمدن', 'آی', 'یا ا', 'آمد', 'اومد ومد'),
  V('رفتن', 'رو', 'ر', 'رفت'),
  V('بودن', 'باش', '', 'بود'),
  V('ماندن', 'مان', 'مون', 'ماند', 'موند'),
  V('پذیرفتن', 'پذیر', '', 'پذیرفت'),
  V('فهمیدن', 'فهم', '', 'فهمید'),
  V('آوردن', 'آور', 'یار', 'آورد'),
  V('زدن', 'زن', '', 'زد'),
  V('کشیدن', 'کش', '', 'کشید'),
  V('گشتن', 'گرد', '', 'گشت'),
  V('خوردن', 'خور', '', 'خورد'),
  V('خواندن', 'خوان', 'خون', 'خواند', 'خوند'),
  V('نوشتن', 'نویس', '', 'نوشت'),
  V('پرداختن', 'پرداز', '', 'پرداخت'),
  V('فروختن', 'فروش', '', 'فروخت'),
  V('بستن', 'بند', '', 'بست'),
  V('شناختن', 'شناس', '', 'شناخت'),
  V('گرداندن', 'گردان', 'گردون', 'گرداند', 'گردوند'),
  V('رساندن', 'رسان', 'رسون', 'رساند', 'رسوند'),
];

/**
 * The wider reading (analyzeFaWordWide) adds formal light and passive verbs: «ارسال نمایید», «رد
 * گردید», «خودداری فرمایید», «بپرسید»; the present stem keeps the ی of the hiatus (نمای+ید). گردیدن
 * after گشتن: «می‌گردد» in a reply is the passive auxiliary; یافتن the formal light verb of «حضور نیافتید», «ادامه
 * می‌یابد» (rwfa23). Kept apart from FA_VERBS so the tokens
 * the packs and the tone reader read stay as they were tuned.
 */
export const FA_VERBS_WIDE: readonly VerbEntry[] = [...FA_VERBS, V('نمودن', 'نمای', '', 'نمود'), V('فرمودن', 'فرمای', '', 'فرمود'), V('گردیدن', 'گرد', '', 'گردید'), V('پرسیدن', 'پرس', '', 'پرسید'), V('ساختن', 'ساز', '', 'ساخت'), V('یافتن', 'یاب', '', 'یافت'), V('نشستن', 'نشین', 'شین', 'نشست'), V('افتادن', 'افت', '', 'افتاد'), V('بردن', 'بر', '', 'برد'), V('خریدن', 'خر', '', 'خرید')];

/**
 * Preverbs written joined to the verb: بر + (ن)می + stem (برنمی‌آید, برنمیاد, برمی‌گردونیم).
 * Read only with a می/نمی/ن/ب prefix after them, so nouns and adjectives that start with بر stay words.
 */
const PREVERBS = ['بر'];

const BY_LEMMA = new Map(FA_VERBS.map((v) => [v.lemma, v]));

/** A verb this table can analyse and inflect (the copula بودن included). */
export function isFaVerbLemma(lemma: string): boolean {
  return BY_LEMMA.has(lemma);
}

const PRESENT_ENDINGS: Record<string, [Person, boolean]> = dict({
  م: [{ person: 1, plural: false }, false],
  ی: [{ person: 2, plural: false }, false],
  د: [{ person: 3, plural: false }, false],
  ه: [{ person: 3, plural: false }, true],
  یم: [{ person: 1, plural: true }, false],
  ید: [{ person: 2, plural: true }, false],
  ین: [{ person: 2, plural: true }, true],
  ند: [{ person: 3, plural: true }, false],
  ن: [{ person: 3, plural: true }, true],
});
const PAST_ENDINGS: Record<string, [Person, boolean]> = dict({
  م: [{ person: 1, plural: false }, false],
  ی: [{ person: 2, plural: false }, false],
  '': [{ person: 3, plural: false }, false],
  یم: [{ person: 1, plural: true }, false],
  ید: [{ person: 2, plural: true }, false],
  ین: [{ person: 2, plural: true }, true],
  ند: [{ person: 3, plural: true }, false],
  ن: [{ person: 3, plural: true }, true],
});

const PREFIXES: [string, boolean, boolean, boolean][] = [
  // prefix, negative, progressive, subjunctive
  ['نمی', true, true, false],
  ['می', false, true, false],
  ['ن', true, false, false],
  ['ب', false, false, true],
  ['', false, false, false],
];

/** Copula forms: هستم/نیستم ..., است, colloquial نیس. */
const COPULA: Record<string, [boolean, Person, boolean]> = dict();
for (const [stem, neg] of [['هست', false], ['نیست', true]] as const) {
  for (const [ending, [person, colloquial]] of Object.entries(PAST_ENDINGS)) COPULA[stem + ending] = [neg, person, colloquial];
}
COPULA['است'] = [false, { person: 3, plural: false }, false];
COPULA['نیس'] = [true, { person: 3, plural: false }, true];
COPULA['هس'] = [false, { person: 3, plural: false }, true];

export interface FaAnalysis {
  lemma: string;
  /** Absent for an infinitive or a modal like باید. */
  verb?: FaVerb;
  negative: boolean;
}

/**
 * Per-word memos, as large as the English layer's (lib/nlp/en.ts): a Persian draft set of a few
 * thousand words (the speed bench's 150 drafts hold 5,600 distinct words) emptied a 5,000-word memo
 * on every pass and read most words again.
 */
const WORD_MEMO = 20_000;

/**
 * (perffa31) A Persian word form's memo entry, and the Token.slot of the tokens read as that form (lib/nlp/index.ts): its
 * analysis, and the answers that readers above this layer keep for the form (`own`, one index per reader: faSlotKey), so a
 * reader asks its per-form question once per form and then finds the answer on the token, with no table lookup of its own
 * (perf29: about 2,000 string-keyed memo lookups a Persian draft, four or five per token, a tenth of the analysis).
 * `ext` is Token.slot's (lib/tone keeps its word record there). Answers must be pure functions of `norm`.
 */
export class FaWordSlot implements WordSlot {
  ext: unknown = undefined;
  readonly own: unknown[] = [];
  constructor(
    readonly norm: string,
    readonly analysis: FaAnalysis | null,
  ) {}

  /** Serialised as its form and analysis (the readers' answers are theirs). */
  toJSON(): { norm: string; analysis: FaAnalysis | null; ext: unknown } {
    return { norm: this.norm, analysis: this.analysis, ext: this.ext };
  }
}

let slotKeys = 0;
/** A new index into FaWordSlot.own, for one reader's per-form answer (call once, when the reader's module loads). */
export const faSlotKey = (): number => slotKeys++;

/** t's form entry when t is a Persian word read as the form its norm says (a token copied with another norm has none). */
export function faSlotOf(t: Token): FaWordSlot | undefined {
  const s = t.slot;
  return s instanceof FaWordSlot && s.norm === t.norm ? s : undefined;
}

/**
 * A reader's per-form answer for token t: kept on t's form entry under `key` (faSlotKey), made by make(norm) once per entry;
 * a token without an entry asks `memo` (the reader's own table of norms, as before). `make` must be a pure function of the norm.
 */
export function faFormAnswer<V extends {} | null>(t: Token, key: number, memo: BoundedMemo<string, V>, make: (norm: string) => V): V {
  const s = t.slot;
  if (s instanceof FaWordSlot && s.norm === t.norm) {
    const v = s.own[key];
    if (v !== undefined) return v as V;
    return (s.own[key] = make(t.norm)) as V;
  }
  return memo.remember(t.norm, make);
}

const cache = new BoundedMemo<string, FaWordSlot>(WORD_MEMO);
const wideCache = new BoundedMemo<string, FaAnalysis | null>(WORD_MEMO);
const slotOfWord = (w: string) => new FaWordSlot(w, analyze(w, false));
const analyzeWide = (w: string) => analyze(w, true);

/** Analyse one folded, joined Persian word; null when it is not a verb form this table knows. */
export function analyzeFaWord(w: string): FaAnalysis | null {
  return cache.remember(w, slotOfWord).analysis;
}

/** The form entry of a folded, joined Persian word (its analysis is analyzeFaWord's). */
export function faWordSlot(w: string): FaWordSlot {
  return cache.remember(w, slotOfWord);
}

/**
 * analyzeFaWord, read wider (what the generic clause reader needs): the formal verbs of FA_VERBS_WIDE,
 * a light verb without ب as the subjunctive («ارسال کنید», «انجام شود»), ب with the present stem only
 * («بپرسید» is پرس + ید, not the past پرسید), the impersonal «(نـ)می‌توان», and «بدون», «بدهی», «نگه»,
 * «کند» as the words they mostly are.
 */
export function analyzeFaWordWide(w: string): FaAnalysis | null {
  return wideCache.remember(w, analyzeWide);
}

function analyze(w: string, wide: boolean): FaAnalysis | null {
  for (const pre of PREVERBS) {
    if (!w.startsWith(pre) || w.length < pre.length + 4) continue;
    const inner = analyzeVerb(w.slice(pre.length), wide);
    if (inner?.verb && (inner.verb.progressive || inner.verb.negative || inner.verb.subjunctive)) {
      const lemma = pre + inner.lemma;
      return { lemma, negative: inner.negative, verb: { ...inner.verb, lemma } };
    }
  }
  return analyzeVerb(w, wide);
}

/**
 * Regional spellings of the negative progressive prefix «نمی»: «نیمی‌» (Isfahani, Shirazi, Yazdi: «نیمیتونیم», «نیمیذاره»)
 * and «نِمِ‌» (Dari, Mashhadi: «نِمِتونیم», «نِمِشه», «نِمِکُنه»; the kasras are folded away, leaving «نم»). Read as «نمی» +
 * the rest only when that is a negative present verb of the table, and for «نم» only before the everyday stems a writer
 * drops the «ی» in (can, become, let, do, give, want, know, say, get, come): «نمره» (a grade), «نمایید», «نمونه»,
 * «نمدی» and «نیمی از» (half of) stay the words they are. Returns the folded «نمی…» form, or null. Twenty-ninth session
 * (late28: six refusals, time refusals and system refusals written so).
 */
const DIALECT_NM_STEM = /^(?:تون|ش|ذار|زار|کن|د|خوا|خا|دون|گ|گیر|یا|فرست|رس)/;
export function faDialectNegative(w: string): { form: string; drop: number; insert: number } | null {
  if (w.length < 4 || w.charCodeAt(0) !== 0x646) return null;
  let form = '';
  let drop = -1;
  let insert = -1;
  if (w.startsWith('نیمی') && w.length >= 6) {
    form = 'نمی' + w.slice(4);
    drop = 1;
  } else if (w[1] === 'م' && w[2] !== 'ی' && DIALECT_NM_STEM.test(w.slice(2)) && w !== 'نمدی') {
    form = 'نمی' + w.slice(2);
    insert = 1;
  } else return null;
  const a = analyzeFaWord(form);
  // Not the second person: «… رو نمتونید تشخیص بدین» taunts someone in everyday talk (Shekasteh); a refusal is ours or its.
  if (!a?.verb || !a.negative || !a.verb.progressive || a.verb.tense !== 'present' || a.verb.person.person === 2) return null;
  return { form, drop, insert };
}

/** Light verbs read without a prefix as the subjunctive: کنید، نمایید، فرمایید، شود، گردد. */
const BARE_SUBJUNCTIVE = new Set(['کردن', 'نمودن', 'فرمودن', 'شدن', 'گردیدن']);

/** Words that read as verb forms but are far more often something else («میان»: among). */
const NOT_VERBS = new Set(['میان']);
/** The same for the wider reading («بدون»: without, «کند»: slow, «نگه» of «نگه داشتن»). */
const NOT_VERBS_WIDE = new Set(['میان', 'بدون', 'بدهی', 'بدهیها', 'کند', 'کنار', 'نگه', 'خرید', 'خریدی', 'نشست', 'برد']);

/** One stem of one verb, in the order analyzeVerb tries them: verb by verb, present, colloquial present, past, colloquial past. */
interface StemCandidate {
  v: VerbEntry;
  stem: string;
  tense: 'present' | 'past';
  colloquialStem: boolean;
}

/**
 * A verb table's stems by their first letter, each list in the table's order: the only stems a word (after its prefix)
 * can start with, so a word is compared with a handful of stems, not with every stem of every verb. The order kept, the
 * last longest stem wins as it did over the whole table.
 */
function stemsByHead(verbs: readonly VerbEntry[]): Map<number, StemCandidate[]> {
  const out = new Map<number, StemCandidate[]>();
  for (const v of verbs) {
    const forms: [string[], 'present' | 'past', boolean][] = [
      [v.present, 'present', false],
      [v.presentColloquial, 'present', true],
      [v.past, 'past', false],
      [v.pastColloquial, 'past', true],
    ];
    for (const [stems, tense, colloquialStem] of forms) {
      for (const stem of stems) {
        const head = stem.charCodeAt(0);
        let list = out.get(head);
        if (!list) out.set(head, (list = []));
        list.push({ v, stem, tense, colloquialStem });
      }
    }
  }
  return out;
}
const STEMS = stemsByHead(FA_VERBS);
const STEMS_WIDE = stemsByHead(FA_VERBS_WIDE);

function analyzeVerb(w: string, wide: boolean): FaAnalysis | null {
  if ((wide ? NOT_VERBS_WIDE : NOT_VERBS).has(w)) return null;
  if (w === 'باید') return { lemma: 'باید', negative: false };
  // The impersonal «(نـ)می‌توان» (one can / one cannot) has no person ending.
  if (wide && (w === 'میتوان' || w === 'نمیتوان')) {
    const negative = w.startsWith('ن');
    return { lemma: 'توانستن', negative, verb: { lemma: 'توانستن', negative, progressive: true, subjunctive: false, tense: 'present', person: { person: 3, plural: false }, colloquial: false, ending: '' } };
  }
  if (w === 'نباید') return { lemma: 'باید', negative: true };
  const cop = COPULA[w];
  if (cop) {
    const [negative, person, colloquial] = cop;
    return { lemma: 'بودن', negative, verb: { lemma: 'بودن', negative, progressive: false, subjunctive: false, tense: 'present', person, colloquial, ending: w.replace(/^(?:نیست|هست|نیس|هس|است)/, '') } };
  }
  let best: FaAnalysis | null = null;
  let bestStem = 0;
  for (const [prefix, negative, progressive, subjunctive] of PREFIXES) {
    if (!w.startsWith(prefix)) continue;
    const rest = w.slice(prefix.length);
    const candidates = (wide ? STEMS_WIDE : STEMS).get(rest.charCodeAt(0));
    if (candidates !== undefined) {
      for (const { v, stem, tense, colloquialStem } of candidates) {
        if (!rest.startsWith(stem) || stem.length < bestStem) continue;
        // ب goes with the present stem only: «بپرسید», «برسید» are پرس/رس + ید, not the past stems پرسید/رسید.
        if (wide && subjunctive && tense === 'past') continue;
        // The one-letter stem ا (میاد) only after می/نمی: «با», «بام» are other words.
        if (stem.length === 1 && stem === 'ا' && !progressive) continue;
        const ending = rest.slice(stem.length);
        const e = (tense === 'present' ? PRESENT_ENDINGS : PAST_ENDINGS)[ending];
        // A bare present stem is an imperative only with ب; one-letter colloquial stems only with a prefix.
        if (tense === 'present' && ending === '' && !subjunctive) continue;
        if (tense === 'present' && ending === '' && subjunctive) {
          best = { lemma: v.lemma, negative, verb: { lemma: v.lemma, negative, progressive, subjunctive, tense, person: { person: 2, plural: false }, colloquial: colloquialStem, ending } };
          bestStem = stem.length;
          continue;
        }
        if (!e) continue;
        // A light verb after its noun takes no ب in the subjunctive («ارسال کنید», «انجام شود», «خودداری فرمایید»).
        if (wide && prefix === '' && tense === 'present' && !colloquialStem && BARE_SUBJUNCTIVE.has(v.lemma)) {
          best = { lemma: v.lemma, negative: false, verb: { lemma: v.lemma, negative: false, progressive: false, subjunctive: true, tense, person: e[0], colloquial: e[1], ending } };
          bestStem = stem.length;
          continue;
        }
        // «باشه», «باشد», «باشید»: بودن takes no ب, its bare present is the subjunctive (wide reading only).
        if (wide && prefix === '' && tense === 'present' && v.lemma === 'بودن') {
          best = { lemma: v.lemma, negative: false, verb: { lemma: v.lemma, negative: false, progressive: false, subjunctive: true, tense, person: e[0], colloquial: e[1], ending } };
          bestStem = stem.length;
          continue;
        }
        // Without a prefix only past forms (شد, رفتم) and دار- read as verbs; bare present stems are nouns too often.
        if (prefix === '' && (tense === 'present' ? !v.noProgressive : stem.length < 2)) continue;
        if (prefix === '' && tense === 'past' && ending === 'ن') {
          // توانستن, کردن: the infinitive itself.
          best = { lemma: v.lemma, negative: false };
          bestStem = stem.length;
          continue;
        }
        if (progressive && v.noProgressive && !negative) continue;
        best = { lemma: v.lemma, negative, verb: { lemma: v.lemma, negative, progressive, subjunctive, tense, person: e[0], colloquial: colloquialStem || e[1], ending } };
        bestStem = stem.length;
      }
    }
    if (best) return best;
    if (wide && rest.length > 2) {
      // The hiatus (the wide reading only: the packs and the tone reader read the narrow table as they were tuned): a stem that begins with آ/ا takes a ی after ب/ن («بیاورید», «نیاوردین», «بیفتد», «بیافتد», «نیامد»),
      // and the colloquial drops its ا after می («میفته», «نمیفتن»). Read as the stem it writes.
      let alt: string[] = [];
      if ((prefix === 'ب' || prefix === 'ن') && rest[0] === 'ی') alt = rest[1] === 'ا' ? ['آ' + rest.slice(2), 'ا' + rest.slice(2)] : ['ا' + rest.slice(1)];
      else if (progressive && rest[0] !== 'ا' && rest[0] !== 'آ' && rest[0] !== 'ی') alt = ['ا' + rest];
      for (const r of alt) {
        const a = analyzeVerb(prefix + r, wide);
        if (a?.verb && (a.verb.lemma === 'آمدن' || a.verb.lemma === 'آوردن' || a.verb.lemma === 'افتادن')) {
          const verb = { ...a.verb, negative, progressive, subjunctive };
          return { lemma: a.lemma, negative, verb };
        }
      }
    }
  }
  return null;
}

const ZWNJ = '\u200c';

/**
 * The same verb form without its negation, as the writer spelt it (spacing, ZWNJ and register
 * kept): نمی‌تونیم -> می‌تونیم, نمیتونم -> میتونم, نتوانستم -> توانستم, نیست -> هست, نباید -> باید.
 */
export function positiveFa(surface: string): string {
  // A preverb keeps its place: برنمی‌آید -> برمی‌آید.
  const pre = /^(\s*بر)ن(?=می)/.exec(surface);
  if (pre) return pre[1] + surface.slice(pre[0].length);
  const m = /^(\s*)ن(ی(?:ست|س))?/.exec(surface);
  if (!m) return surface;
  if (m[2]) return `${m[1]}هست${surface.slice(m[0].length)}`;
  return m[1] + surface.slice(m[0].length).replace(/^\u200c/, '');
}

const PRESENT_OUT: Record<string, [string, string]> = {
  // person+plural: [formal, colloquial]
  '1s': ['م', 'م'],
  '2s': ['ی', 'ی'],
  '3s': ['د', 'ه'],
  '1p': ['یم', 'یم'],
  '2p': ['ید', 'ین'],
  '3p': ['ند', 'ن'],
};

export interface InflectOptions {
  person: Person;
  colloquial: boolean;
  negative?: boolean;
  /** Join می with ZWNJ (default), a space, or nothing, as the writer did. */
  joiner?: string;
  /**
   * The ending the writer used on the verb being replaced (FaVerb.ending): kept when it is an
   * ending of the same person, so «می‌تونید» stays «ـید» rather than becoming «ـین».
   */
  ending?: string;
  /** pres (default): می‌فرستیم; subj: بفرستیم (کنیم, شویم without ب); imp: بفرست, بفرستید, بفرستین. */
  mood?: 'pres' | 'subj' | 'imp';
}

/** Verbs that mostly follow a noun (ارسال کنید, انجام شود): their subjunctive and imperative take no ب. */
const LIGHT_VERBS = new Set(['کردن', 'شدن']);
/** Imperative singular where it is not ب + present stem (بیا, not بیای). */
const IMPERATIVE_2S: Record<string, string> = { آمدن: 'بیا', آوردن: 'بیاور', بودن: 'باش', داشتن: 'داشته باش' };

/** ب + stem: «بیاور» for a stem with آ, otherwise joined. */
const withBe = (stem: string) => (stem.startsWith('آ') ? `بیا${stem.slice(1)}` : `ب${stem}`);

/**
 * Present progressive of `lemma` for a person: (ن)می‌ + present stem + ending, formal or colloquial.
 * Null for a lemma this table does not know.
 */
export function inflectFa(lemma: string, o: InflectOptions): string | null {
  if (o.mood === 'subj' || o.mood === 'imp') return inflectFaSubjunctive(lemma, o);
  if (lemma === 'بودن') {
    const key = `${o.person.person}${o.person.plural ? 'p' : 's'}`;
    const endings: Record<string, string> = { '1s': 'م', '2s': 'ی', '3s': '', '1p': 'یم', '2p': o.colloquial ? 'ین' : 'ید', '3p': o.colloquial ? 'ن' : 'ند' };
    return (o.negative ? 'نیست' : 'هست') + endings[key];
  }
  const v = BY_LEMMA.get(lemma);
  if (!v) return null;
  const stem = (o.colloquial && v.presentColloquial[0]) || v.present[0];
  const key = `${o.person.person}${o.person.plural ? 'p' : 's'}`;
  let ending = PRESENT_OUT[key][o.colloquial ? 1 : 0];
  if (o.colloquial && key === '3s' && /[او]$/.test(stem)) ending = 'د';
  else if (o.ending !== undefined && o.ending !== ending && PRESENT_OUT[key].includes(o.ending)) ending = o.ending;
  const prefix = v.noProgressive ? '' : `می${o.joiner ?? ZWNJ}`;
  return (o.negative ? 'ن' : '') + prefix + stem + ending;
}

/** Subjunctive (بفرستیم) or imperative (بفرست) of `lemma` for a person; the negative takes ن for ب. */
function inflectFaSubjunctive(lemma: string, o: InflectOptions): string | null {
  const v = BY_LEMMA.get(lemma);
  if (!v) return null;
  const key = `${o.person.person}${o.person.plural ? 'p' : 's'}`;
  const neg = o.negative ? 'ن' : '';
  if (o.mood === 'imp' && key === '2s') {
    const irregular = IMPERATIVE_2S[lemma];
    if (irregular) return o.negative ? (lemma === 'آمدن' ? 'نیا' : lemma === 'آوردن' ? 'نیاور' : `ن${irregular.replace(/^ب/, '')}`) : irregular;
    const stem = v.present[0];
    if (LIGHT_VERBS.has(lemma)) return neg + (lemma === 'شدن' ? 'شو' : stem);
    return o.negative ? `ن${stem}` : withBe(stem);
  }
  // One-letter colloquial stems (د، ش، ر) are spoken forms: «بدین», «بشه».
  const stem = (o.colloquial && v.presentColloquial[0]) || v.present[0];
  let ending = PRESENT_OUT[key][o.colloquial ? 1 : 0];
  if (o.colloquial && key === '3s' && /[او]$/.test(stem)) ending = 'د';
  else if (o.ending !== undefined && o.ending !== ending && PRESENT_OUT[key].includes(o.ending)) ending = o.ending;
  if (lemma === 'بودن') return `${neg}باش${ending}`;
  if (lemma === 'داشتن') return `${neg}داشته باش${ending}`;
  if (o.negative) return `ن${stem}${ending}`;
  // Light verbs after a noun: «ارسال کنیم», «انجام شود»; colloquial شدن keeps ب («بشه»).
  if (LIGHT_VERBS.has(lemma) && !(lemma === 'شدن' && o.colloquial)) return stem + ending;
  return withBe(stem) + ending;
}

/** Persian letters and ZWNJ, for finding the last word of a slot. */
const LAST_FA_WORD = /([\u0621-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u200c]+)([^\u0621-\u06ff\u200c]*)$/;
/** Spoken one-letter stems and the vowel their imperative ends in: بدی -> بده, بگی -> بگو, بری -> برو, بشی -> بشو. */
const SPOKEN_IMPERATIVE_TAIL: Record<string, string> = { د: 'ه', گ: 'و', ر: 'و', ش: 'و' };

/**
 * `text` (an agent's clause) with its last word, a second person singular subjunctive or present
 * verb («بفرستی», «کنی», «بدی»), turned into the imperative as the writer would spell it («بفرست»,
 * «کن», «بده»); anything else (2nd plural «بفرستید» is already the imperative, «بفرستیم», a noun)
 * comes back unchanged.
 */
export function faImperative(text: string): string {
  // The verb asked for ends the first clause: «بفرستی تا قطعه رو پیدا کنم» asks for «بفرست», not «کنم». Colloquial word
  // order can put it first («بری دفتر پیشخوان»): then the clause's first word that reads as «you (sg) should …».
  let cut = /[،,؛;]|\s(?:تا|که|وگرنه|چون|اگه|اگر|ولی|اما)(?=\s)/.exec(text);
  // (rwfat27) «تا» is also «until» («فردا تا ساعت ۱۰ ماشینو بیاری»), «که» may open a relative clause inside the request
  // («با همون ایمیلی که ثبت نام کردی لاگین کنی»): a mark with no 2s verb before it ends no clause asked for.
  while (cut && !holds2s(text.slice(0, cut.index))) {
    const next = /[،,؛;]|\s(?:تا|که|وگرنه|چون|اگه|اگر|ولی|اما)(?=\s)/.exec(text.slice(cut.index + cut[0].length));
    cut = next ? Object.assign(next, { index: next.index + cut.index + cut[0].length }) : null;
  }
  // A chat line runs the next clause on with no mark: «آپدیت کنی بعدش …», «بپرسی من فقط …». A 2s verb followed by «then»
  // or by a subject of the next clause ends the clause asked for.
  const runOn = RUN_ON_AFTER_2S.exec(text);
  const runOnAt = runOn && faImperativeLast(runOn[1], true) !== runOn[1] ? runOn.index + runOn[0].length : -1;
  if (runOnAt > 0 && (!cut || runOnAt < cut.index)) {
    let rest = text.slice(runOnAt);
    // (rwfat27) «بکاپ بگیری بعد گوشیو بیاری», «خاموش روشن کنی بعد بهم خبر بدی»: after «then» the customer's next step is
    // asked for too, up to the next clause mark; a subject pronoun («بپرسی من فقط …») opens someone else's clause.
    if (/^\s+(?:بعدش|بعد|بعدا|بعداً|سپس|اونوقت|اونموقع)\s/.test(rest)) {
      const end = /[،,؛;.!?؟\n]|\s(?:تا|که|وگرنه|چون|اگه|اگر|ولی|اما|من|ما)(?=\s)/.exec(rest);
      const head = end ? rest.slice(0, end.index) : rest;
      const tail = end ? rest.slice(end.index) : '';
      const done = faImperativeAll(faImperativeLast(head, true));
      if (done !== head && !/(?:^|\s)(?:بتون|بخوا)(?=\s|$)/.test(done)) rest = done + tail;
    }
    return faImperativeAll(faImperativeLast(text.slice(0, runOnAt), true)) + rest;
  }
  if (cut && cut.index > 0) {
    return faImperativeAll(faImperativeLast(text.slice(0, cut.index))) + text.slice(cut.index);
  }
  return faImperativeAll(faImperativeLast(text));
}

/** A word (a 2s verb, checked by the caller) before «بعدش/بعد/سپس» or a subject pronoun opening the next clause. */
const RUN_ON_AFTER_2S = /(?<![\u0621-\u06ff\u200c])([\u0621-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u200c]+[یي])(?=\s+(?:بعدش|بعد|بعدا|بعداً|سپس|اونوقت|اونموقع|من|ما|خودم)(?:\s|$))/;

/** Every 2s subjunctive with «ب» in the clause made imperative («بری بانک و کارتو بگیری» -> «برو بانک و کارتو بگیر»). */
function faImperativeAll(text: string): string {
  return text.replace(/(^|[^\u0621-\u06ff\u200c])(ب[\u0621-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u200c]+)(?=$|[^\u0621-\u06ff\u200c])/g, (all, pre: string, word: string) => pre + faImperativeLast(word));
}

/** A 2s subjunctive or present the imperative reader would turn (rwfat27). */
function holds2s(text: string): boolean {
  return faImperativeAll(faImperativeLast(text)) !== text;
}

function faImperativeLast(text: string, wide = false): string {
  const m = LAST_FA_WORD.exec(text);
  if (!m) return text;
  const word = m[1];
  const key = foldKey(word, { zwnjAsSpace: false }).replace(/[\s\u200c]+/g, '');
  // A bare present form (کنی) is read with ب so the table knows it: «بکنی». Before a run-on clause («بپرسی من …») a «ب»
  // form the table lacks is read by the wider reader too.
  // (rwfat27) a «ب» form ending in «ی» is read wide everywhere: «بپرسی» is not in the table, and the wide reader reads no
  // noun («بازی، بستنی، بدهی») as a verb.
  const a = analyzeFaWord(key) ?? analyzeFaWord(`ب${key}`) ?? ((wide || /^ب.*[یي]$/.test(key)) && /^ب/.test(key) ? analyzeFaWordWide(key) : null);
  const v = a?.verb;
  if (!v || v.negative || v.progressive || v.tense !== 'present' || v.person.person !== 2 || v.person.plural || v.ending !== 'ی') return text;
  let imp = word.replace(/\u200c?[یي]$/, '');
  const tail = v.colloquial ? SPOKEN_IMPERATIVE_TAIL[foldKey(imp.slice(-1))] : undefined;
  if (tail && /^ب?.$/.test(foldKey(imp).replace(/[\s\u200c]+/g, ''))) imp += tail;
  else if (v.lemma === 'گفتن') imp = imp.replace(/ی$/, '');
  return text.slice(0, m.index) + imp + m[2];
}

/** Closed-class Persian words and their tags (folded, joined). */
export const FA_CLOSED: Record<string, 'ADP' | 'CONJ' | 'PRON' | 'DET' | 'ADV' | 'INTJ'> = dict();
const tag = (pos: 'ADP' | 'CONJ' | 'PRON' | 'DET' | 'ADV' | 'INTJ', list: string) => {
  for (const w of list.split(' ')) FA_CLOSED[w] = pos;
};
tag('ADP', 'به از در با برای بدون روی زیر بین مثل درباره توی تو پیش');
tag('CONJ', 'و یا اما ولی که چون اگر تا چونکه زیرا وقتی');
tag('PRON', 'من ما شما او اون آنها اونها ایشان ایشون این آن');
tag('DET', 'هر هیچ همه چند');
// «فقط» and «صرفا» (only) are adverbs: a clause they open restricts, which policy guards tell apart from a permission.
tag('ADV', 'الان فعلا حتما فورا امروز فردا متاسفانه واقعا اصلا دیگه دیگر هنوز فقط صرفا');
tag('INTJ', 'سلام ممنون مرسی متشکرم لطفا خب والا');

/** Words that start a new clause in Persian. */
export const FA_CLAUSE_CONJ = new Set(['اما', 'ولی', 'چون', 'چونکه', 'زیرا', 'اگر', 'وقتی', 'ولیکن']);
/** Persian conjunctions that open a subordinate clause (reason, condition, time). */
export const FA_SUBORDINATORS = new Set(['چون', 'چونکه', 'زیرا', 'اگر', 'وقتی']);
/** Negation words besides verb prefixes. */
export const FA_NEGATORS = new Set(['نه', 'هیچ', 'بدون', 'هیچوقت', 'هرگز']);

// ---- register: formal written Persian vs colloquial spoken forms -------------------------------

export type FaRegister = 'formal' | 'colloquial';

/** Persian/Arabic letters and marks (not the Arabic comma, semicolon, question mark or digits), and ZWNJ. */
const FA_LETTERS = '\\u0621-\\u065f\\u066e-\\u06d3\\u06d5-\\u06ef\\u06fa-\\u06ff\\u200c';
const NOT_FA_LETTERS = new RegExp(`[^${FA_LETTERS}]+`);

/** Words that only colloquial Persian uses (folded, joined). */
const COLLOQUIAL_WORDS = new Set(['تون', 'شون', 'رو', 'یه', 'اون', 'اونا', 'اونها', 'اینا', 'اینه', 'اونه', 'همینه', 'همونه', 'دیگه', 'چی', 'چیه', 'چیکار', 'الانم', 'منم', 'شمام', 'براتون', 'بهتون', 'ازتون', 'باهاتون', 'واستون', 'براشون', 'بهش', 'ازش', 'براش', 'کارو', 'اینو', 'اونو', 'همونطور', 'همینطور', 'اینجوری', 'اونجوری', 'نیس', 'هس', 'والا', 'خب', 'آره', 'آروم', 'اروم', 'همون', 'شرکته', 'بذارین', 'بذارید', 'بذار', 'بیاین', 'بگین', 'بدین', 'کنین', 'باشین', 'بشین', 'بفرستین', 'بزنین', 'بگیرین', 'اینجام', 'لازمه', 'قانونه', 'خودتونه', 'باشه']);
/** Words that only formal written Persian uses. */
const FORMAL_WORDS = new Set(['تان', 'شان', 'را', 'است', 'میباشد', 'نمیباشد', 'میباشند', 'بنده', 'اینجانب', 'جهت', 'نمایید', 'بفرمایید', 'فرمایید', 'میگردد', 'نمیگردد', 'گردد', 'خواهد', 'خواهیم', 'خواهم', 'آن', 'آنها', 'آنان', 'ایشان', 'یک', 'بگذارید', 'اجازه‌بدهید', 'میتوان', 'نمیتوان', 'همانطور', 'چنین', 'چنانچه', 'لذا', 'ضمنا', 'سپاسگزاریم', 'متشکریم', 'پوزش', 'میطلبیم', 'میطلبم', 'استحضار', 'خواهشمند', 'مستدعی', 'گرامی', 'محترم', 'باشد']);
/** A possessive/object clitic that is colloquial at the end of a longer word: حسابتون, براتون (formal حساب‌تان). */
const COLLOQUIAL_CLITIC = /^.{2,}(?:تون|شون|مون)$/;
const FORMAL_CLITIC = /^.{2,}(?:تان|شان|مان)$/;
/**
 * Nouns that only end like a clitic («آزمون», «زیتون» are no «-مون / -تون»; «شهرستان», «ساختمان» no «-تان / -مان») and
 * words that only read as a verb («بدون» "without" is no spoken «بدون!» "know!", «بر», «بد»): they show no register.
 */
const NO_REGISTER = new Set(`
  آزمون زیتون صابون قانون ستون کانون افزون بیرون درون اکنون هامون میلیون مجنون مدیون ممنون معجون طاعون
  شهرستان بیمارستان دبیرستان دبستان استان تابستان زمستان داستان گلستان بوستان آستان دوستان بستان کوهستان نیستان
  پاکستان افغانستان کردستان خوزستان لرستان سیستان بلوچستان گرجستان ارمنستان انگلستان عربستان ترکمنستان هندوستان مجارستان لهستان
  ساختمان زمان سازمان آرمان پیمان درمان فرمان سامان گمان مهمان ایمان زایمان رمان کرمان نریمان دودمان آسمان ریسمان
  نشان پریشان درخشان کاشان
  بدون بر بد
`.split(/\s+/).filter(Boolean));
/** Stems whose written form alone says formal (the colloquial has its own stem: تون, دون, ش). */
const FORMAL_ONLY_STEM = new Set(['توانستن', 'دانستن', 'ماندن', 'آمدن', 'آوردن']);

/** Memo of word lists and registers: the same sentence and the same alternatives come back on every keystroke. */
const wordsMemo = new BoundedMemo<string, string[]>(4000);
const registerMemo = new BoundedMemo<string, FaRegister | null>(4000);
/** A verb prefix written apart from its stem (ZWNJ or space): می، نمی، برمی، برنمی. */
const PREFIX_ONLY = /^(?:بر)?ن?می$/;

/**
 * Folded Persian words of `text` (lib/text's fold, one table lookup per character). A ZWNJ splits
 * like a space, so «می‌تونم» reads as «می» + «تونم» (joined again below) and «حساب‌تون» as «تون».
 */
function faWords(text: string): string[] {
  return wordsMemo.remember(text, readFaWords);
}

function readFaWords(text: string): string[] {
  return foldSlice(text, 0, text.length).split(NOT_FA_LETTERS).filter(Boolean);
}

/**
 * Register of Persian text from its markers: colloquial stems and endings (می‌تونم, نمی‌شه,
 * باشین), «رو», «یه», «اینه», clitics -تون; formal «را», «است», «می‌باشد», «بفرمایید», formal stems
 * (می‌توانم) and 3rd-person «ـد» (می‌شود). Null when the text shows neither or both equally.
 * Words in `ignore` are not read.
 */
export function faRegister(text: string, ignore?: ReadonlySet<string>): FaRegister | null {
  if (!ignore) {
    const hit = registerMemo.get(text);
    if (hit !== undefined) return hit;
  }
  const n = registerCounts(faWords(text), ignore);
  const reg = registerOf(n);
  if (!ignore) {
    registerMemo.set(text, reg);
  }
  return reg;
}

const registerOf = (n: RegisterCounts): FaRegister | null => (n.colloquial === n.formal ? null : n.colloquial > n.formal ? 'colloquial' : 'formal');

/** The markers of each register in a list of words; `prefixLast`: the last word is a verb prefix read alone (faDraftRegister). */
interface RegisterCounts {
  colloquial: number;
  formal: number;
  prefixLast: boolean;
}

function registerCounts(words: readonly string[], ignore?: ReadonlySet<string>): RegisterCounts {
  let colloquial = 0;
  let formal = 0;
  let prefixLast = false;
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    // «می‌توانم» / «می توانم»: read the prefix with its verb (an ignored verb is ignored with its prefix:
    // orderByRegister's shared words come split, «می» and «رسه»).
    if (PREFIX_ONLY.test(w)) {
      if (i + 1 < words.length) {
        if (ignore?.has(words[i + 1])) {
          i++;
          continue;
        }
        w += words[++i];
      } else prefixLast = true;
    }
    if (ignore?.has(w) || NO_REGISTER.has(w)) continue;
    if (COLLOQUIAL_WORDS.has(w)) colloquial++;
    else if (FORMAL_WORDS.has(w)) formal++;
    else {
      // The wider reading too: «بپرسین», «بفرمایید», «ارسال نمایید» show their register like the narrow table's verbs.
      const a = analyzeFaWord(w) ?? analyzeFaWordWide(w);
      if (a?.verb) {
        const v = a.verb;
        if (v.colloquial) colloquial++;
        else if (FORMAL_ONLY_STEM.has(v.lemma) || (v.tense === 'present' && v.ending === 'د') || v.ending === 'ند') formal++;
      } else if (COLLOQUIAL_CLITIC.test(w)) colloquial++;
      else if (FORMAL_CLITIC.test(w)) formal++;
    }
  }
  return { colloquial, formal, prefixLast };
}

/**
 * (perffa31) faRegister(draft) for a whole draft, from its pieces' counts, each piece's counts kept by its text: a keystroke
 * changes one sentence, and the draft's register was read word by word again for every call (the Persian guards ask it
 * when a suggestion's sentence shows no register). The draft is cut after each end mark (. ! ? ؟ and a line break), which
 * the fold keeps and the word split splits at, so the pieces' words are the draft's words in order; where a piece ends on a
 * verb prefix read alone («… می.»), the whole draft reads that prefix with the next piece's first word, so the draft is read
 * whole, as faRegister reads it.
 */
export function faDraftRegister(draft: string): FaRegister | null {
  const hit = registerMemo.get(draft);
  if (hit !== undefined) return hit;
  let colloquial = 0;
  let formal = 0;
  let open = false;
  let from = 0;
  const n = draft.length;
  for (let k = 0; k < n; k++) {
    if (!DRAFT_PIECE_END.has(draft.charCodeAt(k)) && k + 1 < n) continue;
    // A piece before this one ended on a lone prefix that the whole draft joins to this piece's first word.
    if (open) return faRegister(draft);
    const piece = pieceMemo.remember(draft.slice(from, k + 1), readPieceCounts);
    colloquial += piece.colloquial;
    formal += piece.formal;
    open = piece.prefixLast;
    from = k + 1;
  }
  const reg = registerOf({ colloquial, formal, prefixLast: false });
  registerMemo.set(draft, reg);
  return reg;
}
const pieceMemo = new BoundedMemo<string, RegisterCounts>(4000);
const readPieceCounts = (piece: string): RegisterCounts => registerCounts(readFaWords(piece));
/** End marks the fold keeps as a character outside FA_LETTERS (checked here), so the word split always splits at them. */
const DRAFT_PIECE_END: ReadonlySet<number> = new Set(
  ['.', '!', '?', '\n', '\u061f'].map((c) => c.charCodeAt(0)).filter((c) => {
    const f = foldSlice(String.fromCharCode(c), 0, 1);
    return f.length === 1 && NOT_FA_LETTERS.test(f);
  }),
);

/**
 * Replacements ordered so that the ones in the draft sentence's register come first, then those
 * that show none, then the other register (a formal «نمی‌توانم» draft is offered «می‌توانم…», a
 * colloquial «نمی‌تونم» one «می‌تونم…»); the rule's own order is kept within each group. `sentence` is the draft sentence the match is in.
 */
export function orderByRegister(replacements: string[], sentence: string): string[] {
  if (replacements.length < 2) return replacements;
  const want = faRegister(sentence);
  if (!want) return replacements;
  // Words every alternative shares (the agent's own words in a slot) say nothing about the alternative.
  const lists = replacements.map(faWords);
  const shared = new Set(lists[0].filter((w) => lists.every((l) => l.includes(w))));
  // 0: in the sentence's register, 1: shows no register, 2: in the other one.
  const fit = (r: string) => {
    const reg = faRegister(r, shared);
    return reg === want ? 0 : reg === null ? 1 : 2;
  };
  return replacements.map((r, k) => [fit(r), k, r] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , r]) => r);
}

const PERSIAN_WORD = new RegExp(`[${FA_LETTERS}]+`, 'g');

const MI_VERB = new RegExp(`(?:^|[^${FA_LETTERS}])(ن?م[یي])([\u200c ]?)([${FA_LETTERS}]+)`, 'g');

/**
 * How the writer attaches می/نمی to a verb when they never use ZWNJ for it: '' (میتونم) or ' '
 * (می تونم); null when they use ZWNJ, mix habits, or write no such verb. Words that only look like
 * it («میز», «با کمال میل») do not count.
 */
function miJoiner(sentence: string): '' | ' ' | null {
  let joined = false;
  let spaced = false;
  for (const m of sentence.matchAll(MI_VERB)) {
    const word = (m[1] + m[3]).replace(/ي/g, 'ی').replace(/\u200c/g, '');
    if (!analyzeFaWord(foldSlice(word, 0, word.length, true))?.verb?.progressive) continue;
    if (m[2] === '\u200c') return null;
    if (m[2] === ' ') spaced = true;
    else joined = true;
  }
  return joined === spaced ? null : joined ? '' : ' ';
}
const MI_ZWNJ_ALL = new RegExp(`(^|[^${FA_LETTERS}])(ن?می)\u200c(?=[${FA_LETTERS}])`, 'g');

/**
 * A writer whose keyboard types Arabic ي or ك (and never the Persian ی or ک) gets them in the
 * replacement too, so the reply does not mix two spellings of one letter.
 */
function arabicLettersAsWritten(text: string, sentence: string): string {
  let out = text;
  if (sentence.includes('ي') && !sentence.includes('ی')) out = out.replace(/ی/g, 'ي');
  if (sentence.includes('ك') && !sentence.includes('ک')) out = out.replace(/ک/g, 'ك');
  return out;
}
const FIRST_WORD = new RegExp(`^(\\s*)([${FA_LETTERS}]+)\\s+`);
const LAST_WORD = new RegExp(`\\s+([${FA_LETTERS}]+)(\\s*)$`);
const lastWord = (t: string) => foldKey(t.match(PERSIAN_WORD)?.pop() ?? '', { zwnjAsSpace: false }).replace(/\u200c/g, '');

/** Subject pronouns (folded) a replacement may follow: «من», «منم», «ما», «ماهم», «بنده», «اینجانب», and the emphatic «خودمونم», «خودم». */
const SUBJECT_PRONOUNS = new Set(['من', 'منم', 'منهم', 'ما', 'ماهم', 'مام', 'بنده', 'بندههم', 'اینجانب', 'خودم', 'خودمم', 'خودمهم', 'خودمون', 'خودمونم', 'خودمونهم', 'خودمان', 'خودمانم', 'خودمانهم']);

const PLURAL_PRONOUNS = new Set(['ما', 'ماهم', 'مام', 'خودمون', 'خودمونم', 'خودمونهم', 'خودمان', 'خودمانم', 'خودمانهم']);
/** An impersonal «nothing exact is known» head: «فعلاً خبر دقیقی نیست», «در حال حاضر اطلاع دقیقی در دست نیست». */
const OWN_NOT_KNOWN = /^((?:فعلاً|فعلا|در حال حاضر|هنوز) (?:خبر|اطلاع) دقیقی)(?: در دست)? نیست$/;

/** «من که …», «ما که …»: the topic «که» right after a subject pronoun (the pronoun is still the replacement's subject). */
function subjectBeforeKe(before: string): boolean {
  const words = before.match(PERSIAN_WORD) ?? [];
  if (words.length < 2) return false;
  return SUBJECT_PRONOUNS.has(foldKey(words[words.length - 2], { zwnjAsSpace: false }).replace(/\u200c/g, ''));
}

/**
 * Makes Persian replacements fit the draft around them: the ones in the sentence's register first
 * (orderByRegister); می/نمی joined as the writer joins them (میتونم or می تونم, not
 * می‌تونم); Arabic ي/ك when the writer types only those; no word doubled at a seam (draft «این» + replacement «این مورد…» -> «این مورد…» once).
 * `before`/`after` are the draft text of the sentence before and after the replaced span.
 */
export function fitFaReplacements(replacements: string[], sentence: string, before: string, after: string): string[] {
  const joiner = miJoiner(sentence);
  const prev = lastWord(before);
  const next = foldKey(after.match(PERSIAN_WORD)?.[0] ?? '', { zwnjAsSpace: false }).replace(/\u200c/g, '');
  const fitted = replacements.map((r) => {
    if (r.trim() === '') return r;
    // «من فعلاً خبر دقیقی نیست و ___ …»: a replacement that opens with a clause of its own before «و ___» cannot follow
    // the agent's subject pronoun. An impersonal «… نیست و ___» takes the pronoun's person («من فعلاً خبر دقیقی ندارم و ___
    // تا مشخص بشه …»: the agent still says they do not know, and what they will do); any other head goes, from the blank on.
    if (prev && (SUBJECT_PRONOUNS.has(prev) || (prev === 'که' && subjectBeforeKe(before)))) {
      const k = r.indexOf(' و ___');
      const own = k > 0 && prev !== 'که' ? OWN_NOT_KNOWN.exec(r.slice(0, k)) : null;
      if (own) r = `${own[1]} ${PLURAL_PRONOUNS.has(prev) ? 'نداریم' : 'ندارم'}${r.slice(k)}`;
      else if (k > 0) r = r.slice(k + 3);
    }
    let out = arabicLettersAsWritten(joiner !== null ? r.replace(MI_ZWNJ_ALL, `$1$2${joiner}`) : r, sentence);
    const first = FIRST_WORD.exec(out);
    if (first && prev && foldKey(first[2], { zwnjAsSpace: false }).replace(/\u200c/g, '') === prev) out = first[1] + out.slice(first[0].length);
    const last = LAST_WORD.exec(out);
    if (last && next && lastWord(last[1]) === next) out = out.slice(0, last.index) + last[2];
    return out;
  });
  return orderByRegister(fitted, sentence);
}
