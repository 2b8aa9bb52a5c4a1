/**
 * Look-alike matrix of the twenty-first session's English kinds (rwen21; lib/rewrite/generic/jargon21.en.ts and
 * kinds21.en.ts): for each kind, drafts agents in many trades would write that must be flagged over the words in
 * [[ ]], and close contrasts that must stay as they are (no flag at all). Written from how agents talk in IT, vets,
 * energy, payroll, rail, repairs, telecoms, insurance, dentists, logistics, banks, schools, gyms, hotels and more, not
 * from any split's items (no trade or proper noun of a development item).
 *
 *   npx tsx scripts/en-kinds21-matrix.ts        per kind: positives caught, contrasts flagged, and the failures
 * Exported for tests/unit/rewrite/generic-kinds21-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export interface Kind21 {
  kind: string;
  /** Must be flagged over the words in [[ ]]. */
  pos: readonly string[];
  /** Must not be flagged at all. */
  neg: readonly string[];
}

export const KINDS21: readonly Kind21[] = [
  {
    // A capitals code of the back office the sentence leaves unexplained, read by the role it plays in the sentence.
    kind: 'unexplained-code',
    pos: [
      // a code naming a fault, a hold, a part or a filing: "X issues", "the X connector"
      "Our engineers are seeing [[DHCP]] issues on the east side of the building.",
      'The app crashed because of a [[JVM]] error on our side.',
      'Your parcel has a [[CDS]] hold on it at the border.',
      'The screen flickers because the [[LVDS]] cable has worked loose.',
      'The [[EGR]] valve is sticking, which is why the warning light came on.',
      'Your return went in late because the [[EPS]] submission failed on Friday.',
      "We've found a [[PSU]] fault, so the console is being repaired.",
      'There was a [[BGP]] outage overnight that slowed your connection.',
      // a regime, a state or a billing basis the case is under
      'The contract falls inside [[IR35]], so tax will be taken at source.',
      "Your dog's procedure is under [[GA]], so no breakfast that morning please.",
      "We've put the second shipment through as [[FOC]] since the first was late.",
      'The order went out as [[DDU]], so the duty was collected on delivery.',
      'This one is outside [[MSA]] terms, so it will be quoted separately.',
      // handed to, waiting on or raised with an office named by its code
      "I've raised it with [[NOC]] and they're looking now.",
      "Your claim has gone to the [[SIU]] for a second look.",
      "We've referred the reading to the [[MOP]] for a check.",
      "The booking's been passed to [[GDS]] support to re-issue.",
      "I've escalated this to [[SRE]] and they'll update the ticket.",
      'The application has been sent to the lead [[CRO]] for sign-off.',
      // a procedure the business will do, named by its code
      "We'll need to do an [[FNA]] and a [[BPE]] at your next visit.",
      'The nurse will run some [[LFTs]] before the next dose.',
      'Our fitter will carry out a [[TPI]] before the wall goes up.',
      'We have to book an [[EICR]] before the new tenancy starts.',
      // the code as the one who acted in the back office
      'The [[AVS]] flagged a mismatch on the billing address.',
      "Our [[WAF]] blocked the upload because of the file's size.",
      'The [[ACD]] dropped your call when the line went quiet.',
      'The payment was stopped because the [[IPS]] blocked the connection.',
      'It looks like the [[ATS]] scanner rejected the file you uploaded.',
    ],
    neg: [
      // codes the customer holds, types, reads on a document, or everyday ones
      'Attached are your EPC certificate and the final invoice.',
      'Your PCN has been cancelled, so nothing more to pay.',
      'Reply YES to confirm the slot.',
      'Enter the code WELCOME10 at checkout.',
      'Your booking reference is KXL4QP.',
      'Please bring your NI number and a photo ID.',
      'The VW Golf is ready for collection at 3pm.',
      'Our new RTX 4080 laptops are in stock.',
      'The funds are in your wallet now, 120 USDT in total.',
      'The delivery is going to the SW1 address on your account.',
      'We can print it on A4 or A3 for you.',
      'The GPS tracker shows your parcel at the depot.',
      'Your MOT is booked for Tuesday at 10am.',
      'I have sent the forms to HMRC for you.',
      'Your pet insurance covers the MRI scan.',
      'Happy to help! Your order ships today.',
      'The QA team has confirmed the fix is live.',
      'Your PAYE code will update next month.',
      'We accept PayPal, Apple Pay and all major cards.',
      'The lounge is on level 2 next to gate B12.',
      'Thanks, your RSVP for Saturday is confirmed.',
      'I have added the USB-C charger to your order.',
      'The LED bulbs are in aisle 4.',
      'Your HSBC transfer has arrived.',
      'THANK YOU SO MUCH FOR YOUR ORDER, IT SHIPS TODAY!',
      'Our ABC Logistics driver will call ahead.',
      'Your GCSE results will be posted on the portal.',
      'Your IBAN and sort code are on your statement.',
      'The DBS form is in your welcome pack.',
      'We have booked your PT session for 6pm.',
      'The BBC reported the closure this morning.',
      'Because the ECB raised rates, your fixed deal is unchanged.',
      'Your HR team confirmed the start date with us.',
      'Thanks for checking with your GP, that helps a lot.',
    ],
  },
];

export interface Kind21Result {
  kind: string;
  caught: number;
  pos: number;
  flagged: number;
  neg: number;
  misses: string[];
  falses: string[];
}

const flags = (s: string) => suggestRewrites(s, builtinPacks).map((x) => ({ start: x.flagged.start, end: x.flagged.end, id: x.ruleId }));
const show = (s: string, f: { start: number; end: number; id: string }[]) => f.map((x) => `${x.id}:"${s.slice(x.start, x.end)}"`).join(' ');

/** The draft without its [[ ]] markers, and the marked spans. */
function unmark(marked: string): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  const re = /\[\[(.*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    spans.push([text.length, text.length + m[1].length]);
    text += m[1];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), spans };
}

export function runKinds21(kinds: readonly Kind21[] = KINDS21): Kind21Result[] {
  return kinds.map((k) => {
    const misses: string[] = [];
    for (const p of k.pos) {
      const { text, spans } = unmark(p);
      const f = flags(text);
      if (!spans.every(([a, b]) => f.some((x) => x.start < b && x.end > a))) misses.push(`${text}   ${show(text, f)}`);
    }
    const falses = k.neg.map((s) => ({ s, f: flags(s) })).filter((x) => x.f.length).map((x) => `${x.s}   ${show(x.s, x.f)}`);
    return { kind: k.kind, caught: k.pos.length - misses.length, pos: k.pos.length, flagged: falses.length, neg: k.neg.length, misses, falses };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of runKinds21()) {
    console.log(`${r.kind}: positives ${r.caught}/${r.pos}, contrasts flagged ${r.flagged}/${r.neg}`);
    for (const m of r.misses) console.log(`  MISS ${m}`);
    for (const f of r.falses) console.log(`  FALSE ${f}`);
  }
}
