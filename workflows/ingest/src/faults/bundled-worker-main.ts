// The worker process of the fault tests: worker-main.ts, but on workflows
// bundled once by the test (a file named by LIAISON_TEST_WORKFLOW_BUNDLE), so
// that starting a worker after killing one does not bundle them again.
import { readFile } from 'node:fs/promises';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { parseWorkerEnv } from '@liaison/config';
import { createIngestWorker } from '../worker.ts';

const settings = parseWorkerEnv();
Runtime.install({ logger: new DefaultLogger('ERROR') });
const code = await readFile(process.env['LIAISON_TEST_WORKFLOW_BUNDLE'] ?? '', 'utf8');
const { worker, close } = await createIngestWorker(settings, settings.secrets, { workflowBundle: { code } });
await worker.run();
await close();
