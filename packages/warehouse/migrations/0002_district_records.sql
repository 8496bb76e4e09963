-- District records, every delivered version kept. Identical re-deliveries
-- collapse (same identity, updated_at and content: the first delivery is kept,
-- so delivering a record twice changes nothing); the current state of an
-- entity is its version with the latest (updated_at, loaded_at), i.e. on equal
-- updated_at the later delivery wins. The *_current views give that state.

CREATE TABLE IF NOT EXISTS enterprises (
  uscc String,
  name String,
  ownership LowCardinality(String),
  parent_group Nullable(String),
  tier Nullable(UInt8),
  district LowCardinality(String),
  cluster Nullable(String),
  party_org LowCardinality(Nullable(String)),
  party_members Nullable(UInt32),
  employees Nullable(UInt32),
  deleted Bool,
  updated_at DateTime64(3, 'UTC'),
  source_id LowCardinality(String),
  run_id String,
  loaded_at DateTime64(6, 'UTC') DEFAULT now64(6),
  content_hash UInt64 MATERIALIZED cityHash64(tuple(name, ownership, parent_group, tier, district, cluster,
                                              party_org, party_members, employees, deleted)),
  keep_first UInt64 MATERIALIZED bitNot(toUInt64(toUnixTimestamp64Micro(loaded_at)))
) ENGINE = ReplacingMergeTree(keep_first)
ORDER BY (uscc, updated_at, content_hash);

CREATE TABLE IF NOT EXISTS visits (
  district LowCardinality(String),
  visit_id String,
  uscc String,
  visited_on Date,
  campaign String,
  team String,
  demands_raised UInt32,
  project_plans UInt32,
  updated_at DateTime64(3, 'UTC'),
  source_id LowCardinality(String),
  run_id String,
  loaded_at DateTime64(6, 'UTC') DEFAULT now64(6),
  content_hash UInt64 MATERIALIZED cityHash64(tuple(uscc, visited_on, campaign, team, demands_raised, project_plans)),
  keep_first UInt64 MATERIALIZED bitNot(toUInt64(toUnixTimestamp64Micro(loaded_at)))
) ENGINE = ReplacingMergeTree(keep_first)
ORDER BY (district, visit_id, updated_at, content_hash);

CREATE TABLE IF NOT EXISTS projects (
  district LowCardinality(String),
  project_id String,
  name String,
  kind LowCardinality(String),
  sector LowCardinality(String),
  stage LowCardinality(String),
  investment_wan Decimal(18, 4),
  central_partner Nullable(String),
  local_partner Nullable(String),
  signed_on Nullable(Date),
  landed_on Nullable(Date),
  source_event Nullable(String),
  updated_at DateTime64(3, 'UTC'),
  source_id LowCardinality(String),
  run_id String,
  loaded_at DateTime64(6, 'UTC') DEFAULT now64(6),
  content_hash UInt64 MATERIALIZED cityHash64(tuple(name, kind, sector, stage, investment_wan, central_partner,
                                              local_partner, signed_on, landed_on, source_event)),
  keep_first UInt64 MATERIALIZED bitNot(toUInt64(toUnixTimestamp64Micro(loaded_at)))
) ENGINE = ReplacingMergeTree(keep_first)
ORDER BY (district, project_id, updated_at, content_hash);

CREATE VIEW IF NOT EXISTS enterprises_current AS
SELECT
  uscc,
  argMax(name, (updated_at, loaded_at)) AS name,
  argMax(ownership, (updated_at, loaded_at)) AS ownership,
  argMax(parent_group, (updated_at, loaded_at)) AS parent_group,
  argMax(tier, (updated_at, loaded_at)) AS tier,
  argMax(district, (updated_at, loaded_at)) AS district,
  argMax(cluster, (updated_at, loaded_at)) AS cluster,
  argMax(party_org, (updated_at, loaded_at)) AS party_org,
  argMax(party_members, (updated_at, loaded_at)) AS party_members,
  argMax(employees, (updated_at, loaded_at)) AS employees,
  argMax(deleted, (updated_at, loaded_at)) AS deleted,
  max(updated_at) AS last_updated_at
FROM enterprises
GROUP BY uscc;

CREATE VIEW IF NOT EXISTS visits_current AS
SELECT
  district,
  visit_id,
  argMax(uscc, (updated_at, loaded_at)) AS uscc,
  argMax(visited_on, (updated_at, loaded_at)) AS visited_on,
  argMax(campaign, (updated_at, loaded_at)) AS campaign,
  argMax(team, (updated_at, loaded_at)) AS team,
  argMax(demands_raised, (updated_at, loaded_at)) AS demands_raised,
  argMax(project_plans, (updated_at, loaded_at)) AS project_plans,
  max(updated_at) AS last_updated_at
FROM visits
GROUP BY district, visit_id;

CREATE VIEW IF NOT EXISTS projects_current AS
SELECT
  district,
  project_id,
  argMax(name, (updated_at, loaded_at)) AS name,
  argMax(kind, (updated_at, loaded_at)) AS kind,
  argMax(sector, (updated_at, loaded_at)) AS sector,
  argMax(stage, (updated_at, loaded_at)) AS stage,
  argMax(investment_wan, (updated_at, loaded_at)) AS investment_wan,
  argMax(central_partner, (updated_at, loaded_at)) AS central_partner,
  argMax(local_partner, (updated_at, loaded_at)) AS local_partner,
  argMax(signed_on, (updated_at, loaded_at)) AS signed_on,
  argMax(landed_on, (updated_at, loaded_at)) AS landed_on,
  argMax(source_event, (updated_at, loaded_at)) AS source_event,
  max(updated_at) AS last_updated_at
FROM projects
GROUP BY district, project_id;
