-- Where each quarantined record was delivered last (metrics.md "Data
-- quality": its latest position is kept, to find it at the source). The
-- quarantine table keeps a record's first delivery (when it entered
-- quarantine); every delivery also lands here and the latest one per
-- identity wins, so a record re-delivered on another page, in another file or
-- at another position is still one record, listed at its latest position.
-- (A record without a readable key is now identified by its content, not its
-- position as 0001 says: src/quarantine-identity.ts.)
CREATE TABLE IF NOT EXISTS quarantine_deliveries (
  source_id LowCardinality(String),
  collection LowCardinality(String),
  identity String,
  position String,                        -- JSON: page/index, file/line, sheet/row, seq
  run_id String,
  delivered_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree(delivered_at)
ORDER BY (source_id, collection, identity);
