/**
 * Matrix of unlisted back-office codes in English (lib/rewrite/generic/jargon.caps.en.ts): every construction that uses a
 * code as a status, a stage, a result or a record, with codes no list of ours holds (made-up capitals, so no listed
 * acronym helps), in several trades and forms; and the look-alikes that must stay silent: codes customers know in the
 * same constructions, words written in capitals, model names, places, units, codes after a number, shouting.
 *
 *   npx tsx scripts/en-jargon-caps-matrix.ts            catch rates per family, the first misses and false flags
 * Exported for tests/unit/rewrite/generic-jargon-caps.test.ts.
 */
import { readJargonEn } from '../lib/rewrite/generic/jargon.ts';

/** Codes of no list: two to four capitals, five with one vowel. */
export const UNLISTED = ['HX', 'QZ', 'DRN', 'VTF', 'KPL', 'AVM', 'BKR', 'XQT', 'SRFT', 'PLMN', 'NRTQ', 'CXD', 'ZBR', 'WTRKS'];
/** Codes a customer knows, written in capitals, that the same constructions must leave alone. */
export const KNOWN_LOOKALIKES = ['NHS', 'DPD', 'MOT', 'ISA', 'GP', 'IRS', 'DVLA', 'UPS', 'ETA', 'PDF', 'LHR', 'GBP', 'HMRC', 'VIP', 'FAQ', 'OK'];
/** Words written in capitals in the same constructions. */
export const CAPS_WORDS = ['DELAYED', 'LATE', 'PAID', 'SOLD', 'DONE', 'CLOSED', 'ACTIVE', 'READY', 'FREE', 'URGENT', 'NEW', 'OPEN'];

/** Frames with X for the code: each a construction the reader must read as the back office's word. */
export const FRAMES: Record<string, readonly string[]> = {
  'showing as': [
    'Your booking is showing as X on our side, which is why the app lost it.',
    'the parcel shows as X in tracking since this morning',
    'Your claim is listed as X at the moment, I will chase the assessor.',
    "it's marked as X in our records so the refund hasn't gone out yet",
    'The payment was returned as X by the bank yesterday.',
    "we've logged it as an X with the courier and they'll try again tomorrow",
    'Your order has been flagged as X, so the warehouse is holding it.',
    'The line is coded as X on the exchange records.',
    'The status was changed to X after the second attempt.',
    'I have set the ticket to X while we wait for the engineer.',
  ],
  'bare status': [
    'Your parcel is showing X at the depot.',
    'the order is marked X so it will not ship today',
    'The meter reading came back X, so we have used an estimate.',
    'The test came back X and the fee still applies.',
  ],
  'stage noun': [
    'After the valuation it goes to X review before the offer is issued.',
    'Your application is in X status until the documents are checked.',
    'The loan is waiting for X approval from the underwriters.',
    'Your visa file is at the X stage now.',
    'It is on X hold for now while we look into it.',
    'The X check came back clear this morning.',
    'Your shipment is held for X clearance at the port.',
    'The transfer failed at X level, so the money will come back to you.',
    'The parcel is sitting at the hub with status X.',
  ],
  'waited on': [
    'The mortgage offer is waiting on the X to come back.',
    'your refund is pending X from the finance team',
    'The claim is awaiting the X before we can pay it.',
    'We are waiting for the X from the lender, then the funds are released.',
  ],
  'a record raised': [
    "I've raised an X for the headset, the label will follow by email.",
    'We issued a X for the missing pallet this morning.',
    'ive opened an X with the carrier so they look for it',
    'The branch has lodged an X on your behalf.',
    'I submitted a X to the product team yesterday.',
  ],
};

/** Sentences that must stay silent whatever the code (they are not back-office constructions). */
export const SILENT_FRAMES: readonly string[] = [
  'We ship X orders every weekday.',
  'Your X account is linked to this email.',
  'The X team will call you today.',
  'Thanks for choosing X, we hope to see you again.',
  'X customers get free delivery on orders over 30 pounds.',
  'Your parcel is with X and arrives tomorrow.',
  'You can download the X app from the store.',
  'Call X on the number on your card.',
  'Your X status is Gold until next March.',
];

export interface MatrixItem {
  family: string;
  text: string;
  code: string;
  want: boolean;
}

/** Every frame with every code: the unlisted codes must be flagged, the known codes and caps words must not. */
export function buildMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  for (const [family, frames] of Object.entries(FRAMES)) {
    for (const f of frames) {
      for (const code of UNLISTED) out.push({ family, text: f.replace('X', code), code, want: true });
      for (const code of [...KNOWN_LOOKALIKES, ...CAPS_WORDS]) out.push({ family: `${family} / known or word`, text: f.replace('X', code), code, want: false });
    }
  }
  for (const f of SILENT_FRAMES) for (const code of UNLISTED) out.push({ family: 'not a back-office construction', text: f.replace('X', code), code, want: false });
  // A code after a number is a unit or a model ("5 KPL"), and a sentence in capitals is shouting.
  for (const code of UNLISTED.slice(0, 6)) {
    out.push({ family: 'after a number', text: `It came back 12 ${code} on the meter.`, code, want: false });
    out.push({ family: 'shouting', text: `YOUR PARCEL IS SHOWING AS ${code} AND NOBODY HAS CALLED ME`, code, want: false });
  }
  return out;
}

/** Whether the reader flags the code (its exact words) in the item's sentence. */
export function flagsCode(item: MatrixItem): boolean {
  return readJargonEn(item.text).some((h) => item.text.slice(h.start, h.end) === item.code);
}

if (process.argv[1]?.endsWith('en-jargon-caps-matrix.ts')) {
  const tally = new Map<string, { n: number; right: number; wrong: string[] }>();
  for (const item of buildMatrix()) {
    const got = flagsCode(item);
    const t = tally.get(item.family) ?? { n: 0, right: 0, wrong: [] };
    t.n++;
    if (got === item.want) t.right++;
    else if (t.wrong.length < 3) t.wrong.push(item.text);
    tally.set(item.family, t);
  }
  for (const [family, t] of tally) {
    console.log(`${family.padEnd(34)} ${t.right}/${t.n} as wanted`);
    for (const w of t.wrong) console.log(`    ${w}`);
  }
}
