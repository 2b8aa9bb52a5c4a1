// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtinPacks, type PhrasePack } from '../../../lib/packs/index.ts';
import { packLanguages } from '../../../lib/rewrite/compile.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

/** A copy of a built-in pack whose rules count every read of their patterns (what compiling a pack reads first). */
function counted(pack: PhrasePack): { pack: PhrasePack; reads: () => number } {
  let reads = 0;
  const rules = pack.rules.map((rule) => {
    const copy = { ...rule };
    Object.defineProperty(copy, 'patterns', {
      get() {
        reads++;
        return rule.patterns;
      },
      enumerable: true,
    });
    return copy;
  });
  return { pack: { ...pack, rules } as PhrasePack, reads: () => reads };
}

const en = builtinPacks.filter((p) => packLanguages(p).includes('en'));
const faCore = builtinPacks.find((p) => p.id === 'tactful.fa.core')!;

describe('packs are compiled for the languages the draft is written in', () => {
  it('knows each built-in pack’s languages without compiling it', () => {
    expect(packLanguages(faCore)).toEqual(['fa']);
    expect(en.length).toBeGreaterThan(0);
    for (const p of en) expect(packLanguages(p)).toEqual(['en']);
  });

  it('an English draft never compiles the Persian pack, and a Persian sentence added later does', () => {
    const fa = counted(faCore);
    const packs = [...en, fa.pack];
    const english = "Unfortunately I can't ship it until Monday.";
    const alone = suggestRewrites(english, en);
    expect(alone.length).toBeGreaterThan(0);
    expect(suggestRewrites(english, packs)).toEqual(alone);
    expect(fa.reads()).toBe(0);
    const both = `${english}\nمتأسفانه تا دوشنبه نمی‌تونم ارسالش کنم.`;
    const found = suggestRewrites(both, packs);
    expect(fa.reads()).toBeGreaterThan(0);
    expect(found.some((s) => s.language === 'fa' && s.packId === 'tactful.fa.core')).toBe(true);
    expect(found.some((s) => s.language === 'en')).toBe(true);
  });

  it('a quoted Persian mail under an English reply compiles nothing for it', () => {
    const fa = counted(faCore);
    const reply = "You have to restart the router.\n\n";
    const quote = 'متأسفانه تا دوشنبه نمی‌تونم ارسالش کنم.';
    const draft = reply + quote;
    const found = suggestRewrites(draft, [...en, fa.pack], { exclude: [[reply.length, draft.length]] });
    expect(found.length).toBeGreaterThan(0);
    expect(fa.reads()).toBe(0);
  });
});
