// `liaison cancel <sourceId>`: cancels the source's running sync and shows its
// run, now `cancelled` (exit 0); with none running, exit 1 saying so.
import { cancelSync } from '@liaison/temporal-client';
import { getRun } from '@liaison/warehouse';
import { CommandFailed } from './cli-errors.ts';
import type { CliContext } from './context.ts';
import { printJson, printTable } from './output.ts';

export async function cancelCommand(ctx: CliContext, sourceId: string): Promise<number> {
  const { runId } = await cancelSync(await ctx.temporal(), sourceId);
  const run = runId === null ? null : await getRun(ctx.ch(), runId);
  if (!ctx.json && run) printTable([run], ['run_id', 'source_id', 'status', 'received', 'loaded', 'error']);
  if (run && run.status !== 'cancelled')
    throw new CommandFailed(`the sync of '${sourceId}' ended, but its run ${run.run_id} is ${run.status}`, { run });
  if (ctx.json) printJson(run ?? { sourceId, status: 'cancelled' });
  else if (!run) console.log(`cancelled the sync of '${sourceId}'`);
  return 0;
}
