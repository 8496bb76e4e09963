// The operators' command line as a script would use it: real Temporal and
// ClickHouse, a worker, a simulated district; exit codes and --json output.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import {
  authenticateOperator,
  createTestDatabase,
  memberByToken,
  quarantineRecords,
  type ClickHouseClient,
} from '@liaison/warehouse/testing';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { cliRunner, cliRunnerWithInput } from './test-cli.ts';

describe('liaison CLI', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;
  let env: Record<string, string>;

  const cli = cliRunner(() => env);

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    sim = await startDistrictApiSimulator({
      district: 'nanshan',
      token: 't',
      seed: 9,
      sizes: { enterprises: 60, visits: 40, projects: 20 },
      faults: { poison: { every: 2 } },
    });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [
        { id: 'nanshan', kind: 'district-api', district: 'nanshan', baseUrl: sim.url, tokenEnv: 'NANSHAN_TOKEN', schedule: '0 2 * * *' },
      ],
      env: { NANSHAN_TOKEN: 't' },
    });
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      SOURCES_FILE: ingest.sourcesFile,
      LIAISON_TASK_QUEUE: ingest.taskQueue,
    };
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('syncs and waits: exit 0 and the run summary', async () => {
    const r = await cli('sync', 'nanshan', '--wait', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source_id: 'nanshan', status: 'succeeded' });
  });

  it('exits 1 on a failed sync; rerun of the failed run succeeds over the same window', async () => {
    sim.setFaults({ unauthorized: {} });
    const failed = await cli('sync', 'nanshan', '--wait', '--json');
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      error: { code: 1, kind: 'failed', message: expect.stringMatching(/'nanshan'.*token/) },
    });
    const {
      runs: [run],
    } = JSON.parse((await cli('runs', '--failed', '--json')).stdout) as { runs: Array<{ run_id: string; error: string }> };
    expect(run?.error).toMatch(/token/);
    sim.setFaults({});
    const rerun = await cli('rerun', run?.run_id ?? '', '--wait', '--json');
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ mode: 'rerun', rerun_of: run?.run_id, status: 'succeeded' });
    expect((await cli('rerun', JSON.parse(rerun.stdout).run_id)).code).toBe(2); // only failed runs
  });

  it('runs: cut at --limit, saying so, with the total; --since keeps the runs started from then', async () => {
    const all = JSON.parse((await cli('runs', '--json')).stdout) as { total: number; limit: number; runs: unknown[] };
    expect(all).toMatchObject({ limit: 50, runs: expect.any(Array) });
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.runs).toHaveLength(all.total);
    const cut = await cli('runs', '--limit', '1');
    expect(cut.code).toBe(0);
    expect(cut.stdout.trim().split('\n')).toHaveLength(2); // header and one run
    expect(cut.stderr).toContain(`showing 1 of ${all.total} runs; use --limit`);
    expect(JSON.parse((await cli('runs', '--limit', '1', '--json')).stdout)).toMatchObject({
      total: all.total,
      limit: 1,
      runs: [expect.anything()],
    });
    const later = JSON.parse((await cli('runs', '--since', '2999-01-01', '--json')).stdout) as { total: number; runs: unknown[] };
    expect(later).toEqual({ total: 0, limit: 50, runs: [] });
    expect((await cli('runs', '--since', '2000-01-01T00:00:00Z', '--json')).stdout).toContain(`"total": ${all.total}`);
  });

  it('exports the quarantine as CSV with every reason', async () => {
    const file = join(tmpdir(), `q-${Date.now()}.csv`);
    expect((await cli('quarantine', 'nanshan', '--export', file)).code).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('\uFEFFsource_id,collection,record_key,position,issues')).toBe(true);
    expect(text.split('\n').length).toBeGreaterThan(2);
  });

  it('exports a member source’s quarantine as the console does: personal data hidden, formula-like cells defused', async () => {
    const personal = { name: `联系人${Date.now()}`, phone: '13900139000', text: `私密意见${Date.now()}` };
    const issue = { path: 'data.unit_name', code: 'too_small', message: 'unit name is required' };
    await quarantineRecords(
      ch,
      [
        {
          raw: { kind: 'profile', period: '2024', data: { unit_name: '', contact_name: personal.name, contact_phone: personal.phone } },
          position: { seq: 1 },
          key: 'm-7/profile/2024',
          issues: [issue],
        },
        {
          raw: { kind: 'opinions', period: '2024', data: { items: [{ category: 'x', text: personal.text }] } },
          position: { seq: 2 },
          key: '=HYPERLINK("http://example.invalid")',
          issues: [{ path: 'data.items.0.category', code: 'invalid_value', message: 'unknown demand category code "x"' }],
        },
      ],
      { sourceId: 'members-cli', collection: 'submissions', runId: 'run-cli' },
    );
    const file = join(tmpdir(), `q-members-${Date.now()}.csv`);
    const exported = await cli('quarantine', 'members-cli', '--export', file);
    expect(exported.code, exported.stderr).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('\uFEFFsource_id,collection,record_key,position,issues,run_id,quarantined_at,raw\r\n')).toBe(true);
    expect(text).toContain('[redacted]');
    for (const secret of Object.values(personal)) expect(text).not.toContain(secret);
    expect(text).toContain(`,"'=HYPERLINK(""http://example.invalid"")",`);
    const listed = await cli('quarantine', 'members-cli', '--json');
    for (const secret of Object.values(personal)) expect(listed.stdout).not.toContain(secret);
  });

  it('backfills a window and refuses bad usage with exit 2', async () => {
    expect((await cli('backfill', 'nanshan', '--from', '2024-01-01', '--to', '2024-07-01', '--json')).code).toBe(0);
    expect((await cli('backfill', 'nanshan', '--from', '2024-07-01', '--to', '2024-01-01')).code).toBe(2);
    const unknown = await cli('sync', 'atlantis', '--wait');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/source 'atlantis' is not in the applied configuration/);
  });

  it('--json errors: one JSON object on stdout naming the problem, with the exit code', async () => {
    const unknownSource = await cli('sync', 'atlantis', '--wait', '--json');
    expect(unknownSource.code).toBe(1);
    expect(JSON.parse(unknownSource.stdout)).toMatchObject({
      error: { message: expect.stringMatching(/source 'atlantis' is not in the applied configuration/), code: 1, kind: 'failed' },
      run: { source_id: 'atlantis', status: 'failed' },
    });
    const unknownRun = await cli('rerun', 'no-such-run', '--json');
    expect(unknownRun.code).toBe(2);
    expect(JSON.parse(unknownRun.stdout)).toEqual({
      error: { message: expect.stringMatching(/no run with id no-such-run/), code: 2, kind: 'usage' },
    });
    expect(unknownRun.stderr).toBe('');
  });

  it('registers members and rotates their tokens', async () => {
    const added = await cli('members', 'add', 'm-001', '--unit', '中国华润深圳分公司', '--json');
    expect(added.code).toBe(0);
    const { token } = JSON.parse(added.stdout) as { token: string };
    expect((await memberByToken(ch, token))?.unit_name).toBe('中国华润深圳分公司');
    expect((await cli('members', 'add', 'm-001', '--unit', 'x')).code).toBe(2);
    const rotated = JSON.parse((await cli('members', 'rotate', 'm-001', '--json')).stdout) as { token: string };
    expect(await memberByToken(ch, token)).toBeNull();
    expect((await memberByToken(ch, rotated.token))?.member_id).toBe('m-001');
    // revoked: the token is refused, and revoking again says there is nothing to revoke
    expect((await cli('members', 'revoke', 'm-001')).code).toBe(0);
    expect(await memberByToken(ch, rotated.token)).toBeNull();
    expect((await cli('members', 'revoke', 'm-001')).code).toBe(2);
  });

  it('adds, resets and disables operators, the password read from standard input or made once', async () => {
    const withInput = cliRunnerWithInput(() => env);
    expect((await withInput('first-password-12\n', 'operators', 'add', 'ops.alice')).code).toBe(0);
    expect(await authenticateOperator(ch, 'ops.alice', 'first-password-12')).not.toBeNull();
    expect((await withInput('another-password', 'operators', 'add', 'ops.alice')).code).toBe(2); // exists already
    expect((await withInput('short', 'operators', 'reset', 'ops.alice')).code).toBe(2); // too short
    const made = await cli('operators', 'reset', 'ops.alice', '--json');
    expect(made.code).toBe(0);
    const { password } = JSON.parse(made.stdout) as { password: string };
    expect(await authenticateOperator(ch, 'ops.alice', 'first-password-12')).toBeNull();
    expect(await authenticateOperator(ch, 'ops.alice', password)).not.toBeNull();
    expect((await cli('operators', 'disable', 'ops.alice')).code).toBe(0);
    expect(await authenticateOperator(ch, 'ops.alice', password)).toBeNull();
    expect((await cli('operators', 'disable', 'ops.alice')).code).toBe(2);
    expect((await cli('operators', 'reset', 'nobody')).code).toBe(2);
  });
});
