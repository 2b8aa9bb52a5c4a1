/**
 * Look-alike matrix of the twenty-eighth session's English seams (rwen28: late27's Apply-all rows judged wrong, by kind):
 * each draft with what Apply all must write (`to`), or `'flag-only'` where the flag must stay with no text change on its
 * rule (advice), in other trades, spellings and registers, with contrasts that keep the older rewrite. Written before the
 * fixes; no sentence of a development item.
 *
 *   npx tsx scripts/en-seams28-matrix.ts   per kind: rows as expected / rows, then each row that is not
 * Exported for tests/unit/rewrite/seams28-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';

export interface SeamRow {
  text: string;
  /**
   * Apply all's text; 'flag-only': still flagged, and Apply all changes nothing (advice); 'silent': no suggestion at all
   * (rwen30); 'flagged': any flag (rwen30).
   */
  to: string | 'flag-only' | 'silent' | 'flagged';
}
export interface SeamKind {
  kind: string;
  rows: readonly SeamRow[];
}

export const SEAMS28: readonly SeamKind[] = [
  {
    // "Kindly / Please / Do be advised that …": the whole preface goes, not "be advised that" alone ("Kindly it is …").
    kind: 'advised-preface',
    rows: [
      { text: 'Kindly be advised that the gym closes at ten on Sundays.', to: 'The gym closes at ten on Sundays.' },
      { text: 'kindly be advised that your visa letter is attached.', to: 'Your visa letter is attached.' },
      { text: 'Hello, kindly be advised that the pool is closed for cleaning today.', to: 'Hello, the pool is closed for cleaning today.' },
      { text: 'Do be advised that parking is free after six.', to: 'Parking is free after six.' },
      { text: 'Pls be advised that the clinic opens at 8.', to: 'The clinic opens at 8.' },
      { text: 'Kindly be advised, the lift is out of service until Friday.', to: 'The lift is out of service until Friday.' },
      { text: 'Please be advised that your order has shipped.', to: 'Your order has shipped.' },
      { text: 'Be advised that the store closes at six.', to: 'The store closes at six.' },
      { text: 'Our advisers are available all day.', to: 'Our advisers are available all day.' },
      { text: 'We were advised that the part would arrive today.', to: 'We were advised that the part would arrive today.' },
    ],
  },
  {
    // A told-already opener with its count after a comma ("As previously stated, twice, …"): the count goes with it.
    kind: 'recap-count',
    rows: [
      { text: 'As already explained, twice, the shop opens at nine.', to: 'Just to recap, the shop opens at nine.' },
      { text: 'As previously said, again, the deposit is due on Friday.', to: 'Just to recap, the deposit is due on Friday.' },
      { text: 'As I said, twice, the car needs to be back by noon.', to: 'Just to recap, the car needs to be back by noon.' },
      { text: 'As I explained, once again, the lessons start at 5.', to: 'Just to recap, the lessons start at 5.' },
      { text: 'As previously stated, several times, the venue has no parking.', to: 'Just to recap, the venue has no parking.' },
      { text: 'As I mentioned, yet again, check-in opens at 3pm.', to: 'Just to recap, check-in opens at 3pm.' },
      { text: 'As I said before, the refund takes five days.', to: 'Just to recap, the refund takes five days.' },
      { text: 'As stated in the brochure, twice a week the pool is closed for lessons.', to: 'As stated in the brochure, twice a week the pool is closed for lessons.' },
    ],
  },
  {
    // "X are/is not included <where>": the template keeps where ("in the warranty, but ___ are"); a bare one reads as before.
    kind: 'included-rest',
    rows: [
      { text: 'Accessories are not included in the price.', to: 'Accessories are not included in the price, but ___ are.' },
      { text: 'Installation is not included in the quote.', to: 'Installation is not included in the quote, but ___ is.' },
      { text: 'The straps are not included with the saddle.', to: 'The straps are not included with the saddle, but ___ are.' },
      { text: 'Breakfast is not included in this rate.', to: 'Breakfast is not included in this rate, but ___ is.' },
      { text: 'Batteries are not included.', to: 'Batteries are not included, but ___ are.' },
      { text: "Batteries aren't included.", to: "Batteries aren't included, but ___ are." },
      { text: 'Delivery is not included.', to: 'Delivery is not included, but ___ is.' },
      { text: 'Drinks are included in the price.', to: 'Drinks are included in the price.' },
    ],
  },
  {
    // The customer's choice of a product called wrong and made passive ("the wrong size was used"): advice. Details we used
    // ("you entered the wrong address") keep the rule's own rewrite.
    kind: 'choice-blame',
    rows: [
      { text: 'you ordered the wrong size, the ones you got are for the small model', to: 'flag-only' },
      { text: 'You picked the wrong colour, the navy is a darker shade.', to: 'flag-only' },
      { text: 'You selected the wrong date when booking.', to: 'flag-only' },
      { text: 'You must have ordered the wrong model.', to: 'flag-only' },
      { text: 'Hi Jo, you chose the wrong plan for your usage.', to: 'flag-only' },
      { text: 'You entered the wrong address.', to: 'It looks like the wrong address was used.' },
      { text: 'You typed the wrong email.', to: 'It looks like the wrong email was used.' },
    ],
  },
  {
    // Thanks for an apology: never after the apology's own intensifier ("So sorry for any inconvenience"); with its subject
    // when a second verb follows ("We apologise … and confirm …" -> "We thank you … and confirm …").
    kind: 'apology-thanks-seam',
    rows: [
      { text: 'So sorry for any inconvenience, the new code is in your inbox.', to: 'flag-only' },
      { text: 'Hi Sam! Really sorry for the inconvenience 🙏 the fitter is booked for Monday.', to: 'flag-only' },
      { text: 'We are very sorry for any inconvenience and have refunded the fee.', to: 'flag-only' },
      { text: 'We apologise for any inconvenience and confirm that your new slot is 10am.', to: 'We thank you for your understanding and confirm that your new slot is 10am.' },
      { text: 'We apologize for the inconvenience and advise that the gate has moved to B4.', to: 'We thank you for your understanding and advise that the gate has moved to B4.' },
      { text: 'Sorry for any inconvenience, the link is fixed now.', to: 'Thank you for bearing with us, the link is fixed now.' },
      { text: 'The link is fixed now, sorry for any inconvenience caused.', to: 'The link is fixed now, thank you for your understanding.' },
    ],
  },
  {
    // A hedge said twice: after "it would appear / it seems / apparently", no "it looks like" of the replacement's own
    // (advice, splice-guards.en.ts's HEDGE); without a hedge the rule's rewrite stays.
    kind: 'hedge-twice',
    rows: [
      { text: 'It would appear that you failed to check in before the desk closed.', to: 'flag-only' },
      { text: 'It would seem you failed to upload the second page.', to: 'flag-only' },
      { text: 'It seems you failed to upload the second page.', to: 'flag-only' },
      { text: 'Apparently you failed to collect the parcel from the depot.', to: 'flag-only' },
      { text: 'It appears that you failed to sign the form.', to: 'flag-only' },
      { text: 'it would appear u failed to pay the balance', to: 'flag-only' },
      { text: 'You failed to sign the form.', to: "It looks like you didn't sign the form." },
    ],
  },
];

