// Benchmark: JSONEachRow inserts through @clickhouse/client into the embedded
// server, the path every loader in the platform takes.
//   node infra/dev/clickhouse/bench/insert.ts [rows=100000] [rounds=5]
import { createClient } from '@clickhouse/client';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedClickHouse } from '../src/index.ts';

const rowsPerInsert = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 5);

const dataDir = await mkdtemp(join(tmpdir(), 'liaison-ch-bench-'));
const server = await startEmbeddedClickHouse({ dataDir });
const client = createClient({ url: server.url });
try {
  await client.command({
    query: `CREATE TABLE wide (id UInt64, source LowCardinality(String), name String, score Float64,
      at DateTime64(3, 'UTC'), tags Array(String), note Nullable(String)) ENGINE = MergeTree ORDER BY id`,
  });
  const rows = Array.from({ length: rowsPerInsert }, (_, i) => ({
    id: i,
    source: `district-${i % 16}`,
    name: `记录 number ${i}`,
    score: i / 7,
    at: '2026-11-24 12:00:00.123',
    tags: ['a', `t${i % 100}`],
    note: i % 3 ? null : 'checked',
  }));
  const bytes = Buffer.byteLength(rows.map((r) => JSON.stringify(r)).join('\n'));
  console.log(`${rowsPerInsert} rows per insert, ${(bytes / 1e6).toFixed(1)} MB of JSONEachRow`);
  for (let round = 1; round <= rounds; round++) {
    const started = performance.now();
    const { summary } = await client.insert({ table: 'wide', values: rows, format: 'JSONEachRow' });
    const ms = performance.now() - started;
    const serverMs = Number(summary?.elapsed_ns ?? 0) / 1e6;
    const rate = Math.round(rowsPerInsert / (ms / 1000));
    console.log(`round ${round}: ${ms.toFixed(0)} ms total, ${serverMs.toFixed(0)} ms in the engine, ${rate} rows/s`);
  }
} finally {
  await client.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
