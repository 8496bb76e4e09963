// `liaison quarantine replay` end to end (real Temporal and ClickHouse, the
// CLI as a script runs it). The held records are those an earlier release
// quarantined because its code list lacked the district `shenshan` (深汕特别
// 合作区, a later-added cooperation zone): they are written as that release's
// sync wrote them (warehouse quarantineRecords, the reasons the code-list
// check gives an unknown code, the key it read from the raw record), since
// code lists are compiled into the release and cannot change within one
// process. Today's code list has the code: replay loads and releases them,
// books a `replay` run, and a second replay changes nothing; records still
// invalid stay held. Never asked of the source: the district-files source's
// drop folder is empty.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/activity';
import { validateDistrictApiRecords } from '@liaison/connectors';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { cancelSync, startSync } from '@liaison/temporal-client';
import {
  createTestDatabase,
  listQuarantine,
  listRuns,
  NOW_IN_QUARANTINE_SQL,
  quarantineRecords,
  type ClickHouseClient,
  type QuarantinedRecord,
} from '@liaison/warehouse/testing';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { cliRunner } from './test-cli.ts';

const visit = (id: string) => ({
  visit_id: id,
  uscc: '91440305MA5G0K1P6B',
  district: 'shenshan',
  visited_on: '2024-05-16',
  campaign: '千人走访千企-2024',
  team: '第三组',
  demands_raised: 2,
  project_plans: 1,
  updated_at: '2024-05-17T09:30:00+08:00',
});
const visitRow = (id: string) => ({
  走访编号: id,
  统一社会信用代码: '91440305MA5G0K1P6B',
  所在区: '深汕特别合作区',
  走访日期: '2024-05-16',
  走访活动: '千人走访千企-2024',
  走访组: '第三组',
  收集诉求数: '2',
  收集项目计划数: '1',
  更新时间: '2024-05-17 09:30:00',
});
const demandCreated = {
  seq: 7,
  event_id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  demand_id: 'D-SS-1',
  occurred_at: '2024-05-17T09:30:00+08:00',
  type: 'created',
  payload: {
    uscc: '91440305MA5G0K1P6B',
    enterprise_name: '示例公司',
    district: 'shenshan',
    category: 'financing',
    channel: 'visit',
    title: '贷款',
    deadline: null,
  },
};
/** How a release whose code list lacked a district held a record of it: the issue an unknown code gets. */
const heldAsUnknownDistrict = (
  raw: Record<string, unknown>,
  code: string,
  key: string,
  path = 'district',
): Omit<QuarantinedRecord, 'position'> => ({
  raw,
  key,
  issues: [{ path, code: 'invalid_value', message: `unknown district code "${code}"` }],
});

