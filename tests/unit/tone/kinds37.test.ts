// @vitest-environment node
/**
 * Session 37's urgency kind (lib/tone/cues/urgency.kinds37.ts): an event or deadline a few days ahead with the company's
 * part needed before it. Look-alike sets written from general knowledge across trades, registers and spellings
 * (scripts/tone-kinds37-matrix.ts), never from a development sentence's nouns, with the contrasts that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { REPEAT37, URGENCY37 } from '../../../scripts/tone-kinds37-matrix.ts';
import { HELD_OUT_SPLIT, listMisses } from '../../bench/tone.eval.ts';
import { cueMatrixSuite } from './family.ts';

// Evidence is the words that carry the urgency, never a bare function word, a greeting or thanks.
const PLAIN = /^(?:hi|hello|i|we|the|a|is|to|you|thanks?|please|your?|and|on|by|can|could|سلام|با\s+سلام|ممنون|مرسی|شما|لطفا|لطفاً|تا)$/iu;
cueMatrixSuite('urgency: an event or deadline a few days ahead, needed before it (session 37)', URGENCY37, 'urgent', PLAIN);
cueMatrixSuite('repeat: Finglish and Persian earlier contacts (session 37)', REPEAT37, 'repeat', PLAIN);

describe('session 37 readings', () => {
  const urgentOf = (text: string) => readCustomerTone(text).cues.find((x) => x.kind === 'urgent');
  it('shows the event with its day and the words saying it is needed before, mapped to the message', () => {
    const text = 'My daughter graduates on Saturday and her gown still hasn’t come. Can you send it before then?';
    const c = urgentOf(text);
    expect(c?.evidence.map((e) => [e.text, e.why])).toEqual([['on Saturday', 'tone.why.deadline'], ['before then', 'tone.why.deadline']]);
    for (const e of c!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
  it('reads Persian with the need by a day', () => {
    const text = 'با سلام، دفاع پایان‌نامه اینجانب روز دوشنبه است و نسخه صحافی‌شده هنوز آماده نشده. خواهشمند است حداکثر تا شنبه تحویل گردد.';
    expect(urgentOf(text)?.evidence.map((e) => e.text)).toContain('حداکثر تا');
  });
});

describe('session 37 repeat readings', () => {
  it('a Persian earlier contact shows the contact and the saying, not the words between', () => {
    const text = 'هفته پیش اومدم شعبه شما، گفتن کارت آماده‌ست، ولی هنوز پیامک نیومده.';
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'repeat');
    expect(c?.evidence.map((e) => [e.text, e.why])).toEqual([['اومدم شعبه شما', 'tone.why.earlierContact'], ['گفتن', 'tone.why.earlierContact']]);
  });
});

describe('tone.eval --misses', () => {
  it('lists development splits only: an aside or held-out split asked for is left out', () => {
    expect(listMisses({ cues: ['urgent'], splits: ['late16', 'fresht', HELD_OUT_SPLIT] })).toEqual([]);
  });
  it('gives each miss its split, kind and the evidence shown', () => {
    const m = listMisses({ cues: ['urgent'], langs: ['en'], splits: ['late36'] });
    expect(m.length).toBeGreaterThan(0);
    for (const x of m) {
      expect(x.split).toBe('late36');
      expect(['FN', 'FP']).toContain(x.kind);
      if (x.kind === 'FP') expect(x.evidence.length).toBeGreaterThan(0);
    }
  });
});
