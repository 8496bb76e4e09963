// The embedded engine's read-only account, against the engine: it reads the
// granted columns of the granted tables and nothing else, never writes, and
// its password is checked like the main account's.
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

const GRANTS = `
  CREATE USER IF NOT EXISTS reader IDENTIFIED BY '…';
  GRANT SELECT(id, n) ON d.runs TO reader;
  GRANT SELECT ON d.open TO reader;
  GRANT SELECT(id, n) ON d.narrow TO reader;
  GRANT SELECT ON d.secret TO somebody_else;`;

let ch: TestServer;
let admin: ClickHouseClient;
let reader: ClickHouseClient;

beforeAll(async () => {
  ch = await startTestServer(undefined, {
    auth: { user: 'default', password: 'admin-pass' },
    reader: { user: 'reader', password: 'reader-pass', grants: GRANTS },
  });
  admin = ch.client({ username: 'default', password: 'admin-pass' });
  reader = ch.client({ username: 'reader', password: 'reader-pass', database: 'd' });
  await admin.command({ query: 'CREATE DATABASE d' });
  for (const t of ['runs', 'open', 'secret']) {
    await admin.command({ query: `CREATE TABLE d.${t} (id String, err String, n UInt32) ENGINE = MergeTree ORDER BY id` });
    await admin.insert({ table: `d.${t}`, values: [{ id: 'a', err: 'https://x/?key=1', n: 2 }], format: 'JSONEachRow' });
  }
}, 60_000);
afterAll(() => ch?.stop());

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await reader.query({ query, format: 'JSONEachRow', query_params: params })).json();

describe('the read-only account', () => {
  it('reads granted columns, with parameters, through subqueries and CTEs', async () => {
    expect(await rows('SELECT id, n FROM runs WHERE n > {min:UInt32}', { min: 1 })).toEqual([{ id: 'a', n: 2 }]);
    expect(await rows('WITH x AS (SELECT id FROM runs) SELECT count() AS c FROM x JOIN open USING id')).toEqual([{ c: '1' }]);
    expect(await rows('SELECT * FROM d.open')).toHaveLength(1);
    expect(await rows('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('is refused a column, a table or a table function it was not granted', async () => {
    await expect(rows('SELECT err FROM runs')).rejects.toMatchObject({
      type: 'ACCESS_DENIED',
      message: expect.stringContaining('SELECT(err) ON d.runs'),
    });
    await expect(rows('SELECT * FROM runs')).rejects.toMatchObject({ type: 'ACCESS_DENIED' });
    await expect(rows("SELECT id FROM (SELECT id, err FROM runs WHERE err != '')")).rejects.toMatchObject({ type: 'ACCESS_DENIED' });
    await expect(rows('SELECT count() FROM secret')).rejects.toMatchObject({
      type: 'ACCESS_DENIED',
      message: expect.stringContaining('d.secret'),
    });
    await expect(rows("SELECT * FROM file('/etc/passwd', 'LineAsString')")).rejects.toMatchObject({ type: 'ACCESS_DENIED' });
  });

  it('checks a query again once the schema changed (verdicts are kept per query text)', async () => {
    await admin.command({ query: 'CREATE TABLE d.narrow (id String, n UInt32) ENGINE = MergeTree ORDER BY id' });
    await admin.insert({ table: 'd.narrow', values: [{ id: 'a', n: 2 }], format: 'JSONEachRow' });
    const everything = 'SELECT * FROM narrow WHERE n > {min:UInt32}';
    expect(await rows(everything, { min: 0 })).toEqual([{ id: 'a', n: 2 }]);
    expect(await rows(everything, { min: 5 })).toEqual([]);
    // A new column is not granted: the same text now reads it, and is refused.
    await admin.command({ query: 'ALTER TABLE d.narrow ADD COLUMN secret String' });
    await expect(rows(everything, { min: 0 })).rejects.toMatchObject({
      type: 'ACCESS_DENIED',
      message: expect.stringContaining('SELECT(secret) ON d.narrow'),
    });
  });

  it('never writes, whatever settings it sends', async () => {
    await expect(reader.insert({ table: 'd.open', values: [{ id: 'b', err: '', n: 1 }], format: 'JSONEachRow' })).rejects.toMatchObject({
      type: 'ACCESS_DENIED',
    });
    await expect(reader.command({ query: 'DROP TABLE d.open', clickhouse_settings: { readonly: '0' } })).rejects.toMatchObject({
      type: 'ACCESS_DENIED',
    });
    const left = await admin.query({ query: 'SELECT count() AS c FROM d.open', format: 'JSONEachRow' });
    expect(await left.json()).toEqual([{ c: '1' }]);
  });

  it('needs its own password', async () => {
    const wrong = ch.client({ username: 'reader', password: 'admin-pass' });
    await expect(wrong.query({ query: 'SELECT 1' })).rejects.toMatchObject({ type: 'AUTHENTICATION_FAILED' });
  });
});