describe('liaison quarantine replay', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;
  let env: Record<string, string>;
  let failNextReplay = false;
  const cli = cliRunner(() => env);
  const scalar = async (sql: string, params: Record<string, unknown> = {}) =>
    Number((await (await ch.query({ query: sql, query_params: params, format: 'JSONEachRow' })).json<{ v: string }>())[0]?.v);
  /** The source's quarantine figure, as the data-quality metric counts it. */
  const heldCount = (sourceId: string) => scalar(`SELECT count() AS v FROM (${NOW_IN_QUARANTINE_SQL})`, { ids: [sourceId] });
  const replay = async (sourceId: string) => {
    const r = await cli('quarantine', 'replay', sourceId, '--json');
    expect(r.code, r.stderr + r.stdout).toBe(0);
    return JSON.parse(r.stdout) as { run_id: string; mode: string; status: string; received: number; loaded: number; quarantined: number };
  };

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    sim = await startDistrictApiSimulator({
      district: 'shenshan',
      token: 't',
      seed: 4,
      sizes: { enterprises: 5, visits: 10, projects: 2 },
    });
    const dir = await mkdtemp(join(tmpdir(), 'drops-'));
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [
        { id: 'shenshan', kind: 'district-api', district: 'shenshan', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *' },
        { id: 'shenshan-files', kind: 'district-files', district: 'shenshan', dir, encoding: 'auto', schedule: '30 2 * * *' },
        // never reachable: a replay does not ask the source
        { id: 'members', kind: 'member-inbox', schedule: '0 4 * * *' },
        { id: 'demands', kind: 'demand-platform', baseUrl: 'http://127.0.0.1:9', apiKeyEnv: 'K', secretEnv: 'S', schedule: '0 3 * * *' },
      ],
      env: { T: 't', K: 'k', S: 's' },
      // a fault on demand: the next replay page fails for good, as a database refusing it would
      wrapActivities: (a) => ({
        ...a,
        syncPage: async (req) => {
          if (req.replay && failNextReplay) {
            failNextReplay = false;
            throw ApplicationFailure.nonRetryable('ClickHouse refused the insert (injected)');
          }
          return a.syncPage(req);
        },
      }),
    });
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      SOURCES_FILE: ingest.sourcesFile,
      LIAISON_TASK_QUEUE: ingest.taskQueue,
    };
    const broken = { ...visit('SS-HELD-2'), demands_raised: -1 };
    await quarantineRecords(
      ch,
      [
        { ...heldAsUnknownDistrict(visit('SS-HELD-1'), 'shenshan', 'shenshan/SS-HELD-1'), position: { page: 0, index: 3 } },
        { ...validateDistrictApiRecords('visits', [{ raw: broken, position: { page: 0, index: 4 } }]).invalid[0]! },
      ],
      { sourceId: 'shenshan', collection: 'visits', runId: 'earlier-release-api' },
    );
    const unaligned = { 走访编号: 'SS-HELD-5', 所在区: '深汕特别合作区' };
    await quarantineRecords(
      ch,
      [
        {
          ...heldAsUnknownDistrict(visitRow('SS-HELD-3'), '深汕特别合作区', '深汕特别合作区/SS-HELD-3'),
          position: { file: 'a.csv', line: 2 },
        },
        {
          raw: unaligned,
          position: { file: 'a.csv', line: 3 },
          key: null,
          issues: [{ path: '', code: 'cell_count', message: '2 cells, 9 columns' }],
        },
      ],
      { sourceId: 'shenshan-files', collection: 'visits', runId: 'earlier-release-files' },
    );
    await quarantineRecords(
      ch,
      [{ ...heldAsUnknownDistrict(demandCreated, 'shenshan', demandCreated.event_id, 'payload.district'), position: { seq: 7, index: 0 } }],
      { sourceId: 'demands', collection: 'events', runId: 'earlier-release-demands' },
    );
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('loads the held records today’s code list accepts, releases them and books a replay run; the others stay', async () => {
    expect(await heldCount('shenshan')).toBe(2);
    const run = await replay('shenshan');
    expect(run).toMatchObject({ mode: 'replay', status: 'succeeded', received: 2, loaded: 1, quarantined: 1 });
    expect(await scalar("SELECT count() AS v FROM visits_current WHERE visit_id = 'SS-HELD-1'")).toBe(1);
    expect(await heldCount('shenshan')).toBe(1);
    const held = await listQuarantine(ch, { sourceId: 'shenshan' });
    expect(held.map((q) => q.record_key)).toEqual(['shenshan/SS-HELD-2']);
    expect(held[0]?.issues).toEqual([expect.objectContaining({ path: 'demands_raised' })]);
    expect(sim.requests).toHaveLength(0);
    const runs = JSON.parse((await cli('runs', '--source', 'shenshan', '--json')).stdout) as {
      runs: Array<{ run_id: string; mode: string }>;
    };
    expect(runs.runs[0]).toMatchObject({ run_id: run.run_id, mode: 'replay' });
  });

  it('a second replay changes nothing: no new rows, nothing loaded', async () => {
    const rows = await scalar('SELECT count() AS v FROM visits');
    const again = await replay('shenshan');
    expect(again).toMatchObject({ mode: 'replay', status: 'succeeded', received: 1, loaded: 0, quarantined: 1 });
    expect(await scalar('SELECT count() AS v FROM visits')).toBe(rows);
    expect(await heldCount('shenshan')).toBe(1);
  });

  it('replays a district-files source: a row keyed by the district name is loaded and released; a row that did not line up stays', async () => {
    expect(await heldCount('shenshan-files')).toBe(2);
    const run = await replay('shenshan-files');
    expect(run).toMatchObject({ mode: 'replay', received: 2, loaded: 1, quarantined: 1 });
    expect(await scalar("SELECT count() AS v FROM visits_current WHERE visit_id = 'SS-HELD-3' AND district = 'shenshan'")).toBe(1);
    expect((await listQuarantine(ch, { sourceId: 'shenshan-files' })).map((q) => q.position)).toEqual([
      JSON.stringify({ file: 'a.csv', line: 3 }),
    ]);
    expect(await replay('shenshan-files')).toMatchObject({ received: 1, loaded: 0, quarantined: 1 });
  });

  it('replays a demand-platform source: the held event is loaded and released, its demand folded', async () => {
    expect(await heldCount('demands')).toBe(1);
    expect(await replay('demands')).toMatchObject({ mode: 'replay', received: 1, loaded: 1, quarantined: 0 });
    expect(await scalar("SELECT count() AS v FROM demand_events WHERE demand_id = 'D-SS-1'")).toBe(1);
    expect(await scalar("SELECT count() AS v FROM demand_states FINAL WHERE demand_id = 'D-SS-1'")).toBe(1);
    expect(await heldCount('demands')).toBe(0);
    expect(await replay('demands')).toMatchObject({ received: 0, loaded: 0, quarantined: 0 });
  });

  it('a failed replay is booked failed, and its re-run replays again (the source is still not asked)', async () => {
    await quarantineRecords(
      ch,
      [{ ...heldAsUnknownDistrict(visit('SS-HELD-9'), 'shenshan', 'shenshan/SS-HELD-9'), position: { page: 0, index: 9 } }],
      { sourceId: 'shenshan', collection: 'visits', runId: 'earlier-release-api' },
    );
    failNextReplay = true;
    const failed = await cli('quarantine', 'replay', 'shenshan', '--json');
    expect(failed.code).toBe(1);
    const [run] = await listRuns(ch, { sourceId: 'shenshan' });
    expect(run).toMatchObject({ mode: 'replay', status: 'failed', error: expect.stringMatching(/refused/) });
    const rerun = await cli('rerun', run!.run_id, '--wait', '--json');
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ mode: 'rerun', rerun_of: run!.run_id, received: 2, loaded: 1, quarantined: 1 });
    expect(await heldCount('shenshan')).toBe(1);
    expect(sim.requests).toHaveLength(0);
  });

  it('exits 2 for a source that is not applied, naming it', async () => {
    const r = await cli('quarantine', 'replay', 'atlantis');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/atlantis/);
  });

  it('exits 1 for a member inbox, saying why, and books no run', async () => {
    const r = await cli('quarantine', 'replay', 'members');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/'members' is a member inbox: held submissions are not replayed/);
    expect(await listRuns(ch, { sourceId: 'members' })).toEqual([]);
  });

  it('exits 3 while a sync of the source runs', async () => {
    sim.setFaults({ slow: { delayMs: 60_000 } });
    await startSync(ingest.client, ingest.taskQueue, { sourceId: 'shenshan', mode: 'manual', heartbeatTimeoutMs: 2_000 });
    await expect.poll(async () => (await listRuns(ch, { sourceId: 'shenshan' }))[0]?.status, { timeout: 30_000 }).toBe('running');
    const r = await cli('quarantine', 'replay', 'shenshan');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/already running/);
    await cancelSync(ingest.client, 'shenshan');
    sim.setFaults({});
  });
});
