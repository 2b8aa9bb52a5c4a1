// @vitest-environment node
/**
 * The tone-cue evaluation messages in tests/fixtures/tone-eval (see its README) are well-formed and
 * every split is its own: no message in two splits, so a held-out figure is not a development one
 * in disguise. Read by tests/bench/tone.eval.ts.
 */
import { describe, expect, it } from 'vitest';
import { ASIDE_SPLITS, DEV_SPLITS, EVAL_CUES, HELD_OUT_SPLIT, ONE_LANGUAGE, evalExists, loadEval, type EvalSplit } from '../../bench/tone.eval.ts';

const SPLITS: readonly EvalSplit[] = [...DEV_SPLITS, ...ASIDE_SPLITS, HELD_OUT_SPLIT];
const LANGS = new Set(['en', 'fa', 'mixed', 'other']);

/** The same words with other capitals, punctuation or spacing count as the same message. */
function bare(lang: 'en' | 'fa', text: string): string {
  const folded = text.toLowerCase().replace(/[\u200c\s]+/g, ' ');
  return lang === 'en' ? folded.replace(/[^a-z0-9]+/g, ' ').trim() : folded.replace(/[.,!?؟،؛:;"'«»()\-]+/g, ' ').replace(/ +/g, ' ').trim();
}

describe.each(['en', 'fa'] as const)('tone evaluation messages, %s', (lang) => {
  const splits = SPLITS.filter((s) => evalExists(lang, s)).map((split) => ({ split, messages: loadEval(lang, split) }));

  it('has every development split and, once written, a held-out split of at least 60 messages', () => {
    const mine = DEV_SPLITS.filter((s) => (ONE_LANGUAGE[s] ?? lang) === lang);
    expect(splits.map((s) => s.split)).toEqual(expect.arrayContaining(mine));
    // The held-out split lives outside the repository until someone adds it (see the fixtures README).
    const heldOut = splits.find((s) => s.split === HELD_OUT_SPLIT);
    if (heldOut) expect(heldOut.messages.length).toBeGreaterThanOrEqual(60);
  });

  it('has every aside split, and wide2 / wide2t (repeat contact and urgency by kind) hold positives and near-misses of both', () => {
    expect(splits.map((s) => s.split)).toEqual(expect.arrayContaining(ASIDE_SPLITS.filter((s) => (ONE_LANGUAGE[s] ?? lang) === lang)));
    for (const split of ['wide2', 'wide2t'] as const) {
      const messages = splits.find((s) => s.split === split)?.messages ?? [];
      expect(messages.length, split).toBeGreaterThanOrEqual(split === 'wide2' ? 50 : 30);
      for (const cue of ['repeat', 'urgent'] as const) {
        const share = messages.filter((m) => m.y.includes(cue)).length / messages.length;
        expect(share, `${split} ${cue}`).toBeGreaterThan(0.2);
        expect(share, `${split} ${cue}`).toBeLessThan(0.6);
      }
    }
  });

  it('the wide splits hold frustrated and calm messages in about equal parts', () => {
    for (const split of ['wide', 'widet'] as const) {
      const messages = splits.find((s) => s.split === split)?.messages ?? [];
      expect(messages.length, split).toBeGreaterThanOrEqual(split === 'wide' ? 100 : 60);
      const share = messages.filter((m) => m.y.includes('frustrated')).length / messages.length;
      expect(share, split).toBeGreaterThan(0.35);
      expect(share, split).toBeLessThan(0.55);
    }
  });

  it('gives every message a text, known cues once each, a question count and a known language', () => {
    for (const { split, messages } of splits) {
      messages.forEach((m, n) => {
        const where = `${lang}.${split}.jsonl:${n + 1}`;
        expect(typeof m.text === 'string' && m.text.trim().length > 0, where).toBe(true);
        expect(m.y.every((c) => (EVAL_CUES as readonly string[]).includes(c)), `${where} cues ${m.y.join(',')}`).toBe(true);
        expect(new Set(m.y).size, where).toBe(m.y.length);
        expect(Number.isInteger(m.q) && m.q >= 0, `${where} q ${m.q}`).toBe(true);
        if (m.lang !== undefined) expect(LANGS.has(m.lang), `${where} lang ${m.lang}`).toBe(true);
      });
    }
  });

  it('holds no message twice, within or across splits', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { split, messages } of splits) {
      messages.forEach((m, n) => {
        const key = bare(lang, m.text);
        // "?" and "??" fold to nothing: punctuation-only messages are told apart by their marks.
        const k = key || m.text;
        const where = `${split}:${n + 1}`;
        if (seen.has(k)) twice.push(`${seen.get(k)} = ${where}`);
        else seen.set(k, where);
      });
    }
    expect(twice).toEqual([]);
  });
});

describe('English repeat-contact splits (rep4 for tuning, rep4t kept aside)', () => {
  const dev = loadEval('en', 'rep4');
  const aside = loadEval('en', 'rep4t');
  const repeats = (m: readonly { y: readonly string[] }[]) => m.filter((x) => x.y.includes('repeat')).length;

  it('are sized as written: about 120 to tune on and 80 aside, each a repeat-contact set with silent cases', () => {
    expect(dev.length).toBeGreaterThanOrEqual(110);
    expect(aside.length).toBeGreaterThanOrEqual(75);
    for (const m of [dev, aside]) {
      expect(repeats(m) / m.length).toBeGreaterThan(0.4);
      expect(repeats(m) / m.length).toBeLessThan(0.7);
    }
  });

  it('hold repeated faults, previous orders and thanks again that must stay silent', () => {
    // A fault said again ("crashed again", "every night", "second … failure") is no repeat contact.
    const FAULT = /\b(?:again|every (?:night|morning|time)|second|third|twice|three times|over and over)\b/i;
    for (const m of [dev, aside]) {
      const quietFaults = m.filter((x) => !x.y.includes('repeat') && FAULT.test(x.text));
      expect(quietFaults.length).toBeGreaterThanOrEqual(10);
      expect(m.some((x) => !x.y.includes('repeat') && /thanks? (?:you )?(?:once )?again/i.test(x.text))).toBe(true);
    }
  });
});
