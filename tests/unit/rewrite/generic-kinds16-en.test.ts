// @vitest-environment node
/**
 * The English generic reader's fifth pass (lib/rewrite/generic/kinds16.en.ts, sixteenth session, rwen9, issue 12): each
 * family of the variant matrix's recall holes (scripts/en-neutral-matrix.ts, generated from parts, no split's items) is
 * read in several surface forms, and its close neutral contrasts stay silent.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { EXPLAIN_KINDS16_EN, readKinds16En } from '../../../lib/rewrite/generic/kinds16.en.ts';
import { neutralMatrix } from '../../../scripts/en-neutral-matrix.ts';

const rules = (s: string) => suggestRewrites(s, builtinPacks, { generic: true }).map((g) => g.ruleId);
const read = (s: string) => readKinds16En(s).map((h) => h.construction);

const FAMILIES: Record<string, { negative: string[]; neutral: string[] }> = {
  'refusal-as-loss': {
    negative: ["You won't get a refund.", 'u wont receive a replacement', "Sorry, you're not getting your deposit back.", 'You will no longer receive the discount.', 'You no longer qualify for the discount.', 'you can no longer use the voucher', "It won't be free."],
    neutral: ["You won't be charged.", "you won't get charged twice", 'You will not receive any more emails from us.', "Don't worry, you won't lose your points.", "You'll still get a full refund.", "If you don't get a refund by Friday, let me know.", 'I understand you no longer use your free account.'],
  },
  'blame-question': {
    negative: ["Can't you see the button?", 'cant u see the button?', "Didn't you read the email?", "Why haven't you checked your spam folder?", 'Did you not read the email?'],
    neutral: ['Can you not see it? Let me help.', "Haven't you received the code yet?", "Didn't the email arrive?", "Can't you log in? Let me reset it.", "Wouldn't you like to try it?"],
  },
  'tone-policing': {
    negative: ['No need to take that tone.', "There's no need to shout, we are trying to help.", 'theres no need to use that language', "There's no need for that tone.", "Don't raise your voice.", 'Dont email us again about this.'],
    neutral: ['No need to call us again, we have it in hand.', "You don't need to email us again.", 'Feel free to get in touch again.', 'No need to apologise.', "Don't worry about it."],
  },
  'telling-off': {
    negative: ["Don't let it happen again.", "Please make sure this doesn't happen again.", 'dont do that again!'],
    neutral: ["We'll make sure it doesn't happen again.", "Don't let it put you off.", 'It will not happen again, I promise.'],
  },
  exasperation: {
    negative: ["I can't believe how long this took.", 'i cant believe how many times you have called', 'We can\'t wait all day.', "We don't have all day.", "I can't imagine why you did that."],
    neutral: ["I can't believe how quick that was!", "I can't believe how long you had to wait, I'm so sorry.", 'I cannot believe how long it took us.', "We can't wait to welcome you!"],
  },
  threat: {
    negative: ["If you don't pay by Monday, your account will be suspended.", "if u dont reply by Friday, we'll close your account.", 'Unless you pay the balance, you will be charged the full price.', 'Pay by Friday or your service will be disconnected.'],
    neutral: ["If it doesn't arrive by Friday, we'll send a replacement.", "If you don't receive it by Monday, let me know.", "If you don't want the upgrade, we'll cancel it for free.", 'If you contact us, we will cancel it.', 'If you pay by Monday, your account will be unlocked.', "If you don't reply within 3 days, the ticket will be closed automatically.", 'Reply by Friday or the case will be closed.'],
  },
};

describe('English generic reader, fifth pass (kinds16.en.ts)', () => {
  for (const [family, { negative, neutral }] of Object.entries(FAMILIES)) {
    it(`${family}: read in every surface form, advice only`, () => {
      for (const s of negative) {
        expect(read(s), s).toContain(family);
        expect(rules(s).length, s).toBeGreaterThan(0);
      }
    });
    it(`${family}: its neutral contrasts stay silent`, () => {
      for (const s of neutral) {
        expect(read(s), s).toEqual([]);
        expect(rules(s), s).toEqual([]);
      }
    });
  }

  it('a way of serving refused by the agent is a refusal; a harm spared is not', () => {
    for (const s of ["We won't take your payment over the phone.", 'i dont bill you monthly', 'We will not share your details with your husband.', 'I will not update your address today.']) expect(read(s), s).toEqual(['negated-ability']);
    for (const s of ["We won't share your details with anyone else.", "I won't charge you twice.", "I won't change anything without asking you.", 'We never share your details with any third parties.']) expect(read(s), s).toEqual([]);
  });

  it('"You weren\'t clear" is blame; "I wasn\'t clear" is not', () => {
    expect(read("You weren't clear, sorry.")).toEqual(['second-person-blame']);
    expect(read("I wasn't clear, sorry.")).toEqual([]);
  });

  it('every construction has an English and a Persian explanation', () => {
    for (const v of Object.values(EXPLAIN_KINDS16_EN)) {
      expect(v.en).toContain('{words}');
      expect(v.fa).toContain('{words}');
    }
  });

  it("the matrix's new negative kinds are all caught and their contrasts silent (sample)", () => {
    const m = neutralMatrix();
    const neg = m.filter((x) => x.label === 'negative' && ['loss-refusal', 'way-refusal', 'blame-question', 'tone-policing', 'telling-off', 'exasperation', 'threat'].includes(x.kind)).filter((_, i) => i % 23 === 0);
    const neu = m.filter((x) => x.label === 'neutral' && x.kind.endsWith('-contrast')).filter((_, i) => i % 5 === 0);
    expect(neg.filter((x) => !rules(x.text).length).map((x) => x.text)).toEqual([]);
    expect(neu.filter((x) => rules(x.text).length).map((x) => x.text)).toEqual([]);
  });
});
