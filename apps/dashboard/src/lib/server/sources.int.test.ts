// The dashboard follows the applied sources configuration in the warehouse,
// not a file: nothing until something is applied, then each newer version.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDatabase, publishSources, type ClickHouseClient } from '@liaison/warehouse/testing';
import { currentSources, sources, sourcesVersion } from './sources.ts';

const database = vi.hoisted(() => ({ ch: undefined as ClickHouseClient | undefined }));
vi.mock('./clickhouse.ts', () => ({ clickhouse: () => database.ch, publicClickhouse: () => database.ch }));

const inbox = (id: string) => ({ id, kind: 'member-inbox', schedule: '*/5 * * * *' }) as const;

describe('the dashboard’s sources', () => {
  beforeAll(async () => {
    ({ ch: database.ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await database.ch?.close();
  });

  it('none before an apply; then the latest applied version', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await currentSources()).toEqual({ version: 0, sources: [] });
    expect(sources()).toEqual([]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('no sources applied yet: run `pnpm liaison sources apply`'));
    logged.mockRestore();

    await publishSources(database.ch!, { sources: [inbox('members-a')] }, 'ops.alice');
    // the very next request sees an apply: no replica lags behind another
    expect((await currentSources()).sources.map((s) => s.id)).toEqual(['members-a']);
    expect(sources().map((s) => s.id)).toEqual(['members-a']);
    expect(sourcesVersion()).toBe(1);

    await publishSources(database.ch!, { sources: [inbox('members-a'), inbox('members-b')] }, 'ops.bob');
    await currentSources();
    expect(sources().map((s) => s.id)).toEqual(['members-a', 'members-b']);
    expect(sourcesVersion()).toBe(2);
  });
});
