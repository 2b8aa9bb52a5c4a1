import { afterEach, describe, expect, it } from 'vitest';
import { TactfulDb } from '../../../lib/db/db.ts';
import * as svc from '../../../lib/db/service.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';

let n = 0;
const dbs: TactfulDb[] = [];
function freshDb(): TactfulDb {
  const db = new TactfulDb(`test-${Date.now()}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const starterPack = (version = '1.0.0', extraRule = false) => ({
  formatVersion: 1,
  id: 'team.support.basics',
  name: 'Team basics',
  version,
  languages: ['en'],
  author: 'Trainer',
  description: 'Team phrases',
  license: 'MIT',
  rules: [
    {
      id: 'no-worries',
      category: 'dismissive',
      severity: 'hint',
      patterns: ['no worries'],
      replacements: ['happy to help'],
      explanation: 'Sounds warmer.',
      examples: { bad: [{ text: 'No worries at all.', expected: 'Happy to help at all.' }], good: ['Happy to help.'] },
    },
    ...(extraRule
      ? [{
          id: 'per-my-email',
          category: 'passive-aggressive',
          severity: 'warning',
          patterns: ['per my last email'],
          replacements: ['to recap'],
          explanation: 'Reads as a reproach.',
          examples: { bad: [{ text: 'Per my last email, it ships Friday.', expected: 'To recap, it ships Friday.' }], good: ['To recap, it ships Friday.'] },
        }]
      : []),
  ],
});

describe('preferences and sites', () => {
  it('keeps defaults, merges patches and survives a damaged row', async () => {
    const db = freshDb();
    expect((await svc.getPrefs(db)).panelSide).toBe('right');
    await svc.setPrefs(db, { panelSide: 'left', agentName: 'Sam' });
    expect(await svc.getPrefs(db)).toMatchObject({ panelSide: 'left', agentName: 'Sam' });
    await db.kv.put({ key: 'prefs', value: { panelSide: 42 } });
    expect((await svc.getPrefs(db)).panelSide).toBe('right');
  });

  it('opens by itself on built-in helpdesk hosts and on sites the agent adds, not elsewhere', async () => {
    const db = freshDb();
    expect((await svc.shouldOpen(db, 'https://acme.zendesk.com/agent/tickets/1')).open).toBe(true);
    expect((await svc.shouldOpen(db, 'https://rt.example.org/Ticket/Display.html?id=5')).open).toBe(false);
    await svc.addSite(db, 'https://rt.example.org/Ticket/');
    expect((await svc.shouldOpen(db, 'https://rt.example.org/Ticket/Display.html?id=5')).open).toBe(true);
    await svc.removeSite(db, 'rt.example.org');
    expect((await svc.shouldOpen(db, 'https://rt.example.org/x')).open).toBe(false);
    await svc.removeSite(db, 'acme.zendesk.com');
    expect((await svc.shouldOpen(db, 'https://acme.zendesk.com/agent')).open).toBe(false);
    expect((await svc.shouldOpen(db, 'chrome://settings')).open).toBe(false);
    await expect(svc.addSite(db, 'not a host!')).rejects.toThrow(/host name/);
  });

  it('remembers taught selectors per host and forgets them on reset', async () => {
    const db = freshDb();
    await svc.setTaught(db, 'desk.example.com', { customer: 'li.msg' });
    await svc.setTaught(db, 'desk.example.com', { editor: '#reply' });
    expect(await svc.getTaught(db, 'desk.example.com')).toEqual({ customer: 'li.msg', editor: '#reply' });
    expect((await svc.shouldOpen(db, 'https://desk.example.com/')).open).toBe(false);
    await svc.resetTaught(db, 'desk.example.com');
    expect(await svc.getTaught(db, 'desk.example.com')).toBeNull();
  });
});

describe('packs', () => {
  it('installs a valid pack, refuses an invalid one without changing anything, and updates in place keeping silenced rules', async () => {
    const db = freshDb();
    await expect(svc.installPack(db, { ...starterPack(), rules: [] })).rejects.toThrow(/not installed/);
    expect(await db.packs.count()).toBe(0);
    expect((await svc.installPack(db, starterPack())).installed).toBe(true);
    await svc.silenceRule(db, 'team.support.basics/no-worries', true);
    const older = await svc.installPack(db, starterPack('0.9.0'));
    expect(older).toMatchObject({ installed: false, needsConfirmation: 'downgrade' });
    const newer = await svc.installPack(db, starterPack('1.1.0', true));
    expect(newer.installed).toBe(true);
    expect(newer.diff?.added).toEqual(['per-my-email']);
    expect((await svc.getPrefs(db)).silencedRules).toContain('team.support.basics/no-worries');
    const list = await svc.listPacks(db);
    expect(list.filter((p) => p.builtin).length).toBe(builtinPacks.length);
    expect(list.find((p) => p.pack.id === 'team.support.basics')?.pack.version).toBe('1.1.0');
  });

  it('applies team settings and rejects a malformed file', async () => {
    const db = freshDb();
    await svc.applyTeamSettings(db, { format: 'tactful-team-settings', formatVersion: 1, disablePacks: ['x'], silenceRules: ['a/b'] });
    expect(await svc.getPrefs(db)).toMatchObject({ disabledPacks: ['x'], silencedRules: ['a/b'] });
    await expect(svc.applyTeamSettings(db, { format: 'nope' })).rejects.toThrow(/not applied/);
  });
});

describe('root-cause tags', () => {
  it('toggles, undoes and never lets a merge resurrect a removal', async () => {
    const db = freshDb();
    const conv = 'acme.zendesk.com|77';
    const a = await svc.toggleTagClick(db, { tagId: 'billing', conversation: conv, site: 'acme.zendesk.com' }, 1000);
    expect(a).toMatchObject({ action: 'add', active: ['billing'] });
    const exported = await svc.tagEvents(db);
    const b = await svc.toggleTagClick(db, { tagId: 'billing', conversation: conv, site: 'acme.zendesk.com' }, 2000);
    expect(b.active).toEqual([]);
    // Merging the export taken before the removal changes nothing.
    expect(await svc.importTagEvents(db, exported)).toMatchObject({ added: 0 });
    expect(await svc.activeTagsFor(db, conv)).toEqual([]);
    // Undo of the removal brings the tag back.
    await svc.restoreTagEvents(db, b.undo);
    expect(await svc.activeTagsFor(db, conv)).toEqual(['billing']);
  });

  it('imports the same events twice without change and rejects bad rows with their path', async () => {
    const db = freshDb();
    const events = [{ id: 'e1', tagId: 'billing', conversation: 'c', site: 's', agent: 'a', createdAt: 5 }];
    expect(await svc.importTagEvents(db, events)).toMatchObject({ added: 1 });
    expect(await svc.importTagEvents(db, events)).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    await expect(svc.importTagEvents(db, [{ id: 'e2' }])).rejects.toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^events\[0\]/) })]) });
    expect(await db.tagEvents.count()).toBe(1);
  });
});

describe('knowledge base', () => {
  it('stores articles and suggests the one that answers, updating the index incrementally', async () => {
    const db = freshDb();
    await svc.upsertKb(db, [
      { title: 'How refunds work', url: 'https://help.example.com/refunds', body: 'Refunds go back to the original card within 5 to 10 business days after we receive the return.' },
      { title: 'Change your password', url: 'https://help.example.com/password', body: 'Open settings and choose reset password to get a reset link by email.' },
    ]);
    const hits = await svc.suggestKb(db, 'When will my refund be back on my card?');
    expect(hits[0].article.url).toBe('https://help.example.com/refunds');
    await svc.deleteKb(db, [hits[0].articleId]);
    const after = await svc.suggestKb(db, 'When will my refund be back on my card?');
    expect(after.map((h) => h.article.url)).not.toContain('https://help.example.com/refunds');
    expect(await svc.handle(db, { type: 'kb.count' })).toBe(1);
    await expect(svc.upsertKb(db, [{ title: 'x', url: 'javascript:alert(1)' }])).rejects.toThrow(/No articles/);
    expect(await svc.handle(db, { type: 'kb.count' })).toBe(1);
  });
});

describe('backup', () => {
  it('round-trips everything and imports nothing from a damaged backup', async () => {
    const db = freshDb();
    await svc.setPrefs(db, { agentName: 'مریم' });
    await svc.addSite(db, 'desk.example.com');
    await svc.installPack(db, starterPack());
    await svc.upsertKb(db, [{ title: 'Refunds', url: 'https://help.example.com/r', body: 'Refund body' }]);
    await svc.toggleTagClick(db, { tagId: 'billing', conversation: 'c1', site: 's' });
    const backup = (await svc.exportBackup(db)) as Record<string, unknown>;

    const other = freshDb();
    const bad = { ...backup, kbArticles: [...(backup.kbArticles as unknown[]), { title: '', url: 'nope' }] };
    await expect(svc.importBackup(other, bad)).rejects.toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^kbArticles\[1\]/) })]) });
    expect(await other.kbArticles.count()).toBe(0);
    expect(await other.packs.count()).toBe(0);

    const r = await svc.importBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(r.counts).toMatchObject({ packs: 1, kbArticles: 1, tagEvents: 1, sites: 1 });
    expect((await svc.getPrefs(other)).agentName).toBe('مریم');
    expect(await svc.activeTagsFor(other, 'c1')).toEqual(['billing']);
    // Importing it again changes nothing.
    await svc.importBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(await other.tagEvents.count()).toBe(1);
    await expect(svc.importBackup(other, { hello: 1 })).rejects.toThrow(/not a Tactful backup/);
  });
});
