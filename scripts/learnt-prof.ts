/**
 * Where a learnt reader's time goes, per part, over the rewrite bench's drafts (CPU time, the lowest of several rounds,
 * so a loaded machine moves it less): the language layer's tokens (paid with or without the reader, for scale), the
 * sentence bag and its sum, the word features of the sentences the sentence reader passes, the spans; and how many
 * sentences the sentence reader passes. (mlfast29)
 *
 *   npx tsx scripts/learnt-prof.ts [--lang=fa|en] [--rounds=7]
 */
import { analyzeSentenceTokens, type Token } from '../lib/nlp/index.ts';
import { sentenceLanguage } from '../lib/rewrite/engine.ts';
import { sentenceBagEn, wordFeaturesEn } from '../lib/rewrite/learnt/features.en.ts';
import { sentenceBagFa, wordFeaturesFa } from '../lib/rewrite/learnt/features.fa.ts';
import { FeatureBuf, type NegModel, sigmoid } from '../lib/rewrite/learnt/model.ts';
import { loadNegEnModel, readNegEnWith } from '../lib/rewrite/learnt/neg.en.ts';
import { loadNegFaModel, readNegFaWith } from '../lib/rewrite/learnt/neg.fa.ts';
import { sentences } from '../lib/text/index.ts';
import { badExamples, drafts, englishSentences, persianSentences } from '../tests/bench/rewrite.bench.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(arg('rounds') ?? 7);
const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const best = (f: () => void) => {
  let b = Infinity;
  for (let r = 0; r < rounds; r++) b = Math.min(b, cpu(f));
  return b;
};

const LANGS = {
  fa: { list: () => drafts(persianSentences(), badExamples('fa'), 150, 2), load: loadNegFaModel, sent: sentenceBagFa, word: wordFeaturesFa, read: readNegFaWith },
  en: { list: () => drafts(englishSentences(), badExamples('en'), 300, 1), load: loadNegEnModel, sent: sentenceBagEn, word: wordFeaturesEn, read: readNegEnWith },
} as const;

for (const lang of ['fa', 'en'] as const) {
  if (arg('lang') && arg('lang') !== lang) continue;
  const L = LANGS[lang];
  const model: NegModel = await L.load();
  const list = L.list();
  const texts: string[] = [];
  for (const d of list) for (const s of sentences(d)) if (sentenceLanguage(s.text) === lang) texts.push(s.text);
  const toks: Token[][] = texts.map((t) => analyzeSentenceTokens(t));
  const words = toks.reduce((n, ts) => n + ts.filter((t) => t.word).length, 0);
  const buf = new FeatureBuf();
  const bag = (ts: Token[]) => {
    buf.reset();
    L.sent(ts, buf);
    return buf.n;
  };
  const bagSum = (ts: Token[]) => {
    bag(ts);
    let z = 0;
    for (let i = 0; i < buf.n; i++) z += model.sv[model.s[buf.h[i] & model.sMask]];
    return sigmoid(z);
  };
  const feats = (ts: Token[]) => {
    buf.reset();
    L.word(ts, buf);
    return buf.n;
  };
  const featSums = (ts: Token[]) => {
    feats(ts);
    let z = 0;
    for (let i = 0; i < buf.n; i++) z += model.wv[model.w[buf.h[i] & model.wMask]];
    return z;
  };
  const ps = toks.map(bagSum);
  const pass = ps.map((p) => p >= model.threshold);
  const passing = toks.filter((_, i) => pass[i]);
  let sink = 0;
  const tTok = best(() => {
    for (const t of texts) sink += analyzeSentenceTokens(t).length;
  });
  const tSent = best(() => {
    for (const ts of toks) sink += bag(ts);
  });
  const tSentSum = best(() => {
    for (const ts of toks) sink += bagSum(ts);
  });
  const tWord = best(() => {
    for (const ts of passing) sink += feats(ts);
  });
  const tWordSum = best(() => {
    for (const ts of passing) sink += featSums(ts);
  });
  const tRead = best(() => {
    for (let i = 0; i < texts.length; i++) sink += L.read(model, texts[i], toks[i]).length;
  });
  const hist = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7].map((x) => `<${x}: ${ps.filter((p) => p < x).length}`).join(', ');
  console.log(`${lang}: ${list.length} drafts, ${texts.length} sentences, ${words} words; sentence reader passes ${passing.length} (threshold ${model.threshold}); ps ${hist}`);
  const ms = (x: number) => `${x.toFixed(1)} ms (${((1000 * x) / list.length).toFixed(0)} µs a draft)`;
  console.log(`  tokens ${ms(tTok)} | sentence bag ${ms(tSent)} | bag+sum ${ms(tSentSum)} | word features (passed) ${ms(tWord)} | features+sums ${ms(tWordSum)} | whole reader ${ms(tRead)}${sink ? '' : ' '}`);
}
