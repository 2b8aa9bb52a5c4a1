/**
 * Calendar buckets (weeks, months) in an IANA time zone with Intl only. A report counts a tag
 * applied at 23:30 on Friday in Tehran in Friday's week even though it is 20:00 UTC, and week
 * and month starts move with daylight-saving changes.
 *
 * Wall time is handled as "wall ms": the local date and time written as if it were UTC.
 */

const DAY = 86_400_000;

export type BucketKind = 'week' | 'month';
export type WeekStart = 0 | 1 | 6;
export type CalendarKind = 'gregory' | 'persian';

export interface BucketOptions {
  bucket: BucketKind;
  timeZone: string;
  /** 0 Sunday, 1 Monday (ISO, default), 6 Saturday (usual in Iran). */
  weekStartsOn?: WeekStart;
  /** Month buckets by Gregorian (default) or Solar Hijri (Persian) months. */
  calendar?: CalendarKind;
}

export interface Bucket {
  /**
   * "2026-W05" (Monday weeks, Gregorian), a week's first day ("2026-01-24", Solar Hijri
   * "1404-11-04") for other weeks, or a month "2026-11" (Persian calendar: "1404-08").
   */
  bucket: string;
  /** First instant of the bucket, epoch ms. */
  start: number;
  /** First instant of the next bucket. */
  end: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws RangeError for a time zone Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  zoneFormatter(timeZone);
}

/** Local wall time of an instant, as wall ms. */
export function wallTime(t: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(t);
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year': y = +p.value; break;
      case 'month': mo = +p.value; break;
      case 'day': d = +p.value; break;
      case 'hour': h = +p.value % 24; break;
      case 'minute': mi = +p.value; break;
      case 'second': s = +p.value; break;
    }
  }
  const ms = ((t % 1000) + 1000) % 1000;
  return Date.UTC(y, mo - 1, d, h, mi, s) + ms;
}

/** UTC offset of the zone at an instant, ms (Tehran: +3:30 = 12,600,000). */
export function zoneOffset(t: number, timeZone: string): number {
  return wallTime(t, timeZone) - t;
}

/**
 * The first instant whose local wall time is at or after `wall` (a day start): the earlier one
 * when the wall time happens twice, the end of the gap when it is skipped (Tehran's old DST
 * started at midnight, so some days began at 01:00).
 */
