// `liaison sources apply`: every configured source becomes a Temporal Schedule
// (id `liaison-sync-<source>`, scheduleIdOf); re-applying after an edit creates, updates and
// removes schedules to match the file. Idempotent: applying twice changes nothing.
// An update leaves the schedule's state alone: a paused schedule stays paused,
// with the note saying who paused it (`liaison pause`).
// Beside them one schedule of the platform's own, `liaison-stale-check`: every
// few minutes it looks for sources whose data went stale, for the alerts
// (alert-workflows.ts); it reads the applied alerts itself, so it is the same
// whatever the file says, and does nothing when no alert asks for "stale".
import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { createHash } from 'node:crypto';
import type { SourceConfig } from '@liaison/config';
import { SCHEDULE_ID_PREFIX, SCHEDULED_WORKFLOW_TYPE, scheduledWorkflowId, scheduleIdOf } from '@liaison/temporal-client';

/** Schedules in sources.json are local (China Standard Time) wall-clock times. */
const TIME_ZONE = 'Asia/Shanghai';

export interface ApplyResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
}

// Temporal turns cron strings into calendars, so a schedule is compared with
// its configuration through a fingerprint kept in its action's memo (the
// schedule's note is the operators': pause and resume write it).
const FINGERPRINT_MEMO = 'liaisonConfig';

function fingerprint(source: SourceConfig, taskQueue: string): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([source.schedule, TIME_ZONE, taskQueue]))
    .digest('hex');
  return `liaison config ${hash.slice(0, 16)}`;
}

function scheduleOf(source: SourceConfig, taskQueue: string) {
  return {
    spec: { cronExpressions: [source.schedule], timezone: TIME_ZONE },
    action: {
      type: 'startWorkflow' as const,
      workflowType: SCHEDULED_WORKFLOW_TYPE,
      args: [source.id],
      taskQueue,
      workflowId: scheduledWorkflowId(source.id),
      memo: { [FINGERPRINT_MEMO]: fingerprint(source, taskQueue) },
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
  };
}

const STALE_CHECK = { scheduleId: 'liaison-stale-check', workflowType: 'checkStaleSources', cron: '*/5 * * * *' };

/** The stale check's schedule, pointed at this task queue (created, or updated if it runs elsewhere). */
async function applyStaleCheck(client: Client, taskQueue: string): Promise<void> {
  const wanted = {
    spec: { cronExpressions: [STALE_CHECK.cron], timezone: TIME_ZONE },
    action: {
      type: 'startWorkflow' as const,
      workflowType: STALE_CHECK.workflowType,
      args: [],
      taskQueue,
      workflowId: 'stale-check',
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '10 minutes' },
  };
  const handle = client.schedule.getHandle(STALE_CHECK.scheduleId);
  try {
    const current = await handle.describe();
    if (current.action.type === 'startWorkflow' && current.action.taskQueue === taskQueue) return;
    await handle.update((prev) => ({ ...prev, ...wanted }));
  } catch (err) {
    if (!(err instanceof ScheduleNotFoundError)) throw err;
    await client.schedule.create({ scheduleId: STALE_CHECK.scheduleId, ...wanted });
  }
}

export async function applySchedules(client: Client, sources: readonly SourceConfig[], taskQueue: string): Promise<ApplyResult> {
  const result: ApplyResult = { created: [], updated: [], unchanged: [], removed: [] };
  for (const source of sources) {
    const id = scheduleIdOf(source.id);
    const wanted = scheduleOf(source, taskQueue);
    const handle = client.schedule.getHandle(id);
    try {
      const current = await handle.describe();
      if (current.action.memo?.[FINGERPRINT_MEMO] === wanted.action.memo[FINGERPRINT_MEMO]) {
        result.unchanged.push(source.id);
        continue;
      }
      await handle.update((prev) => ({
        ...prev,
        spec: wanted.spec,
        action: wanted.action,
        policies: wanted.policies,
      }));
      result.updated.push(source.id);
    } catch (err) {
      if (!(err instanceof ScheduleNotFoundError)) throw err;
      await client.schedule.create({ scheduleId: id, ...wanted });
      result.created.push(source.id);
    }
  }
  const keep = new Set(sources.map((s) => scheduleIdOf(s.id)));
  for await (const s of client.schedule.list()) {
    if (s.scheduleId.startsWith(SCHEDULE_ID_PREFIX) && !keep.has(s.scheduleId)) {
      await client.schedule.getHandle(s.scheduleId).delete();
      result.removed.push(s.scheduleId.slice(SCHEDULE_ID_PREFIX.length));
    }
  }
  await applyStaleCheck(client, taskQueue);
  return result;
}
