-- The audit log: every action that changes something (sources apply, sync,
-- backfill, re-run, cancel, pause/resume, quarantine replay, member tokens,
-- operator logins, console and portal logins), who did it, when, what and
-- the outcome. Append-only: the product only inserts here (src/audit-log.ts)
-- and the public read-only account is not granted it. An entry is inserted
-- with its id as deduplication token, so a retried write is not a second entry.
CREATE TABLE IF NOT EXISTS audit_log (
  id String,
  at DateTime64(3, 'UTC'),
  actor String,
  via LowCardinality(String),
  action LowCardinality(String),
  target String,
  details String,
  outcome Enum8('ok' = 1, 'failed' = 2),
  reason String
) ENGINE = MergeTree
ORDER BY (at, id)
SETTINGS non_replicated_deduplication_window = 100000;