export interface SeamResult {
  kind: string;
  ok: number;
  rows: number;
  bad: string[];
}

export function runSeams28(kinds: readonly SeamKind[] = SEAMS28): SeamResult[] {
  return kinds.map((k) => {
    const bad: string[] = [];
    for (const r of k.rows) {
      const s = suggestRewrites(r.text, builtinPacks, { cache: false });
      const applied = applyAll(r.text, s);
      const got = s.map((x) => `${x.ruleId}/${x.kind}`).join(' ') || 'nothing';
      if (r.to === 'silent') {
        if (s.length) bad.push(`${r.text}   wanted no flag, got ${got} -> ${applied}`);
      } else if (r.to === 'flagged') {
        if (!s.length) bad.push(`${r.text}   wanted a flag, got nothing`);
      } else if (r.to === 'flag-only') {
        if (!s.length || applied !== r.text) bad.push(`${r.text}   wanted a flag with no text change, got ${got} -> ${applied}`);
      } else if (applied !== r.to) bad.push(`${r.text}   -> ${applied}   (wanted ${r.to}; ${got})`);
    }
    return { kind: k.kind, ok: k.rows.length - bad.length, rows: k.rows.length, bad };
  });
}

/** The command-line report of a seams-style matrix (this one, en-seams29, en-wrong30, en-recall30…32): per kind, rows as expected / rows, then each row that is not. */
export function printSeamResults(results: readonly SeamResult[]): void {
  for (const r of results) {
    console.log(`${r.kind}: ${r.ok}/${r.rows}`);
    for (const b of r.bad) console.log(`  ${b}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printSeamResults(runSeams28());
