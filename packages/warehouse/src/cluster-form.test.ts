import { describe, expect, it } from 'vitest';
import { clusterForm } from './cluster-form.ts';

const c = (sql: string) => clusterForm(sql, 'city');

describe('clusterForm', () => {
  it('creates tables ON CLUSTER with the replicated engine, its arguments, key and settings kept', () => {
    expect(
      c('CREATE TABLE IF NOT EXISTS runs (a UInt8, v UInt64) ENGINE = ReplacingMergeTree(v) ORDER BY a SETTINGS index_granularity = 8192'),
    ).toBe(
      "CREATE TABLE IF NOT EXISTS runs ON CLUSTER 'city' (a UInt8, v UInt64) ENGINE = ReplicatedReplacingMergeTree(v) ORDER BY a SETTINGS index_granularity = 8192",
    );
    expect(c('CREATE TABLE IF NOT EXISTS q (a UInt8) ENGINE = MergeTree ORDER BY a')).toContain('ENGINE = ReplicatedMergeTree ORDER BY a');
  });

  it('creates and replaces views and materialized views ON CLUSTER', () => {
    expect(c('CREATE OR REPLACE VIEW v AS SELECT 1')).toBe("CREATE OR REPLACE VIEW v ON CLUSTER 'city' AS SELECT 1");
    expect(c('CREATE MATERIALIZED VIEW IF NOT EXISTS mv TO t AS SELECT a FROM s')).toBe(
      "CREATE MATERIALIZED VIEW IF NOT EXISTS mv ON CLUSTER 'city' TO t AS SELECT a FROM s",
    );
  });

  it('alters ON CLUSTER, the insert-deduplication window under its replicated name', () => {
    expect(c('ALTER TABLE s ADD COLUMN IF NOT EXISTS x String')).toBe("ALTER TABLE s ON CLUSTER 'city' ADD COLUMN IF NOT EXISTS x String");
    expect(c('ALTER TABLE s MODIFY SETTING non_replicated_deduplication_window = 100')).toBe(
      "ALTER TABLE s ON CLUSTER 'city' MODIFY SETTING replicated_deduplication_window = 100",
    );
  });

  it('creates the database ON CLUSTER and leaves data statements to the migrating node', () => {
    expect(c('CREATE DATABASE IF NOT EXISTS `liaison`')).toBe("CREATE DATABASE IF NOT EXISTS `liaison` ON CLUSTER 'city'");
    expect(c('INSERT INTO r SELECT a FROM s')).toBe('INSERT INTO r SELECT a FROM s');
  });

  it('quotes the cluster name', () => {
    expect(clusterForm('ALTER TABLE s DROP COLUMN x', "it's")).toBe("ALTER TABLE s ON CLUSTER 'it\\'s' DROP COLUMN x");
  });
});
