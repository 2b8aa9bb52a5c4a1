/**
 * Packs written for an earlier formatVersion are upgraded when they are read, so a file a team
 * shared last year keeps installing and a stored pack keeps loading.
 *
 * 1 -> 2: version 2 reads <...> as language elements (<be>, <-can>, <VERB>, <END>) and \ as an
 * escape, in patterns, unless patterns and replacements. In version 1 those characters were plain
 * text, so they are escaped. A rule whose replacements all hold a blank ___ becomes a template;
 * every other version-1 rule is a rewrite.
 */
import { applySuggestion, suggestRewrites } from '../rewrite/engine.ts';
import { ruleCommitmentFailures } from './commitments.ts';
import { BLANK } from './pattern.ts';
import { FORMAT_VERSION } from './limits.ts';
import { ruleLanguage, type PackRule, type PhrasePack } from './schema.ts';

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
        // Version 1 had no kinds: replacements that all leave a blank were templates already.
        const reps = rule.replacements;
        if (rule.kind === undefined && Array.isArray(reps) && reps.length > 0 && reps.every((x) => typeof x === 'string' && x.includes(BLANK))) rule.kind = 'template';
        return rule;
      })
    : pack.rules;
  return { ...pack, formatVersion: FORMAT_VERSION, rules };
}

const OFFER_ONLY = new Set(['offer', 'what i can do', 'here is what']);

/**
 * The mechanical fix for rewrites that add commitments (what `npm run pack -- migrate` does): drop
 * the replacements that promise something the matched words do not; a rule left without any becomes
 * a template when all it promised was an offer ("here's what I can offer: ___"), else advice. Bad examples' `expected` texts are recomputed with the rule as it now is.
 */
export function fixCommitments(pack: PhrasePack): { pack: PhrasePack; changed: string[] } {
  const changed: string[] = [];
  const rules = pack.rules.map((rule) => {
    const failures = ruleCommitmentFailures(rule, ruleLanguage(pack, rule), pack.formatVersion);
    if (!failures.length) return rule;
    changed.push(rule.id);
    const failing = new Set(failures.map((f) => f.replacement));
    const kept = rule.replacements.filter((_, i) => !failing.has(i));
    // "..., but here's what I can offer" announces an offer only the agent can name: a template.
    const offers = failures.filter((f) => f.added.every((c) => OFFER_ONLY.has(c))).map((f) => `${rule.replacements[f.replacement].replace(/[.!\s]+$/, '')}: ${BLANK}`);
    let fixed: PackRule;
    if (kept.length) fixed = { ...rule, replacements: kept };
    else if (offers.length) fixed = { ...rule, kind: 'template', replacements: offers };
    else fixed = { ...rule, kind: 'advice', replacements: [] };
    const alone: PhrasePack = { ...pack, rules: [fixed] };
    const bad = fixed.examples.bad.map((ex) => {
      const found = suggestRewrites(ex.text, [alone], { generic: false });
      return { ...ex, expected: found.length ? applySuggestion(ex.text, found[0]) : ex.expected };
    });
    return { ...fixed, examples: { ...fixed.examples, bad } };
  });
  return { pack: { ...pack, rules }, changed };
}
