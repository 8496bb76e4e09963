// The server load of the /investment page: the URL's filters through the same zod
// filters and the same cached family as its API endpoint, laid out by the
// view, with the filter form's controls.
import { figuresPageLoad } from '#lib/server/figures/page.ts';
import { investmentFamily } from './family.server.ts';
import { investmentView } from './view.server.ts';

export const loadInvestmentPage = figuresPageLoad(investmentFamily, investmentView, ['district', 'sector', 'stage', 'from', 'to']);
