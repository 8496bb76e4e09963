// The SQL of the coverage figures (metrics.md § Coverage), each query beside
// the schemas of its parameters and rows. Every value is bound; ClickHouse
// does all the counting.
import { z } from 'zod';
import { defineQuery, exactNumber, optionalParam } from '../shared/query.ts';
import { allOf, breakdowns, dateWindow, equalsWhenGiven } from '../shared/sql.ts';

export const coverageParams = z.strictObject({
  district: optionalParam,
  ownership: optionalParam,
  campaign: optionalParam,
  from: optionalParam,
  to: optionalParam,
  period: optionalParam,
});

/** The visit filters: campaign and the from/to window on the visit date. */
const VISIT_FILTERS = allOf(equalsWhenGiven('campaign'), dateWindow('visited_on'));

export const REGISTRY_BREAKDOWNS = breakdowns(['district', 'ownership']);

// The registry (current, not tombstoned) within the district/ownership filters,
// and whether each enterprise was visited under the visit filters.
export const registryFigures = defineQuery({
  name: 'coverage registry',
  params: coverageParams,
  row: z.object({
    breakdown: z.string(),
    slice: z.string().nullable(),
    enterprises: exactNumber,
    visited: exactNumber,
    party_org_established: exactNumber,
    party_org_known: exactNumber,
  }),
  sql: `
  WITH visited AS (SELECT DISTINCT uscc FROM visits_current WHERE ${VISIT_FILTERS})
  SELECT
    ${REGISTRY_BREAKDOWNS.column},
    ${REGISTRY_BREAKDOWNS.slice},
    count() AS enterprises,
    countIf(uscc IN visited) AS visited,
    countIf(party_org IS NOT NULL AND party_org != 'none') AS party_org_established,
    countIf(party_org IS NOT NULL) AS party_org_known
  FROM enterprises_current
  WHERE NOT deleted AND ${allOf(equalsWhenGiven('district'), equalsWhenGiven('ownership'))}
  ${REGISTRY_BREAKDOWNS.groupBy}
  ORDER BY breakdown, slice`,
});

// Visits under the same visit filters whose enterprise is not in the registry
// (unknown or tombstoned), by the visit's own district.
export const orphanVisits = defineQuery({
  name: 'coverage orphan visits',
  params: coverageParams,
  row: z.object({ orphan_visits: exactNumber }),
  sql: `
  SELECT count() AS orphan_visits FROM visits_current
  WHERE ${allOf(VISIT_FILTERS, equalsWhenGiven('district'))}
    AND uscc NOT IN (SELECT uscc FROM enterprises_current WHERE NOT deleted)`,
});

// Members with an accepted profile for the period (default: the latest year
// with any), ignoring district and ownership as metrics.md says. (An output
// alias named period would shadow the column.)
export const memberFigures = defineQuery({
  name: 'coverage members',
  params: coverageParams,
  row: z.object({ chosen_period: z.string().nullable(), members: exactNumber, legal_entities: exactNumber.nullable() }),
  sql: `
  WITH ifNull({period:Nullable(String)}, (SELECT max(period) FROM member_profiles FINAL)) AS p
  SELECT p AS chosen_period, count() AS members, sum(legal_entities) AS legal_entities
  FROM member_profiles FINAL WHERE period = p`,
});
