// A retried batch load is a no-op where the table keeps insert tokens (every
// replicated table does: replicated_deduplication_window; here a single-node
// table is given the same window). The retry is told apart from a new batch
// by the token alone: its rows differ, as a retry's can.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { loadDistrictRecords } from './district-records.ts';
import { quarantineRecords } from './quarantine.ts';
import { createTestDatabase } from './testing.ts';

const ent = (name: string) => ({
  ...{ uscc: '91440300MA5DC6QX8G', name, ownership: 'central_soe', parent_group: null, tier: null, district: 'nanshan', cluster: null },
  ...{ party_org: null, party_members: null, employees: null, deleted: false, updated_at: '2024-05-17T01:30:00.000Z' },
});

let ch: ClickHouseClient;
beforeAll(async () => {
  ch = (await createTestDatabase(inject('clickhouseUrl'))).ch;
  for (const table of ['enterprises', 'quarantine', 'quarantine_deliveries'])
    await ch.command({ query: `ALTER TABLE ${table} MODIFY SETTING non_replicated_deduplication_window = 100` });
});
afterAll(() => ch?.close());

const names = async () =>
  (await (await ch.query({ query: 'SELECT name FROM enterprises ORDER BY name', format: 'JSONEachRow' })).json<{ name: string }>()).map(
    (r) => r.name,
  );
const count = async (table: string) =>
  Number((await (await ch.query({ query: `SELECT count() AS n FROM ${table}`, format: 'JSONEachRow' })).json<{ n: string }>())[0]?.n);

describe('batch loads carry their batch as insert deduplication token', () => {
  it('drop a retry of the same batch of a run, keep another batch and another run', async () => {
    const meta = { sourceId: 's', runId: 'run-1', batch: 'b1' };
    await loadDistrictRecords(ch, 'enterprises', [ent('甲')], meta);
    await loadDistrictRecords(ch, 'enterprises', [ent('乙')], meta); // the retry
    expect(await names()).toEqual(['甲']);
    await loadDistrictRecords(ch, 'enterprises', [ent('丙')], { ...meta, batch: 'b2' });
    await loadDistrictRecords(ch, 'enterprises', [ent('丁')], { ...meta, runId: 'run-2' });
    expect(await names()).toEqual(['丁', '丙', '甲'].sort());
  });

  it('do the same for the batch quarantined records and their deliveries', async () => {
    const bad = (raw: unknown) => ({
      key: null,
      position: { page: 1, index: 0 },
      raw,
      issues: [{ path: 'uscc', code: 'bad', message: 'm' }],
    });
    const meta = { sourceId: 's', runId: 'run-1', batch: 'b1', collection: 'enterprises' };
    await quarantineRecords(ch, [bad({ a: 1 })], meta);
    await quarantineRecords(ch, [bad({ a: 2 })], meta);
    expect([await count('quarantine'), await count('quarantine_deliveries')]).toEqual([1, 1]);
  });
});
