// Standalone district API for the dev stack:
//   node infra/dev/simulators/src/district-api/main.ts --district nanshan --port 7101 --token dev-token
// Prints `ready URL` once listening. Options: --seed S, --enterprises N,
// --visits N, --projects N, --page-size N (default page size) and --faults,
// a comma list such as `overlap,rateLimit=0.05,serverError=every:7,poison=0.1`
// (name alone = every request; `=p` a probability; `=every:N` every Nth;
// `none` = no faults). Default faults: `overlap`, as real systems behave.
import { parseArgs } from 'node:util';
import type { DistrictApiFaults, FaultName, FaultTrigger } from './faults.ts';
import { startDistrictApiSimulator } from './server.ts';

const FAULTS: readonly string[] = ['unauthorized', 'rateLimit', 'serverError', 'badJson', 'slow', 'poison', 'duplicates', 'overlap'];

export function parseFaults(spec: string): DistrictApiFaults {
  const faults: DistrictApiFaults = {};
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'none')) {
    const [name = '', value] = part.split('=', 2);
    if (!FAULTS.includes(name)) throw new Error(`unknown fault "${name}" (known: ${FAULTS.join(', ')})`);
    if (name === 'overlap') {
      faults.overlap = value !== 'false';
      continue;
    }
    let trigger: FaultTrigger = {};
    if (value?.startsWith('every:')) trigger = { every: Number(value.slice(6)) };
    else if (value !== undefined) trigger = { probability: Number(value) };
    if (Object.values(trigger).some((n) => !Number.isFinite(n))) throw new Error(`bad value in fault "${part}"`);
    Object.assign(faults, { [name as FaultName]: name === 'slow' ? { ...trigger, delayMs: 5000 } : trigger });
  }
  return faults;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      district: { type: 'string' },
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      seed: { type: 'string', default: '1' },
      enterprises: { type: 'string' },
      visits: { type: 'string' },
      projects: { type: 'string' },
      'page-size': { type: 'string' },
      faults: { type: 'string', default: 'overlap' },
    },
  });
  if (!values.district || !values.token) throw new Error('--district and --token are required');
  const count = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const sim = await startDistrictApiSimulator({
    district: values.district,
    token: values.token,
    port: Number(values.port),
    host: values.host,
    seed: values.seed,
    sizes: { enterprises: count(values.enterprises), visits: count(values.visits), projects: count(values.projects) },
    faults: parseFaults(values.faults),
    defaultPageSize: count(values['page-size']),
  });
  console.log(`ready ${sim.url}`);
  const shutdown = () => void sim.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (import.meta.main) {
  main().catch((err: unknown) => {
    console.error(`district-api simulator: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
