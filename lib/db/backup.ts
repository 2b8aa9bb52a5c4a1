/**
 * The backup file: every store's part (lib/db/stores), so a new store is in the backup by
 * declaring its part. An import validates the whole file first; on any error nothing is written.
 * Rows merge by id.
 */
import { z } from 'zod';
import type { TactfulDb } from './db.ts';
import { stores } from './stores/index.ts';
import { UserError, tablesOf, zodErrors, type BackupPart, type PathError } from './store.ts';

export const BACKUP_FORMAT = 'tactful-backup';

const parts = () => stores.flatMap((s) => (s.backup ? [s.backup as BackupPart<unknown>] : []));

function backupSchema() {
  return z.object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(1),
    exportedAt: z.string().max(100).optional(),
    ...Object.assign({}, ...parts().map((p) => p.shape)),
  });
}

export async function exportBackup(db: TactfulDb, now = new Date()): Promise<unknown> {
  const exported = await Promise.all(parts().map((p) => p.export(db)));
  return { format: BACKUP_FORMAT, formatVersion: 1, exportedAt: now.toISOString(), ...Object.assign({}, ...exported) };
}

export async function importBackup(db: TactfulDb, input: unknown): Promise<{ counts: Record<string, number> }> {
  const top = backupSchema().safeParse(input);
  if (!top.success) throw new UserError('This is not a Tactful backup, or it is damaged. Nothing was imported.', zodErrors(top.error));
  const backup = top.data as Record<string, unknown>;
  const parsed = parts().map((part) => ({ part, ...part.parse(backup) }));
  const errors: PathError[] = parsed.flatMap((p) => p.errors);
  if (errors.length) throw new UserError('The backup has errors. Nothing was imported.', errors.slice(0, 50));

  const tables = stores.flatMap((s) => tablesOf(s)).map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const { part, value } of parsed) await part.write(db, value);
  });
  for (const { part } of parsed) part.afterImport?.(db);
  return { counts: Object.assign({}, ...parsed.map(({ part, value }) => part.counts(value))) };
}
