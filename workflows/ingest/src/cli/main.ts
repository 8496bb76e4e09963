// `pnpm liaison <command>`: the operators' command line (interfaces.md).
// Exit codes: 0 success; 1 the operation failed (e.g. a sync ended failed);
// 2 bad usage or configuration; 3 a sync of that source is already running.
import { cancelCommand } from './cancel-command.ts';
import { reportError } from './cli-errors.ts';
import { parseCommandLine, type CommandLine } from './command-line.ts';
import { createContext } from './context.ts';
import { quarantineCommand, runsCommand, sourcesApplyCommand } from './ops-commands.ts';
import { printJson } from './output.ts';
import { backfillCommand, rerunCommand, syncCommand } from './sync-commands.ts';
import { membersCommand } from './members-commands.ts';
import { ingestVersion } from './version.ts';

type Invocation = Extract<CommandLine, { kind: 'command' }>;

async function dispatch({ command, args, flags: o, json }: Invocation): Promise<number> {
  const [a = ''] = args;
  const ctx = createContext(json);
  try {
    switch (command.name) {
      case 'sources apply':
        return await sourcesApplyCommand(ctx);
      case 'sync':
        return await syncCommand(ctx, a, { wait: o.wait ?? false, full: o.full ?? false });
      case 'runs':
        return await runsCommand(ctx, { source: o.source, failed: o.failed ?? false });
      case 'rerun':
        return await rerunCommand(ctx, a, { wait: o.wait ?? false });
      case 'quarantine':
        return await quarantineCommand(ctx, a, { export: o.export });
      case 'backfill':
        return await backfillCommand(ctx, a, { from: o.from ?? '', to: o.to ?? '', wait: !o.detach });
      case 'cancel':
        return await cancelCommand(ctx, a);
      case 'members add':
        return await membersCommand(ctx, 'add', a, { unit: o.unit });
      case 'members rotate':
        return await membersCommand(ctx, 'rotate', a, {});
      default:
        throw new Error(`'${command.name}' is in the usage but has no implementation`);
    }
  } finally {
    await ctx.close();
  }
}

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
  return dispatch(line);
}

// With --json, failures too are printed as JSON, even when the command line could not be read.
const json = process.argv.slice(2).includes('--json');
try {
  process.exitCode = await main();
} catch (err) {
  process.exitCode = reportError(err, json);
}
