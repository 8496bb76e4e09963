-- The read-only ClickHouse account of the public figures (CLICKHOUSE_READER_USER),
-- for the database `liaison`: run as an administrator after the first migration,
-- with your database name in place of `liaison.`, your password in place of
-- <password>, and ON CLUSTER <cluster> after each user and table name on a cluster.
-- Generated from packages/warehouse/src/public-reads.ts (a test keeps the two equal):
-- each statement grants only what the public pages and API read.
CREATE USER IF NOT EXISTS liaison_reader IDENTIFIED WITH sha256_password BY '<password>' SETTINGS readonly = 2;
GRANT SELECT ON liaison.enterprises_current TO liaison_reader;
GRANT SELECT ON liaison.visits_current TO liaison_reader;
GRANT SELECT ON liaison.projects_current TO liaison_reader;
GRANT SELECT(uscc, name, ownership, parent_group, tier, district, cluster, party_org, party_members, employees, deleted, updated_at, loaded_at) ON liaison.enterprises TO liaison_reader;
GRANT SELECT(district, visit_id, uscc, visited_on, campaign, team, demands_raised, project_plans, updated_at, loaded_at) ON liaison.visits TO liaison_reader;
GRANT SELECT(district, project_id, name, kind, sector, stage, investment_wan, central_partner, local_partner, signed_on, landed_on, source_event, updated_at, loaded_at) ON liaison.projects TO liaison_reader;
GRANT SELECT ON liaison.demand_states TO liaison_reader;
GRANT SELECT ON liaison.member_profiles TO liaison_reader;
GRANT SELECT ON liaison.member_plans TO liaison_reader;
GRANT SELECT ON liaison.published_sources TO liaison_reader;
GRANT SELECT(run_id, source_id, source_kind, mode, status, started_at, finished_at, received, loaded, quarantined, duplicates, error_kind, updated_at) ON liaison.sync_runs TO liaison_reader;
GRANT SELECT(source_id, collection, identity, issues, quarantined_at, raw_hash, keep_first) ON liaison.quarantine TO liaison_reader;
GRANT SELECT(source_id, collection, identity, delivered_at) ON liaison.quarantine_deliveries TO liaison_reader;
GRANT SELECT(source_id, collection, identity, released_at) ON liaison.quarantine_releases TO liaison_reader;
