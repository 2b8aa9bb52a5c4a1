// @vitest-environment node
/**
 * Not knowing the customer's own choice is asking, not a gap in what the agent should know ("I'm not sure which colour
 * you'd prefer, so I've reserved both"): none of the three readers of not knowing (en-core i-dont-know-*, en-core-more
 * not-knowing-wh / not-knowing, the generic reader) flags it, while not knowing a fact still flags, and so does "what
 * you'd like me to say" (the agent's exasperation, not a question about a preference).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const flagged = (t: string) => suggestRewrites(t, builtinPacks, { cache: false }).filter((s) => s.category === 'uncertainty');

const PREFERENCE = [
  "I'm not sure which colour you'd prefer, so I've reserved both for you to choose from.",
  "I wasn't sure which date works best for you, so I've held Friday and Saturday.",
  "I'm not sure whether you'd prefer a refund or a replacement, so just let me know.",
  "I don't know what you'd prefer, so I've attached both options.",
  "We weren't sure which size would suit you, so both are in the parcel.",
  'Im not sure which room you would like, both are free that night.',
  "I'm not sure if you would rather wait for the new stock or take the grey one now.",
];
const FACT = [
  "I'm not sure which plan includes it.",
  "I don't know which courier has your parcel.",
  "I'm not sure if the part is in stock.",
  "I'm not sure what the engineer found.",
  "I don't know what you'd like me to say.",
];

describe('not knowing the customer\'s preference is asking', () => {
  for (const t of PREFERENCE) it(`silent: ${t}`, () => expect(flagged(t).map((s) => s.ruleId)).toEqual([]));
  for (const t of FACT) it(`flags: ${t}`, () => expect(flagged(t).length).toBeGreaterThan(0));
});
