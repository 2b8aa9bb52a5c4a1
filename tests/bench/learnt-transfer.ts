/**
 * Transfer of the learnt clause reader (lib/rewrite/learnt.ts) to material it never saw, over a sweep of thresholds.
 *
 *   npx tsx tests/bench/learnt-transfer.ts late23 late22 [--lang=en] [--show=0.97]
 *       per split: the reader trained here without it (scripts/train-clause-model.ts); the split read with the rules
 *       alone and every sentence no suggestion touches scored: negative items caught by the rules alone and with the
 *       reader (every marked stretch under a flag, as the bench counts), neutral items newly flagged, negatives given a
 *       flag outside their marks;
 *   npx tsx tests/bench/learnt-transfer.ts --matrices [--lang=fa] [--only=fa-matrix23] [--show=0.97]
 *       leave one look-alike matrix out: trained without that file's must-stay-silent cases, the share of them (sentences
 *       the rules leave alone) the reader flags;
 *   npx tsx tests/bench/learnt-transfer.ts --ood [--list]
 *       the shipped model out of domain: Positive Psychology Frames test-half reframes flagged (rules alone, rules + reader),
 *       Bitext agent response sentences of the odd rows (never trained on) newly flagged per 1,000, and Shekasteh's Persian
 *       formal test sentences likewise (20 of each listed at the shipped threshold or --show).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPacks } from '../../lib/packs/index.ts';
import { sentences } from '../../lib/text/index.ts';
import { draftNotOwnRanges } from '../../lib/text/signature.ts';
import { sentenceLanguage, suggestRewrites } from '../../lib/rewrite/engine.ts';
import { LEARNT_PACK_IDS, readLearnt, setLearntModel } from '../../lib/rewrite/learnt.ts';
import type { LearntModelJson } from '../../lib/rewrite/learnt/model.ts';
import { MODEL_DIR, THRESHOLDS as SHIPPED, trainLanguage } from '../../scripts/train-clause-model.ts';
import { bitextSentences, frameReframes, matrixScripts, silentCases, type SilentCase } from '../../scripts/learnt-data.ts';
import { loadEvalSet, type EvalSplit } from './rewrite-quality.ts';
import { persianSentences } from './rewrite.bench.ts';

const SWEEP = (process.env.LEARNT_SWEEP ?? '0.9,0.93,0.95,0.97,0.98,0.99,0.995,0.998,0.999').split(',').map(Number);
const logit = (p: number) => Math.log(p / (1 - p));
const OFF = new Set(Object.values(LEARNT_PACK_IDS));

interface Scored {
  score: number;
  start: number;
  end: number;
  category: string;
  text: string;
}

/** The rules' flags on `text` and every sentence of `lang` they leave alone, scored (no threshold). */
function unflaggedScores(lang: 'en' | 'fa', text: string, region?: [number, number]): { ruled: { start: number; end: number }[]; scored: Scored[] } {
  const exclude = draftNotOwnRanges(text);
  const ruled = suggestRewrites(text, builtinPacks, { ...(exclude.length ? { exclude } : {}), cache: false, disabledPacks: OFF }).map((x) => x.flagged);
  const scored: Scored[] = [];
  for (const s of sentences(text)) {
    if (region && !(s.start < region[1] && region[0] < s.end)) continue;
    if (exclude.some(([a, b]) => a < s.end && s.start < b)) continue;
    if (sentenceLanguage(s.text) !== lang) continue;
    if (ruled.some((x) => x.start < s.end && s.start < x.end)) continue;
    const v = readLearnt(lang, s.text);
    if (v) scored.push({ score: v.score, start: s.start + v.start, end: s.start + v.end, category: v.category, text: s.text });
  }
  return { ruled, scored };
}

const open = (m: LearntModelJson): LearntModelJson => ({ ...m, threshold: -1e9 });
const pct = (a: number, n: number) => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;

async function splitsRun(splits: EvalSplit[], langs: readonly ('en' | 'fa')[], show: number): Promise<void> {
  for (const split of splits) {
    for (const lang of langs) {
      const m = await trainLanguage(lang, [split]);
      setLearntModel(lang, open(m));
      const items = loadEvalSet(lang, split);
      const rows = items.map((it) => {
        const r = unflaggedScores(lang, it.text);
        const caughtByRules = it.label === 'negative' && it.spans.every(([a, b]) => r.ruled.some((f) => f.start < b && a < f.end));
        return { it, ...r, caughtByRules, ruleFlagged: r.ruled.length > 0 };
      });
      const negs = rows.filter((x) => x.it.label === 'negative');
      const rulesCaught = negs.filter((x) => x.caughtByRules).length;
      const neutrals = rows.filter((x) => x.it.label === 'neutral');
      const rulesNeutral = neutrals.filter((x) => x.ruleFlagged).length;
      console.log(`\n${lang} ${split} (trained without it; ${Object.keys(m.weights).length} features): rules alone catch ${rulesCaught}/${negs.length} = ${(rulesCaught / negs.length).toFixed(3)}, flag ${rulesNeutral}/${neutrals.length} neutrals`);
      for (const p of SWEEP) {
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
        console.log(`  p>=${p}: caught ${rulesCaught} -> ${rulesCaught + caught}/${negs.length} = ${((rulesCaught + caught) / negs.length).toFixed(3)} (+${caught}); neutral items newly flagged ${newNeutral}/${neutrals.length}; negatives with a learnt flag outside the marks ${extra}`);
        if (p === show) {
          for (const x of rows) {
            for (const f of x.scored.filter((s) => s.score >= t)) {
              const hit = x.it.spans.some(([a, b]) => f.start < b && a < f.end);
              const tag = x.it.label === 'neutral' ? 'NEUTRAL' : hit ? (x.caughtByRules ? 'dup' : 'CAUGHT') : 'EXTRA';
              console.log(`    ${tag} ${x.it.id} [${f.category}] "${x.it.text.slice(f.start, f.end)}" in: ${f.text.slice(0, 110)}`);
            }
          }
        }
      }
      setLearntModel(lang, undefined);
    }
  }
}

