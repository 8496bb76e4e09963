import { describe, expect, it } from 'vitest';
import { laterCursor } from './cursor-order.ts';

describe('laterCursor', () => {
  it('keeps the later timestamp', () => {
    expect(laterCursor('2024-05-17T01:30:00.000Z', '2024-05-16T23:00:00.000Z')).toBe('2024-05-17T01:30:00.000Z');
    expect(laterCursor(null, '2024-05-16T23:00:00.000Z')).toBe('2024-05-16T23:00:00.000Z');
    expect(laterCursor('2024-05-16T23:00:00.000Z', null)).toBe('2024-05-16T23:00:00.000Z');
  });
  it('compares sequence numbers as numbers, not text', () => {
    expect(laterCursor('999', '1000')).toBe('1000');
    expect(laterCursor('18446744073709551615', '2')).toBe('18446744073709551615');
  });
});
