// @vitest-environment node
/**
 * English replacements written as the draft around them is written (lib/rewrite/style.ts), a {x...}
 * slot that leaves a trailing filler word to the agent, and `unless` patterns that start inside a
 * contraction ("we're unable to"): engine behaviour on small test packs.
 */
import { describe, expect, it } from 'vitest';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { expandContractions, isShouting, prefersFullForms } from '../../../lib/rewrite/style.ts';
import { testPack } from './helpers.ts';

const v2 = { formatVersion: 2 } as const;
const refusal = testPack([{ patterns: ['we <-can> {action...}'], replacements: ['rather than {action}, we can ___'], kind: 'template' }], v2);
const weDont = testPack([{ patterns: ['we <-do> {action...}'], replacements: ["while we don't {action}, what we do offer is ___"], kind: 'template' }], v2);
const after = (draft: string, pack = refusal) => applyAll(draft, suggestRewrites(draft, [pack], { cache: false }));

describe('a replacement follows the case of the words it replaces', () => {
  it('a draft in capitals gets its alternative in capitals, the blank untouched', () => {
    expect(after('WE CANNOT RESEND THE CODE TWICE A DAY.')).toBe('RATHER THAN RESEND THE CODE TWICE A DAY, WE CAN ___.');
    const please = testPack([{ patterns: ['you need to'], replacements: ['please'] }], v2);
    expect(after('YOU NEED TO RESET IT YOURSELF.', please)).toBe('PLEASE RESET IT YOURSELF.');
    expect(after('You need to reset it yourself.', please)).toBe('Please reset it yourself.');
  });

  it('one capitalised word (an acronym, a stressed word) is not shouting', () => {
    expect(isShouting('ETA')).toBe(false);
    expect(isShouting('You MUST')).toBe(false);
    expect(isShouting('WE CANNOT')).toBe(true);
    const eta = testPack([{ patterns: ['the ETA'], replacements: ['the estimate'] }], v2);
    expect(after('The ETA is Friday.', eta)).toBe('The estimate is Friday.');
  });
});

describe("a replacement follows the draft's full forms", () => {
  it('"we do not" gets "we do not", "we don\'t" keeps "we don\'t"', () => {
    expect(after('We do not ship to PO boxes.', weDont)).toBe('While we do not ship to PO boxes, what we do offer is ___.');
    expect(after("We don't ship to PO boxes.", weDont)).toBe("While we don't ship to PO boxes, what we do offer is ___.");
    expect(after('we dont ship to PO boxes', weDont)).toBe("While we don't ship to PO boxes, what we do offer is ___");
  });

  it('a sentence that contracts elsewhere keeps the rule\'s contractions', () => {
    expect(after("It's the courier's rule: we do not ship to PO boxes.", weDont)).toBe("It's the courier's rule: while we don't ship to PO boxes, what we do offer is ___.");
    expect(prefersFullForms('I have no clue where it is', 'I have no clue where it is.')).toBe(false);
    expect(prefersFullForms('That is our policy', 'That is our policy.')).toBe(true);
  });

  it('spells contractions out with their capitals', () => {
    expect(expandContractions("That's how we'll do it, but I can't say when. Here's why.")).toBe('That is how we will do it, but I cannot say when. Here is why.');
    expect(expandContractions('the customer’s order')).toBe('the customer’s order');
  });
});

describe('a {x...} slot leaves a filler at the end of the clause to the agent', () => {
  it('"sorry", "lol", "thanks" after the refused action stay after the replacement', () => {
    expect(after('we cant swap the strap on a worn watch sorry')).toBe('Rather than swap the strap on a worn watch, we can ___ sorry');
    expect(after('We dont do home visits for repairs lol', weDont)).toBe("While we don't do home visits for repairs, what we do offer is ___ lol");
  });

  it('a filler that is the object of the verb stays in the slot', () => {
    expect(after("We can't say sorry enough.")).toBe('Rather than say sorry enough, we can ___.');
    expect(after("We can't say sorry")).toBe('Rather than say sorry, we can ___');
    expect(after("We can't feel okay")).toBe('Rather than feel okay, we can ___');
  });
});

describe('an unless pattern that starts at a negated verb matches inside a contraction', () => {
  const pack = testPack([{ patterns: ['[we|I] <-can> {action...}'], unless: ['<-can> [help|wait]'], replacements: ['rather than {action}, we can ___'], kind: 'template' }], v2);
  it('"we\'re unable to help", "I\'m not able to wait" are vetoed like "we are unable to help"', () => {
    for (const d of ["We're unable to help with that.", "I'm not able to wait any longer.", 'We are unable to help with that.', 'Were unable to help with that.', 'Im not able to wait.']) {
      // The pack's veto only (generic advice reads these as refusals: generic.test.ts).
      expect(suggestRewrites(d, [pack], { cache: false, generic: false }), d).toEqual([]);
    }
    expect(after("We're unable to ship it abroad.", pack)).toBe('Rather than ship it abroad, we can ___.');
  });

  it('a suggestion never starts inside a written word', () => {
    const inner = testPack([{ patterns: ['<-can> {action...}'], replacements: ['X'] }], v2);
    const s = suggestRewrites("We're unable to ship it.", [inner], { cache: false });
    for (const x of s) expect(/^\w/.test(x.original) && x.start > 0 ? /\s/.test("We're unable to ship it."[x.start - 1]) : true).toBe(true);
  });
});
