// The container health check of the image (compose's healthcheck, the chart's
// worker probe): `node infra/deploy/healthcheck.ts dashboard` asks the
// dashboard for /api/v1/definitions on its port; `… worker` checks that a
// worker process (workflows/ingest/src/worker-main.ts) is running in the
// container, since the worker serves no HTTP port of its own. Exits 0 when
// healthy, 1 saying why not.
import { readdirSync, readFileSync } from 'node:fs';

const role = process.argv[2];

function workerRunning(): boolean {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('worker-main.ts')) return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

async function dashboardAnswers(): Promise<boolean> {
  const port = process.env['LIAISON_DASHBOARD_PORT'] || '5173';
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/definitions`, { signal: AbortSignal.timeout(5000) });
  return res.ok;
}

if (role === 'worker') {
  if (!workerRunning()) {
    console.error('unhealthy: no worker process (worker-main.ts) is running');
    process.exit(1);
  }
} else if (role === 'dashboard') {
  const ok = await dashboardAnswers().catch(() => false);
  if (!ok) {
    console.error('unhealthy: the dashboard did not answer /api/v1/definitions with 200');
    process.exit(1);
  }
} else {
  console.error(`usage: node infra/deploy/healthcheck.ts worker|dashboard (got ${role ?? 'nothing'})`);
  process.exit(2);
}
