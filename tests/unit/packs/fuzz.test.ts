// @vitest-environment node
/**
 * Fuzz (deterministic seeds): mutated and random packs must never make validation or the engine
 * throw or hang, and the engine's output keeps its invariants on random drafts.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, validatePackForInstall, type PhrasePack } from '../../../lib/packs/index.ts';
import { applyAll, positivityScore, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { sharesCapital } from '../../../lib/rewrite/engine.ts';
import { starterPack } from '../../../lib/packs/cli.ts';
import { rng, testPack } from '../rewrite/helpers.ts';

const SYNTAX = ['[', ']', '{', '}', '|', ' ', '', ',', '.', '؟', '\u200c', "'", 'x', 'ی', '{a}', '[a|]', '\u0000', '😀'];
const JUNK: unknown[] = [null, 0, -1, 1e308, true, '', ' ', 'x'.repeat(300), [], {}, [[[]]], { __proto__: { hacked: 1 } }, JSON.parse('{"__proto__":{"hacked":1}}'), 'hint', 'en', '1.0.0', '{x}', '[', 'تست'];

type Json = Record<string, unknown> | unknown[];

function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

function mutate(pack: Json, r: () => number): unknown {
  const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const all = paths(pack).filter((p) => p.length > 0);
  const path = pick(all);
  let parent: unknown = pack;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[k];
  const key = path[path.length - 1];
  const obj = parent as Record<string | number, unknown>;
  const op = r();
  if (op < 0.25) delete obj[key];
  else if (op < 0.55) obj[key] = structuredClone(pick(JUNK));
  else if (op < 0.85 && typeof obj[key] === 'string') {
    const s = obj[key] as string;
    const at = Math.floor(r() * (s.length + 1));
    obj[key] = s.slice(0, at) + pick(SYNTAX) + s.slice(at + Math.floor(r() * 3));
  } else if (Array.isArray(obj[key]) && (obj[key] as unknown[]).length) {
    const a = obj[key] as unknown[];
    a.push(structuredClone(a[0]));
  } else obj[key] = structuredClone(pick(JUNK));
  return pack;
}

describe('fuzz: validation', () => {
  it('thousands of mutated packs never throw', () => {
    const r = rng(20240611);
    const sources: PhrasePack[] = [...builtinPacks, starterPack('fuzz.pack')];
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const src = sources[i % sources.length];
      const start = Math.floor(r() * src.rules.length);
      const pack = structuredClone({ ...src, rules: src.rules.slice(start, start + 1 + Math.floor(r() * 3)) }) as unknown as Json;
      let input: unknown = pack;
      for (let m = 1 + Math.floor(r() * 3); m > 0; m--) input = mutate(input as Json, r);
      if (r() < 0.3) {
        const text = JSON.stringify(input);
        input = r() < 0.5 ? text : text.slice(0, Math.floor(r() * text.length));
      }
      const result = validatePackForInstall(input);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) accepted++;
      else expect(result.errors.length).toBeGreaterThan(0);
    }
    // Some mutations (e.g. a longer description) keep the pack valid; most do not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(3000);
    expect(({} as Record<string, unknown>).hacked).toBeUndefined();
  });
});

describe('fuzz: engine', () => {
  const EN = ['i', "can't", 'cannot', 'you', 'must', 'until', 'next', 'month', 'the', 'order', 'not', 'no', 'sorry', 'we', 'it', ',', '.', '!', '?'];
  const FA = ['من', 'نمی', 'توانم', 'نمی\u200cتوانم', 'تا', 'ماه', 'آینده', 'را', 'می', 'شما', 'باید', '،', '؟', '.'];

  function randomPattern(r: () => number, vocab: string[]): string {
    const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)];
    const parts: string[] = [];
    let slots = 0;
    const len = 1 + Math.floor(r() * 6);
    for (let k = 0; k < len; k++) {
      const t = r();
      if (t < 0.15 && slots < 3) parts.push(`{s${slots++}}`);
      else if (t < 0.3) parts.push(`[${pick(vocab)}|${pick(vocab)} ${pick(vocab)}|]`);
      else parts.push(pick(vocab));
    }
    if (r() < 0.05) parts.push(pick(SYNTAX)); // sometimes invalid: the engine must cope
    return parts.join(r() < 0.1 ? '' : ' ');
  }

  function randomDraft(r: () => number): string {
    const words: string[] = [];
    const n = Math.floor(r() * 60);
    for (let k = 0; k < n; k++) {
      const t = r();
      words.push(t < 0.45 ? EN[Math.floor(r() * EN.length)] : t < 0.9 ? FA[Math.floor(r() * FA.length)] : pick2(r));
    }
    return words.join(r() < 0.2 ? '' : ' ');
  }
  const pick2 = (r: () => number) => ['\n', '😀', '\u200c', '  ', 'x'.repeat(150), '3.5', '۱۲', 'CAN’T'][Math.floor(r() * 8)];

  // The whole engine per iteration (300 of them): a minute on a loaded machine, so a timeout of its own (no timing is asserted).
  it('random-pattern packs over random drafts never throw and keep the invariants', () => {
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      const fa = r() < 0.5;
      const vocab = fa ? FA : EN;
      const rules = Array.from({ length: 1 + Math.floor(r() * 8) }, () => ({
        patterns: [randomPattern(r, vocab), randomPattern(r, vocab)],
        replacements: [r() < 0.2 ? '' : '{s0} ok {s1}'],
        severity: (['hint', 'warning', 'strong'] as const)[Math.floor(r() * 3)],
      }));
      const pack = testPack(rules, { languages: fa ? ['fa'] : ['en'] });
      for (let d = 0; d < 15; d++) {
        const draft = randomDraft(r);
        const found = suggestRewrites(draft, [pack, ...builtinPacks]);
        let last = 0;
        for (const [k, s] of found.entries()) {
          // Only a sentence-start deletion's capital may be shared with the next suggestion (issue 12).
          expect(s.start).toBeGreaterThanOrEqual(k > 0 && sharesCapital(found[k - 1], s) ? last - 1 : last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(draft.slice(s.start, s.end)).toBe(s.original);
          last = s.end;
        }
        expect(typeof applyAll(draft, found)).toBe('string');
        const score = positivityScore(draft, found);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  }, 240_000);
});
