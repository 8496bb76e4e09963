// Coverage (metrics.md § Coverage): enterprises in the registry, visited
// enterprises, orphan visits, Party organisation coverage and members, from
// the queries of sql.ts; here rows become exact rates and figures.
import type { ClickHouseClient } from '@liaison/warehouse';
import { rate } from '../shared/rate.ts';
import { splitBreakdowns } from '../shared/sql.ts';
import type { CoverageFilters } from './filters.ts';
import type { CoverageFigures, CoverageRow } from './response.ts';
import { memberFigures, orphanVisits, REGISTRY_BREAKDOWNS, registryFigures } from './sql.ts';

type RegistryRow = Awaited<ReturnType<typeof registryFigures>>[number];

function toRow(r: Pick<RegistryRow, 'enterprises' | 'visited' | 'party_org_established' | 'party_org_known'>): CoverageRow {
  return {
    enterprises: Number(r.enterprises),
    visited: Number(r.visited),
    visit_coverage: rate(BigInt(r.visited), BigInt(r.enterprises)),
    party_org_coverage: rate(BigInt(r.party_org_established), BigInt(r.party_org_known)),
  };
}

const EMPTY = { enterprises: '0', visited: '0', party_org_established: '0', party_org_known: '0' };

export async function coverageFigures(ch: ClickHouseClient, f: CoverageFilters): Promise<CoverageFigures> {
  const params = {
    district: f.district ?? null,
    ownership: f.ownership ?? null,
    campaign: f.campaign ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    period: f.period ?? null,
  };
  const [registry, [orphans], [members]] = await Promise.all([
    registryFigures(ch, params),
    orphanVisits(ch, params),
    memberFigures(ch, params),
  ]);
  const { headline, by } = splitBreakdowns(registry, REGISTRY_BREAKDOWNS);
  return {
    ...toRow(headline ?? EMPTY),
    orphan_visits: Number(orphans?.orphan_visits ?? 0),
    members: Number(members?.members ?? 0),
    legal_entities_covered: Number(members?.legal_entities ?? 0),
    period: members?.chosen_period || null,
    by_district: by.district.map((r) => ({ district: r.slice ?? '', ...toRow(r) })),
    by_ownership: by.ownership.map((r) => ({ ownership: r.slice ?? '', ...toRow(r) })),
  };
}
