// `liaison pause <sourceId>` and `resume <sourceId>`: pause or resume the
// source's Temporal Schedule, with a note naming who did (LIAISON_OPERATOR,
// else the OS user). Asking for what already is changes nothing, exit 0,
// saying so. A source not in the applied configuration is exit 2; one with no
// schedule yet (ScheduleMissing) exit 1.
import { pauseSourceSchedule, resumeSourceSchedule, type ScheduleChange } from '@liaison/temporal-client';
import { appliedSourcesFor } from './applied-sources.ts';
import type { CliContext } from './context.ts';
import { printJson } from './output.ts';

export type ScheduleAction = 'pause' | 'resume';

function sentence(sourceId: string, action: ScheduleAction, { changed, schedule }: ScheduleChange): string {
  const note = schedule.note ? ` (${schedule.note})` : '';
  const next = schedule.nextRunAt ? `; next run ${schedule.nextRunAt}` : '';
  if (action === 'pause')
    return changed
      ? `paused the schedule of '${sourceId}'${note}`
      : `the schedule of '${sourceId}' was already paused${note}; nothing changed`;
  return changed ? `resumed the schedule of '${sourceId}'${next}` : `the schedule of '${sourceId}' is not paused; nothing changed${next}`;
}

export async function scheduleCommand(ctx: CliContext, action: ScheduleAction, sourceId: string): Promise<number> {
  await appliedSourcesFor(ctx, sourceId);
  const client = await ctx.temporal();
  const change =
    action === 'pause'
      ? await pauseSourceSchedule(client, sourceId, ctx.settings.operator)
      : await resumeSourceSchedule(client, sourceId, ctx.settings.operator);
  const { schedule } = change;
  if (ctx.json)
    printJson({
      source_id: sourceId,
      action,
      changed: change.changed,
      schedule_id: schedule.scheduleId,
      paused: schedule.paused,
      note: schedule.note,
      next_run_at: schedule.nextRunAt,
    });
  else console.log(sentence(sourceId, action, change));
  return 0;
}
