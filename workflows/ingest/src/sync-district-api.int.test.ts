// The district-api sync end to end on the real Temporal dev server and the
// ClickHouse engine, against the simulator with its faults switched on.
import { describe, expect, it } from 'vitest';
import { getRun, listQuarantine, tableSnapshot } from '@liaison/warehouse/testing';
import { startSync, SyncAlreadyRunning } from '@liaison/temporal-client';
import { useDistrictApiSync } from './test-district-api.ts';

const TABLES = ['enterprises', 'visits', 'projects', 'quarantine', 'source_cursors'];
const FAULTS = {
  rateLimit: { every: 4, retryAfterSeconds: 1 },
  serverError: { every: 7 },
  badJson: { every: 9 },
  poison: { every: 3 },
  duplicates: { every: 5, count: 2 },
  overlap: true,
};

describe('district-api sync', () => {
  const api = useDistrictApiSync({
    district: 'nanshan',
    seed: 7,
    sizes: { enterprises: 150, visits: 220, projects: 60 },
    faults: FAULTS,
    pageSize: 40,
  });
  const count = async (sql: string) =>
    Number((await (await api.ch.query({ query: sql, format: 'JSONEachRow' })).json<{ n: string }>())[0]?.n);

  it('loads every good record through 429s, 5xx and bad bodies, and quarantines the poison', async () => {
    const summary = await api.sync({ mode: 'manual' });
    expect(summary.status).toBe('succeeded');
    expect(await count('SELECT count() AS n FROM enterprises_current')).toBe(api.sim.records('enterprises').length);
    expect(await count('SELECT count() AS n FROM visits_current')).toBe(api.sim.records('visits').length);
    expect(await count('SELECT count() AS n FROM projects_current')).toBe(api.sim.records('projects').length);
    const quarantined = await listQuarantine(api.ch, { sourceId: 'nanshan' });
    expect(quarantined.length).toBeGreaterThan(0);
    expect(summary.quarantined).toBeGreaterThanOrEqual(quarantined.length);
    for (const q of quarantined) {
      expect(q.run_id).toBe(summary.runId);
      expect(q.issues.length).toBeGreaterThan(0);
      expect(q.issues[0]?.path).toBeTruthy();
      expect(JSON.parse(q.position)).toHaveProperty('page');
    }
    const run = await getRun(api.ch, summary.runId);
    expect(run).toMatchObject({ status: 'succeeded', loaded: summary.loaded, received: summary.received });
    expect(run?.duplicates).toBeGreaterThan(0);
    // Chinese text survives every hop
    const [name] = await (
      await api.ch.query({ query: 'SELECT name FROM enterprises_current LIMIT 1', format: 'JSONEachRow' })
    ).json<{ name: string }>();
    expect(api.sim.records('enterprises').map((r) => r['name'])).toContain(name?.name);
  });

  it('changes no table when everything is synced again', async () => {
    const before = await Promise.all(TABLES.map((t) => tableSnapshot(api.ch, t)));
    api.sim.setFaults(FAULTS); // the same answers again, poison included
    const again = await api.sync({ mode: 'full', full: true });
    expect(again.status).toBe('succeeded');
    expect(await Promise.all(TABLES.map((t) => tableSnapshot(api.ch, t)))).toEqual(before);
  });

  it('resumes from the cursor and applies a later version', async () => {
    const [first] = api.sim.records('enterprises');
    api.sim.setFaults({});
    api.sim.upsert('enterprises', [{ ...first, name: '深圳更名后的企业有限公司', updated_at: '2031-01-01T10:00:00+08:00' }]);
    api.sim.clearRequests();
    await api.sync({ mode: 'manual' });
    const asked = api.sim.requests.filter((r) => r.collection === 'enterprises');
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) expect(r.query.updated_since).toBeTruthy();
    // only what changed since the cursor comes back, not the whole registry
    expect(asked.reduce((n, r) => n + r.records, 0)).toBeLessThan(10);
    const rs = await api.ch.query({
      query: 'SELECT name FROM enterprises_current WHERE uscc = {u:String}',
      query_params: { u: String(first?.['uscc']) },
      format: 'JSONEachRow',
    });
    expect((await rs.json<{ name: string }>())[0]?.name).toBe('深圳更名后的企业有限公司');
  });

  it('continues as new on long syncs, keeping counts and cursors', async () => {
    api.sim.setFaults({});
    const handle = await startSync(api.ingest.client, api.ingest.taskQueue, {
      sourceId: 'nanshan',
      mode: 'full',
      full: true,
      pagesPerRun: 2,
    });
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    expect(summary.received).toBeGreaterThanOrEqual(150 + 220 + 60);
    const first = await api.ingest.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId).describe();
    expect(first.status.name).toBe('CONTINUED_AS_NEW');
  });

  it('runs at most one sync of a source at a time', async () => {
    api.sim.setFaults({ slow: { delayMs: 300 } });
    const first = await startSync(api.ingest.client, api.ingest.taskQueue, { sourceId: 'nanshan', mode: 'full', full: true });
    await expect(startSync(api.ingest.client, api.ingest.taskQueue, { sourceId: 'nanshan', mode: 'manual' })).rejects.toBeInstanceOf(
      SyncAlreadyRunning,
    );
    await first.result();
    api.sim.setFaults({});
  });

  it('fails the run with an actionable reason when the token is refused, without retrying', async () => {
    api.sim.setFaults({ unauthorized: {} });
    api.sim.clearRequests();
    await expect(api.sync({ mode: 'manual' })).rejects.toThrow();
    expect(api.sim.requests.length).toBe(1);
    const [failed] = await (
      await api.ch.query({
        query: "SELECT run_id FROM sync_runs FINAL WHERE status = 'failed' ORDER BY started_at DESC LIMIT 1",
        format: 'JSONEachRow',
      })
    ).json<{ run_id: string }>();
    const run = await getRun(api.ch, failed?.run_id ?? '');
    expect(run?.error).toMatch(/401|token|refused/i);
    expect(run?.finished_at).toBeTruthy();
    api.sim.setFaults({});
  });
});
