// Demand events: the platform's feed generated (10 M events by default), then
// a backfill of all of it through the real loader, which also refolds the
// touched demands' states. The bare limit inserts the same events untyped.
import { demandEvent, validateBatch } from '@liaison/schemas';
import { DemandFeed, demoRegistry } from '@liaison/simulators';
import { loadDemandEvents, rebuildDemandStates, type ClickHouseClient } from '@liaison/warehouse';
import { report, timed } from './measure.ts';

const BATCH = 50_000;
const EVENTS_PER_DEMAND = 6;

/** The feed as NDJSON lines, batch by batch (10 M events do not all fit as objects). */
function* feedBatches(events: number): Generator<string[]> {
  const enterprises = demoRegistry({ seed: 42, districts: ['nanshan', 'futian', 'luohu', 'baoan'] }).filter((e) => !e.deleted);
  const feed = new DemandFeed({ seed: 42, demands: Math.ceil(events / EVENTS_PER_DEMAND), enterprises });
  let batch: string[] = [];
  let n = 0;
  for (const e of feed.all()) {
    batch.push(JSON.stringify(e));
    if (++n >= events) break;
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export async function benchDemandEvents(ch: ClickHouseClient, events: number): Promise<void> {
  await ch.command({
    query: `CREATE TABLE IF NOT EXISTS bare_demand_events
            (seq UInt64, event_id String, demand_id String, type String, occurred_at String, payload String)
            ENGINE = MergeTree ORDER BY demand_id`,
  });
  const bare = await timed(async () => {
    let rows = 0;
    for (const batch of feedBatches(events)) {
      const values = batch.map((line) => {
        const e = JSON.parse(line) as Record<string, unknown>;
        return [e['seq'], e['event_id'], e['demand_id'], e['type'], e['occurred_at'], JSON.stringify(e['payload'])];
      });
      await ch.insert({ table: 'bare_demand_events', values, format: 'JSONCompactEachRow' });
      rows += values.length;
    }
    return rows;
  });
  const real = await timed(async () => {
    let rows = 0;
    for (const batch of feedBatches(events)) {
      const items = batch.map((line, index) => ({ raw: JSON.parse(line) as unknown, position: { index } }));
      const { valid } = validateBatch(demandEvent, items);
      // as a backfill run does: no refold per batch, one rebuild at the end
      await loadDemandEvents(
        ch,
        valid.map((v) => v.record),
        { sourceId: 'bench', runId: 'real' },
        { refresh: false },
      );
      rows += batch.length;
    }
    await rebuildDemandStates(ch);
    return rows;
  });
  report(`demand events (backfill of ${events.toLocaleString('en-US')}, generation included in both)`, real, bare);
  console.log(
    `  10 M-event backfill target: under 180 s; this run: ${real.seconds.toFixed(0)} s for ${real.rows.toLocaleString('en-US')} events\n`,
  );
}
