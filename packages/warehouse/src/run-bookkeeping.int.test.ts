// Finishing a run costs what the run is, not what the history is: against the
// real engine, with a large history of earlier runs, the run-end queries
// (versions added, refold, quarantine release, batch totals) read a small
// fraction of the tables, as the server's own read_rows says. And they count
// right: only versions the run added, each once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { loadDemandEvents, refreshDemandStatesChangedBy } from './demand-events.ts';
import { loadDistrictRecords } from './district-records.ts';
import { releaseQuarantine } from './quarantine.ts';
import { recordRunBatch, runBatchTotals, versionsAddedBy } from './runs.ts';
import { createTestDatabase } from './testing.ts';

const HISTORY = 400_000;

/** The client, counting the rows the server says each query and command read. */
function countingReads(ch: ClickHouseClient): { ch: ClickHouseClient; readRows: () => number } {
  let read = 0;
  const add = (headers: Record<string, unknown>) => {
    read += Number((JSON.parse(String(headers['x-clickhouse-summary'] ?? '{}')) as { read_rows?: string }).read_rows ?? 0);
  };
  const counting = new Proxy(ch, {
    get(target, prop, receiver) {
      if (prop === 'query' || prop === 'command') {
        return async (params: never) => {
          const result = (await target[prop](params)) as { response_headers: Record<string, unknown> };
          add(result.response_headers);
          return result;
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { ch: counting, readRows: () => read };
}

const enterprise = (uscc: string, name: string) => ({
  uscc,
  name,
  ownership: 'private',
  parent_group: null,
  tier: null,
  district: 'nanshan',
  cluster: null,
  party_org: null,
  party_members: null,
  employees: null,
  deleted: false,
  updated_at: '2024-06-01T00:00:00.000Z',
});
const eventId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('run bookkeeping against a long history', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    // Many earlier runs' rows, in every part of the key space.
    await ch.command({
      query: `INSERT INTO enterprises (uscc, name, ownership, district, deleted, updated_at, source_id, run_id)
              SELECT concat('U', leftPad(toString(number), 8, '0')), 'history', 'private', 'nanshan', false,
                     '2024-01-01 00:00:00', 's', concat('history-', toString(number % 500))
              FROM numbers(${HISTORY})`,
    });
    await ch.command({
      query: `INSERT INTO demand_events (demand_id, event_id, seq, type, occurred_at, source_id, run_id)
              SELECT concat('D', leftPad(toString(intDiv(number, 4)), 8, '0')), generateUUIDv4(), number + 1, 'progress',
                     '2024-01-01 00:00:00', 'p', concat('history-', toString(number % 500))
              FROM numbers(${HISTORY})`,
    });
  }, 120_000);
  afterAll(async () => {
    await ch?.close();
  });

  it('counts the versions a small run added and refolds its demands reading a small part of the history', async () => {
    const runId = 'small-run';
    // One new record, one new version, one identical re-delivery of history (not added).
    await loadDistrictRecords(
      ch,
      'enterprises',
      [
        enterprise('U99999999', 'new'),
        enterprise('U00012345', 'renamed'),
        { ...enterprise('U00000007', 'history'), updated_at: '2024-01-01T00:00:00.000Z' },
      ],
      { sourceId: 's', runId },
    );
    await loadDemandEvents(
      ch,
      [1, 2].map((n) => ({
        seq: HISTORY + n,
        event_id: eventId(n),
        demand_id: 'D00000042',
        type: 'closed' as const,
        occurred_at: '2024-02-01T00:00:00.000Z',
        payload: {},
      })),
      { sourceId: 'p', runId },
      { refresh: false },
    );
    await recordRunBatch(ch, { runId, collection: 'enterprises', position: 1, content: 'a', received: 3, quarantined: 0 });

    const counted = countingReads(ch);
    expect(await versionsAddedBy(counted.ch, runId)).toBe(4);
    await refreshDemandStatesChangedBy(counted.ch, runId);
    await releaseQuarantine(counted.ch, { sourceId: 's', runId });
    expect(await runBatchTotals(counted.ch, runId)).toEqual({ received: 3, quarantined: 0 });
    const history = 2 * HISTORY;
    expect(counted.readRows()).toBeGreaterThan(0);
    // A few granules (8192 rows) per table the run touched, against the 800 000 rows of history.
    expect(counted.readRows()).toBeLessThan(history / 5);

    const states = await ch.query({ query: `SELECT demand_id, events FROM demand_states FINAL`, format: 'JSONEachRow' });
    expect(await states.json()).toEqual([{ demand_id: 'D00000042', events: 6 }]);
  });
});
