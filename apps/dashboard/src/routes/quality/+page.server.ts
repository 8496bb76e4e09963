// Data quality page: the same cached quality() as GET /api/v1/quality.
import { loadFigures } from '#lib/server/page.ts';
import { qualityFamily } from '#lib/server/quality.ts';
import { qualityView } from '#lib/server/quality-view.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const { lang, result } = await loadFigures(qualityFamily, url, setHeaders);
  return { view: qualityView(result, lang) };
};
