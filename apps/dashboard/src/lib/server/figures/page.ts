// Every figures page's load: keep the URL canonical, read its filters with
// the family's zod schema leniently (a shared link always opens: what the page
// cannot read is dropped and named, see page-params.ts), load the figures and
// the data quality through the same cached families as the API, then lay them
// out with the metric's view and its filter form.
import { redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Freshness, QualityResult } from '@liaison/metrics';
import { langOf, type Lang } from '../../i18n.ts';
import type { DroppedParam } from '../../view.ts';
import { PAGE_CACHE } from './http.ts';
import type { Family } from './published.ts';
import { qualityFamily } from '../../figures/quality/family.server.ts';
import { filterFields, type FilterName } from './filter-fields.ts';
import { readPageParams } from './page-params.ts';

/**
 * The filter form submits "All" as an empty value: drop those, so the shared
 * URL is the canonical one the API would accept as is.
 */
function dropEmptyParams(url: URL): void {
  const kept = [...url.searchParams].filter(([, v]) => v !== '');
  if (kept.length !== [...url.searchParams].length) {
    const q = new URLSearchParams(kept).toString();
    redirect(303, q ? `${url.pathname}?${q}` : url.pathname);
  }
}

export interface PageFigures<F, R> {
  lang: Lang;
  filters: F;
  result: R;
  quality: QualityResult;
  dropped: DroppedParam[];
}

export async function loadFigures<S extends z.ZodType, R extends Freshness>(
  family: Family<S, R>,
  url: URL,
  setHeaders: (h: Record<string, string>) => void,
): Promise<PageFigures<z.output<S>, R>> {
  dropEmptyParams(url);
  const lang = langOf(url);
  const { filters, dropped } = readPageParams(family.schema, url.searchParams);
  const [result, quality] = await Promise.all([family.load(filters), qualityFamily.load({})]);
  setHeaders(PAGE_CACHE);
  return { lang, filters, result, quality, dropped };
}

/** Filters in the URL that the page's form has no control for, to keep and show them. */
export function otherFilters(filters: object, shown: readonly string[]): Array<[string, string]> {
  return Object.entries(filters).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && !shown.includes(e[0]) && e[0] !== 'lang' && e[0] !== 'format',
  );
}

/** The load of a figures page: the metric's view of its result, and the filter form of these filters. */
export function figuresPageLoad<S extends z.ZodType<object>, R extends Freshness, V>(
  family: Family<S, R>,
  view: (result: R, quality: QualityResult, lang: Lang) => V,
  filters: readonly FilterName[],
) {
  return async ({ url, setHeaders }: { url: URL; setHeaders: (h: Record<string, string>) => void }) => {
    const { lang, filters: values, result, quality, dropped } = await loadFigures(family, url, setHeaders);
    return {
      view: view(result, quality, lang),
      fields: filterFields(lang, values, filters),
      others: otherFilters(values, filters),
      dropped,
    };
  };
}
