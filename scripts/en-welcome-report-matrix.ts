/**
 * Matrix of "no problem" after a customer's report of a fault (lib/rewrite/welcome-report.en.ts): the welcome rewrite
 * ("my pleasure", "of course,") must not be applied there; after a request done or a permission it still is.
 *
 *   npx tsx scripts/en-welcome-report-matrix.ts
 * Exported for tests/unit/rewrite/welcome-report.test.ts. Written from how agents answer, not from any split.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export const REPORTS = [
  'Thanks for flagging that the chicken arrived warm',
  'thanks for letting us know the lid was cracked',
  'Thank you for reporting the missing item',
  'Cheers for the heads-up about the wrong size',
  'Sorry to hear the sofa came damaged',
  'sorry the parcel never arrived',
  'Thanks for pointing out that you were charged twice',
  'Thank you for the photos of the stained rug',
];
export const FORMS = ['no problem at all', 'no problem', 'not a problem'];
export const GOING_ON = ["I'll pass it on to the team.", "I've sent a replacement today.", "we'll sort it."];
export const REQUESTS = [
  'You wanted the later slot',
  'Thanks for asking about the Friday delivery',
  'Happy to move it to Tuesday for you',
  'Thanks for getting back to me',
];

/** `rewrite`: the welcome is still offered, or the request done leaves the warm reply alone (protective.en.ts): never advice. */
export interface Item { family: string; text: string; want: 'advice' | 'rewrite' }

export const asWanted = (item: Item, k: string | null): boolean => (item.want === 'advice' ? k === 'advice' : k !== 'advice');

export function buildMatrix(): Item[] {
  const out: Item[] = [];
  for (const r of REPORTS) for (const f of FORMS) for (const g of GOING_ON) out.push({ family: 'after a report', text: `${r}, ${f}, ${g}`, want: 'advice' });
  for (const r of REQUESTS) for (const f of FORMS) out.push({ family: 'after a request', text: `${r}, ${f}, I've changed it.`, want: 'rewrite' });
  for (const f of FORMS) out.push({ family: 'alone', text: `${f[0].toUpperCase()}${f.slice(1)}, Sara, I've resent the link.`, want: 'rewrite' });
  return out;
}

/** The kind of the "no problem" suggestion, or null when none. */
export function kindOn(text: string): string | null {
  const s = suggestRewrites(text, builtinPacks, { cache: false }).find((x) => /^no-problem/.test(x.ruleId));
  return s ? (s.kind ?? (s.replacements.length ? 'rewrite' : 'advice')) : null;
}

if (process.argv[1]?.endsWith('en-welcome-report-matrix.ts')) {
  const tally = new Map<string, { n: number; right: number; wrong: string[] }>();
  for (const item of buildMatrix()) {
    const k = kindOn(item.text);
    const t = tally.get(item.family) ?? { n: 0, right: 0, wrong: [] };
    t.n++;
    if (asWanted(item, k)) t.right++;
    else if (t.wrong.length < 5) t.wrong.push(`${k}: ${item.text}`);
    tally.set(item.family, t);
  }
  for (const [f, t] of tally) {
    console.log(`${f.padEnd(20)} ${t.right}/${t.n}`);
    for (const w of t.wrong) console.log(`    ${w}`);
  }
}
