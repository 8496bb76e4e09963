// Standalone demand platform for the dev stack and benchmarks:
//   node infra/dev/simulators/src/demand-platform/main.ts --port 7201 --key dev-key --secret dev-secret
// Prints `ready URL` once listening, so a supervising script can wait for it.
// --demands 1800000 gives about 10 M events; they are generated as pages are
// asked for (see feed.ts), so memory stays small.
import { parseArgs } from 'node:util';
import { startDemandPlatformSimulator } from './server.ts';
import type { DemandFaults } from './faults.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7201' },
    key: { type: 'string' },
    secret: { type: 'string' },
    seed: { type: 'string', default: '1' },
    demands: { type: 'string', default: '2000' },
    /** JSON DemandFaults, e.g. '{"poison":{"every":200}}' for a demo of quarantine. */
    faults: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`demand-platform simulator: ${message}`);
  process.exit(2);
}

const port = Number(values.port);
const demands = Number(values.demands);
if (!values.key || !values.secret) fail('--key and --secret are required');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, got ${values.port}`);
if (!Number.isInteger(demands) || demands < 0) fail(`--demands must be an integer ≥ 0, got ${values.demands}`);
let faults: DemandFaults | undefined;
try {
  faults = values.faults ? (JSON.parse(values.faults) as DemandFaults) : undefined;
} catch (err) {
  fail(`--faults is not JSON: ${String(err)}`);
}

const sim = await startDemandPlatformSimulator({
  apiKey: values.key,
  secret: values.secret,
  port,
  seed: /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed,
  demands,
  faults,
});
console.log(`ready ${sim.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void sim.stop().then(() => process.exit(0)));
}
