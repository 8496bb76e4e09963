// `npm start`: the demo, the whole stack on this machine with simulated
// sources and demo data, kept in .data/ (production is `npm run serve`).
// Services are embedded unless env names real ones (interfaces.md). Prints the
// URLs; Ctrl-C stops everything, child processes included.
import { join } from 'node:path';
import { dashboardPort, processEnv, repoRoot, sourcesFilePath } from '@liaison/config';
import { demoBanner } from './banner.ts';
import { startStack, type Stack } from './stack.ts';

const log = (line: string): void => console.log(line);
let stack: Stack | undefined;
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('\nstopping…');
    await stack?.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const env = processEnv();
  log('Liaison DEMO: starting services, simulated sources and demo data (production is npm run serve)');
  stack = await startStack({
    dataDir: join(repoRoot(), '.data'),
    sourcesFile: sourcesFilePath(env),
    env,
    persistent: true,
    log,
    dashboard: { mode: 'dev', port: dashboardPort(env) },
    firstSync: 'start',
    onChildExit: () => void shutdown(1),
  });
  for (const line of demoBanner(stack)) log(line);
} catch (err) {
  console.error(`liaison: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(2);
}
