/**
 * Built-in packs kept in more than one file (rwen19): a pack's rules may outgrow what one pack may cost
 * (budget.ts: a built-in pack stays under half of PACK_BUDGET), so its later rules move, in order and with their ids,
 * to a second built-in pack that is a *part* of the first. For the agent it is still one pack:
 *
 * - it is switched on and off by the first pack's id (prefs.disabledPacks; team settings; backups);
 * - its rules are silenced under the first pack's id (`tactful.en.core/<rule>` in prefs.silencedRules), the keys the
 *   agent's settings held before the split, so a rule muted before an update stays muted after it;
 * - it is placed right after the first pack in builtinPacks, so the engine's tie-break between two rules (earlier pack,
 *   then earlier rule) picks what it picked when both were in one file.
 *
 * No imports: the engine (compile.ts) and the stores both read this map.
 */

/** Part pack id -> the built-in pack it belongs to. */
export const BUILTIN_PACK_PARTS: Readonly<Record<string, string>> = Object.freeze({
  'tactful.en.core.more': 'tactful.en.core',
});

/** The id under which a pack is switched on or off and its rules are silenced: its own, or the pack it is part of. */
export const settingsPackId = (packId: string): string => BUILTIN_PACK_PARTS[packId] ?? packId;

/** How prefs.silencedRules and the rewrite engine name a rule: `packId/ruleId`, a part's rules under its whole's id. */
export const ruleSettingsKey = (packId: string, ruleId: string): string => `${settingsPackId(packId)}/${ruleId}`;

/** A stored `packId/ruleId` key with a part's id written out (a hand-made team settings file): the whole's key. */
export function settingsKeyOf(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash > 0 ? ruleSettingsKey(key.slice(0, slash), key.slice(slash + 1)) : key;
}

/** Whether a pack is a part of another built-in pack (listed with it, switched with it). */
export const isPackPart = (packId: string): boolean => Object.prototype.hasOwnProperty.call(BUILTIN_PACK_PARTS, packId);
