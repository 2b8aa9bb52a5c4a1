// @vitest-environment node
/**
 * The thirty-third session's English kinds (rwen33: generic/kinds33.en.ts, en-core's `apologize-again` and
 * lib/text/signature33.en.ts; late32's misses and flagged signature neutrals whose kind the older development splits hold
 * in other forms): the look-alike rows of scripts/en-recall33-matrix.ts are flagged and their contrasts stay silent;
 * kinds33 reads none of its contrasts; a shop's standing rule, a sign-off line with a note in brackets and a first-person
 * no-reply note under a reply are left out of it, while the same words said to this customer keep their flag.
 */
import { describe, expect, it } from 'vitest';
import { runReader33Silent, runRecall33, runSignature33 } from '../../../scripts/en-recall33-matrix.ts';
import { isNoReplyWeEn33, isStandingRuleEn33, withoutNote } from '../../../lib/text/signature33.en.ts';

describe('English recall 33: look-alikes flagged, contrasts silent', () => {
  for (const r of runRecall33()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
  it('kinds33 reads none of its contrasts', () => {
    expect(runReader33Silent()).toEqual([]);
  });
});

describe('English signature 33: sign-off lines left out, the reply above still read', () => {
  for (const r of runSignature33()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
  it('a standing rule is a whole line of rules, never words to this customer', () => {
    for (const k of ['no walk-ins after 6pm.', "we can't hold appointments without a deposit.", 'no refunds on sale items. no dogs allowed.', 'please do not leave donations outside the shop door when we are closed.'])
      expect(isStandingRuleEn33(k), k).toBe(true);
    for (const k of ['no worries about the deposit.', "we can't hold your appointment without a deposit.", 'no walk-ins today, sorry.', "sorry, we can't fit you in this week.", 'please do not worry.', 'no problems at all, see you then.', "no walk-ins after 6pm. i'll call you tomorrow."])
      expect(isStandingRuleEn33(k), k).toBe(false);
  });
  it('a note in brackets and an abbreviation stop are read off a sign-off line only', () => {
    expect(withoutNote('parts & service (tues-thurs only)')).toBe('parts & service');
    expect(withoutNote('ironside tattoo co.')).toBe('ironside tattoo co');
    expect(withoutNote('the van comes friday (weather allowing)!')).toBe('the van comes friday (weather allowing)!');
  });
  it('a first-person no-reply note is a whole line about replies to this address', () => {
    for (const k of ['(we cant read replies sent to this inbox)', 'we do not monitor replies to this address, please use the chat on our site.', "i can't see replies sent to this mailbox"]) expect(isNoReplyWeEn33(k), k).toBe(true);
    for (const k of ["we can't read the tracking number in your photo.", 'sorry we did not see your reply until this morning.', 'we read every reply to this address within a day.']) expect(isNoReplyWeEn33(k), k).toBe(false);
  });
});
