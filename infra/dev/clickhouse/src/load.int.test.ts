// Many clients at once are served correctly one query at a time, and a large
// insert through @clickhouse/client is fast.
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let ch: TestServer;
let clients: ClickHouseClient[];

beforeAll(async () => {
  ch = await startTestServer();
  clients = [ch.client(), ch.client({ compression: { request: true, response: true } }), ch.client({ database: 'load' })];
  await clients[0]!.command({ query: 'CREATE DATABASE load' });
  await clients[0]!.command({ query: 'CREATE TABLE load.kv (k UInt32, v String, tags Array(String)) ENGINE = MergeTree ORDER BY k' });
}, 60_000);
afterAll(() => ch?.stop());

describe('under load', () => {
  it('answers 20 concurrent mixed queries and inserts from several clients correctly', async () => {
    const jobs = Array.from({ length: 20 }, async (_, i) => {
      const client = clients[i % clients.length]!;
      if (i % 2 === 0) {
        const values = Array.from({ length: 50 }, (_, j) => ({ k: i * 1000 + j, v: `值${i}-${j}`, tags: [`t${i}`] }));
        const result = await client.insert({ table: 'load.kv', values, format: 'JSONEachRow' });
        return { i, written: result.summary?.written_rows };
      }
      const rs = await client.query({
        query: 'SELECT {i:UInt32} AS i, {s:String} AS s, sum(number) AS total FROM numbers({n:UInt32})',
        query_params: { i, s: `q'${i}`, n: i * 10 },
        clickhouse_settings: { output_format_json_quote_64bit_integers: i % 4 === 1 ? 0 : 1 },
        format: 'JSONEachRow',
      });
      return { i, rows: await rs.json() };
    });
    for (const result of await Promise.all(jobs)) {
      const { i } = result;
      if (i % 2 === 0) {
        expect(result).toEqual({ i, written: '50' });
      } else {
        const n = i * 10;
        const total = (n * (n - 1)) / 2;
        expect(result).toEqual({ i, rows: [{ i, s: `q'${i}`, total: i % 4 === 1 ? total : String(total) }] });
      }
    }
    const rs = await clients[2]!.query({ query: 'SELECT count() AS c, uniqExact(tags[1]) AS t FROM kv', format: 'JSONEachRow' });
    expect(await rs.json()).toEqual([{ c: '500', t: '10' }]);
  });

  it('inserts 100k JSONEachRow rows quickly', async () => {
    const client = clients[0]!;
    await client.command({
      query: `CREATE TABLE load.wide (id UInt64, source LowCardinality(String), name String, score Float64,
        at DateTime64(3, 'UTC'), tags Array(String), note Nullable(String)) ENGINE = MergeTree ORDER BY id`,
    });
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      source: `district-${i % 16}`,
      name: `记录 number ${i}`,
      score: i / 7,
      at: '2026-11-24 12:00:00.123',
      tags: ['a', `t${i % 100}`],
      note: i % 3 ? null : 'checked',
    }));
    const started = performance.now();
    const result = await client.insert({ table: 'load.wide', values: rows, format: 'JSONEachRow' });
    const ms = performance.now() - started;
    console.info(`100k-row JSONEachRow insert: ${ms.toFixed(0)} ms`);
    expect(result.summary?.written_rows).toBe('100000');
    expect(ms).toBeLessThan(5_000);
    const rs = await client.query({ query: 'SELECT count() AS c, max(id) AS m FROM load.wide', format: 'JSONEachRow' });
    expect(await rs.json()).toEqual([{ c: '100000', m: '99999' }]);
  });
});
