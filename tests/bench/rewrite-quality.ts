/**
 * Rewrite quality: how much negative phrasing the built-in packs catch, how often they flag text
 * that is fine, and how often the top alternative makes the sentence worse in a way a program can
 * see. Figures per language (en, fa), per split (dev is for tuning, test is held out), per category.
 *
 *   npx tsx tests/bench/rewrite-quality.ts            all figures (also `npm run bench -- rewrite-quality`)
 *   npx tsx tests/bench/rewrite-quality.ts --misses   also list misses and false flags of the development splits printed (late5 included since the tenth session), never of a held-aside half (ASIDE_SPLITS)
 *   npx tsx tests/bench/rewrite-quality.ts --late     also the late split (development material now)
 *   npx tsx tests/bench/rewrite-quality.ts --late2    also the late2 split, both languages (development material now)
 *   npx tsx tests/bench/rewrite-quality.ts --late3    also the late3 split, both languages
 *   npx tsx tests/bench/rewrite-quality.ts --late4    also the late4 split, both languages (development material since the eighth session)
 *   npx tsx tests/bench/rewrite-quality.ts --late5    also the late5 split, both languages (development material since the tenth session)
 *   npx tsx tests/bench/rewrite-quality.ts --late6    also the late6 split, both languages (development material since the eleventh session)
 *   npx tsx tests/bench/rewrite-quality.ts --late7    also the late7 split, both languages (development material since the twelfth session)
 *   npx tsx tests/bench/rewrite-quality.ts --late9    also the late9 split, both languages (held out in the twelfth session, aside since: figures only, its misses never listed)
 *   npx tsx tests/bench/rewrite-quality.ts --late10   also the late10 split, both languages (development material since the fourteenth session)
 *   npx tsx tests/bench/rewrite-quality.ts --late11   also the late11 split, both languages (development material since the fifteenth session)
 *   npx tsx tests/bench/rewrite-quality.ts --late12   also the late12 split (second held-out of the fourteenth session; development since the fifteenth)
 *   npx tsx tests/bench/rewrite-quality.ts --near15   also the fifteenth session's English development split of risky neutrals (en-I…: 120 neutrals, 50 close negative contrasts)
 *   npx tsx tests/bench/rewrite-quality.ts --late14   also the late14 split (second held-out of the fifteenth session; development since the sixteenth)
 *   npx tsx tests/bench/rewrite-quality.ts --late13   also the late13 split, both languages (held out in the fifteenth session; development since the sixteenth)
 *   npx tsx tests/bench/rewrite-quality.ts --late15   also the late15 split (the sixteenth session's held-out split; development material since the seventeenth)
 *   npx tsx tests/bench/rewrite-quality.ts --late17   also the late17 split (the seventeenth session's held-out split; development material since the eighteenth)
 *   npx tsx tests/bench/rewrite-quality.ts --late18   also the late18 split (the eighteenth session's held-out split; development material since the nineteenth)
 *   npx tsx tests/bench/rewrite-quality.ts --late19   also the late19 split (the nineteenth session's held-out split; development material since the twentieth)
 *   npx tsx tests/bench/rewrite-quality.ts --late20   also the late20 split (the twentieth session's held-out split; development material since the twenty-first)
 *   npx tsx tests/bench/rewrite-quality.ts --late21   also the late21 split (the twenty-first session's held-out split; development material since the twenty-second)
 *   npx tsx tests/bench/rewrite-quality.ts --late22   also the late22 split (the twenty-second session's held-out split; development material since the twenty-third)
 *   npx tsx tests/bench/rewrite-quality.ts --late23   also the late23 split (the twenty-third session's held-out split; development material since the twenty-fourth)
 *   npx tsx tests/bench/rewrite-quality.ts --late24   also the late24 split (the twenty-fourth session's held-out split; development material since the twenty-fifth)
 *   npx tsx tests/bench/rewrite-quality.ts --late25   also the late25 split (the twenty-fifth session's held-out split; development material since the twenty-sixth)
 *   npx tsx tests/bench/rewrite-quality.ts --late26   also the late26 split (the twenty-sixth session's held-out split; development material since the twenty-seventh)
 *   npx tsx tests/bench/rewrite-quality.ts --late27   also the late27 split (the twenty-seventh session's held-out split; development material since the twenty-eighth)
 *   npx tsx tests/bench/rewrite-quality.ts --late28   also the late28 split (the twenty-eighth session's held-out split; development material since the twenty-ninth)
 *   npx tsx tests/bench/rewrite-quality.ts --late29   also the late29 split (the twenty-ninth session's held-out split; development material since the thirtieth)
 *   npx tsx tests/bench/rewrite-quality.ts --late30   also the late30 split (the thirtieth session's held-out split; development material since the thirty-first)
 *   npx tsx tests/bench/rewrite-quality.ts --train31  also the train31 split (written in the thirty-first session for the learnt readers' training; development material)
 *   npx tsx tests/bench/rewrite-quality.ts --train34  also the train34 split (the same, written in the thirty-fourth session)
 *   npx tsx tests/bench/rewrite-quality.ts --train34b also the train34b split (two more English training writers of that session)
 *   npx tsx tests/bench/rewrite-quality.ts --late31   also the late31 split (the thirty-first session's held-out split; development material since the thirty-second)
 *   npx tsx tests/bench/rewrite-quality.ts --late32   also the late32 split (the thirty-second session's held-out split; development material since the thirty-third)
 *   npx tsx tests/bench/rewrite-quality.ts --late33   also the late33 split (the thirty-third session's held-out split; development material since the thirty-fourth)
 *   npx tsx tests/bench/rewrite-quality.ts --late34   also the late34 split (the thirty-fourth session's held-out split; development material since the thirty-fifth)
 *   npx tsx tests/bench/rewrite-quality.ts --train35  also the train35 split (training writers of the thirty-fifth session)
 *   npx tsx tests/bench/rewrite-quality.ts --train35b also the train35b split (three more training writers of that session)
 *   npx tsx tests/bench/rewrite-quality.ts --train35c also the train35c split (three more again)
 *   npx tsx tests/bench/rewrite-quality.ts --train35d also the train35d split (three more again)
 *   npx tsx tests/bench/rewrite-quality.ts --late35   also the late35 split (the thirty-fifth session's held-out split; development material since the thirty-sixth)
 *   npx tsx tests/bench/rewrite-quality.ts --late36   also the late36 split (the thirty-sixth session's held-out split; development material since the thirty-seventh)
 *   npx tsx tests/bench/rewrite-quality.ts --late37   also the late37 split (the thirty-seventh session's held-out split; development material since the thirty-eighth)
 *   npx tsx tests/bench/rewrite-quality.ts --late38   also the late38 split (the thirty-eighth session's held-out split; development material since the fortieth)
 *   npx tsx tests/bench/rewrite-quality.ts --late39   also the late39 held-out split, both languages (figures only; its misses are never listed)
 *   npx tsx tests/bench/rewrite-quality.ts --late16   also the late16 split, a second held-out of the sixteenth session (aside: figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --mix3     also the thirteenth session's English development split (en-M…)
 *   npx tsx tests/bench/rewrite-quality.ts --fresh --fresht   also the eleventh session's development split and its held-aside third (figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --fresh2   also the twelfth session's development split
 *   npx tsx tests/bench/rewrite-quality.ts --dev3 --test3   also the dev3 / test3 splits (test3: figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --gentest  also the generic reader's own held-out split (figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --wide --widet   also the wide-wording splits (en.wide, fa.wide: development; widet: their aside halves, figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --honest --honestt   also the applied-alternative honesty split (English en-J…) and its held-aside half (en-K…, figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --rwen --rwent   also the tenth session's English construction split (en-E…) and its held-aside half (en-ET…, figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --lang=en   one language only
 *   npx tsx tests/bench/rewrite-quality.ts --rwfa --rwfat   also the Persian construction round's split (fa.rwfa: development) and its held-aside half (fa.rwfat, figures only)
 *   npx tsx tests/bench/rewrite-quality.ts --no-generic   packs only, without the generic readers' advice (a baseline)
 *
 * Data: tests/fixtures/rewrite-eval/<lang>.<split>.jsonl (see its README), and Positive
 * Psychology Frames (../shared/corpus/positive-frames, CC BY-SA 4.0) read in place.
 * A person-readable sample of applied alternatives goes to .output/rewrite-quality/.
 *
 * "Wrong alternative" is a proxy: it counts harms a program can detect (an added commitment, "any"
 * left behind after the negation went, a person switch or broken agreement, a clause left dangling
 * or broken punctuation, a lowercase sentence start, a Persian duration "تا N روز" losing its "تا",
 * a Persian alternative in the other register than its draft, a word doubled at the seam).
 * It does not replace a person reading the applied sentences.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { faRegister } from '../../lib/nlp/index.ts';
import { builtinPacks, type PhrasePack } from '../../lib/packs/index.ts';
import { applyAll, suggestRewrites, type Suggestion } from '../../lib/rewrite/index.ts';
import { loadLearntModels } from '../../lib/rewrite/engine.ts';
import { draftNotOwnRanges } from '../../lib/text/signature.ts';
import { corpusPath, readCsv } from './stats.ts';

// The learnt readers load their weights on first use, asynchronously: with one on (LEARNT_DEFAULT, LEARNT_DEFAULT_EN or a
// `learnt: true` call) the harness and every script that imports it read with them from the first item, not from
// whenever the import happens to resolve.
await loadLearntModels();

export type EvalLang = 'en' | 'fa';
/**
 * dev: tune on it; test, late: held out when written, development material since the second
 * 2026-12-03 round (their misses were read); late2: the held-out split of that round, development
 * material since it was measured at the end of that round; late3: the held-out split of the sixth session's final
 * figures, development material since (its Apply all results were read and tuned on); late4: the held-out split
 * written for the seventh session's figures, development material since the eighth; late5: the held-out split written
 * for the ninth session's figures by helpers who read no rule (items en-Z…, fa-Z…), development material since the tenth;
 * late6: the held-out split of the tenth session, written by helpers who read no rule (items en-X…, fa-X…; read its
 * figures, never its misses); dev2 (English and Persian): a
 * second development split of phrasing unlike the team's own, written to generalise the rules. dev3 and test3
 * (English en-Y…, Persian fa-Y…): one fresh set per language of the eighth session split in two, alternating within
 * each category (Persian: and register); dev3 is tuned on, test3 is measured before and after the round only (its
 * misses are never listed). gen: the development split of the generic clause readers (lib/rewrite/generic), gentest
 * its own held-out half (measured before the readers and once at the end, its misses never listed).
 */
