/**
 * jargon37: a probe of lone-term frames over the development writer splits (no engine run): for each candidate frame,
 * per split, the matches over marked jargon terms, over words of other negatives the writer did not mark, and on
 * neutral items ("split:jargon/unmarked/neutral"). Then leave-one-writer-split-out: for each split, a frame is kept when
 * on the other splits its marked-term matches outnumber three times its wrong ones (unmarked words and neutrals: a wrong
 * flag costs more than a miss), and the held-out split's matches of the kept frames are summed.
 * Usage: npx tsx scripts/jargon37-frames.ts [--show] [--frame=NAME]
 */
import { ASIDE_SPLITS, EVAL_SPLITS, HELD_OUT_SPLIT, loadEvalSet, evalSetExists, type EvalLang } from '../tests/bench/rewrite-quality.ts';
import { customerBand } from '../lib/rewrite/generic/jargon-common.ts';
import { rareTerm } from '../lib/rewrite/generic/jargon32.ts';
import { coTerms } from '../lib/rewrite/jargon36.ts';
import { internalLabel, statusLabels } from '../lib/rewrite/jargon37.ts';

/** The development writer splits (as scripts/jargon36-pool.ts reads them). */
const DEV_WRITER_SPLITS = EVAL_SPLITS.filter((s) => s !== HELD_OUT_SPLIT && !ASIDE_SPLITS.includes(s) && (/^late(\d+)$/.test(s) ? Number(s.slice(4)) >= 20 : /^train3\d/.test(s)));

