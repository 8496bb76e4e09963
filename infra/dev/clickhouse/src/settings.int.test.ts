// Per-request settings apply to their own request only, even when it fails;
// HTTP compression works both ways; GET requests may only read.
import { gzipSync } from 'node:zlib';
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let ch: TestServer;
let client: ClickHouseClient;

beforeAll(async () => {
  ch = await startTestServer();
  client = ch.client();
}, 60_000);
afterAll(() => ch?.stop());

async function setting(name: string): Promise<string> {
  const rs = await client.query({ query: `SELECT toString(getSetting('${name}')) AS v`, format: 'JSONEachRow' });
  return (await rs.json<{ v: string }>())[0]!.v;
}

describe('per-request settings', () => {
  it('applies a setting to its request and not to the next', async () => {
    const unquoted = await client.query({
      query: 'SELECT toUInt64(1) AS u',
      format: 'JSONEachRow',
      clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
    });
    expect(await unquoted.json()).toEqual([{ u: 1 }]);
    const quoted = await client.query({ query: 'SELECT toUInt64(1) AS u', format: 'JSONEachRow' });
    expect(await quoted.json()).toEqual([{ u: '1' }]);
  });

  it('resets settings after a request that failed because of them', async () => {
    const limited = client.query({
      query: 'SELECT number FROM numbers(10)',
      format: 'JSONEachRow',
      clickhouse_settings: { max_result_rows: '1', result_overflow_mode: 'throw' },
    });
    await expect(limited).rejects.toMatchObject({ type: 'TOO_MANY_ROWS_OR_BYTES' });
    const rs = await client.query({ query: 'SELECT number FROM numbers(10)', format: 'JSONEachRow' });
    expect(await rs.json()).toHaveLength(10);
    expect(await setting('max_result_rows')).toBe('0');
  });

  it('does not carry a SET statement into the next request', async () => {
    await client.command({ query: 'SET max_result_rows = 5' });
    expect(await setting('max_result_rows')).toBe('0');
  });

  it('applies string, enum and boolean settings', async () => {
    const rs = await client.query({
      query: "SELECT getSetting('date_time_input_format') AS f, getSetting('async_insert') AS a",
      format: 'JSONEachRow',
      clickhouse_settings: { date_time_input_format: 'basic', async_insert: 0, wait_end_of_query: 1 },
    });
    expect(await rs.json()).toEqual([{ f: 'basic', a: false }]);
    expect(await setting('date_time_input_format')).toBe('best_effort');
  });

  it('takes default_format from the settings and rejects unknown settings', async () => {
    const res = await fetch(`${ch.url}/?default_format=JSONEachRow`, { method: 'POST', body: 'SELECT 1 AS x' });
    expect(await res.text()).toBe('{"x":1}\n');
    await expect(client.query({ query: 'SELECT 1', clickhouse_settings: { no_such_setting_xyz: 1 } })).rejects.toMatchObject({
      code: '115',
      type: 'UNKNOWN_SETTING',
    });
  });

  it('inserts with async_insert and best-effort date parsing', async () => {
    await client.command({ query: 'CREATE TABLE events (at DateTime, n UInt8) ENGINE = MergeTree ORDER BY at' });
    await client.insert({
      table: 'events',
      format: 'JSONEachRow',
      values: [{ at: '2024-01-02T03:04:05Z', n: 1 }],
      clickhouse_settings: { async_insert: 1, wait_for_async_insert: 1, date_time_input_format: 'best_effort' },
    });
    const rs = await client.query({ query: "SELECT toString(at, 'UTC') AS at FROM events", format: 'JSONEachRow' });
    expect(await rs.json()).toEqual([{ at: '2024-01-02 03:04:05' }]);
  });
});

describe('HTTP details', () => {
  it('compresses requests and responses with gzip when asked', async () => {
    const gz = ch.client({ compression: { request: true, response: true } });
    await gz.command({ query: 'CREATE TABLE zipped (s String) ENGINE = MergeTree ORDER BY s' });
    const values = Array.from({ length: 1000 }, (_, i) => ({ s: `行 ${i} ${'x'.repeat(50)}` }));
    const ins = await gz.insert({ table: 'zipped', values, format: 'JSONEachRow' });
    expect(ins.summary?.written_rows).toBe('1000');
    const rs = await gz.query({ query: 'SELECT s FROM zipped ORDER BY s', format: 'JSONEachRow' });
    expect(rs.response_headers['content-encoding']).toBe('gzip');
    expect(await rs.json()).toHaveLength(1000);
  });

  it('gzips a response only with enable_http_compression=1 and Accept-Encoding', async () => {
    const plain = await fetch(`${ch.url}/?query=SELECT+1`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const url = `${ch.url}/?enable_http_compression=1`;
    const body = gzipSync('SELECT 2');
    const res = await fetch(url, { method: 'POST', body, headers: { 'Content-Encoding': 'gzip', 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe('2\n'); // fetch decodes gzip itself
    const raw = await fetch(url, { method: 'POST', body: 'SELECT 3', headers: { 'Accept-Encoding': 'identity' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(await raw.text()).toBe('3\n');
  });

  it('lets GET read but not write', async () => {
    const read = await fetch(`${ch.url}/?query=${encodeURIComponent('SELECT 1 + 1')}`);
    expect(await read.text()).toBe('2\n');
    const write = await fetch(`${ch.url}/?query=${encodeURIComponent('CREATE TABLE g (x UInt8) ENGINE = Memory')}`);
    expect(write.status).toBe(500);
    expect(write.headers.get('x-clickhouse-exception-code')).toBe('164');
  });
});
