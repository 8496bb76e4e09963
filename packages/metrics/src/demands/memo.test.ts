import { describe, expect, it } from 'vitest';
import type { ClickHouseClient } from '@liaison/warehouse';
import { memoizeDemandFigures } from './memo.ts';
import type { DemandFigures } from './response.ts';

const ch = {} as ClickHouseClient;
const asOf = new Date('2024-09-01T04:00:00Z');

function counting(fail = false) {
  const calls: string[] = [];
  const compute = async (_ch: ClickHouseClient, f: { district?: string | undefined }) => {
    calls.push(f.district ?? '');
    if (fail && calls.length === 1) throw new Error('boom');
    return { demands: calls.length } as unknown as DemandFigures;
  };
  return { calls, compute };
}

describe('memoizeDemandFigures', () => {
  it('computes once per version, filters and as_of date', async () => {
    const { calls, compute } = counting();
    const figures = memoizeDemandFigures({ compute });
    await figures(ch, { district: 'nanshan' }, asOf, 'v1');
    await figures(ch, { district: 'nanshan', lang: 'en', format: 'csv' }, new Date('2024-09-01T15:00:00Z'), 'v1');
    expect(calls).toHaveLength(1);
    await figures(ch, { district: 'nanshan' }, asOf, 'v2'); // a sync landed
    await figures(ch, { district: 'futian' }, asOf, 'v2');
    await figures(ch, { district: 'futian' }, new Date('2024-09-01T16:00:00Z'), 'v2'); // next CST day: ages move
    expect(calls).toHaveLength(4);
  });

  it('never caches without a version, nor a failure', async () => {
    const { calls, compute } = counting(true);
    const figures = memoizeDemandFigures({ compute });
    await expect(figures(ch, {}, asOf, 'v1')).rejects.toThrow('boom');
    await figures(ch, {}, asOf, 'v1');
    await figures(ch, {}, asOf, null);
    await figures(ch, {}, asOf, null);
    expect(calls).toHaveLength(4);
  });

  it('forgets the least recently used beyond its size', async () => {
    const { calls, compute } = counting();
    const figures = memoizeDemandFigures({ compute, max: 2 });
    await figures(ch, { district: 'luohu' }, asOf, 'v');
    await figures(ch, { district: 'futian' }, asOf, 'v');
    await figures(ch, { district: 'luohu' }, asOf, 'v'); // now the most recent
    await figures(ch, { district: 'nanshan' }, asOf, 'v'); // evicts futian
    await figures(ch, { district: 'luohu' }, asOf, 'v');
    expect(calls).toEqual(['luohu', 'futian', 'nanshan']);
    await figures(ch, { district: 'futian' }, asOf, 'v');
    expect(calls).toEqual(['luohu', 'futian', 'nanshan', 'futian']);
  });
});
