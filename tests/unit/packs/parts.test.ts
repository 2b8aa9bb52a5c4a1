// @vitest-environment node
/**
 * Built-in packs kept in two files (lib/packs/parts.ts): tactful.en.core.more is a part of tactful.en.core. The split
 * changes nothing the agent sees: every rule id is kept, the two files together suggest what the one file did, and the
 * settings saved before the split (the pack switched off, a rule silenced under tactful.en.core) mean what they meant.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, isPackPart, ruleSettingsKey, settingsKeyOf, settingsPackId, type PhrasePack } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const core = builtinPacks.find((p) => p.id === 'tactful.en.core')!;
const more = builtinPacks.find((p) => p.id === 'tactful.en.core.more')!;
/** en-core as it was before the split: one pack holding both files' rules in order. */
const whole: PhrasePack = { ...core, rules: [...core.rules, ...more.rules] };
const drafts = [...core.rules, ...more.rules].flatMap((r) => [...r.examples.bad.map((b) => b.text), ...r.examples.good]);
const view = (draft: string, packs: readonly PhrasePack[], o: Parameters<typeof suggestRewrites>[2] = {}) =>
  suggestRewrites(draft, packs, { cache: false, generic: false, ...o }).map((s) => [s.ruleId, s.start, s.end, s.replacements]);

describe('en-core in two files', () => {
  it('keeps every rule id once, the part right after the pack it belongs to', () => {
    const ids = whole.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const order = builtinPacks.map((p) => p.id);
    expect(order.indexOf('tactful.en.core.more')).toBe(order.indexOf('tactful.en.core') + 1);
    expect(isPackPart('tactful.en.core.more')).toBe(true);
    expect(settingsPackId('tactful.en.core.more')).toBe('tactful.en.core');
    expect(settingsPackId('tactful.fa.core')).toBe('tactful.fa.core');
  });

  it('suggests on every example what the one file suggested', () => {
    const others = builtinPacks.filter((p) => p.id !== 'tactful.en.core' && p.id !== 'tactful.en.core.more');
    for (const d of drafts) expect(view(d, builtinPacks), d).toEqual(view(d, [whole, ...others]));
  });

  it('a rule silenced under tactful.en.core before the split stays silenced, in either file', () => {
    const moved = more.rules.find((r) => r.examples.bad.length && view(r.examples.bad[0].text, builtinPacks).some((s) => s[0] === r.id))!;
    const d = moved.examples.bad[0].text;
    const key = `tactful.en.core/${moved.id}`;
    expect(ruleSettingsKey('tactful.en.core.more', moved.id)).toBe(key);
    expect(view(d, builtinPacks, { silenced: new Set([key]) }).some((s) => s[0] === moved.id)).toBe(false);
    expect(view(d, [whole], { silenced: new Set([key]) }).some((s) => s[0] === moved.id)).toBe(false);
    // A hand-made team file naming the part's own key means the same rule.
    expect(settingsKeyOf(`tactful.en.core.more/${moved.id}`)).toBe(key);
    expect(settingsKeyOf('acme.pack/some-rule')).toBe('acme.pack/some-rule');
  });

  it('switching tactful.en.core off switches its part off too', () => {
    const d = more.rules.find((r) => r.examples.bad.length)!.examples.bad[0].text;
    const off = view(d, builtinPacks, { disabledPacks: new Set(['tactful.en.core']) });
    expect(off.filter((s) => whole.rules.some((r) => r.id === s[0]))).toEqual([]);
  });
});
