-- The public kind of a run's failure (a short code from @liaison/schemas
-- RUN_ERROR_KINDS), beside the error text that only operators see: the public
-- quality figures publish the kind, never the text. Empty for a run that did
-- not fail (and for runs booked before this column).
ALTER TABLE sync_runs ADD COLUMN IF NOT EXISTS error_kind LowCardinality(String) DEFAULT '';
