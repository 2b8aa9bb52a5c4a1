/**
 * Matrix of back-office words that are not capitals codes (lib/rewrite/generic/jargon19.en.ts): an internal stage, team
 * or record used as the status of the customer's case, in every subject, verb phrase, preposition and stage our
 * vocabulary holds; status participles after every form of "be"; the records a back office raises; and the look-alikes
 * that must stay silent: the everyday places of a case (in the post, in transit, under review, with the courier), the
 * same words in everyday compounds (the fulfilment centre, seat allocation, the amount owing), the words as verbs with
 * an object ("the plan is to triage them"), codes every customer knows after "with", and shouting.
 *
 *   npx tsx scripts/en-jargon19-matrix.ts     catch rates per family, the first misses and false flags
 * Exported for tests/unit/rewrite/generic-jargon19.test.ts. Written from how back offices talk, not from any split.
 */
import { readGeneric } from '../lib/rewrite/generic/index.ts';

export const SUBJECTS = ['your ticket', 'the claim', 'Your order', 'your refund', 'the case', 'it', 'Your application', 'the return', 'your account', 'this request'];
/** Verb phrases of being or moving, each with the preposition it takes ({P}). */
export const VERB_PHRASES = ['is {P}', "'s still {P}", 'is currently sitting {P}', 'has been stuck {P}', 'has gone {P}', 'was passed {P}', 'has been sent {P}', 'is now {P}', 'got moved {P}', 'has been referred {P}'];
/** Stages, each with the prepositions that fit it (in/with for stages, to for motion). */
export const STAGES = ['triage', 'dunning', 'underwriting', 'recon', 'reconciliation', 'remediation', 'fulfilment', 'pre-auth', 'allocation', 'picking', 'provisioning', 'goods-in', 'back office', 'ops', 'QC'];
const prepFor = (vp: string) => (/gone|passed|sent|moved|referred/.test(vp) ? 'to' : /stuck|sitting/.test(vp) ? 'in' : 'with');
export const TEAMS = ['the recon team', 'our dunning desk', 'the fulfilment team', 'the underwriting queue', 'the ops team', 'the triage queue', 'the provisioning team'];
export const PARTICIPLES = ['backordered', 'back-ordered', 'triaged', 'soft declined', 'hard-declined', 'requeued', 'manifested', 'reprovisioned', 'short-shipped', 'mis-sorted'];
export const BE_FORMS = ['is', "'s been", 'was', 'has been', 'is still', 'got', 'were'];
export const RECORDS = ["We've raised a chargeback", 'a chargeback has been raised', 'I have opened a chargeback', 'The bank lodged a chargeback', 'we received a chargeback'];
export const CAPS_TEAMS = ['UW', 'CFT', 'QX', 'BKR', 'TRS'];
/** Codes of letters and digits, or in mixed case, that no list holds. */
export const MIXED_CODES = ['G99', 'E7', 'RT42', 'XR2', 'TK4', 'NtO', 'CoT', 'KrA', 'BpX'];
export const CODE_FRAMES = ['Your meter is waiting on the X application.', 'The claim has moved to X stage this week.', 'We are still waiting for X approval from the network.', 'I have sent the X form to the office.', 'Your account is in X status until Friday.', 'the job is sitting in the X queue'];
/** Codes customers know or hold themselves, in the same frames: they must stay silent. */
export const CUSTOMER_CODES = ['P45', 'P60', 'W2', 'A4', 'Q3', 'FY24', 'PhD', 'V5C'];

