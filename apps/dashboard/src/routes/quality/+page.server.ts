// Data quality page: the same cached quality() as GET /api/v1/quality.
import { loadFigures } from '#lib/server/figures/page.ts';
import { qualityFamily } from '#lib/figures/quality/family.server.ts';
import { qualityView } from '#lib/figures/quality/view.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const { lang, result } = await loadFigures(qualityFamily, url, setHeaders);
  return { view: qualityView(result, lang) };
};
