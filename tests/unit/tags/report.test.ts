// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketsBetween,
  defaultTaxonomy,
  instantOfWall,
  mergeTags,
  retireTag,
  rising,
  tally,
  totalsBy,
  wallTime,
  zoneOffset,
  type TagEvent,
} from '../../../lib/tags/index.ts';

const Z = (s: string) => Date.parse(s);
const H = 3_600_000;
const D = 24 * H;

describe('buckets in a time zone', () => {
  it('UTC ISO weeks, including a week-53 year and a week that starts in December', () => {
    const o = { bucket: 'week', timeZone: 'UTC' } as const;
    expect(bucketOf(Z('2026-01-01T12:00:00Z'), o)).toEqual({ bucket: '2026-W01', start: Z('2025-12-29T00:00:00Z'), end: Z('2026-01-05T00:00:00Z') });
    expect(bucketOf(Z('2021-01-03T23:59:59Z'), o).bucket).toBe('2020-W53');
    expect(bucketOf(Z('2026-01-31T10:00:00Z'), o).bucket).toBe('2026-W05');
  });

  it('America/New_York: weeks and months follow the daylight-saving change', () => {
    const o = { bucket: 'week', timeZone: 'America/New_York' } as const;
    // DST began 2026-03-08 02:00 local. Sunday 23:30 EST-then-EDT is still week 10.
    expect(bucketOf(Z('2026-03-09T03:30:00Z'), o).bucket).toBe('2026-W10');
    const w11 = bucketOf(Z('2026-03-09T04:30:00Z'), o);
    expect(w11).toEqual({ bucket: '2026-W11', start: Z('2026-03-09T04:00:00Z'), end: Z('2026-03-16T04:00:00Z') });
    const w10 = bucketOf(Z('2026-03-05T12:00:00Z'), o);
    expect(w10.end - w10.start).toBe(7 * D - H);
    // Back to EST on 2026-11-01: that week is an hour longer.
    const fall = bucketOf(Z('2026-10-30T12:00:00Z'), o);
    expect(fall.end - fall.start).toBe(7 * D + H);
    const m = bucketOf(Z('2026-11-01T03:59:00Z'), { bucket: 'month', timeZone: 'America/New_York' });
    expect(m).toEqual({ bucket: '2026-10', start: Z('2026-10-01T04:00:00Z'), end: Z('2026-11-01T04:00:00Z') });
  });

  it('Asia/Tehran (+3:30) with Saturday weeks, as is usual in Iran', () => {
    expect(zoneOffset(Z('2026-01-30T00:00:00Z'), 'Asia/Tehran')).toBe(3.5 * H);
    // Friday 2026-01-30 21:00 local (17:30 UTC) ends a Saturday-started week, but is mid-week for ISO.
    const fri = Z('2026-01-30T17:30:00Z');
    const sat = bucketOf(fri, { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 6 });
    // Issue 14: a Saturday week is named by its first day, not by an ISO week number it does not have.
    expect(sat).toEqual({ bucket: '2026-01-24', start: Z('2026-01-23T20:30:00Z'), end: Z('2026-01-30T20:30:00Z') });
    expect(bucketOf(fri, { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 6, calendar: 'persian' }).bucket).toBe('1404-11-04');
    expect(bucketOf(fri, { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 1 }).bucket).toBe('2026-W05');
    // Saturday 00:30 local is the next Saturday week, though it is still Friday in UTC.
    expect(bucketOf(Z('2026-01-30T21:00:00Z'), { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 6 }).start).toBe(Z('2026-01-30T20:30:00Z'));
    // Sunday starts too.
    expect(bucketOf(fri, { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 0 }).start).toBe(Z('2026-01-24T20:30:00Z'));
  });

  it('Asia/Tehran in 2021, when daylight time began at midnight: that day starts at 01:00', () => {
    const dayStart = instantOfWall(Date.UTC(2021, 2, 22), 'Asia/Tehran');
    expect(dayStart).toBe(Z('2021-03-21T20:30:00Z'));
    expect(wallTime(dayStart, 'Asia/Tehran')).toBe(Date.UTC(2021, 2, 22, 1));
    const w = bucketOf(Z('2021-03-24T12:00:00Z'), { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 6 });
    expect(w.start).toBe(Z('2021-03-19T20:30:00Z'));
    expect(w.end).toBe(Z('2021-03-26T19:30:00Z'));
  });

  it('Solar Hijri months in Tehran', () => {
    const o = { bucket: 'month', timeZone: 'Asia/Tehran', calendar: 'persian' } as const;
    expect(bucketOf(Z('2026-02-01T10:00:00Z'), o)).toEqual({ bucket: '1404-11', start: Z('2026-01-20T20:30:00Z'), end: Z('2026-02-19T20:30:00Z') });
    const year = bucketsBetween(Z('2025-03-20T20:30:00Z'), Z('2026-03-20T20:30:00Z'), o);
    expect(year.map((b) => b.bucket)).toEqual(Array.from({ length: 12 }, (_, i) => `1404-${String(i + 1).padStart(2, '0')}`));
    expect(year.every((b, i) => i === 0 || b.start === year[i - 1].end)).toBe(true);
  });
});