/** Sentences that must stay silent. */
export const LOOKALIKES: readonly string[] = [
  ...SUBJECTS.flatMap((s) => [
    `${s} is in transit and should arrive tomorrow.`,
    `${s} is with the courier now.`,
    `${s} is under review this week.`,
    `${s} is on hold until the payment clears.`,
    `${s} has gone to our returns team.`,
    `${s} is with the billing team.`,
    `${s} is in the queue for the next engineer.`,
    `${s} is in progress.`,
    `${s} has been sent to the warehouse.`,
    `${s} has been passed to my manager.`,
  ]),
  'Your order is at our fulfilment centre in Leeds.',
  'Your seat allocation is in the app.',
  'The amount owing is £4.20.',
  'You still owe £12, and nothing else is owing.',
  'The plan is to triage them today.',
  'We triage every request within an hour.',
  'your card was declined by the bank',
  'Your parcel is with DPD and arrives tomorrow.',
  'The claim is with HMRC now.',
  'I passed it to the NHS team at the hospital.',
  'The sofa was ordered on Monday.',
  'It was re-ordered this morning.',
  'The photo ops at the event were great.',
  'your order has been picked up by the courier',
  'Your allocation of tickets is two.',
  'Our fulfilment partner ships on Mondays.',
  'The recon of the flat went well, said the surveyor.',
  'Can I ask what the charge on your statement was for?',
  'YOUR TICKET IS IN TRIAGE AND NOBODY HAS CALLED ME',
  'We have received your payment.',
  "I've handed this to Marta in our escalations team.",
  'Kwame from our escalations desk now owns your case.',
  'The PS5 release date is Friday.',
  'Your 2FA code has expired, here is a new one.',
  'The M25 closure is tonight.',
  'The vet will see Bella as soon as triage is done.',
];

export interface MatrixItem {
  family: string;
  text: string;
  term: string;
  want: boolean;
}

export function buildMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  for (const s of SUBJECTS)
    for (const vp of VERB_PHRASES)
      for (const st of STAGES) {
        const det = ['ops', 'QC', 'back office', 'goods-in'].includes(st) || st.length % 2 ? '' : 'the ';
        out.push({ family: 'stage as whereabouts', text: `${s}${vp.startsWith("'") ? '' : ' '}${vp.replace('{P}', prepFor(vp))} ${det}${st} at the moment.`, term: st, want: true });
      }
  for (const s of SUBJECTS) for (const t of TEAMS) out.push({ family: 'stage as a team', text: `${s} is with ${t}.`, term: t.split(' ').slice(1).join(' '), want: true });
  for (const s of SUBJECTS) for (const b of BE_FORMS) for (const p of PARTICIPLES) out.push({ family: 'status participle', text: `${s}${b.startsWith("'") ? '' : ' '}${b} ${p} this week.`, term: p, want: true });
  for (const r of RECORDS) out.push({ family: 'record raised', text: `${r} for the payment.`, term: 'chargeback', want: true });
  for (const s of SUBJECTS) out.push({ family: 'on backorder', text: `${s} is on backorder until March.`, term: 'backorder', want: true });
  for (const s of SUBJECTS) out.push({ family: 'owing noun', text: `We've put the rest of ${s.replace(/^(?:your|Your|the|this) /, 'the ')} on an owing.`, term: 'owing', want: true });
  for (const s of SUBJECTS) for (const c of CAPS_TEAMS) out.push({ family: 'caps team after with', text: `${s} is sitting with ${c} at the moment.`, term: c, want: true });
  for (const f of CODE_FRAMES) for (const c of MIXED_CODES) out.push({ family: 'mixed code before a head', text: f.replace('X', c), term: c, want: true });
  for (const f of CODE_FRAMES) for (const c of CUSTOMER_CODES) out.push({ family: 'customer code look-alike', text: f.replace('X', c), term: '', want: false });
  for (const c of MIXED_CODES) out.push({ family: 'code after a number', text: `We ordered 2 ${c} forms for the site.`, term: '', want: false });
  for (const t of LOOKALIKES) out.push({ family: 'look-alike', text: t, term: '', want: false });
  return out;
}

/** Whether a jargon hit covers the term (want) or any jargon hit at all (look-alikes). */
export function flags(item: MatrixItem): boolean {
  const hits = readGeneric('en', item.text).filter((h) => h.category === 'jargon');
  if (!item.want) return hits.length > 0;
  return hits.some((h) => item.text.slice(h.start, h.end).includes(item.term.split(' ')[0]));
}

if (process.argv[1]?.endsWith('en-jargon19-matrix.ts')) {
  const tally = new Map<string, { n: number; right: number; wrong: string[] }>();
  for (const item of buildMatrix()) {
    const got = flags(item);
    const t = tally.get(item.family) ?? { n: 0, right: 0, wrong: [] };
    t.n++;
    if (got === item.want) t.right++;
    else if (t.wrong.length < 8) t.wrong.push(item.text);
    tally.set(item.family, t);
  }
  for (const [family, t] of tally) {
    console.log(`${family.padEnd(24)} ${t.right}/${t.n} as wanted`);
    for (const w of t.wrong) console.log(`    ${w}`);
  }
}
