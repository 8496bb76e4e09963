import { describe, expect, it } from 'vitest';
import { allOf, breakdowns, dateWindow, equalsWhenGiven, splitBreakdowns } from './sql.ts';

describe('optional filters', () => {
  it('bind the parameter as Nullable and let every row through when it is NULL', () => {
    expect(equalsWhenGiven('district')).toBe('({district:Nullable(String)} IS NULL OR district = {district:Nullable(String)})');
    expect(dateWindow('visited_on')).toBe(
      '({from:Nullable(Date)} IS NULL OR visited_on >= {from:Nullable(Date)}) AND ({to:Nullable(Date)} IS NULL OR visited_on < {to:Nullable(Date)})',
    );
    expect(allOf('a', 'b')).toMatch(/^a\s+AND b$/);
  });
});

describe('headline plus breakdowns', () => {
  const spec = breakdowns(['district', 'sector']);

  it('groups by the headline and each dimension, naming each row’s set', () => {
    expect(spec.groupBy).toBe('GROUP BY GROUPING SETS ((), (district), (sector))');
    expect(spec.column).toBe("multiIf(grouping(district) = 0, 'district', grouping(sector) = 0, 'sector', '') AS breakdown");
    expect(spec.slice).toBe('multiIf(grouping(district) = 0, toString(district), grouping(sector) = 0, toString(sector), NULL) AS slice');
  });

  it('splits the rows back, in query order', () => {
    const rows = [
      { breakdown: 'sector', slice: 'energy' },
      { breakdown: '', slice: null },
      { breakdown: 'district', slice: 'futian' },
      { breakdown: 'sector', slice: 'finance' },
    ];
    const { headline, by } = splitBreakdowns(rows, spec);
    expect(headline).toBe(rows[1]);
    expect(by.district.map((r) => r.slice)).toEqual(['futian']);
    expect(by.sector.map((r) => r.slice)).toEqual(['energy', 'finance']);
  });
});
