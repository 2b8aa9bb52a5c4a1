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
 * - **ironic praise standing alone beside a fault the older readers' words do not name** ("… then rejects it for not
 *   containing a special character. Genuinely impressive work.", "Lovely. My plan includes a router that reboots itself
 *   every hour."): a sentence that is only praise (one praise word, a stress word or "work", "stuff", "service"), right
 *   after a sentence that tells a fault (a working verb negated, or a fault's doing: rejects, reboots, logged out, lost),
 *   or opening the message before one. Not with thanks, "but", "though" or "also" anywhere (an acknowledgement), a fix
 *   the company made, a fault of one's own, supposed or asked, a bare "Great." or "Perfect." answering, or a visit
 *   ("dropped off the parcel").
 *
 * Narrowed (calm, for the older sarcasm readers of ./frustration.ts and ./frustration.kinds23.ts):
 * - {@link praiseOfFix28}: praise after a fix told after the fault ("… stopped working on Monday and your engineer fixed
 *   it the same afternoon. Brilliant service.", "… lost my parcel, but the team sent a replacement. Brilliant work."). Not a
 *   fix in quotes, the customer's own or asked for, nor one followed by the fault again ("fixed it and now it leaks").
 * - {@link praiseAsked28}: praise in a question ("Is the new model really impressive?").
 *
 * English only. Cheap: each reading opens on a text gate ("now" / "immediately", a praise word), then one scan of the tokens.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

/** Whether the sentence of token i ends in a question mark. */
function asked(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const [, e] = unitRange(t, i, 'sentence');
  return /^[^\p{L}\p{N}\n]*\?/u.test(ctx.doc.text.slice(t[e - 1].end, t[e - 1].end + 4));
}

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
  for (let i = 0; i < t.length; i++) {
    const d = demandNowAt(ctx, t, i);
    if (!d) continue;
    if (shouted(ctx.doc.text) || strangerDid(t)) return null;
    const f = companyFault(t, d[0]);
    if (!f) return null;
    // "What do I do RIGHT NOW?": the question whole, not a bare "do".
    let from = d[0];
    if (t[from].key === 'do') for (let j = from - 1; j >= 0 && j >= from - 3 && t[j].sentence === t[from].sentence; j--) if (t[j].key === 'what' || t[j].key === 'how') from = j;
    return [ctx.ev({ start: t[f[0]].start, end: t[f[1]].end }, 'tone.why.failure'), ctx.ev({ start: t[from].start, end: t[d[1]].end }, 'tone.why.demandNow')];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Ironic praise standing alone beside a fault the older readers' words do not name

/** Praise that may stand as a sentence of its own ("Genuinely impressive work.", "Superb.", "Well, that's useful."). */
const PRAISE = new Set([
  'lovely', 'superb', 'brilliant', 'fantastic', 'wonderful', 'amazing', 'impressive', 'marvellous', 'marvelous', 'excellent', 'great', 'terrific',
  'splendid', 'stellar', 'outstanding', 'useful', 'helpful', 'reassuring', 'informative', 'perfect', 'fab', 'fabulous', 'smashing', 'cracking',
]);
/** Words the praise sentence may hold besides its praise word. */
const PRAISE_WITH = new Set([
  'so', 'really', 'genuinely', 'truly', 'very', 'just', 'absolutely', 'simply', 'oh', 'well', 'what', 'a', 'an', 'the', 'that', 'that\'s', 'thats', 'is',
  's', 'it', 'work', 'job', 'stuff', 'effort', 'service', 'value', 'guys', 'team', 'there', 'as', 'always', 'usual', 'ever', 'again', 'how', 'once',
  'most', 'quite', 'incredibly', 'deeply', 'hugely', 'top', 'notch', 'quality', 'engineering', 'design', 'planning', 'thinking', 'customer', 'care',
]);
const PRAISE_GATE = textGate([...PRAISE]);
/** Verbs of a thing working or coming, a fault when negated ("won't load", "never arrived", "doesn't respond"). */
const WORKS = new Set([
  'work', 'works', 'working', 'worked', 'arrive', 'arrived', 'come', 'came', 'load', 'loads', 'loaded', 'loading', 'open', 'opens', 'respond', 'responds',
  'responded', 'connect', 'connects', 'connected', 'start', 'starts', 'started', 'turn', 'turns', 'show', 'shows', 'showed', 'shown', 'fit', 'fits', 'sync',
  'syncs', 'synced', 'answer', 'answered', 'reply', 'replied', 'move', 'moved', 'ship', 'shipped', 'charge', 'charges', 'save', 'saved', 'print', 'printed',
  'boot', 'boots', 'heat', 'heats', 'cool', 'cools', 'drain', 'drains', 'flush', 'flushes', 'lock', 'locks', 'close', 'closes', 'stamped', 'fixed', 'explain', 'explains',
]);
/** Doings of a fault in the present or past ("rejects it", "reboots itself", "logged me out", "lost 900 words"). */
const FAULT_DOING = new Set([
  'rejects', 'rejected', 'refuses', 'refused', 'reboots', 'rebooted', 'crashes', 'crashed', 'freezes', 'froze', 'frozen', 'deletes', 'deleted', 'wipes', 'wiped',
  'lost', 'loses', 'logged', 'logs', 'drops', 'dropped', 'cancels', 'cancelled', 'canceled', 'overcharged', 'charged', 'broke', 'broken', 'failed', 'fails',
  'died', 'dies', 'stopped', 'stops', 'leaks', 'leaked', 'leaking', 'cropped', 'misprinted', 'misspelt', 'misspelled', 'wrong', 'missing', 'late', 'cut',
  'stuck', 'ignored', 'ignores', 'declined', 'declines', 'blocked', 'blocks', 'locked', 'jammed', 'jams', 'printed', 'turn', 'turns', 'below',
]);
/** Words that turn to a new matter or put a fault right: the praise is then an acknowledgement. */
const TURNED = new Set(['but', 'though', 'however', 'also', 'btw', 'anyway', 'separately', 'meanwhile', 'thanks', 'thank', 'cheers', 'appreciate', 'grateful']);

/** A sentence [a, b) that is only praise, with one praise word: the praise token, or -1. */
function praiseOnly(t: readonly Tok[], a: number, b: number): number {
  if (b - a > 5) return -1;
  let at = -1;
  for (let j = a; j < b; j++) {
    const k = t[j].key;
    if (t[j].neg || t[j].negated) return -1;
    if (PRAISE.has(k) && at < 0) at = j;
    else if (!PRAISE_WITH.has(k)) return -1;
  }
  // "Great." alone answers a message ("Great. Could you …"): only with a word that stresses it, or with "work", "job" …
  if (at >= 0 && b - a === 1 && (t[at].key === 'great' || t[at].key === 'perfect')) return -1;
  return at;
}

/** A fault told at token i: a working verb negated, a fault's doing not negated nor asked nor supposed. */
function faultAt(t: readonly Tok[], i: number): boolean {
  const x = t[i];
  if (WORKS.has(x.key) && x.negated) return true;
  if (!FAULT_DOING.has(x.key) || x.negated || x.neg) return false;
  // "turn on by themselves", "printed in full", "below the minimum": only with their words.
  if (x.key === 'turn' || x.key === 'turns') return t[i + 1]?.key === 'on' && t[i + 2]?.key === 'by' && /^(?:themselves|itself)$/.test(t[i + 3]?.key ?? '');
  if (x.key === 'printed') return t[i + 1]?.key === 'in' && t[i + 2]?.key === 'full';
  if (x.key === 'below') return t[i + 1]?.key === 'the' && /^(?:minimum|limit|line)$/.test(t[i + 2]?.key ?? '');
  if (x.key === 'cut' || x.key === 'logged' || x.key === 'logs') return /^(?:off|out)$/.test(t[i + 1]?.key ?? '') || /^(?:off|out)$/.test(t[i + 2]?.key ?? '');
  // "dropped off the parcel", "dropped in", "stopped by": the particle makes a visit or a delivery.
  if (/^(?:off|in|by|round|over)$/.test(t[i + 1]?.key ?? '')) return false;
  // One's own doing ("I dropped it", "we lost the receipt") or a condition.
  for (let j = i - 1; j >= 0 && j >= i - 4 && t[j].clause === x.clause; j--) {
    if (OWN.has(t[j].key) && x.key !== 'stuck' && x.key !== 'late') return false;
    if (/^(?:if|unless|whether|would|might|could|may|in case)$/.test(t[j].key)) return false;
  }
  return true;
}

/** The sentence of token range [a, b) holds a turn to a new matter, thanks or a fault put right. */
function turned(t: readonly Tok[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (TURNED.has(t[j].key)) return true;
  return false;
}

/** "… then rejects it for not containing one. Genuinely impressive work.", "Superb. A brand new fridge that doesn't cool.". */
function readIronicPraise(ctx: CueContext, t: readonly Tok[]): Evidence[] | null {
  for (let i = 0; i < t.length; i++) {
    // Sentence starts only, and only short sentences (praise alone is five words at most): no range is read for the others.
    if (i > 0 && t[i - 1].sentence === t[i].sentence) continue;
    let b = i + 1;
    while (b < t.length && t[b].sentence === t[i].sentence && b - i <= 5) b++;
    if (b - i > 5) continue;
    const a = i;
    const at = praiseOnly(t, a, b);
    if (at < 0 || asked(ctx, t, a) || fixedAny(ctx, t)) continue;
    // A fault before the praise, in the sentence just before it; or the praise opens the message and the next sentence tells one.
    let fault = -1;
    if (a > 0) {
      const [pa] = unitRange(t, a - 1, 'sentence');
      if (!turned(t, pa, a)) for (let j = pa; j < a && fault < 0; j++) if (faultAt(t, j)) fault = j;
    }
    if (fault < 0 && a === 0 && b < t.length) {
      const [, nb] = unitRange(t, b, 'sentence');
      if (!turned(t, b, nb)) for (let j = b; j < nb && fault < 0; j++) if (faultAt(t, j)) fault = j;
    }
    if (fault < 0) continue;
    // Thanks or a turn anywhere in the message make the praise sincere ("Brilliant work, thank you so much.").
    if (turned(t, 0, t.length)) return null;
    return [ctx.ev({ start: t[a].start, end: t[b - 1].end }, 'tone.why.sarcasm'), ctx.ev({ start: t[fault].start, end: t[fault].end }, 'tone.why.sarcasm')];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Narrowed (calm, for the older sarcasm reader of ./frustration.ts): praise of a fix told after the fault, praise asked

/** Verbs of the company putting the fault right. */
const FIX = /^(?:sorted|fixed|repaired|replaced|resolved|solved|mended|rescued|rebooked|refunded|recovered|restored|reconnected|unblocked|reinstated|swapped|rerouted|redelivered|reissued|reset|credited)$/;
/** Words after the fix that tell the fault back or a new one ("fixed it and now it leaks", "replaced it but …"). */
const AFTER_FIX = /^(?:now|but|still|yet|again|however|since|afterwards|until|only|except|though|although)$/;

/**
 * "The heater stopped working on Monday and your engineer fixed it the same afternoon. Brilliant service.": the praise
 * follows a fix told after the fault, so it praises the fix. Not a fix in quotes, negated, supposed, or followed by the
 * fault again ("fixed it and now it leaks", "'fixed' it twice. Brilliant.").
 */
export function praiseOfFix28(ctx: CueContext, p: { from: number }, f: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  if (t[p.from].fa || f.to > p.from) return false;
  let fix = -1;
  for (let k = f.to; k < p.from; k++) {
    if (fix < 0) {
      // "sent a new one", "sent a replacement": a fix by another verb.
      const sentNew = (t[k].key === 'sent' || t[k].key === 'delivered') && (/^(?:replacement|new)$/.test(t[k + 1]?.key ?? '') || /^(?:replacement|new)$/.test(t[k + 2]?.key ?? ''));
      if (!FIX.test(t[k].key) && !sentNew) continue;
      if (t[k].neg || t[k].negated || /^(?:not|never|nt|no|the|a|an|your|this|that|my|our)$/.test(t[k - 1]?.key ?? '') || /['"\u2018\u201c]$/.test(ctx.doc.text.slice(Math.max(0, t[k].start - 1), t[k].start))) return false;
      for (let j = k - 1; j >= 0 && j >= k - 4 && t[j].sentence === t[k].sentence; j--) if (/^(?:if|when|once|until|unless|hasnt|havent|has|have|be|been|get|gets|would|could|should|supposed)$/.test(t[j].key)) return false;
      if (notCompanyFix(t, k)) return false;
      fix = k;
      continue;
    }
    if (AFTER_FIX.test(t[k].key) || t[k].neg) return false;
  }
  return fix >= 0;
}

/** The customer's own fix ("in the end I repaired it myself", "we sorted it ourselves") or one asked for ("can someone reset it"): no fix by the company. */
function notCompanyFix(t: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4 && t[j].clause === t[k].clause; j--) {
    if (t[j].key === 'i' || t[j].key === 'we') return true;
    // Asked for, not done: "can someone just reset my account", "please get it replaced", "need it fixed".
    if (/^(?:can|could|please|pls|just|to|will|ll|would|need|needs|want|wants|must|get|got)$/.test(t[j].key)) return true;
  }
  for (let j = k + 1; j < t.length && j <= k + 4 && t[j].clause === t[k].clause; j++) if (t[j].key === 'myself' || t[j].key === 'ourselves') return true;
  return false;
}

/** A fix told anywhere in the message, not negated, supposed nor in quotes ("you replaced it the same day"). */
function fixedAny(ctx: CueContext, t: readonly Tok[]): boolean {
  for (let k = 0; k < t.length; k++) {
    if (!FIX.test(t[k].key) || t[k].neg || t[k].negated || t[k].fa) continue;
    if (/^(?:not|never|nt|no|the|a|an|your|this|that|my|our|if|when|once|until|unless|be|been|get|gets)$/.test(t[k - 1]?.key ?? '') || /['"\u2018\u201c]$/.test(ctx.doc.text.slice(Math.max(0, t[k].start - 1), t[k].start))) continue;
    if (notCompanyFix(t, k)) continue;
    return true;
  }
  return false;
}

/** Praise in a question ("Is the new model really impressive?"): a question, not a comment on a fault. */
export function praiseAsked28(ctx: CueContext, p: { from: number }): boolean {
  const t = ctx.doc.tokens;
  return !t[p.from].fa && asked(ctx, t, p.from);
}

// ---------------------------------------------------------------------------------------------------------------------

/** Session 28's English readings. Words another reader already showed are not counted twice. */
/** readKinds28's gate (perftone32): it reads nothing unless one of these opens. */
export const KINDS28_GATE = gateOf('readKinds28', { text: [NOW_GATE, PRAISE_GATE] });

export function readKinds28(ctx: CueContext, already: readonly (readonly Evidence[])[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty) return out;
  const nowGate = opens(ctx.low, NOW_GATE);
  const praiseGate = opens(ctx.low, PRAISE_GATE);
  if (!nowGate && !praiseGate) return out;
  const t = ctx.doc.tokens;
  const covered = (e: Evidence) => already.some((list) => list.some((x) => x.start <= e.start && e.end <= x.end));
  const now = nowGate ? readDemandNow(ctx, t) : null;
  if (now && !covered(now[1])) {
    out.score += 1.2;
    out.evidence.push(...now.filter((e) => !covered(e)));
  }
  // Ironic praise: sarcasm or ironic quotes another reader already read on other words are topped up, not counted twice.
  const ironic = praiseGate ? readIronicPraise(ctx, t) : null;
  const overlaps = (e: Evidence) => already.some((list) => list.some((x) => x.start < e.end && e.start < x.end));
  if (ironic && !overlaps(ironic[0])) {
    out.score += already.some((list) => list.some((x) => x.why === 'tone.why.sarcasm' || x.why === 'tone.why.irony')) ? 0.6 : 1.2;
    out.evidence.push(...ironic.filter((e) => !overlaps(e)));
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
