/**
 * Root-cause tags: the taxonomy (what a team can tag a conversation with) and tag events (one
 * agent applying one tag to one conversation).
 *
 * Removal model: an event is never deleted. Removing a tag sets `removedAt` on the same event (a
 * tombstone) and bumps `updatedAt`. Tombstones are sticky: merging an older export in which the
 * event is still live cannot bring it back, and merging is idempotent and order-independent. To
 * tag the same conversation again, a new event with a new id is created.
 */
import { z } from 'zod';

export interface LocalText {
  en: string;
  fa: string;
}

export interface Tag {
  /** Stable id used by events; never changes once events point at it. */
  id: string;
  name: LocalText;
  description: LocalText;
  ownerTeam: string;
  /** #rrggbb */
  color: string;
  /** Not offered as a button any more; history still counts under its own name. */
  retired?: boolean;
  /** Merged into another tag: events under it count under that tag in reports. */
  mergedInto?: string;
  order: number;
  /** Keyword lists for the suggestion (data, not code). A trailing * matches any word ending. */
  keywords?: { en: string[]; fa: string[] };
}

export interface Taxonomy {
  formatVersion: 1;
  tags: Tag[];
}

export type ParseError = { path: string; message: string };

const text = (max: number) => z.string().max(max);
const localText = (max: number) => z.object({ en: text(max), fa: text(max) });

export const TAG_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const COLOR = /^#[0-9a-fA-F]{6}$/;

export const TagSchema = z
  .object({
    id: z.string().regex(TAG_ID, 'letters, digits, "_", "-" or ".", at most 64'),
    name: localText(80),
    description: localText(500),
    ownerTeam: text(80),
    color: z.string().regex(COLOR, 'a colour like #1a2b3c'),
    retired: z.boolean().optional(),
    mergedInto: z.string().regex(TAG_ID).optional(),
    order: z.number().finite(),
    keywords: z.object({ en: z.array(text(80)).max(500), fa: z.array(text(80)).max(500) }).optional(),
  })
  .refine((t) => t.name.en.trim() !== '' || t.name.fa.trim() !== '', {
    message: 'a name in English or Persian is required',
    path: ['name'],
  });

export const TaxonomySchema = z
  .object({
    formatVersion: z.literal(1),
    tags: z.array(TagSchema).max(500),
  })
  .superRefine((tax, ctx) => {
    const ids = new Map<string, number>();
    tax.tags.forEach((tag, i) => {
      if (ids.has(tag.id)) ctx.addIssue({ code: 'custom', path: ['tags', i, 'id'], message: `duplicate id "${tag.id}" (also tags[${ids.get(tag.id)}])` });
      else ids.set(tag.id, i);
    });
    tax.tags.forEach((tag, i) => {
      if (tag.mergedInto === undefined) return;
      if (tag.mergedInto === tag.id) ctx.addIssue({ code: 'custom', path: ['tags', i, 'mergedInto'], message: 'a tag cannot be merged into itself' });
      else if (!ids.has(tag.mergedInto)) ctx.addIssue({ code: 'custom', path: ['tags', i, 'mergedInto'], message: `unknown tag "${tag.mergedInto}"` });
    });
    // Merge chains must end: A -> B -> A would make reports loop.
    const byId = new Map(tax.tags.map((t) => [t.id, t]));
    tax.tags.forEach((tag, i) => {
      const seen = new Set<string>([tag.id]);
      let cur = tag.mergedInto ? byId.get(tag.mergedInto) : undefined;
      while (cur) {
        if (seen.has(cur.id)) {
          ctx.addIssue({ code: 'custom', path: ['tags', i, 'mergedInto'], message: 'merge cycle' });
          return;
        }
        seen.add(cur.id);
        cur = cur.mergedInto ? byId.get(cur.mergedInto) : undefined;
      }
    });
  });

const ms = z.number().int().min(0).max(8.64e15);

/** One agent applying one tag to one conversation: the tag store's row and the export format. */
export const TagEventSchema = z.object({
  id: z.string().min(1).max(200),
  tagId: z.string().min(1).max(100),
  /** Conversation key (see conversationKey). */
  conversation: z.string().min(1).max(4000),
  /** Host name of the helpdesk. */
  site: z.string().max(300),
  agent: z.string().max(200),
  /** When the tag was applied, epoch ms. Reports bucket by this. */
  createdAt: ms,
  note: z.string().max(2000).optional(),
  /** Tombstone: when the tag was removed, epoch ms. Removed events are skipped by reports. */
  removedAt: ms.optional(),
  /** Last change (note edit or removal), epoch ms; createdAt when absent. Decides merges. */
  updatedAt: ms.optional(),
});
export type TagEvent = z.infer<typeof TagEventSchema>;

/** zod issues to `{ path, message }` with a JSON path like `tags[2].color`. */
export function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): ParseError[] {
  return issues.map((iss) => ({ path: jsonPath(iss.path, prefix), message: iss.message }));
}

export function jsonPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '$' : out;
}
