/**
 * The phrase-pack format (contract: helpers/packformat.md, guide: the guide for trainers in README.md), as one zod
 * schema. It is used in CI (tests/unit/packs), at import (validatePackForInstall) and to generate
 * lib/packs/phrase-pack.schema.json for editors. Objects are strict so a misspelt field is reported
 * instead of silently ignored.
 */
import { z } from 'zod';
import { foldKey } from '../text/index.ts';
import {
  FORMAT_VERSION,
  MAX_AUTHOR_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_EXAMPLE_LENGTH,
  MAX_EXAMPLES,
  MAX_EXPLANATION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LICENSE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PATTERN_LENGTH,
  MAX_PATTERNS_PER_RULE,
  MAX_REPLACEMENT_LENGTH,
  MAX_REPLACEMENTS_PER_RULE,
  MAX_RULE_ID_LENGTH,
  MAX_RULES,
  MAX_UNLESS_PER_RULE,
} from './limits.ts';
import { BLANK, parsePattern, parseReplacement } from './pattern.ts';

export * from './limits.ts';

export const RULE_CATEGORIES = [
  'cant-wont',
  'until',
  'negative-words',
  'commands',
  'blame',
  'policy',
  'dismissive',
  'over-apology',
  'jargon',
  'passive-aggressive',
  'absolutes',
  'uncertainty',
  'closings',
  'other',
] as const;
export const SEVERITIES = ['hint', 'warning', 'strong'] as const;
/** rewrite: same meaning, better words; template: a blank ___ only the agent can fill; advice: no text change. */
export const RULE_KINDS = ['rewrite', 'template', 'advice'] as const;
export const PACK_LANGUAGES = ['en', 'fa'] as const;

export const PACK_ID_RE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const RULE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SEMVER_RE =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const text = (max: number, what: string) =>
  z
    .string()
    .max(max, { error: `${what} may be at most ${max} characters long` })
    .refine((s) => s.trim() !== '', { error: `${what} must not be empty` });

/** A custom message, except that a missing field says so. */
const msg = (text: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? 'this field is missing' : text) });

export const CategorySchema = z.enum(RULE_CATEGORIES, msg(`the category must be one of: ${RULE_CATEGORIES.join(', ')}`));
export const SeveritySchema = z.enum(SEVERITIES, msg('the severity must be "hint", "warning" or "strong"'));
export const LanguageSchema = z.enum(PACK_LANGUAGES, msg('a language must be "en" or "fa"'));
export const KindSchema = z.enum(RULE_KINDS, msg('the kind must be "rewrite", "template" or "advice"'));

export const BadExampleSchema = z.strictObject({
  text: text(MAX_EXAMPLE_LENGTH, 'an example'),
  expected: z.string().max(MAX_EXAMPLE_LENGTH * 2, { error: `the expected text may be at most ${MAX_EXAMPLE_LENGTH * 2} characters long` }),
});

