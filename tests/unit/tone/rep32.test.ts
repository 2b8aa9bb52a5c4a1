// @vitest-environment node
/**
 * Session 32's repeat-contact kinds, English, Persian and Finglish (lib/tone/cues/repeat.kinds32.ts): a look-alike set written from general
 * knowledge across trades, registers and mail clients (scripts/tone-rep32-matrix.ts), never from a development sentence's
 * nouns. Each kind's positives show the cue and its close contrasts do not; evidence is never a bare pronoun, "thanks" or
 * article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { strings } from '../../../lib/tone/cues/repeat.ts';
import { REPEAT32, REPEAT32_FA, REPEAT32_FINGLISH } from '../../../scripts/tone-rep32-matrix.ts';
import { cueMatrixSuite } from './family.ts';

const PLAIN = /^(?:you|i|your|thanks?|thank you|the|a|من|شما|ممنون|مرسی)$/i;
cueMatrixSuite('repeat kinds (session 32, English)', REPEAT32, 'repeat', PLAIN);
cueMatrixSuite('repeat kinds (session 32, Persian)', REPEAT32_FA, 'repeat', PLAIN);
cueMatrixSuite('repeat kinds (session 32, Finglish)', REPEAT32_FINGLISH, 'repeat', PLAIN);

describe('session 32 evidence', () => {
  const ev = (text: string) => readCustomerTone(text).cues.find((x) => x.kind === 'repeat')?.evidence ?? [];
  it('a bare "??" above the company quoted reply shows the quote header, with the quoted-reply reason', () => {
    const e = ev('??\n\nOn Mon, 3 Mar 2025 at 14:05, Harbour Dental Reception <reception@harbourdental.example> wrote:\n> Thanks for getting in touch. We will get back to you within two working days.');
    expect(e.map((x) => x.text)).toContain('On Mon, 3 Mar 2025 at 14:05, Harbour Dental Reception <reception@harbourdental.example> wrote:');
    expect(e.every((x) => x.why === 'tone.why.quotedReply')).toBe(true);
  });
  it('"That doesn\'t answer my question" is shown as the words that carry it', () => {
    const e = ev("That doesn't answer my question. I asked when the engineer is coming.\n\n-----Original Message-----\nFrom: Northwind Energy\nSent: 03 March 2025 14:05\n\nThanks for reaching out! Fault code E4 usually means low pressure.");
    expect(e.map((x) => x.text)).toContain("doesn't answer my question");
  });
  it('a learner\'s counted contact shows the contact and its count', () => {
    expect(ev('I am writing 4th time about refund. Please answer.').map((x) => x.text)).toContain('I am writing 4th time');
  });
  it('a formal letter that names its own earlier mail shows those words', () => {
    expect(ev('احتراماً، علی‌رغم ارسال دو نامه در اسفندماه، تاکنون گواهی کسر از حقوق صادر نشده است.').map((x) => x.text)).toContain('علی‌رغم ارسال دو نامه');
  });
  it('the reason shown exists in English and Persian', () => {
    expect(strings.en['tone.why.quotedReply']).toBeTruthy();
    expect(strings.fa['tone.why.quotedReply']).toBeTruthy();
  });
});
