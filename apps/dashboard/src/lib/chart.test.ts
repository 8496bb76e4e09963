import { describe, expect, it } from 'vitest';
import { monthlyLines, moneyBars, wholeTicks } from './chart.ts';

describe('moneyBars', () => {
  const rows = [
    { label: '福田区', yuan: '68934832242' },
    { label: '龙华区', yuan: '34500000' },
  ];
  const spec = moneyBars('zh', rows, { key: 'y', label: '投资额', yuan: (r) => r.yuan });

  it('prints every bar from its exact string, in the unit of the largest', () => {
    expect(rows.map((r) => spec.labels.value(r))).toEqual(['689.35亿元', '0.35亿元']);
  });
  it('uses a float for the bar length only', () => {
    expect(spec.x(rows[0]!)).toBe(68934832242);
  });
});

describe('count axes', () => {
  const linear = (lo: number, hi: number) => ({
    domain: () => [lo, hi],
    // d3's ticks for these domains
    ticks: (count: number) =>
      hi - lo <= 1
        ? [0, 0.2, 0.4, 0.6, 0.8, 1].slice(0, count * 5 + 1)
        : Array.from({ length: count + 1 }, (_, i) => lo + ((hi - lo) / count) * i),
  });
  it('tick whole numbers only, never 0 0 0 1 1 1', () => {
    expect(wholeTicks(linear(0, 1))).toEqual([0, 1]);
    expect(wholeTicks(linear(0, 3000))).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
  });
  it('leave a scale without numeric ticks to its own', () => {
    expect(wholeTicks({ domain: () => ['a', 'b'] })).toBeUndefined();
  });
});

describe('monthly lines', () => {
  it('label a tick by its China Standard Time month, whether the scale gives a Date or a number', () => {
    const { xAxis } = monthlyLines('zh', [], { series: [] }).props;
    expect(xAxis.format(new Date('2024-05-31T16:00:00Z'))).toBe('2024-06');
    expect(xAxis.format(0)).toBe('1970-01');
  });
});
