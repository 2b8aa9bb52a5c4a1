/**
 * (tone37) The urgency kinds of lib/tone/cues/urgency.kinds37.ts judged leave-one-writer-split-out, on development splits
 * only (DEV_SPLITS; never the held-out or the aside splits).
 *
 *   npx tsx scripts/tone37-loso.ts            per split and pooled urgent P / R before -> after -> LOSO, and every change
 *   npx tsx scripts/tone37-loso.ts --quiet    figures only
 *   npx tsx scripts/tone37-loso.ts --repeat   the same for the repeat cue (lib/tone/cues/repeat.kinds37.ts)
 *
 * A fold holds one writer split aside; the kind (one per language) is used on it only when, on the other writer splits, its
 * right changes come from three splits or more and its wrong changes are at most a third of its right ones (tone36's rule),
 * and a reading on the held-aside split counts only when its event word (a wedding, «پرواز» …) is one a right reading of
 * another writer split rests on or that the older readers list (KNOWN): a word only the held-aside split showed would not
 * be in a reader built without it.
 */
import { DEV_SPLITS, evalExists, loadEval, shows, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import { EVENT_WORD_EN, EVENT_WORD_FA, kinds37Switch } from '../lib/tone/cues/urgency.kinds37.ts';
import { repeat37Switch } from '../lib/tone/cues/repeat.kinds37.ts';

/** --repeat: the repeat-contact kinds of lib/tone/cues/repeat.kinds37.ts instead (tone36's rule only: no event words). */
const CUE = process.argv.includes('--repeat') ? 'repeat' : 'urgent';
const setSwitch = (on: boolean) => {
  if (CUE === 'repeat') repeat37Switch.on = on;
  else kinds37Switch.en = kinds37Switch.fa = on;
};

const WRITER = new Set<string>([...Array.from({ length: 17 }, (_, i) => `late${20 + i}`), 'train34', 'train35']);
const quiet = process.argv.includes('--quiet');
/**
 * Event words the older readers already list (urgency.ts C.when, urgency.fa.kinds32.ts EVENT_FA): a reader built without
 * any one split would hold them. A reading with no event word (the bare "before then" path) rests on no word.
 */
const KNOWN = new Set(['', 'meeting', 'exam', 'exams', 'launch', 'presentation', 'interview', 'hearing', 'appointment', 'flight', 'train', 'bus', 'ferry', 'boarding', 'departure', 'check-in', 'wedding', 'funeral', 'surgery', 'operation', 'court', 'closing', 'deadline', 'due', 'renewal', 'audit', 'inspection',
  'پرواز', 'قطار', 'اتوبوس', 'بلیط', 'بلیت', 'مهلت', 'منقضی', 'سررسید', 'موعد', 'امتحان', 'آزمون', 'کنکور', 'مصاحبه', 'عروسی', 'سفر', 'مسافرت', 'جلسه', 'دفاع', 'دادگاه', 'ارائه', 'وقت سفارت', 'تمام میشه', 'تموم میشه']);

interface Row { split: EvalSplit; gold: boolean; before: boolean; after: boolean; text: string; ev: string; word: string }
const rows: Record<'en' | 'fa', Row[]> = { en: [], fa: [] };
for (const lang of ['en', 'fa'] as const) {
  for (const split of DEV_SPLITS) {
    if (!evalExists(lang, split)) continue;
    for (const m of loadEval(lang, split)) {
      setSwitch(false);
      const before = shows(readCustomerTone(m.text), CUE);
      setSwitch(true);
      const r = readCustomerTone(m.text);
      const after = shows(r, CUE);
      const ev = r.cues.filter((c) => c.kind === CUE).flatMap((c) => c.evidence.map((e) => e.text)).join(' | ');
      const k37 = CUE === 'repeat' ? undefined : r.cues.filter((c) => c.kind === 'urgent').flatMap((c) => c.evidence).find((e) => (lang === 'fa' ? EVENT_WORD_FA : EVENT_WORD_EN).test(e.text));
      const word = k37 ? ((lang === 'fa' ? EVENT_WORD_FA : EVENT_WORD_EN).exec(k37.text)?.[0] ?? '').toLowerCase().replace(/[\s\u200c]+/gu, ' ') : '';
      rows[lang].push({ split, gold: m.y.includes(CUE), before, after, text: m.text, ev, word });
    }
  }
}

const pr = (rs: readonly Row[], pick: (r: Row) => boolean) => {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rs) {
    const p = pick(r);
    if (p && r.gold) tp++;
    else if (p) fp++;
    else if (r.gold) fn++;
  }
  return { p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn), tp, fp, fn, acc: 1 - (fp + fn) / Math.max(1, rs.length) };
};
const f = (x: { p: number; r: number; acc: number; fp: number; fn: number }) => `${x.acc.toFixed(3)} / ${x.p.toFixed(3)} / ${x.r.toFixed(3)} (fp ${x.fp}, fn ${x.fn})`;

for (const lang of ['en', 'fa'] as const) {
  const rs = rows[lang];
  const changed = rs.filter((r) => r.before !== r.after);
  console.log(`\n=== ${lang}: ${changed.length} decisions changed (${changed.filter((r) => r.after === r.gold).length} right)`);
  if (!quiet) for (const r of changed) console.log(`${r.after === r.gold ? 'RIGHT' : 'WRONG'} ${r.split} ${r.after ? '+' : '-'} [${r.word}] ${JSON.stringify(r.text.slice(0, 200))}\n      evidence: ${r.ev}`);
  // Per fold: does the kind qualify on the other writer splits?
  const splits = [...new Set(rs.map((r) => r.split))].filter((s) => WRITER.has(s));
  const qualifies = (held: string) => {
    const other = changed.filter((r) => WRITER.has(r.split) && r.split !== held);
    const right = other.filter((r) => r.after === r.gold);
    const wrong = other.length - right.length;
    return new Set(right.map((r) => r.split)).size >= 3 && wrong * 3 <= right.length;
  };
  console.log(`\n${lang} ${CUE} acc / P / R: before -> after -> leave-one-writer-split-out`);
  const loso: Row[] = [];
  for (const s of splits) {
    const sr = rs.filter((r) => r.split === s);
    const q = qualifies(s);
    const b = pr(sr, (r) => r.before);
    const a = pr(sr, (r) => r.after);
    // The reader built without this split: a reading whose event word no right change of another writer split holds
    // would not be in it.
    const attested = new Set(changed.filter((r) => WRITER.has(r.split) && r.split !== s && r.after === r.gold).map((r) => r.word));
    const keep = (r: Row) => (q && (r.before === r.after || attested.has(r.word) || KNOWN.has(r.word)) ? r.after : r.before);
    const l = pr(sr, keep);
    loso.push(...sr.map((r) => ({ ...r, after: keep(r) })));
    if (b.fp !== a.fp || b.fn !== a.fn || !q) console.log(`  ${s.padEnd(8)} ${f(b)} -> ${f(a)} -> ${f(l)}${q ? '' : ' (kind not built for this fold)'}`);
  }
  const w = rs.filter((r) => WRITER.has(r.split));
  console.log(`  pooled writer splits (${splits.length}): ${f(pr(w, (r) => r.before))} -> ${f(pr(w, (r) => r.after))} -> ${f(pr(loso, (r) => r.after))}`);
  console.log(`  every development split: ${f(pr(rs, (r) => r.before))} -> ${f(pr(rs, (r) => r.after))}`);
}
