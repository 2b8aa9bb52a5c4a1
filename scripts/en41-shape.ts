/**
 * en41: shapes of English jargon sentences measured over an en38-dump.ts dump, by writer split. For each shape (a
 * function from a sentence to the word spans it would flag), per split: marked jargon spans it covers that the engine
 * misses now ("new"), marked spans of any category it covers, and wrong matches (any match on a neutral item, or on a
 * negative item outside every marked span). Leave one writer split out by en38's rule: a shape is kept for a held-out
 * split when on the other writer splits its new matches stand in two splits or more and its wrong matches are at most a
 * third of its marked ones. `--show=<shape>` prints every match.
 *
 *   npx tsx scripts/en41-shape.ts <dump.jsonl> [--show=<shape>]
 */
import { readFileSync } from 'node:fs';
import { customerBand } from '../lib/rewrite/generic/jargon-common.ts';
import { rareTerm } from '../lib/rewrite/generic/jargon32.ts';
import { unknownCode } from '../lib/rewrite/generic/jargon31.ts';


// The shapes measured (README "en41"): each returns the spans it would flag.
type Flag = { start: number; end: number; category: string };
type Shape = (text: string, flags: Flag[]) => [number, number][];

type Word = { w: string; a: number; b: number };
function sentences(text: string): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  const re = /[^.!?\n]+[.!?\n]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ a: m.index, b: m.index + m[0].length });
  return out;
}
function words(text: string, a: number, b: number): Word[] {
  const re = /[A-Za-z0-9][A-Za-z0-9'’&/-]*/g;
  const s = text.slice(a, b);
  const out: Word[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ w: m[0].replace(/['’]s$/, ''), a: a + m.index, b: a + m.index + m[0].replace(/['’]s$/, '').length });
  return out;
}
const FUNC = new Set('a an the your ur you yours our my his her its their this that these those and or but so if then than to of in on at by for with from as is are was were be been being has have had do does did will would can could should may might must not no it we they he she i me us them there here all some any just also still now once up out off over into onto about after before when while which who what'.split(' '));
const rare = (w: string) => rareTerm('en', w);
const band0 = (w: string) => /^[a-z][a-z-]{3,}$/.test(w) && customerBand('en', w) === 0;

/** The words `pred` holds of, in every sentence that has two or more of them. */
function twoInSentence(pred: (w: string) => boolean): Shape {
  return (t) => {
    const out: [number, number][] = [];
    for (const s of sentences(t)) {
      const r = words(t, s.a, s.b).filter((x) => pred(x.w));
      if (r.length >= 2) for (const x of r) out.push([x.a, x.b]);
    }
    return out;
  };
}

const SHAPES_EN41: Record<string, Shape> = {
  rareAny: (t) => {
    const out: [number, number][] = [];
    for (const s of sentences(t)) for (const x of words(t, s.a, s.b)) if (rare(x.w)) out.push([x.a, x.b]);
    return out;
  },
  rare2: twoInSentence(rare),
  band0x2: twoInSentence(band0),
  rareInJargonSent: (t, f) => {
    const out: [number, number][] = [];
    for (const s of sentences(t)) {
      if (!f.some((x) => x.category === 'jargon' && x.start >= s.a && x.end <= s.b)) continue;
      for (const x of words(t, s.a, s.b)) if (rare(x.w)) out.push([x.a, x.b]);
    }
    return out;
  },
  band0InJargonSent: (t, f) => {
    const out: [number, number][] = [];
    for (const s of sentences(t)) {
      if (!f.some((x) => x.category === 'jargon' && x.start >= s.a && x.end <= s.b)) continue;
      for (const x of words(t, s.a, s.b)) if (band0(x.w) && !f.some((y) => y.start < x.b && x.a < y.end)) out.push([x.a, x.b]);
    }
    return out;
  },
  rareCompound: (t) => {
    const out: [number, number][] = [];
    for (const s of sentences(t)) {
      const ws = words(t, s.a, s.b);
      ws.forEach((x, i) => {
        if (!rare(x.w)) return;
        const nb = [ws[i - 1], ws[i + 1]].filter((y) => y && /^[a-z]{3,}$/.test(y.w) && !FUNC.has(y.w) && t.slice(Math.min(x.b, y.b), Math.max(x.a, y.a)).trim() === '');
        if (nb.length) out.push([x.a, x.b]);
      });
    }
    return out;
  },
  rareNeed: (t) => {
    const out: [number, number][] = [];
    const re = /\b(?:needs?|needed|needing|wants|want|requires?|recommends?|will do|we'll do|to do)\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)/gi;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const base = m.index + m[0].length - m[1].length;
      for (const x of words(t, base, base + m[1].length)) if (band0(x.w)) out.push([x.a, x.b]);
    }
    return out;
  },
  codes2: twoInSentence(unknownCode),
  codeAndRare: (t) => {
    const out: [number, number][] = [];
    for (const s of sentences(t)) {
      const ws = words(t, s.a, s.b);
      if (!ws.some((x) => unknownCode(x.w))) continue;
      for (const x of ws) if (rare(x.w)) out.push([x.a, x.b]);
    }
    return out;
  },
};

