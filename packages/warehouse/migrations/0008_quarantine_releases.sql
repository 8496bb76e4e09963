-- A quarantined record is released when a later run loads a valid version of
-- the same identity (the source fixed it). "Now in quarantine" is the latest
-- entry of an identity that no release has followed.
CREATE TABLE IF NOT EXISTS quarantine_releases (
  source_id LowCardinality(String),
  collection LowCardinality(String),
  identity String,
  run_id String,
  released_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = MergeTree
ORDER BY (source_id, collection, identity);
