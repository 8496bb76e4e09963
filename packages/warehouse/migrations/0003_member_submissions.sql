-- Member units, their submissions (the inbox and audit log), and the loaded
-- current submission per (member, kind, period).

-- API tokens are stored only as SHA-256 hashes; a rotation writes a new row.
CREATE TABLE IF NOT EXISTS member_units (
  member_id String,
  unit_name String,
  token_sha256 String,
  revoked Bool DEFAULT false,
  updated_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY member_id;

-- Every submission, accepted or rejected, as received: the inbox the ingestion
-- workflow pulls from (by `seq`) and the audit trail. `data` may hold personal
-- data (contact name and phone): this table is never read by public code.
CREATE TABLE IF NOT EXISTS submissions (
  seq UInt64,
  submission_id String,
  member_id String,
  kind LowCardinality(String),
  period String,
  status LowCardinality(String),          -- accepted | rejected
  data String,
  errors Array(Tuple(path String, code String, message String)),
  idempotency_key Nullable(String),
  channel LowCardinality(String),         -- api | upload
  submitted_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree
ORDER BY (member_id, submission_id);

-- Loaded from accepted submissions; the latest submission per key wins.
-- No personal fields here.
CREATE TABLE IF NOT EXISTS member_profiles (
  member_id String,
  period String,
  unit_name String,
  uscc String,
  batch UInt8,
  legal_entities UInt32,
  party_org LowCardinality(Nullable(String)),
  party_members Nullable(UInt32),
  employees Nullable(UInt32),
  submission_seq UInt64,
  run_id String
) ENGINE = ReplacingMergeTree(submission_seq)
ORDER BY (member_id, period);

CREATE TABLE IF NOT EXISTS member_plans (
  member_id String,
  period String,
  plans Array(Tuple(name String, sector String, district String,
                    planned_investment_wan Decimal(18, 4), planned_start Nullable(Date))),
  submission_seq UInt64,
  run_id String
) ENGINE = ReplacingMergeTree(submission_seq)
ORDER BY (member_id, period);

CREATE TABLE IF NOT EXISTS member_opinions (
  member_id String,
  period String,
  items Array(Tuple(category String, demand_id Nullable(String))),
  submission_seq UInt64,
  run_id String
) ENGINE = ReplacingMergeTree(submission_seq)
ORDER BY (member_id, period);
