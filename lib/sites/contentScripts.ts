/**
 * Where the loader runs. Built-in helpdesk hosts are in the manifest's content_scripts (from
 * ./hosts.ts); hosts the agent added are registered at run time, only once their host permission
 * is granted, and unregistered when removed, so no other page runs Tactful or wakes the worker.
 * Chrome and Firefox MV3 have scripting.registerContentScripts; Firefox MV2 has
 * contentScripts.register, whose registration lives as long as the background page, so the
 * background registers again each time it starts.
 */
import { matchPatternFor } from './hosts.ts';

export const ADDED_SITES_SCRIPT_ID = 'tactful-added-sites';

/** The parts of the extension API this needs (a fake in unit tests). */
export interface ScriptingApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting?: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions?: boolean }[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  contentScripts?: {
    register(s: { matches: string[]; js: { file: string }[]; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> | void }>;
  };
}

/** The match patterns the loader should run on now: each added host whose permission is granted. */
export async function grantedPatterns(api: ScriptingApi, hosts: readonly string[]): Promise<string[]> {
  const patterns = [...new Set(hosts.map((h) => matchPatternFor(h)))];
  const granted = await Promise.all(patterns.map((p) => api.permissions.contains({ origins: [p] }).catch(() => false)));
  return patterns.filter((_, i) => granted[i]).sort();
}

let firefoxRegistration: { unregister(): Promise<void> | void } | null = null;

/**
 * Makes the run-time registration match `hosts` (the added hosts that are on). Returns the
 * patterns now registered. `loader` is the loader's file as the manifest names it.
 */
export async function syncAddedSites(api: ScriptingApi, hosts: readonly string[], loader: string): Promise<string[]> {
  const matches = await grantedPatterns(api, hosts);
  if (api.scripting?.registerContentScripts) {
    const existing = await api.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    if (existing.length) await api.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    if (matches.length) {
      await api.scripting.registerContentScripts([{ id: ADDED_SITES_SCRIPT_ID, matches, js: [loader], runAt: 'document_idle', persistAcrossSessions: true }]);
    }
    return matches;
  }
  if (api.contentScripts?.register) {
    await firefoxRegistration?.unregister();
    firefoxRegistration = matches.length ? await api.contentScripts.register({ matches, js: [{ file: loader }], runAt: 'document_idle' }) : null;
    return matches;
  }
  return [];
}
