// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FAMILY_WORDS, LETTER_FAMILIES, LETTER_WORDS } from '../../../lib/tone/cues/register.kinds15.ts';

/** LETTER_WORDS lets readLetterEn skip a text: it must pass every text some family matches. */
describe('LETTER_WORDS (readLetterEn prefilter)', () => {
  const words = ['dear', 'sir', 'madam', 'to', 'whom', 'it', 'may', 'concern', 'yours', 'faithfully', 'sincerely', 'truly', 'respectfully', 'i', 'am', 'writing', 'about', 'kindly', 'would', 'should', 'be', 'most', 'grateful', 'appreciate', 'appreciated', 'look', 'looking', 'forward', 'hearing', 'your', 'do', 'not', 'hesitate', 'at', 'earliest', 'convenience', 'please', 'find', 'attached', 'wish', 'further', 'with', 'reference', 'pursuant', 'regret', 'must', 'inform', 'you', 'hereby', 'that', 'advised', 'remain', 'kind', 'best', 'regards', 'warm', 'Dear', 'KINDLY', 'Regards'];
  const seps = [' ', '  ', '\n', ', ', '. ', ',\n', '\t'];
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  it('has one word test per family', () => expect(FAMILY_WORDS.length).toBe(LETTER_FAMILIES.length));
  it('passes every text a family matches', () => {
    let matched = 0;
    for (let k = 0; k < 20000; k++) {
      let s = rnd(3) === 0 ? '' : seps[rnd(seps.length)];
      const n = 1 + rnd(6);
      for (let j = 0; j < n; j++) {
        let w = words[rnd(words.length)];
        if (rnd(4) === 0) w = w.toUpperCase();
        s += w + seps[rnd(seps.length)];
      }
      for (const f of LETTER_FAMILIES) {
        f.re.lastIndex = 0;
        if (f.re.test(s)) {
          matched++;
          expect(LETTER_WORDS.test(s), s).toBe(true);
          expect(FAMILY_WORDS[LETTER_FAMILIES.indexOf(f)].test(s), `${f.name}: ${s}`).toBe(true);
        }
        f.re.lastIndex = 0;
      }
    }
    expect(matched).toBeGreaterThan(500);
  });
});
