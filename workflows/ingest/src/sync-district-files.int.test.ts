// The district-files sync end to end (real Temporal and ClickHouse): nightly
// CSV and XLSX exports in a drop folder, poison rows, unchanged and corrected
// re-deliveries, and an old file of a growing folder that is not read again.
import { copyFile, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoDistrict, nightlySlices, writeDistrictDrop, type DemoDistrictData } from '@liaison/simulators';
import { createTestDatabase, listQuarantine, tableSnapshot, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from './testing.ts';

describe('district-files sync', () => {
  let ch: ClickHouseClient;
  let ingest: TestIngest;
  let dir: string;
  let data: DemoDistrictData;
  let nights: ReturnType<typeof nightlySlices>;
  const sync = () => runSync(ingest.client, ingest.taskQueue, { sourceId: 'futian', mode: 'manual' });
  const scalar = async (sql: string, params: Record<string, unknown> = {}) =>
    (await (await ch.query({ query: sql, query_params: params, format: 'JSONEachRow' })).json<{ v: string }>())[0]?.v;

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    dir = await mkdtemp(join(tmpdir(), 'drops-'));
    data = demoDistrict({ district: 'futian', seed: 11, enterprises: 80, visits: 120, projects: 30 });
    nights = nightlySlices(data, 2);
    const [first, second] = nights as [(typeof nights)[0], (typeof nights)[0]];
    await writeDistrictDrop({ dir, district: 'futian', date: first.date, data: first.data, encoding: 'utf-8-bom' });
    await writeDistrictDrop({
      dir,
      district: 'futian',
      date: second.date,
      data: second.data,
      format: 'xlsx',
      style: { shuffleColumns: true, extraColumns: true, dates: 'serial' },
      faults: { poison: true },
    });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [{ id: 'futian', kind: 'district-files', district: 'futian', dir, encoding: 'auto', schedule: '30 2 * * *' }],
      env: {},
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await ch?.close();
  });

  it('loads every good row of every file and quarantines poison rows with sheet and row', async () => {
    const run = await sync();
    expect(run.status).toBe('succeeded');
    expect(Number(await scalar('SELECT count() AS v FROM enterprises_current'))).toBe(data.enterprises.length);
    expect(Number(await scalar('SELECT count() AS v FROM visits_current'))).toBe(data.visits.length);
    expect(Number(await scalar('SELECT count() AS v FROM projects_current'))).toBe(data.projects.length);
    const q = await listQuarantine(ch, { sourceId: 'futian' });
    expect(q.length).toBeGreaterThan(0);
    for (const r of q) expect(JSON.parse(r.position)).toMatchObject({ file: expect.stringMatching(/\.xlsx$/), row: expect.any(Number) });
    expect(Number(await scalar('SELECT count() AS v FROM loaded_files'))).toBe(6);
  });

  it('skips files delivered again unchanged', async () => {
    const before = await Promise.all(['enterprises', 'visits', 'projects', 'quarantine'].map((t) => tableSnapshot(ch, t)));
    const again = await sync();
    expect(again.received).toBe(0);
    expect(await Promise.all(['enterprises', 'visits', 'projects', 'quarantine'].map((t) => tableSnapshot(ch, t)))).toEqual(before);
  });

  it('loads a corrected file delivered under the same name', async () => {
    const [, second] = nights as [(typeof nights)[0], (typeof nights)[0]];
    const written = await writeDistrictDrop({
      dir,
      district: 'futian',
      date: second.date,
      data: second.data,
      format: 'xlsx',
      faults: { poison: true, corrected: true },
    });
    const run = await sync();
    expect(run.status).toBe('succeeded');
    expect(run.received).toBeGreaterThan(0);
    const fixed = written.find((w) => w.collection === 'enterprises')?.corrected;
    expect(fixed?.key).toBeTruthy();
    const stored = await scalar(`SELECT toString(${fixed?.field}) AS v FROM enterprises_current WHERE uscc = {u:String}`, {
      u: fixed?.key,
    });
    const original = second.data.enterprises.find((e) => e.uscc === fixed?.key) as Record<string, unknown> | undefined;
    expect(stored).not.toBe(String(original?.[fixed?.field ?? ''] ?? ''));
  });

  it('does not read again a file it loaded, unchanged by name, size and modification time', async () => {
    const [csv] = (await readdir(dir)).filter((n) => n.startsWith('enterprises_') && n.endsWith('.csv'));
    const late = join(dir, 'enterprises_20991231.csv');
    const bytes = await readFile(join(dir, csv ?? ''));
    await copyFile(join(dir, csv ?? ''), late);
    const night = 4_102_358_400; // whole seconds: the same mtime can be set again exactly
    await utimes(late, night, night);
    expect((await sync()).received).toBeGreaterThan(0);
    const files = await scalar('SELECT count() AS v FROM loaded_files');

    // the same size and mtime over other bytes: only reading the file would notice
    await writeFile(late, Buffer.alloc(bytes.length, ' '));
    await utimes(late, night, night);
    const again = await sync();
    expect(again).toMatchObject({ status: 'succeeded', received: 0 });
    expect(await scalar('SELECT count() AS v FROM loaded_files')).toBe(files);
  });

  it('remembers the new modification time of a loaded file touched but unchanged', async () => {
    const late = join(dir, 'enterprises_20991230.csv');
    const [csv] = (await readdir(dir)).filter((n) => n.startsWith('enterprises_2024') && n.endsWith('.csv'));
    const bytes = await readFile(join(dir, csv ?? ''));
    await writeFile(late, bytes);
    await utimes(late, 4_102_272_000, 4_102_272_000);
    expect((await sync()).received).toBeGreaterThan(0);

    const touched = 4_102_275_600; // touched an hour later, content the same: read once, recognised by its hash
    await utimes(late, touched, touched);
    expect(await sync()).toMatchObject({ status: 'succeeded', received: 0 });

    // other bytes under the touched stat: only a sync that hashed it again would notice
    await writeFile(late, Buffer.alloc(bytes.length, ' '));
    await utimes(late, touched, touched);
    expect(await sync()).toMatchObject({ status: 'succeeded', received: 0 });
  });
});
