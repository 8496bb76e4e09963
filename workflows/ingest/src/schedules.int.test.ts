// `sources apply` against the real Temporal dev server: schedules follow the
// file (created, updated, removed), applying twice changes nothing, and a
// paused schedule stays paused, with its note, whatever is re-applied; the
// alerts' stale check is scheduled beside them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { pauseSourceSchedule, scheduleIdOf } from '@liaison/temporal-client';
import type { SourceConfig } from './sources.ts';
import { applySchedules } from './schedules.ts';

const src = (id: string, schedule: string): SourceConfig => ({ id, kind: 'member-inbox', schedule }) as SourceConfig;

describe('schedules from the sources file', () => {
  let client: Client;
  // a namespace of its own would be cleaner; unique ids and a unique queue suffice
  const q = `sched-${Date.now()}`;
  const a = `a${Date.now()}`;
  const b = `b${Date.now()}`;
  beforeAll(async () => {
    client = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  });
  afterAll(async () => {
    await applySchedules(client, [], q);
    await client.connection.close();
  });

  it('creates, leaves alone, updates and removes', async () => {
    // The dev server is shared: this first apply also removes what earlier test files applied.
    expect(await applySchedules(client, [src(a, '*/5 * * * *'), src(b, '0 2 * * *')], q)).toMatchObject({
      created: [a, b],
      updated: [],
    });
    expect(await applySchedules(client, [src(a, '*/5 * * * *'), src(b, '0 2 * * *')], q)).toMatchObject({
      created: [],
      updated: [],
      unchanged: [a, b],
    });
    expect(await applySchedules(client, [src(a, '*/10 * * * *')], q)).toMatchObject({
      created: [],
      updated: [a],
      removed: expect.arrayContaining([b]),
    });
    const d = await client.schedule.getHandle(`liaison-sync-${a}`).describe();
    expect(d.action).toMatchObject({ type: 'startWorkflow', workflowType: 'scheduledSync', taskQueue: q, args: [a] });
    expect(d.spec.timezone).toBe('Asia/Shanghai');
  });

  it('leaves a paused schedule paused, with the note saying who paused it', async () => {
    const c = `c${Date.now()}`;
    await applySchedules(client, [src(c, '0 3 * * *')], q);
    expect(await pauseSourceSchedule(client, c, 'ops.carol')).toMatchObject({ changed: true, schedule: { paused: true } });
    expect(await applySchedules(client, [src(c, '0 3 * * *')], q)).toMatchObject({ unchanged: [c] });
    expect(await applySchedules(client, [src(c, '0 4 * * *')], q)).toMatchObject({ updated: [c] });
    const d = await client.schedule.getHandle(scheduleIdOf(c)).describe();
    expect(d.state).toMatchObject({ paused: true, note: 'paused by ops.carol' });
    expect(d.spec.calendars).toMatchObject([{ hour: [{ start: 4 }] }]);
  });

  it('keeps the stale check of the alerts scheduled, on the applying task queue', async () => {
    await applySchedules(client, [src(a, '*/5 * * * *')], q);
    const check = await client.schedule.getHandle('liaison-stale-check').describe();
    expect(check.action).toMatchObject({ type: 'startWorkflow', workflowType: 'checkStaleSources', taskQueue: q });
  });
});
