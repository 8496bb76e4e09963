// A query of the figures as one value: its SQL, the zod schema of its bound
// parameters and the zod schema of its rows (the shape trigger.dev's internal
// ClickHouse package uses). Parameters are checked before they are bound as
// query_params, rows when they cross back from the database, so a changed
// column type fails loudly here instead of publishing a wrong figure.
import { z } from 'zod';
import type { ClickHouseClient } from '@liaison/warehouse';

export type Query<P, R> = (ch: ClickHouseClient, params: P) => Promise<R[]>;

export function defineQuery<P extends z.ZodType<Record<string, unknown>>, R extends z.ZodType>(spec: {
  name: string;
  sql: string;
  params: P;
  row: R;
}): Query<z.input<P>, z.output<R>> {
  const rows = z.array(spec.row);
  return async (ch, params) => {
    const rs = await ch.query({ query: spec.sql, query_params: spec.params.parse(params), format: 'JSONEachRow' });
    const parsed = rows.safeParse(await rs.json());
    if (!parsed.success) throw new Error(`${spec.name}: unexpected rows from ClickHouse: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  };
}

/** No parameters. */
export const noParams = z.strictObject({});

/** A bound optional filter: absent is NULL, which the SQL reads as "all". */
export const optionalParam = z.string().nullable();

/** A ClickHouse 64-bit integer or Decimal as JSON gives it (quoted), kept as its exact text. */
export const exactNumber = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number()]).transform(String);

/** A ClickHouse Bool or UInt8 flag. */
export const flag = z.union([z.boolean(), z.number()]).transform(Boolean);
