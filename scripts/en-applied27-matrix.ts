/**
 * Look-alike matrix for the twenty-seventh session's English seams (rwen27, lib/rewrite/seams27.en.ts and the adverbs the
 * not-knowing template drops in render.ts): what Apply all leaves in the draft, by kind, for drafts written for this matrix
 * in many trades and spellings; positives must not keep the broken seam, contrasts must keep the alternative.
 *
 *   npx tsx scripts/en-applied27-matrix.ts      failures and a count by kind
 * Exported for tests/unit/rewrite/seams27-en.test.ts.
 *
 * Kinds:
 *  D  a template whose `{rest}` ran past a spaced dash: no "–," / "-," / "—," seam and no "but ___ is" after the dash
 *     clause; an offer after a reason clause ("— it goes to the venue, but what we can do is ___") stays as it was
 *  T  a candour word inside "to tell you …", "I must say …": never "To tell you sir," / "To tell you," left behind
 *  U  "unfortunately/sadly for <someone>": never "for all of us," / "For you," left behind; "unfortunately for now" and a
 *     plain "Unfortunately," keep their deletion
 *  M  "sorry to bother you, but" -> "When you have a moment," where the sentence already says "when you get a sec": never
 *     twice; without it the rewrite stays
 *  Q  an offer blank run into a tag question ("…, I think that's right?"): no "___?"
 *  O  the not-knowing template never keeps "offhand / off the top of my head / just now" between "on" and the question word
 *  W  a bare "No problem!" opening its own sentence after a sentence that tells a fault: no welcome ("Happy to help!") for
 *     the fault; after a request done ("Thanks for updating the address. No problem!") the rewrite stays
 *  L  "lemme + verb" is the agent's own next step: no blank after it
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';

export interface Case27 {
  kind: string;
  text: string;
  /** The applied draft must contain each. */
  has?: string[];
  /** The applied draft must not contain any. */
  not?: string[];
  /** Must stay flagged (any kind). */
  flagged?: boolean;
}

