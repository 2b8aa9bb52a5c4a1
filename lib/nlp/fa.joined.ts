/**
 * (lang33) Persian words typed without the space or ZWNJ between them: «نمیتونمبرات», «متاسفانهظرفیت», «حتماباید»,
 * «اطلاعینداریم». The tokenizer reads a run of letters as one word, so every reader missed the refusal inside it. This
 * module cuts such a run into the words it holds, conservatively: a run is cut only when
 *
 * - the whole run is no word the layer knows (no verb form of the narrow or wide table, no closed-class word, no word of
 *   the Persian lexicon seen three times or more), has at least five letters and no digit;
 * - every piece is a known word: a verb form of the narrow table seen three times, a closed-class word, a frequent word of the lexicon
 *   (rank 4 or more: seen about eleven times or more in the built-in pack, lib sources and the development splits), of
 *   at least two letters; never a suffix or a clitic alone (ها، های، تون، شون، ام، ید …): «میبینیدشون» stays one word;
 * - every cut has an anchor on one side: a verb with «می» / «نمی» of five letters or more that the lexicon has seen (only
 *   such forms are looked up in the verb table, whose memo the readers share; «آقامیری», a surname, holds
 *   «میری»), «باید» / «نباید», a verb with «ن» or «ب» of five letters or more that ends the run and is a form the lexicon
 *   has seen three times (Persian verbs end their clause; «سالمندم», «برنده», «پارسنگین», «کارمندانی», «جانبداری» hold
 *   «ندم», «نده», «نگین», «ندانی», «بداری» and stay whole), one of the sentence adverbs writers glue to the next word
 *   (متاسفانه، لطفا، حتما، فعلا …), or a preposition with a clitic pronoun (برات، براتون، بهتون، ازتون، بهش …);
 * - a piece before a verb is no preverb («در»، «باز»، «بر»، «فرا»، «ور»، «وا»: «درنمیاد», «بازمیگردند» are compound verbs);
 * - and the cut is the only one with the fewest pieces (a longer known word beats two shorter ones it holds: «پروازتون»
 *   over «پرو|ازتون»); two such ways with as few pieces leave the run whole.
 *
 * Offsets stay on the written text: a piece is the slice of the written word its letters came from (a ZWNJ or a dropped
 * mark between two pieces belongs to neither token). Pure; a run's cut is kept per folded form.
 */
import { BoundedMemo } from '../text/memo.ts';
import { charKind, DROP, foldCode, K_SPACE, ZWNJ_CODE } from './chars.ts';
import { analyzeFaWord, analyzeFaWordWide, FA_CLOSED, faFormAnswer, faSlotKey } from './fa.ts';
import { FINGLISH_FA_WORDS } from './finglish.lexicon.ts';
import type { Token } from './types.ts';

/** Frequency rank (1-9) of each lexicon word, read at the first run that needs it. */
let ranks: Map<string, number> | null = null;
function rankOf(w: string): number {
  if (ranks === null) {
    ranks = new Map();
    for (const entry of FINGLISH_FA_WORDS.split(' ')) {
      const colon = entry.lastIndexOf(':');
      ranks.set(entry.slice(0, colon), Number(entry.slice(colon + 1)) || 1);
    }
  }
  return ranks.get(w) ?? 0;
}

/** A run seen this often (or more) is a word of its own, never cut. */
const WHOLE_RANK = 2;
/** A non-anchor piece must be this frequent. */
const PIECE_RANK = 4;
const MIN_RUN = 5;
const MAX_RUN = 40;

