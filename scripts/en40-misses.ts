/**
 * en40: the missed marked spans and the flagged neutrals of an en38-dump.ts dump, by category, with the split and the
 * words around; `--grep=<regex>` keeps the items whose text matches and prints every one (caught or not, neutral or not)
 * with the rules that fired, to count a frame's marked, new and wrong matches by split.
 *
 *   npx tsx scripts/en40-misses.ts <dump.jsonl> [--writers] [--grep=<regex>] [--cat=<category>]
 */
import { readFileSync } from 'node:fs';

type Row = { split: string; id: string; label: string; category: string; text: string; spans: [number, number][]; spanHit: boolean[]; caught: boolean; flagged: boolean; sugg: { rule: string; f: [number, number]; o: string }[] };
const args = process.argv.slice(2);
const rows = readFileSync(args[0], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const writers = args.includes('--writers');
const grep = args.find((a) => a.startsWith('--grep='))?.slice(7);
const cat = args.find((a) => a.startsWith('--cat='))?.slice(6);
const isWriter = (s: string) => /^(late(2\d|3\d)|train3\d[a-d]?)$/.test(s);
const one = (s: string) => s.replace(/\s+/g, ' ');
const keep = rows.filter((r) => (!writers || isWriter(r.split)) && (!cat || r.category === cat));
if (grep) {
  const re = new RegExp(grep, 'i');
  const bySplit = new Map<string, number>();
  for (const r of keep) {
    const m = re.exec(r.text);
    if (!m) continue;
    const inSpan = r.spans.some(([s, e]) => m.index < e && s < m.index + m[0].length);
    const hitInSpan = r.spans.some(([s, e], i) => r.spanHit[i] && m.index < e && s < m.index + m[0].length);
    const tag = r.label === 'neutral' ? (r.flagged ? 'NEUTRAL-FLAGGED' : 'neutral') : inSpan ? (hitInSpan ? 'marked-caught' : 'MARKED-MISSED') : 'unmarked';
    bySplit.set(r.split, (bySplit.get(r.split) ?? 0) + 1);
    console.log(`${tag.padEnd(16)} ${r.split.padEnd(9)} ${r.id} [${r.category}] ${one(r.text).slice(0, 220)}\n${''.padEnd(17)}spans: ${r.spans.map(([s, e], i) => `${r.spanHit[i] ? '+' : '-'}"${one(r.text.slice(s, e))}"`).join(' ')} | ${r.sugg.map((x) => `${x.rule}:"${one(x.o)}"`).join(' ')}`);
  }
  console.log([...bySplit].map(([s, n]) => `${s} ${n}`).join(', '));
} else {
  const byCat = new Map<string, string[]>();
  for (const r of keep) {
    if (r.label === 'neutral') {
      if (r.flagged) (byCat.get('NEUTRAL ' + r.category) ?? byCat.set('NEUTRAL ' + r.category, []).get('NEUTRAL ' + r.category)!).push(`${r.split} ${r.id} ${one(r.text).slice(0, 200)} | ${r.sugg.map((x) => `${x.rule}:"${one(x.o)}"`).join(' ')}`);
      continue;
    }
    r.spans.forEach(([s, e], i) => {
      if (r.spanHit[i]) return;
      const list = byCat.get(r.category) ?? byCat.set(r.category, []).get(r.category)!;
      list.push(`${r.split} ${r.id} <${one(r.text.slice(s, e))}> ${one(r.text).slice(0, 200)}${r.spans.length > 1 ? ` (span ${i + 1}/${r.spans.length})` : ''}`);
    });
  }
  for (const [c, list] of [...byCat].sort()) console.log(`== ${c} (${list.length})\n  ${list.join('\n  ')}`);
}
