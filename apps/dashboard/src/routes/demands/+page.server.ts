// The /demands page: loaded by lib/figures/demands (same family as its API endpoint).
import { loadDemandsPage } from '#lib/figures/demands/load.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = loadDemandsPage;
