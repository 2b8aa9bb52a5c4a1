/**
 * Persian verb morphology for the verbs support replies use: the negative prefix ن (نمی‌, ن),
 * the progressive prefix می, the subjunctive ب, present and past stems in formal and colloquial
 * form (توان/تون, شو/ش, دان/دون, خواه/خوا ...), and person/number endings (formal م ی د یم ید ند,
 * colloquial ه ین ن). Words are analysed folded and joined (no ZWNJ or space between prefix and
 * stem), so می‌توانیم, میتوانیم and می توانیم read alike. Also inflects a verb for a person, which
 * lets a replacement agree with the verb it replaces.
 */
import { dict } from './dict.ts';
import type { FaVerb, Person } from './types.ts';

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
  V('آمدن', 'آی', 'یا', 'آمد', 'اومد'),
  V('رفتن', 'رو', 'ر', 'رفت'),
  V('بودن', 'باش', '', 'بود'),
  V('ماندن', 'مان', 'مون', 'ماند', 'موند'),
  V('پذیرفتن', 'پذیر', '', 'پذیرفت'),
  V('فهمیدن', 'فهم', '', 'فهمید'),
  V('آوردن', 'آور', 'یار', 'آورد'),
  V('زدن', 'زن', '', 'زد'),
  V('کشیدن', 'کش', '', 'کشید'),
  V('گشتن', 'گرد', '', 'گشت'),
];

const BY_LEMMA = new Map(FA_VERBS.map((v) => [v.lemma, v]));

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

const cache = new Map<string, FaAnalysis | null>();

/** Analyse one folded, joined Persian word; null when it is not a verb form this table knows. */
export function analyzeFaWord(w: string): FaAnalysis | null {
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const r = analyze(w);
  if (cache.size > 5000) cache.clear();
  cache.set(w, r);
  return r;
}

function analyze(w: string): FaAnalysis | null {
  if (w === 'باید') return { lemma: 'باید', negative: false };
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
    for (const v of FA_VERBS) {
      const forms: [string[], 'present' | 'past', boolean][] = [
        [v.present, 'present', false],
        [v.presentColloquial, 'present', true],
        [v.past, 'past', false],
        [v.pastColloquial, 'past', true],
      ];
      for (const [stems, tense, colloquialStem] of forms) {
        for (const stem of stems) {
          if (!rest.startsWith(stem) || stem.length < bestStem) continue;
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
    }
    if (best) return best;
  }
  return null;
}

const ZWNJ = '\u200c';

/**
 * The same verb form without its negation, as the writer spelt it (spacing, ZWNJ and register
 * kept): نمی‌تونیم -> می‌تونیم, نمیتونم -> میتونم, نتوانستم -> توانستم, نیست -> هست, نباید -> باید.
 */
export function positiveFa(surface: string): string {
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
}

/**
 * Present progressive of `lemma` for a person: (ن)می‌ + present stem + ending, formal or colloquial.
 * Null for a lemma this table does not know.
 */
export function inflectFa(lemma: string, o: InflectOptions): string | null {
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
  const prefix = v.noProgressive ? '' : `می${o.joiner ?? ZWNJ}`;
  return (o.negative ? 'ن' : '') + prefix + stem + ending;
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
tag('ADV', 'الان فعلا حتما فورا امروز فردا متاسفانه واقعا اصلا دیگه دیگر هنوز');
tag('INTJ', 'سلام ممنون مرسی متشکرم لطفا خب والا');

/** Words that start a new clause in Persian. */
export const FA_CLAUSE_CONJ = new Set(['اما', 'ولی', 'چون', 'چونکه', 'زیرا', 'اگر', 'وقتی', 'ولیکن']);
/** Negation words besides verb prefixes. */
export const FA_NEGATORS = new Set(['نه', 'هیچ', 'بدون', 'هیچوقت', 'هرگز']);
