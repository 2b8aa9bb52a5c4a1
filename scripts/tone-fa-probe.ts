/** `npx tsx scripts/tone-fa-probe.ts "message" ...`: the cues, scores and the phrase hits of each message (a tuner's probe). */
import { readToneContext } from '../lib/tone/read.ts';

for (const text of process.argv.slice(2)) {
  const { report, ctx } = readToneContext(text);
  const t = ctx.doc.tokens;
  console.log(`# ${text.replace(/\n/g, ' / ')}`);
  console.log(`  f=${ctx.got.frustration?.score.toFixed(2)} u=${ctx.got.urgency?.score.toFixed(2)} r=${ctx.got.repeat?.score.toFixed(2)}  cues: ${report.cues.filter((c) => ['frustrated', 'urgent', 'repeat', 'casual'].includes(c.kind)).map((c) => `${c.kind}[${c.evidence.map((e) => e.text).join('|')}]`).join(' ')}`);
  console.log(`  hits: ${ctx.hits.filter((h) => !h.category.startsWith('mod.') && h.category !== 'slang' && h.category !== 'formality').map((h) => `${h.category}:${t.slice(h.from, h.to).map((x) => x.key).join(' ')}=${h.weight}`).join('  ')}`);
}
