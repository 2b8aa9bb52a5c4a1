// @vitest-environment node
/**
 * Session 33's Persian tone kinds (lib/tone/cues/urgency.fa.kinds33.ts, lib/tone/cues/frustration.fa.kinds33.ts):
 * look-alike sets written from general knowledge across trades, registers, spellings (no ZWNJ, Arabic ي/ك) and Finglish
 * (scripts/tone-fa-kinds33-matrix.ts), never from a development sentence's nouns, with the contrasts that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { cueStrings } from '../../../lib/tone/cues/index.ts';
import { FRUSTRATION_FA33, URGENCY_FA33 } from '../../../scripts/tone-fa-kinds33-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Evidence is the words that carry it, never a bare greeting, «ممنون» or «شما».
const PLAIN = /^(?:سلام|با\s+سلام|ممنون|مرسی|شما|لطفا|لطفاً|salam|merci)$/iu;
cueMatrixSuite('Persian urgency: an outage with someone at stake, a fever now, Finglish pressure (session 33)', URGENCY_FA33, 'urgent', PLAIN);
cueMatrixSuite('Persian frustration: mock praise beside a fault (session 33)', FRUSTRATION_FA33, 'frustrated', PLAIN);

describe('session 33 readings', () => {
  it('shows the outage and what is at stake, with a reason in English and Persian', () => {
    const c = readCustomerTone('آب کل بلوک از دیشب قطعه، یه نوزاد دو هفته‌ای داریم. کسی نمیاد؟').cues.find((x) => x.kind === 'urgent');
    expect(c?.evidence.some((e) => e.why === 'tone.why.safety' && e.text.includes('قطعه'))).toBe(true);
    expect(c?.evidence.some((e) => e.text.includes('نوزاد'))).toBe(true);
    expect(cueStrings.en['tone.why.safety']).toBeTruthy();
    expect(cueStrings.fa['tone.why.safety']).toBeTruthy();
  });
  it('shows the mock praise as sarcasm', () => {
    const c = readCustomerTone('واقعاً عالیه، سه بار گفتم کنتور رو عوض کنید و هنوز همون کنتور خراب سر جاشه 👌').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => e.why === 'tone.why.sarcasm' && e.text.includes('عالیه'))).toBe(true);
    expect(cueStrings.en['tone.why.sarcasm']).toBeTruthy();
    expect(cueStrings.fa['tone.why.sarcasm']).toBeTruthy();
  });
});
