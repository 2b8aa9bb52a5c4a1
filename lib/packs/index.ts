/**
 * Phrase packs: the format (schema.ts), reading untrusted packs (parse.ts), the install preview
 * (diff.ts) and the packs that ship with Tactful (builtin/*.json).
 */
import enCore from './builtin/en-core.json' with { type: 'json' };
import enCoreMore from './builtin/en-core-more.json' with { type: 'json' };
import faCore from './builtin/fa-core.json' with { type: 'json' };
import { parsePack, type PackError } from './parse.ts';
import type { PhrasePack } from './schema.ts';

export * from './schema.ts';
export { parsePack, checkPackExamples, validatePackForInstall, formatPath, formatPackError } from './parse.ts';
export type { PackError, ParseResult, ExampleFailure } from './parse.ts';
export { diffPacks, compareSemver } from './diff.ts';
export type { PackDiff } from './diff.ts';
export { parsePattern, parseReplacement, BLANK } from './pattern.ts';
export { migratePack, fixCommitments } from './migrate.ts';
export { BUILTIN_PACK_PARTS, settingsPackId, ruleSettingsKey, settingsKeyOf, isPackPart } from './parts.ts';
export { addedCommitments, commitmentsIn, ruleCommitmentFailures, EN_COMMITMENTS, FA_COMMITMENTS } from './commitments.ts';
export type { ParsedPattern, Piece, PatternNode } from './pattern.ts';

/** Every file in lib/packs/builtin, by file name. Add a new built-in pack here. */
export const builtinPackFiles: Readonly<Record<string, unknown>> = {
  'en-core.json': enCore,
  // Part of en-core (parts.ts): right after it, so the engine's tie-break between their rules is what it was in one file.
  'en-core-more.json': enCoreMore,
  'fa-core.json': faCore,
};

/**
 * The built-in packs, as shipped: each file is read as it is, not parsed again on every start. parsePack of the three
 * files took about 1.1 s of CPU on a 2-core machine (its pattern budget, the schema, the invisible-text check), paid by
 * the service worker each time it woke and by every page that loads the packs; the files are checked once, in CI
 * instead: tests/unit/packs/examples.test.ts parses each one and requires the result to equal the file, so a file the
 * parser would reject or change never ships.
 */
export const builtinPacks: readonly PhrasePack[] = Object.freeze(Object.values(builtinPackFiles).map((json) => Object.freeze({ ...(json as PhrasePack) })));

/** Built-in files that do not validate, parsed on demand (CI requires none). */
export function builtinPackErrors(): { file: string; errors: PackError[] }[] {
  const out: { file: string; errors: PackError[] }[] = [];
  for (const [file, json] of Object.entries(builtinPackFiles)) {
    const r = parsePack(json);
    if (!r.ok) out.push({ file, errors: r.errors });
  }
  return out;
}
