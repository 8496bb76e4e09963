// Standalone drop-folder writer for the dev stack:
//   node packages/simulators/src/district-files/main.ts --dir .data/drops/futian --district futian
// Writes `--days` nights (default 3) of export files from the seeded demo
// data, each night in another dialect: CSV UTF-8 with BOM; XLSX with serial
// dates, shuffled and extra columns, grouped numbers, codes mixed with names;
// CSV GB18030 with mixed date forms. `--poison last|all|none` (default last)
// slips poison rows in; `--corrected` then re-delivers the last night's files
// corrected under the same names. Options: --seed, --enterprises, --visits, --projects.
import { parseArgs } from 'node:util';
import { demoDistrict } from '../demo-data/district.ts';
import { nightlySlices } from './days.ts';
import { writeDistrictDrop, type DistrictDropOptions } from './drop.ts';

type Dialect = Pick<DistrictDropOptions, 'format' | 'encoding' | 'style'>;

const DIALECTS: readonly Dialect[] = [
  { format: 'csv', encoding: 'utf-8-bom', style: { enums: 'name', dates: 'iso' } },
  { format: 'xlsx', style: { shuffleColumns: true, extraColumns: true, dates: 'serial', thousands: true, enums: 'mixed' } },
  { format: 'csv', encoding: 'gb18030', style: { shuffleColumns: true, extraColumns: true, dates: 'mixed', thousands: true, enums: 'mixed' } },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      district: { type: 'string' },
      seed: { type: 'string', default: '1' },
      days: { type: 'string', default: '3' },
      poison: { type: 'string', default: 'last' },
      corrected: { type: 'boolean', default: false },
      enterprises: { type: 'string' },
      visits: { type: 'string' },
      projects: { type: 'string' },
    },
  });
  if (!values.dir || !values.district) throw new Error('--dir and --district are required');
  if (!['last', 'all', 'none'].includes(values.poison)) throw new Error('--poison must be last, all or none');
  const count = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const data = demoDistrict({
    district: values.district,
    seed: values.seed,
    enterprises: count(values.enterprises),
    visits: count(values.visits),
    projects: count(values.projects),
  });
  const slices = nightlySlices(data, Number(values.days));
  for (const [n, slice] of slices.entries()) {
    const isLast = n === slices.length - 1;
    const poison = values.poison === 'all' || (values.poison === 'last' && isLast);
    const base = { dir: values.dir, district: values.district, seed: values.seed, date: slice.date, data: slice.data, ...DIALECTS[n % DIALECTS.length]! };
    const deliveries = isLast && values.corrected ? [false, true] : [false];
    for (const corrected of deliveries) {
      for (const f of await writeDistrictDrop({ ...base, faults: { poison, corrected } })) {
        const what = [f.encoding ?? 'xlsx', `${f.rows} rows`, f.poison.length ? `${f.poison.length} poison` : '', corrected ? 'corrected' : ''];
        console.log(`wrote ${f.path} (${what.filter(Boolean).join(', ')})`);
      }
    }
  }
}

if (import.meta.main) {
  main().catch((err: unknown) => {
    console.error(`district-files simulator: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
