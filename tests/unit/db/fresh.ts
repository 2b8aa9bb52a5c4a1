/** A fresh fake-indexeddb database per test, deleted after it. */
import { afterEach } from 'vitest';
import { TactfulDb } from '../../../lib/db/db.ts';

let n = 0;
const dbs: TactfulDb[] = [];

export function freshDb(): TactfulDb {
  const db = new TactfulDb(`test-${Date.now()}-${n++}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A small valid phrase pack (version and an optional second rule vary). */
export const starterPack = (version = '1.0.0', extraRule = false) => ({
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
      examples: { bad: [{ text: 'No worries, it is done.', expected: 'Happy to help, it is done.' }], good: ['Happy to help.'] },
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
