// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshDb } from '../fresh.ts';
import { getPrefs, setPrefs, toggleInPrefList } from '../../../../lib/db/stores/prefs.ts';
import { handle } from '../../../../lib/db/service.ts';
import { ToBackgroundSchema } from '../../../../lib/messaging/protocol.ts';

describe('preferences', () => {
  it('keeps defaults, merges patches and survives a damaged row', async () => {
    const db = freshDb();
    expect((await getPrefs(db)).panelSide).toBe('right');
    await setPrefs(db, { panelSide: 'left', agentName: 'Sam' });
    expect(await getPrefs(db)).toMatchObject({ panelSide: 'left', agentName: 'Sam' });
    await db.kv.put({ key: 'prefs', value: { panelSide: 42 } });
    expect((await getPrefs(db)).panelSide).toBe('right');
  });

  it('refuses a patch that does not fit, leaving the stored preferences as they were', async () => {
    const db = freshDb();
    await setPrefs(db, { panelWidth: 400 });
    await expect(setPrefs(db, { panelWidth: 5 })).rejects.toThrow();
    expect((await getPrefs(db)).panelWidth).toBe(400);
  });

  it('adds and removes one id of a list preference without touching the others', async () => {
    const db = freshDb();
    await toggleInPrefList(db, 'silencedRules', 'a/b', true);
    await toggleInPrefList(db, 'silencedRules', 'a/c', true);
    await toggleInPrefList(db, 'silencedRules', 'a/b', false);
    expect((await getPrefs(db)).silencedRules).toEqual(['a/c']);
    expect((await getPrefs(db)).disabledPacks).toEqual([]);
  });

  it('a stored silence of a rule a built-in pack no longer has keeps loading and can be lifted (bur35)', async () => {
    const db = freshDb();
    // tactful.fa.core 1.9.0 retired fa-bureaucratic-inform: an agent who had silenced it keeps the key and every other setting.
    await db.kv.put({ key: 'prefs', value: { uiLanguage: 'fa', silencedRules: ['tactful.fa.core/fa-bureaucratic-inform', 'tactful.fa.core/fa-bureaucratic-note'] } });
    expect(await getPrefs(db)).toMatchObject({ uiLanguage: 'fa', silencedRules: ['tactful.fa.core/fa-bureaucratic-inform', 'tactful.fa.core/fa-bureaucratic-note'] });
    await toggleInPrefList(db, 'silencedRules', 'tactful.fa.core/fa-bureaucratic-inform', false);
    expect((await getPrefs(db)).silencedRules).toEqual(['tactful.fa.core/fa-bureaucratic-note']);
  });

  it('a one-key change, parsed as the background parses it, keeps every other preference', async () => {
    const db = freshDb();
    await setPrefs(db, { uiLanguage: 'fa', agentName: 'Sam', silencedRules: ['a/b'], theme: 'dark' });
    const parsed = ToBackgroundSchema.parse({ type: 'prefs.set', patch: { panelPlacement: 'push' } });
    expect(parsed).toEqual({ type: 'prefs.set', patch: { panelPlacement: 'push' } });
    await handle(db, parsed);
    expect(await getPrefs(db)).toMatchObject({ uiLanguage: 'fa', agentName: 'Sam', silencedRules: ['a/b'], theme: 'dark', panelPlacement: 'push' });
    expect(ToBackgroundSchema.safeParse({ type: 'prefs.set', patch: { panelWidth: 5 } }).success).toBe(false);
  });

  it('answers prefs.get and prefs.set', async () => {
    const db = freshDb();
    await handle(db, { type: 'prefs.set', patch: { theme: 'dark' } });
    expect(await handle(db, { type: 'prefs.get' })).toMatchObject({ theme: 'dark' });
  });

  it('reads preferences stored before the learnt-advice choice existed as auto, and refuses a value it does not know', async () => {
    const db = freshDb();
    await db.kv.put({ key: 'prefs', value: { theme: 'dark', minSeverity: 'warning' } });
    expect(await getPrefs(db)).toMatchObject({ theme: 'dark', minSeverity: 'warning', learntAdvice: 'auto' });
    await setPrefs(db, { learntAdvice: 'on' });
    await expect(setPrefs(db, { learntAdvice: 'maybe' as never })).rejects.toThrow();
    expect(await getPrefs(db)).toMatchObject({ theme: 'dark', learntAdvice: 'on' });
  });
});