const ACTION_HEAD = 'swap|reset|raise|grind|regrind|trim|regulation|level|voicing|dressing|check|test|cycling|baiting|spray|hold|exception|clause|entry|shift|window|validation|sign-off|signoff|bump|flag|breach|run|face|sub|release|draw|redraw|rebuild|strip|dress|seal|swab|flush|purge|sweep|scrub|bleed|wash|rewash|pass|fail'.split('|');
const ACT = new RegExp(String.raw`\b([a-z][a-z]+(?:-[a-z]+)?)\s+(${ACTION_HEAD.join('|')})s?\b`, 'g');
function actShape(maxBand: number): Shape {
  return (t) => {
    const out: [number, number][] = [];
    ACT.lastIndex = 0;
    for (let m = ACT.exec(t); m; m = ACT.exec(t)) {
      const x = m[1];
      if (FUNC.has(x) || x.length < 4) continue;
      if (/(?:ly|ing|ed)$/.test(x) && !/-/.test(x)) continue;
      if (customerBand('en', x) > maxBand) continue;
      out.push([m.index, m.index + m[0].length]);
    }
    return out;
  };
}
SHAPES_EN41.act0 = actShape(0);
SHAPES_EN41.act1 = actShape(1);
SHAPES_EN41.act2 = actShape(2);

function needIng(maxBand: number): Shape {
  return (t) => {
    const out: [number, number][] = [];
    const re = /\b((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+(?:needs?|needed|wants?|want)\s+(?:(?:a|an|the|its|their|some)\s+)?(?:[a-z-]+\s+)?([a-z]+ing|[a-z]+ed)\b/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const g = m[2];
      if (customerBand('en', g) > maxBand) continue;
      out.push([m.index, m.index + m[0].length]);
    }
    return out;
  };
}
SHAPES_EN41.needIng0 = needIng(0);
SHAPES_EN41.needIng1 = needIng(1);

SHAPES_EN41.coordJ = (t, f) => {
  const out: [number, number][] = [];
  for (const x of f) {
    if (x.category !== 'jargon') continue;
    const r = /^\s*(?:and|\+|&)\s+(?:(?:a|an|the|its|your|ur|some)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/.exec(t.slice(x.end));
    if (r) {
      const ws = r[1].split(/\s+/);
      const k = ws.findIndex((w) => FUNC.has(w));
      const keep = (k < 0 ? ws : ws.slice(0, k)).join(' ');
      if (keep) { const a = x.end + r[0].length - r[1].length; out.push([a, a + keep.length]); }
    }
    const l = /(?:^|\s)(?:a|an|the|its|your|ur|some)?\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,1})\s+(?:and|\+|&)\s+(?:(?:a|an|the|its|your|ur)\s+)?$/.exec(t.slice(0, x.start));
    if (l && !FUNC.has(l[1].split(/\s+/).pop()!)) { const a = l.index + l[0].indexOf(l[1], l[0].length - l[1].length - 20 < 0 ? 0 : 0); out.push([a, a + l[1].length]); }
  }
  return out;
};

