/**
 * English pack matches whose trigger words stand in a warm or neutral construction, read by kind (issue 12, false flags
 * on neutral sentences; the fifteenth session's near15 split). Like protective.en.ts, a candidate read here is dropped
 * before any suggestion is chosen: no flag, no advice. Each kind names the general condition that separates it from the
 * negative the rule was written for:
 *
 * - **an appreciation idiom** ("you have to love a customer who …", "you've gotta hand it to your team", "you must admire
 *   the view"): "you have to" before a verb of liking or praise is an exclamation, not an order. "You have to
 *   understand / accept / appreciate that …" stays a command;
 * - **praise after a candour opener** ("honestly, great question", "Frankly, what a lovely idea", "To be honest, you
 *   made a brilliant choice"): the opener only intensifies the compliment. "To be honest, the blue one is more
 *   popular" stays flagged;
 * - **mock regret about our own side** ("Sadly for me, you've picked my favourite pizza", "Unfortunately for our sales
 *   team, the cheaper plan is the better fit"): the regret falls on the agent or the company, so the customer hears a
 *   joke in their favour. "Unfortunately for you, …" and a bare "Unfortunately, …" stay flagged.
 */

/** A pack candidate as this reader needs it: draft offsets of the match, and where its sentence starts. */
export interface NeutralCandidate {
  start: number;
  end: number;
  sentenceStart: number;
}

function sentenceEnd(draft: string, at: number): number {
  const m = /[.!?\n]/.exec(draft.slice(at, at + 300));
  return m ? at + m.index + 1 : Math.min(draft.length, at + 300);
}

/** "you have to love", "you've gotta hand it to", "you must admire": liking or praise, said as an exclamation. */
const APPRECIATION_IDIOM =
  /^you\s*(?:['’]ve\s+)?(?:have to|gotta|got to|must|just have to|(?:['’]ve|have) got to)\s+(?:just\s+|really\s+)?(?:love|adore|admire|hand it to|give it to|take your hat off to|tip (?:your|my|our) hat to)\b/i;

/** The praise a candour opener intensifies: "great question", "what a lovely idea", "you made a brilliant choice". */
const PRAISE_AFTER =
  /^\s*(?:(?:that['’]?s|that is|this is|it['’]?s|it is|you(?:['’]ve| have)?\s+(?:made|picked|chosen|asked|found|got)|what)\s+)?(?:a\s+|an\s+|such a\s+|such an\s+)?(?:really\s+|very\s+|truly\s+)?(?:great|good|lovely|brilliant|excellent|fantastic|amazing|awesome|wonderful|smart|clever|fair|superb|perfect|spot-on)\s+(?:question|choice|idea|pick|call|spot|catch|point|shout|thought|find|suggestion|plan|taste|eye)s?\b/i;
const CANDOUR_OPENER = /^(?:to be (?:perfectly |completely |totally )?(?:honest|frank|fair)(?: with you)?|honestly|frankly|truthfully|to tell you the truth|truth be told|if i['’]m (?:being )?honest|tbh)\s*[,!:–—-]\s*/i;

/** "Sadly for me", "Unfortunately for our sales team", "regrettably for us": the regret falls on our side. */
const REGRET_ON_US =
  /^(?:sadly|unfortunately|regrettably|regretfully|alas)\s+for\s+(?:me|us|myself|ourselves|my\s+\w+|our\s+\w+(?:\s+(?:team|department|staff|budget|accountants?|manager))?|the\s+(?:sales|marketing|accounts|finance)\s+(?:team|department)|the\s+(?:team|company|shop|store|business))\b/i;
const REGRET_WORD = /^(?:sadly|unfortunately|regrettably|regretfully|alas)\b/i;

/** Why an English pack candidate is neutral in its construction (the kind), or null. */
export function neutralReason(draft: string, c: NeutralCandidate, category: string): string | null {
  const match = draft.slice(c.start, c.end);
  if (category === 'commands') {
    return APPRECIATION_IDIOM.test(match.trim()) ? 'neutral:appreciation-idiom' : null;
  }
  if (category === 'other') {
    const se = Math.max(sentenceEnd(draft, c.end), c.end);
    const m = CANDOUR_OPENER.exec(draft.slice(c.start, se));
    return m && PRAISE_AFTER.test(draft.slice(c.start + m[0].length, se)) ? 'neutral:praise-after-candour' : null;
  }
  if (category === 'negative-words') {
    const m = match.trim();
    if (!REGRET_WORD.test(m)) return null;
    const se = Math.max(sentenceEnd(draft, c.end), c.end);
    const from = draft.slice(c.start, se);
    return REGRET_ON_US.test(from) ? 'neutral:regret-on-us' : null;
  }
  return null;
}
