// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isAsciiText, mayMatch, precheck, requiredLiterals } from '../../../lib/text/regex-literals.ts';
import { LiteralScanner } from '../../../lib/text/literal-scan.ts';

/** Every text the expression matches in must pass its pre-check (the one property that keeps readers' answers the same). */
function sound(re: RegExp, texts: readonly string[]): void {
  const c = precheck(re);
  for (const t of texts) {
    if (re.test(t)) expect(mayMatch(c, t, t.toLowerCase(), isAsciiText(t)), `${re} on ${JSON.stringify(t)}`).toBe(true);
  }
}

const TEXTS = [
  'that is a strict rule that you pay', 'it is a rule that', 'its the policy that we follow', 'sorry , it is a rule that',
  'sooorry', 'SORRY', 'Sorry', 'we are only able to help with', 'go back over the email', 'so go back to the email',
  'f.a.q', 'faq', 'FAQ', 'not us', 'not for me', 'abab', 'abcd', 'ab', 'x', '', 'kelvin \u212a', 'ſorry', 'the ſtore',
  'café', 'CAFÉ', 'a]x', 'a-b', 'a/b', 'tab\there', 'it is', 'that is', 'is it', "it's",
];

describe('requiredLiterals', () => {
  it('reads runs, fixed alternatives spelt out, and the best candidate of a sequence', () => {
    expect(requiredLiterals(/\b(?:it|that) is/)).toEqual(['it is', 'that is']);
    expect(requiredLiterals(/(?:strict )*(?:rule|policy) that\b/)).toEqual(['rule that', 'policy that']);
    expect(requiredLiterals(/so+rry/)).toEqual(['rry']);
    expect(requiredLiterals(/(?:^|, )go back\b/)).toEqual(['go back']);
    expect(requiredLiterals(/\bf\.?a\.?q/)).toEqual(['f']);
  });

  it('gives no list where a match may hold no fixed text, or where skipping would change the expression', () => {
    for (const re of [/a|b?/, /[a-z]+/, /(?:x)?y?/, /(?:)/, /x/g, /x/y, /\p{L}/u, /é/i, /(?:a|)/, /.+/]) expect(requiredLiterals(re), String(re)).toBeNull();
  });

  it('lower-cases under i and runs the expression on a non-ASCII text (ſ and the Kelvin sign fold to s and k under iu)', () => {
    expect(requiredLiterals(/SORRY/i)).toEqual(['sorry']);
    const c = precheck(/sorry/iu);
    expect(mayMatch(c, 'ſorry', 'ſorry', false)).toBe(true);
    expect(/sorry/iu.test('ſorry')).toBe(true);
    expect(mayMatch(c, 'hello', 'hello', true)).toBe(false);
    expect(mayMatch(precheck(/kelvin k/iu), 'kelvin \u212a', 'kelvin \u212a', false)).toBe(true);
  });

  it('is sound on every construct it reads', () => {
    const res = [
      /\b(?:that|this|it) is (?:a|an) (?:(?:strict|firm) )*(?:rule|policy) that\b/, /(?<=^(?:(?:sorry|but) ,? ?)*)(?:(?:it|that) is|its) (?:a|the) rule/,
      /so+rry/, /sorry/i, /SORRY/i, /sorry/iu, /kelvin k/iu, /only able to (?:help|assist) with\b/, /(?:^|[,;:] |\b(?:so|and) )go back (?:over|to)/,
      /\bf\.?a\.?q\b/i, /not (?:for )?(?:us|me)\b/, /(ab)\1/, /(?<x>ab)\k<x>/, /ab(?=cd)/, /ab(?!cd)/, /(?<!x)ab/, /[\]]x/, /a\-b/, /a\/b/,
      /tab\there/, /\x61\u0062/, /caf\u00e9/i, /café/, /it(?:'s| is)/, /(?:it|that) is\b/, /a{2,}b/, /(?:ab){2}/, /x{0}y/, /a{1,3}?b/,
    ];
    for (const re of res) sound(re, TEXTS);
  });
});

describe('LiteralScanner', () => {
  it('answers as each expression alone would (one pass over a text for a list)', () => {
    const res = [/\bit is a rule\b/, /sorry/i, /[a-z]+/, /not (?:for )?(?:us|me)\b/, /go back (?:over|to)/, /\bf\.?a\.?q\b/i, /café/, /x/g, /(?:it|that) is\b/];
    const s = new LiteralScanner(res);
    for (const t of [...TEXTS, 'SORRY, it is a rule', 'go back to it', 'not for us', 'that is it', 'a café', 'ſorry']) {
      s.scan(t);
      res.forEach((re, i) => {
        re.lastIndex = 0;
        if (re.test(t)) expect(s.may(i), `${re} on ${JSON.stringify(t)}`).toBe(true);
        expect(s.may(i), `${re} on ${JSON.stringify(t)}`).toBe(mayMatch(precheck(re), t, t.toLowerCase(), isAsciiText(t)));
      });
    }
  });
});
