// The audit log against the real engine: an entry is stored once however
// often its write is retried, secrets in details are never written, entries
// read newest first, filtered by time and paged with a cursor.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listAudit, recordAudit } from './audit-log.ts';
import type { ClickHouseClient } from './client.ts';
import { createTestDatabase } from './testing.ts';

let ch: ClickHouseClient;

beforeAll(async () => {
  ch = (await createTestDatabase(inject('clickhouseUrl'))).ch;
});
afterAll(async () => {
  await ch?.close();
});

const base = { actor: 'ops-ann', via: 'cli' as const, target: 'nanshan' };

describe('audit log', () => {
  it('a retried write of one entry is one entry', async () => {
    const entry = { ...base, id: 'retry-1', at: '2026-01-01T00:00:00.000Z', action: 'pause', outcome: 'ok' as const };
    await recordAudit(ch, entry);
    await recordAudit(ch, entry);
    const rows = await listAudit(ch);
    expect(rows.filter((r) => r.id === 'retry-1')).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...entry, details: {}, reason: '' });
  });

  it('drops details naming a secret and keeps the reason of a failure', async () => {
    const stored = await recordAudit(ch, {
      ...base,
      action: 'members add',
      outcome: 'failed',
      reason: 'member exists already',
      details: { unit: 'A unit', token: 'lia_secret', password: 'pw' },
    });
    const [read] = (await listAudit(ch)).filter((r) => r.id === stored.id);
    expect(read).toMatchObject({ outcome: 'failed', reason: 'member exists already', details: { unit: 'A unit' } });
    expect(JSON.stringify(read)).not.toMatch(/lia_secret|"pw"/);
  });

  it('lists newest first, since an instant, and pages with a cursor', async () => {
    for (const day of ['02', '03', '04', '05'])
      await recordAudit(ch, { ...base, id: `day-${day}`, at: `2026-02-${day}T08:00:00.000Z`, action: 'sync', outcome: 'ok' });
    const days = (rows: { id: string }[]) => rows.map((r) => r.id).filter((id) => id.startsWith('day-'));
    const since = await listAudit(ch, { since: '2026-02-03T00:00:00Z' });
    expect(days(since)).toEqual(['day-05', 'day-04', 'day-03']);
    expect(since.map((r) => r.id)).not.toContain('retry-1');
    const all = await listAudit(ch, { since: '2026-02-01T00:00:00Z' });
    const paged = [];
    for (let page = await listAudit(ch, { since: '2026-02-01T00:00:00Z', limit: 2 }); page.length;) {
      paged.push(...page);
      const last = page.at(-1)!;
      page = await listAudit(ch, { since: '2026-02-01T00:00:00Z', limit: 2, before: { at: last.at, id: last.id } });
    }
    expect(paged).toEqual(all);
    expect(days(paged)).toEqual(['day-05', 'day-04', 'day-03', 'day-02']);
  });
});
