/**
 * en38: frames of English misses by kind, judged leave-one-writer-split-out.
 *
 *   npx tsx scripts/en38-dump.ts /tmp/dump.jsonl && npx tsx scripts/en38-frames.ts /tmp/dump.jsonl [--show]
 *
 * For each frame (a cue the rules would read) and each writer split: marked spans the frame covers that the engine misses
 * now ("new"), marked spans it covers at all, and wrong matches (on a neutral item, or on a negative item outside every
 * marked span). A frame is kept for a held-out split when, on the other splits, its new matches stand in two splits or
 * more and its wrong matches are at most a third of its marked ones. Held-out figures: items whose every span is then
 * caught, and neutral items newly flagged.
 */
import { readDump, uRe, matchSpans, hasNonSpace, head, padEnd, padStart, cell } from './frames-shared.ts';

type Span = [number, number];
type Frame = (text: string) => Span[];

const file = process.argv[2];
if (!file) throw new Error('usage: en38-frames.ts <dump.jsonl> [--show]');
const rows = readDump(file);
const SENT = uRe(String.raw`[^.!?\n]+[.!?]*`, 'g');

const sentences = (t: string): Span[] => matchSpans(SENT, t).filter(([a, b]) => hasNonSpace(t.slice(a, b)));
const rx = (p: string): RegExp => uRe(p, 'i');

const REFUSAL = rx(String.raw`\b(?:can(?:not|'t|t)|won(?:'t|t)|unable|not (?:able|possible|allowed|permitted)|no (?:refunds?|returns?|exchanges?|exceptions))\b`);
const POLICY_SENT = rx(String.raw`^\s*(?:that['’]?s|thats|it['’]?s|its|this is|those are|these are|rules are)\s+(?:just\s+)?(?:our|the|company|store|shop|gym|clinic|hotel|house|club|school|site|park|salon|studio)?\s*(?:policy|rules?|terms)(?:\s+here)?\s*[.!]*\s*$`);
const IMPERATIVE = rx(String.raw`^\s*(?:please\s+)?(?:bring|print|show|keep|wear|fill|send|upload|sign|book|call|remove|return|check|arrive|pay|use|have|take|do|must bring)\b`);
const SANCTION = rx(String.raw`^\s*(?:no\s+\w+(?:\s+\w+)?\s*,?\s*no\s+\w+|without\b)`);

/** The sentences just before and just after sentence k. */
const beside = (ss: Span[], k: number): Span[] => [...ss.slice(Math.max(0, k - 1), k), ...ss.slice(k + 1, k + 2)];

function crossPolicy(t: string): Span[] {
  const ss = sentences(t);
  return ss.filter(([a, b], k) => POLICY_SENT.test(t.slice(a, b)) && beside(ss, k).some(([x, y]) => REFUSAL.test(t.slice(x, y))));
}

function crossImperative(t: string): Span[] {
  const ss = sentences(t);
  return ss.filter(([a, b], k) => IMPERATIVE.test(t.slice(a, b)) && beside(ss, k).some(([x, y]) => SANCTION.test(t.slice(x, y))));
}

const pattern = (p: string): Frame => {
  const r = uRe(p, 'gi');
  return (t) => matchSpans(r, t);
};

const FRAMES: Record<string, Frame> = {
  // task 1: the cue one sentence away
  'policy sentence beside a refusal': crossPolicy,
  'bare imperative beside a sanction': crossImperative,
  // task 1: policy in forms the rules lack
  'policy closing its sentence ("…, that\'s gym policy")': pattern(String.raw`,\s*(?:that['’]?s|thats|it['’]?s|its)\s+(?:just\s+)?(?:\w+\s+)?(?:policy|the rules?|our rules?)(?:\s+here)?\b`),
  '"policy / terms say(s)"': pattern(String.raw`\b(?:policy|rules?|terms(?: and conditions)?|t&cs?)\s+(?:says?|states?)\b`),
  '"according (to) our … terms / policy"': pattern(String.raw`\baccording(?:\s+to)?\s+(?:our|the)\s+(?:\w+\s+){0,3}(?:terms|t&cs?|policy|rules|regulations?|conditions)\b`),
  '"that\'s (just) how X runs it"': pattern(String.raw`\bthat['’]?s\s+(?:just\s+)?how\s+(?:it|the \w+|we|they)\s+(?:works?|runs?(?: it)?|does it|goes)\b`),
  // task 2: dismissive
  '"relax / chill / calm down" opening a sentence': pattern(String.raw`(?:^|[.!?]\s+)\s*(?:relax|chill|calm down)\b`),
  '"it\'s only / just a …"': pattern(String.raw`\b(?:it['’]?s|its|it is)\s+(?:only|just)\s+(?:a|one|the|\d)`),
  '"don\'t stress / fret / panic"': pattern(String.raw`\bdon['’]?t\s+(?:stress|worry about it|panic|fret)\b`),
  '"obviously / obvs"': pattern(String.raw`\b(?:obvs|obviously|obv)\b`),
  '"simply"': pattern(String.raw`\bsimply\b`),
  '"just" before a verb of the customer': pattern(String.raw`\b(?:you|u)\s+just\s+(?:need|have|had|click|tap|press|go|log|read|check|follow)\b`),
  '"whatever works"': pattern(String.raw`\bwhatever works\b`),
  '"no offence (but)"': pattern(String.raw`\bno offen[cs]e\b`),
  // task 2: passive-aggressive
  '"as I said / as mentioned / as previously stated"': pattern(String.raw`\bas\s+(?:i|we)\s+(?:already\s+)?(?:said|told|mentioned|explained|stated)\b|\bas\s+(?:previously|already)\s+(?:mentioned|stated|explained)\b|\bas mentioned\b`),
  '"per my last (email / msg)"': pattern(String.raw`\bper my (?:last|previous)\b`),
  '"clearly stated / right there"': pattern(String.raw`\bclearly (?:stated|states|says|said|written|marked)\b|\bright there\b`),
  '"you should have"': pattern(String.raw`\b(?:you|u)\s+(?:should|shoulda|should['’]?ve)\s+(?:have\s+)?\w+`),
  '"if you (had / \'d) read …"': pattern(String.raw`\bif\s+(?:you|u)(?:['’]d| had| would| have)?\s+(?:read|looked|checked|had a (?:read|look))\b`),
  '"one more time / for the third time"': pattern(String.raw`\b(?:one more time|once again|for the (?:third|second|fourth|last) time|like \d+ times)\b`),
  'a closing 🙄': pattern('🙄'),
};

