/** `npx tsx scripts/tfrfa18-tokens.ts "text"`: the tone layer's tokens (key, sentence.clause, flags) and the frustration decision. A tuner's probe. */
import { readDoc } from '../lib/tone/layer.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import { piecesOf, trace16 } from '../lib/tone/cues/frustration.fa.evidence16.ts';

trace16.on = true;

for (const text of process.argv.slice(2)) {
  const d = readDoc(text);
  console.log(d.tokens.map((x) => `${x.key}[${x.sentence}.${x.clause}${x.neg ? ' neg' : ''}${x.negated ? ' ngd' : ''}${x.verb ? ' v' : ''}${x.second ? ' 2' : ''}${x.third ? ' 3' : ''}${x.pastFirst ? ' p1' : ''}]`).join(' '));
  const c = readCustomerTone(text).cues.find((x) => x.kind === 'frustrated');
  const tr = trace16.last;
  if (tr) console.log(`pieces ${piecesOf(tr.pieces).map((p) => `${p.kind}:${p.w.toFixed(2)}`).join(' ')} score ${tr.before.toFixed(2)}→${tr.after.toFixed(2)}`);
  console.log(c ? `FIRES: ${c.evidence.map((e) => `${e.text}<${e.why}>`).join(' ; ')}` : 'silent');
}
