// The cluster form of a migration statement (CLICKHOUSE_CLUSTER): every
// object created or altered ON CLUSTER, every MergeTree-family engine its
// Replicated twin with the same arguments, ordering key and settings. The
// replica path is the server's default (`default_replica_path`,
// /clickhouse/tables/{uuid}/{shard}, and `default_replica_name`, {replica}):
// an ON CLUSTER create gives every replica the same table UUID, so one
// table's replicas meet under one path. The migrations are written once, for
// one node; this is the only place that knows the difference.
//
// Deduplication keeps its meaning: a non-replicated table's
// `non_replicated_deduplication_window` is, on a replicated table,
// `replicated_deduplication_window` (the same window of insert tokens, kept
// in Keeper for every replica).

import { sqlString } from './sql-literal.ts';

const MERGE_TREE_ENGINE =
  /\bENGINE\s*=\s*((?:Replacing|Summing|Aggregating|Collapsing|VersionedCollapsing|Graphite|Coalescing)?MergeTree)\b/g;

const CREATED = [
  /^(CREATE\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW|DICTIONARY)\s+IF\s+NOT\s+EXISTS\s+[\w.`]+)/i,
  /^(CREATE\s+OR\s+REPLACE\s+(?:TABLE|VIEW|DICTIONARY)\s+[\w.`]+)/i,
  /^(CREATE\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW|DICTIONARY)\s+[\w.`]+)/i,
  /^(ALTER\s+TABLE\s+[\w.`]+)/i,
  /^(DROP\s+(?:TABLE|VIEW|DICTIONARY)\s+(?:IF\s+EXISTS\s+)?[\w.`]+)/i,
  /^(CREATE\s+DATABASE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\w.`]+)/i,
];

/** A cluster name as ClickHouse reads it after ON CLUSTER (quoted: any name a config may use). */
export function clusterName(cluster: string): string {
  return sqlString(cluster);
}

/**
 * The statement as it runs on a cluster. Statements that create nothing
 * (INSERT … SELECT backfills) run on the node that migrates: on a replicated
 * table what one replica writes reaches the others.
 */
export function clusterForm(statement: string, cluster: string): string {
  const text = statement.trim();
  for (const head of CREATED) {
    const m = head.exec(text);
    if (!m?.[1]) continue;
    const created = `${m[1]} ON CLUSTER ${clusterName(cluster)}${text.slice(m[1].length)}`;
    return created
      .replace(MERGE_TREE_ENGINE, (_all, engine: string) => `ENGINE = Replicated${engine}`)
      .replace(/\bnon_replicated_deduplication_window\b/g, 'replicated_deduplication_window');
  }
  return text;
}
