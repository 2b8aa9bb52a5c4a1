/**
 * (toneen39) The thirty-ninth session's English frustration changes judged leave-one-writer-split-out, on development splits
 * only (DEV_SPLITS; never the held-out or the aside splits):
 *
 *   npx tsx scripts/tone39-loso.ts            every kind of lib/tone/cues/frustration.en.fp39.ts (four guards) and
 *                                             frustration.en.kinds39.ts (a reader), each alone and all together
 *   add --quiet for the figures only
 *
 * Per kind: acc / P / R per writer split (late20 … late37, train34, train35) and pooled, before (the kind off) -> after (on)
 * -> LOSO, then every development split, and every changed decision. A fold holds one writer split aside; the kind is used on
 * it only when, on the other writer splits, its right changes come from three splits or more and its wrong changes are at most
 * a third of its right ones (tone36's rule); a second LOSO column reads the shape's record instead (see shapeOk). Persian frustration is read with everything off and on: it must not move.
 */
import { DEV_SPLITS, evalExists, loadEval, shows, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import { fp39, trace39 } from '../lib/tone/cues/frustration.en.fp39.ts';
import { kinds39 } from '../lib/tone/cues/frustration.en.kinds39.ts';

/** The guards of frustration.en.fp39.ts (title, quote, thing, noReply) and the reader of frustration.en.kinds39.ts (verdict). */
type Kind = 'title' | 'quote' | 'thing' | 'noReply' | 'verdict';
const KINDS: Kind[] = ['title', 'quote', 'thing', 'noReply', 'verdict'];
const set = (on: readonly Kind[]) => {
  fp39.on = true;
  fp39.title = on.includes('title');
  fp39.quote = on.includes('quote');
  fp39.thing = on.includes('thing');
  fp39.noReply = on.includes('noReply');
  kinds39.on = on.includes('verdict');
};
const WRITER = new Set<string>([...Array.from({ length: 18 }, (_, k) => `late${20 + k}`), 'train34', 'train35']);
const quiet = process.argv.includes('--quiet');

interface Row { split: EvalSplit; gold: boolean; off: boolean; on: Record<Kind | 'all', boolean>; text: string; ev: string; seen: Set<string> }

function read(lang: 'en' | 'fa'): Row[] {
  const rows: Row[] = [];
  for (const split of DEV_SPLITS) {
    if (!evalExists(lang, split)) continue;
    for (const m of loadEval(lang, split)) {
      set([]);
      const off = readCustomerTone(m.text);
      const on = {} as Row['on'];
      const kinds = lang === 'en' ? KINDS : [];
      for (const k of kinds) {
        set([k]);
        on[k] = shows(readCustomerTone(m.text), 'frustrated');
      }
      set(KINDS);
      const seen = new Set<string>();
      trace39.seen = (k) => seen.add(k);
      on.all = shows(readCustomerTone(m.text), 'frustrated');
      trace39.seen = null;
      const ev = off.cues.filter((c) => c.kind === 'frustrated').flatMap((c) => c.evidence.map((e) => `${(e.why ?? '').replace('tone.why.', '')}: ${e.text}`)).join(' | ');
      rows.push({ split, gold: m.y.includes('frustrated'), off: shows(off, 'frustrated'), on, text: m.text, ev, seen });
    }
  }
  return rows;
}

const fig = <T>(rs: readonly T[], gold: (r: T) => boolean, pick: (r: T) => boolean) => {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rs) {
    const p = pick(r);
    if (p && gold(r)) tp++;
    else if (p) fp++;
    else if (gold(r)) fn++;
  }
  const f = (x: number) => x.toFixed(3);
  return `${f((rs.length - fp - fn) / Math.max(1, rs.length))} / ${f(tp / Math.max(1, tp + fp))} / ${f(tp / Math.max(1, tp + fn))} (fp ${fp}, fn ${fn})`;
};

