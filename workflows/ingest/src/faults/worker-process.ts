// For fault tests: the ingest worker as its own process (worker-main.ts), so a
// test can kill it with SIGKILL as an out-of-memory killer or a lost machine
// would, and start another in its place on the same task queue.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const WORKER_MAIN = fileURLToPath(new URL('../worker-main.ts', import.meta.url));

export interface WorkerProcess {
  readonly pid: number;
  /** SIGKILL: no shutdown, no heartbeat, in-flight activities simply stop. */
  kill(): Promise<void>;
}

/** Starts a worker process with the settings in `env` (TEMPORAL_ADDRESS, CLICKHOUSE_URL, SOURCES_FILE, …). */
export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = once(child, 'exit');
  return {
    pid: child.pid ?? -1,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
