// A sync that cannot start is still a run: a source not in the applied
// configuration, a secret missing from the worker's environment and a refused
// credential are each booked as a failed run with the reason in words, which
// `sync --wait` and `runs --failed` print (never "Activity task failed").
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { appliedSources, createTestDatabase, getRun, type ClickHouseClient, type SyncRun } from '@liaison/warehouse/testing';
import { cstMinute } from '../activities/start-check.ts';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { cliRunner } from './test-cli.ts';

describe('a sync that cannot start', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;
  let env: Record<string, string>;
  const cli = cliRunner(() => env);
  const district = (id: string, tokenEnv: string) => ({
    id,
    kind: 'district-api',
    district: 'nanshan',
    baseUrl: sim.url,
    tokenEnv,
    schedule: '0 2 * * *',
  });

  /** `sync --wait --json` of the source: exit 1, the reason, and the failed run it was booked as. */
  async function failedSync(sourceId: string): Promise<{ message: string; run: SyncRun | null }> {
    const r = await cli('sync', sourceId, '--wait', '--json');
    expect(r.code).toBe(1);
    const { error, run } = JSON.parse(r.stdout) as { error: { message: string }; run?: { run_id: string } };
    expect(error.message).not.toMatch(/Activity task failed/);
    return { message: error.message, run: run ? await getRun(ch, run.run_id) : null };
  }

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    sim = await startDistrictApiSimulator({ district: 'nanshan', token: 't', seed: 4, sizes: { enterprises: 3, visits: 2, projects: 1 } });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [district('nanshan-wrong', 'WRONG_TOKEN'), district('nanshan-unset', 'UNSET_TOKEN')],
      env: { WRONG_TOKEN: 'not-the-token' },
    });
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      LIAISON_TASK_QUEUE: ingest.taskQueue,
    };
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('a source not in the applied configuration: its version and when it was applied (CST)', async () => {
    const applied = await appliedSources(ch);
    const reason = `source 'atlantis' is not in the applied configuration (version 1, applied ${cstMinute(applied!.applied_at)})`;
    const { message, run } = await failedSync('atlantis');
    expect(message).toContain(reason);
    expect(run).toMatchObject({ source_id: 'atlantis', status: 'failed', error: reason, error_kind: 'configuration' });
    const failed = JSON.parse((await cli('runs', '--failed', '--source', 'atlantis', '--json')).stdout) as { runs: SyncRun[] };
    expect(failed.runs).toMatchObject([{ source_id: 'atlantis', status: 'failed', error: reason }]);
  });

  it("a secret missing from the worker's environment, named", async () => {
    const reason = "source 'nanshan-unset': UNSET_TOKEN is not set in the worker's environment";
    const { message, run } = await failedSync('nanshan-unset');
    expect(message).toContain(reason);
    expect(run).toMatchObject({ source_id: 'nanshan-unset', source_kind: 'district-api', status: 'failed', error: reason });
  });

  it('a refused credential: the status, the address and the variable holding it', async () => {
    const { message, run } = await failedSync('nanshan-wrong');
    const reason = new RegExp(
      `^source 'nanshan-wrong' \\w+ page 0: 401 from ${sim.url}/v1/\\w+\\S*: the token in WRONG_TOKEN was refused$`,
    );
    expect(message).toMatch(/401 from .*: the token in WRONG_TOKEN was refused/);
    // the public kind of the failure (quality publishes it instead of the text)
    expect(run).toMatchObject({ source_id: 'nanshan-wrong', status: 'failed', error_kind: 'source_refused_credentials' });
    expect(run?.error).toMatch(reason);
  });

  it('sync --wait prints the reason', async () => {
    const r = await cli('sync', 'atlantis', '--wait');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/source 'atlantis' is not in the applied configuration \(version 1, applied \d{4}-\d\d-\d\d \d\d:\d\d\)/);
  });
});
