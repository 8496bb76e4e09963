// The run history an operator lists: newest first, cut at a limit that the
// total shows up, and from a given instant on.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { countRuns, listRuns, saveRun, type SyncRun } from './runs.ts';
import { createTestDatabase } from './testing.ts';

const run = (n: number, over: Partial<SyncRun> = {}): SyncRun => ({
  run_id: `r${n}`,
  source_id: 'nanshan',
  source_kind: 'district-api',
  mode: 'scheduled',
  rerun_of: null,
  window_from: null,
  window_to: null,
  status: 'succeeded',
  started_at: `2024-03-${String(n).padStart(2, '0')} 02:00:00.000`,
  finished_at: null,
  received: 0,
  loaded: 0,
  quarantined: 0,
  duplicates: 0,
  error: null,
  ...over,
});

describe('run history', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ch = (await createTestDatabase(inject('clickhouseUrl'))).ch;
    for (let n = 1; n <= 12; n++) await saveRun(ch, run(n, n % 4 === 0 ? { status: 'failed' } : {}));
    await saveRun(ch, run(13, { source_id: 'futian' }));
  });
  afterAll(async () => {
    await ch?.close();
  });

  it('lists the newest runs up to the limit and counts them all', async () => {
    const runs = await listRuns(ch, { sourceId: 'nanshan', limit: 5 });
    expect(runs.map((r) => r.run_id)).toEqual(['r12', 'r11', 'r10', 'r9', 'r8']);
    expect(await countRuns(ch, { sourceId: 'nanshan' })).toBe(12);
    expect(await countRuns(ch)).toBe(13);
    expect(await countRuns(ch, { failedOnly: true })).toBe(3);
  });

  it('keeps the runs started at or after `since`', async () => {
    const since = '2024-03-10T02:00:00.000Z';
    expect((await listRuns(ch, { sourceId: 'nanshan', since })).map((r) => r.run_id)).toEqual(['r12', 'r11', 'r10']);
    expect(await countRuns(ch, { since, failedOnly: true })).toBe(1);
  });
});
