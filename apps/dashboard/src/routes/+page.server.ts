// Overview: the headline figures of every family, unfiltered, and a line on
// data quality — from the same cached families as the API.
import { langOf } from '#lib/i18n.ts';
import { coverageFamily } from '#lib/figures/coverage/family.server.ts';
import { coverageView } from '#lib/figures/coverage/view.server.ts';
import { demandsFamily } from '#lib/figures/demands/family.server.ts';
import { demandsView } from '#lib/figures/demands/view.server.ts';
import { PAGE_CACHE } from '#lib/server/figures/http.ts';
import { investmentFamily } from '#lib/figures/investment/family.server.ts';
import { investmentView } from '#lib/figures/investment/view.server.ts';
import { qualityFamily } from '#lib/figures/quality/family.server.ts';
import { qualityView } from '#lib/figures/quality/view.server.ts';
import type { PageServerLoad } from './$types';

/** The overview shows a few figures of each family; the rest are one click away. */
const pick = <T extends { key: string }>(items: T[], keys: readonly string[]): T[] => items.filter((i) => keys.includes(i.key));

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const lang = langOf(url);
  const [coverage, demands, investment, quality] = await Promise.all([
    coverageFamily.load({}),
    demandsFamily.load({}),
    investmentFamily.load({}),
    qualityFamily.load({}),
  ]);
  setHeaders(PAGE_CACHE);
  const cov = coverageView(coverage, quality, lang);
  const dem = demandsView(demands, quality, lang);
  const inv = investmentView(investment, quality, lang);
  const q = qualityView(quality, lang);
  return {
    coverage: { headline: cov.headline.slice(0, 4), sources: cov.sources, stale: cov.stale },
    demands: {
      headline: pick(dem.headline, ['demands', 'resolution_rate', 'on_time_rate', 'satisfaction_rate']),
      sources: dem.sources,
      stale: dem.stale,
    },
    investment: {
      headline: pick(inv.headline, ['projects', 'investment_yuan', 'key_projects', 'key_investment_yuan']),
      sources: inv.sources,
      stale: inv.stale,
    },
    quality: q.headline,
  };
};
