// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshDb } from '../fresh.ts';
import * as tags from '../../../../lib/db/stores/tags.ts';
import { setPrefs } from '../../../../lib/db/stores/prefs.ts';

describe('root-cause tags', () => {
  it('toggles, undoes and never lets a merge resurrect a removal', async () => {
    const db = freshDb();
    const conv = 'acme.zendesk.com|77';
    const a = await tags.toggleTagClick(db, { tagId: 'billing', conversation: conv, site: 'acme.zendesk.com' }, 1000);
    expect(a).toMatchObject({ action: 'add', active: ['billing'] });
    const exported = await tags.tagEvents(db);
    const b = await tags.toggleTagClick(db, { tagId: 'billing', conversation: conv, site: 'acme.zendesk.com' }, 2000);
    expect(b.active).toEqual([]);
    // Merging the export taken before the removal changes nothing.
    expect(await tags.importTagEvents(db, exported)).toMatchObject({ added: 0 });
    expect(await tags.activeTagsFor(db, conv)).toEqual([]);
    // Undo of the removal brings the tag back.
    await tags.restoreTagEvents(db, b.undo);
    expect(await tags.activeTagsFor(db, conv)).toEqual(['billing']);
  });

  it('imports the same events twice without change and rejects bad rows with their path', async () => {
    const db = freshDb();
    const events = [{ id: 'e1', tagId: 'billing', conversation: 'c', site: 's', agent: 'a', createdAt: 5 }];
    expect(await tags.importTagEvents(db, events)).toMatchObject({ added: 1 });
    expect(await tags.importTagEvents(db, events)).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    await expect(tags.importTagEvents(db, [{ id: 'e2' }])).rejects.toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^events\[0\]/) })]) });
    expect(await db.tagEvents.count()).toBe(1);
  });

  it('stamps the agent name from preferences and keeps a changed taxonomy; a bad one changes nothing', async () => {
    const db = freshDb();
    await setPrefs(db, { agentName: 'Sara' });
    await tags.toggleTagClick(db, { tagId: 'billing', conversation: 'c', site: 's' });
    expect((await tags.tagEvents(db))[0].agent).toBe('Sara');
    const taxonomy = await tags.getTaxonomy(db);
    const renamed = { ...taxonomy, tags: taxonomy.tags.map((t, i) => (i === 0 ? { ...t, name: { ...t.name, en: 'Money' } } : t)) };
    await tags.setTaxonomy(db, renamed);
    expect((await tags.getTaxonomy(db)).tags[0].name.en).toBe('Money');
    await expect(tags.setTaxonomy(db, { formatVersion: 1, tags: [{ id: '' }] })).rejects.toThrow(/not changed/);
    expect((await tags.getTaxonomy(db)).tags[0].name.en).toBe('Money');
  });
  it('a note from the panel is stored on the live tag event, edited in place, and refused once the tag is off', async () => {
    const db = await freshDb();
    await tags.toggleTagClick(db, { tagId: 'billing', conversation: 'c1', site: 's' }, 1000);
    expect(await tags.setTagNote(db, { tagId: 'billing', conversation: 'c1', note: 'charged twice' }, 2000)).toEqual({ billing: 'charged twice' });
    expect(await tags.setTagNote(db, { tagId: 'billing', conversation: 'c1', note: 'charged three times' }, 3000)).toEqual({ billing: 'charged three times' });
    const [row] = await tags.tagEvents(db);
    expect(row).toMatchObject({ tagId: 'billing', note: 'charged three times', updatedAt: 3000 });
    expect(await tags.notesFor(db, 'c2')).toEqual({});
    await tags.toggleTagClick(db, { tagId: 'billing', conversation: 'c1', site: 's' }, 4000);
    expect(await tags.notesFor(db, 'c1')).toEqual({});
    await expect(tags.setTagNote(db, { tagId: 'billing', conversation: 'c1', note: 'late' }, 5000)).rejects.toThrow(/not on this conversation/);
  });
});
