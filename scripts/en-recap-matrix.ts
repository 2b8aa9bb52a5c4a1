/**
 * Matrix of recap openers that count the repetition (en-core-more's `recap-repeated`, `future-reference-opener`): every
 * form of "as I have (now) mentioned twice", "as mentioned several times", "as previously stated in this thread", "(just)
 * to reiterate (once more)" and "For future reference," before a statement must become the plain recap (or lose the
 * opener); the look-alikes (the customer's words, a fact about a third party, "reiterate that …", "for future reference"
 * inside a sentence) must keep no such rewrite.
 *
 *   npx tsx scripts/en-recap-matrix.ts
 * Exported for tests/unit/rewrite/recap-repeated.test.ts. Written from how agents repeat themselves, not from any split.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';

export const OPENERS = [
  'As I have now mentioned twice', "As I've already said several times", 'As I have explained more than once', 'As mentioned several times',
  'As stated twice', 'As explained a few times', 'As previously stated in this thread', 'As already mentioned in my last email',
  'Just to reiterate once more', 'To reiterate again', 'Let me reiterate once again', 'as I have mentioned repeatedly',
];
export const FACTS = ['your day pass expires at midnight.', 'the collection day changed to Wednesday.', 'the deposit is non-refundable.', 'the slot is between 7am and 7pm.'];
export const LOOKALIKES = [
  'As you mentioned twice, the box was damaged.',
  "I've mentioned it to the warehouse twice and they are on it.",
  'I want to reiterate that we value your custom.',
  'Please keep this email for future reference, thanks.',
  "I've saved your size for future reference, so next time it's quicker.",
  'As mentioned in our terms, refunds take five days.',
  'The engineer stated twice that the part was fine.',
];

export interface Item { family: string; text: string; want: boolean }
export function buildMatrix(): Item[] {
  const out: Item[] = [];
  for (const o of OPENERS) for (const f of FACTS) out.push({ family: 'counted recap', text: `${o}, ${f}`, want: true });
  for (const f of FACTS) out.push({ family: 'for future reference', text: `For future reference, ${f}`, want: true });
  for (const t of LOOKALIKES) out.push({ family: 'look-alike', text: t, want: false });
  return out;
}
/** Apply all's text: the opener gone or "Just to recap, …", and the fact after it as written. */
export function rewritten(item: Item): boolean {
  const after = applyAll(item.text, suggestRewrites(item.text, builtinPacks, { cache: false }));
  if (!item.want) return /just to recap/i.test(after) && !/just to recap/i.test(item.text);
  const fact = item.text.slice(item.text.indexOf(', ') + 2);
  // (Another rule may still act on the fact itself: "non-refundable" gets its own template.)
  const head = fact.slice(0, -1);
  return after.startsWith(`Just to recap, ${head}`) || after.startsWith(fact[0].toUpperCase() + head.slice(1));
}

if (process.argv[1]?.endsWith('en-recap-matrix.ts')) {
  const tally = new Map<string, { n: number; right: number; wrong: string[] }>();
  for (const item of buildMatrix()) {
    const t = tally.get(item.family) ?? { n: 0, right: 0, wrong: [] };
    t.n++;
    if (rewritten(item) === item.want) t.right++;
    else if (t.wrong.length < 6) t.wrong.push(`${item.text} -> ${applyAll(item.text, suggestRewrites(item.text, builtinPacks, { cache: false }))}`);
    tally.set(item.family, t);
  }
  for (const [f, t] of tally) {
    console.log(`${f.padEnd(22)} ${t.right}/${t.n}`);
    for (const w of t.wrong) console.log(`    ${w}`);
  }
}
