// For integration tests of ingestion: a worker on the test run's Temporal dev
// server with its own task queue, activities on the test's own database, and
// a sources file written for the test's simulators and published to the
// test's database as `sources apply` would (workers read the applied version).
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { publishSourcesFile, type ClickHouseClient } from '@liaison/warehouse';
import { createActivities, type IngestActivities } from './activities/index.ts';
import { WORKFLOWS_PATH } from './worker.ts';

export interface TestIngest {
  client: Client;
  taskQueue: string;
  sourcesFile: string;
  /** Runs until stop(); restartable to simulate a worker coming back. */
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

// Retried activity failures are expected in fault tests; show only errors.
let runtimeInstalled = false;
function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger(process.env['LIAISON_TEST_VERBOSE'] === '1' ? 'INFO' : 'ERROR') });
  } catch {
    // already installed by an earlier worker in this process
  }
}

// Bundling the workflows takes seconds on this machine: one bundle serves
// every worker a test file starts (in this process or as a child process).
let workflowBundle: Promise<WorkflowBundleWithSourceMap> | undefined;
export function testWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  workflowBundle ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: new DefaultLogger('ERROR') });
  return workflowBundle;
}

export async function writeSourcesFile(sources: unknown[], alerts?: unknown[]): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'sources-')), 'sources.json');
  await writeFile(file, JSON.stringify(alerts ? { sources, alerts } : { sources }, null, 2));
  return file;
}

export async function startTestIngest(o: {
  temporalAddress: string;
  ch: ClickHouseClient;
  sources: unknown[];
  /** The sources file's `alerts`, if any. */
  alerts?: unknown[];
  env: Record<string, string>;
  /** LIAISON_PUBLIC_URL of the worker, for the alerts' console links. */
  publicUrl?: string;
  /** Test-only faults: wraps the activities the worker runs (e.g. fail after a page has loaded). */
  wrapActivities?: (activities: IngestActivities) => IngestActivities;
}): Promise<TestIngest> {
  quietRuntime();
  const sourcesFile = await writeSourcesFile(o.sources, o.alerts);
  await publishSourcesFile(o.ch, sourcesFile, 'test');
  const taskQueue = `test-${randomBytes(6).toString('hex')}`;
  const connection = await Connection.connect({ address: o.temporalAddress });
  const client = new Client({ connection });
  const native = await NativeConnection.connect({ address: o.temporalAddress });
  let running: { worker: Worker; done: Promise<void> } | null = null;
  const startWorker = async () => {
    const worker = await Worker.create({
      connection: native,
      taskQueue,
      workflowBundle: await testWorkflowBundle(),
      activities: (o.wrapActivities ?? ((a) => a))(createActivities({ ch: o.ch, env: o.env, publicUrl: o.publicUrl ?? null })),
    });
    running = { worker, done: worker.run() };
  };
  const stopWorker = async () => {
    if (!running) return;
    const r: { worker: Worker; done: Promise<void> } = running;
    running = null;
    r.worker.shutdown();
    await r.done;
  };
  await startWorker();
  return {
    client,
    taskQueue,
    sourcesFile,
    startWorker,
    stopWorker,
    async stop() {
      await stopWorker();
      await native.close();
      await connection.close();
    },
  };
}
