/**
 * A date field in the report's calendar. Gregorian: the browser's date input. Solar Hijri: year,
 * month and day pickers in that calendar (a Gregorian date input would ask a Persian team lead to
 * convert dates by hand). Either way the value is the Gregorian "YYYY-MM-DD" of the day, so the
 * report's range logic has one form.
 */
import { useId } from 'react';
import type { UiLang } from '../../lib/i18n/index.ts';
import { persianDate, persianMonthDays, wallOfPersianDate, type CalendarKind } from '../../lib/tags/index.ts';
import { num } from './util.ts';

const DAY = 86_400_000;

/** Wall ms of a "YYYY-MM-DD" date, or null. */
export function parseDate(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const w = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(w) ? null : w;
}

export function isoDay(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

function persianMonthNames(lang: UiLang): string[] {
  const f = new Intl.DateTimeFormat(`${lang === 'fa' ? 'fa-IR' : 'en-US'}-u-ca-persian`, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(wallOfPersianDate(1404, i + 1, 1)! + DAY / 2));
}

/**
 * The years the Solar Hijri picker offers: thirty back from this year and one ahead, and the shown
 * year wherever it is. A select rather than a number input, whose digits the browser draws in Latin
 * on a Persian page while the day and month beside it are Persian.
 */
function persianYears(shown: number): number[] {
  const now = persianDate(Date.now()).y;
  const from = Math.min(shown, now - 30);
  const to = Math.max(shown, now + 1);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/** A year in the UI's digits, without the thousands separator a number would get («۱۴۰۴», not «۱٬۴۰۴»). */
function year(lang: UiLang, y: number): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { useGrouping: false }).format(y);
}

export interface DateFieldProps {
  label: string;
  value: string;
  calendar: CalendarKind;
  lang: UiLang;
  onChange(value: string): void;
  /** Text for the year, month and day parts of the Solar Hijri picker. */
  partLabels: { year: string; month: string; day: string };
}

export function DateField(p: DateFieldProps) {
  if (p.calendar !== 'persian') {
    return (
      <label>
        {p.label}
        <input type="date" value={p.value} onChange={(e) => p.onChange(e.target.value)} />
      </label>
    );
  }
  return <PersianDateField {...p} />;
}

function PersianDateField(p: DateFieldProps) {
  const id = useId();
  const wall = parseDate(p.value) ?? Date.now() - (Date.now() % DAY);
  const cur = persianDate(wall);
  // A day past the month's end (Esfand 30 in a common year) moves to its last day.
  const set = (y: number, m: number, d: number) => {
    const w = wallOfPersianDate(y, m, Math.min(d, persianMonthDays(y, m)));
    if (w !== null) p.onChange(isoDay(w));
  };
  const months = persianMonthNames(p.lang);
  const days = persianMonthDays(cur.y, cur.m);
  return (
    <fieldset className="tags-reports-date" aria-labelledby={`${id}-l`} data-calendar="persian">
      <legend id={`${id}-l`}>{p.label}</legend>
      <select value={cur.y} aria-label={p.partLabels.year} onChange={(e) => set(Number(e.target.value), cur.m, cur.d)}>
        {persianYears(cur.y).map((y) => (
          <option key={y} value={y}>
            {year(p.lang, y)}
          </option>
        ))}
      </select>
      <select value={cur.m} aria-label={p.partLabels.month} onChange={(e) => set(cur.y, Number(e.target.value), cur.d)}>
        {months.map((name, i) => (
          <option key={i} value={i + 1}>
            {name}
          </option>
        ))}
      </select>
      <select value={cur.d} aria-label={p.partLabels.day} onChange={(e) => set(cur.y, cur.m, Number(e.target.value))}>
        {Array.from({ length: days }, (_, i) => (
          <option key={i} value={i + 1}>
            {num(p.lang, i + 1)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
