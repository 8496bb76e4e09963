// `liaison sources apply` publishes the validated file to the warehouse: a new
// version (printed) only when the content changed, recorded with who applied it.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appliedSources, createTestDatabase, type ClickHouseClient } from '@liaison/warehouse/testing';
import { writeSourcesFile } from '../testing.ts';
import { cliRunner } from './test-cli.ts';

describe('liaison sources apply', () => {
  let ch: ClickHouseClient;
  let env: Record<string, string>;
  let file: string;
  const cli = cliRunner(() => env);
  const inbox = (id: string) => ({ id, kind: 'member-inbox', schedule: '*/5 * * * *' });

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    file = await writeSourcesFile([inbox(`apply-${Date.now()}`)]);
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      SOURCES_FILE: file,
      LIAISON_TASK_QUEUE: `apply-${Date.now()}`,
      LIAISON_OPERATOR: 'ops.alice',
    };
  });
  afterAll(async () => {
    await writeFile(file, JSON.stringify({ sources: [] }));
    await cli('sources', 'apply'); // no schedules left behind
    await ch?.close();
  });

  it('publishes a new version only when the file changed, and prints it', async () => {
    const first = await cli('sources', 'apply');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/published as version 1 \(applied by ops\.alice\)/);
    expect(await appliedSources(ch)).toMatchObject({ version: 1, applied_by: 'ops.alice' });

    const again = await cli('sources', 'apply', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ version: 1, changed: false, applied_by: 'ops.alice' });

    await writeFile(file, JSON.stringify({ sources: [inbox(`apply-b-${Date.now()}`)] }));
    env['LIAISON_OPERATOR'] = 'ops.bob';
    expect((await cli('sources', 'apply')).stdout).toMatch(/published as version 2 \(applied by ops\.bob\)/);
    expect(JSON.parse((await appliedSources(ch))!.content)).toMatchObject({ sources: [{ kind: 'member-inbox' }] });
  });

  it('refuses an invalid file with exit 2, publishing nothing', async () => {
    await writeFile(file, JSON.stringify({ sources: [{ id: 'x' }] }));
    const bad = await cli('sources', 'apply');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/sources\.0/);
    expect((await appliedSources(ch))?.version).toBe(2);
  });
});
