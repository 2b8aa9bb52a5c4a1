/**
 * The runner of the applied-text matrices (scripts/applied-seams20-matrix.ts, applied21-matrix.ts): each case's draft goes
 * through the engine and Apply all, and the applied text is checked against what the case asks. Prints each failure with
 * the applied text and the suggestions, then rows as expected per kind and a count; returns the number of failures.
 */
import { builtinPacks } from '../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../lib/rewrite/index.ts';

export interface AppliedCase {
  kind: string;
  text: string;
  /** The applied draft must equal this. */
  is?: string;
  has?: string[];
  not?: string[];
  /** Must stay flagged (any kind). */
  flagged?: boolean;
}

export function runAppliedMatrix(cases: readonly AppliedCase[]): number {
  let fail = 0;
  const byKind = new Map<string, [number, number]>();
  for (const c of cases) {
    const s = suggestRewrites(c.text, builtinPacks, { cache: false });
    const out = s.length ? applyAll(c.text, s) : c.text;
    const why: string[] = [];
    if (c.is !== undefined && out !== c.is) why.push(`expected «${c.is}»`);
    for (const h of c.has ?? []) if (!out.includes(h)) why.push(`missing «${h}»`);
    for (const n of c.not ?? []) if (out.includes(n)) why.push(`has «${n}»`);
    if (c.flagged === true && !s.length) why.push('not flagged');
    const k = byKind.get(c.kind) ?? [0, 0];
    k[1]++;
    if (why.length) {
      fail++;
      console.log(`FAIL ${c.kind}: ${c.text}\n  -> ${out}\n  [${s.map((x) => `${x.ruleId}/${x.kind}`).join(', ')}] ${why.join('; ')}`);
    } else k[0]++;
    byKind.set(c.kind, k);
  }
  console.log([...byKind].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join('  '));
  console.log(`${cases.length - fail}/${cases.length} pass`);
  return fail;
}
