// The server load of the /quality page: the same cached quality family as
// GET /api/v1/quality, laid out by the view; the page has no filters.
import { figuresPageLoad } from '#lib/server/figures/page.ts';
import { qualityFamily } from './family.server.ts';
import { qualityView } from './view.server.ts';

export const loadQualityPage = figuresPageLoad(qualityFamily, (result, _quality, lang) => qualityView(result, lang), []);
