import { describe, expect, it } from 'vitest';
import { rate } from './rate.ts';

describe('rate', () => {
  it('is null, never 0 or NaN, on a zero denominator', () => {
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(rate(5, 0).value).toBeNull();
  });

  it('rounds to 4 decimals half away from zero, exactly', () => {
    expect(rate(1, 3).value).toBe(0.3333);
    expect(rate(2, 3).value).toBe(0.6667);
    // 1/20000 = 0.00005 exactly: a half, which must go up
    expect(rate(1, 20_000).value).toBe(0.0001);
    // 0.00015 (3/20000): binary floating point holds it as 0.000149999…, still a half
    expect(rate(3, 20_000).value).toBe(0.0002);
    expect(rate(-1, 20_000).value).toBe(-0.0001);
  });

  it('keeps the exact fraction', () => {
    expect(rate(12, 40)).toEqual({ numerator: 12, denominator: 40, value: 0.3 });
    expect(rate(40n, 40n).value).toBe(1);
  });
});
