/**
 * (fingl33) Latin tokens with a digit inside letters ("mot2asefane", "sa3y", "A4", "mp3", "ORD-123"), over every development
 * split (rewrite-eval en / fa `developmentSplits`, tone-eval en / fa DEV_SPLITS; never an aside or the held-out split):
 * how many the Finglish reading reads as Persian words (lib/nlp/finglish.ts `digitFinglish`, inside a sentence the detector
 * calls Finglish), how many have a digit-Finglish shape but sit in a sentence that is not Finglish, and how many are codes
 * (left as written). Sentences are cut at line ends and . ! ? (a scan, not the engine's sentence reader).
 *
 *   npx tsx scripts/finglish-digits33-scan.ts          counts per source and the tokens of each class
 */
import { digitFinglish, finglishWords, transliterateFinglish } from '../lib/nlp/finglish.ts';
import { developmentSplits, loadEvalSet } from '../tests/bench/rewrite-quality.ts';
import { DEV_SPLITS, evalExists, loadEval } from '../tests/bench/tone.eval.ts';

type Cls = 'read' | 'shape' | 'code';
const texts: Array<[string, string]> = [];
for (const lang of ['en', 'fa'] as const) {
  for (const split of developmentSplits(lang)) for (const it of loadEvalSet(lang, split)) texts.push([`rewrite ${lang}`, it.text]);
  for (const split of DEV_SPLITS) if (evalExists(lang, split)) for (const m of loadEval(lang, split)) texts.push([`tone ${lang}`, m.text]);
}
const counts = new Map<string, Record<Cls, number>>();
const tokens = new Map<string, Map<string, number>>();
const TOKEN = /[A-Za-z0-9][A-Za-z0-9'\u2019]*(?:[-_.@/:][A-Za-z0-9'\u2019]+)*/g;
for (const [src, text] of texts) {
  for (const sent of text.split(/\n|(?<=[.!?؟])\s+/)) {
    let reading: ReturnType<typeof finglishWords> | null = null;
    for (const m of sent.matchAll(TOKEN)) {
      const raw = m[0];
      if (!/[0-9]/.test(raw) || !/[A-Za-z]/.test(raw)) continue;
      reading ??= transliterateFinglish(sent) ? finglishWords(sent) : [];
      const w = reading.find((r) => r.start === m.index);
      const cls: Cls = w?.digits ? 'read' : /^[A-Za-z235678]+$/.test(raw) && digitFinglish(raw, m.index === 0) !== null ? 'shape' : 'code';
      const c = counts.get(src) ?? { read: 0, shape: 0, code: 0 };
      c[cls]++;
      counts.set(src, c);
      const key = `${cls}\t${src}`;
      const t = tokens.get(key) ?? new Map<string, number>();
      const label = cls === 'code' ? raw : `${raw} ${w?.fa ?? digitFinglish(raw, m.index === 0)}`;
      t.set(label, (t.get(label) ?? 0) + 1);
      tokens.set(key, t);
    }
  }
}
for (const [src, c] of [...counts].sort()) console.log(`${src.padEnd(11)} tokens with a digit and a letter: ${c.read + c.shape + c.code}; read as Finglish words ${c.read}; Finglish shape outside a Finglish sentence ${c.shape}; codes ${c.code}`);
for (const [key, t] of [...tokens].sort()) {
  const list = [...t].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [cls] = key.split('\t');
  console.log(`\n${key} (${list.length} distinct)`);
  console.log(list.slice(0, cls === 'code' ? 60 : 200).map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join(' | '));
}
