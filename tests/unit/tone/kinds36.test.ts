// @vitest-environment node
/**
 * Session 36's English repeat-contact kinds (lib/tone/cues/repeat.kinds36.ts): look-alike sets written from general
 * knowledge across trades, registers and spellings (scripts/tone-kinds36-matrix.ts), never from a development sentence's
 * nouns. Each kind keeps its close contrasts (someone else's contact, a plan, a visit told once, a habit, an advert, a
 * forwarded mail, a wait with nothing asked of the company).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { REPEAT36 } from '../../../scripts/tone-kinds36-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('repeat kinds (session 36)', REPEAT36, 'repeat', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?|please|your?|and)$/i);

describe('session 36 readings', () => {
  const repeatOf = (text: string) => readCustomerTone(text).cues.find((x) => x.kind === 'repeat');
  it('a bare "??" above a quoted mail shows the question marks and the quoted header', () => {
    const text = '??\n\n> On 12 May 2025, at 09:40, Tom Field wrote:\n> Hi, is the replacement mudguard in stock yet?';
    const c = repeatOf(text);
    expect(c?.evidence.map((e) => e.text)).toEqual(['??', 'On 12 May 2025, at 09:40, Tom Field wrote:']);
    for (const e of c!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
  it('an earlier contact told with what was said shows the contact verb and the saying, without pronoun or article', () => {
    const text = 'I write in chat on Monday about my bag, the agent say it is found, but nobody bring it.';
    expect(repeatOf(text)?.evidence.map((e) => e.text)).toEqual(['write', 'agent say']);
  });
  it('"Still waiting." alone shows its words, reason unanswered', () => {
    const c = repeatOf('Still waiting. Not impressed.');
    expect(c?.evidence.map((e) => [e.text, e.why])).toEqual([['Still waiting', 'tone.why.unanswered']]);
  });
});