// honest / honestt (English en-J… / en-K…): sentences shaped where applied alternatives went wrong (negative-polarity
// items, without/until/reason tails, time refusals, softened bad news); honestt is the held-aside half, figures only.
// gen / gentest (English en-G…, Persian fa-G…): the generic readers' development and held-out splits, written before it was
// tuned in wordings unlike every other split; gentest is measured before and at the end only.
// wide / widet (English en-W…, en-WT…): the ninth session's split of kinds of negative phrasing in wordings no rule was read
// off (nominalised refusals, lexical predicates, obligations, blame, …); widet is its held-aside half, figures only.
// wide / widet (Persian fa-W…): fresh wordings of every family, formal and colloquial; widet is never tuned on.
// rwfa / rwfat (Persian fa-RF…, fa-RT…): the tenth session's Persian construction round, written before it tuned, both
// registers, a third risky neutrals; rwfat is its held-aside half, figures only.
// fresh / fresht (English en-B…, Persian fa-B…): the eleventh session's development split, written by helpers who read no
// rule, before that session tuned; fresht is its held-aside third, figures only. late7 (en-A…, fa-A…): the eleventh
// session's held-out split, written by other helpers at the same time; late6 is development material from then on.
// fresh2 (English en-F…, Persian fa-F…): the twelfth session's development split, written by helpers who read no rule
// (English from agents of many countries, Persian 60% colloquial chat), before that session tuned. late9 (en-C…, fa-C…):
// the twelfth session's held-out split, written by two other helpers at the same time, kept outside the repository until
// the session's end; late7 is development material from then on.
// mix3 (English en-M…): the thirteenth session's English development split, written in five batches by the tuner before
// reading any rule off each batch. late10 (en-D…, fa-D…): the thirteenth session's held-out split, written by two helpers
// who read no rule, kept outside the repository until the session's end; late9 is measured with the aside splits from then
// on (never tuned on, its misses never listed). late11 (en-U…, fa-U…): the fourteenth session's held-out split, written
// the same way; late10 is development material from then on. late12 (en-O…, fa-O…): a second held-out split written the
// same way at the fourteenth session's end and measured on its start and final code. late13 (en-N…/en-S…, fa-H…/fa-K…): the
// fifteenth session's held-out split, two writers per language pooled, kept outside the repository until the first
// integration; late11 and late12 are development material from then on. near15 (English en-I…): a development split of
// risky neutrals (120) and their close negative contrasts (50), written by a helper who read no rule, for the false-flag round.
// late14 (en-V…, fa-J…): a second held-out split of the fifteenth session (one writer per language), measured on the
// session-start code and the final code. late15 (en-TA…/en-TB…, fa-E…/fa-I…): the sixteenth session's held-out split, two
// writers per language pooled, measured on the session-start code before joining the repository; late13 and late14 are
// development material from then on. late16 (en-T…, fa-P…): a second held-out split of the sixteenth session, one writer
// per language, measured on the session-start code and the final code; aside (figures only) from then on.
// late17 (en-UA…/en-UB…, fa-Q…/fa-R…): the seventeenth session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late15 is development material from then on, late16 stays aside.
// late18 (en-VA…/en-VB…, fa-TA…/fa-TB…): the eighteenth session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late17 is development material from then on.
// late19 (en-WA…/en-WB…, fa-XA…/fa-XB…): the nineteenth session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late18 is development material from then on.
// late20 (en-XA…/en-XB…, fa-YA…/fa-YB…): the twentieth session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late19 is development material from then on.
// late21 (en-YA…/en-YB…, fa-ZA…/fa-ZB…): the twenty-first session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late20 is development material from then on.
// late22 (en-ZA…/en-ZB…, fa-AA…/fa-AB…): the twenty-second session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late21 is development material from then on.
// late23 (en-AA…/en-AB…, fa-BA…/fa-BB…): the twenty-third session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late22 is development material from then on.
// late24 (en-AC…/en-AD…, fa-BC…/fa-BD…): the twenty-fourth session's held-out split, two writers per language pooled, measured
// on the session-start code before joining the repository; late23 is development material from then on.
// late25: the twenty-fifth session's held-out split, measured on the session-start code before joining the repository;
// late24 is development material from then on.
// late26: the twenty-sixth session's held-out split, measured on the session-start code before joining the repository;
// late25 is development material from then on.
// late27: the twenty-seventh session's held-out split, measured on the session-start code before joining the repository;
// late26 is development material from then on.
// late28: the twenty-eighth session's held-out split, measured on the session-start code before joining the repository;
// late27 is development material from then on.
// late29: the twenty-ninth session's held-out split, measured on the session-start code before joining the repository;
// late28 is development material from then on.
// late30: the thirtieth session's held-out split, measured on the session-start code before joining the repository;
// late29 is development material from then on.
// late31: the thirty-first session's held-out split, measured on the session-start code before joining the repository;
// late30 is development material from then on.
// train31: written in the thirty-first session as training material for the learnt readers, by writers who read no rule
// (the held-out writers' brief, other trades and voices); development material from the start.
// late32: the thirty-second session's held-out split, measured on the session-start code before joining the repository;
// late31 is development material from then on.
// late33: the thirty-third session's held-out split, measured on the session-start code before joining the repository;
// late32 is development material from then on.
// late34: the thirty-fourth session's held-out split, measured on the session-start code before joining the repository;
// late33 is development material from then on.
// train34: written in the thirty-fourth session as training material for the learnt readers, like train31 (two writers
// per language who read only the training brief, other trades and voices); development material from the start.
// train34b: two more English writers of the same brief in the same session (English only).
// late35: the thirty-fifth session's held-out split, measured on the session-start code before joining the repository;
// late34 is development material from then on.
// train35: the thirty-fifth session's training writers (the training brief, other trades and voices); development
// material from the start. train35b: three more writers of the same brief (one English, two Persian), the same way;
// train35c, train35d: three more again, each.
// late36: the thirty-sixth session's held-out split, measured on the session-start code before joining the repository;
// late35 is development material from then on.
// late37: the thirty-seventh session's held-out split, measured on the session-start code before joining the repository;
// late36 is development material from then on.
// late38: the thirty-eighth session's held-out split, measured on the session-start code before joining the repository;
// late37 is development material from then on.
// late39: the fortieth session's held-out split, measured on the session-start code before joining the repository;
// late38 is development material from then on.
/** Every split, in the order `--<split>` flags print them. */
export const EVAL_SPLITS = ['dev', 'dev2', 'test', 'gen', 'late', 'late2', 'late3', 'late4', 'late5', 'late6', 'late7', 'dev3', 'test3', 'gentest', 'wide', 'widet', 'honest', 'honestt', 'rwen', 'rwent', 'rwfa', 'rwfat', 'fresh', 'fresht', 'fresh2', 'late9', 'mix3', 'late10', 'late11', 'late12', 'late13', 'near15', 'late14', 'late15', 'late16', 'late17', 'late18', 'late19', 'late20', 'late21', 'late22', 'late23', 'late24', 'late25', 'late26', 'late27', 'late28', 'late29', 'late30', 'train31', 'late31', 'late32', 'late33', 'train34', 'train34b', 'late34', 'train35', 'train35b', 'train35c', 'train35d', 'late35', 'late36', 'late37', 'late38', 'late39'] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];
/** The one split whose misses are never listed: it is measured, never tuned on. */
export const HELD_OUT_SPLIT: EvalSplit = 'late39';
/** Held-aside halves: measured and reported, never tuned on, their misses never listed. */
export const ASIDE_SPLITS: readonly EvalSplit[] = ['test3', 'gentest', 'widet', 'honestt', 'rwent', 'rwfat', 'fresht', 'late9', 'late16'];
export type SuggestionKind = 'rewrite' | 'template' | 'advice';

