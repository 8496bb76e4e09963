// Runs the command the command line names, with connections opened as it
// needs them and closed at the end. Loaded by main.ts only when a command
// runs, so that --help, --version and usage errors answer at once.
import { cancelCommand } from './cancel-command.ts';
import type { CommandLine } from './command-line.ts';
import { createContext } from './context.ts';
import { runsLimit, runsSince } from './flag-values.ts';
import { membersCommand } from './members-commands.ts';
import { quarantineCommand, runsCommand, sourcesApplyCommand } from './ops-commands.ts';
import { operatorsCommand } from './operators-commands.ts';
import { scheduleCommand } from './schedule-commands.ts';
import { statusCommand } from './status-command.ts';
import { backfillCommand, rerunCommand, syncCommand } from './sync-commands.ts';

type Invocation = Extract<CommandLine, { kind: 'command' }>;

export async function dispatch({ command, args, flags: o, json }: Invocation): Promise<number> {
  const [a = ''] = args;
  const ctx = createContext(json);
  try {
    switch (command.name) {
      case 'sources apply':
        return await sourcesApplyCommand(ctx);
      case 'sync':
        return await syncCommand(ctx, a, { wait: o.wait ?? false, full: o.full ?? false });
      case 'runs':
        return await runsCommand(ctx, {
          source: o.source,
          failed: o.failed ?? false,
          limit: runsLimit(o.limit),
          since: runsSince(o.since),
        });
      case 'rerun':
        return await rerunCommand(ctx, a, { wait: o.wait ?? false });
      case 'quarantine':
        return await quarantineCommand(ctx, a, { export: o.export });
      case 'backfill':
        return await backfillCommand(ctx, a, { from: o.from ?? '', to: o.to ?? '', wait: !o.detach });
      case 'status':
        return await statusCommand(ctx, { source: o.source });
      case 'cancel':
        return await cancelCommand(ctx, a);
      case 'pause':
        return await scheduleCommand(ctx, 'pause', a);
      case 'resume':
        return await scheduleCommand(ctx, 'resume', a);
      case 'members add':
        return await membersCommand(ctx, 'add', a, { unit: o.unit });
      case 'members rotate':
        return await membersCommand(ctx, 'rotate', a, {});
      case 'members revoke':
        return await membersCommand(ctx, 'revoke', a, {});
      case 'operators add':
        return await operatorsCommand(ctx, 'add', a);
      case 'operators reset':
        return await operatorsCommand(ctx, 'reset', a);
      case 'operators disable':
        return await operatorsCommand(ctx, 'disable', a);
      default:
        throw new Error(`'${command.name}' is in the usage but has no implementation`);
    }
  } finally {
    await ctx.close();
  }
}
