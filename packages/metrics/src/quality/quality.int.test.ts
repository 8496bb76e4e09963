// Data quality figures against the real ClickHouse engine: run totals and the
// last success, lag and staleness, distinct records now in quarantine with
// their reasons (re-delivery adds nothing, a newer bad version replaces the
// older), and nothing raw or personal in the output.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createTestDatabase,
  quarantineRecords,
  saveRun,
  type ClickHouseClient,
  type QuarantinedRecord,
  type SyncRun,
} from '@liaison/warehouse/testing';
import { qualityFigures } from './figures.ts';

const SOURCES = [
  { id: 'district-a', kind: 'district-api', schedule: '0 * * * *' }, // hourly: stale after 2 h
  { id: 'files-b', kind: 'district-files', schedule: '0 2 * * *' }, // daily: stale after 2 days
  { id: 'inbox', kind: 'member-inbox', schedule: '*/5 * * * *' }, // never ran
];
const NOW = new Date('2026-01-05T03:10:00.000Z');

const run = (
  run_id: string,
  source_id: string,
  status: SyncRun['status'],
  started_at: string,
  finished_at: string | null,
  received: number,
  loaded: number,
  error: string | null = null,
): SyncRun => ({
  run_id,
  source_id,
  source_kind: 'x',
  mode: 'scheduled',
  rerun_of: null,
  window_from: null,
  window_to: null,
  status,
  started_at,
  finished_at,
  received,
  loaded,
  quarantined: 0,
  duplicates: 0,
  error,
});

const RUN_ERROR_TEXT = 'HTTP 500 from https://files.example/v1/visits?token=abc: 张三 13800138000';

// raw records and messages carry text that must never be published
const bad = (key: string | null, issues: Array<[string, string]>, raw: Record<string, unknown> = {}, index = 7): QuarantinedRecord => ({
  key,
  position: { page: 1, index },
  raw: { name: '张三', contact_phone: '13800138000', ...raw },
  issues: issues.map(([path, code]) => ({ path, code, message: `SECRET-MESSAGE ${path}` })),
});

