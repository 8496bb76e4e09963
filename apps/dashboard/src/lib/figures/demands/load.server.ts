// The server load of the /demands page: the URL's filters through the same zod
// filters and the same cached family as its API endpoint, laid out by the
// view, with the filter form's controls.
import { figuresPageLoad } from '#lib/server/figures/page.ts';
import { demandsFamily } from './family.server.ts';
import { demandsView } from './view.server.ts';

export const loadDemandsPage = figuresPageLoad(demandsFamily, demandsView, ['district', 'category', 'channel', 'from', 'to']);
