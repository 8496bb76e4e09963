-- The sources configuration as `sources apply` published it: one row per
-- version, the validated JSON with its hash, when and by whom it was applied.
-- Workers and dashboards on any host read the latest version from here, not a
-- file of their own. A version is added only when the content changed.
CREATE TABLE IF NOT EXISTS published_sources (
  version UInt64,
  content_hash String,
  content String,
  applied_at DateTime64(3, 'UTC'),
  applied_by String
) ENGINE = MergeTree
ORDER BY version;
