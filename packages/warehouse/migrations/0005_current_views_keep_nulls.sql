-- The *_current views of 0002 took each column's argMax separately, and
-- argMax skips NULLs: a newer version that clears a field (party_org back to
-- unknown, landed_on removed) kept the older value. Take the whole latest
-- version as one tuple instead (a tuple is never NULL), then unpack it.

CREATE OR REPLACE VIEW enterprises_current AS
SELECT
  uscc,
  v.1 AS name, v.2 AS ownership, v.3 AS parent_group, v.4 AS tier, v.5 AS district, v.6 AS cluster,
  v.7 AS party_org, v.8 AS party_members, v.9 AS employees, v.10 AS deleted,
  last_updated_at
FROM (
  SELECT
    uscc,
    argMax(tuple(name, ownership, parent_group, tier, district, cluster, party_org, party_members, employees, deleted),
           (updated_at, loaded_at)) AS v,
    max(updated_at) AS last_updated_at
  FROM enterprises
  GROUP BY uscc
);

CREATE OR REPLACE VIEW visits_current AS
SELECT
  district, visit_id,
  v.1 AS uscc, v.2 AS visited_on, v.3 AS campaign, v.4 AS team, v.5 AS demands_raised, v.6 AS project_plans,
  last_updated_at
FROM (
  SELECT
    district, visit_id,
    argMax(tuple(uscc, visited_on, campaign, team, demands_raised, project_plans), (updated_at, loaded_at)) AS v,
    max(updated_at) AS last_updated_at
  FROM visits
  GROUP BY district, visit_id
);

CREATE OR REPLACE VIEW projects_current AS
SELECT
  district, project_id,
  v.1 AS name, v.2 AS kind, v.3 AS sector, v.4 AS stage, v.5 AS investment_wan, v.6 AS central_partner,
  v.7 AS local_partner, v.8 AS signed_on, v.9 AS landed_on, v.10 AS source_event,
  last_updated_at
FROM (
  SELECT
    district, project_id,
    argMax(tuple(name, kind, sector, stage, investment_wan, central_partner, local_partner, signed_on, landed_on,
                 source_event), (updated_at, loaded_at)) AS v,
    max(updated_at) AS last_updated_at
  FROM projects
  GROUP BY district, project_id
);