export const RuleSchema = z
  .strictObject({
    id: z
      .string()
      .max(MAX_RULE_ID_LENGTH, { error: `a rule id may be at most ${MAX_RULE_ID_LENGTH} characters long` })
      .regex(RULE_ID_RE, { error: 'a rule id is lowercase letters, digits and dashes, like "cant-until"' }),
    language: LanguageSchema.optional().describe("The rule's language when it is not the pack's first language."),
    category: CategorySchema,
    severity: SeveritySchema,
    kind: KindSchema.optional().describe('rewrite (default): the replacements keep the meaning; template: every replacement has a blank ___ for the agent; advice: no replacements, only the explanation.'),
    patterns: z
      .array(z.string().max(MAX_PATTERN_LENGTH, { error: `a pattern may be at most ${MAX_PATTERN_LENGTH} characters long` }))
      .min(1, { error: 'a rule needs at least one pattern' })
      .max(MAX_PATTERNS_PER_RULE, { error: `a rule may have at most ${MAX_PATTERNS_PER_RULE} patterns` })
      .describe('Phrases to find. Words match whole words as the language layer reads them; [a|b|] alternatives (empty = optional); {name} slots capture 1-6 words, {name...} the rest of the clause, {name:point}/{name:duration} times; <lemma>, <-lemma> (negated), <+lemma>, Persian <-lemma:1p> (person/number 1s..3p, formal/colloquial, subj), <NOUN>/<VERB>/..., <END> (clause end).'),
    unless: z
      .array(z.string().max(MAX_PATTERN_LENGTH, { error: `an unless pattern may be at most ${MAX_PATTERN_LENGTH} characters long` }))
      .max(MAX_UNLESS_PER_RULE, { error: `a rule may have at most ${MAX_UNLESS_PER_RULE} unless patterns` })
      .optional()
      .describe('Exceptions, in the same syntax as patterns: a match of the rule is dropped when one of these matches text overlapping it.'),
    replacements: z
      .array(z.string().max(MAX_REPLACEMENT_LENGTH, { error: `a replacement may be at most ${MAX_REPLACEMENT_LENGTH} characters long` }))
      .max(MAX_REPLACEMENTS_PER_RULE, { error: `a rule may have at most ${MAX_REPLACEMENTS_PER_RULE} replacements` })
      .describe('Suggested texts, best first, with the same {name} slots as the patterns ({name:imp}: its Persian informal-you verb as an imperative; {=}: the matched text and the rest of its sentence, as written) and <lemma> words (Persian <lemma:1p>, <lemma:imp>, <lemma:subj>: that form, the rest from the matched verb); empty for advice.'),
    explanation: text(MAX_EXPLANATION_LENGTH, 'the explanation').describe("One or two sentences, in the rule's language, saying why the alternative reads better."),
    examples: z.strictObject({
      bad: z
        .array(BadExampleSchema)
        .min(1, { error: 'a rule needs at least one bad example with the expected text' })
        .max(MAX_EXAMPLES, { error: `a rule may have at most ${MAX_EXAMPLES} bad examples` })
        .describe('Texts the rule must flag; expected = the whole text after applying the first replacement to the first suggestion.'),
      good: z
        .array(text(MAX_EXAMPLE_LENGTH, 'an example'))
        .min(1, { error: 'a rule needs at least one good example (a text it must not flag)' })
        .max(MAX_EXAMPLES, { error: `a rule may have at most ${MAX_EXAMPLES} good examples` })
        .describe('Texts the rule must not flag.'),
    }),
  })
  .superRefine((rule, ctx) => {
    const kind = rule.kind ?? 'rewrite';
    if (kind === 'advice' && rule.replacements.length > 0) ctx.addIssue({ code: 'custom', path: ['replacements'], message: 'advice changes no text: leave "replacements" empty, or make the rule a rewrite or a template' });
    if (kind !== 'advice' && rule.replacements.length === 0) ctx.addIssue({ code: 'custom', path: ['replacements'], message: 'a rule needs at least one replacement (or "kind": "advice" for a rule that only explains)' });
    rule.replacements.forEach((rep, i) => {
      const blank = rep.includes(BLANK);
      if (kind === 'template' && !blank) ctx.addIssue({ code: 'custom', path: ['replacements', i], message: `a template replacement needs a blank ${BLANK} where the agent writes their own words` });
      if (kind === 'rewrite' && blank) ctx.addIssue({ code: 'custom', path: ['replacements', i], message: `this replacement has a blank ${BLANK}: set "kind": "template"` });
    });
    // Pattern syntax and slot names: replacements may only use slots that every pattern captures.
    const slotSets: string[][] = [];
    rule.patterns.forEach((p, i) => {
      const r = parsePattern(p);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['patterns', i], message: r.message });
      else slotSets.push(r.pattern.slots);
    });
    rule.unless?.forEach((p, i) => {
      if (p.length > MAX_PATTERN_LENGTH) return; // already reported by the length limit
      const r = parsePattern(p);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['unless', i], message: `this unless pattern is not valid: ${r.message}` });
    });
    rule.replacements.forEach((rep, i) => {
      const r = parseReplacement(rep);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', path: ['replacements', i], message: r.message });
        return;
      }
      for (const name of r.slots) {
        const missing = slotSets.findIndex((s) => !s.includes(name));
        if (missing >= 0) {
          ctx.addIssue({ code: 'custom', path: ['replacements', i], message: `the slot {${name}} is not in every pattern of this rule (pattern ${missing + 1} has no {${name}})` });
        }
      }
    });
  });

