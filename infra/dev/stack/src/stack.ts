// The whole platform on one machine, as the dev stack and the end-to-end tests
// run it: services, source simulators, the ingest worker (its own process),
// schedules, a first sync of every source, and the dashboard.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnOwned, type OwnedChild } from '@liaison/temporal-dev';
import { loadSources, parseClickHouseEnv, parseIngestEnv, repoRoot, stackFile, writeStackFile, type IngestSettings } from '@liaison/config';
import { createClickHouseClient, publishSourcesFile } from '@liaison/warehouse';
import { applySchedules } from '@liaison/ingest';
import { connectTemporal, runSync, startSync } from '@liaison/temporal-client';
import { startServices } from '@liaison/serve/services';
import { startSimulators } from './simulators.ts';
import { prepareAccess } from './access.ts';
import { seedDemoMembers, syncInboxUntilTaken } from './members.ts';
import { pauseSchedules, waitUntilSyncsSettled } from './settle.ts';
import { outputTail, waitForHttp, type StartingServer } from './wait-http.ts';

export interface StackOptions {
  dataDir: string;
  sourcesFile: string;
  env: Record<string, string | undefined>;
  /** Dev stack: fixed ports, data kept in dataDir, .data/stack.json written for the CLI. */
  persistent: boolean;
  log: (line: string) => void;
  /** `dev`: vite dev server; `built`: the adapter-node build (run `build` first). */
  dashboard: { mode: 'dev' | 'built'; port: number } | null;
  /** Start a sync of every source (`start`) or also wait for them all (`wait`). */
  firstSync: 'start' | 'wait';
  /** End-to-end tests: pause the schedules and return only once no sync runs (settle.ts). */
  settled?: boolean;
  /** Called when a child process dies on its own. */
  onChildExit?: (name: string) => void;
}

export interface Stack {
  env: Record<string, string>;
  temporalUiUrl: string | null;
  dashboardUrl: string | null;
  /** The console login the stack set up. */
  operator: { name: string; password: string; generated: boolean };
  stop(): Promise<void>;
}

export async function startStack(o: StackOptions): Promise<Stack> {
  const cleanups: Array<() => Promise<unknown>> = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => o.log(`stop: ${String(e)}`));
  };
  const child = (name: string, args: string[], env: NodeJS.ProcessEnv, cwd = repoRoot()): OwnedChild & StartingServer => {
    const tail = outputTail();
    const c = spawnOwned(
      process.execPath,
      args,
      (line) => {
        tail.add(line);
        o.log(`${name}: ${line}`);
      },
      { env, cwd },
    );
    cleanups.push(() => c.stop());
    void c.exited.then(({ code, signal }) => {
      if (stopping) return;
      o.log(`${name} exited (${signal ?? code})`);
      o.onChildExit?.(name);
    });
    return { ...c, name, lastOutput: tail.lines };
  };
  try {
    const sources = await loadSources(o.sourcesFile);
    const services = await startServices({ dataDir: o.dataDir, env: o.env, persistent: o.persistent, log: o.log });
    cleanups.push(() => services.stop());
    const sims = await startSimulators(sources, o.env, o.log);
    cleanups.push(() => sims.stop());

    const access = await prepareAccess(o, services.env);
    const stackEnv = { ...services.env, ...sims.env, ...access.env, SOURCES_FILE: o.sourcesFile };
    if (o.persistent) {
      await mkdir(o.dataDir, { recursive: true });
      await writeStackFile(stackEnv);
      cleanups.push(() => rm(stackFile(), { force: true }));
    }
    const env = { ...o.env, ...stackEnv };
    const settings = parseIngestEnv(env);
    o.log(`sources: ${await applySourcesFile(settings)}`);

    child('worker', [join(repoRoot(), 'workflows/ingest/src/worker-main.ts')], env);
    const temporal = await connectTemporal(settings.temporal);
    cleanups.push(() => temporal.connection.close());
    o.log(`schedules: ${JSON.stringify(await applySchedules(temporal, sources, settings.temporal.taskQueue))}`);
    if (o.settled) o.log(`paused: ${(await pauseSchedules(temporal, 'end-to-end tests read settled data')).join(', ')}`);
    const syncs = sources.map(async (s) => {
      const req = { sourceId: s.id, mode: 'manual' as const };
      if (o.firstSync === 'wait') {
        const r = await runSync(temporal, settings.temporal.taskQueue, req);
        o.log(`sync ${s.id}: ${r.status}, ${r.loaded} loaded, ${r.quarantined} quarantined`);
      } else {
        await startSync(temporal, settings.temporal.taskQueue, req).catch((e: unknown) => o.log(`sync ${s.id}: ${String(e)}`));
      }
    });
    await Promise.all(syncs);

    let dashboardUrl: string | null = null;
    if (o.dashboard) {
      const { port } = o.dashboard;
      const dir = join(repoRoot(), 'apps/dashboard');
      const vite = join(dir, 'node_modules/vite/bin/vite.js');
      const server =
        o.dashboard.mode === 'dev'
          ? child('dashboard', [vite, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], env, dir)
          : // The built dashboard as serve runs it (plain http here: see dashboard-server.ts).
            child(
              'dashboard',
              [join(repoRoot(), 'apps/serve/src/dashboard-server.ts')],
              { ...env, HOST: '127.0.0.1', PORT: String(port) },
              dir,
            );
      dashboardUrl = `http://127.0.0.1:${port}`;
      await waitForHttp(`${dashboardUrl}/`, server);
      const inbox = sources.find((s) => s.kind === 'member-inbox');
      const submitted = inbox ? await seedDemoMembers(dashboardUrl, env, o.log) : 0;
      if (inbox && submitted > 0) {
        const req = { sourceId: inbox.id, mode: 'manual' as const };
        const taken = syncInboxUntilTaken(() => runSync(temporal, settings.temporal.taskQueue, req), submitted);
        if (o.firstSync === 'wait') await taken;
        else void taken.catch((e: unknown) => o.log(`sync ${inbox.id}: ${String(e)}`));
      }
    }
    if (o.settled) {
      const ch = createClickHouseClient(parseClickHouseEnv(env));
      await waitUntilSyncsSettled(temporal, ch).finally(() => ch.close());
    }
    return { env: stackEnv, temporalUiUrl: services.temporalUiUrl, dashboardUrl, operator: access.operator, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Publishes the stack's sources file, as `sources apply` does: workers and the dashboard read the applied version. */
async function applySourcesFile(settings: IngestSettings): Promise<string> {
  const ch = createClickHouseClient(settings.clickhouse);
  try {
    const { published, changed } = await publishSourcesFile(ch, settings.sourcesFile, settings.operator);
    return `${changed ? 'published' : 'unchanged'} version ${published.version}`;
  } finally {
    await ch.close();
  }
}
