// The dashboard follows the applied sources configuration in the warehouse,
// not a file: nothing until something is applied, then each newer version.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDatabase, publishSources, type ClickHouseClient } from '@liaison/warehouse/testing';
import { refreshSources, sources } from './sources.ts';

const database = vi.hoisted(() => ({ ch: undefined as ClickHouseClient | undefined }));
vi.mock('./clickhouse.ts', () => ({ clickhouse: () => database.ch }));

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
    await refreshSources();
    expect(sources()).toEqual([]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('no sources applied yet: run `pnpm liaison sources apply`'));
    logged.mockRestore();

    await publishSources(database.ch!, { sources: [inbox('members-a')] }, 'ops.alice');
    await refreshSources();
    expect(sources().map((s) => s.id)).toEqual(['members-a']);

    await publishSources(database.ch!, { sources: [inbox('members-a'), inbox('members-b')] }, 'ops.bob');
    await refreshSources();
    expect(sources().map((s) => s.id)).toEqual(['members-a', 'members-b']);
  });
});
