// The server load of the /coverage page: the URL's filters through the same zod
// filters and the same cached family as its API endpoint, laid out by the
// view, with the filter form's controls.
import { figuresPageLoad } from '#lib/server/figures/page.ts';
import { coverageFamily } from './family.server.ts';
import { coverageView } from './view.server.ts';

export const loadCoveragePage = figuresPageLoad(coverageFamily, coverageView, [
  'district',
  'ownership',
  'campaign',
  'from',
  'to',
  'period',
]);
