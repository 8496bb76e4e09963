// A coverage result laid out for the pages: headline figures, breakdown rows
// labelled in the page's language, the definitions shown beside each chart and
// the as-of list. No figure is computed here; they are coverage()'s own.
import { messages, type Lang } from '../i18n.ts';
import type { Headline, LabelledRow } from '../view.ts';
import type { CoverageResult } from './coverage.ts';
import { coverageDefinitions, districtLabel, ownershipLabel, sourcesAsOf } from './labels.ts';
import { sources } from './sources.ts';

/** Largest first: a ranked bar chart reads top-down; ties keep code order. */
function ranked(rows: LabelledRow[], by: (r: LabelledRow) => number): LabelledRow[] {
  return [...rows].sort((a, b) => by(b) - by(a) || a.code.localeCompare(b.code));
}

export function coverageView(result: CoverageResult, lang: Lang) {
  const t = messages[lang];
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
  return {
    headline,
    byDistrict: ranked(byDistrict, (r) => r.enterprises),
    byDistrictRate: ranked(byDistrict, (r) => r.visit_coverage.value ?? -1),
    byOwnership: ranked(byOwnership, (r) => r.enterprises),
    sources: sourcesAsOf(result.as_of, sources(), lang),
    stale: result.stale,
    orphanVisits: result.orphan_visits,
    definitions: {
      counts: coverageDefinitions(
        [
          ['enterprises', c.enterprises],
          ['visited', c.visited],
          ['party_org_coverage', c.party_org_coverage],
        ],
        lang,
      ),
      rate: coverageDefinitions(
        [
          ['visit_coverage', c.visit_coverage],
          ['visited', c.visited],
          ['orphan_visits', lang === 'zh' ? '无法匹配的走访' : 'Orphan visits'],
        ],
        lang,
      ),
      headline: coverageDefinitions(
        [
          ['enterprises', t.headline.enterprises],
          ['visited', t.headline.visited],
          ['visit_coverage', t.headline.visit_coverage],
          ['party_org_coverage', t.headline.party_org_coverage],
          ['members', t.headline.members],
        ],
        lang,
      ),
    },
  };
}

export type CoverageView = ReturnType<typeof coverageView>;
