import { describe, expect, it } from 'vitest';
import { freshDb } from '../fresh.ts';
import * as kb from '../../../../lib/db/stores/kb.ts';
import { handle } from '../../../../lib/db/service.ts';

describe('knowledge base', () => {
  it('stores articles and suggests the one that answers, updating the index incrementally', async () => {
    const db = freshDb();
    await kb.upsertKb(db, [
      { title: 'How refunds work', url: 'https://help.example.com/refunds', body: 'Refunds go back to the original card within 5 to 10 business days after we receive the return.' },
      { title: 'Change your password', url: 'https://help.example.com/password', body: 'Open settings and choose reset password to get a reset link by email.' },
    ]);
    const hits = await kb.suggestKb(db, 'When will my refund be back on my card?');
    expect(hits[0].article.url).toBe('https://help.example.com/refunds');
    await kb.deleteKb(db, [hits[0].articleId]);
    const after = await kb.suggestKb(db, 'When will my refund be back on my card?');
    expect(after.map((h) => h.article.url)).not.toContain('https://help.example.com/refunds');
    expect(await handle(db, { type: 'kb.count' })).toBe(1);
    await expect(kb.upsertKb(db, [{ title: 'x', url: 'javascript:alert(1)' }])).rejects.toThrow(/No articles/);
    expect(await handle(db, { type: 'kb.count' })).toBe(1);
  });

  it('says which article and field are wrong, and counts updates apart from additions', async () => {
    const db = freshDb();
    const article = { title: 'Refunds', url: 'https://help.example.com/r', body: 'Refund body' };
    expect(await kb.upsertKb(db, [article])).toEqual({ added: 1, updated: 0 });
    expect(await kb.upsertKb(db, [{ ...article, body: 'New body' }])).toEqual({ added: 0, updated: 1 });
    await expect(kb.upsertKb(db, [article, { title: '', url: 'https://help.example.com/x' }])).rejects.toMatchObject({
      details: [expect.objectContaining({ path: '[1].title' })],
    });
    expect((await kb.listKb(db)).map((r) => r.body)).toEqual(['New body']);
  });
});
