// @vitest-environment node
/**
 * lib/rewrite/must-please.fa22.ts (rwfa22): «(شما) می‌بایست» before the customer's present verb becomes «لطفاً»; the past,
 * a third person, a passive and the first person keep their advice. Look-alike set of scripts/fa-must-please22-matrix.ts
 * (written for the matrix, none from an evaluation split), as written and in three other spellings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { INFERENCES, MUST_CONTRASTS, MUST_POSITIVES, STILL_COMMANDS } from '../../../scripts/fa-must-please22-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const run = (t: string) => suggestRewrites(t, builtinPacks, { generic: true });
const SPELLINGS: Array<[string, (s: string) => string]> = [
  ['as written', (s) => s],
  ['no ZWNJ', (s) => s.replace(/\u200c/g, '')],
  ['space for ZWNJ', (s) => s.replace(/\u200c/g, ' ')],
  ['Arabic yeh/kaf', (s) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك')],
];
const please = (text: string) => run(text).find((x) => x.ruleId === 'fa-must-formal-mibayest' && x.kind === 'rewrite');

describe('a formal «می‌بایست» before the customer\'s present verb asks with «لطفاً»', () => {
  beforeAll(() => void run('سلام'), 120_000);
  for (const [name, f] of SPELLINGS) {
    it(`positives, ${name}`, () => {
      for (const [text, want] of MUST_POSITIVES) {
        const t = f(text);
        const r = please(t);
        expect(r && t.slice(0, r.start) + r.replacements[0] + t.slice(r.end), `${name}: ${text}`).toBe(f(want));
      }
    });
  }
  it('«باید» before a perfect subjunctive is a conclusion, not a command', () => {
    for (const text of INFERENCES) expect(run(text).filter((x) => x.category === 'commands').map((x) => x.original), text).toEqual([]);
    for (const text of STILL_COMMANDS) expect(run(text).some((x) => x.category === 'commands'), text).toBe(true);
  });
  it('close contrasts keep no «لطفاً»', () => {
    for (const text of MUST_CONTRASTS) expect(run(text).filter((x) => x.kind === 'rewrite' && /^لطفاً/.test(x.replacements[0] ?? '')).length, text).toBe(0);
  });
});
