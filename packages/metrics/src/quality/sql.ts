// The SQL of the data-quality figures (metrics.md "Data quality"), each query
// beside the schemas of its parameters and rows: the sources' runs, and what
// is now in quarantine (the warehouse's one definition of it) and why.
import { z } from 'zod';
import { NOW_IN_QUARANTINE_SQL } from '@liaison/warehouse';
import { defineQuery, exactNumber } from '../shared/query.ts';

const sourceIds = z.strictObject({ ids: z.array(z.string()) });

// Tuples keep argMax from skipping a NULL (a last run without error or end).
export const sourceRuns = defineQuery({
  name: 'quality runs',
  params: sourceIds,
  row: z.object({
    source_id: z.string(),
    total_received: exactNumber,
    total_loaded: exactNumber,
    success_at: z.string().nullable(),
    success_received: exactNumber,
    success_loaded: exactNumber,
    last_status: z.string(),
    last_started_at: z.string(),
    last_finished_at: z.string().nullable(),
    last_error_kind: z.string().nullable(),
  }),
  sql: `
  SELECT source_id, total_received, total_loaded, success_at, success.1 AS success_received, success.2 AS success_loaded,
         last.1 AS last_status, last.2 AS last_started_at, last.3 AS last_finished_at, nullIf(last.4, '') AS last_error_kind
  FROM (
    SELECT source_id, sum(received) AS total_received, sum(loaded) AS total_loaded,
           toString(maxIf(finished_at, status = 'succeeded')) AS success_at,
           argMaxIf((received, loaded), finished_at, status = 'succeeded') AS success,
           argMax((toString(status), toString(started_at), toString(finished_at), toString(error_kind)), started_at) AS last
    FROM sync_runs FINAL
    WHERE source_id IN {ids:Array(String)}
    GROUP BY source_id
  )`,
});

export const quarantinedRecords = defineQuery({
  name: 'quality quarantined records',
  params: sourceIds,
  row: z.object({ source_id: z.string(), records: exactNumber }),
  sql: `SELECT source_id, count() AS records FROM (${NOW_IN_QUARANTINE_SQL}) GROUP BY source_id`,
});

export const quarantineReasons = defineQuery({
  name: 'quality quarantine reasons',
  params: sourceIds,
  row: z.object({ source_id: z.string(), collection: z.string(), path: z.string(), code: z.string(), records: exactNumber }),
  sql: `
  SELECT source_id, collection, issue.1 AS path, issue.2 AS code, count() AS records
  FROM (${NOW_IN_QUARANTINE_SQL})
  ARRAY JOIN arrayDistinct(arrayMap(i -> (i.path, i.code), issues)) AS issue
  GROUP BY source_id, collection, path, code
  ORDER BY source_id, records DESC, collection, path, code`,
});
