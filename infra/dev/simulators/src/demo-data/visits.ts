// Demo liaison visits of one district: the campaign teams that call on the
// registry's enterprises and record how many demands and project plans they
// collected. A few visits name an enterprise the registry does not know
// (orphans), as happens when a team records a visit before the registry
// entry exists; the pipeline must surface those, not drop them.
import { generateUscc } from '@liaison/schemas';
import { districtProfile } from './districts.ts';
import { chance, int, logInt, pick, seededRand, weighted } from './random.ts';
import { ascendingInstants, DAY_MS, shanghaiMs, toShanghaiDate, toShanghaiIso } from './time.ts';
import type { EnterpriseJson, VisitJson } from './types.ts';

export interface DemoVisitsOptions {
  district: string;
  seed: number | string;
  count: number;
  /** The registry visited; tombstoned enterprises are not visited. */
  enterprises: readonly Pick<EnterpriseJson, 'uscc' | 'deleted'>[];
  /** Share of visits to enterprises missing from the registry. Default 0.03. */
  orphanRate?: number;
  from?: string;
  to?: string;
}

const TEAM_NUMBERS = '一二三四五六七八';

function campaign(rand: () => number, visitedOn: string): string {
  const year = visitedOn.slice(0, 4);
  const quarter = Math.floor((Number(visitedOn.slice(5, 7)) - 1) / 3) + 1;
  const kind = weighted(rand, { thousand: 70, soe: 20, quarterly: 10 });
  if (kind === 'thousand') return `千人走访千企-${year}`;
  if (kind === 'soe') return `央企国企服务月-${year}`;
  return `重点企业季度走访-${year}Q${quarter}`;
}

export function demoVisits(opts: DemoVisitsOptions): VisitJson[] {
  const rand = seededRand(opts.seed, opts.district, 'visits');
  const place = districtProfile(opts.district);
  const live = opts.enterprises.filter((e) => e.deleted !== true).map((e) => e.uscc);
  const known = new Set(opts.enterprises.map((e) => e.uscc));
  const unknownUscc = () => {
    let uscc: string;
    do uscc = generateUscc(rand, { division: place.division });
    while (known.has(uscc));
    return uscc;
  };
  const teams = [...TEAM_NUMBERS.slice(0, int(rand, 3, 8))].map((n) => `${place.nameZh}走访${n}组`);
  teams.push(`${place.nameZh}领导走访组`);
  const times = ascendingInstants(rand, opts.count, shanghaiMs(opts.from ?? '2024-01-08'), shanghaiMs(opts.to ?? '2024-12-27'));
  const seqByYear = new Map<string, number>();
  return times.map((t) => {
    // Visits are entered into the system up to ten days after they happen.
    const visitedOn = toShanghaiDate(t - int(rand, 0, 10) * DAY_MS);
    const year = visitedOn.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const orphan = live.length === 0 || chance(rand, opts.orphanRate ?? 0.03);
    return {
      visit_id: `${place.idPrefix}-ZF-${year}-${String(seq).padStart(5, '0')}`,
      uscc: orphan ? unknownUscc() : pick(rand, live),
      district: place.slug,
      visited_on: visitedOn,
      campaign: campaign(rand, visitedOn),
      team: pick(rand, teams),
      demands_raised: logInt(rand, 1, 8) - 1,
      project_plans: chance(rand, 0.6) ? 0 : int(rand, 1, 3),
      updated_at: toShanghaiIso(t),
    };
  });
}
