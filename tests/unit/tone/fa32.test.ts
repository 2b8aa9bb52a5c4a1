// @vitest-environment node
/**
 * Session 32's Persian tone kinds (lib/tone/cues/frustration.fa.kinds32.ts, lib/tone/cues/urgency.fa.kinds32.ts):
 * look-alike sets written from general knowledge across trades, registers, spellings (no ZWNJ, Arabic ي/ك) and Finglish
 * (scripts/tone-fa32-matrix.ts), never from a development sentence's nouns, with the contrasts that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { cueStrings } from '../../../lib/tone/cues/index.ts';
import { FRUSTRATION_FA32, URGENCY_FA32 } from '../../../scripts/tone-fa32-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Evidence is the words that carry it, never a bare greeting, «ممنون» or «شما».
const PLAIN = /^(?:سلام|با\s+سلام|ممنون|مرسی|شما|لطفا|لطفاً|salam|merci)$/iu;
cueMatrixSuite('Persian frustration: an expectation let down (session 32)', FRUSTRATION_FA32, 'frustrated', PLAIN);
cueMatrixSuite('Persian urgency: a timed event tonight or tomorrow (session 32)', URGENCY_FA32, 'urgent', PLAIN);

describe('session 32 readings', () => {
  it('shows the expectation with its own reason, in English and Persian', () => {
    const r = readCustomerTone('با سلام، بنده سه هفته است منتظر بازگشت وجه هستم و هنوز هیچ پاسخی دریافت نکرده‌ام. انتظار میرود در اسرع وقت پاسخگو باشید.');
    const c = r.cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => e.why === 'tone.why.expectationLet' && e.text.startsWith('انتظار'))).toBe(true);
    expect(cueStrings.en['tone.why.expectationLet']).toBeTruthy();
    expect(cueStrings.fa['tone.why.expectationLet']).toBeTruthy();
  });
  it('reads the event of a Finglish message as a deadline', () => {
    const t = 'salam, farda sob parvaz daram va chamedoonam hanooz nayomade, mishe peygiri konid?';
    const c = readCustomerTone(t).cues.find((x) => x.kind === 'urgent');
    expect(c?.evidence.some((e) => e.why === 'tone.why.deadline' && /farda/.test(e.text))).toBe(true);
  });
});
