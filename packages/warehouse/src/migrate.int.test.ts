// Migrations against the real engine: applied once, recorded, and a broken one
// stops start-up naming its file and the server's message.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { migrate, MigrationError } from './migrate.ts';
import { createTestDatabase } from './testing.ts';

describe('migrations', () => {
  it('are applied once: a second run applies nothing', async () => {
    const { settings, ch } = await createTestDatabase(inject('clickhouseUrl'));
    expect(await migrate(settings)).toEqual({ applied: [] });
    const rs = await ch.query({ query: 'SELECT count() AS n FROM schema_migrations FINAL', format: 'JSONEachRow' });
    expect(Number((await rs.json<{ n: string }>())[0]?.n)).toBeGreaterThanOrEqual(3);
    await ch.close();
  });

  it('refuse an applied migration that was edited since', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeFile(join(dir, '0001_t.sql'), 'CREATE TABLE IF NOT EXISTS t1 (a UInt8) ENGINE = Memory;\n');
    const settings = { url: inject('clickhouseUrl'), user: 'default', password: '', database: `edited_${Date.now()}` };
    expect(await migrate(settings, { dir })).toEqual({ applied: ['0001_t.sql'] });
    await writeFile(join(dir, '0001_t.sql'), 'CREATE TABLE IF NOT EXISTS t1 (a UInt16) ENGINE = Memory;\n');
    await expect(migrate(settings, { dir })).rejects.toThrow(/0001_t\.sql was changed after it was applied/);
  });

  it('stop on a failing statement, naming the file and the server message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeFile(join(dir, '0001_ok.sql'), 'CREATE TABLE IF NOT EXISTS t1 (a UInt8) ENGINE = Memory;\n');
    await writeFile(join(dir, '0002_broken.sql'), 'CREATE TABLE t2 (a NoSuchType) ENGINE = Memory;\n');
    const settings = { url: inject('clickhouseUrl'), user: 'default', password: '', database: `broken_${Date.now()}` };
    const run = migrate(settings, { dir });
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(run).rejects.toThrow(/0002_broken\.sql failed at statement 1: .*NoSuchType/);
  });
});
