// The dev stack switches faults with a short command-line spec; a typo must
// stop start-up rather than silently run a fault-free simulator.
import { describe, expect, it } from 'vitest';
import { parseFaults } from './main.ts';

describe('parseFaults', () => {
  it('reads names, probabilities and every-Nth triggers', () => {
    expect(parseFaults('overlap,rateLimit=0.05,serverError=every:7,poison')).toEqual({
      overlap: true,
      rateLimit: { probability: 0.05 },
      serverError: { every: 7 },
      poison: {},
    });
    expect(parseFaults('none')).toEqual({});
    expect(parseFaults('slow=every:3')).toEqual({ slow: { every: 3, delayMs: 5000 } });
  });

  it('refuses unknown faults and bad values', () => {
    expect(() => parseFaults('ratelimit')).toThrow(/unknown fault "ratelimit"/);
    expect(() => parseFaults('badJson=often')).toThrow(/bad value/);
  });
});
