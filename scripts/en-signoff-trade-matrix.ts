/**
 * Matrix of small businesses' sign-off lines (lib/text/unit-nouns19.en.ts, read by lib/text/signature.ts): a reply,
 * then a business's name ending in its trade, then one or two house notices; the name and the notices are the mail's
 * sign-off and must be left out of the rewrite. Look-alikes keep the reply's words: a last line that names a business
 * inside a sentence or an instruction ("You can collect it from Westgate Pharmacy", "Pop into Kingfisher Removals"),
 * a lower-case line, a long line, a name followed by more than two lines of reply.
 *
 *   npx tsx scripts/en-signoff-trade-matrix.ts
 * Exported for tests/unit/text/signoff-trade.test.ts. Written from how small businesses sign mail, not from any split.
 */
import { signatureRanges } from '../lib/text/signature.ts';

export const NAMES = ['Westgate Pharmacy', 'The Hive Coworking', 'Northside Dental Practice', 'Brightwater Vets', 'Kingfisher Removals', 'Oakfield Lettings', 'Harbour View Hotel', 'Riverside Physio', 'Elm Street Garage', 'Maple Print', 'St Anne’s Surgery', 'Cedar Academy'];
export const NOTICES = [
  'The practice cannot be held responsible for advice given by third parties.',
  'Members must not share access cards. Unauthorised entry to the building is prohibited.',
  'Guests must not smoke in the rooms.',
  'Prices are subject to change without notice.',
  'Items left for more than 30 days will be disposed of.',
];
export const REPLIES = ['Hi Mrs Adeyemi, your order is ready to collect.', 'Hi Tom, your key is at the desk and your card now opens the third floor.'];

export interface SignoffItem { family: string; text: string; notice: string; want: boolean }

export function buildMatrix(): SignoffItem[] {
  const out: SignoffItem[] = [];
  for (const r of REPLIES) for (const n of NAMES) for (const f of NOTICES) out.push({ family: 'name then notice', text: `${r}\n\n${n}\n${f}`, notice: f, want: true });
  // Look-alikes: the last lines are the reply's words.
  for (const n of NAMES) {
    for (const f of NOTICES) {
      out.push({ family: 'sentence naming the business', text: `Hi Tom,\nYou can collect it from ${n}\n${f}`, notice: f, want: false });
      out.push({ family: 'instruction naming the business', text: `Hi Tom,\nPop into ${n}\n${f}`, notice: f, want: false });
      out.push({ family: 'lower case', text: `hi tom\nsee u at ${n.toLowerCase()}\n${f}`, notice: f, want: false });
      out.push({ family: 'more reply below', text: `Hi Tom,\n${n}\n${f}\nI have also checked your booking.\nIt is all fine for Friday.`, notice: f, want: false });
    }
  }
  return out;
}

/** Whether the notice is left out of the agent's words. */
export const leftOut = (item: SignoffItem): boolean => signatureRanges(item.text).some(([a, b]) => item.text.slice(a, b).includes(item.notice));

if (process.argv[1]?.endsWith('en-signoff-trade-matrix.ts')) {
  const tally = new Map<string, { n: number; right: number; wrong: string[] }>();
  for (const item of buildMatrix()) {
    const t = tally.get(item.family) ?? { n: 0, right: 0, wrong: [] };
    t.n++;
    if (leftOut(item) === item.want) t.right++;
    else if (t.wrong.length < 4) t.wrong.push(item.text.replace(/\n/g, ' / '));
    tally.set(item.family, t);
  }
  for (const [f, t] of tally) {
    console.log(`${f.padEnd(34)} ${t.right}/${t.n}`);
    for (const w of t.wrong) console.log(`    ${w}`);
  }
}
