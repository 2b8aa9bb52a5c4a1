/**
 * Frustration, session 28 (toneen28), English. Kinds pooled over the fresh splits late20 … late27 and kept only where
 * they recur in three splits or more; each tried on a look-alike set written across trades (scripts/tone-kinds28-matrix.ts,
 * run by tests/unit/tone/kinds28.test.ts), never on a development sentence's nouns.
 *
 * - **a demand in capitals to put right at once what the company itself did** ("your app has cancelled my reservation …
 *   Can you restore it NOW please", "Your firmware update has locked us out … What do I do RIGHT NOW?", "my card was
 *   charged 11 times … please reverse these NOW"): a capitalised NOW / RIGHT NOW / IMMEDIATELY closing a demand, in
 *   lower-case words that tell a fault of the company ("your <thing> … cancelled / locked / charged / drilled …", "you
 *   cancelled …", "charged N times"). Not the same plea after a stranger's doing (an account taken over, a card stolen:
 *   the fresh splits read those as urgency, not anger), nor a shouting message whose every word is in capitals, nor "NOW"
 *   telling a state ("it NOW says …", "until NOW"), nor a fault undone or one's own.
 *
 * English only. Cheap: opens on a text gate for "now" / "immediately", then one scan of the tokens.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { readingSteps } from './frustration.kinds26.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---------------------------------------------------------------------------------------------------------------------
// A demand in capitals to put right at once what the company did

const NOW_GATE = textGate(['now', 'immediately']);
/** Words of a demand before the capitalised NOW in its sentence. */
const DEMAND = new Set([
  'need', 'needs', 'want', 'please', 'pls', 'plz', 'can', 'could', 'do', 'fix', 'reverse', 'restore', 'refund', 'unfreeze', 'unlock', 'unblock',
  'stop', 'cancel', 'send', 'call', 'sort', 'release', 'give', 'pay', 'get', 'put', 'return', 'reinstate', 'reconnect', 'remove', 'undo', 'rebook',
  'replace', 'credit', 'correct', 'reactivate', 'lift', 'turn',
]);
/** Before NOW, these make it a time, not a demand ("until NOW", "for NOW", "as of NOW", "from NOW on"). */
const NOT_DEMAND_BEFORE = new Set(['until', 'till', 'for', 'of', 'from', 'by', 'just', 'even', 'only', 'and', 'but', 'right']);
/** What the company's people, systems or goods did to the customer. */
const FAULT = new Set([
  'cancelled', 'canceled', 'locked', 'charged', 'overcharged', 'double-charged', 'debited', 'billed', 'drilled', 'broke', 'broken', 'damaged',
  'deleted', 'wiped', 'lost', 'froze', 'frozen', 'blocked', 'suspended', 'disconnected', 'cut', 'bricked', 'flooded', 'smashed', 'ruined',
  'closed', 'declined', 'rejected', 'terminated', 'deactivated', 'removed', 'stranded', 'overbooked', 'double-booked', 'wrecked', 'burst',
  'cracked', 'snapped', 'ripped', 'dented', 'scratched', 'shattered', 'flattened', 'dropped',
]);
/** A stranger as the doer ("someone has logged into my account", "a scammer", "the thief"): not the company's fault. */
const STRANGER = new Set(['someone', 'somebody', 'hacker', 'hackers', 'scammer', 'scammers', 'fraudster', 'fraudsters', 'thief', 'thieves', 'stranger']);
const OWN = new Set(['i', 'we']);

/** The clause's capitalised "NOW" / "IMMEDIATELY" closing a demand: token span [demand word, NOW] or null. */
function demandNowAt(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  if (x.key !== 'now' && x.key !== 'immediately') return null;
  const raw = ctx.doc.text.slice(x.start, x.end);
  if (raw !== 'NOW' && raw !== 'IMMEDIATELY') return null;
  // "RIGHT NOW" is the demand whole; "right now" in lower case is not read here.
  let from = i;
  if (t[i - 1]?.key === 'right' && ctx.doc.text.slice(t[i - 1].start, t[i - 1].end) === 'RIGHT') from = i - 1;
  else if (NOT_DEMAND_BEFORE.has(t[i - 1]?.key ?? '')) return null;
  // It closes its clause ("… restore it NOW please", "… reverse these NOW"): "it NOW says" tells a state.
  const next = t[i + 1];
  if (next && next.sentence === x.sentence && next.clause === x.clause && next.key !== 'please' && next.key !== 'pls' && !/[,;:!?.\u2014-]/.test(ctx.doc.text.slice(x.end, next.start))) return null;
  const [a] = unitRange(t, i, 'sentence');
  for (let j = from - 1; j >= a && j >= from - 10; j--) {
    const k = t[j].key;
    // "Can you restore it NOW", not "Can I take it over NOW?" (asking leave).
    if ((k === 'can' || k === 'could') && !/^(?:you|u|someone|somebody|anyone|anybody|your)$/.test(t[j + 1]?.key ?? '')) continue;
    if (DEMAND.has(k)) return [j, i];
  }
  return null;
}

