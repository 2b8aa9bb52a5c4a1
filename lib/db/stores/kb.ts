/**
 * The knowledge base: articles (text only) and the search index over them, built on the first
 * suggestion after the worker starts and then kept up to date article by article.
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import type { TactfulDb } from '../db.ts';
import { UserError, defineStore, prefixErrors, zodErrors, type PathError } from '../store.ts';
import { createKbIndex, articleIdFor, KbArticleInputSchema, type KbIndex, type KbArticle } from '../../kb/index.ts';
import { foldKey } from '../../text/index.ts';
import { KB_PAGE_MAX } from '../../messaging/protocol.ts';

export const KbRowSchema = KbArticleInputSchema.extend({ id: z.string().min(1).max(300), updatedAt: z.number() });
export type KbRow = z.output<typeof KbRowSchema>;

declare module '../db.ts' {
  interface TactfulTables {
    kbArticles: Table<KbRow, string>;
  }
}

/** An article as a backup carries it: the id and time may be missing (a hand-written file). */
const BackupArticleSchema = KbArticleInputSchema.extend({ updatedAt: z.number().optional() });

let kbIndex: { db: TactfulDb; index: KbIndex; articles: Map<string, KbArticle> } | null = null;

async function ensureKbIndex(db: TactfulDb) {
  if (kbIndex && kbIndex.db === db) return kbIndex;
  const rows = await db.kbArticles.toArray();
  const articles = new Map(rows.map((r) => [r.id, toArticle(r)]));
  kbIndex = { db, index: createKbIndex([...articles.values()]), articles };
  return kbIndex;
}

function toArticle(r: KbRow): KbArticle {
  return { id: r.id, title: r.title, url: r.url, body: r.body, language: r.language, tags: r.tags, updatedAt: r.updatedAt };
}

export async function listKb(db: TactfulDb): Promise<KbRow[]> {
  return db.kbArticles.orderBy('updatedAt').reverse().toArray();
}

/** An article as a list page carries it: everything but the body (that is `kb.get`'s). */
export type KbSummary = Omit<KbRow, 'body'>;

/**
 * What Options > KB lists and searches, newest first, without the bodies: built once per worker
 * (or after a change) by walking the table, so a page or a search never reads every body again.
 */
let catalog: { db: TactfulDb; rows: (KbSummary & { key: string })[] } | null = null;

async function ensureCatalog(db: TactfulDb) {
  if (catalog && catalog.db === db) return catalog;
  const rows: (KbSummary & { key: string })[] = [];
  await db.kbArticles.orderBy('updatedAt').reverse().each(({ body: _body, ...summary }) => {
    rows.push({ ...summary, key: foldKey(`${summary.title} ${summary.url} ${(summary.tags ?? []).join(' ')}`) });
  });
  catalog = { db, rows };
  return catalog;
}

/** One page of the list, narrowed by `query` (folded like Persian text is everywhere: ي/ی, ك/ک, ZWNJ). */
export async function pageKb(db: TactfulDb, req: { offset?: number; limit?: number; query?: string }) {
  const { rows } = await ensureCatalog(db);
  const q = foldKey((req.query ?? '').trim());
  const matching = q ? rows.filter((r) => r.key.includes(q)) : rows;
  const limit = Math.min(req.limit ?? 200, KB_PAGE_MAX);
  // Past the end (the last articles were deleted): the last page.
  const requested = req.offset ?? 0;
  const offset = requested < matching.length ? requested : Math.max(0, Math.floor((matching.length - 1) / limit) * limit);
  const articles: KbSummary[] = matching.slice(offset, offset + limit).map(({ key: _key, ...summary }) => summary);
  return { articles, offset, total: rows.length, matching: matching.length };
}

export async function upsertKb(db: TactfulDb, inputs: readonly unknown[]): Promise<{ added: number; updated: number }> {
  const rows: KbRow[] = [];
  const errors: PathError[] = [];
  inputs.forEach((input, i) => {
    const p = KbArticleInputSchema.safeParse(input);
    if (!p.success) errors.push(...prefixErrors(`[${i}]`, zodErrors(p.error)));
    else rows.push({ ...p.data, id: p.data.id ?? articleIdFor(p.data.url), updatedAt: Date.now() });
  });
  if (errors.length) throw new UserError('No articles were saved.', errors);
  let added = 0;
  let updated = 0;
  await db.transaction('rw', db.kbArticles, async () => {
    for (const row of rows) {
      if (await db.kbArticles.get(row.id)) updated++;
      else added++;
    }
    await db.kbArticles.bulkPut(rows);
  });
  catalog = null;
  // The search index is built on the first suggestion (ensureKbIndex), from the table as it is then; once built it
  // follows every change. An import before any suggestion does not build it batch by batch (a 64 MiB knowledge base in
  // 24 batches spent two thirds of its import time indexing).
  if (kbIndex?.db !== db) return { added, updated };
  for (const row of rows) {
    const a = toArticle(row);
    kbIndex.articles.set(a.id, a);
    kbIndex.index.upsert(a);
  }
  return { added, updated };
}

export async function deleteKb(db: TactfulDb, ids: readonly string[]): Promise<void> {
  await db.kbArticles.bulkDelete([...ids]);
  catalog = null;
  if (kbIndex?.db !== db) return;
  for (const id of ids) {
    kbIndex.articles.delete(id);
    kbIndex.index.remove(id);
  }
}

export async function suggestKb(db: TactfulDb, text: string, limit = 5) {
  const idx = await ensureKbIndex(db);
  return idx.index
    .suggest(text, limit)
    .map((s) => ({ ...s, article: idx.articles.get(s.articleId) }))
    .filter((s): s is typeof s & { article: KbArticle } => !!s.article);
}

export const kbStore = defineStore({
  id: 'kb',
  versions: { 1: { tables: { kbArticles: 'id, url, language, updatedAt' } } },
  handlers: {
    'kb.list': (db, msg) => pageKb(db, msg),
    'kb.get': (db, msg) => db.kbArticles.get(msg.id).then((r) => r ?? null),
    'kb.clear': async (db) => {
      await db.kbArticles.clear();
      catalog = null;
      kbIndex = null;
      return null;
    },
    'kb.count': (db) => db.kbArticles.count(),
    'kb.upsert': (db, msg) => upsertKb(db, msg.articles),
    'kb.delete': (db, msg) => deleteKb(db, msg.ids),
    'kb.suggest': (db, msg) => suggestKb(db, msg.text, msg.limit),
  },
  backup: {
    // A knowledge base grows by several imports (50,000 articles each), so a backup holds more.
    shape: { kbArticles: z.array(z.unknown()).max(500_000, { error: 'a backup can hold at most 500,000 articles' }).default([]) },
    export: async (db) => ({ kbArticles: await db.kbArticles.toArray() }),
    parse(backup) {
      const value: KbRow[] = [];
      const errors: PathError[] = [];
      (backup.kbArticles as unknown[]).forEach((raw, i) => {
        const p = BackupArticleSchema.safeParse(raw);
        if (p.success) value.push({ ...p.data, id: p.data.id ?? articleIdFor(p.data.url), updatedAt: p.data.updatedAt ?? Date.now() });
        else errors.push(...prefixErrors(`kbArticles[${i}]`, zodErrors(p.error)));
      });
      return { value, errors };
    },
    async write(db, rows) {
      if (rows.length) await db.kbArticles.bulkPut(rows);
    },
    counts: (rows) => ({ kbArticles: rows.length }),
    // The index is rebuilt on the next suggestion.
    afterImport: () => {
      kbIndex = null;
      catalog = null;
    },
  },
});