const en = read('en');
const writer = en.filter((r) => WRITER.has(r.split));
const g = (r: Row) => r.gold;
// Per kind: does it qualify for a fold holding `aside` out?
const ok: Record<Kind, Map<string, boolean>> = {} as never;
for (const k of KINDS) {
  const changed = writer.filter((r) => r.on[k] !== r.off);
  const qualifies = (aside: string) => {
    const others = changed.filter((r) => r.split !== aside);
    const right = others.filter((r) => r.on[k] === r.gold);
    return new Set(right.map((r) => r.split)).size >= 3 && others.length - right.length <= right.length / 3;
  };
  ok[k] = new Map([...WRITER].map((s) => [s, qualifies(s)]));
  const changedAll = en.filter((r) => r.on[k] !== r.off);
  const right = changedAll.filter((r) => r.on[k] === r.gold);
  console.log(`\nkind ${k}: ${changedAll.length} decisions changed on every development split (${right.length} right), writer splits: ${[...new Set(changed.map((r) => r.split))].join(', ') || 'none'}; qualifies in ${[...ok[k].values()].filter(Boolean).length} of ${WRITER.size} folds`);
}
// LOSO: the kinds that qualify for the fold, each read alone (the kinds explain different evidence, so they do not interact
// on these splits: a row moves under `all` only where one kind moves it alone; checked below).
const loso = (r: Row) => {
  let p = r.off;
  for (const k of KINDS) if (ok[k].get(r.split) && r.on[k] !== r.off) p = r.on[k];
  return p;
};
// The shape's record (a looser LOSO): a kind is used on the held-aside split when, on the other writer splits, the messages
// where its shape was read at all (a guard's look-alike in the evidence of a message at the threshold, whether or not every
// piece was one; the reader's verdict, whether or not an older reader already showed the cue) are right for the kind (calm
// for a guard, frustrated for the reader) in three splits or more, and wrong at most a third as often.
const shapeOk: Record<Kind, Map<string, boolean>> = {} as never;
for (const k of KINDS) {
  const seen = writer.filter((r) => r.seen.has(k));
  const rightOf = (r: Row) => (k === 'verdict' ? r.gold : !r.gold);
  shapeOk[k] = new Map([...WRITER].map((s) => {
    const others = seen.filter((r) => r.split !== s);
    const right = others.filter(rightOf);
    return [s, new Set(right.map((r) => r.split)).size >= 3 && others.length - right.length <= right.length / 3];
  }));
  const right = seen.filter(rightOf);
  console.log(`kind ${k} shape: read in ${seen.length} writer-split messages (${right.length} ${k === 'verdict' ? 'frustrated' : 'calm'}) of ${new Set(seen.map((r) => r.split)).size} splits; qualifies in ${[...shapeOk[k].values()].filter(Boolean).length} of ${WRITER.size} folds`);
}
const losoShape = (r: Row) => {
  let p = r.off;
  for (const k of KINDS) if (shapeOk[k].get(r.split) && r.on[k] !== r.off) p = r.on[k];
  return p;
};
const interacting = en.filter((r) => r.on.all !== r.off && KINDS.every((k) => r.on[k] === r.off)).length;
console.log(`\nen frustrated acc / P / R: before -> after (all kinds) -> LOSO (changes' rule) -> LOSO (shape's record)${interacting ? ` (${interacting} rows move only with kinds together)` : ''}`);
for (const s of WRITER) {
  const x = writer.filter((r) => r.split === s);
  if (!x.length) continue;
  const moved = x.some((r) => r.on.all !== r.off);
  console.log(`  ${s.padEnd(8)} ${moved ? `${fig(x, g, (r) => r.off)} -> ${fig(x, g, (r) => r.on.all)} -> ${fig(x, g, loso)} -> ${fig(x, g, losoShape)}` : `unchanged ${fig(x, g, (r) => r.off)}`}`);
}
console.log(`  pooled writer splits ${fig(writer, g, (r) => r.off)} -> ${fig(writer, g, (r) => r.on.all)} -> ${fig(writer, g, loso)} -> ${fig(writer, g, losoShape)}`);
const older = en.filter((r) => !WRITER.has(r.split));
console.log(`  older development splits ${fig(older, g, (r) => r.off)} -> ${fig(older, g, (r) => r.on.all)}`);
console.log(`  every development split ${fig(en, g, (r) => r.off)} -> ${fig(en, g, (r) => r.on.all)}`);
const fa = read('fa');
console.log(`\nfa frustrated, every development split: ${fig(fa, g, (r) => r.off)} -> ${fig(fa, g, (r) => r.on.all)} (${fa.filter((r) => r.on.all !== r.off).length} decisions changed)`);
if (!quiet) {
  for (const k of KINDS) {
    for (const r of writer.filter((x) => x.seen.has(k) && (k === 'verdict' ? !x.gold : x.gold))) console.log(`  shape of ${k} in a ${r.gold ? 'frustrated' : 'calm'} message (${r.split}, cue ${r.on.all ? 'shown' : 'not shown'}): ${JSON.stringify(r.text.slice(0, 140))}`);
  }
  for (const r of en.filter((x) => x.on.all !== x.off)) {
    const k = KINDS.filter((q) => r.on[q] !== r.off).join('+') || 'together';
    console.log(`  ${r.on.all === r.gold ? 'RIGHT' : 'WRONG'} ${r.split} ${k} ${r.on.all ? 'added' : 'lost'} [${r.ev}] ${JSON.stringify(r.text.slice(0, 140))}`);
  }
}
