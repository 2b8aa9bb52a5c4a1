// @vitest-environment node
/**
 * The thirty-second session's English kinds (rwen32: generic/kinds32.en.ts and neutral32.en.ts, late31's misses and flagged
 * neutrals whose kind recurs in late27 … late30 or train31): the look-alike rows of scripts/en-recall32-matrix.ts are
 * flagged and their contrasts stay silent; the neutral kinds stay silent and their contrasts keep their flag; a text
 * message's no-reply line is a footer (lib/text/footer.ts).
 */
import { describe, expect, it } from 'vitest';
import { runNeutral32, runRecall32 } from '../../../scripts/en-recall32-matrix.ts';
import { isFooterKey } from '../../../lib/text/footer.ts';
import { signatureRanges } from '../../../lib/text/signature.ts';
import { draftQuoteRanges } from '../../../lib/text/quotes.ts';

describe('English recall 32: look-alikes flagged, contrasts silent', () => {
  for (const r of runRecall32()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});

describe('English neutral 32: warm "no problem at all" and regret that is theirs stay silent, contrasts keep their flag', () => {
  for (const r of runNeutral32()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});

describe('footer 32: the no-reply line of a text message', () => {
  const cut = (text: string) => signatureRanges(text, draftQuoteRanges(text)).map(([a, b]) => text.slice(a, b));
  it('is a footer line, as the mail one is', () => {
    for (const s of ["please don't reply to this text, call us on 07700 900123 instead.", 'please do not reply to this sms.', 'do not reply to this text message; use the app instead.'])
      expect(isFooterKey(s), s).toBe(true);
    // The agent's own words about a text are not.
    for (const s of ['i will reply to this text once the engineer calls me back.', "we can't reply by text, sorry."]) expect(isFooterKey(s), s).toBe(false);
  });
  it('is left out of the reply under a closing the reader does not know', () => {
    const d = "Hi Sam, your car's booked in for Tuesday at 9.\n\nThanks a bunch,\nJo\nBrightside Motors\nPlease don't reply to this text, call us on 07700 900123 instead.";
    expect(cut(d).join('\n')).toContain("Please don't reply to this text");
    expect(cut(d).join('\n')).not.toContain('Tuesday');
  });
});
