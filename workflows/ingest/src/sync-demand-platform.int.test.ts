// The demand-platform sync end to end (real Temporal and ClickHouse): signed
// requests, at-least-once delivery, out-of-order events, poison and faults.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foldDemands, demandEvent } from '@liaison/schemas';
import { startDemandPlatformSimulator, type DemandPlatformSimulator } from '@liaison/simulators';
import { createTestDatabase, listQuarantine, tableSnapshot, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from './testing.ts';

describe('demand-platform sync', () => {
  let ch: ClickHouseClient;
  let sim: DemandPlatformSimulator;
  let ingest: TestIngest;
  const sync = (full = false) => runSync(ingest.client, ingest.taskQueue, { sourceId: 'demands', mode: full ? 'full' : 'manual', full });

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    sim = await startDemandPlatformSimulator({
      apiKey: 'k',
      secret: 's',
      seed: 5,
      demands: 300,
      faults: { rateLimit: { times: 2 }, serverError: { times: 2 }, badJson: { times: 1 }, poison: { every: 40 } },
    });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [{ id: 'demands', kind: 'demand-platform', baseUrl: sim.url, apiKeyEnv: 'K', secretEnv: 'S', schedule: '*/15 * * * *' }],
      env: { K: 'k', S: 's' },
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('keeps every distinct valid event, quarantines poison, and folds demands as the spec does', async () => {
    const run = await sync();
    expect(run.status).toBe('succeeded');
    // the platform corrupts every 40th seq on the way out (poison): those are quarantined
    const sent = [...sim.feed.all()].filter((e) => e.seq % 40 !== 0);
    const valid = sent.map((e) => demandEvent.safeParse(e)).flatMap((r) => (r.success ? [r.data] : []));
    const distinct = new Set(valid.map((e) => e.event_id));
    const rs = await ch.query({ query: 'SELECT uniqExact(event_id) AS n FROM demand_events', format: 'JSONEachRow' });
    expect(Number((await rs.json<{ n: string }>())[0]?.n)).toBe(distinct.size);
    expect((await listQuarantine(ch, { sourceId: 'demands' })).length).toBeGreaterThan(0);
    // the per-demand state in the warehouse agrees with the reference fold
    const folds = foldDemands(valid);
    const states = await (
      await ch.query({ query: 'SELECT demand_id, state FROM demand_states FINAL', format: 'JSONEachRow' })
    ).json<{ demand_id: string; state: string }>();
    for (const s of states.slice(0, 200)) expect(s.state).toBe(folds.get(s.demand_id)?.state);
  });

  it('resumes after the last seq and changes nothing on a full re-read', async () => {
    sim.setFaults({ poison: { every: 40 } }); // the same poison, no transient faults
    const before = await Promise.all(['demand_events', 'demand_event_texts'].map((t) => tableSnapshot(ch, t)));
    const next = await sync();
    expect(next.received).toBe(0);
    const full = await sync(true);
    expect(full.received).toBeGreaterThan(0);
    expect(await Promise.all(['demand_events', 'demand_event_texts'].map((t) => tableSnapshot(ch, t)))).toEqual(before);
  });
});
