// `liaison status`, `pause` and `resume` against the real Temporal dev server
// and ClickHouse: status shows a failed run's reason and what is in
// quarantine; a pause shows in status and in Temporal's own description of
// the schedule, with the note naming who paused it; re-applying the sources
// keeps the pause; resume clears it; an unknown source is exit 2.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { createTestDatabase, type ClickHouseClient } from '@liaison/warehouse/testing';
import { startTestIngest, type TestIngest } from '../testing.ts';
import type { SourceStatus } from './status-command.ts';
import { cliRunner } from './test-cli.ts';

describe('liaison status, pause and resume', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;
  let env: Record<string, string>;
  const cli = cliRunner(() => env);
  const source = (baseUrl: string, schedule: string) => ({
    id: 'yantian',
    kind: 'district-api',
    district: 'yantian',
    baseUrl,
    tokenEnv: 'T',
    schedule,
  });
  const status = async (): Promise<SourceStatus> => {
    const r = await cli('status', '--source', 'yantian', '--json');
    expect(r.code).toBe(0);
    const { sources } = JSON.parse(r.stdout) as { sources: SourceStatus[] };
    expect(sources).toHaveLength(1);
    return sources[0]!;
  };
  const temporalState = async () => (await ingest.client.schedule.getHandle('liaison-sync-yantian').describe()).state;

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    sim = await startDistrictApiSimulator({
      district: 'yantian',
      token: 't',
      seed: 21,
      sizes: { enterprises: 12, visits: 6, projects: 4 },
      faults: { poison: { every: 2 } },
    });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [source(sim.url, '0 2 * * *')],
      env: { T: 't' },
    });
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_UI_URL: 'http://127.0.0.1:8233/',
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      SOURCES_FILE: ingest.sourcesFile,
      LIAISON_TASK_QUEUE: ingest.taskQueue,
      LIAISON_OPERATOR: 'ops.dana',
    };
  });
  afterAll(async () => {
    if (ingest) {
      await writeFile(ingest.sourcesFile, JSON.stringify({ sources: [] }));
      await cli('sources', 'apply'); // no schedule left behind
    }
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('before any apply made its schedule: says there is none', async () => {
    expect(await status()).toMatchObject({ schedule: '0 2 * * *', schedule_id: null, paused: false, last_success: null, stale: true });
    expect((await cli('status')).stdout).toContain('yantian: no schedule in Temporal: run `pnpm liaison sources apply`');
    const pause = await cli('pause', 'yantian');
    expect(pause.code).toBe(1);
    expect(pause.stderr).toMatch(/source 'yantian' has no schedule liaison-sync-yantian .*sources apply/);
  });

  it("shows the schedule, the last success, a failed run's reason and the records in quarantine", async () => {
    expect((await cli('sync', 'yantian', '--wait')).code).toBe(0);
    sim.setFaults({ unauthorized: {} });
    expect((await cli('sync', 'yantian', '--wait')).code).toBe(1);
    sim.setFaults({});
    expect((await cli('sources', 'apply')).code).toBe(0);

    const s = await status();
    const quarantine = JSON.parse((await cli('quarantine', 'yantian', '--json')).stdout) as unknown[];
    expect(quarantine.length).toBeGreaterThan(0);
    expect(s).toMatchObject({
      schedule_id: 'liaison-sync-yantian',
      paused: false,
      pause_note: null,
      next_run_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT18:00:00(\.000)?Z$/), // 02:00 China Standard Time
      last_success: { run_id: expect.any(String) },
      last_failure: { run_id: expect.any(String), reason: expect.stringMatching(/token/) },
      quarantined: quarantine.length,
      stale: false,
      temporal_ui: { schedule: 'http://127.0.0.1:8233/namespaces/default/schedules/liaison-sync-yantian' },
    });
    expect(s.last_failure!.run_id).not.toBe(s.last_success!.run_id);

    const table = await cli('status');
    expect(table.stdout).toMatch(new RegExp(`yantian\\s+0 2 \\* \\* \\*\\s+no\\s.*\\s${quarantine.length}\\s+no\\n`));
    expect(table.stdout).toMatch(/yantian: last failure: .*token/);
    expect(table.stdout).toContain('yantian: Temporal schedule http://127.0.0.1:8233/namespaces/default/schedules/liaison-sync-yantian');
  });

  it('pause: paused in status and in Temporal, noting who; pausing again changes nothing and says so', async () => {
    const pause = await cli('pause', 'yantian');
    expect(pause.code).toBe(0);
    expect(pause.stdout).toContain("paused the schedule of 'yantian' (paused by ops.dana)");
    expect(await temporalState()).toMatchObject({ paused: true, note: 'paused by ops.dana' });
    expect(await status()).toMatchObject({ paused: true, pause_note: 'paused by ops.dana', next_run_at: null });
    expect((await cli('status')).stdout).toMatch(/yantian\s+0 2 \* \* \*\s+yes \(paused by ops\.dana\)/);

    env['LIAISON_OPERATOR'] = 'ops.eve';
    const again = await cli('pause', 'yantian', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ changed: false, paused: true, note: 'paused by ops.dana' });
  });

  it('sources apply, even with a changed schedule, keeps the pause', async () => {
    await writeFile(ingest.sourcesFile, JSON.stringify({ sources: [source(sim.url, '0 3 * * *')] }));
    const apply = await cli('sources', 'apply');
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('updated: yantian');
    expect(await temporalState()).toMatchObject({ paused: true, note: 'paused by ops.dana' });
    expect(await status()).toMatchObject({ schedule: '0 3 * * *', paused: true, pause_note: 'paused by ops.dana' });
  });

  it('resume clears the pause; resuming again changes nothing and says so', async () => {
    const resume = await cli('resume', 'yantian');
    expect(resume.code).toBe(0);
    expect(resume.stdout).toMatch(/resumed the schedule of 'yantian'; next run \d{4}-\d\d-\d\dT19:00:00/);
    expect(await temporalState()).toMatchObject({ paused: false, note: 'resumed by ops.eve' });
    expect(await status()).toMatchObject({ paused: false, pause_note: null, next_run_at: expect.any(String) });
    const again = await cli('resume', 'yantian');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/the schedule of 'yantian' is not paused; nothing changed/);
  });

  it('an unknown source: exit 2 naming it and the configured ones', async () => {
    for (const args of [
      ['pause', 'atlantis'],
      ['resume', 'atlantis'],
      ['status', '--source', 'atlantis'],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/unknown source 'atlantis' \(configured: yantian\)/);
    }
  });
});
