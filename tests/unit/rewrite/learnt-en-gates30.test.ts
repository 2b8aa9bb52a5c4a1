// @vitest-environment node
/**
 * (ml30) The English learnt reader's customer-cleared gate (lib/rewrite/learnt/neg.en.ts): a not-my-dept or candour span
 * in a sentence that tells the customer they are not at fault or owe nothing ("You are not responsible for the charge",
 * "Honestly, you have nothing to apologise for") is the reassurance, not a disclaimer. The agent disclaiming ("That's not
 * our department") and a candour opener before bad news stay read. Sentences are this test's own (other trades than
 * the evaluation sets and the matrices); none is in the reader's training pool (learnt-* files are left out of it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { KIND_GATE, loadNegEnModel, readNegEn } from '../../../lib/rewrite/learnt/neg.en.ts';

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

/** (session 30) A reassurance ahead of a case the agent names: "Don't panic if …", "no need to worry when …". */
const AHEAD = [
  "Don't panic if the boiler display flashes E1 for a minute after the reset, that's normal.",
  'dont worry if the app logs you out after the update, your streak is saved',
  "Don't panic when the alarm beeps twice during the test, it means it's arming.",
  'No need to worry if the parcel shows as held at the depot overnight.',
];
/** The customer's worry itself waved off stays read. */
const WAVED = ["Don't panic, it's only a scratch on the bumper.", 'Calm down, the tickets are not sold out.'];

describe('reassurance ahead of a named case (session 30)', () => {
  beforeAll(() => loadNegEnModel());

  it.each(AHEAD)('no dismissive span before "if / when / while": %s', (s) => {
    expect(readNegEn(s).filter((h) => h.category === 'dismissive')).toEqual([]);
  });

  it('the gate is what keeps them quiet (the reader reads "Don\'t panic" there with the gates off)', () => {
    KIND_GATE.on = false;
    try {
      expect(AHEAD.filter((s) => readNegEn(s).some((h) => h.category === 'dismissive')).length).toBeGreaterThan(0);
    } finally {
      KIND_GATE.on = true;
    }
  });

  it.each(WAVED)('the customer\'s worry waved off stays read: %s', (s) => {
    expect(readNegEn(s).filter((h) => h.category === 'dismissive').length).toBeGreaterThan(0);
  });
});
