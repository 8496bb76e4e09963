-- Bookkeeping of ingestion: one row per sync run (latest state wins), the
-- resume cursor of each source and collection, and quarantined records.

CREATE TABLE IF NOT EXISTS sync_runs (
  run_id String,
  source_id LowCardinality(String),
  source_kind LowCardinality(String),
  mode LowCardinality(String),            -- scheduled | manual | full | backfill | rerun
  rerun_of Nullable(String),
  window_from Nullable(String),           -- cursor or date the run started from
  window_to Nullable(String),
  status LowCardinality(String),          -- running | succeeded | failed
  started_at DateTime64(3, 'UTC'),
  finished_at Nullable(DateTime64(3, 'UTC')),
  received UInt64,
  loaded UInt64,
  quarantined UInt64,
  duplicates UInt64,
  error Nullable(String),
  updated_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY run_id;

CREATE TABLE IF NOT EXISTS source_cursors (
  source_id LowCardinality(String),
  collection LowCardinality(String),
  cursor String,
  run_id String,
  updated_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (source_id, collection);

-- A record is quarantined once per identity (its key, or its position when it
-- has no readable key) and content: re-delivering it changes nothing (the
-- first delivery is kept); a different invalid version of the same identity
-- is a new row, and the latest one per identity is what is now in quarantine.
CREATE TABLE IF NOT EXISTS quarantine (
  source_id LowCardinality(String),
  collection LowCardinality(String),
  identity String,
  record_key Nullable(String),
  position String,                        -- JSON: page/index, file/line, sheet/row, seq
  raw String,                             -- the record as received (JSON)
  issues Array(Tuple(path String, code String, message String)),
  run_id String,
  quarantined_at DateTime64(6, 'UTC') DEFAULT now64(6),
  raw_hash UInt64 MATERIALIZED cityHash64(raw),
  keep_first UInt64 MATERIALIZED bitNot(toUInt64(toUnixTimestamp64Micro(quarantined_at)))
) ENGINE = ReplacingMergeTree(keep_first)
ORDER BY (source_id, collection, identity, raw_hash);
