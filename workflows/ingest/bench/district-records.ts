// District records: 1 M enterprises across the districts, as NDJSON text.
import { DISTRICTS_CODES, enterpriseRecord, validateBatch } from '@liaison/schemas';
import { demoEnterprises } from '@liaison/simulators';
import { columnsOf, loadDistrictRecords, type ClickHouseClient } from '@liaison/warehouse';
import { ndjsonBatches, report, timed } from './measure.ts';

const BATCH = 50_000;
// The loader's own columns, so the bare limit inserts exactly what the real path does.
const COLUMNS = columnsOf('enterprises');

function generate(count: number): string[] {
  const perDistrict = Math.ceil(count / DISTRICTS_CODES.length);
  const lines: string[] = [];
  for (const district of DISTRICTS_CODES) {
    for (const e of demoEnterprises({ district, seed: 42, count: perDistrict, tombstoneRate: 0 })) lines.push(JSON.stringify(e));
  }
  return lines.slice(0, count);
}

export async function benchDistrictRecords(ch: ClickHouseClient, count: number): Promise<void> {
  const t0 = Date.now();
  const lines = generate(count);
  console.log(`district records: ${lines.length.toLocaleString('en-US')} generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await ch.command({ query: 'CREATE TABLE IF NOT EXISTS bare_enterprises AS enterprises' });

  const bare = await timed(async () => {
    for (const batch of ndjsonBatches(lines, BATCH)) {
      const values = batch.map((line) => {
        const r = JSON.parse(line) as Record<string, unknown>;
        return ['bench', 'bare', ...COLUMNS.map((c) => r[c] ?? null)];
      });
      await ch.insert({ table: 'bare_enterprises', columns: ['source_id', 'run_id', ...COLUMNS], values, format: 'JSONCompactEachRow' });
    }
    return lines.length;
  });

  const real = await timed(async () => {
    let loaded = 0;
    for (const [n, batch] of [...ndjsonBatches(lines, BATCH)].entries()) {
      const items = batch.map((line, index) => ({ raw: JSON.parse(line) as unknown, position: { page: n, index } }));
      const { valid, invalid } = validateBatch(enterpriseRecord, items);
      if (invalid.length > 0) throw new Error(`unexpected invalid record: ${JSON.stringify(invalid[0]?.issues)}`);
      const r = await loadDistrictRecords(
        ch,
        'enterprises',
        valid.map((v) => v.record),
        { sourceId: 'bench', runId: 'real' },
      );
      loaded += r.loaded + r.duplicates;
    }
    return loaded;
  });
  report('district records (enterprises)', real, bare);
}
