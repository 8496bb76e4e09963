// Splits a district's demo data into nightly exports: each file holds the
// records changed since the previous export (sources.md §1b), so records are
// cut by `updated_at` into consecutive slices, one per night, and each night's
// file is dated the day after its last change.
import { COLLECTIONS } from '@liaison/schemas';
import { DAY_MS, toShanghaiDate } from '../demo-data/time.ts';
import type { DemoDistrictData } from '../demo-data/types.ts';

export interface NightlySlice {
  /** Export day `YYYY-MM-DD`. */
  date: string;
  data: DemoDistrictData;
}

const ms = (r: { updated_at: string }) => Date.parse(r.updated_at);

/** `nights` consecutive slices by `updated_at`; export days strictly increase. */
export function nightlySlices(data: DemoDistrictData, nights: number): NightlySlice[] {
  if (!Number.isInteger(nights) || nights < 1) throw new RangeError(`nights must be a positive integer, got ${nights}`);
  const sorted = {
    enterprises: [...data.enterprises].sort((a, b) => ms(a) - ms(b)),
    visits: [...data.visits].sort((a, b) => ms(a) - ms(b)),
    projects: [...data.projects].sort((a, b) => ms(a) - ms(b)),
  };
  const part = <T>(items: T[], n: number) =>
    items.slice(Math.floor((items.length * n) / nights), Math.floor((items.length * (n + 1)) / nights));
  const slices: NightlySlice[] = [];
  let last = 0;
  for (let n = 0; n < nights; n++) {
    const slice = { enterprises: part(sorted.enterprises, n), visits: part(sorted.visits, n), projects: part(sorted.projects, n) };
    const latest = Math.max(0, ...COLLECTIONS.flatMap((c) => slice[c].map(ms)));
    const day = Math.max(latest + DAY_MS, last + DAY_MS);
    last = day;
    slices.push({ date: toShanghaiDate(day), data: slice });
  }
  return slices;
}
