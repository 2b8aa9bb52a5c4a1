// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshDb } from '../fresh.ts';
import * as fb from '../../../../lib/db/stores/toneFeedback.ts';
import { setPrefs } from '../../../../lib/db/stores/prefs.ts';
import { handle } from '../../../../lib/db/service.ts';
import { ToBackgroundSchema } from '../../../../lib/messaging/protocol.ts';
import { readCustomerTone } from '../../../../lib/tone/index.ts';

const MESSAGE = 'Thanks a lot for closing my ticket without reading it. My phone number is 0912 555 1234.';

describe('tone feedback ("wrong cue")', () => {
  it('stores the cue and its evidence words with the agent, never the message', async () => {
    const db = freshDb();
    await setPrefs(db, { agentName: 'Sara' });
    const cue = readCustomerTone(MESSAGE).cues.find((c) => c.kind === 'frustrated')!;
    const msg = ToBackgroundSchema.parse({
      type: 'tone.feedback.add',
      cue: cue.kind,
      severity: cue.severity,
      evidence: cue.evidence.map((e) => ({ text: e.text, why: e.why })),
      language: 'en',
      site: 'acme.zendesk.com',
    });
    const row = (await handle(db, msg)) as fb.ToneFeedbackRow;
    expect(row).toMatchObject({ cue: 'frustrated', agent: 'Sara', site: 'acme.zendesk.com', language: 'en' });
    // The row's own id and time are left out of the search: a time such as 1796609125193 holds "0912" by chance.
    const stored = JSON.stringify((await fb.wrongCueReports(db)).map(({ id: _id, createdAt: _at, ...rest }) => rest));
    expect(stored).toContain('closing my');
    expect(stored).not.toContain('0912');
    expect(stored).not.toContain(MESSAGE.slice(0, 40));
    expect(await handle(db, { type: 'tone.feedback.counts' })).toEqual([{ cue: 'frustrated', count: 1 }]);
  });

  it('cuts long snippets, rejects a bad report without writing, keeps the newest reports', async () => {
    const db = freshDb();
    await fb.reportWrongCue(db, { cue: 'urgent', severity: 'warning', evidence: [{ text: 'x'.repeat(500) }], language: 'fa', site: 's' }, 10);
    expect((await fb.wrongCueReports(db))[0].evidence[0].text).toHaveLength(120);
    await expect(fb.reportWrongCue(db, { cue: 'NOT A CUE', severity: 'warning', evidence: [], language: 'en', site: 's' })).rejects.toThrow('not saved');
    expect(await fb.wrongCueReports(db)).toHaveLength(1);
    await db.kv.put({ key: 'toneFeedback', value: Array.from({ length: fb.MAX_REPORTS }, (_, i) => ({ id: `r${i}`, cue: 'casual', severity: 'info', evidence: [], language: 'en', site: 's', agent: '', createdAt: i })) });
    await fb.reportWrongCue(db, { cue: 'repeat', severity: 'warning', evidence: [], language: 'en', site: 's' }, 99_999);
    const all = await fb.wrongCueReports(db);
    expect(all).toHaveLength(fb.MAX_REPORTS);
    expect(all[0].id).toBe('r1');
    expect(all.at(-1)!.cue).toBe('repeat');
  });
});
