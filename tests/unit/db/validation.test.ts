// @vitest-environment node
/**
 * One validation path for every way data enters (issue 15, fault 4): a pack or a site that
 * install or Options > Sites refuses is refused the same way from a backup, located, and the
 * import changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, starterPack } from './fresh.ts';
import { importBackup } from '../../../lib/db/backup.ts';
import { addSite, setTaught } from '../../../lib/db/stores/sites.ts';
import { installPack, listPacks } from '../../../lib/db/stores/packs.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { slotChainPack, walkPack } from '../packs/adversarial.ts';

const backupOf = (parts: Record<string, unknown>) => ({ format: 'tactful-backup', formatVersion: 1, ...parts });

describe('packs enter only through the install checks', () => {
  it("a backup cannot plant a pack with a built-in pack's id", async () => {
    const db = freshDb();
    const fake = { ...structuredClone(builtinPacks[builtinPacks.length - 1]), name: 'Looks official' };
    await expect(installPack(db, fake)).rejects.toThrow(/is the id of a built-in pack/);
    await expect(importBackup(db, backupOf({ packs: [fake], sites: [{ host: 'desk.example.com', autoOpen: true }] }))).rejects.toMatchObject({
      details: [{ path: 'packs[0].id', message: `"${fake.id}" is the id of a built-in pack. Give your copy its own id.` }],
    });
    expect(await db.packs.count()).toBe(0);
    expect(await db.sites.count()).toBe(0);
    expect((await listPacks(db)).filter((p) => p.pack.id === fake.id)).toHaveLength(1);
  });

  it('a backup pack must pass its own examples, as at install', async () => {
    const db = freshDb();
    const broken = starterPack();
    broken.rules[0].examples.bad[0].expected = 'something else entirely';
    await expect(installPack(db, broken)).rejects.toThrow(/not installed/);
    await expect(importBackup(db, backupOf({ packs: [broken] }))).rejects.toMatchObject({
      details: [expect.objectContaining({ path: 'packs[0].rules[0].examples.bad[0].expected' })],
    });
    expect(await db.packs.count()).toBe(0);
  });

  it('a backup pack over the cost budget is refused, alone or with the packs already installed', async () => {
    const db = freshDb();
    await expect(importBackup(db, backupOf({ packs: [walkPack('acme.slots', 1)] }))).rejects.toMatchObject({
      details: [expect.objectContaining({ path: 'packs[0].rules', message: expect.stringMatching(/matching steps/) })],
    });
    // Each of these fits alone; the built-in packs and two of them fit together, three do not.
    await installPack(db, slotChainPack('acme.one'));
    await installPack(db, slotChainPack('acme.two'));
    await expect(installPack(db, slotChainPack('acme.three'))).rejects.toMatchObject({ details: [expect.objectContaining({ message: expect.stringMatching(/^together with the packs already installed, one position of a reply could cost/) })] });
    await expect(importBackup(db, backupOf({ packs: [slotChainPack('acme.three')], sites: [{ host: 'desk.example.com', autoOpen: true }] }))).rejects.toMatchObject({
      details: [expect.objectContaining({ path: 'packs', message: expect.stringMatching(/^together with the packs already installed/) })],
    });
    expect((await db.packs.toArray()).map((r) => r.id).sort()).toEqual(['acme.one', 'acme.two']);
    expect(await db.sites.count()).toBe(0);
    // Replacing an installed pack by a new version of itself is not counted twice.
    await expect(installPack(db, { ...slotChainPack('acme.one'), version: '1.1.0' })).resolves.toMatchObject({ installed: true });
  });
});

describe('hosts enter only through the host rule', () => {
  const bad = ['*', '*.com', '*.co.uk', '<b>x</b>.example.com', 'javascript:alert(1)'];

  it('Options > Sites refuses a wildcard over everything or over a whole top-level domain', async () => {
    const db = freshDb();
    for (const host of bad) await expect(addSite(db, host), host).rejects.toThrow();
    await expect(addSite(db, '*.com')).rejects.toThrow('"*.com" would open Tactful on every site under .com; use your own domain, such as *.example.com.');
    await expect(addSite(db, '*.example.com')).resolves.toBeTruthy();
    await expect(addSite(db, '*.example.co.uk')).resolves.toBeTruthy();
  });

  it('a backup is refused with the place of every bad host, and nothing is written', async () => {
    const db = freshDb();
    const sites = [{ host: 'desk.example.com', autoOpen: true }, ...bad.map((host) => ({ host, autoOpen: true }))];
    const err = await importBackup(db, backupOf({ sites })).catch((e: { details?: { path: string }[] }) => e);
    expect((err as { details: { path: string }[] }).details.map((d) => d.path)).toEqual(bad.map((_, i) => `sites[${i + 1}].host`));
    expect(await db.sites.count()).toBe(0);
  });

  it('taught selectors are stored only under a real host', async () => {
    const db = freshDb();
    await expect(setTaught(db, '*.com', { customer: '.msg' })).rejects.toThrow(/every site under/);
    await setTaught(db, 'desk.example.com', { customer: '.msg' });
    expect(await db.sites.count()).toBe(1);
  });
});

describe('stored packs are parsed once per version', () => {
  it('packs.list hands out the same parsed pack until the row changes', async () => {
    const db = freshDb();
    await installPack(db, starterPack('1.0.0'));
    const first = (await listPacks(db)).find((p) => !p.builtin)!.pack;
    const again = (await listPacks(db)).find((p) => !p.builtin)!.pack;
    expect(again).toBe(first);
    await installPack(db, starterPack('1.1.0', true));
    const updated = (await listPacks(db)).find((p) => !p.builtin)!.pack;
    expect(updated).not.toBe(first);
    expect(updated.version).toBe('1.1.0');
    // A row written behind the store's back (another version of the worker) is read again.
    await db.packs.update('team.support.basics', { pack: starterPack('1.2.0'), updatedAt: Date.now() + 1000 });
    expect((await listPacks(db)).find((p) => !p.builtin)!.pack.version).toBe('1.2.0');
  });
});
