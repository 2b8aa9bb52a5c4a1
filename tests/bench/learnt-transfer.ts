/**
 * Transfer of the learnt clause reader (lib/rewrite/learnt.ts) to a split it never saw, over a sweep of thresholds:
 * for each split given, the reader is trained here without it (scripts/train-clause-model.ts), then the split's items are
 * read with the rules (learnt reader off) and every sentence no suggestion touches is scored. Per threshold it prints
 * what the reader adds: rule misses caught (its flag over the marked words), neutral items newly flagged, negative items
 * given a flag outside their marked words, and new flags per 1,000 Bitext agent response sentences (odd rows: never
 * trained on) that the rules leave alone. Choose the threshold from these figures.
 *
 *   npx tsx tests/bench/learnt-transfer.ts late22 late21 [--lang=en] [--show=0.97]
 *   npx tsx tests/bench/learnt-transfer.ts --bitext   the shipped model's flags beyond the rules on Bitext (20 listed)
 */
import { builtinPacks } from '../../lib/packs/index.ts';
import { sentences } from '../../lib/text/index.ts';
import { draftNotOwnRanges } from '../../lib/text/signature.ts';
import { sentenceLanguage, suggestRewrites } from '../../lib/rewrite/engine.ts';
import { readLearnt, setLearntModel } from '../../lib/rewrite/learnt.ts';
import type { LearntModelJson } from '../../lib/rewrite/learnt/model.ts';
import { bitextSentences, trainLanguage } from '../../scripts/train-clause-model.ts';
import { loadEvalSet, type EvalSplit } from './rewrite-quality.ts';

const THRESHOLDS = (process.env.LEARNT_SWEEP ?? "0.5,0.7,0.8,0.9,0.93,0.95,0.97,0.98,0.99,0.995,0.999,0.9999").split(",").map(Number);
const logit = (p: number) => Math.log(p / (1 - p));

interface Scored {
  score: number;
  start: number;
  end: number;
  category: string;
  text: string;
}

/** Every sentence of `text` the rules leave alone, scored (no threshold). */
function unflaggedScores(lang: 'en' | 'fa', text: string): { rulesHit: boolean[]; ruled: { start: number; end: number }[]; scored: Scored[] } {
  const exclude = draftNotOwnRanges(text);
  const ruled = suggestRewrites(text, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false }).filter((s) => !s.packId.startsWith('tactful-learnt'));
  const scored: Scored[] = [];
  for (const s of sentences(text)) {
    if (exclude.some(([a, b]) => a < s.end && s.start < b)) continue;
    if (sentenceLanguage(s.text) !== lang) continue;
    if (ruled.some((x) => x.start < s.end && s.start < x.end)) continue;
    const v = readLearnt(lang, s.text);
    if (v) scored.push({ score: v.score, start: s.start + v.start, end: s.start + v.end, category: v.category, text: s.text });
  }
  return { rulesHit: [], ruled: ruled.map((x) => x.flagged), scored };
}

const open = (m: LearntModelJson): LearntModelJson => ({ ...m, threshold: -1e9 });

async function main(argv: string[]): Promise<void> {
  const splits = argv.filter((a) => !a.startsWith('--')) as EvalSplit[];
  const onlyLang = argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const show = Number(argv.find((a) => a.startsWith('--show='))?.slice(7) ?? 0);
  const bitext = onlyLang === 'fa' ? [] : bitextSentences(1);
  if (argv.includes('--bitext')) {
    // The shipped model (trained on the even rows) on the odd rows it never saw, and on every row.
    for (const [name, list] of [['odd rows (never trained on)', bitext], ['all rows', [...bitextSentences(0), ...bitext]]] as const) {
      const fired: Scored[] = [];
      let n = 0;
      for (const s of list) {
        n++;
        for (const x of unflaggedScores('en', s).scored) fired.push(x);
      }
      console.log(`Bitext ${name}: ${n} sentences, learnt flags beyond the rules ${fired.length} = ${((1000 * fired.length) / n).toFixed(2)} per 1,000`);
      for (const f of fired.slice(0, 20)) console.log(`    [${f.category}] "${f.text.slice(f.start, f.end)}" in: ${f.text}`);
    }
    return;
  }
  for (const split of splits) {
    for (const lang of ['en', 'fa'] as const) {
      if (onlyLang && lang !== onlyLang) continue;
      const m = await trainLanguage(lang, [split]);
      setLearntModel(lang, open(m));
      const items = loadEvalSet(lang, split);
      const rows = items.map((it) => {
        const r = unflaggedScores(lang, it.text);
        const caughtByRules = it.label === 'negative' && it.spans.every(([a, b]) => r.ruled.some((f) => f.start < b && a < f.end));
        return { it, ...r, caughtByRules, ruleFlagged: r.ruled.length > 0 };
      });
      const misses = rows.filter((x) => x.it.label === 'negative' && !x.caughtByRules).length;
      const neutrals = rows.filter((x) => x.it.label === 'neutral');
      console.log(`\n${lang} ${split} (trained without it; ${Object.keys(m.weights).length} features): rules miss ${misses}, rules flag ${neutrals.filter((x) => x.ruleFlagged).length}/${neutrals.length} neutrals`);
      const bScores: Scored[] = [];
      if (lang === 'en') {
        for (const s of bitext) for (const x of unflaggedScores('en', s).scored) bScores.push(x);
      }
      for (const p of THRESHOLDS) {
        const t = logit(p);
        let caught = 0, newNeutral = 0, extra = 0;
        for (const x of rows) {
          const fl = x.scored.filter((s) => s.score >= t);
          if (!fl.length) continue;
          if (x.it.label === 'neutral') {
            if (!x.ruleFlagged) newNeutral++;
            continue;
          }
          const all = [...x.ruled, ...fl];
          if (!x.caughtByRules && x.it.spans.every(([a, b]) => all.some((f) => f.start < b && a < f.end))) caught++;
          if (fl.some((f) => !x.it.spans.some(([a, b]) => f.start < b && a < f.end))) extra++;
        }
        const bFired = bScores.filter((s) => s.score >= t).length;
        console.log(`  p>=${p}: rule misses caught ${caught}/${misses}; neutral items newly flagged ${newNeutral}/${neutrals.length}; negatives with a learnt flag outside the marks ${extra}${lang === 'en' ? `; Bitext odd rows ${bFired}/${bitext.length} = ${((1000 * bFired) / bitext.length).toFixed(2)} per 1,000` : ''}`);
        if (p === show) {
          for (const x of rows) {
            for (const f of x.scored.filter((s) => s.score >= t)) {
              const hit = x.it.spans.some(([a, b]) => f.start < b && a < f.end);
              const tag = x.it.label === 'neutral' ? 'NEUTRAL' : hit ? (x.caughtByRules ? 'dup' : 'CAUGHT') : 'EXTRA';
              const marks = x.it.spans.map(([a, b]) => x.it.text.slice(a, b)).join(' | ');
              console.log(`    ${tag} ${x.it.id} [${f.category}] "${x.it.text.slice(f.start, f.end)}"${tag === 'EXTRA' ? ` (marked: ${marks})` : ''} in: ${f.text.slice(0, 110)}`);
            }
          }
          for (const f of bScores.filter((s) => s.score >= t).slice(0, 25)) console.log(`    BITEXT [${f.category}] "${f.text.slice(f.start, f.end)}" in: ${f.text.slice(0, 110)}`);
        }
      }
      setLearntModel(lang, undefined);
    }
  }
}

void main(process.argv.slice(2));
