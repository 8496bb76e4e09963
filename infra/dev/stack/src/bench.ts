// `pnpm bench`: the benchmarks of the platform in one run, on one embedded
// ClickHouse engine.
//  1. ingest: 1 M district records and 10 M demand events through the real
//     path, against the bare limit measured in the same run (ratio);
//  2. public endpoints: the built dashboard in front of that data (thinned
//     to ~100 k enterprises, plus demo visits and projects): p50/p95 warm and
//     cold per endpoint, and the pages' JavaScript gzipped.
//   pnpm bench [-- --records N --events N --runs N]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedClickHouse } from '@liaison/embedded-clickhouse';
import { repoRoot } from '@liaison/config';
import { benchDemandEvents, benchDistrictRecords } from '@liaison/ingest/bench';
import { createClickHouseClient, migrate, publishSourcesFile } from '@liaison/warehouse';
import { freePort } from './index.ts';
import { benchData } from './bench-data.ts';
import { startingServer, waitForHttp } from './wait-http.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    events: { type: 'string', default: '10000000' },
    runs: { type: 'string', default: '40' },
  },
});

const REPO = repoRoot();
const dataDir = await mkdtemp(join(tmpdir(), 'liaison-bench-'));
const server = await startEmbeddedClickHouse({ dataDir });
try {
  const settings = { url: server.url, user: 'default', password: '', database: 'bench' };
  await migrate(settings);
  const ch = createClickHouseClient(settings);
  console.log(`Node ${process.version}; ClickHouse engine at ${server.url}\n`);
  console.log('== 1. ingest ==\n');
  await benchDistrictRecords(ch, Number(values.records));
  await benchDemandEvents(ch, Number(values.events));

  console.log('== 2. public endpoints ==\n');
  const sourcesFile = join(dataDir, 'sources.json');
  await writeFile(sourcesFile, JSON.stringify({ sources: await benchData(ch) }));
  await publishSourcesFile(ch, sourcesFile, 'bench'); // the dashboard reads the applied version
  await ch.close();
  const dashboard = join(REPO, 'apps/dashboard');
  if (!existsSync(join(dashboard, 'build/index.js'))) {
    spawnSync('pnpm', ['--filter', '@liaison/dashboard', 'build'], { stdio: 'inherit', cwd: REPO });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [join(REPO, 'apps/serve/src/dashboard-server.ts')], {
    cwd: dashboard,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      CLICKHOUSE_URL: server.url,
      CLICKHOUSE_DATABASE: 'bench',
      SOURCES_FILE: sourcesFile,
      LIAISON_RATE_LIMIT: '0', // the benchmark is one client asking as fast as it can
    },
  });
  try {
    await waitForHttp(`${base}/`, startingServer('dashboard', app));
    spawnSync(process.execPath, [join(dashboard, 'bench/endpoints.ts'), '--base', base, '--runs', values.runs], {
      stdio: 'inherit',
      cwd: REPO,
    });
  } finally {
    app.kill('SIGTERM');
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
