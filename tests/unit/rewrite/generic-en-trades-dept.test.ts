// @vitest-environment node
/**
 * rwen10: English back-office vocabulary by trade (lib/rewrite/generic/jargon.en.trades.ts), the sixth English pass
 * (lib/rewrite/generic/dept.en.ts: not-my-department and the system as the reason) and the family matrix that generates
 * both (scripts/en-family-matrix.ts). Sentences written for this test, none copied from an evaluation file.
 */
import { describe, expect, it } from 'vitest';
import { explainGeneric, readGeneric } from '../../../lib/rewrite/generic/index.ts';
import { readJargonEn } from '../../../lib/rewrite/generic/jargon.ts';
import { readDeptEn } from '../../../lib/rewrite/generic/dept.en.ts';
import { familyMatrix } from '../../../scripts/en-family-matrix.ts';

const jargon = (s: string) => readJargonEn(s).map((h) => s.slice(h.start, h.end));
const dept = (s: string) => readDeptEn(s).map((h) => h.construction);

describe('English trade jargon', () => {
  it.each([
    ['The airline raised an ADM against the booking.', 'ADM'],
    ['Your number is stuck with the donor network.', 'donor network'],
    ['The payment came back as R01 from your bank.', 'R01'],
    ['Your MPAN is not matching our records.', 'MPAN'],
    ['The claim went to the TPA last week.', 'TPA'],
    ['Your account has a HWID flag.', 'HWID'],
    ['There is a bursar hold on your record.', 'bursar hold'],
    ['The order was drop-shipped.', 'drop-shipped'],
  ])('%s', (s, word) => {
    expect(jargon(s)).toContain(word);
  });

  it('leaves a term the agent explains, and the words customers know', () => {
    expect(jargon('Your RMA (return authorisation) number is 5512.')).toEqual([]);
    expect(jargon('The MPAN, which is the number on your meter, is on the bill.')).toEqual([]);
    expect(jargon('Please enter your PIN and the OTP we sent.')).toEqual([]);
    expect(jargon('The folio edition of the book is back in stock.')).toEqual([]);
    expect(jargon('I have added 2 PAC units to your order.')).toEqual([]);
  });

  it('"which is why" after a code is no explanation', () => {
    expect(jargon('The payment was returned with reason code R03, which is why it shows twice.').length).toBe(1);
  });

  it('advises the plain words in both UI languages', () => {
    const [h] = readGeneric('en', 'Your RMA is 55.');
    expect(explainGeneric('en', h.construction, 'en', 'RMA')).toMatch(/return number/);
    expect(explainGeneric('en', h.construction, 'fa', 'RMA')).toMatch(/return number/);
  });
});

describe('not-my-department and system forms', () => {
  it.each([
    "That's handled by our billing team, sorry.",
    'Thats dealt with by the warehouse.',
    'We only deal with online orders.',
    "we don't look after refunds",
    'u have the wrong dept',
    "That's for your bank to answer.",
    'You should ask the airline about that, we only sell the tickets.',
  ])('reads %s', (s) => {
    expect(dept(s)).toContain('handled-elsewhere');
  });

  it.each(['my hands r kind of tied', "There's no way for me to override the charge.", 'I dont have access to the billing system.', "It's a system thing."])('reads %s', (s) => {
    expect(dept(s).length).toBe(1);
  });

  it.each([
    "That's handled by our billing team, who will email you today.",
    'We only deal with trusted couriers.',
    'We only ship to UK addresses.',
    "We don't have access to your password, so it stays private.",
    'You can ask the hotel for a late checkout.',
    "That's for your records.",
  ])('leaves %s', (s) => {
    expect(dept(s)).toEqual([]);
  });
});

describe('the matter disowned, and a diagnosis that sends the customer elsewhere (session 19)', () => {
  it.each([
    ['thats not on us once the courier has collected it', 'not-ours'],
    ["It isn't our problem, the seller sets the price.", 'not-ours'],
    ['Not our department, sorry.', 'not-ours'],
    ["We've got nothing to do with the courier's schedule.", 'not-ours'],
    ['That has nothing to do with us.', 'not-ours'],
    ["That's not a pharmacy issue, you'd need to ring the surgery.", 'handled-elsewhere'],
    ["it's not a billing problem - ask your bank", 'handled-elsewhere'],
  ])('reads %s', (s, c) => {
    expect(dept(s)).toContain(c);
  });

  it.each([
    "That's not on you at all, we will sort it.",
    'It has nothing to do with anything you did.',
    "It's nothing to do with your account.",
    'We have nothing to do with those scam texts, so please delete them.',
    "That one's on us, sorry, the refund is on its way.",
    "It isn't a hardware fault, so I have sent you a new router.",
    "It's not a big problem, just restart the app.",
    "That's on us to fix, and we will today.",
  ])('leaves %s', (s) => {
    expect(dept(s)).toEqual([]);
  });

  it('explains the disowning in both UI languages', () => {
    const h = readGeneric('en', "That's not our problem.");
    expect(h.map((x) => x.construction)).toContain('not-ours');
    expect(explainGeneric('en', 'not-ours', 'en', 'not our problem')).toMatch(/^This disowns the problem/);
    expect(explainGeneric('en', 'not-ours', 'fa', 'not our problem')).toMatch(/مسئولیت مشکل/);
  });
});

describe('the family matrix', () => {
  it('the new reader flags none of its own look-alikes', () => {
    const neutrals = familyMatrix().filter((x) => x.label === 'neutral' && x.kind.startsWith('dept/') || (x.label === 'neutral' && x.kind.startsWith('system/')));
    const flagged = neutrals.filter((x) => readDeptEn(x.text).length);
    expect(flagged.map((x) => x.text)).toEqual([]);
  });
  it('every listed trade term is read in its agent sentences', () => {
    const negs = familyMatrix().filter((x) => x.label === 'negative' && x.kind.startsWith('jargon/'));
    expect(negs.filter((x) => !readJargonEn(x.text).length).map((x) => x.text)).toEqual([]);
  });
});