export const PhrasePackSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    // 1 only ever reaches the schema from code that builds packs by hand; files are migrated first.
    formatVersion: z.literal([1, FORMAT_VERSION], msg(`formatVersion must be ${FORMAT_VERSION} (packs with formatVersion 1 are upgraded automatically; a higher number needs a newer Tactful)`)),
    id: z
      .string()
      .max(MAX_ID_LENGTH, { error: `a pack id may be at most ${MAX_ID_LENGTH} characters long` })
      .regex(PACK_ID_RE, { error: 'a pack id is lowercase letters and digits separated by dots or dashes, like "acme.en.billing"' }),
    name: text(MAX_NAME_LENGTH, 'the name'),
    version: z
      .string()
      .max(64, { error: 'the version may be at most 64 characters long' })
      .regex(SEMVER_RE, { error: 'the version must look like 1.0.0 (semantic versioning)' }),
    languages: z
      .array(LanguageSchema)
      .min(1, { error: 'a pack needs at least one language ("en" or "fa")' })
      .max(PACK_LANGUAGES.length, { error: 'languages lists each language at most once' }),
    author: text(MAX_AUTHOR_LENGTH, 'the author').optional(),
    description: z.string().max(MAX_DESCRIPTION_LENGTH, { error: `the description may be at most ${MAX_DESCRIPTION_LENGTH} characters long` }).optional(),
    license: text(MAX_LICENSE_LENGTH, 'the license').optional(),
    rules: z
      .array(RuleSchema)
      .min(1, { error: 'a pack needs at least one rule' })
      .max(MAX_RULES, { error: `a pack may have at most ${MAX_RULES} rules` }),
  })
  .superRefine((pack, ctx) => {
    if (new Set(pack.languages).size !== pack.languages.length) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'languages lists each language at most once' });
    }
    const ids = new Map<string, number>();
    const patterns = new Map<string, string>();
    pack.rules.forEach((rule, r) => {
      const first = ids.get(rule.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', r, 'id'], message: `the rule id "${rule.id}" is already used by rules[${first}]` });
      else ids.set(rule.id, r);
      const lang = rule.language ?? pack.languages[0];
      if (rule.language && !pack.languages.includes(rule.language)) {
        ctx.addIssue({ code: 'custom', path: ['rules', r, 'language'], message: `"${rule.language}" is not one of this pack's languages` });
      }
      rule.patterns.forEach((p, i) => {
        // Same words after folding = same pattern, whatever the spacing or case.
        const key = `${lang}\u0000${foldKey(p).replace(/\s+/g, ' ').trim()}`;
        const seen = patterns.get(key);
        if (seen !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', r, 'patterns', i], message: `this pattern is already written at ${seen}` });
        else patterns.set(key, `rules[${r}].patterns[${i}]`);
      });
    });
  });

export type PhrasePack = z.infer<typeof PhrasePackSchema>;
export type PackRule = z.infer<typeof RuleSchema>;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RuleKind = (typeof RULE_KINDS)[number];
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, warning: 1, strong: 2 };

/** The language a rule is written for: its own, or the pack's first. */
export function ruleLanguage(pack: Pick<PhrasePack, 'languages'>, rule: Pick<PackRule, 'language'>): PackLanguage {
  return rule.language ?? pack.languages[0];
}
