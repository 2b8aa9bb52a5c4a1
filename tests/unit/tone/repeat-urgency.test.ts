// @vitest-environment node
/**
 * The repeat-contact and urgency cues on their development examples, kind by kind
 * (./repeat-urgency.examples.ts): each kind fires in English and Persian with the words that carry it
 * as evidence, and its look-alikes stay quiet. Evidence spans are the message's exact text.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import type { CueKind } from '../../../lib/tone/index.ts';
import { type Kinds, REPEAT, URGENT } from './repeat-urgency.examples.ts';

function check(kind: CueKind, kinds: Kinds): void {
  for (const [name, set] of Object.entries(kinds)) {
    describe(`${kind}: ${name}`, () => {
      for (const ex of set.fires) {
        const { text, evidence } = typeof ex === 'string' ? { text: ex, evidence: undefined } : ex;
        it(`shows on ${JSON.stringify(text.slice(0, 70))}`, () => {
          const r = readCustomerTone(text);
          const c = r.cues.find((x) => x.kind === kind);
          expect(c, r.cues.map((x) => x.kind).join(',')).toBeDefined();
          for (const e of c!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
          const ev = c!.evidence.map((e) => e.text);
          for (const w of evidence ?? []) expect(ev).toContain(w);
        });
      }
      for (const text of set.quiet) {
        it(`stays quiet on ${JSON.stringify(text.slice(0, 70))}`, () => {
          const r = readCustomerTone(text);
          expect(r.cues.find((x) => x.kind === kind)?.evidence.map((e) => e.text)).toBeUndefined();
        });
      }
    });
  }
}

check('repeat', REPEAT);
check('urgent', URGENT);
