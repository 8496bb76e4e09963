// One chart configuration for the whole site, so every figure reads alike:
// horizontal bars (Chinese and English category names stay legible on a
// phone), the value printed at each bar's end, a quiet grid, no animation;
// columns and lines only for time. A figure is then a one-liner over this config:
//   <BarChart data={rows} {...bars(lang, rows, { key: 'enterprises', label: '…' })} />
// Money is drawn from the exact decimal strings: the float is the bar's length
// only; every amount printed comes from the string (money.ts).
import { formatDays, formatInt, formatRate } from './format.ts';
import { locale, type Lang } from './i18n.ts';
import { formatYuan, maxYuan, yuanNumber, yuanUnit, type YuanUnit } from './money.ts';

export type ValueKind = 'int' | 'rate' | 'days';

/** Rows are drawn by their `label`; `key` names the value shown, `value` reads it when not a plain field. */
export interface BarSpec<Row> {
  key: string;
  /** The value's name, for the tooltip. */
  label: string;
  kind?: ValueKind;
  value?: (row: Row) => number | null;
}

/** The site's series colours, darkest first. */
export const SERIES_COLORS = ['var(--chart-1)', 'var(--chart-2, #6f93bf)', 'var(--chart-3, #a8c0dc)', 'var(--chart-4, #d6a24a)'] as const;

/** Pixel height of a bar figure with `n` categories: a steady band per row. */
export function barHeight(n: number): number {
  return Math.max(2, n) * 30 + 32;
}

/** Height of a column or line figure over time. */
export const TIME_CHART_HEIGHT = 260;

/** Rough rendered width of a category label, for the axis gutter. */
function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += ch.charCodeAt(0) > 0x2e80 ? 13 : 6.6;
  return w;
}

export function formatterFor(kind: ValueKind, lang: Lang): (v: number) => string {
  if (kind === 'rate') return (v) => formatRate(v);
  if (kind === 'days') return (v) => formatDays(v, lang);
  return (v) => formatInt(v, lang);
}

/**
 * Ticks of a count axis at whole numbers only: on a domain of 0–1 a scale
 * would tick 0, 0.2, … 1, printed as 0 0 0 1 1 1. Asks for no more ticks than
 * the domain has whole numbers (and at most six), keeping the integers.
 */