export interface EvalItem {
  id: string;
  label: 'negative' | 'neutral';
  category: string;
  /** The sentence without its [[ ]] markers. */
  text: string;
  /** Marked negative words, offsets into `text` (end exclusive). Empty for neutral items. */
  spans: Array<[number, number]>;
  /** Kinds of suggestion that would be acceptable (negative items). */
  kinds?: SuggestionKind[];
  /** Hard-case tags (no-apostrophe, typo, word-order, near-miss, ...). */
  hard: string[];
  register: string[];
  source: string;
  /** For a positive version: the id of the negative item it rewrites. */
  pairOf?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const EVAL_DIR = join(here, '..', 'fixtures', 'rewrite-eval');

/** Parses one JSONL line's text: "[[...]]" marks negative words; markers are removed. */
export function parseMarked(marked: string): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    if (open < 0) break;
    const close = marked.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`unclosed [[ in: ${marked}`);
    text += marked.slice(i, open);
    const start = text.length;
    text += marked.slice(open + 2, close);
    if (text.length === start) throw new Error(`empty [[]] in: ${marked}`);
    spans.push([start, text.length]);
    i = close + 2;
  }
  text += marked.slice(i);
  if (text.includes(']]')) throw new Error(`stray ]] in: ${marked}`);
  return { text, spans };
}

export const evalSetExists = (lang: EvalLang, split: EvalSplit): boolean => existsSync(join(EVAL_DIR, `${lang}.${split}.jsonl`));

