// Nightly slices: every demo record lands in exactly one night's export.
import { describe, expect, it } from 'vitest';
import { demoDistrict } from '../demo-data/district.ts';
import { nightlySlices } from './days.ts';

const data = demoDistrict({ district: 'futian', seed: 7, enterprises: 40, visits: 80, projects: 30 });

describe('nightlySlices', () => {
  it('cuts every record into exactly one night, in updated_at order, days increasing', () => {
    const nights = nightlySlices(data, 3);
    expect(nights.map((n) => n.date)).toEqual([...nights.map((n) => n.date)].sort());
    expect(new Set(nights.map((n) => n.date)).size).toBe(3);
    for (const c of ['enterprises', 'visits', 'projects'] as const) {
      expect(nights.reduce((sum, n) => sum + n.data[c].length, 0)).toBe(data[c].length);
      const lastOf0 = Math.max(...nights[0]!.data[c].map((r) => Date.parse(r.updated_at)));
      expect(nights[1]!.data[c].every((r) => Date.parse(r.updated_at) >= lastOf0)).toBe(true);
    }
  });
});
