// Coverage (metrics.md § Coverage): enterprises in the registry, visited
// enterprises, orphan visits, Party organisation coverage and members. One SQL
// per figure family, every value bound; ClickHouse does all the counting.
import type { ClickHouseClient } from '@liaison/warehouse';
import type { CoverageFilters } from './filters.ts';
import { rate, type Rate } from './rate.ts';

export interface CoverageRow {
  enterprises: number;
  visited: number;
  visit_coverage: Rate;
  party_org_coverage: Rate;
}

export interface CoverageFigures extends CoverageRow {
  orphan_visits: number;
  members: number;
  legal_entities_covered: number;
  period: string | null;
  by_district: Array<CoverageRow & { district: string }>;
  by_ownership: Array<CoverageRow & { ownership: string }>;
}

// The registry (current, not tombstoned) within the district/ownership filters,
// and whether each enterprise was visited under the visit filters.
const REGISTRY_SQL = `
  WITH visited AS (
    SELECT DISTINCT uscc FROM visits_current
    WHERE ({campaign:Nullable(String)} IS NULL OR campaign = {campaign:Nullable(String)})
      AND ({from:Nullable(Date)} IS NULL OR visited_on >= {from:Nullable(Date)})
      AND ({to:Nullable(Date)} IS NULL OR visited_on < {to:Nullable(Date)})
  )
  SELECT
    -- output names differ from the columns: an alias named like a grouped
    -- column would shadow it inside grouping() and GROUPING SETS
    if(grouping(district) = 0, toString(district), '') AS district_code,
    if(grouping(ownership) = 0, toString(ownership), '') AS ownership_code,
    grouping(district) = 0 AS by_district,
    grouping(ownership) = 0 AS by_ownership,
    count() AS enterprises,
    countIf(uscc IN visited) AS visited,
    countIf(party_org IS NOT NULL AND party_org != 'none') AS party_org_established,
    countIf(party_org IS NOT NULL) AS party_org_known
  FROM enterprises_current
  WHERE NOT deleted
    AND ({district:Nullable(String)} IS NULL OR district = {district:Nullable(String)})
    AND ({ownership:Nullable(String)} IS NULL OR ownership = {ownership:Nullable(String)})
  GROUP BY GROUPING SETS ((district), (ownership), ())
  ORDER BY district_code, ownership_code`;

// Visits under the same visit filters whose enterprise is not in the registry
// (unknown or tombstoned), by the visit's own district.
const ORPHANS_SQL = `
  SELECT count() AS orphan_visits FROM visits_current
  WHERE ({campaign:Nullable(String)} IS NULL OR campaign = {campaign:Nullable(String)})
    AND ({from:Nullable(Date)} IS NULL OR visited_on >= {from:Nullable(Date)})
    AND ({to:Nullable(Date)} IS NULL OR visited_on < {to:Nullable(Date)})
    AND ({district:Nullable(String)} IS NULL OR district = {district:Nullable(String)})
    AND uscc NOT IN (SELECT uscc FROM enterprises_current WHERE NOT deleted)`;

// Members with an accepted profile for the period (default: the latest year
// with any), ignoring district and ownership as metrics.md says.
const MEMBERS_SQL = `
  WITH ifNull({period:Nullable(String)}, (SELECT max(period) FROM member_profiles FINAL)) AS p
  SELECT p AS chosen_period, count() AS members, sum(legal_entities) AS legal_entities
  FROM member_profiles FINAL WHERE period = p`; // (an output alias named period would shadow the column)

interface RegistryRow {
  district_code: string;
  ownership_code: string;
  by_district: boolean | number;
  by_ownership: boolean | number;
  enterprises: string;
  visited: string;
  party_org_established: string;
  party_org_known: string;
}

function toRow(r: RegistryRow): CoverageRow {
  return {
    enterprises: Number(r.enterprises),
    visited: Number(r.visited),
    visit_coverage: rate(BigInt(r.visited), BigInt(r.enterprises)),
    party_org_coverage: rate(BigInt(r.party_org_established), BigInt(r.party_org_known)),
  };
}

const EMPTY: RegistryRow = {
  district_code: '', ownership_code: '', by_district: false, by_ownership: false,
  enterprises: '0', visited: '0', party_org_established: '0', party_org_known: '0',
};

export async function coverageFigures(ch: ClickHouseClient, f: CoverageFilters): Promise<CoverageFigures> {
  const params = {
    district: f.district ?? null,
    ownership: f.ownership ?? null,
    campaign: f.campaign ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    period: f.period ?? null,
  };
  const query = async <T>(sql: string): Promise<T[]> =>
    (await ch.query({ query: sql, query_params: params, format: 'JSONEachRow' })).json<T>();
  const [registry, [orphans], [members]] = await Promise.all([
    query<RegistryRow>(REGISTRY_SQL),
    query<{ orphan_visits: string }>(ORPHANS_SQL),
    query<{ chosen_period: string | null; members: string; legal_entities: string | null }>(MEMBERS_SQL),
  ]);
  const total = registry.find((r) => !r.by_district && !r.by_ownership) ?? EMPTY;
  return {
    ...toRow(total),
    orphan_visits: Number(orphans?.orphan_visits ?? 0),
    members: Number(members?.members ?? 0),
    legal_entities_covered: Number(members?.legal_entities ?? 0),
    period: members?.chosen_period || null,
    by_district: registry.filter((r) => r.by_district).map((r) => ({ district: r.district_code, ...toRow(r) })),
    by_ownership: registry.filter((r) => r.by_ownership).map((r) => ({ ownership: r.ownership_code, ...toRow(r) })),
  };
}