type Row = { split: string; id: string; label: string; category: string; text: string; spans: [number, number][]; spanHit: boolean[]; caught: boolean; flagged: boolean; sugg: { rule: string; cat: string; f: [number, number]; o: string }[] };
const args = process.argv.slice(2);
const rows = readFileSync(args[0], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const show = args.find((a) => a.startsWith('--show='))?.slice(7);
const isWriter = (s: string) => /^(late(2\d|3\d)|train3\d[a-d]?)$/.test(s);
const one = (s: string) => s.replace(/\s+/g, ' ');

type Tally = { newJ: number; marked: number; wrong: number; wrongNeutralItems: number };
for (const [name, shape] of Object.entries(SHAPES_EN41)) {
  const per = new Map<string, Tally>();
  const other: Tally = { newJ: 0, marked: 0, wrong: 0, wrongNeutralItems: 0 };
  for (const r of rows) {
    const hits = shape(r.text, r.sugg.map((s) => ({ start: s.f[0], end: s.f[1], category: s.cat })));
    if (!hits.length) continue;
    const t = isWriter(r.split) ? (per.get(r.split) ?? per.set(r.split, { newJ: 0, marked: 0, wrong: 0, wrongNeutralItems: 0 }).get(r.split)!) : other;
    let neutralWrong = false;
    for (const [a, b] of hits) {
      const k = r.spans.findIndex(([s, e]) => a < e && s < b);
      let tag: string;
      if (r.label === 'neutral') (t.wrong++, (neutralWrong = true), (tag = 'NEUTRAL'));
      else if (k < 0) (t.wrong++, (tag = 'unmarked'));
      else {
        t.marked++;
        if (!r.spanHit[k] && r.category === 'jargon') (t.newJ++, (tag = 'NEW'));
        else tag = r.spanHit[k] ? 'caught' : 'new-other';
      }
      if (show === name) console.log(`${tag.padEnd(9)} ${r.split.padEnd(9)} ${r.id} [${r.category}] <${r.text.slice(a, b)}> ${one(r.text).slice(0, 180)}`);
    }
    if (neutralWrong) t.wrongNeutralItems++;
  }
  // Leave one writer split out.
  let heldGain = 0;
  const kept: string[] = [];
  for (const [split, t] of per) {
    let splitsWithNew = 0, marked = 0, wrong = 0;
    for (const [s2, u] of per) if (s2 !== split) (splitsWithNew += u.newJ > 0 ? 1 : 0), (marked += u.marked), (wrong += u.wrong);
    if (splitsWithNew >= 2 && wrong * 3 <= marked) (heldGain += t.newJ), kept.push(split);
  }
  const sum = [...per.values()].reduce((a, t) => ({ newJ: a.newJ + t.newJ, marked: a.marked + t.marked, wrong: a.wrong + t.wrong, wrongNeutralItems: a.wrongNeutralItems + t.wrongNeutralItems }), { newJ: 0, marked: 0, wrong: 0, wrongNeutralItems: 0 });
  const splitsNew = [...per].filter(([, t]) => t.newJ).map(([s, t]) => `${s}:${t.newJ}`).join(' ');
  console.log(`${name.padEnd(22)} writers new ${sum.newJ} marked ${sum.marked} wrong ${sum.wrong} (neutral items ${sum.wrongNeutralItems}) | other dev new ${other.newJ} marked ${other.marked} wrong ${other.wrong} (neutral ${other.wrongNeutralItems}) | folds kept ${kept.length}/${per.size}, held-out new ${heldGain} | ${splitsNew}`);
}
