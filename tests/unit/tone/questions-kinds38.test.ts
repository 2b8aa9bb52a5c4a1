// @vitest-environment node
/**
 * Asks joined in one sentence (lib/tone/cues/questions.kinds38.ts). Sentences written for this test (not from any eval
 * split), each kind with its look-alikes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { JOINED } from '../../../lib/tone/cues/questions.ts';
import { REQUEST } from '../../../lib/tone/cues/questions.kinds32.ts';

const asks = (text: string) => readCustomerTone(text).questions.map((q) => q.text);

afterEach(() => {
  JOINED.on = true;
});

describe('a second question word after "and" is a second question', () => {
  it('splits the sentence where the second question starts, each part its own evidence', () => {
    expect(asks('Hi, is the climbing wall open on Sundays, and how much is a day pass?')).toEqual([
      'Hi, is the climbing wall open on Sundays',
      'how much is a day pass?',
    ]);
    expect(asks('WHERE DO I SEND THE FORM AND WHO SIGNS IT OFF.')).toHaveLength(2);
    expect(asks('Could you tell me whether the seats are together, and roughly when the tickets will be posted?')).toHaveLength(2);
    expect(asks('Do you deliver to Orkney and what does it cost?')).toHaveLength(2);
  });
  it('two question words side by side, or too little before the "and", stay one question', () => {
    expect(asks('Can you tell me when and how the refund will be paid?')).toHaveLength(1);
    expect(asks('Why and when did this change?')).toHaveLength(1);
    expect(asks('Where and how?')).toHaveLength(1);
  });
  it('without the kind the sentence is one question (the switch measures it)', () => {
    JOINED.on = false;
    expect(asks('Hi, is the climbing wall open on Sundays, and how much is a day pass?')).toHaveLength(1);
  });
});

describe('a second thing to do after "and" is a request', () => {
  it('a verb of asking with its own words, in an ask put to the company', () => {
    const r = readCustomerTone('Could you kindly explain the extra charge, and confirm which of the two totals is right?');
    expect(r.questions.map((q) => q.text)).toEqual(['Could you kindly explain the extra charge', 'confirm which of the two totals is right?']);
    expect(r.questions[1].why).toBe(REQUEST);
    expect(asks('Please could you check the meter reading and, if not, arrange a new one this week?')).toHaveLength(2);
  });
  it('never the customer\'s own doing or a threat', () => {
    expect(asks('Just wondering if I should read the meter myself and send the numbers in?')).toHaveLength(1);
    expect(asks('Fix the boiler today or I will hire someone else and send you the invoice.')).toHaveLength(1);
  });
  it('a second verb with nothing of its own, or a thing joined by "and", is the same ask', () => {
    expect(asks('Could you check and let me know?')).toHaveLength(1);
    expect(asks('Can you send me the terms and conditions for the annual plan?')).toHaveLength(1);
  });
});

describe('a lettered or numbered list of asks', () => {
  it('lists each item after a request\'s head', () => {
    expect(asks('Dear Sirs,\n\nPlease provide (a) the inspection report, (b) the photographs and (c) the repair invoice.\n\nYours faithfully,\nJ. Doe')).toEqual([
      '(a) the inspection report',
      '(b) the photographs',
      '(c) the repair invoice',
    ]);
  });
  it('labels out of order, or a list that asks nothing, stay as they were', () => {
    expect(asks('The parcel had (b) stamped on it and (a) crossed out.')).toEqual([]);
    expect(asks('Please provide (b) the report and (d) the photographs.')).toHaveLength(1);
  });
});

describe('Persian asks are left as they were', () => {
  it('a joined Persian question stays one', () => {
    expect(asks('سلام، ارسال به شیراز دارید و هزینه‌اش چقدر است؟')).toHaveLength(1);
  });
});
