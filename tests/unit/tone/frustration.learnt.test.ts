/**
 * The learnt frustration gate (lib/tone/cues/frustration.learnt.ts): a veto on the rules' cue, never a source of
 * one. Its weights are generated (tests/bench/frustration.train.ts) from content words only, it leaves Persian and
 * short messages to the rules, and it never changes a cue's evidence.
 */
import { describe, expect, it } from 'vitest';
import { EN_STOP } from '../../../lib/kb/stopwords.en.ts';
import { GATE_MIN_WORDS, withoutLearntGate } from '../../../lib/tone/cues/frustration.learnt.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { frustrationGateEn } from '../../../lib/tone/learnt.frustration.en.ts';
import { DEV_SPLITS, evalExists, loadEval } from '../../bench/tone.eval.ts';

const frustrated = (text: string, gate = true) => (gate ? readCustomerTone(text) : withoutLearntGate(() => readCustomerTone(text))).cues.find((c) => c.kind === 'frustrated');

describe('learnt frustration gate', () => {
  it('weighs no function word, greeting or thanks', () => {
    for (const k of frustrationGateEn.weights.keys()) {
      const m = /^[wn]:(.*)$/.exec(k);
      if (m) expect(EN_STOP.has(m[1]), k).toBe(false);
    }
    expect(frustrationGateEn.gate).toBeGreaterThan(0);
    expect(frustrationGateEn.gate).toBeLessThan(0.5);
  });

  it('only removes a cue, and keeps the evidence of those it keeps', () => {
    let removed = 0;
    for (const split of DEV_SPLITS) {
      for (const lang of ['en', 'fa'] as const) {
        if (!evalExists(lang, split)) continue;
        for (const m of loadEval(lang, split).slice(0, 40)) {
          const on = frustrated(m.text);
          const off = frustrated(m.text, false);
          if (on) expect(off?.evidence).toEqual(on.evidence);
          else if (off) {
            removed++;
            const r = readCustomerTone(m.text);
            // Persian and short messages are the rules' alone.
            expect(r.language === 'fa').toBe(false);
            expect(r.length.words).toBeGreaterThanOrEqual(GATE_MIN_WORDS);
          }
        }
      }
    }
    expect(removed).toBeLessThan(40);
  });

  it('leaves short messages to the rules', () => {
    expect(frustrated('This is the last time I order anything from you.')).toBeDefined();
    expect(frustrated('Charging a late fee for your own outage is unconscionable.')).toBeDefined();
  });
});
