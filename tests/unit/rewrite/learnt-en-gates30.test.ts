// @vitest-environment node
/**
 * (ml30) The English learnt reader's customer-cleared gate (lib/rewrite/learnt/neg.en.ts): a not-my-dept or candour span
 * in a sentence that tells the customer they are not at fault or owe nothing ("You are not responsible for the charge",
 * "Honestly, you have nothing to apologise for") is the reassurance, not a disclaimer. The agent disclaiming ("That's not
 * our department") and a candour opener before bad news stay read. Sentences are this test's own (other trades than
 * the evaluation sets and the matrices); none is in the reader's training pool (learnt-* files are left out of it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNegEnModel, readNegEn } from '../../../lib/rewrite/learnt/neg.en.ts';

const CLEARED = [
  "You're not liable for the damage to the hire van.",
  'you are not responsible for the late fee, the bank held the transfer',
  'Honestly, you did nothing wrong, the card reader timed out.',
  "To be honest, you don't need to pay for the second fitting.",
  'Frankly, you are not at fault here, the courier lost it.',
  'Honestly you have nothing to worry about, the scan came back clear.',
  "You won't be charged for the missed session.",
  'You are absolutely not to blame for the double booking.',
];
const STILL_READ = ["That's not our department, you'll need to call the bank.", 'To be honest, we cannot refund the ticket.'];

describe('customer-cleared gate (ml30)', () => {
  beforeAll(() => loadNegEnModel());

  it.each(CLEARED)('no not-my-dept or to-be-honest span where the customer is cleared: %s', (s) => {
    expect(readNegEn(s).filter((h) => h.category === 'not-my-dept' || h.category === 'to-be-honest')).toEqual([]);
  });

  it.each(STILL_READ)('still reads the agent disclaiming or a candour opener before bad news: %s', (s) => {
    expect(readNegEn(s).length).toBeGreaterThan(0);
  });
});
