// `pnpm liaison <command>`: the operators' command line (interfaces.md).
// Exit codes: 0 success; 1 the operation failed (e.g. a sync ended failed);
// 2 bad usage or configuration; 3 a sync of that source is already running.
// The commands and the service clients are loaded only when a command runs.
import { reportError } from './cli-errors.ts';
import { parseCommandLine } from './command-line.ts';
import { printJson, UsageError } from './output.ts';
import { ingestVersion } from './version.ts';

async function main(): Promise<number> {
  const line = parseCommandLine(process.argv.slice(2));
  if (line.kind === 'help') {
    console.log(line.usage);
    return 0;
  }
  if (line.kind === 'version') {
    if (line.json) printJson({ version: ingestVersion() });
    else console.log(ingestVersion());
    return 0;
  }
  const { dispatch } = await import('./commands.ts');
  return dispatch(line);
}

// With --json, failures too are printed as JSON, even when the command line could not be read.
const json = process.argv.slice(2).includes('--json');
try {
  process.exitCode = await main();
} catch (err) {
  const kind = err instanceof UsageError ? 'usage' : (await import('./error-kind.ts')).errorKind(err);
  process.exitCode = reportError(err, kind, json);
}
