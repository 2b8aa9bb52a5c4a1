// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Reports, defaultRange, type ReportsProps } from '../../../components/tags/Reports.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import { defaultTaxonomy, mergeTags, parseEventsFile, type TagEvent } from '../../../lib/tags/index.ts';
import { byText, chooseFile, click, render, type, type Rendered } from './render.ts';

const Z = (s: string) => Date.parse(s);
const tax = mergeTags(defaultTaxonomy(), 'ux', 'product-info');
let n = 0;
const ev = (tagId: string, at: string, agent = 'sara', site = 'a.example.com', over: Partial<TagEvent> = {}): TagEvent => ({
  id: `e${n++}`, tagId, conversation: `c${n}`, site, agent, createdAt: Z(at), ...over,
});
const events: TagEvent[] = [
  ev('billing', '2026-01-06T10:00:00Z'),
  ev('billing', '2026-01-07T10:00:00Z', 'reza'),
  ev('ux', '2026-01-07T11:00:00Z', 'reza', 'b.example.com'),
  ev('billing', '2026-01-13T10:00:00Z'),
  ev('account', '2026-01-14T10:00:00Z'),
  ev('account', '2026-01-14T11:00:00Z', 'reza'),
  ev('account', '2026-01-14T12:00:00Z', 'sara', 'a.example.com', { removedAt: Z('2026-01-14T12:01:00Z') }),
];
const now = Z('2026-01-15T12:00:00Z');

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function reports(over: Partial<ReportsProps> = {}) {
  const onExport = vi.fn<ReportsProps['onExport']>();
  const onImportEvents = vi.fn<ReportsProps['onImportEvents']>();
  const props: ReportsProps = { events, taxonomy: tax, lang: 'en', t: translator('en'), timeZone: 'UTC', now, onExport, onImportEvents, ...over };
  r = render(<Reports {...props} />);
  return { onExport, onImportEvents, container: r.container };
}

