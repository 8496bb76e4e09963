// Publishing the sources configuration against the real ClickHouse engine: a
// new version only when the content changed, the latest version read back,
// a reader that follows newer versions and says when nothing was applied, and
// one version number per apply however they race.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClickHouseClient, type ClickHouseClient } from './client.ts';
import { appliedSources, appliedSourcesReader, NOTHING_APPLIED, publishSources } from './published-sources.ts';
import { createTestDatabase } from './testing.ts';

const members = { id: 'members', kind: 'member-inbox', schedule: '*/5 * * * *' } as const;
const demands = {
  id: 'demands',
  kind: 'demand-platform',
  baseUrl: 'http://127.0.0.1:7201',
  apiKeyEnv: 'DEMANDS_KEY',
  secretEnv: 'DEMANDS_SECRET',
  schedule: '*/15 * * * *',
} as const;

describe('published sources', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });

  it('publishes versions, only when the content changed, and readers follow the latest', async () => {
    const read = appliedSourcesReader(ch);
    await expect(read()).rejects.toThrow(NOTHING_APPLIED);
    expect(await appliedSources(ch)).toBeNull();

    const first = await publishSources(ch, { sources: [members] }, 'ops.alice', new Date('2026-12-03T02:02:00Z'));
    expect(first).toMatchObject({ changed: true, published: { version: 1, applied_by: 'ops.alice' } });
    expect(await appliedSources(ch)).toMatchObject({ version: 1, applied_at: '2026-12-03T02:02:00.000Z', applied_by: 'ops.alice' });
    expect((await read()).sources.map((s) => s.id)).toEqual(['members']);

    const again = await publishSources(ch, { sources: [members] }, 'ops.bob');
    expect(again).toMatchObject({ changed: false, published: { version: 1, applied_by: 'ops.alice' } });

    const second = await publishSources(ch, { sources: [members, demands] }, 'ops.bob');
    expect(second).toMatchObject({ changed: true, published: { version: 2 } });
    expect(await read()).toMatchObject({ version: 2, applied_by: 'ops.bob' });
    expect((await read()).sources.map((s) => s.id)).toEqual(['members', 'demands']);
  });

  it('two applies at once, from two hosts, take two versions', async () => {
    const { ch: a, settings } = await createTestDatabase(inject('clickhouseUrl'));
    const b = createClickHouseClient(settings);
    try {
      const [x, y] = await Promise.all([
        publishSources(a, { sources: [members] }, 'ops.alice'),
        publishSources(b, { sources: [demands] }, 'ops.bob'),
      ]);
      expect([x.published.version, y.published.version].sort()).toEqual([1, 2]);
      const rs = await a.query({ query: 'SELECT version, applied_by FROM published_sources ORDER BY version', format: 'JSONEachRow' });
      const rows = await rs.json<{ version: number; applied_by: string }>();
      expect(rows.map((r) => Number(r.version))).toEqual([1, 2]);
      expect(rows.map((r) => r.applied_by).sort()).toEqual(['ops.alice', 'ops.bob']);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
