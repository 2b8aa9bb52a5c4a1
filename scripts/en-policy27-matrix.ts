/**
 * Look-alike matrix of the twenty-seventh session's policy reading (rwen27, lib/rewrite/policy-grant.en.ts): a policy cited
 * over what it GRANTS the customer must not be flagged by any rule (per-policy, as-per-policy, per-company-policy,
 * policy-end, the generic policy-shield and its template), while a policy cited to restrict, refuse or oblige must still be
 * flagged as a policy wall. Written for many trades, spellings and registers (chat, email, lower case, no apostrophes,
 * British and American), before the reading; no sentence of a development split.
 *
 *   npx tsx scripts/en-policy27-matrix.ts     totals and failures
 * Exported for tests/unit/rewrite/policy-grant-en.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

/**
 * A policy cited over what it grants: no policy flag (a flag of another kind on other words stays theirs: "T&Cs" is
 * jargon, "As set out in our terms," is en-core's as-stated-in, quoting the rules at the customer).
 */
export const GRANTS27: readonly string[] = [
  'Per our policy, you have the option to exchange it for another size.',
  'Under our terms, the repair is covered at no cost.',
  'Our policy lets you return it within 60 days.',
  "As per our returns policy you're entitled to a full refund.",
  "Per company policy you're welcome to bring a guest to the induction.",
  'According to our policy, you can cancel the membership at any time.',
  'Under our warranty terms, you are eligible for a free replacement battery.',
  'per our policy you can swap the tyres free of charge within the first month',
  'As per the tenancy agreement, you are entitled to have the boiler serviced every year.',
  'Under the terms of your plan, the call-out is covered in full.',
  "In line with our cancellation policy, we'll refund the deposit in full.",
  'According to the hotel policy, you may check in from noon if the room is ready.',
  'Per our guarantee, we will repair or replace the frame at no extra cost.',
  'Our returns policy allows you to send it back within 90 days.',
  'Our policy gives you thirty days to change your mind.',
  'Per our policy you have 14 days to try the mattress at home.',
  'under our loyalty scheme you get a free coffee every tenth visit',
  "As per our T&Cs, you're covered for accidental damage too.",
  'Based on our policy, we can extend the loan period by a week.',
  'In accordance with our privacy policy, you can ask us for a copy of your data at any time.',
  'Following our standard policy, we will reimburse the taxi fare.',
  'per our policy u can bring the puppy to the first class for free',
  'As set out in our terms, you will not be charged for the second visit.',
  'Under our satisfaction guarantee, you get your money back.',
  'According to company policy, you do not need to pay for the replacement part.',
  "Under our terms you're free to cancel the order before it ships.",
  'Our warranty covers you for parts and labour for two years.',
  'As per our policy, the first consultation is complimentary.',
  'per the gym rules members are welcome to use the pool at any time',
  'Under the clinic policy, you can rebook your appointment online.',
  "Per our policy, we're happy to price match a local competitor.",
  'As per our exchange policy, you can bring it to any branch.',
  'In line with our refunds policy, your money will be back within 5 working days and you are fully covered.',
  'Under our new policy, delivery is free on every order.',
  'according to our terms and conditions you are entitled to compensation for the delay',
  'Per our booking policy, you may change the date once at no charge.',
  "According to our terms, you're entitled to a refund of the booking fee.",
  'Under our policy, we will waive the late fee this time.',
];

/** A policy cited to restrict, refuse or oblige: still flagged as a policy wall. */
export const RESTRICTS27: readonly string[] = [
  "That's our policy.",
  "Per our policy we can't refund opened items.",
  "Our policy doesn't allow refunds after 30 days.",
  'Policy states you must show a receipt.',
  'Per our policy, you can only return unopened items.',
  'Under our terms, you may cancel, but only within 14 days.',
  'Per our policy, refunds take ten days.',
  'As per our policy, we cannot accept returns on sale items.',
  'According to company policy, you must be present for the inspection.',
  'Under our terms, you have to pay the call-out fee upfront.',
  'per our policy you need to bring photo ID',
  'As per the gym rules, you are required to wear a wristband.',
  'Per our policy, we are unable to hold the table past 15 minutes.',
  'Under our warranty terms, you are not covered for water damage.',
  'In line with our policy, we can offer store credit instead of a refund.',
  'Per our policy, you can return it unless the seal is broken.',
  'According to our policy, you will be charged a restocking fee.',
  'Per company policy, returns are only accepted with the original packaging.',
  'As per our terms, the deposit is non-refundable.',
  'Under our policy, you may cancel as long as you give 48 hours notice.',
  'per our policy we dont do refunds on custom orders',
  'Per our policy, we can offer a repair, but not a replacement.',
  'Under our policy, the warranty is void if the case has been opened.',
  'In accordance with our policy, your account will be closed after 90 days of inactivity.',
  'Per our returns policy, you are responsible for the postage back.',
  'According to the hotel policy, pets are not allowed in the rooms.',
  'Under the clinic policy, missed appointments are charged in full.',
  'Per our policy, you cannot bring outside food into the cinema.',
  'As per our terms, you will need to sign the form before we start.',
  'per our policy, unfortunately you can only get a refund within 14 days',
  'Based on our policy, we can only deliver to the billing address.',
  'Under our terms you must give a month of notice.',
  'Per our policy, you can return it for a fee of £10.',
  'As per our terms, you can cancel but the admin fee is kept.',
];

export interface PolicyMatrixResult {
  grants: number;
  grantsFlagged: string[];
  restricts: number;
  restrictsMissed: string[];
}

const isPolicy = (text: string) => suggestRewrites(text, builtinPacks).some((s) => s.category === 'policy');

export function runPolicy27(): PolicyMatrixResult {
  const grantsFlagged = GRANTS27.filter(isPolicy);
  const restrictsMissed = RESTRICTS27.filter((t) => !isPolicy(t));
  return { grants: GRANTS27.length, grantsFlagged, restricts: RESTRICTS27.length, restrictsMissed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = runPolicy27();
  console.log(`grants without a policy flag: ${r.grants - r.grantsFlagged.length}/${r.grants}; restrictions flagged as policy: ${r.restricts - r.restrictsMissed.length}/${r.restricts}`);
  for (const t of r.grantsFlagged) console.log(`  grant flagged: ${t}  => ${suggestRewrites(t, builtinPacks).map((s) => `${s.ruleId}[${s.original}]`).join(' | ')}`);
  for (const t of r.restrictsMissed) console.log(`  restriction missed: ${t}  => ${suggestRewrites(t, builtinPacks).map((s) => `${s.ruleId}[${s.original}]`).join(' | ') || '(no flag)'}`);
}
