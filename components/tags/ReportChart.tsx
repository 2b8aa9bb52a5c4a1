/**
 * Stacked bars of tags per period with a value axis (0, half, top), a label under every bar (or
 * every few bars when there are many) and each bar's total above it. Newest at the reading end:
 * right in English, left in Persian, with the value axis at the reading start.
 */
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import type { Bucket } from '../../lib/tags/index.ts';
import { num } from './util.ts';

export interface ChartProps {
  ids: string;
  buckets: readonly Bucket[];
  matrix: ReadonlyMap<string, ReadonlyMap<string, number>>;
  tags: readonly string[];
  lang: UiLang;
  t: Translate;
  color(tagId: string): string;
  name(tagId: string): string;
  /** Full label of a bucket (tooltips) and a short one (under the bar). */
  label(b: Bucket): string;
  shortLabel(b: Bucket): string;
}

const BAR = 22;
const GAP = 10;
const PLOT_H = 140;
const AXIS_W = 34;
const TOP = 16;
const BOTTOM = 34;

/** A round top for the value axis: 1, 2 or 5 times a power of ten, at least the largest total. */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

function layout(p: ChartProps) {
  const n = p.buckets.length;
  const totals = p.buckets.map((b) => [...(p.matrix.get(b.bucket)?.values() ?? [])].reduce((a, c) => a + c, 0));
  const top = niceMax(Math.max(0, ...totals));
  const rtl = p.lang === 'fa';
  const plotW = Math.max(1, n) * (BAR + GAP);
  const width = AXIS_W + plotW + GAP;
  const y = (v: number) => TOP + PLOT_H - (v / top) * PLOT_H;
  // Axis at the reading start; bars run from it towards the reading end.
  const plotStart = rtl ? GAP : AXIS_W;
  const xOf = (i: number) => plotStart + (rtl ? n - 1 - i : i) * (BAR + GAP) + GAP / 2;
  const every = Math.max(1, Math.ceil(n / 12));
  return { n, totals, top, rtl, width, height: TOP + PLOT_H + BOTTOM, y, xOf, every, axisX: rtl ? width - AXIS_W : AXIS_W };
}

export function ReportChart(p: ChartProps) {
  const g = layout(p);
  const ticks = [0, g.top / 2, g.top].filter((v, i, a) => Number.isInteger(v) && a.indexOf(v) === i);
  return (
    <svg role="img" aria-labelledby={`${p.ids}-chart ${p.ids}-chart-desc`} viewBox={`0 0 ${g.width} ${g.height}`} width={g.width} height={g.height} className="tags-reports-svg">
      <desc id={`${p.ids}-chart-desc`}>{p.t('tags.reports.chartAlt')}</desc>
      <g className="tags-reports-yaxis" data-axis="y">
        <line x1={g.axisX} x2={g.axisX} y1={TOP} y2={g.y(0)} className="tags-reports-axis" />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={g.rtl ? GAP : AXIS_W} x2={g.rtl ? g.axisX : g.width - GAP} y1={g.y(v)} y2={g.y(v)} className={v === 0 ? 'tags-reports-axis' : 'tags-reports-grid'} />
            <text x={g.rtl ? g.axisX + 4 : g.axisX - 4} y={g.y(v) + 4} textAnchor={g.rtl ? 'start' : 'end'} className="tags-reports-tick">
              {num(p.lang, v)}
            </text>
          </g>
        ))}
      </g>
      {p.buckets.map((b, i) => (
        <Bar key={b.bucket} p={p} g={g} b={b} i={i} />
      ))}
    </svg>
  );
}

function Bar({ p, g, b, i }: { p: ChartProps; g: ReturnType<typeof layout>; b: Bucket; i: number }) {
  const x = g.xOf(i);
  let v = 0;
  const parts = p.tags
    .map((tagId) => ({ tagId, count: p.matrix.get(b.bucket)?.get(tagId) ?? 0 }))
    .filter((s) => s.count > 0)
    .map((s) => {
      const y1 = g.y(v);
      v += s.count;
      return { ...s, y: g.y(v), h: y1 - g.y(v) };
    });
  const total = g.totals[i];
  return (
    <g data-bucket={b.bucket}>
      {parts.map((s) => (
        <rect key={s.tagId} x={x} y={s.y} width={BAR} height={s.h} fill={p.color(s.tagId)} data-tag-id={s.tagId}>
          <title>{`${p.label(b)} · ${p.name(s.tagId)}: ${num(p.lang, s.count)}`}</title>
        </rect>
      ))}
      {total > 0 && (
        <text x={x + BAR / 2} y={g.y(total) - 3} textAnchor="middle" className="tags-reports-value">
          {num(p.lang, total)}
        </text>
      )}
      {i % g.every === 0 && (
        <text x={x + BAR / 2} y={TOP + PLOT_H + 14} textAnchor="middle" className="tags-reports-xlabel">
          {p.shortLabel(b)}
        </text>
      )}
    </g>
  );
}