describe('qualityFigures', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    const day = '2026-01-05T';
    for (const r of [
      run('a1', 'district-a', 'succeeded', `${day}00:00:00.000Z`, `${day}00:01:00.000Z`, 10, 8),
      run('a2', 'district-a', 'failed', `${day}01:00:00.000Z`, `${day}01:02:00.000Z`, 5, 3, 'HTTP 503 from source'),
      run('a3', 'district-a', 'running', `${day}02:00:00.000Z`, null, 0, 0),
      run('a3', 'district-a', 'succeeded', `${day}02:00:00.000Z`, `${day}02:05:30.000Z`, 4, 4), // a3's final state
      run('a4', 'district-a', 'running', `${day}03:00:00.000Z`, null, 1, 0),
      run('b1', 'files-b', 'succeeded', '2026-01-02T17:00:00.000Z', '2026-01-02T18:00:00.000Z', 7, 6),
      {
        // an operator's error text may quote a URL with its query, a path, a body naming people
        ...run('b2', 'files-b', 'failed', '2026-01-04T18:00:00.000Z', '2026-01-04T18:00:05.000Z', 0, 0, RUN_ERROR_TEXT),
        error_kind: 'source_unavailable' as const,
      },
      run('o1', 'other', 'succeeded', `${day}03:00:00.000Z`, `${day}03:01:00.000Z`, 99, 99),
    ])
      await saveRun(ch, r);

    const projects = { sourceId: 'district-a', collection: 'projects', runId: 'a1' };
    await quarantineRecords(
      ch,
      [
        bad(
          'futian/P1',
          [
            ['investment_wan', 'invalid_format'],
            ['investment_wan', 'invalid_format'],
          ],
          { v: 1 },
        ),
        bad(
          'futian/P2',
          [
            ['investment_wan', 'invalid_format'],
            ['sector', 'invalid_value'],
          ],
          { v: 1 },
        ),
        bad(null, [['project_id', 'invalid_type']]), // no key: identified by its content
      ],
      projects,
    );
    await quarantineRecords(ch, [bad('91440300MA5DC6QX8X', [['uscc', 'invalid_format']])], { ...projects, collection: 'enterprises' });
    // a3 re-delivers P1 unchanged, the keyless record unchanged at another position, and a new bad version of P2
    await quarantineRecords(
      ch,
      [
        bad(
          'futian/P1',
          [
            ['investment_wan', 'invalid_format'],
            ['investment_wan', 'invalid_format'],
          ],
          { v: 1 },
        ),
        bad('futian/P2', [['stage', 'invalid_value']], { v: 2 }),
        bad(null, [['project_id', 'invalid_type']], {}, 3),
      ],
      { ...projects, runId: 'a3' },
    );
    await quarantineRecords(ch, [bad('nanshan/V1', [['visited_on', 'invalid_format']])], {
      sourceId: 'files-b',
      collection: 'visits',
      runId: 'b1',
    });
    await quarantineRecords(ch, [bad('x', [['a', 'b']])], { sourceId: 'other', collection: 'visits', runId: 'o1' });
  });
  afterAll(async () => {
    await ch.close();
  });

  it('reports runs, last success, lag and last run per source', async () => {
    const [a, b, inbox] = (await qualityFigures(ch, SOURCES, NOW)).sources;
    expect(a).toMatchObject({
      source_id: 'district-a',
      kind: 'district-api',
      received: 20,
      loaded: 15,
      last_success: { finished_at: '2026-01-05T02:05:30.000Z', received: 4, loaded: 4 },
      lag_seconds: 3870,
      stale: false, // 1 h 04 min 30 s
      last_run: { status: 'running', started_at: '2026-01-05T03:00:00.000Z', finished_at: null, error_kind: null },
    });
    expect(b).toMatchObject({
      received: 7,
      loaded: 6,
      lag_seconds: 205_800,
      stale: true, // 2 days 9 h 10 min
      last_success: { finished_at: '2026-01-02T18:00:00.000Z', received: 7, loaded: 6 },
      last_run: { status: 'failed', finished_at: '2026-01-04T18:00:05.000Z', error_kind: 'source_unavailable' },
    });
    // the public figures say why in a code, never in the run's error text
    expect(b!.last_run).not.toHaveProperty('error');
    expect(JSON.stringify(await qualityFigures(ch, SOURCES, NOW))).not.toContain('token=');
    expect(inbox).toEqual({
      source_id: 'inbox',
      kind: 'member-inbox',
      received: 0,
      loaded: 0,
      quarantined: 0,
      quarantine_reasons: [],
      last_success: null,
      lag_seconds: null,
      stale: true,
      last_run: null,
    });
  });

  it('counts distinct records now in quarantine, with the reasons of their latest version', async () => {
    const [a, b] = (await qualityFigures(ch, SOURCES, NOW)).sources;
    expect(a?.quarantined).toBe(4); // P1, P2, the keyless record, the enterprise
    expect(a?.quarantine_reasons).toEqual([
      { collection: 'enterprises', path: 'uscc', code: 'invalid_format', records: 1 },
      { collection: 'projects', path: 'investment_wan', code: 'invalid_format', records: 1 }, // P1 only now
      { collection: 'projects', path: 'project_id', code: 'invalid_type', records: 1 },
      { collection: 'projects', path: 'stage', code: 'invalid_value', records: 1 },
    ]);
    expect(b?.quarantined).toBe(1);
  });

  it('publishes no raw record, message or other source', async () => {
    const text = JSON.stringify(await qualityFigures(ch, SOURCES, NOW));
    for (const secret of ['张三', '13800138000', 'SECRET-MESSAGE', 'other']) expect(text).not.toContain(secret);
  });

  it('takes incomplete_demands from the counter it is given', async () => {
    expect((await qualityFigures(ch, SOURCES, NOW)).incomplete_demands).toBeNull();
    expect(await qualityFigures(ch, [], NOW, { incompleteDemands: async () => 3 })).toEqual({ sources: [], incomplete_demands: 3 });
  });
});
