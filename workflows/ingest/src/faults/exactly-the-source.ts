// The one assertion every fault test ends with: after the fault and the
// recovery, the warehouse holds exactly the source's records — every identity
// the source serves, none it does not, one current version each, one stored
// version each — and every run's counters add up (received = loaded +
// quarantined + duplicates), so nothing was lost and nothing loaded twice.
import { expect } from 'vitest';
import { identityKey, type IdentifiedCollection } from '@liaison/schemas';
import { getRun, IDENTIFIED_TABLES, IDENTITY_PARAMS, identitySql, type ClickHouseClient } from '@liaison/warehouse/testing';

export type SourceRecords = Partial<Record<IdentifiedCollection, readonly object[]>>;

async function versionsByIdentity(ch: ClickHouseClient, table: string, collection: IdentifiedCollection, final: string) {
  const rs = await ch.query({
    query: `SELECT ${identitySql(collection)} AS id, count() AS n FROM ${table} ${final} GROUP BY id ORDER BY id`,
    query_params: IDENTITY_PARAMS,
    format: 'JSONEachRow',
  });
  return (await rs.json<{ id: string; n: string }>()).map((r) => [r.id, Number(r.n)] as const);
}

/** Asserts the warehouse holds exactly `source`'s records and `runIds`' counters balance. */
export async function expectExactlyTheSourceData(ch: ClickHouseClient, source: SourceRecords, runIds: readonly string[]): Promise<void> {
  for (const [collection, records] of Object.entries(source) as [IdentifiedCollection, readonly object[]][]) {
    const table = IDENTIFIED_TABLES[collection];
    const expected = [...new Set(records.map((r) => identityKey(collection, r)))].sort().map((id) => [id, 1] as const);
    expect(expected, `${collection}: the source's identities are distinct`).toHaveLength(records.length);
    const current = collection === 'events' ? null : await versionsByIdentity(ch, `${table}_current`, collection, '');
    if (current) expect(current, `${collection}_current: each source record once`).toEqual(expected);
    expect(await versionsByIdentity(ch, table, collection, 'FINAL'), `${table}: one stored version per record`).toEqual(expected);
  }
  for (const runId of runIds) {
    const run = await getRun(ch, runId);
    expect(run, `run ${runId} is recorded`).not.toBeNull();
    const { received, loaded, quarantined, duplicates } = run!;
    expect({ received, balance: loaded + quarantined + duplicates }, `run ${runId}: received = loaded + quarantined + duplicates`).toEqual({
      received,
      balance: received,
    });
  }
}
