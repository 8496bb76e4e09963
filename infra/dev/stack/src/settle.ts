// For the end-to-end tests: a stack whose data holds still while tests read
// it. Its schedules are paused (a scheduled sync would change figures between
// a page and the API a test holds it against), and start-up ends only once no
// sync runs — no workflow open in Temporal, no run booked `running` in the
// warehouse — so every run of the first syncs is booked succeeded or failed.
import type { Client } from '@liaison/temporal-client';
import { listRuns, type ClickHouseClient } from '@liaison/warehouse';

export async function pauseSchedules(temporal: Client, note: string): Promise<string[]> {
  const paused: string[] = [];
  for await (const s of temporal.schedule.list()) {
    await temporal.schedule.getHandle(s.scheduleId).pause(note);
    paused.push(s.scheduleId);
  }
  return paused;
}

/** What still runs: open workflows and runs booked `running`; empty once settled. */
export async function syncsStillRunning(temporal: Client, ch: ClickHouseClient): Promise<string[]> {
  const open: string[] = [];
  for await (const w of temporal.workflow.list({ query: 'ExecutionStatus = "Running"' })) open.push(`workflow ${w.workflowId}`);
  const booked = (await listRuns(ch, { limit: 10_000 })).filter((r) => r.status === 'running');
  return [...open, ...booked.map((r) => `run ${r.run_id} of ${r.source_id}`)];
}

/** Waits until no sync runs; gives up after `capMs` naming what still runs. */
export async function waitUntilSyncsSettled(temporal: Client, ch: ClickHouseClient, capMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + capMs;
  let running = await syncsStillRunning(temporal, ch);
  while (running.length > 0) {
    if (Date.now() >= deadline) throw new Error(`syncs still running after ${capMs / 1000} s: ${running.join(', ')}`);
    await new Promise((r) => setTimeout(r, 500));
    running = await syncsStillRunning(temporal, ch);
  }
}
