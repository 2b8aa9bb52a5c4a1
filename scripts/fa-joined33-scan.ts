/**
 * lang33: Persian tokens the language layer leaves unknown that are two or more known words run together («نمیتونمبرات»,
 * «متاسفانهامکانش», «بایدبرید»): the candidates for lib/nlp/fa.joined.ts. Over the Persian development splits of
 * tests/fixtures/rewrite-eval (developmentSplits('fa'): never the held-out split, never an aside split) and the Persian
 * development splits of tests/fixtures/tone-eval (DEV_SPLITS; never its aside or held-out splits).
 *
 * A token is unknown when it is no verb form of the layer (narrow or wide), no closed-class word, and seen at most twice
 * as a word of its own in all the text scanned; a piece is known when it is a verb form or a closed-class word, or seen
 * at least five times (the words are the written ones: pieces the layer cut out of one written word are taken together).
 * For each candidate: one way to cut it (the layer's cut, else the first found, fewest pieces), its count, the splits it
 * occurs in, how often it sits inside a marked span the built-in packs miss, and what the layer reads now (`seg`: the
 * pieces lib/nlp/fa.joined.ts splits it into, or «-»).
 *
 *   npx tsx scripts/fa-joined33-scan.ts             every candidate
 *   npx tsx scripts/fa-joined33-scan.ts --no-miss   skip the (slow) miss pass
 */
import { analyzeFaWord, analyzeFaWordWide, tokenize } from '../lib/nlp/index.ts';
import { FA_CLOSED } from '../lib/nlp/fa.ts';
import { builtinPacks } from '../lib/packs/index.ts';
import { developmentSplits, evaluateItem, loadEvalSet } from '../tests/bench/rewrite-quality.ts';
import { DEV_SPLITS, evalExists, loadEval } from '../tests/bench/tone.eval.ts';

const withMisses = !process.argv.includes('--no-miss');

interface Text {
  split: string;
  text: string;
  missed: Array<[number, number]>;
}

const texts: Text[] = [];
for (const split of developmentSplits('fa')) {
  for (const item of loadEvalSet('fa', split)) {
    let missed: Array<[number, number]> = [];
    if (withMisses && item.label === 'negative') {
      const r = evaluateItem('fa', item, builtinPacks);
      missed = item.spans.filter((sp) => !r.suggestions.some((s) => s.flagged.start < sp[1] && sp[0] < s.flagged.end));
    }
    texts.push({ split: `rw:${split}`, text: item.text, missed });
  }
}
for (const split of DEV_SPLITS) {
  if (!evalExists('fa', split)) continue;
  for (const m of loadEval('fa', split)) texts.push({ split: `tone:${split}`, text: m.text, missed: [] });
}

/**
 * The written words of a text as the layer reads them: its Persian word tokens, those the layer cut out of one written
 * word (nothing or a ZWNJ between them) taken together again, with the pieces they were cut into.
 */
interface Run {
  norm: string;
  start: number;
  end: number;
  pieces: string[];
}
function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const t of tokenize(text)) {
    if (!t.word || t.lang !== 'fa') continue;
    const last = out[out.length - 1];
    if (last && /^\u200c?$/.test(text.slice(last.end, t.start))) {
      last.norm += t.norm;
      last.end = t.end;
      last.pieces.push(t.norm);
    } else out.push({ norm: t.norm, start: t.start, end: t.end, pieces: [t.norm] });
  }
  return out;
}

// Written words (joined, folded), and how often each stands on its own.
const count = new Map<string, number>();
const written = texts.map((t) => runs(t.text));
for (const list of written) for (const r of list) count.set(r.norm, (count.get(r.norm) ?? 0) + 1);

const isClosed = (w: string) => Object.prototype.hasOwnProperty.call(FA_CLOSED, w);
const isVerb = (w: string) => !!(analyzeFaWord(w) ?? analyzeFaWordWide(w));
const known = (w: string) => w.length >= 2 && (isVerb(w) || isClosed(w) || (count.get(w) ?? 0) >= 5);
const unknown = (w: string) => w.length >= 4 && !isVerb(w) && !isClosed(w) && (count.get(w) ?? 0) <= 2 && !/\d/.test(w);

/** One cut of w into two or three known words (two first, the longest first piece first), or null. */
function cut(w: string): string[] | null {
  for (let i = w.length - 2; i >= 2; i--) if (known(w.slice(0, i)) && known(w.slice(i))) return [w.slice(0, i), w.slice(i)];
  for (let i = w.length - 4; i >= 2; i--) {
    if (!known(w.slice(0, i))) continue;
    const rest = w.slice(i);
    for (let j = rest.length - 2; j >= 2; j--) if (known(rest.slice(0, j)) && known(rest.slice(j))) return [w.slice(0, i), rest.slice(0, j), rest.slice(j)];
  }
  return null;
}

const found = new Map<string, { pieces: string[]; n: number; splits: Set<string>; inMiss: number; seg: string }>();
texts.forEach((t, k) => {
  for (const r of written[k]) {
    if (!unknown(r.norm)) continue;
    const pieces = r.pieces.length > 1 ? r.pieces : cut(r.norm);
    if (!pieces) continue;
    let e = found.get(r.norm);
    if (!e) found.set(r.norm, (e = { pieces, n: 0, splits: new Set(), inMiss: 0, seg: r.pieces.length > 1 ? r.pieces.join('+') : '-' }));
    e.n++;
    e.splits.add(t.split);
    if (t.missed.some(([a, b]) => r.start < b && a < r.end)) e.inMiss++;
  }
});

// Cut by the layer first, then by how often they sit in a missed span.
const rows = [...found].sort((a, b) => Number(b[1].seg !== '-') - Number(a[1].seg !== '-') || b[1].inMiss - a[1].inMiss || b[1].n - a[1].n || a[0].localeCompare(b[0]));
let total = 0;
let inMiss = 0;
let split = 0;
console.log('token\tcut\tcount\tin missed span\tlayer reads\tsplits');
for (const [w, e] of rows) {
  total += e.n;
  inMiss += e.inMiss;
  if (e.seg !== '-') split += e.n;
  console.log(`${w}\t${e.pieces.join('+')}\t${e.n}\t${e.inMiss}\t${e.seg}\t${[...e.splits].join(' ')}`);
}
console.log(`${rows.length} joined forms, ${total} tokens, ${inMiss} inside a missed marked span; ${split} read as pieces by the layer`);
