-- The accepted submissions the member inbox has read (sources.md §3: a sync
-- misses none accepted before it started). A submission's seq is taken just
-- before its row is written, so a row can land after a sync has read past
-- its seq; the inbox therefore also reads a window behind its cursor, and
-- leaves out what this table says it has read already (src/submissions.ts).
CREATE TABLE IF NOT EXISTS inbox_reads (
  seq UInt64,
  submission_id String,
  run_id String,
  read_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree
ORDER BY (seq, submission_id);