export function instantOfWall(wall: number, timeZone: string): number {
  const o1 = zoneOffset(wall - DAY, timeZone);
  const o2 = zoneOffset(wall + DAY, timeZone);
  let best = Infinity;
  for (const c of [wall - o1, wall - o2]) if (wallTime(c, timeZone) === wall && c < best) best = c;
  if (best !== Infinity) return best;
  // Skipped wall time: binary search, in whole seconds, for the first instant at or after it.
  let lo = Math.floor((wall - Math.max(o1, o2)) / 1000);
  let hi = Math.ceil((wall - Math.min(o1, o2)) / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallTime(mid * 1000, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/** Wall ms of local midnight of the day containing wall ms `w`. */
function dayOf(w: number): number {
  return Math.floor(w / DAY) * DAY;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Week label: weeks belong to the year of their fourth day and are numbered from the first such
 * week. With Monday starts this is exactly ISO 8601 (the week of the first Thursday is W01).
 */
export function weekLabel(weekStartWall: number): string {
  const fourth = new Date(weekStartWall + 3 * DAY);
  const y = fourth.getUTCFullYear();
  const doy = Math.floor((fourth.getTime() - Date.UTC(y, 0, 1)) / DAY);
  return `${y}-W${pad(Math.floor(doy / 7) + 1)}`;
}

/**
 * Made on first use: a Persian-calendar formatter loads ICU's calendar data, a noticeable part of the background's start
 * (every service-worker start evaluates this module) for a conversion only Solar Hijri tag reports need.
 */
let persianFormatter: Intl.DateTimeFormat | undefined;

/** Solar Hijri year, month, day of a Gregorian calendar date (given as wall ms of its midnight). */
export function persianDate(dayWall: number): { y: number; m: number; d: number } {
  // Noon keeps the date away from any edge; the calendar conversion itself has no time zone.
  persianFormatter ??= new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = persianFormatter.formatToParts(dayWall + DAY / 2);
  let y = 0, m = 0, d = 0;
  for (const p of parts) {
    if (p.type === 'year' || (p.type as string) === 'relatedYear') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return { y, m, d };
}

/**
 * A week's label that fits its week start and calendar: ISO week numbers ("2026-W05") only for
 * Monday weeks in the Gregorian calendar, where they mean what ISO says; any other week is named
 * by its first day in the chosen calendar ("2026-01-24", Solar Hijri "1404-11-04"), since a
 * Saturday week numbered like an ISO week reads as a different week.
 */
export function weekBucketLabel(weekStartWall: number, weekStartsOn: WeekStart, calendar: CalendarKind = 'gregory'): string {
  if (weekStartsOn === 1 && calendar === 'gregory') return weekLabel(weekStartWall);
  if (calendar === 'persian') {
    const p = persianDate(weekStartWall);
    return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  }
  return new Date(weekStartWall).toISOString().slice(0, 10);
}

/**
 * Wall ms of the Gregorian midnight of a Solar Hijri date, or null when there is no such day
 * (month 1-12, day 1-31, and the day must exist in that month and year).
 */
export function wallOfPersianDate(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 3000) return null;
  // Farvardin 1 falls on March 20-22 of year y + 621; months 1-6 have 31 days, 7-11 30, Esfand 29 or 30.
  let w = Date.UTC(y + 621, 2, 21) + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * DAY;
  // The estimate is within two days; walk to the date, by an order that compares y, m, d.
  const want = (y * 13 + m) * 32 + d;
  for (let i = 0; i < 6; i++) {
    const p = persianDate(w);
    const have = (p.y * 13 + p.m) * 32 + p.d;
    if (have === want) return w;
    const next = w + (have < want ? DAY : -DAY);
    const q = persianDate(next);
    const after = (q.y * 13 + q.m) * 32 + q.d;
    // Stepped over the wanted value: that day does not exist (Mehr 31, Esfand 30 in a common year).
    if ((have < want) !== (after <= want) && after !== want) return null;
    w = next;
  }
  return null;
}

/** Days in a Solar Hijri month (29 to 31). */
export function persianMonthDays(y: number, m: number): number {
  if (m <= 6) return 31;
  if (m <= 11) return 30;
  return wallOfPersianDate(y, 12, 30) === null ? 29 : 30;
}

/** Wall ms of the first day of the bucket containing the local day `day`, and its label. */
function bucketStartDay(day: number, opts: BucketOptions): { day: number; label: string } {
  if (opts.bucket === 'week') {
    const ws = opts.weekStartsOn ?? 1;
    const wd = new Date(day).getUTCDay();
    const start = day - ((wd - ws + 7) % 7) * DAY;
    return { day: start, label: weekBucketLabel(start, ws, opts.calendar) };
  }
  if (opts.calendar === 'persian') {
    const p = persianDate(day);
    return { day: day - (p.d - 1) * DAY, label: `${p.y}-${pad(p.m)}` };
  }
  const d = new Date(day);
  return { day: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), label: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` };
}

/** Wall ms of the first day of the next bucket. */
function nextStartDay(startDay: number, opts: BucketOptions): number {
  if (opts.bucket === 'week') return startDay + 7 * DAY;
  if (opts.calendar === 'persian') {
    // Persian months have 29 to 31 days.
    let d = startDay + 29 * DAY;
    while (persianDate(d).d !== 1) d += DAY;
    return d;
  }
  const s = new Date(startDay);
  return Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1);
}

/** The bucket that contains instant `t`. */
export function bucketOf(t: number, opts: BucketOptions): Bucket {
  const { day, label } = bucketStartDay(dayOf(wallTime(t, opts.timeZone)), opts);
  return { bucket: label, start: instantOfWall(day, opts.timeZone), end: instantOfWall(nextStartDay(day, opts), opts.timeZone) };
}

/** Consecutive buckets covering [from, to), first one containing `from`. */
export function bucketsBetween(from: number, to: number, opts: BucketOptions): Bucket[] {
  const out: Bucket[] = [];
  if (!(to > from)) return out;
  let { day, label } = bucketStartDay(dayOf(wallTime(from, opts.timeZone)), opts);
  let start = instantOfWall(day, opts.timeZone);
  for (let guard = 0; guard < 100_000; guard++) {
    const nextDay = nextStartDay(day, opts);
    const end = instantOfWall(nextDay, opts.timeZone);
    out.push({ bucket: label, start, end });
    if (end >= to) break;
    day = nextDay;
    start = end;
    label = bucketStartDay(day, opts).label;
  }
  return out;
}

/** The bucket before `b` (same options). */
export function previousBucket(b: Bucket, opts: BucketOptions): Bucket {
  return bucketOf(b.start - 1, opts);
}
