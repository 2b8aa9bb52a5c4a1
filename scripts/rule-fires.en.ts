/**
 * Per-rule firing table for the English rewrite engine (issue 12: neutrals flagged). For every English development
 * split (and the Bitext agent responses) it counts, per rule id (pack rules and generic readers' constructions):
 *   hit   : the rule's flagged words overlap a labelled negative's marked span,
 *   extra : it fires on a negative item outside the marked words,
 *   false : it fires on a neutral item (a false flag; the item counts once per rule),
 *   bitext: it fires on a Bitext agent-response sentence,
 * and the splits on which it made false flags. A rule whose false flags are a large share of its firings on several
 * splits is a candidate to tighten, demote to advice or drop.
 *
 *   npx tsx scripts/rule-fires.en.ts                 the table (development splits only)
 *   npx tsx scripts/rule-fires.en.ts --rule=<id>     also list that rule's false flags and hits on development splits
 *   npx tsx scripts/rule-fires.en.ts --heldback      figures only (recall, neutrals flagged) of this round's held-back
 *                                                    check: en late14 and the even ids of en near15; never their items
 *
 * Held back in this round (never read, figures only): en.late14 and en.near15's even ids. Aside splits and late15 are
 * never read here.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { englishSentences } from '../tests/bench/rewrite.bench.ts';
import { evaluateItem, loadEvalSet, type EvalItem, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

const DEV: EvalSplit[] = ['dev', 'dev2', 'test', 'gen', 'late', 'late2', 'late3', 'late4', 'late5', 'late6', 'late7', 'dev3', 'wide', 'honest', 'rwen', 'fresh', 'fresh2', 'mix3', 'late10', 'late11', 'late12', 'late13', 'near15'];
const idNum = (id: string) => Number(id.replace(/\D+/g, ''));
const isHeldBack = (split: EvalSplit, it: EvalItem) => split === 'late14' || (split === 'near15' && idNum(it.id) % 2 === 0);

const argv = process.argv.slice(2);
const overlaps = (a: { start: number; end: number }, [s, e]: [number, number]) => a.start < e && s < a.end;

if (argv.includes('--heldback')) {
  for (const [split, keep] of [['late14', () => true], ['near15', (it: EvalItem) => idNum(it.id) % 2 === 0]] as const) {
    const items = loadEvalSet('en', split).filter(keep);
    let neg = 0, caught = 0, neu = 0, flagged = 0;
    for (const it of items) {
      const r = evaluateItem('en', it, builtinPacks);
      if (it.label === 'negative') { neg++; if (r.caught) caught++; } else { neu++; if (r.flagged) flagged++; }
    }
    console.log(`held-back en ${split}${split === 'near15' ? ' (even ids)' : ''}: recall ${(caught / (neg || 1)).toFixed(3)} (${caught}/${neg}); neutral flagged ${((100 * flagged) / (neu || 1)).toFixed(1)}% (${flagged}/${neu})`);
  }
  process.exit(0);
}

interface Row { hit: number; extra: number; falseN: number; bitext: number; falseSplits: Map<string, number>; hitSplits: Set<string> }
const rows = new Map<string, Row>();
const row = (id: string): Row => {
  let r = rows.get(id);
  if (!r) rows.set(id, (r = { hit: 0, extra: 0, falseN: 0, bitext: 0, falseSplits: new Map(), hitSplits: new Set() }));
  return r;
};
const only = argv.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);
const listing: string[] = [];
let totalNeu = 0, totalFlagged = 0;
for (const split of DEV) {
  for (const it of loadEvalSet('en', split)) {
    if (isHeldBack(split, it)) continue;
    const r = evaluateItem('en', it, builtinPacks);
    if (it.label === 'neutral') { totalNeu++; if (r.flagged) totalFlagged++; }
    const seen = new Set<string>();
    for (const s of r.suggestions) {
      if (seen.has(s.ruleId)) continue;
      seen.add(s.ruleId);
      const x = row(s.ruleId);
      if (it.label === 'neutral') {
        x.falseN++;
        x.falseSplits.set(split, (x.falseSplits.get(split) ?? 0) + 1);
        if (only && s.ruleId === only) listing.push(`FALSE ${split} ${it.id}: ${it.text}   <${s.original}>`);
      } else if (it.spans.some((sp) => overlaps(s.flagged, sp))) {
        x.hit++;
        x.hitSplits.add(split);
        if (only && s.ruleId === only) listing.push(`HIT   ${split} ${it.id}: ${it.text}   <${s.original}>  (${r.suggestions.filter((o) => o !== s && it.spans.some((sp) => overlaps(o.flagged, sp))).map((o) => o.ruleId).join(',') || 'alone'})`);
      } else {
        x.extra++;
        if (only && s.ruleId === only) listing.push(`EXTRA ${split} ${it.id}: ${it.text}   <${s.original}>`);
      }
    }
  }
}
const sentences = [...new Set(englishSentences())];
let bitextFlagged = 0;
for (const s of sentences) {
  const sug = suggestRewrites(s, builtinPacks, { generic: true });
  if (sug.length) bitextFlagged++;
  for (const id of new Set(sug.map((g) => g.ruleId))) {
    row(id).bitext++;
    if (only && id === only && listing.length < 400) listing.push(`BITEXT ${s}`);
  }
}
console.log(`development neutrals flagged: ${totalFlagged}/${totalNeu}; bitext flagged ${bitextFlagged}/${sentences.length}`);
console.log('rule\thit\textra\tfalse\tbitext\tfalse-share\tsplits-with-false');
const sorted = [...rows.entries()].sort((a, b) => b[1].falseN - a[1].falseN || b[1].hit - a[1].hit);
for (const [id, x] of sorted) {
  if (!x.falseN && !argv.includes('--all')) continue;
  const share = x.falseN / (x.hit + x.extra + x.falseN || 1);
  console.log(`${id}\t${x.hit}\t${x.extra}\t${x.falseN}\t${x.bitext}\t${share.toFixed(2)}\t${[...x.falseSplits].map(([s, n]) => `${s}:${n}`).join(' ')}`);
}
if (listing.length) console.log(listing.join('\n'));