/** Sentence adverbs and fixed openers that writers glue to the next word. */
const ADVERBS = new Set([
  'متاسفانه', 'متسفانه', 'لطفا', 'حتما', 'فعلا', 'اصلا', 'واقعا', 'قبلا', 'دقیقا', 'احتمالا', 'مجددا', 'ضمنا', 'صرفا',
  'بعدا', 'فورا', 'الزاما', 'طبیعتا', 'ظاهرا', 'شخصا', 'کاملا', 'اخیرا', 'معمولا', 'قطعا', 'حتمن', 'لطفن', 'فعلن', 'خوشبختانه',
]);
/** Prepositions with a clitic pronoun (folded). */
const CLITIC_PREPOSITIONS = new Set([
  'برات', 'براتون', 'براش', 'براشون', 'برام', 'برامون', 'بهت', 'بهتون', 'بهش', 'بهشون', 'بهم', 'بهمون', 'ازت', 'ازتون',
  'ازش', 'ازشون', 'باهات', 'باهاتون', 'باهاش', 'واستون', 'واسش', 'برایتان', 'برایشان', 'بهتان', 'ازتان',
]);
/** Suffixes and clitics that are never a piece of their own. */
const NEVER_PIECE = new Set([
  'ها', 'های', 'هایی', 'هام', 'هات', 'هاش', 'هامون', 'هاتون', 'هاشون', 'تون', 'شون', 'مون', 'تان', 'شان', 'مان', 'ام',
  'ات', 'اش', 'ای', 'ایم', 'اید', 'اند', 'ید', 'ین', 'یم', 'ند', 'یی', 'ست', 'اس', 'رو', 'مو', 'تو', 'شو', 'نو', 'ترین',
  'تر', 'گی', 'ی', 'یه', 'وار', 'انه', 'گر', 'دار', 'ساز', 'نامه', 'شده', 'کننده', 'کنندگان',
]);
/** Preverbs: written joined to their verb they make one compound verb, not two words. */
const PREVERBS = new Set(['در', 'باز', 'بر', 'فرا', 'ور', 'وا', 'پس', 'فرو']);

const isClosed = (w: string): boolean => Object.prototype.hasOwnProperty.call(FA_CLOSED, w);

/** Anchor kinds of a piece: 0 none; 1 anchors wherever it stands; 2 anchors only as the run's last piece. */
function anchorOf(p: string): number {
  if (ADVERBS.has(p) || CLITIC_PREPOSITIONS.has(p) || p === 'باید' || p === 'نباید') return 1;
  // Only a form the lexicon has seen is looked up as a verb: the verb table's memo (shared with every reader's per-form
  // answers, fa.ts) is not filled with the substrings of a run.
  if (p.length < 5 || rankOf(p) === 0) return 0;
  const v = analyzeFaWord(p)?.verb;
  if (!v) return 0;
  if (v.progressive) return 1;
  // «نداریم», «بزنید», «بگیرم»: a written form writers use; «ندانی» of «کارمندانی», «بداری» of «جانبداری» are not.
  if ((v.negative || v.subjunctive) && rankOf(p) >= 3) return 2;
  return 0;
}

/** Whether a piece is a known word (anchor or not). */
function knownPiece(p: string): boolean {
  if (p.length < 2 || NEVER_PIECE.has(p)) return false;
  if (anchorOf(p) > 0) return true;
  if (isClosed(p)) return p.length >= 2;
  if (p.length < 3) return false;
  const r = rankOf(p);
  if (r >= PIECE_RANK || (r >= 2 && !!analyzeFaWord(p)?.verb)) return true;
  // A frequent noun with its plural or a clitic pronoun («سفارش|هاتون», «پرواز|تون»), spelt joined as the layer reads them.
  const m = ENDING.exec(p);
  return m !== null && p.length - m[0].length >= 3 && rankOf(p.slice(0, p.length - m[0].length)) >= STEM_RANK;
}
/** Plural and clitic endings of a noun piece (the longest first). */
const ENDING = /(?:ها(?:ی|یی|یم|یت|یش|مون|تون|شون|م|ت|ش)?|تون|شون|مون|تان|شان|مان)$/;
/** The noun before such an ending must be this frequent. */
const STEM_RANK = 5;

/** Whether the folded run is a word of its own. */
function wholeWord(w: string): boolean {
  return rankOf(w) >= WHOLE_RANK || isClosed(w) || !!analyzeFaWord(w) || !!analyzeFaWordWide(w);
}

const memo = new BoundedMemo<string, readonly number[] | null>(4000);

/**
 * Where to cut a folded, joined Persian run (the folded offsets of the cuts, ascending), or null to leave it whole.
 * The run is a token's norm: folded, without ZWNJ.
 */
export function faJoinedCuts(w: string): readonly number[] | null {
  if (w.length < MIN_RUN || w.length > MAX_RUN) return null;
  return memo.remember(w, cutRun);
}

