// Applies the numbered SQL migrations (packages/warehouse/migrations/NNNN_name.sql) once
// each, in order, recording them in `schema_migrations`. Re-running is a no-op;
// a failed migration stops start-up naming its file and the server's message.
// One migrator at a time (migration-lock.ts); with CLICKHOUSE_CLUSTER every
// statement runs in its cluster form (cluster-form.ts).
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createClickHouseClient } from './client.ts';
import { clusterForm } from './cluster-form.ts';
import { withMigrationLock } from './migration-lock.ts';
import type { ClickHouseSettings } from './env.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export interface Migration {
  version: number;
  file: string;
  statements: string[];
  checksum: string;
}

/** Statements are separated by a `;` that ends a line. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const m = FILE_NAME.exec(file);
    if (!m) throw new MigrationError(`${join(dir, file)}: name must look like 0001_what_it_does.sql`);
    const sql = await readFile(join(dir, file), 'utf8');
    const version = Number(m[1]);
    if (migrations.some((x) => x.version === version)) {
      throw new MigrationError(`${join(dir, file)}: version ${version} is used twice`);
    }
    const checksum = createHash('sha256').update(sql).digest('hex');
    migrations.push({ version, file, statements: splitStatements(sql), checksum });
  }
  return migrations;
}

export async function migrate(
  settings: ClickHouseSettings,
  opts: { dir?: string; log?: (line: string) => void; lockPollMs?: number } = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const { cluster } = settings;
  const form = (statement: string) => (cluster ? clusterForm(statement, cluster) : statement);
  const root = createClickHouseClient(settings, { database: null });
  try {
    await root.command({ query: form(`CREATE DATABASE IF NOT EXISTS \`${settings.database}\``) });
  } finally {
    await root.close();
  }
  const ch = createClickHouseClient(settings);
  try {
    return await withMigrationLock(ch, { cluster, log, pollMs: opts.lockPollMs }, async () => {
      await ch.command({
        query: form(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version UInt32, file String, checksum String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
        ) ENGINE = ReplacingMergeTree ORDER BY version`),
      });
      const done = await ch.query({ query: 'SELECT version, checksum FROM schema_migrations FINAL', format: 'JSONEachRow' });
      const applied = new Map((await done.json<{ version: number; checksum: string }>()).map((r) => [Number(r.version), r.checksum]));
      const appliedNow: string[] = [];
      for (const m of await loadMigrations(opts.dir)) {
        const recorded = applied.get(m.version);
        if (recorded !== undefined) {
          // An applied migration is history: editing it would leave databases
          // that ran the old text different from new ones.
          if (recorded !== m.checksum) {
            throw new MigrationError(
              `migration ${m.file} was changed after it was applied to ${settings.database}; add a new migration instead`,
            );
          }
          continue;
        }
        for (const [i, statement] of m.statements.entries()) {
          try {
            await ch.command({ query: form(statement) });
          } catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            throw new MigrationError(`migration ${m.file} failed at statement ${i + 1}: ${reason}`, { cause: err });
          }
        }
        await ch.insert({
          table: 'schema_migrations',
          values: [{ version: m.version, file: m.file, checksum: m.checksum }],
          format: 'JSONEachRow',
        });
        log(`migrated ${m.file}`);
        appliedNow.push(m.file);
      }
      return { applied: appliedNow };
    });
  } finally {
    await ch.close();
  }
}
