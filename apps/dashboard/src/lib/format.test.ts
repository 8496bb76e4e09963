import { describe, expect, it } from 'vitest';
import { formatInt, formatRate, formatTime, oldestAsOf } from './format.ts';

describe('formatRate', () => {
  it('shows one decimal, rounding halves away from zero', () => {
    expect(formatRate(0.662)).toBe('66.2%');
    expect(formatRate(0.6624)).toBe('66.2%');
    expect(formatRate(0.6625)).toBe('66.3%');
    expect(formatRate(0.0005)).toBe('0.1%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
  });
  it('shows a dash, never 0 %, for a rate without a denominator', () => {
    expect(formatRate(null)).toBe('—');
  });
});

describe('formatInt', () => {
  it('groups thousands in both languages', () => {
    expect(formatInt(3412, 'zh')).toBe('3,412');
    expect(formatInt(3412, 'en')).toBe('3,412');
  });
});

describe('formatTime', () => {
  it('shows China Standard Time', () => {
    expect(formatTime('2026-11-24T18:30:00.000Z')).toBe('2026-11-25 02:30');
  });
  it('gives null for a missing or broken time', () => {
    expect(formatTime(null)).toBeNull();
    expect(formatTime('not a time')).toBeNull();
  });
});

describe('oldestAsOf', () => {
  it('is the oldest source time', () => {
    expect(oldestAsOf({ a: '2026-11-24T10:00:00Z', b: '2026-11-24T08:00:00Z' })).toBe('2026-11-24T08:00:00Z');
  });
  it('is null when a source never synced', () => {
    expect(oldestAsOf({ a: '2026-11-24T10:00:00Z', b: null })).toBeNull();
  });
});
