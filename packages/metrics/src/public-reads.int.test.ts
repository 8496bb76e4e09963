// The public figures through the read-only account, on the embedded engine
// with the grants an operator gives that account on a server
// (@liaison/warehouse public-reads.ts, on database `liaison`): every figure
// family, their freshness and the applied configuration compute, and every
// other table, every other column and every write is refused.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  appliedSourcesReader,
  createClickHouseClient,
  loadDemandEvents,
  loadDistrictRecords,
  migrate,
  PUBLIC_READS,
  publishSources,
  quarantineRecords,
  saveRun,
  type ClickHouseClient,
  type ClickHouseSettings,
} from '@liaison/warehouse/testing';
import { coverage, coverageFilters } from './coverage/index.ts';
import { demands, demandFilters } from './demands/index.ts';
import { FIXTURE } from './demands/demands-fixtures.ts';
import { investment, investmentFilters } from './investment/index.ts';
import { quality } from './quality/index.ts';
import { freshness } from './shared/freshness.ts';

const SOURCES = [
  { id: 'district-a', kind: 'district-api', district: 'nanshan', baseUrl: 'http://127.0.0.1:1', tokenEnv: 'T', schedule: '0 * * * *' },
  {
    id: 'demand-platform',
    kind: 'demand-platform',
    baseUrl: 'http://127.0.0.1:2',
    apiKeyEnv: 'K',
    secretEnv: 'S',
    schedule: '*/10 * * * *',
  },
] as const;
const T = '2024-05-01T00:00:00.000Z';

let writer: ClickHouseClient;
let reader: ClickHouseClient;

beforeAll(async () => {
  const settings: ClickHouseSettings = { url: inject('clickhouseUrl'), user: 'default', password: '', database: 'liaison' };
  await migrate(settings);
  writer = createClickHouseClient(settings);
  reader = createClickHouseClient({ ...settings, ...inject('clickhouseReader') });
  await publishSources(writer, { sources: SOURCES.map((s) => ({ ...s })) } as never, 'an operator');
  const meta = { sourceId: 'district-a', runId: 'run-1' };
  const enterprise = {
    uscc: '91440300MA5DC6QX8G',
    name: '企业',
    ownership: 'central',
    parent_group: null,
    tier: null,
    district: 'nanshan',
  };
  await loadDistrictRecords(
    writer,
    'enterprises',
    [{ ...enterprise, cluster: null, party_org: 'committee', party_members: 3, employees: 10, deleted: false, updated_at: T }],
    meta,
  );
  await loadDemandEvents(writer, FIXTURE, { sourceId: 'demand-platform', runId: 'run-2' });
  await saveRun(writer, {
    ...{ run_id: 'run-1', source_id: 'district-a', source_kind: 'district-api', mode: 'manual', rerun_of: null, window_from: null },
    ...{ window_to: null, status: 'failed', started_at: T, finished_at: T, received: 1, loaded: 1, quarantined: 1, duplicates: 0 },
    error: 'HTTP 500 from https://district.example/v1?token=secret',
  });
  const raw = { name: '张三', contact_phone: '13800138000' };
  await quarantineRecords(
    writer,
    [{ key: 'k', position: { page: 1, index: 0 }, raw, issues: [{ path: 'uscc', code: 'bad', message: 'm' }] }],
    {
      ...meta,
      collection: 'enterprises',
    },
  );
});
afterAll(async () => {
  await Promise.all([writer?.close(), reader?.close()]);
});

const refusal = (query: string) =>
  reader.query({ query, format: 'JSONEachRow' }).then(
    () => 'read',
    (e: { type?: string }) => e.type,
  );

describe('the public figures through the read-only account', () => {
  it('compute every family, their freshness and the applied configuration', async () => {
    const now = new Date();
    const sources = (await appliedSourcesReader(reader)()).sources;
    expect(sources.map((s) => s.id)).toEqual(['district-a', 'demand-platform']);
    expect(await coverage(reader, coverageFilters.parse({}), sources)).toMatchObject({ enterprises: 1, visited: 0 });
    expect(await investment(reader, investmentFilters.parse({}), sources)).toHaveProperty('by_district');
    expect((await demands(reader, demandFilters.parse({}), sources, now)).demands).toBeGreaterThan(0);
    const q = await quality(reader, sources, now);
    expect(q.sources.find((s) => s.source_id === 'district-a')).toMatchObject({ quarantined: 1, last_run: { status: 'failed' } });
    expect(await freshness(reader, sources, now)).toMatchObject({ as_of: expect.any(Object) });
  });

  it('are refused every table and column not granted, and every write', async () => {
    const rs = await writer.query({
      query: `SELECT table, name FROM system.columns WHERE database = 'liaison' AND table NOT LIKE '.inner%'`,
      format: 'JSONEachRow',
    });
    const columns = await rs.json<{ table: string; name: string }>();
    const tables = new Set(columns.map((c) => c.table));
    for (const table of ['submissions', 'demand_event_texts', 'operators', 'member_units', 'login_attempts'])
      expect(tables).toContain(table);
    for (const table of tables) {
      const granted = PUBLIC_READS[table];
      if (granted === undefined) expect([table, await refusal(`SELECT count() FROM ${table}`)]).toEqual([table, 'ACCESS_DENIED']);
    }
    for (const { table, name } of columns) {
      const granted = PUBLIC_READS[table];
      if (granted !== undefined && granted !== 'all' && !granted.includes(name))
        expect([table, name, await refusal(`SELECT ${name} FROM ${table}`)]).toEqual([table, name, 'ACCESS_DENIED']);
    }
    expect(await refusal('SELECT error FROM sync_runs')).toBe('ACCESS_DENIED');
    expect(await refusal('SELECT raw FROM quarantine')).toBe('ACCESS_DENIED');
    const write = reader.insert({ table: 'published_sources', values: [{ version: 99 }], format: 'JSONEachRow' });
    await expect(write).rejects.toMatchObject({ type: 'ACCESS_DENIED' });
  });
});
