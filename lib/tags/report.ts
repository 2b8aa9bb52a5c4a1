/**
 * Team-lead reports over tag events: tallies per tag (optionally per site or agent) per week or
 * month in a time zone, and the tags whose share of all tags rose most since the last period.
 * Removed events are skipped; merged tags count under their target; retired tags under their own id.
 */
import type { TagEvent, Taxonomy } from './types.ts';
import { sortedTags, tagResolver } from './taxonomy.ts';
import { bucketOf, bucketsBetween, checkTimeZone, previousBucket, type Bucket, type CalendarKind, type WeekStart } from './time.ts';

export interface TallyOptions {
  /** Inclusive start, epoch ms. */
  from?: number;
  /** Exclusive end, epoch ms. */
  to?: number;
  /** Only these tags (a merged tag's id selects its target). */
  tagIds?: readonly string[];
  sites?: readonly string[];
  agents?: readonly string[];
  bucket: 'week' | 'month' | 'none';
  timeZone: string;
  weekStartsOn?: WeekStart;
  /** Month buckets by Gregorian (default) or Persian months. */
  calendar?: CalendarKind;
  /** Rows per tag (default), per tag and site, or per tag and agent. */
  groupBy?: 'tag' | 'site' | 'agent';
}

export interface TallyRow {
  /** "2026-W05", "2026-11" or "all". */
  bucket: string;
  bucketStart: number;
  tagId: string;
  /** Present when grouped by site. */
  site?: string;
  /** Present when grouped by agent. */
  agent?: string;
  count: number;
}

export interface Tally {
  rows: TallyRow[];
  /** Every bucket in the period, empty ones included (for charts). */
  buckets: Bucket[];
}

function eventFilter(taxonomy: Taxonomy, opts: { from?: number; to?: number; tagIds?: readonly string[]; sites?: readonly string[]; agents?: readonly string[] }) {
  const resolve = tagResolver(taxonomy);
  const tags = opts.tagIds && opts.tagIds.length ? new Set(opts.tagIds.map(resolve)) : null;
  const sites = opts.sites && opts.sites.length ? new Set(opts.sites) : null;
  const agents = opts.agents && opts.agents.length ? new Set(opts.agents) : null;
  const from = opts.from ?? -Infinity;
  const to = opts.to ?? Infinity;
  return {
    resolve,
    /** The tag an event counts under, or null when it is filtered out. */
    accept(e: TagEvent): string | null {
      if (e.removedAt !== undefined) return null;
      if (e.createdAt < from || e.createdAt >= to) return null;
      if (sites && !sites.has(e.site)) return null;
      if (agents && !agents.has(e.agent)) return null;
      const tag = resolve(e.tagId);
      if (tags && !tags.has(tag)) return null;
      return tag;
    },
  };
}

/** Taxonomy order first, then ids the taxonomy does not know (an import from another team). */
function tagRank(taxonomy: Taxonomy): (id: string) => number {
  const rank = new Map(sortedTags(taxonomy).map((t, i) => [t.id, i]));
  return (id) => rank.get(id) ?? rank.size;
}

