/**
 * en38: look-alikes of "not a problem at all" closing a warm answer (lib/rewrite/neutral38.en.ts), in trades and registers
 * of their own, none taken from an evaluation split: `quiet` must get no "no problem" suggestion, `flag` must keep it.
 *
 *   npx tsx scripts/en-neutral38-matrix.ts
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export const NEUTRAL38 = {
  quiet: [
    'Not a problem at all, Aoife, glad the boiler fired up first time.',
    'no problem at all!! glad the new tyres feel good on the motorway',
    'Not a problem at all, hun, so pleased the bridesmaid dresses fit.',
    'No problem at all, Mrs Adeyemi, thank you for the kind words about the piano lessons.',
    'not a problem at all, thank YOU for the lovely review of the cottage!',
    'No problem at all, enjoy the new paddleboard!',
    'Not a problem at all, José, have a lovely weekend at the lake.',
    "You're so welcome, not a problem at all! the spare filters are in the post.",
    'ur welcome hun, no problem at all, the bike is ready when you are',
    'Not a problem at all, Dr Mensah, it was a pleasure to tune the harp.',
  ],
  flag: [
    // A fault or a trouble in the sentence, a reproach, money owed.
    'Sorry about the wrong colour we sent, no problem at all, glad the swap is done.',
    'No problem at all, glad you finally read the setup guide.',
    'No problem at all, just glad it works this time.',
    'No problem at all, glad the refund came through.',
  ],
};

/** The reader on its own: an emphatic and a plain "no problem" before the same warm turn. */
export const READER38 = { emphatic: 'Not a problem at all, glad the kiln is firing evenly now.', plain: 'Not a problem, glad the kiln is firing evenly now.' };

export interface Result38 { text: string; want: 'quiet' | 'flag'; flagged: boolean }

export function runNeutral38(): Result38[] {
  const flaggedNoProblem = (t: string) => suggestRewrites(t, builtinPacks, { cache: false }).some((s) => /problem/i.test(s.original));
  return [
    ...NEUTRAL38.quiet.map((text) => ({ text, want: 'quiet' as const, flagged: flaggedNoProblem(text) })),
    ...NEUTRAL38.flag.map((text) => ({ text, want: 'flag' as const, flagged: flaggedNoProblem(text) })),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rs = runNeutral38();
  for (const r of rs) if ((r.want === 'flag') !== r.flagged) console.log(`FAIL ${r.want}: ${r.text}`);
  console.log(`${rs.filter((r) => (r.want === 'flag') === r.flagged).length}/${rs.length} pass`);
}
