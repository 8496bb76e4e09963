-- Demand platform lifecycle events (sources.md §2), kept as events, and the
-- per-demand state folded from them (metrics.md "Demand resolution").
--
-- An event is its event_id. Of several deliveries of one event the row with
-- the lowest seq is kept, then the first delivery (a re-delivery on a later
-- page has an equal or higher seq, so re-delivering changes nothing), the
-- same copy foldDemand (@liaison/schemas) keeps. `keep` encodes that order as
-- one version number: the highest keep is the lowest (seq, loaded_at).
-- Ordered by demand_id because every read folds the events of some demands.
CREATE TABLE IF NOT EXISTS demand_events (
  demand_id String,
  event_id UUID,
  seq UInt64,
  type LowCardinality(String),            -- created | classified | transferred | progress | resolved | feedback | closed | reopened | withdrawn
  occurred_at DateTime64(3, 'UTC'),
  uscc Nullable(String),                  -- created
  district LowCardinality(Nullable(String)),   -- created
  category LowCardinality(Nullable(String)),   -- created, classified
  channel LowCardinality(Nullable(String)),    -- created
  priority LowCardinality(Nullable(String)),   -- classified
  department Nullable(String),            -- transferred
  deadline Nullable(Date),                -- created (may be null), transferred
  satisfaction Nullable(UInt8),           -- feedback
  source_id LowCardinality(String),
  run_id String,
  loaded_at DateTime64(6, 'UTC') DEFAULT now64(6),
  keep UInt128 MATERIALIZED bitNot(bitOr(bitShiftLeft(toUInt128(seq), 64), toUInt128(toUnixTimestamp64Micro(loaded_at))))
) ENGINE = ReplacingMergeTree(keep)
ORDER BY (demand_id, event_id);

-- Free text that may name people (title, note, resolution, reason) and the
-- enterprise name, one row per event and field. No public query reads this
-- table; it exists for operators and audits. Versioned like demand_events.
CREATE TABLE IF NOT EXISTS demand_event_texts (
  demand_id String,
  event_id UUID,
  field LowCardinality(String),           -- title | note | resolution | reason | enterprise_name
  text String,
  seq UInt64,
  source_id LowCardinality(String),
  run_id String,
  loaded_at DateTime64(6, 'UTC') DEFAULT now64(6),
  keep UInt128 MATERIALIZED bitNot(bitOr(bitShiftLeft(toUInt128(seq), 64), toUInt128(toUnixTimestamp64Micro(loaded_at))))
) ENGINE = ReplacingMergeTree(keep)
ORDER BY (demand_id, event_id, field);

-- The fold of each demand, rewritten by the loader for every demand a load
-- touches (and rebuildable from demand_events at any time). Folding 10 M
-- events per request costs seconds; reading one row per demand costs
-- milliseconds, so the published figures read this table. Events are only
-- ever added, so the row folded from the most distinct events wins: a stale
-- recomputation never replaces a fuller one, and refolding the same events
-- writes an identical row (re-delivery changes nothing here either).
CREATE TABLE IF NOT EXISTS demand_states (
  demand_id String,
  has_created Bool,                       -- false: `created` not arrived (incomplete_demands)
  created_at DateTime64(3, 'UTC'),        -- first `created` in fold order (epoch when none)
  created_on Date,                        -- its date in China Standard Time
  district LowCardinality(String),        -- of `created` ('' when none)
  channel LowCardinality(String),         -- of `created` ('' when none)
  category LowCardinality(String),        -- last `classified`, else `created`
  department LowCardinality(Nullable(String)),  -- last `transferred`; null when never transferred
  state Enum8('open' = 1, 'resolved' = 2, 'withdrawn' = 3),
  resolved_at Nullable(DateTime64(3, 'UTC')),  -- last `resolved`, kept when reopened since
  deadline Nullable(Date),                -- deadline in force
  on_time Bool,                           -- resolved, and its last `resolved` CST date ≤ deadline (or no deadline)
  resolve_ms Int64,                       -- resolved: last `resolved` − `created`, in ms (else 0)
  satisfaction Nullable(UInt8),           -- latest `feedback`
  events UInt32,                          -- distinct events folded
  -- Demand ids of the platform grow with time (SQ{year}{n}), so windows by
  -- creation date skip most granules.
  INDEX created_on_minmax created_on TYPE minmax GRANULARITY 1
) ENGINE = ReplacingMergeTree(events)
ORDER BY demand_id
-- Each load adds a small part spread over the key range, and FINAL must merge
-- every range where parts overlap (measured: 4 such parts took the figures
-- from ~70 to ~100 ms at 1.5 M demands), while the merge selector leaves
-- small parts beside a big one. So once no part is younger than a minute
-- (between syncs), the table is merged into one part (~1 s at 1.5 M rows).
SETTINGS min_age_to_force_merge_seconds = 60, min_age_to_force_merge_on_partition_only = 1;

-- The demands each load touched, handed from the loader to the state refresh
-- (a list too long for URL query parameters goes in an insert body instead).
-- Rows are only needed for the seconds between the two statements.
CREATE TABLE IF NOT EXISTS demand_state_refresh (
  load_id UUID,
  demand_id String,
  queued_at DateTime('UTC') DEFAULT now()
) ENGINE = MergeTree
ORDER BY (load_id, demand_id)
TTL queued_at + INTERVAL 1 DAY;
