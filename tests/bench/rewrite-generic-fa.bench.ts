/**
 * The Persian generic reader alone (lib/rewrite/generic/fa.ts): what it adds to one full analysis
 * of the same Persian drafts rewrite.bench.ts times (sentence by sentence, as the engine calls it),
 * and whether its time stays linear on adversarial input: a run-on draft with no full stop, whose
 * clauses are joined by «و», read whole at 1x and 8x its length.
 *
 *   npx tsx tests/bench/run.ts rewrite-generic-fa
 */
import { readGenericFa } from '../../lib/rewrite/generic/fa.ts';
import { sentences } from '../../lib/text/index.ts';
import { badExamples, drafts, persianSentences } from './rewrite.bench.ts';
import { fmt, timeEach } from './stats.ts';

const readDraft = (d: string) => {
  let n = 0;
  for (const s of sentences(d)) n += readGenericFa(d.slice(s.start, s.end)).length;
  return n;
};

export default function main(): void {
  const fa = drafts(persianSentences(), badExamples('fa'), 150, 2);
  const t = timeEach(fa, readDraft, 2);
  const hits = fa.reduce((n, d) => n + readDraft(d), 0) / fa.length;
  console.log(`Persian generic reader, full draft (n=${fa.length}, ~2,000 chars, sentence by sentence): p50 ${fmt(t.p50)}  p99 ${fmt(t.p99)}  (${hits.toFixed(1)} hits/draft)`);
  const clause = 'امکان ارسال مجدد سفارش با توجه به شرایط انبار و حجم بالای سفارش‌ها فراهم نیست و مشتری موظف است رسید را بفرستد و ';
  const one = clause.repeat(40);
  const eight = clause.repeat(320);
  // Best of several runs: on a shared machine one run's time is mostly the neighbours' load.
  const best = (d: string) => {
    let b = Infinity;
    for (let r = 0; r < 9; r++) {
      const t0 = performance.now();
      readGenericFa(d);
      b = Math.min(b, performance.now() - t0);
    }
    return b;
  };
  best(one);
  const t1 = best(one);
  const t8 = best(eight);
  console.log(`  run-on draft without a stop, best of 9: ${one.length} chars ${fmt(t1)} (${((1000 * t1) / one.length).toFixed(2)} µs/char); ${eight.length} chars ${fmt(t8)} (${((1000 * t8) / eight.length).toFixed(2)} µs/char)`);
}
