/**
 * en38: every item of the English development writer splits (late20 … late37, train31 … train35d) with its suggestions
 * and which marked spans they cover, as JSONL, for the by-kind readings of lib/rewrite/README.md "en38".
 *
 *   npx tsx scripts/en38-dump.ts <out.jsonl> [--all]   (--all: every English development split, not only the writer splits)
 */
import { writeFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { evaluateItem, loadEvalSet, developmentSplits, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

export const WRITER_SPLITS_EN: EvalSplit[] = developmentSplits('en').filter((s) => /^(late(2\d|3\d)|train3\d[a-d]?)$/.test(s));

const out = process.argv[2];
if (!out) throw new Error('usage: en38-dump.ts <out.jsonl>');
const lines: string[] = [];
for (const split of process.argv.includes('--all') ? developmentSplits('en') : WRITER_SPLITS_EN) {
  for (const item of loadEvalSet('en', split)) {
    const r = evaluateItem('en', item, builtinPacks);
    const spanHit = item.spans.map(([s, e]) => r.suggestions.some((x) => x.flagged.start < e && s < x.flagged.end));
    lines.push(JSON.stringify({
      split, id: item.id, label: item.label, category: item.category, text: item.text, spans: item.spans, spanHit, caught: r.caught, flagged: r.flagged,
      sugg: r.suggestions.map((s) => ({ rule: s.ruleId, pack: s.packId, cat: s.category, kind: s.kind, f: [s.flagged.start, s.flagged.end], o: s.original, rep: s.replacements.slice(0, 2) })),
    }));
  }
  process.stderr.write(`${split} `);
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`\n${lines.length} items\n`);
