// A coverage result laid out for the pages: headline figures, breakdown rows
// labelled in the page's language, the definitions shown beside each chart and
// the as-of list. No figure is computed here; they are coverage()'s own.
import type { QualityResult } from '@liaison/metrics';
import type { Lang } from '#lib/i18n.ts';
import type { Headline, LabelledRow } from '#lib/view.ts';
import { coverageFamily, type CoverageResult } from './family.server.ts';
import { coverageText } from './text.ts';
import { definitionsOf, districtLabel, ownershipLabel } from '#lib/server/figures/labels.ts';
import { asOfView, qualityNote, ranked as rankedBy } from '#lib/server/figures/view-common.ts';

/** Largest first: a ranked bar chart reads top-down; ties keep code order. */
function ranked(rows: LabelledRow[], by: (r: LabelledRow) => number): LabelledRow[] {
  return rankedBy(rows, (a, b) => by(a) - by(b));
}

export function coverageView(result: CoverageResult, quality: QualityResult, lang: Lang) {
  const t = coverageText[lang];
  const byDistrict: LabelledRow[] = result.by_district.map(({ district, ...r }) => ({
    code: district,
    label: districtLabel(district, lang),
    ...r,
  }));
  const byOwnership: LabelledRow[] = result.by_ownership.map(({ ownership, ...r }) => ({
    code: ownership,
    label: ownershipLabel(ownership, lang),
    ...r,
  }));

  const headline: Headline[] = [
    { key: 'enterprises', label: t.headline.enterprises, kind: 'int', value: result.enterprises },
    { key: 'visited', label: t.headline.visited, kind: 'int', value: result.visited },
    { key: 'visit_coverage', label: t.headline.visit_coverage, kind: 'rate', rate: result.visit_coverage },
    { key: 'party_org_coverage', label: t.headline.party_org_coverage, kind: 'rate', rate: result.party_org_coverage },
    {
      key: 'members',
      label: t.headline.members,
      kind: 'int',
      value: result.members,
      ...(result.period ? { note: t.membersNote(result.period) } : {}),
    },
  ];

  const c = t.columns;
  const def = (keys: Parameters<typeof definitionsOf<'coverage'>>[1]) => definitionsOf('coverage', keys, lang);
  return {
    headline,
    byDistrict: ranked(byDistrict, (r) => r.enterprises),
    byDistrictRate: ranked(byDistrict, (r) => r.visit_coverage.value ?? -1),
    byOwnership: ranked(byOwnership, (r) => r.enterprises),
    partyByDistrict: ranked(byDistrict, (r) => r.party_org_coverage.value ?? -1),
    partyByOwnership: ranked(byOwnership, (r) => r.party_org_coverage.value ?? -1),
    members: { period: result.period, members: result.members, legalEntities: result.legal_entities_covered },
    ...asOfView(result, lang),
    note: qualityNote(quality, coverageFamily.feeds()),
    orphanVisits: result.orphan_visits,
    definitions: {
      counts: def([
        ['enterprises', c.enterprises],
        ['visited', c.visited],
        ['party_org_coverage', c.party_org_coverage],
      ]),
      rate: def([
        ['visit_coverage', c.visit_coverage],
        ['visited', c.visited],
        ['orphan_visits', lang === 'zh' ? '无法匹配的走访' : 'Orphan visits'],
      ]),
      party: def([['party_org_coverage', c.party_org_coverage]]),
      members: def([
        ['members', t.headline.members],
        ['legal_entities_covered', t.headline.legal_entities_covered],
      ]),
      headline: def([
        ['enterprises', t.headline.enterprises],
        ['visited', t.headline.visited],
        ['visit_coverage', t.headline.visit_coverage],
        ['party_org_coverage', t.headline.party_org_coverage],
        ['members', t.headline.members],
      ]),
    },
  };
}

export type CoverageView = ReturnType<typeof coverageView>;