async function matricesRun(langs: readonly ('en' | 'fa')[], show: number, only?: string): Promise<void> {
  const cases = await silentCases();
  const bySource = new Map<string, SilentCase[]>();
  for (const c of cases) if (c.source.startsWith('scripts/')) (bySource.get(c.source) ?? bySource.set(c.source, []).get(c.source)!).push(c);
  const total = new Map<string, { n: number; f: number[] }>();
  for (const lang of langs) {
    for (const source of matrixScripts().map((f) => `scripts/${f}`).filter((f) => !only || f.includes(only))) {
      const list = bySource.get(source) ?? [];
      // The sentences of this language the rules leave alone, scored by a model trained without the file.
      const mine = list.filter((c) => sentences(c.text).some((s) => sentenceLanguage(s.text) === lang));
      if (!mine.length) continue;
      const m = await trainLanguage(lang, [source]);
      setLearntModel(lang, open(m));
      let n = 0;
      const scored: Scored[][] = [];
      for (const c of mine) {
        const r = unflaggedScores(lang, c.text, c.region);
        n++;
        scored.push(r.scored);
      }
      const flagged = SWEEP.map((p) => scored.filter((s) => s.some((x) => x.score >= logit(p))).length);
      const tot = total.get(lang) ?? { n: 0, f: SWEEP.map(() => 0) };
      tot.n += n;
      flagged.forEach((f, i) => (tot.f[i] += f));
      total.set(lang, tot);
      console.log(`${lang} ${source}: ${n} silent cases; flagged at ${SWEEP.map((p, i) => `${p}: ${flagged[i]} (${pct(flagged[i], n)})`).join(', ')}`);
      if (show) for (const s of scored.flat().filter((x) => x.score >= logit(show)).slice(0, 8)) console.log(`    [${s.category}] "${s.text.slice(s.start, s.end)}" in: ${s.text.slice(0, 110)}`);
      setLearntModel(lang, undefined);
    }
  }
  for (const [lang, t] of total) console.log(`${lang} all matrices left out one at a time: ${t.n} cases; flagged ${SWEEP.map((p, i) => `${p}: ${t.f[i]} (${pct(t.f[i], t.n)})`).join(', ')}`);
}

function oodRun(list: boolean, show: number): void {
  // The shipped English model, opened to every threshold of the sweep.
  for (const l of ['en', 'fa'] as const) setLearntModel(l, open(JSON.parse(readFileSync(join(MODEL_DIR, `${l}.json`), 'utf8')) as LearntModelJson));
  const sweep = (name: string, texts: readonly string[], perMille: boolean, lang: 'en' | 'fa' = 'en') => {
    let rules = 0;
    const scored: Array<{ text: string; s: Scored[] }> = [];
    for (const t of texts) {
      const r = unflaggedScores(lang, t);
      if (r.ruled.length) rules++;
      scored.push({ text: t, s: r.scored });
    }
    const n = texts.length;
    console.log(`${name} (n=${n}): the rules flag ${rules} (${pct(rules, n)}); added by the reader at ${SWEEP.map((p) => {
      const k = scored.filter((x) => x.s.some((y) => y.score >= logit(p))).length;
      return `${p}: +${k} (${perMille ? `${((1000 * k) / n).toFixed(2)}/1000` : `${pct(rules + k, n)} in all`})`;
    }).join(', ')}`);
    if (list) {
      const t = logit(show || SHIPPED[lang]);
      for (const x of scored.filter((x) => x.s.some((y) => y.score >= t)).slice(0, 20)) {
        const y = x.s.find((z) => z.score >= t)!;
        console.log(`    [${y.category}] "${x.text.slice(y.start, y.end)}" in: ${x.text.slice(0, 140)}`);
      }
    }
  };
  sweep('positive-frames test-half reframes', frameReframes('test'), false);
  sweep('Bitext agent response sentences, odd rows (never trained on)', bitextSentences(1), true);
  // Persian has no neutral agent corpus: Shekasteh's formal test sentences (general prose, with its own negative phrasing;
  // never trained on) show how often the reader fires on text that is not a support reply.
  sweep('Shekasteh formal test sentences (Persian prose, never trained on)', persianSentences(), true, 'fa');
  for (const l of ['en', 'fa'] as const) setLearntModel(l, undefined);
}

async function main(argv: string[]): Promise<void> {
  const onlyLang = argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const langs = (['en', 'fa'] as const).filter((l) => !onlyLang || l === onlyLang);
  const show = Number(argv.find((a) => a.startsWith('--show='))?.slice(7) ?? 0);
  if (argv.includes('--ood')) return oodRun(argv.includes('--list'), show);
  if (argv.includes('--matrices')) return matricesRun(langs, show, argv.find((a) => a.startsWith('--only='))?.slice(7));
  console.log(`shipped thresholds: en ${SHIPPED.en}, fa ${SHIPPED.fa}`);
  await splitsRun(argv.filter((a) => !a.startsWith('--')) as EvalSplit[], langs, show);
}

void main(process.argv.slice(2));
