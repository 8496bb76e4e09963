// `npm start`: the whole stack on this machine. Services (embedded unless env
// names real ones), migrations, source simulators, the ingest worker, the
// schedules from SOURCES_FILE, a first sync of every source, and the
// dashboard. Ctrl-C stops everything, children included.
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { spawnOwned, type OwnedChild } from '@liaison/temporal-dev';
import { applySchedules, connectTemporal, loadSources, parseIngestEnv, REPO_ROOT, startSync, STACK_FILE } from '@liaison/ingest';
import { startServices } from './services.ts';
import { startSimulators } from './simulators.ts';

const log = (line: string): void => console.log(line);
const dataDir = join(REPO_ROOT, '.data');
const dashboardPort = Number(process.env['LIAISON_DASHBOARD_PORT'] ?? 5173);
const sourcesFile = resolve(process.env['SOURCES_FILE'] ?? join(REPO_ROOT, 'infra/sources.json'));

const cleanups: Array<() => Promise<unknown>> = [];
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('\nstopping…');
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => log(`stop: ${String(e)}`));
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function child(name: string, args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): OwnedChild {
  const c = spawnOwned(process.execPath, args, (line) => log(`${name}: ${line}`), { env, cwd });
  cleanups.push(() => c.stop());
  void c.exited.then(({ code, signal }) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping the stack`);
      void shutdown(1);
    }
  });
  return c;
}

try {
  const sources = await loadSources(sourcesFile);
  const services = await startServices({ dataDir, env: process.env, persistent: true, log });
  cleanups.push(() => services.stop());
  const sims = await startSimulators(sources, process.env, log);
  cleanups.push(() => sims.stop());

  const stackEnv = { ...services.env, ...sims.env, SOURCES_FILE: sourcesFile };
  await mkdir(dataDir, { recursive: true });
  await writeFile(STACK_FILE, JSON.stringify(stackEnv, null, 2));
  cleanups.push(() => rm(STACK_FILE, { force: true }));
  const env = { ...process.env, ...stackEnv };

  child('worker', [join(REPO_ROOT, 'workflows/ingest/src/worker-main.ts')], env);
  const settings = parseIngestEnv(env);
  const temporal = await connectTemporal(settings.temporal);
  cleanups.push(() => temporal.connection.close());
  const applied = await applySchedules(temporal, sources, settings.temporal.taskQueue);
  log(`schedules: ${JSON.stringify(applied)}`);
  for (const s of sources) {
    await startSync(temporal, settings.temporal.taskQueue, { sourceId: s.id, mode: 'manual' }).catch((e: unknown) =>
      log(`sync ${s.id}: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  const vite = join(REPO_ROOT, 'apps/dashboard/node_modules/vite/bin/vite.js');
  child('dashboard', [vite, 'dev', '--host', '127.0.0.1', '--port', String(dashboardPort), '--strictPort'], env,
    join(REPO_ROOT, 'apps/dashboard'));

  log('');
  log(`Liaison is up.`);
  log(`  dashboard    http://127.0.0.1:${dashboardPort}/`);
  if (services.temporalUiUrl) log(`  temporal UI  ${services.temporalUiUrl}`);
  log(`  operators    pnpm liaison runs   (pnpm is in .tools/bin)`);
  log('Ctrl-C stops everything.');
} catch (err) {
  console.error(`liaison: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(2);
}