/** A fault the company did, told before token `before`: "your app has cancelled …", "you cancelled …", "charged 11 times". */
function companyFault(t: readonly Tok[], before: number): [number, number] | null {
  for (let i = 0; i < before; i++) {
    const k = t[i].key;
    // "Your engineer came today. He drilled through a pipe.": he, she or they right after a sentence about the company's people.
    const theirs = (k === 'he' || k === 'she' || k === 'they') && yourBefore(t, i);
    if (k === 'your' || k === 'you' || k === 'ur' || k === 'u' || theirs) {
      if (conditional(t, i)) continue;
      const reach = k === 'your' || k === 'ur' ? 8 : 3;
      for (let j = i + 1; j < before && j <= i + reach && t[j].sentence === t[i].sentence; j++) {
        if (OWN.has(t[j].key) || t[j].key === 'if' || t[j].key === 'when') break;
        // "dropped off the parcel", "cut in", "closed up": the particle makes another verb.
        if (FAULT.has(t[j].key) && !t[j].negated && !t[j].neg && !/^(?:off|in|by|round|up)$/.test(t[j + 1]?.key ?? '') && !asAsked(t, j)) return [i, j];
      }
    }
    // "my card was charged 11 times", "I've been charged twice".
    if (k === 'charged' || k === 'debited' || k === 'billed') {
      const n = t[i + 1]?.key ?? '';
      if (n === 'twice' || n === 'thrice' || (/^(?:\d+|three|four|five|six|seven|eight|nine|ten)$/.test(n) && t[i + 2]?.key === 'times')) return [i, n === 'twice' || n === 'thrice' ? i + 1 : i + 2];
    }
  }
  return null;
}

/** A condition or a supposition before token i in its sentence ("If your driver has lost it", "in case you cancelled"). */
function conditional(t: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6 && t[j].sentence === t[i].sentence; j--) if (/^(?:if|unless|whether|case|suppose|supposing|should|would|might)$/.test(t[j].key)) return true;
  return false;
}

/** The doing was the customer's own request: "cancelled my plan as I asked", "closed it like I requested". */
function asAsked(t: readonly Tok[], j: number): boolean {
  for (let k = j + 1; k < t.length && k <= j + 6 && t[k].sentence === t[j].sentence; k++) {
    if ((t[k].key === 'as' || t[k].key === 'like') && (t[k + 1]?.key === 'i' || t[k + 1]?.key === 'we') && /^(?:asked|requested|wanted|instructed|told|said)$/.test(t[k + 2]?.key ?? '')) return true;
  }
  return false;
}

/** "your" in the sentence before token i's sentence. */
function yourBefore(t: readonly Tok[], i: number): boolean {
  const s = t[i].sentence;
  let a = i - 1;
  while (a >= 0 && t[a].sentence >= s - 1) a--;
  // The sentence before opens with "Your …" (its subject), and the pronoun opens its own clause.
  return t[a + 1]?.sentence === s - 1 && t[a + 1].key === 'your' && t[i - 1]?.clause !== t[i].clause;
}

/** A stranger's doing told in the message ("someone has logged in", "a hacker changed …"). */
function strangerDid(t: readonly Tok[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if (!STRANGER.has(k)) continue;
    // "someone" asked for ("I need someone here NOW") is no doer: it is one when a doing follows ("someone has logged in").
    if (k !== 'someone' && k !== 'somebody') return true;
    const n = t[i + 1];
    if (n && (n.key === 'has' || n.key === 'had' || n.key === 'just' || n.key === 'else' || n.past || /ed$/.test(n.key))) return true;
  }
  return false;
}

/** Mostly capitals: a message shouted whole says nothing by one more capitalised word. */
function shouted(text: string): boolean {
  let up = 0;
  let low = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  return up > low * 0.5;
}

function readDemandNow(ctx: CueContext, t: readonly Tok[]): Evidence[] | null {
  if (shouted(ctx.doc.text)) return null;
  for (let i = 0; i < t.length; i++) {
    const d = demandNowAt(ctx, t, i);
    if (!d) continue;
    if (strangerDid(t)) return null;
    const f = companyFault(t, d[0]);
    if (!f) return null;
    return [ctx.ev({ start: t[f[0]].start, end: t[f[1]].end }, 'tone.why.failure'), ctx.ev({ start: t[d[0]].start, end: t[d[1]].end }, 'tone.why.demandNow')];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------

/** Session 28's English readings. Words another reader already showed are not counted twice. */
export function readKinds28(ctx: CueContext, already: readonly (readonly Evidence[])[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty) return out;
  if (!opens(ctx.low, NOW_GATE)) return out;
  const t = ctx.doc.tokens;
  const covered = (e: Evidence) => already.some((list) => list.some((x) => x.start <= e.start && e.end <= x.end));
  const { add } = readingSteps(ctx, t, out, covered);
  const now = readDemandNow(ctx, t);
  if (now && !covered(now[1])) {
    add(now[1], 1.2);
    if (!covered(now[0])) out.evidence.push(now[0]);
  }
  return out;
}

export const strings = {
  en: {
    'tone.why.demandNow': 'demands, in capitals, that the company put right at once what it did',
  },
  fa: {
    'tone.why.demandNow': 'با حروف درشت می‌خواهد شرکت همین حالا خرابی‌ای را که خودش به بار آورده درست کند',
  },
} as const;
