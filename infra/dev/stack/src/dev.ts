// `npm start`: the whole stack on this machine, with data kept in .data/.
// Services are embedded unless env names real ones (interfaces.md). Prints the
// URLs; Ctrl-C stops everything, child processes included.
import { join } from 'node:path';
import { dashboardPort, processEnv, repoRoot, sourcesFilePath } from '@liaison/config';
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
  log('');
  log('Liaison is up.');
  log(`  dashboard    ${stack.dashboardUrl}/`);
  if (stack.temporalUiUrl) log(`  temporal UI  ${stack.temporalUiUrl}`);
  log(
    `  console      ${stack.dashboardUrl}/ops  (${stack.operator.name} / ${stack.operator.generated ? `${stack.operator.password}, made for this run: set LIAISON_OPS_PASSWORD to choose one` : 'LIAISON_OPS_PASSWORD'})`,
  );
  log('  CLI          .tools/bin/pnpm liaison runs');
  log('Ctrl-C stops everything.');
} catch (err) {
  console.error(`liaison: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(2);
}
