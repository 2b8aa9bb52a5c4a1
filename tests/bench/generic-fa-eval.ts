/**
 * The Persian generic reader (lib/rewrite/generic/fa.ts) measured on every Persian split, on its
 * own and on top of the built-in packs, as the engine will use it (advice where no pack suggestion
 * overlaps). Neutral items flagged by the reader are its false flags: the figure to keep near 1%.
 *
 *   npx tsx tests/bench/generic-fa-eval.ts            figures per split (gentest left out)
 *   npx tsx tests/bench/generic-fa-eval.ts --misses   also every generic flag on a neutral and every miss (never test3's or gentest's; late4: flags only)
 *   npx tsx tests/bench/generic-fa-eval.ts --gentest  also the held-out gentest split (figures only)
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../../lib/packs/index.ts';
import { readGenericFa } from '../../lib/rewrite/generic/fa.ts';
import { suggestRewrites } from '../../lib/rewrite/index.ts';
import { sentences } from '../../lib/text/index.ts';
import { draftNotOwnRanges } from '../../lib/text/signature.ts';
import { evalSetExists, loadEvalSet, type EvalItem, type EvalSplit } from './rewrite-quality.ts';

interface Span { start: number; end: number; construction?: string }

/** Generic hits over a draft: sentence by sentence, quoted customer text left out, offsets into the draft. */
export function genericFaHits(text: string): Span[] {
  const exclude = draftNotOwnRanges(text);
  const out: Span[] = [];
  for (const s of sentences(text)) {
    if (exclude.some(([a, b]) => a < s.end && s.start < b)) continue;
    for (const h of readGenericFa(text.slice(s.start, s.end))) out.push({ start: h.start + s.start, end: h.end + s.start, construction: h.construction });
  }
  return out;
}

const overlaps = (a: Span, [s, e]: [number, number]) => a.start < e && s < a.end;

function evaluate(items: EvalItem[]) {
  const r = { neg: 0, packs: 0, both: 0, formal: [0, 0, 0], colloquial: [0, 0, 0], neu: 0, packFlag: 0, genFlag: 0, bothFlag: 0, misses: [] as string[], falses: [] as string[] };
  for (const it of items) {
    const exclude = draftNotOwnRanges(it.text);
    const sug: Span[] = suggestRewrites(it.text, builtinPacks, exclude.length ? { exclude } : {}).map((s) => s.flagged);
    const gen = genericFaHits(it.text).filter((g) => !sug.some((s) => s.start < g.end && g.start < s.end));
    if (it.label === 'neutral') {
      r.neu++;
      if (sug.length) r.packFlag++;
      if (gen.length) {
        r.genFlag++;
        r.falses.push(`  FALSE ${it.id} ${gen.map((g) => `${g.construction}:«${it.text.slice(g.start, g.end)}»`).join(' ')}  ${it.text}`);
      }
      if (sug.length || gen.length) r.bothFlag++;
      continue;
    }
    r.neg++;
    const byPacks = it.spans.every((sp) => sug.some((s) => overlaps(s, sp)));
    const byBoth = it.spans.every((sp) => sug.some((s) => overlaps(s, sp)) || gen.some((g) => overlaps(g, sp)));
    if (byPacks) r.packs++;
    if (byBoth) r.both++;
    const reg = it.register.includes('formal') ? r.formal : r.colloquial;
    reg[0]++;
    if (byPacks) reg[1]++;
    if (byBoth) reg[2]++;
    if (!byBoth) r.misses.push(`  MISS ${it.id} [${it.category}] ${it.text}   <${it.spans.map(([s, e]) => it.text.slice(s, e)).join(' | ')}>${gen.length ? `  gen ${gen.map((g) => `${g.construction}:«${it.text.slice(g.start, g.end)}»`).join(' ')}` : ''}`);
  }
  return r;
}

export default function main(argv: readonly string[] = []): void {
  const splits: EvalSplit[] = ['dev', 'dev2', 'test', 'late', 'late2', 'late3', 'late4', 'dev3', 'test3', 'gen'];
  if (argv.includes('--gentest')) splits.push('gentest');
  let neu = 0, genFlag = 0;
  for (const split of splits) {
    if (!evalSetExists('fa', split)) continue;
    const r = evaluate(loadEvalSet('fa', split));
    neu += r.neu;
    genFlag += r.genFlag;
    const f = (a: number, b: number) => `${(a / (b || 1)).toFixed(3)} (${a}/${b})`;
    console.log(`fa ${split}: recall packs ${f(r.packs, r.neg)} -> with generic ${f(r.both, r.neg)}; formal ${r.formal[1]}->${r.formal[2]}/${r.formal[0]}, colloquial ${r.colloquial[1]}->${r.colloquial[2]}/${r.colloquial[0]}; neutral flagged packs ${r.packFlag}/${r.neu} -> with generic ${r.bothFlag}/${r.neu} (generic alone ${r.genFlag})`);
    // Held-out splits (test3, gentest) are counted, never listed; late4's misses are not listed either.
    if (argv.includes('--misses') && split !== 'gentest' && split !== 'test3' && split !== 'late4') console.log([...r.falses, ...r.misses].join('\n'));
    else if (argv.includes('--misses') && split === 'late4') console.log(r.falses.join('\n'));
  }
  console.log(`neutral items flagged by the generic reader, all splits above: ${genFlag}/${neu} (${((100 * genFlag) / (neu || 1)).toFixed(1)}%)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
