/**
 * Session 33 (tonefa33) honesty count: where each Persian kind of urgency.fa.kinds33.ts and frustration.fa.kinds33.ts
 * fires over the development splits (direct calls, whatever the older readers say), with the message's label, so a
 * kind's hits off the splits it was read from (late27 … late32) are counted. Aside splits are never read.
 * Run: `npx tsx scripts/tone-fa-kinds33-hits.ts` (add `--list` to print the messages).
 */
import { readToneContext } from '../lib/tone/read.ts';
import { urgencyFaKinds33 } from '../lib/tone/cues/urgency.fa.kinds33.ts';
import { readFaKinds33 } from '../lib/tone/cues/frustration.fa.kinds33.ts';
import { DEV_SPLITS, evalExists, loadEval } from '../tests/bench/tone.eval.ts';
import type { Evidence } from '../lib/tone/types.ts';

const READ_FROM = new Set(['late27', 'late28', 'late29', 'late30', 'late31', 'late32']);

function urgencyKind(ev: readonly Evidence[]): string {
  const t = ev.map((e) => e.text).join(' ');
  if (ev.some((e) => e.why === 'tone.why.time') && /مشتر|مهم[وا]ن|moshtari|mehm/iu.test(t)) return 'urgent: people waiting now';
  if (ev.some((e) => e.why === 'tone.why.time')) return 'urgent: Finglish pressure';
  if (/تب|تشنج|\btab|tashannoj/iu.test(t)) return 'urgent: fever now';
  return 'urgent: outage with someone at stake';
}
const frustrationKind = (ev: readonly Evidence[]): string =>
  /^(?:احتمال|لابد|ظاهر|فکر|فكر|شاید|شايد)/u.test(ev[0]?.text ?? '') ? 'frustrated: ironic guess' : 'frustrated: mock praise';

const rows = new Map<string, { on: Map<string, number>; right: number; wrong: number; off: number }>();
const list = process.argv.includes('--list');
for (const s of DEV_SPLITS) {
  if (!evalExists('fa', s)) continue;
  for (const m of loadEval('fa', s)) {
    const { ctx } = readToneContext(m.text);
    const found: [string, 'urgent' | 'frustrated'][] = [];
    const u = urgencyFaKinds33(ctx as never);
    if (u.length) found.push([urgencyKind(u), 'urgent']);
    const f = readFaKinds33(ctx as never);
    if (f.score) found.push([frustrationKind(f.evidence), 'frustrated']);
    for (const [kind, cue] of found) {
      const r = rows.get(kind) ?? { on: new Map(), right: 0, wrong: 0, off: 0 };
      r.on.set(s, (r.on.get(s) ?? 0) + 1);
      if (m.y.includes(cue)) r.right++;
      else r.wrong++;
      if (!READ_FROM.has(s)) r.off++;
      rows.set(kind, r);
      if (list) console.log(`${kind}\t${s}\t${m.y.includes(cue) ? 'labelled' : 'NOT labelled'}\t${JSON.stringify(m.text).slice(0, 160)}`);
    }
  }
}
for (const [kind, r] of rows) {
  console.log(`${kind}: ${r.right + r.wrong} hits (${r.right} labelled so, ${r.wrong} not), ${r.off} off late27-late32; ${[...r.on].map(([s, n]) => `${s}${n > 1 ? ` ×${n}` : ''}`).join(', ')}`);
}