/** The splits of `lang` that may be read item by item: every one that exists except the held-out and the aside ones. */
export const developmentSplits = (lang: EvalLang): EvalSplit[] =>
  EVAL_SPLITS.filter((s) => s !== HELD_OUT_SPLIT && !ASIDE_SPLITS.includes(s) && evalSetExists(lang, s));

export function loadEvalSet(lang: EvalLang, split: EvalSplit): EvalItem[] {
  const raw = readFileSync(join(EVAL_DIR, `${lang}.${split}.jsonl`), 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((line, n) => {
      const r = JSON.parse(line) as Omit<EvalItem, 'spans' | 'hard' | 'register'> & { hard?: string[]; register?: string[] };
      const { text, spans } = parseMarked(r.text);
      if ((r.label === 'negative') !== spans.length > 0) throw new Error(`${lang}.${split}.jsonl:${n + 1}: a negative item needs [[marked]] words, a neutral one none`);
      return { ...r, text, spans, hard: r.hard ?? [], register: r.register ?? [] };
    });
}

/** What kind a suggestion is: the engine's own `kind` when it has one, else read from its texts. */
export function kindOf(s: Suggestion): SuggestionKind {
  const k = (s as Suggestion & { kind?: SuggestionKind }).kind;
  if (k) return k;
  if (s.replacements.length === 0) return 'advice';
  return s.replacements.some((r) => r.includes('___')) ? 'template' : 'rewrite';
}

const overlaps = (a: { start: number; end: number }, [s, e]: [number, number]) => a.start < e && s < a.end;

// ---------------------------------------------------------------------------------------------
// Detectable harms of an applied alternative
// ---------------------------------------------------------------------------------------------

const EN_NEG = /\b(?:not|no|never|nothing|nobody|none|nowhere|neither|nor|cannot|can't|cant|won't|wont|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|aren't|arent|wasn't|wasnt|weren't|werent|couldn't|couldnt|wouldn't|wouldnt|shouldn't|shouldnt|haven't|havent|hasn't|hasnt|hadn't|mustn't|unable)\b/i;
const EN_NPI = /\b(?:any|anything|anyone|anybody|anywhere|anymore|at all|either)\b/gi;
/** Commitments a replacement must not add: speed, time, guarantees, and first-person offers. */
const EN_COMMIT: Array<[string, RegExp]> = [
  ['time', /\b(?:right away|right now|immediately|today|tonight|tomorrow|asap|as soon as possible|shortly|straight away|in no time|this week)\b/gi],
  ['guarantee', /\b(?:make sure|guarantee[sd]?|promises?|ensure|definitely|certainly|for sure|do everything)\b/gi],
  ['offer', /\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me|i can(?!'t|not|t\b|’t)|we can(?!'t|not|t\b|’t)|i'd be happy to|here's what|another way|place the order)\b/gi],
];
/** A first-person modal in the original ("ill" is "I'll" typed fast): then "I'll"/"we can" in the rewrite says the same. */
const EN_SELF_MODAL = /\bill\b|\b(?:i|we)(?:'ll| will| won't| wont| can| can't| cant| cannot| could| couldn't| am able| are able| am unable| are unable| am not able| are not able|'m unable|'re unable|'m not able|'re not able| would|'d)\b/i;

const FA_LETTERS = '\u0600-\u06FF';
const FA_NEG = new RegExp(`(?:^|[^${FA_LETTERS}])(?:نمی|نیست|ندار|نشد|نشو|نکن|نکرد|نخواه|نتون|نتوان|نباید|نداد|نده|نذار|نزار|نگرفت|نفرست|نرس|نخوند|نخواند|نه(?=[^${FA_LETTERS}]|$)|هیچ)`);
const FA_COMMIT: Array<[string, RegExp]> = [
  ['time', /همین الان|فوراً|فورا|بلافاصله|امروز|فردا|سریعاً|سریعا|هر چه زودتر|به‌زودی|بزودی/g],
  ['guarantee', /(?<![\u0600-\u06FF])حتم(?:اً|ا)|قول|تضمین|مطمئن می‌شم|مطمئن میشم|اطمینان حاصل/g],
  ['offer', /فالوآپ|بررسی می[‌ ]?کن|پیگیری می[‌ ]?کن|انجام می[‌ ]?د|درست می[‌ ]?کن|راه دیگری|راه دیگه|برمی[‌ ]?گردان|برمی[‌ ]?گردون|خواهیم|خواهم|براتون .{0,20}می[‌ ]?کنم/g],
];

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return (s.match(re) ?? []).length;
}

/**
 * What the proxy must not count as a promise: asking the customer ("let me know"), saying what this
 * very message does ("let me clarify", "explain it another way"), and jargon spelt out ("ASAP").
 */
function enForCommitments(s: string): string {
  return s
    .replace(/\blet me (?:know|clarify|explain|recap|summari[sz]e)\b/g, '')
    .replace(/\bexplain(?:ing)? (?:it |this |that )?another way\b/g, '')
    .replace(/\banything (?:else )?(?:i|we) can do\b/g, '')
    // A template's own frame around its blank ("What we can do is ___") commits to nothing the agent does not type.
    .replace(/\bwhat (?:i|we) can (?:do|tell you now) is ___/g, '')
    .replace(/\basap\b/g, 'as soon as possible')
    .replace(/\bat (?:this|the present) (?:point in time|moment in time|time)\b/g, 'right now');
}

/** Person of Persian verbs with a می/نمی prefix: '1s', '1p', or nothing. */
function faPersons(s: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`(?:^|[^${FA_LETTERS}])ن?می[\u200c ]?[${FA_LETTERS}]+`, 'g');
  for (const m of s.matchAll(re)) {
    const w = m[0].replace(/^[^\u0600-\u06FF]+/, '');
    if (/یم$/.test(w)) out.add('1p');
    else if (/م$/.test(w)) out.add('1s');
  }
  return out;
}

