// @vitest-environment node
/**
 * One test runs every cue module's own examples (lib/tone/cues/*.ts), and the rules every cue keeps:
 * evidence spans are the exact words of the message, never function words, greetings, thanks or
 * signature lines, and every cue's strings exist in English and Persian.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs } from '../../../lib/i18n/index.ts';
import { CUE_MODULES } from '../../../lib/tone/cues/index.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';

describe('cue modules: their own examples', () => {
  for (const m of CUE_MODULES) {
    describe(m.name, () => {
      it('has examples that show the cue, and examples that do not', () => {
        expect(m.examples.fires.length).toBeGreaterThan(0);
        if (m.name !== 'register') expect(m.examples.quiet.length).toBeGreaterThan(0);
      });
      for (const ex of m.examples.fires) {
        it(`shows on ${JSON.stringify(ex.text.slice(0, 60))}`, () => {
          const r = readCustomerTone(ex.text);
          const c = r.cues.find((x) => m.kinds.includes(x.kind));
          expect(c, r.cues.map((x) => x.kind).join(',')).toBeDefined();
          const ev = c!.evidence.map((e) => e.text);
          for (const w of ex.evidence ?? []) expect(ev).toContain(w);
        });
      }
      for (const text of m.examples.quiet) {
        it(`stays quiet on ${JSON.stringify(text.slice(0, 60))}`, () => {
          const r = readCustomerTone(text);
          expect(r.cues.filter((x) => m.kinds.includes(x.kind)).map((x) => x.kind)).toEqual([]);
        });
      }
    });
  }
});

/** Words that never carry a feeling, a contact or urgency on their own. */
const NEVER_EVIDENCE = new Set([
  'you', 'your', 'i', 'me', 'my', 'we', 'the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'it', 'is', 'was', 'just', 'went', 'card',
  'thanks', 'thank you', 'please', 'hi', 'hello', 'dear', 'sent', 'sent from my iphone', 'از', 'به', 'که', 'و', 'را', 'رو', 'من', 'شما',
  'سلام', 'ممنون', 'مرسی', 'لطفا', 'لطفاً', 'با تشکر',
]);
const FEELING_CUES = new Set(['frustrated', 'repeat', 'urgent']);

function eval_(name: string): string[] {
  return readFileSync(join(process.cwd(), 'tests/fixtures/tone-eval', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

describe('evidence is only the words that carry the cue', () => {
  const messages = ['en.dev.jsonl', 'fa.dev.jsonl', 'en.test.jsonl', 'fa.test.jsonl'].flatMap(eval_);
  it('points at the exact text, never at function words, greetings, thanks or signature lines', () => {
    let checked = 0;
    for (const msg of messages) {
      const r = readCustomerTone(msg);
      for (const c of r.cues) {
        for (const e of c.evidence) {
          expect(msg.slice(e.start, e.end)).toBe(e.text);
          if (!FEELING_CUES.has(c.kind)) continue;
          checked++;
          expect(NEVER_EVIDENCE.has(e.text.toLowerCase().replace(/\s+/g, ' ')), `${c.kind} evidence "${e.text}" in ${msg}`).toBe(false);
          expect(e.start, `${c.kind} evidence after the latest words in ${msg}`).toBeLessThan(r.latest.end);
          expect(e.why, `${c.kind} evidence "${e.text}" says why`).toBeDefined();
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('"Sent from my iPhone" and thanks never make a calm message frustrated', () => {
    const r = readCustomerTone('Hi there, could you tell me how to change my billing address? Thanks!\n\nSent from my iPhone');
    expect(r.cues.map((c) => c.kind)).not.toContain('frustrated');
  });
});

describe('negation and modifiers', () => {
  const f = (t: string) => readCustomerTone(t).emotions.frustration;
  it('negation cancels a feeling and flips a good one; "not X, just Y" does not escalate Y', () => {
    expect(f("I'm not angry.")).toBeLessThan(0.5);
    expect(f("I'm not angry.")).toBeLessThan(f('I am very angry.'));
    expect(f("I'm not angry, just confused.")).toBeLessThan(0.5);
    expect(f('I am not happy with this.')).toBeGreaterThanOrEqual(0.5);
    expect(f('عصبانی نیستم.')).toBeLessThan(0.5);
    expect(f('اصلاً راضی نیستم.')).toBeGreaterThanOrEqual(0.5);
  });
  it('intensifiers, capitals and !!! raise; hedges lower', () => {
    expect(f('I am really upset.')).toBeGreaterThan(f('I am upset.'));
    expect(f('I am UPSET.')).toBeGreaterThan(f('I am upset.'));
    expect(f('I am upset!!!')).toBeGreaterThan(f('I am upset.'));
    expect(f('I am a bit upset.')).toBeLessThan(f('I am upset.'));
    expect(f('یه کم ناراحتم.')).toBeLessThan(f('ناراحتم.'));
  });
});

describe('every cue string exists in both languages', () => {
  it('English and Persian', () => {
    const en = Object.keys(catalogs.tone.en).sort();
    expect(Object.keys(catalogs.tone.fa).sort()).toEqual(en);
    for (const r of ['Thanks for nothing.', 'URGENT: account hacked', 'This is my fourth email.', 'واقعاً عصبانی‌ام', 'فوریه، حسابم هک شده']) {
      for (const c of readCustomerTone(r).cues) {
        expect(en).toContain(c.message.key);
        for (const e of c.evidence) if (e.why) expect(en).toContain(e.why);
      }
    }
  });
});
