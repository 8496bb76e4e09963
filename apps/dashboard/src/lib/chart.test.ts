import { describe, expect, it } from 'vitest';
import { moneyBars } from './chart.ts';

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
