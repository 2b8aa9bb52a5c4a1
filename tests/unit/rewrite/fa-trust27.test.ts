// @vitest-environment node
/**
 * lib/rewrite/trust27.fa.ts, blame-passive.fa22.ts's form of address, guard.fa.ts's outage and leave words and the pack's
 * «ببخشید مزاحم شدم» advice (rwfa27): the look-alike sets of scripts/fa-matrix27.ts (written for the matrix, none from an
 * evaluation split), each sentence in the four spellings, with the contrasts whose rewrite must stay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TRUST27 } from '../../../scripts/fa-matrix27.ts';
import { SPELLINGS } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

const run = (t: string) => suggestRewrites(t, builtinPacks, { generic: true });

describe('Persian alternatives a person can trust (rwfa27)', () => {
  beforeAll(() => void run('سلام'), 120_000);
  for (const set of TRUST27) {
    it(`${set.kind}: ${set.label}`, () => {
      for (const text of set.sentences) {
        for (const sp of SPELLINGS) {
          const t = sp(text);
          const s = run(t);
          const applied = applyAll(t, s);
          expect(set.check(t, s, applied), `${t}\n=> ${applied}\n[${s.map((x) => `${x.ruleId}/${x.kind}`).join(', ')}]`).toBe(true);
        }
      }
    });
  }
  it('the intensifier goes with the must, the request stays whole', () => {
    const t = 'بیمه‌گذار محترم، الزاماً می‌بایست ظرف سه روز کاری فرم را امضا نمایید.';
    expect(applyAll(t, run(t))).toBe('بیمه‌گذار محترم، لطفاً ظرف سه روز کاری فرم را امضا نمایید.');
  });
  it('a form of address before «شما» goes with the blame', () => {
    const t = 'خانم شما کد پستی رو اشتباه وارد کردین، بسته برگشت خورد';
    expect(applyAll(t, run(t))).toBe('خانم کد پستی اشتباه وارد شده، بسته برگشت خورد');
  });
});
