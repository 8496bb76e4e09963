// Test helpers: a deployment of `npm run serve` processes, as production
// runs it, on a database and task queue of its own (on the test run's
// ClickHouse and Temporal): dashboard replicas behind a round-robin front and
// worker processes, its first operator set by environment, member tokens
// issued. Used by the replicas test and the login-throttling security test.
import { randomBytes } from 'node:crypto';
import { expect, inject } from 'vitest';
import { freePorts } from '@liaison/temporal-dev';
import { issueMemberToken, type ClickHouseClient } from '@liaison/warehouse';
import { createTestDatabase } from '@liaison/warehouse/testing';
import { startRoundRobin, type RoundRobinFront } from './test-round-robin.ts';
import { answers, startServe, type ServeProcess } from './test-serve.ts';

export interface Deployment {
  url: string;
  env: Record<string, string>;
  ch: ClickHouseClient;
  tokens: Map<string, string>;
  front?: RoundRobinFront;
  stop(): Promise<void>;
}

/** What a deployment is set up with: the sources file serve applies, the members given tokens, the first operator. */
export interface DeploymentSetup {
  sourcesFile: string;
  members: ReadonlyArray<{ member_id: string; unit_name: string }>;
  operator?: { name: string; password: string };
}

export const TEST_OPERATOR = { name: 'replica.ops', password: 'replica-password-1' };

/** A deployment on its own database and task queue: `dashboards` replicas (behind a front when more than one) and `workers` worker processes. */
export async function deploy(shape: { dashboards: number; workers: number }, setup: DeploymentSetup): Promise<Deployment> {
  const operator = setup.operator ?? TEST_OPERATOR;
  const db = await createTestDatabase(inject('clickhouseUrl'));
  const ports = await freePorts(shape.dashboards + 1, '127.0.0.1');
  const frontless = shape.dashboards === 1;
  const env: Record<string, string> = {
    CLICKHOUSE_URL: inject('clickhouseUrl'),
    CLICKHOUSE_DATABASE: db.settings.database,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    LIAISON_TASK_QUEUE: `test-replicas-${randomBytes(4).toString('hex')}`,
    HOST: '127.0.0.1',
    SOURCES_FILE: setup.sourcesFile,
    REPLICA_DISTRICT_TOKEN: 't',
    REPLICA_DEMAND_KEY: 'k',
    REPLICA_DEMAND_SECRET: 's',
    LIAISON_SESSION_SECRET: randomBytes(32).toString('base64url'),
    LIAISON_OPS_USER: operator.name,
    LIAISON_OPS_PASSWORD: operator.password,
    LIAISON_LOG_LEVEL: 'WARN',
  };
  const tokens = new Map<string, string>();
  for (const m of setup.members) tokens.set(m.member_id, await issueMemberToken(db.ch, m));

  const processes: ServeProcess[] = [];
  let front: RoundRobinFront | undefined;
  let url: string;
  if (frontless && shape.workers === 1) {
    url = `http://127.0.0.1:${ports[0]}`;
    processes.push(startServe([], { ...env, LIAISON_DASHBOARD_PORT: String(ports[0]) }));
  } else {
    const worker = startServe(['--role', 'worker', '--workers', String(shape.workers)], env);
    processes.push(worker);
    // the workers' host applies the sources once; the dashboards start after it
    await expect.poll(() => worker.output(), { timeout: 60_000 }).toContain('"serving: worker 1');
    const upstreams = ports.slice(0, shape.dashboards).map((p) => `http://127.0.0.1:${p}`);
    front = await startRoundRobin(upstreams);
    for (const p of ports.slice(0, shape.dashboards)) {
      processes.push(startServe(['--role', 'dashboard'], { ...env, LIAISON_DASHBOARD_PORT: String(p) }));
    }
    for (const u of upstreams) await answers(`${u}/api/v1/definitions`);
    url = front.url;
  }
  await answers(`${url}/api/v1/definitions`);
  return {
    url,
    env,
    ch: db.ch,
    tokens,
    front,
    async stop() {
      const codes = await Promise.all(processes.map((p) => p.stop()));
      await front?.stop();
      await db.ch.close();
      expect(
        codes.every((c) => c === 0),
        processes.map((p) => p.output()).join('\n'),
      ).toBe(true);
    },
  };
}
