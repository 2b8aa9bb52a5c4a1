/**
 * Look-alike matrix of the learnt English reader's gates by kind (mlen29, lib/rewrite/learnt/neg.en.ts `gated`): for each
 * kind, sentences in other trades, spellings and registers that must get no learnt advice of that kind (`neg`), and close
 * negatives the engine with the reader on must still flag over the words in [[ ]] (`pos`: by a rule or by the reader).
 * Written from the constructions, not from any split's sentence.
 *
 *   npx tsx scripts/en-learnt-gates29-matrix.ts        per kind: negatives caught, look-alikes flagged by the reader, failures
 * Exported for tests/unit/rewrite/learnt-en-gates29.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { parseMarked } from '../tests/bench/rewrite-quality.ts';

export interface Gate29 {
  kind: string;
  /** Must be flagged (rules or reader) over the words in [[ ]]. */
  pos: readonly string[];
  /** Must get no learnt advice. */
  neg: readonly string[];
}

export const GATES29: readonly Gate29[] = [
  {
    // Handing the request on, said by the agent who did it, or owning a wrong routing: what was done, not a brush-off.
    kind: 'handed-on',
    neg: [
      "That's a plumbing question rather than a heating one, so I've passed it to our plumber, Dev.",
      'It is a payroll matter, not an IT one, so we have forwarded your email to the payroll office.',
      "thats one for the lettings side, ive sent it over to them and they'll ring you",
      'Your parcel query is really for the courier, so I have raised it with them directly.',
      'We routed your booking to the wrong branch, my mistake, it is with Leeds now.',
      'Sorry, I put your claim in the wrong queue this morning, that one is on me.',
      'Apologies, your ticket was assigned to the wrong team by mistake.',
      "Your form got moved to the wrong desk, sorry, I've fixed that now.",
    ],
    pos: [
      "[[That's not my department]], you'll need to ring the accounts team.",
      '[[Not my area]] I am afraid, the kennel staff handle feeding times.',
      "[[thats not my department]] mate, try the parts counter",
    ],
  },
  {
    // "do our best to help / assist / resolve" offers help as such; "I did my best", "we always do our best" tell what was
    // or is done. A hedged result ("do my best to get it to you by Friday") stays the reader's.
    kind: 'best-help',
    neg: [
      "We'll do our best to help you with the move.",
      'I will do my best to assist with anything else you need for the trip.',
      "we'll do our best to answer every question on the call",
      'I did my best to match the paint colour on the sample.',
      'Our groomers always do their best to keep the dogs calm.',
      'We always do our best to keep the studio warm in winter.',
      "I'll do my very best to support you through the claim.",
    ],
    pos: [],
  },
  {
    // "relax" as a permission or a purpose, not an order.
    kind: 'relax-permission',
    neg: [
      "You can relax now, the deposit's back in your account.",
      'The spa day is designed to help you relax after the race.',
      'u can finally relax, the visa came through this morning',
      "Now you can relax, your boiler's booked for Monday.",
      'The quiet carriage lets you relax on the way home.',
    ],
    pos: ['[[Relax]], your booking is still on the system.', '[[relax]] mate, the parcel will turn up'],
  },
];

export interface Gate29Result {
  kind: string;
  /** Negatives not flagged over their marked words. */
  missed: string[];
  /** Look-alikes the reader flagged, with the flags. */
  fired: string[];
  pos: number;
  neg: number;
}

const run = (text: string) => {
  const exclude = draftNotOwnRanges(text);
  return suggestRewrites(text, builtinPacks, { ...(exclude.length ? { exclude } : {}), learnt: true, cache: false });
};

/** Each kind's results through the engine with the learnt reader on (its weights must be loaded: loadNegEnModel). */
export function runGates29(kinds: readonly Gate29[] = GATES29): Gate29Result[] {
  return kinds.map((k) => {
    const missed = k.pos.filter((m) => {
      const { text, spans } = parseMarked(m);
      const list = run(text);
      return !spans.every(([a, b]) => list.some((s) => s.flagged.start < b && a < s.flagged.end));
    });
    const fired = k.neg.flatMap((t) => {
      const l = run(t).filter((s) => s.ruleId.startsWith('learnt-'));
      return l.length ? [`${t}  ${l.map((s) => `${s.ruleId}:"${t.slice(s.flagged.start, s.flagged.end)}"`).join(' ')}`] : [];
    });
    return { kind: k.kind, missed, fired, pos: k.pos.length, neg: k.neg.length };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await loadNegEnModel();
  for (const r of runGates29()) {
    console.log(`${r.kind}: negatives caught ${r.pos - r.missed.length}/${r.pos}, look-alikes with learnt advice ${r.fired.length}/${r.neg}`);
    for (const m of r.missed) console.log(`   MISSED ${m}`);
    for (const f of r.fired) console.log(`   FIRED  ${f}`);
  }
}
