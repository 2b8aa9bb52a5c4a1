/**
 * en40: the English engine's suggestions for each line of stdin (or the arguments), as the quality bench reads a draft.
 *
 *   echo "Relax po, the scratch is small." | npx tsx scripts/en40-probe.ts
 */
import { readFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { evaluateItem } from '../tests/bench/rewrite-quality.ts';

const lines = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const line of lines) {
  const text = line.replace(/\\n/g, '\n');
  const r = evaluateItem('en', { id: 'probe', label: 'neutral', category: 'near-miss', text, spans: [], hard: [], register: [] } as never, builtinPacks);
  const got = r.suggestions.map((s) => `${s.ruleId}:"${s.original}"${s.replacements[0] ? ` -> "${s.replacements[0]}"` : ''}`);
  console.log(`${got.length ? 'FLAG' : '----'} ${text.replace(/\n/g, '\\n')}\n     ${got.join('\n     ')}`);
}