function findBucket(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function tally(events: readonly TagEvent[], taxonomy: Taxonomy, opts: TallyOptions): Tally {
  checkTimeZone(opts.timeZone);
  const filter = eventFilter(taxonomy, opts);
  const kept: { tag: string; e: TagEvent }[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const tag = filter.accept(e);
    if (tag === null) continue;
    kept.push({ tag, e });
    if (e.createdAt < min) min = e.createdAt;
    if (e.createdAt > max) max = e.createdAt;
  }
  const from = opts.from ?? (kept.length ? min : 0);
  const to = opts.to ?? (kept.length ? max + 1 : from);
  const buckets: Bucket[] =
    opts.bucket === 'none'
      ? [{ bucket: 'all', start: from, end: to }]
      : bucketsBetween(from, to, { bucket: opts.bucket, timeZone: opts.timeZone, weekStartsOn: opts.weekStartsOn, calendar: opts.calendar });
  const starts = buckets.map((b) => b.start);
  const by = opts.groupBy ?? 'tag';
  const counts = new Map<string, { bi: number; tag: string; extra: string; count: number }>();
  for (const { tag, e } of kept) {
    const bi = buckets.length === 1 ? 0 : findBucket(starts, e.createdAt);
    const extra = by === 'site' ? e.site : by === 'agent' ? e.agent : '';
    const key = `${bi}\u0000${tag}\u0000${extra}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { bi, tag, extra, count: 1 });
  }
  const rank = tagRank(taxonomy);
  const rows = [...counts.values()]
    .sort((a, b) => a.bi - b.bi || rank(a.tag) - rank(b.tag) || cmp(a.tag, b.tag) || cmp(a.extra, b.extra))
    .map(({ bi, tag, extra, count }): TallyRow => ({
      bucket: buckets[bi].bucket,
      bucketStart: buckets[bi].start,
      tagId: tag,
      ...(by === 'site' ? { site: extra } : by === 'agent' ? { agent: extra } : {}),
      count,
    }));
  return { rows, buckets };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sums tally rows by one key (e.g. total per agent across tags and buckets). */
export function totalsBy(rows: readonly TallyRow[], key: 'tagId' | 'site' | 'agent' | 'bucket'): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = r[key];
    if (k === undefined) continue;
    out.set(k, (out.get(k) ?? 0) + r.count);
  }
  return out;
}

export interface RisingOptions {
  period: 'week' | 'month';
  now: number;
  timeZone: string;
  weekStartsOn?: WeekStart;
  calendar?: CalendarKind;
  sites?: readonly string[];
  agents?: readonly string[];
  /** Ignore tags with fewer events than this in the current period (default 1). */
  minCount?: number;
}

export interface RisingItem {
  tagId: string;
  count: number;
  previousCount: number;
  /** count / all events in the current period (0..1). */
  share: number;
  previousShare: number;
  /** share - previousShare. */
  change: number;
}

export interface Rising {
  current: Bucket;
  previous: Bucket;
  total: number;
  previousTotal: number;
  /** Tags whose share grew, most growth first. */
  items: RisingItem[];
}

/**
 * Compares the period containing `now` (so far) with the whole period before it. Shares, not
 * counts, so a busy week does not make every tag look like it is rising.
 */
export function rising(events: readonly TagEvent[], taxonomy: Taxonomy, opts: RisingOptions): Rising {
  checkTimeZone(opts.timeZone);
  const bopts = { bucket: opts.period, timeZone: opts.timeZone, weekStartsOn: opts.weekStartsOn, calendar: opts.calendar } as const;
  const current = bucketOf(opts.now, bopts);
  const previous = previousBucket(current, bopts);
  const filter = eventFilter(taxonomy, { from: previous.start, to: current.end, sites: opts.sites, agents: opts.agents });
  const cur = new Map<string, number>();
  const prev = new Map<string, number>();
  let total = 0;
  let previousTotal = 0;
  for (const e of events) {
    const tag = filter.accept(e);
    if (tag === null) continue;
    if (e.createdAt >= current.start) {
      cur.set(tag, (cur.get(tag) ?? 0) + 1);
      total++;
    } else {
      prev.set(tag, (prev.get(tag) ?? 0) + 1);
      previousTotal++;
    }
  }
  const minCount = opts.minCount ?? 1;
  const rank = tagRank(taxonomy);
  const items: RisingItem[] = [];
  for (const [tagId, count] of cur) {
    if (count < minCount) continue;
    const previousCount = prev.get(tagId) ?? 0;
    const share = count / total;
    const previousShare = previousTotal ? previousCount / previousTotal : 0;
    const change = share - previousShare;
    if (change > 1e-12) items.push({ tagId, count, previousCount, share, previousShare, change });
  }
  items.sort((a, b) => b.change - a.change || b.count - a.count || rank(a.tagId) - rank(b.tagId));
  return { current, previous, total, previousTotal, items };
}
