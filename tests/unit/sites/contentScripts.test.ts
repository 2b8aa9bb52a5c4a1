// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ADDED_SITES_SCRIPT_ID, grantedPatterns, syncAddedSites, type ScriptingApi } from '../../../lib/sites/contentScripts.ts';

/** A scripting API that keeps registrations in memory and grants the origins it is given. */
function fakeChrome(granted: string[]) {
  const registered = new Map<string, { matches: string[]; js: string[] }>();
  const api: ScriptingApi = {
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async (f) => [...registered.keys()].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id })),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, { matches: s.matches, js: s.js });
        }
      },
      unregisterContentScripts: async (f) => {
        for (const id of f?.ids ?? [...registered.keys()]) registered.delete(id);
      },
    },
  };
  return { api, registered, granted };
}

describe('loader registration for added sites', () => {
  it('registers only the hosts whose permission is granted, once per pattern, ports dropped', async () => {
    const { api } = fakeChrome(['*://desk.example.com/*', '*://127.0.0.1/*']);
    expect(await grantedPatterns(api, ['desk.example.com', 'rt.example.org', '127.0.0.1:8080', '127.0.0.1:9090'])).toEqual(['*://127.0.0.1/*', '*://desk.example.com/*']);
  });

  it('follows the list as hosts are added and removed, and unregisters when none is left', async () => {
    const { api, registered, granted } = fakeChrome(['*://desk.example.com/*']);
    await syncAddedSites(api, ['desk.example.com'], 'content-scripts/helpdesk.js');
    expect(registered.get(ADDED_SITES_SCRIPT_ID)).toEqual({ matches: ['*://desk.example.com/*'], js: ['content-scripts/helpdesk.js'] });
    granted.push('*://rt.example.org/*');
    await syncAddedSites(api, ['desk.example.com', 'rt.example.org'], 'content-scripts/helpdesk.js');
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual(['*://desk.example.com/*', '*://rt.example.org/*']);
    expect(await syncAddedSites(api, [], 'content-scripts/helpdesk.js')).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('uses contentScripts.register where scripting is missing (Firefox MV2), replacing the previous registration', async () => {
    const live: string[][] = [];
    const api: ScriptingApi = {
      permissions: { contains: async () => true },
      contentScripts: {
        register: async ({ matches }) => {
          live.push(matches);
          return { unregister: () => void live.splice(live.indexOf(matches), 1) };
        },
      },
    };
    await syncAddedSites(api, ['a.example.com'], 'content-scripts/helpdesk.js');
    await syncAddedSites(api, ['b.example.com'], 'content-scripts/helpdesk.js');
    expect(live).toEqual([['*://b.example.com/*']]);
    await syncAddedSites(api, [], 'content-scripts/helpdesk.js');
    expect(live).toEqual([]);
  });
});
