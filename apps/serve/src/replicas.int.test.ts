// Any number of dashboard replicas and workers against one ClickHouse and one
// Temporal give exactly the figures one of each gives. Two dashboards behind a
// round-robin front and two worker processes take member submissions (each
// sent twice at once with one Idempotency-Key, so the copies meet on different
// replicas) while syncs of every source run; a sync started after the last
// submission was answered 201 must load it. Then every public figure, from
// each replica, equals what a single dashboard and worker, fed the same on
// their own database, publish. Logins hold across replicas, and so does the
// throttling of password guessing.
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTemporalEnv } from '@liaison/config';
import {
  demoMembers,
  startDemandPlatformSimulator,
  startDistrictApiSimulator,
  type DemandPlatformSimulator,
  type DemoSubmission,
  type DistrictApiSimulator,
} from '@liaison/simulators';
import { connectTemporal, runSync } from '@liaison/temporal-client';
import { issueMemberToken, type ClickHouseClient } from '@liaison/warehouse';
import { createTestDatabase } from '@liaison/warehouse/testing';
import { freePorts } from '@liaison/temporal-dev';
import { startRoundRobin, type RoundRobinFront } from './test-round-robin.ts';
import { answers, startServe, type ServeProcess } from './test-serve.ts';

const tag = randomBytes(4).toString('hex');
const ids = { district: `rep-${tag}-nanshan`, demands: `rep-${tag}-demands`, members: `rep-${tag}-members` };
const FIGURES = [
  '/api/v1/metrics/coverage',
  '/api/v1/metrics/coverage?district=nanshan',
  '/api/v1/metrics/coverage?period=2024',
  '/api/v1/metrics/demands',
  '/api/v1/metrics/demands?district=nanshan',
  '/api/v1/metrics/investment',
  '/api/v1/metrics/investment?district=nanshan',
];
const members = demoMembers({ seed: `replicas-${tag}`, count: 6 });
const operator = { name: 'replica.ops', password: 'replica-password-1' };

let district: DistrictApiSimulator;
let demands: DemandPlatformSimulator;
let sourcesFile: string;

interface Deployment {
  url: string;
  env: Record<string, string>;
  ch: ClickHouseClient;
  tokens: Map<string, string>;
  front?: RoundRobinFront;
  stop(): Promise<void>;
}

