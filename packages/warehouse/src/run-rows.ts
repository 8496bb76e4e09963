// The rows a run delivered, found without scanning history: run_rows (filled
// by materialized views as rows are inserted, migration 0009) lists each
// run's leading keys, and the data table's primary key finds those rows. Of
// each version only the copy ReplacingMergeTree keeps counts (the highest
// version column, as FINAL would choose), so "the rows a run kept" are the
// versions it added. All SQL here is fixed text; the run is bound as
// {run:String}.

/** How a versioned table is found from run_rows and how its copies collapse. */
interface VersionedTable {
  /** The leading primary-key columns, and the run_rows columns that hold them. */
  lead: string;
  indexed: string;
  /** The full sorting key: one version of one record. */
  key: string;
  /** The ReplacingMergeTree version column: the highest copy is kept. */
  version: string;
}

export const VERSIONED_TABLES = {
  enterprises: { lead: 'uscc', indexed: 'k1', key: 'uscc, updated_at, content_hash', version: 'keep_first' },
  visits: { lead: '(district, visit_id)', indexed: 'k1, k2', key: 'district, visit_id, updated_at, content_hash', version: 'keep_first' },
  projects: {
    lead: '(district, project_id)',
    indexed: 'k1, k2',
    key: 'district, project_id, updated_at, content_hash',
    version: 'keep_first',
  },
  demand_events: { lead: 'demand_id', indexed: 'k1', key: 'demand_id, event_id', version: 'keep' },
} as const satisfies Record<string, VersionedTable>;

export type VersionedTableName = keyof typeof VERSIONED_TABLES;

/** Condition on `table` selecting the records the run delivered (every copy of them, any run's). */
export function deliveredByRunSql(table: VersionedTableName): string {
  const t = VERSIONED_TABLES[table];
  return `${t.lead} IN (SELECT ${t.indexed} FROM run_rows WHERE run_id = {run:String} AND tbl = '${table}')`;
}

/** The key columns of the versions the run added: its copies that deduplication keeps. */
export function keptByRunSql(table: VersionedTableName): string {
  const t = VERSIONED_TABLES[table];
  return `
    SELECT ${t.key} FROM (
      SELECT ${t.key}, argMax(run_id, ${t.version}) AS kept_from
      FROM ${table}
      WHERE ${deliveredByRunSql(table)}
      GROUP BY ${t.key}
    )
    WHERE kept_from = {run:String}`;
}
