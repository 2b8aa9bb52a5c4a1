// @vitest-environment node
/**
 * The committed learnt weights (lib/rewrite/learnt/{en,fa}.json) record the hash of the inputs they were trained on
 * (scripts/learnt-data.ts: development splits, the look-alike matrices' and unit tests' must-stay-silent cases, Bitext
 * even rows, Positive Psychology Frames dev half, the trainer's settings and the feature code). When any of it changes,
 * this test fails until `npx tsx scripts/train-clause-model.ts` is run and the new files committed (the same check as
 * `--check`). The rules are not among the inputs: a rule change needs no retraining. The trainer is deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fit, MODEL_DIR, modelText, trainingInputsHash, type Sample } from '../../../scripts/train-clause-model.ts';
import { silentFromSource } from '../../../scripts/learnt-data.ts';
import type { LearntModelJson } from '../../../lib/rewrite/learnt/model.ts';

describe('learnt weights', () => {
  for (const lang of ['fa', 'en'] as const) {
    it(`${lang}.json was trained on today's inputs and stays small`, async () => {
      const committed = readFileSync(join(MODEL_DIR, `${lang}.json`), 'utf8');
      expect(Buffer.byteLength(committed)).toBeLessThan(160 * 1024);
      const recorded = (JSON.parse(committed) as LearntModelJson).inputs;
      const now = await trainingInputsHash(lang);
      expect(recorded, `${lang}.json was trained on other inputs: run npx tsx scripts/train-clause-model.ts`).toBe(now);
    }, 300_000);
  }

  it('training is deterministic', () => {
    const samples: Sample[] = [];
    for (let i = 0; i < 60; i++) {
      const g = `g${i % 4}`;
      samples.push({ feats: ['u:!can', 'c:S1+NEG', `x${i % 5}`], y: 1, w: 1, group: g, cat: 'refusal' });
      samples.push({ feats: ['u:help', 'c:S1', `x${i % 5}`], y: 0, w: i % 2 ? 0.5 : 1, group: g });
    }
    const a = modelText(fit('en', samples, ['t']));
    const b = modelText(fit('en', [...samples], ['t']));
    expect(a).toBe(b);
    expect((JSON.parse(a) as LearntModelJson).weights['u:!can']).toBeTruthy();
  });

  it('reads the cases a test file marks must-stay-silent, and only those', () => {
    const src = [
      "expect(kinds('We would never share your details.')).toEqual([]);",
      "expect(kinds(\"You didn't attach it.\")).toEqual(['second-person-blame']);",
      "expect(read('Can\\'t wait to see you.')).toHaveLength(0);",
      "expect(questions('not a reader call')).toEqual([]);",
      "const NEUTRALS = ['No need to resend it.', 'x'];",
    ].join('\n');
    expect(silentFromSource(src, 't').map((c) => c.text)).toEqual(['We would never share your details.', "Can't wait to see you.", 'No need to resend it.']);
  });
});