describe('Reports', () => {
  it('tallies per week with merged tags under their target, in a table with totals', () => {
    const { container } = reports();
    expect(byText(container, '[role="status"]', '6 tags in this period')).not.toBeNull();
    const table = container.querySelector('table')!;
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual(['Period', 'Billing or invoice error', 'Wrong or unclear product information', 'Account or access problem', 'Total']);
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.getAttribute('title') === '2026-W02')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '1', '0', '3']);
    expect(row.querySelector('th')!.textContent).toBe('Week of Jan 5, 2026');
  });

  it('draws an accessible chart: one rect per non-zero cell, described by the table', () => {
    const { container } = reports();
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('desc')!.textContent).toMatch(/table/);
    const rects = svg.querySelectorAll('rect');
    expect(rects).toHaveLength(4);
    expect([...rects].map((x) => x.getAttribute('fill'))).toContain('#1971c2');
  });

  it('calls a tag rising only from 3 tags in the period (issue 14: not 2 against 0), and has a per-agent table', () => {
    const { container } = reports();
    expect(container.querySelector('.tags-reports-rising')).toBeNull();
    expect(container.textContent).toContain('No tag grew its share (a tag needs at least 3 tags this period');
    r!.unmount();
    const more = [...events, ev('account', '2026-01-15T09:00:00Z')];
    const rising = reports({ events: more }).container.querySelector('.tags-reports-rising')!;
    expect(rising.textContent).toContain('Account or access problem');
    expect(rising.textContent).toContain('75% of tags (was 0%), 3 against 0');
    r!.unmount();
    const { container: again } = reports();
    const agents = again.querySelectorAll('table')[1];
    const reza = [...agents.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'reza')!;
    expect([...reza.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '1', '1', '3']);
  });

  it('filters by agent and by site', () => {
    const { container } = reports();
    const agentBox = byText(container, 'details', 'Agents')!;
    click(byText(agentBox, 'label', 'reza')!.querySelector('input'));
    expect(byText(container, '[role="status"]', '3 tags in this period')).not.toBeNull();
    const siteBox = byText(container, 'details', 'Sites')!;
    click(byText(siteBox, 'label', 'b.example.com')!.querySelector('input'));
    expect(byText(container, '[role="status"]', '1 tag in this period')).not.toBeNull();
  });

  it('switches to months and narrows the date range', () => {
    const { container } = reports();
    type(byText(container, 'label', 'Group by')!.querySelector('select'), 'month');
    const rows = container.querySelectorAll('table')[0].querySelectorAll('tbody tr');
    // Issue 14: the range opens on the first tag, not on twelve weeks of zeros.
    expect([...rows].map((tr) => tr.querySelector('th')!.getAttribute('title'))).toEqual(['2026-01']);
    type(byText(container, 'label', 'From')!.querySelector('input'), '2025-11-01');
    expect([...container.querySelectorAll('table')[0].querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th')!.getAttribute('title'))).toEqual(['2025-11', '2025-12', '2026-01']);
    type(byText(container, 'label', 'From')!.querySelector('input'), '2026-01-12');
    expect(byText(container, '[role="status"]', '3 tags in this period')).not.toBeNull();
  });

  it('exports tallies and events, including tombstones, with file names for the period', () => {
    const { container, onExport } = reports();
    click(byText(container, 'button', 'Tallies (CSV)'));
    const [kind, csv, file] = onExport.mock.calls[0];
    expect(kind).toBe('tally-csv');
    expect(csv.startsWith('\uFEFFPeriod,')).toBe(true);
    expect(file).toBe('tactful-tags-2026-01-06_2026-01-15-tally.csv');
    click(byText(container, 'button', 'For a team merge (JSON)'));
    const json = onExport.mock.calls[1][1];
    const parsed = parseEventsFile(json);
    expect(parsed.ok && parsed.events.length).toBe(events.length);
    click(byText(container, 'button', 'Every tag event (CSV)'));
    expect(onExport.mock.calls[2][0]).toBe('events-csv');
    expect(onExport.mock.calls[2][1].split('\r\n').length).toBe(events.length + 2);
  });

  it('reads a chosen file for the team merge and shows the result', async () => {
    const p = reports({ importResult: { ok: false, message: 'row 3, created_at: not a date' } });
    expect(p.container.querySelector('[role="alert"]')!.textContent).toBe('row 3, created_at: not a date');
    await chooseFile(p.container.querySelector('input[type="file"]'), 'sara.json', '{"format":"tactful-tag-events"}');
    expect(p.onImportEvents).toHaveBeenCalledWith('{"format":"tactful-tag-events"}', 'sara.json');
  });

  it('opens on a range that has data when the last tags are old', () => {
    expect(defaultRange(events, Z('2026-09-01T00:00:00Z'), 'UTC')).toEqual({ from: '2026-01-06', to: '2026-01-14' });
    expect(defaultRange(events, now, 'UTC')).toEqual({ from: '2026-01-06', to: '2026-01-15' });
    expect(defaultRange([], now, 'UTC')).toEqual({ from: '2025-10-24', to: '2026-01-15' });
    const { container } = reports({ now: Z('2026-09-01T00:00:00Z') });
    expect(byText(container, '[role="status"]', '6 tags in this period')).not.toBeNull();
  });

  it('the chart has a value axis, a label under each bar and each bar’s total', () => {
    const { container } = reports();
    const svg = container.querySelector('svg')!;
    // Largest bar 3: the axis runs to 5 (a round top), no half-way tick at 2.5.
    expect([...svg.querySelectorAll('.tags-reports-tick')].map((x) => x.textContent)).toEqual(['0', '5']);
    expect([...svg.querySelectorAll('.tags-reports-xlabel')].map((x) => x.textContent)).toEqual(['Jan 5', 'Jan 12']);
    expect([...svg.querySelectorAll('.tags-reports-value')].map((x) => x.textContent)).toEqual(['3', '3']);
  });

  it('lists agents’ notes with tag, agent and site, and names a blank agent', () => {
    const noted = [...events, ev('billing', '2026-01-14T15:00:00Z', '', 'a.example.com', { note: 'charged twice for one order' })];
    const { container } = reports({ events: noted });
    const item = container.querySelector('.tags-reports-notes li')!;
    expect(item.textContent).toContain('Billing or invoice error');
    expect(item.textContent).toContain('charged twice for one order');
    expect(item.textContent).toContain('(no name)');
    const agents = container.querySelectorAll('table')[1];
    expect([...agents.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['(no name)', 'reza', 'sara']);
  });

  it('Persian with the Solar Hijri calendar: the range is picked in Solar Hijri dates', () => {
    const { container } = reports({ lang: 'fa', t: translator('fa'), timeZone: 'Asia/Tehran' });
    const from = container.querySelector<HTMLFieldSetElement>('fieldset[data-calendar="persian"]')!;
    expect(from.querySelector('legend')!.textContent).toBe('از تاریخ');
    expect(container.querySelector('input[type="date"]')).toBeNull();
    const year = from.querySelector<HTMLSelectElement>('select[aria-label="سال"]')!;
    const month = from.querySelector<HTMLSelectElement>('select[aria-label="ماه"]')!;
    const day = from.querySelector<HTMLSelectElement>('select[aria-label="روز"]')!;
    // 2026-01-06 is 16 Dey 1404.
    expect([year.value, month.value, day.value]).toEqual(['1404', '10', '16']);
    expect(month.options[9].textContent).toBe('دی');
    // The year in Persian digits like the day beside it, without a thousands separator.
    expect(year.selectedOptions[0].textContent).toBe('۱۴۰۴');
    expect(day.selectedOptions[0].textContent).toBe('۱۶');
    type(day, '23');
    // From 23 Dey (2026-01-13): the three tags of that week only.
    expect(byText(container, '[role="status"]', '۳ برچسب')).not.toBeNull();
    // Gregorian calendar: the browser's date input again.
    type(byText(container, 'label', 'تقویم')!.querySelector('select'), 'gregory');
    expect(container.querySelector('input[type="date"]')).not.toBeNull();
  });

  it('Persian: Solar Hijri months, Saturday weeks and Persian digits by default', () => {
    const { container } = reports({ lang: 'fa', t: translator('fa'), timeZone: 'Asia/Tehran' });
    expect(container.textContent).toContain('گزارش علت‌های تماس');
    const first = container.querySelector('tbody tr th')!;
    expect(first.textContent).toMatch(/^هفتهٔ .*۱۴۰۴/);
    expect(byText(container, '[role="status"]', '۶ برچسب')).not.toBeNull();
    type(byText(container, 'label', 'تفکیک زمانی')!.querySelector('select'), 'month');
    const months = [...container.querySelectorAll('table')[0].querySelectorAll('tbody tr th')].map((th) => th.getAttribute('title'));
    expect(months.at(-1)).toBe('1404-10');
  });
});
