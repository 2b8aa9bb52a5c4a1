/**
 * The tone reader's full output on every message we keep, so a change meant only to make it faster
 * can be shown to change nothing: language, register, scores, questions, every cue with its
 * severity, message and evidence spans (offsets, text and reason), the latest-words span.
 *
 * Message sets: every tone-eval split of both languages (tests/fixtures/tone-eval), every cue
 * module's own examples, and the repeat/urgency examples by kind. Their reports are kept in
 * tests/fixtures/tone-golden/<set>.jsonl (tests/unit/tone/golden.test.ts compares them), written
 * by `npx tsx scripts/tone-golden.ts --write` from the code as it is: regenerate only when a
 * change is meant to change what the reader says, and say so in the commit.
 *
 * The public sets `npm run bench -- tone` reads (airline tweets, ArmanEmo, Shekasteh, Stanford
 * politeness, Bitext) are never copied into the repo (two are non-commercial): the script compares
 * them between two builds in one process instead (`--ref <git ref>`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CueModule } from '../../lib/tone/cue.ts';
import type { ToneReport } from '../../lib/tone/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EVAL_DIR = join(HERE, '..', 'fixtures', 'tone-eval');
export const GOLDEN_DIR = join(HERE, '..', 'fixtures', 'tone-golden');

export interface MessageSet {
  /** File stem: `en.dev` for a tone-eval split, `examples.<module>`, `examples.repeat-urgency`. */
  name: string;
  texts: string[];
}

/** Every tone-eval split of both languages, in file-name order. */
export function evalSets(): MessageSet[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.jsonl$/, ''),
      texts: readFileSync(join(EVAL_DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    }));
}

/** Each cue module's own examples (fires, then quiet), and the repeat/urgency examples by kind. */
export async function exampleSets(): Promise<MessageSet[]> {
  const { CUE_MODULES } = (await import('../../lib/tone/cues/index.ts')) as { CUE_MODULES: readonly CueModule[] };
  const { REPEAT, URGENT } = await import('../unit/tone/repeat-urgency.examples.ts');
  const sets = CUE_MODULES.map((m) => ({ name: `examples.${m.name}`, texts: [...m.examples.fires.map((e) => e.text), ...m.examples.quiet] }));
  const kinds: string[] = [];
  for (const group of [REPEAT, URGENT])
    for (const k of Object.values(group)) kinds.push(...k.fires.map((e) => (typeof e === 'string' ? e : e.text)), ...k.quiet);
  sets.push({ name: 'examples.repeat-urgency', texts: kinds });
  return sets;
}

/** The public sets tone.bench.ts reads (corpora in ../shared/corpus; never copied into the repo). */
export async function publicSets(): Promise<MessageSet[]> {
  const { airline, armanEmo, bitext, politeness, shekasteh } = await import('./tone.train.ts');
  const both = <T>(f: (s: 'train' | 'test') => T[]) => [...f('train'), ...f('test')];
  const pairs = [...shekasteh('dev'), ...shekasteh('test')];
  return [
    { name: 'public.airline', texts: both(airline).map((r) => r.text) },
    { name: 'public.armanemo', texts: both(armanEmo).map((r) => r.text) },
    { name: 'public.shekasteh', texts: pairs.flatMap((p) => [p.casual, p.formal]) },
    { name: 'public.bitext', texts: both(bitext).map((r) => r.text) },
    { name: 'public.politeness', texts: both(politeness).map((r) => r.text) },
  ];
}

/** One message's report as one line; key order is the reader's own, so any change shows. */
export function reportLine(text: string, r: ToneReport): string {
  return JSON.stringify({ text, report: r });
}

export const goldenPath = (set: string) => join(GOLDEN_DIR, `${set}.jsonl`);
