// One chart configuration for the whole site, so every figure reads alike:
// horizontal bars (Chinese and English category names stay legible on a
// phone), the value printed at each bar's end, a quiet grid, no animation.
// A figure is then a one-liner over this config:
//   <BarChart data={rows} {...bars(lang, rows, { key: 'enterprises', label: '…' })} />
import { formatInt, formatRate } from './format.ts';
import type { Lang } from './i18n.ts';

export type ValueKind = 'int' | 'rate';

/** Rows are drawn by their `label`; `key` names the value shown, `value` reads it when not a plain field. */
export interface BarSpec<Row> {
  key: string;
  /** The value's name, for the tooltip. */
  label: string;
  kind?: ValueKind;
  value?: (row: Row) => number | null;
}

/** Pixel height of a bar figure with `n` categories: a steady band per row. */
export function barHeight(n: number): number {
  return Math.max(2, n) * 30 + 32;
}

/** Rough rendered width of a category label, for the axis gutter. */
function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += ch.charCodeAt(0) > 0x2e80 ? 13 : 6.6;
  return w;
}

export function formatterFor(kind: ValueKind, lang: Lang): (v: number) => string {
  return kind === 'rate' ? (v) => formatRate(v) : (v) => formatInt(v, lang);
}

/** Axis ticks need no decimals: 0 %, 25 %, … rather than 0.0 %. */
function tickFormatterFor(kind: ValueKind, lang: Lang): (v: number) => string {
  return kind === 'rate' ? (v) => `${Math.round(v * 100)}%` : (v) => formatInt(v, lang);
}

export function bars<Row extends { label: string }>(lang: Lang, rows: readonly Row[], spec: BarSpec<Row>) {
  const kind = spec.kind ?? 'int';
  const format = formatterFor(kind, lang);
  const gutter = Math.min(240, Math.max(40, ...rows.map((r) => labelWidth(r.label))) + 10);
  const value = spec.value ?? spec.key;
  return {
    x: value,
    y: 'label',
    orientation: 'horizontal' as const,
    series: [{ key: spec.key, label: spec.label, value, color: 'var(--chart-1)' }],
    // Rates are drawn on a fixed 0–100 % scale so districts compare at a glance.
    ...(kind === 'rate' ? { xDomain: [0, 1] } : {}),
    bandPadding: 0.3,
    padding: { left: gutter, right: 52, top: 2, bottom: 22 },
    grid: { x: true, y: false },
    rule: false,
    labels: { placement: 'outside' as const, format, class: 'chart-value' },
    props: {
      xAxis: { format: tickFormatterFor(kind, lang), tickSpacing: 90, tickOcclusion: { padding: 8 } },
      yAxis: { tickLength: 0, tickLabelProps: { dx: -6 } },
      bars: { radius: 2, strokeWidth: 0, stroke: 'none', class: 'chart-bar' },
      tooltip: { item: { format } },
    },
  };
}
