// @vitest-environment node
/**
 * Sixteenth session's question constructions (lib/tone/cues/questions.kinds16.ts). Sentences written for this test
 * (not from any eval split).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const questions = (text: string) => readCustomerTone(text).questions.map((q) => q.text);

describe('the indirect question that is the only question', () => {
  it('"I would like to know whether …" / "I just need to know if …" / «خواستم بپرسم …» ask one question', () => {
    expect(questions('Hello, I would like to know whether the gym is open on Easter Monday. Thanks, Ola')).toEqual([
      'Hello, I would like to know whether the gym is open on Easter Monday.',
    ]);
    expect(questions('Nothing is wrong. I just need to know if the form can be signed online.\nThanks')).toHaveLength(1);
    expect(questions('I want to know who is going to pay for the broken window.')).toHaveLength(1);
    expect(questions('We also wish to know whether the discount applies to the spare parts.')).toHaveLength(1);
    expect(questions('I am writing only to ask whether my card has been posted.')).toHaveLength(1);
    expect(questions('با سلام، خواستم بپرسم آیا مدارکم به دستتان رسیده است. سپاس')).toHaveLength(1);
    expect(questions('سلام، می‌خواستم بدانم کلاس شنبه برگزار می‌شود یا نه.')).toHaveLength(1);
  });
  it('not beside a direct question, not with a noun after the verb, not negated', () => {
    expect(questions('I just want to know how to claim. Is it per trip?')).toEqual(['Is it per trip?']);
    expect(questions('I only need to know the return address.')).toEqual([]);
    expect(questions('The app logs me out every hour, thought you would want to know.')).toEqual([]);
    expect(questions("I don't need to know why it happened, just fix it.")).toEqual([]);
    // Session 20 (questions.kinds20.ts): the writers of late17, late18 and late19 count the colloquial «فقط می‌خوام بدونم …»
    // with a question word after it as a question, beside a direct one too (the older splits counted none).
    expect(questions('فقط می‌خوام بدونم کی میرسه.')).toEqual(['فقط می‌خوام بدونم کی میرسه.']);
  });
});

describe('a casual question without its mark at the end of an open sentence', () => {
  it('a question word with its verb after a comma or an emoji, a follow-on "and is there …"', () => {
    expect(questions('the app logged me out again lol. anyway, how do i reset my pin')).toEqual(['anyway, how do i reset my pin']);
    expect(questions('my order got cancelled?? no idea why 😭 how long does a refund take')).toEqual([
      'my order got cancelled??',
      'how long does a refund take',
    ]);
    expect(questions('do you deliver to Galway? and is there a fee for that 🙂')).toEqual(['do you deliver to Galway?', 'and is there a fee for that 🙂']);
    expect(questions('the bill doubled this month?? did something change')).toHaveLength(2);
  });
  it('not a relative clause, a closed sentence, a plain statement, or "and did it again" inside a sentence', () => {
    expect(questions('my parcel, which is late, is still in Leeds')).toEqual([]);
    expect(questions('Anyway, how do I put this. The blender is broken.')).toEqual([]);
    expect(questions('the printer jammed and did it again after lunch')).toEqual([]);
    expect(questions('Kind regards, Tom')).toEqual([]);
  });
});

describe('", and whether …" / ", and if so, what …" ask a second question', () => {
  it('splits the asking sentence in two', () => {
    expect(questions('Could you tell me which forms you need, and whether the last bill can go to my address?')).toEqual([
      'Could you tell me which forms you need',
      'and whether the last bill can go to my address?',
    ]);
    expect(questions('Do you sell gift cards, and if so, how long are they valid?')).toHaveLength(2);
  });
  it('not ", or whether …" (one question, two choices), nor a sentence without its mark', () => {
    expect(questions('Could you check whether it can be posted, or whether I must collect it?')).toHaveLength(1);
    expect(questions('I would like to know the price, and whether it includes VAT.').length).toBeLessThan(2);
  });
});