const SLOT = faSlotKey();
/** faJoinedCuts of a Persian word token's norm, kept on the token's form entry (one answer per written form). */
export function faJoinedCutsOf(t: Token): readonly number[] | null {
  if (t.norm.length < MIN_RUN || t.norm.length > MAX_RUN) return null;
  return faFormAnswer(t, SLOT, memo, cutRun);
}

function cutRun(w: string): readonly number[] | null {
  if (/[0-9]/.test(w) || wholeWord(w)) return null;
  const n = w.length;
  // ways[i]: the cuts of w[i..] into known pieces (a few kept: two complete ones mean the cut is ambiguous), and whether
  // one of their cuts has an anchor.
  const ways: Way[][] = new Array(n + 1);
  ways[n] = [{ cuts: [], anchored: false }];
  for (let i = n - 2; i >= 0; i--) {
    const found: Way[] = [];
    for (let j = i + 2; j <= n && found.length < GATHER; j++) {
      const rest = ways[j];
      if (rest === undefined || rest.length === 0) continue;
      const p = w.slice(i, j);
      if (!knownPiece(p)) continue;
      for (const tail of rest) {
        if (found.length >= GATHER) break;
        if (j === n) {
          found.push({ cuts: [], anchored: false });
          continue;
        }
        const next = w.slice(j, tail.cuts.length ? tail.cuts[0] : n);
        const how = cutKind(p, next, tail.cuts.length === 0);
        if (how === 0) continue;
        found.push({ cuts: [j, ...tail.cuts], anchored: tail.anchored || how === 1 });
      }
    }
    // The ways with the fewest pieces first: a longer known word beats two shorter ones it holds.
    ways[i] = found.length > 1 ? found.sort((x, y) => x.cuts.length - y.cuts.length).slice(0, KEEP) : found;
  }
  const done = (ways[0] ?? []).filter((x) => x.anchored && x.cuts.length > 0);
  // One cut with the fewest pieces: «متاسفانه|پروازتون» over «متاسفانه|پرو|ازتون». Two with as few leave the run whole.
  if (done.length === 0 || (done.length > 1 && done[1].cuts.length === done[0].cuts.length)) return null;
  return done[0].cuts;
}

interface Way {
  cuts: number[];
  anchored: boolean;
}
const KEEP = 4;
/** Ways gathered at one offset before the fewest-pieces ones are kept. */
const GATHER = 12;

/**
 * How a cut between pieces `a` and `b` (b the run's last piece when `bLast`) may be made: 1 with an anchor on one side, 2
 * between two frequent words of a run that is cut at an anchor elsewhere too («تلفنی|ثبت|نمیکنیم», «راستشو|بخواید|نوبتای»),
 * 0 not at all (no preverb before a verb: «در|نمیاد»).
 */
function cutKind(a: string, b: string, bLast: boolean): number {
  const aa = anchorOf(a);
  const ab = anchorOf(b);
  if (ab > 0 && PREVERBS.has(a)) return 0;
  if (aa === 1 || ab === 1 || (ab === 2 && bLast)) return 1;
  return a.length >= 3 && b.length >= 3 && rankOf(a) >= CHAIN_RANK && rankOf(b) >= CHAIN_RANK ? 2 : 0;
}
/** Both words of a cut with no anchor beside it must be this frequent. */
const CHAIN_RANK = 6;

/**
 * The written ranges [start, end) of the pieces of the written word text[start, end) cut at the folded offsets `cuts`
 * (faJoinedCuts of its norm). The folded letters are the written ones without ZWNJ, spaces and dropped marks, one for one.
 */
export function faJoinedPieces(text: string, start: number, end: number, cuts: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let folded = 0;
  let pieceStart = -1;
  let lastEnd = start;
  let next = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // A ZWNJ or a space («نمی تونمبرات»: a prefix written apart) is no letter of the run.
    if (c === ZWNJ_CODE || charKind(foldCode(c)) & K_SPACE) continue;
    const f = foldCode(c);
    if (f === DROP) {
      // A mark belongs to the letter before it.
      if (pieceStart >= 0) lastEnd = k + 1;
      continue;
    }
    if (next < cuts.length && folded === cuts[next]) {
      out.push([pieceStart, lastEnd]);
      pieceStart = -1;
      next++;
    }
    if (pieceStart < 0) pieceStart = k;
    lastEnd = k + 1;
    folded++;
  }
  if (pieceStart >= 0) out.push([pieceStart, lastEnd]);
  return out;
}
