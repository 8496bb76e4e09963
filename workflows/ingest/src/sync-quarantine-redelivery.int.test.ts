// Quarantine across re-syncs of a district API (metrics.md "Data quality"),
// end to end on the real Temporal dev server and ClickHouse engine: a bad
// record without a readable key, delivered again at another position (an
// incremental sync, then full re-reads whose pages start elsewhere), counts
// once and is listed at its latest position; a keyed record the source fixes
// leaves quarantine, and is held again when the source breaks it again.
import { describe, expect, it } from 'vitest';
import { listQuarantine, NOW_IN_QUARANTINE_SQL } from '@liaison/warehouse/testing';
import { useDistrictApiSync } from './test-district-api.ts';

type Raw = Record<string, unknown>;

describe('quarantine across re-syncs', () => {
  const api = useDistrictApiSync({
    district: 'nanshan',
    seed: 11,
    sizes: { enterprises: 5, visits: 30, projects: 5 },
    pageSize: 10,
    prepare: (sim) => {
      visits = sim.records('visits');
      // the same updated_at as a record in the middle: delivered mid-collection
      sim.upsert('visits', [keyless()]);
    },
  });
  let visits: Raw[];
  const sync = async (full: boolean) => {
    const run = await api.sync({ mode: full ? 'full' : 'manual', full });
    expect(run.status).toBe('succeeded');
    return run;
  };
  /** The district's quarantine figure, as the data-quality metric counts it. */
  const quarantineFigure = async () => {
    const rs = await api.ch.query({
      query: `SELECT count() AS n FROM (${NOW_IN_QUARANTINE_SQL})`,
      query_params: { ids: ['nanshan'] },
      format: 'JSONEachRow',
    });
    return Number((await rs.json<{ n: string }>())[0]?.n);
  };
  const listedWithoutKey = async () => (await listQuarantine(api.ch, { sourceId: 'nanshan' })).filter((q) => q.record_key === null);
  const keyless = (): Raw => {
    const { visit_id: _dropped, ...rest } = visits[15]!;
    return rest;
  };

  it('counts a record without a key once, at whatever position it comes again, listed at the latest', async () => {
    const first = await sync(true);
    expect(first.quarantined).toBe(1);
    expect(await quarantineFigure()).toBe(1);
    const [before] = await listedWithoutKey();
    expect(before).toMatchObject({ run_id: first.runId });

    // older records appear at the source: every later page starts elsewhere
    const oldest = visits[0]!;
    api.sim.upsert(
      'visits',
      [1, 2, 3].map((n) => ({ ...oldest, visit_id: `LATE-${n}` })),
    );
    await sync(false);
    expect(await quarantineFigure()).toBe(1);
    const reread = await sync(true);
    expect(await quarantineFigure()).toBe(1);
    const again = await sync(true);
    expect(again.quarantined).toBe(1);
    expect(await quarantineFigure()).toBe(1);

    const listed = await listedWithoutKey();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ run_id: again.runId, quarantined_at: before?.quarantined_at });
    expect(JSON.parse(listed[0]!.raw)).toEqual(keyless());
    expect(listed[0]!.position).not.toBe(before?.position);
    expect(reread.runId).not.toBe(again.runId);
  });

  it('releases a keyed record the source fixed, and holds it again when the same break comes back', async () => {
    const good = visits[20]!;
    const broken = { ...good, demands_raised: -1 };
    api.sim.upsert('visits', [broken]);
    await sync(true);
    expect(await quarantineFigure()).toBe(2);

    api.sim.upsert('visits', [good]);
    const fixed = await sync(true);
    expect(fixed.quarantined).toBe(1);
    expect(await quarantineFigure()).toBe(1); // the keyless record stays: nothing loads under its content

    api.sim.upsert('visits', [broken]);
    await sync(true);
    expect(await quarantineFigure()).toBe(2);
    const held = (await listQuarantine(api.ch, { sourceId: 'nanshan' })).filter((q) => q.record_key !== null);
    expect(held.map((q) => JSON.parse(q.raw))).toEqual([broken]);
  });
});