const tax = defaultTaxonomy();
function ev(id: string, tagId: string, at: string, over: Partial<TagEvent> = {}): TagEvent {
  return { id, tagId, conversation: `c-${id}`, site: 's1', agent: 'sara', createdAt: Z(at), ...over };
}

describe('tally', () => {
  const events: TagEvent[] = [
    ev('1', 'billing', '2026-01-05T10:00:00Z'),
    ev('2', 'billing', '2026-01-06T10:00:00Z', { agent: 'reza', site: 's2' }),
    ev('3', 'ux', '2026-01-07T10:00:00Z'),
    ev('4', 'product-info', '2026-01-13T10:00:00Z', { agent: 'reza' }),
    ev('5', 'policy', '2026-01-14T10:00:00Z'),
    ev('6', 'billing', '2026-01-14T11:00:00Z', { removedAt: Z('2026-01-14T11:01:00Z') }),
    ev('7', 'imported-custom', '2026-01-15T10:00:00Z'),
  ];

  it('counts per tag and week, skipping removed events', () => {
    const { rows, buckets } = tally(events, tax, { bucket: 'week', timeZone: 'UTC' });
    expect(buckets.map((b) => b.bucket)).toEqual(['2026-W02', '2026-W03']);
    expect(rows).toEqual([
      { bucket: '2026-W02', bucketStart: Z('2026-01-05T00:00:00Z'), tagId: 'billing', count: 2 },
      { bucket: '2026-W02', bucketStart: Z('2026-01-05T00:00:00Z'), tagId: 'ux', count: 1 },
      { bucket: '2026-W03', bucketStart: Z('2026-01-12T00:00:00Z'), tagId: 'product-info', count: 1 },
      { bucket: '2026-W03', bucketStart: Z('2026-01-12T00:00:00Z'), tagId: 'policy', count: 1 },
      { bucket: '2026-W03', bucketStart: Z('2026-01-12T00:00:00Z'), tagId: 'imported-custom', count: 1 },
    ]);
  });

  it('merged tags count under the target, retired ones under their own id', () => {
    const t2 = retireTag(mergeTags(tax, 'ux', 'product-info'), 'policy');
    const { rows } = tally(events, t2, { bucket: 'none', timeZone: 'UTC' });
    expect(Object.fromEntries(rows.map((r) => [r.tagId, r.count]))).toEqual({ billing: 2, 'product-info': 2, policy: 1, 'imported-custom': 1 });
    expect(rows.every((r) => r.bucket === 'all')).toBe(true);
    // Filtering by the merged id selects the target.
    const only = tally(events, t2, { bucket: 'none', timeZone: 'UTC', tagIds: ['ux'] }).rows;
    expect(only).toEqual([{ bucket: 'all', bucketStart: Z('2026-01-07T10:00:00Z'), tagId: 'product-info', count: 2 }]);
  });

  it('filters by period, sites and agents; splits by agent or site', () => {
    const inRange = tally(events, tax, { bucket: 'none', timeZone: 'UTC', from: Z('2026-01-06T00:00:00Z'), to: Z('2026-01-13T10:00:00Z') });
    expect(inRange.rows.map((r) => [r.tagId, r.count])).toEqual([['billing', 1], ['ux', 1]]);
    expect(tally(events, tax, { bucket: 'none', timeZone: 'UTC', agents: ['reza'] }).rows.map((r) => r.tagId)).toEqual(['billing', 'product-info']);
    expect(tally(events, tax, { bucket: 'none', timeZone: 'UTC', sites: ['s2'] }).rows).toHaveLength(1);
    const byAgent = tally(events, tax, { bucket: 'month', timeZone: 'UTC', groupBy: 'agent' }).rows;
    expect(byAgent.find((r) => r.tagId === 'billing' && r.agent === 'reza')!.count).toBe(1);
    expect(Object.fromEntries(totalsBy(byAgent, 'agent'))).toEqual({ sara: 4, reza: 2 });
    const bySite = tally(events, tax, { bucket: 'none', timeZone: 'UTC', groupBy: 'site' }).rows;
    expect(bySite.filter((r) => r.tagId === 'billing').map((r) => [r.site, r.count])).toEqual([['s1', 1], ['s2', 1]]);
  });

  it('puts a late-evening event in the local week: Tehran Saturday weeks', () => {
    // Friday 2026-01-09 23:00 in Tehran is 19:30 UTC; Saturday 00:30 is 21:00 UTC.
    const evs = [ev('a', 'billing', '2026-01-09T19:30:00Z'), ev('b', 'billing', '2026-01-09T21:00:00Z')];
    const utc = tally(evs, tax, { bucket: 'week', timeZone: 'UTC', weekStartsOn: 6 }).rows;
    expect(utc).toHaveLength(1);
    const teh = tally(evs, tax, { bucket: 'week', timeZone: 'Asia/Tehran', weekStartsOn: 6 }).rows;
    expect(teh.map((r) => r.count)).toEqual([1, 1]);
  });

  it('rejects an unknown time zone', () => {
    expect(() => tally(events, tax, { bucket: 'week', timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('rising', () => {
  it('ranks tags by growth of their share, with both shares and counts', () => {
    const events: TagEvent[] = [];
    let n = 0;
    const add = (tag: string, at: string, k: number) => {
      for (let i = 0; i < k; i++) events.push(ev(String(n++), tag, at));
    };
    // Previous ISO week: billing 6, account 2, ux 2 (of 10). Current: billing 6, account 6, ux 0 (of 12).
    add('billing', '2026-01-06T10:00:00Z', 6);
    add('account', '2026-01-07T10:00:00Z', 2);
    add('ux', '2026-01-07T10:00:00Z', 2);
    add('billing', '2026-01-13T10:00:00Z', 6);
    add('account', '2026-01-14T10:00:00Z', 6);
    const r = rising(events, tax, { period: 'week', now: Z('2026-01-15T00:00:00Z'), timeZone: 'UTC' });
    expect(r.current.bucket).toBe('2026-W03');
    expect(r.previous.bucket).toBe('2026-W02');
    expect([r.total, r.previousTotal]).toEqual([12, 10]);
    expect(r.items.map((i) => i.tagId)).toEqual(['account']);
    expect(r.items[0]).toMatchObject({ count: 6, previousCount: 2, share: 0.5, previousShare: 0.2 });
    expect(r.items[0].change).toBeCloseTo(0.3);
    // Billing's count held but its share fell (0.6 -> 0.5): not rising.
    expect(r.items.some((i) => i.tagId === 'billing')).toBe(false);
  });

  it('a tag new this month is rising from a zero share', () => {
    const events = [ev('1', 'billing', '2026-01-10T00:00:00Z'), ev('2', 'billing', '2026-02-03T00:00:00Z'), ev('3', 'defect', '2026-02-04T00:00:00Z')];
    const r = rising(events, tax, { period: 'month', now: Z('2026-02-10T00:00:00Z'), timeZone: 'Asia/Tehran' });
    expect(r.items[0]).toMatchObject({ tagId: 'defect', previousShare: 0, share: 0.5 });
  });
});
