// A few nights of a district's demo exports in a drop folder, each night in
// another dialect (CSV UTF-8 with BOM; XLSX with serial dates, shuffled and
// extra columns; CSV GB18030 with mixed forms), for the dev stack and the
// end-to-end tests. Deterministic per seed: writing again changes no byte of
// the CSV files (XLSX zips carry write times).
import { demoDistrict } from '../demo-data/district.ts';
import { nightlySlices } from './days.ts';
import { writeDistrictDrop, type DistrictDropOptions, type WrittenDropFile } from './drop.ts';

type Dialect = Pick<DistrictDropOptions, 'format' | 'encoding' | 'style'>;

const DIALECTS: readonly Dialect[] = [
  { format: 'csv', encoding: 'utf-8-bom', style: { enums: 'name', dates: 'iso' } },
  { format: 'xlsx', style: { shuffleColumns: true, extraColumns: true, dates: 'serial', thousands: true, enums: 'mixed' } },
  {
    format: 'csv',
    encoding: 'gb18030',
    style: { shuffleColumns: true, extraColumns: true, dates: 'mixed', thousands: true, enums: 'mixed' },
  },
];

export interface DemoDropsOptions {
  dir: string;
  district: string;
  seed?: number | string;
  days?: number;
  /** Poison rows in the last night only, in every night, or none. */
  poison?: 'last' | 'all' | 'none';
  /** Re-deliver the last night corrected under the same names. */
  corrected?: boolean;
  sizes?: { enterprises?: number; visits?: number; projects?: number };
}

export async function writeDemoDrops(o: DemoDropsOptions): Promise<WrittenDropFile[]> {
  const seed = o.seed ?? 1;
  const data = demoDistrict({ district: o.district, seed, ...o.sizes });
  const slices = nightlySlices(data, o.days ?? 3);
  const written: WrittenDropFile[] = [];
  for (const [n, slice] of slices.entries()) {
    const isLast = n === slices.length - 1;
    const poison = o.poison === 'all' || ((o.poison ?? 'last') === 'last' && isLast);
    const base = { dir: o.dir, district: o.district, seed, date: slice.date, data: slice.data, ...DIALECTS[n % DIALECTS.length]! };
    for (const corrected of isLast && o.corrected ? [false, true] : [false]) {
      written.push(...(await writeDistrictDrop({ ...base, faults: { poison, corrected } })));
    }
  }
  return written;
}
