// Benchmark of the demand figures: loads N synthetic events (default 1 M)
// through loadDemandEvents into a fresh embedded ClickHouse, then times
// demandFigures cold and warm (p50/p95 of 20 runs), filtered variants,
// incompleteDemands, the memo of demands/memo.ts, a 1,000-event page load
// (insert + state refresh) and a refold of every demand from its events.
//   node packages/metrics/bench/demands.ts [events=1000000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// A devDependency of this package once the lead adds it; until then, by path.
import { startEmbeddedClickHouse } from '@liaison/embedded-clickhouse';
import { createClickHouseClient, loadDemandEvents, migrate, rebuildDemandStates, type ClickHouseSettings } from '@liaison/warehouse';
import { demandFigures, incompleteDemands } from '../src/demands/figures.ts';
import { memoizeDemandFigures } from '../src/demands/memo.ts';
import { arrive, seededRand, syntheticDemandEvents } from '../src/demands/demands-synthetic.ts';

const target = Number(process.argv[2] ?? 1_000_000);
const EVENTS_PER_DEMAND = 6.75; // measured mean of the synthetic lifecycles
const DEMANDS_PER_CHUNK = 7_500; // ~50 k events per load call
// Creations spread over three years whatever N, as on the platform.
const spacingMs = Math.floor((1095 * 86_400_000) / (target / EVENTS_PER_DEMAND));

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;

async function timed(label: string, run: () => Promise<unknown>, runs = 20): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    samples.push(ms(t0));
  }
  console.log(`${label}: p50 ${pct(samples, 50).toFixed(1)} ms, p95 ${pct(samples, 95).toFixed(1)} ms`);
}

const dataDir = await mkdtemp(join(tmpdir(), 'liaison-demands-bench-'));
const server = await startEmbeddedClickHouse({ dataDir, port: 0 });
const settings: ClickHouseSettings = { url: server.url, user: 'default', password: '', database: 'bench' };
const ch = createClickHouseClient(settings);
try {
  await migrate(settings);
  const rand = seededRand(2024);
  const meta = { sourceId: 'demand-platform', runId: 'bench' };
  let loaded = 0;
  let demands = 0;
  const t0 = performance.now();
  while (loaded < target) {
    const count = Math.min(DEMANDS_PER_CHUNK, Math.ceil((target - loaded) / EVENTS_PER_DEMAND));
    const events = arrive(syntheticDemandEvents({ rand, firstIndex: demands, count, chaos: true, spacingMs }), rand, loaded + 1);
    loaded += (await loadDemandEvents(ch, events, meta)).loaded;
    demands += count;
  }
  const loadMs = ms(t0);
  console.log(
    `loaded ${loaded} events of ${demands} demands in ${(loadMs / 1000).toFixed(1)} s (${Math.round(loaded / (loadMs / 1000))} events/s)`,
  );

  const asOf = new Date('2026-01-01T00:00:00+08:00');
  const parts = async () => {
    const rs = await ch.query({
      query: "SELECT count() AS n FROM system.parts WHERE database = 'bench' AND table = 'demand_states' AND active",
      format: 'JSONEachRow',
    });
    return Number((await rs.json<{ n: string }>())[0]?.n);
  };
  await ch.command({ query: 'SYSTEM DROP MARK CACHE' }).catch(() => {});
  await ch.command({ query: 'SYSTEM DROP UNCOMPRESSED CACHE' }).catch(() => {});
  let t = performance.now();
  const figures = await demandFigures(ch, {}, asOf);
  console.log(
    `demandFigures cold: ${ms(t).toFixed(1)} ms (demands ${figures.demands}, resolved ${figures.resolved}, ` +
      `median ${figures.median_days_to_resolve} d, ${figures.by_month.length} months)`,
  );
  await timed(`demandFigures warm, no filter, right after loading (${await parts()} parts of demand_states)`, () =>
    demandFigures(ch, {}, asOf),
  );
  // What min_age_to_force_merge_seconds does once loads pause for a minute.
  t = performance.now();
  await ch.command({ query: 'OPTIMIZE TABLE demand_states FINAL' });
  console.log(`merge of demand_states into one part: ${ms(t).toFixed(0)} ms`);
  await timed('demandFigures warm, no filter', () => demandFigures(ch, {}, asOf));
  await timed('demandFigures warm, from/to one year', () => demandFigures(ch, { from: '2024-01-01', to: '2025-01-01' }, asOf));
  await timed('demandFigures warm, district', () => demandFigures(ch, { district: 'nanshan' }, asOf));
  await timed('demandFigures warm, district+from/to one month+channel', () =>
    demandFigures(ch, { district: 'nanshan', from: '2024-06-01', to: '2024-07-01', channel: 'visit' }, asOf),
  );
  await timed('incompleteDemands warm', () => incompleteDemands(ch));
  const memo = memoizeDemandFigures();
  await timed('memoized per (as_of, filters), 4 filter sets in turn (run 1: 4 misses)', async () => {
    for (const district of [undefined, 'nanshan', 'futian', 'luohu'] as const) await memo(ch, { district }, asOf, 'sync-1');
  });

  // A page of the feed touching 1,000 existing demands spread over the table (the worst case).
  const step = Math.max(1, Math.floor(demands / 1000));
  const page = arrive(
    Array.from({ length: Math.min(1000, demands) }, (_, k) =>
      syntheticDemandEvents({ rand, firstIndex: k * step, count: 1, spacingMs }).at(-1)!,
    ),
    rand,
    loaded + 1,
  );
  t = performance.now();
  await loadDemandEvents(ch, page, meta);
  console.log(
    `page of ${page.length} events (insert + refresh of ${new Set(page.map((e) => e.demand_id)).size} demands): ${ms(t).toFixed(0)} ms`,
  );
  await timed(`demandFigures warm, after the page (${await parts()} parts)`, () => demandFigures(ch, {}, asOf), 5);
  // The usual page: new events of the latest demands, whose ids sort last.
  const recent = arrive(
    syntheticDemandEvents({ rand, firstIndex: demands - 150, count: 150, spacingMs }).slice(0, 1000),
    rand,
    loaded + 2001,
  );
  t = performance.now();
  await loadDemandEvents(ch, recent, meta);
  console.log(`page of ${recent.length} events of the 150 latest demands: ${ms(t).toFixed(0)} ms`);

  t = performance.now();
  await rebuildDemandStates(ch);
  console.log(`refold of every demand from its events, then merge (rebuildDemandStates): ${ms(t).toFixed(0)} ms`);
  await timed('demandFigures warm, after the refold', () => demandFigures(ch, {}, asOf), 5);
} finally {
  await ch.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
