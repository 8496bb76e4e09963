-- Bookkeeping whose cost follows a run's size, not the history's. The data
-- tables are ordered by record key, so "the rows of run X" would scan them
-- whole; run_rows is their index by run, written by the materialized views
-- below as rows are inserted: per run and table, the leading key (k1, k2) of
-- every row the run delivered. A run's rows are then found through the data
-- table's own primary key. run_batches holds what each batch a run read held
-- (received, quarantined), once per batch position and content, so a retried
-- page that read the same batch again is not counted twice.
CREATE TABLE IF NOT EXISTS run_rows (
  run_id String,
  tbl LowCardinality(String),
  k1 String,
  k2 String
) ENGINE = ReplacingMergeTree
ORDER BY (run_id, tbl, k1, k2);

CREATE MATERIALIZED VIEW IF NOT EXISTS enterprises_run_rows TO run_rows AS
SELECT run_id, 'enterprises' AS tbl, uscc AS k1, '' AS k2 FROM enterprises;

CREATE MATERIALIZED VIEW IF NOT EXISTS visits_run_rows TO run_rows AS
SELECT run_id, 'visits' AS tbl, toString(district) AS k1, visit_id AS k2 FROM visits;

CREATE MATERIALIZED VIEW IF NOT EXISTS projects_run_rows TO run_rows AS
SELECT run_id, 'projects' AS tbl, toString(district) AS k1, project_id AS k2 FROM projects;

CREATE MATERIALIZED VIEW IF NOT EXISTS demand_events_run_rows TO run_rows AS
SELECT run_id, 'demand_events' AS tbl, demand_id AS k1, toString(event_id) AS k2 FROM demand_events;

-- Rows loaded before this migration.
INSERT INTO run_rows SELECT DISTINCT run_id, 'enterprises', uscc, '' FROM enterprises;
INSERT INTO run_rows SELECT DISTINCT run_id, 'visits', toString(district), visit_id FROM visits;
INSERT INTO run_rows SELECT DISTINCT run_id, 'projects', toString(district), project_id FROM projects;
INSERT INTO run_rows SELECT DISTINCT run_id, 'demand_events', demand_id, toString(event_id) FROM demand_events;

CREATE TABLE IF NOT EXISTS run_batches (
  run_id String,
  collection LowCardinality(String),
  batch String,                           -- hash of the batch's position and content
  received UInt64,
  quarantined UInt64,
  recorded_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree
ORDER BY (run_id, collection, batch);
