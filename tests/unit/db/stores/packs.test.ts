// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshDb, starterPack } from '../fresh.ts';
import * as packs from '../../../../lib/db/stores/packs.ts';
import { getPrefs } from '../../../../lib/db/stores/prefs.ts';
import { builtinPacks } from '../../../../lib/packs/index.ts';

describe('packs', () => {
  it('installs a valid pack, refuses an invalid one without changing anything, and updates in place keeping silenced rules', async () => {
    const db = freshDb();
    await expect(packs.installPack(db, { ...starterPack(), rules: [] })).rejects.toThrow(/not installed/);
    expect(await db.packs.count()).toBe(0);
    expect((await packs.installPack(db, starterPack())).installed).toBe(true);
    await packs.silenceRule(db, 'team.support.basics/no-worries', true);
    const older = await packs.installPack(db, starterPack('0.9.0'));
    expect(older).toMatchObject({ installed: false, needsConfirmation: 'downgrade' });
    const newer = await packs.installPack(db, starterPack('1.1.0', true));
    expect(newer.installed).toBe(true);
    expect(newer.diff?.added).toEqual(['per-my-email']);
    expect((await getPrefs(db)).silencedRules).toContain('team.support.basics/no-worries');
    const list = await packs.listPacks(db);
    expect(list.filter((p) => p.builtin).length).toBe(builtinPacks.length);
    expect(list.find((p) => p.pack.id === 'team.support.basics')?.pack.version).toBe('1.1.0');
  });

  it('applies team settings and rejects a malformed file', async () => {
    const db = freshDb();
    await packs.applyTeamSettings(db, { format: 'tactful-team-settings', formatVersion: 1, disablePacks: ['x'], silenceRules: ['a/b'] });
    expect(await getPrefs(db)).toMatchObject({ disabledPacks: ['x'], silencedRules: ['a/b'] });
    await expect(packs.applyTeamSettings(db, { format: 'nope' })).rejects.toThrow(/not applied/);
  });

  it('switches a pack off and on, and never removes a built-in one', async () => {
    const db = freshDb();
    const id = builtinPacks[0].id;
    await packs.setPackEnabled(db, id, false);
    expect((await packs.listPacks(db)).find((p) => p.pack.id === id)?.enabled).toBe(false);
    await packs.setPackEnabled(db, id, true);
    expect((await packs.listPacks(db)).find((p) => p.pack.id === id)?.enabled).toBe(true);
    await expect(packs.removePack(db, id)).rejects.toThrow(/Built-in/);
  });
});
