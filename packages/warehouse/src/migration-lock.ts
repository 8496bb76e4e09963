// One migrator at a time, across every host that starts against the same
// database (two dashboard replicas and a worker starting together). The lock
// is a table: CREATE TABLE without IF NOT EXISTS succeeds for exactly one
// caller (on a cluster, through the same ON CLUSTER DDL queue as the
// migrations), the others wait for it to be dropped. Its comment names the
// holder and when it took the lock, so a lock left by a migrator that died is
// broken after LOCK_STALE_MS, and said so.
import { hostname } from 'node:os';
import type { ClickHouseClient } from './client.ts';
import { clusterName } from './cluster-form.ts';
import { sqlString } from './sql-literal.ts';

const LOCK_TABLE = 'schema_migrations_lock';
/** Far longer than any migration takes: a lock this old was left by a migrator that died. */
export const LOCK_STALE_MS = 15 * 60_000;

interface LockOptions {
  cluster?: string | undefined;
  log: (line: string) => void;
  /** How long to wait between looks at a held lock. */
  pollMs?: number;
}

interface Holder {
  holder: string;
  since: number;
}

export async function withMigrationLock<T>(ch: ClickHouseClient, opts: LockOptions, fn: () => Promise<T>): Promise<T> {
  const on = opts.cluster ? ` ON CLUSTER ${clusterName(opts.cluster)}` : '';
  const engine = opts.cluster ? 'ReplicatedMergeTree' : 'MergeTree';
  const me: Holder = { holder: `${hostname()} pid ${process.pid}`, since: Date.now() };
  let waitingFor: string | undefined;
  for (;;) {
    try {
      await ch.command({
        query: `CREATE TABLE ${LOCK_TABLE}${on} (x UInt8) ENGINE = ${engine} ORDER BY x COMMENT ${sqlString(JSON.stringify({ ...me, since: Date.now() }))}`,
      });
      break;
    } catch (err) {
      if (!alreadyExists(err)) throw err;
    }
    const held = await holderOf(ch);
    if (held && Date.now() - held.since > LOCK_STALE_MS) {
      opts.log(`breaking a stale migration lock held by ${held.holder} since ${new Date(held.since).toISOString()}`);
      await release(ch, on);
      continue;
    }
    if (held && waitingFor !== held.holder) {
      waitingFor = held.holder;
      opts.log(`waiting for ${held.holder} to finish migrating`);
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
  }
  try {
    return await fn();
  } finally {
    await release(ch, on);
  }
}

function alreadyExists(err: unknown): boolean {
  const e = err as { type?: string; message?: string } | null;
  return e?.type === 'TABLE_ALREADY_EXISTS' || /TABLE_ALREADY_EXISTS|already exists/i.test(e?.message ?? '');
}

async function holderOf(ch: ClickHouseClient): Promise<Holder | null> {
  const rs = await ch.query({
    query: 'SELECT comment FROM system.tables WHERE database = currentDatabase() AND name = {t:String}',
    query_params: { t: LOCK_TABLE },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ comment: string }>();
  if (!row) return null;
  try {
    return JSON.parse(row.comment) as Holder;
  } catch {
    return { holder: 'an unknown migrator', since: 0 };
  }
}

async function release(ch: ClickHouseClient, on: string): Promise<void> {
  await ch.command({ query: `DROP TABLE IF EXISTS ${LOCK_TABLE}${on} SYNC` });
}
