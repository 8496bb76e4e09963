-- Drop-folder files a district-files source has loaded, by name and content
-- hash: an unchanged re-delivery is skipped, a corrected one (same name, new
-- hash) is loaded again.
CREATE TABLE IF NOT EXISTS loaded_files (
  source_id LowCardinality(String),
  name String,
  sha256 String,
  rows UInt64,
  run_id String,
  loaded_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY (source_id, name, sha256);
