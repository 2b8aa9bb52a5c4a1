// @vitest-environment node
/**
 * The tone reader says exactly what it said when tests/fixtures/tone-golden was written: every
 * field of the report (cues, severities, evidence spans and reasons, questions, language,
 * register, scores) on every tone-eval message of both languages and every cue example. It keeps
 * speed work honest. A change meant to change the reader's output rewrites the files with
 * `npx tsx scripts/tone-golden.ts --write` (never by hand) and says so in its commit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { evalSets, exampleSets, GOLDEN_DIR, goldenPath, reportLine } from '../../bench/tone.golden.ts';

const REGENERATE = 'if the change is meant to change what the tone reader says, run `npx tsx scripts/tone-golden.ts --write`';
const sets = [...evalSets(), ...(await exampleSets())];

describe('tone reader: golden reports', () => {
  it('keeps a report file for every message set and none for a set that is gone', () => {
    const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.jsonl')).sort();
    expect(files, REGENERATE).toEqual(sets.map((s) => `${s.name}.jsonl`).sort());
    expect(sets.filter((s) => s.name.startsWith('en.')).length).toBeGreaterThan(0);
    expect(sets.filter((s) => s.name.startsWith('fa.')).length).toBeGreaterThan(0);
  });

  for (const s of sets) {
    it(`reads ${s.name} (${s.texts.length} messages) exactly as kept`, () => {
      const path = goldenPath(s.name);
      expect(existsSync(path), REGENERATE).toBe(true);
      const want = readFileSync(path, 'utf8').split('\n').filter(Boolean);
      expect(want.length, `${s.name}: ${REGENERATE}`).toBe(s.texts.length);
      s.texts.forEach((text, i) => {
        // One message at a time, so a failure names the message and shows its two reports.
        const got = reportLine(text, readCustomerTone(text));
        if (got === want[i]) return;
        const where = `${s.name}:${i + 1} ${JSON.stringify(text.slice(0, 80))}; ${REGENERATE}`;
        // The parsed reports first, for a readable diff; then the lines (a change of key order alone).
        expect(JSON.parse(got), where).toEqual(JSON.parse(want[i]));
        expect(got, where).toBe(want[i]);
      });
    });
  }
});
