// Insert data in its many shapes: binary formats both ways, streams, column
// lists, per-insert settings, bad rows and empty bodies.
import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let ch: TestServer;
let client: ClickHouseClient;

beforeAll(async () => {
  ch = await startTestServer();
  client = ch.client();
  await client.command({ query: 'CREATE DATABASE data' });
  await client.command({ query: 'CREATE TABLE data.t (id UInt32, s String, d Nullable(Date)) ENGINE = MergeTree ORDER BY id' });
}, 60_000);
afterAll(() => ch?.stop());

async function bytesOf(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const rowsOf = async (query: string) => (await client.query({ query, format: 'JSONCompactEachRow' })).json();

describe('insert data', () => {
  it('round-trips Parquet: binary out through exec, binary in through insert', async () => {
    const exec = await client.exec({
      query:
        "SELECT toUInt32(number) AS id, concat('p', toString(number), '\\0中') AS s, CAST(NULL, 'Nullable(Date)') AS d FROM numbers(1000) FORMAT Parquet",
    });
    expect(exec.response_headers['content-type']).toBe('application/octet-stream');
    const parquet = await bytesOf(exec.stream);
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    const result = await client.insert({ table: 'data.t', values: Readable.from([parquet], { objectMode: false }), format: 'Parquet' });
    expect(result.summary?.written_rows).toBe('1000');
    expect(await rowsOf("SELECT count(), max(s) FROM data.t WHERE s LIKE 'p%'")).toEqual([['1000', 'p999\u0000中']]);
  });

  it('inserts a CSV stream with a column list into the client database', async () => {
    const scoped = ch.client({ database: 'data' });
    const csv = Readable.from(['2001,"a,b"\n', '2002,"multi\nline"\n'], { objectMode: false });
    const result = await scoped.insert({ table: 't', values: csv, format: 'CSV', columns: ['id', 's'] });
    expect(result.summary?.written_rows).toBe('2');
    expect(await rowsOf('SELECT id, s, d FROM data.t WHERE id > 2000 ORDER BY id')).toEqual([
      [2001, 'a,b', null],
      [2002, 'multi\nline', null],
    ]);
  });

  it('applies per-insert settings to the insert', async () => {
    const values = [{ id: 3001, s: 'x', d: '2024-01-02', extra: true }];
    await expect(
      client.insert({ table: 'data.t', values, format: 'JSONEachRow', clickhouse_settings: { input_format_skip_unknown_fields: 0 } }),
    ).rejects.toMatchObject({ code: '117', type: 'INCORRECT_DATA' });
    await client.insert({ table: 'data.t', values, format: 'JSONEachRow', clickhouse_settings: { input_format_skip_unknown_fields: 1 } });
    expect(await rowsOf('SELECT id, d FROM data.t WHERE id = 3001')).toEqual([[3001, '2024-01-02']]);
  });

  it('reports bad rows as parse errors and writes none of them', async () => {
    const bad = client.insert({
      table: 'data.t',
      values: [
        { id: 4001, s: 'ok' },
        { id: 'x', s: 'bad' },
      ],
      format: 'JSONEachRow',
    });
    await expect(bad).rejects.toMatchObject({ code: '27', type: 'CANNOT_PARSE_INPUT_ASSERTION_FAILED' });
    expect(await rowsOf('SELECT count() FROM data.t WHERE id = 4001')).toEqual([['0']]);
  });

  it('accepts an insert with an empty body, as a server does', async () => {
    const result = await client.insert({ table: 'data.t', values: Readable.from([]), format: 'JSONEachRow' });
    expect(result.summary?.written_rows).toBe('0');
  });

  it('runs inserts whose data is in the query text', async () => {
    const res = await fetch(ch.url, {
      method: 'POST',
      body: 'INSERT INTO data.t (id, s) FORMAT JSONEachRow\n{"id":5001,"s":"inline;ok"}\n',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.headers.get('x-clickhouse-summary') ?? '{}')).toMatchObject({ written_rows: '1' });
    await client.command({ query: "INSERT INTO data.t (id, s) VALUES (5002, 'values')" });
    expect(await rowsOf('SELECT id, s FROM data.t WHERE id > 5000 ORDER BY id')).toEqual([
      [5001, 'inline;ok'],
      [5002, 'values'],
    ]);
  });

  it('returns RowBinary results byte for byte', async () => {
    const exec = await client.exec({ query: "SELECT toUInt16(258) AS a, 'é' AS b FORMAT RowBinary" });
    expect([...(await bytesOf(exec.stream))]).toEqual([2, 1, 2, 0xc3, 0xa9]);
  });
});