const ov = (a: number, b: number, s: number, e: number): boolean => a < e && s < b;

interface Tally { marked: number; new: number; wrong: number; gainItems: Set<string | number>; neuItems: Set<string | number>; show: Array<Array<string | number>> }

function tally(frame: Frame): Map<string, Tally> {
  const per = new Map<string, Tally>();
  for (const r of rows) {
    const t = r.text;
    const ms = frame(t);
    if (!ms.length) continue;
    if (!per.has(r.split)) per.set(r.split, { marked: 0, new: 0, wrong: 0, gainItems: new Set(), neuItems: new Set(), show: [] });
    const p = per.get(r.split)!;
    if (r.label === 'neutral') {
      p.wrong += ms.length;
      if (!r.flagged) p.neuItems.add(r.id);
      p.show.push(['NEUTRAL', r.id, head(t, 150)]);
      continue;
    }
    const hitAfter = [...r.spanHit];
    for (const [a, b] of ms) {
      const idx = r.spans.flatMap(([s, e], i) => (ov(a, b, s, e) ? [i] : []));
      if (!idx.length) {
        p.wrong += 1;
        p.show.push(['UNMARKED', r.id, head(t, 150)]);
        continue;
      }
      p.marked += 1;
      if (idx.some((i) => !r.spanHit[i])) {
        p.new += 1;
        p.show.push(['NEW', r.id, head(t, 150)]);
      }
      for (const i of idx) hitAfter[i] = true;
    }
    if (!r.caught && hitAfter.every(Boolean)) p.gainItems.add(r.id);
  }
  return per;
}

/** The splits in the order the dump first names them. */
const splits = [...new Set(rows.map((r) => r.split))];
const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
console.log(`${padEnd('frame', 58)} ${padStart('marked', 6)} ${padStart('new', 4)} ${padStart('wrong', 5)} ${padStart('new in splits', 13)} ${padStart('kept folds', 10)} ${padStart('held-out items +', 16)} ${padStart('neutrals +', 10)}`);
for (const [name, frame] of Object.entries(FRAMES)) {
  const per = tally(frame);
  const ps = [...per.values()];
  const tot = { marked: sum(ps.map((p) => p.marked)), new: sum(ps.map((p) => p.new)), wrong: sum(ps.map((p) => p.wrong)) };
  let kept = 0, gain = 0, neu = 0;
  for (const s of splits) {
    const others = [...per].filter(([o]) => o !== s).map(([, p]) => p);
    const oMarked = sum(others.map((p) => p.marked));
    const oWrong = sum(others.map((p) => p.wrong));
    const oNewSplits = others.filter((p) => p.new).length;
    if (oNewSplits >= 2 && oWrong * 3 <= oMarked) {
      kept += 1;
      gain += per.get(s)?.gainItems.size ?? 0;
      neu += per.get(s)?.neuItems.size ?? 0;
    }
  }
  console.log(`${padEnd(head(name, 58), 58)} ${padStart(tot.marked, 6)} ${padStart(tot.new, 4)} ${padStart(tot.wrong, 5)} ${padStart(ps.filter((p) => p.new).length, 13)} ${padStart(kept, 4)}/${padEnd(splits.length, 5)} ${padStart(gain, 16)} ${padStart(neu, 10)}`);
  if (process.argv.includes('--show')) {
    for (const [s, p] of per) for (const x of p.show) console.log(['     ', s, ...x].map(cell).join(' '));
  }
}