export function wholeTicks(scale: { domain(): unknown[]; ticks?(count: number): number[] }): number[] | undefined {
  const [lo, hi] = scale.domain().map(Number);
  if (!scale.ticks || lo === undefined || hi === undefined || !Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
  const count = Math.max(1, Math.min(6, Math.floor(Math.abs(hi - lo))));
  return scale.ticks(count).filter(Number.isInteger);
}

/** Axis ticks need no decimals: 0 %, 25 %, … rather than 0.0 %. */
function tickFormatterFor(kind: ValueKind, lang: Lang): (v: number) => string {
  return kind === 'rate' ? (v) => `${Math.round(v * 100)}%` : (v) => formatInt(v, lang);
}

/** A money tick: the unit's multiple with at most two decimals ("5亿", "1.5 bn"). */
function yuanTick(unit: YuanUnit, lang: Lang): (v: number) => string {
  const short = unit.suffix
    .replace(/元$|\s*yuan$/, '')
    .replace(' billion', ' bn')
    .replace(' million', ' m');
  const number = new Intl.NumberFormat(locale[lang], { maximumFractionDigits: 2 });
  return (v) => `${number.format(v / Number(unit.size))}${short}`;
}

/** The shared look of a horizontal bar figure, with room for the longest category and value labels. */
function horizontal(
  rows: ReadonlyArray<{ label: string }>,
  tickFormat: (v: number) => string,
  values: readonly string[] = [],
  ticks?: typeof wholeTicks,
) {
  const gutter = Math.min(240, Math.max(40, ...rows.map((r) => labelWidth(r.label))) + 10);
  const right = Math.max(16, ...values.map((v) => labelWidth(v) + 12));
  return {
    y: 'label',
    orientation: 'horizontal' as const,
    bandPadding: 0.3,
    padding: { left: gutter, right, top: 2, bottom: 22 },
    grid: { x: true, y: false },
    rule: false,
    props: {
      xAxis: { format: tickFormat, tickSpacing: 90, tickOcclusion: { padding: 8 }, ...(ticks ? { ticks } : {}) },
      yAxis: { tickLength: 0, tickLabelProps: { dx: -6 } },
      bars: { radius: 2, strokeWidth: 0, stroke: 'none', class: 'chart-bar' },
    },
  };
}

export function bars<Row extends { label: string }>(lang: Lang, rows: readonly Row[], spec: BarSpec<Row>) {
  const kind = spec.kind ?? 'int';
  const format = formatterFor(kind, lang);
  const value = spec.value ?? spec.key;
  const read = (r: Row) => (spec.value ? spec.value(r) : (r as Record<string, unknown>)[spec.key]);
  const printed = rows.map((r) => {
    const v = read(r);
    return typeof v === 'number' ? format(v) : '—';
  });
  const base = horizontal(rows, tickFormatterFor(kind, lang), printed, kind === 'int' ? wholeTicks : undefined);
  return {
    ...base,
    x: value,
    series: [{ key: spec.key, label: spec.label, value, color: SERIES_COLORS[0] }],
    // Rates are drawn on a fixed 0–100 % scale so districts compare at a glance.
    ...(kind === 'rate' ? { xDomain: [0, 1] } : {}),
    labels: { placement: 'outside' as const, format, class: 'chart-value' },
    props: { ...base.props, tooltip: { item: { format } } },
  };
}

/** Amounts in yuan: every bar labelled in the unit of the largest, from its exact string. */
export function moneyBars<Row extends { label: string }>(
  lang: Lang,
  rows: readonly Row[],
  spec: { key: string; label: string; yuan: (row: Row) => string },
) {
  const unit = yuanUnit(maxYuan(rows.map(spec.yuan)), lang);
  const text = (row: Row) => formatYuan(spec.yuan(row), lang, unit);
  const base = horizontal(rows, yuanTick(unit, lang), rows.map(text));
  const length = (row: Row) => yuanNumber(spec.yuan(row));
  return {
    ...base,
    x: length,
    series: [{ key: spec.key, label: spec.label, value: length, color: SERIES_COLORS[0] }],
    labels: { placement: 'outside' as const, value: text, format: (s: string) => s, class: 'chart-value' },
    // the tooltip reads the same exact text as the label, not the float
    props: { ...base.props, tooltip: { item: { format: (v: number) => formatYuan(String(Math.round(v)), lang, unit) } } },
  };
}

export interface StackSeries<Row> {
  key: string;
  label: string;
  value: (row: Row) => number;
}

/**
 * Parts of a whole per row (e.g. resolved + open = demands). No value labels:
 * LayerChart 2.5 cannot place one at a stack's end, so the legend, the
 * tooltip and the table carry the numbers.
 */
export function stackedBars<Row extends { label: string }>(
  lang: Lang,
  rows: readonly Row[],
  spec: { series: ReadonlyArray<StackSeries<Row>> },
) {
  const base = horizontal(rows, tickFormatterFor('int', lang), [], wholeTicks);
  return {
    ...base,
    x: spec.series.map((s) => s.value),
    series: spec.series.map((s, i) => ({ key: s.key, label: s.label, value: s.value, color: SERIES_COLORS[i] })),
    seriesLayout: 'stack' as const,
    props: { ...base.props, tooltip: { item: { format: formatterFor('int', lang) } } },
  };
}

/** Columns over time (quarters): vertical bars in order, label ticks thinned to fit. */
export function columns<Row extends { label: string }>(
  lang: Lang,
  rows: readonly Row[],
  spec: { key: string; label: string; yuan: (row: Row) => string },
) {
  const unit = yuanUnit(maxYuan(rows.map(spec.yuan)), lang);
  const length = (row: Row) => yuanNumber(spec.yuan(row));
  return {
    x: 'label',
    y: length,
    series: [{ key: spec.key, label: spec.label, value: length, color: SERIES_COLORS[0] }],
    bandPadding: 0.25,
    padding: { left: 56, right: 8, top: 20, bottom: 24 },
    grid: { x: false, y: true },
    rule: false,
    labels: {
      placement: 'outside' as const,
      value: (row: Row) => formatYuan(spec.yuan(row), lang, unit).replace(/元$|\s*yuan$/, ''),
      format: (s: string) => s,
      class: 'chart-value',
    },
    props: {
      xAxis: { tickOcclusion: { padding: 6 } },
      yAxis: { format: yuanTick(unit, lang), tickSpacing: 50 },
      bars: { radius: 2, strokeWidth: 0, stroke: 'none', class: 'chart-bar' },
      tooltip: { item: { format: (v: number) => formatYuan(String(Math.round(v)), lang, unit) } },
    },
  };
}

/**
 * The China Standard Time month (`YYYY-MM`) of a time tick. The scale hands
 * its ticks over as Dates, or as plain numbers when it has no data: both are
 * read as instants (a `d.getTime()` here once crashed the page on no rows).
 */
function cstMonth(d: Date | number): string {
  return new Date(Number(d) + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** Counts over time by month (`YYYY-MM`), one line per series. */
export function monthlyLines<Row extends { month: string }>(
  lang: Lang,
  _rows: readonly Row[],
  spec: { series: ReadonlyArray<StackSeries<Row>> },
) {
  const format = formatterFor('int', lang);
  return {
    x: (row: Row) => new Date(`${row.month}-01T00:00:00+08:00`),
    series: spec.series.map((s, i) => ({ key: s.key, label: s.label, value: s.value, color: SERIES_COLORS[i] })),
    padding: { left: 44, right: 12, top: 8, bottom: 24 },
    grid: { x: false, y: true },
    rule: false,
    points: { r: 2.5, class: 'chart-point' },
    props: {
      xAxis: { format: cstMonth, tickSpacing: 90, tickOcclusion: { padding: 6 } },
      yAxis: { format, tickSpacing: 50, ticks: wholeTicks },
      spline: { strokeWidth: 2, class: 'chart-line' },
      tooltip: { header: { format: cstMonth }, item: { format } },
    },
  };
}
