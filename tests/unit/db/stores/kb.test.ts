// @vitest-environment node
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

describe('knowledge base pages (Options > KB never receives the whole knowledge base)', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ title: i % 2 ? `Refund case ${i}` : `کتاب ${i}`, url: `https://help.example.com/a/${i}`, body: 'x'.repeat(5000), tags: i % 3 ? [] : ['billing'] }));

  it('answers kb.list with one page of summaries (no bodies), the total and the matching count', async () => {
    const db = freshDb();
    await kb.upsertKb(db, many(450));
    const first = (await handle(db, { type: 'kb.list', limit: 200 })) as Awaited<ReturnType<typeof kb.pageKb>>;
    expect(first).toMatchObject({ offset: 0, total: 450, matching: 450 });
    expect(first.articles).toHaveLength(200);
    expect(first.articles.some((a) => 'body' in a)).toBe(false);
    expect(JSON.stringify(first).length).toBeLessThan(100_000); // 200 bodies would be a megabyte
    const last = await kb.pageKb(db, { offset: 400, limit: 200 });
    expect(last.articles).toHaveLength(50);
    const ids = new Set([...first.articles, ...(await kb.pageKb(db, { offset: 200, limit: 200 })).articles, ...last.articles].map((a) => a.id));
    expect(ids.size).toBe(450);
    // Past the end (articles deleted meanwhile): the last page, not an empty one.
    expect((await kb.pageKb(db, { offset: 1000, limit: 200 })).offset).toBe(400);
    // The body is there for the editor, one article at a time.
    expect(((await handle(db, { type: 'kb.get', id: first.articles[0].id })) as kb.KbRow).body).toHaveLength(5000);
  });

  it('searches in the background with Persian folding, and sees changes at once', async () => {
    const db = freshDb();
    await kb.upsertKb(db, many(30));
    expect((await kb.pageKb(db, { query: 'billing' })).matching).toBe(10);
    expect((await kb.pageKb(db, { query: 'كتاب' })).matching).toBe(15); // Arabic kaf finds Persian keheh
    await kb.upsertKb(db, [{ title: 'Billing FAQ', url: 'https://help.example.com/faq', body: '' }]);
    expect((await kb.pageKb(db, { query: 'billing' })).matching).toBe(11);
    await handle(db, { type: 'kb.clear' });
    expect(await kb.pageKb(db, {})).toMatchObject({ total: 0, matching: 0, articles: [] });
  });

  it('refuses a search over its limit with a message that names the limit, and never pages more than 500', async () => {
    const { ToBackgroundSchema } = await import('../../../../lib/messaging/protocol.ts');
    const long = ToBackgroundSchema.safeParse({ type: 'kb.list', query: 'x'.repeat(501) });
    expect(long.success).toBe(false);
    expect(JSON.stringify(long.error?.issues)).toContain('a search can be at most 500 characters');
    expect(ToBackgroundSchema.safeParse({ type: 'kb.list', limit: 501 }).success).toBe(false);
    const db = freshDb();
    await kb.upsertKb(db, many(600));
    expect((await kb.pageKb(db, { limit: 10_000 })).articles).toHaveLength(500);
  });
});
