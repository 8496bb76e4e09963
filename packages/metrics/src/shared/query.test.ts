import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ClickHouseClient } from '@liaison/warehouse';
import { defineQuery, exactNumber, optionalParam } from './query.ts';

function client(rows: unknown[], seen: unknown[] = []): ClickHouseClient {
  return {
    query: async (q: unknown) => {
      seen.push(q);
      return { json: async () => rows };
    },
  } as unknown as ClickHouseClient;
}

const count = defineQuery({
  name: 'test count',
  sql: 'SELECT count() AS n FROM t WHERE {district:Nullable(String)} IS NULL',
  params: z.strictObject({ district: optionalParam }),
  row: z.object({ n: exactNumber }),
});

describe('defineQuery', () => {
  it('binds the checked parameters as query_params and returns the checked rows', async () => {
    const seen: unknown[] = [];
    expect(await count(client([{ n: '42' }], seen), { district: null })).toEqual([{ n: '42' }]);
    expect(seen).toEqual([
      {
        query: 'SELECT count() AS n FROM t WHERE {district:Nullable(String)} IS NULL',
        query_params: { district: null },
        format: 'JSONEachRow',
      },
    ]);
  });

  it('refuses a row of another shape, naming the query', async () => {
    await expect(count(client([{ n: 'many' }]), { district: null })).rejects.toThrow(/test count: unexpected rows/);
  });

  it('refuses parameters of another shape before querying', async () => {
    await expect(count(client([]), { district: 1 } as never)).rejects.toThrow();
  });
});
