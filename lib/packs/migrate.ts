/**
 * Packs written for an earlier formatVersion are upgraded when they are read, so a file a team
 * shared last year keeps installing and a stored pack keeps loading.
 *
 * 1 -> 2: version 2 reads <...> as language elements (<be>, <-can>, <VERB>, <END>) and \ as an
 * escape, in patterns, unless patterns and replacements. In version 1 those characters were plain
 * text, so they are escaped; nothing else changes (every version-1 rule is a "rewrite").
 */
import { FORMAT_VERSION } from './limits.ts';

const escapeV1 = (s: unknown) => (typeof s === 'string' ? s.replace(/[\\<>]/g, (c) => `\\${c}`) : s);

/** A copy of `data` in the current format, or `data` itself when there is nothing to upgrade. */
export function migratePack(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const pack = data as Record<string, unknown>;
  if (pack.formatVersion !== 1) return data;
  const rules = Array.isArray(pack.rules)
    ? pack.rules.map((r: unknown) => {
        if (r === null || typeof r !== 'object' || Array.isArray(r)) return r;
        const rule = { ...(r as Record<string, unknown>) };
        for (const field of ['patterns', 'unless', 'replacements']) {
          if (Array.isArray(rule[field])) rule[field] = (rule[field] as unknown[]).map(escapeV1);
        }
        return rule;
      })
    : pack.rules;
  return { ...pack, formatVersion: FORMAT_VERSION, rules };
}
