// `pnpm liaison <command>`: the operators' command line (interfaces.md).
// Exit codes: 0 success; 1 the operation failed (e.g. a sync ended failed);
// 2 bad usage or configuration.
import { parseArgs } from 'node:util';
import { ConfigError } from '@liaison/config';
import { SyncAlreadyRunning } from '@liaison/temporal-client';
import { cancelCommand } from './cancel-command.ts';
import { createContext } from './context.ts';
import { quarantineCommand, runsCommand, sourcesApplyCommand } from './ops-commands.ts';
import { UsageError } from './output.ts';
import { backfillCommand, rerunCommand, syncCommand } from './sync-commands.ts';
import { membersCommand } from './members-commands.ts';

const HELP = `usage: pnpm liaison <command> [options] [--json]
  sources apply                               validate SOURCES_FILE, create/update/remove schedules
  sync <sourceId> [--wait] [--full]           start a sync now
  runs [--source id] [--failed]               run history
  rerun <runId> [--wait]                      re-run a failed run over the same window
  quarantine <sourceId> [--export file.csv]   quarantined records with reasons
  backfill <sourceId> --from DATE --to DATE   re-pull a window (waits; --detach to return at once)
  members add <memberId> --unit NAME          register a member unit, print its API token once
  members rotate <memberId>                   issue a new token, revoking the old one`;

function parseCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    // An unknown flag or a missing value is bad usage: say which, show the usage, exit 2 (no stack trace).
    console.error(`liaison: ${err instanceof Error ? err.message : String(err)}\n${HELP}`);
    process.exit(2);
  }
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  wait: { type: 'boolean', default: false },
  detach: { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
  failed: { type: 'boolean', default: false },
  source: { type: 'string' },
  export: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  unit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const { values: o, positionals } = parseCommandLine();

function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}\n${HELP}`);
  return value;
}

async function dispatch(): Promise<number> {
  const [command, a, b] = positionals;
  if (o.help || !command) {
    console.log(HELP);
    return o.help ? 0 : 2;
  }
  const ctx = createContext(o.json);
  try {
    switch (command) {
      case 'sources':
        if (a !== 'apply') throw new UsageError(`unknown: sources ${a ?? ''}\n${HELP}`);
        return await sourcesApplyCommand(ctx);
      case 'sync':
        return await syncCommand(ctx, need(a, '<sourceId>'), { wait: o.wait, full: o.full });
      case 'runs':
        return await runsCommand(ctx, { source: o.source, failed: o.failed });
      case 'rerun':
        return await rerunCommand(ctx, need(a, '<runId>'), { wait: o.wait });
      case 'quarantine':
        return await quarantineCommand(ctx, need(a, '<sourceId>'), { export: o.export });
      case 'backfill':
        return await backfillCommand(ctx, need(a, '<sourceId>'), {
          from: need(o.from, '--from DATE'),
          to: need(o.to, '--to DATE'),
          wait: !o.detach,
        });
      case 'cancel':
        return await cancelCommand(ctx, need(a, '<sourceId>'));
      case 'members':
        return await membersCommand(ctx, need(a, 'add|rotate'), need(b, '<memberId>'), { unit: o.unit });
      default:
        throw new UsageError(`unknown command '${command}'\n${HELP}`);
    }
  } finally {
    await ctx.close();
  }
}

try {
  process.exitCode = await dispatch();
} catch (err) {
  const known = err instanceof UsageError || err instanceof ConfigError;
  const busy = err instanceof SyncAlreadyRunning;
  console.error(`liaison: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = known ? 2 : busy ? 3 : 1;
}
