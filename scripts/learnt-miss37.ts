/**
 * (ml37) Where the English reader loses the marked spans it misses on its folds (a neg-en-cv.ts --dump and the fold
 * models it saved, --save-models): per missed span, the sentence reader's probability and the span's best word
 * probability (word x sentence, as readSpans reads them), by whether the item marks one span or more.
 *
 *   npx tsx scripts/learnt-miss37.ts <dump.jsonl> <models dir> [--list]
 */
import { readFileSync } from 'node:fs';
import { analyzeSentenceTokens } from '../lib/nlp/index.ts';
import { featureHashesEn, sentenceFeatureHashesEn } from '../lib/rewrite/learnt/features.en.ts';
import { CATEGORY_THRESHOLD_EN, contentWordEn } from '../lib/rewrite/learnt/neg.en.ts';
import { sentenceBagEn, wordFeaturesEn } from '../lib/rewrite/learnt/features.en.ts';
import { readSpans, decodeModel, sentenceProbabilityHashed, wordIndices, wordProbabilitiesHashed, type NegModel, type NegWeightsFile } from '../lib/rewrite/learnt/model.ts';
import { sentences } from '../lib/text/index.ts';
import type { CvDumpRow } from './learnt-cv.ts';

const EN_LANG = { sentenceBag: sentenceBagEn, wordFeatures: wordFeaturesEn, contentWord: contentWordEn };
const [dumpFile, dir] = process.argv.slice(2);
const list = process.argv.includes('--list');
const rows = readFileSync(dumpFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CvDumpRow);
const models = new Map<string, NegModel>();
const modelOf = (fold: string) => {
  let m = models.get(fold);
  if (!m) models.set(fold, (m = decodeModel(JSON.parse(readFileSync(`${dir}/en-${fold}.json`, 'utf8')) as NegWeightsFile)));
  return m;
};
const hit = (a: readonly (number | string)[], b: readonly (number | string)[]) => (a[0] as number) < (b[1] as number) && (b[0] as number) < (a[1] as number);
const bucket = (p: number) => (p < 0.1 ? '<0.1' : p < 0.3 ? '0.1-0.3' : p < 0.5 ? '0.3-0.5' : '>=0.5');
const tab = new Map<string, number>();
const inc = (k: string) => tab.set(k, (tab.get(k) ?? 0) + 1);
for (const r of rows) {
  if (r.label !== 'negative') continue;
  const raw = r.raw ?? [];
  const multi = r.spans.length >= 2 ? 'multi' : 'single';
  const caughtOne = r.spans.some((sp) => raw.some((x) => hit(x, sp)));
  for (const sp of r.spans) {
    if (raw.some((x) => hit(x, sp))) continue;
    const model = modelOf(r.fold);
    let ps = -1;
    let pw = -1;
    let pwRaw = -1;
    for (const s of sentences(r.text)) {
      if (!(s.start < sp[1] && sp[0] < s.end)) continue;
      const toks = analyzeSentenceTokens(s.text);
      const words = wordIndices(toks);
      const sp0 = sentenceProbabilityHashed(model, sentenceFeatureHashesEn(toks));
      const wp = wordProbabilitiesHashed(model, featureHashesEn(toks));
      ps = Math.max(ps, sp0);
      words.forEach((i, k) => {
        if (s.start + toks[i].start < sp[1] && sp[0] < s.start + toks[i].end) {
          pw = Math.max(pw, wp[k] * sp0);
          pwRaw = Math.max(pwRaw, wp[k]);
        }
      });
    }
    let stage = '';
    if (pw >= 0.5) {
      for (const s of sentences(r.text)) {
        if (!(s.start < sp[1] && sp[0] < s.end)) continue;
        const toks = analyzeSentenceTokens(s.text);
        for (const h of readSpans(EN_LANG, model, s.text, toks, wordIndices(toks), 0.5)) {
          if (!(s.start + h.start < sp[1] && sp[0] < s.start + h.end)) continue;
          const t = CATEGORY_THRESHOLD_EN[h.category] ?? 0.5;
          stage = h.p < t ? `below ${h.category} ${t}` : `gated ${h.category}`;
        }
      }
      if (!stage) {
        stage = 'no run (function words)';
        if (process.argv.includes('--norun')) console.log(`NORUN ${r.fold} ${r.id} pw ${pw.toFixed(2)} «${r.text.slice(sp[0], sp[1])}» :: ${r.text.slice(0, 140).replace(/\n/g, ' / ')}`);
      }
      inc(`  ${multi} stage: ${stage.replace(/ [a-z-]+ 0\.\d+$/, (m) => m)}`);
    }
    const why = ps < 0.5 ? 'sentence<0.5' : pw >= 0.5 ? 'word>=0.5 (gated/threshold)' : `word ${bucket(pw)}`;
    inc(`${multi}${multi === 'multi' ? (caughtOne ? ' other caught' : ' none caught') : ''} | ${why}`);
    if (multi === 'multi' && ps < 0.5) inc(`${multi} sentence<0.5, word alone ${bucket(pwRaw)}`);
    if (list && multi === 'multi' && caughtOne) console.log(`${r.fold} ${r.id} ps ${ps.toFixed(2)} pw ${pw.toFixed(2)} raw ${pwRaw.toFixed(2)} «${r.text.slice(sp[0], sp[1])}» :: ${r.text.slice(0, 160).replace(/\n/g, ' / ')}`);
  }
}
for (const [k, n] of [...tab].sort()) console.log(`${String(n).padStart(5)}  ${k}`);
