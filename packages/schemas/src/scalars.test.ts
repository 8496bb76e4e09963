import { describe, expect, it } from 'vitest';
import { isIsoDate, isoToUtc, normaliseDecimal, wanToYuan } from './scalars.ts';

describe('isIsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-05-17')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-5-17')).toBe(false);
    expect(isIsoDate('0204-05-17')).toBe(false);
    expect(isIsoDate('2024-05-17T00:00:00Z')).toBe(false);
  });
});

describe('isoToUtc', () => {
  it('normalises offsets to UTC with milliseconds', () => {
    expect(isoToUtc('2024-05-17T09:30:00+08:00')).toBe('2024-05-17T01:30:00.000Z');
    expect(isoToUtc('2024-05-17T01:30:00Z')).toBe('2024-05-17T01:30:00.000Z');
    expect(isoToUtc('2024-05-17T09:30+08:00')).toBe('2024-05-17T01:30:00.000Z');
    expect(isoToUtc('2024-05-17T09:30:00.1234567+08:00')).toBe('2024-05-17T01:30:00.123Z');
    expect(isoToUtc('2024-01-01T02:00:00+08:00')).toBe('2023-12-31T18:00:00.000Z');
    expect(isoToUtc('2024-05-17T09:30:00-05:30')).toBe('2024-05-17T15:00:00.000Z');
  });

  it('rejects timestamps without an offset or with impossible fields', () => {
    for (const s of [
      '2024-05-17T09:30:00',
      '2024-05-17 09:30:00+08:00',
      '2024-05-17',
      '2024-02-30T00:00:00Z',
      '2024-05-17T24:00:00Z',
      '2024-05-17T09:60:00Z',
      '2024-05-17T09:30:00+0800',
      '2024-05-17T09:30:00+24:00',
      '2024-05-17t09:30:00z',
      '',
    ]) {
      expect(isoToUtc(s), s).toBeNull();
    }
  });
});

describe('normaliseDecimal', () => {
  const ok = (v: string | number) => {
    const r = normaliseDecimal(v);
    return r.ok ? r.value : `ERR ${r.reason}`;
  };
  it('keeps the exact decimal of strings and JSON numbers', () => {
    expect(ok('12500.5')).toBe('12500.5');
    expect(ok(12500.5)).toBe('12500.5');
    expect(ok(0.1)).toBe('0.1');
    expect(ok(1234.5678)).toBe('1234.5678');
    expect(ok('012500.5000')).toBe('12500.5');
    expect(ok('0')).toBe('0');
    expect(ok(0)).toBe('0');
    expect(ok(-0)).toBe('0');
    expect(ok('0.0000')).toBe('0');
    expect(ok('99999999999999.9999')).toBe('99999999999999.9999');
    expect(ok('1.25e3')).toBe('1250');
    expect(ok('125E-4')).toBe('0.0125');
    expect(ok(1e13)).toBe('10000000000000');
  });

  it('rejects negatives, more than 4 decimals, NaN, infinities and junk', () => {
    expect(ok('-1')).toMatch(/≥ 0/);
    expect(ok(-0.5)).toMatch(/≥ 0/);
    expect(ok('1.23456')).toMatch(/more than 4 decimals/);
    expect(ok(0.00001)).toMatch(/more than 4 decimals/); // String(0.00001) = "0.00001"
    expect(ok(1e-7)).toMatch(/more than 4 decimals/); // String(1e-7) = "1e-7"
    expect(ok(0.1 + 0.2)).toMatch(/more than 4 decimals/); // 0.30000000000000004
    expect(ok(Number.NaN)).toMatch(/finite/);
    expect(ok(Number.POSITIVE_INFINITY)).toMatch(/finite/);
    for (const s of ['', ' 1', '1,000', '.5', '5.', '+5', '0x10', 'NaN', 'Infinity', '1e', '一万'])
      expect(ok(s), s).toMatch(/not a decimal/);
    expect(ok('1e21')).toMatch(/too large/);
    expect(ok(1e21)).toMatch(/too large/);
    expect(ok('1e99999')).toMatch(/out of range/);
  });
});

describe('wanToYuan', () => {
  it('multiplies by 10,000 exactly', () => {
    expect(wanToYuan('12500.5')).toBe('125005000');
    expect(wanToYuan('0.0001')).toBe('1');
    expect(wanToYuan('0')).toBe('0');
    expect(wanToYuan('99999999999999.9999')).toBe('999999999999999999');
  });
});
