/** Version order and the install preview ("3 rules added, 1 changed, 2 removed; 1.2.0 -> 1.3.0"). */
import { SEMVER_RE, type PackRule, type PhrasePack } from './schema.ts';

/**
 * Semantic-version precedence: -1, 0 or 1. Build metadata is ignored; a pre-release sorts before
 * its release. A string that is not semver sorts before every valid version.
 */
export function compareSemver(a: string, b: string): -1 | 0 | 1 {
  const pa = SEMVER_RE.exec(a);
  const pb = SEMVER_RE.exec(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  for (let i = 1; i <= 3; i++) {
    const d = cmpNum(pa[i], pb[i]);
    if (d) return d;
  }
  const ra = pa[4];
  const rb = pb[4];
  if (ra === undefined || rb === undefined) return ra === rb ? 0 : ra === undefined ? 1 : -1;
  const xa = ra.split('.');
  const xb = rb.split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    if (xa[i] === undefined) return -1;
    if (xb[i] === undefined) return 1;
    const na = /^\d+$/.test(xa[i]);
    const nb = /^\d+$/.test(xb[i]);
    if (na && nb) {
      const d = cmpNum(xa[i], xb[i]);
      if (d) return d;
    } else if (na !== nb) return na ? -1 : 1;
    else if (xa[i] !== xb[i]) return xa[i] < xb[i] ? -1 : 1;
  }
  return 0;
}

// Digit strings compared without Number() so huge components stay exact.
function cmpNum(a: string, b: string): -1 | 0 | 1 {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

export interface PackDiff {
  added: string[];
  changed: string[];
  removed: string[];
  versionFrom: string;
  versionTo: string;
  isUpgrade: boolean;
}

/** Canonical JSON of a rule (sorted keys) so key order in the file does not count as a change. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * A rule as it behaves: an empty `unless` list is the same as none. Any other difference in
 * `unless` (added, removed or edited exceptions) changes what the rule flags, so it is a change.
 */
function normal(rule: PackRule): PackRule {
  return Array.isArray(rule.unless) && rule.unless.length === 0 ? { ...rule, unless: undefined } : rule;
}

/** Rule ids added, changed and removed going from `oldPack` to `newPack`. */
export function diffPacks(oldPack: PhrasePack, newPack: PhrasePack): PackDiff {
  const before = new Map<string, PackRule>(oldPack.rules.map((r) => [r.id, r]));
  const after = new Map<string, PackRule>(newPack.rules.map((r) => [r.id, r]));
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [id, rule] of after) {
    const prev = before.get(id);
    if (!prev) added.push(id);
    else if (canonical(normal(prev)) !== canonical(normal(rule))) changed.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  return { added, changed, removed, versionFrom: oldPack.version, versionTo: newPack.version, isUpgrade: compareSemver(newPack.version, oldPack.version) > 0 };
}
