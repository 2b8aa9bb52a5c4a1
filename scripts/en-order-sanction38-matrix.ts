/**
 * en38: look-alikes of a bare order right before its sanction (lib/rewrite/order-sanction.en.ts), in trades of their own,
 * none taken from an evaluation split: `flag` must get the order flagged, `quiet` must not.
 *
 *   npx tsx scripts/en-order-sanction38-matrix.ts
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export const ORDER38: { text: string; order: string; want: boolean }[] = [
  { text: 'Bring your booking code. No code, no entry.', order: 'Bring your booking code', want: true },
  { text: 'Must wear closed shoes. No closed shoes no lesson.', order: 'Must wear closed shoes', want: true },
  { text: 'show the QR at the gate. no QR no entry', order: 'show the QR at the gate', want: true },
  // Asked, conditional, a question, an order with no sanction after it, a sanction that is a house rule of its own.
  { text: 'Please bring your booking code. No code, no entry.', order: 'Please bring your booking code', want: false },
  { text: 'Bring your code if you have it. No code, no entry.', order: 'Bring your code if you have it', want: false },
  { text: 'Could you bring the receipt? No receipt, no exchange.', order: 'Could you bring the receipt', want: false },
  { text: 'Bring a towel and a water bottle. See you at the pool!', order: 'Bring a towel and a water bottle', want: false },
  { text: 'Wear sunscreen on the boat. No glass bottles on deck.', order: 'Wear sunscreen on the boat', want: false },
];

export interface ResultOrder38 { text: string; want: boolean; got: boolean }

export function runOrder38(): ResultOrder38[] {
  return ORDER38.map(({ text, order, want }) => {
    const a = text.indexOf(order);
    const got = suggestRewrites(text, builtinPacks, { cache: false }).some((s) => s.flagged.start < a + order.length && a < s.flagged.end);
    return { text, want, got };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rs = runOrder38();
  for (const r of rs) if (r.want !== r.got) console.log(`FAIL want ${r.want}: ${r.text}`);
  console.log(`${rs.filter((r) => r.want === r.got).length}/${rs.length} pass`);
}
