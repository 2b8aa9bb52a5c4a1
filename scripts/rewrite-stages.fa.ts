/**
 * CPU time of the Persian analysis by stage over the speed bench's 150 Persian drafts (the lowest of ROUNDS passes per
 * stage, summed over the drafts' sentences): the language layer's tokens, each generic reader on those tokens, and the
 * whole engine with and without the generic readers. For speed work: `npx tsx scripts/rewrite-stages.fa.ts [rounds]`.
 * Caution (rwperf22): the readers alone over all sentences in a row cost about half what they cost inside the engine,
 * where tokens, the pack tries and the guards run between two sentences and the readers' code and tables are no longer
 * in the processor's caches; compare engine figures, and count the readers run per word rather than time them alone.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { readGeneric } from '../lib/rewrite/generic/index.ts';
import { faWords, readGenericFa } from '../lib/rewrite/generic/fa.ts';
import { readConstructionsFa } from '../lib/rewrite/generic/constructions.fa.ts';
import { readJargonFa } from '../lib/rewrite/generic/jargon.ts';
import { analyzeSentenceTokens } from '../lib/nlp/index.ts';
import { sentences } from '../lib/text/index.ts';
import { sentenceLanguage } from '../lib/rewrite/engine.ts';
import { badExamples, drafts, persianSentences } from '../tests/bench/rewrite.bench.ts';

const rounds = Number(process.argv[2] ?? 5);
const list = drafts(persianSentences(), badExamples('fa'), 150, 2);
const sents = list.flatMap((d) => sentences(d).map((s) => s.text).filter((t) => sentenceLanguage(t) === 'fa'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stages: Record<string, (toks: ReturnType<typeof analyzeSentenceTokens>[]) => void> = {
  tokens: () => {
    for (const s of sents) analyzeSentenceTokens(s);
  },
  words: (T) => {
    // A copy of the token list each time, so faWords's last-sentence memo never answers.
    sents.forEach((s, i) => faWords(s, [...T[i]]));
  },
  genericFa: (T) => sents.forEach((s, i) => readGenericFa(s, T[i])),
  constructionsFa: (T) => sents.forEach((s, i) => readConstructionsFa(s, T[i])),
  jargonFa: (T) => sents.forEach((s, i) => readJargonFa(s, T[i])),
  readGeneric: (T) => sents.forEach((s, i) => readGeneric('fa', s, T[i])),
  tokensThenGeneric: () => {
    for (const s of sents) readGeneric('fa', s, analyzeSentenceTokens(s));
  },
  engine: () => list.forEach((d) => suggestRewrites(d, builtinPacks, { cache: false })),
  engineNoGeneric: () => list.forEach((d) => suggestRewrites(d, builtinPacks, { cache: false, generic: false })),
};
const T = sents.map((s) => analyzeSentenceTokens(s));
const best: Record<string, number> = {};
for (const f of Object.values(stages)) f(T);
for (let r = 0; r < rounds; r++) {
  for (const [name, f] of Object.entries(stages)) {
    const t = cpu();
    f(T);
    const d = cpu() - t;
    best[name] = Math.min(best[name] ?? Infinity, d);
  }
}
console.log(`${sents.length} Persian sentences in ${list.length} drafts; ms CPU per draft, lowest of ${rounds} passes:`);
for (const [k, v] of Object.entries(best)) console.log(`${k.padEnd(16)} ${(v / list.length).toFixed(3)}`);
