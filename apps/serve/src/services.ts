// The two services every part of the platform needs, from env when set (any
// Temporal cluster, any ClickHouse server) or else embedded and started here:
// the Temporal CLI dev server and the chDB engine behind ClickHouse's HTTP
// interface (loopback only; with a password made for the run, except in test
// runs). Migrations are applied before anything else may use the database.
// The embedded engines are dev packages (infra/dev), imported only when the
// env leaves a service unset: the container image, where both are set, ships
// without them (infra/deploy/Dockerfile).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseClickHouseEnv, parseClickHouseReaderEnv } from '@liaison/config';
import { DEFAULT_READER_USER, migrate, readerGrantsSql } from '@liaison/warehouse';

export interface Services {
  /** Env for every process of the stack: CLICKHOUSE_*, TEMPORAL_*. */
  env: Record<string, string>;
  temporalUiUrl: string | null;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  dataDir: string;
  env: Record<string, string | undefined>;
  /** Fixed, well-known ports and files on disk (dev stack) or free ports and memory (tests). */
  persistent: boolean;
  log: (line: string) => void;
}

export async function startServices(o: ServiceOptions): Promise<Services> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    const env: Record<string, string> = {};
    if (o.env['CLICKHOUSE_URL']) {
      const named = parseClickHouseEnv(o.env); // a bad setting stops start-up here, naming it
      const { protocol, host } = new URL(named.url); // never a user:password the URL may carry
      o.log(`clickhouse: using ${protocol}//${host} as ${named.user}`);
      const reader = parseClickHouseReaderEnv(o.env);
      if (reader) o.log(`clickhouse: public figures read as ${reader.user}`);
      else
        o.log(
          'clickhouse: CLICKHOUSE_READER_USER is unset: public figures read as the main user, read-only but able to read every table (see README, Security)',
        );
    } else {
      // A password made for this run, so another local user or process cannot use the
      // engine; test runs (not persistent: a throwaway engine for one suite) go without.
      // The read-only account of the public figures always exists, with the grants an
      // operator gives it on a real server, so every run reads public figures as production does.
      const auth = o.persistent ? { user: 'default', password: randomBytes(24).toString('base64url') } : undefined;
      const { database } = parseClickHouseEnv({ ...o.env, CLICKHOUSE_URL: 'http://127.0.0.1' });
      const reader = { user: DEFAULT_READER_USER, password: randomBytes(24).toString('base64url') };
      const { startEmbeddedClickHouse } = await import('@liaison/embedded-clickhouse');
      const ch = await startEmbeddedClickHouse({
        dataDir: join(o.dataDir, 'clickhouse'),
        port: 0,
        ...(auth ? { auth } : {}),
        reader: { ...reader, grants: readerGrantsSql(database, reader.user) },
      });
      stops.push(() => ch.stop());
      env['CLICKHOUSE_URL'] = ch.url;
      if (auth) {
        env['CLICKHOUSE_USER'] = auth.user;
        env['CLICKHOUSE_PASSWORD'] = auth.password;
      }
      env['CLICKHOUSE_READER_USER'] = reader.user;
      env['CLICKHOUSE_READER_PASSWORD'] = reader.password;
      o.log(`clickhouse: embedded engine at ${ch.url} (data in ${join(o.dataDir, 'clickhouse')})`);
    }
    const settings = parseClickHouseEnv({ ...o.env, ...env });
    env['CLICKHOUSE_DATABASE'] = settings.database;
    await migrate(settings, { log: (l) => o.log(`clickhouse: ${l}`) });

    let temporalUiUrl: string | null = null;
    if (o.env['TEMPORAL_ADDRESS']) {
      o.log(`temporal: using ${o.env['TEMPORAL_ADDRESS']}`);
    } else {
      const { startTemporalDevServer } = await import('@liaison/temporal-dev');
      const t = await startTemporalDevServer({
        ...(o.persistent ? { dbFile: join(o.dataDir, 'temporal', 'temporal.db'), port: 7233, uiPort: 8233 } : { headless: true }),
        log: (l) => {
          if (l.trim()) o.log(`temporal: ${l}`);
        },
      });
      stops.push(() => t.stop());
      env['TEMPORAL_ADDRESS'] = t.address;
      env['TEMPORAL_NAMESPACE'] = t.namespace;
      temporalUiUrl = t.uiUrl;
      if (t.uiUrl) env['TEMPORAL_UI_URL'] = t.uiUrl; // for the Temporal links of `liaison status`
      o.log(`temporal: dev server at ${t.address}`);
    }
    return { env, temporalUiUrl, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
