// @vitest-environment node
/**
 * Fifteenth session's register, academic and question constructions (lib/tone/cues/register.kinds15.ts,
 * academic.kinds15.ts, questions.kinds15.ts). Sentences written for this test (not from any eval split).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const kinds = (text: string) => readCustomerTone(text).cues.map((c) => c.kind);
const questions = (text: string) => readCustomerTone(text).questions.map((q) => q.text);

describe('English formal is a letter, not one polite phrase', () => {
  it('two letter formulas, or one that is a letter on its own, read formal', () => {
    expect(kinds('Dear Sir or Madam,\nPlease send me a copy of my lease.\nThanks,\nTom')).toContain('formal');
    expect(kinds('Hello,\nThe heater stopped working.\nYours sincerely,\nAnn Lee')).toContain('formal');
    expect(kinds('Dear Ms Carter,\n\nI am writing to ask about the library card renewal.\n\nBest,\nJo')).toContain('formal');
    expect(kinds('Good morning,\n\nI regret that I must raise the same fault again. Kindly arrange a visit.\n\nPaul')).toContain('formal');
  });
  it('one formula in plain polite mail stays neutral', () => {
    expect(kinds('Hi, could you send me the invoice again? It went to spam.\n\nKind regards,\nSam')).not.toContain('formal');
    expect(kinds('Please find attached the photo of the label. Let me know if you need more.')).not.toContain('formal');
    expect(kinds('Could you kindly check the delivery date for my sofa?')).not.toContain('formal');
  });
  it('the evidence is the letter formulas, with their reason', () => {
    const text = 'Dear Sir or Madam,\nI would be grateful if you could update my address.\nYours faithfully,\nM. Hale';
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'formal')!;
    expect(c.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['Dear Sir', 'Yours faithfully']));
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(c.evidence.every((e) => e.why === 'tone.why.letter')).toBe(true);
  });
  it('an academic letter is formal and academic; an academic plain mail is academic only', () => {
    const letter = 'Dear Sir or Madam,\n\nI am writing to request an invoice for our site licence.\n\nYours faithfully,\nDr. Ruth Park\nDepartment of Physics, University of Leeds';
    expect(kinds(letter)).toEqual(expect.arrayContaining(['formal', 'academic']));
    const plain = 'Hi,\n\nthe licence key for our lab stopped working today. Could you reset it?\n\nThanks,\nDr. Ruth Park\nDepartment of Physics, University of Leeds';
    expect(kinds(plain)).toContain('academic');
    expect(kinds(plain)).not.toContain('formal');
  });
});

describe('Persian formal and Finglish casual', () => {
  it('one elevated word common in plain writing is not officialese; officialese is', () => {
    expect(kinds('سلام. همان‌طور که تلفنی عرض کردم، رسید پرداخت هنوز صادر نشده است.')).not.toContain('formal');
    expect(kinds('از راهنمایی شما سپاسگزارم، مشکل حل شد.')).not.toContain('formal');
    expect(kinds('احتراماً، خواهشمند است رسید پرداخت اینجانب را ارسال فرمایید.')).toContain('formal');
  });
  it('Persian in Latin letters reads casual, its words as evidence', () => {
    const text = 'salam, mishe begid sefaresham kei mirese? mamnoon';
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'casual');
    expect(c).toBeDefined();
    expect(c!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['salam', 'mishe']));
    expect(kinds('Salam team, the invoice for March is missing.')).not.toContain('casual');
  });
});

describe('academic signatures', () => {
  it('a signature block opening with the name counts when it holds a role and an institution', () => {
    expect(kinds('Hi, the dataset page rejects our login. Could you check?\n\nMina Rad\nPhD Candidate, School of Law\nUniversity of Kent')).toContain('academic');
  });
  // The thirty-eighth session's convention (academic.sig38.ts): a doctor signing with the title shows the cue (use the title, no emoji).
  it('a doctor at a clinic or practice signing with the title is academic', () => {
    expect(kinds('Hello, our printer order has not arrived.\n\nKind regards,\nDr Omar Said\nGP, Hillside Medical Practice')).toContain('academic');
    expect(kinds('سلام،\nسفارش دستگاه هنوز نرسیده است.\n\nدکتر سارا امینی\nمتخصص قلب، مطب ونک')).toContain('academic');
  });
});

describe('questions by construction', () => {
  it('a question word with its verb asks without a mark', () => {
    expect(questions('WHY HAVE I BEEN CHARGED TWICE. Sort it out')).toHaveLength(1);
  });
  it('two questions in one sentence after ", and" or a new question word', () => {
    expect(questions('What is a PAN number, and where do I find it?')).toHaveLength(2);
    expect(questions('Roughly what would it cost, and how long does it take?')).toHaveLength(2);
  });
  it('", or" with an inverted verb is one question with two choices', () => {
    expect(questions('Is this covered by the warranty, or do I pay for it?')).toHaveLength(1);
  });
  it('a greeting or an opening phrase before a comma is no question of its own', () => {
    expect(questions('hiya, can i add a second user to my plan?')).toHaveLength(1);
    expect(questions('For my trip in May, do I need a permit?')).toHaveLength(1);
  });
  it('a mark inside a quote or a link asks nothing', () => {
    expect(questions('The form asks "What is your tax code?" and I left it blank.')).toHaveLength(0);
  });
  it('an order or a remark opened by an auxiliary is no question', () => {
    expect(questions('dont tell me to restart the router')).toHaveLength(0);
    expect(questions("would've been nice to be told")).toHaveLength(0);
  });
  it('a letter asks through "grateful if you could confirm whether"', () => {
    expect(questions('I would be grateful if you could confirm whether my form has arrived.')).toHaveLength(1);
  });
  it('an open request to someone after a comma asks', () => {
    expect(questions('not sure what happened to my bill, can someone explain')).toHaveLength(1);
  });
});
