// `npm run serve`: production. Runs this host's roles (the ingest workers and
// the built dashboard, or one of them) against the services the env names,
// or, with CLICKHOUSE_URL / TEMPORAL_ADDRESS unset, the embedded engines with
// data in .data/ (single host; their addresses go to .data/stack.json for the
// CLI). No simulator, no demo data, no first sync: syncs come from the applied
// schedules, the command line and the console. On a new installation it
// applies SOURCES_FILE once (first-apply.ts). SIGTERM (or Ctrl-C) drains
// every role and exits 0.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ConfigError,
  keptSessionSecret,
  parseClickHouseEnv,
  processEnv,
  repoRoot,
  sessionSecretSetting,
  stackFile,
  writeStackFile,
} from '@liaison/config';
import { createClickHouseClient } from '@liaison/warehouse';
import { parseServeArgs } from './args.ts';
import { applyIfNothingApplied } from './first-apply.ts';
import { setUpFirstOperator } from './first-operator.ts';
import { serveLog as log } from './log.ts';
import { buildDashboard, checkDashboardBuilt, startRoles, type RoleProcess } from './roles.ts';
import { startServices, type Services } from './services.ts';

let services: Services | undefined;
let roles: RoleProcess[] = [];
let stopping: Promise<never> | undefined;

/** Drains every role (SIGTERM, then waits), then stops the embedded engines. */
function shutdown(reason: string, code: number): Promise<never> {
  return (stopping ??= (async () => {
    log('info', `stopping (${reason}): draining ${roles.map((r) => r.name).join(', ') || 'nothing'}`);
    const ends = await Promise.all(roles.map(async (r) => ({ name: r.name, end: (await r.stop(60_000), await r.exited) })));
    const unclean = ends.filter((e) => e.end.code !== 0);
    for (const e of unclean) log('error', `${e.name} did not stop cleanly (${e.end.signal ?? `exit ${e.end.code}`})`);
    await services?.stop();
    await rm(stackFile(), { force: true });
    log('info', 'stopped');
    process.exit(unclean.length > 0 ? Math.max(code, 1) : code);
  })());
}

/**
 * Whoever started serve (npm, a process manager) may die without passing on
 * its SIGTERM; serve then drains as if it had, rather than run on unattended.
 */
function watchParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('the process that started serve is gone', 0);
  }, 1000).unref();
}

try {
  const env = processEnv();
  const args = parseServeArgs(process.argv.slice(2));
  const embedded = !env['CLICKHOUSE_URL'] || !env['TEMPORAL_ADDRESS'];
  if (embedded && args.roles.size < 2) {
    throw new ConfigError('--role runs one role on its own host, so the services must be named: set CLICKHOUSE_URL and TEMPORAL_ADDRESS', [
      env['CLICKHOUSE_URL'] ? 'TEMPORAL_ADDRESS' : 'CLICKHOUSE_URL',
    ]);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutdown(signal, 0));
  watchParent();
  if (args.roles.has('dashboard')) {
    if (args.build) await buildDashboard((line) => log('info', `dashboard build: ${line}`));
    else checkDashboardBuilt();
  }

  const dataDir = join(repoRoot(), '.data');
  if (embedded) log('info', `embedded engines for what the env leaves unset (single host, data in ${dataDir})`);
  services = await startServices({ dataDir, env, persistent: true, log: (line) => log('info', line) });
  if (embedded) {
    await writeStackFile(services.env);
  }
  const serviceEnv = { ...env, ...services.env };
  if (args.roles.has('dashboard')) {
    // A login must hold on every dashboard replica: they share one signing secret.
    if (!embedded && !sessionSecretSetting(env)) {
      throw new ConfigError('the dashboard needs LIAISON_SESSION_SECRET (32+ characters, the same on every dashboard replica)', [
        'LIAISON_SESSION_SECRET',
      ]);
    }
    serviceEnv['LIAISON_SESSION_SECRET'] = await keptSessionSecret({ dataDir, env });
  }
  const ch = createClickHouseClient(parseClickHouseEnv(serviceEnv));
  try {
    await setUpFirstOperator(ch, serviceEnv, (line) => log('info', line));
    await applyIfNothingApplied(ch, serviceEnv, (line) => log('info', line));
  } finally {
    await ch.close();
  }

  roles = startRoles(args, serviceEnv);
  for (const r of roles)
    void r.exited.then((end) => stopping ?? shutdown(`${r.name} exited on its own (${end.signal ?? `exit ${end.code}`})`, 1));
  log('info', `serving: ${roles.map((r) => r.name).join(', ')}; no sync starts until a schedule, the CLI or the console starts one`);
} catch (err) {
  log('error', err instanceof Error ? err.message : String(err));
  await shutdown('start-up failed', err instanceof ConfigError ? 2 : 1);
}