/** A deployment on its own database and task queue: `dashboards` replicas (behind a front when more than one) and `workers` worker processes. */
async function deploy(shape: { dashboards: number; workers: number }): Promise<Deployment> {
  const db = await createTestDatabase(inject('clickhouseUrl'));
  const ports = await freePorts(shape.dashboards + 1, '127.0.0.1');
  const frontless = shape.dashboards === 1;
  const env: Record<string, string> = {
    CLICKHOUSE_URL: inject('clickhouseUrl'),
    CLICKHOUSE_DATABASE: db.settings.database,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    LIAISON_TASK_QUEUE: `test-replicas-${randomBytes(4).toString('hex')}`,
    HOST: '127.0.0.1',
    SOURCES_FILE: sourcesFile,
    REPLICA_DISTRICT_TOKEN: 't',
    REPLICA_DEMAND_KEY: 'k',
    REPLICA_DEMAND_SECRET: 's',
    LIAISON_SESSION_SECRET: randomBytes(32).toString('base64url'),
    LIAISON_OPS_USER: operator.name,
    LIAISON_OPS_PASSWORD: operator.password,
    LIAISON_LOG_LEVEL: 'WARN',
  };
  const tokens = new Map<string, string>();
  for (const m of members) tokens.set(m.member_id, await issueMemberToken(db.ch, m));

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

async function sync(d: Deployment, sourceId: string) {
  const client = await connectTemporal(parseTemporalEnv(d.env));
  try {
    const summary = await runSync(client, d.env['LIAISON_TASK_QUEUE']!, { sourceId, mode: 'manual' });
    expect(summary, `sync of ${sourceId}`).toMatchObject({ status: 'succeeded' });
    return summary;
  } finally {
    await client.connection.close();
  }
}

/** POSTs one submission with a key; `copies` at once, as a client retrying before the first answer would. */
async function post(d: Deployment, memberId: string, s: DemoSubmission, copies: number) {
  const key = `${memberId}:${s.kind}:${s.period}`;
  const send = () =>
    fetch(`${d.url}/api/v1/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${d.tokens.get(memberId)}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(s),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
  const answersOf = await Promise.all(Array.from({ length: copies }, send));
  for (const a of answersOf) expect(a, `${key}: ${JSON.stringify(a.body)}`).toEqual(answersOf[0]);
  expect(answersOf[0]!.status).toBe(201);
}

/** Every submission posted while syncs of every source run; then a members sync started after the last 201. */
async function exercise(d: Deployment, copies: number): Promise<void> {
  const posting = (async () => {
    for (const m of members) await Promise.all(m.submissions.map((s) => post(d, m.member_id, s, copies)));
  })();
  await Promise.all([posting, sync(d, ids.district), sync(d, ids.demands), sync(d, ids.members)]);
  await sync(d, ids.members);
}

/** A figure as published, without its sync times (the two deployments synced at different moments). */
async function figure(url: string): Promise<unknown> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  const body = (await res.json()) as Record<string, unknown>;
  const { as_of: _asOf, ...rest } = body;
  return rest;
}

const count = async (ch: ClickHouseClient, sql: string) =>
  Number((await (await ch.query({ query: sql, format: 'JSONEachRow' })).json<{ n: string }>())[0]?.n);

beforeAll(async () => {
  district = await startDistrictApiSimulator({ district: 'nanshan', token: 't', sizes: { enterprises: 40, visits: 60, projects: 20 } });
  demands = await startDemandPlatformSimulator({ apiKey: 'k', secret: 's', seed: `replicas-${tag}`, demands: 150 });
  sourcesFile = join(await mkdtemp(join(tmpdir(), 'replicas-')), 'sources.json');
  const sources = [
    {
      id: ids.district,
      kind: 'district-api',
      district: 'nanshan',
      baseUrl: district.url,
      tokenEnv: 'REPLICA_DISTRICT_TOKEN',
      schedule: '0 2 * * *',
    },
    {
      id: ids.demands,
      kind: 'demand-platform',
      baseUrl: demands.url,
      apiKeyEnv: 'REPLICA_DEMAND_KEY',
      secretEnv: 'REPLICA_DEMAND_SECRET',
      schedule: '0 2 * * *',
    },
    { id: ids.members, kind: 'member-inbox', schedule: '0 2 * * *' },
  ];
  await writeFile(sourcesFile, JSON.stringify({ sources }));
});
afterAll(async () => {
  await district?.stop();
  await demands?.stop();
});

describe('two dashboard replicas and two workers', () => {
  let single: Record<string, unknown>;

  it('one dashboard and one worker: the figures to compare with', async () => {
    const d = await deploy({ dashboards: 1, workers: 1 });
    try {
      await exercise(d, 1);
      single = {};
      for (const path of FIGURES) single[path] = await figure(`${d.url}${path}`);
    } finally {
      await d.stop();
    }
  });

  it('publish the same figures from every replica, with every submission loaded once', async () => {
    expect(single, 'the single deployment ran first').toBeDefined();
    const d = await deploy({ dashboards: 2, workers: 2 });
    try {
      await exercise(d, 2);
      // each copy of a submission met the other on another replica: one stored per key
      const posted = members.reduce((n, m) => n + m.submissions.length, 0);
      expect(await count(d.ch, 'SELECT count() AS n FROM submissions FINAL')).toBe(posted);
      for (const path of FIGURES) {
        // asked twice through the front: once of each replica
        expect(await figure(`${d.url}${path}`), path).toEqual(single[path]);
        expect(await figure(`${d.url}${path}`), path).toEqual(single[path]);
      }
      expect(d.front!.served.every((n) => n > FIGURES.length)).toBe(true);
    } finally {
      await d.stop();
    }
  });

  it('hold a login, and count failed logins, across replicas', async () => {
    const d = await deploy({ dashboards: 2, workers: 1 });
    try {
      const form = (fields: Record<string, string>, cookie = '') =>
        ({
          method: 'POST',
          redirect: 'manual',
          headers: {
            origin: d.url,
            accept: 'text/html',
            'content-type': 'application/x-www-form-urlencoded',
            ...(cookie ? { cookie } : {}),
          },
          body: new URLSearchParams(fields).toString(),
        }) satisfies RequestInit;
      // a member signs in on one replica; the session cookie opens the portal on both
      const [member] = members;
      const login = await fetch(`${d.url}/members/login`, form({ token: d.tokens.get(member!.member_id)! }));
      expect(login.status, await login.clone().text()).toBe(303);
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      for (let i = 0; i < 2; i++) {
        const home = await fetch(`${d.url}/members`, { redirect: 'manual', headers: { cookie } });
        expect(home.status, `replica ${i + 1}`).toBe(200);
      }
      // five wrong passwords, spread over both replicas, and the right one is refused on either
      for (let i = 0; i < 5; i++) {
        expect((await fetch(`${d.url}/ops/login`, form({ name: operator.name, password: `wrong-${i}` }))).status).toBe(401);
      }
      for (let i = 0; i < 2; i++) {
        expect((await fetch(`${d.url}/ops/login`, form({ name: operator.name, password: operator.password }))).status).toBe(429);
      }
    } finally {
      await d.stop();
    }
  });
});
