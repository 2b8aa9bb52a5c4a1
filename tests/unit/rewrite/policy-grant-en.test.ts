// @vitest-environment node
/**
 * rwen27: one reading of "a policy cited over what it grants" (lib/rewrite/policy-grant.en.ts) for every English policy
 * rule. The reading itself on grants, restrictions and sentences without a citation frame, and the look-alike matrix of
 * scripts/en-policy27-matrix.ts through the whole engine: no grant gets a policy flag, every restriction keeps one.
 */
import { describe, expect, it } from 'vitest';
import { policyGrantReason, policyGrants } from '../../../lib/rewrite/policy-grant.en.ts';
import { runPolicy27 } from '../../../scripts/en-policy27-matrix.ts';

describe('policyGrants: the reading', () => {
  it.each([
    'Per our policy, you have the option to exchange it.',
    'Under our terms, the repair is covered at no cost.',
    'Our policy lets you return it within 60 days.',
    "As per our returns policy you're entitled to a full refund.",
    'According to the terms, you will not be charged twice.',
    'Under company policy you do not need to send it back.',
    'Per the rules, all guests are welcome to use the lounge.',
    'In line with our policy, we will cover the postage.',
    'You can return it within 60 days, per our policy.',
  ])('grants: %s', (s) => expect(policyGrants(s)).toBe(true));

  it.each([
    "That's our policy.",
    "Per our policy we can't refund opened items.",
    "Our policy doesn't allow refunds after 30 days.",
    'Policy states you must show a receipt.',
    'Per our policy, you can only return unopened items.',
    'Per our policy, you can return it unless it has been worn.',
    'Under our terms, you may cancel as long as you give notice.',
    'Per our policy, we can offer credit instead of a refund.',
    'Per our policy, you will be charged a restocking fee.',
    'Per our policy, you have to pay upfront.',
    'Unfortunately, per our policy you are eligible for store credit.',
    'Per our policy, refunds take ten days.',
    // No citation frame: a grant on its own is not this reading's business.
    'You can return it within 60 days.',
    'Our policy team will reply soon, you can expect an email.',
  ])('does not grant: %s', (s) => expect(policyGrants(s)).toBe(false));

  it('reads only policy candidates, in their own sentence', () => {
    const d = 'Thanks for waiting. Per our policy, you can swap it for free. Per our policy, refunds take ten days.';
    const at = (s: string) => ({ start: d.indexOf(s), end: d.indexOf(s) + s.length });
    expect(policyGrantReason(d, { ...at('Per our policy, you'), start: d.indexOf('Per our policy, you') }, 'policy')).toBe('neutral:policy-grants');
    expect(policyGrantReason(d, at('Per our policy, refunds'), 'policy')).toBeNull();
    expect(policyGrantReason(d, at('Per our policy, you'), 'commands')).toBeNull();
  });
});

describe('policy look-alike matrix (scripts/en-policy27-matrix.ts)', () => {
  const r = runPolicy27();
  it('no grant gets a policy flag', () => expect(r.grantsFlagged).toEqual([]));
  it('every restriction keeps a policy flag', () => expect(r.restrictsMissed).toEqual([]));
});
