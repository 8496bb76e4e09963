// Standalone drop-folder writer for the dev stack:
//   node infra/dev/simulators/src/district-files/main.ts --dir .data/drops/futian --district futian
// Writes `--days` nights (default 3) of export files from the seeded demo
// data, each night in another dialect: CSV UTF-8 with BOM; XLSX with serial
// dates, shuffled and extra columns, grouped numbers, codes mixed with names;
// CSV GB18030 with mixed date forms. `--poison last|all|none` (default last)
// slips poison rows in; `--corrected` then re-delivers the last night's files
// corrected under the same names. Options: --seed, --enterprises, --visits, --projects.
import { parseArgs } from 'node:util';
import { writeDemoDrops } from './demo-drops.ts';

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
  const poison = values.poison;
  if (poison !== 'last' && poison !== 'all' && poison !== 'none') throw new Error('--poison must be last, all or none');
  const count = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const written = await writeDemoDrops({
    dir: values.dir,
    district: values.district,
    seed: values.seed,
    days: Number(values.days),
    poison,
    corrected: values.corrected,
    sizes: { enterprises: count(values.enterprises), visits: count(values.visits), projects: count(values.projects) },
  });
  for (const f of written) {
    const what = [
      f.encoding ?? 'xlsx',
      `${f.rows} rows`,
      f.poison.length ? `${f.poison.length} poison` : '',
      f.corrected ? 'corrected' : '',
    ];
    console.log(`wrote ${f.path} (${what.filter(Boolean).join(', ')})`);
  }
}

if (import.meta.main) {
  main().catch((err: unknown) => {
    console.error(`district-files simulator: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
