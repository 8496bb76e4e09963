// The processes of one `serve` host: N ingest workers and the built dashboard
// (adapter-node), each a child that cannot outlive this process. Their output
// is passed through line by line: JSON lines (the worker's) unchanged, any
// other line (the dashboard's) as the msg of a JSON line naming the role.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, dashboardPort, repoRoot, spawnOwned, type Env, type OwnedChild } from '@liaison/config';
import type { ServeArgs } from './args.ts';

export interface RoleProcess extends OwnedChild {
  name: string;
}

/** The built dashboard (adapter-node's handler), which dashboard-server.ts serves. */
export const dashboardEntry = (): string => join(repoRoot(), 'apps/dashboard/build/handler.js');
const dashboardServer = (): string => join(repoRoot(), 'apps/serve/src/dashboard-server.ts');

/**
 * Brings the dashboard's build up to date (turbo: nothing is rebuilt when its
 * sources did not change), then checks that it is there.
 */
export async function buildDashboard(log: (line: string) => void): Promise<void> {
  const say = (line: string) => {
    if (line.trim()) log(line);
  };
  const turbo = spawnOwned('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@liaison/dashboard', '--output-logs=errors-only'], say, {
    cwd: repoRoot(),
  });
  const end = await turbo.exited;
  if (end.code !== 0) throw new ConfigError(`the dashboard could not be built (${end.signal ?? `exit ${end.code}`}; said above)`);
  checkDashboardBuilt();
}

/** Refuses to start a dashboard that was never built, saying how to build it. */
export function checkDashboardBuilt(): void {
  if (!existsSync(dashboardEntry())) {
    throw new ConfigError(
      `the dashboard is not built (${dashboardEntry()} is missing): run pnpm --filter @liaison/dashboard build, or serve without --no-build`,
    );
  }
}

/** A child's output line as one JSON line. */
export function asJsonLine(role: string, line: string, now = new Date()): string {
  if (line.startsWith('{') && line.endsWith('}')) return line;
  return JSON.stringify({ time: now.toISOString(), level: 'info', component: role, msg: line });
}

const passThrough = (role: string) => (line: string) => void process.stdout.write(`${asJsonLine(role, line)}\n`);

export function startRoles(args: ServeArgs, env: Env): RoleProcess[] {
  const started: RoleProcess[] = [];
  if (args.roles.has('worker')) {
    for (let i = 1; i <= args.workers; i++) {
      const child = spawnOwned(process.execPath, [join(repoRoot(), 'workflows/ingest/src/worker-main.ts')], passThrough(`worker ${i}`), {
        env,
        cwd: repoRoot(),
      });
      started.push({ ...child, name: `worker ${i}` });
    }
  }
  if (args.roles.has('dashboard')) {
    const dashboardEnv = { ...env, PORT: String(dashboardPort(env)), HOST: env['HOST'] ?? '0.0.0.0' };
    const child = spawnOwned(process.execPath, [dashboardServer()], passThrough('dashboard'), { env: dashboardEnv, cwd: repoRoot() });
    started.push({ ...child, name: 'dashboard' });
  }
  return started;
}
