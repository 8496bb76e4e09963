// `npm run serve` against the test run's ClickHouse and Temporal (named by
// env, so serve starts no engine): the dashboard answers, nothing is synced
// and no demo member exists until a sync is asked for, a sync then runs on
// serve's worker, the first operator is set up once and never a second one,
// SOURCES_FILE is applied once when nothing was applied yet,
// `--role worker --workers 2` and `--role dashboard` each run alone, and
// SIGTERM drains every role with exit 0. The worker's ingest lines are JSON
// with the run id, source and workflow id.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTemporalEnv } from '@liaison/config';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { connectTemporal, runSync, startSync } from '@liaison/temporal-client';
import { addOperator, appliedSources, countOperators, findOperator, type ClickHouseClient } from '@liaison/warehouse';
import { createTestDatabase } from '@liaison/warehouse/testing';
import { freePorts } from '@liaison/temporal-dev';
import { dashboardEntry } from './roles.ts';
import { answers, startServe as serveWith } from './test-serve.ts';

const startServe = (args: string[], extraEnv: Record<string, string> = {}) => serveWith(args, { ...env, ...extraEnv });

const sourceId = `serve-${randomBytes(4).toString('hex')}`;
const taskQueue = `test-serve-${randomBytes(4).toString('hex')}`;

let ch: ClickHouseClient;
let sim: DistrictApiSimulator;
let env: Record<string, string>;

const count = async (table: string): Promise<number> => {
  const rs = await ch.query({ query: `SELECT count() AS n FROM ${table}`, format: 'JSONEachRow' });
  return Number((await rs.json<{ n: string }>())[0]?.n);
};

async function syncOnce() {
  const client = await connectTemporal(parseTemporalEnv(env));
  try {
    return await runSync(client, taskQueue, { sourceId, mode: 'manual' });
  } finally {
    await client.connection.close();
  }
}

beforeAll(async () => {
  if (!existsSync(dashboardEntry()))
    throw new Error(`build the dashboard first (pnpm --filter @liaison/dashboard build): ${dashboardEntry()} is missing`);
  const db = await createTestDatabase(inject('clickhouseUrl'));
  ch = db.ch;
  sim = await startDistrictApiSimulator({ district: 'nanshan', token: 't', sizes: { enterprises: 5, visits: 5, projects: 5 } });
  const sourcesFile = join(await mkdtemp(join(tmpdir(), 'serve-')), 'sources.json');
  const source = { id: sourceId, kind: 'district-api', district: 'nanshan', baseUrl: sim.url, tokenEnv: 'SERVE_T', schedule: '0 2 * * *' };
  await writeFile(sourcesFile, JSON.stringify({ sources: [source] }));
  const [port] = await freePorts(1, '127.0.0.1');
  env = {
    CLICKHOUSE_URL: inject('clickhouseUrl'),
    CLICKHOUSE_DATABASE: db.settings.database,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    LIAISON_TASK_QUEUE: taskQueue,
    LIAISON_DASHBOARD_PORT: String(port),
    HOST: '127.0.0.1',
    SOURCES_FILE: sourcesFile,
    SERVE_T: 't',
    LIAISON_SESSION_SECRET: randomBytes(32).toString('base64url'),
    LIAISON_OPS_USER: 'first.operator',
    LIAISON_OPS_PASSWORD: 'first-password-1',
    LIAISON_LOG_LEVEL: 'INFO',
  };
});
afterAll(async () => {
  await sim?.stop();
  await ch?.close();
});

describe('npm run serve', () => {
  it('serves the dashboard, syncs nothing by itself, runs a sync when asked, and drains on SIGTERM with exit 0', async () => {
    const serve = startServe([]);
    const url = `http://127.0.0.1:${env['LIAISON_DASHBOARD_PORT']}`;
    await answers(`${url}/api/v1/definitions`);
    expect(await count('sync_runs')).toBe(0);
    expect(await count('member_units')).toBe(0);
    expect(await findOperator(ch, 'first.operator')).not.toBeNull(); // the first operator, from LIAISON_OPS_USER
    // nothing was applied: serve applied SOURCES_FILE once, as `sources apply` does
    expect(serve.output()).toContain('sources: nothing applied yet: applying');
    expect(await appliedSources(ch)).toMatchObject({ version: 1, applied_by: 'serve (first start)' });
    expect(sim.requests).toEqual([]);

    const summary = await syncOnce();
    expect(summary.status).toBe('succeeded');
    expect(summary.loaded).toBeGreaterThan(0);
    // Ingest lines are JSON, each with the run id, the source and the workflow id.
    const jsonLines = () =>
      serve
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const ingestLines = () => jsonLines().filter((l) => l['msg'] === 'page synced' || l['msg'] === 'run succeeded');
    await expect.poll(() => ingestLines().map((l) => l['msg'])).toContain('run succeeded');
    expect(ingestLines().map((l) => l['msg'])).toContain('page synced');
    for (const line of ingestLines()) {
      expect(line).toMatchObject({ level: 'info', runId: summary.runId, sourceId, workflowId: `sync-${sourceId}` });
    }

    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.output()).toContain('stopped');
  });

  it('never adds a second operator from LIAISON_OPS_USER once one exists', async () => {
    await addOperator(ch, 'first.operator', 'first-password-1'); // as the first test's serve did (same name: still one operator)
    const serve = startServe(['--role', 'worker', '--workers', '2'], {
      LIAISON_OPS_USER: 'second.operator',
      LIAISON_OPS_PASSWORD: 'second-password-2',
    });
    await expect.poll(() => serve.output(), { timeout: 60_000 }).toContain('serving: worker 1, worker 2;');
    expect(serve.output()).toContain('second.operator) is neither added nor changed');
    expect(serve.output()).toContain('sources: version 1 applied'); // and the file is not applied again
    expect(await countOperators(ch)).toBe(1);
    expect(await findOperator(ch, 'second.operator')).toBeNull();

    // --role worker alone (two processes): no dashboard, and a sync runs on them.
    expect(serve.output()).not.toContain('Listening on');
    expect((await syncOnce()).status).toBe('succeeded');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
  });

  it('runs the dashboard alone with --role dashboard, and drains it on SIGTERM with exit 0', async () => {
    const serve = startServe(['--role', 'dashboard']);
    const url = `http://127.0.0.1:${env['LIAISON_DASHBOARD_PORT']}`;
    await answers(`${url}/api/v1/definitions`);
    expect(serve.output()).toContain('serving: dashboard;');
    expect(serve.output()).not.toContain('worker polling');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
  });

  it('on SIGTERM mid-sync, the worker hands its page back and exits 0; the next worker finishes the run', async () => {
    sim.setFaults({ slow: { times: 1, delayMs: 60_000 } });
    const client = await connectTemporal(parseTemporalEnv(env));
    try {
      const first = startServe(['--role', 'worker']);
      const handle = await startSync(client, taskQueue, { sourceId, mode: 'manual', full: true });
      await expect.poll(() => sim.inFlight, { timeout: 60_000 }).toBeGreaterThan(0);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = startServe(['--role', 'worker']);
      const summary = (await handle.result()) as { status: string; received: number };
      expect(summary.status).toBe('succeeded');
      expect(summary.received).toBeGreaterThan(0);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      sim.setFaults({});
      await client.connection.close();
    }
  });
});
