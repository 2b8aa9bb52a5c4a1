/**
 * Backup problems in words a person can act on: "tag event 3: “createdAt” should be a number, but
 * it is text" instead of "tagEvents[2].createdAt: Invalid input: expected number, received string".
 * The JSON path is turned into the thing it names (1-based, as people count), and zod's common
 * messages into the UI language; a message it does not know is kept as written.
 */
import type { Translate, StringKey } from '../../lib/i18n/index.ts';
import type { ErrorItem } from './ErrorList.tsx';

const SECTIONS: Record<string, StringKey> = {
  packs: 'core.data.where.pack',
  kbArticles: 'core.data.where.article',
  tagEvents: 'core.data.where.event',
  sites: 'core.data.where.site',
  prefs: 'core.data.where.prefs',
  taxonomy: 'core.data.where.taxonomy',
  toneFeedback: 'core.data.where.feedback',
  format: 'core.data.where.format',
  formatVersion: 'core.data.where.format',
};

const KINDS: Record<string, StringKey> = {
  string: 'core.data.kind.text',
  number: 'core.data.kind.number',
  boolean: 'core.data.kind.boolean',
  array: 'core.data.kind.list',
  object: 'core.data.kind.object',
  undefined: 'core.data.kind.missing',
  null: 'core.data.kind.empty',
};

/** "tagEvents[2].createdAt" -> "tag event 3, field “createdAt”". */
export function plainWhere(path: string, t: Translate): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path.trim());
  if (!m) return path;
  const [, section, index, rest] = m;
  const key = SECTIONS[section];
  if (!key) return path;
  const place = t(key, { n: index === undefined ? '' : Number(index) + 1 }).trim();
  return rest ? t('core.data.where.field', { place, field: rest }) : place;
}

const kind = (raw: string, t: Translate) => (KINDS[raw] ? t(KINDS[raw]) : raw);

/** zod's usual messages in plain words; anything else as written. */
export function plainMessage(message: string, t: Translate): string {
  const type = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (type) return type[2] === 'undefined' ? t('core.data.msg.missing', { kind: kind(type[1], t) }) : t('core.data.msg.type', { kind: kind(type[1], t), found: kind(type[2], t) });
  const literal = /^Invalid input: expected "(.+)"$/.exec(message);
  if (literal) return t('core.data.msg.literal', { value: literal[1] });
  if (/^Too big/.test(message) || /^Too small/.test(message)) return t('core.data.msg.size', { detail: message.replace(/^Too (big|small): /, '') });
  return message;
}

export function plainErrors(items: readonly ErrorItem[], t: Translate): ErrorItem[] {
  return items.map((e) => ({ where: e.path || e.where ? plainWhere(e.path ?? e.where ?? '', t) : undefined, message: plainMessage(e.message, t) }));
}

/** Line and column of a JSON.parse failure, from the engine's message ("at position 1234" or "(line 3 column 5)"). */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | null {
  const msg = String((error as Error)?.message ?? '');
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(msg);
  if (!pos) return msg.includes('Unexpected end') ? placeOf(text, text.length) : null;
  return placeOf(text, Number(pos[1]));
}

function placeOf(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
