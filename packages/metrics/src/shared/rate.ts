// Rates as metrics.md publishes them: the exact fraction, plus a number rounded
// to 4 decimals half away from zero, computed on integers so that binary
// floating point never decides a rounding. A zero denominator gives null.
// The type is the API's Rate schema (response.ts): one definition.
import type { z } from 'zod';
import type { rateSchema } from './response.ts';

export type Rate = z.output<typeof rateSchema>;

export function rate(numerator: number | bigint, denominator: number | bigint): Rate {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) return { numerator: Number(n), denominator: 0, value: null };
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  // round(an * 10^4 / ad) with halves going up (away from zero on magnitudes)
  const scaled = (an * 20_000n + ad) / (2n * ad);
  const magnitude = Number(scaled) / 10_000;
  return { numerator: Number(n), denominator: Number(d), value: negative && magnitude !== 0 ? -magnitude : magnitude };
}
