// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshDb } from '../fresh.ts';
import * as sites from '../../../../lib/db/stores/sites.ts';

describe('sites', () => {
  it('opens by itself on built-in helpdesk hosts and on sites the agent adds, not elsewhere', async () => {
    const db = freshDb();
    expect((await sites.shouldOpen(db, 'https://acme.zendesk.com/agent/tickets/1')).open).toBe(true);
    expect((await sites.shouldOpen(db, 'https://rt.example.org/Ticket/Display.html?id=5')).open).toBe(false);
    await sites.addSite(db, 'https://rt.example.org/Ticket/');
    expect((await sites.shouldOpen(db, 'https://rt.example.org/Ticket/Display.html?id=5')).open).toBe(true);
    await sites.removeSite(db, 'rt.example.org');
    expect((await sites.shouldOpen(db, 'https://rt.example.org/x')).open).toBe(false);
    await sites.removeSite(db, 'acme.zendesk.com');
    expect((await sites.shouldOpen(db, 'https://acme.zendesk.com/agent')).open).toBe(false);
    expect((await sites.shouldOpen(db, 'chrome://settings')).open).toBe(false);
    await expect(sites.addSite(db, 'not a host!')).rejects.toThrow(/host name/);
  });

  it('remembers taught selectors per host and forgets them on reset', async () => {
    const db = freshDb();
    await sites.setTaught(db, 'desk.example.com', { customer: 'li.msg' });
    await sites.setTaught(db, 'desk.example.com', { editor: '#reply' });
    expect(await sites.getTaught(db, 'desk.example.com')).toEqual({ customer: 'li.msg', editor: '#reply' });
    expect((await sites.shouldOpen(db, 'https://desk.example.com/')).open).toBe(false);
    await sites.resetTaught(db, 'desk.example.com');
    expect(await sites.getTaught(db, 'desk.example.com')).toBeNull();
  });

  it('lists built-in hosts first with their adapter, then the added ones', async () => {
    const db = freshDb();
    await sites.addSite(db, 'desk.example.com:8080');
    const list = await sites.listSites(db);
    expect(list[0]).toEqual({ host: 'mail.google.com', adapterId: 'gmail', builtin: true, autoOpen: true, taught: false });
    expect(list.at(-1)).toEqual({ host: 'desk.example.com:8080', adapterId: null, builtin: false, autoOpen: true, taught: false });
  });

  it('names the added hosts that are on: where the loader is registered at run time', async () => {
    const db = freshDb();
    await sites.addSite(db, 'desk.example.com');
    await sites.addSite(db, 'rt.example.org');
    await sites.removeSite(db, 'rt.example.org');
    await sites.removeSite(db, 'acme.zendesk.com'); // a built-in host switched off is not "added"
    await sites.setTaught(db, 'taught.example.com', { customer: 'li' }); // taught, never switched on
    await sites.addSite(db, 'acme.freshdesk.com'); // under a built-in pattern: the manifest covers it
    expect(await sites.addedHostsOn(db)).toEqual(['desk.example.com']);
  });
});
