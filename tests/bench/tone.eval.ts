/**
 * Figures of the tone reader on the held-out messages in tests/fixtures/tone-eval (see its README):
 * per cue accuracy / precision / recall, per language and split. Shared by tone.bench.ts and the
 * unit test that keeps the dev split honest.
 */
import { readFileSync } from 'node:fs';
import { readCustomerTone } from '../../lib/tone/index.ts';
import type { ToneReport } from '../../lib/tone/index.ts';
import { prf } from './stats.ts';

export const EVAL_CUES = ['frustrated', 'repeat', 'urgent', 'casual', 'formal', 'academic'] as const;
export type EvalCue = (typeof EVAL_CUES)[number];

export interface EvalMessage {
  text: string;
  y: EvalCue[];
  q: number;
  lang?: string;
}

export type EvalSplit = 'dev' | 'test' | 'late' | 'late2' | 'late3' | 'kinds';

/**
 * Splits tuned on (see the fixtures README). Every split in the repository is development data now:
 * late3 became one after its held-out figures were taken, and the new held-out set is kept outside the
 * repository (the lead measures it). `kinds` holds examples written per kind of frustration cue.
 */
export const DEV_SPLITS = ['dev', 'test', 'late', 'late2', 'late3', 'kinds'] as const;

export function loadEval(lang: 'en' | 'fa', split: EvalSplit): EvalMessage[] {
  const path = new URL(`../fixtures/tone-eval/${lang}.${split}.jsonl`, import.meta.url);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalMessage);
}

/** Whether the report shows the cue an agent would see for `c`. */
export function shows(r: ToneReport, c: EvalCue): boolean {
  return r.cues.some((x) => x.kind === c);
}

export interface EvalFigures {
  n: number;
  cues: Record<EvalCue, { precision: number; recall: number; f1: number; accuracy: number; positives: number }>;
  /** Share of messages where "has a question" is right, and where the count is exact. */
  questionsAny: number;
  questionsExact: number;
  language: number;
  /** Messages where a cue is shown that the gold does not have (or missing), for reading by hand. */
  errors: { text: string; cue: EvalCue; got: boolean }[];
}

export function evaluate(messages: readonly EvalMessage[], lang: 'en' | 'fa'): EvalFigures {
  const reports = messages.map((m) => readCustomerTone(m.text));
  const cues = {} as EvalFigures['cues'];
  const errors: EvalFigures['errors'] = [];
  for (const c of EVAL_CUES) {
    const gold = messages.map((m) => m.y.includes(c));
    const pred = reports.map((r) => shows(r, c));
    cues[c] = { ...prf(pred, gold), positives: gold.filter(Boolean).length };
    pred.forEach((p, i) => {
      if (p !== gold[i]) errors.push({ text: messages[i].text, cue: c, got: p });
    });
  }
  let qAny = 0;
  let qExact = 0;
  let language = 0;
  reports.forEach((r, i) => {
    const m = messages[i];
    if (r.questions.length > 0 === m.q > 0) qAny++;
    if (r.questions.length === m.q) qExact++;
    if (r.language === (m.lang ?? lang)) language++;
  });
  const n = messages.length;
  return { n, cues, questionsAny: qAny / n, questionsExact: qExact / n, language: language / n, errors };
}

const f2 = (x: number) => x.toFixed(2);

function printSplit(split: EvalSplit, label: string): void {
  for (const lang of ['en', 'fa'] as const) {
    const f = evaluate(loadEval(lang, split), lang);
    console.log(`  ${lang} ${label} (n=${f.n})`);
    for (const c of EVAL_CUES) {
      const r = f.cues[c];
      console.log(`    ${c.padEnd(11)} acc ${f2(r.accuracy)}  P ${f2(r.precision)}  R ${f2(r.recall)}  (${r.positives} positive)`);
    }
    console.log(`    questions   any ${f2(f.questionsAny)}  exact count ${f2(f.questionsExact)}   language ${f2(f.language)}`);
  }
}

/** The development splits (all tuned on; the held-out set lives outside the repository). */
export function printEval(): void {
  console.log(' development splits (tuned on):');
  for (const split of DEV_SPLITS) printSplit(split, split);
}

if (process.argv[1]?.endsWith('tone.eval.ts')) {
  printEval();
  if (process.argv.includes('--errors')) {
    // --errors --late3 (or --test, --late, --late2, --kinds): that split's errors; dev by default.
    const split: EvalSplit = DEV_SPLITS.find((s) => process.argv.includes(`--${s}`)) ?? 'dev';
    for (const lang of ['en', 'fa'] as const) {
      for (const e of evaluate(loadEval(lang, split), lang).errors) console.log(`${e.got ? 'FP' : 'FN'} ${e.cue.padEnd(10)} ${JSON.stringify(e.text).slice(0, 140)}`);
    }
  }
}