const EN_AS = /\b(?:showing|shows|show(?:ed)? up|came up|comes? up|flagged|marked|logged|listed|down|booked(?: in)?|went (?:out|through)|gone (?:out|through)|pinged|graded|classed|coded)\s+as\s+(?:(?:a|an|the)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s*(?:$|[.,;!?)]|\s(?:on|in|with|for|so|and|but|because|cos|until|till|at|by)\b))/dg;
const EN_ON = /\b(?:is|are|'s|’s|was|were|been|be|being|still|currently|now|put|placed|fit you|go(?:es)? (?:on|onto))\s+(?:on|onto)\s+(?:(?:a|an|the)\s+)?([a-z]{4,})(?=\s*(?:$|[.,;!?)]|\s(?:until|till|til|pending|while|so|because|for|on|and|but|which)\b))/dg;

const FA_WENT = /(?<![\u0600-\u06FF\u200c])(?:رفته|رفت|رفتی|میره|می‌ره)\s+(?:(?:تو|توی|به)\s+)?([\u0600-\u06FFA-Za-z0-9\u200c-]+(?: [\u0600-\u06FFA-Za-z0-9\u200c-]+)?)(?=\s*(?:[،,.!؟?]|$))/dg;
const FA_STATUS_ANY = /(?<![\u0600-\u06FF\u200c])(?:در|تو|توی|با)\s+وضعیت\s+[«"“]?([^\s،,.؛:!?«»"()]+(?:[ \u200c]+[^\s،,.؛:!?«»"()]+){0,2}?)[»"”]?\s+(?=(?:قرار|است|هست|مونده|مانده|می[\u200c ]?باشد|ثبت|باقی|درآمده|خورده)(?![\u0621-\u06CC]))/dg;
const FA_REFER = /(?<![\u0600-\u06FF\u200c])به\s+([^\s،,.]+(?:\s+[^\s،,.]+){0,2}?)\s+(?:ارجاع|منتقل|ارسال)/dg;

type Read = (text: string) => Array<[number, number]>;
const pick = (read: Read, keep: (w: string) => boolean): Read => (text) => read(text).filter(([a, b]) => keep(text.slice(a, b)));
const faCo: Read = (text) => (/[\u0600-\u06FF]/.test(text) ? coTerms(text, 'fa') : []);
/** The shipped frame, then candidates measured and not shipped (see lib/rewrite/README.md, jargon37). */
const LONE_FRAMES: Record<'en' | 'fa', Record<string, Read>> = {
  en: {
    asX: (text) => [...text.matchAll(EN_AS)].map((m) => m.indices![1] as [number, number]),
    asXrare: (text) => [...text.matchAll(EN_AS)].filter((m) => m[1].split(/[\s-]+/).some((w) => /^[a-z]{4,}$/.test(w) && customerBand('en', w) === 0)).map((m) => m.indices![1] as [number, number]),
    onXband0: (text) => [...text.matchAll(EN_ON)].filter((m) => customerBand('en', m[1]) === 0).map((m) => m.indices![1] as [number, number]),
    onXrare: (text) => [...text.matchAll(EN_ON)].filter((m) => rareTerm('en', m[1])).map((m) => m.indices![1] as [number, number]),
  },
  fa: {
    statusFrame: statusLabels,
    statusFrameBand1: (text) => [...text.matchAll(FA_STATUS_ANY)].filter((m) => /[A-Za-z0-9\u06F0-\u06F9]/.test(m[1]) || m[1].split(/[\s\u200c«»"“”–-]+/).some((w) => /^[\u0621-\u06CC]{3,}$/.test(w) && customerBand('fa', w) <= 1)).map((m) => m.indices![1] as [number, number]),
    wentTo: (text) => [...text.matchAll(FA_WENT)].filter((m) => internalLabel(m[1])).map((m) => m.indices![1] as [number, number]),
    referredTo: (text) => [...text.matchAll(FA_REFER)].filter((m) => internalLabel(m[1])).map((m) => m.indices![1] as [number, number]),
    coLatinAlone: pick(faCo, (w) => /[A-Za-z]/.test(w)),
    coLatinLowerAlone: pick(faCo, (w) => /^[a-z][a-z-]*$/.test(w)),
    coLabelAlone: pick(faCo, (w) => /[0-9\u06F0-\u06F9]/.test(w) && !/[A-Za-z]/.test(w)),
    coRareAlone: pick(faCo, (w) => !/[A-Za-z0-9\u06F0-\u06F9]/.test(w)),
  },
};

const show = process.argv.includes('--show');
/** Per language, frame and split: [marked jargon terms, unmarked words, neutrals]. */
const counts: Record<string, Record<string, Record<string, [number, number, number]>>> = { en: {}, fa: {} };
const only = process.argv.find((a) => a.startsWith('--frame='))?.slice(8);
for (const lang of ['en', 'fa'] as EvalLang[]) {
  const frames = LONE_FRAMES[lang];
  for (const [name, read] of Object.entries(frames)) {
    if (only && only !== name) continue;
    const per: string[] = [];
    let tj = 0, tx = 0, tn = 0;
    const lines: string[] = [];
    for (const split of DEV_WRITER_SPLITS) {
      if (!evalSetExists(lang, split)) continue;
      let j = 0, x = 0, n = 0;
      for (const it of loadEvalSet(lang, split)) {
        for (const [a, b] of read(it.text)) {
          const over = it.spans.some(([s, e]) => a < e && s < b);
          const tag = it.label === 'neutral' ? 'NEU' : over ? (it.category === 'jargon' ? 'JAR' : 'OTH') : 'XTR';
          if (tag === 'JAR') j++;
          else if (tag === 'NEU') n++;
          else if (tag === 'XTR') x++;
          if (show) lines.push(`    ${tag} ${split} ${it.id} [${it.text.slice(a, b)}] | ${it.text.replace(/\n/g, ' / ').slice(0, 200)}`);
        }
      }
      tj += j; tx += x; tn += n;
      ((counts[lang][name] ??= {})[split] = [j, x, n]);
      if (j || x || n) per.push(`${split}:${j}/${x}/${n}`);
    }
    console.log(`${lang} ${name}: jargon-term ${tj}, unmarked ${tx}, neutral ${tn} | ${per.join(' ')}`);
    for (const l of lines) console.log(l);
  }
}

// Leave-one-writer-split-out, one frame at a time: kept for the held-out split when the other splits say so.
for (const lang of ['en', 'fa'] as const) {
  for (const [name, c] of Object.entries(counts[lang])) {
    let j = 0, bad = 0, keptFolds = 0, folds = 0;
    for (const held of Object.keys(c)) {
      folds++;
      let gj = 0, gb = 0;
      for (const [sp, [a, b, n]] of Object.entries(c)) if (sp !== held) { gj += a; gb += b + n; }
      if (gj <= 3 * gb) continue;
      keptFolds++;
      const [a, b, n] = c[held];
      j += a; bad += b + n;
    }
    console.log(`${lang} ${name} leave-one-split-out: kept in ${keptFolds}/${folds} folds; held-out marked terms ${j}, wrong matches ${bad}`);
  }
}
