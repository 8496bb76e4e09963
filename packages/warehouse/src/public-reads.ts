// What the public site reads, and nothing more: the grants of the read-only
// ClickHouse account the dashboard's public figures use (CLICKHOUSE_READER_USER).
// The worker's account can read everything, including the personal-data
// tables (submissions, demand texts, member tokens, operators, quarantined raw
// records); a flaw on the public path then reaches only what is listed here.
// The *_current views run as their invoker, so the columns they read from
// their tables are granted too; FINAL reads a table's sorting and version
// columns, so those are listed for the tables read with FINAL.

import { sqlString } from './sql-literal.ts';

/** Table → the columns the public figures read ('all': the whole table holds nothing personal). */
export const PUBLIC_READS: Readonly<Record<string, 'all' | readonly string[]>> = {
  enterprises_current: 'all',
  visits_current: 'all',
  projects_current: 'all',
  enterprises: [
    'uscc',
    'name',
    'ownership',
    'parent_group',
    'tier',
    'district',
    'cluster',
    'party_org',
    'party_members',
    'employees',
    'deleted',
    'updated_at',
    'loaded_at',
  ],
  visits: ['district', 'visit_id', 'uscc', 'visited_on', 'campaign', 'team', 'demands_raised', 'project_plans', 'updated_at', 'loaded_at'],
  projects: [
    'district',
    'project_id',
    'name',
    'kind',
    'sector',
    'stage',
    'investment_wan',
    'central_partner',
    'local_partner',
    'signed_on',
    'landed_on',
    'source_event',
    'updated_at',
    'loaded_at',
  ],
  // Folded demand states: categories, districts, dates, outcomes; no enterprise, text or contact.
  demand_states: 'all',
  member_profiles: 'all',
  member_plans: 'all',
  // The configuration as applied (secrets are only named there, never held).
  published_sources: 'all',
  // Runs without their error text (it can quote an upstream URL or body): only its kind.
  sync_runs: [
    'run_id',
    'source_id',
    'source_kind',
    'mode',
    'status',
    'started_at',
    'finished_at',
    'received',
    'loaded',
    'quarantined',
    'duplicates',
    'error_kind',
    'updated_at',
  ],
  // Quarantine counts and reasons, never the raw records.
  quarantine: ['source_id', 'collection', 'identity', 'issues', 'quarantined_at', 'raw_hash', 'keep_first'],
  quarantine_deliveries: ['source_id', 'collection', 'identity', 'delivered_at'],
  quarantine_releases: ['source_id', 'collection', 'identity', 'released_at'],
};

/** The name the read-only account is given where the platform creates it (the embedded engine); any name works. */
export const DEFAULT_READER_USER = 'liaison_reader';

/**
 * The statements that create the read-only account on a ClickHouse server
 * (run them as an administrator; on a cluster add ON CLUSTER).
 * `readonly = 2`: no writes, while the client may still set its per-query settings.
 */
export function readerGrantsSql(database: string, user: string = DEFAULT_READER_USER, password = '<password>'): string {
  const grants = Object.entries(PUBLIC_READS).map(([table, columns]) => {
    const what = columns === 'all' ? 'SELECT' : `SELECT(${columns.join(', ')})`;
    return `GRANT ${what} ON ${database}.${table} TO ${user};`;
  });
  return [
    `CREATE USER IF NOT EXISTS ${user} IDENTIFIED WITH sha256_password BY ${sqlString(password)} SETTINGS readonly = 2;`,
    ...grants,
  ].join('\n');
}
