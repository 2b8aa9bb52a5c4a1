// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshDb, starterPack } from './fresh.ts';
import { exportBackup, importBackup } from '../../../lib/db/backup.ts';
import { getPrefs, setPrefs } from '../../../lib/db/stores/prefs.ts';
import { addSite } from '../../../lib/db/stores/sites.ts';
import { installPack } from '../../../lib/db/stores/packs.ts';
import { upsertKb } from '../../../lib/db/stores/kb.ts';
import { activeTagsFor, toggleTagClick } from '../../../lib/db/stores/tags.ts';

describe('backup', () => {
  it('round-trips everything and imports nothing from a damaged backup', async () => {
    const db = freshDb();
    await setPrefs(db, { agentName: 'مریم' });
    await addSite(db, 'desk.example.com');
    await installPack(db, starterPack());
    await upsertKb(db, [{ title: 'Refunds', url: 'https://help.example.com/r', body: 'Refund body' }]);
    await toggleTagClick(db, { tagId: 'billing', conversation: 'c1', site: 's' });
    const backup = (await exportBackup(db)) as Record<string, unknown>;

    const other = freshDb();
    const bad = { ...backup, kbArticles: [...(backup.kbArticles as unknown[]), { title: '', url: 'nope' }] };
    await expect(importBackup(other, bad)).rejects.toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^kbArticles\[1\]/) })]) });
    expect(await other.kbArticles.count()).toBe(0);
    expect(await other.packs.count()).toBe(0);

    const r = await importBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(r.counts).toMatchObject({ packs: 1, kbArticles: 1, tagEvents: 1, sites: 1 });
    expect((await getPrefs(other)).agentName).toBe('مریم');
    expect(await activeTagsFor(other, 'c1')).toEqual(['billing']);
    // Importing it again changes nothing.
    await importBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(await other.tagEvents.count()).toBe(1);
    await expect(importBackup(other, { hello: 1 })).rejects.toThrow(/not a Tactful backup/);
  });

  it('writes the same file as before the stores were split (keys and their order)', async () => {
    const db = freshDb();
    const backup = (await exportBackup(db, new Date(0))) as Record<string, unknown>;
    expect(Object.keys(backup)).toEqual(['format', 'formatVersion', 'exportedAt', 'prefs', 'sites', 'packs', 'kbArticles', 'taxonomy', 'tagEvents']);
    expect(backup.exportedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('reads a backup that has only some parts, and one whose preferences are damaged is refused whole', async () => {
    const db = freshDb();
    const r = await importBackup(db, { format: 'tactful-backup', formatVersion: 1, sites: [{ host: 'desk.example.com', autoOpen: true }] });
    expect(r.counts).toMatchObject({ sites: 1, packs: 0, kbArticles: 0, tagEvents: 0 });
    expect((await db.sites.get('desk.example.com'))?.custom).toBe(true);
    await expect(
      importBackup(db, { format: 'tactful-backup', formatVersion: 1, prefs: { panelSide: 'up' }, kbArticles: [{ title: 'A', url: 'https://a.example/' }] }),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ path: 'prefs.panelSide' })] });
    expect(await db.kbArticles.count()).toBe(0);
  });
});