const EN_REGRET = /\b(?:i'm afraid|i’m afraid|im afraid|i am afraid|sadly|regrettably|unfortunately)\b/i;
const EN_SOFTENER = /\b(?:i'm afraid|i’m afraid|im afraid|i am afraid|sadly|regrettably|i regret to|sorry to (?:say|tell|inform))\b/i;

/**
 * Harms a person reading Apply's result calls wrong (the 2026-12-03 evening reading of fresh English
 * sentences): a template frame around a clause that does not fit it, a time refusal turned into
 * another time, a dismissive remark turned into a promise, clause splicing, a softener taken off
 * bad news, a phrase doubled at the seam.
 */
function enHonestHarms(text: string, applied: string, used: readonly Suggestion[]): string[] {
  const out: string[] = [];
  // Curly and straight apostrophes read alike: a replacement that keeps the draft's ’ adds nothing.
  const lo = text.toLowerCase().replace(/[‘’]/g, "'");
  const ap = applied.toLowerCase().replace(/[‘’]/g, "'");
  const negs = (s: string) => (s.match(new RegExp(EN_NEG.source, 'gi')) ?? []).length;
  const changed = used.filter((s) => kindOf(s) !== 'advice');
  if (!changed.length) return out;
  // The words after a blank that the frame did not write: the sentence goes on after the agent's offer.
  for (const s of changed) {
    if (kindOf(s) !== 'template') continue;
    const rep = s.replacements[0] ?? '';
    const tail = rep.slice(rep.lastIndexOf('___') + 3) + text.slice(s.end).split(/[.!?\n]/)[0];
    const goesOn = text.slice(s.end).split(/[.!?\n]/)[0].replace(/^(?:[\s,]*\b(?:sorry|lol|thanks|ok|okay|tho|mate|cheers)\b)+[\s,]*$/i, '');
    if (/___[\s.!?]*$/.test(rep) && !/^\s*["”»]/.test(text.slice(s.end)) && /[a-z]/i.test(goesOn)) out.push('template:sentence-goes-on');
    if (/\b(?:i'm afraid|im afraid|unfortunately|sadly)\b/i.test(tail)) out.push('template:regret-after-offer');
  }
  if (/\brather than\b[^,]*\b(?:because|since|due to|for (?:\w+ ){0,3}reasons?|regardless)\b/.test(ap) && !/\brather than\b/.test(lo)) out.push('template:reason-in-frame');
  if (/\brather than\b(?:(?!\b(?:once|when|if|unless|after|before|until|that|which|who|where|because|since|as|while|so|and|or|but)\b)[^,])*\b(?:i|you|we|they|it)(?:'d|'ll|'re|'s| would| will| need| can| must)\b/.test(ap) && !/\brather than\b/.test(lo)) out.push('template:run-on');
  if (/\b(?:i|we) can ___|\bwhat (?:i|we) (?:can do|do offer) is ___/.test(ap) && /\bnothing (?:else |more )?(?:i|we) can do\b/.test(ap)) out.push('contradiction:offer-and-nothing');
  const npiLeft = /\b(?:yet|ever|until|till|anymore)\b/;
  if (negs(ap) < negs(lo) && /\brather than\b/.test(ap) && npiLeft.test(ap.slice(ap.indexOf('rather than'), ap.indexOf('___') > 0 ? ap.indexOf('___') : undefined))) out.push('polarity:npi-left');
  if (/\bany(?:thing|one|body|where)?\b/.test(lo) && negs(ap) < negs(lo) && (ap.match(/\bsome(?:thing|one|body|where)?\b/g) ?? []).length > (lo.match(/\bsome(?:thing|one|body|where)?\b/g) ?? []).length) out.push('polarity:any-to-some');
  // Time refusals: the point must stay the point.
  if (/\b(?:from|once) (?:after|before|at least|around|about)\b|\bonce (?:next|this|on|in|the \d|\d)/.test(ap) && !/\b(?:from|once) (?:after|before|at least|around|about|next|this|on|in)\b/.test(lo)) out.push('time:point-changed');
  if (/\b(?:won't|wont|will not)\b[^.]*\b(?:until|till|before)\b/.test(lo) && /\bwill\b(?! not)[^.]*\bfrom\b/.test(ap) && !/\bwill (?:be (?:available|open|back|live|ready|in stock)|open)\b/.test(ap)) out.push('time:event-from-point');
  if (/\b(?:won't|wont|will not)\b[^.]*\bbefore\b/.test(lo) && /\bwill\b(?! not)[^.]*\bonce\b/.test(ap)) out.push('adds-commitment:before-to-once');
  // A dismissive remark is not a question to look into.
  if (/\bfind out why you(?:'re| are|'d| would| think| keep| feel| expect| need| want)\b|\bfind out why (?:this|that|it) is (?:such|so)\b/.test(ap)) out.push('dismissive-to-promise');
  // Clause splicing.
  if (/\bneed \w+ing (?:the|a|an|your|my|our|it|them|this|that)\b|\bneed\b[^,.;]*\bbeing \w+/.test(ap) && !/\bneed\b/.test(lo)) out.push('splice:gerund');
  if (/\bjust need\b[^.]*\b(?:fee|charge|charging|payment|deposit|cost|difference|surcharge)\b/.test(ap) && !/\bjust\b/.test(lo)) out.push('minimises-cost');
  if (/,\s*not (?:for|to|with) (?:us|me|you)\b/.test(ap) && !/,\s*not (?:for|to|with) (?:us|me|you)\b/.test(lo)) out.push('splice:not-tail');
  // A softener taken off news that stays bad (a negation or a refusal left), or a regret left on news made good.
  if (EN_SOFTENER.test(lo) && !EN_SOFTENER.test(ap) && (negs(ap) > 0 || /\b(?:declined|rejected|cancell?ed|unsuccessful|expired|postponed|sold out|out of stock|full|closed|lost|policy|ended)\b/.test(ap))) out.push('softener-removed');
  if (negs(ap) < negs(lo) && !/___/.test(ap) && EN_REGRET.test(ap)) out.push('regret-left');
  // A phrase doubled at the seam ("just to recap, just to recap").
  const doubled = /\b(\w+ \w+(?: \w+)?),? \1\b/;
  if (doubled.test(ap) && !doubled.test(lo)) out.push('doubled-phrase');
  return out;
}

export interface AppliedCheck {
  applied: string;
  harms: string[];
}

/**
 * Applies the suggestions (first alternative each, as Apply does) and lists the harms a program
 * can see. `kinds` are the kinds of the applied suggestions: a template may hold a commitment the
 * agent completes, so commitments are not counted against templates.
 */
export function checkApplied(lang: EvalLang, text: string, used: readonly Suggestion[]): AppliedCheck {
  const applied = applyAll(text, used);
  const harms: string[] = [];
  const rewrites = used.filter((s) => kindOf(s) === 'rewrite');
  const inserted = rewrites.map((s) => s.replacements[0] ?? '').join(' ');
  const originals = used.map((s) => s.original).join(' ');
  if (lang === 'en') {
    const lo = text.toLowerCase().replace(/[‘’]/g, "'");
    const ap = applied.toLowerCase().replace(/[‘’]/g, "'");
    for (const [name, re] of EN_COMMIT) {
      if (!rewrites.length) break;
      if (name === 'offer' && EN_SELF_MODAL.test(lo)) continue;
      if (count(re, enForCommitments(ap)) > count(re, enForCommitments(lo))) harms.push(`adds-commitment:${name}`);
    }
    if (EN_NEG.test(lo) && !EN_NEG.test(ap)) {
      for (const m of ap.matchAll(EN_NPI)) {
        const before = ap.slice(0, m.index);
        const rest = ap.slice((m.index ?? 0) + m[0].length);
        // A degree ("any further", "any sooner than") or free choice ("anyone other than") needs no negation.
        if (/^\s+(?:more|further|longer|sooner|earlier|later|less|better)\b|^\s+(?:\w+\s+)?(?:other than|but|except)\b/.test(rest)) continue;
        if (m[0] === 'either' && /^\s+\w+[^.;]*\bor\b/.test(rest)) continue;
        if (!/\b(?:if|whether)\b[^.,;!?]*$/.test(before) && !/\?/.test(ap.slice(m.index))) {
          harms.push('polarity:any-left');
          break;
        }
      }
    }
    for (const h of enHonestHarms(text, applied, used)) harms.push(h);
    if (/\bplease (?:have|be) \w+(?:ed|en|wn|lt|nt)\b/i.test(applied) && !/\bplease (?:have|be) \w+(?:ed|en|wn|lt|nt)\b/i.test(text)) harms.push('agreement:please+participle');
    const clash = /\b(?:i|we|you|they) (?:is|was|has|does|doesn't|isn't|wasn't)\b|\b(?:he|she|it) (?:are|were|have|don't|aren't|weren't)\b|\bi are\b|\bwe am\b/i;
    if (clash.test(applied) && !clash.test(text)) harms.push('agreement:subject-verb');
    const we = /\b(?:we|we're|we'll|we've|our|us)\b/i;
    const me = /\b(?:i|i'm|i'll|i've|my|me)\b/i;
    if (we.test(originals) && !me.test(originals) && me.test(inserted) && !we.test(inserted)) harms.push('agreement:we-to-i');
    if (me.test(originals) && !we.test(originals) && we.test(inserted) && !me.test(inserted)) harms.push('agreement:i-to-we');
    if (/^[A-Z]/.test(text.trim()) && /^[a-z]/.test(applied.trim())) harms.push('capital:lowercase-start');
    for (const s of rewrites) {
      const rep = (s.replacements[0] ?? '').trim();
      const after = text.slice(s.end).trimStart();
      const lastWord = (t: string) => (t.toLowerCase().match(/[a-z']+(?=[^a-z']*$)/) ?? [''])[0];
      if (/^(?:to|that|for)\b/i.test(after) && /^(?:policy|policies|rules|terms|possible|impossible|allowed|permitted|able|unable)$/.test(lastWord(s.original)) && lastWord(rep) !== lastWord(s.original)) harms.push('dangling:complement');
      if (rep && /[.!?]$/.test(rep) && /^[a-z]/i.test(after)) harms.push('dangling:sentence-break');
    }
  } else {
    for (const [name, re] of FA_COMMIT) {
      if (!rewrites.length) break;
      if (count(re, applied) > count(re, text)) harms.push(`adds-commitment:${name}`);
    }
    if (/هیچ/.test(applied) && FA_NEG.test(text)) {
      const rest = applied.replace(/هیچ/g, '');
      if (!FA_NEG.test(rest)) harms.push('polarity:any-left');
    }
    const po = faPersons(originals);
    const pi = faPersons(inserted);
    if (po.has('1p') && !po.has('1s') && pi.has('1s') && !pi.has('1p')) harms.push('agreement:we-to-i');
    if (po.has('1s') && !po.has('1p') && pi.has('1p') && !pi.has('1s')) harms.push('agreement:i-to-we');
    // A formal draft given a colloquial alternative (or the reverse) reads as two writers.
    const draftReg = faRegister(text);
    const insertedReg = rewrites.length ? faRegister(inserted) : null;
    if (draftReg && insertedReg && draftReg !== insertedReg) harms.push(`register:${draftReg}-to-${insertedReg}`);
    if (/(?:^|[^\u0600-\u06FF])([\u0600-\u06FF\u200c]+)\s+\1(?![\u0600-\u06FF\u200c])/.test(applied) && !/(?:^|[^\u0600-\u06FF])([\u0600-\u06FF\u200c]+)\s+\1(?![\u0600-\u06FF\u200c])/.test(text)) harms.push('doubled-word');
    const dur = /تا\s*[0-9۰-۹٠-٩]+\s*(?:روز|هفته|ساعت|ماه|دقیقه)/;
    if (dur.test(text) && !dur.test(applied)) harms.push('duration:lost');
    for (const s of rewrites) {
      const rep = (s.replacements[0] ?? '').trim();
      const after = text.slice(s.end).trimStart();
      // Persian has no capitals to tell a new sentence by: a break is dangling only where the replaced words did not end
      // their own sentence («چند بار باید بگم؟ …» -> «بذارین یه بار دیگه توضیح بدم. …» keeps the break that was there).
      if (rep && /[.!؟]$/.test(rep) && !/[.!?؟]\s*$/.test(s.original) && new RegExp(`^[${FA_LETTERS}]`).test(after)) harms.push('dangling:sentence-break');
    }
  }
  const punct = /[.!?؟]\s*[,،;؛]|[,،]\s*[.!?؟]|[^.]\.\s*\.(?!\.)|\s[,.!?؟،](?![.])/;
  if (punct.test(applied) && !punct.test(text)) harms.push('dangling:punctuation');
  if (/[\p{L}]/u.test(text) && !/[\p{L}]/u.test(applied.replace(/___/g, ''))) harms.push('emptied');
  return { applied, harms: [...new Set(harms)] };
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

export interface ItemResult {
  item: EvalItem;
  suggestions: Suggestion[];
  /** Negative item: every marked span is overlapped by a suggestion's flagged words. */
  caught: boolean;
  /** Any suggestion at all (for a neutral item this is a false flag). */
  flagged: boolean;
  /** Suggestions over no marked span (on negative items). */
  extra: number;
  /** (ml32) Marked spans overlapped by a suggestion's flagged words (negative items; 0 for a neutral). */
  spansCaught: number;
  /** The suggestions over the marked spans, applied (caught negative items only). */
  used: Suggestion[];
  check?: AppliedCheck;
  /** Whether a used suggestion has one of the item's acceptable kinds (null when none listed). */
  kindOk: boolean | null;
}

/** `generic`: with the generic readers' advice (the default, as the panel shows it). */
export function evaluateItem(lang: EvalLang, item: EvalItem, packs: readonly PhrasePack[], generic = true): ItemResult {
  // As the panel does for a plain-text draft: quoted customer mail and the agent's signature block are not this reply's words.
  const exclude = draftNotOwnRanges(item.text);
  const suggestions = suggestRewrites(item.text, packs, exclude.length ? { exclude, generic } : { generic });
  const flagged = suggestions.length > 0;
  if (item.label === 'neutral') return { item, suggestions, caught: false, flagged, extra: suggestions.length, spansCaught: 0, used: [], kindOk: null };
  const used: Suggestion[] = [];
  let caught = true;
  let spansCaught = 0;
  for (const span of item.spans) {
    const s = suggestions.find((x) => overlaps(x.flagged, span));
    if (!s) caught = false;
    else {
      spansCaught++;
      if (!used.includes(s)) used.push(s);
    }
  }
  const extra = suggestions.filter((s) => !item.spans.some((sp) => overlaps(s.flagged, sp))).length;
  if (!caught) return { item, suggestions, caught, flagged, extra, spansCaught, used, kindOk: null };
  const kindOk = item.kinds?.length ? used.every((s) => item.kinds!.includes(kindOf(s))) : null;
  return { item, suggestions, caught, flagged, extra, spansCaught, used, check: checkApplied(lang, item.text, used), kindOk };
}

export interface Tally {
  negatives: number;
  caught: number;
  neutrals: number;
  flagged: number;
}

export interface SplitReport extends Tally {
  lang: EvalLang;
  split: EvalSplit;
  recall: number;
  flaggedRate: number;
  hard: Tally;
  byCategory: Record<string, Tally>;
  byRegister: Record<string, Tally>;
  /** Negative items with suggestions outside their marked words. */
  extraOnNegatives: number;
  /**
   * (ml32) Per-span recall beside the headline's all-spans-or-nothing: over the negative items with two or more marked
   * spans, how many of their spans a suggestion overlaps (items, spans, spans caught, items with every span caught).
   */
  multiSpan: { items: number; spans: number; caught: number; whole: number };
  applied: number;
  harmed: number;
  harmRate: number;
  harms: Record<string, number>;
  kindChecked: number;
  kindOk: number;
  /** Own positive versions of negative items: recall on the negative side, flags on the positive side. */
  pairs: { n: number; negativeCaught: number; positiveFlagged: number };
  results: ItemResult[];
}

const emptyTally = (): Tally => ({ negatives: 0, caught: 0, neutrals: 0, flagged: 0 });
function add(t: Tally, r: ItemResult): void {
  if (r.item.label === 'negative') {
    t.negatives++;
    if (r.caught) t.caught++;
  } else {
    t.neutrals++;
    if (r.flagged) t.flagged++;
  }
}

export function evaluateSplit(lang: EvalLang, split: EvalSplit, packs: readonly PhrasePack[] = builtinPacks, generic = true): SplitReport {
  const items = loadEvalSet(lang, split);
  const results = items.map((it) => evaluateItem(lang, it, packs, generic));
  const total = emptyTally();
  const hard = emptyTally();
  const byCategory: Record<string, Tally> = {};
  const byRegister: Record<string, Tally> = {};
  const harms: Record<string, number> = {};
  let extraOnNegatives = 0, applied = 0, harmed = 0, kindChecked = 0, kindOk = 0;
  const multiSpan = { items: 0, spans: 0, caught: 0, whole: 0 };
  for (const r of results) {
    add(total, r);
    if (r.item.hard.length) add(hard, r);
    add((byCategory[r.item.category] ??= emptyTally()), r);
    for (const reg of r.item.register) add((byRegister[reg] ??= emptyTally()), r);
    if (r.item.label === 'negative' && r.extra > 0) extraOnNegatives++;
    if (r.item.label === 'negative' && r.item.spans.length > 1) {
      multiSpan.items++;
      multiSpan.spans += r.item.spans.length;
      multiSpan.caught += r.spansCaught;
      if (r.caught) multiSpan.whole++;
    }
    if (r.check) {
      applied++;
      if (r.check.harms.length) harmed++;
      for (const h of r.check.harms) harms[h] = (harms[h] ?? 0) + 1;
    }
    if (r.kindOk !== null) {
      kindChecked++;
      if (r.kindOk) kindOk++;
    }
  }
  const byId = new Map(results.map((r) => [r.item.id, r]));
  const pairs = { n: 0, negativeCaught: 0, positiveFlagged: 0 };
  for (const r of results) {
    const neg = r.item.pairOf ? byId.get(r.item.pairOf) : undefined;
    if (!neg) continue;
    pairs.n++;
    if (neg.caught) pairs.negativeCaught++;
    if (r.flagged) pairs.positiveFlagged++;
  }
  return {
    lang,
    split,
    ...total,
    recall: total.caught / (total.negatives || 1),
    flaggedRate: total.flagged / (total.neutrals || 1),
    hard,
    byCategory,
    byRegister,
    extraOnNegatives,
    multiSpan,
    applied,
    harmed,
    harmRate: harmed / (applied || 1),
    harms,
    kindChecked,
    kindOk,
    pairs,
    results,
  };
}

/** Positive Psychology Frames: flags on the stressed original vs on the crowdworker's reframe. */
export function positiveFrames(file: 'wholedev.csv' | 'wholetest.csv', packs: readonly PhrasePack[] = builtinPacks, generic = true): { n: number; originalFlagged: number; reframedFlagged: number; negatedN: number; negatedFlagged: number } {
  const rows = readCsv(readFileSync(corpusPath('positive-frames', file), 'utf8'));
  const head = rows[0];
  const o = head.indexOf('original_text');
  const f = head.indexOf('reframed_text');
  let n = 0, originalFlagged = 0, reframedFlagged = 0, negatedN = 0, negatedFlagged = 0;
  for (const row of rows.slice(1)) {
    const orig = row[o]?.trim();
    const ref = row[f]?.trim();
    if (!orig || !ref) continue;
    n++;
    const hit = suggestRewrites(orig, packs, { generic }).length > 0;
    if (hit) originalFlagged++;
    if (suggestRewrites(ref, packs, { generic }).length > 0) reframedFlagged++;
    // The subset closest to agent phrasing: originals that state a negation.
    if (EN_NEG.test(orig)) {
      negatedN++;
      if (hit) negatedFlagged++;
    }
  }
  return { n, originalFlagged, reframedFlagged, negatedN, negatedFlagged };
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');

export function formatReport(r: SplitReport): string {
  const lines: string[] = [];
  lines.push(`${r.lang} ${r.split}: recall ${ratio(r.caught, r.negatives)} (${r.caught}/${r.negatives}); neutral flagged ${pct(r.flagged, r.neutrals)} (${r.flagged}/${r.neutrals})`);
  const ms = r.multiSpan;
  if (ms.items) lines.push(`  per-span recall, items with several marked spans (n=${ms.items}): spans caught ${ratio(ms.caught, ms.spans)} (${ms.caught}/${ms.spans}); every span caught ${ms.whole}/${ms.items}`);
  lines.push(`  hard cases: recall ${ratio(r.hard.caught, r.hard.negatives)} (${r.hard.caught}/${r.hard.negatives}); neutral flagged ${pct(r.hard.flagged, r.hard.neutrals)} (${r.hard.flagged}/${r.hard.neutrals})`);
  const cats = Object.entries(r.byCategory).sort(([a], [b]) => a.localeCompare(b));
  lines.push(`  negatives by category: ${cats.filter(([, t]) => t.negatives).map(([c, t]) => `${c} ${t.caught}/${t.negatives}`).join(', ')}`);
  lines.push(`  neutrals by category: ${cats.filter(([, t]) => t.neutrals).map(([c, t]) => `${c} ${t.flagged}/${t.neutrals}`).join(', ')}`);
  const regs = Object.entries(r.byRegister).sort(([a], [b]) => a.localeCompare(b));
  if (regs.length) lines.push(`  by register: ${regs.map(([c, t]) => `${c} recall ${t.caught}/${t.negatives}${t.neutrals ? ` flagged ${t.flagged}/${t.neutrals}` : ''}`).join(', ')}`);
  lines.push(`  negatives with extra flags outside the marked words: ${r.extraOnNegatives}/${r.negatives}`);
  const harms = Object.entries(r.harms).sort((a, b) => b[1] - a[1]).map(([h, n]) => `${h} ${n}`).join(', ');
  lines.push(`  top alternative applied on ${r.applied} caught items: detectable harm in ${r.harmed} (${pct(r.harmed, r.applied)})${harms ? `: ${harms}` : ''}`);
  lines.push(`  suggestion kind acceptable for the item: ${r.kindOk}/${r.kindChecked} (${pct(r.kindOk, r.kindChecked)})`);
  if (r.pairs.n) lines.push(`  own positive-language pairs (n=${r.pairs.n}): negative side caught ${ratio(r.pairs.negativeCaught, r.pairs.n)}, positive side flagged ${ratio(r.pairs.positiveFlagged, r.pairs.n)}`);
  return lines.join('\n');
}

function listMisses(r: SplitReport): string {
  const out: string[] = [`${r.split.toUpperCase()} misses and false flags, ${r.lang}:`];
  for (const x of r.results) {
    if (x.item.label === 'negative' && !x.caught) {
      const marked = x.item.spans.map(([s, e]) => x.item.text.slice(s, e)).join(' | ');
      const got = x.suggestions.map((s) => `${s.ruleId}:"${s.original}"`).join(' ');
      out.push(`  MISS ${x.item.id} [${x.item.category}] ${x.item.text}   <${marked}>${got ? `   got ${got}` : ''}`);
    }
  }
  for (const x of r.results) {
    if (x.item.label === 'neutral' && x.flagged) out.push(`  FALSE ${x.item.id} [${x.item.category}] ${x.item.text}   ${x.suggestions.map((s) => `${s.ruleId}:"${s.original}"`).join(' ')}`);
  }
  for (const x of r.results) {
    if (x.check?.harms.length) out.push(`  HARM ${x.item.id} ${x.check.harms.join(',')}: ${x.item.text}  ->  ${x.check.applied}`);
  }
  return out.join('\n');
}

/** Markdown for a person to read: every caught item with the applied top alternative. */
function appliedSample(r: SplitReport): string {
  const rows = r.results.filter((x) => x.check);
  rows.sort((a, b) => Number(b.check!.harms.length > 0) - Number(a.check!.harms.length > 0));
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    `# Applied top alternatives, ${r.lang} ${r.split}`,
    '',
    `Generated by tests/bench/rewrite-quality.ts. Read each row: is the applied sentence good, awkward or wrong?`,
    `Rows with a detectable harm come first. ${r.harmed} of ${r.applied} have one.`,
    '',
    '| id | category | rule (kind) | draft | after Apply | detected harm | your verdict |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const x of rows) {
    const rules = x.used.map((s) => `${s.ruleId} (${kindOf(s)})`).join(', ');
    out.push(`| ${x.item.id} | ${x.item.category} | ${esc(rules)} | ${esc(x.item.text)} | ${esc(x.check!.applied)} | ${x.check!.harms.join(', ')} | |`);
  }
  return out.join('\n') + '\n';
}

export default function main(argv: readonly string[] = []): void {
  const misses = argv.includes('--misses');
  const outDir = join(here, '..', '..', '.output', 'rewrite-quality');
  mkdirSync(outDir, { recursive: true });
  console.log(`built-in packs: ${builtinPacks.map((p) => `${p.id} (${p.rules.length} rules)`).join(', ')}`);
  const summary: Record<string, unknown> = {};
  const onlyLang = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  for (const lang of ['en', 'fa'] as const) {
    if (onlyLang && lang !== onlyLang) continue;
    const splits: EvalSplit[] = ['dev', 'dev2', 'test'];
    if (lang === 'en' || evalSetExists(lang, 'gen')) splits.push('gen');
    for (const split of EVAL_SPLITS) if (!splits.includes(split) && argv.includes(`--${split}`)) splits.push(split);
    for (const split of splits) {
      if (!evalSetExists(lang, split)) {
        console.log(`${lang} ${split}: no ${lang}.${split}.jsonl yet`);
        continue;
      }
      const r = evaluateSplit(lang, split, builtinPacks, !argv.includes('--no-generic'));
      console.log(formatReport(r));
      writeFileSync(join(outDir, `applied-${lang}-${split}.md`), appliedSample(r));
      const { results: _omit, ...figures } = r;
      summary[`${lang}.${split}`] = figures;
      // dev … late5 (development material since the tenth session's brief: read its misses by kind), dev3, gen, wide, honest,
      // rwen and rwfa are development material; the aside halves test3, gentest, widet, honestt, rwent and rwfat never list misses.
      if (misses && split !== HELD_OUT_SPLIT && !ASIDE_SPLITS.includes(split)) console.log(listMisses(r));
    }
  }
  for (const file of ['wholedev.csv', 'wholetest.csv'] as const) {
    const p = positiveFrames(file, builtinPacks, !argv.includes('--no-generic'));
    console.log(`positive-frames ${file.replace('whole', '').replace('.csv', '')} (n=${p.n}, not customer-service text): originals flagged ${ratio(p.originalFlagged, p.n)}, reframes flagged ${ratio(p.reframedFlagged, p.n)}; originals with a negation (n=${p.negatedN}) flagged ${ratio(p.negatedFlagged, p.negatedN)}`);
    summary[`positive-frames.${file}`] = p;
  }
  writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
  console.log(`applied samples and summary.json in ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
