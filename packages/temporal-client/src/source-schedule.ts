// A source's Temporal Schedule as operators handle it (`liaison status`,
// `pause`, `resume`, and the console): whether it is paused and why, when it
// runs next; pausing with a note saying who paused it. Pausing a paused
// schedule or resuming a running one changes nothing and says so.
import { ScheduleNotFoundError, type Client } from '@temporalio/client';
import { scheduleIdOf } from './sync-types.ts';

export interface SourceSchedule {
  scheduleId: string;
  paused: boolean;
  /** Temporal's note on the schedule, set by a pause or a resume (e.g. "paused by ops.alice"). */
  note: string | null;
  /** When it next starts a sync (ISO, UTC); null while paused or when it never will. */
  nextRunAt: string | null;
}

/** The source has no schedule in this Temporal namespace (`sources apply` makes them). */
export class ScheduleMissing extends Error {
  override readonly name = 'ScheduleMissing';
}

/** The source's schedule, or null when it has none. */
export async function describeSourceSchedule(client: Client, sourceId: string): Promise<SourceSchedule | null> {
  const scheduleId = scheduleIdOf(sourceId);
  try {
    const d = await client.schedule.getHandle(scheduleId).describe();
    const [next] = d.info.nextActionTimes;
    return {
      scheduleId,
      paused: d.state.paused,
      note: d.state.note || null,
      nextRunAt: !d.state.paused && next ? next.toISOString() : null,
    };
  } catch (err) {
    if (err instanceof ScheduleNotFoundError) return null;
    throw err;
  }
}

async function existing(client: Client, sourceId: string): Promise<SourceSchedule> {
  const schedule = await describeSourceSchedule(client, sourceId);
  if (!schedule)
    throw new ScheduleMissing(
      `source '${sourceId}' has no schedule ${scheduleIdOf(sourceId)} in Temporal namespace '${client.options.namespace}': run \`pnpm liaison sources apply\``,
    );
  return schedule;
}

/** What pausing or resuming did: `changed` is false when the schedule already was as asked. */
export interface ScheduleChange {
  changed: boolean;
  schedule: SourceSchedule;
}

/** Pauses the source's schedule with the note "paused by <who>"; a paused one keeps its note. */
export async function pauseSourceSchedule(client: Client, sourceId: string, who: string): Promise<ScheduleChange> {
  const before = await existing(client, sourceId);
  if (before.paused) return { changed: false, schedule: before };
  await client.schedule.getHandle(before.scheduleId).pause(`paused by ${who}`);
  return { changed: true, schedule: await existing(client, sourceId) };
}

/** Resumes the source's schedule with the note "resumed by <who>". */
export async function resumeSourceSchedule(client: Client, sourceId: string, who: string): Promise<ScheduleChange> {
  const before = await existing(client, sourceId);
  if (!before.paused) return { changed: false, schedule: before };
  await client.schedule.getHandle(before.scheduleId).unpause(`resumed by ${who}`);
  return { changed: true, schedule: await existing(client, sourceId) };
}
