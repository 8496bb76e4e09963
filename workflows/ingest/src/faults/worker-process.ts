// For fault tests: the ingest worker as its own process, so a test can kill
// it with SIGKILL as an out-of-memory killer or a lost machine would, and
// start another in its place on the same task queue. The workflows are
// bundled once per test file and handed to every process.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testWorkflowBundle } from '../testing.ts';

const WORKER_MAIN = fileURLToPath(new URL('./bundled-worker-main.ts', import.meta.url));

export interface WorkerProcess {
  readonly pid: number;
  /** SIGKILL: no shutdown, no heartbeat, in-flight activities simply stop. */
  kill(): Promise<void>;
}

let bundleFile: Promise<string> | undefined;
async function writeBundle(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'workflow-bundle-')), 'workflows.js');
  await writeFile(file, (await testWorkflowBundle()).code);
  return file;
}

/** Starts a worker process with the settings in `env` (TEMPORAL_ADDRESS, CLICKHOUSE_URL, SOURCES_FILE, …). */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const bundle = await (bundleFile ??= writeBundle());
  const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, ...env, LIAISON_TEST_WORKFLOW_BUNDLE: bundle },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  return {
    pid: child.pid ?? -1,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
