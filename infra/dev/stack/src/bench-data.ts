// Shapes the ingest benchmark's data into what the public endpoints are
// measured on: ~100 k enterprises (a tenth of the million, kept by hash),
// the demand events as loaded, demo visits and projects for every district,
// and one successful sync per feeding source so that figures have an as_of.
import { DISTRICTS_CODES } from '@liaison/schemas';
import { demoDistrict } from '@liaison/simulators';
import { loadDistrictRecords, saveRun, type ClickHouseClient } from '@liaison/warehouse';

const SOURCES = [
  { id: 'bench-districts', kind: 'district-api', district: 'nanshan', baseUrl: 'http://127.0.0.1:9', tokenEnv: 'X', schedule: '0 2 * * *' },
  { id: 'bench-demands', kind: 'demand-platform', baseUrl: 'http://127.0.0.1:9', apiKeyEnv: 'X', secretEnv: 'X', schedule: '*/15 * * * *' },
  { id: 'bench-members', kind: 'member-inbox', schedule: '*/5 * * * *' },
];

export async function benchData(ch: ClickHouseClient): Promise<typeof SOURCES> {
  await ch.command({
    query: 'ALTER TABLE enterprises DELETE WHERE cityHash64(uscc) % 10 != 0',
    clickhouse_settings: { mutations_sync: '2' },
  });
  for (const [i, district] of DISTRICTS_CODES.entries()) {
    const d = demoDistrict({ district, seed: 100 + i });
    const meta = { sourceId: 'bench-districts', runId: 'bench' };
    await loadDistrictRecords(ch, 'visits', d.visits, meta);
    await loadDistrictRecords(ch, 'projects', d.projects, meta);
  }
  const now = new Date().toISOString();
  for (const s of SOURCES) {
    await saveRun(ch, {
      run_id: `bench-${s.id}`,
      source_id: s.id,
      source_kind: s.kind,
      mode: 'manual',
      rerun_of: null,
      window_from: null,
      window_to: null,
      status: 'succeeded',
      started_at: now,
      finished_at: now,
      received: 0,
      loaded: 0,
      quarantined: 0,
      duplicates: 0,
      error: null,
    });
  }
  return SOURCES;
}
