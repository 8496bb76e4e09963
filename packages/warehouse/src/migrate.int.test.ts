// Migrations against the real engine: applied once, recorded, and a broken one
// stops start-up naming its file and the server's message.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { clusterForm } from './cluster-form.ts';
import { loadMigrations, migrate, MigrationError } from './migrate.ts';
import { LOCK_STALE_MS } from './migration-lock.ts';
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

describe('migrations on a cluster (CLICKHOUSE_CLUSTER)', () => {
  it('render every statement in a form the engine parses, naming engines it has', async () => {
    const { ch } = await createTestDatabase(inject('clickhouseUrl'));
    const rs = await ch.query({ query: 'SELECT name FROM system.table_engines', format: 'JSONEachRow' });
    const engines = new Set((await rs.json<{ name: string }>()).map((r) => r.name));
    let statements = 0;
    for (const m of await loadMigrations()) {
      for (const statement of m.statements) {
        const form = clusterForm(statement, 'province');
        // formatQuery parses without running: the statement is valid SQL for this engine's parser.
        const parsed = await ch.query({ query: 'SELECT formatQuery({q:String}) AS f', query_params: { q: form }, format: 'JSONEachRow' });
        const [row] = await parsed.json<{ f: string }>();
        if (/^\s*(CREATE|ALTER)\b/i.test(statement)) expect(row?.f, m.file).toMatch(/ON CLUSTER province/);
        for (const [, engine] of form.matchAll(/ENGINE = (\w+)/g)) {
          expect(engine, m.file).toMatch(/^Replicated/);
          expect(engines, `${m.file}: ${engine}`).toContain(engine);
        }
        statements++;
      }
    }
    expect(statements).toBeGreaterThan(40);
    await ch.close();
  });
});

describe('the migration lock', () => {
  it('lets one of two migrators starting at once apply each migration; the other waits, then finds nothing to do', async () => {
    const settings = { url: inject('clickhouseUrl'), user: 'default', password: '', database: `race_${Date.now()}` };
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const [a, b] = await Promise.all([migrate(settings, { log, lockPollMs: 50 }), migrate(settings, { log, lockPollMs: 50 })]);
    const files = (await loadMigrations()).map((m) => m.file);
    expect([...a.applied, ...b.applied].sort()).toEqual(files.sort());
    expect(lines.filter((l) => l.startsWith('migrated ')).length).toBe(files.length);
  });

  it('breaks a lock left by a migrator that died, and says so', async () => {
    const { settings, ch } = await createTestDatabase(inject('clickhouseUrl'));
    const since = Date.now() - LOCK_STALE_MS - 60_000;
    const comment = JSON.stringify({ holder: 'host-a pid 1', since });
    await ch.command({ query: `CREATE TABLE schema_migrations_lock (x UInt8) ENGINE = MergeTree ORDER BY x COMMENT '${comment}'` });
    const lines: string[] = [];
    expect(await migrate(settings, { log: (l) => lines.push(l) })).toEqual({ applied: [] });
    expect(lines[0]).toMatch(/^breaking a stale migration lock held by host-a pid 1 since /);
    const rs = await ch.query({
      query: "SELECT count() AS n FROM system.tables WHERE database = currentDatabase() AND name = 'schema_migrations_lock'",
      format: 'JSONEachRow',
    });
    expect(await rs.json()).toEqual([{ n: '0' }]);
    await ch.close();
  });
});
