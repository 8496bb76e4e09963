// The audit log of the command line against the real Temporal dev server and
// ClickHouse: each command that changes something leaves exactly one entry
// naming who (LIAISON_OPERATOR), what and how it ended — a failed command
// with its reason — and never a token or a password; commands that only read
// leave none; `audit --since` filters; an entry that cannot be written is
// said on stderr and exits 1 while the command's own outcome stands.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { createTestDatabase, findMemberUnit, type AuditEntry, type ClickHouseClient } from '@liaison/warehouse/testing';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { cliRunner, cliRunnerWithInput } from './test-cli.ts';

describe('liaison audit', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;
  let env: Record<string, string>;
  const cli = cliRunner(() => env);
  const withInput = cliRunnerWithInput(() => env);
  const audit = async (...flags: string[]): Promise<AuditEntry[]> => {
    const r = await cli('audit', '--json', ...flags);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { entries: AuditEntry[] }).entries;
  };
  /** The one entry the last command left (the log grows by exactly one). */
  const entryOf = async (before: number): Promise<AuditEntry> => {
    const entries = await audit();
    expect(entries).toHaveLength(before + 1);
    return entries[0]!;
  };

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    sim = await startDistrictApiSimulator({ district: 'yantian', token: 't', seed: 5, sizes: { enterprises: 6, visits: 3, projects: 2 } });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [{ id: 'yantian', kind: 'district-api', district: 'yantian', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *' }],
      env: { T: 't' },
    });
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      SOURCES_FILE: ingest.sourcesFile,
      LIAISON_TASK_QUEUE: ingest.taskQueue,
      LIAISON_OPERATOR: 'ops.audrey',
    };
  });
  afterAll(async () => {
    if (ingest) {
      await writeFile(ingest.sourcesFile, JSON.stringify({ sources: [] }));
      await cli('sources', 'apply');
    }
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('each command that changes something leaves one entry with who, what and the outcome', async () => {
    const steps: Array<{ run: () => Promise<{ code: number }>; code: number; entry: Partial<AuditEntry> }> = [
      { run: () => cli('sources', 'apply'), code: 0, entry: { action: 'sources apply', target: ingest.sourcesFile } },
      {
        run: () => cli('sync', 'yantian', '--wait'),
        code: 0,
        entry: { action: 'sync', target: 'yantian', details: { full: false, wait: true } },
      },
      { run: () => cli('pause', 'yantian'), code: 0, entry: { action: 'pause', target: 'yantian' } },
      { run: () => cli('resume', 'yantian'), code: 0, entry: { action: 'resume', target: 'yantian' } },
      {
        run: () => cli('backfill', 'yantian', '--from', '2024-01-01', '--to', '2024-02-01'),
        code: 0,
        entry: { action: 'backfill', target: 'yantian', details: { from: '2024-01-01', to: '2024-02-01' } },
      },
      {
        run: () => cli('members', 'add', 'm-audit', '--unit', 'Audit Unit'),
        code: 0,
        entry: { action: 'members add', details: { unit: 'Audit Unit' } },
      },
      { run: () => cli('members', 'rotate', 'm-audit'), code: 0, entry: { action: 'members rotate', target: 'm-audit' } },
      { run: () => cli('members', 'revoke', 'm-audit'), code: 0, entry: { action: 'members revoke', target: 'm-audit' } },
      {
        run: () => withInput('a-long-password-1\n', 'operators', 'add', 'ops.ben'),
        code: 0,
        entry: { action: 'operators add', target: 'ops.ben' },
      },
      { run: () => withInput('a-long-password-2\n', 'operators', 'reset', 'ops.ben'), code: 0, entry: { action: 'operators reset' } },
      { run: () => cli('operators', 'disable', 'ops.ben'), code: 0, entry: { action: 'operators disable', target: 'ops.ben' } },
    ];
    for (const [i, step] of steps.entries()) {
      expect((await step.run()).code, step.entry.action).toBe(step.code);
      expect(await entryOf(i)).toMatchObject({ actor: 'ops.audrey', via: 'cli', outcome: 'ok', reason: '', ...step.entry });
    }
    const log = JSON.stringify(await audit());
    expect(log).not.toContain('a-long-password');
    expect(log).not.toMatch(/lia_[A-Za-z0-9_-]{10,}/); // no member token
  });

  it('a failed command leaves a failed entry with its reason; a command that only reads leaves none', async () => {
    const failures: Array<[string[], number, Partial<AuditEntry>, RegExp]> = [
      [['rerun', 'no-such-run'], 2, { action: 'rerun', target: 'no-such-run' }, /no run with id no-such-run/],
      [['pause', 'atlantis'], 2, { action: 'pause', target: 'atlantis' }, /atlantis/],
      [['cancel', 'yantian'], 1, { action: 'cancel', target: 'yantian' }, /yantian/],
    ];
    for (const [args, code, entry, reason] of failures) {
      const before = (await audit()).length;
      expect((await cli(...args)).code, args.join(' ')).toBe(code);
      const failed = await entryOf(before);
      expect(failed).toMatchObject({ ...entry, actor: 'ops.audrey', outcome: 'failed' });
      expect(failed.reason).toMatch(reason);
    }
    const before = (await audit()).length;
    expect((await cli('status')).code).toBe(0);
    expect((await cli('runs')).code).toBe(0);
    expect(await audit()).toHaveLength(before);
  });

  it('audit --since shows the entries from then on; a day or an instant', async () => {
    const all = await audit();
    const since = new Date(Date.parse(all[0]!.at) + 1).toISOString();
    expect(await audit('--since', since)).toEqual([]);
    expect((await audit('--since', all.at(-1)!.at)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(await audit('--since', '2099-01-01')).toEqual([]);
    const table = await cli('audit');
    expect(table.stdout).toMatch(/^at\s+actor\s+via\s+action\s+target\s+outcome\s+reason\s+details/);
    expect(table.stdout).toContain('members add');
    expect((await cli('audit', '--since', 'yesterday')).code).toBe(2);
  });

  it('an entry that cannot be written: the command still did its work, stderr says so, exit 1', async () => {
    await ch.command({ query: 'RENAME TABLE audit_log TO audit_log_away' });
    try {
      const r = await cli('members', 'add', 'm-unaudited', '--unit', 'Unit', '--json');
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ member_id: 'm-unaudited' });
      expect(r.stderr).toMatch(/members add m-unaudited was done, but its audit entry could not be written/);
      expect(await findMemberUnit(ch, 'm-unaudited')).not.toBeNull();
    } finally {
      await ch.command({ query: 'RENAME TABLE audit_log_away TO audit_log' });
    }
  });
});
