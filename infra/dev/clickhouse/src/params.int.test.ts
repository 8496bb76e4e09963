// Query parameters ({name:Type} bound from query_params) reach the engine
// escaped exactly once, over the URL and over a multipart body alike.
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let ch: TestServer;
let viaUrl: ClickHouseClient;
let viaForm: ClickHouseClient;

beforeAll(async () => {
  ch = await startTestServer();
  viaUrl = ch.client();
  viaForm = ch.client({ use_multipart_params: true });
}, 60_000);
afterAll(() => ch?.stop());

const tricky = 'it\'s "quoted" back\\slash\ttab\nnewline\r中文 ✓ \\N';

async function one<T>(client: ClickHouseClient, query: string, query_params: Record<string, unknown>): Promise<T> {
  const rs = await client.query({ query, query_params, format: 'JSONEachRow' });
  const rows = await rs.json<T>();
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe.each([
  ['URL', () => viaUrl],
  ['multipart', () => viaForm],
])('query_params over %s', (_, client) => {
  it('binds strings with quotes, backslashes, tabs, newlines and Chinese', async () => {
    const row = await one<{ s: string; len: string }>(client(), 'SELECT {s:String} AS s, length({s:String}) AS len', { s: tricky });
    expect(row.s).toBe(tricky);
    expect(row.len).toBe(String(Buffer.byteLength(tricky)));
  });

  it('binds arrays of strings and integers', async () => {
    const strings = ["a'b", 'c\\d', '中文', 'e"f', 'tab\there'];
    const row = await one<{ a: string[]; b: number[]; n: string }>(
      client(),
      'SELECT {a:Array(String)} AS a, {b:Array(UInt32)} AS b, length({a:Array(String)}) AS n',
      { a: strings, b: [1, 2, 4294967295] },
    );
    expect(row).toEqual({ a: strings, b: [1, 2, 4294967295], n: '5' });
  });

  it('binds Nullable null and non-null', async () => {
    const row = await one<{ a: string | null; b: string | null; isnull: number }>(
      client(),
      'SELECT {a:Nullable(String)} AS a, {b:Nullable(String)} AS b, isNull({a:Nullable(String)}) AS isnull',
      { a: null, b: 'x' },
    );
    expect(row).toEqual({ a: null, b: 'x', isnull: 1 });
  });

  it('binds DateTime and DateTime64(3) from Dates and strings', async () => {
    const at = new Date('2024-02-29T12:34:56.789Z');
    const row = await one<Record<string, string>>(
      client(),
      `SELECT {d:DateTime('UTC')} AS d, {d3:DateTime64(3, 'UTC')} AS d3, {s:DateTime64(3, 'UTC')} AS s`,
      { d: new Date('2024-02-29T12:34:56Z'), d3: at, s: '2024-02-29 12:34:56.789' },
    );
    expect(row).toEqual({ d: '2024-02-29 12:34:56', d3: '2024-02-29 12:34:56.789', s: '2024-02-29 12:34:56.789' });
  });

  it('binds 64-bit integers, maps and identifiers', async () => {
    const row = await one<Record<string, unknown>>(
      client(),
      'SELECT {big:UInt64} AS big, {m:Map(String, UInt8)} AS m, count() AS c FROM system.{t:Identifier}',
      { big: 18446744073709551615n, m: { "k'1": 1, 中: 2 }, t: 'one' },
    );
    expect(row).toEqual({ big: '18446744073709551615', m: { "k'1": 1, 中: 2 }, c: '1' });
  });
});

describe('parameter scope', () => {
  it('does not keep a parameter for the next request', async () => {
    await one(viaUrl, 'SELECT {gone:String} AS x', { gone: 'here' });
    await expect(viaUrl.query({ query: 'SELECT {gone:String} AS x', format: 'JSONEachRow' })).rejects.toMatchObject({
      type: 'UNKNOWN_QUERY_PARAMETER',
    });
  });

  it('binds parameters in inserts and commands', async () => {
    await viaUrl.command({ query: 'CREATE TABLE p (s String) ENGINE = MergeTree ORDER BY s' });
    await viaUrl.command({ query: 'INSERT INTO p VALUES ({s:String})', query_params: { s: tricky } });
    const row = await one<{ s: string }>(viaUrl, 'SELECT s FROM p WHERE s = {s:String}', { s: tricky });
    expect(row.s).toBe(tricky);
  });
});
