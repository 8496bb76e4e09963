-- Alerts posted to the city's chats (the sources file's `alerts`): one row per
-- alert target, source, event (failed, stale, recovered) and the run it is
-- about, with the outcome (sent, or undeliverable: the worker has no URL in
-- the variable the alert names). The worker looks here before posting, so a
-- retried activity, a re-run workflow or another worker never posts one event
-- twice. A target is the alert's kind and variable name, never its URL. Rows
-- are inserted with their key as deduplication token (src/alert-deliveries.ts),
-- and the engine keeps one row per key.
CREATE TABLE IF NOT EXISTS alert_deliveries (
  source_id String,
  event LowCardinality(String),
  run_id String,
  target String,
  outcome LowCardinality(String),
  detail String,
  at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(at)
ORDER BY (source_id, event, run_id, target)
SETTINGS non_replicated_deduplication_window = 1000;
