// Any number of dashboard replicas and workers against one ClickHouse and one
// Temporal give exactly the figures one of each gives. Two dashboards behind a
// round-robin front and two worker processes take member submissions (each
// sent twice at once with one Idempotency-Key, so the copies meet on different
// replicas) while syncs of every source run; a sync started after the last
// submission was answered 201 must load it. Then every public figure, from
// each replica, equals what a single dashboard and worker, fed the same on
// their own database, publish. (Logins across replicas, and their throttling:
// login-replicas.security.test.ts.)
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import type { ClickHouseClient } from '@liaison/warehouse';
import { deploy, type Deployment } from './test-deployment.ts';

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

let district: DistrictApiSimulator;
let demands: DemandPlatformSimulator;
let sourcesFile: string;
const setup = () => ({ sourcesFile, members });

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
    const d = await deploy({ dashboards: 1, workers: 1 }, setup());
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
    const d = await deploy({ dashboards: 2, workers: 2 }, setup());
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
});