const DASH_SEAM = ['–,', '—,', ' -,'];
export const CASES27: readonly Case27[] = [
  // D
  { kind: 'D', text: "Refund tracking isn't available before the tax office accepts the claim – that's usually within 3 days.", not: DASH_SEAM, flagged: true },
  { kind: 'D', text: "The walnut finish isn't available in the large size – the oak one is in stock.", not: DASH_SEAM, flagged: true },
  { kind: 'D', text: 'Same-day collection is not available on Sundays - our depot is closed.', not: [...DASH_SEAM, 'closed, but ___ is'], flagged: true },
  { kind: 'D', text: 'Online check-in is not available for group bookings — the desk at the terminal can do it.', not: [...DASH_SEAM, 'do it, but ___ is'], flagged: true },
  { kind: 'D', text: 'Express shipping isnt available to the islands – standard takes 5 days', not: [...DASH_SEAM, 'days, but ___ is'], flagged: true },
  { kind: 'D', text: 'Installation is not included in the price – the fitter charges separately.', not: [...DASH_SEAM, 'separately, but ___ is'], flagged: true },
  { kind: 'D', text: 'Gift wrap options are not available for bulky items — they ship in the maker’s box.', not: [...DASH_SEAM, 'box, but ___ are'], flagged: true },
  { kind: 'D', text: "We can't refund the booking fee — it goes straight to the venue.", has: ['but what we can do is ___'] },
  { kind: 'D', text: 'That colour is not available in your size.', has: ['but ___ is'] },
  // T
  { kind: 'T', text: 'To tell you honestly sir, this dresser is a restored one.', not: ['To tell you sir', 'To tell you,'], flagged: true },
  { kind: 'T', text: 'To tell you frankly, the older boiler is not worth fixing.', not: ['To tell you,', 'To tell you the'], flagged: true },
  { kind: 'T', text: 'to tell you truthfully the paint will need two coats', not: ['to tell you the paint', 'To tell you the paint'], flagged: true },
  { kind: 'T', text: 'I must say honestly, the blue tiles look better in that light.', not: ['I must say, the', 'I must say the'], flagged: true },
  { kind: 'T', text: 'Honestly, the blue tiles look better in that light.', has: ['The blue tiles look better'] },
  { kind: 'T', text: 'To be honest, the resin print will look crisper.', has: ['The resin print will look crisper'] },
  // U
  { kind: 'U', text: "Well, unfortunately for all of us, the pontoon's being dredged that week, so bring earplugs.", not: ['Well, for all of us'], flagged: true },
  { kind: 'U', text: 'Unfortunately for you, the ticket is non-refundable.', not: ['For you, the ticket'], flagged: true },
  { kind: 'U', text: 'Sadly for the whole team, the Friday social is cancelled.', not: ['For the whole team'], flagged: true },
  { kind: 'U', text: 'unfortunately for everyone the van broke down on the way', not: ['For everyone the van'] },
  // A regret adverb that is its sentence's only warm word is said in the agent's voice (en38, regret-voice.en.ts).
  { kind: 'U', text: 'Unfortunately, the oak desk has just gone out of stock.', has: ["I'm sorry, the oak desk has just gone out of stock"] },
  { kind: 'U', text: "Hi Sam, sadly the blue jacket went at the weekend, but I've a green one coming in on Monday.", has: ["Hi Sam, I'm sorry, the blue jacket"] },
  { kind: 'U', text: 'Sorry, unfortunately the oak desk has just gone out of stock.', has: ['Sorry, the oak desk has just gone out of stock'] },
  // M
  { kind: 'M', text: 'So sorry to bother you, but could you confirm your move-in date when you get a sec?', not: ['When you have a moment, could you confirm your move-in date when you get'], flagged: true },
  { kind: 'M', text: 'Sorry to bother you, but could you send the meter reading whenever you have a moment?', not: ['When you have a moment, could you send the meter reading whenever'], flagged: true },
  { kind: 'M', text: 'Sorry to bother you but can you sign the form at your convenience?', not: ['When you have a moment, can you sign the form at your convenience'], flagged: true },
  { kind: 'M', text: 'Sorry to bother you, but could you confirm the delivery address?', has: ['When you have a moment'] },
  // Q
  { kind: 'Q', text: "Oh gosh, it's against our policy to reset the alarm code over the phone – an engineer does it on site, I think that's right?", not: ['___?'], flagged: true },
  { kind: 'Q', text: "We can't swap the seats on this fare, I believe that's still the case?", not: ['___?'], flagged: true },
  // O
  { kind: 'O', text: "I couldn't tell you offhand whether the allowance was applied last year.", not: ['on offhand'], flagged: true },
  { kind: 'O', text: "I can't tell you off the top of my head when the next delivery is.", not: ['on off the top'], flagged: true },
  { kind: 'O', text: "I don't know just now if the pool reopens on Monday.", not: ['on just now'], flagged: true },
  // W
  { kind: 'W', text: 'Thanks for letting us know the box arrived crushed. No problem! A fresh one goes out today.', not: ['Happy to help!', 'My pleasure'], flagged: true },
  { kind: 'W', text: 'Sorry to hear the lamp arrived broken. No problem, we will send another.', not: ['Happy to help', 'Of course, we', 'My pleasure'], flagged: true },
  { kind: 'W', text: 'oh no, the heel snapped after a week? no worries! send us a photo and we will sort it', not: ['Happy to help', 'happy to help'] },
  { kind: 'W', text: "Thanks for asking about the delivery slot. No problem! I've moved it to Friday.", has: ['Happy to help!'] },
  { kind: 'W', text: 'Thanks for letting me know you have moved. No problem! The new address is on the account.', has: ['Happy to help!'] },
  // L
  { kind: 'L', text: 'no idea why the order paused itself, lemme check the account', not: ['___'], flagged: true },
  { kind: 'L', text: 'not sure why the card was declined, lemme have a look', not: ['___'], flagged: true },
];

export interface Result27 { kind: string; text: string; out: string; why: string[] }

export function runApplied27(): Result27[] {
  return CASES27.map((c) => {
    const s = suggestRewrites(c.text, builtinPacks, { cache: false });
    const out = s.length ? applyAll(c.text, s) : c.text;
    const why: string[] = [];
    for (const h of c.has ?? []) if (!out.includes(h)) why.push(`missing «${h}»`);
    for (const n of c.not ?? []) if (out.includes(n)) why.push(`has «${n}»`);
    if (c.flagged === true && !s.length) why.push('not flagged');
    return { kind: c.kind, text: c.text, out, why };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rs = runApplied27();
  const byKind = new Map<string, [number, number]>();
  for (const r of rs) {
    const k = byKind.get(r.kind) ?? [0, 0];
    k[1]++;
    if (r.why.length) console.log(`FAIL ${r.kind}: ${r.text}\n  -> ${r.out}\n  ${r.why.join('; ')}`);
    else k[0]++;
    byKind.set(r.kind, k);
  }
  console.log([...byKind].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join('  '));
  console.log(`${rs.filter((r) => !r.why.length).length}/${rs.length} pass`);
}
