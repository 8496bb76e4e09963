// The embedded server through @clickhouse/client, as a production server would
// be used: DDL, inserts and queries in the common formats, 64-bit integers,
// the database parameter, insert summaries and typed errors.
import { ClickHouseError, type ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let ch: TestServer;
let client: ClickHouseClient;

beforeAll(async () => {
  ch = await startTestServer();
  client = ch.client();
  await client.command({ query: 'CREATE DATABASE IF NOT EXISTS conf' });
  await client.command({
    query: `CREATE TABLE conf.people (id UInt64, delta Int64, name String, tags Array(String),
      nickname Nullable(String)) ENGINE = MergeTree ORDER BY id`,
  });
}, 60_000);
afterAll(() => ch?.stop());

const people = [
  { id: '1', delta: '-9007199254740993', name: '张伟', tags: ['管理员', 'a"b'], nickname: null },
  { id: '18446744073709551615', delta: '7', name: "O'Brien\t\\", tags: [], nickname: 'ob' },
];

describe('embedded ClickHouse over HTTP', () => {
  it('answers ping', async () => {
    expect(await client.ping()).toEqual({ success: true });
    const res = await fetch(`${ch.url}/ping`);
    expect(await res.text()).toBe('Ok.\n');
  });

  it('inserts JSONEachRow and reports written rows in the summary', async () => {
    const result = await client.insert({ table: 'conf.people', values: people, format: 'JSONEachRow' });
    expect(result.executed).toBe(true);
    expect(result.summary?.written_rows).toBe('2');
    expect(Number(result.summary?.written_bytes)).toBeGreaterThan(0);
  });

  it('inserts JSONCompactEachRow with arrays, Nullable and Chinese text', async () => {
    const result = await client.insert({
      table: 'conf.people',
      values: [
        [3, 0, '李娜', ['数据', "x'y"], '娜娜'],
        [4, -1, 'plain', [], null],
      ],
      format: 'JSONCompactEachRow',
    });
    expect(result.summary?.written_rows).toBe('2');
  });

  it('returns JSONEachRow with 64-bit integers quoted, arrays and nulls intact', async () => {
    const rs = await client.query({
      query: 'SELECT * FROM conf.people WHERE id IN (1, 18446744073709551615) ORDER BY id',
      format: 'JSONEachRow',
    });
    expect(await rs.json()).toEqual(people);
  });

  it('returns JSON with meta, data and rows', async () => {
    const rs = await client.query({ query: 'SELECT id, name FROM conf.people WHERE id = 3', format: 'JSON' });
    const json = await rs.json<{ id: string; name: string }>();
    expect(json.data).toEqual([{ id: '3', name: '李娜' }]);
    expect(json.meta).toEqual([
      { name: 'id', type: 'UInt64' },
      { name: 'name', type: 'String' },
    ]);
    expect(json.rows).toBe(1);
  });

  it('returns CSV and TabSeparated text', async () => {
    const csv = await client.query({ query: 'SELECT id, name FROM conf.people WHERE id IN (3, 4) ORDER BY id', format: 'CSV' });
    expect(await csv.text()).toBe('3,"李娜"\n4,"plain"\n');
    const tsv = await client.query({ query: "SELECT name FROM conf.people WHERE name LIKE 'O%'", format: 'TabSeparated' });
    // TabSeparated escapes the quote as well, as a real server does.
    expect(await tsv.text()).toBe("O\\'Brien\\t\\\\\n");
  });

  it('defaults to TabSeparated, like a real server', async () => {
    const res = await fetch(`${ch.url}/?query=${encodeURIComponent('SELECT 1, 2')}`);
    expect(res.headers.get('x-clickhouse-format')).toBe('TabSeparated');
    expect(await res.text()).toBe('1\t2\n');
  });

  it('runs queries in the client database without USE', async () => {
    const scoped = ch.client({ database: 'conf' });
    const rs = await scoped.query({ query: 'SELECT currentDatabase() AS db, count() AS n FROM people', format: 'JSONEachRow' });
    expect(await rs.json()).toEqual([{ db: 'conf', n: '4' }]);
    const other = await client.query({ query: 'SELECT currentDatabase() AS db', format: 'JSONEachRow' });
    expect(await other.json()).toEqual([{ db: 'default' }]);
  });

  it('runs exec and command', async () => {
    const exec = await client.exec({ query: 'SELECT 42 FORMAT TabSeparated' });
    let text = '';
    for await (const chunk of exec.stream) text += String(chunk);
    expect(text).toBe('42\n');
    const cmd = await client.command({ query: 'INSERT INTO conf.people (id, name) SELECT number + 100, toString(number) FROM numbers(3)' });
    expect(cmd.summary?.written_rows).toBe('3');
  });

  it('rejects bad queries with a typed ClickHouseError', async () => {
    const unknown = await client.query({ query: 'SELECT * FROM conf.nope' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ClickHouseError);
    expect(unknown).toMatchObject({ code: '60', type: 'UNKNOWN_TABLE' });
    await expect(client.command({ query: 'SELECT 1 +' })).rejects.toMatchObject({ code: '62', type: 'SYNTAX_ERROR' });
    const res = await fetch(ch.url, { method: 'POST', body: 'SELECT * FROM conf.nope' });
    expect(res.headers.get('x-clickhouse-exception-code')).toBe('60');
    expect(await res.text()).toMatch(/^Code: 60\. DB::Exception: .+\(UNKNOWN_TABLE\) \(version 26\.7[\d.]*\)\n$/s);
  });

  it('echoes the query id and sends the real server headers', async () => {
    const rs = await client.query({ query: 'SELECT 1', format: 'JSONEachRow', query_id: 'my-query-id' });
    expect(rs.query_id).toBe('my-query-id');
    expect(rs.response_headers['x-clickhouse-query-id']).toBe('my-query-id');
    expect(rs.response_headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(String(rs.response_headers['x-clickhouse-summary']))).toHaveProperty('elapsed_ns');
    await rs.close();
  });

  it('reports in read_rows the rows a query read from its tables, as a server does', async () => {
    await client.command({
      query: 'CREATE TABLE conf.counted (k UInt64, v UInt64) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 1000',
    });
    await client.command({ query: 'INSERT INTO conf.counted SELECT number, number % 7 FROM numbers(100000)' });
    const readRows = async (query: string) => {
      const rs = await client.query({ query, format: 'JSONEachRow' });
      await rs.json();
      return Number((JSON.parse(String(rs.response_headers['x-clickhouse-summary'])) as { read_rows: string }).read_rows);
    };
    expect(await readRows('SELECT count() FROM conf.counted WHERE v = 3')).toBe(100000);
    expect(await readRows('SELECT count() FROM conf.counted WHERE k = 4242')).toBe(1000);
    const insert = await client.command({ query: 'INSERT INTO conf.counted SELECT k, v FROM conf.counted WHERE k < 10' });
    expect(insert.summary?.read_rows).toBe('1000');
  });
});
