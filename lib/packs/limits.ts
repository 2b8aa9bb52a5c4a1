/**
 * Limits that keep a pack from hurting the agent's tab: every one bounds either the size of what
 * we store or the work done per keystroke (see lib/rewrite/engine.ts for how the matcher uses them).
 */
/** The current pack format. Version 1 packs are upgraded when read (lib/packs/migrate.ts). */
export const FORMAT_VERSION = 2;
/** Largest pack file we accept, in bytes of UTF-8 JSON. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
export const MAX_RULES = 10_000;
export const MAX_PATTERNS_PER_RULE = 20;
/** `unless` patterns per rule (exceptions; each one obeys the same limits as a pattern). */
export const MAX_UNLESS_PER_RULE = 20;
export const MAX_REPLACEMENTS_PER_RULE = 5;
export const MAX_PATTERN_LENGTH = 200;
export const MAX_REPLACEMENT_LENGTH = 500;
export const MAX_SLOTS_PER_PATTERN = 3;
export const MAX_EXPLANATION_LENGTH = 400;
export const MAX_EXAMPLES = 10;
export const MAX_EXAMPLE_LENGTH = 1000;
/** `[a|b] [c|d]` expands to 4 word sequences; a pattern may expand to at most this many. */
export const MAX_EXPANSIONS_PER_PATTERN = 256;
/** Groups inside groups, at most this deep. */
export const MAX_GROUP_DEPTH = 3;
/** A slot inside a pattern captures 1..MAX_SLOT_WORDS words; a slot at the end up to MAX_END_SLOT_WORDS. */
export const MAX_SLOT_WORDS = 6;
export const MAX_END_SLOT_WORDS = 8;
/** A {name...} slot takes the rest of its clause, at most this many words (else it does not match). */
export const MAX_REST_SLOT_WORDS = 24;
/** A "word" longer than this (a pasted URL or token) is never captured by a slot. */
export const MAX_SLOT_WORD_LENGTH = 100;
export const MAX_ID_LENGTH = 100;
export const MAX_RULE_ID_LENGTH = 80;
export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_AUTHOR_LENGTH = 200;
export const MAX_LICENSE_LENGTH = 100;
/** parsePack reports at most this many errors (a broken file would otherwise list thousands). */
export const MAX_REPORTED_ERRORS = 100;
